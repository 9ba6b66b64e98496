/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-window-disk"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-io.h"
#include "stk-project-io.h"
#include "stk-window-private.h"

/* The open file on disk: the window remembers a checksum of the file as it
 * last read or wrote it. When the file changes (a file monitor, and a look
 * whenever the window becomes active) to something else, a bar says so with
 * Reload and Keep Mine; saving over such a change asks first. Comparing
 * contents, not times, keeps the window's own saves quiet. */

enum { RESPONSE_OVERWRITE = GTK_RESPONSE_ACCEPT };

/* The file's SHA-256, or NULL if it cannot be read (gone, most likely). */
static char *
disk_checksum (GFile *file)
{
  g_autoptr(GBytes) bytes = stk_io_read_file (file, STK_PROJECT_MAX_SIZE + 1, NULL);

  return bytes ? g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes) : NULL;
}

static gboolean
changed_on_disk (StkWindow  *self,
                 char      **now)
{
  g_autofree char *sum = NULL;

  if (self->file == NULL)
    return FALSE;
  sum = disk_checksum (self->file);
  if (now != NULL)
    *now = g_strdup (sum);
  return g_strcmp0 (sum, self->disk_sum) != 0;
}

/* Unreadable yet there (too large, no permission) counts as changed. */
static gboolean
gone_from_disk (StkWindow  *self,
                const char *now)
{
  return now == NULL && !g_file_query_exists (self->file, NULL);
}

static void
hide_bar (StkWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->disk_bar), FALSE);
}

void
_stk_window_check_disk (StkWindow *self)
{
  g_autofree char *now = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  gboolean gone;

  if (!changed_on_disk (self, &now))
    {
      hide_bar (self);
      return;
    }
  name = g_file_get_basename (self->file);
  /* Reload says what is wrong with a file that is there but unreadable. */
  gone = gone_from_disk (self, now);
  if (gone)
    text = g_strdup_printf (_("“%s” was deleted or moved by another program. Save to write it again."), name);
  else if (self->modified)
    text = g_strdup_printf (_("“%s” was changed by another program. Reload shows its new content and "
                              "discards your unsaved changes."), name);
  else
    text = g_strdup_printf (_("“%s” was changed by another program."), name);
  gtk_label_set_text (self->disk_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->disk_reload_button), !gone);
  gtk_widget_set_visible (GTK_WIDGET (self->disk_bar), TRUE);
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    StkWindow         *self)
{
  /* A write in progress ends with CHANGES_DONE_HINT; read it then. */
  if (event == G_FILE_MONITOR_EVENT_CHANGED || event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;
  _stk_window_check_disk (self);
}

static void
on_active_cb (StkWindow *self)
{
  /* Not every file system reports changes: look again on return. */
  if (gtk_window_is_active (GTK_WINDOW (self)))
    _stk_window_check_disk (self);
}

void
_stk_window_unwatch_file (StkWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_pointer (&self->disk_sum, g_free);
}

void
_stk_window_watch_file (StkWindow *self)
{
  g_autoptr(GError) error = NULL;

  _stk_window_unwatch_file (self);
  hide_bar (self);
  if (self->file == NULL)
    return;
  self->disk_sum = disk_checksum (self->file);
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  /* Without a monitor the look on activation and before saving remain. */
  if (self->monitor == NULL)
    g_debug ("Not watching %s: %s", g_file_peek_path (self->file), error->message);
  else
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
}

typedef struct {
  StkWindowContinue then;
  gpointer          user_data;
  GDestroyNotify    destroy;
} Overwrite;

static void
on_overwrite_response_cb (GtkDialog *dialog,
                          int        response,
                          Overwrite *o)
{
  StkWindow *self = _stk_window_destroy_answered (GTK_WINDOW (dialog));

  if (response == RESPONSE_OVERWRITE)
    o->then (self, o->user_data);
  else if (o->destroy != NULL)
    o->destroy (o->user_data);
  g_free (o);
}

void
_stk_window_confirm_overwrite (StkWindow         *self,
                               StkWindowContinue  then,
                               gpointer           user_data,
                               GDestroyNotify     destroy)
{
  g_autofree char *now = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  Overwrite *o;

  /* Unchanged, or gone (saving writes it again): nothing to lose. */
  if (!changed_on_disk (self, &now) || gone_from_disk (self, now))
    {
      then (self, user_data);
      return;
    }
  name = g_file_get_basename (self->file);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   _("“%s” was changed by another program"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Saving replaces its changes with yours."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Overwrite"), RESPONSE_OVERWRITE, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_OVERWRITE),
                            "destructive-action");
  gtk_widget_set_name (dialog, "stk-overwrite-dialog");
  o = g_new0 (Overwrite, 1);
  o->then = then;
  o->user_data = user_data;
  o->destroy = destroy;
  g_signal_connect (dialog, "response", G_CALLBACK (on_overwrite_response_cb), o);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  g_autoptr(GFile) file = NULL;

  if (self->file == NULL)
    return;
  /* The bar said that unsaved changes go. */
  file = g_object_ref (self->file);
  stk_window_load_file (self, file);
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);

  /* The user has seen the change and keeps the window's version: it now
   * differs from the file, and saving writes it without asking again. */
  g_free (self->disk_sum);
  self->disk_sum = self->file ? disk_checksum (self->file) : NULL;
  hide_bar (self);
  self->modified = TRUE;
  g_clear_weak_pointer (&self->saved_state);  /* no undo gets back to the file now */
  _stk_window_schedule_draft (self);
  _stk_window_update_title (self);
  _stk_window_actions_update (self);
}

void
_stk_window_class_disk_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, disk_bar);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, disk_reload_button);
}

void
_stk_window_init_disk (StkWindow *self)
{
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_cb), NULL);
}
