/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup-cli"

#include "stk-config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "stk-cli.h"
#include "stk-i18n.h"
#include "stk-json.h"
#include "stk-project-io.h"

static const StkCliCommand commands[] = {
  { "catalog", N_("List every series, mated height and pin count with both part numbers"), stk_cli_catalog },
  { "part", N_("Decode a part number: series, role, pins, heights, packaging, dimensions"), stk_cli_part },
  { "pair", N_("Give the socket and header for a series, mated height and pin count"), stk_cli_pair },
  { "check", N_("Run every check on a .stackup file (exit 1 when one fails)"), stk_cli_check },
  { "options", N_("List every catalog combination against constraints, best first"), stk_cli_options },
  { "export", N_("Write a project's design note and drawing"), stk_cli_export },
  { "tolerance", N_("Worst case, RSS and Monte Carlo of every connector's alignment (exit 1 when one fails)"), stk_cli_tolerance },
};

int
stk_cli_fail (const char *format,
              ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("stackup-cli: %s\n", msg);
  return STK_CLI_BAD_INPUT;
}

gboolean
stk_cli_parse_options (const char         *parameter,
                       const char         *summary,
                       const GOptionEntry *entries,
                       int                *argc,
                       char             ***argv)
{
  return stk_cli_parse_group (parameter, summary, NULL, entries, argc, argv);
}

gboolean
stk_cli_parse_group (const char         *parameter,
                     const char         *summary,
                     GOptionGroup       *group,
                     const GOptionEntry *entries,
                     int                *argc,
                     char             ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  if (group != NULL)
    g_option_context_set_main_group (context, group);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      stk_cli_fail (_("%s (try --help)"), error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
stk_cli_int_option (const char *command,
                    const char *option,
                    const char *text,
                    gint64      min,
                    gint64      max,
                    gint64     *value)
{
  g_autofree char *low = NULL, *high = NULL;

  if (text == NULL || g_ascii_string_to_signed (text, 10, min, max, value, NULL))
    return TRUE;
  low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
  high = g_strdup_printf ("%" G_GINT64_FORMAT, max);
  if (max == G_MAXINT)
    /* Translators: "tolerance: --seed must be a whole number of 0 or more, not “-1”" */
    stk_cli_fail (_("%s: %s must be a whole number of %s or more, not “%s”"), command, option, low, text);
  else
    /* Translators: "tolerance: --samples must be a whole number from 1 to 1000000000, not “-1”" */
    stk_cli_fail (_("%s: %s must be a whole number from %s to %s, not “%s”"), command, option, low, high, text);
  return FALSE;
}

gboolean
stk_cli_double_option (const char *command,
                       const char *option,
                       const char *text,
                       double      min,
                       double      max,
                       double     *value)
{
  char *end = NULL;
  double v;

  if (text == NULL)
    return TRUE;
  /* g_strtod, as GOption's own numbers: the C locale's point or the user's separator */
  v = g_strtod (text, &end);
  if (end != text && *end == '\0' && isfinite (v) && v >= min && v <= max)
    {
      *value = v;
      return TRUE;
    }
  /* Translators: "tolerance: --rotation must be a number from 0 to 45, not “nan”" */
  stk_cli_fail (_("%s: %s must be a number from %.15g to %.15g, not “%s”"), command, option, min, max, text);
  return FALSE;
}

StkProject *
stk_cli_load_project (const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  StkProject *project = stk_project_load_file (file, &error);

  if (project == NULL)
    stk_cli_fail ("%s", error->message);
  return project;
}

static int
display_width (const char *text)
{
  int width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += g_unichar_iszerowidth (c) ? 0 : g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

void
stk_cli_print_row (const int         *widths,
                   const char *const *cells,
                   guint              n_cells)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n_cells; i++)
    {
      const char *cell = cells[i] ? cells[i] : "";
      int pad = MAX (ABS (widths[i]) - display_width (cell), 0);

      if (i > 0)
        g_string_append_c (line, ' ');
      if (widths[i] > 0)
        g_string_append_printf (line, "%*s", pad, "");
      g_string_append (line, cell);
      if (widths[i] < 0)
        g_string_append_printf (line, "%*s", pad, "");
    }
  puts (line->str);
}

void
stk_cli_print_wrapped (int         indent,
                       const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  int start = indent, width = indent;

  g_string_printf (line, "%*s", start, "");
  for (guint i = 0; words[i] != NULL; i++)
    {
      int word = display_width (words[i]);

      if (width > start && width + 1 + word > STK_CLI_COLUMNS)
        {
          puts (line->str);
          start = indent + 2;
          g_string_printf (line, "%*s", start, "");
          width = start;
        }
      if (width > start)
        {
          g_string_append_c (line, ' ');
          width++;
        }
      g_string_append (line, words[i]);
      width += word;
    }
  puts (line->str);
}

void
stk_cli_print_json (JsonNode *node)
{
  g_autofree char *text = stk_json_to_string (node, TRUE);

  fputs (text, stdout);
  json_node_unref (node);
}

void
stk_cli_add_string (JsonBuilder *b,
                    const char  *member,
                    const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

void
stk_cli_add_double (JsonBuilder *b,
                    const char  *member,
                    double       value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_double_value (b, stk_json_round_display (value));
}

void
stk_cli_add_int (JsonBuilder *b,
                 const char  *member,
                 gint64       value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_int_value (b, value);
}

void
stk_cli_add_boolean (JsonBuilder *b,
                     const char  *member,
                     gboolean     value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_boolean_value (b, value);
}

void
stk_cli_add_product_members (JsonBuilder      *b,
                             const StkProduct *product)
{
  stk_cli_add_string (b, "series", product->series->id);
  stk_cli_add_double (b, "mated_height_mm", product->mated_height);
  stk_cli_add_int (b, "pins", product->pins);
  stk_cli_add_string (b, "packaging", product->packaging->id);
  stk_cli_add_string (b, "socket", product->socket);
  stk_cli_add_string (b, "header", product->header);
}

void
stk_cli_add_source_members (JsonBuilder     *b,
                            const StkSource *source)
{
  stk_cli_add_string (b, "provenance", stk_prov_kind_to_string (source->kind));
  stk_cli_add_string (b, "source", source->ref);
  stk_cli_add_string (b, "confidence", source->confidence);
  stk_cli_add_string (b, "label", source->label);
}

void
stk_cli_add_source (JsonBuilder     *b,
                    const char      *member,
                    const StkSource *source)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  stk_cli_add_source_members (b, source);
  json_builder_end_object (b);
}

void
stk_cli_add_weakened (JsonBuilder     *b,
                      StkStatus        figures_status,
                      const StkSource *weakened_by)
{
  if (weakened_by == NULL)
    return;
  stk_cli_add_string (b, "figures_status", stk_status_to_string (figures_status));
  stk_cli_add_source (b, "weakened_by", weakened_by);
}

JsonNode *
stk_cli_value_json (const StkValue *value)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

  json_builder_begin_object (b);
  stk_cli_add_double (b, "value", value->value);
  stk_cli_add_source_members (b, value->source);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: stackup-cli COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n", _("Check board-to-board stack-ups with Panasonic P4 and A4S 0.4 mm pitch connectors."));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Examples:"));
  fprintf (out, "  stackup-cli catalog --json\n");
  fprintf (out, "  stackup-cli part AXK750147G\n");
  fprintf (out, "  stackup-cli pair --series A4S --height 0.8 --pins 40 --packaging 4mm\n");
  fprintf (out, "  stackup-cli check design.stackup --json\n");
  fprintf (out, "  stackup-cli options --signal-pins 20 --power VBAT=1.0 --max-length 10\n");
  fprintf (out, "  stackup-cli export phone.stackup --drawing phone.dxf --drawing phone.pdf\n");
  fprintf (out, "\n%s\n", _("Run “stackup-cli COMMAND --help” for the options of one command."));
  fprintf (out, "%s\n", _("Exit status: 0 success, 1 a check failed, 2 bad input (reason on stderr)."));
}

int
main (int    argc,
      char **argv)
{
  stk_i18n_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return STK_CLI_BAD_INPUT;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return STK_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("stackup-cli %s\n", PACKAGE_VERSION);
      return STK_CLI_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        /* A command's --help says "stackup-cli catalog [OPTION…]", not
         * just "catalog": GOption names the program from the prgname. */
        g_autofree char *prgname = g_strdup_printf ("stackup-cli %s", commands[i].name);

        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  return stk_cli_fail (_("unknown command “%s” (try --help)"), argv[1]);
}
