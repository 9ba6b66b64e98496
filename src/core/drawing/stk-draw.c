/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-draw"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing.h"
#include "stk-i18n.h"

typedef struct {
  double r, g, b, a;
} Rgba;

/* Light palette first, dark second; GNOME palette hues. */
static const Rgba palette[2][STK_N_INKS] = {
  {
    [STK_INK_SOCKET] = { 0.10, 0.37, 0.71, 1 },
    [STK_INK_HEADER] = { 0.78, 0.27, 0.00, 1 },
    [STK_INK_CONTACT] = { 0.24, 0.22, 0.27, 1 },
    [STK_INK_METAL] = { 0.47, 0.46, 0.48, 1 },
    [STK_INK_PAD] = { 0.80, 0.50, 0.15, 0.55 },
    [STK_INK_STIFFENER] = { 0.51, 0.24, 0.61, 1 },
    [STK_INK_BOARD] = { 0.15, 0.55, 0.33, 1 },
    [STK_INK_COMPONENT] = { 0.37, 0.36, 0.39, 1 },
    [STK_INK_DIMENSION] = { 0.14, 0.12, 0.19, 1 },
    [STK_INK_LABEL] = { 0, 0, 0, 1 },
    [STK_INK_MARKER] = { 0.75, 0.11, 0.16, 1 },
    [STK_INK_FRAME] = { 0, 0, 0, 1 },
    [STK_INK_RULE] = { 0, 0, 0, 1 },
    [STK_INK_FPC] = { 0.80, 0.52, 0.00, 1 },
    [STK_INK_HIDDEN] = { 0.45, 0.55, 0.48, 1 },
  },
  {
    [STK_INK_SOCKET] = { 0.60, 0.76, 0.95, 1 },
    [STK_INK_HEADER] = { 1.00, 0.75, 0.44, 1 },
    [STK_INK_CONTACT] = { 0.87, 0.87, 0.85, 1 },
    [STK_INK_METAL] = { 0.75, 0.75, 0.74, 1 },
    [STK_INK_PAD] = { 0.95, 0.65, 0.30, 0.5 },
    [STK_INK_STIFFENER] = { 0.86, 0.54, 0.87, 1 },
    [STK_INK_BOARD] = { 0.56, 0.94, 0.64, 1 },
    [STK_INK_COMPONENT] = { 0.75, 0.75, 0.74, 1 },
    [STK_INK_DIMENSION] = { 0.96, 0.96, 0.96, 1 },
    [STK_INK_LABEL] = { 1, 1, 1, 1 },
    [STK_INK_MARKER] = { 1.00, 0.48, 0.39, 1 },
    [STK_INK_FRAME] = { 1, 1, 1, 1 },
    [STK_INK_RULE] = { 1, 1, 1, 1 },
    [STK_INK_FPC] = { 0.97, 0.83, 0.35, 1 },
    [STK_INK_HIDDEN] = { 0.62, 0.70, 0.64, 1 },
  },
};
static const Rgba paper[2] = { { 1, 1, 1, 1 }, { 0.12, 0.12, 0.12, 1 } };
/* A highlighted subject in its result's colour: a part that passes is not
 * painted as a failure. [dark][status] */
static const Rgba highlight_colours[2][STK_STATUS_FAIL + 1] = {
  {
    [STK_STATUS_PASS] = { 0.11, 0.44, 0.85, 1 },
    [STK_STATUS_INFO] = { 0.11, 0.44, 0.85, 1 },
    [STK_STATUS_WARNING] = { 0.85, 0.50, 0.00, 1 },
    [STK_STATUS_FAIL] = { 0.88, 0.11, 0.14, 1 },
  },
  {
    [STK_STATUS_PASS] = { 0.47, 0.68, 0.98, 1 },
    [STK_STATUS_INFO] = { 0.47, 0.68, 0.98, 1 },
    [STK_STATUS_WARNING] = { 1.00, 0.75, 0.25, 1 },
    [STK_STATUS_FAIL] = { 1.00, 0.42, 0.42, 1 },
  },
};

static const Rgba *
highlight_colour (const StkDrawOptions *options)
{
  return &highlight_colours[options->dark][MIN (options->highlight_status, STK_STATUS_FAIL)];
}

/* ISO 128 line widths in paper mm: thick 0.5 for visible outlines of the
 * parts, the boards and the frame, thin 0.25 for everything else. */
#define THICK_MM 0.5
#define THIN_MM  0.25

static const double ink_width[STK_N_INKS] = {
  [STK_INK_SOCKET] = THICK_MM,
  [STK_INK_HEADER] = THICK_MM,
  [STK_INK_CONTACT] = THIN_MM,
  [STK_INK_METAL] = THIN_MM,
  [STK_INK_PAD] = THIN_MM,
  [STK_INK_STIFFENER] = THIN_MM,
  [STK_INK_BOARD] = THICK_MM,
  [STK_INK_COMPONENT] = THIN_MM,
  [STK_INK_DIMENSION] = THIN_MM,
  [STK_INK_LABEL] = THIN_MM,
  [STK_INK_MARKER] = THIN_MM,
  [STK_INK_FRAME] = THICK_MM,
  [STK_INK_RULE] = THIN_MM,
  [STK_INK_FPC] = THICK_MM,
  [STK_INK_HIDDEN] = THIN_MM,
};

#define BOARD_FILL_ALPHA 0.25

typedef struct {
  cairo_t              *cr;
  const StkDrawOptions *options;
  const StkPoint       *points;
  double                unit;    /* drawing mm per paper mm */
  double                em_per_cap; /* font size giving a capital 1 mm high */
  gboolean              open;    /* a path is being collected */
  StkInk                ink;
  StkProvKind           prov;
  gboolean              filled, stroked, lit;
} Batch;

void
stk_draw_options_init (StkDrawOptions *options)
{
  *options = (StkDrawOptions) { 0 };
  options->show_legend = TRUE;
  options->show_dimensions = TRUE;
  options->min_line_mm = 0.02;
  options->background = TRUE;
  options->highlight_status = STK_STATUS_FAIL;
}

/* The highlighted subject, or what a failing check is about. */
static gboolean
is_highlighted (const StkPrim  *p,
                const char     *highlight)
{
  return p->failing || stk_prim_is_about (p, highlight);
}

static void
set_colour (cairo_t    *cr,
            const Rgba *c,
            double      alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a * alpha);
}

static double
line_width (const Batch *b,
            StkInk       ink,
            gboolean     lit)
{
  return MAX (ink_width[ink] * b->unit * (lit ? 2 : 1), b->options->min_line_mm * (lit ? 2 : 1));
}

/* ISO 128 line types in paper mm for a thin line (d = 0.25): dashed (02)
 * 12d dash, 3d gap for estimates; dotted (07) for placeholders; chain (04)
 * 24d dash, 3d gap, 0.5d dot for the fold axis. Dots are short dashes with
 * butt caps: round caps cost a polygon each. Never shorter than a few
 * hairlines, so that they stay visible zoomed out. */
static void
set_line_style (Batch       *b,
                StkInk       ink,
                StkProvKind  prov,
                double       lw)
{
  double u = b->unit, floor = 3 * b->options->min_line_mm;
  double dashes[4];

  cairo_set_line_width (b->cr, lw);
  if (ink == STK_INK_RULE && prov != STK_PROV_DATASHEET)
    {
      dashes[0] = MAX (floor, 6.0 * u);
      dashes[1] = dashes[3] = MAX (floor, 0.75 * u);
      dashes[2] = MAX (floor / 2, 0.25 * u);
      cairo_set_dash (b->cr, dashes, 4, 0);
    }
  else if (ink == STK_INK_HIDDEN)
    {
      /* Hidden outlines (ISO 128 type 02, narrow): shorter than an estimate's dashes. */
      dashes[0] = MAX (floor, 1.5 * u);
      dashes[1] = MAX (floor, 0.75 * u);
      cairo_set_dash (b->cr, dashes, 2, 0);
    }
  else if (prov == STK_PROV_ESTIMATE)
    {
      dashes[0] = MAX (floor, 3.0 * u);
      dashes[1] = MAX (floor, 0.75 * u);
      cairo_set_dash (b->cr, dashes, 2, 0);
    }
  else if (prov == STK_PROV_PLACEHOLDER)
    {
      dashes[0] = MAX (floor / 2, 0.3 * u);
      dashes[1] = MAX (floor, 0.75 * u);
      cairo_set_dash (b->cr, dashes, 2, 0);
    }
  else
    cairo_set_dash (b->cr, NULL, 0, 0);
}

static void
flush (Batch *b)
{
  cairo_t *cr = b->cr;
  const Rgba *c = b->lit ? highlight_colour (b->options) : &palette[b->options->dark][b->ink];

  if (!b->open)
    return;
  b->open = FALSE;
  if (b->filled)
    {
      set_colour (cr, c, b->ink == STK_INK_BOARD || b->ink == STK_INK_FPC ? BOARD_FILL_ALPHA : 1);
      if (b->stroked)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }
  if (b->stroked)
    {
      set_colour (cr, c, 1);
      set_line_style (b, b->ink, b->prov, line_width (b, b->ink, b->lit));
      cairo_stroke (cr);
    }
}

static void
draw_text (Batch         *b,
           const StkPrim *p)
{
  cairo_t *cr = b->cr;
  cairo_text_extents_t ext;
  double x = p->x;
  gboolean lit = is_highlighted (p, b->options->highlight);

  cairo_set_font_size (cr, p->size * b->em_per_cap);
  cairo_text_extents (cr, p->text, &ext);
  if (p->align == STK_ALIGN_CENTER)
    x -= ext.x_advance / 2;
  else if (p->align == STK_ALIGN_RIGHT)
    x -= ext.x_advance;
  set_colour (cr, lit ? highlight_colour (b->options) : &palette[b->options->dark][p->ink], 1);
  /* The anchor is the middle of the capitals. */
  cairo_move_to (cr, x, p->y + p->size / 2);
  cairo_show_text (cr, p->text);
}

static void
add_path (Batch         *b,
          const StkPrim *p)
{
  cairo_t *cr = b->cr;

  if (p->kind == STK_PRIM_CIRCLE)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, p->x, p->y, p->r, 0, 2 * G_PI);
      return;
    }
  if (p->closed && p->n_points == 4 && b->points[p->first].y == b->points[p->first + 1].y &&
      b->points[p->first + 1].x == b->points[p->first + 2].x)
    {
      /* Lets cairo take its box fast path. */
      cairo_rectangle (cr, p->x0, p->y0, p->x1 - p->x0, p->y1 - p->y0);
      return;
    }
  cairo_move_to (cr, b->points[p->first].x, b->points[p->first].y);
  for (guint i = 1; i < p->n_points; i++)
    cairo_line_to (cr, b->points[p->first + i].x, b->points[p->first + i].y);
  if (p->closed)
    cairo_close_path (cr);
}

static gboolean
is_hidden (const StkPrim        *p,
           const StkDrawOptions *o)
{
  return (p->group == STK_GROUP_DIMENSION && !o->show_dimensions) ||
         (p->group == STK_GROUP_LEGEND && !o->show_legend);
}

void
stk_draw_render (cairo_t              *cr,
                 const StkDrawing     *drawing,
                 const StkDrawOptions *options)
{
  Batch b = { cr, options, stk_drawing_get_points (drawing), 1.0 / stk_drawing_get_scale (drawing), 1, FALSE };
  const StkPrim *prims;
  guint n;
  double cx0, cy0, cx1, cy1, px, py, slack = 0.5;
  gboolean raster = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE;

  g_return_if_fail (cr != NULL && drawing != NULL && options != NULL);

  prims = stk_drawing_get_prims (drawing, &n);
  cairo_save (cr);
  if (options->background)
    {
      double w, h;
      stk_drawing_get_extents (drawing, &w, &h);
      set_colour (cr, &paper[options->dark], 1);
      cairo_rectangle (cr, 0, 0, w, h);
      cairo_fill (cr);
    }
  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  /* On screen, text under about two pixels is unreadable and costs most. */
  px = 1;
  py = 0;
  cairo_user_to_device_distance (cr, &px, &py);
  cairo_select_font_face (cr, stk_font_family (), CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  /* The font is DejaVu Sans (a translation may name another for its
   * script); DejaVu's capitals are 1493/2048 em high. */
  b.em_per_cap = 1 / STK_CAP_PER_EM;
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    {
      const StkPrim *p = &prims[i];
      gboolean lit;

      if (is_hidden (p, options) ||
          p->x1 < cx0 - slack || p->x0 > cx1 + slack || p->y1 < cy0 - slack || p->y0 > cy1 + slack)
        continue;
      if (p->kind == STK_PRIM_TEXT)
        {
          flush (&b);
          if (!raster || p->size * hypot (px, py) >= 1.5)
            draw_text (&b, p);
          continue;
        }
      lit = is_highlighted (p, options->highlight);
      if (b.open && (b.ink != p->ink || b.prov != p->prov || b.filled != p->filled ||
                     b.stroked != p->stroked || b.lit != lit))
        flush (&b);
      if (!b.open)
        {
          b.open = TRUE;
          b.ink = p->ink;
          b.prov = p->prov;
          b.filled = p->filled;
          b.stroked = p->stroked;
          b.lit = lit;
        }
      add_path (&b, p);
    }
  flush (&b);
  cairo_restore (cr);
}

void
stk_draw_sheet_outline (cairo_t              *cr,
                        double                width_mm,
                        double                height_mm,
                        const StkDrawOptions *options)
{
  g_return_if_fail (cr != NULL && options != NULL);

  cairo_save (cr);
  set_colour (cr, &palette[options->dark][STK_INK_FRAME], 1);
  cairo_set_line_width (cr, options->min_line_mm);
  cairo_rectangle (cr, 0, 0, width_mm, height_mm);
  cairo_stroke (cr);
  cairo_restore (cr);
}
