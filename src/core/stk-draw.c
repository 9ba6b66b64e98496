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

/* Line widths in drawing mm before the hairline floor. */
static const double ink_width[STK_N_INKS] = {
  [STK_INK_SOCKET] = 0.06,
  [STK_INK_HEADER] = 0.06,
  [STK_INK_CONTACT] = 0.02,
  [STK_INK_METAL] = 0.03,
  [STK_INK_PAD] = 0.03,
  [STK_INK_STIFFENER] = 0.05,
  [STK_INK_BOARD] = 0.04,
  [STK_INK_COMPONENT] = 0.025,
  [STK_INK_DIMENSION] = 0.02,
  [STK_INK_LABEL] = 0.02,
  [STK_INK_MARKER] = 0.02,
};

#define BOARD_FILL_ALPHA 0.25

typedef struct {
  cairo_t              *cr;
  const StkDrawOptions *options;
  const StkPoint       *points;
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

/* "mate:j1" lights up "mate:j1" and "mate:j1/socket"; "stack" the whole section. */
static gboolean
is_highlighted (const StkPrim  *p,
                const char     *highlight)
{
  gsize n;

  if (highlight == NULL)
    return FALSE;
  if (p->in_section && g_str_equal (highlight, "stack"))
    return TRUE;
  if (p->subject == NULL)
    return FALSE;
  n = strlen (highlight);
  return strncmp (p->subject, highlight, n) == 0 && (p->subject[n] == '\0' || p->subject[n] == '/');
}

static void
set_colour (cairo_t    *cr,
            const Rgba *c,
            double      alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a * alpha);
}

static double
line_width (const StkDrawOptions *o,
            StkInk                ink,
            gboolean              lit)
{
  return MAX (ink_width[ink] * (lit ? 2.5 : 1), o->min_line_mm * (lit ? 2 : 1));
}

/* Dash lengths grow with the line width (at least a few device pixels when
 * the hairline floor applies), which keeps them visible when zoomed out and
 * cheap to stroke. Dots are short dashes with butt caps: round caps cost a
 * polygon each. */
static void
set_line_style (cairo_t    *cr,
                StkProvKind prov,
                double      lw)
{
  double dashes[2];

  cairo_set_line_width (cr, lw);
  if (prov == STK_PROV_ESTIMATE)
    {
      dashes[0] = MAX (0.25, 6 * lw);
      dashes[1] = MAX (0.15, 4 * lw);
      cairo_set_dash (cr, dashes, 2, 0);
    }
  else if (prov == STK_PROV_PLACEHOLDER)
    {
      dashes[0] = MAX (0.04, 1.5 * lw);
      dashes[1] = MAX (0.12, 3.5 * lw);
      cairo_set_dash (cr, dashes, 2, 0);
    }
  else
    cairo_set_dash (cr, NULL, 0, 0);
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
      set_colour (cr, c, b->ink == STK_INK_BOARD ? BOARD_FILL_ALPHA : 1);
      if (b->stroked)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }
  if (b->stroked)
    {
      set_colour (cr, c, 1);
      set_line_style (cr, b->prov, line_width (b->options, b->ink, b->lit));
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

  cairo_set_font_size (cr, p->size);
  cairo_text_extents (cr, p->text, &ext);
  if (p->align == STK_ALIGN_CENTER)
    x -= ext.x_advance / 2;
  else if (p->align == STK_ALIGN_RIGHT)
    x -= ext.x_advance;
  set_colour (cr, lit ? highlight_colour (b->options) : &palette[b->options->dark][p->ink], 1);
  cairo_move_to (cr, x, p->y + p->size * 0.36);
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
  Batch b = { cr, options, stk_drawing_get_points (drawing), FALSE };
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
