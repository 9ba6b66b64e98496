/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-check.h"
#include "stk-i18n.h"
#include "stk-table-row.h"

G_BEGIN_DECLS

/* A check result as a row of the checks panel: a StkTableRow of the
 * stk-check-text columns, its status as an icon and a colour, the texts
 * it shows read out whole to a screen reader; and the row of column
 * titles above them, of the same widths. */
GtkWidget  *stk_check_row_new          (void);
GtkWidget  *stk_check_row_new_titles   (void);
void        stk_check_row_show         (StkTableRow          *row,
                                        const StkCheckResult *result,
                                        StkUnits              units);
/* The icon of a status ("dialog-error-symbolic"). */
const char *stk_check_status_icon      (StkStatus             status);
/* Colours widget itself (not its children) as ui/stackup.css colours
 * .stk-status.error, .warning and .success. */
void        stk_check_set_status_class (GtkWidget            *widget,
                                        StkStatus             status);

G_END_DECLS
