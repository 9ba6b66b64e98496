/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <gtk/gtk.h>

#include "stk-tolerance.h"
#include "stk-tolerance-panel.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* The tolerance view inside a real window, under Xvfb: built when its page
 * first shows, it analyses in a worker thread, shows each connector's
 * figures, histogram and contributions, follows edits and can be cancelled
 * without losing the last figures. */

static StkTolerancePanel *
show_tolerance (StkWindow *window)
{
  GtkStackSwitcher *switcher = GTK_STACK_SWITCHER (test_find_type (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER));

  gtk_stack_set_visible_child_name (gtk_stack_switcher_get_stack (switcher), "tolerance");
  return STK_TOLERANCE_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_TOLERANCE_PANEL));
}

static void
wait_until_stopped (StkTolerancePanel *panel)
{
  for (guint i = 0; i < 600 && stk_tolerance_panel_get_running (panel); i++)
    test_run_for (20);
  g_assert_false (stk_tolerance_panel_get_running (panel));
}

/* Counts the widgets of type under root; for labels, those whose text
 * starts with prefix (NULL: all). */
static guint
count (GtkWidget  *root,
       GType       type,
       const char *prefix)
{
  guint n = 0;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_visible (root)
      && (prefix == NULL || g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix)))
    n++;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    n += count (c, type, prefix);
  return n;
}

static void
on_running_cancel_cb (StkTolerancePanel *panel)
{
  if (stk_tolerance_panel_get_running (panel))
    stk_tolerance_panel_cancel (panel);
}

static void
test_view (void)
{
  StkWindow *window = test_open_example ("mezzanine.stackup");
  StkTolerancePanel *panel;
  GPtrArray *results;
  const StkTolResult *j1;
  gulong handler;

  /* the fixing as the alignment check sees it: the pin's play alone */
  stk_project_set_tolerance_fixing (stk_window_get_project (window), 0, 0, -1);
  panel = show_tolerance (window);

  g_assert_nonnull (panel);
  /* the analysis runs in a worker: the page is there before the figures */
  g_assert_true (stk_tolerance_panel_get_running (panel));
  wait_until_stopped (panel);
  results = stk_tolerance_panel_get_results (panel);
  g_assert_nonnull (results);
  g_assert_cmpuint (results->len, ==, 2);
  j1 = g_ptr_array_index (results, 0);
  g_assert_cmpstr (j1->id, ==, "j1");
  /* placement ±0.03 on both boards and the fixing ±0.04: worst case 0.10
   * within the 0.15 mm window, a pass */
  g_assert_cmpfloat_with_epsilon (j1->outputs[STK_TOL_END1_ALONG].worst, 0.10, 1e-12);
  g_assert_cmpint (j1->status, ==, STK_STATUS_PASS);
  g_assert_cmpuint (count (GTK_WIDGET (panel), GTK_TYPE_LABEL, "J1 main-left: Pass"), ==, 1);
  g_assert_cmpuint (count (GTK_WIDGET (panel), GTK_TYPE_LABEL, "Share of the variance"), ==, 2);
  g_assert_cmpuint (count (GTK_WIDGET (panel), GTK_TYPE_DRAWING_AREA, NULL), ==, 2);

  /* an edit starts a new run; cancelled as it starts, the last figures stay */
  handler = g_signal_connect (panel, "notify::running", G_CALLBACK (on_running_cancel_cb), NULL);
  stk_project_remove_mate (stk_window_get_project (window), 1);
  for (guint i = 0; i < 100 && !stk_tolerance_panel_get_running (panel); i++)
    test_run_for (20);
  wait_until_stopped (panel);
  g_signal_handler_disconnect (panel, handler);
  g_assert_cmpuint (stk_tolerance_panel_get_results (panel)->len, ==, 2);
  g_assert_cmpuint (count (GTK_WIDGET (panel), GTK_TYPE_LABEL, "Analysis cancelled"), ==, 1);

  /* the next edit runs to the end: no connector left */
  stk_project_remove_mate (stk_window_get_project (window), 0);
  for (guint i = 0; i < 100 && !stk_tolerance_panel_get_running (panel); i++)
    test_run_for (20);
  wait_until_stopped (panel);
  g_assert_cmpuint (stk_tolerance_panel_get_results (panel)->len, ==, 0);
  g_assert_cmpuint (count (GTK_WIDGET (panel), GTK_TYPE_LABEL, "No connector to analyse"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/tolerance/view", test_view);
  return g_test_run ();
}
