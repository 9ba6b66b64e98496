/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-project.h"

G_BEGIN_DECLS

/* The tolerance analysis's inputs on the Tolerance page: samples, seed and
 * target; the placement rotation and the fixing with where each figure
 * comes from; the user's contributors as editable rows. Every edit goes
 * through the project's API; the widgets follow the project's
 * ::changed::tolerance (and ::all, ::mates, ::requirements). */
#define STK_TYPE_TOLERANCE_INPUTS (stk_tolerance_inputs_get_type ())
G_DECLARE_FINAL_TYPE (StkToleranceInputs, stk_tolerance_inputs, STK, TOLERANCE_INPUTS, GtkWidget)

GtkWidget *stk_tolerance_inputs_new  (void);
void       stk_tolerance_inputs_bind (StkToleranceInputs *self,
                                      StkProject         *project);

G_END_DECLS
