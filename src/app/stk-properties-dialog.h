/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-project.h"

G_BEGIN_DECLS

/* Project properties: what the drawing's title block says (name, drawing
 * number, drawn/checked/approved by, revision, date) and the notes. Each
 * field edits the project as it is typed, through its properties, so the
 * sheets, undo and saving follow like any other edit. */

#define STK_TYPE_PROPERTIES_DIALOG (stk_properties_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StkPropertiesDialog, stk_properties_dialog, STK, PROPERTIES_DIALOG, GtkWindow)

StkPropertiesDialog *stk_properties_dialog_new (GtkWindow  *parent,
                                                StkProject *project);

G_END_DECLS
