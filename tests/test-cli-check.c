/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

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
  g_assert_nonnull (strstr (phone.out, "0 failures"));
  g_assert_cmpint (check_example ("mezzanine.stackup", &mezzanine), ==, 0);
  g_assert_nonnull (strstr (mezzanine.out, "0 failures"));
}

static void
test_failing_example (void)
{
  g_auto(TestRun) r = { 0 };

  g_assert_cmpint (check_example ("failing.stackup", &r), ==, 1);
  g_assert_nonnull (strstr (r.out, "one-connector"));
  g_assert_null (strstr (r.out, " 0 failures"));
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

/* The hand-worked case of test-explorer.c: four P4 30-pin options pass,
 * the 2.0 mm one first. */
static void
test_options (void)
{
  g_auto(TestRun) r = { 0 };
  g_auto(TestRun) bad = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *args[] = { "options", "--signal-pins", "20", "--power", "VBAT=1.0", "--power", "GND=1.0",
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

  {
    g_auto(TestRun) inf = { 0 };
    const char *inf_args[] = { "options", "--max-length", "inf", NULL };

    test_run_cli (&inf, G_SUBPROCESS_FLAGS_STDERR_PIPE, inf_args);
    g_assert_cmpint (inf.status, ==, 2);
    g_assert_nonnull (strstr (inf.err, "finite millimetres"));
  }
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
  g_test_add_func ("/stackup/cli-check/options", test_options);

  return g_test_run ();
}
