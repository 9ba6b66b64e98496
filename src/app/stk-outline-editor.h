/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-form.h"

#include "stk-catalog.h"
#include "stk-i18n.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* A board's outline: "around its connectors" (the default the placement
 * computes, shown but not editable) or length, width and the corner's
 * x and y. A value the project refuses (stk_project_set_board_outline) is
 * kept in its field with the reason under the fields, and the board keeps
 * its outline. Follows the project's ::changed by itself. */
#define STK_TYPE_OUTLINE_EDITOR (stk_outline_editor_get_type ())
G_DECLARE_FINAL_TYPE (StkOutlineEditor, stk_outline_editor, STK, OUTLINE_EDITOR, GtkWidget)

GtkWidget *stk_outline_editor_new       (void);
void       stk_outline_editor_bind      (StkOutlineEditor *self,
                                         StkProject       *project,
                                         StkCatalog       *catalog,
                                         const char       *board_id);
void       stk_outline_editor_set_units (StkOutlineEditor *self,
                                         StkUnits          units);
/* Gives its labels the width of those of form (an stk_form_new() grid it
 * is a row of), so that the fields of both start on one line. */
void       stk_outline_editor_align_with (StkOutlineEditor *self,
                                          StkForm          *form);

G_END_DECLS
