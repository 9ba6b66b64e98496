/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* The one drawing path of Stackup. Canvas, printing and every export call
 * stk_draw_render() on a cairo context whose user units are millimetres of
 * the drawing (the caller sets the scale). */

typedef struct _StkDrawing StkDrawing; /* geometry computed from a project, no cairo state */

typedef struct {
  gboolean    dark;          /* light strokes on a dark background */
  gboolean    show_legend;
  gboolean    show_dimensions;
  const char *highlight;     /* a StkCheckResult subject to emphasise, or NULL */
  double      min_line_mm;   /* hairline width in drawing mm (callers pass 1 device px in mm) */
} StkDrawOptions;

StkDrawing *stk_drawing_new       (StkProject           *project,
                                   StkCatalog           *catalog);
void        stk_drawing_free      (StkDrawing           *drawing);
/* Bounding box of everything drawn, in mm, origin top-left. */
void        stk_drawing_get_extents (const StkDrawing   *drawing,
                                   double               *width_mm,
                                   double               *height_mm);
void        stk_draw_options_init (StkDrawOptions       *options);
void        stk_draw_render       (cairo_t              *cr,
                                   const StkDrawing     *drawing,
                                   const StkDrawOptions *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkDrawing, stk_drawing_free)

G_END_DECLS
