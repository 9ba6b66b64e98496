/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-check-private.h"
#include "stk-check-cache.h"

/* Comparisons allow for rounding noise only: 0.3 % × 10 mm is exactly at
 * the 0.03 mm warp limit even though the double product is a hair above. */
#define STK_CHECK_EPS 1e-9

/* The table: the order is the order of the checks panel and the CLI. */
static const StkCheckDescriptor checks[] = {
  { STK_CHECK_PART,          N_("Catalog part"),                 _stk_check_part },
  { STK_CHECK_WARP,          N_("Board warp"),                   _stk_check_warp },
  { STK_CHECK_ALIGNMENT,     N_("Placement and mating alignment"), _stk_check_alignment },
  { STK_CHECK_STIFFENER,     N_("FPC reinforcing plate"),        _stk_check_stiffener },
  { STK_CHECK_ELECTRICAL,    N_("Current and voltage"),          _stk_check_electrical },
  { STK_CHECK_REVERSE,       N_("Reverse mating"),               _stk_check_reverse },
  { STK_CHECK_MECHANICAL,    N_("Mating forces and cycles"),     _stk_check_mechanical },
  { STK_CHECK_TEMPERATURE,   N_("Temperature and soldering"),    _stk_check_temperature },
  { STK_CHECK_STACK,         N_("Stack height and clearance"),   _stk_check_stack },
  { STK_CHECK_ONE_CONNECTOR, N_("One connector per board pair"), _stk_check_one_connector },
};

static const struct {
  const char *id;
  const char *label;
} statuses[] = {
  [STK_STATUS_PASS] = { "pass", N_("Pass") },
  [STK_STATUS_INFO] = { "info", N_("Info") },
  [STK_STATUS_WARNING] = { "warning", N_("Warning") },
  [STK_STATUS_FAIL] = { "fail", N_("Fail") },
};

/* Translations looked up by this thread, by the msgid's address, kept
 * while the language they were looked up in stays: gettext's own lookup
 * takes locks, and a run asks for the same few dozen strings. */
#define N_TRANSLATED 256

typedef struct {
  const char *msgid;
  const char *text;
  guint       language;
} Translated;

static _Thread_local Translated translated[N_TRANSLATED];
static _Thread_local guint current_language; /* 0: not in a run */
static _Thread_local guint n_languages;
static _Thread_local char language_key[256];

/* What gettext picks the language by: the messages locale and $LANGUAGE. */
static guint
language_now (void)
{
  const char *locale = setlocale (LC_MESSAGES, NULL);
  const char *language = g_getenv ("LANGUAGE");
  char key[sizeof language_key];
  int n = g_snprintf (key, sizeof key, "%s\n%s", locale ? locale : "", language ? language : "");

  /* A key too long to keep is never taken for the one before. */
  if (n_languages == 0 || n >= (int) sizeof key || !g_str_equal (key, language_key))
    {
      memcpy (language_key, key, sizeof key);
      if (++n_languages == 0)
        n_languages = 1;
    }
  return n_languages;
}

static GPtrArray *
new_results (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) stk_check_result_free);
}

/* Helpers shared by the check files (stk-check-private.h) */

const char *
_stk_check_gettext (const char *msgid)
{
  Translated *t = &translated[((guintptr) msgid >> 3) % N_TRANSLATED];

  if (current_language == 0)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if (t->msgid != msgid || t->language != current_language)
    *t = (Translated) { msgid, g_dgettext (GETTEXT_PACKAGE, msgid), current_language };
  return t->text;
}

static void
resolve (StkProject    *project,
         StkCatalog    *catalog,
         const StkMate *mate,
         StkMateRef    *ref)
{
  *ref = (StkMateRef) { .mate = mate };
  ref->series = stk_catalog_find_series (catalog, mate->series);
  ref->socket_index = stk_project_board_index (project, mate->socket_board);
  ref->header_index = stk_project_board_index (project, mate->header_board);
  if (ref->socket_index >= 0)
    ref->socket_board = g_ptr_array_index (stk_project_get_boards (project), ref->socket_index);
  if (ref->header_index >= 0)
    ref->header_board = g_ptr_array_index (stk_project_get_boards (project), ref->header_index);
  if (ref->series != NULL)
    ref->product = stk_series_find_product (ref->series, mate->mated_height_mm, mate->pins,
                                            mate->packaging);
  ref->checkable = ref->series != NULL && ref->socket_board != NULL && ref->header_board != NULL &&
                   ref->socket_index != ref->header_index && mate->pins > 0;
}

/* Every mate, looked up once for all the checks of a run (g_free () it). */
static StkMateRef *
resolve_all (StkProject *project,
             StkCatalog *catalog)
{
  GPtrArray *mates = stk_project_get_mates (project);
  StkMateRef *refs = g_new (StkMateRef, MAX (mates->len, 1));

  for (guint i = 0; i < mates->len; i++)
    resolve (project, catalog, g_ptr_array_index (mates, i), &refs[i]);
  return refs;
}

gboolean
_stk_check_resolve (const StkCheckContext *ctx,
                    guint                  index,
                    StkMateRef            *ref)
{
  *ref = ctx->mate_refs[index];
  return ref->checkable;
}

StkCheckResult *
_stk_check_add (GPtrArray       *results,
                const char      *check_id,
                const char      *item,
                StkStatus        status,
                const StkSource *limit_source,
                char            *subject,
                char            *subject_label)
{
  StkCheckResult *r = g_new0 (StkCheckResult, 1);

  g_assert (limit_source != NULL);
  r->check_id = check_id;
  r->item = item;
  r->status = status;
  r->limit_source = limit_source;
  r->sources[r->n_sources++] = limit_source;
  r->subject = subject;
  r->subject_label = subject_label;
  r->unit = "";
  g_ptr_array_add (results, r);
  return r;
}

void
_stk_check_rests_on (StkCheckResult  *result,
                     const StkSource *source)
{
  g_return_if_fail (source != NULL);
  for (guint i = 0; i < result->n_sources; i++)
    if (result->sources[i] == source)
      return;
  g_return_if_fail (result->n_sources < STK_CHECK_MAX_SOURCES);
  result->sources[result->n_sources++] = source;
}

void
_stk_check_set_value (StkCheckResult *result,
                      double          value,
                      double          limit,
                      double          margin,
                      const char     *unit)
{
  result->has_value = TRUE;
  result->has_limit = TRUE;
  result->value = value;
  result->limit = limit;
  /* 0.15 − (0.05 + 0.05 + 0.05) is −2.8e-17, not a failure by a hair:
   * no input is given to better than a nanometre. */
  result->margin = round (margin * 1e9) / 1e9;
  result->unit = unit;
}

void
_stk_check_set_figure (StkCheckResult *result,
                       double          value,
                       const char     *unit)
{
  _stk_check_set_value (result, value, 0, 0, unit);
  result->has_limit = FALSE;
}

void
_stk_check_text (StkCheckMessage **field,
                 const char       *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  stk_check_message_free (*field);
  *field = stk_check_message_new_va (NULL, format, args);
  va_end (args);
}

void
_stk_check_wrap_text (StkCheckMessage **field,
                      const char       *format,
                      ...)
{
  va_list args;

  if (*field == NULL)
    *field = stk_check_message_new ("%s", "");
  va_start (args, format);
  *field = stk_check_message_new_va (*field, format, args);
  va_end (args);
}

void
_stk_check_each_mate (const StkCheckContext *ctx,
                      GPtrArray             *results,
                      StkMateCheckFunc       func)
{
  GPtrArray *mates = stk_project_get_mates (ctx->project);

  for (guint i = 0; i < mates->len; i++)
    if (ctx->mate_refs[i].checkable)
      func (ctx, results, &ctx->mate_refs[i]);
}

StkCheckResult *
_stk_check_add_side (GPtrArray        *results,
                     const char       *check_id,
                     const char       *item,
                     StkStatus         status,
                     const StkSource  *limit_source,
                     const StkMateRef *ref,
                     StkRole           role)
{
  const StkBoard *board = role == STK_ROLE_SOCKET ? ref->socket_board : ref->header_board;
  const char *name = stk_mate_get_label (ref->mate);

  return _stk_check_add (results, check_id, item, status, limit_source,
                         stk_subject_mate_side (ref->mate->id, role),
                         /* Translators: "J1 socket on Main board" */
                         g_strdup_printf (role == STK_ROLE_SOCKET ? _("%s socket on %s") : _("%s header on %s"),
                                          name, board->name));
}

StkCheckResult *
_stk_check_add_mate (GPtrArray       *results,
                     const char      *check_id,
                     const char      *item,
                     StkStatus        status,
                     const StkSource *limit_source,
                     const StkMate   *mate)
{
  return _stk_check_add (results, check_id, item, status, limit_source,
                         stk_subject_mate (mate->id), g_strdup (stk_mate_get_label (mate)));
}

const StkNote *
_stk_check_note (const StkCheckContext *ctx,
                 const char            *id)
{
  const StkNote *note = stk_catalog_find_note (ctx->catalog, id);

  g_assert (note != NULL);
  return note;
}

const char *
_stk_check_family_note (const StkCheckContext *ctx,
                        const StkSeries       *series,
                        const StkNote         *note)
{
  return stk_note_printed_in (note, series) ? NULL : stk_catalog_notes_printed_in (ctx->catalog, series);
}

void
_stk_check_add_family (StkCheckResult *result,
                       const StkNote  *note,
                       const char     *family)
{
  if (family == NULL)
    return;
  /* Translators: a check's message, then the series whose catalogs print the note: "… (family note printed in the P4 catalog)" */
  _stk_check_wrap_message (result, _("%s (family note printed in the %s catalog)"), note->printed_in_list);
  if (result->detail_text != NULL)
    _stk_check_wrap_detail (result, "%s\n%s", family);
  else
    _stk_check_set_detail (result, "%s", family);
}

void
_stk_check_cite_note (const StkCheckContext *ctx,
                      StkCheckResult        *result,
                      const StkSeries       *series,
                      const StkNote         *note)
{
  _stk_check_set_detail (result, "%s", note->text);
  _stk_check_add_family (result, note, _stk_check_family_note (ctx, series, note));
}

const char *
_stk_check_num (const StkCheckContext *ctx,
                double                 mm)
{
  return stk_check_message_length (mm, ctx->units, FALSE);
}

const char *
_stk_check_len (const StkCheckContext *ctx,
                double                 mm)
{
  return stk_check_message_length (mm, ctx->units, TRUE);
}

/* The provenance rule, applied by the table driver to every record: the
 * verdict follows the weakest source it rests on. A low-confidence estimate
 * cannot make a failure, only a warning; a placeholder (or an estimate of
 * unknown confidence) cannot make a verdict at all, only information. */
static void
apply_provenance (StkCheckResult *r)
{
  const StkSource *weakest = NULL;
  StkStrength strength = STK_STRENGTH_FIRM;
  StkStatus allowed;

  r->figures_status = r->status;
  for (guint i = 0; i < r->n_sources; i++)
    if (stk_source_strength (r->sources[i]) < strength)
      {
        weakest = r->sources[i];
        strength = stk_source_strength (weakest);
      }
  if (strength == STK_STRENGTH_FIRM)
    return;
  allowed = strength == STK_STRENGTH_LOW ? MIN (r->status, STK_STATUS_WARNING) : STK_STATUS_INFO;
  if (allowed == r->status)
    return;

  r->status = allowed;
  r->weakened_by = weakest;
  if (strength == STK_STRENGTH_LOW)
    /* TRANSLATORS: appended to a check's message; the second %s names an
     * estimate ("mating capture allowance"), the third its confidence */
    _stk_check_wrap_message (r, _("%s; the figures alone would fail, but the verdict rests on the estimate "
                                  "“%s” (%s confidence): enter your own or the maker's figure for a firm "
                                  "verdict"),
                             stk_source_name (weakest), stk_source_confidence_label (weakest));
  else
    /* TRANSLATORS: appended to a check's message; the second %s is
     * "placeholder" or "estimate", the third names it, the fourth is its
     * confidence */
    _stk_check_wrap_message (r, _("%s; for information only: the verdict would rest on the %s “%s” (%s "
                                  "confidence): enter the real value for a verdict"),
                             stk_prov_kind_label (weakest->kind), stk_source_name (weakest),
                             stk_source_confidence_label (weakest));
}

/* Runs the descriptors from first to last, each with the provenance rule. */
static void
run_descriptors (const StkCheckContext *ctx,
                 guint                  first,
                 guint                  last,
                 GPtrArray             *results)
{
  guint outer_language = current_language;

  current_language = language_now ();
  for (guint k = first; k <= last; k++)
    {
      guint from = results->len;

      checks[k].run (ctx, results);
      for (guint i = from; i < results->len; i++)
        apply_provenance (g_ptr_array_index (results, i));
    }
  current_language = outer_language;
}

/* Public API */

const char *
stk_check_title (const char *check_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    if (g_str_equal (checks[i].id, check_id))
      return _(checks[i].title);
  return check_id;
}

StkStrength
stk_source_strength (const StkSource *source)
{
  g_return_val_if_fail (source != NULL, STK_STRENGTH_NONE);
  if (source->kind == STK_PROV_PLACEHOLDER)
    return STK_STRENGTH_NONE;
  if (source->kind != STK_PROV_ESTIMATE)
    return STK_STRENGTH_FIRM;
  if (g_strcmp0 (source->confidence, "high") == 0 || g_strcmp0 (source->confidence, "medium") == 0)
    return STK_STRENGTH_FIRM;
  if (g_strcmp0 (source->confidence, "low") == 0)
    return STK_STRENGTH_LOW;
  return STK_STRENGTH_NONE;
}

char *
stk_check_result_describe_sources (const StkCheckResult *result)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < result->n_sources; i++)
    {
      g_autofree char *one = stk_source_describe (result->sources[i]);
      g_string_append_printf (out, "%s%s", i ? "; " : "", one);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

const StkCheckDescriptor *
stk_checks_get_table (guint *n_checks)
{
  if (n_checks)
    *n_checks = G_N_ELEMENTS (checks);
  return checks;
}

/* Runs of the whole table, for stk_checks_get_run_count (). */
static guint run_count;

guint
stk_checks_get_run_count (void)
{
  return g_atomic_int_get (&run_count);
}

GPtrArray *
stk_checks_run_in (StkProject *project,
                   StkCatalog *catalog,
                   StkUnits    units)
{
  g_autoptr(StkPlacement) placement = NULL;
  g_autofree StkMateRef *refs = NULL;
  StkCheckContext ctx = { project, catalog, units, NULL, NULL };
  GPtrArray *results = new_results ();

  g_return_val_if_fail (STK_IS_PROJECT (project), results);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), results);

  g_atomic_int_inc (&run_count);
  ctx.placement = placement = stk_placement_new (project, catalog);
  ctx.mate_refs = refs = resolve_all (project, catalog);
  run_descriptors (&ctx, 0, G_N_ELEMENTS (checks) - 1, results);
  return results;
}

GPtrArray *
stk_checks_run (StkProject *project,
                StkCatalog *catalog)
{
  return stk_checks_run_in (project, catalog, STK_UNITS_MM);
}

GPtrArray *
stk_checks_run_one (StkProject *project,
                    StkCatalog *catalog,
                    const char *check_id)
{
  StkCheckContext ctx = { project, catalog, STK_UNITS_MM, NULL, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    if (g_strcmp0 (checks[i].id, check_id) == 0)
      {
        g_autoptr(StkPlacement) placement = stk_placement_new (project, catalog);
        g_autofree StkMateRef *refs = resolve_all (project, catalog);
        GPtrArray *results = new_results ();

        ctx.placement = placement;
        ctx.mate_refs = refs;
        run_descriptors (&ctx, i, i, results);
        return results;
      }
  return NULL;
}

StkCheckResult *
stk_checks_find (GPtrArray  *results,
                 const char *check_id,
                 const char *item,
                 const char *subject)
{
  for (guint i = 0; i < results->len; i++)
    {
      StkCheckResult *r = g_ptr_array_index (results, i);
      if ((check_id == NULL || g_str_equal (r->check_id, check_id)) &&
          (item == NULL || g_strcmp0 (r->item, item) == 0) &&
          (subject == NULL || g_strcmp0 (r->subject, subject) == 0))
        return r;
    }
  return NULL;
}

StkStatus
stk_checks_worst (GPtrArray *results)
{
  StkStatus worst = STK_STATUS_PASS;

  for (guint i = 0; results != NULL && i < results->len; i++)
    worst = MAX (worst, ((StkCheckResult *) g_ptr_array_index (results, i))->status);
  return worst;
}

/* A result's unit as people read it: "mm" and "°C", but "cycles" and
 * "pairs" are words (the checks mark them N_()); --json keeps the unit as is. */
const char *
stk_check_unit_label (const char *unit)
{
  return unit && *unit ? g_dgettext (GETTEXT_PACKAGE, unit) : "";
}

void
stk_check_result_free (StkCheckResult *result)
{
  if (result == NULL)
    return;
  g_free (result->subject);
  g_free (result->subject_label);
  stk_check_message_free (result->message_text);
  stk_check_message_free (result->detail_text);
  g_free (result);
}

const char *
stk_check_result_get_message (const StkCheckResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return stk_check_message_text (result->message_text);
}

const char *
stk_check_result_get_detail (const StkCheckResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return stk_check_message_text (result->detail_text);
}

const char *
stk_status_to_string (StkStatus status)
{
  g_return_val_if_fail (status <= STK_STATUS_FAIL, "unknown");
  return statuses[status].id;
}

const char *
stk_status_label (StkStatus status)
{
  g_return_val_if_fail (status <= STK_STATUS_FAIL, "?");
  return _(statuses[status].label);
}

gboolean
stk_checks_exceeds (double value,
                    double limit)
{
  return value > limit + STK_CHECK_EPS;
}

double
stk_checks_pin_current_limit (const StkSeries  *series,
                              double            derating,
                              const StkSource **source)
{
  const StkSpec *spec = stk_series_find_spec (series, "rated_current_per_pin");

  g_assert (spec != NULL && spec->has_value);
  if (source)
    *source = spec->source;
  return spec->value * derating;
}

guint
stk_checks_pins_for_current (double current_a,
                             double per_pin_limit_a)
{
  double pins;

  if (current_a <= 0 || per_pin_limit_a <= 0)
    return 0;
  pins = ceil (fabs (current_a) / per_pin_limit_a - STK_CHECK_EPS);
  /* Converting a double beyond guint is undefined; no part has that many pins anyway. */
  return pins >= (double) G_MAXUINT ? G_MAXUINT : (guint) pins;
}

double
stk_checks_clearance_needed (double lower_top_mm,
                             double upper_bottom_mm,
                             double margin_mm)
{
  return MAX (lower_top_mm, 0) + MAX (upper_bottom_mm, 0) + MAX (margin_mm, 0);
}

static gboolean
in_packaging (const StkProduct *product,
              const char       *packaging_id)
{
  return packaging_id != NULL && g_ascii_strcasecmp (product->packaging->id, packaging_id) == 0;
}

const StkProduct *
stk_checks_smallest_fitting (const StkSeries *series,
                             guint            pins,
                             const char      *preferred_packaging,
                             double           needed_mm)
{
  const StkProduct *best = NULL;

  for (guint i = 0; i < series->products->len; i++)
    {
      const StkProduct *p = g_ptr_array_index (series->products, i);

      if (p->pins != pins || stk_checks_exceeds (needed_mm, p->mated_height))
        continue;
      if (best == NULL || stk_checks_exceeds (best->mated_height, p->mated_height) ||
          (!stk_checks_exceeds (p->mated_height, best->mated_height) &&
           !in_packaging (best, preferred_packaging) && in_packaging (p, preferred_packaging)))
        best = p;
    }
  return best;
}
