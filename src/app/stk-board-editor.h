/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-form.h"
#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_BOARD_EDITOR (stk_board_editor_get_type ())
G_DECLARE_FINAL_TYPE (StkBoardEditor, stk_board_editor, STK, BOARD_EDITOR, GtkWidget)

GtkWidget *stk_board_editor_new       (void);
/* Edits the board with this id in project; NULL id shows nothing. The
 * editor follows the project's ::changed itself and edits through
 * stk_project_update_board (). */
void       stk_board_editor_bind      (StkBoardEditor *self,
                                       StkProject     *project,
                                       StkCatalog     *catalog,
                                       const char     *board_id);
void       stk_board_editor_set_units (StkBoardEditor *self,
                                       StkUnits        units);

G_END_DECLS
