/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-window-document"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-error.h"
#include "stk-project-io.h"
#include "stk-window-private.h"

#define MAX_UNDO   200
#define BURST_US   G_USEC_PER_SEC
#define MAX_RECENT 8

typedef struct {
  StkWindowContinue then;
  gpointer          user_data;
} Continuation;

enum { RESPONSE_DISCARD = 1, RESPONSE_SAVE = 2, RESPONSE_SAVE_AS = 3 };

static Continuation *
continuation_new (StkWindowContinue then,
                  gpointer          user_data)
{
  Continuation *c = g_new0 (Continuation, 1);

  c->then = then;
  c->user_data = user_data;
  return c;
}

static void
continuation_run (Continuation *c,
                  StkWindow    *self)
{
  if (c->then != NULL)
    c->then (self, c->user_data);
  g_free (c);
}

static GtkFileFilter *
stackup_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Stackup projects"));
  gtk_file_filter_add_pattern (filter, "*.stackup");
  gtk_file_filter_add_mime_type (filter, STK_PROJECT_MIME_TYPE);
  return filter;
}

static void
remember (StkWindow *self,
          GFile     *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (parent != NULL)
    {
      g_autofree char *folder = g_file_get_uri (parent);
      g_settings_set_string (self->settings, "last-folder", folder);
    }
}

static void
set_last_folder (StkWindow      *self,
                 GtkFileChooser *chooser)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "last-folder");

  if (*folder)
    {
      g_autoptr(GFile) dir = g_file_new_for_uri (folder);
      gtk_file_chooser_set_current_folder (chooser, dir, NULL);
    }
}

StkWindow *
_stk_window_destroy_answered (GtkWindow *dialog)
{
  StkWindow *self = STK_WINDOW (gtk_window_get_transient_for (dialog));

  /* The answer may close the window, which is then freed before the
   * dialog (the response emission holds the dialog): GTK 4.8 would
   * finalize the dialog by disconnecting from its freed parent. */
  gtk_window_set_transient_for (dialog, NULL);
  gtk_window_destroy (dialog);
  return self;
}

void
_stk_window_show_error (StkWindow    *self,
                        const char   *primary,
                        const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE, "%s", primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  /* Our own word, like the other dialogs' buttons, rather than GTK's stock one */
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  gtk_widget_set_name (dialog, "stk-error-dialog");
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
end_burst (StkWindow *self)
{
  g_clear_weak_pointer (&self->burst_field);
  g_clear_pointer (&self->burst_text, g_free);
}

/* An edit continues the burst when it comes from the text field that has the
 * focus, that field's text changed since the last edit (a scroll over another
 * spin button leaves it as it was), and less than BURST_US passed. */
static gboolean
continues_burst (StkWindow *self,
                 GtkWidget *field,
                 gint64     now)
{
  return field != NULL && field == self->burst_field && self->undo_stack->len > 0
         && now - self->burst_time < BURST_US
         && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field)), self->burst_text) != 0;
}

void
_stk_window_reset_history (StkWindow *self)
{
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  g_set_object (&self->snapshot, NULL);
  self->snapshot = stk_project_copy (self->project);
  end_burst (self);
}

void
_stk_window_record_edit (StkWindow *self)
{
  GtkWidget *field = gtk_root_get_focus (GTK_ROOT (self));
  gint64 now = g_get_monotonic_time ();

  /* A notice's Undo would now undo this edit, not the one it speaks of. */
  _stk_window_hide_notice (self);

  if (field != NULL && !GTK_IS_EDITABLE (field))
    field = NULL;
  /* Within a burst the undo stack already holds the state before it. */
  if (continues_burst (self, field, now))
    g_object_unref (self->snapshot);
  else
    {
      g_ptr_array_add (self->undo_stack, g_steal_pointer (&self->snapshot));
      if (self->undo_stack->len > MAX_UNDO)
        g_ptr_array_remove_index (self->undo_stack, 0);
      g_ptr_array_set_size (self->redo_stack, 0);
    }
  self->snapshot = stk_project_copy (self->project);
  self->modified = TRUE;
  g_set_weak_pointer (&self->burst_field, field);
  g_free (self->burst_text);
  self->burst_text = field ? g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))) : NULL;
  self->burst_time = now;
  _stk_window_schedule_draft (self);
}

static void
step_history (StkWindow *self,
              GPtrArray *from,
              GPtrArray *to)
{
  g_autoptr(StkProject) state = NULL;

  _stk_window_hide_notice (self);
  if (from->len == 0)
    return;
  end_burst (self);
  state = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, g_steal_pointer (&self->snapshot));
  self->snapshot = g_object_ref (state);
  _stk_window_assign_project (self, state);
  self->modified = self->saved_state == NULL || self->snapshot != self->saved_state;
  if (self->modified)
    _stk_window_schedule_draft (self);
  else
    _stk_window_drop_draft (self);
  _stk_window_refresh (self);
}

void
_stk_window_undo (StkWindow *self)
{
  step_history (self, self->undo_stack, self->redo_stack);
}

void
_stk_window_redo (StkWindow *self)
{
  step_history (self, self->redo_stack, self->undo_stack);
}

void
_stk_window_set_document (StkWindow  *self,
                          StkProject *project,
                          GFile      *file)
{
  /* What the window showed was saved or given up. */
  _stk_window_drop_draft (self);
  g_set_object (&self->file, file);
  _stk_window_watch_file (self);
  _stk_window_assign_project (self, project);
  self->modified = FALSE;
  _stk_window_reset_history (self);
  g_set_weak_pointer (&self->saved_state, self->snapshot);
  /* Nothing selected: the refresh selects the new document's first mate. */
  g_clear_pointer (&self->selected_board, g_free);
  g_clear_pointer (&self->selected_mate, g_free);
  _stk_window_refresh (self);
}

/* The project in file, or NULL after saying why it cannot be opened (the
 * message names the file and the problem): the open document stays as it
 * was, unsaved edits included. */
static StkProject *
read_or_explain (StkWindow *self,
                 GFile     *file)
{
  g_autoptr(GError) error = NULL;
  StkProject *project = stk_project_load_file (file, &error);

  if (project == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

      _stk_window_show_error (self, primary, error);
    }
  return project;
}

static void
show_loaded (StkWindow  *self,
             StkProject *project,
             GFile      *file)
{
  _stk_window_set_document (self, project, file);
  remember (self, file);
}

gboolean
stk_window_load_file (StkWindow *self,
                      GFile     *file)
{
  g_autoptr(StkProject) project = NULL;

  g_return_val_if_fail (STK_IS_WINDOW (self), FALSE);

  project = read_or_explain (self, file);
  if (project == NULL)
    return FALSE;
  show_loaded (self, project, file);
  return TRUE;
}

static void
show_pending (StkWindow *self,
              gpointer   user_data)
{
  g_autoptr(StkProject) project = g_steal_pointer (&self->pending_project);
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);

  show_loaded (self, project, file);
}

void
_stk_window_open (StkWindow *self,
                  GFile     *file)
{
  StkProject *project = read_or_explain (self, file);

  /* Read first: a file that cannot be opened costs nothing, and only one
   * that can asks about the unsaved changes it would replace. */
  if (project == NULL)
    return;
  g_set_object (&self->pending_project, project);
  g_object_unref (project);
  g_set_object (&self->pending_file, file);
  _stk_window_confirm_discard (self, show_pending, NULL);
}

/* The phone stack-up is the example a first start shows: the other bundled
 * examples are a larger stack and one that fails on purpose. */
#define MAIN_EXAMPLE "phone.stackup"

void
stk_window_load_example (StkWindow *self)
{
  const char *env = g_getenv ("STACKUP_EXAMPLES_DIR");
  g_autoptr(GFile) dir = env && *env ? g_file_new_for_path (env) : NULL;
  g_autoptr(GFile) file = dir ? g_file_get_child (dir, MAIN_EXAMPLE)
                              : g_file_new_for_uri ("resource:///io/github/stackup/Stackup/examples/" MAIN_EXAMPLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = stk_project_load_file (file, &error);

  /* Not its file: saving must not overwrite the example. */
  if (project == NULL)
    {
      project = stk_project_new ();
      _stk_window_set_document (self, project, NULL);
      _stk_window_show_error (self, _("The example could not be opened"), error);
      return;
    }
  _stk_window_set_document (self, project, NULL);
}

static void
show_save_error (StkWindow    *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *primary = g_strdup_printf (_("Could not save “%s”"), name);

  _stk_window_show_error (self, primary, error);
}

static gboolean
save_to (StkWindow  *self,
         GFile      *file,
         GError    **error)
{
  if (!stk_project_save_file (self->project, file, error))
    return FALSE;
  g_set_object (&self->file, file);
  self->modified = FALSE;
  g_set_weak_pointer (&self->saved_state, self->snapshot);
  _stk_window_drop_draft (self);
  _stk_window_watch_file (self);
  remember (self, file);
  _stk_window_refresh (self);
  return TRUE;
}

gboolean
_stk_window_save_to (StkWindow *self,
                     GFile     *file)
{
  g_autoptr(GError) error = NULL;

  if (!save_to (self, file, &error))
    {
      show_save_error (self, file, error);
      return FALSE;
    }
  return TRUE;
}

static void
on_save_as_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Continuation    *c)
{
  StkWindow *self = g_object_get_data (G_OBJECT (chooser), "window");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL && _stk_window_save_to (self, file))
    continuation_run (c, self);
  else
    g_free (c);
}

void
_stk_window_save_as (StkWindow         *self,
                     StkWindowContinue  then,
                     gpointer           user_data)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Project As"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), stackup_filter ());
  set_last_folder (self, GTK_FILE_CHOOSER (chooser));
  name = g_strdup_printf ("%s.stackup", stk_project_get_name (self->project));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "window", self);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response_cb),
                    continuation_new (then, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_read_only_response_cb (GtkDialog    *dialog,
                          int           response,
                          Continuation *c)
{
  StkWindow *self = _stk_window_destroy_answered (GTK_WINDOW (dialog));

  if (response == RESPONSE_SAVE_AS)
    _stk_window_save_as (self, c->then, c->user_data);
  g_free (c);
}

/* The core never replaces a read-only file: the user says what happens
 * instead, a copy under another name or nothing. */
static void
ask_about_read_only (StkWindow    *self,
                     Continuation *c)
{
  g_autofree char *name = g_file_get_basename (self->file);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, _("“%s” is read-only"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Stackup does not replace a read-only file. Save your changes "
                                              "under another name, or make the file writable and save again."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("Save _As…"), RESPONSE_SAVE_AS, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE_AS);
  gtk_widget_set_name (dialog, "stk-read-only-dialog");
  g_signal_connect (dialog, "response", G_CALLBACK (on_read_only_response_cb), c);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_in_place (StkWindow *self,
               gpointer   user_data)
{
  Continuation *c = user_data;
  g_autoptr(GError) error = NULL;

  if (save_to (self, self->file, &error))
    continuation_run (c, self);
  else if (g_error_matches (error, STK_ERROR, STK_ERROR_READ_ONLY))
    ask_about_read_only (self, c);
  else
    {
      show_save_error (self, self->file, error);
      g_free (c);
    }
}

void
_stk_window_save (StkWindow         *self,
                  StkWindowContinue  then,
                  gpointer           user_data)
{
  if (self->file == NULL)
    _stk_window_save_as (self, then, user_data);
  else
    _stk_window_confirm_overwrite (self, save_in_place, continuation_new (then, user_data), g_free);
}

static void
on_open_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     StkWindow       *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    _stk_window_open (self, file);
}

void
_stk_window_choose_and_open (StkWindow *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Project"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), stackup_filter ());
  set_last_folder (self, GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_confirm_response_cb (GtkDialog    *dialog,
                        int           response,
                        Continuation *c)
{
  StkWindow *self = _stk_window_destroy_answered (GTK_WINDOW (dialog));

  if (response == RESPONSE_DISCARD)
    continuation_run (c, self);
  else if (response == RESPONSE_SAVE)
    {
      _stk_window_save (self, c->then, c->user_data);
      g_free (c);
    }
  else
    g_free (c);
}

void
_stk_window_confirm_discard (StkWindow         *self,
                             StkWindowContinue  then,
                             gpointer           user_data)
{
  GtkWidget *dialog;

  if (!self->modified)
    {
      then (self, user_data);
      return;
    }
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", _("Save Changes?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                                            stk_project_get_label (self->project));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), RESPONSE_DISCARD, _("_Save"), RESPONSE_SAVE, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_DISCARD),
                            "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_SAVE),
                            "suggested-action");
  gtk_widget_set_name (dialog, "stk-save-changes-dialog");
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), continuation_new (then, user_data));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gint
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  gint64 ta = g_date_time_to_unix (gtk_recent_info_get_modified (ia));
  gint64 tb = g_date_time_to_unix (gtk_recent_info_get_modified (ib));

  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

void
_stk_window_update_recent (StkWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();

  for (GList *l = items; l; l = l->next)
    if (g_str_has_suffix (gtk_recent_info_get_uri (l->data), ".stackup") && gtk_recent_info_exists (l->data))
      g_ptr_array_add (ours, l->data);
  g_ptr_array_sort (ours, compare_recent);
  g_menu_remove_all (self->recent_section);
  for (guint i = 0; i < ours->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-uri", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}
