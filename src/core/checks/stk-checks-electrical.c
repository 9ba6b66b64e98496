/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check-private.h"

/* Current and voltage per net, and what a mating turned by 180° connects. */

/* A derated per-pin limit rests on two sources: the datasheet's rating and
 * the user's derating. */
static const StkSource derating_source = {
  STK_PROV_USER, N_("Current derating factor in the project's requirements"), NULL, N_("current derating"),
};

static char *
net_subject (const StkMate *mate,
             const StkNet  *net)
{
  return stk_subject_net (mate->id, net->name);
}

static char *
net_label (const StkMate *mate,
           const StkNet  *net)
{
  /* TRANSLATORS: "VBAT on J1" */
  return g_strdup_printf (_("%s on %s"), net->name, stk_mate_get_label (mate));
}

static void
net_current (GPtrArray        *results,
             const StkMateRef *ref,
             const StkNet     *net,
             double            limit,
             const StkSpec    *rated,
             double            derating)
{
  const StkMate *m = ref->mate;
  guint pins = stk_mate_count_net_pins (m, net->name);
  guint need = stk_checks_pins_for_current (net->current_a, limit);
  double current = fabs (net->current_a);
  StkCheckMessage *needs;
  StkCheckResult *r;

  if (pins == 0)
    {
      /* Without any assignment the fewest pins is advice; with one, a net
       * that carries current on no pin is an error in the assignment. */
      gboolean assigned = stk_mate_has_assignment (m);
      r = _stk_check_add (results, STK_CHECK_ELECTRICAL, "per-pin",
                          assigned ? STK_STATUS_FAIL : STK_STATUS_INFO, rated->source,
                          net_subject (m, net), net_label (m, net));
      if (derating != 1.0)
        _stk_check_rests_on (r, &derating_source);
      _stk_check_set_value (r, current, limit, -current, "A");
      _stk_check_set_message (r, g_dngettext (GETTEXT_PACKAGE,
                                              "%.4g A with no pin assigned; at %.4g A per pin (%.4g A × "
                                              "derating %.4g) it needs at least %u pin",
                                              "%.4g A with no pin assigned; at %.4g A per pin (%.4g A × "
                                              "derating %.4g) it needs at least %u pins", need),
                              current, limit, rated->value, derating, need);
      return;
    }

  r = _stk_check_add (results, STK_CHECK_ELECTRICAL, "per-pin",
                      stk_checks_exceeds (current / pins, limit) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                      rated->source, net_subject (m, net), net_label (m, net));
  if (derating != 1.0)
    _stk_check_rests_on (r, &derating_source);
  _stk_check_set_value (r, current / pins, limit, limit - current / pins, "A");
  /* Two counts, two plurals: the pins it has, the pins it needs. */
  needs = stk_check_message_new (g_dngettext (GETTEXT_PACKAGE, "needs at least %u pin", "needs at least %u pins",
                                              need), need);
  _stk_check_set_message (r, g_dngettext (GETTEXT_PACKAGE,
                                          "%.4g A on %u pin = %.4g A per pin; limit %.4g A (%.4g A × "
                                          "derating %.4g); %s",
                                          "%.4g A on %u pins = %.4g A per pin; limit %.4g A (%.4g A × "
                                          "derating %.4g); %s", pins),
                          current, pins, current / pins, limit, rated->value, derating,
                          stk_check_message_nested (needs));
  _stk_check_set_detail (r, "%s", rated->text);
}

static void
net_voltage (GPtrArray        *results,
             const StkMateRef *ref,
             const StkNet     *net,
             const StkSpec    *rated)
{
  double v = fabs (net->voltage_v);
  StkCheckResult *r;

  r = _stk_check_add (results, STK_CHECK_ELECTRICAL, "voltage",
                      stk_checks_exceeds (v, rated->value) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                      rated->source, net_subject (ref->mate, net), net_label (ref->mate, net));
  _stk_check_set_value (r, v, rated->value, rated->value - v, "V");
  _stk_check_set_message (r, _("%.4g V; rated voltage %.4g V"), v, rated->value);
  _stk_check_set_detail (r, "%s", rated->text);
}

static void
electrical_mate (const StkCheckContext *ctx,
                 GPtrArray             *results,
                 const StkMateRef      *ref)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  const StkSpec *per_pin = stk_series_find_spec (ref->series, "rated_current_per_pin");
  const StkSpec *total_spec = stk_series_find_spec (ref->series, "rated_current_total");
  const StkSpec *voltage = stk_series_find_spec (ref->series, "rated_voltage");
  double limit = stk_checks_pin_current_limit (ref->series, req->current_derating, NULL);
  double total = 0;
  StkCheckResult *r;

  g_assert (total_spec != NULL && voltage != NULL);
  for (guint i = 0; i < ref->mate->nets->len; i++)
    {
      const StkNet *net = g_ptr_array_index (ref->mate->nets, i);

      if (net->current_a != 0)
        net_current (results, ref, net, limit, per_pin, req->current_derating);
      if (net->voltage_v != 0)
        net_voltage (results, ref, net, voltage);
      total += fabs (net->current_a);
    }
  if (total == 0)
    return;

  /* Every net's current counts, supply and return alike: the datasheet
   * limits the sum "at total pin contacts". Derating is applied per pin only,
   * as the issue states the 5 A total plainly. */
  r = _stk_check_add_mate (results, STK_CHECK_ELECTRICAL, "total",
                           stk_checks_exceeds (total, total_spec->value) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                           total_spec->source, ref->mate);
  _stk_check_set_value (r, total, total_spec->value, total_spec->value - total, "A");
  _stk_check_set_message (r, _("%.4g A through all pin contacts (every net, supply and return); "
                               "limit %.4g A"), total, total_spec->value);
  _stk_check_set_detail (r, _("%s (datasheet). Counting supply and return currents alike is Stackup's "
                              "reading of “at total pin contacts”, the safe one."), total_spec->text);
}

void
_stk_check_electrical (const StkCheckContext *ctx,
                       GPtrArray             *results)
{
  _stk_check_each_mate (ctx, results, electrical_mate);
}

/* Reverse mating */

static StkNetKind
pin_kind (const StkMate *mate,
          const char    *name)
{
  const StkNet *net = name ? stk_mate_find_net (mate, name) : NULL;

  /* A pin named after a net the mate does not list is a signal. */
  return net ? net->kind : STK_NET_SIGNAL;
}

/* Fail: a supply meets ground or a different supply (heat, smoke, fire).
 * Warning: a supply lands on a signal pin. Anything else is harmless. */
static StkStatus
pair_status (const StkMate *mate,
             const char    *a,
             const char    *b)
{
  StkNetKind ka, kb;

  if (a == NULL || b == NULL || g_str_equal (a, b))
    return STK_STATUS_PASS;
  ka = pin_kind (mate, a);
  kb = pin_kind (mate, b);
  if (ka == STK_NET_SUPPLY && kb == STK_NET_SUPPLY)
    return STK_STATUS_FAIL;
  if ((ka == STK_NET_SUPPLY && kb == STK_NET_GROUND) || (ka == STK_NET_GROUND && kb == STK_NET_SUPPLY))
    return STK_STATUS_FAIL;
  if ((ka == STK_NET_SUPPLY && kb == STK_NET_SIGNAL) || (ka == STK_NET_SIGNAL && kb == STK_NET_SUPPLY))
    return STK_STATUS_WARNING;
  return STK_STATUS_PASS;
}

static void
reverse_mate (const StkCheckContext *ctx,
              GPtrArray             *results,
              const StkMateRef      *ref)
{
  const StkMate *m = ref->mate;
  const StkNote *note = _stk_check_note (ctx, "reverse_insertion");
  g_autofree char *numbering = stk_source_describe (ref->series->pin_numbering_source);
  g_autoptr(GString) bad = g_string_new (NULL);
  g_autoptr(GString) risky = g_string_new (NULL);
  guint n_bad = 0, n_risky = 0;
  StkCheckResult *r;
  StkStatus worst = STK_STATUS_PASS;

  if (!stk_mate_has_assignment (m))
    {
      r = _stk_check_add_mate (results, STK_CHECK_REVERSE, "pinout", STK_STATUS_INFO, note->source, m);
      _stk_check_set_message (r, _("No pin assignment: reversal safety not checked; the parts are "
                                   "symmetric and carry no orientation mark"));
      _stk_check_set_detail (r, "%s", note->text);
      return;
    }

  /* Turned by 180°, pin p meets pin n + 1 − p; each pair is listed once. */
  for (guint p = 1; p <= m->pins / 2; p++)
    {
      guint q = m->pins + 1 - p;
      const char *a = stk_mate_pin_net (m, p);
      const char *b = stk_mate_pin_net (m, q);
      StkStatus s = pair_status (m, a, b);
      GString *list = s == STK_STATUS_FAIL ? bad : risky;

      if (s == STK_STATUS_PASS)
        continue;
      worst = MAX (worst, s);
      g_string_append_printf (list, "%s%u↔%u (%s–%s)", list->len ? ", " : "", p, q, a, b);
      if (s == STK_STATUS_FAIL)
        n_bad++;
      else
        n_risky++;
    }

  r = _stk_check_add_mate (results, STK_CHECK_REVERSE, "pinout", worst, note->source, m);
  _stk_check_rests_on (r, ref->series->pin_numbering_source);
  /* The count is of supply pairs joined to ground or another supply; a
   * warning is about signal pins, where that count (0) means nothing. */
  if (worst != STK_STATUS_WARNING)
    {
      /* Translators: the unit of a count of pin pairs */
      _stk_check_set_value (r, n_bad, 0, -(double) n_bad, N_("pairs"));
    }
  if (worst == STK_STATUS_FAIL)
    _stk_check_set_message (r, g_dngettext (GETTEXT_PACKAGE,
                                            "Mated the wrong way round, a supply meets ground or another "
                                            "supply on %u pin pair: %s",
                                            "Mated the wrong way round, a supply meets ground or another "
                                            "supply on %u pin pairs: %s", n_bad), n_bad, bad->str);
  else if (worst == STK_STATUS_WARNING)
    _stk_check_set_message (r, g_dngettext (GETTEXT_PACKAGE,
                                            "Mated the wrong way round, a supply reaches a signal pin on "
                                            "%u pin pair: %s",
                                            "Mated the wrong way round, a supply reaches a signal pin on "
                                            "%u pin pairs: %s", n_risky), n_risky, risky->str);
  else
    _stk_check_set_message (r, _("Reversal-safe: turned by 180° no supply meets ground, another supply "
                                 "or a signal"));
  _stk_check_set_detail (r, _("Numbering: odd pins on one row, even pins on the other, pins 1 and 2 facing; "
                              "turned by 180°, pin p meets pin n + 1 − p (%s).%s%s\n%s"),
                         numbering, n_risky && n_bad ? _(" Supply on signal pins: ") : "",
                         n_risky && n_bad ? risky->str : "", note->text);
}

void
_stk_check_reverse (const StkCheckContext *ctx,
                    GPtrArray             *results)
{
  _stk_check_each_mate (ctx, results, reverse_mate);
}
