/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-check.h"

G_BEGIN_DECLS

/* The design's one verdict: what the app's summary, `stackup-cli check` and
 * the design note all say, in the same words. Figures given for information
 * never make a design less than passing. */
typedef enum {
  STK_VERDICT_PASS,
  STK_VERDICT_PASS_WITH_WARNINGS,
  STK_VERDICT_FAIL,
} StkVerdict;

typedef struct {
  guint      count[STK_STATUS_FAIL + 1]; /* records per status */
  guint      total;
  StkVerdict verdict;
} StkVerdictCounts;

void        stk_verdict_count      (GPtrArray              *results,
                                    StkVerdictCounts       *counts);
/* The verdict of anything counted by status (check records, the tolerance
 * analysis's connectors): a failure fails it, a warning warns. */
StkVerdict  stk_verdict_from_counts (const guint           count[STK_STATUS_FAIL + 1]);
/* "Pass", "Pass with warnings", "Fail" (translated). */
const char *stk_verdict_label      (StkVerdict              verdict);
/* "pass", "pass-with-warnings", "fail": for --json and tools. */
const char *stk_verdict_to_string  (StkVerdict              verdict);
/* "Pass with warnings: 1 warning, 40 passed, 4 for information" (translated;
 * counts of zero are left out, failures first). */
char       *stk_verdict_describe   (const StkVerdictCounts *counts);

G_END_DECLS
