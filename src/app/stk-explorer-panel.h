/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-explorer.h"
#include "stk-form.h"
#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_EXPLORER_PANEL (stk_explorer_panel_get_type ())
G_DECLARE_FINAL_TYPE (StkExplorerPanel, stk_explorer_panel, STK, EXPLORER_PANEL, GtkWidget)

GtkWidget  *stk_explorer_panel_new         (void);
/* Prefills the constraints from this mate and its boards (NULL: the
 * project's requirements only) and follows the project's ::changed. */
void        stk_explorer_panel_bind        (StkExplorerPanel *self,
                                            StkProject       *project,
                                            StkCatalog       *catalog,
                                            const char       *mate_id);
void        stk_explorer_panel_set_units   (StkExplorerPanel *self,
                                            StkUnits          units);
/* The listed options, filtered: StkRecordItem of StkExplorerOption. */
GListModel *stk_explorer_panel_get_model   (StkExplorerPanel *self);
const StkExplorerConstraints *
            stk_explorer_panel_get_constraints (StkExplorerPanel *self);
void        stk_explorer_panel_select      (StkExplorerPanel *self,
                                            guint             position);
/* Series, height, pins and packaging of the selected option onto the mate,
 * as one edit. FALSE when nothing is selected. */
gboolean    stk_explorer_panel_apply       (StkExplorerPanel *self);

G_END_DECLS
