/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-window"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-window-private.h"
#include "stk-settings.h"

G_DEFINE_FINAL_TYPE (StkWindow, stk_window, GTK_TYPE_APPLICATION_WINDOW)

static void
on_tree_select_cb (StkWindow  *self,
                   const char *board_id,
                   const char *mate_id)
{
  _stk_window_select (self, board_id, mate_id);
}

/* An edit of the project: one more undo step (or the same one, for typing
 * on in one field). Editors, lists and panels update themselves. */
static void
on_project_changed_cb (StkWindow *self)
{
  _stk_window_record_edit (self);
  _stk_window_refresh (self);
}

static void
apply_units (StkWindow *self)
{
  StkUnits units = g_settings_get_enum (self->settings, "units");

  if (self->board_editor != NULL)
    stk_board_editor_set_units (self->board_editor, units);
  if (self->explorer_panel != NULL)
    stk_explorer_panel_set_units (self->explorer_panel, units);
  if (self->requirements_editor != NULL)
    stk_requirements_editor_set_units (self->requirements_editor, units);
  stk_checks_panel_set_units (self->checks_panel, units);
  stk_canvas_set_units (self->canvas, units);
  stk_mate_editor_set_units (self->mate_editor, units);
  stk_assembly_tree_set_units (self->assembly_tree, units);
}

/* A menu button with a model builds the whole popover menu at once; the
 * main menu is built when first opened instead, and its recent files are
 * read (the recent-files list is parsed from disk) each time it opens. */
static void
attach_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  StkWindow *self = STK_WINDOW (user_data);

  _stk_window_update_recent (self);
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
ensure_board_editor (StkWindow *self)
{
  if (self->board_editor != NULL)
    return;
  self->board_editor = STK_BOARD_EDITOR (stk_board_editor_new ());
  stk_board_editor_set_units (self->board_editor, g_settings_get_enum (self->settings, "units"));
  gtk_box_append (self->board_slot, GTK_WIDGET (self->board_editor));
}

/* The requirements and options pages are built when first shown. */
static void
on_sidebar_page_cb (StkWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->sidebar_stack);
  StkUnits units = g_settings_get_enum (self->settings, "units");

  if (g_strcmp0 (page, "requirements") == 0 && self->requirements_editor == NULL)
    {
      self->requirements_editor = STK_REQUIREMENTS_EDITOR (stk_requirements_editor_new ());
      gtk_widget_set_margin_start (GTK_WIDGET (self->requirements_editor), 12);
      gtk_widget_set_margin_end (GTK_WIDGET (self->requirements_editor), 12);
      gtk_widget_set_margin_bottom (GTK_WIDGET (self->requirements_editor), 12);
      stk_requirements_editor_set_units (self->requirements_editor, units);
      stk_requirements_editor_bind (self->requirements_editor, self->project);
      gtk_scrolled_window_set_child (self->requirements_scroller, GTK_WIDGET (self->requirements_editor));
    }
  else if (g_strcmp0 (page, "explorer") == 0 && self->explorer_panel == NULL)
    {
      self->explorer_panel = STK_EXPLORER_PANEL (stk_explorer_panel_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->explorer_panel), TRUE);
      stk_explorer_panel_set_units (self->explorer_panel, units);
      gtk_box_append (self->explorer_slot, GTK_WIDGET (self->explorer_panel));
      stk_explorer_panel_bind (self->explorer_panel, self->project, self->catalog, self->selected_mate);
    }
  else if (g_strcmp0 (page, "tolerance") == 0 && self->tolerance_panel == NULL)
    {
      self->tolerance_panel = STK_TOLERANCE_PANEL (stk_tolerance_panel_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->tolerance_panel), TRUE);
      gtk_box_append (self->tolerance_slot, GTK_WIDGET (self->tolerance_panel));
      stk_tolerance_panel_bind (self->tolerance_panel, self->project, self->catalog);
      /* a finished run puts the analysis's verdict beside the checks' */
      g_signal_connect_object (self->tolerance_panel, "notify::running",
                               G_CALLBACK (stk_checks_panel_refresh_summary), self->checks_panel,
                               G_CONNECT_SWAPPED);
    }
}

static void
on_close_confirmed (StkWindow *self,
                    gpointer   user_data)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
stk_window_close_request (GtkWindow *window)
{
  StkWindow *self = STK_WINDOW (window);
  int width, height;

  if (self->modified && !self->close_confirmed)
    {
      _stk_window_confirm_discard (self, on_close_confirmed, NULL);
      return TRUE;
    }
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  return GTK_WINDOW_CLASS (stk_window_parent_class)->close_request (window);
}

static void
stk_window_dispose (GObject *object)
{
  StkWindow *self = STK_WINDOW (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_handle_id (&self->notice_timeout, g_source_remove);
  _stk_window_dispose_draft (self);
  _stk_window_unwatch_file (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_WINDOW);
  g_clear_object (&self->project);
  g_clear_object (&self->snapshot);
  g_clear_object (&self->file);
  g_clear_object (&self->exported);
  g_clear_object (&self->pending_project);
  g_clear_object (&self->pending_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_weak_pointer (&self->burst_field);

  G_OBJECT_CLASS (stk_window_parent_class)->dispose (object);
}

static void
stk_window_finalize (GObject *object)
{
  StkWindow *self = STK_WINDOW (object);

  g_free (self->selected_board);
  g_free (self->selected_mate);
  g_free (self->burst_text);
  g_clear_weak_pointer (&self->saved_state);

  G_OBJECT_CLASS (stk_window_parent_class)->finalize (object);
}

static void
stk_window_realize (GtkWidget *widget)
{
  StkWindow *self = STK_WINDOW (widget);

  /* A window shown without loading a file shows its new project. */
  if (!self->synced)
    _stk_window_refresh (self);
  GTK_WIDGET_CLASS (stk_window_parent_class)->realize (widget);
}

static void
stk_window_class_init (StkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = stk_window_dispose;
  object_class->finalize = stk_window_finalize;
  window_class->close_request = stk_window_close_request;
  widget_class->realize = stk_window_realize;

  g_type_ensure (STK_TYPE_ASSEMBLY_TREE);
  g_type_ensure (STK_TYPE_CANVAS);
  g_type_ensure (STK_TYPE_CUTS_POPOVER);
  g_type_ensure (STK_TYPE_CHECKS_PANEL);
  g_type_ensure (STK_TYPE_MATE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StkWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, assembly_tree);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, mate_editor);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, board_slot);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, requirements_scroller);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, explorer_slot);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, tolerance_slot);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, cuts_popover);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, checks_panel);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, checks_paned);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, notice_label);

  _stk_window_class_actions_init (widget_class);
  _stk_window_class_autosave_init (widget_class);
  _stk_window_class_disk_init (widget_class);
  _stk_window_class_output_init (widget_class);
}

static void
stk_window_init (StkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = stk_settings_new ();
  self->catalog = g_object_ref (stk_catalog_get_default ());
  self->project = stk_project_new ();
  self->undo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo_stack = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  stk_canvas_set_project (self->canvas, self->project, self->catalog);
  stk_cuts_popover_set_project (self->cuts_popover, self->project);
  stk_checks_panel_set_project (self->checks_panel, self->project, self->catalog);
  g_object_bind_property (self->checks_panel, "highlight-status", self->canvas, "highlight-status",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->checks_panel, "highlight", self->canvas, "highlight", G_BINDING_SYNC_CREATE);
  g_settings_bind (self->settings, "checks-pane-position", self->checks_paned, "position", G_SETTINGS_BIND_DEFAULT);
  stk_checks_panel_bind_settings (self->checks_panel, self->settings);

  gtk_menu_button_set_create_popup_func (self->primary_menu_button, attach_primary_menu, self, NULL);
  stk_assembly_tree_set_project (self->assembly_tree, self->project, self->catalog);
  g_signal_connect_swapped (self->assembly_tree, "select", G_CALLBACK (on_tree_select_cb), self);
  g_signal_connect_swapped (self->sidebar_stack, "notify::visible-child-name", G_CALLBACK (on_sidebar_page_cb), self);
  self->changed_handler = g_signal_connect_swapped (self->project, "changed", G_CALLBACK (on_project_changed_cb), self);
  g_signal_connect_object (self->settings, "changed::units", G_CALLBACK (apply_units), self,
                           G_CONNECT_SWAPPED);

  _stk_window_init_disk (self);
  _stk_window_reset_history (self);
  apply_units (self);
  _stk_window_update_title (self);
  /* The editors and lists are bound by the first refresh: loading a file
   * right after construction fills them once instead of twice. */
}

void
_stk_window_select (StkWindow  *self,
                    const char *board_id,
                    const char *mate_id)
{
  GPtrArray *boards = stk_project_get_boards (self->project);
  GPtrArray *mates = stk_project_get_mates (self->project);

  /* Nothing chosen, or the choice is gone: fall back to the first mate. */
  if (stk_project_find_board (self->project, board_id) == NULL
      && stk_project_find_mate (self->project, mate_id) == NULL)
    {
      board_id = NULL;
      mate_id = mates->len > 0 ? ((StkMate *) g_ptr_array_index (mates, 0))->id : NULL;
      if (mate_id == NULL && boards->len > 0)
        board_id = ((StkBoard *) g_ptr_array_index (boards, 0))->id;
    }
  g_free (self->selected_board);
  g_free (self->selected_mate);
  self->selected_board = g_strdup (board_id);
  self->selected_mate = g_strdup (mate_id);

  if (mate_id == NULL)
    ensure_board_editor (self);
  if (self->board_editor != NULL)
    stk_board_editor_bind (self->board_editor, self->project, self->catalog, board_id);
  stk_mate_editor_bind (self->mate_editor, self->project, self->catalog, mate_id);
  if (self->explorer_panel != NULL)
    stk_explorer_panel_bind (self->explorer_panel, self->project, self->catalog, mate_id);
  gtk_stack_set_visible_child_name (self->editor_stack, mate_id ? "mate" : "board");
  stk_assembly_tree_select (self->assembly_tree, board_id, mate_id);
  _stk_window_actions_update (self);
}

void
_stk_window_refresh (StkWindow *self)
{
  self->synced = TRUE;
  /* An edit or an undo may remove what was selected; nothing selected
   * yet (a first refresh) selects the first mate. */
  if ((self->selected_board == NULL && self->selected_mate == NULL)
      || (stk_project_find_board (self->project, self->selected_board) == NULL
          && stk_project_find_mate (self->project, self->selected_mate) == NULL))
    _stk_window_select (self, NULL, NULL);
  _stk_window_update_title (self);
  _stk_window_actions_update (self);
}

void
_stk_window_assign_project (StkWindow  *self,
                            StkProject *other)
{
  /* Not an edit: the undo history is the caller's to set. */
  g_signal_handler_block (self->project, self->changed_handler);
  stk_project_assign (self->project, other);
  g_signal_handler_unblock (self->project, self->changed_handler);
}

static gboolean
on_notice_timeout_cb (gpointer data)
{
  StkWindow *self = STK_WINDOW (data);

  self->notice_timeout = 0;
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

void
_stk_window_show_notice (StkWindow  *self,
                         const char *text)
{
  gtk_label_set_text (self->notice_label, text);
  gtk_revealer_set_reveal_child (self->notice_revealer, TRUE);
  g_clear_handle_id (&self->notice_timeout, g_source_remove);
  self->notice_timeout = g_timeout_add_seconds (10, on_notice_timeout_cb, self);
}

void
_stk_window_hide_notice (StkWindow *self)
{
  g_clear_handle_id (&self->notice_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
}

void
_stk_window_update_title (StkWindow *self)
{
  const char *name = stk_project_get_label (self->project);
  g_autofree char *title = NULL;
  g_autofree char *path = NULL;

  /* The dot marks unsaved changes, as in GNOME Text Editor. */
  title = self->modified ? g_strdup_printf ("%s •", name) : g_strdup (name);
  gtk_label_set_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (self->file != NULL)
    path = g_file_get_parse_name (self->file);
  gtk_label_set_text (self->subtitle_label, path ? path : _("Not saved yet"));
}

StkWindow *
stk_window_new (GtkApplication *application)
{
  return g_object_new (STK_TYPE_WINDOW, "application", application, NULL);
}

StkProject *
stk_window_get_project (StkWindow *self)
{
  g_return_val_if_fail (STK_IS_WINDOW (self), NULL);
  return self->project;
}

GFile *
stk_window_get_file (StkWindow *self)
{
  g_return_val_if_fail (STK_IS_WINDOW (self), NULL);
  return self->file;
}

gboolean
stk_window_get_modified (StkWindow *self)
{
  g_return_val_if_fail (STK_IS_WINDOW (self), FALSE);
  return self->modified;
}
