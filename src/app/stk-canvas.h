/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-draw.h"
#include "stk-sheet.h"
#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_CANVAS (stk_canvas_get_type ())
G_DECLARE_FINAL_TYPE (StkCanvas, stk_canvas, STK, CANVAS, GtkWidget)

GtkWidget        *stk_canvas_new           (void);
/* Follows the project: the drawing is rebuilt on each ::changed. */
void              stk_canvas_set_project   (StkCanvas  *self,
                                            StkProject *project,
                                            StkCatalog *catalog);
/* Every sheet one under another as one drawing: built (all of it) when
 * first asked for after a change, so what the canvas shows can be read
 * whole; the canvas itself builds only the sheets in sight. */
const StkDrawing *stk_canvas_get_drawing   (StkCanvas  *self);
/* The sheets it shows, each built when first drawn or asked for. */
const StkSheets  *stk_canvas_get_sheets    (StkCanvas  *self);
const char       *stk_canvas_get_highlight (StkCanvas  *self);
void              stk_canvas_set_highlight (StkCanvas  *self,
                                            const char *subject);
/* The unit of the drawing's labels (inch: mil with millimetres in brackets). */
void              stk_canvas_set_units     (StkCanvas  *self,
                                            StkUnits    units);
/* The colour of the highlight: the status of the result it shows. */
StkStatus         stk_canvas_get_highlight_status (StkCanvas *self);
void              stk_canvas_set_highlight_status (StkCanvas *self,
                                                   StkStatus  status);
gboolean          stk_canvas_get_dark      (StkCanvas  *self);
/* Pixels per drawing millimetre. */
double            stk_canvas_get_zoom      (StkCanvas  *self);
/* Multiplies the zoom, keeping the drawing point under (x, y) in place. */
void              stk_canvas_zoom_at       (StkCanvas  *self,
                                            double      factor,
                                            double      x,
                                            double      y);
/* The whole drawing in view (Ctrl+0); it opens larger when that is needed
 * for its lettering to read. */
void              stk_canvas_zoom_fit      (StkCanvas  *self);
/* Widget coordinates of a drawing point (mm). */
void              stk_canvas_to_widget     (StkCanvas  *self,
                                            double      x_mm,
                                            double      y_mm,
                                            double     *x,
                                            double     *y);

G_END_DECLS
