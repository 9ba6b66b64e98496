/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-window-autosave"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-draft.h"
#include "stk-window-private.h"

/* Autosave: a few seconds after the last edit the unsaved project is kept
 * as a draft (stk-draft.h); saving it or discarding it removes the draft.
 * Recovery: the first window of a start lists the drafts a crash left, and
 * each can be recovered into a window or discarded. */

static gboolean
on_autosave_cb (gpointer data)
{
  StkWindow *self = STK_WINDOW (data);
  g_autofree char *dir = stk_draft_default_dir ();
  g_autoptr(GError) error = NULL;

  self->autosave_timeout = 0;
  if (!self->modified)
    return G_SOURCE_REMOVE;
  if (self->draft_id == NULL)
    self->draft_id = stk_draft_new_id ();
  /* Nothing the user can act on at this moment: the edits are still in
   * the window, and saving says what is wrong with the disk. */
  if (!stk_draft_write (dir, self->draft_id, self->project, self->file, self->disk_sum, &error))
    g_message ("The unsaved changes could not be kept as a draft: %s", error->message);
  return G_SOURCE_REMOVE;
}

void
_stk_window_schedule_draft (StkWindow *self)
{
  guint seconds = g_settings_get_uint (self->settings, "autosave-interval");

  /* Counted from the last edit: a burst of typing is one draft. */
  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  self->autosave_timeout = g_timeout_add_seconds (seconds, on_autosave_cb, self);
}

void
_stk_window_drop_draft (StkWindow *self)
{
  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  if (self->draft_id != NULL)
    {
      g_autofree char *dir = stk_draft_default_dir ();
      stk_draft_remove (dir, self->draft_id);
      g_clear_pointer (&self->draft_id, g_free);
    }
}

void
_stk_window_dispose_draft (StkWindow *self)
{
  /* Closed with Discard (or nothing unsaved): the draft has no more use.
   * Gone any other way, it is kept for the next start. */
  if (!self->modified || self->close_confirmed)
    _stk_window_drop_draft (self);
  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_pointer (&self->offered_drafts, g_ptr_array_unref);
}

static StkDraft *
find_offered (StkWindow  *self,
              const char *id,
              guint      *index)
{
  for (guint i = 0; self->offered_drafts != NULL && i < self->offered_drafts->len; i++)
    {
      StkDraft *draft = g_ptr_array_index (self->offered_drafts, i);
      if (g_strcmp0 (draft->id, id) == 0)
        {
          *index = i;
          return draft;
        }
    }
  return NULL;
}

static void
forget_offered (StkWindow *self,
                guint      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->recovery_list, (int) index);

  gtk_list_box_remove (self->recovery_list, GTK_WIDGET (row));
  g_ptr_array_remove_index (self->offered_drafts, index);
  if (self->offered_drafts->len == 0)
    gtk_widget_set_visible (GTK_WIDGET (self->recovery_bar), FALSE);
}

/* "“Phone” · /home/me/phone.stackup · kept 2026-12-01 20:51" */
static char *
describe_draft (const StkDraft *draft,
                StkProject     *project)
{
  /* Translators: date and time a draft was kept, in g_date_time_format() notation */
  g_autofree char *when = g_date_time_format (draft->written, _("%Y-%m-%d %H:%M"));
  g_autofree char *where = draft->original ? g_file_get_parse_name (draft->original)
                                           : g_strdup (_("never saved"));
  const char *name = project ? stk_project_get_label (project) : _("cannot be read");

  /* Translators: a draft: the project's name, its file (or "never saved"), when it was kept */
  return g_strdup_printf (_("“%s” · %s · kept %s"), name, where, when);
}

static GtkWidget *
draft_button (const char *label,
              const char *action,
              const char *id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
draft_row (const StkDraft *draft)
{
  g_autoptr(StkProject) project = stk_draft_load (draft, NULL);
  g_autofree char *text = describe_draft (draft, project);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  /* One that cannot be read can only be discarded. */
  if (project != NULL)
    gtk_box_append (GTK_BOX (box), draft_button (_("_Recover"), "win.recover-draft", draft->id));
  gtk_box_append (GTK_BOX (box), draft_button (_("_Discard"), "win.discard-draft", draft->id));
  return box;
}

static void
on_recovery_bar_response_cb (GtkInfoBar *bar,
                             int         response,
                             StkWindow  *self)
{
  /* Closed: the drafts stay for the next start. */
  if (response == GTK_RESPONSE_CLOSE)
    gtk_widget_set_visible (GTK_WIDGET (bar), FALSE);
}

void
stk_window_offer_recovery (StkWindow *self)
{
  g_autofree char *dir = stk_draft_default_dir ();

  g_return_if_fail (STK_IS_WINDOW (self));

  g_clear_pointer (&self->offered_drafts, g_ptr_array_unref);
  self->offered_drafts = stk_draft_list (dir);
  while (gtk_widget_get_first_child (GTK_WIDGET (self->recovery_list)) != NULL)
    gtk_list_box_remove (self->recovery_list, gtk_widget_get_first_child (GTK_WIDGET (self->recovery_list)));
  for (guint i = 0; i < self->offered_drafts->len; i++)
    gtk_list_box_append (self->recovery_list, draft_row (g_ptr_array_index (self->offered_drafts, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->recovery_bar), self->offered_drafts->len > 0);
}

/* A window that shows nothing of the user's yet (a new project or the
 * example, untouched) takes the draft; otherwise a new window does. */
static StkWindow *
window_for_draft (StkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  StkWindow *target;

  if (!self->modified && self->file == NULL && self->undo_stack->len == 0)
    return self;
  target = stk_window_new (app);
  gtk_window_present (GTK_WINDOW (target));
  return target;
}

static void
recover_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = NULL;
  StkWindow *target;
  StkDraft *draft;
  guint index;

  draft = find_offered (self, id, &index);
  if (draft == NULL)
    return;
  project = stk_draft_load (draft, &error);
  if (project == NULL)
    {
      _stk_window_show_error (self, _("The draft could not be recovered"), error);
      return;
    }
  /* The edits as they were: unsaved, belonging to their file, and kept by
   * this window's autosave from now on (written at once, so the draft is
   * this run's and a second Stackup does not offer it too). */
  target = window_for_draft (self);
  _stk_window_set_document (target, project, draft->original);
  /* The file as the edits started from it: if another program changed it
   * since, the bar says so and saving asks. */
  if (draft->original_sum != NULL)
    {
      g_free (target->disk_sum);
      target->disk_sum = g_strdup (draft->original_sum);
    }
  target->modified = TRUE;
  g_clear_weak_pointer (&target->saved_state);  /* the recovered edits are not the file */
  target->draft_id = g_strdup (draft->id);
  on_autosave_cb (target);
  _stk_window_check_disk (target);
  _stk_window_update_title (target);
  _stk_window_actions_update (target);
  forget_offered (self, index);
}

static void
discard_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autofree char *dir = stk_draft_default_dir ();
  guint index;

  if (find_offered (self, id, &index) == NULL)
    return;
  stk_draft_remove (dir, id);
  forget_offered (self, index);
}

void
_stk_window_class_autosave_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.recover-draft", "s", recover_draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", "s", discard_draft_action);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, recovery_bar);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, recovery_list);
  gtk_widget_class_bind_template_callback (widget_class, on_recovery_bar_response_cb);
}
