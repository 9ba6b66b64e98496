/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "stk-check.h"
#include "stk-i18n.h"

G_BEGIN_DECLS

/* What the checks panel says of a result, in the unit the user reads: the
 * cells of its row and its full explanation. */

typedef enum {
  STK_CHECK_COL_STATUS,
  STK_CHECK_COL_CHECK,
  STK_CHECK_COL_SUBJECT,
  STK_CHECK_COL_VALUE,
  STK_CHECK_COL_LIMIT,
  STK_CHECK_COL_MARGIN,
  STK_CHECK_COL_SOURCE,
  STK_CHECK_COL_MESSAGE,
  STK_CHECK_N_COLUMNS
} StkCheckColumn;

/* Translated: "Status", "Check", "About", … */
const char *stk_check_column_title   (StkCheckColumn        column);
char       *stk_check_cell_text      (const StkCheckResult *result,
                                      StkCheckColumn        column,
                                      StkUnits              units);
/* Pango markup: status, check and subject, message, detail, value, limit
 * and margin, every source, the verdict-strength note when a weak source
 * lowered it, and what to change to pass. */
char       *stk_check_explain_markup (const StkCheckResult *result,
                                      StkUnits              units);

G_END_DECLS
