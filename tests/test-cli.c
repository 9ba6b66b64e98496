/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "stk-io.h"
#include "stk-project-io.h"
#include "test-util.h"

/* End-to-end: run the built stackup-cli (STACKUP_CLI, set by tests/meson.build)
 * and look only at what a user sees: exit status, stdout, stderr. Expected
 * values come from the datasheets, not from the catalog code. */

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_help (void)
{
  g_auto(TestRun) top = { 0 }, part = { 0 }, pair = { 0 }, version = { 0 };

  test_cli_run (&top, "--help", NULL);
  g_assert_cmpint (top.status, ==, 0);
  g_assert_cmpstr (top.err, ==, "");
  test_assert_contains (top.out, "Usage: stackup-cli COMMAND");
  test_assert_contains (top.out, "  catalog ");
  test_assert_contains (top.out, "  part ");
  test_assert_contains (top.out, "  pair ");
  test_assert_contains (top.out, "Examples:");
  test_assert_contains (top.out, "stackup-cli part AXK750147G");

  test_cli_run (&part, "part", "--help", NULL);
  g_assert_cmpint (part.status, ==, 0);
  test_assert_contains (part.out, "stackup-cli part AXE5E4026 --json");
  test_assert_contains (part.out, "--json");

  test_cli_run (&pair, "pair", "--help", NULL);
  g_assert_cmpint (pair.status, ==, 0);
  test_assert_contains (pair.out, "--series=S");
  test_assert_contains (pair.out, "--packaging=P");
  test_assert_contains (pair.out, "stackup-cli pair --series P4 --height 3.0 --pins 40");

  test_cli_run (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  test_assert_contains (version.out, "stackup-cli ");
}

/* PRODUCT TYPES rows: P4 9+8+8+7+3 = 35, A4S 8 mm 16+13 = 29, 4 mm 13. */
static void
test_catalog_text (void)
{
  g_auto(TestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint rows = 0;
  gboolean seen_35 = FALSE, seen_100 = FALSE;

  test_cli_run (&run, "catalog", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "Series"));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      if (lines[i][0] == '\0')
        continue;
      for (guint c = 0; cells[c] != NULL; c++)
        if (cells[c][0] != '\0')
          g_ptr_array_add (words, cells[c]);
      /* series, height, "mm", pins, packaging, socket, header */
      g_assert_cmpuint (words->len, ==, 7);
      rows++;
      if (g_str_equal (g_ptr_array_index (words, 5), "AXK720447G"))
        {
          g_assert_cmpstr (g_ptr_array_index (words, 1), ==, "3.5");
          g_assert_cmpstr (g_ptr_array_index (words, 6), ==, "AXK820245WG");
          seen_35 = TRUE;
        }
      if (g_str_equal (g_ptr_array_index (words, 5), "AXK700147G"))
        {
          g_assert_cmpstr (g_ptr_array_index (words, 3), ==, "100");
          g_assert_cmpstr (g_ptr_array_index (words, 6), ==, "AXK800145WG");
          seen_100 = TRUE;
        }
    }
  g_assert_cmpuint (rows, ==, 77);
  g_assert_true (seen_35 && seen_100);
}

static void
test_catalog_json (void)
{
  g_auto(TestRun) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *rows;
  guint p4 = 0, a4s_8 = 0, a4s_4 = 0, shared_socket = 0;

  test_cli_run (&run, "catalog", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  rows = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (rows), ==, 77);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *o = json_array_get_object_element (rows, i);
      const char *series = json_object_get_string_member (o, "series");
      const char *pkg = json_object_get_string_member (o, "packaging");
      const char *socket = json_object_get_string_member (o, "socket");
      double h = json_object_get_double_member (o, "mated_height_mm");

      p4 += g_str_equal (series, "P4");
      a4s_8 += g_str_equal (series, "A4S") && g_str_equal (pkg, "8mm");
      a4s_4 += g_str_equal (series, "A4S") && g_str_equal (pkg, "4mm");
      g_assert_true (json_object_has_member (o, "header"));
      g_assert_true (json_object_has_member (o, "source"));
      /* the datasheet's quirk: one socket for 2.5 and 3.0 mm */
      if (g_str_equal (socket, "AXK740347G"))
        {
          shared_socket++;
          g_assert_true (h == 2.5 || h == 3.0);
          g_assert_cmpstr (json_object_get_string_member (o, "header"), ==,
                           h == 2.5 ? "AXK840145WG" : "AXK840245WG");
        }
      if (g_str_equal (socket, "AXE580127"))
        g_assert_true (h == 0.8 || h == 1.0);
      if (g_str_equal (pkg, "4mm"))
        {
          g_assert_cmpfloat (h, ==, 0.8);
          g_assert_true (g_str_has_suffix (socket, "D"));
        }
    }
  g_assert_cmpuint (p4, ==, 35);
  g_assert_cmpuint (a4s_8, ==, 29);
  g_assert_cmpuint (a4s_4, ==, 13);
  g_assert_cmpuint (shared_socket, ==, 2);
}

/* Members of `part --json` named by the issue, checked against hand-read values. */
static void
assert_dims (JsonObject   *dims,
             const char   *letters,
             const double *values,
             const char   *section)
{
  g_assert_cmpuint (json_object_get_size (dims), ==, strlen (letters));
  for (guint i = 0; letters[i] != '\0'; i++)
    {
      char key[2] = { letters[i], 0 };
      JsonObject *d = json_object_get_object_member (dims, key);

      g_assert_nonnull (d);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (d, "value"), values[i], 1e-9);
      g_assert_cmpstr (json_object_get_string_member (d, "provenance"), ==, "datasheet");
      test_assert_contains (json_object_get_string_member (d, "source"), section);
    }
}

static JsonObject *
part_json (const char *part_number,
           JsonNode  **keep)
{
  g_auto(TestRun) run = { 0 };

  test_cli_run (&run, "part", part_number, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  *keep = parse_json (run.out);
  return json_node_get_object (*keep);
}

static void
assert_heights (JsonObject   *o,
                const double *heights,
                guint         n)
{
  JsonArray *a = json_object_get_array_member (o, "mated_heights_mm");

  g_assert_nonnull (a);
  g_assert_cmpuint (json_array_get_length (a), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (json_array_get_double_element (a, i), heights[i], 1e-9);
}

static void
test_part_json (void)
{
  g_autoptr(JsonNode) n1 = NULL, n2 = NULL, n3 = NULL, n4 = NULL;
  JsonObject *o;

  /* P4 socket shared by 2.5 and 3.0 mm: D from the "2.5 mm, 3.0 mm" row */
  o = part_json ("AXK720347G", &n1);
  g_assert_cmpstr (json_object_get_string_member (o, "series"), ==, "P4");
  g_assert_cmpstr (json_object_get_string_member (o, "role"), ==, "socket");
  g_assert_cmpint (json_object_get_int_member (o, "pins"), ==, 20);
  assert_heights (o, (double[]) { 2.5, 3.0 }, 2);
  g_assert_cmpstr (json_object_get_string_member (o, "packaging"), ==, "embossed");
  g_assert_false (json_object_get_boolean_member (o, "inspection"));
  assert_dims (json_object_get_object_member (o, "dimensions_mm"), "ABCD",
               (double[]) { 6.30, 3.60, 1.60, 2.42 }, "P4 catalog, DIMENSIONS › Socket");

  /* P4 header shared by three heights, typed in lower case */
  o = part_json ("axk800145wg", &n2);
  g_assert_cmpstr (json_object_get_string_member (o, "part_number"), ==, "AXK800145WG");
  g_assert_cmpstr (json_object_get_string_member (o, "role"), ==, "header");
  g_assert_cmpint (json_object_get_int_member (o, "pins"), ==, 100);
  assert_heights (o, (double[]) { 1.5 }, 1);
  assert_dims (json_object_get_object_member (o, "dimensions_mm"), "ABCDE",
               (double[]) { 21.10, 19.60, 17.60, 1.31, 1.20 }, "P4 catalog, DIMENSIONS › Header");

  /* A4S 4 mm pitch packaging */
  o = part_json ("AXE640124D", &n3);
  g_assert_cmpstr (json_object_get_string_member (o, "series"), ==, "A4S");
  g_assert_cmpstr (json_object_get_string_member (o, "packaging"), ==, "4mm");
  assert_heights (o, (double[]) { 0.8 }, 1);
  assert_dims (json_object_get_object_member (o, "dimensions_mm"), "ABC",
               (double[]) { 9.80, 7.60, 9.20 }, "A4S catalog, DIMENSIONS › Header");

  /* The inspection type: no mated height is stated for it */
  o = part_json ("AXE5E1026", &n4);
  g_assert_cmpstr (json_object_get_string_member (o, "role"), ==, "socket");
  g_assert_cmpint (json_object_get_int_member (o, "pins"), ==, 10);
  g_assert_true (json_object_get_boolean_member (o, "inspection"));
  g_assert_cmpint (json_object_get_int_member (o, "mating_cycles"), ==, 3000);
  assert_heights (o, NULL, 0);
  assert_dims (json_object_get_object_member (o, "dimensions_mm"), "ABC",
               (double[]) { 4.50, 1.60, 3.40 }, "A4S catalog, DIMENSIONS › Socket");
}

static void
test_part_text (void)
{
  g_auto(TestRun) run = { 0 };

  test_cli_run (&run, "part", "AXK820145WG", NULL);
  g_assert_cmpint (run.status, ==, 0);
  test_assert_contains (run.out, "AXK820145WG\n");
  test_assert_contains (run.out, "1.5 mm, 2.0 mm, 2.5 mm");
  test_assert_contains (run.out, "D = 1.31");
  test_assert_contains (run.out, "E = 1.2 ");
  test_assert_contains (run.out, "datasheet: P4 catalog, DIMENSIONS › Header");
}

static void
test_pair_text (void)
{
  g_auto(TestRun) p4 = { 0 }, a4s = { 0 };

  /* the 3.5 mm socket comes 2,000 to a reel (ordering note 1) */
  test_cli_run (&p4, "pair", "--series", "P4", "--height", "3.5", "--pins", "20", NULL);
  g_assert_cmpint (p4.status, ==, 0);
  g_assert_cmpstr (p4.err, ==, "");
  test_assert_contains (p4.out, "Socket:  AXK720447G\n");
  test_assert_contains (p4.out, "Header:  AXK820245WG");
  test_assert_contains (p4.out, "socket 2000 per reel / 4000 per outer carton");
  test_assert_contains (p4.out, "header 3000 per reel / 6000 per outer carton");

  test_cli_run (&a4s, "pair", "--series", "a4s", "--height", "0.80", "--pins", "40", "--packaging", "4mm", NULL);
  g_assert_cmpint (a4s.status, ==, 0);
  test_assert_contains (a4s.out, "AXE540127D");
  test_assert_contains (a4s.out, "AXE640124D");
  test_assert_contains (a4s.out, "15000 per reel / 30000 per outer carton");
}

static void
test_pair_json (void)
{
  g_auto(TestRun) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o, *sock, *head;

  test_cli_run (&run, "pair", "--series", "A4S", "--height", "1.0", "--pins", "80", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  o = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (o, "socket"), ==, "AXE580127");
  g_assert_cmpstr (json_object_get_string_member (o, "header"), ==, "AXE680224");
  g_assert_cmpfloat (json_object_get_double_member (o, "mated_height_mm"), ==, 1.0);
  g_assert_cmpstr (json_object_get_string_member (o, "packaging"), ==, "8mm");
  sock = json_object_get_object_member (o, "socket_part");
  head = json_object_get_object_member (o, "header_part");
  assert_heights (sock, (double[]) { 0.8, 1.0 }, 2);
  assert_heights (head, (double[]) { 1.0 }, 1);
  assert_dims (json_object_get_object_member (head, "dimensions_mm"), "ABC",
               (double[]) { 17.80, 15.60, 17.20 }, "Header (mated height 1.0 mm)");
}

static const struct {
  const char *args[10];
  const char *err;
} bad_inputs[] = {
  { { "frob" }, "unknown command “frob” (try --help)" },
  { { "catalog", "--bogus" }, "Unknown option --bogus (try --help)" },
  { { "catalog", "extra" }, "catalog: unexpected argument “extra”" },
  { { "part" }, "part: give exactly one part number (try --help)" },
  { { "part", "AXK750147G", "AXK850145WG" }, "part: give exactly one part number (try --help)" },
  { { "part", "AXK790147G" }, "AXK790147G: P4 has no 90-pin part" },
  { { "part", "AXE5E1826" }, "AXE5E1826: the A4S inspection-use type has no 18-pin part" },
  { { "part", "" }, "the part number is empty" },
  { { "pair", "--series", "P4" }, "pair: --series, --height and --pins are all required (try --help)" },
  { { "pair", "--height", "1.5", "--pins", "20" }, "pair: --series, --height and --pins are all required (try --help)" },
  { { "pair", "--series", "F4S", "--height", "1.5", "--pins", "20" }, "pair: unknown series “F4S” (the catalog holds P4, A4S)" },
  { { "pair", "--series", "P4", "--height", "abc", "--pins", "20" }, "pair: --height: “abc” is not a number of millimetres" },
  { { "pair", "--series", "P4", "--height", "1.5mm", "--pins", "20" }, "pair: --height: “1.5mm” is not a number of millimetres" },
  { { "pair", "--series", "P4", "--height", "nan", "--pins", "20" }, "pair: --height: “nan” is not a number of millimetres" },
  { { "pair", "--series", "P4", "--height", "1.2", "--pins", "20" },
    "pair: P4 has no 1.2 mm mated height (heights: 1.5, 2.0, 2.5, 3.0, 3.5 mm)" },
  { { "pair", "--series", "A4S", "--height", "1.5", "--pins", "20" },
    "pair: A4S has no 1.5 mm mated height (heights: 0.8, 1.0 mm)" },
  { { "pair", "--series", "P4", "--height", "3.0", "--pins", "70" },
    "pair: P4 3.0 mm (embossed) has no 70-pin part; pin counts: 20, 24, 30, 40, 50, 60, 80" },
  { { "pair", "--series", "A4S", "--height", "1.0", "--pins", "16" },
    "pair: A4S 1.0 mm (8mm) has no 16-pin part; pin counts: 10, 12, 14, 20, 24, 30, 40, 44, 50, 54, 60, 70, 80" },
  { { "pair", "--series", "A4S", "--height", "0.8", "--pins", "70", "--packaging", "4mm" },
    "pair: A4S 0.8 mm (4mm) has no 70-pin part; pin counts: 10, 12, 14, 16, 20, 24, 30, 34, 40, 44, 50, 60, 64" },
  { { "pair", "--series", "A4S", "--height", "1.0", "--pins", "40", "--packaging", "4mm" },
    "pair: A4S 1.0 mm is not made in 4 mm pitch embossed tape packaging" },
  { { "pair", "--series", "P4", "--height", "1.5", "--pins", "40", "--packaging", "4mm" },
    "pair: P4 has no “4mm” packaging" },
  { { "pair", "--series", "P4", "--height", "1.5", "--pins", "abc" }, "pair: --pins must be a whole number of 1 or more, not “abc”" },
  { { "pair", "--series", "P4", "--height", "1.5", "--pins", "-3" }, "pair: --pins must be a whole number of 1 or more, not “-3”" },
  /* the least int was once the "not given" mark */
  { { "pair", "--series", "P4", "--height", "1.5", "--pins", "-2147483648" },
    "pair: --pins must be a whole number of 1 or more, not “-2147483648”" },
  { { "pair", "--series", "P4", "--height", "1.5", "--pins", "20", "extra" }, "pair: unexpected argument “extra”" },
  /* the date is refused before the project is read: x.stackup need not exist */
  { { "export", "x.stackup", "--note", "x.pdf", "--date", "notadate" },
    "--date: “notadate” is not a date written YYYY-MM-DD, such as 2026-12-01" },
  /* 2026 is no leap year: February has 28 days */
  { { "export", "x.stackup", "--note", "x.pdf", "--date", "2026-02-29" },
    "--date: “2026-02-29” is not a date written YYYY-MM-DD, such as 2026-12-01" },
  { { "export", "x.stackup", "--note", "x.pdf", "--date", "2026-13-01" },
    "--date: “2026-13-01” is not a date written YYYY-MM-DD, such as 2026-12-01" },
  { { "export", "x.stackup", "--note", "x.pdf", "--date", "2026-1-01" },
    "--date: “2026-1-01” is not a date written YYYY-MM-DD, such as 2026-12-01" },
  { { "export", "x.stackup", "--note", "x.pdf", "--date", "+026-12-01" },
    "--date: “+026-12-01” is not a date written YYYY-MM-DD, such as 2026-12-01" },
};

static void
test_bad_input (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      const char *const *a = bad_inputs[i].args;
      g_auto(TestRun) run = { 0 };
      g_autofree char *want = g_strdup_printf ("stackup-cli: %s\n", bad_inputs[i].err);

      test_cli_run (&run, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], NULL);
      g_test_message ("stackup-cli %s …", a[0]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, want);
    }
}

static void
test_no_command (void)
{
  g_auto(TestRun) run = { 0 };

  test_run_cli (&run, G_SUBPROCESS_FLAGS_STDERR_PIPE, (const char *const[]) { NULL });
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  test_assert_contains (run.err, "Usage: stackup-cli COMMAND");
}

/* Every command --help lists has its own section in the man page source. */
static void
test_man_page_lists_commands (void)
{
  g_auto(TestRun) run = { 0 };
  g_autofree char *path = test_source_path ("docs", "stackup-cli.1", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = stk_io_read_file (file, 1024 * 1024, &error);
  g_autofree char *man = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean in_commands = FALSE;
  guint listed = 0;

  g_assert_no_error (error);
  man = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  test_cli_run (&run, "--help", NULL);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      g_autofree char *section = NULL;

      if (g_str_equal (lines[i], "Commands:"))
        in_commands = TRUE;
      else if (lines[i][0] == '\0')
        in_commands = FALSE;
      if (!in_commands || !g_str_has_prefix (lines[i], "  "))
        continue;
      words = g_strsplit (g_strchug (lines[i]), " ", 2);
      section = g_strdup_printf ("\n.SS %s ", words[0]);
      test_assert_contains (man, section);
      listed++;
    }
  g_assert_cmpuint (listed, >=, 3);
}

/* An output path in a new temporary folder (*dir, removed by the caller). */
static char *
temp_output (const char  *name,
             char       **dir)
{
  *dir = g_dir_make_tmp ("stackup-cli-XXXXXX", NULL);
  return g_build_filename (*dir, name, NULL);
}

/* A read-only output is refused, named, and left as it was (it used to be
 * silently replaced). */
static void
test_export_read_only (void)
{
  g_auto(TestRun) run = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *out = temp_output ("ro.svg", &dir);
  g_autofree char *project = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *want = g_strdup_printf ("stackup-cli: Cannot write “%s”: the file is read-only; it was not changed\n", out);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_cmpint (g_chmod (out, 0444), ==, 0);
  test_cli_run (&run, "export", project, "--drawing", out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  /* The first line: under LeakSanitizer a report of suppressed font-stack
   * leaks may follow, as the drawing was made before the write failed. */
  g_assert_true (g_str_has_prefix (run.err, want));
  g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "old");
  g_unlink (out);
  g_rmdir (dir);
}

/* --cut takes only what the file's reader would: a label used twice is
 * refused with the reader's words, exit 2, and nothing is written. */
static void
test_export_cut_twice (void)
{
  g_autofree char *project = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *out = temp_output ("cuts.svg", &dir);
  g_auto(TestRun) run = { 0 };

  test_cli_run (&run, "export", project, "--drawing", out, "--cut", "x=1:K", "--cut", "y=2:K", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "stackup-cli: --cut y=2:K: “K” names an earlier cut too\n"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

/* A real date (2028 is a leap year) goes into the note's title block as given. */
static void
test_export_date (void)
{
  g_autofree char *project = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *out = temp_output ("note.md", &dir);
  g_autofree char *note = NULL;
  g_auto(TestRun) run = { 0 };

  test_cli_run (&run, "export", project, "--note", out, "--date", "2028-02-29", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &note, NULL, NULL));
  test_assert_contains (note, "2028-02-29");
  test_remove_tree (dir);
}

/* A --cut that crosses no board is refused where it is entered, naming the
 * cut and the boards' extent across it: the phone's main board, 140 long
 * in y from −70, is the widest in y; its envelope is y −70…70. */
static void
test_export_cut_far (void)
{
  g_autofree char *project = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *out = temp_output ("far.svg", &dir);
  g_auto(TestRun) run = { 0 };

  test_cli_run (&run, "export", project, "--drawing", out, "--cut", "x=500:Z", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "stackup-cli: --cut x=500:Z: Cut Z, along x at y = 500.0 mm, crosses "
                                            "no board: the boards lie from y = -70.0 to 70.0 mm\n"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

/* The file's own cut that crosses no board is kept: the drawing is written,
 * with a warning naming the member. */
static void
test_export_file_cut_far (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autofree char *dir = NULL;
  g_autofree char *project = temp_output ("far.stackup", &dir);
  g_autofree char *out = g_build_filename (dir, "far.svg", NULL);
  g_autofree char *json = NULL;
  g_auto(TestRun) run = { 0 };

  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_Y, -500, NULL));
  json = stk_project_to_json (p);
  g_assert_true (g_file_set_contents (project, json, -1, NULL));
  test_cli_run (&run, "export", project, "--drawing", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.err, "stackup-cli: warning: section_cuts[0]: The cut along y at x = -500.0 mm "
                                            "crosses no board: the boards lie from x = -35.0 to 35.0 mm\n"));
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  g_unlink (out);
  g_unlink (project);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/cli/help", test_help);
  g_test_add_func ("/stackup/cli/catalog-text", test_catalog_text);
  g_test_add_func ("/stackup/cli/catalog-json", test_catalog_json);
  g_test_add_func ("/stackup/cli/part-json", test_part_json);
  g_test_add_func ("/stackup/cli/part-text", test_part_text);
  g_test_add_func ("/stackup/cli/pair-text", test_pair_text);
  g_test_add_func ("/stackup/cli/pair-json", test_pair_json);
  g_test_add_func ("/stackup/cli/bad-input", test_bad_input);
  g_test_add_func ("/stackup/cli/no-command", test_no_command);
  g_test_add_func ("/stackup/cli/export-read-only", test_export_read_only);
  g_test_add_func ("/stackup/cli/export-cut-twice", test_export_cut_twice);
  g_test_add_func ("/stackup/cli/export-date", test_export_date);
  g_test_add_func ("/stackup/cli/export-cut-far", test_export_cut_far);
  g_test_add_func ("/stackup/cli/export-file-cut-far", test_export_file_cut_far);
  g_test_add_func ("/stackup/cli/man-page-lists-commands", test_man_page_lists_commands);

  return g_test_run ();
}
