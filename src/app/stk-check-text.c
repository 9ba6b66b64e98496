/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check-text"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stk-check-text.h"
#include "stk-i18n.h"

static const char *const column_titles[STK_CHECK_N_COLUMNS] = {
  /* Translators: column headings of the check results; "About" is the subject a result is about (a
   * board, a mate), "Finding" the message */
  N_("Status"), N_("Check"), N_("About"), N_("Value"), N_("Limit"), N_("Margin"), N_("Limit from"), N_("Finding"),
};

const char *
stk_check_column_title (StkCheckColumn column)
{
  g_return_val_if_fail (column < STK_CHECK_N_COLUMNS, NULL);
  return _(column_titles[column]);
}

static char *
format_quantity (double      value,
                 const char *unit,
                 StkUnits    units,
                 gboolean    signed_margin)
{
  return stk_format_quantity (value, unit, units, signed_margin ? STK_SIGN_ALWAYS : STK_SIGN_NEGATIVE);
}

char *
stk_check_cell_text (const StkCheckResult *r,
                     StkCheckColumn        column,
                     StkUnits              units)
{
  switch (column)
    {
    case STK_CHECK_COL_STATUS:
      return g_strdup (stk_status_label (r->status));
    case STK_CHECK_COL_CHECK:
      return g_strdup (stk_check_title (r->check_id));
    case STK_CHECK_COL_SUBJECT:
      return g_strdup (r->subject_label);
    case STK_CHECK_COL_VALUE:
      return r->has_value ? format_quantity (r->value, r->unit, units, FALSE) : g_strdup ("—");
    case STK_CHECK_COL_LIMIT:
      return r->has_limit ? format_quantity (r->limit, r->unit, units, FALSE) : g_strdup ("—");
    case STK_CHECK_COL_MARGIN:
      return r->has_limit ? format_quantity (r->margin, r->unit, units, TRUE) : g_strdup ("—");
    case STK_CHECK_COL_SOURCE:
      {
        g_autofree char *src = stk_check_result_describe_sources (r);
        /* Translators: a check limit the user typed in place of the catalog estimate */
        return r->user_override ? g_strdup_printf (_("User override — %s"), src) : g_steal_pointer (&src);
      }
    case STK_CHECK_COL_MESSAGE:
      return g_strdup (stk_check_result_get_message (r));
    default:
      g_assert_not_reached ();
    }
}

/* What to change to pass: how far the value must move, and which way. */
static void
append_remedy (GString              *markup,
               const StkCheckResult *r,
               StkUnits              units)
{
  if (r->status == STK_STATUS_PASS || r->status == STK_STATUS_INFO)
    return;
  if (r->has_limit && r->margin < 0)
    {
      /* margin = limit − value for a maximum, value − limit for a minimum */
      gboolean is_max = fabs ((r->limit - r->value) - r->margin) <= fabs ((r->value - r->limit) - r->margin);
      g_autofree char *by = format_quantity (-r->margin, r->unit, units, FALSE);
      g_autofree char *to = format_quantity (r->limit, r->unit, units, FALSE);
      g_autofree char *text = is_max
        /* Translators: what to change for a failing check to pass; the first %s is an amount ("0.02 mm"), the second the limit */
        ? g_markup_printf_escaped (_("Lower the value by %s, to at most %s."), by, to)
        /* Translators: what to change for a failing check to pass; the first %s is an amount ("0.02 mm"), the second the limit */
        : g_markup_printf_escaped (_("Raise the value by %s, to at least %s."), by, to);

      /* Translators: heading in the explanation of the selected check */
      g_string_append_printf (markup, "\n\n<b>%s</b>\n%s", _("To pass"), text);
    }
  else if (r->weakened_by == NULL)
    {
      g_autofree char *text = g_markup_escape_text (_("Change what the finding names: its message and detail above "
                                                      "say what does not meet the rule."), -1);

      g_string_append_printf (markup, "\n\n<b>%s</b>\n%s", _("To pass"), text);
    }
  if (r->weakened_by != NULL)
    {
      g_autofree char *text =
        /* Translators: %s names an estimate ("mating capture allowance") */
        g_markup_printf_escaped (_("For a firm verdict, enter your own or the maker's figure for “%s”."),
                                 stk_source_name (r->weakened_by));

      /* Translators: heading in the explanation of the selected check */
      g_string_append_printf (markup, "\n\n<b>%s</b>\n%s", _("Firm verdict"), text);
    }
}

/* The result in full: nothing of it is only in a tooltip. */
char *
stk_check_explain_markup (const StkCheckResult *r,
                          StkUnits              units)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *heading = g_markup_printf_escaped ("<b>%s: %s</b>\n%s", stk_status_label (r->status),
                                                      stk_check_title (r->check_id), r->subject_label);
  g_autofree char *message = g_markup_escape_text (stk_check_result_get_message (r), -1);

  g_string_append_printf (markup, "%s\n\n%s", heading, message);
  if (stk_check_result_get_detail (r) != NULL)
    {
      g_autofree char *detail = g_markup_escape_text (stk_check_result_get_detail (r), -1);
      g_string_append_printf (markup, "\n\n%s", detail);
    }
  if (r->has_value)
    {
      static const StkCheckColumn figures[] = { STK_CHECK_COL_VALUE, STK_CHECK_COL_LIMIT, STK_CHECK_COL_MARGIN };

      g_string_append (markup, "\n");
      for (guint i = 0; i < (r->has_limit ? G_N_ELEMENTS (figures) : 1); i++)
        {
          g_autofree char *text = stk_check_cell_text (r, figures[i], units);
          g_autofree char *line = g_markup_printf_escaped ("\n<b>%s</b>  %s", stk_check_column_title (figures[i]), text);
          g_string_append (markup, line);
        }
    }
  /* Translators: heading in the explanation of the selected check, over the list of its sources */
  g_string_append_printf (markup, "\n\n<b>%s</b>", r->has_limit ? _("The limit rests on") : _("Rests on"));
  for (guint i = 0; i < r->n_sources; i++)
    {
      g_autofree char *source = stk_source_describe (r->sources[i]);
      g_autofree char *line = g_markup_printf_escaped ("\n• %s", source);
      g_string_append (markup, line);
    }
  if (r->user_override)
    g_string_append_printf (markup, "\n%s", _("The limit is a value you entered in place of the estimate."));
  if (r->weakened_by != NULL)
    {
      g_autofree char *source = stk_source_describe (r->weakened_by);
      g_autofree char *line =
        /* Translators: the first %s is a status ("Fail"), the second the weakest source of the verdict */
        g_markup_printf_escaped (_("The figures alone say “%s”, but the verdict can be no firmer than its "
                                   "weakest source: %s."), stk_status_label (r->figures_status), source);
      /* Translators: heading in the explanation of the selected check */
      g_string_append_printf (markup, "\n\n<b>%s</b>\n%s", _("Verdict strength"), line);
    }
  append_remedy (markup, r, units);
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

