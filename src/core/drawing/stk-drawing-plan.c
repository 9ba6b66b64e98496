/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing-views.h"

/* The assembly's top view: looking down on the base board, x to the
 * right and y up as in the base board's frame (drawing y is −y). Boards
 * lowest first, so a higher board covers what it lies over; boards under
 * the base board, hidden by it, as thin dashed outlines. Each connector
 * at its real place and rotation, pin 1 marked, its label beside it; the
 * section cuts as ISO 128-44 draws them: a chain line, thick at its ends,
 * arrows toward where the section is seen from, the letters. */
#define TITLE_MM     STK_TITLE_MM
#define LABEL_MM     STK_LETTER_MM
#define LINE_MM      4.0
#define MARKER_R_MM  0.6
#define CUT_END_MM   5.0   /* thick end of a cut line */
#define CUT_OVER_MM  3.0   /* the cut line beyond what it cuts */
#define ARROW_MM     5.0
#define ARROW_HEAD_MM 2.0
#define AXIS_MM      8.0
#define COLUMN_MM    8.0
#define HATCH_MM     1.5
#define LANE_GAP_MM  0.8   /* a routed leader passes this far from a connector body */
#define MAX_TRIES    24

#define set_pen(d, layer, subject, ink, prov, group) _stk_views_pen (d, layer, subject, ink, prov, group, FALSE)

/* A connector body in drawing coordinates, y0 < y1. */
typedef struct {
  double x0, y0, x1, y1;
} StkRect;

static void
draw_boards (StkViews   *v,
             StkDrawing *d,
             GArray     *labels)
{
  const StkPlacement *pl = v->pl;
  double base_z = pl->n_boards ? pl->boards[0].z : 0;

  for (guint i = 0; i < v->n_by_z; i++)
    {
      const StkBoardPlace *bp = &pl->boards[v->by_z[i]];
      const double *o = bp->outline;
      gboolean hidden = bp->z + bp->board->thickness_mm <= base_z + 1e-9 && v->by_z[i] != 0;
      const char *subject = _stk_views_board_subject (v, v->by_z[i]);
      char *label = g_strdup (bp->board->name);

      set_pen (d, "BOARDS", subject,
               hidden ? STK_INK_HIDDEN : bp->board->kind == STK_BOARD_FPC ? STK_INK_FPC : STK_INK_BOARD,
               STK_PROV_USER, STK_GROUP_PART);
      _stk_drawing_rect (d, o[0], -o[3], o[2] - o[0], o[3] - o[1], !hidden);
      _stk_side_label_add (labels, o[2], -o[3] + 0.25 * (o[3] - o[1]), &label, subject, STK_PROV_USER,
                           hidden ? STK_INK_HIDDEN : STK_INK_LABEL);
    }
}

/* Each board's keep-outs where they lie, outlined and hatched, labelled
 * with their height and face (under a board above them, seen through it,
 * as the clearance check sees them). */
static void
draw_keepouts (StkViews   *v,
               StkDrawing *d,
               GArray     *labels)
{
  double u = _stk_drawing_unit (d);

  for (guint i = 0; i < v->n_by_z; i++)
    {
      const StkBoardPlace *bp = &v->pl->boards[v->by_z[i]];
      const char *subject = NULL;

      if (bp->board->keepouts != NULL && bp->board->keepouts->len > 0)
        subject = _stk_views_board_subject (v, v->by_z[i]);
      for (guint j = 0; bp->board->keepouts != NULL && j < bp->board->keepouts->len; j++)
        {
          const StkKeepout *k = g_ptr_array_index (bp->board->keepouts, j);
          g_autofree char *h = _stk_drawing_length (d, k->height_mm);
          double r[4];
          char *label;

          stk_facing_keepout_plan (bp, k, r);
          set_pen (d, "KEEPOUTS", subject, STK_INK_COMPONENT, STK_PROV_USER, STK_GROUP_PART);
          _stk_drawing_rect (d, r[0], -r[3], r[2] - r[0], r[3] - r[1], FALSE);
          _stk_drawing_hatch (d, r[0], -r[3], r[2] - r[0], r[3] - r[1], HATCH_MM * u);
          label = k->face == STK_FACE_TOP
                    /* Translators: a keep-out in the top view: its label and height, on the top face */
                    ? g_strdup_printf (_("%s %s"), *k->label ? k->label : _("keep-out"), h)
                    /* Translators: a keep-out in the top view: its label and height, on the bottom face */
                    : g_strdup_printf (_("%s %s, underneath"), *k->label ? k->label : _("keep-out"), h);
          _stk_side_label_add (labels, r[2], -r[3], &label, subject, STK_PROV_USER, STK_INK_LABEL);
        }
    }
}

/* The bodies the leaders keep out of, each once: stacked boards repeat the
 * same connector at one place, and each copy would cost every leader a
 * test. A set of their indexes (plus one; 0 is free) by open addressing,
 * equal when their bytes are: no allocation per body. */
typedef struct {
  GArray *list;   /* StkRect, in the order first added */
  guint  *slots;
  guint   n_slots; /* a power of two, at least twice the bodies */
} Bodies;

static guint
body_hash (const StkRect *b)
{
  guint64 w[4];
  guint64 h = 0;

  memcpy (w, b, sizeof w);
  for (guint i = 0; i < 4; i++)
    h = (h ^ w[i]) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (h >> 32);
}

static void
bodies_insert (Bodies *bodies,
               guint   index)
{
  guint i = body_hash (&g_array_index (bodies->list, StkRect, index)) & (bodies->n_slots - 1);

  while (bodies->slots[i] != 0)
    i = (i + 1) & (bodies->n_slots - 1);
  bodies->slots[i] = index + 1;
}

static void
add_body (Bodies *bodies,
          double  x0,
          double  y0,
          double  x1,
          double  y1)
{
  StkRect body = { x0, y0, x1, y1 };
  guint i = body_hash (&body) & (bodies->n_slots - 1);

  for (; bodies->slots[i] != 0; i = (i + 1) & (bodies->n_slots - 1))
    if (memcmp (&g_array_index (bodies->list, StkRect, bodies->slots[i] - 1), &body, sizeof body) == 0)
      return;
  g_array_append_val (bodies->list, body);
  if (2 * bodies->list->len <= bodies->n_slots)
    {
      bodies->slots[i] = bodies->list->len;
      return;
    }
  g_free (bodies->slots);
  bodies->n_slots *= 2;
  bodies->slots = g_new0 (guint, bodies->n_slots);
  for (guint k = 0; k < bodies->list->len; k++)
    bodies_insert (bodies, k);
}

/* Pin 1 of the pair: the socket's, which the header's lands on. */
static void
draw_pin1 (StkViews           *v,
           StkDrawing         *d,
           const StkMatePlace *mp,
           const StkPart      *sock)
{
  double u = _stk_drawing_unit (d);
  double px = -sock->dims[STK_DIM_B].value / 2;
  double py = MAX (sock->tip_w.value, sock->body_w.value) / 2 + 1.5 * MARKER_R_MM * u;

  /* A socket facing down is seen through its board: mirrored. */
  if (sock->board == v->pl->boards[mp->upper].board)
    py = -py;
  stk_placement_rotate (mp->rotation_deg, &px, &py);
  set_pen (d, "CONNECTORS", sock->subject, STK_INK_MARKER,
           sock->series && sock->series->pin_numbering_source ? sock->series->pin_numbering_source->kind
                                                              : STK_PROV_PLACEHOLDER, STK_GROUP_PART);
  _stk_drawing_circle (d, mp->x + px, -(mp->y + py), MARKER_R_MM * u, TRUE);
}

/* A connector that places no board (a second one between two boards, one
 * closing a loop, …): each part whose board is placed, at its place on
 * that board, in thin dashes, labelled not placed (draw_unplaced_note
 * says why). Drawn, not placed: no section cuts it. */
static void
draw_unplaced (StkViews   *v,
               StkDrawing *d,
               GArray     *labels,
               Bodies     *bodies,
               guint       k)
{
  const StkMatePlace *mp = &v->pl->mates[k];
  /* The labels keep the pointer: the views' own copy, which outlives them. */
  const char *subject = _stk_views_mate_subject (v, k);
  double right = 0, top = 0, gap = LANE_GAP_MM * _stk_drawing_unit (d);
  gboolean any = FALSE;
  char *label;

  for (guint r = 0; r < 2; r++)
    {
      const StkPart *part = _stk_views_part (v, k, r == 0 ? STK_ROLE_SOCKET : STK_ROLE_HEADER);
      double x, y, rot, hx, hy;

      if (!part->ok || !stk_placement_part_in_plan (v->pl, v->project, k, r == 0, &x, &y, &rot))
        continue;
      hx = part->dims[STK_DIM_A].value / 2;
      hy = part->body_w.value / 2;
      stk_placement_rotate (rot, &hx, &hy);
      hx = fabs (hx);
      hy = fabs (hy);
      set_pen (d, "CONNECTORS", part->subject, STK_INK_HIDDEN, STK_PROV_PLACEHOLDER, STK_GROUP_PART);
      _stk_drawing_rect (d, x - hx, -(y + hy), 2 * hx, 2 * hy, FALSE);
      /* Leaders keep a gap above and below it: a placed connector beside it,
       * as wide, would run its leader along this one's edge. */
      add_body (bodies, x - hx, -(y + hy) - gap, x + hx, -(y - hy) + gap);
      right = any ? MAX (right, x + hx) : x + hx;
      top = any ? MAX (top, y + hy) : y + hy;
      any = TRUE;
    }
  if (!any)
    return;
  /* Translators: a connector in the top view that places no board; why is said under the view */
  label = g_strdup_printf (_("%s, not placed"), stk_mate_get_label (mp->mate));
  _stk_side_label_add (labels, right, -top, &label, subject, STK_PROV_PLACEHOLDER, STK_INK_LABEL);
}

static void
draw_connectors (StkViews   *v,
                 StkDrawing *d,
                 GArray     *labels,
                 Bodies     *bodies)
{
  const StkPlacement *pl = v->pl;

  for (guint k = 0; k < pl->n_mates; k++)
    {
      const StkMatePlace *mp = &pl->mates[k];
      const StkPart *parts[2];
      const char *subject;
      double right = mp->x, top = mp->y;

      if (mp->status != STK_MATE_PLACED)
        {
          draw_unplaced (v, d, labels, bodies, k);
          continue;
        }
      subject = _stk_views_mate_subject (v, k);
      for (guint r = 0; r < 2; r++)
        {
          StkBox box;

          parts[r] = _stk_views_part (v, k, r == 0 ? STK_ROLE_SOCKET : STK_ROLE_HEADER);
          if (!_stk_views_part_box (v, parts[r], k, &box))
            continue;
          /* Their own layer: the parts' layers hold their full views. */
          set_pen (d, "CONNECTORS", parts[r]->subject, r == 0 ? STK_INK_SOCKET : STK_INK_HEADER,
                   stk_prov_worst (parts[r]->dims[STK_DIM_A].source->kind, parts[r]->body_w.source->kind),
                   STK_GROUP_PART);
          _stk_drawing_rect (d, box.cx - box.hx, -(box.cy + box.hy), 2 * box.hx, 2 * box.hy, FALSE);
          add_body (bodies, box.cx - box.hx, -(box.cy + box.hy), box.cx + box.hx, -(box.cy - box.hy));
          right = MAX (right, box.cx + box.hx);
          top = MAX (top, box.cy + box.hy);
        }
      if (parts[0]->ok)
        draw_pin1 (v, d, mp, parts[0]);
      {
        char *label = g_strdup (stk_mate_get_label (mp->mate));
        _stk_side_label_add (labels, right, -top, &label, subject, STK_PROV_DATASHEET, STK_INK_SOCKET);
      }
    }
}

/* Bodies are looked at in runs of this many, each run's bounding box
 * first: a leader far from a run skips it whole. */
#define RUN 32

/* The bounding box of each run of RUN bodies. */
static GArray *
body_runs (const GArray *bodies)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (StkRect));

  for (guint i = 0; i < bodies->len; i++)
    {
      const StkRect *b = &g_array_index (bodies, StkRect, i);
      StkRect *r;

      if (i % RUN == 0)
        g_array_append_val (runs, *b);
      r = &g_array_index (runs, StkRect, runs->len - 1);
      r->x0 = MIN (r->x0, b->x0);
      r->y0 = MIN (r->y0, b->y0);
      r->x1 = MAX (r->x1, b->x1);
      r->y1 = MAX (r->y1, b->y1);
    }
  return runs;
}

/* Whether the level segment at y from x0 to x1 (or, vertical, at x from
 * y0 to y1) runs through a body's inside; its edges do not count. The
 * first body it crosses, or NULL. A run whose box the segment misses
 * (with room to spare) holds none, and is skipped without changing which
 * body is first. */
static const StkRect *
crossed (const GArray *bodies,
         const GArray *runs,
         double        x0,
         double        y0,
         double        x1,
         double        y1)
{
  const double eps = 1e-6, spare = 1e-3;

  for (guint i = 0; i < bodies->len; i++)
    {
      const StkRect *b = &g_array_index (bodies, StkRect, i);

      if (i % RUN == 0)
        {
          const StkRect *r = &g_array_index (runs, StkRect, i / RUN);

          if (MAX (x0, x1) < r->x0 - spare || MIN (x0, x1) > r->x1 + spare || MAX (y0, y1) < r->y0 - spare ||
              MIN (y0, y1) > r->y1 + spare)
            {
              i += RUN - 1;
              continue;
            }
        }

      if (MAX (MIN (x0, x1), b->x0) < MIN (MAX (x0, x1), b->x1) - eps &&
          MAX (MIN (y0, y1), b->y0) < MIN (MAX (y0, y1), b->y1) - eps)
        return b;
      if (x0 == x1 && b->x0 + eps < x0 && x0 < b->x1 - eps && MAX (MIN (y0, y1), b->y0) < MIN (MAX (y0, y1), b->y1) - eps)
        return b;
      if (y0 == y1 && b->y0 + eps < y0 && y0 < b->y1 - eps && MAX (MIN (x0, x1), b->x0) < MIN (MAX (x0, x1), b->x1) - eps)
        return b;
    }
  return NULL;
}

/* Adds a level to try unless it is one already there. */
static guint
add_try (double *tries,
         guint   n,
         double  lane)
{
  for (guint i = 0; i < n; i++)
    if (fabs (tries[i] - lane) < 1e-9)
      return n;
  tries[n] = lane;
  return n + 1;
}

/* The level each leader runs at to the label column (gutter_x): its
 * anchor's, unless that crosses a connector body; then the nearest level
 * just above or below the bodies in the way that a leader reaches (up or
 * down from its anchor, then across) without crossing any. */
static void
route_labels (GArray       *labels,
              const GArray *bodies,
              double        gutter_x,
              double        u)
{
  g_autoptr(GArray) runs = body_runs (bodies);

  for (guint i = 0; i < labels->len; i++)
    {
      StkSideLabel *l = &g_array_index (labels, StkSideLabel, i);
      double tries[2 * MAX_TRIES + 1];
      guint n = 1, tried = 0;

      tries[0] = l->ay;
      while (tried < n && tried < MAX_TRIES)
        {
          double lane;
          const StkRect *b;
          guint best = tried;

          for (guint t = tried + 1; t < n; t++)
            if (fabs (tries[t] - l->ay) < fabs (tries[best] - l->ay))
              best = t;
          lane = tries[best];
          tries[best] = tries[tried];
          tries[tried++] = lane;
          b = crossed (bodies, runs, l->ax, l->ay, l->ax, lane);
          if (b == NULL)
            b = crossed (bodies, runs, l->ax, lane, gutter_x, lane);
          if (b == NULL)
            {
              l->lane = lane;
              break;
            }
          n = add_try (tries, n, b->y0 - LANE_GAP_MM * u);
          n = add_try (tries, n, b->y1 + LANE_GAP_MM * u);
        }
    }
}

static void
arrow (StkDrawing *d,
       double      x,
       double      y,
       double      dx,
       double      dy,
       double      u)
{
  double len = ARROW_MM * u, head = ARROW_HEAD_MM * u, half = 0.5 * u;
  double tx = x + dx * len, ty = y + dy * len;
  StkPoint tri[3] = { { tx, ty }, { tx - dx * head - dy * half, ty - dy * head + dx * half },
                      { tx - dx * head + dy * half, ty - dy * head - dx * half } };

  _stk_drawing_line (d, x, y, tx - dx * head, ty - dy * head);
  _stk_drawing_poly (d, tri, 3, TRUE, TRUE);
}

/* One cut: in drawing coordinates the line runs from (x0, y0) to (x1, y1);
 * the view direction is (vx, vy): +y in plan (up) for a cut along x, −x
 * for one along y. */
static void
draw_cut (StkViews     *v,
          StkDrawing   *d,
          const StkCut *cut,
          Bodies       *bodies)
{
  double u = _stk_drawing_unit (d), s0 = cut->from, s1 = cut->to, over = CUT_OVER_MM * u, end = CUT_END_MM * u;
  double x0, y0, x1, y1, dx, dy, vx, vy;
  const char *subject = cut->mate >= 0 ? _stk_views_mate_subject (v, cut->mate) : NULL;

  if (s0 >= s1)
    {
      s0 = cut->along_x ? v->pl->envelope[0] : v->pl->envelope[1];
      s1 = cut->along_x ? v->pl->envelope[2] : v->pl->envelope[3];
    }
  s0 -= over;
  s1 += over;
  if (cut->along_x)
    {
      x0 = s0, x1 = s1, y0 = y1 = -cut->at;
      dx = 1, dy = 0, vx = 0, vy = -1;
    }
  else
    {
      x0 = x1 = cut->at, y0 = -s0, y1 = -s1;
      dx = 0, dy = -1, vx = -1, vy = 0;
    }
  set_pen (d, "CUTS", subject, STK_INK_RULE, STK_PROV_DERIVED, STK_GROUP_PART);
  _stk_drawing_line (d, x0, y0, x1, y1);
  set_pen (d, "CUTS", subject, STK_INK_FRAME, STK_PROV_DATASHEET, STK_GROUP_PART);
  _stk_drawing_line (d, x0, y0, x0 + dx * end, y0 + dy * end);
  _stk_drawing_line (d, x1, y1, x1 - dx * end, y1 - dy * end);
  for (int e = 0; e < 2; e++)
    {
      double ax = e == 0 ? x0 + dx * end / 2 : x1 - dx * end / 2;
      double ay = e == 0 ? y0 + dy * end / 2 : y1 - dy * end / 2;
      double lx = ax + vx * (ARROW_MM + 1.0 + TITLE_MM / 2) * u, ly = ay + vy * (ARROW_MM + 1.0 + TITLE_MM / 2) * u;

      set_pen (d, "CUTS", subject, STK_INK_FRAME, STK_PROV_DATASHEET, STK_GROUP_PART);
      arrow (d, ax, ay, vx, vy, u);
      set_pen (d, "CUTS", subject, STK_INK_LABEL, STK_PROV_DATASHEET, STK_GROUP_PART);
      _stk_drawing_text (d, lx, ly, TITLE_MM * u, STK_ALIGN_CENTER, cut->label);
      {
        /* The arrow and its letter: leaders keep out of them too. */
        double hw = stk_drawing_text_width (cut->label, TITLE_MM * u) / 2 + 0.3 * u, hh = (TITLE_MM / 2 + 0.3) * u;
        add_body (bodies, MIN (ax, lx - hw), MIN (ay, ly - hh), MAX (ax, lx + hw), MAX (ay, ly + hh));
      }
    }
}

/* Whether cut b is drawn where cut a is, with a letter as wide: the same
 * lines, arrows and letter boxes, the same bodies. */
static gboolean
same_cut_place (const StkCut *a,
                const StkCut *b)
{
  return a->along_x == b->along_x && a->at == b->at && a->from == b->from && a->to == b->to &&
         stk_drawing_text_width (a->label, 1) == stk_drawing_text_width (b->label, 1);
}

/* Whether one of the cuts drawn last (indexes into cuts, G_MAXUINT: none)
 * lies where cut does. */
static gboolean
drawn_alike (const GArray *cuts,
             const guint  *recent,
             guint         n_recent,
             const StkCut *cut)
{
  for (guint i = 0; i < n_recent; i++)
    if (recent[i] != G_MAXUINT && same_cut_place (&g_array_index (cuts, StkCut, recent[i]), cut))
      return TRUE;
  return FALSE;
}

/* The base board's origin, where user cuts are measured from: a small
 * circle and cross there, and the axes' directions below the view (at the
 * origin itself they would cross the cut lines through it). */
static void
draw_axes (StkDrawing *d,
           double      x,
           double      y)
{
  double u = _stk_drawing_unit (d), len = AXIS_MM * u, r = 1.0 * u;

  set_pen (d, "TEXT", NULL, STK_INK_DIMENSION, STK_PROV_DATASHEET, STK_GROUP_DIMENSION);
  _stk_drawing_circle (d, 0, 0, r, FALSE);
  _stk_drawing_line (d, -2 * r, 0, 2 * r, 0);
  _stk_drawing_line (d, 0, -2 * r, 0, 2 * r);
  arrow (d, x, y, 1, 0, u * AXIS_MM / ARROW_MM);
  arrow (d, x, y, 0, -1, u * AXIS_MM / ARROW_MM);
  _stk_drawing_text (d, x + len + 1.5 * u, y, LABEL_MM * u, STK_ALIGN_LEFT, "x");
  _stk_drawing_text (d, x, y - len - 2.0 * u, LABEL_MM * u, STK_ALIGN_CENTER, "y");
  /* Translators: beside the axes under the top view; (0, 0) is marked on the base board */
  _stk_drawing_text (d, x + len + 5.0 * u, y, LABEL_MM * u, STK_ALIGN_LEFT, _("from the base board's origin ⊕"));
}

/* Whether a cut is drawn in the top view: the connectors' always; the
 * user's when its line lies across the assembly's envelope or within
 * CUT_OVER_MM of it. One far off would shrink the view to take it in. */
static gboolean
cut_in_view (StkViews     *v,
             StkDrawing   *d,
             const StkCut *cut)
{
  const double *env = v->pl->envelope;
  double margin = CUT_OVER_MM * _stk_drawing_unit (d);
  double lo = cut->along_x ? env[1] : env[0], hi = cut->along_x ? env[3] : env[2];

  return cut->mate >= 0 || (lo - margin <= cut->at && cut->at <= hi + margin);
}

/* The user's cuts too far off to draw, named under the view (their
 * sections say they cross no board). */
/* A line of lettering under the view, the next line down each time. */
static void
note_line (StkDrawing *d,
           double      x,
           double     *y,
           const char *subject,
           StkProvKind prov,
           const char *text)
{
  double u = _stk_drawing_unit (d);

  set_pen (d, "TEXT", subject, STK_INK_LABEL, prov, STK_GROUP_PART);
  _stk_drawing_text (d, x, *y, LABEL_MM * u, STK_ALIGN_LEFT, text);
  *y += LINE_MM * u;
}

/* Why each connector drawn not placed places nothing, as the assembly
 * tree and the checks say it. */
static void
draw_unplaced_note (StkViews   *v,
                    StkDrawing *d,
                    double      x,
                    double     *y)
{
  for (guint k = 0; k < v->pl->n_mates; k++)
    {
      const StkMatePlace *mp = &v->pl->mates[k];
      g_autofree char *text = NULL;
      double px, py, rot;

      if (mp->status == STK_MATE_PLACED ||
          (!stk_placement_part_in_plan (v->pl, v->project, k, TRUE, &px, &py, &rot) &&
           !stk_placement_part_in_plan (v->pl, v->project, k, FALSE, &px, &py, &rot)))
        continue;
      /* Translators: under the top view: a connector drawn in dashes, then why it places no board
       * ("a second connector between the same boards") */
      text = g_strdup_printf (_("%s, not placed: %s"), stk_mate_get_label (mp->mate),
                              stk_mate_status_describe (mp->status));
      note_line (d, x, y, _stk_views_mate_subject (v, k), STK_PROV_PLACEHOLDER, text);
    }
}

static void
draw_far_cuts (StkViews   *v,
               StkDrawing *d,
               double      x,
               double     *y)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < v->cuts->len; i++)
    {
      const StkCut *cut = &g_array_index (v->cuts, StkCut, i);
      g_autofree char *at = NULL;

      if (cut_in_view (v, d, cut))
        continue;
      at = _stk_drawing_length (d, cut->at);
      g_string_append_printf (names, "%s%s–%s (%s = %s)", names->len ? ", " : "", cut->label, cut->label,
                              cut->along_x ? "y" : "x", at);
    }
  if (names->len > 0)
    {
      /* Translators: under the top view: section cuts the user asked for that lie off the assembly,
       * as "Z–Z (y = 500 mm)" */
      g_autofree char *text = g_strdup_printf (_("Off the assembly, not drawn here: %s"), names->str);

      note_line (d, x, y, NULL, STK_PROV_USER, text);
    }
}

/* Boards no chain of mates joins to the base board: where they lie is
 * unknown, so they are named, not drawn. */
static void
draw_unjoined (StkViews   *v,
               StkDrawing *d,
               double      x,
               double     *y)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < v->pl->n_boards; i++)
    if (!v->pl->boards[i].placed)
      g_string_append_printf (names, "%s%s", names->len ? ", " : "", v->pl->boards[i].board->name);
  if (names->len > 0)
    {
      /* Translators: under the top view: the names of boards no connector joins to the base board */
      g_autofree char *text = g_strdup_printf (_("Not joined to the base board, not drawn: %s"), names->str);

      note_line (d, x, y, "stack", STK_PROV_PLACEHOLDER, text);
    }
}

StkDrawing *
_stk_views_new_plan (StkViews *v,
                     double    scale)
{
  StkDrawing *d = _stk_views_new_drawing (v, scale);
  double u = _stk_drawing_unit (d);
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (StkSideLabel));
  g_autoptr(GArray) body_list = g_array_new (FALSE, FALSE, sizeof (StkRect));
  Bodies bodies = { body_list, g_new0 (guint, 64), 64 };
  guint recent[4] = { G_MAXUINT, G_MAXUINT, G_MAXUINT, G_MAXUINT }, n_drawn = 0;
  const double *env = v->pl->envelope;
  double col_x = env[2] + (CUT_OVER_MM + ARROW_MM + COLUMN_MM) * u;
  const char *base = v->pl->n_boards ? v->pl->boards[0].board->name : "";
  g_autofree char *where = g_strdup_printf (_("looking down on the base board, %s; x right, y up"), base);
  StkPen pen = { "TEXT", NULL, STK_INK_LABEL, STK_PROV_DATASHEET, STK_GROUP_PART, FALSE };
  double top = -env[3] - (CUT_OVER_MM + ARROW_MM + TITLE_MM + 3.0) * u, note_y;

  /* Room for what the view draws (primitives and points): a board's
   * outline and label (leader and text), a connector's two bodies, pin 1
   * and label, a cut's three lines, two arrows and two letters; keep-outs
   * and the rest grow the arrays as before. Made once, the arrays of a
   * large assembly are neither copied as they double nor touched twice. */
  _stk_drawing_reserve (d, 3 * v->pl->n_boards + 5 * v->pl->n_mates + 9 * v->cuts->len + 16,
                        8 * v->pl->n_boards + 12 * v->pl->n_mates + 16 * v->cuts->len + 32);
  _stk_drawing_set_units (d, v->units);
  _stk_drawing_set_caption (d, _("Top view"));
  _stk_drawing_set_overview (d, TRUE);
  draw_boards (v, d, labels);
  draw_keepouts (v, d, labels);
  draw_connectors (v, d, labels, &bodies);
  for (guint i = 0; i < v->cuts->len; i++)
    {
      const StkCut *cut = &g_array_index (v->cuts, StkCut, i);

      /* A user's cut off the assembly is named under the view, not drawn. */
      if (!cut_in_view (v, d, cut))
        continue;
      /* Measuring, a cut drawn where one of the last few drawn was (a
       * stack's mates one above another, of one or two series) adds
       * nothing: each of its primitives has the box one of the other's
       * has, and its bodies are in the set already (add_body would keep
       * none). Only the subjects differ, which a measure does not keep. */
      if (_stk_drawing_is_measure (d) && drawn_alike (v->cuts, recent, G_N_ELEMENTS (recent), cut))
        continue;
      draw_cut (v, d, cut, &bodies);
      recent[n_drawn++ % G_N_ELEMENTS (recent)] = i;
    }
  draw_axes (d, env[0], -env[1] + (CUT_OVER_MM + TITLE_MM + 3.0 + AXIS_MM) * u);
  route_labels (labels, body_list, col_x, u);
  g_free (bodies.slots);
  _stk_side_labels_draw (d, labels, col_x, LINE_MM * u);
  _stk_drawing_set_pen (d, &pen);
  /* Translators: the assembly's top view */
  _stk_drawing_text (d, env[0], top - (LINE_MM + TITLE_MM / 2) * u, TITLE_MM * u, STK_ALIGN_LEFT, _("Top view"));
  _stk_drawing_text (d, env[0], top - LABEL_MM / 2 * u, LABEL_MM * u, STK_ALIGN_LEFT, where);
  note_y = -env[1] + (CUT_OVER_MM + TITLE_MM + 3.0 + AXIS_MM + LINE_MM) * u;
  draw_unjoined (v, d, env[0], &note_y);
  draw_unplaced_note (v, d, env[0], &note_y);
  draw_far_cuts (v, d, env[0], &note_y);
  _stk_drawing_finish (d, u);
  return d;
}
