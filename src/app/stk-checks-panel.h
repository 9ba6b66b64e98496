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
/* The results, failing first, as StkRecordItem; row i of the table shows
 * item i. */
GListModel *stk_checks_panel_get_model     (StkChecksPanel *self);
/* "2 failed, 1 warning" */
const char *stk_checks_panel_get_summary   (StkChecksPanel *self);
/* Subject of the selected row, or NULL; what the canvas highlights. */
const char *stk_checks_panel_get_highlight (StkChecksPanel *self);
void        stk_checks_panel_select        (StkChecksPanel *self,
                                            guint           position);

G_END_DECLS
