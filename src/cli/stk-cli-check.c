/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup-cli"

#include "stk-config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "stk-cli.h"
#include "stk-explorer.h"
#include "stk-project-io.h"

/* `check`: every check result of a project file; `options`: the explorer. */

static JsonNode *
results_to_json (GPtrArray *results)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

  json_builder_begin_object (b);
  stk_cli_add_string (b, "worst", stk_status_to_string (stk_checks_worst (results)));
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
      stk_cli_add_string (b, "message", r->message);
      stk_cli_add_string (b, "detail", r->detail);
      stk_cli_add_source (b, "limit_source", r->limit_source);
      stk_cli_add_boolean (b, "user_override", r->user_override);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
print_results (GPtrArray *results)
{
  guint counts[STK_STATUS_FAIL + 1] = { 0 };

  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);
      g_autofree char *src = stk_source_describe (r->limit_source);

      counts[r->status]++;
      printf ("%-8s %-15s %s: %s\n", stk_status_label (r->status), r->check_id, r->subject_label, r->message);
      printf ("         %s %s%s\n", _("Limit:"), src, r->user_override ? _(" (user override)") : "");
    }
  printf (_("%u pass, %u info, %u warnings, %u failures\n"), counts[STK_STATUS_PASS],
          counts[STK_STATUS_INFO], counts[STK_STATUS_WARNING], counts[STK_STATUS_FAIL]);
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
    print_results (results);
  return stk_checks_worst (results) == STK_STATUS_FAIL ? STK_CLI_CHECK_FAIL : STK_CLI_OK;
}

/* options */

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
      stk_cli_add_boolean (b, "preferred_packaging", o->preferred_packaging);
      stk_cli_add_double (b, "length_mm", o->length_mm);
      stk_cli_add_source (b, "length_source", o->length_source);
      stk_cli_add_double (b, "width_mm", o->width_mm);
      stk_cli_add_source (b, "width_source", o->width_source);
      json_builder_set_member_name (b, "excluded_by");
      json_builder_begin_array (b);
      for (guint k = 0; k < o->reasons->len; k++)
        {
          const StkExplorerReason *r = g_ptr_array_index (o->reasons, k);
          json_builder_begin_object (b);
          stk_cli_add_string (b, "check", r->check_id);
          stk_cli_add_string (b, "message", r->message);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

static void
print_options (GPtrArray *options)
{
  printf ("%-5s %-4s %6s %5s %-9s %-11s %-12s %-14s %s\n", _("Pass"), _("Ser."), _("H mm"), _("Pins"),
          _("Packing"), _("Socket"), _("Header"), _("L × W mm"), _("Excluded by"));
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);
      const StkProduct *p = o->product;
      g_autofree char *ids = stk_explorer_option_excluded_by (o);
      g_autofree char *size = g_strdup_printf ("%.2f × %.2f", o->length_mm, o->width_mm);

      printf ("%-5s %-4s %6.1f %5u %-9s %-11s %-12s %-15s %s\n",
              o->verdict == STK_STATUS_PASS ? _("yes") : _("no"), p->series->id, p->mated_height, p->pins,
              p->packaging->id, p->socket, p->header, size, ids);
    }
  printf (_("Length: overall length A of the longer part (datasheet). Width: the wider part over its "
            "terminals (P4: estimate from SUPPLEMENT.md; A4S: datasheet).\n"));
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

  if (!stk_cli_parse_group (NULL,
                            _("List every catalog combination against your constraints, best first.\n\n"
                              "Example:\n  stackup-cli options --signal-pins 20 --power VBAT=1.0 "
                              "--power GND=1.0 --lower-top 1.0 --upper-bottom 0.6 --max-length 10"),
                            stk_explorer_constraints_option_group (c), entries, &argc, &argv))
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
