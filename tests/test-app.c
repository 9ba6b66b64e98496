/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "stk-application.h"
#include "stk-catalog.h"
#include "stk-choice.h"
#include "stk-project-io.h"
#include "stk-window.h"
#include "test-gtk-util.h"
#include "test-util.h"

static StkWindow *
open_window (void)
{
  StkWindow *window = stk_window_new (NULL);

  test_present_until_painted (GTK_WINDOW (window));
  test_iterate ();
  return window;
}

static gboolean
has_name (GtkWidget  *widget,
          const char *name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
has_action (GtkWidget  *widget,
            const char *action)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static GtkWidget *
find_widget (GtkWidget  *root,
             gboolean  (*match) (GtkWidget *, const char *),
             const char *key)
{
  if (match (root, key))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, match, key);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
named (StkWindow  *window,
       const char *name)
{
  GtkWidget *w = find_widget (GTK_WIDGET (window), has_name, name);

  g_assert_nonnull (w);
  return w;
}

/* Whether the button for an action can be pressed, as the user sees it. */
static gboolean
action_button_enabled (StkWindow  *window,
                       const char *action)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), has_action, action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static guint
index_of_height (const StkSeries *series,
                 double           height)
{
  for (guint i = 0; i < series->heights->len; i++)
    if (g_array_index (series->heights, double, i) == height)
      return i;
  g_assert_not_reached ();
}

static void
open_path (StkWindow  *window,
           const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-uri", "s", uri));
  test_iterate ();
}

static void
test_window_opens (void)
{
  StkWindow *window = open_window ();
  GtkWidget *slot;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_false (stk_window_get_modified (window));
  /* The slots other work plugs into are there. */
  slot = gtk_widget_get_first_child (GTK_WIDGET (window));
  g_assert_nonnull (slot);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   stk_project_get_name (stk_window_get_project (window)));

  /* The main menu is attached when first opened, and has what issue 4 lists. */
  {
    GtkMenuButton *menu = GTK_MENU_BUTTON (named (window, "primary-menu"));
    const char *const wanted[] = { "win.new", "win.open", "win.save-as", "win.export", "win.print",
                                   "app.preferences", "win.show-help-overlay", "app.about", NULL };
    GMenuModel *model;
    g_autoptr(GString) actions = g_string_new (NULL);

    g_assert_true (gtk_menu_button_get_primary (menu));
    gtk_menu_button_popup (menu);
    /* Shown at once; the loop runs so it lays out (without a window manager
     * a busy X server can take a moment). */
    test_run_for (50);
    model = gtk_menu_button_get_menu_model (menu);
    g_assert_nonnull (model);
    g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (menu)));
    for (int s = 0; s < g_menu_model_get_n_items (model); s++)
      {
        g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, s, G_MENU_LINK_SECTION);
        for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
          {
            g_autofree char *action = NULL;
            if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
              g_string_append_printf (actions, "%s ", action);
          }
      }
    for (guint i = 0; wanted[i] != NULL; i++)
      g_assert_nonnull (strstr (actions->str, wanted[i]));
    gtk_menu_button_popdown (menu);
    test_iterate ();
  }

  /* The shortcuts window is built when first asked for, then reused. */
  {
    GListModel *tops = gtk_window_get_toplevels ();
    GtkWindow *shortcuts = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);
        g_assert_false (GTK_IS_SHORTCUTS_WINDOW (w));
      }
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
    test_iterate ();
    for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);
        if (GTK_IS_SHORTCUTS_WINDOW (w))
          shortcuts = w;
      }
    g_assert_nonnull (shortcuts);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
    gtk_window_close (shortcuts);
    test_iterate ();
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
    test_iterate ();
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_shortcut_for (GtkWidget  *widget,
                 const char *action)
{
  g_autofree char *name = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;
  g_object_get (widget, "action-name", &name, NULL);
  return g_strcmp0 (name, action) == 0;
}

/* The shortcuts window, built on demand, shows the keys of each shortcut
 * named by its action: Undo is Ctrl+Z, Redo Shift+Ctrl+Z or Ctrl+Y, as the
 * application sets them up. */
static void
test_shortcuts_window_keys (void)
{
  g_autoptr(StkApplication) app = stk_application_new ();
  StkWindow *window;
  GtkWindow *shortcuts;
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;

  /* Startup sets the accelerators up; no bus name is taken. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = stk_window_new (GTK_APPLICATION (app));
  test_present_until_painted (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  test_iterate ();
  shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_object_get (find_widget (GTK_WIDGET (shortcuts), is_shortcut_for, "win.undo"), "accelerator", &undo, NULL);
  g_object_get (find_widget (GTK_WIDGET (shortcuts), is_shortcut_for, "win.redo"), "accelerator", &redo, NULL);
  g_assert_cmpstr (undo, ==, "<Control>z");
  g_assert_cmpstr (redo, ==, "<Shift><Control>z <Control>y");
  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate ();
}

/* P4 PRODUCT TYPES: 3.0 mm, 40 pins is AXK740347G / AXK840245WG, and the
 * socket AXK740347G is also the 2.5 mm socket. A4S 0.8 mm 40 pins in 8 mm
 * tape is AXE540127 / AXE640124. */
static void
test_mate_pickers (void)
{
  StkWindow *window = open_window ();
  StkProject *project = stk_window_get_project (window);
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  StkCatalog *catalog = stk_catalog_get_default ();
  const StkSeries *p4 = stk_catalog_find_series (catalog, "P4");
  StkChoice *height = STK_CHOICE (named (window, "mate-height"));
  StkChoice *series = STK_CHOICE (named (window, "mate-series"));
  StkChoice *pins = STK_CHOICE (named (window, "mate-pins"));
  GtkLabel *socket = GTK_LABEL (named (window, "mate-socket-part"));
  GtkLabel *header = GTK_LABEL (named (window, "mate-header-part"));
  GtkLabel *note = GTK_LABEL (named (window, "mate-part-note"));
  GListModel *pin_items;
  guint a4s_index = 0;

  g_assert_cmpstr (mate->series, ==, "P4");
  g_assert_cmpuint (mate->pins, ==, 40);
  stk_choice_set_selected (height, index_of_height (p4, 3.0));
  test_iterate ();
  g_assert_cmpfloat (mate->mated_height_mm, ==, 3.0);
  g_assert_cmpstr (gtk_label_get_text (socket), ==, "AXK740347G");
  g_assert_cmpstr (gtk_label_get_text (header), ==, "AXK840245WG");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (note)));
  g_assert_nonnull (strstr (gtk_label_get_text (note), "2.5 mm"));
  g_assert_true (stk_window_get_modified (window));

  /* 3.0 mm has no 70-pin part: the pin list offers only what exists. */
  pin_items = stk_choice_get_model (pins);
  for (guint i = 0; i < g_list_model_get_n_items (pin_items); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (pin_items), i), !=, "70");

  for (guint i = 0; i < stk_catalog_get_series (catalog)->len; i++)
    if (g_str_equal (((StkSeries *) g_ptr_array_index (stk_catalog_get_series (catalog), i))->id, "A4S"))
      a4s_index = i;
  stk_choice_set_selected (series, a4s_index);
  test_iterate ();
  g_assert_cmpstr (mate->series, ==, "A4S");
  g_assert_cmpfloat (mate->mated_height_mm, ==, 0.8);
  g_assert_cmpuint (mate->pins, ==, 40);
  g_assert_cmpstr (gtk_label_get_text (socket), ==, "AXE540127");
  g_assert_cmpstr (gtk_label_get_text (header), ==, "AXE640124");

  /* Pick 10 pins (the smallest A4S part) through the pin drop-down. */
  stk_choice_set_selected (pins, 0);
  test_iterate ();
  g_assert_cmpuint (mate->pins, ==, 10);
  g_assert_cmpstr (gtk_label_get_text (socket), ==, "AXE510127");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bulk_entry (void)
{
  StkWindow *window = open_window ();
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (stk_window_get_project (window)), 0);
  GtkEntry *bulk = GTK_ENTRY (named (window, "mate-bulk-entry"));
  GtkWidget *message = named (window, "mate-bulk-message");

  gtk_editable_set_text (GTK_EDITABLE (bulk), "1-6: VBAT 1.2 A");
  g_signal_emit_by_name (bulk, "activate");
  test_iterate ();
  g_assert_cmpuint (stk_mate_count_net_pins (mate, "VBAT"), ==, 6);
  g_assert_cmpfloat (stk_mate_find_net (mate, "VBAT")->current_a, ==, 1.2);
  g_assert_false (gtk_widget_get_visible (message));

  /* Pins taken from another net: done, and said. */
  gtk_editable_set_text (GTK_EDITABLE (bulk), "5-6: GND");
  g_signal_emit_by_name (bulk, "activate");
  test_iterate ();
  g_assert_cmpuint (stk_mate_count_net_pins (mate, "VBAT"), ==, 4);
  g_assert_cmpuint (stk_mate_count_net_pins (mate, "GND"), ==, 2);
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==, "Pins 5–6 were VBAT.");
  g_assert_false (gtk_widget_has_css_class (message, "error"));

  gtk_editable_set_text (GTK_EDITABLE (bulk), "41 TEST");
  g_signal_emit_by_name (bulk, "activate");
  test_run_for (100);
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  /* The form has scrolled to show it, though it sits below the fold. */
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (message, GTK_TYPE_SCROLLED_WINDOW);
    graphene_rect_t b;

    g_assert_true (gtk_widget_compute_bounds (message, scroller, &b));
    g_assert_cmpfloat (b.origin.y, >=, 0);
    g_assert_cmpfloat (b.origin.y + b.size.height, <=, gtk_widget_get_height (scroller) + 0.5);
  }
  g_assert_null (stk_mate_find_net (mate, "TEST"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_redo (void)
{
  StkWindow *window = open_window ();
  StkProject *project = stk_window_get_project (window);
  GtkSpinButton *thickness;
  StkBoard *board;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  test_iterate ();
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 3);
  thickness = GTK_SPIN_BUTTON (named (window, "board-thickness"));
  /* The new board went on top and is the one being edited. */
  board = g_ptr_array_index (stk_project_get_boards (project), 2);
  g_assert_cmpfloat (board->thickness_mm, ==, 0.8);
  gtk_spin_button_set_value (thickness, 1.6);
  test_iterate ();
  g_assert_cmpfloat (board->thickness_mm, ==, 1.6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  board = g_ptr_array_index (stk_project_get_boards (project), 2);
  g_assert_cmpfloat (board->thickness_mm, ==, 0.8);
  g_assert_cmpfloat (gtk_spin_button_get_value (thickness), ==, 0.8);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  test_iterate ();
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 3);
  board = g_ptr_array_index (stk_project_get_boards (project), 2);
  g_assert_cmpfloat (board->thickness_mm, ==, 1.6);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
mate_id_at (StkWindow *window,
            guint      index)
{
  return ((StkMate *) g_ptr_array_index (stk_project_get_mates (stk_window_get_project (window)), index))->id;
}

/* Mates reorder like boards: the buttons beside the list move the selected
 * one, are disabled at the ends, and a move is one undo step. */
static void
test_move_mate (void)
{
  StkWindow *window = open_window ();
  g_autofree char *first = NULL;
  g_autofree char *added = NULL;

  first = g_strdup (mate_id_at (window, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-mate", NULL));
  test_iterate ();
  added = g_strdup (mate_id_at (window, 1));
  /* The new mate is selected and last. */
  g_assert_true (action_button_enabled (window, "win.move-mate-up"));
  g_assert_false (action_button_enabled (window, "win.move-mate-down"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-mate-up", NULL));
  test_iterate ();
  g_assert_cmpstr (mate_id_at (window, 0), ==, added);
  g_assert_cmpstr (mate_id_at (window, 1), ==, first);
  /* The selection follows the moved mate to the top. */
  g_assert_false (action_button_enabled (window, "win.move-mate-up"));
  g_assert_true (action_button_enabled (window, "win.move-mate-down"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_cmpstr (mate_id_at (window, 0), ==, first);
  g_assert_cmpstr (mate_id_at (window, 1), ==, added);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The position fields edit the mate and follow the display units:
 * 12.5 mm = 12.5 / 0.0254 = 492.13 mil; 1000 mil = 25.4 mm. */
static void
test_mate_position (void)
{
  StkWindow *window = open_window ();
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (stk_window_get_project (window)), 0);
  GtkSpinButton *x = GTK_SPIN_BUTTON (named (window, "mate-x"));
  GtkSpinButton *y = GTK_SPIN_BUTTON (named (window, "mate-y"));
  StkChoice *rotation = STK_CHOICE (named (window, "mate-rotation"));
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stackup.Stackup");

  gtk_spin_button_set_value (x, 12.5);
  gtk_spin_button_set_value (y, -3.2);
  stk_choice_set_selected (rotation, 1);
  test_iterate ();
  g_assert_cmpfloat (mate->x_mm, ==, 12.5);
  g_assert_cmpfloat (mate->y_mm, ==, -3.2);
  g_assert_cmpfloat (mate->rotation_deg, ==, 90);
  g_assert_true (stk_window_get_modified (window));

  g_settings_set_string (settings, "units", "inch");
  test_iterate ();
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (x), 492.13, 0.005);
  /* Showing it in mil is no edit. */
  g_assert_cmpfloat (mate->x_mm, ==, 12.5);
  gtk_spin_button_set_value (x, 1000);
  test_iterate ();
  g_assert_cmpfloat_with_epsilon (mate->x_mm, 25.4, 1e-9);
  g_settings_reset (settings, "units");
  test_iterate ();
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (x), 25.4, 1e-9);

  /* Undo puts the fields back from the model. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_cmpfloat (gtk_spin_button_get_value (x), ==, 12.5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The mate editor places the header's board: the socket's face, the
 * header's position and turn on its own board. Bottom face: the header
 * board (the daughter) hangs under the main board. */
static void
test_mate_face_and_header (void)
{
  StkWindow *window = open_window ();
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (stk_window_get_project (window)), 0);
  StkChoice *face = STK_CHOICE (named (window, "mate-face"));
  GtkSpinButton *hx = GTK_SPIN_BUTTON (named (window, "mate-header-x"));
  StkChoice *turn = STK_CHOICE (named (window, "mate-header-rotation"));

  g_assert_cmpint (mate->face, ==, STK_FACE_TOP);
  stk_choice_set_selected (face, 1);
  gtk_spin_button_set_value (hx, 4);
  stk_choice_set_selected (turn, 2);
  test_iterate ();
  g_assert_cmpint (mate->face, ==, STK_FACE_BOTTOM);
  g_assert_cmpfloat (mate->header_x_mm, ==, 4);
  g_assert_cmpfloat (mate->header_rotation_deg, ==, 180);
  g_assert_true (stk_window_get_modified (window));

  /* Undo puts the fields back from the model (the mates are copies then). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  mate = g_ptr_array_index (stk_project_get_mates (stk_window_get_project (window)), 0);
  g_assert_cmpfloat (mate->header_rotation_deg, !=, 180);
  g_assert_cmpuint (stk_choice_get_selected (turn), ==, (guint) (mate->header_rotation_deg / 90));
  g_assert_cmpuint (stk_choice_get_selected (face), ==, mate->face == STK_FACE_BOTTOM ? 1 : 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
type_into (GtkWidget  *field,
           const char *text)
{
  g_autofree char *typed = g_strdup (text);

  /* One keystroke at a time, each its own change as when the user types. */
  gtk_editable_set_text (GTK_EDITABLE (field), "");
  for (gsize n = 1; n <= strlen (text); n++)
    {
      char c = typed[n];

      typed[n] = '\0';
      gtk_editable_set_text (GTK_EDITABLE (field), typed);
      typed[n] = c;
      test_iterate ();
    }
}

/* Undo replaces the project's mates: look the mate up after each step. */
static StkMate *
first_mate (StkWindow *window)
{
  return g_ptr_array_index (stk_project_get_mates (stk_window_get_project (window)), 0);
}

/* Typing "Main board 2" is one undo step; another field or a pause starts
 * the next one. */
static void
test_undo_grouping (void)
{
  StkWindow *window = open_window ();
  GtkWidget *name = named (window, "mate-name");
  GtkSpinButton *x = GTK_SPIN_BUTTON (named (window, "mate-x"));
  g_autofree char *old_name = g_strdup (first_mate (window)->name);

  g_assert_true (gtk_widget_grab_focus (name));
  type_into (name, "Main board 2");
  g_assert_cmpstr (first_mate (window)->name, ==, "Main board 2");
  g_assert_true (action_button_enabled (window, "win.undo"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_cmpstr (first_mate (window)->name, ==, old_name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, old_name);
  g_assert_false (action_button_enabled (window, "win.undo"));

  /* A different field right after: two steps. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  test_iterate ();
  g_assert_cmpstr (first_mate (window)->name, ==, "Main board 2");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (x)));
  gtk_spin_button_spin (x, GTK_SPIN_STEP_FORWARD, 0);
  gtk_spin_button_spin (x, GTK_SPIN_STEP_FORWARD, 0);
  test_iterate ();
  g_assert_cmpfloat_with_epsilon (first_mate (window)->x_mm, 0.1, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_cmpfloat (first_mate (window)->x_mm, ==, 0);
  g_assert_cmpstr (first_mate (window)->name, ==, "Main board 2");

  /* After a pause of more than a second, typing on is a new step. */
  g_assert_true (gtk_widget_grab_focus (name));
  type_into (name, "AB");
  g_usleep (1200 * 1000);
  gtk_editable_set_text (GTK_EDITABLE (name), "ABC");
  test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_cmpstr (first_mate (window)->name, ==, "AB");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_iterate ();
  g_assert_cmpstr (first_mate (window)->name, ==, "Main board 2");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opens the main menu and looks in Open Recent for uri; its label out. */
static gboolean
recent_menu_item (StkWindow   *window,
                  const char  *uri,
                  char       **label)
{
  GtkMenuButton *menu = GTK_MENU_BUTTON (named (window, "primary-menu"));
  gboolean found = FALSE;
  GMenuModel *model;

  gtk_menu_button_popup (menu);
  test_iterate ();
  model = gtk_menu_button_get_menu_model (menu);
  for (int s = 0; s < g_menu_model_get_n_items (model) && !found; s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section) && !found; i++)
        {
          g_autoptr(GMenuModel) sub = g_menu_model_get_item_link (section, i, G_MENU_LINK_SUBMENU);
          g_autoptr(GMenuModel) recent = sub ? g_menu_model_get_item_link (sub, 0, G_MENU_LINK_SECTION) : NULL;

          for (int r = 0; recent != NULL && r < g_menu_model_get_n_items (recent) && !found; r++)
            {
              g_autofree char *target = NULL;

              if (g_menu_model_get_item_attribute (recent, r, G_MENU_ATTRIBUTE_TARGET, "s", &target)
                  && g_str_equal (target, uri))
                found = g_menu_model_get_item_attribute (recent, r, G_MENU_ATTRIBUTE_LABEL, "s", label);
            }
        }
    }
  gtk_menu_button_popdown (menu);
  test_iterate ();
  return found;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-app-XXXXXX", NULL);
  g_autoptr(StkProject) start = stk_project_new ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(StkProject) saved = NULL;
  g_autoptr(GError) error = NULL;
  StkWindow *window = open_window ();
  StkProject *project = stk_window_get_project (window);
  StkMate *mate;

  stk_project_set_name (start, "Round trip");
  path = test_save_project (dir, "trip.stackup", start);
  file = g_file_new_for_path (path);
  open_path (window, path);
  g_assert_cmpstr (stk_project_get_name (project), ==, "Round trip");
  g_assert_true (g_file_equal (stk_window_get_file (window), file));
  g_assert_false (stk_window_get_modified (window));

  stk_choice_set_selected (STK_CHOICE (named (window, "mate-height")), 1);  /* P4 2.0 mm */
  test_iterate ();
  g_assert_true (stk_window_get_modified (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  test_iterate ();
  g_assert_false (stk_window_get_modified (window));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  saved = stk_project_load_file (file, &error);
  g_assert_no_error (error);
  mate = g_ptr_array_index (stk_project_get_mates (saved), 0);
  g_assert_cmpfloat (mate->mated_height_mm, ==, 2.0);

  /* Reopen through the action into a window holding something else. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  test_iterate ();
  g_assert_null (stk_window_get_file (window));
  open_path (window, path);
  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_assert_cmpfloat (mate->mated_height_mm, ==, 2.0);
  g_assert_cmpstr (stk_project_get_name (project), ==, "Round trip");

  /* The file is among the recent ones the main menu offers, by name. */
  {
    g_autofree char *uri = g_file_get_uri (file);
    char *label = NULL;

    g_assert_true (recent_menu_item (window, uri, &label));
    g_assert_cmpstr (label, ==, "trip.stackup");
    g_free (label);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* Unsaved work is not thrown away silently: New asks first. */
static void
test_new_asks (void)
{
  StkWindow *window = open_window ();
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  test_iterate ();
  dialog = test_find_toplevel ("stk-save-changes-dialog");
  g_assert_nonnull (dialog);
  g_assert_cmpuint (stk_project_get_boards (stk_window_get_project (window))->len, ==, 3);
  gtk_dialog_response (GTK_DIALOG (dialog), 1 /* Discard */);
  test_iterate ();
  g_assert_cmpuint (stk_project_get_boards (stk_window_get_project (window))->len, ==, 2);
  g_assert_false (stk_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The real program opens a file from its command line: its test-only hook
 * prints the mapped window's title, which names the project. */
static void
test_launch (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-app-XXXXXX", NULL);
  g_autoptr(StkProject) project = stk_project_new ();
  g_autofree char *path = NULL;
  g_auto(TestRun) run = { 0 };
  const char *app = g_getenv ("STACKUP_APP");

  g_assert_nonnull (app);
  stk_project_set_name (project, "Launched from the command line");
  path = test_save_project (dir, "launch.stackup", project);
  test_run_program (&run, G_SUBPROCESS_FLAGS_STDERR_PIPE,
                    (const char *const[]) { "env", "STACKUP_TEST_QUIT_AFTER_MAPPED=1", app, path, NULL });
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Launched from the command line\n");
  g_unlink (path);
  g_rmdir (dir);
}

/* A first start opens the phone example, which the program carries: no
 * examples folder needed (a build run from its tree has none installed).
 * The name is the one in data/examples/phone.stackup. */
static void
test_first_start_example (void)
{
  g_auto(TestRun) run = { 0 };
  const char *app = g_getenv ("STACKUP_APP");

  g_assert_nonnull (app);
  test_run_program (&run, G_SUBPROCESS_FLAGS_STDERR_PIPE,
                    (const char *const[]) { "env", "-u", "STACKUP_EXAMPLES_DIR", "STACKUP_TEST_QUIT_AFTER_MAPPED=1",
                                            app, NULL });
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Phone main board: display FPC, camera FPC and a daughter board\n");
}

/* Without its schema installed (no GSETTINGS_SCHEMA_DIR, no data dir that
 * holds it), the program says so once and runs on the schema it carries:
 * the window maps with the example. */
static void
test_runs_without_schema (void)
{
  g_auto(TestRun) run = { 0 };
  g_autofree char *empty = g_dir_make_tmp ("stackup-no-schema-XXXXXX", NULL);
  g_autofree char *data_dirs = g_strdup_printf ("XDG_DATA_DIRS=%s", empty);
  const char *app = g_getenv ("STACKUP_APP");
  const char *said;

  g_assert_nonnull (app);
  test_run_program (&run, G_SUBPROCESS_FLAGS_STDERR_PIPE,
                    (const char *const[]) { "env", "-u", "GSETTINGS_SCHEMA_DIR", "GSETTINGS_BACKEND=memory",
                                            data_dirs, "STACKUP_TEST_QUIT_AFTER_MAPPED=1", app, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Phone main board: display FPC, camera FPC and a daughter board\n");
  g_assert_nonnull (strstr (run.err, "The settings schema io.github.stackup.Stackup is not installed."));
  said = strstr (run.err, "is not installed");
  g_assert_null (strstr (said + 1, "is not installed"));
  g_rmdir (empty);
}

/* An installed schema from an older version lacks keys this one reads:
 * reading one would abort, so the program runs on its own schema. */
static void
test_runs_with_old_schema (void)
{
  g_auto(TestRun) compile = { 0 };
  g_auto(TestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("stackup-old-schema-XXXXXX", NULL);
  g_autofree char *xml = g_build_filename (dir, "io.github.stackup.Stackup.gschema.xml", NULL);
  g_autofree char *compiled = g_build_filename (dir, "gschemas.compiled", NULL);
  g_autofree char *schema_dir = g_strdup_printf ("GSETTINGS_SCHEMA_DIR=%s", dir);
  const char *app = g_getenv ("STACKUP_APP");

  g_assert_true (g_file_set_contents (xml,
    "<schemalist><schema id=\"io.github.stackup.Stackup\" path=\"/io/github/stackup/Stackup/\">"
    "<key name=\"first-start\" type=\"b\"><default>true</default></key>"
    "</schema></schemalist>", -1, NULL));
  test_run_program (&compile, G_SUBPROCESS_FLAGS_STDERR_MERGE,
                    (const char *const[]) { "glib-compile-schemas", dir, NULL });
  g_assert_cmpint (compile.status, ==, 0);
  test_run_program (&run, G_SUBPROCESS_FLAGS_STDERR_PIPE,
                    (const char *const[]) { "env", schema_dir, "GSETTINGS_BACKEND=memory",
                                            "STACKUP_TEST_QUIT_AFTER_MAPPED=1", app, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Phone main board: display FPC, camera FPC and a daughter board\n");
  g_assert_nonnull (strstr (run.err, "is older than this program"));
  g_unlink (xml);
  g_unlink (compiled);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/window-opens", test_window_opens);
  g_test_add_func ("/stackup/app/shortcuts-window-keys", test_shortcuts_window_keys);
  g_test_add_func ("/stackup/app/mate-pickers", test_mate_pickers);
  g_test_add_func ("/stackup/app/bulk-entry", test_bulk_entry);
  g_test_add_func ("/stackup/app/undo-redo", test_undo_redo);
  g_test_add_func ("/stackup/app/move-mate", test_move_mate);
  g_test_add_func ("/stackup/app/mate-position", test_mate_position);
  g_test_add_func ("/stackup/app/mate-face-and-header", test_mate_face_and_header);
  g_test_add_func ("/stackup/app/undo-grouping", test_undo_grouping);
  g_test_add_func ("/stackup/app/round-trip", test_round_trip);
  g_test_add_func ("/stackup/app/new-asks", test_new_asks);
  g_test_add_func ("/stackup/app/launch", test_launch);
  g_test_add_func ("/stackup/app/first-start-example", test_first_start_example);
  g_test_add_func ("/stackup/app/runs-without-schema", test_runs_without_schema);
  g_test_add_func ("/stackup/app/runs-with-old-schema", test_runs_with_old_schema);
  return g_test_run ();
}
