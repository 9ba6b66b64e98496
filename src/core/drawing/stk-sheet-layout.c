/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-sheet"

#include "stk-config.h"

#include <math.h>
#include <string.h>

#include "stk-sheet-private.h"

/* Which view goes on which sheet, where, at what scale: the views built
 * (print, export, the note) or only measured (the canvas's lazy sheets)
 * at the preferred scales until they fit, then placed on shelves; the
 * legend where there is room. stk-sheet.c draws the sheets. */

static gboolean
fits (const StkSheets  *self,
      const StkDrawing *view,
      gboolean          with_note)
{
  double w, h, k = stk_drawing_get_scale (view);

  stk_drawing_get_extents (view, &w, &h);
  return w * k <= self->area_w + 1e-6 && h * k + (with_note ? SCALE_NOTE_MM : 0) <= self->area_h + 1e-6;
}

/* Index in _stk_sheet_scales of the largest scale not above scale. */
static guint
scale_index (double scale)
{
  for (guint i = 0; i < STK_SHEET_N_SCALES; i++)
    if (_stk_sheet_scales[i] <= scale * (1 + 1e-9))
      return i;
  return STK_SHEET_N_SCALES - 1;
}

/* View v built for preferred scale t; when laying out by measuring, each
 * scale is measured once per view (the search for a large top view's
 * scale asks some scales twice). */
static StkDrawing *
build_at (const StkSheets      *sheets,
          const StkViewSource  *views,
          guint                 v,
          guint                 t)
{
  StkSheets *self = (StkSheets *) sheets;

  if (!self->lazy)
    return views->build (views->user_data, v, _stk_sheet_scales[t], FALSE);
  if (self->measured[t] == NULL)
    self->measured[t] = views->build (views->user_data, v, _stk_sheet_scales[t], TRUE);
  if (!_stk_drawing_is_measure (self->measured[t]))
    {
      /* Built whole after all (the legend): not kept twice. */
      StkDrawing *d = self->measured[t];

      self->measured[t] = NULL;
      return d;
    }
  return _stk_drawing_copy_measure (self->measured[t]);
}

static void
forget_measured (StkSheets *self)
{
  for (guint t = 0; t < G_N_ELEMENTS (self->measured); t++)
    g_clear_pointer (&self->measured[t], stk_drawing_free);
}

/* Paper width of view v drawn for the smallest scale: as narrow as it gets
 * (its lettering alone). */
static double
narrowest (const StkSheets     *self,
           const StkViewSource *views,
           guint                v)
{
  g_autoptr(StkDrawing) d = build_at (self, views, v, STK_SHEET_N_SCALES - 1);
  double w, h;

  stk_drawing_get_extents (d, &w, &h);
  return w * stk_drawing_get_scale (d);
}

static double
paper_width (const StkDrawing *d)
{
  double w, h;

  stk_drawing_get_extents (d, &w, &h);
  return w * stk_drawing_get_scale (d);
}

/* Fits the sheet, or is as narrow as its lettering makes it (floor_w: its
 * width at the smallest scale, measured when first needed). Each holds
 * from some scale down, as a view only shrinks with its scale. */
static gboolean
fits_or_narrow (const StkSheets     *self,
                const StkViewSource *views,
                guint                v,
                const StkDrawing    *d,
                gboolean             with_note,
                gboolean             fits_only,
                double              *floor_w)
{
  gboolean ok = fits (self, d, with_note);

  if (ok || fits_only)
    return ok;
  if (*floor_w < 0)
    *floor_w = narrowest (self, views, v);
  return paper_width (d) <= *floor_w + 1.0;
}

/* View v drawn for the first preferred scale after index lo, up to hi, at
 * which it fits (fits_only) or fits or is as narrow as it gets, found by
 * bisection: a large top view takes three builds, not eight. hi serves
 * when none before it does; *at: the index found. */
static StkDrawing *
first_settled (const StkSheets     *self,
               const StkViewSource *views,
               guint                v,
               guint                lo,
               guint                hi,
               gboolean             fits_only,
               double              *floor_w,
               guint               *at)
{
  StkDrawing *at_hi = NULL;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      StkDrawing *d = build_at (self, views, v, mid);

      if (fits_or_narrow (self, views, v, d, TRUE, fits_only, floor_w))
        {
          g_clear_pointer (&at_hi, stk_drawing_free);
          at_hi = d;
          hi = mid;
        }
      else
        {
          stk_drawing_free (d);
          lo = mid;
        }
    }
  *at = hi;
  return at_hi ? at_hi : build_at (self, views, v, hi);
}

/* Builds every view: at the fitting scale, the largest preferred one at
 * which each view fits a sheet on its own; at a chosen scale, with a view
 * too large for the sheet drawn at the largest scale that fits it. A view
 * whose lettering alone is wider than the sheet fits at no scale: it does
 * not set the sheet's scale, and is drawn at the largest scale at which it
 * is about as narrow as it gets, rather than at 1:100. A view built while
 * looking for the scale is kept, and placed when that scale is the sheet's:
 * most views are then built once. */
static void
build_views (StkSheets           *self,
             const StkViewSource *views)
{
  guint top = self->spec.scale > 0 ? scale_index (self->spec.scale) : 0;
  guint last = STK_SHEET_N_SCALES - 1;
  double base = self->spec.scale > 0 ? self->spec.scale : _stk_sheet_scales[0];
  g_autofree StkDrawing **tried = g_new0 (StkDrawing *, MAX (views->n_views, 1));
  g_autofree guint *tried_at = g_new0 (guint, MAX (views->n_views, 1));

  if (self->spec.scale <= 0)
    {
      for (guint v = 0; v < views->n_views; v++)
        {
          guint t = top;

          for (; t <= last; t++)
            {
              g_autoptr(StkDrawing) d = build_at (self, views, v, t);
              if (stk_drawing_get_caption (d) == NULL || stk_drawing_is_overview (d) || fits (self, d, FALSE))
                {
                  tried[v] = g_steal_pointer (&d);
                  tried_at[v] = t;
                  break;
                }
            }
          forget_measured (self);
          if (t <= last)
            top = t;
        }
      base = _stk_sheet_scales[top];
    }
  self->scale = base;
  for (guint v = 0; v < views->n_views; v++)
    {
      Placed p = { NULL, base, 0, 0, 0, base };
      double floor_w = -1;

      if (tried[v] != NULL && tried_at[v] == top)
        p.drawing = g_steal_pointer (&tried[v]);
      else
        p.drawing = fabs (_stk_sheet_scales[top] - base) < 1e-9 ? build_at (self, views, v, top)
                                                               : views->build (views->user_data, v, base, self->lazy);
      g_clear_pointer (&tried[v], stk_drawing_free);
      /* A view that does not fit is drawn smaller until it fits, or until
       * it is too wide and already as narrow as its lettering makes it (a
       * smaller scale would not help). Too tall is another matter: the
       * lettering of a view does not make it taller with a smaller scale,
       * so it goes on shrinking (the top view of a long board with its
       * note under it). */
      if (stk_drawing_get_caption (p.drawing) && top < last && !fits (self, p.drawing, FALSE) &&
          !(paper_width (p.drawing) > self->area_w + 1e-6 &&
            fits_or_narrow (self, views, v, p.drawing, FALSE, FALSE, &floor_w)))
        {
          guint at;
          g_autoptr(StkDrawing) smallest = build_at (self, views, v, last);

          /* Its width is what narrowest () would build it again for. */
          if (floor_w < 0)
            floor_w = paper_width (smallest);

          stk_drawing_free (p.drawing);
          /* Too tall even at the smallest scale, and narrow enough there
           * (the top view of a long chain, its labels alone taller than the
           * sheet): the searches below would end at the smallest scale, as
           * a view only shrinks with its scale. */
          if (!fits (self, smallest, TRUE) && paper_width (smallest) <= self->area_w + 1e-6)
            {
              p.drawing = g_steal_pointer (&smallest);
              at = last;
            }
          else
            p.drawing = first_settled (self, views, v, top, last, FALSE, &floor_w, &at);
          if (at < last && !fits (self, p.drawing, TRUE) && paper_width (p.drawing) <= self->area_w + 1e-6)
            {
              /* As narrow as it gets but too tall: on until it fits. */
              stk_drawing_free (p.drawing);
              p.drawing = first_settled (self, views, v, at, last, TRUE, &floor_w, &at);
            }
          p.asked = _stk_sheet_scales[at];
        }
      forget_measured (self);
      p.scale = stk_drawing_get_scale (p.drawing);
      g_array_append_val (self->placed, p);
    }
}

gboolean
_stk_sheets_has_note (const StkSheets *self,
          const Placed    *p)
{
  return stk_drawing_get_caption (p->drawing) != NULL && fabs (p->scale - self->scale) > 1e-9;
}

/* Where the views on one sheet leave room: the shelf in progress (x, y,
 * row_h, area mm) and how far down the views reach over the corner's x
 * range (paper mm; corner_top: where a legend in the corner begins). */
typedef struct {
  double x, y, row_h;
  double reach;
  double corner_top;
} SheetRoom;

/* Width of the corner left of the title block, from the area's left. */
static double
corner_width (const StkSheets *self)
{
  return self->width - MARGIN_MM - BLOCK_W_MM - PAD_MM - self->area_x;
}

static gboolean
is_legend (const Placed *p)
{
  return stk_drawing_get_caption (p->drawing) == NULL;
}

/* A view of w × h placed at area x, y on sheet r (y below the shelf's:
 * a new row): the shelf and what reaches over the corner move on. */
static void
room_take (SheetRoom *r,
           double     corner_w,
           double     area_y,
           double     x,
           double     y,
           double     w,
           double     h)
{
  if (y > r->y)
    r->row_h = 0;
  r->x = x + w + VIEW_GAP_MM;
  r->y = y;
  r->row_h = MAX (r->row_h, h);
  if (x < corner_w)
    r->reach = MAX (r->reach, area_y + y + h);
}

/* The legend (w × h, its note counted) in the corner left of the title
 * block of the first sheet whose views leave it room: its top level with
 * the block's when it is no taller than the block, else as far up as it
 * needs. Failing that, on the first shelf with room on any sheet. FALSE:
 * no sheet has room for it. */
static gboolean
place_legend (StkSheets *self,
              GArray    *rooms,
              Placed    *p,
              double     w,
              double     h)
{
  double corner_w = corner_width (self);
  double corner_y = self->height - MARGIN_MM - self->block_h + PAD_MM / 2;
  double corner_bottom = self->height - MARGIN_MM - PAD_MM / 2;
  double top = MIN (corner_y, corner_bottom - h);

  for (guint s = 0; s < rooms->len && w <= corner_w + 1e-6; s++)
    {
      SheetRoom *r = &g_array_index (rooms, SheetRoom, s);

      /* Views reach at most the area's foot, which the title block keeps
       * clear of less than a view gap. */
      gboolean clear = top >= r->reach + VIEW_GAP_MM - 1e-6 ||
                       (top >= corner_y - 1e-6 && r->reach <= self->area_y + self->area_h + 1e-6);

      if (top >= self->area_y && clear && r->corner_top > corner_bottom)
        {
          p->sheet = s;
          p->x = self->area_x;
          p->y = top;
          r->reach = corner_bottom;
          r->corner_top = top;
          return TRUE;
        }
    }
  for (guint s = 0; s < rooms->len; s++)
    {
      SheetRoom *r = &g_array_index (rooms, SheetRoom, s);
      double x = r->x, y = r->y;

      if (x > 0 && x + w > self->area_w + 1e-6)
        {
          x = 0;
          y += r->row_h + VIEW_GAP_MM;
        }
      if (x + w > self->area_w + 1e-6 || y + h > self->area_h + 1e-6 ||
          (x < corner_w && self->area_y + y + h > r->corner_top - VIEW_GAP_MM + 1e-6))
        continue;
      p->sheet = s;
      p->x = self->area_x + x;
      p->y = self->area_y + y;
      room_take (r, corner_w, self->area_y, x, y, w, h);
      return TRUE;
    }
  return FALSE;
}

static void
placed_size (const StkSheets *self,
             const Placed    *p,
             double          *w,
             double          *h)
{
  stk_drawing_get_extents (p->drawing, w, h);
  *w *= p->scale;
  *h = *h * p->scale + (_stk_sheets_has_note (self, p) ? SCALE_NOTE_MM : 0);
}

/* Shelves: views left to right while they fit the width, rows top to
 * bottom while they fit the height, then a new sheet. A paper-sized view
 * without geometry (the legend) goes where there is room once the others
 * are placed (place_legend ()); only if there is none on any sheet does it
 * open a sheet of its own. */
static guint
place_views (StkSheets *self)
{
  double corner_w = corner_width (self);
  g_autoptr(GArray) rooms = g_array_new (FALSE, FALSE, sizeof (SheetRoom));
  SheetRoom fresh = { 0, 0, 0, -G_MAXDOUBLE, G_MAXDOUBLE };
  SheetRoom *r;

  g_array_append_val (rooms, fresh);
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *p = &g_array_index (self->placed, Placed, i);
      double w, h, x, y;

      if (is_legend (p))
        continue;
      placed_size (self, p, &w, &h);
      r = &g_array_index (rooms, SheetRoom, rooms->len - 1);
      x = r->x;
      y = r->y;
      if (x > 0 && x + w > self->area_w + 1e-6)
        {
          x = 0;
          y += r->row_h + VIEW_GAP_MM;
        }
      if (y > 0 && y + h > self->area_h + 1e-6)
        {
          /* The sheet left keeps its last row, for a legend. */
          g_array_append_val (rooms, fresh);
          r = &g_array_index (rooms, SheetRoom, rooms->len - 1);
          x = y = 0;
        }
      p->sheet = rooms->len - 1;
      p->x = self->area_x + x;
      p->y = self->area_y + y;
      room_take (r, corner_w, self->area_y, x, y, w, h);
    }
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *p = &g_array_index (self->placed, Placed, i);
      double w, h;

      if (!is_legend (p))
        continue;
      placed_size (self, p, &w, &h);
      if (place_legend (self, rooms, p, w, h))
        continue;
      /* A sheet of its own: at the top left, like any view there. */
      g_array_append_val (rooms, fresh);
      p->sheet = rooms->len - 1;
      p->x = self->area_x;
      p->y = self->area_y;
      room_take (&g_array_index (rooms, SheetRoom, rooms->len - 1), corner_w, self->area_y, 0, 0, w, h);
    }
  return rooms->len;
}

guint
_stk_sheets_lay_out (StkSheets           *self,
                     const StkViewSource *views)
{
  build_views (self, views);
  return place_views (self);
}
