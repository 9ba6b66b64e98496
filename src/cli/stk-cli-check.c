/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup-cli"

#include "stk-config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "stk-cli.h"
#include "stk-explorer.h"
#include "stk-i18n.h"
#include "stk-project-io.h"
#include "stk-tolerance.h"
#include "stk-verdict.h"

/* `check`: every check result of a project file; `options`: the explorer. */

static JsonNode *
results_to_json (GPtrArray *results)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

  StkVerdictCounts counts;

  stk_verdict_count (results, &counts);
  json_builder_begin_object (b);
  stk_cli_add_string (b, "worst", stk_status_to_string (stk_checks_worst (results)));
  stk_cli_add_string (b, "verdict", stk_verdict_to_string (counts.verdict));
  json_builder_set_member_name (b, "counts");
  json_builder_begin_object (b);
  for (StkStatus st = STK_STATUS_PASS; st <= STK_STATUS_FAIL; st++)
    stk_cli_add_int (b, stk_status_to_string (st), counts.count[st]);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "results");
  json_builder_begin_array (b);
  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);

      json_builder_begin_object (b);
      stk_cli_add_string (b, "check", r->check_id);
      stk_cli_add_string (b, "item", r->item);
      stk_cli_add_string (b, "subject", r->subject);
      stk_cli_add_string (b, "subject_label", r->subject_label);
      stk_cli_add_string (b, "status", stk_status_to_string (r->status));
      if (r->has_value)
        {
          stk_cli_add_double (b, "value", r->value);
          /* A figure for information has no limit to report. */
          if (r->has_limit)
            {
              stk_cli_add_double (b, "limit", r->limit);
              stk_cli_add_double (b, "margin", r->margin);
            }
          stk_cli_add_string (b, "unit", r->unit);
        }
      stk_cli_add_string (b, "message", stk_check_result_get_message (r));
      stk_cli_add_string (b, "detail", stk_check_result_get_detail (r));
      stk_cli_add_source (b, "limit_source", r->limit_source);
      stk_cli_add_boolean (b, "user_override", r->user_override);
      json_builder_set_member_name (b, "rests_on");
      json_builder_begin_array (b);
      for (guint k = 0; k < r->n_sources; k++)
        {
          json_builder_begin_object (b);
          stk_cli_add_source_members (b, r->sources[k]);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      /* The provenance rule lowered the verdict: what the figures alone say,
       * and the source that would not carry it. */
      stk_cli_add_weakened (b, r->figures_status, r->weakened_by);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
print_results (GPtrArray *results,
               GPtrArray *tol_results,
               const char *file)
{
  StkVerdictCounts counts;
  g_autofree char *verdict = NULL;
  g_autofree char *tolerance = NULL;

  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);
      g_autofree char *src = stk_check_result_describe_sources (r);

      g_autofree char *finding = g_strdup_printf ("%s: %s", r->subject_label, stk_check_result_get_message (r));

      stk_cli_print_row ((const int[]) { -8, -15, 0 },
                         (const char *const[]) { stk_status_label (r->status), r->check_id, finding }, 3);
      printf ("         %s %s%s\n", _("Rests on:"), src, r->user_override ? _(" (user override)") : "");
    }
  stk_verdict_count (results, &counts);
  verdict = stk_verdict_describe (&counts);
  if (tol_results == NULL)
    {
      printf ("%s\n", verdict);
      return;
    }
  /* the tolerance analysis's verdict beside the checks': the alignment
   * check's pass does not cover what only the analysis counts */
  tolerance = stk_tol_describe_verdict (tol_results);
  /* Translators: the checks' verdict, the tolerance analysis's, and the command that details it */
  printf (_("%s. %s; stackup-cli tolerance %s gives the figures\n"), verdict, tolerance, file);
}

int
stk_cli_check (int    argc,
               char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    STK_CLI_JSON_OPTION (&json),
    { NULL }
  };
  g_autoptr(StkProject) project = NULL;
  g_autoptr(GPtrArray) results = NULL;

  if (!stk_cli_parse_options (_("FILE"),
                              _("Run every check on a .stackup file.\n\nExit status: 0 nothing fails, "
                                "1 a check fails, 2 the file is invalid.\n\nExample:\n"
                                "  stackup-cli check data/examples/phone.stackup --json"),
                              entries, &argc, &argv))
    return STK_CLI_BAD_INPUT;
  if (argc != 2)
    return stk_cli_fail (_("check: give exactly one FILE (try --help)"));

  project = stk_cli_load_project (argv[1]);
  if (project == NULL)
    return STK_CLI_BAD_INPUT;

  results = stk_checks_run (project, stk_catalog_get_default ());
  if (json)
    stk_cli_print_json (results_to_json (results));
  else
    {
      g_autoptr(GPtrArray) tol_results = stk_tol_results_for_project (project, stk_catalog_get_default ());

      print_results (results, tol_results, argv[1]);
    }
  return stk_checks_worst (results) == STK_STATUS_FAIL ? STK_CLI_CHECK_FAIL : STK_CLI_OK;
}

/* options */

static void
add_reasons (JsonBuilder             *b,
             const char              *member,
             const StkExplorerOption *o,
             StkStatus                status)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint k = 0; k < o->reasons->len; k++)
    {
      const StkExplorerReason *r = g_ptr_array_index (o->reasons, k);

      if (r->status != status)
        continue;
      json_builder_begin_object (b);
      stk_cli_add_string (b, "check", r->check_id);
      stk_cli_add_string (b, "message", r->message);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static JsonNode *
options_to_json (GPtrArray *options)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

  json_builder_begin_array (b);
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);
      const StkProduct *p = o->product;

      json_builder_begin_object (b);
      stk_cli_add_string (b, "verdict", stk_status_to_string (o->verdict));
      stk_cli_add_product_members (b, p);
      stk_cli_add_int (b, "pins_needed", o->pins_needed);
      stk_cli_add_int (b, "supply_pins", o->supply_pins);
      stk_cli_add_int (b, "return_pins", o->return_pins);
      stk_cli_add_boolean (b, "preferred_packaging", o->preferred_packaging);
      stk_cli_add_double (b, "length_mm", o->length_mm);
      stk_cli_add_source (b, "length_source", o->length_source);
      stk_cli_add_double (b, "width_mm", o->width_mm);
      stk_cli_add_source (b, "width_source", o->width_source);
      stk_cli_add_double (b, "body_length_mm", o->body_length_mm);
      stk_cli_add_source (b, "body_length_source", o->body_length_source);
      stk_cli_add_double (b, "body_width_mm", o->body_width_mm);
      stk_cli_add_source (b, "body_width_source", o->body_width_source);
      /* No member for a pattern that is not published. */
      if (o->pattern_length_source != NULL)
        {
          stk_cli_add_double (b, "pattern_length_mm", o->pattern_length_mm);
          stk_cli_add_source (b, "pattern_length_source", o->pattern_length_source);
          stk_cli_add_double (b, "pattern_width_mm", o->pattern_width_mm);
          stk_cli_add_source (b, "pattern_width_source", o->pattern_width_source);
        }
      add_reasons (b, "excluded_by", o, STK_STATUS_FAIL);
      add_reasons (b, "warnings", o, STK_STATUS_WARNING);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

static const char *
estimate_mark (double           mm,
               const StkSource *source)
{
  StkValue v = { mm, source };

  return stk_value_is_estimate (&v) ? "≈" : "";
}

/* "8.30 × ≈5.70": an estimate carries the same mark as on the drawing. */
static char *
size_text (double           length,
           const StkSource *length_source,
           double           width,
           const StkSource *width_source)
{
  g_autofree char *l = stk_format_decimal (length, 2, 2);
  g_autofree char *w = stk_format_decimal (width, 2, 2);

  return g_strdup_printf ("%s%s × %s%s", estimate_mark (length, length_source), l,
                          estimate_mark (width, width_source), w);
}

static const char *
verdict_word (StkStatus verdict)
{
  if (verdict == STK_STATUS_FAIL)
    return _("no");
  /* TRANSLATORS: fits, with a warning; keep it at most 5 characters */
  return verdict == STK_STATUS_WARNING ? _("warn") : _("yes");
}

static void
print_options (GPtrArray *options)
{
  /* the check ids that exclude an option are in the reasons under its row */
  static const int widths[] = { -5, -4, 6, 5, -9, -11, -12, -14, 0 };

  /* Translators: column headings of `stackup-cli options`: keep them as
   * short as the English. "Ser." is the connector series (P4, A4S), "H mm"
   * the mated height in millimetres, "L × W" a footprint's length × width */
  stk_cli_print_row (widths, (const char *const[]) { _("Pass"), _("Ser."), _("H mm"), _("Pins"), _("Packing"),
                                                     _("Socket"), _("Header"), _("Body L × W mm"),
                                                     _("Pattern L × W") }, 9);
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);
      const StkProduct *p = o->product;
      g_autofree char *body = size_text (o->body_length_mm, o->body_length_source, o->body_width_mm,
                                         o->body_width_source);
      g_autofree char *pattern = o->pattern_length_source
                                 ? size_text (o->pattern_length_mm, o->pattern_length_source,
                                              o->pattern_width_mm, o->pattern_width_source)
                                 : g_strdup ("—");
      g_autofree char *height = stk_format_decimal (p->mated_height, 1, 1);
      g_autofree char *pins = g_strdup_printf ("%u", p->pins);

      stk_cli_print_row (widths, (const char *const[]) { verdict_word (o->verdict), p->series->id, height, pins,
                                                         p->packaging->id, p->socket, p->header, body,
                                                         pattern }, 9);
      /* why it warns or is excluded, under its row: a column would not fit 100 columns */
      for (guint k = 0; k < o->reasons->len; k++)
        {
          const StkExplorerReason *r = g_ptr_array_index (o->reasons, k);
          g_autofree char *reason = g_strdup_printf ("%s: %s", r->check_id, r->message);

          stk_cli_print_wrapped (6, reason);
        }
    }
  stk_cli_print_wrapped (0, _("Body: overall length A of the longer part (datasheet) × the wider part over its terminals. "
            "Pattern: the recommended PC board pattern. ≈ marks an estimate read from CAD data, not printed "
            "in the catalogs. The length and width limits and the ranking use the larger of body and "
            "pattern. Each option is judged by running the checks on two boards joined by it; \"warn\": "
            "a check warns. The reasons are under each row."));
}

int
stk_cli_options (int    argc,
                 char **argv)
{
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    STK_CLI_JSON_OPTION (&json),
    { NULL }
  };
  g_autoptr(GPtrArray) options = NULL;

  g_autofree char *derating = stk_format_number (c->current_derating);
  g_autofree char *margin = stk_format_mm (c->clearance_margin_mm);
  /* What it assumes unless told, said up front: the defaults of a new project. */
  g_autofree char *summary =
    g_strdup_printf (_("List every catalog combination against your constraints, best first.\n\n"
                       "Unless told otherwise it assumes a board-to-board joint (--kind), no signal or\n"
                       "power pins, no parts beside the connector, %u mating cycles (--cycles), a\n"
                       "current derating of %s (--derating) and a clearance margin of %s mm (--margin):\n"
                       "the defaults of a new project.\n\n"
                       "Example:\n  stackup-cli options --signal-pins 20 --power VBAT=1.0 "
                       "--reversal-safe --lower-top 1.0 --upper-bottom 0.6 --max-length 10"),
                     c->mating_cycles, derating, margin);

  if (!stk_cli_parse_group (NULL, summary, stk_explorer_constraints_option_group (c), entries, &argc, &argv))
    return STK_CLI_BAD_INPUT;
  if (argc != 1)
    return stk_cli_fail (_("options: unexpected argument “%s”"), argv[1]);

  options = stk_explorer_run (stk_catalog_get_default (), c);
  if (json)
    stk_cli_print_json (options_to_json (options));
  else
    print_options (options);
  return STK_CLI_OK;
}
