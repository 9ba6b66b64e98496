/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-check.h"

G_BEGIN_DECLS

/* The records of every check for the project as it is now, shared by all
 * who show them: the checks run once per project change (the project's
 * serial), catalog and units, not once per view. The array is a new
 * reference; its records are not to be changed. A change made to the
 * structs without a ::changed is not seen: edit through the project. */
GPtrArray *stk_checks_run_cached   (StkProject *project,
                                    StkCatalog *catalog,
                                    StkUnits    units);
/* How many times the whole check table ran in this process (for tests
 * that count the runs an edit costs). */
guint      stk_checks_get_run_count (void);

/* For views that keep what they show across runs: the same check, item
 * and subject (the "same row" after an edit) … */
gboolean   stk_check_result_same_subject (const StkCheckResult *a,
                                          const StkCheckResult *b);
/* … and everything a view shows of the record the same too. */
gboolean   stk_check_result_equal        (const StkCheckResult *a,
                                          const StkCheckResult *b);

G_END_DECLS
