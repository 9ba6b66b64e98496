/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stk-output-format.h"
#include "test-util.h"

/* How stackup-cli reads to a user: help, confirmations, first-line
 * diagnoses, table layout and bash completion. Only stdout, stderr and the
 * exit status are looked at. */

/* GOption writes "Usage:\n  PRGNAME [OPTION…]"; the program is
 * "stackup-cli CMD", as a user types it. */
static void
test_command_usage (void)
{
  const char *commands[] = { "catalog", "part", "pair", "check", "options", "export", "tolerance" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(TestRun) run = { 0 };
      g_autofree char *want = g_strdup_printf ("Usage:\n  stackup-cli %s [OPTION…]", commands[i]);

      test_cli_run (&run, commands[i], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_str_has_prefix (run.out, want));
    }
}

/* The top-level list says export writes the note as well as drawings. */
static void
test_top_help_export (void)
{
  g_auto(TestRun) run = { 0 };

  test_cli_run (&run, "--help", NULL);
  test_assert_contains (run.out, "  export     Write a project's design note and drawing\n");
}

/* export takes exactly the output list's formats: its help names the list's
 * extensions, each format of the list is written from its extension (a PDF
 * note on the paper asked for), and any other extension is refused with the
 * list's extensions. */
static void
test_export_formats_are_the_list (void)
{
  g_auto(TestRun) help = { 0 }, bad = { 0 }, bad_note = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("stackup-cli-XXXXXX", NULL);
  g_autofree char *project = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *jpg = g_build_filename (dir, "d.jpg", NULL);
  g_autofree char *want_bad = g_strdup_printf ("stackup-cli: Unknown drawing format for “%s”: use .pdf, .svg, .png, .dxf\n",
                                               jpg);
  g_autofree char *want_bad_note = g_strdup_printf ("stackup-cli: %s: unknown design note format (use .pdf, .md)\n",
                                                    jpg);
  guint n;
  const StkOutputFormat *list = stk_output_format_list (&n);

  test_cli_run (&help, "export", "--help", NULL);
  test_assert_contains (help.out, "Write the dimensioned drawing to OUT (.pdf, .svg, .png, .dxf)");
  test_assert_contains (help.out, "Write the design note to OUT (.pdf, .md;");
  for (guint i = 0; i < n; i++)
    {
      g_auto(TestRun) run = { 0 };
      g_autofree char *name = g_strconcat (list[i].id, list[i].extension, NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      gboolean note = list[i].content == STK_OUTPUT_NOTE;
      const char *paper = list[i].has_paper && list[i].paper == STK_PAPER_LETTER ? "letter" : "a4";

      test_cli_run (&run, "export", project, note ? "--note" : "--drawing", path, "--paper", paper, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  test_cli_run (&bad, "export", project, "--drawing", jpg, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpstr (bad.err, ==, want_bad);
  test_cli_run (&bad_note, "export", project, "--note", jpg, NULL);
  g_assert_cmpint (bad_note.status, ==, 2);
  g_assert_cmpstr (bad_note.err, ==, want_bad_note);
  test_remove_tree (dir);
}

/* Every file written is confirmed, drawings as notes. */
static void
test_export_confirms (void)
{
  g_auto(TestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("stackup-cli-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "d.svg", NULL);
  g_autofree char *dxf = g_build_filename (dir, "d.dxf", NULL);
  g_autofree char *pdf = g_build_filename (dir, "n.pdf", NULL);
  g_autofree char *project = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *want = g_strdup_printf ("Drawing written to %s\nDrawing written to %s\n"
                                           "Design note written to %s\n", svg, dxf, pdf);

  test_cli_run (&run, "export", project, "--drawing", svg, "--drawing", dxf, "--note", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, want);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
  test_remove_tree (dir);
}

/* options says what it assumes, and the default joint is board-to-board:
 * no --kind lists exactly what --kind board-to-board lists. */
static void
test_options_assumptions (void)
{
  g_auto(TestRun) help = { 0 }, bare = { 0 }, b2b = { 0 }, any = { 0 };

  test_cli_run (&help, "options", "--help", NULL);
  test_assert_contains (help.out, "Unless told otherwise it assumes a board-to-board joint (--kind)");
  test_assert_contains (help.out, "board-to-board (the default), board-to-fpc or any");

  test_cli_run (&bare, "options", "--signal-pins", "10", NULL);
  test_cli_run (&b2b, "options", "--signal-pins", "10", "--kind", "board-to-board", NULL);
  test_cli_run (&any, "options", "--signal-pins", "10", "--kind", "any", NULL);
  g_assert_cmpint (bare.status, ==, 0);
  g_assert_cmpstr (bare.out, ==, b2b.out);
  g_assert_cmpstr (bare.out, !=, any.out);
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* A file that is not JSON at all is named so on the first line, with where
 * reading stopped; a broken JSON file keeps the scanner's own words; a
 * missing file is said once. */
static void
test_check_diagnoses (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-cli-XXXXXX", NULL);
  g_autofree char *readme = write_temp (dir, "README.md", "# Stackup\n\nA tool.\n");
  g_autofree char *broken = write_temp (dir, "broken.stackup", "{\"format\": 'x'}\n");
  g_autofree char *missing = g_build_filename (dir, "missing.stackup", NULL);
  g_autofree char *want_missing = g_strdup_printf ("stackup-cli: Cannot open “%s”: No such file or directory\n",
                                                   missing);
  g_auto(TestRun) r = { 0 }, b = { 0 }, m = { 0 };

  test_cli_run (&r, "check", readme, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_cmpstr (r.err, ==, "stackup-cli: README.md: not a Stackup project (not JSON): line 1, column 1: "
                              "expected a value, found “#”\n");

  test_cli_run (&b, "check", broken, NULL);
  g_assert_cmpint (b.status, ==, 2);
  g_assert_null (strstr (b.err, "not a Stackup project"));
  /* the quote is the 12th character of line 1 */
  test_assert_contains (b.err, "broken.stackup: line 1, column 12: ");

  test_cli_run (&m, "check", missing, NULL);
  g_assert_cmpint (m.status, ==, 2);
  g_assert_cmpstr (m.err, ==, want_missing);
  test_remove_tree (dir);
}

/* Numbers right-aligned under their headings: "Height" and "1.5 mm" are
 * both 6 columns, "Pins" 4 and "  20" too, one space between columns. */
static void
test_catalog_columns (void)
{
  g_auto(TestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  test_cli_run (&run, "catalog", NULL);
  lines = g_strsplit (run.out, "\n", 3);
  g_assert_true (g_str_has_prefix (lines[0], "Series Height Pins Packing"));
  g_assert_true (g_str_has_prefix (lines[1], "P4     1.5 mm   20 embossed"));
}

/* Sources the completion file in bash and asks it, as bash would on Tab,
 * what completes `line` (the last word being completed). */
static char *
complete (const char *line)
{
  g_autofree char *file = test_source_path ("src", "cli", "completion", "stackup-cli", NULL);
  g_autofree char *cli_dir = g_path_get_dirname (g_getenv ("STACKUP_CLI"));
  g_autofree char *script = g_strdup_printf (
    "PATH=%s:$PATH; source %s; COMP_WORDS=(%s); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
    "[[ \"%s\" == *' ' ]] && { COMP_WORDS+=(''); COMP_CWORD=$((COMP_CWORD + 1)); }; "
    "_stackup_cli; echo \"${COMPREPLY[*]}\"", cli_dir, file, line, line);
  const char *argv[] = { "bash", "--norc", "-c", script, NULL };
  g_auto(TestRun) run = { 0 };

  test_run_program (&run, G_SUBPROCESS_FLAGS_STDERR_PIPE, argv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  return g_strdup (g_strchomp (run.out));
}

static void
test_bash_completion (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-complete-XXXXXX", NULL);
  g_autofree char *project = write_temp (dir, "phone.stackup", "{}");
  g_autofree char *notes = write_temp (dir, "notes.txt", "");
  g_autofree char *line = g_strdup_printf ("stackup-cli check %s/", dir);
  g_autofree char *want_file = g_strdup_printf ("%s/phone.stackup", dir);
  struct { const char *line; const char *want; } cases[] = {
    { "stackup-cli ", "catalog part pair check options export tolerance --help --version" },
    { "stackup-cli tolerance x.stackup --tar", "--target-ppm" },
    { "stackup-cli ch", "check" },
    { "stackup-cli options --ki", "--kind" },
    { "stackup-cli options --kind board-to-", "board-to-board board-to-fpc" },
    { "stackup-cli pair --packaging ", "embossed 8mm 4mm" },
    { "stackup-cli export x.stackup --pa", "--paper" },
    { "stackup-cli export x.stackup --paper l", "letter" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = complete (cases[i].line);

      g_test_message ("completing “%s”", cases[i].line);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
  /* check offers .stackup files, not the text file beside them. */
  {
    g_autofree char *got = complete (line);
    g_assert_cmpstr (got, ==, want_file);
  }
  (void) notes;
  test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/cli/usage/command-usage", test_command_usage);
  g_test_add_func ("/stackup/cli/usage/top-help-export", test_top_help_export);
  g_test_add_func ("/stackup/cli/usage/export-confirms", test_export_confirms);
  g_test_add_func ("/stackup/cli/usage/export-formats-are-the-list", test_export_formats_are_the_list);
  g_test_add_func ("/stackup/cli/usage/options-assumptions", test_options_assumptions);
  g_test_add_func ("/stackup/cli/usage/check-diagnoses", test_check_diagnoses);
  g_test_add_func ("/stackup/cli/usage/catalog-columns", test_catalog_columns);
  g_test_add_func ("/stackup/cli/usage/bash-completion", test_bash_completion);
  return g_test_run ();
}
