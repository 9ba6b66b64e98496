/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <json-glib/json-glib.h>

/* `stackup-cli check` and `stackup-cli options` as a CI would run them. */

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
source_path (const char *first,
             ...)
{
  va_list args;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *p;

  g_ptr_array_add (parts, (gpointer) g_getenv ("STACKUP_SOURCE_ROOT"));
  va_start (args, first);
  for (p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static void
cli (Run        *r,
     const char *const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) g_getenv ("STACKUP_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &r->out, &r->err, &r->status, &error));
  g_assert_no_error (error);
}

static int
exit_code (const Run *r)
{
  g_assert_true (WIFEXITED (r->status));
  return WEXITSTATUS (r->status);
}

static int
check_example (const char *name,
               Run        *r)
{
  g_autofree char *path = source_path ("data", "examples", name, NULL);
  const char *args[] = { "check", path, NULL };

  cli (r, args);
  return exit_code (r);
}

static void
test_passing_examples (void)
{
  g_auto(Run) phone = { 0 };
  g_auto(Run) mezzanine = { 0 };

  g_assert_cmpint (check_example ("phone.stackup", &phone), ==, 0);
  g_assert_nonnull (strstr (phone.out, "0 failures"));
  g_assert_cmpint (check_example ("mezzanine.stackup", &mezzanine), ==, 0);
  g_assert_nonnull (strstr (mezzanine.out, "0 failures"));
}

static void
test_failing_example (void)
{
  g_auto(Run) r = { 0 };

  g_assert_cmpint (check_example ("failing.stackup", &r), ==, 1);
  g_assert_nonnull (strstr (r.out, "one-connector"));
  g_assert_null (strstr (r.out, " 0 failures"));
}

static void
test_invalid_file (void)
{
  g_auto(Run) r = { 0 };
  g_auto(Run) missing = { 0 };
  g_autofree char *path = source_path ("tests", "data", "malformed", "empty.stackup", NULL);
  const char *args[] = { "check", path, NULL };
  const char *no_file[] = { "check", NULL };

  cli (&r, args);
  g_assert_cmpint (exit_code (&r), ==, 2);
  g_assert_nonnull (strstr (r.err, "empty.stackup"));
  g_assert_cmpstr (r.out, ==, "");
  cli (&missing, no_file);
  g_assert_cmpint (exit_code (&missing), ==, 2);
}

static void
test_check_json (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = source_path ("data", "examples", "failing.stackup", NULL);
  const char *args[] = { "check", path, "--json", NULL };
  JsonObject *root;
  JsonArray *results;
  gboolean saw_fail = FALSE;

  cli (&r, args);
  g_assert_cmpint (exit_code (&r), ==, 1);
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
    }
  g_assert_true (saw_fail);
}

/* The hand-worked case of test-explorer.c: four P4 30-pin options pass,
 * the 2.0 mm one first. */
static void
test_options (void)
{
  g_auto(Run) r = { 0 };
  g_auto(Run) bad = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *args[] = { "options", "--signal-pins", "20", "--power", "VBAT=1.0", "--power", "GND=1.0",
                         "--lower-top", "1.0", "--upper-bottom", "0.6", "--max-length", "10",
                         "--max-width", "6", "--cycles", "40", "--json", NULL };
  const char *bad_args[] = { "options", "--power", "VBAT", NULL };
  JsonArray *options;
  JsonObject *first;

  cli (&r, args);
  g_assert_cmpint (exit_code (&r), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
  g_assert_no_error (error);
  options = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (options), ==, 77);
  first = json_array_get_object_element (options, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "socket"), ==, "AXK730247G");
  g_assert_cmpstr (json_object_get_string_member (first, "verdict"), ==, "pass");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (options, 4), "verdict"),
                   ==, "fail");

  cli (&bad, bad_args);
  g_assert_cmpint (exit_code (&bad), ==, 2);
  g_assert_nonnull (strstr (bad.err, "NAME=AMPS"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/cli-check/passing-examples", test_passing_examples);
  g_test_add_func ("/stackup/cli-check/failing-example", test_failing_example);
  g_test_add_func ("/stackup/cli-check/invalid-file", test_invalid_file);
  g_test_add_func ("/stackup/cli-check/json", test_check_json);
  g_test_add_func ("/stackup/cli-check/options", test_options);

  return g_test_run ();
}
