/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every way a window closes: its close button (gtk_window_close), Ctrl+W
 * (window.close) and Ctrl+Q (app.quit), with and without unsaved edits and
 * with each answer to "Save Changes?". The suite runs with fatal warnings
 * and criticals, so a close that touches a freed object fails here. */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "stk-project-io.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* The dialog's response ids (stk-window-document.c). */
enum { ANSWER_CANCEL = GTK_RESPONSE_CANCEL, ANSWER_DISCARD = 1, ANSWER_SAVE = 2 };

typedef enum { BY_CLOSE_BUTTON, BY_CTRL_W, BY_CTRL_Q } ClosePath;

static GtkApplication *app;

static StkWindow *
open_window (const char *path)
{
  StkWindow *window = test_open_window (app, path);

  test_iterate ();
  return window;
}

/* An edit as the user makes one: the Add board button's action. The new
 * window's project has two boards (stk_project_new), so three after it. */
static void
edit (StkWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  test_iterate ();
  g_assert_true (stk_window_get_modified (window));
}

static void
request_close (StkWindow *window,
               ClosePath  path)
{
  switch (path)
    {
    case BY_CLOSE_BUTTON:
      gtk_window_close (GTK_WINDOW (window));
      break;
    case BY_CTRL_W:
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
      break;
    case BY_CTRL_Q:
      g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
      break;
    default:
      g_assert_not_reached ();
    }
  test_iterate ();
}

static void
answer (int response)
{
  GtkWindow *dialog = test_find_toplevel ("stk-save-changes-dialog");

  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  test_iterate ();
  g_assert_null (test_find_toplevel ("stk-save-changes-dialog"));
}

static char *
saved_project (const char *dir)
{
  g_autoptr(StkProject) project = stk_project_new ();

  stk_project_set_name (project, "Closing");
  return test_save_project (dir, "close.stackup", project);
}

static guint
boards_in_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = stk_project_load_file (file, &error);

  g_assert_no_error (error);
  return stk_project_get_boards (project)->len;
}

/* The keys the user presses are bound to the actions the tests use. */
static void
test_close_accels (void)
{
  g_auto(GStrv) w = gtk_application_get_actions_for_accel (app, "<Control>w");
  g_auto(GStrv) q = gtk_application_get_actions_for_accel (app, "<Control>q");

  g_assert_true (g_strv_contains ((const char *const *) w, "window.close"));
  g_assert_true (g_strv_contains ((const char *const *) q, "app.quit"));
}

/* Nothing unsaved: the window closes without asking. */
static void
test_close_clean (gconstpointer data)
{
  ClosePath path = GPOINTER_TO_INT (data);
  StkWindow *window = open_window (NULL);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  request_close (window, path);
  g_assert_null (test_find_toplevel ("stk-save-changes-dialog"));
  g_assert_null (window);
}

/* Cancel keeps the window and its edits. */
static void
test_close_cancel (gconstpointer data)
{
  ClosePath path = GPOINTER_TO_INT (data);
  StkWindow *window = open_window (NULL);

  edit (window);
  request_close (window, path);
  answer (ANSWER_CANCEL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (stk_window_get_modified (window));
  g_assert_cmpuint (stk_project_get_boards (stk_window_get_project (window))->len, ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate ();
}

/* Discard or Save closes the window; the file then holds what it had (two
 * boards) or the edit (a third board). */
static void
test_close_answered (ClosePath path,
                     int       response,
                     guint     boards_after)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-close-XXXXXX", NULL);
  g_autofree char *file = saved_project (dir);
  StkWindow *window = open_window (file);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  edit (window);
  request_close (window, path);
  answer (response);
  g_assert_null (window);
  g_assert_cmpuint (boards_in_file (file), ==, boards_after);
  g_unlink (file);
  g_rmdir (dir);
}

static void
test_close_discard (gconstpointer data)
{
  test_close_answered (GPOINTER_TO_INT (data), ANSWER_DISCARD, 2);
}

static void
test_close_save (gconstpointer data)
{
  test_close_answered (GPOINTER_TO_INT (data), ANSWER_SAVE, 3);
}

/* Save when another program changed the file meanwhile: "Overwrite?" comes
 * next; Cancel keeps the window and the other program's file (its one
 * board more, three), Overwrite writes the edit (three boards as well, but
 * named "Closing") and closes. */
static void
test_close_save_over_change (gconstpointer data)
{
  ClosePath path = GPOINTER_TO_INT (data);
  g_autofree char *dir = g_dir_make_tmp ("stackup-close-XXXXXX", NULL);
  g_autofree char *file = saved_project (dir);
  g_autoptr(StkProject) other = stk_project_new ();
  StkWindow *window = open_window (file);
  GtkWindow *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  edit (window);
  stk_project_set_name (other, "Other program");
  g_free (test_save_project (dir, "close.stackup", other));

  for (int round = 0; round < 2; round++)
    {
      g_autoptr(GFile) f = g_file_new_for_path (file);
      g_autoptr(StkProject) on_disk = NULL;

      request_close (window, path);
      answer (ANSWER_SAVE);
      dialog = test_find_toplevel ("stk-overwrite-dialog");
      g_assert_nonnull (dialog);
      gtk_dialog_response (GTK_DIALOG (dialog), round == 0 ? GTK_RESPONSE_CANCEL : GTK_RESPONSE_ACCEPT);
      test_iterate ();
      on_disk = stk_project_load_file (f, NULL);
      g_assert_nonnull (on_disk);
      g_assert_cmpstr (stk_project_get_name (on_disk), ==, round == 0 ? "Other program" : "Closing");
      if (round == 0)
        g_assert_true (stk_window_get_modified (window));
    }
  g_assert_null (window);
  g_assert_cmpuint (boards_in_file (file), ==, 3);
  g_unlink (file);
  g_rmdir (dir);
}

/* Save on a project that has no file yet asks where; cancelling that keeps
 * the window and its edits. */
static void
test_close_save_untitled (gconstpointer data)
{
  ClosePath path = GPOINTER_TO_INT (data);
  StkWindow *window = open_window (NULL);
  GtkWindow *chooser;

  edit (window);
  request_close (window, path);
  answer (ANSWER_SAVE);
  chooser = test_find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  test_iterate ();
  g_assert_null (test_find_file_chooser ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (stk_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate ();
}

/* Quit asks each window about its own edits: the clean one closes at once,
 * the edited one waits for its answer. */
static void
test_quit_two_windows (void)
{
  StkWindow *clean = open_window (NULL);
  StkWindow *edited = open_window (NULL);

  g_object_add_weak_pointer (G_OBJECT (clean), (gpointer *) &clean);
  g_object_add_weak_pointer (G_OBJECT (edited), (gpointer *) &edited);
  edit (edited);
  request_close (edited, BY_CTRL_Q);
  g_assert_null (clean);
  g_assert_nonnull (edited);
  answer (ANSWER_DISCARD);
  g_assert_null (edited);
  g_assert_null (gtk_application_get_windows (app));
}

static void
add_each_path (const char    *name,
               GTestDataFunc  func)
{
  static const char *const paths[] = { "close-button", "ctrl-w", "ctrl-q" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *test = g_strdup_printf ("/stackup/app-close/%s/%s", name, paths[i]);
      g_test_add_data_func (test, GINT_TO_POINTER (i), func);
    }
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  /* The real application, for app.quit and its keys. */
  app = test_register_app ();

  g_test_add_func ("/stackup/app-close/accels", test_close_accels);
  add_each_path ("clean", test_close_clean);
  add_each_path ("cancel", test_close_cancel);
  add_each_path ("discard", test_close_discard);
  add_each_path ("save", test_close_save);
  add_each_path ("save-untitled", test_close_save_untitled);
  add_each_path ("save-over-change", test_close_save_over_change);
  g_test_add_func ("/stackup/app-close/quit-two-windows", test_quit_two_windows);
  return g_test_run ();
}
