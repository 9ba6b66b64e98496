/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include "stk-tolerance.h"

#include <math.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "stk-tolerance-private.h"

/* What the adapter's contributors rest on when the project holds the
 * figure; the project's defaults carry their own sources. */
static const StkSource board_source = {
  STK_PROV_USER, N_("the board's placement accuracy (its mounting line), in the project"), NULL, NULL,
};

/* Pairs */

StkTolPair *
stk_tol_pair_new (const char      *id,
                  const char      *label,
                  double           length_mm,
                  double           capture_mm,
                  const StkSource *capture_source)
{
  StkTolPair *pair = g_new0 (StkTolPair, 1);

  pair->id = g_strdup (id);
  pair->label = g_strdup (label);
  pair->length_mm = length_mm;
  pair->capture_mm = capture_mm;
  pair->capture_source = capture_source;
  pair->contributors = g_array_new (FALSE, TRUE, sizeof (StkTolContributor));
  return pair;
}

void
stk_tol_pair_free (StkTolPair *pair)
{
  if (pair == NULL)
    return;
  for (guint i = 0; i < pair->contributors->len; i++)
    g_free (g_array_index (pair->contributors, StkTolContributor, i).name);
  g_array_unref (pair->contributors);
  g_free (pair->id);
  g_free (pair->label);
  g_free (pair);
}

void
stk_tol_pair_add (StkTolPair              *pair,
                  const StkTolContributor *contributor)
{
  StkTolContributor copy = *contributor;

  copy.name = g_strdup (contributor->name);
  g_array_append_val (pair->contributors, copy);
}

/* All cores */

typedef struct {
  const StkTolPair *pair;
  StkTolSettings    settings;
  StkTolResult     *result;
  GError           *error;
} Job;

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;

  job->result = stk_tol_run (job->pair, &job->settings, &job->error);
}

GPtrArray *
stk_tol_run_all (GPtrArray            *pairs,
                 const StkTolSettings *settings,
                 GError              **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_tol_result_free);
  g_autofree Job *jobs = g_new0 (Job, MAX (pairs->len, 1));
  GThreadPool *pool = g_thread_pool_new (run_job, NULL, (int) g_get_num_processors (), FALSE, NULL);
  GError *first = NULL;
  guint64 counter = 0, per_pair = settings->samples > 0 ? settings->samples : STK_TOL_DEFAULT_SAMPLES;

  for (guint i = 0; i < pairs->len; i++)
    {
      jobs[i].pair = g_ptr_array_index (pairs, i);
      jobs[i].settings = *settings;
      jobs[i].settings.counter = &counter;
      jobs[i].settings.counter_total = per_pair * pairs->len;
      jobs[i].settings.seed = _stk_rng_mix (settings->seed + i);
      g_thread_pool_push (pool, &jobs[i], NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  for (guint i = 0; i < pairs->len; i++)
    {
      /* a cancellation is reported as such, not as a pair's failure */
      if (jobs[i].error != NULL
          && (first == NULL || g_error_matches (jobs[i].error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
        {
          g_clear_error (&first);
          first = g_steal_pointer (&jobs[i].error);
        }
      g_clear_error (&jobs[i].error);
      g_ptr_array_add (results, jobs[i].result);
    }
  if (first == NULL && g_cancellable_set_error_if_cancelled (settings->cancellable, error))
    return NULL;
  if (first != NULL)
    {
      g_propagate_error (error, first);
      return NULL;
    }
  return g_steal_pointer (&results);
}

/* The project */

static void
add_placement (StkTolPair     *pair,
               const StkMate  *mate,
               const StkBoard *board,
               gboolean        header,
               const StkValue *rotation,
               const StkValue *band)
{
  /* the mate's rotation (0 or 90°) turns the board's X and Y into the
   * connector's along and across; one ± holds for both */
  gboolean turned = fmod (fabs (mate->rotation_deg), 180.0) == 90.0;
  g_autofree char *x = g_strdup_printf (header ? _("Header placement X on %s") : _("Socket placement X on %s"), board->name);
  g_autofree char *y = g_strdup_printf (header ? _("Header placement Y on %s") : _("Socket placement Y on %s"), board->name);
  g_autofree char *r = g_strdup_printf (header ? _("Header placement rotation on %s") : _("Socket placement rotation on %s"), board->name);
  StkTolContributor c = {
    .distribution = STK_TOL_NORMAL,
    .tolerance = band ? band->value : fabs (board->placement_accuracy_mm),
    .k = 3.0,
    .sign = header ? 1.0 : -1.0,
    .source = band ? band->source : &board_source,
  };

  c.name = x;
  c.axis = turned ? STK_TOL_ACROSS : STK_TOL_ALONG;
  stk_tol_pair_add (pair, &c);
  c.name = y;
  c.axis = turned ? STK_TOL_ALONG : STK_TOL_ACROSS;
  stk_tol_pair_add (pair, &c);
  c.name = r;
  c.axis = STK_TOL_ROTATION;
  c.tolerance = rotation->value;
  c.source = rotation->source;
  stk_tol_pair_add (pair, &c);
}

/* The board-to-board fixing, a locating pin in a hole: where the pin is,
 * where the hole is, and the pin anywhere in its play (half the diametral
 * clearance); each a disc, as a position tolerance is a zone. */
static void
add_fixing (StkTolPair            *pair,
            const StkTolSpec      *spec,
            const StkRequirements *req)
{
  StkValue values[] = {
    stk_tol_spec_pin_position (spec),
    stk_tol_spec_hole_position (spec),
    stk_tol_spec_pin_clearance (spec, req),
  };
  const char *names[] = {
    _("Locating-pin position"), _("Hole position"), _("Pin play in its hole"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      StkTolContributor c = {
        .name = (char *) names[i],
        .axis = STK_TOL_PLANE,
        .distribution = STK_TOL_RADIAL,
        .tolerance = fabs (values[i].value) / (i == 2 ? 2.0 : 1.0),
        .sign = 1.0,
        .source = values[i].source,
      };

      stk_tol_pair_add (pair, &c);
    }
}

/* The user's contributors on this mate (or on every one); a group's name
 * becomes one draw shared by its members within the pair. */
static void
add_user (StkTolPair       *pair,
          const StkMate    *mate,
          const StkTolSpec *spec)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < spec->contributors->len; i++)
    {
      const StkTolUserContributor *u = g_ptr_array_index (spec->contributors, i);
      StkTolContributor c = {
        .name = u->name,
        .axis = u->axis,
        .distribution = u->distribution,
        .nominal = u->nominal,
        .tolerance = u->tolerance,
        .k = u->k,
        .mean_shift = u->mean_shift,
        .sign = 1.0,
        .source = stk_source_user (),
      };

      if (u->mate != NULL && *u->mate && g_strcmp0 (u->mate, mate->id) != 0)
        continue;
      if (u->group != NULL && *u->group)
        {
          if (!g_hash_table_contains (groups, u->group))
            g_hash_table_insert (groups, u->group, GUINT_TO_POINTER (g_hash_table_size (groups) + 1));
          c.group = GPOINTER_TO_UINT (g_hash_table_lookup (groups, u->group));
        }
      stk_tol_pair_add (pair, &c);
    }
}

GPtrArray *
stk_tol_pairs_from_project (StkProject                 *project,
                            StkCatalog                 *catalog,
                            const StkTolProjectOptions *options)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_tol_pair_free);
  GPtrArray *mates = stk_project_get_mates (project);
  const StkRequirements *req = stk_project_get_requirements (project);
  const StkTolSpec *spec = stk_project_get_tolerance (project);
  StkValue band = stk_catalog_note_limit (catalog, "placement_error_high_mm");
  const StkValue *placement = options && options->catalog_placement && stk_value_is_set (&band) ? &band : NULL;
  StkValue rotation;

  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      const StkSeries *series = stk_catalog_find_series (catalog, m->series);
      const StkBoard *socket = stk_project_find_board (project, m->socket_board);
      const StkBoard *header = stk_project_find_board (project, m->header_board);
      StkValue dims[STK_N_DIMS];
      StkValue capture;
      StkTolPair *pair;

      if (series == NULL || socket == NULL || header == NULL || socket == header)
        continue;
      stk_series_dimensions (series, STK_ROLE_SOCKET, m->pins, m->mated_height_mm, dims);
      capture = req->capture_allowance_set
                ? (StkValue) { req->capture_allowance_mm, stk_source_user () }
                : series->capture_allowance;
      pair = stk_tol_pair_new (m->id, stk_mate_get_label (m),
                               stk_value_is_set (&dims[STK_DIM_A]) ? dims[STK_DIM_A].value : 0.0,
                               capture.value, capture.source);
      rotation = stk_tol_spec_board_rotation (spec, socket->id);
      add_placement (pair, m, socket, FALSE, &rotation, placement);
      rotation = stk_tol_spec_board_rotation (spec, header->id);
      add_placement (pair, m, header, TRUE, &rotation, placement);
      add_fixing (pair, spec, req);
      add_user (pair, m, spec);
      g_ptr_array_add (pairs, pair);
    }
  return pairs;
}

/* The run's settings as the project holds them. */
void
stk_tol_settings_from_project (StkTolSettings *settings,
                               StkProject     *project)
{
  const StkTolSpec *spec = stk_project_get_tolerance (project);

  *settings = (StkTolSettings) { spec->samples, spec->seed, spec->target_ppm };
}

/* The remembered run */

#define RESULTS_KEY "stk-tolerance-results"

typedef struct {
  guint64     serial;
  StkCatalog *catalog;  /* compared, not held: the catalog outlives projects */
  GPtrArray  *results;
} Remembered;

static void
remembered_free (gpointer data)
{
  Remembered *r = data;

  g_ptr_array_unref (r->results);
  g_free (r);
}

void
stk_tol_results_remember (StkProject *project,
                          StkCatalog *catalog,
                          guint64     serial,
                          GPtrArray  *results)
{
  Remembered *r;

  g_return_if_fail (STK_IS_PROJECT (project));
  g_return_if_fail (results != NULL);

  if (serial != stk_project_get_serial (project))
    return;  /* the project changed while it ran */
  r = g_new0 (Remembered, 1);
  r->serial = serial;
  r->catalog = catalog;
  r->results = g_ptr_array_ref (results);
  g_object_set_data_full (G_OBJECT (project), RESULTS_KEY, r, remembered_free);
}

GPtrArray *
stk_tol_results_recall (StkProject *project,
                        StkCatalog *catalog)
{
  Remembered *r;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);

  r = g_object_get_data (G_OBJECT (project), RESULTS_KEY);
  if (r == NULL || r->serial != stk_project_get_serial (project) || r->catalog != catalog)
    return NULL;
  return g_ptr_array_ref (r->results);
}

GPtrArray *
stk_tol_results_for_project (StkProject *project,
                             StkCatalog *catalog)
{
  g_autoptr(GPtrArray) pairs = NULL;
  GPtrArray *results;
  StkTolSettings settings;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);

  results = stk_tol_results_recall (project, catalog);
  if (results != NULL)
    return results;
  pairs = stk_tol_pairs_from_project (project, catalog, NULL);
  if (pairs->len == 0)
    return NULL;
  stk_tol_settings_from_project (&settings, project);
  results = stk_tol_run_all (pairs, &settings, NULL);
  if (results != NULL)
    stk_tol_results_remember (project, catalog, stk_project_get_serial (project), results);
  return results;
}
