/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing-private.h"

#define TITLE_MM        0.8
#define LABEL_MM        0.55
#define LINE_MM         0.8   /* pitch of stacked labels: text height plus air */
#define SLOT_SIDE_MM    1.5   /* room beside a connector for its mated-height dimension */
#define COMP_W_MM       3.5
#define NO_MATE_GAP_MM  2.0
#define DIM_OFFSET_MM   0.8
#define LEADER_MM       0.6   /* leader run between the stack dimension and the label column */
#define CALLOUT_GAP_MM  1.0   /* from the bottom of the stack to the first callout line */

/* Board i of the section, heights from the bottom of the stack (z up). */
typedef struct {
  const StkBoard *board;
  double          z_board;      /* bottom face of the board itself */
  double          z_stiffener;  /* bottom face of its stiffener, if any */
  gboolean        has_stiffener;
  double          gap_above;
  gboolean        gap_known;
} Layer;

/* A label in the column right of the stack, tied to its anchor by a leader. */
typedef struct {
  double       ax, ay;     /* anchor on the geometry */
  double       y;          /* where the label ended up */
  char        *text;
  const char  *subject;
  StkProvKind  prov;
} SideLabel;

typedef struct {
  StkDrawing  *d;
  StkProject  *project;
  StkPart     *parts;      /* 2 per mate: socket, header */
  guint        n_mates;
  Layer       *layers;
  guint        n_layers;
  double       base_y;     /* drawing y of z = 0 */
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

/* A mate is drawn in the section when its two boards are neighbours. */
static gboolean
mate_boards (const Section *s,
             const StkMate *mate,
             int           *socket_i,
             int           *header_i)
{
  *socket_i = stk_project_board_index (s->project, mate->socket_board);
  *header_i = stk_project_board_index (s->project, mate->header_board);
  return *socket_i >= 0 && *header_i >= 0 && ABS (*socket_i - *header_i) == 1;
}

static void
compute_layers (Section *s)
{
  g_autofree gboolean *connector_above = g_new0 (gboolean, s->n_layers);
  double z = 0;

  for (guint i = 0; i < s->n_layers; i++)
    s->layers[i].gap_above = NO_MATE_GAP_MM;
  /* One pass over the mates: the first mate above a board sets its gap. */
  for (guint m = 0; m < s->n_mates; m++)
    {
      const StkMate *mate = s->parts[2 * m].mate;
      int si, hi;
      Layer *l;

      if (!mate_boards (s, mate, &si, &hi))
        continue;
      l = &s->layers[MIN (si, hi)];
      if (!l->gap_known)
        {
          l->gap_above = mate->mated_height_mm;
          l->gap_known = TRUE;
        }
      connector_above[MIN (si, hi)] = TRUE;
    }
  for (guint i = 0; i < s->n_layers; i++)
    {
      Layer *l = &s->layers[i];
      double st;

      /* The plate goes behind the connector, on the face away from the mate. */
      l->has_stiffener = l->board->kind == STK_BOARD_FPC && l->board->stiffener != STK_STIFFENER_NONE;
      st = l->has_stiffener ? l->board->stiffener_thickness_mm : 0;
      if (connector_above[i])
        {
          l->z_stiffener = z;
          l->z_board = z + st;
        }
      else
        {
          l->z_board = z;
          l->z_stiffener = z + l->board->thickness_mm;
        }
      z += l->board->thickness_mm + st + (i + 1 < s->n_layers ? l->gap_above : 0);
    }
}

static double
layer_top (const Layer *l)
{
  return MAX (l->z_board + l->board->thickness_mm,
              l->has_stiffener ? l->z_stiffener + l->board->stiffener_thickness_mm : 0);
}

static char *
board_label (const StkBoard *b)
{
  g_autofree char *t = stk_format_mm (b->thickness_mm);
  g_autofree char *st = stk_format_mm (b->stiffener_thickness_mm);

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
mated_label (const StkMate *mate)
{
  g_autofree char *h = stk_format_mm (mate->mated_height_mm);

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
  g_autofree char *text = mated_label (upper->mate);
  double y = s->base_y + CALLOUT_GAP_MM;
  const StkPart *order[2] = { upper, lower };

  section_pen (s->d, "DIMENSION", upper->subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
  _stk_drawing_text (s->d, cx, y, LABEL_MM, STK_ALIGN_CENTER, text);
  for (guint r = 0; r < 2; r++)
    {
      g_autofree char *label = part_label (order[r]);

      if (!order[r]->ok)
        continue;
      section_pen (s->d, "TEXT", order[r]->subject, order[r]->role == STK_ROLE_SOCKET ? STK_INK_SOCKET : STK_INK_HEADER,
                   STK_PROV_DATASHEET, STK_GROUP_PART);
      _stk_drawing_text (s->d, cx, y + (r + 1) * LINE_MM, LABEL_MM, STK_ALIGN_CENTER, label);
    }
}

static double
callout_width (const StkPart *sock,
               const StkPart *head)
{
  g_autofree char *text = mated_label (sock->mate);
  g_autofree char *s_label = part_label (sock);
  g_autofree char *h_label = part_label (head);

  return MAX (stk_drawing_text_width (text, LABEL_MM),
              MAX (stk_drawing_text_width (s_label, LABEL_MM), stk_drawing_text_width (h_label, LABEL_MM)));
}

static void
draw_slot (Section *s,
           guint    m,
           double   cx)
{
  const StkPart *sock = &s->parts[2 * m], *head = &s->parts[2 * m + 1];
  const StkMate *mate = sock->mate;
  int si, hi;
  const Layer *lo, *up;
  double z0, z1, left;

  mate_boards (s, mate, &si, &hi);
  lo = &s->layers[MIN (si, hi)];
  up = &s->layers[MAX (si, hi)];
  z0 = lo->z_board + lo->board->thickness_mm;
  z1 = up->z_board;
  for (guint r = 0; r < 2; r++)
    {
      const StkPart *p = &s->parts[2 * m + r];
      const Layer *own = (r == 0) == (si < hi) ? lo : up;

      if (!p->ok)
        continue;
      draw_connector (s, p, cx, own == lo ? z0 : z1, own == lo ? 1 : -1);
      if (own->has_stiffener)
        {
          double len = p->stiffener ? p->st_len[1] : p->dims[STK_DIM_A].value;
          section_pen (s->d, "STIFFENER", p->board_subject, STK_INK_STIFFENER, p->st_prov, STK_GROUP_PART);
          _stk_drawing_rect (s->d, cx - len / 2, to_y (s, own->z_stiffener + own->board->stiffener_thickness_mm),
                             len, own->board->stiffener_thickness_mm, TRUE);
        }
    }
  left = MAX (sock->ok ? sock->dims[STK_DIM_A].value : 0, head->ok ? head->dims[STK_DIM_A].value : 0) / 2;
  section_pen (s->d, "DIMENSION", sock->subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
  _stk_drawing_dim (s->d, cx - left, to_y (s, z0), cx - left, to_y (s, z1), -DIM_OFFSET_MM, NULL, STK_PROV_DATASHEET);
  if (si > hi)
    draw_callout (s, sock, head, cx);
  else
    draw_callout (s, head, sock, cx);
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
place_side_labels (GArray *side)
{
  double shift = 0;

  g_array_sort (side, compare_anchor_y);
  for (guint i = 0; i < side->len; i++)
    {
      SideLabel *l = &g_array_index (side, SideLabel, i);
      l->y = i == 0 ? l->ay : MAX (l->ay, g_array_index (side, SideLabel, i - 1).y + LINE_MM);
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
  place_side_labels (side);
  for (guint i = 0; i < side->len; i++)
    {
      SideLabel *l = &g_array_index (side, SideLabel, i);
      StkPoint leader[3] = { { l->ax, l->ay }, { col_x - LEADER_MM / 2, l->ay }, { col_x - 0.1, l->y } };

      section_pen (s->d, "DIMENSION", l->subject, STK_INK_DIMENSION, l->prov, STK_GROUP_DIMENSION);
      _stk_drawing_poly (s->d, leader, 3, FALSE, FALSE);
      section_pen (s->d, "DIMENSION", l->subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
      _stk_drawing_text (s->d, col_x, l->y, LABEL_MM, STK_ALIGN_LEFT, l->text);
      g_free (l->text);
    }
}

static void
draw_components (Section *s,
                 double   x,
                 GArray  *side)
{
  for (guint i = 0; i + 1 < s->n_layers; i++)
    {
      const Layer *lo = &s->layers[i], *up = &s->layers[i + 1];
      double z0 = layer_top (lo), z1 = up->z_board;
      double below = lo->board->component_top_mm, above = up->board->component_bottom_mm;
      g_autofree char *free_mm = NULL;
      g_autofree char *text = NULL;
      g_autofree char *lo_subject = g_strdup_printf ("board:%s", lo->board->id);
      g_autofree char *up_subject = g_strdup_printf ("board:%s", up->board->id);

      if (below <= 0 && above <= 0)
        continue;
      section_pen (s->d, "COMPONENTS", lo_subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
      if (below > 0)
        _stk_drawing_hatch (s->d, x, to_y (s, z0 + below), COMP_W_MM, below, 0.25);
      section_pen (s->d, "COMPONENTS", up_subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
      if (above > 0)
        _stk_drawing_hatch (s->d, x, to_y (s, z1), COMP_W_MM, above, 0.25);
      free_mm = stk_format_mm (z1 - above - (z0 + below));
      /* Translators: free height between the tallest facing components */
      text = g_strdup_printf (_("clear %s"), free_mm);
      section_pen (s->d, "DIMENSION", lo_subject, STK_INK_DIMENSION, STK_PROV_USER, STK_GROUP_DIMENSION);
      if (z1 - above > z0 + below + 1e-6)
        {
          _stk_drawing_dim (s->d, x + COMP_W_MM, to_y (s, z0 + below), x + COMP_W_MM, to_y (s, z1 - above), 0.6,
                            NULL, STK_PROV_USER);
          add_side_label (side, x + COMP_W_MM + 0.6, to_y (s, (z0 + below + z1 - above) / 2), &text,
                          lo_subject, STK_PROV_USER);
        }
      else
        add_side_label (side, x + COMP_W_MM, to_y (s, (z0 + z1) / 2), &text, lo_subject, STK_PROV_USER);
    }
}

static double
slot_width (const Section *s,
            guint          m)
{
  const StkPart *sock = &s->parts[2 * m], *head = &s->parts[2 * m + 1];
  double w = 0;

  for (guint r = 0; r < 2; r++)
    {
      const StkPart *p = r ? head : sock;
      if (p->ok)
        w = MAX (w, MAX (p->dims[STK_DIM_A].value, p->stiffener ? p->st_len[1] : 0));
    }
  return MAX (w + 2 * SLOT_SIDE_MM, callout_width (sock, head) + 1.0);
}

/* The side section of the whole stack, boards bottom to top, each mate in
 * its own slot along x. Returns the height used. */
double
_stk_drawing_section (StkDrawing *d,
                      StkProject *project,
                      StkPart    *parts,
                      guint       n_mates,
                      double      x,
                      double      y)
{
  GPtrArray *boards = stk_project_get_boards (project);
  Section s = { d, project, parts, n_mates, NULL, boards->len, 0 };
  double label_w = 0, board_x0, board_x1, comp_x, cx, total;
  gboolean any_slot = FALSE;
  g_autofree char *total_mm = NULL;
  char *total_text;
  gboolean total_known = TRUE;
  StkProvKind total_prov;
  g_autoptr(GArray) side = g_array_new (FALSE, FALSE, sizeof (SideLabel));

  section_pen (d, "TEXT", "stack", STK_INK_LABEL, STK_PROV_DATASHEET, STK_GROUP_PART);
  _stk_drawing_text (d, x, y + TITLE_MM / 2, TITLE_MM, STK_ALIGN_LEFT,
                     _("Stack section (side view, boards bottom to top)"));
  if (boards->len == 0)
    {
      _stk_drawing_text (d, x, y + 1.8, LABEL_MM, STK_ALIGN_LEFT, _("No boards"));
      return 2.5;
    }
  s.layers = g_new0 (Layer, boards->len);
  for (guint i = 0; i < boards->len; i++)
    {
      g_autofree char *label = board_label (g_ptr_array_index (boards, i));
      s.layers[i].board = g_ptr_array_index (boards, i);
      label_w = MAX (label_w, stk_drawing_text_width (label, LABEL_MM));
    }
  compute_layers (&s);
  total = layer_top (&s.layers[boards->len - 1]);
  s.base_y = y + 2.0 + total;

  board_x0 = x + label_w + 0.8;
  cx = board_x0;
  for (guint m = 0; m < n_mates; m++)
    {
      int si, hi;
      if (!mate_boards (&s, parts[2 * m].mate, &si, &hi))
        continue;
      draw_slot (&s, m, cx + slot_width (&s, m) / 2);
      cx += slot_width (&s, m);
      any_slot = TRUE;
    }
  comp_x = MAX (cx, board_x0 + 10) + 1;
  board_x1 = comp_x + COMP_W_MM + 4.0;
  draw_components (&s, comp_x, side);

  for (guint i = 0; i < s.n_layers; i++)
    {
      const Layer *l = &s.layers[i];
      g_autofree char *label = board_label (l->board);
      g_autofree char *subject = g_strdup_printf ("board:%s", l->board->id);

      section_pen (d, "BOARDS", subject, STK_INK_BOARD, STK_PROV_USER, STK_GROUP_PART);
      _stk_drawing_rect (d, board_x0, to_y (&s, l->z_board + l->board->thickness_mm), board_x1 - board_x0,
                         l->board->thickness_mm, TRUE);
      section_pen (d, "TEXT", subject, STK_INK_LABEL, STK_PROV_USER, STK_GROUP_PART);
      _stk_drawing_text (d, board_x0 - 0.4, to_y (&s, l->z_board + l->board->thickness_mm / 2), LABEL_MM,
                         STK_ALIGN_RIGHT, label);
      if (i + 1 < s.n_layers && !l->gap_known)
        {
          section_pen (d, "TEXT", "stack", STK_INK_LABEL, STK_PROV_PLACEHOLDER, STK_GROUP_PART);
          _stk_drawing_text (d, (board_x0 + comp_x) / 2, to_y (&s, layer_top (l) + l->gap_above / 2), LABEL_MM,
                             STK_ALIGN_CENTER, _("No connector between these boards: gap not to scale"));
        }
    }
  /* A pair of boards no connector joins is drawn NO_MATE_GAP_MM apart,
   * dotted: the total is then not a number to read off the drawing. */
  for (guint i = 0; i + 1 < boards->len; i++)
    total_known &= s.layers[i].gap_known;
  total_mm = stk_format_mm (total);
  /* Translators: total height of the stack in mm; "?" where a gap is unknown */
  /* Translators: drawing label of the whole stack height, e.g. "stack 3.2 mm"; "?" when a gap is
   * unknown */
  total_text = total_known ? g_strdup_printf (_("stack %s"), total_mm) : g_strdup (_("stack ?"));
  total_prov = total_known ? STK_PROV_DATASHEET : STK_PROV_PLACEHOLDER;
  section_pen (d, "DIMENSION", "stack", STK_INK_DIMENSION, total_prov, STK_GROUP_DIMENSION);
  _stk_drawing_dim (d, board_x1, to_y (&s, 0), board_x1, to_y (&s, total), DIM_OFFSET_MM, NULL, total_prov);
  add_side_label (side, board_x1 + DIM_OFFSET_MM, to_y (&s, total / 2), &total_text, "stack", total_prov);
  draw_side_labels (&s, side, board_x1 + DIM_OFFSET_MM + LEADER_MM);
  g_free (s.layers);
  return 2.0 + total + (any_slot ? CALLOUT_GAP_MM + 2 * LINE_MM + LABEL_MM : 0) + 1.0;
}
