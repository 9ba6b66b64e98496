/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "stk-project-io.h"
#include "test-util.h"

/* `stackup-cli check` and `stackup-cli options` as a CI would run them. */

static int
check_example (const char *name,
               TestRun    *r)
{
  g_autofree char *path = test_source_path ("data", "examples", name, NULL);
  const char *args[] = { "check", path, NULL };

  test_run_cli (r, G_SUBPROCESS_FLAGS_STDERR_PIPE, args);
  return r->status;
}

static void
test_passing_examples (void)
{
  g_auto(TestRun) phone = { 0 };
  g_auto(TestRun) mezzanine = { 0 };

  g_assert_cmpint (check_example ("phone.stackup", &phone), ==, 0);
  g_assert_null (strstr (phone.out, "failed"));
  g_assert_cmpint (check_example ("mezzanine.stackup", &mezzanine), ==, 0);
  g_assert_null (strstr (mezzanine.out, "failed"));
}

static void
test_failing_example (void)
{
  g_auto(TestRun) r = { 0 };

  g_assert_cmpint (check_example ("failing.stackup", &r), ==, 1);
  g_assert_nonnull (strstr (r.out, "one-connector"));
  g_assert_nonnull (strstr (r.out, "\nFail: 9 failed, 1 warning, "));
}

static void
test_invalid_file (void)
{
  g_auto(TestRun) r = { 0 };
  g_auto(TestRun) missing = { 0 };
  g_autofree char *path = test_source_path ("tests", "data", "malformed", "empty.stackup", NULL);
  const char *args[] = { "check", path, NULL };
  const char *no_file[] = { "check", NULL };

  test_run_cli (&r, G_SUBPROCESS_FLAGS_STDERR_PIPE, args);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "empty.stackup"));
  g_assert_cmpstr (r.out, ==, "");
  test_run_cli (&missing, G_SUBPROCESS_FLAGS_STDERR_PIPE, no_file);
  g_assert_cmpint (missing.status, ==, 2);
}

/* Special files are refused at once with exit 2: /dev/zero used to be read
 * for 4 GB and a FIFO blocked forever (this test would hang, not fail). */
static void
test_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-cli-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.stackup", NULL);
  g_autofree char *want_fifo = g_strdup_printf ("stackup-cli: Cannot open “%s”: it is a named pipe (FIFO); Stackup reads only files\n", fifo);
  g_autofree char *want_dir = g_strdup_printf ("stackup-cli: Cannot open “%s”: it is a folder\n", dir);
  const struct { const char *path; const char *err; } cases[] = {
    { "/dev/zero", "stackup-cli: Cannot open “/dev/zero”: it is a device; Stackup reads only files\n" },
    { fifo, want_fifo },
    { dir, want_dir },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TestRun) r = { 0 };
      const char *args[] = { "check", cases[i].path, NULL };

      test_run_cli (&r, G_SUBPROCESS_FLAGS_STDERR_PIPE, args);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, cases[i].err);
    }
  g_unlink (fifo);
  g_rmdir (dir);
}

/* The crafted file that crashed the CLI (stack overflow inside json-glib):
 * 100 000 levels behind a " in a comment, about 200 KB. Now exit 2 with
 * where the non-JSON starts: column 7 is the / after {"a": . */
static void
test_crafted_deep_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deep.stackup", NULL);
  GString *text = g_string_new ("{\"a\": /* \" */ \"deep\": ");
  g_auto(TestRun) r = { 0 };
  const char *args[] = { "check", path, NULL };

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  g_string_free (text, TRUE);
  test_run_cli (&r, G_SUBPROCESS_FLAGS_STDERR_PIPE, args);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "stackup-cli: deep.stackup: line 1, column 7: a comment (/*) is not JSON\n"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_check_json (void)
{
  gboolean saw_figure = FALSE;
  g_auto(TestRun) r = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = test_source_path ("data", "examples", "failing.stackup", NULL);
  const char *args[] = { "check", path, "--json", NULL };
  JsonObject *root;
  JsonArray *results;
  gboolean saw_fail = FALSE;

  test_run_cli (&r, G_SUBPROCESS_FLAGS_STDERR_PIPE, args);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "worst"), ==, "fail");
  results = json_object_get_array_member (root, "results");
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *o = json_array_get_object_element (results, i);
      JsonObject *src = json_object_get_object_member (o, "limit_source");

      g_assert_nonnull (json_object_get_string_member (src, "source"));
      saw_fail |= g_str_equal (json_object_get_string_member (o, "status"), "fail");
      /* A figure for information (composite force, stack total) has a
       * value and no limit; a verdict has both, and a margin. */
      if (g_str_equal (json_object_get_string_member (o, "item"), "insertion-force"))
        {
          saw_figure = TRUE;
          g_assert_true (json_object_has_member (o, "value"));
          g_assert_false (json_object_has_member (o, "limit"));
          g_assert_false (json_object_has_member (o, "margin"));
        }
      if (json_object_has_member (o, "limit"))
        g_assert_true (json_object_has_member (o, "margin") && json_object_has_member (o, "value"));
    }
  g_assert_true (saw_fail);
  g_assert_true (saw_figure);
}

/* `check --json` of a project, parsed; the raw text in *text. */
static JsonArray *
check_json_of (StkProject  *project,
               JsonParser  *parser,
               char       **text)
{
  g_autofree char *dir = g_dir_make_tmp ("stk-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_auto(TestRun) r = { 0 };
  const char *args[] = { "check", path, "--json", NULL };

  g_assert_true (stk_project_save_file (project, file, &error));
  g_assert_no_error (error);
  test_run_cli (&r, G_SUBPROCESS_FLAGS_STDERR_PIPE, args);
  g_remove (path);
  g_rmdir (dir);
  g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
  g_assert_no_error (error);
  *text = g_steal_pointer (&r.out);
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
}

static JsonObject *
find_record (JsonArray  *results,
             const char *check,
             const char *item)
{
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *o = json_array_get_object_element (results, i);

      if (g_str_equal (json_object_get_string_member (o, "check"), check) &&
          g_str_equal (json_object_get_string_member (o, "item"), item))
        return o;
    }
  g_error ("no %s/%s record", check, item);
}

/* The JSON says what each record rests on. The default pair with the
 * catalog's typical ±0.2 mm placement on both boards (0.45 mm worst case
 * against the 0.15 mm capture estimate, low confidence) fails by the
 * figures and is a warning, with figures_status and weakened_by; VBAT
 * 0.48 A on two pins has a limit of 0.3 A × derating 0.8 resting on the
 * datasheet and the user's derating; numbers carry no float noise (the
 * 0.05 mm fixing in 0.45 = 0.2 + 0.2 + 0.05 is 0.45000000000000001 in
 * doubles, the stack 0.8 + 1.5 + 0.8 is 3.0999999999999996). */
static void
test_check_json_provenance (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  StkMate *m = g_ptr_array_index (stk_project_get_mates (project), 0);
  GPtrArray *boards = stk_project_get_boards (project);
  JsonArray *results, *rests_on;
  JsonObject *o;

  for (guint i = 0; i < boards->len; i++)
    ((StkBoard *) g_ptr_array_index (boards, i))->placement_accuracy_mm = 0.2;
  stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.48, 4.2);
  stk_mate_assign_pins (m, 1, 2, "VBAT");
  results = check_json_of (project, parser, &text);

  o = find_record (results, "alignment", "along");
  g_assert_cmpstr (json_object_get_string_member (o, "status"), ==, "warning");
  g_assert_cmpstr (json_object_get_string_member (o, "figures_status"), ==, "fail");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (o, "weakened_by"), "label"),
                   ==, "mating capture allowance");
  g_assert_cmpfloat (json_object_get_double_member (o, "value"), ==, 0.45);

  o = find_record (results, "electrical", "per-pin");
  rests_on = json_object_get_array_member (o, "rests_on");
  g_assert_cmpuint (json_array_get_length (rests_on), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rests_on, 0), "provenance"),
                   ==, "datasheet");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rests_on, 1), "provenance"),
                   ==, "user");
  g_assert_false (json_object_has_member (o, "figures_status"));

  g_assert_nonnull (strstr (text, "\"value\": 3.1,"));
  /* no run of ten or more digits after a decimal point anywhere */
  for (const char *p = strchr (text, '.'); p; p = strchr (p + 1, '.'))
    g_assert_cmpuint (strspn (p + 1, "0123456789"), <, 10);
}

/* The hand-worked case of test-explorer.c: four P4 30-pin options pass,
 * the 2.0 mm one first. */
static void
test_options (void)
{
  g_auto(TestRun) r = { 0 };
  g_auto(TestRun) bad = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *args[] = { "options", "--signal-pins", "20", "--power", "VBAT=1.0",
                         "--lower-top", "1.0", "--upper-bottom", "0.6", "--max-length", "10",
                         "--max-width", "6", "--cycles", "40", "--json", NULL };
  const char *bad_args[] = { "options", "--power", "VBAT", NULL };
  JsonArray *options;
  JsonObject *first;

  test_run_cli (&r, G_SUBPROCESS_FLAGS_STDERR_PIPE, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
  g_assert_no_error (error);
  options = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (options), ==, 77);
  first = json_array_get_object_element (options, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "socket"), ==, "AXK730247G");
  g_assert_cmpstr (json_object_get_string_member (first, "verdict"), ==, "pass");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (options, 4), "verdict"),
                   ==, "fail");

  test_run_cli (&bad, G_SUBPROCESS_FLAGS_STDERR_PIPE, bad_args);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "NAME=AMPS"));

  /* GND's current is the sum of the supplies, counted for the user; the
   * return-pin and reversal-safe counts of test-explorer.c's
   * return-and-reversal case: 12 signal + VBAT 0.5 A (3 pins, 4 in pairs)
   * + V3V3 0.2 A (1, 2 in pairs) + GND 0.7 A (3) = 21 needed when safe. */
  {
    g_auto(TestRun) gnd = { 0 }, safe = { 0 };
    g_autoptr(JsonParser) safe_parser = json_parser_new ();
    const char *gnd_args[] = { "options", "--power", "VBAT=1.0", "--power", "GND=1.0", NULL };
    const char *safe_args[] = { "options", "--signal-pins", "12", "--power", "VBAT=0.5", "--power", "V3V3=0.2",
                                "--reversal-safe", "--json", NULL };
    JsonObject *o;

    test_run_cli (&gnd, G_SUBPROCESS_FLAGS_STDERR_PIPE, gnd_args);
    g_assert_cmpint (gnd.status, ==, 2);
    g_assert_nonnull (strstr (gnd.err, "GND is the return net"));
    test_run_cli (&safe, G_SUBPROCESS_FLAGS_STDERR_PIPE, safe_args);
    g_assert_cmpint (safe.status, ==, 0);
    g_assert_true (json_parser_load_from_data (safe_parser, safe.out, -1, NULL));
    o = json_array_get_object_element (json_node_get_array (json_parser_get_root (safe_parser)), 0);
    g_assert_cmpint (json_object_get_int_member (o, "pins_needed"), ==, 21);
    g_assert_cmpint (json_object_get_int_member (o, "supply_pins"), ==, 6);
    g_assert_cmpint (json_object_get_int_member (o, "return_pins"), ==, 3);
    g_assert_cmpint (json_object_get_int_member (o, "pins"), ==, 24);
  }

  /* Board-to-FPC with 1.0 + 0.3 mm facing parts + 0.1 mm margin = 1.4 mm:
   * no A4S height fits, the P4 1.5 mm 20-pin pair on the FPC does (the
   * hand-worked case of test-explorer.c's fpc-tall-parts), with its body
   * (6.30 × 5.10 mm) and pattern (B + 0.23 = 3.83 × 5.70 mm) apart. */
  {
    g_auto(TestRun) fpc = { 0 };
    g_autoptr(JsonParser) fpc_parser = json_parser_new ();
    const char *fpc_args[] = { "options", "--kind", "board-to-fpc", "--lower-top", "1.0", "--upper-bottom",
                               "0.3", "--json", NULL };
    JsonObject *o;

    test_run_cli (&fpc, G_SUBPROCESS_FLAGS_STDERR_PIPE, fpc_args);
    g_assert_cmpint (fpc.status, ==, 0);
    g_assert_true (json_parser_load_from_data (fpc_parser, fpc.out, -1, NULL));
    o = json_array_get_object_element (json_node_get_array (json_parser_get_root (fpc_parser)), 0);
    g_assert_cmpstr (json_object_get_string_member (o, "socket"), ==, "AXK720147G");
    g_assert_cmpstr (json_object_get_string_member (o, "verdict"), ==, "pass");
    g_assert_cmpfloat (json_object_get_double_member (o, "body_width_mm"), ==, 5.1);
    g_assert_cmpfloat (json_object_get_double_member (o, "pattern_width_mm"), ==, 5.7);
    g_assert_cmpfloat (json_object_get_double_member (o, "width_mm"), ==, 5.7);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "warnings")), ==, 0);
  }

  {
    g_auto(TestRun) inf = { 0 };
    const char *inf_args[] = { "options", "--max-length", "inf", NULL };

    test_run_cli (&inf, G_SUBPROCESS_FLAGS_STDERR_PIPE, inf_args);
    g_assert_cmpint (inf.status, ==, 2);
    g_assert_nonnull (strstr (inf.err, "finite millimetres"));
  }

  /* the explorer's nets become subjects too: no control character */
  {
    g_auto(TestRun) ctl = { 0 };
    const char *ctl_args[] = { "options", "--power", "V\x1f" "BAT=1.0", NULL };

    test_run_cli (&ctl, G_SUBPROCESS_FLAGS_STDERR_PIPE, ctl_args);
    g_assert_cmpint (ctl.status, ==, 2);
    g_assert_cmpstr (ctl.err, ==, "stackup-cli: net “V\\x1FBAT” holds a control character: net names, like ids, "
                     "must not (try --help)\n");
  }
}

/* The text table says why each option warns or is excluded, under its
 * row, and keeps to 100 columns. By hand: 20 signal + VBAT 1.0 A at 0.24 A
 * a pin (5 pins, 6 in pairs when reversal-safe) + 5 return (GND) = 31
 * pins; P4 has 30 or fewer below 40, and its 40-pin part is 10.3 mm long,
 * over the 10 mm; so nothing passes and the A4S 34-pin pairs (9.3 mm),
 * which only warn (A4S is made for an FPC), lead: pass before warn before
 * fail, whatever the footprint. */
static void
test_options_text (void)
{
  g_auto(TestRun) r = { 0 };
  g_auto(GStrv) lines = NULL;
  const char *order = "yes";

  test_cli_run (&r, "options", "--signal-pins", "20", "--power", "VBAT=1.0", "--reversal-safe",
                "--max-length", "10", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[1], "warn  A4S     0.8    34 8mm       AXE534127 "));
  g_assert_cmpstr (lines[2], ==, "      part: A4S is a board-to-FPC connector, but neither board is an FPC");
  test_assert_contains (r.out, "\nno    P4      1.5    40 embossed  AXK740147G  AXK840145WG  10.30 × ≈5.10 ");
  test_assert_contains (r.out, "\n      pins: 30 pins, 31 needed: 20 signal + 6 supply in pairs for a "
                        "reversal-safe layout + 5 return\n        (GND) at 0.24 A per pin\n");
  test_assert_contains (r.out, "\n      length: 10.3 mm long (part body, datasheet), at most 10.0 mm\n");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpint (g_utf8_strlen (lines[i], -1), <=, 100);
      /* the verdicts never go back up the ranking */
      if (g_str_has_prefix (lines[i], "warn "))
        {
          g_assert_cmpstr (order, !=, "no");
          order = "warn";
        }
      else if (g_str_has_prefix (lines[i], "no "))
        order = "no";
      else if (g_str_has_prefix (lines[i], "yes "))
        g_assert_cmpstr (order, ==, "yes");
    }
  g_assert_cmpstr (order, ==, "no");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/cli-check/passing-examples", test_passing_examples);
  g_test_add_func ("/stackup/cli-check/failing-example", test_failing_example);
  g_test_add_func ("/stackup/cli-check/invalid-file", test_invalid_file);
  g_test_add_func ("/stackup/cli-check/special-files", test_special_files);
  g_test_add_func ("/stackup/cli-check/crafted-deep-file", test_crafted_deep_file);
  g_test_add_func ("/stackup/cli-check/json", test_check_json);
  g_test_add_func ("/stackup/cli-check/json-provenance", test_check_json_provenance);
  g_test_add_func ("/stackup/cli-check/options", test_options);
  g_test_add_func ("/stackup/cli-check/options-text", test_options_text);

  return g_test_run ();
}
