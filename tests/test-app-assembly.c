/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sidebar's assembly tree, "Add connector" and the outline editor, as
 * the user drives them, under Xvfb with criticals fatal. */
#include <gtk/gtk.h>

#include "stk-assembly-node.h"
#include "stk-assembly-tree.h"
#include "stk-choice.h"
#include "stk-settings.h"
#include "stk-window.h"
#include "test-gtk-util.h"

static StkAssemblyNode *
node_at (StkWindow *window,
         guint      position,
         guint     *depth)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (test_tree_rows (window)), position);
  StkAssemblyNode *node = gtk_tree_list_row_get_item (row);

  if (depth != NULL)
    *depth = gtk_tree_list_row_get_depth (row);
  g_object_unref (node);  /* the row keeps it */
  return node;
}

static guint
n_rows (StkWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (test_tree_rows (window)));
}

/* The id of the selected row's board or connector, or NULL. */
static const char *
selected_id (StkWindow *window)
{
  guint pos = gtk_single_selection_get_selected (test_tree_rows (window));

  return pos == GTK_INVALID_LIST_POSITION ? NULL : stk_assembly_node_get_id (node_at (window, pos, NULL));
}

static GtkWindow *
open_connector_dialog (StkWindow *window)
{
  GtkWidget *tree = test_find_type (GTK_WIDGET (window), STK_TYPE_ASSEMBLY_TREE);
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (tree, "assembly.add-connector", NULL));
  test_run_for (50);
  dialog = test_find_toplevel ("connector-dialog");
  g_assert_nonnull (dialog);
  return dialog;
}

static void
click (GtkWindow  *dialog,
       const char *name)
{
  GtkWidget *button = test_find_named (GTK_WIDGET (dialog), name);

  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  test_run_for (50);
}

static void
count_change (guint *n)
{
  (*n)++;
}

/* phone.stackup: the main board carries J1 (display FPC), J2 (camera FPC)
 * and J3 (daughter board), in the file's order, all open: seven rows at
 * depths 0, 1, 2, 1, 2, 1, 2. J1 is A4S, 20 pins at 0.8 mm in the file. */
static void
test_phone_tree (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  const char *ids[] = { "main", "j-display", "display-fpc", "j-camera", "camera-fpc", "j-daughter", "daughter" };
  const guint depths[] = { 0, 1, 2, 1, 2, 1, 2 };
  const char *kinds[] = { "Board", "Connector", "FPC", "Connector", "FPC", "Connector", "Board" };

  g_assert_cmpuint (n_rows (window), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      guint depth;
      StkAssemblyNode *node = node_at (window, i, &depth);

      g_assert_cmpstr (stk_assembly_node_get_id (node), ==, ids[i]);
      g_assert_cmpuint (depth, ==, depths[i]);
      g_assert_cmpstr (stk_assembly_node_get_kind (node), ==, kinds[i]);
    }
  g_assert_cmpstr (stk_assembly_node_get_title (node_at (window, 1, NULL)), ==, "J1 display");
  g_assert_cmpstr (stk_assembly_node_get_detail (node_at (window, 1, NULL)), ==, "A4S, 20 pins, mated 0.8 mm");
  /* Its row says so, and again on hover, for a line cut short. */
  {
    GtkWidget *row = test_tree_row_widget (window, 1);
    GtkWidget *text = gtk_widget_get_last_child (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (row)));
    GtkWidget *detail = gtk_widget_get_last_child (text);

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (detail)), ==, "A4S, 20 pins, mated 0.8 mm");
    g_assert_cmpstr (gtk_widget_get_tooltip_text (detail), ==, "A4S, 20 pins, mated 0.8 mm");
  }
  /* The window opens on the first mate, and the tree shows it. */
  g_assert_cmpstr (selected_id (window), ==, "j-display");
  /* Seven two-line rows (about 40 px each) are under the tree's 420 px
   * maximum: it shows them all, nothing to scroll, though the sidebar
   * around it scrolls. */
  {
    GtkWidget *view = test_find_named (GTK_WIDGET (window), "assembly-tree");
    GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

    g_assert_cmpfloat (gtk_adjustment_get_page_size (v), >, 0);
    g_assert_cmpfloat (gtk_adjustment_get_upper (v), <=, gtk_adjustment_get_page_size (v));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Selecting the daughter board and accepting the dialog as it opens makes a
 * new rigid board carried by it and the connector between them in one
 * change, selects the connector, whose editor offers the new board; one
 * undo removes both, the tree back to seven rows, and the rows that did
 * not change keep their nodes. */
static void
test_add_connector_default (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  StkAssemblyNode *main_node = node_at (window, 0, NULL);
  GtkWindow *dialog;
  const char *mate_id;
  StkMate *mate;
  StkBoard *board;
  guint changes = 0;

  test_tree_select_row (window, test_tree_find_row (window, "daughter", FALSE));
  dialog = open_connector_dialog (window);
  /* Four boards so far: the fifth is offered as "Board 5". */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_find_named (GTK_WIDGET (dialog), "connector-name"))), ==,
                   "Board 5");
  g_signal_connect_swapped (project, "changed", G_CALLBACK (count_change), &changes);
  click (dialog, "connector-add");
  g_signal_handlers_disconnect_by_func (project, count_change, &changes);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_null (test_find_toplevel ("connector-dialog"));

  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 5);
  g_assert_cmpuint (stk_project_get_mates (project)->len, ==, 4);
  mate_id = selected_id (window);
  mate = stk_project_find_mate (project, mate_id);
  g_assert_nonnull (mate);
  g_assert_cmpstr (mate->socket_board, ==, "daughter");
  board = stk_project_find_board (project, mate->header_board);
  g_assert_cmpstr (board->name, ==, "Board 5");
  g_assert_cmpint (board->kind, ==, STK_BOARD_RIGID);
  g_assert_cmpstr (stk_choice_get_string (STK_CHOICE (test_find_named (GTK_WIDGET (window), "mate-header-board"))), ==,
                   "Board 5");
  g_assert_cmpstr (stk_choice_get_string (STK_CHOICE (test_find_named (GTK_WIDGET (window), "mate-socket-board"))), ==,
                   "Daughter board");
  /* Under the daughter board (row 6): its connector, then the new board. */
  g_assert_cmpuint (n_rows (window), ==, 9);
  g_assert_cmpuint (test_tree_find_row (window, mate_id, TRUE), ==, 7);
  g_assert_cmpuint (test_tree_find_row (window, board->id, FALSE), ==, 8);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 4);
  g_assert_cmpuint (stk_project_get_mates (project)->len, ==, 3);
  g_assert_cmpuint (n_rows (window), ==, 7);
  g_assert_true (node_at (window, 0, NULL) == main_node);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A new FPC is named as one, and is an FPC. The dialog opens in the
 * name, and Enter there adds it, as the dialog's default. */
static void
test_add_fpc (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWindow *dialog;
  GtkWidget *name;

  test_tree_select_row (window, 0);
  dialog = open_connector_dialog (window);
  name = test_find_named (GTK_WIDGET (dialog), "connector-name");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (dialog), name));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (test_find_named (GTK_WIDGET (dialog), "connector-kind")), 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "FPC 5");
  /* Enter in the name activates the dialog's default, Add. */
  g_assert_true (gtk_entry_get_activates_default (GTK_ENTRY (name)));
  gtk_widget_activate_default (gtk_window_get_focus (dialog));
  /* A button activated from the keyboard shows itself pressed a moment
   * (GTK's 250 ms) before it is clicked. */
  for (guint i = 0; i < 40 && test_find_toplevel ("connector-dialog") != NULL; i++)
    test_run_for (25);
  g_assert_null (test_find_toplevel ("connector-dialog"));
  g_assert_cmpint (((StkBoard *) g_ptr_array_index (stk_project_get_boards (project), 4))->kind, ==, STK_BOARD_FPC);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list of boards already there offers only those a connector may join.
 * In the phone every board hangs from the main board: from the display
 * FPC any other board is reached already (a loop), and the main board is
 * its pair already: nothing is offered. An unjoined board (Add board) is
 * the one board offered, from anywhere; once joined, nothing again. */
static void
test_join_list (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWindow *dialog;
  GListModel *offered;

  test_tree_select_row (window, test_tree_find_row (window, "display-fpc", FALSE));
  dialog = open_connector_dialog (window);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (test_find_named (GTK_WIDGET (dialog), "connector-existing")), TRUE);
  offered = gtk_drop_down_get_model (GTK_DROP_DOWN (test_find_named (GTK_WIDGET (dialog), "connector-board")));
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 0);
  g_assert_true (gtk_widget_get_visible (test_find_named (GTK_WIDGET (dialog), "connector-note")));
  g_assert_false (gtk_widget_get_sensitive (test_find_named (GTK_WIDGET (dialog), "connector-add")));
  gtk_window_destroy (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  test_run_for (50);
  /* Not joined: a row of its own at the top level, after the tree. */
  g_assert_cmpuint (test_tree_find_row (window, "board-1", FALSE), ==, 7);
  test_tree_select_row (window, test_tree_find_row (window, "camera-fpc", FALSE));
  dialog = open_connector_dialog (window);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (test_find_named (GTK_WIDGET (dialog), "connector-existing")), TRUE);
  offered = gtk_drop_down_get_model (GTK_DROP_DOWN (test_find_named (GTK_WIDGET (dialog), "connector-board")));
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (offered), 0), ==, "Board 5");
  click (dialog, "connector-add");
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 5);
  g_assert_cmpstr (stk_project_find_mate (project, selected_id (window))->header_board, ==, "board-1");
  /* Now carried by the camera FPC: under it, no longer at the top. */
  g_assert_cmpuint (test_tree_find_row (window, "board-1", FALSE), ==,
                    test_tree_find_row (window, "camera-fpc", FALSE) + 2);

  dialog = open_connector_dialog (window);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (test_find_named (GTK_WIDGET (dialog), "connector-existing")), TRUE);
  offered = gtk_drop_down_get_model (GTK_DROP_DOWN (test_find_named (GTK_WIDGET (dialog), "connector-board")));
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 0);
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Removing the selected connector, then the selected board, from the tree;
 * undo and redo; then the window closed with the dialog open. The removed
 * rows' widgets and nodes go while the tree and dialog still run. */
static void
test_remove_selected (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);

  test_tree_select_row (window, test_tree_find_row (window, "j-camera", TRUE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-mate", NULL));
  test_run_for (50);
  g_assert_cmpuint (stk_project_get_mates (project)->len, ==, 2);
  /* The camera FPC is joined to nothing now: a row of its own at the end. */
  g_assert_cmpuint (n_rows (window), ==, 6);
  g_assert_cmpuint (test_tree_find_row (window, "camera-fpc", FALSE), ==, 5);
  g_assert_cmpuint (test_tree_find_row (window, "j-camera", TRUE), ==, GTK_INVALID_LIST_POSITION);

  test_tree_select_row (window, test_tree_find_row (window, "daughter", FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-board", NULL));
  test_run_for (50);
  /* With it went J3: main, J1, display FPC, camera FPC. */
  g_assert_cmpuint (n_rows (window), ==, 4);
  g_assert_nonnull (selected_id (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_cmpuint (n_rows (window), ==, 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  test_run_for (50);
  g_assert_cmpuint (n_rows (window), ==, 4);

  open_connector_dialog (window);
  gtk_window_destroy (GTK_WINDOW (window));
  test_run_for (50);
  g_assert_null (test_find_toplevel ("connector-dialog"));
}

/* The outline editor: the main board's outline is 70 × 140 from (−35, −70)
 * in the file. A length of 0 stops at 0.5 and is refused with the reason,
 * the board keeps 70; 80 is taken; a length of 10 (x −35 … −25) would leave J1 (x 12.5)
 * outside; "around its connectors" drops the outline, and undo brings each
 * step back. Each step is one ::changed: the editor showing the board
 * again after an undo writes nothing back (which would also drop redo). */
static void
test_outline (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  StkBoard *main_board;
  GtkSpinButton *length;
  GtkWidget *problem;
  guint changes = 0;

  test_tree_select_row (window, 0);
  length = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (window), "outline-length"));
  problem = test_find_named (GTK_WIDGET (window), "outline-problem");
  g_assert_cmpfloat (gtk_spin_button_get_value (length), ==, 70);
  g_assert_false (gtk_widget_get_visible (problem));

  /* the field stops at the file's shortest side, 0.5 mm (x −35 … −34.5,
   * so J1 at x 12.5 is outside and the board keeps 70) */
  gtk_spin_button_set_value (length, 0);
  test_run_for (50);
  g_assert_cmpfloat (gtk_spin_button_get_value (length), ==, 0.5);
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (problem)), "J1 display, at x 12.5 mm, y "));
  g_assert_cmpfloat (stk_project_find_board (project, "main")->length_mm, ==, 70);
  g_assert_false (stk_window_get_modified (window));

  gtk_spin_button_set_value (length, 10);
  test_run_for (50);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (problem)), "J1 display, at x 12.5 mm, y "));

  g_signal_connect_swapped (project, "changed", G_CALLBACK (count_change), &changes);
  gtk_spin_button_set_value (length, 80);
  test_run_for (50);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_false (gtk_widget_get_visible (problem));
  g_assert_cmpfloat (stk_project_find_board (project, "main")->length_mm, ==, 80);

  gtk_switch_set_active (GTK_SWITCH (test_find_named (GTK_WIDGET (window), "outline-around")), TRUE);
  test_run_for (50);
  g_assert_false (stk_project_find_board (project, "main")->outline_set);
  /* The field (the spin button's parent) is what turns insensitive: the
   * user can no longer type into it. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (length)));
  g_assert_cmpuint (changes, ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  main_board = stk_project_find_board (project, "main");
  g_assert_true (main_board->outline_set);
  g_assert_cmpfloat (main_board->length_mm, ==, 80);
  g_assert_cmpfloat (gtk_spin_button_get_value (length), ==, 80);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (length)));
  g_assert_cmpuint (changes, ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_cmpfloat (stk_project_find_board (project, "main")->length_mm, ==, 70);
  g_assert_cmpfloat (gtk_spin_button_get_value (length), ==, 70);
  g_assert_cmpuint (changes, ==, 4);
  /* Both steps are still there to redo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  test_run_for (50);
  g_assert_false (stk_project_find_board (project, "main")->outline_set);
  g_assert_cmpfloat (stk_project_find_board (project, "main")->length_mm, ==, 80);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (test_find_named (GTK_WIDGET (window), "outline-around"))));
  g_assert_cmpuint (changes, ==, 6);
  g_signal_handlers_disconnect_by_func (project, count_change, &changes);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The outline in mil and back is only shown anew: 70 mm is 2755.9 mil
 * (70 / 0.0254), the board keeps 70 exactly and nothing is edited. */
static void
test_outline_units (void)
{
  g_autoptr(GSettings) settings = stk_settings_new ();
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkSpinButton *length;

  test_tree_select_row (window, 0);
  length = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (window), "outline-length"));
  g_settings_set_enum (settings, "units", 1);
  test_run_for (100);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (length), 2755.9, 0.05);
  g_settings_reset (settings, "units");
  test_run_for (100);
  g_assert_cmpfloat (gtk_spin_button_get_value (length), ==, 70);
  g_assert_cmpfloat (stk_project_find_board (project, "main")->length_mm, ==, 70);
  g_assert_false (stk_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A row the user closed stays closed, and the selection stays, through an
 * edit elsewhere and its undo; a rename shows in its row. Closing J3 (row
 * 5) hides the daughter board: six rows. */
static void
test_expansion_kept (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  g_autoptr(GtkTreeListRow) j3 = g_list_model_get_item (G_LIST_MODEL (test_tree_rows (window)), 5);
  StkBoard *camera;

  test_tree_select_row (window, test_tree_find_row (window, "camera-fpc", FALSE));
  gtk_tree_list_row_set_expanded (j3, FALSE);
  g_assert_cmpuint (n_rows (window), ==, 6);

  camera = stk_project_find_board (project, "camera-fpc");
  g_free (camera->name);
  camera->name = g_strdup ("Rear camera FPC");
  stk_project_changed_one (project, STK_CHANGE_BOARDS, "camera-fpc");
  test_run_for (50);
  g_assert_cmpstr (stk_assembly_node_get_title (node_at (window, 4, NULL)), ==, "Rear camera FPC");
  g_assert_cmpuint (n_rows (window), ==, 6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_cmpstr (stk_assembly_node_get_title (node_at (window, 4, NULL)), ==, "Camera FPC");
  g_assert_cmpuint (n_rows (window), ==, 6);
  g_assert_false (gtk_tree_list_row_get_expanded (j3));
  g_assert_cmpstr (selected_id (window), ==, "camera-fpc");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app-assembly/phone-tree", test_phone_tree);
  g_test_add_func ("/stackup/app-assembly/add-connector-default", test_add_connector_default);
  g_test_add_func ("/stackup/app-assembly/add-fpc", test_add_fpc);
  g_test_add_func ("/stackup/app-assembly/join-list", test_join_list);
  g_test_add_func ("/stackup/app-assembly/remove-selected", test_remove_selected);
  g_test_add_func ("/stackup/app-assembly/expansion-kept", test_expansion_kept);
  g_test_add_func ("/stackup/app-assembly/outline", test_outline);
  g_test_add_func ("/stackup/app-assembly/outline-units", test_outline_units);
  return g_test_run ();
}
