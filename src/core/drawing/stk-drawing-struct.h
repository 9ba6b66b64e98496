/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-drawing.h"

G_BEGIN_DECLS

/* StkDrawing's insides, for the two files that build one: stk-drawing.c
 * (primitives, strings, extents) and stk-drawing-annotate.c (dimensions,
 * hatching, wrapped notes, value texts). Nothing else reads them. */

/* A drawing's strings. A drawing that takes in another's primitives
 * (a view placed on a sheet, the sheets in a strip) keeps a reference to
 * the other's pool instead of copying each string: the pools outlive the
 * drawings they were filled for. */
typedef struct {
  GStringChunk *chunk;
} StringPool;

struct _StkDrawing
{
  GArray       *prims;   /* StkPrim */
  GArray       *points;  /* StkPoint */
  StringPool   *strings; /* its own: its texts, and its layers and subjects unless shared */
  StringPool   *interned; /* where its layers and subjects are interned: its own or, also in borrowed, another's */
  GPtrArray    *borrowed; /* StringPool: the pools of what was appended */
  const char   *dimension_layer; /* "DIMENSION" interned, once */
  char         *title;
  char         *caption;
  StkPen        pen;
  double        scale;   /* paper mm per drawing mm the annotations are sized for */
  double        width, height;
  StkUnits      units;   /* of the lengths in its labels */
  gboolean      overview; /* drawn at a smaller scale when it does not fit, never setting the sheet's */
  /* Measuring (_stk_drawing_new_measure): no primitive is kept; each is
   * written into scratch and its box added to the running extents when the
   * next one starts, or at _stk_drawing_finish. */
  gboolean      measure;
  gboolean      scratch_used;
  StkPrim       scratch;
  /* The extents so far: of what a measure took in, or of every primitive
   * a drawing holds (each added when complete), so that finishing it need
   * not read them all again. */
  double        mx0, my0, mx1, my1;
};

/* s in the drawing's pool of layers and subjects. */
const char *_stk_drawing_intern      (StkDrawing *self,
                                      const char *s);
/* The width n characters of capital height size take (DejaVu Sans). */
double      _stk_drawing_chars_width (glong       n_chars,
                                      double      size);

G_END_DECLS
