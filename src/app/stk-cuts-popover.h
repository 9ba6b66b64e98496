/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-project.h"

G_BEGIN_DECLS

/* The user's section cuts: the list with a remove button each, and a row
 * to add one (along x or y, where, an optional label). Edits go through
 * the project's API; the list follows ::changed. */
#define STK_TYPE_CUTS_POPOVER (stk_cuts_popover_get_type ())
G_DECLARE_FINAL_TYPE (StkCutsPopover, stk_cuts_popover, STK, CUTS_POPOVER, GtkPopover)

void stk_cuts_popover_set_project (StkCutsPopover *self,
                                   StkProject     *project);

G_END_DECLS
