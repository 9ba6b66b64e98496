/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The edit path: editors change the project through its API, and each view
 * follows the project's ::changed by itself, updating only its part. */
#include <string.h>

#include <gtk/gtk.h>

#include "stk-assembly-node.h"
#include "stk-check-cache.h"
#include "stk-checks-panel.h"
#include "stk-choice.h"
#include "stk-record-item.h"
#include "stk-number-field.h"
#include "stk-project-io.h"
#include "stk-window.h"
#include "test-gtk-util.h"

static GtkWidget *
named (StkWindow  *window,
       const char *name)
{
  GtkWidget *w = test_find_named (GTK_WIDGET (window), name);

  g_assert_nonnull (w);
  return w;
}

/* The checks panel's item for the first record of this check, or NULL. */
static gpointer
check_item (StkWindow  *window,
            const char *check_id)
{
  GListModel *model = stk_checks_panel_get_model (STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window),
                                                                                   STK_TYPE_CHECKS_PANEL)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (((const StkCheckResult *) stk_record_item_get (item))->check_id, check_id))
        return item;  /* the store holds it */
    }
  return NULL;
}

/* A row of the assembly tree as it is now: the row object, the node it
 * shows and the widget that shows it (all three compared by identity). */
typedef struct {
  GtkTreeListRow  *row;
  StkAssemblyNode *node;
  GtkWidget       *widget;
} TreeRow;

static TreeRow
tree_row (StkWindow  *window,
          const char *id,
          gboolean    is_mate)
{
  guint pos = test_tree_find_row (window, id, is_mate);
  TreeRow r;

  g_assert_cmpuint (pos, !=, GTK_INVALID_LIST_POSITION);
  /* The test holds the row: a row the model put in again would be another. */
  r.row = g_list_model_get_item (G_LIST_MODEL (test_tree_rows (window)), pos);
  r.node = gtk_tree_list_row_get_item (r.row);
  g_object_unref (r.node);  /* the row keeps it */
  r.widget = test_tree_row_widget (window, pos);
  g_assert_nonnull (r.widget);
  return r;
}

/* The row of id is still r: the same row object, node and widget. */
static void
assert_same_row (StkWindow     *window,
                 const TreeRow *r,
                 const char    *id,
                 gboolean       is_mate)
{
  TreeRow now = tree_row (window, id, is_mate);

  g_assert_true (now.row == r->row);
  g_assert_true (now.node == r->node);
  g_assert_true (now.widget == r->widget);
  g_object_unref (now.row);
}

/* What a row's widget shows: its title (first) or detail (second) line. */
static const char *
row_line (GtkWidget *row_widget,
          gboolean   detail)
{
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (row_widget));
  GtkWidget *text = gtk_widget_get_last_child (box);

  return gtk_label_get_text (GTK_LABEL (detail ? gtk_widget_get_last_child (text) : gtk_widget_get_first_child (text)));
}

static const char *
selected_id (StkWindow *window)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(StkAssemblyNode) node = NULL;

  row = gtk_single_selection_get_selected_item (test_tree_rows (window));
  if (row == NULL)
    return NULL;
  g_object_ref (row);
  node = gtk_tree_list_row_get_item (row);
  return stk_assembly_node_get_id (node);  /* the tree keeps the node */
}

/* Selects the board row with this id, as a click would. */
static void
select_board (StkWindow  *window,
              const char *id)
{
  test_tree_select_row (window, test_tree_find_row (window, id, FALSE));
  g_assert_cmpstr (selected_id (window), ==, id);
}

/* The mezzanine example: boards main, mid ("Radio board (left)") and top
 * ("Sensor board (right)"), mates J1 (main–mid) and J2 (main–top): the
 * tree shows main, J1, mid, J2, top; the first mate is selected when it
 * opens. */
static StkWindow *
open_mezzanine (void)
{
  return test_open_example ("mezzanine.stackup");
}

/* A keystroke in a board's thickness changes that board's row and the
 * drawing, and nothing else: the other rows of the tree (row objects,
 * nodes and widgets) and the net rows are the same after it, and the
 * checks ran once for the canvas and the checks panel together. */
static void
test_keystroke_rebuilds_nothing (void)
{
  StkWindow *window = open_mezzanine ();
  StkProject *project = stk_window_get_project (window);
  GtkWidget *net_rows = named (window, "mate-nets");
  GtkWidget *first_net = gtk_widget_get_first_child (net_rows);
  TreeRow main_row, j1_row, mid_row, j2_row, top_row;
  g_autofree char *j1_detail = NULL;
  GtkSpinButton *thickness;
  gpointer temperature;
  guint runs;

  g_assert_nonnull (first_net);
  select_board (window, "mid");
  main_row = tree_row (window, "main", FALSE);
  j1_row = tree_row (window, "j1", TRUE);
  mid_row = tree_row (window, "mid", FALSE);
  j2_row = tree_row (window, "j2", TRUE);
  top_row = tree_row (window, "top", FALSE);
  j1_detail = g_strdup (row_line (j1_row.widget, TRUE));
  g_assert_cmpstr (row_line (mid_row.widget, FALSE), ==, "Radio board (left)");
  thickness = GTK_SPIN_BUTTON (named (window, "board-thickness"));

  /* The storage temperature rows speak of the requirements, not of any
   * board: a board's thickness leaves their item (and its row) alone. */
  temperature = check_item (window, "temperature");
  g_assert_nonnull (temperature);
  runs = stk_checks_get_run_count ();
  gtk_spin_button_set_value (thickness, 1.234);
  test_iterate ();
  g_assert_cmpfloat (stk_project_find_board (project, "mid")->thickness_mm, ==, 1.234);
  /* One run of the checks, shared by the panel and the drawing. */
  g_assert_cmpuint (stk_checks_get_run_count (), ==, runs + 1);
  /* The edited board's row says its new thickness (rigid, 1.234 mm as the
   * app writes lengths), in the same row, still selected. */
  assert_same_row (window, &mid_row, "mid", FALSE);
  g_assert_nonnull (strstr (row_line (mid_row.widget, TRUE), "1.234"));
  g_assert_cmpstr (selected_id (window), ==, "mid");
  /* Nothing else was rebuilt. */
  assert_same_row (window, &main_row, "main", FALSE);
  assert_same_row (window, &j1_row, "j1", TRUE);
  assert_same_row (window, &j2_row, "j2", TRUE);
  assert_same_row (window, &top_row, "top", FALSE);
  g_assert_cmpstr (row_line (j1_row.widget, TRUE), ==, j1_detail);
  g_assert_true (gtk_widget_get_first_child (net_rows) == first_net);
  g_assert_true (check_item (window, "temperature") == temperature);

  /* A rename changes the row's label, not the row or its neighbours. */
  gtk_editable_set_text (GTK_EDITABLE (named (window, "board-name")), "Carrier");
  test_iterate ();
  assert_same_row (window, &mid_row, "mid", FALSE);
  assert_same_row (window, &j1_row, "j1", TRUE);
  g_assert_cmpstr (row_line (mid_row.widget, FALSE), ==, "Carrier");

  /* A connector's pin count is its row's detail alone ("P4, 30 pins,
   * mated 1.5 mm"): the same row says it, and its neighbours stay. */
  {
    g_autoptr(StkMate) m = stk_mate_copy (stk_project_find_mate (project, "j1"));

    stk_mate_set_pins (m, 30);
    g_assert_true (stk_project_update_mate (project, "j1", m));
    test_iterate ();
    assert_same_row (window, &j1_row, "j1", TRUE);
    g_assert_nonnull (strstr (row_line (j1_row.widget, TRUE), "30 pins"));
    assert_same_row (window, &main_row, "main", FALSE);
  }
  g_object_unref (main_row.row);
  g_object_unref (j1_row.row);
  g_object_unref (mid_row.row);
  g_object_unref (j2_row.row);
  g_object_unref (top_row.row);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each kind of edit, then undo to the start and redo to the end: the
 * project is the same as it was, byte for byte in its file form, and the
 * editors show it. The checks run once per step. */
static void
test_undo_redo_round_trip (void)
{
  StkWindow *window = open_mezzanine ();
  StkProject *project = stk_window_get_project (window);
  g_autofree char *start = stk_project_to_json (project);
  g_autofree char *end = NULL;
  GtkSpinButton *x = GTK_SPIN_BUTTON (named (window, "mate-x"));
  GtkSpinButton *thickness;
  guint runs;

  /* A mate field, a mate choice, a board field, a title field, each with
   * the focus where the user would have put it (typing on in one field is
   * one undo step). */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (x)));
  gtk_spin_button_set_value (x, 7.5);
  test_iterate ();
  g_assert_true (gtk_widget_grab_focus (named (window, "mate-rotation")));
  stk_choice_set_selected (STK_CHOICE (named (window, "mate-rotation")), 2);
  test_iterate ();
  select_board (window, "top");
  thickness = GTK_SPIN_BUTTON (named (window, "board-thickness"));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (thickness)));
  gtk_spin_button_set_value (thickness, 0.77);
  test_iterate ();
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  stk_project_set_author (project, "A. Engineer");
  test_iterate ();
  end = stk_project_to_json (project);
  g_assert_cmpstr (start, !=, end);

  for (guint i = 0; i < 4; i++)
    {
      runs = stk_checks_get_run_count ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      test_iterate ();
      g_assert_cmpuint (stk_checks_get_run_count (), ==, runs + 1);
    }
  {
    g_autofree char *undone = stk_project_to_json (project);
    g_assert_cmpstr (undone, ==, start);
  }
  /* The board editor still shows the board it showed, as it is now. */
  g_assert_cmpfloat (gtk_spin_button_get_value (thickness), ==, stk_project_find_board (project, "top")->thickness_mm);
  g_assert_cmpstr (selected_id (window), ==, "top");
  for (guint i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  test_iterate ();
  {
    g_autofree char *redone = stk_project_to_json (project);
    g_assert_cmpstr (redone, ==, end);
  }
  g_assert_cmpfloat (gtk_spin_button_get_value (thickness), ==, 0.77);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Removing the board being edited, then editing on: the editor lets go of
 * it (it looks it up by id), the window selects what remains, undo brings
 * the board back, and closing the window with its editors bound leaves no
 * handler on the project, which lives on. */
static void
test_remove_selected (void)
{
  StkWindow *window = open_mezzanine ();
  g_autoptr(StkProject) project = g_object_ref (stk_window_get_project (window));
  guint n_mates;

  select_board (window, "top");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-board", NULL));
  test_iterate ();
  g_assert_null (stk_project_find_board (project, "top"));
  /* Its mate went with it; the first mate left is now selected. */
  n_mates = stk_project_get_mates (project)->len;
  g_assert_cmpuint (n_mates, ==, 1);
  g_assert_cmpstr (selected_id (window), ==, "j1");
  g_assert_cmpuint (test_tree_find_row (window, "j2", TRUE), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (test_tree_find_row (window, "top", FALSE), ==, GTK_INVALID_LIST_POSITION);
  /* The board editor, hidden now, edits nothing. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (window, "board-thickness")), 2.0);
  test_iterate ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_nonnull (stk_project_find_board (project, "top"));
  g_assert_cmpuint (stk_project_get_mates (project)->len, ==, 2);
  g_assert_cmpfloat (stk_project_find_board (project, "top")->thickness_mm, !=, 2.0);

  /* The selected mate removed while its editor shows, then typed into. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-mate", NULL));
  test_iterate ();
  g_assert_cmpuint (stk_project_get_mates (project)->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (named (window, "mate-name")), "Still here");
  test_iterate ();
  g_assert_cmpstr (((StkMate *) g_ptr_array_index (stk_project_get_mates (project), 0))->name, ==, "Still here");

  /* Closed with everything bound; the project outlives the window and
   * its editors: an edit of it now reaches none of them. */
  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate ();
  {
    g_autoptr(StkBoard) edit = stk_board_copy (stk_project_find_board (project, "mid"));

    edit->thickness_mm = 3.0;
    g_assert_true (stk_project_update_board (project, "mid", edit));
    stk_project_changed (project);
  }
}

/* A net's current edited in its row: the mate changes, the net rows and
 * the tree's board row stay what they were, and undo puts the value back
 * into the same row. */
static void
test_net_value (void)
{
  StkWindow *window = open_mezzanine ();
  StkProject *project = stk_window_get_project (window);
  GtkListBox *nets = GTK_LIST_BOX (named (window, "mate-nets"));
  GtkListBoxRow *net_row = gtk_list_box_get_row_at_index (nets, 0);
  TreeRow board_row = tree_row (window, "main", FALSE);
  StkNumberField *current = STK_NUMBER_FIELD (test_find_type (GTK_WIDGET (net_row), STK_TYPE_NUMBER_FIELD));
  StkMate *j1 = stk_project_find_mate (project, "j1");
  /* A copy: the edit replaces the mate's nets. */
  g_autofree char *net = g_strdup (((StkNet *) g_ptr_array_index (j1->nets, 0))->name);
  double was = stk_mate_find_net (j1, net)->current_a;

  g_assert_cmpfloat (was, !=, 0.777);
  g_assert_cmpfloat (stk_number_field_get_value (current), ==, was);
  gtk_spin_button_set_value (stk_number_field_get_spin (current), 0.777);
  test_iterate ();
  g_assert_cmpfloat (stk_mate_find_net (j1, net)->current_a, ==, 0.777);
  g_assert_true (gtk_list_box_get_row_at_index (nets, 0) == net_row);
  assert_same_row (window, &board_row, "main", FALSE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  j1 = stk_project_find_mate (project, "j1");
  g_assert_cmpfloat (stk_mate_find_net (j1, net)->current_a, ==, was);
  g_assert_true (gtk_list_box_get_row_at_index (nets, 0) == net_row);
  g_assert_cmpfloat (stk_number_field_get_value (current), ==, was);
  g_object_unref (board_row.row);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An edit can never leave the project where its own save refuses it: the
 * display FPC's stiffener has the recommended outline and no size of its
 * own; turning "Recommended outline" off must give it a size the file can
 * hold (the board's outline, at least 0.5 mm a side, the reader's bound),
 * and the thickness field cannot go below the reader's 0.05 mm. The saved
 * text is read back as the save does. */
static void
test_edits_stay_saveable (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkSwitch *recommended;
  StkNumberField *thickness;
  const StkBoard *fpc;
  g_autofree char *text = NULL;
  g_autoptr(StkProject) back = NULL;
  g_autoptr(GError) error = NULL;

  select_board (window, "display-fpc");
  fpc = stk_project_find_board (project, "display-fpc");
  g_assert_true (fpc->stiffener_recommended);
  g_assert_cmpfloat (fpc->stiffener_length_mm, <, 0.5);
  recommended = GTK_SWITCH (named (window, "board-stiffener-recommended"));
  gtk_switch_set_active (recommended, FALSE);
  test_iterate ();
  fpc = stk_project_find_board (project, "display-fpc");
  g_assert_false (fpc->stiffener_recommended);
  g_assert_cmpfloat (fpc->stiffener_length_mm, >=, 0.5);
  g_assert_cmpfloat (fpc->stiffener_width_mm, >=, 0.5);

  /* the name is the spin button's, inside the field */
  thickness = STK_NUMBER_FIELD (gtk_widget_get_ancestor (named (window, "board-thickness"), STK_TYPE_NUMBER_FIELD));
  gtk_spin_button_set_value (stk_number_field_get_spin (thickness), 0.03);
  test_iterate ();
  g_assert_cmpfloat (stk_project_find_board (project, "display-fpc")->thickness_mm, >=, 0.05);

  text = stk_project_to_json (project);
  back = stk_project_load_data (text, strlen (text), "saved", &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app-edits/keystroke-rebuilds-nothing", test_keystroke_rebuilds_nothing);
  g_test_add_func ("/stackup/app-edits/undo-redo-round-trip", test_undo_redo_round_trip);
  g_test_add_func ("/stackup/app-edits/remove-selected", test_remove_selected);
  g_test_add_func ("/stackup/app-edits/net-value", test_net_value);
  g_test_add_func ("/stackup/app-edits/edits-stay-saveable", test_edits_stay_saveable);
  return g_test_run ();
}
