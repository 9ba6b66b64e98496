/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing-private.h"
#include "stk-placement.h"

/* Paper mm, times the drawing's unit (s->u): lettering and gaps stay paper
 * sized whatever the scale; heights and widths of the parts are to scale. */
#define TITLE_MM        STK_TITLE_MM
#define LABEL_MM        STK_LETTER_MM
#define LINE_MM         4.0   /* pitch of stacked labels: text height plus air */
#define SLOT_SIDE_MM    14.0  /* room beside a connector for its mated-height dimension and value */
#define COMP_W_MM       12.0
#define DIM_OFFSET_MM   3.0
#define LEADER_MM       3.0   /* leader run between the stack dimension and the label column */
#define CALLOUT_GAP_MM  4.0   /* from the bottom of the stack to the first callout line */
#define HATCH_MM        1.5
#define AIR_MM          1.5   /* between neighbouring slots and labels */

/* Heights come from the assembly (stk-placement), the same numbers the
 * checks use, shifted so that the lowest board's lowest face is z = 0. */
/* A label in the column right of the stack, tied to its anchor by a leader. */
typedef struct {
  double       ax, ay;     /* anchor on the geometry */
  double       y;          /* where the label ended up */
  char        *text;
  const char  *subject;
  StkProvKind  prov;
} SideLabel;

typedef struct {
  StkDrawing         *d;
  StkProject         *project;
  StkPart            *parts;      /* 2 per mate drawn: socket, header */
  guint               first;      /* the project's index of the first mate drawn */
  guint               n_mates;
  const StkPlacement *pl;
  double              z_shift;    /* subtracted from placement heights */
  double              base_y;     /* drawing y of z = 0 */
  double              u;          /* drawing mm per paper mm */
} Section;

static double
to_y (const Section *s,
      double         z)
{
  return s->base_y - z;
}

static void
section_pen (StkDrawing  *d,
             const char  *layer,
             const char  *subject,
             StkInk       ink,
             StkProvKind  prov,
             StkGroup     group)
{
  StkPen pen = { layer, subject, ink, prov, group, TRUE };

  _stk_drawing_set_pen (d, &pen);
}

/* A mate gets a slot of its own when it places a board: its branch. */
static gboolean
is_branch (const Section *s,
           guint          m)
{
  return s->pl->mates[s->first + m].status == STK_MATE_PLACED;
}

static double
board_z (const Section *s,
         int            index)
{
  return s->pl->boards[index].z - s->z_shift;
}

static gboolean
has_stiffener (const StkBoard *b)
{
  return b->kind == STK_BOARD_FPC && b->stiffener != STK_STIFFENER_NONE;
}

static char *
board_label (const StkDrawing *d,
             const StkBoard   *b)
{
  g_autofree char *t = _stk_drawing_length (d, b->thickness_mm);
  g_autofree char *st = _stk_drawing_length (d, b->stiffener_thickness_mm);

  if (b->kind == STK_BOARD_FPC && b->stiffener != STK_STIFFENER_NONE)
    /* Translators: board name, thickness and stiffener thickness in mm */
    return g_strdup_printf (_("%s %s + %s stiffener"), b->name, t, st);
  /* Translators: board name and thickness in mm on the stack section */
  return g_strdup_printf (C_("board label", "%s %s"), b->name, t);
}

static void
draw_connector (Section       *s,
                const StkPart *p,
                double         cx,
                double         surface_z,
                int            direction)
{
  double a = p->dims[STK_DIM_A].value, h = p->height.value;
  double top = direction > 0 ? surface_z + h : surface_z;

  section_pen (s->d, p->layer, p->subject, p->role == STK_ROLE_SOCKET ? STK_INK_SOCKET : STK_INK_HEADER,
               stk_prov_worst (p->dims[STK_DIM_A].source->kind, p->height.source->kind), STK_GROUP_PART);
  _stk_drawing_rect (s->d, cx - a / 2, to_y (s, top), a, h, FALSE);
}

static char *
mated_label (const StkDrawing *d,
             const StkMate    *mate)
{
  g_autofree char *h = _stk_drawing_length (d, mate->mated_height_mm);

  /* The catalog states no mated height for the inspection-use type: the
   * gap is drawn at the standard pair's and the label says so. */
  if (mate->inspection)
    /* Translators: label of an inspection-use mate in the stack section */
    return g_strdup_printf (_("%s inspection-use: mated height not stated (drawn %s)"), stk_mate_get_label (mate), h);
  /* Translators: label of the mated height dimension in the stack section */
  return g_strdup_printf (_("%s mated %s"), stk_mate_get_label (mate), h);
}

/* "socket AXE520127", the words coloured like the outline they name. */
static char *
part_label (const StkPart *p)
{
  const char *role = stk_role_label (p->role);

  /* Translators: a part on the drawing, its role and part number: "socket AXE520127" */
  return p->part_number ? g_strdup_printf (C_("part label", "%s %s"), role, p->part_number) : g_strdup (role);
}

/* The callout under a slot: the mate and mated height, then the two parts in
 * the order they sit in the stack. Labels stay out of the gap, where a 0.8 mm
 * mated height leaves no room for text between the board lines. */
static void
draw_callout (Section       *s,
              const StkPart *upper,
              const StkPart *lower,
              double         cx)
{
  g_autofree char *text = mated_label (s->d, upper->mate);
  double u = s->u;
  double y = s->base_y + CALLOUT_GAP_MM * u;
  const StkPart *order[2] = { upper, lower };

  section_pen (s->d, "DIMENSION", upper->subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
  _stk_drawing_text (s->d, cx, y, LABEL_MM * u, STK_ALIGN_CENTER, text);
  for (guint r = 0; r < 2; r++)
    {
      g_autofree char *label = part_label (order[r]);

      if (!order[r]->ok)
        continue;
      section_pen (s->d, "TEXT", order[r]->subject, order[r]->role == STK_ROLE_SOCKET ? STK_INK_SOCKET : STK_INK_HEADER,
                   STK_PROV_DATASHEET, STK_GROUP_PART);
      _stk_drawing_text (s->d, cx, y + (r + 1) * LINE_MM * u, LABEL_MM * u, STK_ALIGN_CENTER, label);
    }
}

static double
callout_width (const StkDrawing *d,
               const StkPart    *sock,
               const StkPart    *head,
               double            u)
{
  g_autofree char *text = mated_label (d, sock->mate);
  g_autofree char *s_label = part_label (sock);
  g_autofree char *h_label = part_label (head);

  return MAX (stk_drawing_text_width (text, LABEL_MM * u),
              MAX (stk_drawing_text_width (s_label, LABEL_MM * u), stk_drawing_text_width (h_label, LABEL_MM * u)));
}

static double
connector_width (const Section *s,
                 guint          m)
{
  double w = 0;

  for (guint r = 0; r < 2; r++)
    {
      const StkPart *p = &s->parts[2 * m + r];
      if (p->ok)
        w = MAX (w, MAX (p->dims[STK_DIM_A].value, p->stiffener ? p->st_len[1] : 0));
    }
  return w;
}

/* One branch: the two boards of the mate at their heights, across the slot,
 * the parts between them, the plates behind the parts, the mated height. */
static void
draw_slot (Section *s,
           guint    m,
           double   cx,
           double   width)
{
  const StkMatePlace *mp = &s->pl->mates[s->first + m];
  const StkPart *sock = &s->parts[2 * m], *head = &s->parts[2 * m + 1];
  const StkBoard *lo = s->pl->boards[mp->lower].board, *up = s->pl->boards[mp->upper].board;
  gboolean socket_below = g_strcmp0 (sock->mate->socket_board, lo->id) == 0;
  double z0 = mp->z0 - s->z_shift, z1 = mp->z1 - s->z_shift, left;

  for (guint r = 0; r < 2; r++)
    {
      const StkBoard *b = r == 0 ? lo : up;
      g_autofree char *subject = stk_subject_board (b->id);
      double zb = board_z (s, r == 0 ? mp->lower : mp->upper);

      section_pen (s->d, "BOARDS", subject, STK_INK_BOARD, STK_PROV_USER, STK_GROUP_PART);
      _stk_drawing_rect (s->d, cx - width / 2, to_y (s, zb + b->thickness_mm), width, b->thickness_mm, TRUE);
    }
  for (guint r = 0; r < 2; r++)
    {
      const StkPart *p = &s->parts[2 * m + r];
      gboolean below = (r == 0) == socket_below;
      const StkBoard *own = below ? lo : up;

      if (!p->ok)
        continue;
      draw_connector (s, p, cx, below ? z0 : z1, below ? 1 : -1);
      /* The plate goes behind the part, on the face away from the mate. */
      if (has_stiffener (own))
        {
          double len = p->stiffener ? p->st_len[1] : p->dims[STK_DIM_A].value;
          double st = own->stiffener_thickness_mm;
          double top = below ? z0 - own->thickness_mm : z1 + own->thickness_mm + st;

          section_pen (s->d, "STIFFENER", p->board_subject, STK_INK_STIFFENER, p->st_prov, STK_GROUP_PART);
          _stk_drawing_rect (s->d, cx - len / 2, to_y (s, top), len, st, TRUE);
        }
    }
  left = MAX (sock->ok ? sock->dims[STK_DIM_A].value : 0, head->ok ? head->dims[STK_DIM_A].value : 0) / 2;
  section_pen (s->d, "DIMENSION", sock->subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
  {
    /* The mated height's value beside its own dimension line. */
    g_autofree char *value = _stk_drawing_length (s->d, sock->mate->mated_height_mm);
    _stk_drawing_dim (s->d, cx - left, to_y (s, z0), cx - left, to_y (s, z1), -DIM_OFFSET_MM * s->u, value,
                      STK_PROV_DATASHEET);
  }
  if (socket_below)
    draw_callout (s, head, sock, cx);
  else
    draw_callout (s, sock, head, cx);
}

static void
add_side_label (GArray      *side,
                double       ax,
                double       ay,
                char       **text,
                const char  *subject,
                StkProvKind  prov)
{
  SideLabel l = { ax, ay, ay, g_steal_pointer (text), g_intern_string (subject), prov };

  g_array_append_val (side, l);
}

static int
compare_anchor_y (gconstpointer a,
                  gconstpointer b)
{
  double ya = ((const SideLabel *) a)->ay, yb = ((const SideLabel *) b)->ay;

  return (ya > yb) - (ya < yb);
}

/* Labels as near their anchors as they go without touching each other: pushed
 * apart top to bottom, then moved up together by their mean displacement. */
static void
place_side_labels (GArray *side,
                   double  pitch)
{
  double shift = 0;

  g_array_sort (side, compare_anchor_y);
  for (guint i = 0; i < side->len; i++)
    {
      SideLabel *l = &g_array_index (side, SideLabel, i);
      l->y = i == 0 ? l->ay : MAX (l->ay, g_array_index (side, SideLabel, i - 1).y + pitch);
      shift += (l->y - l->ay) / side->len;
    }
  for (guint i = 0; i < side->len; i++)
    g_array_index (side, SideLabel, i).y -= shift;
}

static void
draw_side_labels (Section *s,
                  GArray  *side,
                  double   col_x)
{
  place_side_labels (side, LINE_MM * s->u);
  for (guint i = 0; i < side->len; i++)
    {
      SideLabel *l = &g_array_index (side, SideLabel, i);
      StkPoint leader[3] = { { l->ax, l->ay }, { col_x - LEADER_MM / 2 * s->u, l->ay },
                             { col_x - 0.5 * s->u, l->y } };

      section_pen (s->d, "DIMENSION", l->subject, STK_INK_DIMENSION, l->prov, STK_GROUP_DIMENSION);
      _stk_drawing_poly (s->d, leader, 3, FALSE, FALSE);
      section_pen (s->d, "DIMENSION", l->subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
      _stk_drawing_text (s->d, col_x, l->y, LABEL_MM * s->u, STK_ALIGN_LEFT, l->text);
      g_free (l->text);
    }
}

/* The tallest parts of both boards facing each other in the branch's gap,
 * and the room left between them. */
static void
draw_components (Section *s,
                 guint    m,
                 double   x,
                 GArray  *side)
{
  const StkMatePlace *mp = &s->pl->mates[s->first + m];
  const StkBoard *lo = s->pl->boards[mp->lower].board, *up = s->pl->boards[mp->upper].board;
  double z0 = mp->z0 - s->z_shift, z1 = mp->z1 - s->z_shift;
  double below = lo->component_top_mm, above = up->component_bottom_mm;
  double u = s->u, comp_w = COMP_W_MM * u;
  g_autofree char *free_mm = NULL;
  g_autofree char *text = NULL;
  g_autofree char *lo_subject = stk_subject_board (lo->id);
  g_autofree char *up_subject = stk_subject_board (up->id);

  if (below <= 0 && above <= 0)
    return;
  section_pen (s->d, "COMPONENTS", lo_subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
  if (below > 0)
    _stk_drawing_hatch (s->d, x, to_y (s, z0 + below), comp_w, below, HATCH_MM * u);
  section_pen (s->d, "COMPONENTS", up_subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
  if (above > 0)
    _stk_drawing_hatch (s->d, x, to_y (s, z1), comp_w, above, HATCH_MM * u);
  free_mm = _stk_drawing_length (s->d, z1 - above - (z0 + below));
  /* Translators: free height between the tallest facing components */
  text = g_strdup_printf (_("clear %s"), free_mm);
  section_pen (s->d, "DIMENSION", lo_subject, STK_INK_DIMENSION, STK_PROV_USER, STK_GROUP_DIMENSION);
  if (z1 - above > z0 + below + 1e-6)
    {
      _stk_drawing_dim (s->d, x + comp_w, to_y (s, z0 + below), x + comp_w, to_y (s, z1 - above),
                        DIM_OFFSET_MM * u, NULL, STK_PROV_USER);
      add_side_label (side, x + comp_w + DIM_OFFSET_MM * u, to_y (s, (z0 + below + z1 - above) / 2), &text,
                      lo_subject, STK_PROV_USER);
    }
  else
    add_side_label (side, x + comp_w, to_y (s, (z0 + z1) / 2), &text, lo_subject, STK_PROV_USER);
}

/* The connector in the middle (its callout centred under it), room for the
 * facing parts on its right, as much on its left. */
static double
slot_width (const Section *s,
            guint          m)
{
  double u = s->u;
  double half = connector_width (s, m) / 2 + (SLOT_SIDE_MM + COMP_W_MM + 2 * AIR_MM) * u;

  return MAX (2 * half, callout_width (s->d, &s->parts[2 * m], &s->parts[2 * m + 1], u) + 2 * AIR_MM * u);
}

/* Board names beside the branch's right end, tied by leaders. */
static void
label_boards (Section *s,
              guint    m,
              double   x,
              GArray  *side)
{
  const StkMatePlace *mp = &s->pl->mates[s->first + m];

  for (guint r = 0; r < 2; r++)
    {
      int index = r == 0 ? mp->lower : mp->upper;
      const StkBoard *b = s->pl->boards[index].board;
      g_autofree char *subject = stk_subject_board (b->id);
      char *label = board_label (s->d, b);
      gboolean named = FALSE;

      /* A board several branches share (the base board) is named once. */
      for (guint i = 0; i < side->len && !named; i++)
        named = g_strcmp0 (g_array_index (side, SideLabel, i).text, label) == 0;
      if (named)
        g_free (label);
      else
        add_side_label (side, x, to_y (s, board_z (s, index) + b->thickness_mm / 2), &label, subject,
                        STK_PROV_USER);
    }
}

/* The section of the assembly: one slot per mate that places a board (its
 * branch: the two boards, the pair, the facing parts), all at their real
 * heights, and the whole height beside them. Returns the height used. */
double
_stk_drawing_section (StkDrawing         *d,
                      StkProject         *project,
                      const StkPlacement *placement,
                      StkPart            *parts,
                      guint               first,
                      guint               n_mates,
                      double              x,
                      double              y)
{
  g_autoptr(StkPlacement) own = placement ? NULL : stk_placement_new (project, NULL);
  const StkPlacement *pl = placement ? placement : own;
  Section s = { d, project, parts, first, n_mates, pl, pl->z_min, 0, _stk_drawing_unit (d) };
  double u = s.u;
  double total = pl->z_max - pl->z_min, cx = x, right;
  gboolean any_slot = FALSE, total_known = TRUE;
  g_autofree char *total_mm = NULL;
  g_autoptr(GString) unjoined = g_string_new (NULL);
  char *total_text;
  StkProvKind total_prov;
  g_autoptr(GArray) side = g_array_new (FALSE, FALSE, sizeof (SideLabel));

  section_pen (d, "TEXT", STK_SUBJECT_STACK_ID, STK_INK_LABEL, STK_PROV_DATASHEET, STK_GROUP_PART);
  _stk_drawing_text (d, x, y + TITLE_MM / 2 * u, TITLE_MM * u, STK_ALIGN_LEFT,
                     _("Stack section, side view, top board at the top"));
  if (pl->n_boards == 0)
    {
      _stk_drawing_text (d, x, y + 2 * LINE_MM * u, LABEL_MM * u, STK_ALIGN_LEFT, _("No boards"));
      return 3 * LINE_MM * u;
    }
  s.base_y = y + (TITLE_MM + 2 * LINE_MM) * u + total;
  for (guint m = 0; m < n_mates; m++)
    {
      double w;

      if (!is_branch (&s, m))
        continue;
      w = slot_width (&s, m);
      draw_slot (&s, m, cx + w / 2, w - 2 * AIR_MM * u);
      draw_components (&s, m, cx + w / 2 + connector_width (&s, m) / 2 + AIR_MM * u, side);
      label_boards (&s, m, cx + w - AIR_MM * u, side);
      cx += w;
      any_slot = TRUE;
    }
  /* Boards no chain of mates joins to the base board: where they lie is
   * unknown, so the total is not a number to read off then. */
  for (guint i = 0; i < pl->n_boards; i++)
    if (!pl->boards[i].placed)
      {
        g_string_append_printf (unjoined, "%s%s", unjoined->len ? ", " : "", pl->boards[i].board->name);
        total_known = FALSE;
      }
  if (!any_slot)
    {
      const StkBoard *base = pl->boards[0].board;
      g_autofree char *subject = stk_subject_board (base->id);
      char *label = board_label (d, base);

      section_pen (d, "BOARDS", subject, STK_INK_BOARD, STK_PROV_USER, STK_GROUP_PART);
      _stk_drawing_rect (d, x, to_y (&s, board_z (&s, 0) + base->thickness_mm), 40.0 * u, base->thickness_mm, TRUE);
      add_side_label (side, x + 40.0 * u, to_y (&s, board_z (&s, 0) + base->thickness_mm / 2), &label, subject,
                      STK_PROV_USER);
      cx = x + 40.0 * u;
    }
  right = cx + AIR_MM * u;
  total_mm = _stk_drawing_length (d, total);
  /* Translators: drawing label of the whole stack height, e.g. "stack 3.2 mm"; "?" when a board's
   * place is unknown */
  total_text = total_known ? g_strdup_printf (_("stack %s"), total_mm) : g_strdup (_("stack ?"));
  total_prov = total_known ? STK_PROV_DATASHEET : STK_PROV_PLACEHOLDER;
  section_pen (d, "DIMENSION", STK_SUBJECT_STACK_ID, STK_INK_DIMENSION, total_prov, STK_GROUP_DIMENSION);
  _stk_drawing_dim (d, right, to_y (&s, 0), right, to_y (&s, total), DIM_OFFSET_MM * u, NULL, total_prov);
  add_side_label (side, right + DIM_OFFSET_MM * u, to_y (&s, total / 2), &total_text, STK_SUBJECT_STACK_ID, total_prov);
  draw_side_labels (&s, side, right + (DIM_OFFSET_MM + LEADER_MM) * u);
  if (unjoined->len > 0)
    {
      /* Translators: the names of boards no connector joins to the base board */
      g_autofree char *text = g_strdup_printf (_("Not joined to the base board, not drawn: %s"), unjoined->str);

      section_pen (d, "TEXT", STK_SUBJECT_STACK_ID, STK_INK_LABEL, STK_PROV_PLACEHOLDER, STK_GROUP_PART);
      _stk_drawing_text (d, x, s.base_y + (CALLOUT_GAP_MM + 3 * LINE_MM + LABEL_MM) * u, LABEL_MM * u,
                         STK_ALIGN_LEFT, text);
    }
  return s.base_y - y + (CALLOUT_GAP_MM + 2 * LINE_MM + LABEL_MM + (unjoined->len ? 2 * LINE_MM : 0) + 1.0) * u;
}
