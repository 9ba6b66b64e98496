/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-drawing-struct.h"

const char *
_stk_drawing_intern (StkDrawing *self,
                     const char *s)
{
  return s ? g_string_chunk_insert_const (self->interned->chunk, s) : NULL;
}

/* DejaVu Sans: about 0.6 em a character, capitals 0.73 em high. */
double
_stk_drawing_chars_width (glong  n_chars,
                          double size)
{
  return n_chars * size * 0.6 / STK_CAP_PER_EM;
}

static void
string_pool_clear (gpointer data)
{
  g_string_chunk_free (((StringPool *) data)->chunk);
}

static void
string_pool_release (gpointer pool)
{
  g_rc_box_release_full (pool, string_pool_clear);
}

/* The pen's string as interned: the one it holds when equal (a pen is
 * mostly set again with the same layer), else interned. The same address
 * first: views pass the strings they keep, and a shared view's subjects
 * are long. */
static const char *
intern_again (StkDrawing *self,
              const char *held,
              const char *s)
{
  if (s == NULL)
    return NULL;
  if (held == s)
    return held;
  if (held != NULL && strcmp (held, s) == 0)
    return held;
  return _stk_drawing_intern (self, s);
}

static void
extend (StkDrawing    *self,
        const StkPrim *p)
{
  self->mx0 = MIN (self->mx0, p->x0);
  self->my0 = MIN (self->my0, p->y0);
  self->mx1 = MAX (self->mx1, p->x1);
  self->my1 = MAX (self->my1, p->y1);
}

/* A measuring drawing's last primitive, now complete, into its extents. */
static void
measure_pending (StkDrawing *self)
{
  if (!self->scratch_used)
    return;
  extend (self, &self->scratch);
  self->scratch_used = FALSE;
}

/* A drawing's primitive p, complete, into its extents (a measure's waits
 * for the next). */
static void
complete (StkDrawing    *self,
          const StkPrim *p)
{
  if (!self->measure)
    extend (self, p);
}

static StkPrim *
add_prim (StkDrawing  *self,
          StkPrimKind  kind)
{
  StkPrim *p;

  if (self->measure)
    {
      measure_pending (self);
      self->scratch_used = TRUE;
      p = &self->scratch;
    }
  else
    {
      g_array_set_size (self->prims, self->prims->len + 1);
      p = &g_array_index (self->prims, StkPrim, self->prims->len - 1);
    }
  *p = (StkPrim) { 0 };
  p->kind = kind;
  p->ink = self->pen.ink;
  p->prov = self->pen.prov;
  p->group = self->pen.group;
  p->in_section = self->pen.in_section != FALSE;
  p->layer = self->pen.layer;
  p->subject = self->pen.subject;
  return p;
}

StkProvKind
stk_prov_worst (StkProvKind a,
                StkProvKind b)
{
  if (a == STK_PROV_PLACEHOLDER || b == STK_PROV_PLACEHOLDER)
    return STK_PROV_PLACEHOLDER;
  if (a == STK_PROV_ESTIMATE || b == STK_PROV_ESTIMATE)
    return STK_PROV_ESTIMATE;
  return a;
}

void
_stk_drawing_set_units (StkDrawing *drawing,
                        StkUnits    units)
{
  drawing->units = units;
}

StkUnits
_stk_drawing_get_units (const StkDrawing *drawing)
{
  return drawing->units;
}

/* Characters in UTF-8 text: its bytes less the continuation bytes. What
 * g_utf8_strlen counts for valid text, in one pass with no table: a
 * layout measures every label of a large assembly. */
static glong
count_chars (const char *text)
{
  glong n = 0;

  for (const guchar *c = (const guchar *) text; *c; c++)
    n += (*c & 0xC0) != 0x80;
  return n;
}

double
stk_drawing_text_width (const char *text,
                        double      size)
{
  return _stk_drawing_chars_width (count_chars (text), size);
}

double
stk_drawing_get_scale (const StkDrawing *drawing)
{
  return drawing->scale;
}

const char *
stk_drawing_get_caption (const StkDrawing *drawing)
{
  return drawing->caption;
}

gboolean
stk_drawing_is_overview (const StkDrawing *drawing)
{
  return drawing->overview;
}

void
_stk_drawing_set_overview (StkDrawing *drawing,
                           gboolean    overview)
{
  drawing->overview = overview;
}

void
_stk_drawing_set_caption (StkDrawing *drawing,
                          const char *caption)
{
  g_free (drawing->caption);
  drawing->caption = g_strdup (caption);
}

double
_stk_drawing_unit (const StkDrawing *drawing)
{
  return 1.0 / drawing->scale;
}

const StkPrim *
stk_drawing_get_prims (const StkDrawing *drawing,
                       guint            *n_prims)
{
  if (drawing->measure)
    {
      *n_prims = 0;
      return NULL;
    }
  *n_prims = drawing->prims->len;
  return (const StkPrim *) (gpointer) drawing->prims->data;
}

const StkPoint *
stk_drawing_get_points (const StkDrawing *drawing)
{
  if (drawing->measure)
    return NULL;
  return (const StkPoint *) (gpointer) drawing->points->data;
}

const char *
stk_drawing_get_title (const StkDrawing *drawing)
{
  return drawing->title;
}

/* A drawing with nothing in it; a measuring one holds no arrays or
 * strings at all (a layout measures every view of a large assembly, some at
 * several scales). */
static StkDrawing *
drawing_new (const char *title,
             double      scale,
             gboolean    measure,
             StringPool *interned)
{
  StkDrawing *self = g_new0 (StkDrawing, 1);

  self->scale = scale;
  self->title = g_strdup (title);
  self->pen.prov = STK_PROV_DATASHEET;
  self->measure = measure;
  self->mx0 = self->my0 = G_MAXDOUBLE;
  self->mx1 = self->my1 = -G_MAXDOUBLE;
  if (measure)
    return self;
  /* Small: views of a kind make room for as much as the last one took. */
  self->prims = g_array_sized_new (FALSE, FALSE, sizeof (StkPrim), 16);
  self->points = g_array_sized_new (FALSE, FALSE, sizeof (StkPoint), 64);
  self->strings = g_rc_box_new0 (StringPool);
  self->strings->chunk = g_string_chunk_new (1024);
  self->borrowed = g_ptr_array_new_with_free_func (string_pool_release);
  self->interned = self->strings;
  if (interned != NULL)
    {
      /* Its own pool then holds no table of interned strings at all. */
      self->interned = g_rc_box_acquire (interned);
      g_ptr_array_add (self->borrowed, self->interned);
    }
  self->pen.layer = _stk_drawing_intern (self, "0");
  return self;
}

StkDrawing *
_stk_drawing_new_empty (const char *title,
                        double      scale)
{
  g_return_val_if_fail (scale > 0, NULL);
  return drawing_new (title, scale, FALSE, NULL);
}

StkDrawing *
_stk_drawing_new_sharing (const char       *title,
                          double            scale,
                          const StkDrawing *owner)
{
  g_return_val_if_fail (scale > 0, NULL);
  g_return_val_if_fail (!owner->measure, NULL);
  return drawing_new (title, scale, FALSE, owner->interned);
}

StkDrawing *
_stk_drawing_new_measure (const char *title,
                          double      scale)
{
  g_return_val_if_fail (scale > 0, NULL);
  return drawing_new (title, scale, TRUE, NULL);
}

StkDrawing *
_stk_drawing_copy_measure (const StkDrawing *drawing)
{
  StkDrawing *copy = _stk_drawing_new_measure (drawing->title, drawing->scale);

  copy->caption = g_strdup (drawing->caption);
  copy->overview = drawing->overview;
  copy->units = drawing->units;
  copy->width = drawing->width;
  copy->height = drawing->height;
  return copy;
}

gboolean
_stk_drawing_is_measure (const StkDrawing *drawing)
{
  return drawing->measure;
}

void
stk_drawing_free (StkDrawing *drawing)
{
  if (drawing == NULL)
    return;
  if (!drawing->measure)
    {
      g_array_unref (drawing->prims);
      g_array_unref (drawing->points);
      string_pool_release (drawing->strings);
      g_ptr_array_unref (drawing->borrowed);
    }
  g_free (drawing->title);
  g_free (drawing->caption);
  g_free (drawing);
}

void
stk_drawing_get_extents (const StkDrawing *drawing,
                         double           *width_mm,
                         double           *height_mm)
{
  *width_mm = drawing->width;
  *height_mm = drawing->height;
}

void
_stk_drawing_pen (StkDrawing *drawing,
                  StkPen     *pen)
{
  *pen = drawing->pen;
}

void
_stk_drawing_set_pen (StkDrawing   *drawing,
                      const StkPen *pen)
{
  StkPen held = drawing->pen;

  drawing->pen = *pen;
  if (drawing->measure)
    {
      /* Nothing keeps them: the strings need not outlive the call. */
      drawing->pen.layer = drawing->pen.subject = NULL;
      return;
    }
  drawing->pen.layer = intern_again (drawing, held.layer, pen->layer ? pen->layer : "0");
  drawing->pen.subject = intern_again (drawing, held.subject, pen->subject);
}

void
_stk_drawing_poly (StkDrawing     *drawing,
                   const StkPoint *points,
                   guint           n_points,
                   gboolean        closed,
                   gboolean        filled)
{
  StkPrim *p = add_prim (drawing, STK_PRIM_POLY);

  p->first = drawing->measure ? 0 : drawing->points->len;
  p->n_points = n_points;
  p->closed = closed != FALSE;
  p->filled = filled != FALSE;
  p->stroked = !filled || drawing->pen.ink == STK_INK_BOARD || drawing->pen.ink == STK_INK_FPC;
  {
    double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

    for (guint i = 0; i < n_points; i++)
      {
        x0 = MIN (x0, points[i].x);
        y0 = MIN (y0, points[i].y);
        x1 = MAX (x1, points[i].x);
        y1 = MAX (y1, points[i].y);
      }
    p->x0 = x0;
    p->y0 = y0;
    p->x1 = x1;
    p->y1 = y1;
  }
  complete (drawing, p);
  if (!drawing->measure)
    g_array_append_vals (drawing->points, points, n_points);
}

void
_stk_drawing_rect (StkDrawing *drawing,
                   double      x,
                   double      y,
                   double      w,
                   double      h,
                   gboolean    filled)
{
  StkPoint pts[4] = { { x, y }, { x + w, y }, { x + w, y + h }, { x, y + h } };

  _stk_drawing_poly (drawing, pts, 4, TRUE, filled);
}

void
_stk_drawing_line (StkDrawing *drawing,
                   double      x0,
                   double      y0,
                   double      x1,
                   double      y1)
{
  StkPoint pts[2] = { { x0, y0 }, { x1, y1 } };

  _stk_drawing_poly (drawing, pts, 2, FALSE, FALSE);
}

void
_stk_drawing_circle (StkDrawing *drawing,
                     double      x,
                     double      y,
                     double      r,
                     gboolean    filled)
{
  StkPrim *p = add_prim (drawing, STK_PRIM_CIRCLE);

  p->x = x;
  p->y = y;
  p->r = r;
  p->filled = filled != FALSE;
  p->stroked = !filled;
  p->x0 = x - r;
  p->y0 = y - r;
  p->x1 = x + r;
  p->y1 = y + r;
  complete (drawing, p);
}

static void
text_prim (StkDrawing *drawing,
           double      x,
           double      y,
           double      size,
           StkAlign    align,
           const char *text,
           glong       n_chars)
{
  StkPrim *p = add_prim (drawing, STK_PRIM_TEXT);
  double w = _stk_drawing_chars_width (n_chars, size);

  p->x = x;
  p->y = y;
  p->size = size;
  p->align = align;
  /* Copied, not interned: texts are seldom repeated within a drawing and
   * never compared by address. */
  p->text = drawing->measure ? NULL : g_string_chunk_insert (drawing->strings->chunk, text);
  p->filled = TRUE;
  p->x0 = align == STK_ALIGN_LEFT ? x : align == STK_ALIGN_CENTER ? x - w / 2 : x - w;
  p->x1 = p->x0 + w;
  p->y0 = y - size * 0.5;
  p->y1 = y + size * 0.5;
  complete (drawing, p);
}

void
_stk_drawing_text (StkDrawing *drawing,
                   double      x,
                   double      y,
                   double      size,
                   StkAlign    align,
                   const char *text)
{
  text_prim (drawing, x, y, size, align, text, count_chars (text));
}

void
_stk_drawing_text_measured (StkDrawing *drawing,
                            double      x,
                            double      y,
                            double      size,
                            StkAlign    align,
                            glong       n_chars)
{
  g_return_if_fail (drawing->measure);
  text_prim (drawing, x, y, size, align, NULL, n_chars);
}

glong
_stk_drawing_count_chars (const char *text)
{
  return count_chars (text);
}

void
_stk_drawing_add_size (const StkDrawing *drawing,
                       guint            *n_prims,
                       guint            *n_points)
{
  if (drawing->measure)
    return;
  *n_prims += drawing->prims->len;
  *n_points += drawing->points->len;
}

void
_stk_drawing_reserve (StkDrawing *drawing,
                      guint       n_prims,
                      guint       n_points)
{
  guint prims, points;

  if (drawing->measure)
    return;
  prims = drawing->prims->len;
  points = drawing->points->len;
  /* GArray grows its block when set larger and keeps it when set smaller. */
  g_array_set_size (drawing->prims, prims + n_prims);
  g_array_set_size (drawing->prims, prims);
  g_array_set_size (drawing->points, points + n_points);
  g_array_set_size (drawing->points, points);
}

/* Copies src's primitives into dst, scaled by k about src's origin and then
 * moved by (dx, dy): how a view is placed on a sheet. Their strings stay in
 * src's pools, which dst keeps. */
void
_stk_drawing_append (StkDrawing       *dst,
                     const StkDrawing *src,
                     double            dx,
                     double            dy,
                     double            k)
{
  const StkPoint *pts;
  const StkPrim *prims;
  guint first, n_prims;
  StkPoint *to_pts;
  StkPrim *to;

  g_return_if_fail (!dst->measure && !src->measure);
  pts = stk_drawing_get_points (src);
  prims = (const StkPrim *) (gpointer) src->prims->data;
  first = dst->points->len;
  n_prims = dst->prims->len;
  g_ptr_array_add (dst->borrowed, g_rc_box_acquire (src->strings));
  for (guint i = 0; i < src->borrowed->len; i++)
    g_ptr_array_add (dst->borrowed, g_rc_box_acquire (g_ptr_array_index (src->borrowed, i)));
  g_array_set_size (dst->points, first + src->points->len);
  to_pts = &g_array_index (dst->points, StkPoint, first);
  for (guint i = 0; i < src->points->len; i++)
    {
      to_pts[i].x = dx + pts[i].x * k;
      to_pts[i].y = dy + pts[i].y * k;
    }
  g_array_set_size (dst->prims, n_prims + src->prims->len);
  to = &g_array_index (dst->prims, StkPrim, n_prims);
  for (guint i = 0; i < src->prims->len; i++)
    {
      StkPrim *p = &to[i];

      *p = prims[i];
      p->first += first;
      p->x = dx + p->x * k;
      p->y = dy + p->y * k;
      p->r *= k;
      p->size *= k;
      p->x0 = dx + p->x0 * k;
      p->x1 = dx + p->x1 * k;
      p->y0 = dy + p->y0 * k;
      p->y1 = dy + p->y1 * k;
      extend (dst, p);
    }
}

StkPrim *
_stk_drawing_get_prims_mutable (StkDrawing *drawing,
                                guint      *n_prims)
{
  if (drawing->measure)
    {
      *n_prims = 0;
      return NULL;
    }
  *n_prims = drawing->prims->len;
  return (StkPrim *) (gpointer) drawing->prims->data;
}

void
_stk_drawing_set_extents (StkDrawing *drawing,
                          double      width,
                          double      height)
{
  drawing->width = width;
  drawing->height = height;
}

void
_stk_drawing_finish (StkDrawing *drawing,
                     double      margin)
{
  double x0, y0, x1, y1;
  StkPoint *pts;

  if (drawing->measure)
    {
      /* The same extents as the drawing built: nothing to move. */
      measure_pending (drawing);
      if (drawing->mx0 > drawing->mx1)
        drawing->mx0 = drawing->my0 = drawing->mx1 = drawing->my1 = 0;
      drawing->width = drawing->mx1 - drawing->mx0 + 2 * margin;
      drawing->height = drawing->my1 - drawing->my0 + 2 * margin;
      return;
    }
  /* The extents of every primitive, kept as they were added. */
  pts = (StkPoint *) (gpointer) drawing->points->data;
  x0 = drawing->mx0;
  y0 = drawing->my0;
  x1 = drawing->mx1;
  y1 = drawing->my1;
  if (drawing->prims->len == 0)
    x0 = y0 = x1 = y1 = 0;
  /* Move everything so the extents start at (margin, margin). */
  for (guint i = 0; i < drawing->prims->len; i++)
    {
      StkPrim *p = &g_array_index (drawing->prims, StkPrim, i);
      double dx = margin - x0, dy = margin - y0;
      p->x += dx;
      p->y += dy;
      p->x0 += dx;
      p->x1 += dx;
      p->y0 += dy;
      p->y1 += dy;
    }
  for (guint i = 0; i < drawing->points->len; i++)
    {
      pts[i].x += margin - x0;
      pts[i].y += margin - y0;
    }
  /* Moved with them (rounding keeps the order, so these are still their
   * least and greatest). */
  if (drawing->prims->len > 0)
    {
      drawing->mx0 += margin - x0;
      drawing->mx1 += margin - x0;
      drawing->my0 += margin - y0;
      drawing->my1 += margin - y0;
    }
  drawing->width = x1 - x0 + 2 * margin;
  drawing->height = y1 - y0 + 2 * margin;
}
