/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app and the files it opens: a file that cannot be opened changes
 * nothing (issue 11.12); a file changed by another program is noticed, and
 * saving over such a change asks first (issue 11.11). */
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

static gboolean
disk_bar_shown (StkWindow *window)
{
  return gtk_widget_get_visible (test_find_named (GTK_WIDGET (window), "disk-bar"));
}

static const char *
disk_bar_text (StkWindow *window)
{
  GtkWidget *bar = test_find_named (GTK_WIDGET (window), "disk-bar");

  return gtk_label_get_text (GTK_LABEL (test_find_type (bar, GTK_TYPE_LABEL)));
}

/* Runs the main loop until the bar shows: the file monitor reports a
 * change within moments. The minute is only there so a broken monitor
 * fails the test instead of hanging it. */
static void
wait_for_disk_bar (StkWindow *window)
{
  for (int tries = 0; tries < 600 && !disk_bar_shown (window); tries++)
    test_run_for (100);
  g_assert_true (disk_bar_shown (window));
}

/* Another program writes the file: here a project named "Changed
 * elsewhere" with one board more than stk_project_new's two. */
static void
change_elsewhere (const char *dir)
{
  g_autoptr(StkProject) other = stk_project_new ();
  g_autofree char *path = NULL;

  stk_project_set_name (other, "Changed elsewhere");
  stk_project_add_board (other, stk_board_new ("elsewhere", "Elsewhere", STK_BOARD_RIGID), 0);
  path = test_save_project (dir, "kept.stackup", other);
}

static char *
name_on_disk (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = stk_project_load_file (file, &error);

  g_assert_no_error (error);
  return g_strdup (stk_project_get_name (project));
}

typedef struct {
  char      *dir;
  char      *path;
  StkWindow *window;
} Fixture;

/* An edited window over dir/kept.stackup (edited_window). */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("stackup-files-XXXXXX", NULL);
  f->window = edited_window (f->dir, &f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  test_iterate ();
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
save (StkWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  test_iterate ();
}

static void
answer_overwrite (int response)
{
  GtkWindow *dialog = test_find_toplevel ("stk-overwrite-dialog");

  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  test_iterate ();
  g_assert_null (test_find_toplevel ("stk-overwrite-dialog"));
}

static void
assert_name_on_disk (const char *path,
                     const char *name)
{
  g_autofree char *got = name_on_disk (path);

  g_assert_cmpstr (got, ==, name);
}

/* Saved by the window itself: no bar. Changed by another program: the bar
 * says so, and Reload shows the new content. */
static void
test_external_change_reload (Fixture       *f,
                             gconstpointer  data)
{
  StkProject *project = stk_window_get_project (f->window);

  save (f->window);
  g_assert_null (test_find_toplevel ("stk-overwrite-dialog"));
  /* What the monitor reports of the window's own save is read and found
   * to be the window's content (a second, after which it would show). */
  test_run_for (1000);
  g_assert_false (disk_bar_shown (f->window));

  change_elsewhere (f->dir);
  wait_for_disk_bar (f->window);
  g_assert_cmpstr (disk_bar_text (f->window), ==, "“kept.stackup” was changed by another program.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reload", NULL));
  test_iterate ();
  g_assert_false (disk_bar_shown (f->window));
  g_assert_cmpstr (stk_project_get_name (project), ==, "Changed elsewhere");
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 3);
  g_assert_false (stk_window_get_modified (f->window));
}

/* Unsaved edits and a change on disk: the bar warns that Reload discards
 * them; Save asks; Cancel leaves the other program's file, Overwrite
 * writes the window's project. */
static void
test_external_change_save_asks (Fixture       *f,
                                gconstpointer  data)
{
  change_elsewhere (f->dir);
  wait_for_disk_bar (f->window);
  g_assert_nonnull (strstr (disk_bar_text (f->window), "discards your unsaved changes"));

  save (f->window);
  answer_overwrite (GTK_RESPONSE_CANCEL);
  assert_name_on_disk (f->path, "Changed elsewhere");
  g_assert_true (stk_window_get_modified (f->window));

  save (f->window);
  answer_overwrite (GTK_RESPONSE_ACCEPT /* Overwrite */);
  assert_name_on_disk (f->path, "Kept");
  g_assert_false (stk_window_get_modified (f->window));
  g_assert_false (disk_bar_shown (f->window));
}

/* Keep Mine: the window's version stays, unsaved, and saving writes it
 * without asking again. */
static void
test_external_change_keep_mine (Fixture       *f,
                                gconstpointer  data)
{
  save (f->window);
  g_assert_false (stk_window_get_modified (f->window));
  change_elsewhere (f->dir);
  wait_for_disk_bar (f->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.keep-mine", NULL));
  test_iterate ();
  g_assert_false (disk_bar_shown (f->window));
  g_assert_true (stk_window_get_modified (f->window));
  g_assert_cmpstr (stk_project_get_name (stk_window_get_project (f->window)), ==, "Kept");
  save (f->window);
  g_assert_null (test_find_toplevel ("stk-overwrite-dialog"));
  assert_name_on_disk (f->path, "Kept");
}

/* Deleted: the bar says so and offers no Reload; Save writes it again. */
static void
test_external_delete (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *bar = test_find_named (GTK_WIDGET (f->window), "disk-bar");

  g_unlink (f->path);
  wait_for_disk_bar (f->window);
  g_assert_cmpstr (disk_bar_text (f->window), ==,
                   "“kept.stackup” was deleted or moved by another program. Save to write it again.");
  g_assert_false (gtk_widget_get_visible (test_find_named (bar, "disk-reload")));
  save (f->window);
  g_assert_null (test_find_toplevel ("stk-overwrite-dialog"));
  assert_name_on_disk (f->path, "Kept");
  g_assert_false (gtk_widget_get_visible (bar));
}

/* Replaced by a file too large to be a project (4 MiB is the limit): it is
 * there, so it is a change, not a deletion; Save asks before replacing it. */
static void
test_external_unreadable (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *bar = test_find_named (GTK_WIDGET (f->window), "disk-bar");
  g_autofree char *big = g_malloc0 (STK_PROJECT_MAX_SIZE + 2);

  memset (big, ' ', STK_PROJECT_MAX_SIZE + 1);
  g_assert_true (g_file_set_contents (f->path, big, -1, NULL));
  wait_for_disk_bar (f->window);
  g_assert_nonnull (strstr (disk_bar_text (f->window), "was changed by another program"));
  g_assert_true (gtk_widget_get_visible (test_find_named (bar, "disk-reload")));
  save (f->window);
  answer_overwrite (GTK_RESPONSE_ACCEPT /* Overwrite */);
  assert_name_on_disk (f->path, "Kept");
}

/* A read-only file is never replaced without the user's say: Save asks,
 * Cancel keeps the file and the edits, Save As… asks for another name. */
static void
test_save_read_only (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *dialog, *chooser;

  g_assert_true (g_file_get_contents (f->path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  save (f->window);
  dialog = test_find_toplevel ("stk-read-only-dialog");
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  test_iterate ();
  g_assert_null (test_find_toplevel ("stk-read-only-dialog"));
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (stk_window_get_modified (f->window));

  save (f->window);
  dialog = test_find_toplevel ("stk-read-only-dialog");
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), 3 /* Save As… */);
  test_iterate ();
  chooser = test_find_file_chooser ();
  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  test_iterate ();
  g_assert_true (stk_window_get_modified (f->window));
  g_chmod (f->path, 0644);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  app = test_register_app ();
  g_test_add_func ("/stackup/app-files/malformed-keeps-document", test_malformed_keeps_document);
  g_test_add ("/stackup/app-files/save-read-only", Fixture, NULL, fixture_setup, test_save_read_only,
              fixture_teardown);
  g_test_add_func ("/stackup/app-files/malformed-from-command-line", test_malformed_from_command_line);
  g_test_add ("/stackup/app-files/external-change-reload", Fixture, NULL, fixture_setup, test_external_change_reload,
              fixture_teardown);
  g_test_add ("/stackup/app-files/external-change-save-asks", Fixture, NULL, fixture_setup, test_external_change_save_asks,
              fixture_teardown);
  g_test_add ("/stackup/app-files/external-change-keep-mine", Fixture, NULL, fixture_setup, test_external_change_keep_mine,
              fixture_teardown);
  g_test_add ("/stackup/app-files/external-delete", Fixture, NULL, fixture_setup, test_external_delete,
              fixture_teardown);
  g_test_add ("/stackup/app-files/external-unreadable", Fixture, NULL, fixture_setup, test_external_unreadable,
              fixture_teardown);
  return g_test_run ();
}
