/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check.h"
#include "stk-drawing-views.h"

/* A true section: a vertical plane through a line in plan, every board it
 * cuts at its real height and thickness, hatched, the connector bodies and
 * plates the plane cuts with their real extent along the line, the facing
 * parts' envelopes, the mated height and the clearance dimensioned. The
 * heights are the placement's, the clearance the stack check's formula:
 * the numbers written are the numbers checked.
 *
 * Drawing x is the coordinate along the line, drawing y is −z; the sheet
 * moves the whole to its place. Paper sizes below are times the unit. */
#define TITLE_MM     STK_TITLE_MM
#define LABEL_MM     STK_LETTER_MM
#define LINE_MM      4.0   /* pitch of side labels */
#define HATCH_MM     1.2
#define DIM_MM       3.0   /* dimension lines from what they measure */
#define COLUMN_MM    9.0   /* from the geometry to the side labels */
#define AIR_MM       0.5   /* drawing mm: the facing parts keep this far from the connector */
#define BREAK_MM     1.0   /* a break line stands out this far above and below its board */

typedef struct {
  StkViews     *v;
  const StkCut *cut;
  StkDrawing   *d;
  double        u;
  double        s0, s1;      /* the part of the line drawn */
  guint8       *drawn;       /* per board: cut by the plane */
  GArray       *drawn_list;  /* guint: the boards cut, lowest first */
  GArray       *labels;      /* StkSideLabel */
  double        right;       /* drawing x right of everything so far */
} Section;

#define set_pen(s, layer, subject, ink, prov, group) _stk_views_pen ((s)->d, layer, subject, ink, prov, group, TRUE)

/* Along the line and across it, for an outline x0, y0, x1, y1 or a box. */
static void
along (const StkCut *cut,
       const double  o[4],
       double       *a0,
       double       *a1,
       double       *c0,
       double       *c1)
{
  *a0 = cut->along_x ? o[0] : o[1];
  *a1 = cut->along_x ? o[2] : o[3];
  *c0 = cut->along_x ? o[1] : o[0];
  *c1 = cut->along_x ? o[3] : o[2];
}

static gboolean
box_cut (const Section *s,
         const StkBox  *b,
         double        *a0,
         double        *a1)
{
  double o[4] = { b->cx - b->hx, b->cy - b->hy, b->cx + b->hx, b->cy + b->hy }, c0, c1;

  along (s->cut, o, a0, a1, &c0, &c1);
  *a0 = MAX (*a0, s->s0);
  *a1 = MIN (*a1, s->s1);
  return c0 <= s->cut->at && s->cut->at <= c1 && *a1 > *a0;
}

/* A narrow freehand-like zigzag where a board goes on beyond the view. */
static void
break_line (Section *s,
            double   x,
            double   z0,
            double   z1)
{
  double e = BREAK_MM * s->u, w = 0.6 * s->u, m = (z0 + z1) / 2;
  StkPoint pts[6] = { { x, -(z1 + e) }, { x, -(m + w) }, { x + w, -(m + w / 2) }, { x - w, -(m - w / 2) },
                      { x, -(m - w) }, { x, -(z0 - e) } };

  _stk_drawing_poly (s->d, pts, 6, FALSE, FALSE);
}

static void
draw_board (Section *s,
            guint    index)
{
  const StkBoardPlace *bp = &s->v->pl->boards[index];
  const StkBoard *b = bp->board;
  double a0, a1, c0, c1, z0 = bp->z, z1 = bp->z + b->thickness_mm, x0, x1;
  const char *subject;

  along (s->cut, bp->outline, &a0, &a1, &c0, &c1);
  x0 = MAX (a0, s->s0);
  x1 = MIN (a1, s->s1);
  if (c0 > s->cut->at || s->cut->at > c1 || x1 <= x0)
    return;
  subject = _stk_views_board_subject (s->v, index);
  s->drawn[index] = TRUE;
  g_array_append_val (s->drawn_list, index);
  set_pen (s, "BOARDS", subject, b->kind == STK_BOARD_FPC ? STK_INK_FPC : STK_INK_BOARD, STK_PROV_USER,
           STK_GROUP_PART);
  _stk_drawing_rect (s->d, x0, -z1, x1 - x0, z1 - z0, TRUE);
  set_pen (s, "BOARDS", subject, STK_INK_RULE, STK_PROV_DATASHEET, STK_GROUP_PART);
  _stk_drawing_hatch (s->d, x0, -z1, x1 - x0, z1 - z0, HATCH_MM * s->u);
  if (a0 < x0 - 1e-9)
    break_line (s, x0, z0, z1);
  if (a1 > x1 + 1e-9)
    break_line (s, x1, z0, z1);
  _stk_side_label_addf (s->labels, s->d, x1, -(z0 + z1) / 2, subject, STK_PROV_USER, STK_INK_LABEL,
                        /* Translators: board name and thickness on a section */
                        STK_VIEWS_TR (s->v, STK_TR_BOARD_LABEL, C_("board label", "%s %s")), b->name,
                        _stk_views_length (s->v, b->thickness_mm));
  s->right = MAX (s->right, x1);
}

/* "J1 display socket AXE520127" at (ax, ay) */
static void
add_part_label (Section       *s,
                const StkPart *p,
                double         ax,
                double         ay)
{
  const char *role = p->role == STK_ROLE_SOCKET ? STK_VIEWS_TR (s->v, STK_TR_SOCKET, stk_role_label (p->role))
                                                : STK_VIEWS_TR (s->v, STK_TR_HEADER, stk_role_label (p->role));

  _stk_side_label_addf (s->labels, s->d, ax, ay, p->subject, STK_PROV_DATASHEET,
                        p->role == STK_ROLE_SOCKET ? STK_INK_SOCKET : STK_INK_HEADER,
                        /* Translators: a part on a section: mate, role, part number */
                        STK_VIEWS_TR (s->v, STK_TR_PART_LABEL, _("%s %s %s")), stk_mate_get_label (p->mate), role,
                        p->part_number ? p->part_number : "");
}

static void
draw_box (Section      *s,
          const StkBox *box,
          double        a0,
          double        a1)
{
  _stk_drawing_rect (s->d, a0, -box->z1, a1 - a0, box->z1 - box->z0, FALSE);
}

/* Where the plane cuts a plan rectangle: its extent along the line,
 * clipped to the part drawn. */
static gboolean
rect_cut (const Section *s,
          const double   r[4],
          double        *a0,
          double        *a1)
{
  double c0, c1;

  along (s->cut, r, a0, a1, &c0, &c1);
  *a0 = MAX (*a0, s->s0);
  *a1 = MIN (*a1, s->s1);
  return c0 <= s->cut->at && s->cut->at <= c1 && *a1 > *a0;
}

/* The keep-outs of a board the plane cuts, at their real extent and
 * height on their face, outlined and hatched as the facing parts are,
 * labelled with their height. */
static void
draw_keepouts (Section *s,
               guint    index)
{
  const StkBoardPlace *bp = &s->v->pl->boards[index];
  const char *subject = NULL;

  if (bp->board->keepouts != NULL && bp->board->keepouts->len > 0)
    subject = _stk_views_board_subject (s->v, index);
  for (guint i = 0; bp->board->keepouts != NULL && i < bp->board->keepouts->len; i++)
    {
      const StkKeepout *k = g_ptr_array_index (bp->board->keepouts, i);
      double r[4], a0, a1, z0, z1;
      const char *h;
      char *label;

      stk_facing_keepout_plan (bp, k, r);
      if (!rect_cut (s, r, &a0, &a1))
        continue;
      z0 = k->face == STK_FACE_TOP ? bp->z + bp->board->thickness_mm : bp->z - k->height_mm;
      z1 = z0 + k->height_mm;
      set_pen (s, "KEEPOUTS", subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
      _stk_drawing_rect (s->d, a0, -z1, a1 - a0, z1 - z0, FALSE);
      _stk_drawing_hatch (s->d, a0, -z1, a1 - a0, z1 - z0, HATCH_MM * s->u);
      h = _stk_views_length (s->v, k->height_mm);
      /* Translators: a keep-out on a section: its label and height */
      label = g_strdup_printf (STK_VIEWS_TR (s->v, STK_TR_KEEPOUT_LABEL, C_("keep-out label", "%s %s")),
                               k->label && *k->label ? k->label : STK_VIEWS_TR (s->v, STK_TR_KEEPOUT, _("keep-out")), h);
      _stk_side_label_add (s->labels, a1, -(z0 + z1) / 2, &label, subject, STK_PROV_USER, STK_INK_LABEL);
    }
}

/* Where along the line a keep-out that sets a facing height lies, if the
 * plane cuts it: the clearance is dimensioned there. */
static gboolean
keepout_at (const Section       *s,
            const StkBoardPlace *bp,
            int                  keepout,
            double              *x)
{
  double r[4], a0, a1;

  if (keepout < 0)
    return FALSE;
  stk_facing_keepout_plan (bp, g_ptr_array_index (bp->board->keepouts, keepout), r);
  if (!rect_cut (s, r, &a0, &a1))
    return FALSE;
  *x = (a0 + a1) / 2;
  return TRUE;
}

/* The faces' tallest parts where the two boards overlap along the line,
 * beside the connector (conn0 > conn1: none): the check assumes they lie
 * under the other board. Returns the x of the clearance dimension: at the
 * keep-out that sets a facing height when the plane cuts it. */
static double
draw_facing (Section         *s,
             const StkFacing *f,
             double           conn0,
             double           conn1)
{
  const StkBoardPlace *lo = &s->v->pl->boards[f->lower], *hi = &s->v->pl->boards[f->upper];
  double z0 = lo->z + lo->board->thickness_mm, z1 = hi->z, o0, o1, dim_x = NAN;
  double top = MAX (lo->board->component_top_mm, 0), bottom = MAX (hi->board->component_bottom_mm, 0);
  const char *lo_subject, *hi_subject;

  if (!rect_cut (s, f->overlap, &o0, &o1))
    return NAN;
  lo_subject = _stk_views_board_subject (s->v, f->lower);
  hi_subject = _stk_views_board_subject (s->v, f->upper);
  for (int side = 0; side < 2; side++)
    {
      gboolean split = conn1 > conn0;
      double x0 = side == 0 ? o0 : conn1 + AIR_MM, x1 = side == 0 && split ? conn0 - AIR_MM : o1;

      if ((side == 1 && !split) || x1 - x0 < 0.2)
        continue;
      set_pen (s, "COMPONENTS", lo_subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
      if (top > 0)
        _stk_drawing_hatch (s->d, x0, -(z0 + top), x1 - x0, top, HATCH_MM * s->u);
      set_pen (s, "COMPONENTS", hi_subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
      if (bottom > 0)
        _stk_drawing_hatch (s->d, x0, -z1, x1 - x0, bottom, HATCH_MM * s->u);
      dim_x = (x0 + x1) / 2;
    }
  if (!keepout_at (s, lo, f->top_keepout, &dim_x))
    keepout_at (s, hi, f->bottom_keepout, &dim_x);
  return dim_x;
}

/* The free height between the facing parts, dimensioned at dim_x, and
 * its label: the numbers the stack check's clearance record holds. */
static void
draw_clearance (Section         *s,
                const StkFacing *f,
                const char      *name,
                const char      *subject,
                double           dim_x)
{
  const StkRequirements *req = stk_project_get_requirements (s->v->project);
  const StkBoardPlace *lo = &s->v->pl->boards[f->lower];
  double z0 = lo->z + lo->board->thickness_mm + f->top_mm, z1 = z0 + f->gap - f->top_mm - f->bottom_mm;
  double need = stk_checks_clearance_needed (f->top_mm, f->bottom_mm, req->clearance_margin_mm);
  const char *gap_text, *need_text, *free_text;
  char *label;

  if (isnan (dim_x) || (f->top_mm <= 0 && f->bottom_mm <= 0))
    return;
  gap_text = _stk_views_length (s->v, f->gap);
  need_text = _stk_views_length (s->v, need);
  free_text = _stk_views_length (s->v, f->gap - f->top_mm - f->bottom_mm);
  set_pen (s, "DIMENSION", subject, STK_INK_DIMENSION, STK_PROV_USER, STK_GROUP_DIMENSION);
  if (z1 > z0 + 1e-6)
    _stk_drawing_dim (s->d, dim_x, -z0, dim_x, -z1, 0, NULL, STK_PROV_USER);
  /* Translators: on a section: the free height between the facing parts, then what the
   * stack check needs (their heights plus the margin) and the gap it has */
  label = g_strdup_printf (STK_VIEWS_TR (s->v, STK_TR_CLEAR, _("%s clear %s: needs %s of the %s gap")), name, free_text,
                           need_text, gap_text);
  _stk_side_label_add (s->labels, dim_x, -(z0 + z1) / 2, &label, subject, STK_PROV_USER, STK_INK_DIMENSION);
}

/* Boards that lie over one another without a connector between them,
 * both cut by the plane: their facing parts and clearance. */
static void
draw_overlaps (Section *s,
               guint    lower)
{
  const StkFacings *fs = s->v->facings;

  for (guint i = fs->lower_first[lower]; i < fs->lower_first[lower] + fs->lower_count[lower]; i++)
    {
      const StkFacing *f = &fs->facings[i];
      const StkBoard *lo = s->v->pl->boards[f->lower].board, *hi = s->v->pl->boards[f->upper].board;
      const char *subject;
      g_autofree char *name = NULL;

      if (f->mate >= 0 || !s->drawn[f->upper])
        continue;
      subject = _stk_views_board_subject (s->v, f->upper);
      /* Translators: one board lying over another, "Camera FPC over Main board" */
      name = g_strdup_printf (STK_VIEWS_TR (s->v, STK_TR_OVER, _("%s over %s")), hi->name, lo->name);
      draw_clearance (s, f, name, subject, draw_facing (s, f, 1, 0));
    }
}

/* The gap, the clearance the stack check computes and, for the mate the
 * section runs through, its branch. */
static void
draw_heights (Section            *s,
              guint               k,
              const StkPart      *socket,
              double              conn0,
              double              conn1)
{
  const StkMatePlace *mp = &s->v->pl->mates[k];
  const StkBoardPlace *lo = &s->v->pl->boards[mp->lower], *hi = &s->v->pl->boards[mp->upper];
  int fi = s->v->facings->by_mate[k];
  double gap = mp->z1 - mp->z0, u = s->u;
  const char *gap_text = _stk_views_length (s->v, gap);
  const char *subject = _stk_views_mate_subject (s->v, k);
  gboolean own = s->cut->mate == (int) k;
  char *label;

  /* The gap's value in the label column: in the gap a 0.8 mm mated
   * height leaves no room for text beside the facing parts. */
  double gap_x = own ? s->s1 + DIM_MM * u : conn0 - DIM_MM * u;

  /* The section's own mate: the gap right of everything, beside the
   * branch, clear of the facing parts; another mate a user's cut shows:
   * left of its connector. */
  set_pen (s, "DIMENSION", socket->subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
  _stk_drawing_dim (s->d, own ? s->s1 : conn0, -mp->z0, own ? s->s1 : conn0, -mp->z1, own ? DIM_MM * u : -DIM_MM * u,
                    NULL, STK_PROV_DATASHEET);
  s->right = MAX (s->right, gap_x);
  if (!mp->mate->inspection)
    {
      _stk_side_label_addf (s->labels, s->d, gap_x, -(mp->z0 + mp->z1) / 2, socket->subject, STK_PROV_DATASHEET,
                            STK_INK_DIMENSION,
                            /* Translators: on a section: a mate and its mated height (the gap) */
                            STK_VIEWS_TR (s->v, STK_TR_MATED, _("%s mated %s")), stk_mate_get_label (mp->mate),
                            gap_text);
    }
  if (fi >= 0)
    {
      const StkFacing *f = &s->v->facings->facings[fi];

      draw_clearance (s, f, stk_mate_get_label (mp->mate), subject, draw_facing (s, f, conn0, conn1));
    }
  if (mp->mate->inspection)
    {
      /* The catalog states no mated height for the inspection-use type:
       * the gap is drawn at the standard pair's and the label says so. */
      /* Translators: label of an inspection-use mate on a section */
      label = g_strdup_printf (STK_VIEWS_TR (s->v, STK_TR_INSPECTION, _("%s inspection-use: mated height not stated (drawn %s)")),
                               stk_mate_get_label (mp->mate), gap_text);
      _stk_side_label_add (s->labels, conn0, -(mp->z0 + mp->z1) / 2, &label, subject, STK_PROV_PLACEHOLDER,
                           STK_INK_DIMENSION);
    }
  if (own)
    {
      /* The branch as the stack check adds it: the lower board's lower
       * face to the upper board's top with its plate. */
      double height = hi->z + stk_board_stack_thickness (hi->board) - lo->z;
      const char *h_text = _stk_views_length (s->v, height);
      double x = s->s1 + 2 * DIM_MM * u;

      set_pen (s, "DIMENSION", subject, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
      _stk_drawing_dim (s->d, s->s1, -lo->z, s->s1, -(lo->z + height), 2 * DIM_MM * u, NULL, STK_PROV_DATASHEET);
      _stk_side_label_addf (s->labels, s->d, x, -(lo->z + height / 2), subject, STK_PROV_DATASHEET,
                            STK_INK_DIMENSION,
                            /* Translators: on a section: the height of the two boards a mate joins, with the gap */
                            STK_VIEWS_TR (s->v, STK_TR_BRANCH, _("branch %s")), h_text);
      s->right = MAX (s->right, x);
    }
}

/* A mate whose two boards the plane cuts: the parts and plates it cuts,
 * the facing parts, the heights. */
static void
draw_mate (Section *s,
           guint    k)
{
  const StkMatePlace *mp = &s->v->pl->mates[k];
  const StkPart *parts[2];
  double conn0 = G_MAXDOUBLE, conn1 = -G_MAXDOUBLE;

  if (!s->drawn[mp->lower] || !s->drawn[mp->upper])
    return;
  for (guint r = 0; r < 2; r++)
    {
      const StkPart *p = parts[r] = _stk_views_part (s->v, k, r == 0 ? STK_ROLE_SOCKET : STK_ROLE_HEADER);
      StkBox box;
      double a0, a1;

      if (_stk_views_plate_box (s->v, p, k, &box) && box_cut (s, &box, &a0, &a1))
        {
          set_pen (s, "STIFFENER", p->board_subject, STK_INK_STIFFENER, p->st_prov, STK_GROUP_PART);
          _stk_drawing_rect (s->d, a0, -box.z1, a1 - a0, box.z1 - box.z0, TRUE);
        }
      if (_stk_views_part_box (s->v, p, k, &box) && box_cut (s, &box, &a0, &a1))
        {
          set_pen (s, p->layer, p->subject, r == 0 ? STK_INK_SOCKET : STK_INK_HEADER,
                   stk_prov_worst (p->dims[STK_DIM_A].source->kind, p->height.source->kind), STK_GROUP_PART);
          draw_box (s, &box, a0, a1);
          conn0 = MIN (conn0, a0);
          conn1 = MAX (conn1, a1);
          add_part_label (s, p, a1, -(box.z0 + box.z1) / 2);
        }
    }
  if (conn1 > conn0)
    draw_heights (s, k, parts[0], conn0, conn1);
}

/* The boards a connector's section shows: those within the branch's
 * height, found by bisection in the boards sorted by height, so that a
 * section of a tall stack costs its neighbourhood, not the stack. */
static void
height_window (const Section *s,
               guint         *first,
               guint         *last)
{
  const StkViews *v = s->v;
  const StkMatePlace *mp;
  const StkBoardPlace *lo, *hi;
  double z0, z1;
  guint a = 0, b = v->n_by_z;

  *first = 0;
  *last = v->n_by_z;
  if (s->cut->mate < 0)
    return;
  mp = &v->pl->mates[s->cut->mate];
  lo = &v->pl->boards[mp->lower];
  hi = &v->pl->boards[mp->upper];
  z0 = lo->z - (stk_board_stack_thickness (lo->board) - lo->board->thickness_mm) - MAX (lo->board->component_bottom_mm, 0);
  z1 = hi->z + stk_board_stack_thickness (hi->board) + MAX (hi->board->component_top_mm, 0);
  while (a < b)
    {
      guint m = (a + b) / 2;

      if (v->pl->boards[v->by_z[m]].z < z0 - v->max_thick)
        a = m + 1;
      else
        b = m;
    }
  *first = a;
  for (b = a; b < v->n_by_z && v->pl->boards[v->by_z[b]].z <= z1; b++)
    ;
  *last = b;
}

static void
draw_title (Section *s,
            double   z_top)
{
  const StkCut *cut = s->cut;
  g_autofree char *title = g_strdup_printf (STK_VIEWS_TR (s->v, STK_TR_SECTION, _("Section %s–%s")), cut->label, cut->label);
  g_autofree char *at = cut->mate >= 0 ? NULL : _stk_drawing_length (s->d, cut->at);
  g_autofree char *where = NULL;
  StkPen pen = { "TEXT", "stack", STK_INK_LABEL, STK_PROV_DATASHEET, STK_GROUP_PART, TRUE };

  if (cut->mate >= 0)
    where = cut->along_x
              /* Translators: under a section's title: the connector it runs through and the view direction */
              ? g_strdup_printf (STK_VIEWS_TR (s->v, STK_TR_ALONG_X, _("along %s, seen from −y")),
                                 stk_mate_get_label (s->v->pl->mates[cut->mate].mate))
              : g_strdup_printf (STK_VIEWS_TR (s->v, STK_TR_ALONG_Y, _("along %s, seen from +x")),
                                 stk_mate_get_label (s->v->pl->mates[cut->mate].mate));
  else
    where = cut->along_x
              /* Translators: under a section's title: where the user's cut lies and the view direction */
              ? g_strdup_printf (_("at y = %s, seen from −y"), at)
              : g_strdup_printf (_("at x = %s, seen from +x"), at);
  _stk_drawing_set_caption (s->d, title);
  _stk_drawing_set_pen (s->d, &pen);
  _stk_drawing_text (s->d, s->s0, -z_top - (LINE_MM + 2.5 + TITLE_MM / 2) * s->u, TITLE_MM * s->u, STK_ALIGN_LEFT,
                     title);
  _stk_drawing_text (s->d, s->s0, -z_top - (2.5 + LABEL_MM / 2) * s->u, LABEL_MM * s->u, STK_ALIGN_LEFT, where);
}

StkDrawing *
_stk_views_new_section (StkViews *v,
                        guint     index,
                        double    scale)
{
  const StkCut *cut = &g_array_index (v->cuts, StkCut, index);
  GArray *drawn_list, *labels;
  Section s = { v, cut, _stk_views_new_drawing (v, scale), 0, 0, 0, NULL, NULL, NULL, -G_MAXDOUBLE };
  double z_top = 0;
  guint first, last, n = 0;

  /* One scratch for all sections (a chain has thousands): each leaves it
   * empty, clearing the marks it set. */
  if (v->section_drawn == NULL)
    {
      v->section_drawn = g_new0 (guint8, MAX (v->pl->n_boards, 1));
      v->section_boards = g_array_new (FALSE, FALSE, sizeof (guint));
      v->section_labels = g_array_new (FALSE, FALSE, sizeof (StkSideLabel));
    }
  s.drawn = v->section_drawn;
  s.drawn_list = drawn_list = v->section_boards;
  s.labels = labels = v->section_labels;
  _stk_drawing_reserve (s.d, v->section_size[0], v->section_size[1]);
  _stk_drawing_set_units (s.d, v->units);
  s.u = _stk_drawing_unit (s.d);
  s.s0 = cut->from;
  s.s1 = cut->to;
  if (cut->from >= cut->to)
    {
      s.s0 = cut->along_x ? v->pl->envelope[0] : v->pl->envelope[1];
      s.s1 = cut->along_x ? v->pl->envelope[2] : v->pl->envelope[3];
    }
  _stk_drawing_set_overview (s.d, cut->mate < 0);
  height_window (&s, &first, &last);
  for (guint i = first; i < last; i++)
    {
      const StkBoardPlace *bp = &v->pl->boards[v->by_z[i]];
      guint before = drawn_list->len;

      draw_board (&s, v->by_z[i]);
      if (drawn_list->len > before)
        z_top = n++ == 0 ? bp->z + stk_board_stack_thickness (bp->board) :
                           MAX (z_top, bp->z + stk_board_stack_thickness (bp->board));
    }
  for (guint i = 0; i < drawn_list->len; i++)
    {
      draw_keepouts (&s, g_array_index (drawn_list, guint, i));
      draw_overlaps (&s, g_array_index (drawn_list, guint, i));
    }
  for (guint i = 0; i < drawn_list->len; i++)
    {
      guint b = g_array_index (drawn_list, guint, i);

      for (guint j = v->mates_start[b]; j < v->mates_start[b + 1]; j++)
        draw_mate (&s, v->mates_at[j]);
    }
  if (n == 0)
    {
      StkPen pen = { "TEXT", "stack", STK_INK_LABEL, STK_PROV_PLACEHOLDER, STK_GROUP_PART, TRUE };

      _stk_drawing_set_pen (s.d, &pen);
      _stk_drawing_text (s.d, s.s0, LINE_MM * s.u, LABEL_MM * s.u, STK_ALIGN_LEFT, _("The cut crosses no board"));
    }
  for (guint i = 0; i < drawn_list->len; i++)
    s.drawn[g_array_index (drawn_list, guint, i)] = FALSE;
  g_array_set_size (drawn_list, 0);
  draw_title (&s, z_top);
  _stk_side_labels_draw (s.d, labels, MAX (s.right, s.s1) + COLUMN_MM * s.u, LINE_MM * s.u);
  _stk_drawing_finish (s.d, s.u);
  if (!v->measure)
    {
      v->section_size[0] = v->section_size[1] = 0;
      _stk_drawing_add_size (s.d, &v->section_size[0], &v->section_size[1]);
    }
  return s.d;
}
