/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check-private.h"

/* The catalog part itself, temperatures and soldering, and the
 * one-connector-per-board-pair rule (heights and clearances: stk-checks-assembly.c). */


static const StkSource *
types_source (const StkSeries *series,
              const char      *packaging_id)
{
  const StkPackaging *pkg = stk_series_find_packaging (series, packaging_id);

  return pkg ? pkg->source : stk_series_default_packaging (series)->source;
}

/* Part */

static void
part_mate (const StkCheckContext *ctx,
           GPtrArray             *results,
           guint                  index)
{
  StkMateRef ref;
  StkCheckResult *r;
  gboolean ok = _stk_check_resolve (ctx, index, &ref);
  const StkMate *m = ref.mate;

  if (ref.series == NULL)
    {
      r = _stk_check_add_mate (results, STK_CHECK_PART, "product", STK_STATUS_FAIL, &_stk_check_assembly_source, m);
      g_autofree char *known = stk_catalog_series_list (ctx->catalog);
      _stk_check_set_message (r, _("Unknown series “%s”: the catalog holds %s"), m->series, known);
      return;
    }
  if (!ok)
    {
      r = _stk_check_add_mate (results, STK_CHECK_PART, "boards", STK_STATUS_FAIL, &_stk_check_assembly_source, m);
      _stk_check_set_message (r, _("The socket and header must sit on two different boards of the stack"));
      return;
    }
  if (ref.product == NULL)
    {
      r = _stk_check_add_mate (results, STK_CHECK_PART, "product", STK_STATUS_FAIL,
                    types_source (ref.series, m->packaging), m);
      _stk_check_set_message (r, _("%s has no %s, %u-pin product in “%s” packaging"),
                              ref.series->id, _stk_check_len (ctx, m->mated_height_mm), m->pins, m->packaging);
      return;
    }
  r = _stk_check_add_mate (results, STK_CHECK_PART, "product", STK_STATUS_PASS, ref.product->source, m);
  _stk_check_set_message (r, _("Socket %s on %s, header %s on %s (%s, %s, %u pins, %s)"),
                          ref.product->socket, ref.socket_board->name, ref.product->header,
                          ref.header_board->name, ref.series->id, _stk_check_len (ctx, m->mated_height_mm), m->pins,
                          ref.product->packaging->label);

  /* A4S is made for board-to-FPC; on two rigid boards nothing takes up
   * the misalignment an FPC would. */
  if (ref.series->kind == STK_SERIES_BOARD_TO_FPC &&
      ref.socket_board->kind != STK_BOARD_FPC && ref.header_board->kind != STK_BOARD_FPC)
    {
      r = _stk_check_add_mate (results, STK_CHECK_PART, "fpc", STK_STATUS_WARNING, ref.series->features_source, m);
      _stk_check_set_message (r, _("%s is a board-to-FPC connector, but neither board is an FPC"),
                              ref.series->id);
    }
}

void
_stk_check_part (const StkCheckContext *ctx,
                 GPtrArray             *results)
{
  GPtrArray *mates = stk_project_get_mates (ctx->project);

  for (guint i = 0; i < mates->len; i++)
    part_mate (ctx, results, i);
  _stk_check_each_mate (ctx, results, _stk_check_inspection_part);
}

/* Temperature and soldering */

static const StkSpec *
spec (const StkSeries *series,
      const char      *id)
{
  const StkSpec *s = stk_series_find_spec (series, id);

  g_assert (s != NULL && s->has_value);
  return s;
}

static StkCheckResult *
add_series (GPtrArray       *results,
            const char      *item,
            gboolean         fails,
            const StkSpec   *limit,
            const StkSeries *series)
{
  StkCheckResult *r;

  r = _stk_check_add (results, STK_CHECK_TEMPERATURE, item, fails ? STK_STATUS_FAIL : STK_STATUS_PASS,
                      limit->source, g_strdup (STK_SUBJECT_STACK_ID),
                      /* Translators: the subject of a check on a whole series, e.g. "P4 connectors"
                       */
                      g_strdup_printf (_("%s connectors"), series->id));
  _stk_check_set_detail (r, "%s", limit->text);
  return r;
}

static void
temperature_series (const StkRequirements *req,
                    GPtrArray             *results,
                    const StkSeries       *series)
{
  const StkSpec *tmin = spec (series, "ambient_temp_min");
  const StkSpec *tmax = spec (series, "ambient_temp_max");
  const StkSpec *reflow = spec (series, "reflow_peak_max");
  const StkSpec *t1 = spec (series, "iron_temp_1"), *s1 = spec (series, "iron_time_1");
  const StkSpec *t2 = spec (series, "iron_temp_2"), *s2 = spec (series, "iron_time_2");
  StkCheckResult *r;

  r = add_series (results, "ambient-min", stk_checks_exceeds (tmin->value, req->ambient_min_c), tmin, series);
  _stk_check_set_value (r, req->ambient_min_c, tmin->value, req->ambient_min_c - tmin->value, "°C");
  _stk_check_set_message (r, _("Lowest ambient %.4g °C; the connector is rated down to %.4g °C"),
                          req->ambient_min_c, tmin->value);

  r = add_series (results, "ambient-max", stk_checks_exceeds (req->ambient_max_c, tmax->value), tmax, series);
  _stk_check_set_value (r, req->ambient_max_c, tmax->value, tmax->value - req->ambient_max_c, "°C");
  _stk_check_set_message (r, _("Highest ambient %.4g °C; the connector is rated up to %.4g °C"),
                          req->ambient_max_c, tmax->value);

  r = add_series (results, "reflow", stk_checks_exceeds (req->reflow_peak_c, reflow->value), reflow, series);
  _stk_check_set_value (r, req->reflow_peak_c, reflow->value, reflow->value - req->reflow_peak_c, "°C");
  _stk_check_set_message (r, _("Reflow peak %.4g °C; limit %.4g °C on the board around the terminals"),
                          req->reflow_peak_c, reflow->value);

  /* Two rules: up to T1 for at most S1, or up to T2 for at most S2. The
   * time limit of the first rule whose temperature covers the iron applies. */
  if (!stk_checks_exceeds (req->iron_temp_c, t2->value))
    {
      const StkSpec *time = stk_checks_exceeds (req->iron_temp_c, t1->value) ? s2 : s1;
      const StkSpec *temp = time == s1 ? t1 : t2;

      r = add_series (results, "iron", stk_checks_exceeds (req->iron_time_s, time->value), time, series);
      _stk_check_set_value (r, req->iron_time_s, time->value, time->value - req->iron_time_s, "s");
      _stk_check_set_message (r, _("Soldering iron %.4g °C for %.4g s; at up to %.4g °C at most %.4g s "
                                   "(datasheet: %.4g °C within %.4g s, %.4g °C within %.4g s)"),
                              req->iron_temp_c, req->iron_time_s, temp->value, time->value,
                              t1->value, s1->value, t2->value, s2->value);
    }
  else
    {
      r = add_series (results, "iron", TRUE, t2, series);
      _stk_check_set_value (r, req->iron_temp_c, t2->value, t2->value - req->iron_temp_c, "°C");
      _stk_check_set_message (r, _("Soldering iron %.4g °C is hotter than the %.4g °C the datasheet allows "
                                   "(for %.4g s)"), req->iron_temp_c, t2->value, s2->value);
    }
}

void
_stk_check_temperature (const StkCheckContext *ctx,
                        GPtrArray             *results)
{
  GPtrArray *mates = stk_project_get_mates (ctx->project);
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  GPtrArray *series = stk_catalog_get_series (ctx->catalog);

  /* Once per series in use: the limits are the same text in both catalogs,
   * but each record cites its own. */
  for (guint s = 0; s < series->len; s++)
    {
      const StkSeries *ser = g_ptr_array_index (series, s);

      for (guint i = 0; i < mates->len; i++)
        if (g_ascii_strcasecmp (((StkMate *) g_ptr_array_index (mates, i))->series, ser->id) == 0)
          {
            temperature_series (req, results, ser);
            _stk_check_storage_series (ctx, results, ser);
            break;
          }
    }
  _stk_check_handling (ctx, results);
}

/* One connector per board pair */

/* The same key for a pair of boards whichever way round the mate joins them. */
static char *
pair_key (const StkMate *m)
{
  gboolean swap = g_strcmp0 (m->socket_board, m->header_board) > 0;

  return g_strdup_printf ("%s\x1f%s", swap ? m->header_board : m->socket_board,
                          swap ? m->socket_board : m->header_board);
}

void
_stk_check_one_connector (const StkCheckContext *ctx,
                          GPtrArray             *results)
{
  GPtrArray *mates = stk_project_get_mates (ctx->project);
  const StkNote *note = _stk_check_note (ctx, "one_connector");
  /* pair key → the labels of every mate joining that pair, in project order */
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autofree char **keys = g_new0 (char *, mates->len);

  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      g_autofree char *key = pair_key (m);
      GPtrArray *names = g_hash_table_lookup (pairs, key);

      if (names == NULL)
        {
          names = g_ptr_array_new ();
          g_hash_table_insert (pairs, g_strdup (key), names);
        }
      g_ptr_array_add (names, (gpointer) stk_mate_get_label (m));
      keys[i] = g_steal_pointer (&key);
    }
  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      GPtrArray *names = g_hash_table_lookup (pairs, keys[i]);
      guint count = names->len;
      StkMateRef ref;
      StkCheckResult *r;

      g_free (keys[i]);
      if (!_stk_check_resolve (ctx, i, &ref))
        continue;
      r = _stk_check_add_mate (results, STK_CHECK_ONE_CONNECTOR, "pair", count > 1 ? STK_STATUS_FAIL : STK_STATUS_PASS,
                    note->source, m);
      /* Translators: the unit of a count of connectors joining one pair of boards */
      _stk_check_set_value (r, count, 1, 1.0 - count, N_("per board pair"));
      if (count > 1)
        {
          g_autofree char *list = NULL;

          g_ptr_array_add (names, NULL);
          list = g_strjoinv (", ", (char **) names->pdata);
          g_ptr_array_set_size (names, count);
          _stk_check_set_message (r, _("%u connectors (%s) join %s and %s: the datasheet says a pair of boards "
                                       "shall not be connected with multiple connectors"),
                                  count, list, ref.socket_board->name, ref.header_board->name);
        }
      else
        _stk_check_set_message (r, _("The only connector between %s and %s"),
                                ref.socket_board->name, ref.header_board->name);
      _stk_check_set_detail (r, "%s", note->text);
    }
}
