/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The editors are composite templates (in ui/): each is built from its
 * template, its bound children carry the names and accessible labels the
 * user and the tests know, and an edit through them still reaches the
 * project. Under Xvfb with criticals fatal. */
#include <gtk/gtk.h>

#include "stk-board-editor.h"
#include "stk-help-window.h"
#include "stk-keepout.h"
#include "stk-keepout-editor.h"
#include "stk-mate-editor.h"
#include "stk-net-list.h"
#include "stk-outline-editor.h"
#include "stk-requirements-editor.h"
#include "stk-tolerance-inputs.h"
#include "stk-tolerance-spec.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* The template child name of the editor of type, asserted there. */
static GtkWidget *
template_child (GtkWidget  *editor,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (editor, type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static GtkWidget *
named_in (GtkWidget  *root,
          const char *name)
{
  GtkWidget *w = test_find_named (root, name);

  g_assert_nonnull (w);
  return w;
}

/* The first label under root reading text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Switches the sidebar as its tabs do (its pages are built when first
 * shown); the widget of type on it. */
static GtkWidget *
show_sidebar_page (StkWindow  *window,
                   const char *page,
                   GType       type)
{
  GtkWidget *switcher = test_find_type (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER);

  gtk_stack_set_visible_child_name (gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher)), page);
  test_run_for (50);
  return test_find_type (GTK_WIDGET (window), type);
}

/* The phone (data/examples/phone.stackup): row 0 is the main board, a
 * rigid board 0.8 mm thick; row 2 the display FPC. The stiffener section
 * (heading "FPC stiffener") is the template's and shows for an FPC only.
 * The thickness field sits in the template's board form, labelled
 * "_Thickness" (its mnemonic label), and 1.0 typed there is the main
 * board's 1.0 mm (mm are the default units). */
static void
test_board_editor (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *editor, *form, *section, *thickness;
  int fpc_column;

  test_tree_select_row (window, 0);
  editor = test_find_type (GTK_WIDGET (window), STK_TYPE_BOARD_EDITOR);
  g_assert_nonnull (editor);
  form = template_child (editor, STK_TYPE_BOARD_EDITOR, "form");
  section = template_child (editor, STK_TYPE_BOARD_EDITOR, "stiffener_section");
  g_assert_nonnull (find_label (section, "FPC stiffener"));
  g_assert_false (gtk_widget_get_visible (section));
  g_assert_nonnull (find_label (editor, "Board"));
  g_assert_true (gtk_widget_is_ancestor (template_child (editor, STK_TYPE_BOARD_EDITOR, "outline"), editor));
  g_assert_true (gtk_widget_is_ancestor (template_child (editor, STK_TYPE_BOARD_EDITOR, "keepouts"), editor));

  thickness = named_in (form, "board-thickness");
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (thickness), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (form, "_Thickness"), NULL);
  g_assert_cmpfloat (stk_project_find_board (project, "main")->thickness_mm, ==, 0.8);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (thickness), 1.0);
  test_run_for (50);
  g_assert_cmpfloat (stk_project_find_board (project, "main")->thickness_mm, ==, 1.0);

  test_tree_select_row (window, 2);
  g_assert_true (gtk_widget_get_visible (section));
  g_assert_nonnull (named_in (section, "board-stiffener"));

  /* The forms share one label column of the rows shown, as one grid: the
   * FPC's "Cover-lay under connector", the longest label, widens it; the
   * rigid board hides that row, and the column narrows again. */
  test_run_for (50);
  fpc_column = gtk_widget_get_width (find_label (form, "_Thickness"));
  test_tree_select_row (window, 0);
  test_run_for (50);
  g_assert_cmpint (gtk_widget_get_width (find_label (form, "_Thickness")), <, fpc_column);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Row 1 of the phone is J1 display, its socket at x 12.5 mm (the file).
 * The template holds the connector form, the position form and the net
 * list; "mate-x" is in the position form, labelled "Socket centre _X";
 * 20 typed there is the mate's x_mm of 20. */
static void
test_mate_editor (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *editor, *position, *x;

  test_tree_select_row (window, 1);
  editor = test_find_type (GTK_WIDGET (window), STK_TYPE_MATE_EDITOR);
  g_assert_nonnull (editor);
  g_assert_nonnull (named_in (template_child (editor, STK_TYPE_MATE_EDITOR, "form"), "mate-series"));
  g_assert_nonnull (named_in (template_child (editor, STK_TYPE_MATE_EDITOR, "nets"), "mate-bulk-entry"));
  g_assert_nonnull (find_label (editor, "Connector"));
  g_assert_nonnull (find_label (editor, "Position on the boards"));
  g_assert_nonnull (find_label (editor, "Pin assignment"));
  position = template_child (editor, STK_TYPE_MATE_EDITOR, "position_form");
  x = named_in (position, "mate-x");
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (x), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (position, "Socket centre _X"), NULL);
  g_assert_cmpfloat (stk_project_find_mate (project, "j-display")->x_mm, ==, 12.5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (x), 20);
  test_run_for (50);
  g_assert_cmpfloat (stk_project_find_mate (project, "j-display")->x_mm, ==, 20);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The requirements page, built when first shown: the template's four
 * forms under their headings, the cycles note between its heading and its
 * form. The phone plans ambient 60 °C at most (the file); 70 typed in
 * "req-ambient-max", labelled "Ambient ma_ximum", is the project's 70. */
static void
test_requirements_editor (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *editor, *cycles, *temperatures, *note, *ambient_max;
  GType type = STK_TYPE_REQUIREMENTS_EDITOR;

  editor = show_sidebar_page (window, "requirements", type);
  g_assert_nonnull (editor);
  g_assert_nonnull (named_in (template_child (editor, type, "general_form"), "req-alignment"));
  g_assert_nonnull (named_in (template_child (editor, type, "current_form"), "req-capture-override"));
  cycles = template_child (editor, type, "cycles_form");
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (named_in (cycles, "req-cycles-assembly")),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY, find_label (cycles, "A_ssembly"), NULL);
  note = named_in (editor, "req-cycles-note");
  g_assert_true (gtk_widget_get_next_sibling (note) == cycles);
  for (const char *const *h = (const char *[]) { "Requirements", "Mating cycles", "Temperatures",
                                                 "Current and alignment", NULL }; *h; h++)
    g_assert_nonnull (find_label (editor, *h));

  temperatures = template_child (editor, type, "temperatures_form");
  g_assert_nonnull (named_in (temperatures, "req-storage-packed"));
  ambient_max = named_in (temperatures, "req-ambient-max");
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (ambient_max), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (temperatures, "Ambient ma_ximum"), NULL);
  g_assert_cmpfloat (stk_project_get_requirements (project)->ambient_max_c, ==, 60);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ambient_max), 70);
  test_run_for (50);
  g_assert_cmpfloat (stk_project_get_requirements (project)->ambient_max_c, ==, 70);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main board's outline (70 × 140 from (−35, −70) in the file) in
 * the template's form, under its heading, with the template's problem
 * label, hidden while nothing is refused; 150 typed in "outline-width",
 * labelled "Outline _width (y)", is the board's 150. The outline's labels
 * share the board form's column: "_Thickness" and "Around its
 * _connectors" are allocated the same width. */
static void
test_outline_editor (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *board, *editor, *form, *problem, *width;
  GType type = STK_TYPE_OUTLINE_EDITOR;

  test_tree_select_row (window, 0);
  board = test_find_type (GTK_WIDGET (window), STK_TYPE_BOARD_EDITOR);
  editor = test_find_type (board, type);
  g_assert_nonnull (editor);
  g_assert_nonnull (find_label (editor, "Outline"));
  problem = template_child (editor, type, "problem");
  g_assert_true (problem == named_in (editor, "outline-problem"));
  g_assert_false (gtk_widget_get_visible (problem));
  form = template_child (editor, type, "form");
  g_assert_nonnull (named_in (form, "outline-around"));
  g_assert_cmpint (gtk_widget_get_width (find_label (form, "Around its _connectors")), ==,
                   gtk_widget_get_width (find_label (template_child (board, STK_TYPE_BOARD_EDITOR, "form"), "_Thickness")));

  width = named_in (form, "outline-width");
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (width), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (form, "Outline _width (y)"), NULL);
  g_assert_cmpfloat (stk_project_find_board (project, "main")->width_mm, ==, 140);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (width), 150);
  test_run_for (50);
  g_assert_cmpfloat (stk_project_find_board (project, "main")->width_mm, ==, 150);
  g_assert_false (gtk_widget_get_visible (problem));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main board's keep-out "Shield can", 0.8 tall (the file), in the
 * template's form; the template's Remove button is named "keepout-remove"
 * and is the bound "remove"; its Add button (a template callback) adds a
 * second keep-out and Remove takes it away again. 1.5 typed in
 * "keepout-height", labelled "_Height", is the keep-out's 1.5. */
static void
test_keepout_editor (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *editor, *form, *height;
  GType type = STK_TYPE_KEEPOUT_EDITOR;
  StkBoard *main_board;

  test_tree_select_row (window, 0);
  editor = test_find_type (GTK_WIDGET (window), type);
  g_assert_nonnull (editor);
  g_assert_nonnull (find_label (editor, "Keep-outs"));
  g_assert_nonnull (named_in (template_child (editor, type, "list_form"), "keepout-list"));
  g_assert_true (template_child (editor, type, "problem") == named_in (editor, "keepout-problem"));
  g_assert_true (template_child (editor, type, "remove") == named_in (editor, "keepout-remove"));
  form = template_child (editor, type, "form");
  height = named_in (form, "keepout-height");
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (height), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (form, "_Height"), NULL);

  main_board = stk_project_find_board (project, "main");
  g_assert_cmpfloat (((StkKeepout *) g_ptr_array_index (main_board->keepouts, 0))->height_mm, ==, 0.8);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (height), 1.5);
  test_run_for (50);
  main_board = stk_project_find_board (project, "main");
  g_assert_cmpfloat (((StkKeepout *) g_ptr_array_index (main_board->keepouts, 0))->height_mm, ==, 1.5);

  g_signal_emit_by_name (named_in (editor, "keepout-add"), "clicked");
  test_run_for (50);
  g_assert_cmpuint (stk_project_find_board (project, "main")->keepouts->len, ==, 2);
  g_signal_emit_by_name (template_child (editor, type, "remove"), "clicked");
  test_run_for (50);
  g_assert_cmpuint (stk_project_find_board (project, "main")->keepouts->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* J1 display's net list (row 1 of the phone): the template's list of nets,
 * labelled "Nets of this connector" for assistive technologies, and its
 * bulk entry, labelled by "_Assign pins" and described by the message under
 * it. "1-2: TEST 0.5 A" applied with the template's Apply button (its
 * callback) gives net TEST pins 1 and 2 at 0.5 A (the entry's syntax). */
static void
test_net_list (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkMate *mate;
  GtkWidget *nets, *bulk, *message, *apply;
  GType type = STK_TYPE_NET_LIST;

  test_tree_select_row (window, 1);
  nets = test_find_type (test_find_type (GTK_WIDGET (window), STK_TYPE_MATE_EDITOR), type);
  g_assert_nonnull (nets);
  test_run_for (50);
  g_assert_true (template_child (nets, type, "rows_box") == named_in (nets, "mate-nets"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (named_in (nets, "mate-nets")), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Nets of this connector");
  g_assert_true (gtk_widget_get_visible (template_child (nets, type, "box")));
  bulk = template_child (nets, type, "bulk");
  message = template_child (nets, type, "message");
  g_assert_true (message == named_in (nets, "mate-bulk-message"));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (bulk), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (nets, "_Assign pins"), NULL);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (bulk), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, message, NULL);

  gtk_editable_set_text (GTK_EDITABLE (bulk), "1-2: TEST 0.5 A");
  apply = gtk_widget_get_next_sibling (bulk);
  g_assert_true (GTK_IS_BUTTON (apply));
  g_signal_emit_by_name (apply, "clicked");
  test_run_for (50);
  mate = stk_project_find_mate (stk_window_get_project (window), "j-display");
  g_assert_cmpuint (stk_mate_count_net_pins (mate, "TEST"), ==, 2);
  g_assert_cmpfloat (stk_mate_find_net (mate, "TEST")->current_a, ==, 0.5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The number of Mallard pages in folder, counted here so that a page added
 * to the guide needs no edit of this test. */
static int
count_pages (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  int n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".page");
  return n;
}

/* The help window over help/C ($STACKUP_HELP_DIR/C), a row for each of its
 * .page files: the template's window (named "help-window", 960 × 720 by
 * default), its sidebar list with a row per page (the index first) and the
 * page's box named "help-content". Choosing the second row (the
 * template's row-selected callback) shows that row's page. */
static void
test_help_window (void)
{
  g_autofree char *folder = stk_help_find_folder ();
  g_autofree char *pages = g_build_filename (g_getenv ("STACKUP_HELP_DIR"), "C", NULL);
  StkHelpWindow *help;
  GtkListBox *list;
  GtkListBoxRow *row;
  int width, height, n = 0;
  GType type = STK_TYPE_HELP_WINDOW;

  g_assert_nonnull (folder);
  help = stk_help_window_new (NULL, folder);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (help)), ==, "help-window");
  gtk_window_get_default_size (GTK_WINDOW (help), &width, &height);
  g_assert_cmpint (width, ==, 960);
  g_assert_cmpint (height, ==, 720);
  g_assert_true (template_child (GTK_WIDGET (help), type, "content") == named_in (GTK_WIDGET (help), "help-content"));
  g_assert_nonnull (template_child (GTK_WIDGET (help), type, "scroller"));
  list = GTK_LIST_BOX (template_child (GTK_WIDGET (help), type, "list"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (list), "navigation-sidebar"));
  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  g_assert_cmpint (n, >, 1);
  g_assert_cmpint (n, ==, count_pages (pages));
  g_assert_cmpstr (stk_help_window_get_page (help), ==, "index");

  row = gtk_list_box_get_row_at_index (list, 1);
  gtk_list_box_select_row (list, row);
  g_assert_cmpstr (stk_help_window_get_page (help), !=, "index");
  g_assert_cmpstr (stk_help_window_get_page (help), ==, g_object_get_data (G_OBJECT (row), "page-id"));
  gtk_window_destroy (GTK_WINDOW (help));
}

static double
upper_of (GtkWidget  *widget,
          GType       type,
          const char *child)
{
  return gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (template_child (widget, type, child))));
}

/* The Tolerance page's inputs on the phone: the template's settings grid
 * holds the run's and the figures' spin buttons, each labelled by its
 * mnemonic label; the run's and the figures' upper bounds are the file's
 * (core's constants; the seed's 2⁵³ − 1, every seed a double holds
 * exactly). The phone gives no rotation of its own, so its source
 * label reads "Stackup's assumption"; 0.2 typed in "tolerance-rotation"
 * becomes the project's own (and the label "yours"). The template's Add
 * button (its callback) adds one contributor to none. */
static void
test_tolerance_inputs (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  const StkTolSpec *spec = stk_project_get_tolerance (project);
  GtkWidget *inputs, *settings, *seed, *rotation, *source;
  GType type = STK_TYPE_TOLERANCE_INPUTS;

  inputs = show_sidebar_page (window, "tolerance", type);
  g_assert_nonnull (inputs);
  settings = template_child (inputs, type, "settings");
  g_assert_nonnull (template_child (inputs, type, "rows_box"));
  seed = template_child (inputs, type, "run_seed");
  g_assert_true (seed == named_in (settings, "tolerance-seed"));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (seed))), ==,
                     (double) STK_TOL_SEED_MAX);
  g_assert_cmpfloat ((double) STK_TOL_SEED_MAX, ==, 9007199254740991.0); /* 2^53 - 1 */
  g_assert_cmpfloat (upper_of (inputs, type, "run_samples"), ==, (double) STK_TOL_SAMPLES_MAX);
  g_assert_cmpfloat (upper_of (inputs, type, "run_target"), ==, STK_TOL_TARGET_PPM_MAX);
  g_assert_cmpfloat (upper_of (inputs, type, "figure_rotation"), ==, STK_TOL_ROTATION_MAX_DEG);
  g_assert_cmpfloat (upper_of (inputs, type, "figure_pin_clearance"), ==, STK_TOL_TOLERANCE_MAX_MM);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (seed), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (settings, "S_eed"), NULL);
  rotation = template_child (inputs, type, "figure_rotation");
  g_assert_true (rotation == named_in (settings, "tolerance-rotation"));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (rotation), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       find_label (settings, "Placement _rotation, ± °"), NULL);
  source = template_child (inputs, type, "source_rotation");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (source)), ==, "Stackup's assumption");

  g_assert_false (spec->rotation_set);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rotation), 0.2);
  test_run_for (50);
  spec = stk_project_get_tolerance (project);
  g_assert_true (spec->rotation_set);
  g_assert_cmpfloat (stk_tol_spec_rotation (spec).value, ==, 0.2);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (source)), ==, "yours");

  g_assert_cmpuint (spec->contributors->len, ==, 0);
  g_signal_emit_by_name (named_in (inputs, "tolerance-add"), "clicked");
  test_run_for (50);
  g_assert_cmpuint (stk_project_get_tolerance (project)->contributors->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app-templates/board-editor", test_board_editor);
  g_test_add_func ("/stackup/app-templates/mate-editor", test_mate_editor);
  g_test_add_func ("/stackup/app-templates/requirements-editor", test_requirements_editor);
  g_test_add_func ("/stackup/app-templates/outline-editor", test_outline_editor);
  g_test_add_func ("/stackup/app-templates/keepout-editor", test_keepout_editor);
  g_test_add_func ("/stackup/app-templates/net-list", test_net_list);
  g_test_add_func ("/stackup/app-templates/help-window", test_help_window);
  g_test_add_func ("/stackup/app-templates/tolerance-inputs", test_tolerance_inputs);
  return g_test_run ();
}
