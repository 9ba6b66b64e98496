/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "test-util.h"

#include <glib/gstdio.h>

#include "stk-json.h"
#include "stk-project-io.h"

void
test_run_clear (TestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
test_run_program (TestRun           *run,
                  GSubprocessFlags   stderr_flags,
                  const char *const *argv)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | stderr_flags, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out,
                                 stderr_flags == G_SUBPROCESS_FLAGS_STDERR_PIPE ? &run->err : NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  run->status = g_subprocess_get_exit_status (proc);
}

void
test_run_cli (TestRun           *run,
              GSubprocessFlags   stderr_flags,
              const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *cli = g_getenv ("STACKUP_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  test_run_program (run, stderr_flags, (const char *const *) argv->pdata);
}

void
test_cli_run (TestRun    *run,
          const char *first,
          ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list rest;

  va_start (rest, first);
  args = test_collect_args (first, rest);
  va_end (rest);
  test_run_cli (run, G_SUBPROCESS_FLAGS_STDERR_PIPE, (const char *const *) args->pdata);
}

void
test_assert_contains (const char *haystack,
                      const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("expected \"%s\" in:\n%.800s", needle, haystack ? haystack : "(null)");
}

GPtrArray *
test_collect_args (const char *first,
                   va_list     rest)
{
  GPtrArray *args = g_ptr_array_new ();

  for (const char *a = first; a != NULL; a = va_arg (rest, const char *))
    g_ptr_array_add (args, (gpointer) a);
  g_ptr_array_add (args, NULL);
  return args;
}

char *
test_source_path (const char *first,
                  ...)
{
  g_autoptr(GPtrArray) parts = NULL;
  va_list rest;

  va_start (rest, first);
  parts = test_collect_args (first, rest);
  va_end (rest);
  g_ptr_array_insert (parts, 0, (gpointer) g_getenv ("STACKUP_SOURCE_ROOT"));
  return g_build_filenamev ((char **) parts->pdata);
}

StkProject *
test_load_example (const char *file_name)
{
  g_autofree char *path = test_source_path ("data", "examples", file_name, NULL);

  return test_load_path (path);
}

char *
test_example_path (const char *name)
{
  return test_source_path ("data", "examples", name, NULL);
}

StkProject *
test_load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  StkProject *project = stk_project_load_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

StkProject *
test_load_text (const char *text,
                GError    **error)
{
  return stk_project_load_data (text, strlen (text), "test.stackup", error);
}

void
test_save_path (StkProject *project,
                const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (stk_project_save_file (project, file, &error));
  g_assert_no_error (error);
}

char *
test_read_text (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&text);
}

JsonNode *
test_parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = stk_json_parse (text, strlen (text), STK_PROJECT_MAX_SIZE, "test", &error);

  g_assert_no_error (error);
  return node;
}

StkBoard *
test_board_at (StkProject *project,
               guint       i)
{
  return g_ptr_array_index (stk_project_get_boards (project), i);
}

StkMate *
test_mate_at (StkProject *project,
              guint       i)
{
  return g_ptr_array_index (stk_project_get_mates (project), i);
}

void
test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_chmod (dir, 0755);
  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        test_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

guint
test_count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}
