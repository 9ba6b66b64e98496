/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-placement"

#include "stk-config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-format.h"
#include "stk-placement.h"

/* Overlaps smaller than this are touching, not colliding. */
#define TOUCH_MM 1e-9
/* The outline of a board that carries no connector. */
#define BARE_BOARD_MM 10.0

/* The mates at each board, as index lists into one array (built once, so
 * that walking the tree is linear in boards plus mates). */
typedef struct {
  guint *start;  /* n_boards + 1 offsets into items */
  guint *items;  /* mate indexes */
} Adjacency;

/* 0, 90, 180 or 270 for a multiple of 90° (also negative or beyond 360);
 * -1 for anything else. */
static int
quarter_turns (double rotation_deg)
{
  double q = rotation_deg / 90.0;

  if (!isfinite (q) || fabs (q - round (q)) > 1e-9)
    return -1;
  return (int) (((long) round (q) % 4 + 4) % 4);
}

void
stk_placement_rotate (double  rotation_deg,
                      double *x,
                      double *y)
{
  double x0 = *x, y0 = *y;

  switch (quarter_turns (rotation_deg))
    {
    case 1:
      *x = -y0;
      *y = x0;
      break;
    case 2:
      *x = -x0;
      *y = -y0;
      break;
    case 3:
      *x = y0;
      *y = -x0;
      break;
    default:
      break;
    }
}

static double
normal_rotation (double rotation_deg)
{
  return 90.0 * MAX (quarter_turns (rotation_deg), 0);
}

/* Length and width of one connector part on its board: the catalog's
 * overall length A and the body width; (0, 0) without a catalog or row. */
static void
part_size (StkCatalog    *catalog,
           const StkMate *mate,
           StkRole        role,
           double        *length,
           double        *width)
{
  const StkSeries *series = catalog ? stk_catalog_find_series (catalog, mate->series) : NULL;
  StkValue dims[STK_N_DIMS];
  const StkValue *body;

  *length = *width = 0;
  if (series == NULL)
    return;
  stk_series_dimensions (series, role, mate->pins, mate->mated_height_mm, dims);
  body = role == STK_ROLE_SOCKET ? &series->socket_body_width : &series->header_body_width;
  if (dims[STK_DIM_A].source != NULL)
    *length = dims[STK_DIM_A].value;
  if (body->source != NULL)
    *width = body->value;
}

static void
box_add (double       box[4],
         gboolean    *any,
         double       x,
         double       y,
         double       hx,
         double       hy)
{
  if (!*any)
    {
      box[0] = x - hx;
      box[1] = y - hy;
      box[2] = x + hx;
      box[3] = y + hy;
      *any = TRUE;
      return;
    }
  box[0] = MIN (box[0], x - hx);
  box[1] = MIN (box[1], y - hy);
  box[2] = MAX (box[2], x + hx);
  box[3] = MAX (box[3], y + hy);
}

/* The default outline: the box around the board's connector parts, plus
 * STK_OUTLINE_MARGIN_MM; a 10 mm square about the origin for a bare board. */
static void
local_outline (StkProject      *project,
               StkCatalog      *catalog,
               guint            index,
               const Adjacency *adj,
               double           outline[4])
{
  const StkBoard *b = g_ptr_array_index (stk_project_get_boards (project), index);
  GPtrArray *mates = stk_project_get_mates (project);
  gboolean any = FALSE;

  if (b->outline_set)
    {
      outline[0] = b->origin_x_mm;
      outline[1] = b->origin_y_mm;
      outline[2] = b->origin_x_mm + b->length_mm;
      outline[3] = b->origin_y_mm + b->width_mm;
      return;
    }
  for (guint k = adj->start[index]; k < adj->start[index + 1]; k++)
    {
      const StkMate *m = g_ptr_array_index (mates, adj->items[k]);
      gboolean socket = g_strcmp0 (m->socket_board, b->id) == 0;
      double len, wid, hx, hy;

      part_size (catalog, m, socket ? STK_ROLE_SOCKET : STK_ROLE_HEADER, &len, &wid);
      hx = len / 2;
      hy = wid / 2;
      stk_placement_rotate (socket ? m->rotation_deg : m->header_rotation_deg, &hx, &hy);
      box_add (outline, &any, socket ? m->x_mm : m->header_x_mm, socket ? m->y_mm : m->header_y_mm,
               fabs (hx) + STK_OUTLINE_MARGIN_MM, fabs (hy) + STK_OUTLINE_MARGIN_MM);
    }
  if (!any)
    box_add (outline, &any, 0, 0, BARE_BOARD_MM / 2, BARE_BOARD_MM / 2);
}

/* Which mates can join boards at all, and the index lists. */
static void
adjacency_init (StkPlacement *pl,
                StkProject   *project,
                Adjacency    *adj)
{
  guint *fill;

  adj->start = g_new0 (guint, pl->n_boards + 1);
  for (guint k = 0; k < pl->n_mates; k++)
    {
      StkMatePlace *mp = &pl->mates[k];
      const StkMate *m = mp->mate;
      int s = stk_project_board_index (project, m->socket_board);
      int h = stk_project_board_index (project, m->header_board);

      mp->lower = mp->upper = mp->other = -1;
      mp->status = STK_MATE_UNREACHED;
      if (s < 0 || h < 0)
        mp->status = STK_MATE_UNKNOWN_BOARD;
      else if (s == h)
        mp->status = STK_MATE_SAME_BOARD;
      else if (quarter_turns (m->rotation_deg) < 0 || quarter_turns (m->header_rotation_deg) < 0)
        mp->status = STK_MATE_BAD_ROTATION;
      if (s >= 0 && h >= 0 && s != h)
        {
          /* Counted even with a bad rotation: the default outline still
           * frames the part. */
          adj->start[s + 1]++;
          adj->start[h + 1]++;
        }
    }
  for (guint i = 0; i < pl->n_boards; i++)
    adj->start[i + 1] += adj->start[i];
  adj->items = g_new (guint, MAX (adj->start[pl->n_boards], 1));
  fill = g_memdup2 (adj->start, sizeof (guint) * (pl->n_boards + 1));
  for (guint k = 0; k < pl->n_mates; k++)
    {
      const StkMate *m = pl->mates[k].mate;
      int s = stk_project_board_index (project, m->socket_board);
      int h = stk_project_board_index (project, m->header_board);

      if (s >= 0 && h >= 0 && s != h)
        {
          adj->items[fill[s]++] = k;
          adj->items[fill[h]++] = k;
        }
    }
  g_free (fill);
}

static guint64
pair_key (guint a,
          guint b)
{
  return ((guint64) MIN (a, b) << 32) | MAX (a, b);
}

/* Places board v through mate k from its placed parent u. */
static void
place_child (StkPlacement *pl,
             StkProject   *project,
             guint         u,
             guint         v,
             guint         k)
{
  StkBoardPlace *pu = &pl->boards[u], *pv = &pl->boards[v];
  StkMatePlace *mp = &pl->mates[k];
  const StkMate *m = mp->mate;
  gboolean socket_on_u = stk_project_board_index (project, m->socket_board) == (int) u;
  /* The part on the parent and the part on the child, in their boards' frames. */
  double px = socket_on_u ? m->x_mm : m->header_x_mm, py = socket_on_u ? m->y_mm : m->header_y_mm;
  double pr = socket_on_u ? m->rotation_deg : m->header_rotation_deg;
  double cx = socket_on_u ? m->header_x_mm : m->x_mm, cy = socket_on_u ? m->header_y_mm : m->y_mm;
  double cr = socket_on_u ? m->header_rotation_deg : m->rotation_deg;
  /* The socket on the top face of its board: the header board is above. */
  gboolean child_above = socket_on_u == (m->face == STK_FACE_TOP);

  stk_placement_rotate (pu->rotation_deg, &px, &py);
  mp->x = pu->x + px;
  mp->y = pu->y + py;
  mp->rotation_deg = normal_rotation (pu->rotation_deg + pr);
  pv->rotation_deg = normal_rotation (pu->rotation_deg + pr - cr);
  stk_placement_rotate (pv->rotation_deg, &cx, &cy);
  pv->x = mp->x - cx;
  pv->y = mp->y - cy;
  if (child_above)
    {
      pv->z = pu->z + pu->board->thickness_mm + m->mated_height_mm;
      mp->lower = (int) u;
      mp->upper = (int) v;
    }
  else
    {
      pv->z = pu->z - m->mated_height_mm - pv->board->thickness_mm;
      mp->lower = (int) v;
      mp->upper = (int) u;
    }
  mp->z0 = pl->boards[mp->lower].z + pl->boards[mp->lower].board->thickness_mm;
  mp->z1 = pl->boards[mp->upper].z;
  mp->status = STK_MATE_PLACED;
  pv->placed = TRUE;
  pv->parent = (int) u;
  pv->via_mate = (int) k;
  pv->depth = pu->depth + 1;
}

/* Breadth first from the base board: each mate reached places the board at
 * its far end, or repeats a pair, or closes a loop. */
static void
walk_tree (StkPlacement    *pl,
           StkProject      *project,
           const Adjacency *adj)
{
  g_autofree guint *queue = g_new (guint, MAX (pl->n_boards, 1));
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint head = 0, tail = 0;

  if (pl->n_boards == 0)
    return;
  pl->boards[0].placed = TRUE;
  queue[tail++] = 0;
  while (head < tail)
    {
      guint u = queue[head++];

      for (guint i = adj->start[u]; i < adj->start[u + 1]; i++)
        {
          guint k = adj->items[i];
          StkMatePlace *mp = &pl->mates[k];
          int s = stk_project_board_index (project, mp->mate->socket_board);
          int h = stk_project_board_index (project, mp->mate->header_board);
          guint v = (guint) (s == (int) u ? h : s);
          guint64 key = pair_key (u, v);
          gpointer first;

          if (mp->status != STK_MATE_UNREACHED)
            continue;
          if (g_hash_table_lookup_extended (pairs, &key, NULL, &first))
            {
              mp->status = STK_MATE_DUPLICATE_PAIR;
              mp->other = GPOINTER_TO_INT (first);
              continue;
            }
          g_hash_table_insert (pairs, g_memdup2 (&key, sizeof key), GINT_TO_POINTER (k));
          if (pl->boards[v].placed)
            {
              mp->status = STK_MATE_LOOP;
              mp->other = pl->boards[v].via_mate;
              continue;
            }
          place_child (pl, project, u, v, k);
          queue[tail++] = v;
        }
    }
}

static void
place_outlines (StkPlacement    *pl,
                StkProject      *project,
                StkCatalog      *catalog,
                const Adjacency *adj)
{
  gboolean any_z = FALSE, any_plan = FALSE;

  for (guint i = 0; i < pl->n_boards; i++)
    {
      StkBoardPlace *bp = &pl->boards[i];
      double local[4], x0, y0, x1, y1;

      local_outline (project, catalog, i, adj, local);
      x0 = local[0];
      y0 = local[1];
      x1 = local[2];
      y1 = local[3];
      stk_placement_rotate (bp->rotation_deg, &x0, &y0);
      stk_placement_rotate (bp->rotation_deg, &x1, &y1);
      bp->outline[0] = bp->x + MIN (x0, x1);
      bp->outline[1] = bp->y + MIN (y0, y1);
      bp->outline[2] = bp->x + MAX (x0, x1);
      bp->outline[3] = bp->y + MAX (y0, y1);
      if (!bp->placed)
        continue;
      box_add (pl->envelope, &any_plan, (bp->outline[0] + bp->outline[2]) / 2, (bp->outline[1] + bp->outline[3]) / 2,
               (bp->outline[2] - bp->outline[0]) / 2, (bp->outline[3] - bp->outline[1]) / 2);
      {
        /* The plate (FPC) lies behind the connector to its parent: below a
         * board hung under its parent, above any other. */
        double plate = stk_board_stack_thickness (bp->board) - bp->board->thickness_mm;
        gboolean hung = bp->parent >= 0 && pl->boards[bp->parent].z > bp->z;
        double lo = bp->z - (hung ? plate : 0), hi = bp->z + bp->board->thickness_mm + (hung ? 0 : plate);

        pl->z_min = any_z ? MIN (pl->z_min, lo) : lo;
        pl->z_max = any_z ? MAX (pl->z_max, hi) : hi;
        any_z = TRUE;
      }
    }
}

static int
compare_z (const void *a,
           const void *b,
           void       *data)
{
  const StkBoardPlace *boards = data;
  double za = boards[*(const guint *) a].z, zb = boards[*(const guint *) b].z;

  return (za > zb) - (za < zb);
}

guint *
stk_placement_order_by_height (const StkPlacement *placement,
                               guint              *n_placed)
{
  guint *order = g_new (guint, MAX (placement->n_boards, 1));
  guint n = 0;

  for (guint i = 0; i < placement->n_boards; i++)
    if (placement->boards[i].placed)
      order[n++] = i;
  g_qsort_with_data (order, (int) n, sizeof (guint), compare_z, placement->boards);
  *n_placed = n;
  return order;
}

gboolean
stk_placement_plan_overlap (const StkBoardPlace *a,
                            const StkBoardPlace *b)
{
  return MIN (a->outline[2], b->outline[2]) - MAX (a->outline[0], b->outline[0]) > TOUCH_MM &&
         MIN (a->outline[3], b->outline[3]) - MAX (a->outline[1], b->outline[1]) > TOUCH_MM;
}

/* Two placed boards collide when their bodies overlap both in height and in
 * plan. A sweep in height keeps this near linear for stacks; boards side by
 * side at one height are compared pairwise. */
static void
find_collisions (StkPlacement *pl)
{
  g_autoptr(GArray) active = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (StkCollision));
  guint n;
  g_autofree guint *order = stk_placement_order_by_height (pl, &n);
  for (guint i = 0; i < n; i++)
    {
      const StkBoardPlace *b = &pl->boards[order[i]];

      for (guint j = active->len; j > 0; j--)
        {
          guint other = g_array_index (active, guint, j - 1);
          const StkBoardPlace *o = &pl->boards[other];

          if (o->z + o->board->thickness_mm <= b->z + TOUCH_MM)
            {
              g_array_remove_index_fast (active, j - 1);
              continue;
            }
          if (stk_placement_plan_overlap (b, o))
            {
              StkCollision c = { MIN (order[i], other), MAX (order[i], other) };
              g_array_append_val (found, c);
            }
        }
      g_array_append_val (active, order[i]);
    }
  pl->n_collisions = found->len;
  pl->collisions = (StkCollision *) (gpointer) g_array_free (g_steal_pointer (&found), FALSE);
}

StkPlacement *
stk_placement_new (StkProject *project,
                   StkCatalog *catalog)
{
  GPtrArray *boards, *mates;
  StkPlacement *pl;
  Adjacency adj;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);

  boards = stk_project_get_boards (project);
  mates = stk_project_get_mates (project);
  pl = g_new0 (StkPlacement, 1);
  pl->n_boards = boards->len;
  pl->n_mates = mates->len;
  pl->boards = g_new0 (StkBoardPlace, MAX (pl->n_boards, 1));
  pl->mates = g_new0 (StkMatePlace, MAX (pl->n_mates, 1));
  for (guint i = 0; i < pl->n_boards; i++)
    pl->boards[i] = (StkBoardPlace) { .board = g_ptr_array_index (boards, i), .parent = -1, .via_mate = -1 };
  for (guint k = 0; k < pl->n_mates; k++)
    pl->mates[k].mate = g_ptr_array_index (mates, k);
  adjacency_init (pl, project, &adj);
  walk_tree (pl, project, &adj);
  place_outlines (pl, project, catalog, &adj);
  find_collisions (pl);
  g_free (adj.start);
  g_free (adj.items);
  return pl;
}

void
stk_placement_free (StkPlacement *placement)
{
  if (placement == NULL)
    return;
  g_free (placement->boards);
  g_free (placement->mates);
  g_free (placement->collisions);
  g_free (placement);
}

void
stk_placement_board_outline (StkProject *project,
                             StkCatalog *catalog,
                             guint       board_index,
                             double      outline[4])
{
  g_autoptr(StkPlacement) pl = stk_placement_new (project, catalog);

  g_return_if_fail (board_index < pl->n_boards);
  outline[0] = pl->boards[board_index].outline[0] - pl->boards[board_index].x;
  outline[1] = pl->boards[board_index].outline[1] - pl->boards[board_index].y;
  outline[2] = pl->boards[board_index].outline[2] - pl->boards[board_index].x;
  outline[3] = pl->boards[board_index].outline[3] - pl->boards[board_index].y;
  stk_placement_rotate (-pl->boards[board_index].rotation_deg, &outline[0], &outline[1]);
  stk_placement_rotate (-pl->boards[board_index].rotation_deg, &outline[2], &outline[3]);
  if (outline[0] > outline[2])
    {
      double t = outline[0];
      outline[0] = outline[2];
      outline[2] = t;
    }
  if (outline[1] > outline[3])
    {
      double t = outline[1];
      outline[1] = outline[3];
      outline[3] = t;
    }
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

gboolean
stk_placement_can_join (StkProject *project,
                        const char *board_a,
                        const char *board_b,
                        GError    **error)
{
  GPtrArray *mates = stk_project_get_mates (project);
  guint n = stk_project_get_boards (project)->len;
  int a = stk_project_board_index (project, board_a);
  int b = stk_project_board_index (project, board_b);
  g_autofree guint *parent = NULL;

  if (a < 0 || b < 0)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT, _("No board has the id “%s”"),
                   a < 0 ? board_a : board_b);
      return FALSE;
    }
  if (a == b)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("A connector must join two different boards"));
      return FALSE;
    }
  parent = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    parent[i] = i;
  for (guint k = 0; k < mates->len; k++)
    {
      const StkMate *m = g_ptr_array_index (mates, k);
      int s = stk_project_board_index (project, m->socket_board);
      int h = stk_project_board_index (project, m->header_board);

      if (s < 0 || h < 0 || s == h)
        continue;
      if (MIN (s, h) == MIN (a, b) && MAX (s, h) == MAX (a, b))
        {
          const StkBoard *ba = g_ptr_array_index (stk_project_get_boards (project), a);
          const StkBoard *bb = g_ptr_array_index (stk_project_get_boards (project), b);
          g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                       /* Translators: a connector's name, then two board names */
                       _("%s already joins %s and %s: the datasheet says a pair of boards shall not be "
                         "connected with multiple connectors"), stk_mate_get_label (m), ba->name, bb->name);
          return FALSE;
        }
      parent[find_root (parent, (guint) s)] = find_root (parent, (guint) h);
    }
  if (find_root (parent, (guint) a) == find_root (parent, (guint) b))
    {
      const StkBoard *ba = g_ptr_array_index (stk_project_get_boards (project), a);
      const StkBoard *bb = g_ptr_array_index (stk_project_get_boards (project), b);
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("%s and %s are already joined through other boards: another connector between "
                     "them would close a loop, and a loop of boards is over-constrained"), ba->name, bb->name);
      return FALSE;
    }
  return TRUE;
}

gboolean
stk_placement_cut_crosses (const StkPlacement  *placement,
                           const StkSectionCut *cut,
                           GError             **error)
{
  /* A cut along x lies at a y: the boards' extents in y are what it can cross. */
  guint lo = cut->axis == STK_CUT_ALONG_X ? 1 : 0, hi = lo + 2;
  const char *across = cut->axis == STK_CUT_ALONG_X ? "y" : "x";
  g_autofree char *at = stk_format_mm (cut->at_mm);
  g_autofree char *name = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < placement->n_boards; i++)
    {
      const StkBoardPlace *bp = &placement->boards[i];

      if (!bp->placed)
        continue;
      if (bp->outline[lo] <= cut->at_mm && cut->at_mm <= bp->outline[hi])
        return TRUE;
      any = TRUE;
    }
  name = cut->label != NULL
           /* Translators: a section cut the user entered: its letter, its line, where it lies */
           ? g_strdup_printf (_("Cut %s, along %s at %s = %s mm,"), cut->label, stk_cut_axis_to_string (cut->axis),
                              across, at)
           /* Translators: a section cut the user entered: its line, where it lies */
           : g_strdup_printf (_("The cut along %s at %s = %s mm"), stk_cut_axis_to_string (cut->axis), across, at);
  if (!any)
    {
      /* Translators: the first %s is a section cut ("The cut along x at y = 5 mm") */
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT, _("%s crosses no board: the assembly has none"),
                   name);
      return FALSE;
    }
  {
    g_autofree char *from = stk_format_mm (placement->envelope[lo]);
    g_autofree char *to = stk_format_mm (placement->envelope[hi]);

    g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                 /* Translators: a section cut ("Cut Z, along x at y = 500 mm,"), then an axis and the
                  * assembly's extent along it */
                 _("%s crosses no board: the boards lie from %s = %s to %s mm"), name, across, from, to);
  }
  return FALSE;
}

const char *
stk_mate_status_describe (StkMateStatus status)
{
  switch (status)
    {
    case STK_MATE_SAME_BOARD:
      return _("joins a board to itself");
    case STK_MATE_UNKNOWN_BOARD:
      return _("names a board that is not there");
    case STK_MATE_DUPLICATE_PAIR:
      return _("a second connector between the same boards");
    case STK_MATE_LOOP:
      return _("closes a loop of boards");
    case STK_MATE_BAD_ROTATION:
      return _("turned by other than a multiple of 90°");
    case STK_MATE_UNREACHED:
      return _("not joined to the base board");
    case STK_MATE_PLACED:
    default:
      return NULL;
    }
}

gboolean
stk_placement_part_in_plan (const StkPlacement *placement,
                            StkProject         *project,
                            guint               k,
                            gboolean            socket,
                            double             *x,
                            double             *y,
                            double             *rotation_deg)
{
  const StkMate *m = placement->mates[k].mate;
  int b = stk_project_board_index (project, socket ? m->socket_board : m->header_board);
  const StkBoardPlace *bp = b >= 0 ? &placement->boards[b] : NULL;
  double px = socket ? m->x_mm : m->header_x_mm, py = socket ? m->y_mm : m->header_y_mm;
  double r = socket ? m->rotation_deg : m->header_rotation_deg;

  if (bp == NULL || !bp->placed || quarter_turns (r) < 0)
    return FALSE;
  /* As place_child puts a part: the board's frame turned, then moved. */
  stk_placement_rotate (bp->rotation_deg, &px, &py);
  *x = bp->x + px;
  *y = bp->y + py;
  *rotation_deg = normal_rotation (bp->rotation_deg + r);
  return TRUE;
}
