/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-drawing-private.h"

#define LEGEND_MM  0.55
#define ROW_GAP_MM 1.5

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
    { STK_PROV_ESTIMATE, N_("dashed = estimate (SUPPLEMENT.md), value shown as ≈") },
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

StkDrawing *
stk_drawing_new (StkProject *project,
                 StkCatalog *catalog)
{
  GPtrArray *mates;
  StkDrawing *d;
  StkPart *parts;
  double y = 0;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), NULL);

  mates = stk_project_get_mates (project);
  d = _stk_drawing_new_empty (stk_project_get_name (project));
  parts = g_new0 (StkPart, 2 * MAX (mates->len, 1));
  for (guint m = 0; m < mates->len; m++)
    {
      const StkMate *mate = g_ptr_array_index (mates, m);
      double w[2], h[2];

      for (guint r = 0; r < 2; r++)
        {
          _stk_part_init (&parts[2 * m + r], project, catalog, mate, r == 0 ? STK_ROLE_SOCKET : STK_ROLE_HEADER);
          _stk_part_view_size (&parts[2 * m + r], &w[r], &h[r]);
        }
      _stk_part_draw_view (d, &parts[2 * m], 0, y);
      _stk_part_draw_view (d, &parts[2 * m + 1], w[0] + 2, y);
      y += MAX (h[0], h[1]) + ROW_GAP_MM;
    }
  y += _stk_drawing_section (d, project, parts, mates->len, 0, y) + ROW_GAP_MM;
  draw_legend (d, 0, y);
  for (guint i = 0; i < 2 * mates->len; i++)
    _stk_part_clear (&parts[i]);
  g_free (parts);
  _stk_drawing_finish (d, 2.0);
  return d;
}
