/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-util.h"

/* `stackup-cli tolerance` as a CI would run it: the table, the JSON, the
 * exit status that follows the verdict and the provenance rule. */

static JsonObject *
parse (const char *text,
       JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
connector (JsonObject *root,
           guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, "connectors"), index);
}

static JsonObject *
output (JsonObject *c,
        guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (c, "outputs"), index);
}

static char *tmp_dir;

/* A copy of the mezzanine example whose fixing is the requirements'
 * ±0.04 alone (no pin or hole position, no rotation), so the figures are
 * the alignment check's; with the user's capture allowance if asked. */
static char *
mezzanine (gboolean user_capture)
{
  g_autofree char *src = test_source_path ("data", "examples", "mezzanine.stackup", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  char *path = g_build_filename (tmp_dir, user_capture ? "mezzanine-capture.stackup" : "mezzanine.stackup", NULL);

  g_assert_true (g_file_get_contents (src, &text, NULL, NULL));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "\"version\": 3,",
                                      "\"version\": 3, \"tolerance\": { \"rotation_deg\": 0, "
                                      "\"pin_position_mm\": 0, \"hole_position_mm\": 0 },", 1), ==, 1);
  if (user_capture)
    g_assert_cmpuint (g_string_replace (edited, "\"alignment_tolerance_mm\": 0.04,",
                                        "\"alignment_tolerance_mm\": 0.04, \"capture_allowance_mm\": 0.15,", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));
  return path;
}

static void
test_json (void)
{
  g_autofree char *path = mezzanine (FALSE);
  g_auto(TestRun) r = { 0 };
  g_auto(TestRun) again = { 0 };
  g_auto(TestRun) other = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *j1, *along, *src;
  JsonArray *contributors;

  test_cli_run (&r, "tolerance", path, "--samples", "20000", "--seed", "7", "--json", NULL);
  test_cli_run (&again, "tolerance", path, "--samples", "20000", "--seed", "7", "--json", NULL);
  test_cli_run (&other, "tolerance", path, "--samples", "20000", "--seed", "8", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* one seed, one output; another seed, other samples */
  g_assert_cmpstr (r.out, ==, again.out);
  g_assert_cmpstr (r.out, !=, other.out);
  root = parse (r.out, parser);
  g_assert_cmpint (json_object_get_int_member (root, "samples"), ==, 20000);
  g_assert_cmpint (json_object_get_int_member (root, "seed"), ==, 7);
  g_assert_cmpfloat (json_object_get_double_member (root, "target_ppm"), ==, 100);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "connectors")), ==, 2);
  j1 = connector (root, 0);
  g_assert_cmpstr (json_object_get_string_member (j1, "mate"), ==, "j1");
  g_assert_cmpstr (json_object_get_string_member (j1, "status"), ==, "pass");
  g_assert_cmpfloat (json_object_get_double_member (j1, "capture_mm"), ==, 0.15);
  src = json_object_get_object_member (j1, "capture_source");
  g_assert_cmpstr (json_object_get_string_member (src, "confidence"), ==, "low");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (j1, "outputs")), ==, 4);
  along = output (j1, 0);
  g_assert_cmpint (json_object_get_int_member (along, "end"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (along, "axis"), ==, "along");
  /* placement ±0.03 on both boards, fixing ±0.04: 0.10 and √0.0034 = 0.05831 */
  g_assert_cmpfloat (json_object_get_double_member (along, "worst_case_mm"), ==, 0.1);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (along, "rss_mm"), 0.058310, 1e-6);
  g_assert_cmpint (json_object_get_int_member (along, "outside"), ==, 0);
  g_assert_true (json_object_has_member (along, "cpk"));
  /* socket X, Y, rotation; header X, Y, rotation; the pin's position, the
   * hole's and the pin's play */
  contributors = json_object_get_array_member (j1, "contributors");
  g_assert_cmpuint (json_array_get_length (contributors), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (contributors, 8), "distribution"),
                   ==, "radial");
}

static void
test_verdict_follows_provenance (void)
{
  g_autofree char *estimate = mezzanine (FALSE);
  g_autofree char *user = mezzanine (TRUE);
  g_auto(TestRun) weak = { 0 };
  g_auto(TestRun) firm = { 0 };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  JsonObject *w, *f;

  /* ±5° on each part moves an end of the 10.3 mm P4 40-pin connector by
   * 5.15 × 5 × π/180 = 0.449422 mm: across, worst case 0.10 + 2 × that =
   * 0.998844; σ √(0.01² + 0.01² + 0.02² + 2 × 0.149807²) = 0.2133, about
   * half the samples beyond ±0.15: the figures fail */
  test_cli_run (&weak, "tolerance", estimate, "--samples", "20000", "--rotation", "5", "--json", NULL);
  test_cli_run (&firm, "tolerance", user, "--samples", "20000", "--rotation", "5", "--json", NULL);
  w = connector (parse (weak.out, p1), 0);
  f = connector (parse (firm.out, p2), 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (output (w, 1), "worst_case_mm"), 0.998844, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (output (w, 3), "sigma_mm"), 0.2133, 0.005);
  /* against the catalog's low-confidence estimate: a warning, exit 0 */
  g_assert_cmpint (weak.status, ==, 0);
  g_assert_cmpstr (json_object_get_string_member (w, "status"), ==, "warning");
  g_assert_cmpstr (json_object_get_string_member (w, "figures_status"), ==, "fail");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (w, "weakened_by"), "label"),
                   ==, "mating capture allowance");
  /* against the user's own 0.15 mm: a fail, exit 1 */
  g_assert_cmpint (firm.status, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (f, "status"), ==, "fail");
  g_assert_false (json_object_has_member (f, "weakened_by"));
  g_remove (user);
}

static void
test_table (void)
{
  g_autofree char *path = mezzanine (FALSE);
  g_auto(TestRun) r = { 0 };

  test_cli_run (&r, "tolerance", path, "--samples", "10000", "--target-ppm", "50", NULL);
  g_assert_cmpint (r.status, ==, 0);
  test_assert_contains (r.out, "10000 samples per connector, seed 1, target ≤ 50 ppm outside");
  test_assert_contains (r.out, "End 2, across");
  test_assert_contains (r.out, "Cpk");
  test_assert_contains (r.out, "Capture window ±0.150 mm: estimate, low confidence");
  /* the fixing's disc (σ 0.02) outweighs each placement (σ 0.01):
   * 0.0004 / 0.0006 = 66.7 % of the variance */
  test_assert_contains (r.out, " 66.7 %  Pin play in its hole");
  test_assert_contains (r.out, "Halving “Pin play in its hole” would give");
}

/* Contributors of the user's own, on every connector. */
static void
test_added_contributors (void)
{
  g_autofree char *path = mezzanine (FALSE);
  g_auto(TestRun) r = { 0 };
  g_auto(TestRun) bad = { 0 };
  g_auto(TestRun) flat = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *j2;
  JsonArray *contributors;
  JsonObject *bracket;

  test_cli_run (&r, "tolerance", path, "--samples", "10000", "--add", "across:uniform:0.05:Bracket",
                "--add", "plane:radial:0.02:Dowel pin", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  j2 = connector (parse (r.out, parser), 1);
  contributors = json_object_get_array_member (j2, "contributors");
  g_assert_cmpuint (json_array_get_length (contributors), ==, 11);
  bracket = json_array_get_object_element (contributors, 9);
  g_assert_cmpstr (json_object_get_string_member (bracket, "name"), ==, "Bracket");
  g_assert_cmpstr (json_object_get_string_member (bracket, "distribution"), ==, "uniform");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (contributors, 10), "name"),
                   ==, "Dowel pin");
  /* the user's say so */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (bracket, "source"), "provenance"),
                   ==, "user");
  /* across: 0.03 + 0.03 + 0.04 + 0.05 + 0.02 = 0.17; along without the
   * bracket: 0.12 */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (output (j2, 1), "worst_case_mm"), 0.17, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (output (j2, 0), "worst_case_mm"), 0.12, 1e-9);

  test_cli_run (&bad, "tolerance", path, "--add", "sideways:uniform:0.05:X", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  test_assert_contains (bad.err, "--add “sideways:uniform:0.05:X”");
  /* a radial spread moves both axes: along is refused, with the reason */
  test_cli_run (&flat, "tolerance", path, "--add", "along:radial:0.05:Pin", NULL);
  g_assert_cmpint (flat.status, ==, 2);
  test_assert_contains (flat.err, "“Pin”");
  test_assert_contains (flat.err, "plane axis");
}

/* The run's settings come from the project; the options override them. */
static void
test_project_settings (void)
{
  g_autofree char *src = mezzanine (FALSE);
  g_autofree char *path = g_build_filename (tmp_dir, "settings.stackup", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  g_auto(TestRun) from_file = { 0 };
  g_auto(TestRun) flags = { 0 };
  g_auto(TestRun) overridden = { 0 };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  JsonObject *root;

  g_assert_true (g_file_get_contents (src, &text, NULL, NULL));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "\"rotation_deg\": 0,",
                                      "\"rotation_deg\": 0, \"samples\": 3000, \"seed\": 5, \"target_ppm\": 7,", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));
  test_cli_run (&from_file, "tolerance", path, "--json", NULL);
  test_cli_run (&flags, "tolerance", src, "--samples", "3000", "--seed", "5", "--target-ppm", "7", "--json", NULL);
  test_cli_run (&overridden, "tolerance", path, "--seed", "6", "--json", NULL);
  g_assert_cmpint (from_file.status, ==, 0);
  root = parse (from_file.out, p1);
  g_assert_cmpint (json_object_get_int_member (root, "samples"), ==, 3000);
  g_assert_cmpint (json_object_get_int_member (root, "seed"), ==, 5);
  g_assert_cmpfloat (json_object_get_double_member (root, "target_ppm"), ==, 7);
  /* the same settings, from the file or the flags: the same figures */
  g_assert_cmpstr (from_file.out, ==, flags.out);
  root = parse (overridden.out, p2);
  g_assert_cmpint (json_object_get_int_member (root, "seed"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (root, "samples"), ==, 3000);

  /* the design note runs the project's settings too: its row of J1, end 2
   * across, carries the CLI's figures for the same seed */
  {
    g_autofree char *md = g_build_filename (tmp_dir, "settings.md", NULL);
    g_autofree char *svg1 = g_build_filename (tmp_dir, "settings-tolerance-j1.svg", NULL);
    g_autofree char *svg2 = g_build_filename (tmp_dir, "settings-tolerance-j2.svg", NULL);
    g_autofree char *drawing = g_build_filename (tmp_dir, "settings.svg", NULL);
    g_autofree char *pareto1 = g_build_filename (tmp_dir, "settings-tolerance-j1-pareto.svg", NULL);
    g_autofree char *pareto2 = g_build_filename (tmp_dir, "settings-tolerance-j2-pareto.svg", NULL);
    g_autofree char *note = NULL;
    g_autofree char *row = NULL;
    g_auto(TestRun) export = { 0 };
    JsonObject *across = output (connector (parse (from_file.out, p1), 0), 3);

    test_cli_run (&export, "export", path, "--note", md, NULL);
    g_assert_cmpint (export.status, ==, 0);
    g_assert_true (g_file_get_contents (md, &note, NULL, NULL));
    test_assert_contains (note, "Monte Carlo of 3000 samples (seed 5)");
    row = g_strdup_printf ("| End 2, across | ±%.3f | ±%.3f | %.4f | %.1f (%.1f–%.1f) |",
                           json_object_get_double_member (across, "worst_case_mm"),
                           json_object_get_double_member (across, "rss_mm"),
                           json_object_get_double_member (across, "sigma_mm"),
                           json_object_get_double_member (across, "ppm"),
                           json_object_get_double_member (across, "ppm_low"),
                           json_object_get_double_member (across, "ppm_high"));
    test_assert_contains (note, row);
    g_remove (md);
    g_remove (svg1);
    g_remove (svg2);
    g_remove (drawing);
    g_remove (pareto1);
    g_remove (pareto2);
  }
  g_remove (path);
}

/* The datasheet's band instead of the boards' figures: ±0.3 on each part. */
static void
test_catalog_placement (void)
{
  g_autofree char *path = mezzanine (FALSE);
  g_auto(TestRun) r = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *j1, *socket_x;

  test_cli_run (&r, "tolerance", path, "--samples", "10000", "--catalog-placement", "--json", NULL);
  j1 = connector (parse (r.out, parser), 0);
  socket_x = json_array_get_object_element (json_object_get_array_member (j1, "contributors"), 0);
  g_assert_cmpfloat (json_object_get_double_member (socket_x, "tolerance"), ==, 0.3);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (socket_x, "source"), "provenance"),
                   ==, "datasheet");
  /* 0.3 + 0.3 + 0.04 = 0.64 worst case; σ √(2 × 0.1² + 0.02²) = 0.1428
   * against ±0.15: about 29 % outside, a fail of the figures that the
   * estimated window makes a warning */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (output (j1, 0), "worst_case_mm"), 0.64, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (j1, "figures_status"), ==, "fail");
  g_assert_cmpstr (json_object_get_string_member (j1, "status"), ==, "warning");
  g_assert_cmpint (r.status, ==, 0);
}

/* A mean that rounds to zero prints as "0.0000", without a sign: the
 * phone's default run has means of a few millionths of a millimetre below
 * zero (its JSON, asserted first so the case stays one), which printf's
 * "%.4f" wrote as "-0.0000". */
static void
test_no_negative_zero (void)
{
  g_autofree char *path = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(TestRun) j = { 0 };
  g_auto(TestRun) t = { 0 };
  JsonObject *root;
  double mean;

  test_cli_run (&j, "tolerance", path, "--json", NULL);
  root = parse (j.out, parser);
  mean = json_object_get_double_member (output (connector (root, 0), 0), "mean_mm");
  g_assert_cmpfloat (mean, <, 0);
  g_assert_cmpfloat (mean, >, -0.00005);
  test_cli_run (&t, "tolerance", path, NULL);
  g_assert_null (strstr (t.out, "-0.0000"));
  g_assert_null (strstr (t.out, "-0.000…"));
  test_assert_contains (t.out, "\nEnd 1, along     ±0.235  ±0.111   0.0000 ");
}

/* Every out-of-range or non-finite value is refused, naming the option and
 * its range; -1 and nan were once the marks of "not given" and ran on the
 * project's figures. The ranges are the file's (docs/file-format.md). */
static const struct {
  const char *option;
  const char *value;
  const char *err;
} bad_values[] = {
  { "--samples", "0", "tolerance: --samples must be a whole number from 1 to 1000000000, not “0”" },
  { "--samples", "-1", "tolerance: --samples must be a whole number from 1 to 1000000000, not “-1”" },
  { "--samples", "1000000001", "tolerance: --samples must be a whole number from 1 to 1000000000, not “1000000001”" },
  { "--samples", "1e3", "tolerance: --samples must be a whole number from 1 to 1000000000, not “1e3”" },
  { "--seed", "-1", "tolerance: --seed must be a whole number from 0 to 9007199254740991, not “-1”" },
  { "--seed", "-2", "tolerance: --seed must be a whole number from 0 to 9007199254740991, not “-2”" },
  /* 2^53: one past the largest seed a double holds exactly */
  { "--seed", "9007199254740992", "tolerance: --seed must be a whole number from 0 to 9007199254740991, not “9007199254740992”" },
  { "--rotation", "nan", "tolerance: --rotation must be a number from 0 to 45, not “nan”" },
  { "--rotation", "-1", "tolerance: --rotation must be a number from 0 to 45, not “-1”" },
  { "--rotation", "45.5", "tolerance: --rotation must be a number from 0 to 45, not “45.5”" },
  { "--target-ppm", "nan", "tolerance: --target-ppm must be a number from 0 to 1000000, not “nan”" },
  { "--target-ppm", "inf", "tolerance: --target-ppm must be a number from 0 to 1000000, not “inf”" },
  { "--target-ppm", "-1", "tolerance: --target-ppm must be a number from 0 to 1000000, not “-1”" },
};

static void
test_bad_input (void)
{
  g_autofree char *path = mezzanine (FALSE);
  g_auto(TestRun) none = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (bad_values); i++)
    {
      g_auto(TestRun) r = { 0 };
      g_autofree char *want = g_strdup_printf ("stackup-cli: %s\n", bad_values[i].err);

      test_cli_run (&r, "tolerance", path, bad_values[i].option, bad_values[i].value, NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.err, ==, want);
      g_assert_cmpstr (r.out, ==, "");
    }
  test_cli_run (&none, "tolerance", NULL);
  g_assert_cmpint (none.status, ==, 2);
  test_assert_contains (none.err, "FILE");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/cli/tolerance/json", test_json);
  g_test_add_func ("/stackup/cli/tolerance/verdict-follows-provenance", test_verdict_follows_provenance);
  g_test_add_func ("/stackup/cli/tolerance/table", test_table);
  g_test_add_func ("/stackup/cli/tolerance/added-contributors", test_added_contributors);
  g_test_add_func ("/stackup/cli/tolerance/catalog-placement", test_catalog_placement);
  g_test_add_func ("/stackup/cli/tolerance/bad-input", test_bad_input);
  g_test_add_func ("/stackup/cli/tolerance/no-negative-zero", test_no_negative_zero);
  g_test_add_func ("/stackup/cli/tolerance/project-settings", test_project_settings);
  tmp_dir = g_dir_make_tmp ("stackup-tolerance-XXXXXX", NULL);
  status = g_test_run ();
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, i ? "mezzanine-capture.stackup" : "mezzanine.stackup", NULL);
      g_remove (path);
    }
  /* every file the tests wrote is gone: the directory goes too */
  g_assert_cmpint (g_rmdir (tmp_dir), ==, 0);
  g_free (tmp_dir);
  return status;
}
