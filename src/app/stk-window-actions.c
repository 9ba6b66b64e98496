/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-window-actions"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-mate-choice.h"
#include "stk-properties-dialog.h"
#include "stk-placement.h"
#include "stk-project-assembly.h"
#include "stk-window-private.h"

static void
replace_with_new (StkWindow *self,
                  gpointer   user_data)
{
  g_autoptr(StkProject) fresh = stk_project_new ();

  _stk_window_set_document (self, fresh, NULL);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  _stk_window_print (STK_WINDOW (widget));
}

static void
properties_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (stk_properties_dialog_new (GTK_WINDOW (self), self->project)));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _stk_window_export (STK_WINDOW (widget));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  _stk_window_confirm_discard (STK_WINDOW (widget), replace_with_new, NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _stk_window_choose_and_open (STK_WINDOW (widget));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  _stk_window_open (STK_WINDOW (widget), file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _stk_window_save (STK_WINDOW (widget), NULL, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _stk_window_save_as (STK_WINDOW (widget), NULL, NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _stk_window_undo (STK_WINDOW (widget));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _stk_window_redo (STK_WINDOW (widget));
}

static int
selected_board_index (StkWindow *self)
{
  return stk_project_board_index (self->project, self->selected_board);
}

static void
add_board_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  g_autofree char *id = stk_project_unique_id (self->project, "board");
  int index = selected_board_index (self);
  GPtrArray *boards = stk_project_get_boards (self->project);
  g_autofree char *name = g_strdup_printf (_("Board %u"), boards->len + 1);

  /* Above the selected board, or on top. */
  stk_project_add_board (self->project, stk_board_new (id, name, STK_BOARD_RIGID),
                         index < 0 ? -1 : index + 1);
  _stk_window_select (self, id, NULL);
}

static void
remove_board_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  int index = selected_board_index (self);
  GPtrArray *mates = stk_project_get_mates (self->project);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *board_name = NULL;
  guint n_mates = 0;
  StkBoard *board;

  if (index < 0)
    return;
  /* A mate needs both its boards: it goes with the board, and is said. */
  board = g_ptr_array_index (stk_project_get_boards (self->project), index);
  board_name = g_strdup (board->name);
  for (guint i = 0; i < mates->len; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);

      if (g_strcmp0 (m->socket_board, board->id) == 0 || g_strcmp0 (m->header_board, board->id) == 0)
        {
          /* Translators: separates connector names in "Removed … and its connectors J1, J2" */
          g_string_append_printf (names, "%s%s", n_mates++ ? _(", ") : "", stk_mate_get_label (m));
        }
    }
  stk_project_remove_board (self->project, index);
  if (n_mates > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Removed “%s” and its connector %s.",
                                                         "Removed “%s” and its connectors %s.", n_mates),
                                               board_name, names->str);
      _stk_window_show_notice (self, text);
    }
}

static void
dismiss_notice_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  _stk_window_hide_notice (STK_WINDOW (widget));
}

static void
move_board_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  int index = selected_board_index (self);
  int to = index + (g_str_equal (action_name, "win.move-board-up") ? 1 : -1);

  if (index >= 0 && to >= 0 && to < (int) stk_project_get_boards (self->project)->len)
    stk_project_move_board (self->project, index, to);
}

static void
add_mate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  GPtrArray *boards = stk_project_get_boards (self->project);
  g_autofree char *series_id = g_settings_get_string (self->settings, "default-series");
  const StkSeries *series = stk_catalog_find_series (self->catalog, series_id);
  int carrier = MAX (0, MIN (selected_board_index (self), (int) boards->len - 1));
  int carried = -1;
  StkMate *mate;

  if (series == NULL)
    series = g_ptr_array_index (stk_catalog_get_series (self->catalog), 0);
  /* From the selected board to the first board it may join: not itself,
   * not one it is joined to already, directly or through others (the
   * mate editor changes either board). Without such a board, to the next
   * one, and the checks say why that cannot be. */
  for (guint i = 0; carried < 0 && i < boards->len; i++)
    if (stk_placement_can_join (self->project, ((StkBoard *) g_ptr_array_index (boards, carrier))->id,
                                ((StkBoard *) g_ptr_array_index (boards, i))->id, NULL))
      carried = (int) i;
  if (carried < 0)
    carried = carrier + 1 < (int) boards->len ? carrier + 1 : MAX (carrier - 1, 0);
  mate = stk_project_new_mate (self->project, series, ((StkBoard *) g_ptr_array_index (boards, carrier))->id,
                               ((StkBoard *) g_ptr_array_index (boards, carried))->id);
  stk_project_add_mate (self->project, mate);
  _stk_window_select (self, NULL, mate->id);
}

static int
selected_mate_index (StkWindow *self)
{
  GPtrArray *mates = stk_project_get_mates (self->project);

  for (guint i = 0; self->selected_mate != NULL && i < mates->len; i++)
    if (g_str_equal (((StkMate *) g_ptr_array_index (mates, i))->id, self->selected_mate))
      return (int) i;
  return -1;
}

static void
remove_mate_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  int index = selected_mate_index (self);

  if (index >= 0)
    stk_project_remove_mate (self->project, index);
}

/* Mates are listed first to last, so "up" moves towards the start. */
static void
move_mate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  int index = selected_mate_index (self);
  int to = index + (g_str_equal (action_name, "win.move-mate-up") ? -1 : 1);

  if (index >= 0 && to >= 0 && to < (int) stk_project_get_mates (self->project)->len)
    stk_project_move_mate (self->project, index, to);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  StkCanvas *canvas = STK_WINDOW (widget)->canvas;
  double w = gtk_widget_get_width (GTK_WIDGET (canvas)) / 2.0;
  double h = gtk_widget_get_height (GTK_WIDGET (canvas)) / 2.0;

  if (g_str_equal (action_name, "win.zoom-fit"))
    stk_canvas_zoom_fit (canvas);
  else
    stk_canvas_zoom_at (canvas, g_str_equal (action_name, "win.zoom-in") ? 1.25 : 0.8, w, h);
}

/* GtkApplication would build gtk/help-overlay.ui for every window as it
 * opens; the shortcuts window is built when first asked for instead. It is
 * handed to the window as GtkApplication would: only then does it show the
 * accelerators of its shortcuts' actions. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/stackup/Stackup/gtk/help-overlay.ui");

      gtk_application_window_set_help_overlay (window, GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

void
_stk_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-notice", NULL, dismiss_notice_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.properties", NULL, properties_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.add-board", NULL, add_board_action);
  gtk_widget_class_install_action (widget_class, "win.remove-board", NULL, remove_board_action);
  gtk_widget_class_install_action (widget_class, "win.move-board-up", NULL, move_board_action);
  gtk_widget_class_install_action (widget_class, "win.move-board-down", NULL, move_board_action);
  gtk_widget_class_install_action (widget_class, "win.add-mate", NULL, add_mate_action);
  gtk_widget_class_install_action (widget_class, "win.remove-mate", NULL, remove_mate_action);
  gtk_widget_class_install_action (widget_class, "win.move-mate-up", NULL, move_mate_action);
  gtk_widget_class_install_action (widget_class, "win.move-mate-down", NULL, move_mate_action);
}

void
_stk_window_actions_update (StkWindow *self)
{
  GtkWidget *w = GTK_WIDGET (self);
  GPtrArray *boards = stk_project_get_boards (self->project);
  int board = selected_board_index (self);
  GPtrArray *mates = stk_project_get_mates (self->project);
  int mate = selected_mate_index (self);

  gtk_widget_action_set_enabled (w, "win.save", self->modified || self->file == NULL);
  gtk_widget_action_set_enabled (w, "win.undo", self->undo_stack->len > 0);
  gtk_widget_action_set_enabled (w, "win.redo", self->redo_stack->len > 0);
  /* Every project draws, even one without mates (boards only). */
  gtk_widget_action_set_enabled (w, "win.export", TRUE);
  gtk_widget_action_set_enabled (w, "win.print", TRUE);
  /* A stack needs two boards to join; the last two cannot be removed. */
  gtk_widget_action_set_enabled (w, "win.remove-board", board >= 0 && boards->len > 2);
  gtk_widget_action_set_enabled (w, "win.move-board-up", board >= 0 && board + 1 < (int) boards->len);
  gtk_widget_action_set_enabled (w, "win.move-board-down", board > 0);
  gtk_widget_action_set_enabled (w, "win.add-mate", boards->len >= 2);
  gtk_widget_action_set_enabled (w, "win.remove-mate", mate >= 0);
  gtk_widget_action_set_enabled (w, "win.move-mate-up", mate > 0);
  gtk_widget_action_set_enabled (w, "win.move-mate-down", mate >= 0 && mate + 1 < (int) mates->len);
}
