/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <string.h>

#include "stk-drawing-struct.h"

/* What a drawing writes beside its geometry: value texts, dimensions with
 * their extension lines and arrowheads, hatching, notes wrapped to a width. */

/* Annotation sizes in paper mm (ISO 129-1 and ISO 3098: 2.5 mm lettering,
 * arrowheads about ten line widths long, extension lines beyond the
 * dimension line); _stk_drawing_unit() turns them into drawing mm. */
#define DIM_TEXT_MM    STK_LETTER_MM
#define ARROW_LEN_MM   2.5
#define ARROW_HALF_MM  0.45
#define EXT_GAP_MM     0.8
#define EXT_OVER_MM    1.5
#define TEXT_AIR_MM    1.0

char *
_stk_drawing_length (const StkDrawing *drawing,
                     double            mm)
{
  return stk_format_drawing_length (mm, drawing->units);
}

char *
stk_drawing_format_value (const StkDrawing *drawing,
                          double            value,
                          StkProvKind       prov)
{
  g_autofree char *mm = _stk_drawing_length (drawing, value);

  if (prov == STK_PROV_ESTIMATE)
    return g_strconcat ("≈", mm, NULL);
  if (prov == STK_PROV_PLACEHOLDER)
    return g_strconcat (mm, "?", NULL);
  return g_steal_pointer (&mm);
}

char *
stk_drawing_part_layer (const char *mate_label,
                        StkRole     role)
{
  g_autofree char *up = g_ascii_strup (mate_label && *mate_label ? mate_label : "MATE", -1);

  /* DXF layer names allow letters, digits, '_', '-' and '$' only. */
  for (char *p = up; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      *p = '_';
  return g_strconcat (up, role == STK_ROLE_SOCKET ? "_SOCKET" : "_HEADER", NULL);
}

/* Diagonal lines at 45°, clipped to the rectangle by hand so that the DXF
 * gets the same lines the screen shows. */
void
_stk_drawing_hatch (StkDrawing *drawing,
                    double      x,
                    double      y,
                    double      w,
                    double      h,
                    double      spacing)
{
  _stk_drawing_rect (drawing, x, y, w, h, FALSE);
  /* The lines lie inside the rectangle: they add nothing to a measure. */
  if (drawing->measure)
    return;
  for (double t = spacing; t < w + h; t += spacing)
    {
      /* Line x' - x + (y' - y) = t, from the bottom/left edge to the top/right edge. */
      double ax = x + MAX (0, t - h), ay = y + MIN (t, h);
      double bx = x + MIN (t, w), by = y + MAX (0, t - w);

      _stk_drawing_line (drawing, ax, ay, bx, by);
    }
}

static void
arrow (StkDrawing *drawing,
       double      tip_x,
       double      tip_y,
       double      ux,
       double      uy,
       double      len,
       double      half)
{
  StkPoint pts[3] = {
    { tip_x, tip_y },
    { tip_x + ux * len - uy * half, tip_y + uy * len + ux * half },
    { tip_x + ux * len + uy * half, tip_y + uy * len - ux * half },
  };

  _stk_drawing_poly (drawing, pts, 3, TRUE, TRUE);
}

void
_stk_drawing_dim (StkDrawing  *drawing,
                  double       x0,
                  double       y0,
                  double       x1,
                  double       y1,
                  double       offset,
                  const char  *text,
                  StkProvKind  prov)
{
  StkPen saved = drawing->pen;
  gboolean horizontal = fabs (y1 - y0) < fabs (x1 - x0);
  double len = horizontal ? fabs (x1 - x0) : fabs (y1 - y0);
  double side = offset < 0 ? -1 : 1;
  double ux = horizontal ? (x1 > x0 ? 1 : -1) : 0;
  double uy = horizontal ? 0 : (y1 > y0 ? 1 : -1);
  double nx = horizontal ? 0 : side, ny = horizontal ? side : 0;
  double u = _stk_drawing_unit (drawing);
  double a0x = x0 + nx * fabs (offset), a0y = y0 + ny * fabs (offset);
  double a1x = x1 + nx * fabs (offset), a1y = y1 + ny * fabs (offset);
  double alen = MIN (ARROW_LEN_MM * u, len / 3);

  drawing->pen.ink = STK_INK_DIMENSION;
  drawing->pen.group = STK_GROUP_DIMENSION;
  drawing->pen.prov = prov;
  if (drawing->dimension_layer == NULL && !drawing->measure)
    drawing->dimension_layer = _stk_drawing_intern (drawing, "DIMENSION");
  drawing->pen.layer = drawing->dimension_layer;
  if (horizontal)
    {
      _stk_drawing_line (drawing, x0, y0 + ny * EXT_GAP_MM * u, x0, a0y + ny * EXT_OVER_MM * u);
      _stk_drawing_line (drawing, x1, y1 + ny * EXT_GAP_MM * u, x1, a1y + ny * EXT_OVER_MM * u);
      a0y = a1y = horizontal && fabs (y1 - y0) > 0 ? (side > 0 ? MAX (a0y, a1y) : MIN (a0y, a1y)) : a0y;
    }
  else
    {
      _stk_drawing_line (drawing, x0 + nx * EXT_GAP_MM * u, y0, a0x + nx * EXT_OVER_MM * u, y0);
      _stk_drawing_line (drawing, x1 + nx * EXT_GAP_MM * u, y1, a1x + nx * EXT_OVER_MM * u, y1);
      a0x = a1x = side > 0 ? MAX (a0x, a1x) : MIN (a0x, a1x);
    }
  _stk_drawing_line (drawing, a0x, a0y, a1x, a1y);
  drawing->pen.prov = STK_PROV_DATASHEET; /* arrowheads and text stay solid */
  arrow (drawing, a0x, a0y, ux, uy, alen, ARROW_HALF_MM * u * alen / (ARROW_LEN_MM * u));
  arrow (drawing, a1x, a1y, -ux, -uy, alen, ARROW_HALF_MM * u * alen / (ARROW_LEN_MM * u));
  if (text == NULL)
    ;
  else if (horizontal)
    _stk_drawing_text (drawing, (a0x + a1x) / 2, a0y + side * (DIM_TEXT_MM / 2 + TEXT_AIR_MM) * u,
                       DIM_TEXT_MM * u, STK_ALIGN_CENTER, text);
  else
    _stk_drawing_text (drawing, a0x + side * TEXT_AIR_MM * u, (a0y + a1y) / 2, DIM_TEXT_MM * u,
                       side > 0 ? STK_ALIGN_LEFT : STK_ALIGN_RIGHT, text);
  drawing->pen = saved;
}

/* Words are added while the line's width, counted in characters as
 * stk_drawing_text_width () counts them, stays within width. */
guint
_stk_drawing_wrap (GStrvBuilder *lines,
                   const char   *text,
                   double        size,
                   double        width)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  glong chars = 0;
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    {
      glong word = _stk_drawing_count_chars (words[i]);
      glong longer = chars + (line->len ? 1 : 0) + word;

      if (line->len > 0 && _stk_drawing_chars_width (longer, size) > width)
        {
          g_strv_builder_add (lines, line->str);
          n++;
          g_string_assign (line, words[i]);
          chars = word;
          continue;
        }
      if (line->len)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
      chars = longer;
    }
  if (line->len)
    {
      g_strv_builder_add (lines, line->str);
      n++;
    }
  return n;
}
