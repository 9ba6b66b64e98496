/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-sheet"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing.h"
#include "stk-i18n.h"
#include "stk-sheet-private.h"

/* ISO 5455 enlargement and reduction scales. */
const double _stk_sheet_scales[STK_SHEET_N_SCALES] = { 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01 };

#define FIELD_MM        1.8    /* field names */
#define ROW_MM          9.0
#define TITLE_ROW_MM    12.0
#define LINE_PITCH_MM   4.0

static const struct {
  const char *id;
  const char *name;
  double      width, height;  /* portrait */
} sizes[] = {
  /* Translators: sheet sizes as the title block names them */
  [STK_SHEET_A4] = { "a4", N_("A4"), 210, 297 },
  [STK_SHEET_A3] = { "a3", N_("A3"), 297, 420 },
  [STK_SHEET_LETTER] = { "letter", N_("Letter"), 215.9, 279.4 },
  [STK_SHEET_TABLOID] = { "tabloid", N_("Tabloid"), 279.4, 431.8 },
};



void
stk_sheet_spec_init (StkSheetSpec *spec)
{
  *spec = (StkSheetSpec) { STK_SHEET_A4, TRUE, 0, 0, STK_SCALE_FIT, STK_UNITS_MM };
}

void
stk_sheet_spec_get_size (const StkSheetSpec *spec,
                         double             *width_mm,
                         double             *height_mm)
{
  double w, h;

  if (spec->size == STK_SHEET_CUSTOM)
    {
      *width_mm = spec->width_mm;
      *height_mm = spec->height_mm;
      return;
    }
  w = sizes[spec->size].width;
  h = sizes[spec->size].height;
  *width_mm = spec->landscape ? h : w;
  *height_mm = spec->landscape ? w : h;
}

char *
stk_sheet_spec_describe (const StkSheetSpec *spec)
{
  double w, h;
  g_autofree char *ws = NULL;
  g_autofree char *hs = NULL;

  if (spec->size != STK_SHEET_CUSTOM)
    return g_strdup (_(sizes[spec->size].name));
  stk_sheet_spec_get_size (spec, &w, &h);
  ws = stk_format_mm (w);
  hs = stk_format_mm (h);
  /* Translators: a sheet of no standard size, width × height */
  return g_strdup_printf (_("%s × %s mm"), ws, hs);
}

gboolean
stk_sheet_size_from_string (const char   *str,
                            StkSheetSize *size)
{
  for (guint i = 0; str && i < G_N_ELEMENTS (sizes); i++)
    if (g_ascii_strcasecmp (str, sizes[i].id) == 0)
      {
        *size = (StkSheetSize) i;
        return TRUE;
      }
  return FALSE;
}

void
stk_sheet_spec_for_paper (StkSheetSpec *spec,
                          double        width_mm,
                          double        height_mm)
{
  gboolean landscape = width_mm > height_mm;
  double lo = MIN (width_mm, height_mm), hi = MAX (width_mm, height_mm);

  spec->landscape = landscape;
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (fabs (sizes[i].width - lo) < 3 && fabs (sizes[i].height - hi) < 3)
      {
        spec->size = (StkSheetSize) i;
        return;
      }
  spec->size = STK_SHEET_CUSTOM;
  spec->width_mm = width_mm;
  spec->height_mm = height_mm;
}

const double *
stk_sheet_scales (guint *n_scales)
{
  *n_scales = STK_SHEET_N_SCALES;
  return _stk_sheet_scales;
}

gboolean
stk_sheet_scale_from_string (const char *str,
                             double     *scale)
{
  for (guint i = 0; str && i < STK_SHEET_N_SCALES; i++)
    {
      g_autofree char *text = stk_draw_format_scale (_stk_sheet_scales[i]);
      if (g_str_equal (str, text))
        {
          *scale = _stk_sheet_scales[i];
          return TRUE;
        }
    }
  if (str && g_ascii_strcasecmp (str, "fit") == 0)
    {
      *scale = STK_SCALE_FIT;
      return TRUE;
    }
  return FALSE;
}

char *
stk_draw_format_scale (double scale)
{
  /* Two decimals are enough for a fitted scale: "1:2.71" ("1:2,71"); the
   * preferred scales are whole numbers, the same in every locale. */
  g_autofree char *n = stk_format_decimal (scale >= 1 ? scale : 1 / scale, 2, 0);

  return scale >= 1 ? g_strdup_printf ("%s:1", n) : g_strdup_printf ("1:%s", n);
}

/* ---- the title block, drawn as primitives in paper mm ---- */

static void
pen (StkDrawing *d,
     StkInk      ink)
{
  StkPen p = { "SHEET", NULL, ink, STK_PROV_DATASHEET, STK_GROUP_PART, FALSE };

  _stk_drawing_set_pen (d, &p);
}

/* A text cut with "…" to fit width mm. */
static void
fitted_text (StkDrawing *d,
             double      x,
             double      y,
             double      size,
             double      width,
             const char *text)
{
  g_autofree char *cut = g_strdup (text ? text : "");
  glong n = g_utf8_strlen (cut, -1);

  while (n > 1 && stk_drawing_text_width (cut, size) > width)
    {
      g_autofree char *head = g_utf8_substring (cut, 0, n - 2);
      g_free (cut);
      cut = g_strconcat (head, "…", NULL);
      n--;
    }
  _stk_drawing_text (d, x, y, size, STK_ALIGN_LEFT, cut);
}

/* One field: its name small in the top left, its value below. */
static void
field (StkDrawing *d,
       double      x,
       double      y,
       double      w,
       double      h,
       const char *name,
       const char *value,
       double      size)
{
  pen (d, STK_INK_RULE);
  _stk_drawing_rect (d, x, y, w, h, FALSE);
  pen (d, STK_INK_LABEL);
  _stk_drawing_text (d, x + 1.2, y + 0.8 + FIELD_MM / 2, FIELD_MM, STK_ALIGN_LEFT, name);
  fitted_text (d, x + 1.2, y + h - 1.3 - size / 2, size, w - 2.4, value);
}

/* Third angle projection (ISO 128-30, ISO 5456-2): the end view of a
 * truncated cone (two circles) left of its side view. */
static void
projection_symbol (StkDrawing *d,
                   double      x,
                   double      y,
                   double      h)
{
  double r = h * 0.3, cy = y + h * 0.55, cx = x + r + 1.5, tx = cx + r + 3;
  StkPoint cone[4] = { { tx, cy - r / 2 }, { tx + 2 * r, cy - r }, { tx + 2 * r, cy + r }, { tx, cy + r / 2 } };

  pen (d, STK_INK_FRAME);
  _stk_drawing_circle (d, cx, cy, r, FALSE);
  _stk_drawing_circle (d, cx, cy, r / 2, FALSE);
  _stk_drawing_poly (d, cone, 4, TRUE, FALSE);
}

static double
notes_height (const StkTitleBlock *t)
{
  g_auto(GStrv) lines = g_strsplit (t->notes ? t->notes : "", "\n", -1);

  return MAX (ROW_MM, 2.5 + g_strv_length (lines) * LINE_PITCH_MM);
}

static void
draw_title_block (StkDrawing          *d,
                  const StkTitleBlock *t,
                  double               right,
                  double               bottom,
                  const char          *scale,
                  const char          *size,
                  guint                sheet,
                  guint                n_sheets)
{
  double nh = notes_height (t);
  double x = right - BLOCK_W_MM, y = bottom - (2 * ROW_MM + TITLE_ROW_MM + nh);
  double q = BLOCK_W_MM / 4;
  /* Translators: the title block's sheet field, "1 of 3" */
  g_autofree char *sheet_text = g_strdup_printf (_("%u of %u"), sheet + 1, n_sheets);
  g_auto(GStrv) lines = g_strsplit (t->notes ? t->notes : "", "\n", -1);

  field (d, x, y, q, ROW_MM, _("Drawn by"), t->drawn, STK_LETTER_MM);
  field (d, x + q, y, q, ROW_MM, _("Checked by"), t->checked, STK_LETTER_MM);
  field (d, x + 2 * q, y, q, ROW_MM, _("Approved by"), t->approved, STK_LETTER_MM);
  field (d, x + 3 * q, y, q, ROW_MM, _("Date"), t->date, STK_LETTER_MM);
  y += ROW_MM;
  field (d, x, y, 105, TITLE_ROW_MM, _("Title"), t->title, STK_TITLE_MM);
  field (d, x + 105, y, 55, TITLE_ROW_MM, _("Drawing number"), t->number, STK_LETTER_MM);
  field (d, x + 160, y, 20, TITLE_ROW_MM, _("Revision"), t->revision, STK_LETTER_MM);
  y += TITLE_ROW_MM;
  field (d, x, y, 65, ROW_MM, _("Project"), t->project, STK_LETTER_MM);
  field (d, x + 65, y, 25, ROW_MM, _("Scale"), scale, STK_LETTER_MM);
  field (d, x + 90, y, 25, ROW_MM, _("Size"), size, STK_LETTER_MM);
  field (d, x + 115, y, 25, ROW_MM, _("Sheet"), sheet_text, STK_LETTER_MM);
  field (d, x + 140, y, 40, ROW_MM, _("Projection"), NULL, STK_LETTER_MM);
  projection_symbol (d, x + 140 + 18, y, ROW_MM);
  y += ROW_MM;
  pen (d, STK_INK_RULE);
  _stk_drawing_rect (d, x, y, BLOCK_W_MM, nh, FALSE);
  pen (d, STK_INK_LABEL);
  for (guint i = 0; lines[i]; i++)
    fitted_text (d, x + 1.2, y + 1.5 + (i + 0.5) * LINE_PITCH_MM, STK_LETTER_MM, BLOCK_W_MM - 2.4, lines[i]);
  pen (d, STK_INK_FRAME);
  _stk_drawing_rect (d, x, bottom - (2 * ROW_MM + TITLE_ROW_MM + nh), BLOCK_W_MM,
                     2 * ROW_MM + TITLE_ROW_MM + nh, FALSE);
}

static void
draw_sheet (StkSheets           *self,
            StkDrawing          *d,
            guint                index,
            guint                n_sheets,
            const StkTitleBlock *title)
{
  g_autofree char *scale = stk_draw_format_scale (self->scale);
  g_autofree char *size = stk_sheet_spec_describe (&self->spec);
  guint n_prims = 0, n_points = 0;

  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *p = &g_array_index (self->placed, Placed, i);

      if (p->sheet != index)
        continue;
      if (_stk_drawing_is_measure (p->drawing))
        {
          /* Measured to lay the sheets out: built now, for the scale it
           * was measured at (NULL: the project changed since, which the
           * source has said; the view is left out). */
          StkDrawing *built = self->source.build (self->source.user_data, i, p->asked, FALSE);

          if (built == NULL)
            continue;
          stk_drawing_free (p->drawing);
          p->drawing = built;
        }
      _stk_drawing_add_size (p->drawing, &n_prims, &n_points);
    }
  _stk_drawing_reserve (d, n_prims, n_points);
  pen (d, STK_INK_FRAME);
  _stk_drawing_rect (d, MARGIN_LEFT_MM, MARGIN_MM, self->width - MARGIN_LEFT_MM - MARGIN_MM,
                     self->height - 2 * MARGIN_MM, FALSE);
  draw_title_block (d, title, self->width - MARGIN_MM, self->height - MARGIN_MM, scale, size, index, n_sheets);
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *p = &g_array_index (self->placed, Placed, i);
      double w, h;

      if (p->sheet != index || _stk_drawing_is_measure (p->drawing))
        continue;
      stk_drawing_get_extents (p->drawing, &w, &h);
      _stk_drawing_append (d, p->drawing, p->x, p->y, p->scale);
      /* On the sheet now, which is kept: the view's size is all that is
       * left to ask of it. */
      {
        StkDrawing *kept = _stk_drawing_copy_measure (p->drawing);

        stk_drawing_free (p->drawing);
        p->drawing = kept;
      }
      if (_stk_sheets_has_note (self, p))
        {
          g_autofree char *s = stk_draw_format_scale (p->scale);
          /* Translators: under a view drawn at another scale than the sheet's */
          g_autofree char *note = g_strdup_printf (_("Scale %s"), s);

          pen (d, STK_INK_LABEL);
          _stk_drawing_text (d, p->x, p->y + h * p->scale + SCALE_NOTE_MM / 2, STK_LETTER_MM, STK_ALIGN_LEFT,
                             note);
        }
    }
  _stk_drawing_set_extents (d, self->width, self->height);
}

static void
title_copy (StkTitleBlock       *to,
            const StkTitleBlock *from)
{
  to->title = g_strdup (from->title);
  to->project = g_strdup (from->project);
  to->number = g_strdup (from->number);
  to->revision = g_strdup (from->revision);
  to->date = g_strdup (from->date);
  to->drawn = g_strdup (from->drawn);
  to->checked = g_strdup (from->checked);
  to->approved = g_strdup (from->approved);
  to->notes = g_strdup (from->notes);
}

static void
title_clear (StkTitleBlock *t)
{
  const char *fields[] = { t->title, t->project, t->number, t->revision, t->date, t->drawn, t->checked,
                           t->approved, t->notes };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_free ((char *) fields[i]);
}

/* Sheet index, built now if it was not yet. The sheets are logically
 * constant: what a sheet shows is fixed when they are laid out. */
static const StkDrawing *
sheet_at (const StkSheets *sheets,
          guint            index)
{
  StkSheets *self = (StkSheets *) sheets;
  StkDrawing *d = g_ptr_array_index (self->sheets, index);

  if (d == NULL)
    {
      d = _stk_drawing_new_empty (self->title.project, 1.0);
      draw_sheet (self, d, index, self->sheets->len, &self->title);
      g_ptr_array_index (self->sheets, index) = d;
    }
  return d;
}

StkSheets *
stk_sheets_new_for_views (const StkViewSource *views,
                          const StkSheetSpec  *spec,
                          const StkTitleBlock *title,
                          gboolean             lazy)
{
  StkSheets *self;
  StkTitleBlock empty = { 0 };
  guint n;

  g_return_val_if_fail (views != NULL && views->build != NULL, NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  if (title == NULL)
    title = &empty;
  self = g_new0 (StkSheets, 1);
  self->source = *views;
  self->lazy = lazy;
  title_copy (&self->title, title);
  self->spec = *spec;
  stk_sheet_spec_get_size (spec, &self->width, &self->height);
  self->block_h = 2 * ROW_MM + TITLE_ROW_MM + notes_height (title);
  self->area_x = MARGIN_LEFT_MM + PAD_MM;
  self->area_y = MARGIN_MM + PAD_MM;
  self->area_w = MAX (10, self->width - MARGIN_LEFT_MM - MARGIN_MM - 2 * PAD_MM);
  self->area_h = MAX (10, self->height - 2 * MARGIN_MM - self->block_h - 2 * PAD_MM);
  self->placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_drawing_free);
  n = _stk_sheets_lay_out (self, views);
  g_ptr_array_set_size (self->sheets, n);
  /* Laid out from built views, the sheets never build one again: what the
   * source keeps (a project's placement and parts) goes now. */
  if (!lazy)
    {
      if (self->source.destroy != NULL)
        self->source.destroy (self->source.user_data);
      self->source.build = NULL;
      self->source.user_data = NULL;
      self->source.destroy = NULL;
    }
  return self;
}

void
stk_sheets_free (StkSheets *sheets)
{
  if (sheets == NULL)
    return;
  for (guint i = 0; i < sheets->placed->len; i++)
    stk_drawing_free (g_array_index (sheets->placed, Placed, i).drawing);
  g_array_unref (sheets->placed);
  g_ptr_array_unref (sheets->sheets);
  if (sheets->source.destroy != NULL)
    sheets->source.destroy (sheets->source.user_data);
  title_clear (&sheets->title);
  g_free (sheets);
}

guint
stk_sheets_get_n_sheets (const StkSheets *sheets)
{
  return sheets->sheets->len;
}

double
stk_sheets_get_scale (const StkSheets *sheets)
{
  return sheets->scale;
}

void
stk_sheets_get_size (const StkSheets *sheets,
                     double          *width_mm,
                     double          *height_mm)
{
  *width_mm = sheets->width;
  *height_mm = sheets->height;
}

const StkDrawing *
stk_sheets_get_sheet (const StkSheets *sheets,
                      guint            index)
{
  g_return_val_if_fail (index < sheets->sheets->len, NULL);
  return sheet_at (sheets, index);
}

gboolean
stk_sheets_get_placement (const StkSheets *sheets,
                          guint            view,
                          guint           *sheet,
                          double          *x,
                          double          *y,
                          double          *scale)
{
  const Placed *p;

  if (view >= sheets->placed->len)
    return FALSE;
  p = &g_array_index (sheets->placed, Placed, view);
  *sheet = p->sheet;
  *x = p->x;
  *y = p->y;
  *scale = p->scale;
  return TRUE;
}

guint
stk_sheets_count_built (const StkSheets *sheets)
{
  guint n = 0;

  for (guint i = 0; i < sheets->sheets->len; i++)
    n += g_ptr_array_index (sheets->sheets, i) != NULL;
  return n;
}

double
stk_sheets_get_sheet_y (const StkSheets *sheets,
                        guint            index)
{
  return index * (sheets->height + STRIP_GAP_MM);
}

void
stk_sheets_get_strip_size (const StkSheets *sheets,
                           double          *width_mm,
                           double          *height_mm)
{
  guint n = sheets->sheets->len;

  *width_mm = sheets->width;
  *height_mm = n > 0 ? n * sheets->height + (n - 1) * STRIP_GAP_MM : 0;
}

StkDrawing *
stk_sheets_new_strip (const StkSheets *sheets)
{
  StkDrawing *strip = _stk_drawing_new_empty (sheets->title.project, 1.0);
  guint n = sheets->sheets->len, n_prims = 0, n_points = 0;
  double w, h;

  for (guint i = 0; i < n; i++)
    _stk_drawing_add_size (sheet_at (sheets, i), &n_prims, &n_points);
  _stk_drawing_reserve (strip, n_prims, n_points);
  for (guint i = 0; i < n; i++)
    _stk_drawing_append (strip, sheet_at (sheets, i), 0, stk_sheets_get_sheet_y (sheets, i), 1);
  stk_sheets_get_strip_size (sheets, &w, &h);
  _stk_drawing_set_extents (strip, w, h);
  return strip;
}
