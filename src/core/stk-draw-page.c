/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-draw"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-draw.h"
#include "stk-i18n.h"

#define MARGIN_MM     10.0
#define BLOCK_W_MM    110.0
#define BLOCK_ROW_MM  5.0
#define BLOCK_ROWS    3
#define TEXT_MM       2.5
#define SMALL_MM      1.8
#define PAPER_LINE_MM 0.35
#define THIN_LINE_MM  0.18
#define HAIRLINE_MM   0.08 /* thinnest drawing line on paper */

static void
text_at (cairo_t    *cr,
         double      x,
         double      y,
         double      size,
         gboolean    centred,
         const char *text)
{
  cairo_text_extents_t ext;

  cairo_set_font_size (cr, size);
  cairo_text_extents (cr, text, &ext);
  cairo_move_to (cr, centred ? x - ext.x_advance / 2 : x, y);
  cairo_show_text (cr, text);
}

char *
stk_draw_format_scale (double scale)
{
  /* Two decimals are enough for a fitted scale: "1:2.71" ("1:2,71"). */
  g_autofree char *n = stk_format_decimal (scale >= 1 ? scale : 1 / scale, 2, 0);

  return scale >= 1 ? g_strdup_printf ("%s:1", n) : g_strdup_printf ("1:%s", n);
}

/* A round length whose bar is 15 to 50 mm long on paper. */
static double
bar_length (double scale)
{
  static const double nice[] = { 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500 };

  for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
    if (nice[i] * scale >= 15)
      return nice[i];
  return nice[G_N_ELEMENTS (nice) - 1];
}

/* Shared with the design note, so every printed scale bar looks alike.
 * (x, y) is the bar's lower left end in paper mm. */
double
stk_draw_scale_bar (cairo_t *cr,
                    double   x,
                    double   y,
                    double   scale)
{
  StkPageLayout layout = { .scale = scale, .bar_x = x, .bar_y = y, .bar_mm = bar_length (scale) };
  StkPageLayout *l = &layout;
  double len = l->bar_mm * l->scale;
  g_autofree char *end = stk_format_decimal (l->bar_mm, 2, 0);
  g_autofree char *half = stk_format_decimal (l->bar_mm / 2, 2, 0);

  cairo_set_line_width (cr, THIN_LINE_MM);
  for (guint i = 0; i < 4; i++)
    {
      cairo_rectangle (cr, l->bar_x + i * len / 4, l->bar_y - 1, len / 4, 1);
      if (i % 2 == 0)
        cairo_fill_preserve (cr);
      cairo_stroke (cr);
    }
  text_at (cr, l->bar_x, l->bar_y - 1.8, SMALL_MM, TRUE, "0");
  text_at (cr, l->bar_x + len / 2, l->bar_y - 1.8, SMALL_MM, TRUE, half);
  text_at (cr, l->bar_x + len, l->bar_y - 1.8, SMALL_MM, TRUE, end);
  text_at (cr, l->bar_x + len + 2, l->bar_y, SMALL_MM, FALSE, "mm");
  return l->bar_mm;
}

static void
draw_title_block (cairo_t             *cr,
                  const StkTitleBlock *t,
                  const char          *scale,
                  double               x,
                  double               y)
{
  const char *labels[BLOCK_ROWS * 2] = {
    _("Project"), _("Revision"), _("Author"), _("Date"), _("Scale"), _("Software"),
  };
  const char *values[BLOCK_ROWS * 2] = {
    t->project, t->revision, t->author, t->date, scale, t->version,
  };
  double col[2] = { 0, BLOCK_W_MM * 0.7 };
  double widths[2] = { BLOCK_W_MM * 0.7, BLOCK_W_MM * 0.3 };

  cairo_set_line_width (cr, PAPER_LINE_MM);
  cairo_rectangle (cr, x, y, BLOCK_W_MM, BLOCK_ROWS * BLOCK_ROW_MM * 1.0);
  cairo_stroke (cr);
  cairo_set_line_width (cr, THIN_LINE_MM);
  for (guint r = 0; r < BLOCK_ROWS; r++)
    for (guint c = 0; c < 2; c++)
      {
        double cx = x + col[c], cy = y + r * BLOCK_ROW_MM;
        cairo_rectangle (cr, cx, cy, widths[c], BLOCK_ROW_MM);
        cairo_stroke (cr);
        text_at (cr, cx + 1, cy + 1.6, 1.3, FALSE, labels[r * 2 + c]);
        text_at (cr, cx + 1, cy + 4.3, TEXT_MM, FALSE, values[r * 2 + c] ? values[r * 2 + c] : "");
      }
}

void
stk_draw_page (cairo_t              *cr,
               const StkDrawing     *drawing,
               const StkDrawOptions *options,
               double                page_width_mm,
               double                page_height_mm,
               double                scale,
               const StkTitleBlock  *title,
               StkPageLayout        *layout)
{
  StkTitleBlock empty = { 0 };
  StkPageLayout l = { 0 };
  StkDrawOptions o = *options;
  double dw, dh, block_h = BLOCK_ROWS * BLOCK_ROW_MM;
  g_autofree char *scale_text = NULL;

  g_return_if_fail (cr != NULL && drawing != NULL && options != NULL);
  g_return_if_fail (scale >= 0);

  stk_drawing_get_extents (drawing, &dw, &dh);
  l.area_x = MARGIN_MM + 2;
  l.area_y = MARGIN_MM + 2;
  l.area_w = page_width_mm - 2 * MARGIN_MM - 4;
  l.area_h = page_height_mm - 2 * MARGIN_MM - block_h - 6;
  l.scale = scale > 0 ? scale : MIN (l.area_w / MAX (dw, 1), l.area_h / MAX (dh, 1));
  l.bar_mm = bar_length (l.scale);
  l.bar_x = MARGIN_MM + 6;
  l.bar_y = page_height_mm - MARGIN_MM - 3;
  scale_text = stk_draw_format_scale (l.scale);
  if (scale <= 0)
    {
      g_autofree char *fit = g_steal_pointer (&scale_text);
      /* Translators: the page scale when the drawing is fitted to the page */
      scale_text = g_strdup_printf (_("fit (%s)"), fit);
    }

  cairo_save (cr);
  /* Paper is white whatever the screen style. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_select_font_face (cr, stk_font_family (), CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, PAPER_LINE_MM);
  cairo_rectangle (cr, MARGIN_MM, MARGIN_MM, page_width_mm - 2 * MARGIN_MM, page_height_mm - 2 * MARGIN_MM);
  cairo_stroke (cr);
  draw_title_block (cr, title ? title : &empty, scale_text,
                    page_width_mm - MARGIN_MM - BLOCK_W_MM, page_height_mm - MARGIN_MM - block_h);
  stk_draw_scale_bar (cr, l.bar_x, l.bar_y, l.scale);

  cairo_save (cr);
  cairo_rectangle (cr, l.area_x, l.area_y, l.area_w, l.area_h);
  cairo_clip (cr);
  /* Centre the drawing when it is smaller than the area. */
  cairo_translate (cr, l.area_x + MAX (0, (l.area_w - dw * l.scale) / 2),
                   l.area_y + MAX (0, (l.area_h - dh * l.scale) / 2));
  cairo_scale (cr, l.scale, l.scale);
  o.dark = FALSE;
  o.background = FALSE;
  o.min_line_mm = MAX (options->min_line_mm, HAIRLINE_MM / l.scale);
  stk_draw_render (cr, drawing, &o);
  cairo_restore (cr);
  cairo_restore (cr);
  if (layout)
    *layout = l;
}
