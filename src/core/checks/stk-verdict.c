/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-verdict"

#include "stk-config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stk-verdict.h"

static const struct {
  const char *id;
  const char *label;
} verdicts[] = {
  [STK_VERDICT_PASS] = { "pass", N_("Pass") },
  [STK_VERDICT_PASS_WITH_WARNINGS] = { "pass-with-warnings", N_("Pass with warnings") },
  [STK_VERDICT_FAIL] = { "fail", N_("Fail") },
};

void
stk_verdict_count (GPtrArray        *results,
                   StkVerdictCounts *counts)
{
  g_return_if_fail (counts != NULL);

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; results != NULL && i < results->len; i++)
    counts->count[((StkCheckResult *) g_ptr_array_index (results, i))->status]++;
  counts->total = results != NULL ? results->len : 0;
  counts->verdict = stk_verdict_from_counts (counts->count);
}

StkVerdict
stk_verdict_from_counts (const guint count[STK_STATUS_FAIL + 1])
{
  if (count[STK_STATUS_FAIL] > 0)
    return STK_VERDICT_FAIL;
  if (count[STK_STATUS_WARNING] > 0)
    return STK_VERDICT_PASS_WITH_WARNINGS;
  return STK_VERDICT_PASS;
}

const char *
stk_verdict_label (StkVerdict verdict)
{
  g_return_val_if_fail (verdict <= STK_VERDICT_FAIL, "?");
  return _(verdicts[verdict].label);
}

const char *
stk_verdict_to_string (StkVerdict verdict)
{
  g_return_val_if_fail (verdict <= STK_VERDICT_FAIL, "?");
  return verdicts[verdict].id;
}

char *
stk_verdict_describe (const StkVerdictCounts *counts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const guint *n = counts->count;
  g_autofree char *list = NULL;

  /* Translators: the parts of the verdict line, e.g. "Fail: 2 failed, 1 warning, 40 passed". */
  if (n[STK_STATUS_FAIL] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u failed", "%u failed",
                                                          n[STK_STATUS_FAIL]), n[STK_STATUS_FAIL]));
  if (n[STK_STATUS_WARNING] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                          n[STK_STATUS_WARNING]), n[STK_STATUS_WARNING]));
  if (n[STK_STATUS_PASS] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u passed", "%u passed",
                                                          n[STK_STATUS_PASS]), n[STK_STATUS_PASS]));
  if (n[STK_STATUS_INFO] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u for information",
                                                          "%u for information", n[STK_STATUS_INFO]),
                                             n[STK_STATUS_INFO]));
  if (parts->len == 0)
    return g_strdup_printf (_("%s: no checks apply"), stk_verdict_label (counts->verdict));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of the verdict line. */
  list = g_strjoinv (_(", "), (char **) parts->pdata);
  /* Translators: "Pass with warnings: 1 warning, 40 passed". */
  return g_strdup_printf (_("%s: %s"), stk_verdict_label (counts->verdict), list);
}
