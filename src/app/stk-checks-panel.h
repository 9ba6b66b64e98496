/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-form.h"
#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_CHECKS_PANEL (stk_checks_panel_get_type ())
G_DECLARE_FINAL_TYPE (StkChecksPanel, stk_checks_panel, STK, CHECKS_PANEL, GtkWidget)

GtkWidget  *stk_checks_panel_new           (void);
/* Runs the checks on every ::changed of the project while the panel is
 * mapped, and when it is mapped after changes it did not see. */
void        stk_checks_panel_set_project   (StkChecksPanel *self,
                                            StkProject     *project,
                                            StkCatalog     *catalog);
void        stk_checks_panel_set_units     (StkChecksPanel *self,
                                            StkUnits        units);
/* Remembers the split between list and explanation, and the filter and
 * order, in settings. */
void        stk_checks_panel_bind_settings (StkChecksPanel *self,
                                            GSettings      *settings);
/* The results the list shows (StkRecordItem), in its order (worst first
 * unless the user chose another); row i of the list shows item i. */
GListModel *stk_checks_panel_get_model     (StkChecksPanel *self);
/* "2 failed, 1 warning" */
/* The summary shown anew, the checks' verdict with the tolerance
 * analysis's: call it when the analysis has finished a run. */
void        stk_checks_panel_refresh_summary (StkChecksPanel *self);
const char *stk_checks_panel_get_summary   (StkChecksPanel *self);
/* Subject of the selected row, or NULL; what the canvas highlights. */
const char *stk_checks_panel_get_highlight (StkChecksPanel *self);
/* The explanation beside the list: the selected result in full. */
const char *stk_checks_panel_get_detail    (StkChecksPanel *self);
/* Selects the row at position (GTK_INVALID_LIST_POSITION: none). */
void        stk_checks_panel_select        (StkChecksPanel *self,
                                            guint           position);

G_END_DECLS
