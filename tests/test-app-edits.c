/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The edit path: editors change the project through its API, and each view
 * follows the project's ::changed by itself, updating only its part. */
#include <string.h>

#include <gtk/gtk.h>

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

static GtkListBox *
mate_list (StkWindow *window)
{
  /* The list after the board list in the sidebar: the one holding rows
   * named after the mates. Found as the next GtkListBox sibling chain. */
  GtkWidget *boards = named (window, "board-list");
  GtkWidget *w = gtk_widget_get_next_sibling (boards);

  while (w != NULL && !GTK_IS_LIST_BOX (w))
    w = gtk_widget_get_next_sibling (w);
  g_assert_nonnull (w);
  return GTK_LIST_BOX (w);
}

static const char *
row_title (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box)));
}

static const char *
row_subtitle (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (box)));
}

/* Selects the board row titled so, as a click would. */
static void
select_board (StkWindow  *window,
              const char *title)
{
  GtkListBox *boards = GTK_LIST_BOX (named (window, "board-list"));

  for (int i = 0; gtk_list_box_get_row_at_index (boards, i); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (boards, i);

      if (g_str_equal (row_title (row), title))
        {
          gtk_list_box_select_row (boards, row);
          test_iterate ();
          return;
        }
    }
  g_assert_not_reached ();
}

/* The mezzanine example: boards main, mid, top (listed top first), mates
 * J1 and J2; the first mate is selected when it opens. */
static StkWindow *
open_mezzanine (void)
{
  return test_open_example ("mezzanine.stackup");
}

/* A keystroke in a board's thickness changes that board's row and the
 * drawing, and nothing else: the board and mate rows and the net rows are
 * the same widgets after it, and the checks ran once for the canvas and
 * the checks panel together. */
static void
test_keystroke_rebuilds_nothing (void)
{
  StkWindow *window = open_mezzanine ();
  StkProject *project = stk_window_get_project (window);
  GtkListBox *boards = GTK_LIST_BOX (named (window, "board-list"));
  GtkListBox *mates = mate_list (window);
  GtkWidget *net_rows = named (window, "mate-nets");
  GtkWidget *first_net = gtk_widget_get_first_child (net_rows);
  GtkListBoxRow *mate_row = gtk_list_box_get_row_at_index (mates, 0);
  GtkListBoxRow *top_row, *mid_row;
  g_autofree char *mate_subtitle = g_strdup (row_subtitle (mate_row));
  GtkSpinButton *thickness;
  gpointer temperature;
  guint runs;

  g_assert_nonnull (first_net);
  select_board (window, "Radio board (left)");
  top_row = gtk_list_box_get_row_at_index (boards, 0);
  mid_row = gtk_list_box_get_row_at_index (boards, 1);
  g_assert_true (gtk_list_box_get_selected_row (boards) == mid_row);
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
   * app writes lengths), in the same row widget, still selected. */
  g_assert_true (gtk_list_box_get_row_at_index (boards, 1) == mid_row);
  g_assert_nonnull (strstr (row_subtitle (mid_row), "1.234"));
  g_assert_true (gtk_list_box_get_selected_row (boards) == mid_row);
  /* Nothing else was rebuilt. */
  g_assert_true (gtk_list_box_get_row_at_index (boards, 0) == top_row);
  g_assert_true (gtk_list_box_get_row_at_index (mates, 0) == mate_row);
  g_assert_cmpstr (row_subtitle (mate_row), ==, mate_subtitle);
  g_assert_true (gtk_widget_get_first_child (net_rows) == first_net);
  g_assert_true (check_item (window, "temperature") == temperature);

  /* A board's name shows in the mate rows, which change their labels, not
   * their widgets. */
  gtk_editable_set_text (GTK_EDITABLE (named (window, "board-name")), "Carrier");
  test_iterate ();
  g_assert_true (gtk_list_box_get_row_at_index (mates, 0) == mate_row);
  g_assert_cmpstr (row_title (mid_row), ==, "Carrier");
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
  select_board (window, "Sensor board (right)");
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
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (named (window, "board-list")))
                 == gtk_list_box_get_row_at_index (GTK_LIST_BOX (named (window, "board-list")), 0));
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
  GtkListBox *mates = mate_list (window);
  guint n_mates;

  select_board (window, "Sensor board (right)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-board", NULL));
  test_iterate ();
  g_assert_null (stk_project_find_board (project, "top"));
  /* Its mate went with it; the first mate left is now selected. */
  n_mates = stk_project_get_mates (project)->len;
  g_assert_cmpuint (n_mates, ==, 1);
  g_assert_nonnull (gtk_list_box_get_selected_row (mates));
  g_assert_null (gtk_list_box_get_row_at_index (mates, 1));
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
 * the board rows stay the widgets they were, and undo puts the value back
 * into the same row. */
static void
test_net_value (void)
{
  StkWindow *window = open_mezzanine ();
  StkProject *project = stk_window_get_project (window);
  GtkListBox *nets = GTK_LIST_BOX (named (window, "mate-nets"));
  GtkListBox *boards = GTK_LIST_BOX (named (window, "board-list"));
  GtkListBoxRow *net_row = gtk_list_box_get_row_at_index (nets, 0);
  GtkListBoxRow *board_row = gtk_list_box_get_row_at_index (boards, 0);
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
  g_assert_true (gtk_list_box_get_row_at_index (boards, 0) == board_row);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  j1 = stk_project_find_mate (project, "j1");
  g_assert_cmpfloat (stk_mate_find_net (j1, net)->current_a, ==, was);
  g_assert_true (gtk_list_box_get_row_at_index (nets, 0) == net_row);
  g_assert_cmpfloat (stk_number_field_get_value (current), ==, was);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app-edits/keystroke-rebuilds-nothing", test_keystroke_rebuilds_nothing);
  g_test_add_func ("/stackup/app-edits/undo-redo-round-trip", test_undo_redo_round_trip);
  g_test_add_func ("/stackup/app-edits/remove-selected", test_remove_selected);
  g_test_add_func ("/stackup/app-edits/net-value", test_net_value);
  return g_test_run ();
}
