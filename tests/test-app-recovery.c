/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Autosave and recovery (issue 11.10): unsaved edits are kept as a draft a
 * few seconds after the last one, and the next start offers them back. */
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "stk-draft.h"
#include "stk-project-io.h"
#include "stk-window.h"
#include "test-gtk-util.h"
#include "test-util.h"

static GtkApplication *app;

static guint
count_drafts (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    n += g_str_has_suffix (name, ".json");
  return n;
}

/* The id of the one draft record in dir, once there is one: the record is
 * written after the project, so both are complete. Waits for an event, not
 * a time: the minute is only there so a broken autosave fails the test. */
static char *
wait_for_draft (const char *dir)
{
  for (int tries = 0; tries < 600; tries++)
    {
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          return g_strndup (name, strlen (name) - strlen (".json"));
      test_run_for (100);
    }
  g_assert_not_reached ();
}

/* The file's SHA-256, as the window records the file it read. */
static char *
file_sum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static char *
project_json (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = stk_project_load_file (file, &error);

  g_assert_no_error (error);
  return stk_project_to_json (project);
}

/* The real program: edit, wait for the draft, kill -9, start again with
 * the same data folder, recover, save; the file then holds the edit. */
static void
test_kill_and_recover (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stackup-recovery-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (tmp, "data", NULL);
  g_autofree char *drafts = g_build_filename (data_home, "stackup", "drafts", NULL);
  g_autofree char *err_path = g_build_filename (tmp, "first-run.err", NULL);
  g_autoptr(StkProject) start = stk_project_new ();
  g_autoptr(StkProject) saved = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  g_autofree char *draft_path = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *recovered = NULL;
  g_autofree char *first_err = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *data_env = g_strconcat ("XDG_DATA_HOME=", data_home, NULL);
  g_auto(TestRun) second = { 0 };
  const char *stackup = g_getenv ("STACKUP_APP");
  GPtrArray *boards;

  g_assert_nonnull (stackup);
  stk_project_set_name (start, "Before the crash");
  path = test_save_project (tmp, "edit.stackup", start);

  /* First run: open the file, add a board (two become three), and wait
   * for the draft (the default delay is 5 s). */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "STACKUP_TEST_ACTIONS", "win.add-board", TRUE);
  g_subprocess_launcher_set_stderr_file_path (launcher, err_path);
  first = g_subprocess_launcher_spawn (launcher, &error, stackup, path, NULL);
  g_assert_no_error (error);
  id = wait_for_draft (drafts);
  g_subprocess_force_exit (first);
  /* Reaped, so the draft's writer is known to have ended. */
  g_assert_true (g_subprocess_wait (first, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (first));
  g_assert_cmpint (g_subprocess_get_term_sig (first), ==, SIGKILL);
  g_assert_true (g_file_get_contents (err_path, &first_err, NULL, NULL));
  g_assert_cmpstr (first_err, ==, "");

  /* The draft is the edited project: three boards, the new one on top. */
  draft_path = g_strconcat (drafts, G_DIR_SEPARATOR_S, id, ".stackup", NULL);
  edited = project_json (draft_path);
  /* The file itself was never saved: still two boards. */
  file = g_file_new_for_path (path);
  saved = stk_project_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stk_project_get_boards (saved)->len, ==, 2);
  g_clear_object (&saved);

  /* Second run: recover the draft, save it, quit. */
  actions = g_strdup_printf ("STACKUP_TEST_ACTIONS=win.recover-draft('%s') win.save app.quit", id);
  test_run_program (&second, G_SUBPROCESS_FLAGS_STDERR_PIPE,
                    (const char *const[]) { "env", data_env, actions, stackup, NULL });
  g_assert_cmpstr (second.err, ==, "");
  g_assert_cmpint (second.status, ==, 0);

  recovered = project_json (path);
  g_assert_cmpstr (recovered, ==, edited);
  saved = stk_project_load_file (file, &error);
  g_assert_no_error (error);
  boards = stk_project_get_boards (saved);
  g_assert_cmpstr (stk_project_get_name (saved), ==, "Before the crash");
  g_assert_cmpuint (boards->len, ==, 3);
  /* Added as the third board: named "Board 3" (two were there). */
  g_assert_cmpstr (((StkBoard *) g_ptr_array_index (boards, 2))->name, ==, "Board 3");
  /* Saved: the draft is gone. */
  g_assert_cmpuint (count_drafts (drafts), ==, 0);

  test_remove_tree (tmp);
}

/* The tests below share this process's data folder (set in main). */
static char *
drafts_dir (void)
{
  return stk_draft_default_dir ();
}

static const char *
row_text (StkWindow *window,
          guint      index)
{
  GtkListBox *list = GTK_LIST_BOX (test_find_type (test_find_named (GTK_WIDGET (window), "recovery-bar"),
                                                   GTK_TYPE_LIST_BOX));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);
  GtkWidget *label;

  g_assert_nonnull (row);
  label = test_find_type (GTK_WIDGET (row), GTK_TYPE_LABEL);
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
recovery_bar_shown (StkWindow *window)
{
  return gtk_widget_get_visible (test_find_named (GTK_WIDGET (window), "recovery-bar"));
}

/* The bar lists each draft with its file (or that it was never saved);
 * Discard removes a draft, Recover opens it as unsaved edits of its file,
 * and saving then removes it too. */
static void
test_offer_discard_recover (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stackup-recovery-XXXXXX", NULL);
  g_autofree char *dir = drafts_dir ();
  g_autoptr(StkProject) bound = stk_project_new ();
  g_autoptr(StkProject) loose = stk_project_new ();
  g_autoptr(StkProject) on_disk = stk_project_new ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) saved = NULL;
  g_autofree char *sum = NULL;
  StkWindow *window;

  stk_project_set_name (on_disk, "On disk");
  path = test_save_project (tmp, "bound.stackup", on_disk);
  file = g_file_new_for_path (path);
  stk_project_set_name (bound, "Bound edits");
  stk_project_set_name (loose, "Loose edits");
  /* The file is as the edits started from it: recovering shows no bar. */
  sum = file_sum (path);
  g_assert_true (stk_draft_write (dir, "bound", bound, file, sum, &error));
  g_assert_no_error (error);
  g_assert_true (stk_draft_write (dir, "loose", loose, NULL, NULL, &error));
  g_assert_no_error (error);

  window = test_open_window (app, NULL);
  g_assert_false (recovery_bar_shown (window));
  stk_window_offer_recovery (window);
  test_iterate ();
  g_assert_true (recovery_bar_shown (window));
  /* Newest first: "loose" was written last. */
  g_assert_nonnull (strstr (row_text (window, 0), "“Loose edits” · never saved · kept "));
  g_assert_nonnull (strstr (row_text (window, 1), "“Bound edits”"));
  g_assert_nonnull (strstr (row_text (window, 1), path));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.discard-draft", "s", "loose"));
  test_iterate ();
  g_assert_cmpuint (count_drafts (dir), ==, 1);
  g_assert_true (recovery_bar_shown (window));

  /* The window shows nothing of the user's yet: it takes the draft. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.recover-draft", "s", "bound"));
  test_iterate ();
  g_assert_false (recovery_bar_shown (window));
  g_assert_cmpstr (stk_project_get_name (stk_window_get_project (window)), ==, "Bound edits");
  g_assert_true (g_file_equal (stk_window_get_file (window), file));
  g_assert_true (stk_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Bound edits •");
  g_assert_false (gtk_widget_get_visible (test_find_named (GTK_WIDGET (window), "disk-bar")));
  /* Still kept as a draft until saved. */
  g_assert_cmpuint (count_drafts (dir), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  test_iterate ();
  g_assert_cmpuint (count_drafts (dir), ==, 0);
  saved = stk_project_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stk_project_get_name (saved), ==, "Bound edits");

  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate ();
  test_remove_tree (tmp);
}

/* The file changed after the draft was written (a crash, then another
 * program): recovering says so, and saving asks before overwriting. */
static void
test_recover_file_changed_since (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stackup-recovery-XXXXXX", NULL);
  g_autofree char *dir = drafts_dir ();
  g_autoptr(StkProject) before = stk_project_new ();
  g_autoptr(StkProject) after = stk_project_new ();
  g_autoptr(StkProject) edits = stk_project_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *on_disk = NULL;
  StkWindow *window;
  GtkWindow *dialog;

  stk_project_set_name (before, "Before the crash");
  path = test_save_project (tmp, "changed.stackup", before);
  sum = file_sum (path);
  file = g_file_new_for_path (path);
  stk_project_set_name (edits, "Edits");
  g_assert_true (stk_draft_write (dir, "since", edits, file, sum, &error));
  g_assert_no_error (error);
  stk_project_set_name (after, "Changed after the crash");
  g_free (test_save_project (tmp, "changed.stackup", after));

  window = test_open_window (app, NULL);
  stk_window_offer_recovery (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.recover-draft", "s", "since"));
  test_iterate ();
  g_assert_cmpstr (stk_project_get_name (stk_window_get_project (window)), ==, "Edits");
  g_assert_true (gtk_widget_get_visible (test_find_named (GTK_WIDGET (window), "disk-bar")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  test_iterate ();
  dialog = test_find_toplevel ("stk-overwrite-dialog");
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  test_iterate ();
  g_assert_true (stk_window_get_modified (window));

  /* Discard-close: the draft goes, the other program's file stays. */
  gtk_window_close (GTK_WINDOW (window));
  test_iterate ();
  gtk_dialog_response (GTK_DIALOG (test_find_toplevel ("stk-save-changes-dialog")), 1 /* Discard */);
  test_iterate ();
  g_assert_cmpuint (count_drafts (dir), ==, 0);
  on_disk = project_json (path);
  g_assert_nonnull (strstr (on_disk, "Changed after the crash"));
  test_remove_tree (tmp);
}

/* A draft whose project cannot be read (a disk error, say) is listed so
 * it can be discarded, but offers no Recover. */
static void
test_unreadable_draft (void)
{
  g_autofree char *dir = drafts_dir ();
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *project_path = g_build_filename (dir, "broken.stackup", NULL);
  StkWindow *window = test_open_window (app, NULL);
  GtkWidget *bar = test_find_named (GTK_WIDGET (window), "recovery-bar");
  GtkWidget *row;
  guint buttons = 0;

  g_assert_true (stk_draft_write (dir, "broken", project, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (project_path, "{ not json", -1, NULL));
  stk_window_offer_recovery (window);
  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_nonnull (strstr (row_text (window, 0), "“cannot be read” · never saved · kept "));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (test_find_type (bar, GTK_TYPE_LIST_BOX)), 0));
  for (GtkWidget *c = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))); c;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c))
      {
        g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (c)), ==, "win.discard-draft");
        buttons++;
      }
  g_assert_cmpuint (buttons, ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.discard-draft", "s", "broken"));
  test_iterate ();
  g_assert_false (gtk_widget_get_visible (bar));
  g_assert_cmpuint (count_drafts (dir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate ();
}

/* A window that already holds the user's work keeps it: the draft opens
 * in a window of its own. */
static void
test_recover_into_new_window (void)
{
  g_autofree char *dir = drafts_dir ();
  g_autoptr(StkProject) draft = stk_project_new ();
  g_autoptr(GError) error = NULL;
  StkWindow *window = test_open_window (app, NULL);
  GList *windows;
  StkWindow *other = NULL;

  stk_project_set_name (draft, "From the draft");
  g_assert_true (stk_draft_write (dir, "other", draft, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  test_iterate ();
  stk_window_offer_recovery (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.recover-draft", "s", "other"));
  test_iterate ();
  g_assert_cmpuint (stk_project_get_boards (stk_window_get_project (window))->len, ==, 3);
  windows = gtk_application_get_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l; l = l->next)
    if (l->data != window)
      other = l->data;
  g_assert_cmpstr (stk_project_get_name (stk_window_get_project (other)), ==, "From the draft");
  g_assert_true (stk_window_get_modified (other));

  /* Discard-closing both removes their drafts; nothing is left. */
  for (int i = 0; i < 2; i++)
    {
      GtkWindow *w = GTK_WINDOW (i == 0 ? window : other);
      gtk_window_close (w);
      test_iterate ();
      gtk_dialog_response (GTK_DIALOG (test_find_toplevel ("stk-save-changes-dialog")), 1 /* Discard */);
      test_iterate ();
    }
  g_assert_null (gtk_application_get_windows (app));
  g_assert_cmpuint (count_drafts (dir), ==, 0);
}

/* Autosave: an edit is kept as a draft of its file after the delay; saving
 * removes it; another edit and Discard-close remove it as well. */
static void
test_autosave (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stackup-recovery-XXXXXX", NULL);
  g_autofree char *dir = drafts_dir ();
  g_autoptr(StkProject) start = stk_project_new ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stackup.Stackup");
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(StkProject) draft_project = NULL;
  g_autoptr(GError) error = NULL;
  StkWindow *window;
  const StkDraft *draft;

  g_settings_set_uint (settings, "autosave-interval", 1);
  stk_project_set_name (start, "Autosaved");
  path = test_save_project (tmp, "auto.stackup", start);
  window = test_open_window (app, path);
  g_assert_cmpuint (count_drafts (dir), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  id = wait_for_draft (dir);
  drafts = stk_draft_list (dir);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (g_file_peek_path (draft->original), ==, path);
  draft_project = stk_draft_load (draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stk_project_get_boards (draft_project)->len, ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  test_iterate ();
  g_assert_cmpuint (count_drafts (dir), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  g_free (wait_for_draft (dir));
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  test_iterate ();
  gtk_dialog_response (GTK_DIALOG (test_find_toplevel ("stk-save-changes-dialog")), 1 /* Discard */);
  test_iterate ();
  g_assert_cmpuint (count_drafts (dir), ==, 0);
  g_settings_reset (settings, "autosave-interval");
  test_remove_tree (tmp);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("stackup-recovery-data-XXXXXX", NULL);
  int status;

  /* Drafts of this process's windows go to a folder of this test's own. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  app = test_register_app ();
  g_test_add_func ("/stackup/app-recovery/kill-and-recover", test_kill_and_recover);
  g_test_add_func ("/stackup/app-recovery/offer-discard-recover", test_offer_discard_recover);
  g_test_add_func ("/stackup/app-recovery/recover-into-new-window", test_recover_into_new_window);
  g_test_add_func ("/stackup/app-recovery/recover-file-changed-since", test_recover_file_changed_since);
  g_test_add_func ("/stackup/app-recovery/unreadable-draft", test_unreadable_draft);
  g_test_add_func ("/stackup/app-recovery/autosave", test_autosave);
  status = g_test_run ();
  test_remove_tree (data_home);
  return status;
}
