/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-form.h"
#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_MATE_EDITOR (stk_mate_editor_get_type ())
G_DECLARE_FINAL_TYPE (StkMateEditor, stk_mate_editor, STK, MATE_EDITOR, GtkWidget)

GtkWidget *stk_mate_editor_new       (void);
/* Edits the mate with this id; follows the project's ::changed itself and
 * edits through stk_project_update_mate (). */
void       stk_mate_editor_bind      (StkMateEditor *self,
                                      StkProject    *project,
                                      StkCatalog    *catalog,
                                      const char    *mate_id);
void       stk_mate_editor_set_units (StkMateEditor *self,
                                      StkUnits       units);

G_END_DECLS
