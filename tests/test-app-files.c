/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app and the files it opens: a file that cannot be opened changes
 * nothing (issue 11.12). */
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "stk-project-io.h"
#include "stk-window.h"
#include "test-gtk-util.h"

static GtkApplication *app;

/* A window of the application showing dir/basename, a saved project named
 * "Kept" (two boards, as stk_project_new makes it), then edited: a third
 * board, not saved. */
static StkWindow *
edited_window (const char  *dir,
               char       **path)
{
  g_autoptr(StkProject) start = stk_project_new ();
  StkWindow *window;

  stk_project_set_name (start, "Kept");
  *path = test_save_project (dir, "kept.stackup", start);
  window = test_open_window (app, *path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  test_iterate ();
  g_assert_true (stk_window_get_modified (window));
  return window;
}

/* The error dialog names the file and says what core says about it (core's
 * messages are checked one by one in test-project-io). */
static void
assert_error_shown (const char *path)
{
  GtkWindow *dialog = test_find_toplevel ("stk-error-dialog");
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *primary = g_strdup_printf ("Could not open “%s”", base);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) none = stk_project_load_file (file, &error);
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;

  g_assert_null (none);
  g_assert_nonnull (error);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  g_assert_cmpstr (text, ==, primary);
  g_assert_cmpstr (secondary, ==, error->message);
  g_assert_cmpuint (strlen (secondary), >, 0);
  gtk_window_destroy (dialog);
  test_iterate ();
}

/* Each malformed test file, opened as the Open dialog and the recent-files
 * menu open (win.open-uri and the dialog's answer both call the same
 * function): a message, no "Save Changes?" (nothing would replace the
 * document), and the document as it was, edits and all. */
static void
test_malformed_keeps_document (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-files-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *malformed = g_test_build_filename (G_TEST_DIST, "data", "malformed", NULL);
  g_autoptr(GDir) d = g_dir_open (malformed, 0, NULL);
  StkWindow *window = edited_window (dir, &path);
  StkProject *project = stk_window_get_project (window);
  g_autofree char *before = stk_project_to_json (project);
  const char *name;
  guint tried = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *bad = g_build_filename (malformed, name, NULL);
      g_autofree char *uri = g_filename_to_uri (bad, NULL, NULL);
      g_autofree char *after = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-uri", "s", uri));
      test_iterate ();
      g_assert_null (test_find_toplevel ("stk-save-changes-dialog"));
      assert_error_shown (bad);
      after = stk_project_to_json (project);
      g_assert_cmpstr (after, ==, before);
      g_assert_true (stk_window_get_modified (window));
      g_assert_cmpstr (g_file_peek_path (stk_window_get_file (window)), ==, path);
      tried++;
    }
  /* tests/data/malformed holds more than 40 files. */
  g_assert_cmpuint (tried, >=, 40);
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* The command line (GApplication::open) opens a malformed file in a window
 * of its own: the edited window is left as it was. */
static void
test_malformed_from_command_line (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-files-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "malformed", "not-json.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (bad);
  StkWindow *window = edited_window (dir, &path);
  g_autofree char *before = stk_project_to_json (stk_window_get_project (window));
  g_autofree char *after = NULL;
  GList *windows;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  test_iterate ();
  assert_error_shown (bad);
  after = stk_project_to_json (stk_window_get_project (window));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (stk_window_get_modified (window));

  windows = g_list_copy (gtk_application_get_windows (app));
  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  test_iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  app = test_register_app ();
  g_test_add_func ("/stackup/app-files/malformed-keeps-document", test_malformed_keeps_document);
  g_test_add_func ("/stackup/app-files/malformed-from-command-line", test_malformed_from_command_line);
  return g_test_run ();
}
