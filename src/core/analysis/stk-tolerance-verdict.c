/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include "stk-tolerance.h"

#include <glib/gi18n-lib.h>

#include "stk-verdict.h"

/* The analysis's verdict in the checks' words, so that a summary can set
 * it beside theirs: an alignment check that passes and an analysis that
 * warns must both be read where the verdict is. */

/* Why the worst connectors are not passing: over the target, or too near
 * it to tell; and whether the window they were judged against is an
 * estimate (the provenance rule then caps a fail at a warning). */
static char *
describe_reason (GPtrArray *results,
                 StkStatus  worst)
{
  gboolean over = FALSE;
  gboolean estimated = FALSE;
  double target = 0;

  for (guint i = 0; i < results->len; i++)
    {
      const StkTolResult *r = g_ptr_array_index (results, i);

      if (r->status != worst)
        continue;
      over |= r->figures_status == STK_STATUS_FAIL;
      estimated |= r->weakened_by != NULL;
      target = r->target_ppm;
    }
  if (over && estimated)
    return g_strdup_printf (_("more than the %g ppm target outside the capture window, which is an estimate"),
                            target);
  if (over)
    return g_strdup_printf (_("more than the %g ppm target outside the capture window"), target);
  return g_strdup_printf (_("the fraction outside the capture window is too near the %g ppm target "
                            "to tell"), target);
}

char *
stk_tol_describe_verdict (GPtrArray *results)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n[STK_STATUS_FAIL + 1] = { 0 };
  g_autofree char *list = NULL;
  g_autofree char *reason = NULL;
  StkVerdict verdict;

  g_return_val_if_fail (results != NULL, NULL);

  for (guint i = 0; i < results->len; i++)
    n[((const StkTolResult *) g_ptr_array_index (results, i))->status]++;
  verdict = stk_verdict_from_counts (n);
  if (n[STK_STATUS_FAIL] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u connector fails", "%u connectors fail",
                                                          n[STK_STATUS_FAIL]), n[STK_STATUS_FAIL]));
  if (n[STK_STATUS_WARNING] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u connector warns", "%u connectors warn",
                                                          n[STK_STATUS_WARNING]), n[STK_STATUS_WARNING]));
  if (n[STK_STATUS_PASS] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u connector passes", "%u connectors pass",
                                                          n[STK_STATUS_PASS]), n[STK_STATUS_PASS]));
  if (n[STK_STATUS_INFO] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u connector for information",
                                                          "%u connectors for information", n[STK_STATUS_INFO]),
                                             n[STK_STATUS_INFO]));
  if (parts->len == 0)
    return g_strdup_printf (_("Tolerance analysis: %s: no connector to analyse"), stk_verdict_label (verdict));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of the verdict line. */
  list = g_strjoinv (_(", "), (char **) parts->pdata);
  if (verdict == STK_VERDICT_PASS)
    /* Translators: "Tolerance analysis: Pass: 3 connectors pass" */
    return g_strdup_printf (_("Tolerance analysis: %s: %s"), stk_verdict_label (verdict), list);
  reason = describe_reason (results, n[STK_STATUS_FAIL] > 0 ? STK_STATUS_FAIL : STK_STATUS_WARNING);
  /* Translators: "Tolerance analysis: Pass with warnings: 3 connectors warn (more than the 100 ppm target …)" */
  return g_strdup_printf (_("Tolerance analysis: %s: %s (%s)"), stk_verdict_label (verdict), list, reason);
}
