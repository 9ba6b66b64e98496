/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_TOLERANCE_PANEL (stk_tolerance_panel_get_type ())
G_DECLARE_FINAL_TYPE (StkTolerancePanel, stk_tolerance_panel, STK, TOLERANCE_PANEL, GtkWidget)

GtkWidget  *stk_tolerance_panel_new         (void);
/* Analyses the project now and again after each change (debounced), off
 * the main thread; a change cancels the run under way. */
void        stk_tolerance_panel_bind        (StkTolerancePanel *self,
                                             StkProject        *project,
                                             StkCatalog        *catalog);
gboolean    stk_tolerance_panel_get_running (StkTolerancePanel *self);
/* Stops the run under way; the figures shown stay those of the last run. */
void        stk_tolerance_panel_cancel      (StkTolerancePanel *self);
/* StkTolResult of the last finished run, in the project's mate order; NULL before. */
GPtrArray  *stk_tolerance_panel_get_results (StkTolerancePanel *self);

G_END_DECLS
