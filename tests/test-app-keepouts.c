/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board editor's keep-outs, as the user drives them, under Xvfb with
 * criticals fatal. */
#include <gtk/gtk.h>

#include "stk-choice.h"
#include "stk-keepout.h"
#include "stk-window.h"
#include "test-gtk-util.h"

static GtkSpinButton *
spin (StkWindow  *window,
      const char *name)
{
  return GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (window), name));
}

static const StkKeepout *
keepout (StkProject *project,
         guint       i)
{
  StkBoard *b = stk_project_find_board (project, "main");

  g_assert_nonnull (b->keepouts);
  g_assert_cmpuint (i, <, b->keepouts->len);
  return g_ptr_array_index (b->keepouts, i);
}

static guint
n_keepouts (StkProject *project)
{
  StkBoard *b = stk_project_find_board (project, "main");

  return b->keepouts ? b->keepouts->len : 0;
}

/* The phone's main board has one keep-out, "Shield can", 12 × 10 around
 * (28, 44), 0.8 tall (the file). A height of 0 stops at 0.01, the file's
 * smallest, and is taken (and undone); 1.2 is taken (and undone); Add makes a second
 * one, 5 × 5 × 1 in the middle of the 70 × 140 outline from (−35, −70),
 * i.e. at (0, 0), which Remove takes away again. */
static void
test_edit (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *problem, *list;

  test_tree_select_row (window, 0);
  list = test_find_named (GTK_WIDGET (window), "keepout-list");
  problem = test_find_named (GTK_WIDGET (window), "keepout-problem");
  g_assert_nonnull (list);
  g_assert_cmpstr (stk_choice_get_string (STK_CHOICE (list)), ==, "Shield can");
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-x")), ==, 28);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-y")), ==, 44);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-length")), ==, 12);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-width")), ==, 10);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-height")), ==, 0.8);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_find_named (GTK_WIDGET (window), "keepout-label"))), ==,
                   "Shield can");
  g_assert_false (gtk_widget_get_visible (problem));

  /* the field stops at the file's smallest height, 0.01 mm, which the
   * project takes (and saves); undo brings 0.8 back */
  gtk_spin_button_set_value (spin (window, "keepout-height"), 0);
  test_run_for (50);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-height")), ==, 0.01);
  g_assert_false (gtk_widget_get_visible (problem));
  g_assert_cmpfloat (keepout (project, 0)->height_mm, ==, 0.01);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_cmpfloat (keepout (project, 0)->height_mm, ==, 0.8);
  /* undone back to the file as opened: unmodified again */
  g_assert_false (stk_window_get_modified (window));

  gtk_spin_button_set_value (spin (window, "keepout-height"), 1.2);
  test_run_for (50);
  g_assert_false (gtk_widget_get_visible (problem));
  g_assert_cmpfloat (keepout (project, 0)->height_mm, ==, 1.2);
  g_assert_true (stk_window_get_modified (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_cmpfloat (keepout (project, 0)->height_mm, ==, 0.8);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-height")), ==, 0.8);

  g_signal_emit_by_name (test_find_named (GTK_WIDGET (window), "keepout-add"), "clicked");
  test_run_for (50);
  g_assert_cmpuint (n_keepouts (project), ==, 2);
  g_assert_cmpfloat (keepout (project, 1)->x_mm, ==, 0);
  g_assert_cmpfloat (keepout (project, 1)->y_mm, ==, 0);
  g_assert_cmpfloat (keepout (project, 1)->length_mm, ==, 5);
  g_assert_cmpfloat (keepout (project, 1)->height_mm, ==, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-length")), ==, 5);
  g_signal_emit_by_name (test_find_named (GTK_WIDGET (window), "keepout-remove"), "clicked");
  test_run_for (50);
  g_assert_cmpuint (n_keepouts (project), ==, 1);
  g_assert_cmpstr (keepout (project, 0)->label, ==, "Shield can");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The phone's display FPC has no keep-out: after the main board's, its
 * editor shows no fields (greyed, they still showed the shield can's 28,
 * 44, 12 × 10), only Add; Add shows the new one's 5 × 5 × 1 at (0, 0) of
 * the FPC, and undo leaves it without fields again. */
static void
test_none (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  StkBoard *fpc = stk_project_find_board (project, "display-fpc");
  GtkWidget *x;

  test_tree_select_row (window, 0);
  x = test_find_named (GTK_WIDGET (window), "keepout-x");
  g_assert_true (gtk_widget_is_drawable (x));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-x")), ==, 28);

  g_assert_true (fpc->keepouts == NULL || fpc->keepouts->len == 0);
  test_tree_select_row (window, test_tree_find_row (window, "display-fpc", FALSE));
  x = test_find_named (GTK_WIDGET (window), "keepout-x");
  g_assert_false (gtk_widget_is_drawable (x));
  g_assert_false (gtk_widget_is_drawable (test_find_named (GTK_WIDGET (window), "keepout-list")));
  g_assert_true (gtk_widget_is_drawable (test_find_named (GTK_WIDGET (window), "keepout-add")));

  g_signal_emit_by_name (test_find_named (GTK_WIDGET (window), "keepout-add"), "clicked");
  test_run_for (50);
  g_assert_cmpuint (fpc->keepouts->len, ==, 1);
  g_assert_true (gtk_widget_is_drawable (x));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-length")), ==, 5);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (window, "keepout-height")), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_false (gtk_widget_is_drawable (x));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app-keepouts/edit", test_edit);
  g_test_add_func ("/stackup/app-keepouts/none", test_none);
  return g_test_run ();
}
