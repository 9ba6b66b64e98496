/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <string.h>

#include "stk-check-cache.h"

/* One result set per project, kept on the project itself so that it goes
 * with it and needs no registry. */
typedef struct {
  guint64     serial;
  StkCatalog *catalog;  /* compared only, never dereferenced */
  StkUnits    units;
  GPtrArray  *results;
} CheckCache;

#define CACHE_KEY "stk-check-cache"

static void
check_cache_free (gpointer data)
{
  CheckCache *cache = data;

  g_ptr_array_unref (cache->results);
  g_free (cache);
}

GPtrArray *
stk_checks_run_cached (StkProject *project,
                       StkCatalog *catalog,
                       StkUnits    units)
{
  CheckCache *cache;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), NULL);

  cache = g_object_get_data (G_OBJECT (project), CACHE_KEY);
  if (cache != NULL && cache->serial == stk_project_get_serial (project) && cache->catalog == catalog
      && cache->units == units)
    return g_ptr_array_ref (cache->results);
  cache = g_new0 (CheckCache, 1);
  cache->serial = stk_project_get_serial (project);
  cache->catalog = catalog;
  cache->units = units;
  cache->results = stk_checks_run_in (project, catalog, units);
  g_object_set_data_full (G_OBJECT (project), CACHE_KEY, cache, check_cache_free);
  return g_ptr_array_ref (cache->results);
}

gboolean
stk_check_result_same_subject (const StkCheckResult *a,
                               const StkCheckResult *b)
{
  return g_str_equal (a->check_id, b->check_id) && g_strcmp0 (a->item, b->item) == 0
         && g_strcmp0 (a->subject, b->subject) == 0;
}

gboolean
stk_check_result_equal (const StkCheckResult *a,
                        const StkCheckResult *b)
{
  return stk_check_result_same_subject (a, b) && a->status == b->status && a->figures_status == b->figures_status
         && a->has_value == b->has_value && a->value == b->value && a->has_limit == b->has_limit
         && a->limit == b->limit && a->margin == b->margin && a->user_override == b->user_override
         && g_strcmp0 (a->unit, b->unit) == 0 && g_strcmp0 (a->subject_label, b->subject_label) == 0
         && stk_check_message_equal (a->message_text, b->message_text)
         && stk_check_message_equal (a->detail_text, b->detail_text)
         && a->n_sources == b->n_sources
         && memcmp (a->sources, b->sources, a->n_sources * sizeof a->sources[0]) == 0
         && a->weakened_by == b->weakened_by;
}
