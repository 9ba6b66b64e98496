/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* "Add Connector": what a new connector on the carrier board joins. By
 * default a new board or FPC the carrier carries (kind and name asked),
 * else one of the boards it may join (stk_placement_can_join: never a pair
 * already joined, never a loop). Add makes the change, one undo step, emits
 * ::added with the new mate's id and closes. */
#define STK_TYPE_CONNECTOR_DIALOG (stk_connector_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StkConnectorDialog, stk_connector_dialog, STK, CONNECTOR_DIALOG, GtkWindow)

GtkWidget *stk_connector_dialog_new (GtkWindow  *parent,
                                     StkProject *project,
                                     StkCatalog *catalog,
                                     const char *carrier_id);

G_END_DECLS
