/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-form.h"
#include "stk-i18n.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* A board's keep-outs for tall parts: a list to pick one from, Add and
 * Remove, and the picked one's label, face, centre, size and height.
 * Every edit goes through stk_project_set_keepouts(); a value the project
 * refuses stays in its field with the reason under the fields. Follows
 * the project's ::changed by itself. */
#define STK_TYPE_KEEPOUT_EDITOR (stk_keepout_editor_get_type ())
G_DECLARE_FINAL_TYPE (StkKeepoutEditor, stk_keepout_editor, STK, KEEPOUT_EDITOR, GtkWidget)

GtkWidget *stk_keepout_editor_new        (void);
void       stk_keepout_editor_bind       (StkKeepoutEditor *self,
                                          StkProject       *project,
                                          const char       *board_id);
void       stk_keepout_editor_set_units  (StkKeepoutEditor *self,
                                          StkUnits          units);
/* Lines up its two forms (the picker's and the fields') with form, as the
 * outline editor does. */
void       stk_keepout_editor_align_with (StkKeepoutEditor *self,
                                          StkForm          *form);

G_END_DECLS
