/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <gtk/gtk.h>

#include "stk-cuts-popover.h"
#include "stk-drawing.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* The section cuts popover in the phone's window, under Xvfb: adding a
 * cut goes into the project (and so into the drawing and undo), the list
 * follows, a bad label is refused with a message, removing takes it out. */
static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

static void
test_add_remove (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *popover = test_find_named (root, "cuts-popover");
  GtkWidget *list = test_find_named (popover, "cuts-list");
  GtkWidget *add = test_find_named (popover, "cut-add");
  GtkDropDown *axis = GTK_DROP_DOWN (test_find_named (popover, "cut-axis"));
  GtkSpinButton *at = GTK_SPIN_BUTTON (test_find_named (popover, "cut-at"));
  GtkEditable *label = GTK_EDITABLE (test_find_named (popover, "cut-label"));
  guint views = stk_drawing_count_views (project, stk_catalog_get_default ());
  const StkSectionCut *cut;

  g_assert_cmpuint (n_rows (list), ==, 0);
  gtk_drop_down_set_selected (axis, 1);
  gtk_spin_button_set_value (at, -20);
  gtk_editable_set_text (label, "D");
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (stk_project_get_section_cuts (project)->len, ==, 1);
  cut = g_ptr_array_index (stk_project_get_section_cuts (project), 0);
  g_assert_cmpint (cut->axis, ==, STK_CUT_ALONG_Y);
  g_assert_cmpfloat (cut->at_mm, ==, -20);
  g_assert_cmpstr (cut->label, ==, "D");
  g_assert_cmpuint (n_rows (list), ==, 1);
  g_assert_cmpuint (stk_drawing_count_views (project, stk_catalog_get_default ()), ==, views + 1);

  /* Lower case is not a section letter: refused, the project unchanged. */
  gtk_editable_set_text (label, "d");
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (stk_project_get_section_cuts (project)->len, ==, 1);

  /* D again: the file's reader refuses a label used twice, so the project
   * could not save it; refused with the reader's words in the error line. */
  gtk_editable_set_text (label, "D");
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (stk_project_get_section_cuts (project)->len, ==, 1);
  g_assert_true (gtk_widget_get_visible (test_find_named (popover, "cut-error")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_find_named (popover, "cut-error"))), ==,
                   "“D” names an earlier cut too");

  /* Undo takes the cut back out, and the list follows. */
  gtk_widget_activate_action (root, "win.undo", NULL);
  test_iterate ();
  g_assert_cmpuint (stk_project_get_section_cuts (project)->len, ==, 0);
  g_assert_cmpuint (n_rows (list), ==, 0);

  /* A cut without a label, removed by its row's button. */
  gtk_editable_set_text (label, "");
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (n_rows (list), ==, 1);
  g_assert_null (((const StkSectionCut *) g_ptr_array_index (stk_project_get_section_cuts (project), 0))->label);
  g_signal_emit_by_name (test_find_type (list, GTK_TYPE_BUTTON), "clicked");
  g_assert_cmpuint (stk_project_get_section_cuts (project)->len, ==, 0);
  g_assert_cmpuint (n_rows (list), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A cut that crosses no board is refused with the boards' extent across
 * it (the phone's main board, 140 long in y from −70, spans y −70…70);
 * one already in the project (as from a file) is listed, marked. */
static void
test_far (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *popover = test_find_named (GTK_WIDGET (window), "cuts-popover");
  GtkWidget *list = test_find_named (popover, "cuts-list");
  GtkWidget *error = test_find_named (popover, "cut-error");
  GtkSpinButton *at = GTK_SPIN_BUTTON (test_find_named (popover, "cut-at"));
  GtkLabel *name;

  gtk_drop_down_set_selected (GTK_DROP_DOWN (test_find_named (popover, "cut-axis")), 0);
  gtk_spin_button_set_value (at, 500);
  gtk_editable_set_text (GTK_EDITABLE (test_find_named (popover, "cut-label")), "Z");
  g_signal_emit_by_name (test_find_named (popover, "cut-add"), "clicked");
  g_assert_cmpuint (stk_project_get_section_cuts (project)->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==,
                   "Cut Z, along x at y = 500.0 mm, crosses no board: the boards lie from y = -70.0 to 70.0 mm");

  stk_project_add_section_cut (project, stk_section_cut_new (STK_CUT_ALONG_X, 500, "Z"));
  g_assert_cmpuint (n_rows (list), ==, 1);
  name = GTK_LABEL (test_find_type (list, GTK_TYPE_LABEL));
  g_assert_cmpstr (gtk_label_get_text (name), ==, "Z: along x at y = 500.0 mm (crosses no board)");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app-cuts/add-remove", test_add_remove);
  g_test_add_func ("/stackup/app-cuts/far", test_far);
  return g_test_run ();
}
