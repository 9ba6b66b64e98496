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

/* What the title block of a printed page says. NULL fields stay empty. */
typedef struct {
  const char *project;
  const char *author;
  const char *date;
  const char *revision;
  const char *version;       /* "Stackup 0.1.0" */
} StkTitleBlock;

/* Where stk_draw_page() put things, in paper mm, for callers and tests. */
typedef struct {
  double scale;              /* paper mm per drawing mm actually used */
  double area_x, area_y, area_w, area_h; /* the drawing area */
  double bar_x, bar_y;       /* left end of the scale bar */
  double bar_mm;             /* scale bar length in drawing mm */
} StkPageLayout;

#define STK_PAGE_SCALE_FIT 0.0

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
/* One printed page: frame, drawing at scale (1, 2, 5, 10 paper mm per
 * drawing mm, or STK_PAGE_SCALE_FIT), scale bar and title block. cr's user
 * units are paper millimetres, origin at the page's top-left corner. A
 * drawing larger than the area at a fixed scale is clipped to it. */
void        stk_draw_page         (cairo_t              *cr,
                                   const StkDrawing     *drawing,
                                   const StkDrawOptions *options,
                                   double                page_width_mm,
                                   double                page_height_mm,
                                   double                scale,
                                   const StkTitleBlock  *title,
                                   StkPageLayout        *layout);
/* A scale bar of a round length, 15 to 50 mm on paper, lower left end at
 * (x, y) paper mm; returns its length in drawing mm. */
double      stk_draw_scale_bar    (cairo_t              *cr,
                                   double                x,
                                   double                y,
                                   double                scale);
/* "1:1", "5:1", "1:2" */
char       *stk_draw_format_scale (double                scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkDrawing, stk_drawing_free)

G_END_DECLS
