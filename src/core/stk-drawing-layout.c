/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing-private.h"

#define LEGEND_MM     0.55
#define ROW_GAP_MM    1.5
#define PAIR_GAP_MM   2.0   /* between the socket and header views of a mate */
#define COL_GAP_MM    4.0   /* between two mates side by side */
#define TARGET_ASPECT 1.5   /* landscape sheets: A4, letter, the canvas */

static void
legend_pen (StkDrawing  *d,
            StkInk       ink,
            StkProvKind  prov)
{
  StkPen pen = { "LEGEND", NULL, ink, prov, STK_GROUP_LEGEND, FALSE };

  _stk_drawing_set_pen (d, &pen);
}

static double
draw_legend (StkDrawing *d,
             double      x,
             double      y)
{
  static const struct {
    StkProvKind prov;
    const char *text;
  } styles[] = {
    { STK_PROV_DATASHEET, N_("solid = datasheet") },
    { STK_PROV_ESTIMATE, N_("dashed = estimate (read off CAD data), value shown as ≈") },
    { STK_PROV_PLACEHOLDER, N_("dotted = placeholder, value shown with ?") },
  };
  static const struct {
    StkInk      ink;
    gboolean    hatch;
    const char *text;
  } swatches[] = {
    { STK_INK_PAD, FALSE, N_("recommended PC board pattern") },
    { STK_INK_STIFFENER, FALSE, N_("FPC stiffener") },
    { STK_INK_COMPONENT, TRUE, N_("tallest facing components") },
    /* Translators: the drawing's marker of pin 1 of a connector */
    { STK_INK_MARKER, FALSE, N_("pin 1") },
  };
  double col = 0;

  legend_pen (d, STK_INK_LABEL, STK_PROV_DATASHEET);
  _stk_drawing_text (d, x, y, LEGEND_MM * 1.2, STK_ALIGN_LEFT, _("Legend"));
  y += 1.1;
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      legend_pen (d, STK_INK_SOCKET, styles[i].prov);
      _stk_drawing_line (d, x, y + i * 0.9, x + 3, y + i * 0.9);
      legend_pen (d, STK_INK_LABEL, STK_PROV_DATASHEET);
      _stk_drawing_text (d, x + 3.5, y + i * 0.9, LEGEND_MM, STK_ALIGN_LEFT, _(styles[i].text));
      col = MAX (col, 3.5 + stk_drawing_text_width (_(styles[i].text), LEGEND_MM));
    }
  x += col + 2;
  for (guint i = 0; i < G_N_ELEMENTS (swatches); i++)
    {
      double sy = y + (i % 2) * 0.9, sx = x + (i / 2) * 16;

      legend_pen (d, swatches[i].ink, STK_PROV_DATASHEET);
      if (swatches[i].hatch)
        _stk_drawing_hatch (d, sx, sy - 0.3, 1.5, 0.6, 0.25);
      else if (swatches[i].ink == STK_INK_MARKER)
        _stk_drawing_circle (d, sx + 0.75, sy, 0.13, TRUE);
      else
        _stk_drawing_rect (d, sx, sy - 0.3, 1.5, 0.6, swatches[i].ink == STK_INK_PAD);
      legend_pen (d, STK_INK_LABEL, STK_PROV_DATASHEET);
      _stk_drawing_text (d, sx + 2, sy, LEGEND_MM, STK_ALIGN_LEFT, _(swatches[i].text));
    }
  return 1.1 + 3 * 0.9;
}

/* Extent of the primitives drawn so far. */
static void
drawn_size (const StkDrawing *d,
            double           *width,
            double           *height)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, prims[i].x0);
      y0 = MIN (y0, prims[i].y0);
      x1 = MAX (x1, prims[i].x1);
      y1 = MAX (y1, prims[i].y1);
    }
  *width = n ? x1 - x0 : 0;
  *height = n ? y1 - y0 : 0;
}

/* Column widths (socket part, header part) and row heights of the top views
 * laid out with cols mates per row; returns the grid's width and height. */
static void
grid_size (const double *sizes,
           guint         n_mates,
           guint         cols,
           double       *col_w,
           double       *row_h,
           double       *width,
           double       *height)
{
  *width = *height = 0;
  for (guint c = 0; c < cols; c++)
    col_w[2 * c] = col_w[2 * c + 1] = 0;
  for (guint m = 0; m < n_mates; m++)
    row_h[m / cols] = 0;
  for (guint m = 0; m < n_mates; m++)
    {
      const double *sz = &sizes[4 * m]; /* socket w, h, header w, h */
      guint c = m % cols, r = m / cols;

      col_w[2 * c] = MAX (col_w[2 * c], sz[0]);
      col_w[2 * c + 1] = MAX (col_w[2 * c + 1], sz[2]);
      row_h[r] = MAX (row_h[r], MAX (sz[1], sz[3]));
    }
  for (guint c = 0; c < cols; c++)
    *width += col_w[2 * c] + PAIR_GAP_MM + col_w[2 * c + 1] + (c + 1 < cols ? COL_GAP_MM : 0);
  for (guint r = 0; r * cols < n_mates; r++)
    *height += row_h[r] + ROW_GAP_MM;
}

/* Mates per row whose drawing comes nearest a 3:2 landscape sheet. Every
 * count is tried up to 64 mates; beyond, counts about 5 % apart, so that a
 * project of thousands of mates is laid out in n log n, not n². */
static guint
choose_columns (const double *sizes,
                guint         n_mates,
                double        rest_w,
                double        rest_h,
                double       *col_w,
                double       *row_h)
{
  guint best = 1;
  double best_err = G_MAXDOUBLE;

  for (guint cols = 1; cols <= MAX (n_mates, 1); cols = n_mates <= 64 ? cols + 1 : MAX (cols + 1, cols * 21 / 20))
    {
      double w, h, err;

      grid_size (sizes, n_mates, cols, col_w, row_h, &w, &h);
      err = fabs (log (MAX (w, rest_w) / (h + rest_h) / TARGET_ASPECT));
      if (err < best_err - 1e-9)
        {
          best = cols;
          best_err = err;
        }
    }
  return best;
}

StkDrawing *
stk_drawing_new (StkProject *project,
                 StkCatalog *catalog)
{
  GPtrArray *mates;
  StkDrawing *d;
  StkPart *parts;
  guint n, cols;
  double rest_w, rest_h, grid_w, grid_h, y, section_h;
  g_autofree double *sizes = NULL;
  g_autofree double *col_w = NULL;
  g_autofree double *row_h = NULL;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), NULL);

  mates = stk_project_get_mates (project);
  n = mates->len;
  d = _stk_drawing_new_empty (stk_project_get_name (project));
  parts = g_new0 (StkPart, 2 * MAX (n, 1));
  sizes = g_new0 (double, 4 * MAX (n, 1));
  col_w = g_new0 (double, 2 * MAX (n, 1));
  row_h = g_new0 (double, MAX (n, 1));
  for (guint i = 0; i < 2 * n; i++)
    {
      _stk_part_init (&parts[i], project, catalog, g_ptr_array_index (mates, i / 2),
                      i % 2 == 0 ? STK_ROLE_SOCKET : STK_ROLE_HEADER);
      _stk_part_view_size (&parts[i], &sizes[2 * i], &sizes[2 * i + 1]);
    }
  /* Section and legend first, at y = 0, so their size can pick the grid of
   * top views placed above them (finishing moves everything to the origin). */
  section_h = _stk_drawing_section (d, project, parts, n, 0, 0);
  draw_legend (d, 0, section_h + ROW_GAP_MM);
  drawn_size (d, &rest_w, &rest_h);
  cols = choose_columns (sizes, n, rest_w, rest_h, col_w, row_h);
  grid_size (sizes, n, cols, col_w, row_h, &grid_w, &grid_h);
  y = -grid_h;
  for (guint m = 0; m < n; m++)
    {
      double x = 0;

      for (guint c = 0; c < m % cols; c++)
        x += col_w[2 * c] + PAIR_GAP_MM + col_w[2 * c + 1] + COL_GAP_MM;
      _stk_part_draw_view (d, &parts[2 * m], x, y);
      _stk_part_draw_view (d, &parts[2 * m + 1], x + col_w[2 * (m % cols)] + PAIR_GAP_MM, y);
      if (m % cols == cols - 1 || m + 1 == n)
        y += row_h[m / cols] + ROW_GAP_MM;
    }
  for (guint i = 0; i < 2 * n; i++)
    _stk_part_clear (&parts[i]);
  g_free (parts);
  _stk_drawing_finish (d, 2.0);
  return d;
}
