/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup-cli"

#include "stk-config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "stk-cli.h"
#include "stk-output-format.h"
#include "stk-placement.h"
#include "stk-project-io.h"

#define MIN_DPI 10
#define MAX_DPI 2400

/* The output list's format of each path, before anything is written. */
static gboolean
formats_for_paths (StkOutputContent content,
                   char           **paths,
                   StkPaper         paper,
                   GPtrArray       *formats,
                   GError         **error)
{
  for (guint i = 0; paths && paths[i]; i++)
    {
      const StkOutputFormat *format = stk_output_format_for_path (content, paths[i], paper, error);
      if (format == NULL)
        return FALSE;
      g_ptr_array_add (formats, (gpointer) format);
    }
  return TRUE;
}

/* An ISO 8601 calendar date, YYYY-MM-DD, that is a day of the calendar. */
static gboolean
is_iso_date (const char *text)
{
  guint64 year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
         day <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/* Each kind of output (drawings, design notes) is one list of paths; all
 * are checked before anything is written. */
/* The file's cuts that cross no board are reported and kept (their
 * sections say so); a --cut that crosses none is refused: it would draw an
 * empty section. FALSE when one is refused, the reason printed. */
static gboolean
add_cuts (StkProject *project,
          GStrv       cuts)
{
  g_autoptr(StkPlacement) pl = stk_placement_new (project, stk_catalog_get_default ());
  GPtrArray *kept = stk_project_get_section_cuts (project);

  for (guint i = 0; i < kept->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!stk_placement_cut_crosses (pl, g_ptr_array_index (kept, i), &error))
        /* Translators: a section cut read from the file that crosses no board; the reason follows */
        g_printerr (_("stackup-cli: warning: section_cuts[%u]: %s\n"), i, error->message);
    }
  for (guint i = 0; cuts && cuts[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StkSectionCut) cut = stk_section_cut_parse (cuts[i], &error);

      if (cut == NULL)
        {
          stk_cli_fail ("--cut: %s", error->message);
          return FALSE;
        }
      if (!stk_section_cut_check_new (stk_project_get_section_cuts (project), cut, &error) ||
          !stk_placement_cut_crosses (pl, cut, &error))
        {
          stk_cli_fail ("--cut %s: %s", cuts[i], error->message);
          return FALSE;
        }
      stk_project_add_section_cut (project, g_steal_pointer (&cut));
    }
  return TRUE;
}

int
stk_cli_export (int    argc,
                char **argv)
{
  g_auto(GStrv) drawings = NULL;
  g_auto(GStrv) notes = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *date = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *scale = NULL;
  g_auto(GStrv) cuts = NULL;
  int dpi = 300;
  gboolean dark = FALSE;
  gboolean portrait = FALSE;
  g_autofree char *drawing_exts = stk_output_format_extensions (STK_OUTPUT_DRAWING);
  g_autofree char *note_exts = stk_output_format_extensions (STK_OUTPUT_NOTE);
  /* Translators: the known extensions of drawings: ".pdf, .svg, .png, .dxf" */
  g_autofree char *drawing_help = g_strdup_printf (_("Write the dimensioned drawing to OUT (%s); may be repeated"),
                                                   drawing_exts);
  /* Translators: the known extensions of design notes: ".pdf, .md" */
  g_autofree char *note_help = g_strdup_printf (_("Write the design note to OUT (%s; Markdown with the drawing as "
                                                  "an SVG of the same name beside it); may be repeated"),
                                                note_exts);
  GOptionEntry entries[] = {
    { "drawing", 'd', 0, G_OPTION_ARG_FILENAME_ARRAY, &drawings, drawing_help, "OUT" },
    { "note", 'n', 0, G_OPTION_ARG_FILENAME_ARRAY, &notes, note_help, "OUT" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("Paper of the design note PDF: a4 (default) or letter"), "SIZE" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date in the design note's title block, YYYY-MM-DD (default today)"), "DATE" },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("Drawing sheet: a4 (default), a3, letter or tabloid"), "SIZE" },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &portrait, N_("Portrait drawing sheets (default landscape)"), NULL },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale,
      N_("Drawing scale: fit (default: the largest that fits the sheet) or an ISO 5455 scale such as 10:1, 1:1, 1:2"), "SCALE" },
    { "dpi", 0, 0, G_OPTION_ARG_INT, &dpi, N_("Resolution of PNG drawings (default 300)"), "N" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Light lines on a dark background (SVG, PNG, PDF)"), NULL },
    { "cut", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cuts,
      N_("Add a section: x=MM cuts along x at y = MM, y=MM along y at x = MM, :LABEL names it; may be repeated"),
      "AXIS=MM[:LABEL]" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = NULL;
  g_autoptr(StkSheets) sheets = NULL;
  g_autoptr(GPtrArray) drawing_formats = g_ptr_array_new ();
  g_autoptr(GPtrArray) note_formats = g_ptr_array_new ();
  StkOutputOptions options;

  if (!stk_cli_parse_options (_("FILE"),
                              _("Export a project's design note and drawing.\n\nExamples:\n"
                                "  stackup-cli export phone.stackup --note phone-note.pdf --paper letter\n"
                                "  stackup-cli export phone.stackup --drawing phone.svg --drawing phone.dxf\n"
                                "  stackup-cli export phone.stackup --drawing phone.png --dpi 600\n"
                                "  stackup-cli export phone.stackup --drawing phone.pdf --cut y=-20:D"),
                              entries, &argc, &argv))
    return STK_CLI_BAD_INPUT;
  if (argc != 2)
    return stk_cli_fail (_("export needs exactly one project FILE (try --help)"));
  if ((drawings == NULL || drawings[0] == NULL) && (notes == NULL || notes[0] == NULL))
    return stk_cli_fail (_("nothing to export: give --note OUT or --drawing OUT (try --help)"));
  stk_output_options_init (&options);
  options.note.date = date;
  if (paper != NULL && !stk_paper_from_string (paper, &options.note.paper))
    return stk_cli_fail (_("--paper: “%s” is not a4 or letter"), paper);
  options.sheet.landscape = !portrait;
  if (sheet != NULL && !stk_sheet_size_from_string (sheet, &options.sheet.size))
    return stk_cli_fail (_("--sheet: “%s” is not a4, a3, letter or tabloid"), sheet);
  if (scale != NULL && !stk_sheet_scale_from_string (scale, &options.sheet.scale))
    return stk_cli_fail (_("--scale: “%s” is not fit or an ISO 5455 scale (20:1, 10:1, 5:1, 2:1, 1:1, 1:2, 1:5, …)"),
                         scale);
  if (dpi < MIN_DPI || dpi > MAX_DPI)
    return stk_cli_fail (_("--dpi must be between %d and %d"), MIN_DPI, MAX_DPI);
  if (date != NULL && !is_iso_date (date))
    return stk_cli_fail (_("--date: “%s” is not a date written YYYY-MM-DD, such as 2026-12-01"), date);
  options.drawing.dpi = dpi;
  options.drawing.dark = dark;
  if (!formats_for_paths (STK_OUTPUT_DRAWING, drawings, options.note.paper, drawing_formats, &error) ||
      !formats_for_paths (STK_OUTPUT_NOTE, notes, options.note.paper, note_formats, &error))
    return stk_cli_fail ("%s", error->message);

  project = stk_cli_load_project (argv[1]);
  if (project == NULL)
    return STK_CLI_BAD_INPUT;
  if (!add_cuts (project, cuts))
    return STK_CLI_BAD_INPUT;
  /* Laid out once for every drawing asked for. */
  if (drawings != NULL && drawings[0] != NULL)
    sheets = stk_sheets_new (project, stk_catalog_get_default (), &options.sheet);
  options.sheets = sheets;
  for (guint i = 0; drawings && drawings[i]; i++)
    {
      if (!stk_output_format_write (g_ptr_array_index (drawing_formats, i), project, stk_catalog_get_default (),
                                    &options, drawings[i], &error))
        return stk_cli_fail ("%s", error->message);
      g_print (_("Drawing written to %s\n"), drawings[i]);
    }
  for (guint i = 0; notes && notes[i]; i++)
    {
      if (!stk_output_format_write (g_ptr_array_index (note_formats, i), project, stk_catalog_get_default (),
                                    &options, notes[i], &error))
        return stk_cli_fail ("%s", error->message);
      g_print (_("Design note written to %s\n"), notes[i]);
    }
  return STK_CLI_OK;
}
