/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-form.h"
#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_REQUIREMENTS_EDITOR (stk_requirements_editor_get_type ())
G_DECLARE_FINAL_TYPE (StkRequirementsEditor, stk_requirements_editor, STK, REQUIREMENTS_EDITOR, GtkWidget)

GtkWidget *stk_requirements_editor_new       (void);
void       stk_requirements_editor_bind      (StkRequirementsEditor *self,
                                              StkProject            *project);
void       stk_requirements_editor_set_units (StkRequirementsEditor *self,
                                              StkUnits               units);

G_END_DECLS
