/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "stk-catalog.h"
#include "stk-check.h"
#include "stk-i18n.h"
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
  StkStatus   highlight_status; /* its result's: red for a failure (the default), amber for a
                                 * warning, blue for a pass or information */
  double      min_line_mm;   /* hairline width in drawing mm (callers pass 1 device px in mm) */
  gboolean    background;    /* paint the paper colour under the extents first (default TRUE) */
} StkDrawOptions;

/* The views of a project (stk-drawing-layout.c): one socket-and-header
 * view per distinct pair of parts (mates drawn alike share one, in order
 * of their first mate), the assembly's top view, one section per placed
 * mate and per user cut (stk_project_get_section_cuts), the legend. View
 * index is drawn for a sheet at scale paper mm per drawing mm: its
 * lettering and lines are paper sized at that scale. */
guint       stk_drawing_count_views (StkProject         *project,
                                     StkCatalog         *catalog);
StkDrawing *stk_drawing_new_view  (StkProject           *project,
                                   StkCatalog           *catalog,
                                   guint                 index,
                                   double                scale);
/* Every view one under another, drawn for the given scale. */
StkDrawing *stk_drawing_new_at_scale (StkProject        *project,
                                   StkCatalog           *catalog,
                                   double                scale);
/* stk_drawing_new_at_scale() at 1:1. */
StkDrawing *stk_drawing_new       (StkProject           *project,
                                   StkCatalog           *catalog);
/* The same, its labels' lengths in units: for inch "31.5 mil [0.8 mm]", as
 * on a dual-dimensioned drawing (stk_drawing_new: millimetres). Exports for
 * files (DXF) keep millimetres whatever the labels say. */
StkDrawing *stk_drawing_new_in    (StkProject           *project,
                                   StkCatalog           *catalog,
                                   StkUnits              units);
void        stk_drawing_free      (StkDrawing           *drawing);
/* Bounding box of everything drawn, in mm, origin top-left. */
void        stk_drawing_get_extents (const StkDrawing   *drawing,
                                   double               *width_mm,
                                   double               *height_mm);
void        stk_draw_options_init (StkDrawOptions       *options);
void        stk_draw_render       (cairo_t              *cr,
                                   const StkDrawing     *drawing,
                                   const StkDrawOptions *options);
/* A sheet too small on screen to be read (the canvas zoomed far out):
 * only its outline, width × height mm from the origin, in the frame's ink
 * and a hairline (options->min_line_mm), so its contents need not be
 * built. */
void        stk_draw_sheet_outline (cairo_t             *cr,
                                   double                width_mm,
                                   double                height_mm,
                                   const StkDrawOptions *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkDrawing, stk_drawing_free)

G_END_DECLS
