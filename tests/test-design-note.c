/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stk-check.h"
#include "stk-design-note.h"
#include "stk-tolerance-spec.h"
#include "stk-sheet.h"
#include "stk-project-io.h"
#include "test-util.h"

/* Output (stdout and stderr together) of argv; its exit code in status. */
static char *
run (const char *const *argv,
     int               *status)
{
  g_auto(TestRun) r = { 0 };

  test_run_program (&r, G_SUBPROCESS_FLAGS_STDERR_MERGE, argv);
  *status = r.status;
  return g_steal_pointer (&r.out);
}

/* The PDF holds what a reviewer signs: part numbers, every check, the
 * estimates, on pages of the chosen size with page numbers. */
static void
test_pdf_contents (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autofree char *dir = g_dir_make_tmp ("stk-note-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "note.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = stk_checks_run (project, stk_catalog_get_default ());
  StkDesignNoteOptions options;
  g_autofree char *text = NULL, *info = NULL;
  int status;
  GPtrArray *mates = stk_project_get_mates (project);
  const StkMate *mate = g_ptr_array_index (mates, 0);
  const StkSeries *series = stk_catalog_find_series (stk_catalog_get_default (), mate->series);
  const StkProduct *product = stk_series_find_product (series, mate->mated_height_mm, mate->pins, mate->packaging);

  stk_design_note_options_init (&options);
  options.date = "2026-11-21";
  g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), pdf, &options, &error));
  g_assert_no_error (error);

  text = run ((const char *const[]) { "pdftotext", "-layout", pdf, "-", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (product);
  g_assert_nonnull (strstr (text, product->socket));
  g_assert_nonnull (strstr (text, product->header));
  g_assert_nonnull (strstr (text, "Estimates and user values"));
  /* the catalogs by title and section, estimates by label: no file names */
  g_assert_null (strstr (text, "SUPPLEMENT"));
  g_assert_null (strstr (text, ".txt"));
  g_assert_nonnull (strstr (text, "2026-11-21"));
  g_assert_nonnull (strstr (text, "Reviewed by"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  /* one status cell per check result, in capitals, nowhere else */
  {
    guint expected[STK_STATUS_FAIL + 1] = { 0 };
    for (guint i = 0; i < results->len; i++)
      expected[((StkCheckResult *) g_ptr_array_index (results, i))->status]++;
    for (StkStatus st = STK_STATUS_PASS; st <= STK_STATUS_FAIL; st++)
      {
        g_autofree char *word = g_ascii_strup (stk_status_label (st), -1);
        guint found = 0;
        for (const char *p = strstr (text, word); p; p = strstr (p + 1, word))
          found += (p == text || !g_ascii_isalpha (p[-1])) && !g_ascii_isalpha (p[strlen (word)]);
        g_assert_cmpuint (found, ==, expected[st]);
      }
    g_assert_cmpuint (results->len, >, 10);
  }

  info = run ((const char *const[]) { "pdfinfo", pdf, NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info, "Pages:"));
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_letter (void)
{
  g_autoptr(StkProject) project = test_load_example ("mezzanine.stackup");
  g_autofree char *dir = g_dir_make_tmp ("stk-note-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "note.pdf", NULL);
  g_autoptr(GError) error = NULL;
  StkDesignNoteOptions options;
  g_autofree char *info = NULL;
  int status;

  stk_design_note_options_init (&options);
  options.paper = STK_PAPER_LETTER;
  g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), pdf, &options, &error));
  g_assert_no_error (error);
  info = run ((const char *const[]) { "pdfinfo", pdf, NULL }, &status);
  g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_markdown_with_svg (void)
{
  g_autoptr(StkProject) project = test_load_example ("failing.stackup");
  g_autofree char *dir = g_dir_make_tmp ("stk-note-XXXXXX", NULL);
  g_autofree char *md = g_build_filename (dir, "review.md", NULL);
  g_autofree char *svg = g_build_filename (dir, "review.svg", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *svg_text = NULL;
  StkDesignNoteOptions options;

  stk_design_note_options_init (&options);
  g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), md, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (md, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "# "));
  g_assert_nonnull (strstr (text, "](review.svg)"));
  g_assert_nonnull (strstr (text, "| **FAIL** |"));
  /* The inputs the soldering cautions read: failing.stackup gives no
   * cover-lay for its camera FPC. */
  g_assert_nonnull (strstr (text, "| Camera FPC | FPC, cover-lay not given |"));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  /* one tolerance histogram and one Pareto per connector beside the note */
  for (guint i = 1; i <= 6; i++)
    {
      g_autofree char *name = g_strdup_printf (i <= 3 ? "review-tolerance-j%u.svg" : "review-tolerance-j%u-pareto.svg",
                                               i <= 3 ? i : i - 3);
      g_autofree char *link = g_strdup_printf ("](%s)", name);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_nonnull (strstr (text, link));
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      g_unlink (path);
    }
  g_unlink (md);
  g_unlink (svg);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The tolerance section: the figures of stackup-cli tolerance in a table,
 * the contributions and a histogram drawn by the drawing path (its title
 * is text in the PDF). */
static void
test_tolerance_section (void)
{
  g_autoptr(StkProject) project = test_load_example ("mezzanine.stackup");
  g_autofree char *dir = g_dir_make_tmp ("stk-note-XXXXXX", NULL);
  g_autofree char *md = g_build_filename (dir, "m.md", NULL);
  g_autofree char *pdf = g_build_filename (dir, "m.pdf", NULL);
  g_autofree char *plot = g_build_filename (dir, "m-tolerance-j1.svg", NULL);
  g_autofree char *plot2 = g_build_filename (dir, "m-tolerance-j2.svg", NULL);
  g_autofree char *pareto1 = g_build_filename (dir, "m-tolerance-j1-pareto.svg", NULL);
  g_autofree char *pareto2 = g_build_filename (dir, "m-tolerance-j2-pareto.svg", NULL);
  g_autofree char *pareto_text = NULL;
  g_autofree char *svg = g_build_filename (dir, "m.svg", NULL);
  g_autofree char *text = NULL, *pdf_text = NULL, *svg_text = NULL;
  g_autoptr(GError) error = NULL;
  StkDesignNoteOptions options;
  int status;

  /* the fixing as the alignment check sees it: no pin or hole position,
   * the pin's play ±0.04 (clearance 0.08); 50,000 samples, seed 1 */
  stk_project_set_tolerance_fixing (project, 0, 0, 0.08);
  stk_project_set_tolerance_run (project, 50000, 1, 100);
  stk_design_note_options_init (&options);
  g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), md, &options, &error));
  g_assert_no_error (error);
  g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), pdf, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (md, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (plot, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (text, "## Tolerance analysis"));
  /* placement ±0.03 on both boards and the fixing ±0.04: worst case 0.10,
   * RSS √0.0034 = 0.058 (rotation moves the ends across only); the worst
   * case fits ±0.15 on every axis (across: 0.10 + 2 × 5.15 mm × 0.1° in
   * radians = 0.118), so a pass with none
   * outside (the note runs 50,000 samples: a 95 % interval of 0 to
   * z² / (n + z²) = 3.8415 / 50003.8 = 76.8 ppm, z = 1.96) */
  test_assert_contains (text, "| End 1, along | ±0.100 | ±0.058 |");
  test_assert_contains (text, "| 0.0 (0.0–76.8) |");
  /* none outside anywhere: the note shows the widest spread, across, where
   * the rotation adds 2 × (0.0089884 / 3)² to 2 × 0.01² and the play's
   * 0.02² (a disc's R/2): 0.0004 / 0.00061795 = 64.7 % */
  test_assert_contains (text, "share of the variance at End 1, across: Pin play in its hole 64.7 %");
  /* the analysis's own inputs, with their sources */
  test_assert_contains (text, "| Placement rotation of each connector | ±0.1 ° | estimate");
  test_assert_contains (text, "| Diametral clearance of the pin in its hole | 0.08 mm | user value");
  test_assert_contains (text, "](m-tolerance-j1.svg)");
  /* the Pareto beside it, as bars: the play's 64.7 % first */
  test_assert_contains (text, "](m-tolerance-j1-pareto.svg)");
  g_assert_true (g_file_get_contents (pareto1, &pareto_text, NULL, NULL));
  g_assert_nonnull (strstr (pareto_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  pdf_text = run ((const char *const[]) { "pdftotext", pdf, "-", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  test_assert_contains (pdf_text, "Tolerance analysis");
  test_assert_contains (pdf_text, "End 1, across: 0.0 ppm outside ±0.150 mm");
  test_assert_contains (pdf_text, "J1 main-left, End 1, across: share of the variance, largest first");
  g_unlink (md);
  g_unlink (pdf);
  g_unlink (plot);
  g_unlink (plot2);
  g_unlink (pareto1);
  g_unlink (pareto2);
  g_unlink (svg);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The page (of pdftotext's, split at form feeds) holding needle, or -1. */
static int
page_of (char      **pages,
         const char *needle)
{
  for (guint i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], needle) != NULL)
      return i;
  return -1;
}

/* The header cells of every table of a Markdown note, each header as the
 * cells joined by one space: "Input Value Source". */
static GPtrArray *
table_headers (const char *markdown)
{
  GPtrArray *headers = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "| ---") && g_str_has_prefix (lines[i - 1], "| "))
      {
        g_auto(GStrv) cells = g_strsplit (lines[i - 1], " | ", -1);
        g_autofree char *joined = NULL;

        g_strstrip (g_strdelimit (cells[0], "|", ' '));
        g_strstrip (g_strdelimit (cells[g_strv_length (cells) - 1], "|", ' '));
        joined = g_strjoinv (" ", cells);
        g_ptr_array_add (headers, g_steal_pointer (&joined));
      }
  return headers;
}

/* No page ends with a table's header or the line leading into a table:
 * the last line of each page above its footer, its runs of spaces made
 * one, is no table's header and does not end in a colon. Over the three
 * examples on both papers, so that some table meets a page's foot (the
 * phone on Letter paper once ended page 1 with "Connector pairs:"). */
static void
test_no_orphan_header (void)
{
  const char *const examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };
  g_autoptr(GRegex) spaces = g_regex_new (" {2,}", 0, 0, NULL);

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    for (StkPaper paper = STK_PAPER_A4; paper <= STK_PAPER_LETTER; paper++)
      {
        g_autoptr(StkProject) project = test_load_example (examples[e]);
        g_autofree char *dir = g_dir_make_tmp ("stk-note-XXXXXX", NULL);
        g_autofree char *pdf = g_build_filename (dir, "note.pdf", NULL);
        g_autoptr(StkDesignNote) note = NULL;
        g_autofree char *markdown = NULL;
        g_autofree char *text = NULL;
        g_autoptr(GPtrArray) headers = NULL;
        g_autoptr(GError) error = NULL;
        g_auto(GStrv) pages = NULL;
        StkDesignNoteOptions options;
        guint checked = 0;
        int status;

        stk_design_note_options_init (&options);
        options.paper = paper;
        note = stk_design_note_new (project, stk_catalog_get_default (), &options);
        markdown = stk_design_note_render_markdown (note);
        headers = table_headers (markdown);
        g_assert_cmpuint (headers->len, >, 5);
        g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), pdf, &options, &error));
        g_assert_no_error (error);
        text = run ((const char *const[]) { "pdftotext", "-layout", pdf, "-", NULL }, &status);
        g_assert_cmpint (status, ==, 0);
        pages = g_strsplit (text, "\f", -1);
        for (guint p = 0; pages[p] != NULL; p++)
          {
            g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
            int n = g_strv_length (lines);
            int last = n - 1;
            g_autofree char *line = NULL;

            /* the note's pages end with the footer "… Page N of M" */
            while (last >= 0 && strstr (lines[last], " Page ") == NULL)
              last--;
            if (last < 0)
              continue; /* a drawing sheet */
            do
              last--;
            while (last >= 0 && *g_strstrip (lines[last]) == '\0');
            if (last < 0)
              continue;
            line = g_regex_replace_literal (spaces, lines[last], -1, 0, " ", 0, NULL);
            /* nor with the line that leads into one ("Connector pairs:") */
            g_assert_false (g_str_has_suffix (line, ":"));
            for (guint h = 0; h < headers->len; h++)
              g_assert_cmpstr (line, !=, g_ptr_array_index (headers, h));
            checked++;
          }
        g_assert_cmpuint (checked, >, 3);
        g_unlink (pdf);
        g_assert_cmpint (g_rmdir (dir), ==, 0);
      }
}

/* What must be read together stays on one page: a table's header with its
 * first row (the phone note once ended a page with the analysis's "Input |
 * Value | Source" header alone), and each connector's tolerance part under
 * a heading of its own with its verdict and its histogram. In Markdown the
 * heading is a level-3 heading above the connector's first sentence. */
static void
test_keeps_together (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autofree char *dir = g_dir_make_tmp ("stk-note-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "note.pdf", NULL);
  g_autofree char *md = g_build_filename (dir, "note.md", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *markdown = NULL;
  g_auto(GStrv) pages = NULL;
  StkDesignNoteOptions options;
  const char *const connectors[] = { "J1 display", "J2 camera", "J3 daughter" };
  int status;

  stk_design_note_options_init (&options);
  g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), pdf, &options, &error));
  g_assert_no_error (error);
  text = run ((const char *const[]) { "pdftotext", "-layout", pdf, "-", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpint (page_of (pages, "Placement rotation of each connector"), ==,
                   page_of (pages, "Diametral clearance of the pin in its hole"));
  for (guint i = 0; i < G_N_ELEMENTS (connectors); i++)
    {
      /* every connector of the phone warns (see test-verdict.c) */
      g_autofree char *heading = g_strdup_printf ("%s: Warning", connectors[i]);
      g_autofree char *plot = g_strdup_printf ("%s, End", connectors[i]);
      g_autofree char *md_heading = g_strdup_printf ("### %s\n\nThe figures alone fail", heading);
      int page = page_of (pages, heading);

      g_assert_cmpint (page, >=, 0);
      g_assert_nonnull (strstr (strstr (pages[page], heading), "The figures alone fail"));
      g_assert_nonnull (strstr (strstr (pages[page], heading), plot));
      if (i == 0)
        {
          g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), md, &options, &error));
          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (md, &markdown, NULL, NULL));
        }
      test_assert_contains (markdown, md_heading);
    }
  {
    /* the note and whatever it wrote beside it (the drawing, the plots) */
    g_autoptr(GDir) files = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (files)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The provenance wording. The catalog's typical placement (±0.2 mm on both
 * boards, ±0.05 mm alignment: 0.45 mm worst case, 0.287 mm RSS) against the
 * 0.15 mm capture allowance, a low-confidence estimate, is a warning whose
 * explanation says what it rests on; a derated current limit cites the
 * datasheet and the user's derating, and the derating is listed. */
static void
test_provenance_wording (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(StkDesignNote) note = NULL;
  g_autofree char *text = NULL;
  StkDesignNoteOptions options;
  GPtrArray *boards = stk_project_get_boards (project);

  StkMate *m = g_ptr_array_index (stk_project_get_mates (project), 0);

  for (guint i = 0; i < boards->len; i++)
    ((StkBoard *) g_ptr_array_index (boards, i))->placement_accuracy_mm = 0.2;
  /* 0.48 A on two pins against 0.3 A × derating 0.8: a limit on two sources */
  stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.48, 4.2);
  stk_mate_assign_pins (m, 1, 2, "VBAT");
  stk_design_note_options_init (&options);
  note = stk_design_note_new (project, stk_catalog_get_default (), &options);
  text = stk_design_note_render_markdown (note);
  g_assert_nonnull (strstr (text, "| **WARNING** | Placement and mating alignment |"));
  g_assert_nonnull (strstr (text, "the figures alone would fail, but the verdict rests on the estimate "
                                  "“mating capture allowance” (low confidence)"));
  g_assert_nonnull (strstr (text, "A verdict never claims more than its weakest source"));
  g_assert_null (strstr (text, "| **FAIL** |"));
  g_assert_null (strstr (text, "SUPPLEMENT"));
  /* The derating is defined once with its label, and cited by it. */
  {
    const char *row = strstr (text, " | current derating |  | user value |");
    g_autofree char *label = NULL;
    g_autofree char *cite = NULL;

    g_assert_nonnull (row);
    while (row > text && row[-1] != '|')
      row--;
    label = g_strstrip (g_strndup (row, strstr (row, " | current derating") - row));
    g_assert_true (label[0] == 'E' && g_ascii_isdigit (label[1]));
    cite = g_strdup_printf ("[datasheet: P4 catalog, SPECIFICATIONS › Characteristics; %s]", label);
    g_assert_nonnull (strstr (text, cite));
  }
}

/* What a reviewer signs for: the inputs, and the pin assignment as the
 * parts meet, resting on the pin numbering estimate, which the note
 * defines by its label. The phone example's display pins 1 and 2 carry
 * VBAT, pin 16 no net. */
static void
test_inputs_and_pins (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autoptr(StkDesignNote) note = NULL;
  g_autofree char *text = NULL;
  StkDesignNoteOptions options;

  stk_design_note_options_init (&options);
  note = stk_design_note_new (project, stk_catalog_get_default (), &options);
  text = stk_design_note_render_markdown (note);
  g_assert_nonnull (strstr (text, "## Inputs"));
  g_assert_nonnull (strstr (text, "| Ambient temperature | -20 to 60 °C |"));
  g_assert_nonnull (strstr (text, "| Mating cycles | 10 (assembly 1, rework 2, test 3, service 4) |"));
  g_assert_nonnull (strstr (text, "| Main board | 0.8 mm | 0.3 mm | 1.2 mm |"));
  g_assert_nonnull (strstr (text, "## Pin assignment as mated"));
  g_assert_nonnull (strstr (text, "| Socket pin | Net on Main board | Header pin | Net on Display FPC |"));
  g_assert_nonnull (strstr (text, "| 1–2 | VBAT | 1–2 | VBAT |"));
  g_assert_null (strstr (text, "| 16 |"));
  g_assert_nonnull (strstr (text, "pin numbering convention estimate (E"));
  g_assert_nonnull (strstr (text, "A4S pin numbering (odd/even rows"));
  /* The drawing's sheets are named with their number, size and scale, as
   * the sheets laid out for the note's paper (A4 landscape) come out. */
  {
    StkSheetSpec spec;
    g_autoptr(StkSheets) sheets = NULL;
    g_autofree char *scale = NULL;
    g_autofree char *named = NULL;
    guint n;

    stk_sheet_spec_init (&spec);
    sheets = stk_sheets_new (project, stk_catalog_get_default (), &spec);
    n = stk_sheets_get_n_sheets (sheets);
    scale = stk_draw_format_scale (stk_sheets_get_scale (sheets));
    g_assert_cmpuint (n, >=, 1);
    named = g_strdup_printf ("%u A4 sheet%s (landscape, scale %s)", n, n == 1 ? "" : "s", scale);
    g_assert_nonnull (strstr (text, named));
  }
  g_assert_null (strstr (text, ".txt"));
  g_assert_null (strstr (text, "SUPPLEMENT"));
}

static void
test_unwritable_and_unknown (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(GError) error = NULL;
  StkDesignNoteOptions options;

  stk_design_note_options_init (&options);
  g_assert_false (stk_design_note_export (project, stk_catalog_get_default (), "/nonexistent-dir/x.pdf", &options, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "/nonexistent-dir/x.pdf"));
  g_clear_error (&error);
  g_assert_false (stk_design_note_export (project, stk_catalog_get_default (), "/tmp/x.docx", &options, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test ("/tmp/x.docx", G_FILE_TEST_EXISTS));
}

/* stackup-cli export --note: the headless path a hardware team's CI uses */
static void
test_cli_note (void)
{
  const char *cli = g_getenv ("STACKUP_CLI");
  g_autofree char *example = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *dir = g_dir_make_tmp ("stk-note-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "n.pdf", NULL);
  g_autofree char *md = g_build_filename (dir, "n.md", NULL);
  g_autofree char *bad = g_build_filename (dir, "n.odt", NULL);
  g_autofree char *out = NULL, *out2 = NULL, *out3 = NULL;
  int status;

  out = run ((const char *const[]) { cli, "export", example, "--note", pdf, "--note", md, "--paper", "letter", NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, pdf));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (md, G_FILE_TEST_IS_REGULAR));
  out2 = run ((const char *const[]) { cli, "export", example, "--note", bad, NULL }, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (out2, "unknown design note format"));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  out3 = run ((const char *const[]) { cli, "export", example, "--note", "/nonexistent-dir/n.pdf", NULL }, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (out3, "/nonexistent-dir/n.pdf"));
  g_unlink (pdf);
  g_unlink (md);
  /* the drawing and the tolerance plots beside the Markdown go too */
  test_remove_tree (dir);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/design-note/pdf-contents", test_pdf_contents);
  g_test_add_func ("/stackup/design-note/letter", test_letter);
  g_test_add_func ("/stackup/design-note/markdown-with-svg", test_markdown_with_svg);
  g_test_add_func ("/stackup/design-note/tolerance-section", test_tolerance_section);
  g_test_add_func ("/stackup/design-note/keeps-together", test_keeps_together);
  g_test_add_func ("/stackup/design-note/no-orphan-header", test_no_orphan_header);
  g_test_add_func ("/stackup/design-note/provenance-wording", test_provenance_wording);
  g_test_add_func ("/stackup/design-note/inputs-and-pins", test_inputs_and_pins);
  g_test_add_func ("/stackup/design-note/unwritable-and-unknown", test_unwritable_and_unknown);
  g_test_add_func ("/stackup/design-note/cli", test_cli_note);
  return g_test_run ();
}
