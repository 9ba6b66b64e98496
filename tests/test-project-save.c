/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stk-error.h"
#include "stk-project-io.h"
#include "test-util.h"

/* Writer and reader agree on what fits: what Stackup saves it opens again,
 * and a project that loads is saved unless even its compact form is over
 * the limit, which is then said and nothing is replaced. */

static char *
read_all (const char *path,
          gsize      *length)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, NULL));
  return text;
}

/* A small project is written pretty-printed, as before. */
static void
test_small_is_pretty (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (stk_project_save_file (project, file, &error));
  g_assert_no_error (error);
  text = read_all (path, NULL);
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"stackup-project\",\n"));
  test_remove_tree (dir);
}

/* A compact file 1000 bytes under the limit: an unknown member that is an
 * array of 400 one-element arrays grows by 5 bytes an element when
 * pretty-printed (",\n    [0]" against ",[0]": a newline and four spaces
 * of indent), 2000 bytes, so the pretty form is over the limit; a long
 * string fills the rest. It loads, and saving writes it compactly: the file
 * is under the limit and loads as the same project. */
static void
test_pretty_too_large_saved_compact (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char head[] = "{\"format\":\"stackup-project\",\"version\":2,\"boards\":[],\"pad\":[[0]";
  GString *s = g_string_new (head);
  g_autofree char *input = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(StkProject) project = NULL;
  g_autoptr(StkProject) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  for (guint i = 1; i < 400; i++)
    g_string_append (s, ",[0]");
  g_string_append (s, "],\"fill\":\"");
  while (s->len + 2 < STK_PROJECT_MAX_SIZE - 1000)
    g_string_append_c (s, 'x');
  g_string_append (s, "\"}");
  g_assert_cmpuint (s->len, ==, STK_PROJECT_MAX_SIZE - 1000);
  input = g_string_free (s, FALSE);
  project = stk_project_load_data (input, strlen (input), "big.stackup", &error);
  g_assert_no_error (error);
  before = stk_project_to_json (project);
  g_assert_cmpuint (strlen (before), >, STK_PROJECT_MAX_SIZE);

  g_assert_true (stk_project_save_file (project, file, &error));
  g_assert_no_error (error);
  saved = read_all (path, &length);
  g_assert_cmpuint (length, <=, STK_PROJECT_MAX_SIZE);
  g_assert_true (g_str_has_prefix (saved, "{\"format\":\"stackup-project\",\"version\":2,"));
  back = stk_project_load_file (file, &error);
  g_assert_no_error (error);
  after = stk_project_to_json (back);
  g_assert_true (g_str_equal (before, after));
  test_remove_tree (dir);
}

/* 30 000 boards given by id and kind only: about 32 bytes each in the file
 * (under 1 MB), but every board is written with all its members, about 220
 * bytes each even compact (6.6 MB). Saving is refused with the sizes and
 * the old file stays as it was, with no temporary beside it. */
static void
test_compact_too_large_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GString *s = g_string_new ("{\"format\":\"stackup-project\",\"version\":2,\"boards\":[");
  g_autofree char *input = NULL;
  g_autofree char *after = NULL;
  g_autoptr(StkProject) project = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (s, "%s{\"id\":\"b%u\",\"kind\":\"rigid\"}", i > 0 ? "," : "", i);
  g_string_append (s, "]}");
  input = g_string_free (s, FALSE);
  g_assert_cmpuint (strlen (input), <, 1000 * 1000);
  project = stk_project_load_data (input, strlen (input), "big.stackup", &error);
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_false (stk_project_save_file (project, file, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_LARGE);
  /* g_format_size() puts a no-break space before "MB". */
  g_assert_nonnull (strstr (error->message, "big.stackup”: the project takes "));
  g_assert_nonnull (strstr (error->message, " even without indentation, more than the 4.2"));
  g_assert_nonnull (strstr (error->message, "MB Stackup opens; the file was not changed"));
  after = read_all (path, NULL);
  g_assert_cmpstr (after, ==, "old");
  g_assert_cmpuint (test_count_entries (dir), ==, 1);
  test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/project-save/small-is-pretty", test_small_is_pretty);
  g_test_add_func ("/stackup/project-save/pretty-too-large-saved-compact", test_pretty_too_large_saved_compact);
  g_test_add_func ("/stackup/project-save/compact-too-large-refused", test_compact_too_large_refused);
  return g_test_run ();
}
