/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include "stk-tolerance.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing.h"
#include "stk-format.h"

/* The histogram of one output as a drawing in paper millimetres (scale 1),
 * so the note's PDF and the Markdown's SVG draw it by the one drawing path. */

#define PLOT_LEFT 4.0
#define PLOT_TOP 9.0
#define PLOT_BOTTOM 6.0

static void
set_ink (StkDrawing *d,
         StkInk      ink)
{
  StkPen pen = { .layer = "TOLERANCE", .ink = ink, .prov = STK_PROV_DATASHEET, .group = STK_GROUP_PART };

  _stk_drawing_set_pen (d, &pen);
}

StkDrawing *
stk_tol_histogram_new (const StkTolResult *result,
                       StkTolOutput        output,
                       double              width,
                       double              height)
{
  const StkTolFigures *f = &result->outputs[output];
  StkDrawing *d = _stk_drawing_new_empty (result->label, 1.0);
  double x0 = PLOT_LEFT, x1 = width - PLOT_LEFT, base = height - PLOT_BOTTOM;
  double span = f->hist_high - f->hist_low, most = 0;
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (StkPoint));
  g_autofree char *title = NULL;
  g_autofree char *low = g_strdup_printf ("−%.3f", result->capture_mm);
  g_autofree char *high = g_strdup_printf ("+%.3f", result->capture_mm);
  g_autofree char *axis = NULL;
  g_autofree char *low_s = NULL, *high_s = NULL;

  for (guint b = 0; b < STK_TOL_HISTOGRAM_BINS; b++)
    most = MAX (most, f->histogram[b]);
  /* Translators: a histogram's title: connector, end and axis, the parts
   * per million outside the capture window and the window */
  title = g_strdup_printf (_("%s, %s: %.1f ppm outside ±%.3f mm"), result->label,
                           stk_tol_output_label (output), f->ppm, result->capture_mm);
  /* the bars as one stepped outline, filled */
  g_array_append_val (pts, ((StkPoint) { x0, base }));
  for (guint b = 0; b < STK_TOL_HISTOGRAM_BINS && most > 0; b++)
    {
      double h = (base - PLOT_TOP) * f->histogram[b] / most;
      double xa = x0 + (x1 - x0) * b / STK_TOL_HISTOGRAM_BINS;
      double xb = x0 + (x1 - x0) * (b + 1) / STK_TOL_HISTOGRAM_BINS;

      g_array_append_val (pts, ((StkPoint) { xa, base - h }));
      g_array_append_val (pts, ((StkPoint) { xb, base - h }));
    }
  g_array_append_val (pts, ((StkPoint) { x1, base }));
  set_ink (d, STK_INK_COMPONENT);
  _stk_drawing_poly (d, (const StkPoint *) pts->data, pts->len, TRUE, TRUE);
  set_ink (d, STK_INK_RULE);
  _stk_drawing_line (d, x0, base, x1, base);
  /* the capture window's limits */
  set_ink (d, STK_INK_MARKER);
  if (span > 0)
    for (int side = -1; side <= 1; side += 2)
      {
        double x = x0 + (x1 - x0) * (side * result->capture_mm - f->hist_low) / span;

        if (x < x0 || x > x1)
          continue;
        _stk_drawing_line (d, x, PLOT_TOP - 2, x, base);
        _stk_drawing_text (d, x, base + 3.5, STK_LETTER_MM, STK_ALIGN_CENTER, side < 0 ? low : high);
      }
  set_ink (d, STK_INK_LABEL);
  _stk_drawing_text (d, x0, 3.5, STK_LETTER_MM, STK_ALIGN_LEFT, title);
  low_s = stk_format_fixed (f->hist_low, 3);
  high_s = stk_format_fixed (f->hist_high, 3);
  /* Translators: the histogram's horizontal extent, in mm: "-0.012 … 0.013 mm" */
  axis = g_strdup_printf (_("%s … %s mm"), low_s, high_s);
  _stk_drawing_text (d, x1, 3.5, STK_LETTER_MM, STK_ALIGN_RIGHT, axis);
  _stk_drawing_set_extents (d, width, height);
  return d;
}

#define PARETO_ROW 5.0
#define PARETO_MAX_ROWS 10

/* The contributors with a share of output, largest first, at most ten. */
static guint
pareto_rows (const StkTolResult *result,
             const guint        *order,
             StkTolOutput        output)
{
  guint n = 0;

  while (n < MIN (result->n_contributors, PARETO_MAX_ROWS)
         && result->shares[order[n] * STK_TOL_N_OUTPUTS + output] > 0)
    n++;
  return n;
}

double
stk_tol_pareto_height (const StkTolResult *result,
                       StkTolOutput        output)
{
  g_autofree guint *order = stk_tol_result_pareto (result, output);

  return PLOT_TOP + PARETO_ROW * MAX (pareto_rows (result, order, output), 1u) + 2.0;
}

StkDrawing *
stk_tol_pareto_new (const StkTolResult *result,
                    const StkTolPair   *pair,
                    StkTolOutput        output,
                    double              width)
{
  g_autofree guint *order = stk_tol_result_pareto (result, output);
  guint n = pareto_rows (result, order, output);
  double height = stk_tol_pareto_height (result, output);
  StkDrawing *d = _stk_drawing_new_empty (result->label, 1.0);
  /* names in the left half, bars and their percentages in the right */
  double name_w = 0.5 * width, x0 = PLOT_LEFT + name_w, x1 = width - PLOT_LEFT - 14.0;
  double largest = n > 0 ? result->shares[order[0] * STK_TOL_N_OUTPUTS + output] : 1.0;
  /* Translators: a Pareto chart's title: connector, end and axis */
  g_autofree char *title = g_strdup_printf (_("%s, %s: share of the variance, largest first"), result->label,
                                            stk_tol_output_label (output));

  set_ink (d, STK_INK_LABEL);
  _stk_drawing_text (d, PLOT_LEFT, 3.5, STK_LETTER_MM, STK_ALIGN_LEFT, title);
  for (guint i = 0; i < n; i++)
    {
      double share = result->shares[order[i] * STK_TOL_N_OUTPUTS + output];
      double y = PLOT_TOP + PARETO_ROW * i;
      double bar = (x1 - x0) * share / largest;
      g_autofree char *name = g_strdup (g_array_index (pair->contributors, StkTolContributor, order[i]).name);
      g_autofree char *percent = g_strdup_printf ("%.1f %%", 100 * share);

      /* a name too long for its column loses its end */
      for (glong keep = g_utf8_strlen (name, -1) - 1;
           keep > 3 && stk_drawing_text_width (name, STK_LETTER_MM) > name_w - 2; keep--)
        {
          g_autofree char *head = g_utf8_substring (g_array_index (pair->contributors, StkTolContributor,
                                                                   order[i]).name, 0, keep);

          g_free (name);
          name = g_strconcat (head, "…", NULL);
        }
      set_ink (d, STK_INK_LABEL);
      _stk_drawing_text (d, PLOT_LEFT, y + PARETO_ROW - 1.5, STK_LETTER_MM, STK_ALIGN_LEFT, name);
      set_ink (d, STK_INK_COMPONENT);
      _stk_drawing_rect (d, x0, y + 0.8, MAX (bar, 0.2), PARETO_ROW - 1.6, TRUE);
      set_ink (d, STK_INK_LABEL);
      _stk_drawing_text (d, x0 + bar + 1.0, y + PARETO_ROW - 1.5, STK_LETTER_MM, STK_ALIGN_LEFT, percent);
    }
  set_ink (d, STK_INK_RULE);
  _stk_drawing_line (d, x0, PLOT_TOP, x0, PLOT_TOP + PARETO_ROW * MAX (n, 1u));
  _stk_drawing_set_extents (d, width, height);
  return d;
}
