/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <gtk/gtk.h>

#include "stk-explorer-panel.h"
#include "stk-record-item.h"
#include "test-gtk-util.h"

/* What a user test of issue 14 found, fixed and kept so, under Xvfb. */

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static StkExplorerPanel *
explorer_in (GtkWindow  *window,
             StkProject *project,
             const char *mate_id)
{
  StkExplorerPanel *panel = STK_EXPLORER_PANEL (stk_explorer_panel_new ());

  gtk_window_set_child (window, GTK_WIDGET (panel));
  gtk_window_set_default_size (window, 1400, 1000);
  stk_explorer_panel_bind (panel, project, stk_catalog_get_default (), mate_id);
  gtk_window_present (window);
  test_run_for (100);
  return panel;
}

static const StkProduct *
selected_product (StkExplorerPanel *panel)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (test_find_type (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  gpointer item = gtk_single_selection_get_selected_item (selection);

  return item ? ((const StkExplorerOption *) stk_record_item_get (item))->product : NULL;
}

/* Apply to Mate changes the mate; what the user typed stays, and so do the
 * list and its selection. The new project's mate is a P4 40-pin pair with
 * no nets, so the form starts at 40 signal pins; the user asks for 30. */
static void
test_explorer_apply_keeps_form (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  StkExplorerPanel *panel = explorer_in (window, project, mate->id);
  GtkSpinButton *signals = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (panel), "explorer-signal-pins"));
  GListModel *model = stk_explorer_panel_get_model (panel);
  const StkProduct *chosen = NULL;
  guint n, pick = G_MAXUINT;

  g_assert_cmpint (gtk_spin_button_get_value_as_int (signals), ==, 40);
  gtk_spin_button_set_value (signals, 30);
  test_iterate ();
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n && pick == G_MAXUINT; i++)
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (model, i);
      const StkExplorerOption *o = stk_record_item_get (item);

      if (o->product->pins != mate->pins)
        {
          pick = i;
          chosen = o->product;
        }
    }
  g_assert_cmpuint (pick, !=, G_MAXUINT);
  stk_explorer_panel_select (panel, pick);
  g_assert_true (stk_explorer_panel_apply (panel));
  test_iterate ();

  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_assert_cmpuint (mate->pins, ==, chosen->pins);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (signals), ==, 30);
  g_assert_cmpuint (stk_explorer_panel_get_constraints (panel)->signal_pins, ==, 30);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_true (selected_product (panel) == chosen);

  /* Another mate (here: none, then the same again) starts from its needs. */
  stk_explorer_panel_bind (panel, project, stk_catalog_get_default (), NULL);
  stk_explorer_panel_bind (panel, project, stk_catalog_get_default (), mate->id);
  test_iterate ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (signals), ==, (int) chosen->pins);
  gtk_window_destroy (window);
}

/* With no mate, no bare "Power nets" label; the hint keeps a gap below the
 * page's top edge (12 px margin, 0 px would be jammed under the tabs). */
static void
test_explorer_without_mate (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkExplorerPanel *panel = explorer_in (window, project, NULL);
  GtkWidget *power = find_label (GTK_WIDGET (panel), "Power nets");
  GtkWidget *hint = test_find_named (GTK_WIDGET (panel), "explorer-hint");
  double x, y;

  g_assert_nonnull (power);
  g_assert_false (gtk_widget_get_visible (power));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==, "Select a mate on the Stack page to prefill its needs.");
  g_assert_true (gtk_widget_translate_coordinates (hint, GTK_WIDGET (panel), 0, 0, &x, &y));
  g_assert_cmpfloat (y, >=, 12);

  stk_explorer_panel_bind (panel, project, stk_catalog_get_default (),
                           ((StkMate *) g_ptr_array_index (stk_project_get_mates (project), 0))->id);
  test_iterate ();
  g_assert_true (gtk_widget_get_visible (power));
  gtk_window_destroy (window);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/explorer-panel/apply-keeps-form", test_explorer_apply_keeps_form);
  g_test_add_func ("/stackup/app/explorer-panel/without-mate", test_explorer_without_mate);
  return g_test_run ();
}
