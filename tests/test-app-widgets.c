/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <gtk/gtk.h>

#include "stk-application.h"
#include "stk-board-editor.h"
#include "stk-choice.h"
#include "stk-explorer-panel.h"
#include "stk-mate-editor.h"
#include "stk-record-item.h"
#include "stk-requirements-editor.h"
#include "stk-form.h"
#include "stk-table-row.h"
#include "test-gtk-util.h"

/* The app's own small widgets, alone in a window, under Xvfb. */
static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* StkChoice stands in for GtkDropDown: it shows the selection, offers the
 * items in a popover built when opened, and says what changed. */
static void
test_choice (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  StkChoice *choice = STK_CHOICE (stk_choice_new ((const char *const[]) { "A", "B", "C", NULL }));
  const char *const other[] = { "X", "Y", NULL };
  GtkMenuButton *button = GTK_MENU_BUTTON (test_find_type (GTK_WIDGET (choice), GTK_TYPE_MENU_BUTTON));
  GtkLabel *label = GTK_LABEL (test_find_type (GTK_WIDGET (button), GTK_TYPE_LABEL));
  GtkListBox *list;
  guint notified = 0;

  gtk_window_set_child (window, GTK_WIDGET (choice));
  gtk_window_present (window);
  test_run_for (50);
  g_signal_connect (choice, "notify::selected", G_CALLBACK (count_notify_cb), &notified);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (choice)), ==, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  g_assert_cmpuint (stk_choice_get_selected (choice), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "A");
  g_assert_null (gtk_menu_button_get_popover (button));

  stk_choice_set_selected (choice, 2);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (stk_choice_get_string (choice), ==, "C");
  g_assert_cmpstr (gtk_label_get_text (label), ==, "C");
  /* The same items keep the selection and say nothing. */
  stk_choice_set_items (choice, (const char *const[]) { "A", "B", "C", NULL }, 2);
  g_assert_cmpuint (notified, ==, 1);
  stk_choice_set_items (choice, other, 1);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (stk_choice_get_model (choice)), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Y");
  stk_choice_set_selected (choice, 7);
  g_assert_cmpuint (stk_choice_get_selected (choice), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (stk_choice_get_string (choice));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "");
  stk_choice_set_selected (choice, 1);

  /* Opening lists the items, the selected one focused; activating a row
   * chooses it and closes the popover. */
  gtk_widget_grab_focus (GTK_WIDGET (choice));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (button)));
  gtk_menu_button_popup (button);
  test_run_for (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  list = GTK_LIST_BOX (test_find_type (GTK_WIDGET (gtk_menu_button_get_popover (button)), GTK_TYPE_LIST_BOX));
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1))));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  test_run_for (50);
  g_assert_cmpuint (stk_choice_get_selected (choice), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "X");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  gtk_window_destroy (window);
}

/* StkTableRow gives columns widths from their declared characters only:
 * at the declared total each gets its own, with room to spare the expanding
 * ones share it, and short of room the expanding ones give way first while
 * a number keeps its width. The tooltip of a cell is its text, or the one
 * given. */
static void
test_table_row (void)
{
  static const StkTableColumn cols[] = {
    { 10, 10, FALSE, TRUE },   /* a number */
    { 20, 10, FALSE, FALSE },  /* a name */
    { 20, 5, TRUE, FALSE },    /* a sentence */
  };
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  StkTableRow *row = STK_TABLE_ROW (stk_table_row_new (cols, G_N_ELEMENTS (cols)));
  int min, nat, x[3], w[3], unit;

  stk_table_row_set_text (row, 0, "12.5 mm", NULL);
  stk_table_row_set_text (row, 1, "A name", "The whole name");
  stk_table_row_set_text (row, 2, "A sentence long enough to need an ellipsis at the least width given here", NULL);
  gtk_window_set_child (window, GTK_WIDGET (row));
  gtk_window_present (window);
  test_run_for (50);
  gtk_widget_measure (GTK_WIDGET (row), GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  /* Natural: 50 characters and two gaps; least: 25 characters. */
  unit = (nat - 24) / 50;
  g_assert_cmpint (unit, >, 3);
  g_assert_cmpint (min, <, nat);

  gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, nat + 100, 20 }, -1);
  for (int i = 0; i < 3; i++)
    stk_table_row_get_column_extent (row, i, &x[i], &w[i]);
  g_assert_cmpint (w[2] - w[1], >=, 99);        /* the sentence took the extra */
  g_assert_cmpint (x[1], ==, x[0] + w[0] + 12);

  gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, nat - 10 * unit, 20 }, -1);
  for (int i = 0; i < 3; i++)
    stk_table_row_get_column_extent (row, i, &x[i], &w[i]);
  g_assert_cmpint (ABS (w[0] - (nat - 24) / 5), <=, 1);      /* the number keeps its 10 */
  g_assert_cmpint (ABS (w[1] - (nat - 24) * 2 / 5), <=, 1);  /* the name its 20 */
  g_assert_cmpint (w[2], <, w[1]);              /* the sentence gave way */
  g_assert_true (stk_table_row_is_ellipsized (row, 2));
  g_assert_false (stk_table_row_is_ellipsized (row, 0));
  g_assert_cmpstr (stk_table_row_get_text (row, 1), ==, "A name");

  /* Right to left the columns mirror: the first is the rightmost. */
  gtk_widget_set_direction (GTK_WIDGET (row), GTK_TEXT_DIR_RTL);
  gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, nat, 20 }, -1);
  {
    int rx, rw;

    stk_table_row_get_column_extent (row, 0, &rx, &rw);
    g_assert_cmpint (rx + rw, ==, nat);
    stk_table_row_get_column_extent (row, 2, &rx, &rw);
    g_assert_cmpint (rx, ==, 0);
  }
  gtk_widget_set_direction (GTK_WIDGET (row), GTK_TEXT_DIR_LTR);
  gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, nat - 10 * unit, 20 }, -1);

  /* Tooltips: the given one over the name, the text itself elsewhere. */
  g_assert_cmpstr (stk_table_row_get_tooltip_at (row, x[1] + 1), ==, "The whole name");
  g_assert_cmpstr (stk_table_row_get_tooltip_at (row, x[0] + 1), ==, "12.5 mm");
  g_assert_cmpstr (stk_table_row_get_tooltip_at (row, x[2] + w[2] - 1), ==, stk_table_row_get_text (row, 2));
  g_assert_null (stk_table_row_get_tooltip_at (row, x[2] + w[2] + 50));
  gtk_window_destroy (window);
}

/* A choice in a form is named by its label for screen readers, on the
 * widget and on the button that takes the focus; its open list tells which
 * item is selected. */
static void
test_choice_accessible (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  StkForm *form = stk_form_new ();
  StkChoice *choice = stk_form_add_choice (form, "test-choice", "_Series",
                                           (const char *const[]) { "P4", "A4S", NULL });
  GtkWidget *label = stk_form_get_label (form, GTK_WIDGET (choice));
  GtkMenuButton *button = GTK_MENU_BUTTON (test_find_type (GTK_WIDGET (choice), GTK_TYPE_MENU_BUTTON));
  GtkListBox *list;

  gtk_window_set_child (window, GTK_WIDGET (form));
  gtk_window_present (window);
  test_run_for (50);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL);
  /* The label's mnemonic reaches the choice. */
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (label)) == GTK_WIDGET (choice));

  stk_choice_set_selected (choice, 1);
  gtk_menu_button_popup (button);
  test_run_for (50);
  list = GTK_LIST_BOX (test_find_type (GTK_WIDGET (gtk_menu_button_get_popover (button)), GTK_TYPE_LIST_BOX));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (gtk_list_box_get_row_at_index (list, 1)),
                                    GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (gtk_list_box_get_row_at_index (list, 0)),
                                    GTK_ACCESSIBLE_STATE_SELECTED, FALSE);
  gtk_menu_button_popdown (button);
  gtk_window_destroy (window);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A length field holds what it shows. Leaving it re-reads its text, and in
 * mil (two decimals) the text is rounded: 12.5 mm = 492.126 mil shows as
 * 492.13, which read back is 12.500102 mm. Tabbing through must neither
 * count as an edit nor move the part by that rounding; a value the user
 * types is taken as typed (500 mil = 12.7 mm). Showing the same length in
 * other units changes no value. */
static void
test_length_round_trip (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  StkForm *form = stk_form_new ();
  StkNumberField *field = stk_form_add_length (form, "test-length", "Centre _X", -1000, 1000, 0.05);
  GtkSpinButton *spin = stk_number_field_get_spin (field);
  GtkWidget *unit;
  guint changed = 0;

  gtk_window_set_child (window, GTK_WIDGET (form));
  gtk_window_present (window);
  test_run_for (50);
  stk_number_field_set_value (field, 12.5);
  g_signal_connect_swapped (field, "notify::value", G_CALLBACK (count_cb), &changed);
  stk_number_field_set_units (field, STK_UNITS_INCH);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "492.13");
  /* The unit after it follows: the row's third widget. */
  unit = gtk_widget_get_next_sibling (GTK_WIDGET (field));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (unit)), ==, "mil");
  gtk_spin_button_update (spin);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpfloat (stk_number_field_get_value (field), ==, 12.5);

  /* -30 mm = -1181.102 mil, shown as -1181.10; set, it is notified once. */
  stk_number_field_set_value (field, -30);
  g_assert_cmpuint (changed, ==, 1);
  changed = 0;
  gtk_spin_button_update (spin);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpfloat (stk_number_field_get_value (field), ==, -30);

  gtk_editable_set_text (GTK_EDITABLE (spin), "500");
  gtk_spin_button_update (spin);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpfloat_with_epsilon (stk_number_field_get_value (field), 12.7, 1e-9);

  /* Back in mm the typed value stays. */
  changed = 0;
  stk_number_field_set_units (field, STK_UNITS_MM);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "12.700");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (unit)), ==, "mm");
  gtk_spin_button_update (spin);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpfloat_with_epsilon (stk_number_field_get_value (field), 12.7, 1e-9);

  /* At the end of the range: 1000 mm = 39370.0787 mil, whose rounding
   * 39370.08 lies past the range's end; there and back changes nothing. */
  stk_number_field_set_value (field, 1000);
  changed = 0;
  stk_number_field_set_units (field, STK_UNITS_INCH);
  stk_number_field_set_units (field, STK_UNITS_MM);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpfloat (stk_number_field_get_value (field), ==, 1000);
  gtk_window_destroy (window);
}

/* Over an unfocused number field the wheel scrolls the form and leaves the
 * value; with the focus in the field, the field takes it. */
static void
test_spin_wheel (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *scroller = gtk_scrolled_window_new ();
  StkForm *form = stk_form_new ();
  GtkSpinButton *spin = stk_number_field_get_spin (stk_form_add_number (form, "n", "_N", 0, 100, 1, 0, NULL));
  GtkWidget *other = GTK_WIDGET (stk_form_add_entry (form, "e", "_E"));
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (spin));
  GtkEventController *wheel = NULL;
  GtkAdjustment *adj;
  gboolean handled = FALSE;

  gtk_widget_set_margin_bottom (GTK_WIDGET (form), 3000);  /* something to scroll */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (form));
  gtk_window_set_child (window, scroller);
  gtk_window_set_default_size (window, 300, 200);
  gtk_window_present (window);
  test_run_for (50);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_spin_button_set_value (spin, 50);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_SCROLL (c) && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
        wheel = c;
    }
  g_assert_nonnull (wheel);

  gtk_widget_grab_focus (other);
  g_signal_emit_by_name (wheel, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 50);

  gtk_widget_grab_focus (GTK_WIDGET (spin));
  g_signal_emit_by_name (wheel, "scroll", 0.0, 1.0, &handled);
  g_assert_false (handled);
  g_object_unref (controllers);
  gtk_window_destroy (window);
}

/* The app icon, which About shows, is found without being installed. */
static void
test_app_icon (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);
  g_autoptr(GtkIconPaintable) icon = NULL;

  stk_application_load_style (display);
  g_assert_true (gtk_icon_theme_has_icon (theme, "io.github.stackup.Stackup"));
  icon = gtk_icon_theme_lookup_icon (theme, "io.github.stackup.Stackup", NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  g_assert_nonnull (icon);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (icon)), >, 0);
}

static gboolean
find_label_with (GtkWidget  *root,
                 const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (find_label_with (c, text))
      return TRUE;
  return FALSE;
}

/* The Options page alone, bound to a new project (P4 1.5 mm 50 pins between
 * two rigid boards). Its table shows body and recommended pattern apart:
 * the P4 50-pin body is A = 12.30 mm (datasheet) × 5.10 mm over the
 * terminal tips (estimate, ≈), the socket pattern B + 0.23 = 9.83 mm ×
 * 5.70 mm (estimates, both ≈). */
static StkExplorerPanel *
explorer_panel_new (GtkWindow  *window,
                    StkProject *project)
{
  StkExplorerPanel *panel = STK_EXPLORER_PANEL (stk_explorer_panel_new ());
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);

  gtk_window_set_child (window, GTK_WIDGET (panel));
  gtk_window_set_default_size (window, 1400, 1000);
  stk_explorer_panel_bind (panel, project, stk_catalog_get_default (), mate->id);
  gtk_window_present (window);
  test_run_for (100);
  return panel;
}

static void
test_explorer_footprint (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkExplorerPanel *panel = explorer_panel_new (window, project);
  GtkColumnView *view = GTK_COLUMN_VIEW (test_find_type (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_string_append_printf (titles, "%s|", gtk_column_view_column_get_title (column));
    }
  g_assert_nonnull (strstr (titles->str, "|Body|Pattern|"));

  /* 46 signal pins within 12.3 mm: only the P4 50-pin rows pass. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (panel), "explorer-max-length")), 12.3);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (panel), "explorer-signal-pins")), 46);
  test_run_for (100);
  g_assert_true (find_label_with (GTK_WIDGET (view), "12.3 mm × ≈5.1 mm"));
  g_assert_true (find_label_with (GTK_WIDGET (view), "≈9.83 mm × ≈5.7 mm"));
  gtk_window_destroy (window);
}

/* The return and reversal switches of the Options page reach the
 * constraints and the list. The new project's mate carries no nets, so
 * with 12 signal pins, VBAT 0.5 A and V3V3 0.2 A (derating 0.8 → 0.24 A a
 * pin): 3 + 1 supply pins, 3 return pins (0.7 A) → 19 needed, the 20-pin
 * P4 fits; returning elsewhere 16; reversal-safe the supplies take whole
 * pairs (4 + 2) → 21, and 20 pins no longer fit. */
static guint
pins_needed_of_first (StkExplorerPanel *panel)
{
  GListModel *model = stk_explorer_panel_get_model (panel);
  g_autoptr(StkRecordItem) item = g_list_model_get_item (model, 0);

  return ((const StkExplorerOption *) stk_record_item_get (item))->pins_needed;
}

static void
test_explorer_return_reversal (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkExplorerPanel *panel = explorer_panel_new (window, project);
  StkExplorerConstraints *c = (StkExplorerConstraints *) stk_explorer_panel_get_constraints (panel);
  GtkSwitch *elsewhere = GTK_SWITCH (test_find_named (GTK_WIDGET (panel), "explorer-return-elsewhere"));
  GtkSwitch *safe = GTK_SWITCH (test_find_named (GTK_WIDGET (panel), "explorer-reversal-safe"));
  GtkSpinButton *signals = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (panel), "explorer-signal-pins"));

  stk_explorer_constraints_add_power (c, "VBAT", 0.5);
  stk_explorer_constraints_add_power (c, "V3V3", 0.2);
  gtk_spin_button_set_value (signals, 12);
  test_run_for (50);
  g_assert_cmpuint (pins_needed_of_first (panel), ==, 19);
  gtk_switch_set_active (elsewhere, TRUE);
  test_run_for (50);
  g_assert_true (c->return_elsewhere);
  g_assert_cmpuint (pins_needed_of_first (panel), ==, 16);
  gtk_switch_set_active (elsewhere, FALSE);
  gtk_switch_set_active (safe, TRUE);
  test_run_for (50);
  g_assert_true (c->reversal_safe);
  g_assert_cmpuint (pins_needed_of_first (panel), ==, 21);
  gtk_window_destroy (window);
}

static void
count_changed_cb (StkProject *project,
                  guint      *count)
{
  (*count)++;
}

/* The board editor's "Reflowed on both sides" switch and the FPC's cover-lay
 * field edit the board and notify the project; the cover-lay row shows for
 * an FPC only and stays "not given" until entered. The new project's
 * Daughter board carries the header on its lower face, so once it is
 * double-sided the temperature check warns about it. */
static void
test_board_editor_cautions (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkBoardEditor *editor = STK_BOARD_EDITOR (stk_board_editor_new ());
  StkBoard *daughter = g_ptr_array_index (stk_project_get_boards (project), 1);
  GtkSwitch *double_sided;
  GtkSpinButton *coverlay;
  guint changed = 0;

  gtk_window_set_child (window, GTK_WIDGET (editor));
  stk_board_editor_bind (editor, project, stk_catalog_get_default (), daughter->id);
  gtk_window_present (window);
  test_run_for (50);
  g_signal_connect (project, "changed", G_CALLBACK (count_changed_cb), &changed);
  double_sided = GTK_SWITCH (test_find_named (GTK_WIDGET (editor), "board-double-sided"));
  coverlay = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (editor), "board-coverlay"));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (coverlay)));

  gtk_switch_set_active (double_sided, TRUE);
  g_assert_true (daughter->double_sided);
  g_assert_cmpuint (changed, ==, 1);
  {
    g_autoptr(GPtrArray) results = stk_checks_run_one (project, stk_catalog_get_default (), "temperature");
    const StkCheckResult *r = stk_checks_find (results, "temperature", "underside-reflow", "mate:j1/header");

    g_assert_nonnull (r);
    g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  }

  /* An edit from elsewhere, through the project: the editor follows. */
  {
    g_autoptr(StkBoard) fpc = stk_board_copy (daughter);

    fpc->kind = STK_BOARD_FPC;
    g_assert_true (stk_project_update_board (project, daughter->id, fpc));
  }
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (coverlay)));
  g_assert_false (daughter->coverlay_set);
  gtk_spin_button_set_value (coverlay, 0.04);
  g_assert_true (daughter->coverlay_set);
  g_assert_cmpfloat_with_epsilon (daughter->coverlay_thickness_mm, 0.04, 1e-9);
  gtk_window_destroy (window);
}

/* The requirements editor's storage rows: 60 °C in the emboss packing is
 * above the catalogs' +50 °C (fail); as the product alone it is within
 * +85 °C (pass). */
static void
test_requirements_storage (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkRequirementsEditor *editor = STK_REQUIREMENTS_EDITOR (stk_requirements_editor_new ());
  StkRequirements *req = stk_project_get_requirements (project);
  GtkSwitch *packed;

  gtk_window_set_child (window, GTK_WIDGET (editor));
  stk_requirements_editor_bind (editor, project);
  gtk_window_present (window);
  test_run_for (50);
  packed = GTK_SWITCH (test_find_named (GTK_WIDGET (editor), "req-storage-packed"));
  g_assert_true (gtk_switch_get_active (packed));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (editor), "req-storage-max")), 60);
  g_assert_cmpfloat (req->storage_max_c, ==, 60);
  {
    g_autoptr(GPtrArray) results = stk_checks_run_one (project, stk_catalog_get_default (), "temperature");
    g_assert_cmpint (stk_checks_find (results, "temperature", "storage-max", NULL)->status, ==, STK_STATUS_FAIL);
  }
  gtk_switch_set_active (packed, FALSE);
  g_assert_false (req->storage_packed);
  {
    g_autoptr(GPtrArray) results = stk_checks_run_one (project, stk_catalog_get_default (), "temperature");
    g_assert_cmpint (stk_checks_find (results, "temperature", "storage-max", NULL)->status, ==, STK_STATUS_PASS);
  }
  gtk_window_destroy (window);
}

/* The mate editor offers the inspection-use type where the series has one
 * (A4S, not P4): switched on, the parts shown are AXE5E2026 / AXE6E2026
 * for 20 pins and the note says the catalog gives no mated height. */
static void
test_mate_editor_inspection (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkMateEditor *editor = STK_MATE_EDITOR (stk_mate_editor_new ());
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  GtkSwitch *inspection;

  gtk_window_set_child (window, GTK_WIDGET (editor));
  stk_mate_editor_bind (editor, project, stk_catalog_get_default (), mate->id);
  gtk_window_present (window);
  test_run_for (50);
  inspection = GTK_SWITCH (test_find_named (GTK_WIDGET (editor), "mate-inspection"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (inspection)));

  {
    g_autoptr(StkMate) a4s = stk_mate_copy (mate);

    g_free (a4s->series);
    a4s->series = g_strdup ("A4S");
    a4s->mated_height_mm = 0.8;
    stk_mate_set_pins (a4s, 20);
    g_free (a4s->packaging);
    a4s->packaging = g_strdup ("8mm");
    g_assert_true (stk_project_update_mate (project, mate->id, a4s));
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (inspection)));
  gtk_switch_set_active (inspection, TRUE);
  g_assert_true (mate->inspection);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_find_named (GTK_WIDGET (editor), "mate-socket-part"))), ==,
                   "AXE5E2026");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_find_named (GTK_WIDGET (editor), "mate-header-part"))), ==,
                   "AXE6E2026");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (test_find_named (GTK_WIDGET (editor), "mate-part-note"))),
                            "does not state its mated height"));
  gtk_window_destroy (window);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/choice", test_choice);
  g_test_add_func ("/stackup/app/choice/accessible", test_choice_accessible);
  g_test_add_func ("/stackup/app/table-row", test_table_row);
  g_test_add_func ("/stackup/app/spin-wheel", test_spin_wheel);
  g_test_add_func ("/stackup/app/icon", test_app_icon);
  g_test_add_func ("/stackup/app/length/round-trip", test_length_round_trip);
  g_test_add_func ("/stackup/app/explorer-panel/footprint", test_explorer_footprint);
  g_test_add_func ("/stackup/app/explorer-panel/return-reversal", test_explorer_return_reversal);
  g_test_add_func ("/stackup/app/board-editor/cautions", test_board_editor_cautions);
  g_test_add_func ("/stackup/app/requirements-editor/storage", test_requirements_storage);
  g_test_add_func ("/stackup/app/mate-editor/inspection", test_mate_editor_inspection);
  return g_test_run ();
}
