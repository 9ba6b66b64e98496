/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include <math.h>

#include "stk-canvas.h"
#include "stk-design-note.h"
#include "stk-explorer-panel.h"
#include "stk-form.h"
#include "stk-help-window.h"
#include "stk-output-format.h"
#include "stk-record-item.h"
#include "stk-project-io.h"
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

/* Apply to Connector changes the connector; what the user typed stays, and so do the
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
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==, "Select a connector in the assembly tree to prefill its needs.");
  g_assert_true (gtk_widget_translate_coordinates (hint, GTK_WIDGET (panel), 0, 0, &x, &y));
  g_assert_cmpfloat (y, >=, 12);

  stk_explorer_panel_bind (panel, project, stk_catalog_get_default (),
                           ((StkMate *) g_ptr_array_index (stk_project_get_mates (project), 0))->id);
  test_iterate ();
  g_assert_true (gtk_widget_get_visible (power));
  gtk_window_destroy (window);
}

/* Whether a drop-down under root lists exactly the labels of core's output
 * list, in its order: the dialog offers that list and no other. */
static gboolean
offers_output_list (GtkWidget *root)
{
  if (GTK_IS_DROP_DOWN (root) && GTK_IS_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (root))))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (root));
      guint n;
      const StkOutputFormat *list = stk_output_format_list (&n);
      gboolean same = g_list_model_get_n_items (model) == n;

      for (guint i = 0; same && i < n; i++)
        same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), g_dgettext (GETTEXT_PACKAGE, list[i].label)) == 0;
      if (same)
        return TRUE;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (offers_output_list (c))
      return TRUE;
  return FALSE;
}

/* Opens Export… as the menu does and reads GTK's own dialog (Xvfb has no
 * portal); cancels it. */
static void
assert_dialog (StkWindow  *window,
               const char *folder,
               const char *name,
               const char *format,
               const char *dpi)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkFileChooser *chooser = NULL;
  g_autoptr(GFile) current = NULL;
  g_autofree char *current_path = NULL;
  g_autofree char *current_name = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  test_run_for (100);
  for (guint i = 0; chooser == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        chooser = GTK_FILE_CHOOSER (w);
    }
  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_folder (chooser);
  current_path = current ? g_file_get_path (current) : NULL;
  current_name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (current_path, ==, folder);
  g_assert_cmpstr (current_name, ==, name);
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "format"), ==, format);
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "dpi"), ==, dpi);
  g_assert_true (offers_output_list (GTK_WIDGET (chooser)));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  test_run_for (50);
}

/* Export… starts beside the project with the last format and resolution,
 * at least 300 dpi (a 150 dpi PNG had 4-pixel text), and says in the window
 * what it wrote. A project never saved starts where the last export went. */
static void
test_export_dialog (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stackup.Stackup");
  const char *examples = g_getenv ("STACKUP_EXAMPLES_DIR");
  g_autofree char *path = g_build_filename (examples, "phone.stackup", NULL);
  g_autofree char *dir = g_dir_make_tmp ("stackup-export-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "phone", NULL);
  g_autofree char *want = g_strdup_printf ("Exported phone.svg to %s", dir);
  g_autoptr(GFile) out = g_file_new_for_path (svg);
  g_autoptr(GError) error = NULL;
  StkWindow *window = test_open_window (NULL, path);
  StkWindow *untitled = NULL;
  GtkWidget *bar = test_find_named (GTK_WIDGET (window), "export-bar");

  g_settings_set_int (settings, "export-dpi", 150);
  assert_dialog (window, examples, "phone.pdf", "drawing-pdf", "300");

  g_assert_false (gtk_widget_get_visible (bar));
  g_assert_true (stk_window_export (window, "drawing-svg", 600, out, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_find_named (bar, "export-label"))), ==, want);
  g_assert_true (gtk_widget_is_sensitive (test_find_named (bar, "export-open")));
  g_assert_true (gtk_widget_is_sensitive (test_find_named (bar, "export-open-folder")));

  assert_dialog (window, examples, "phone.svg", "drawing-svg", "600");
  untitled = test_open_window (NULL, NULL);
  stk_window_load_example (untitled);
  test_iterate ();
  {
    g_autofree char *name = g_strconcat (stk_project_get_label (stk_window_get_project (untitled)), ".svg", NULL);
    assert_dialog (untitled, dir, name, "drawing-svg", "600");
  }

  gtk_window_destroy (GTK_WINDOW (untitled));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "export-dpi");
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-folder");
  g_unlink (g_file_peek_path (out));
  g_remove (dir);
}

/* The drawing opens at a zoom where its lettering reads: a sheet's
 * dimension values are 2.5 mm capitals (ISO 3098), an em of 2.5 / 0.72 =
 * 3.47 mm, so at least 11 px needs 3.17 px per mm; fitted whole (Ctrl+0)
 * into the default window the A4 sheet is smaller than that. */
static void
test_canvas_readable (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  double opened = stk_canvas_get_zoom (canvas);

  g_assert_cmpfloat (opened * 2.5 / 0.72, >=, 11 - 1e-6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  g_assert_cmpfloat (stk_canvas_get_zoom (canvas), <, opened);
  gtk_window_destroy (GTK_WINDOW (window));
}

static double
right_edge (GtkWidget *widget,
            GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  return bounds.origin.x + bounds.size.width;
}

/* The sidebar's fields end where its assembly tree ends. */
static void
test_form_aligned (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  GtkWidget *list = test_find_named (GTK_WIDGET (window), "assembly-tree");
  GtkWidget *name = test_find_named (GTK_WIDGET (window), "mate-name");

  g_assert_cmpfloat (fabs (right_edge (name, GTK_WIDGET (window)) - right_edge (list, GTK_WIDGET (window))), <=, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Lengths are written as the drawing and the checks write them: at least
 * one decimal ("3.0 mm" beside "mated 3.0"), mil with one decimal
 * (2.54 mm = 100 mil). */
static void
test_length_format (void)
{
  g_autofree char *three = stk_format_length (3.0, STK_UNITS_MM);
  g_autofree char *small = stk_format_length (0.05, STK_UNITS_MM);
  g_autofree char *mil = stk_format_length (2.54, STK_UNITS_INCH);

  g_assert_cmpstr (three, ==, "3.0 mm");
  g_assert_cmpstr (small, ==, "0.05 mm");
  g_assert_cmpstr (mil, ==, "100.0 mil");
}

/* A long packaging name in a narrow column ends in "…", not mid-word. */
static void
test_options_ellipsize (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(StkProject) project = stk_project_new ();
  StkExplorerPanel *panel = explorer_in (window, project,
                                         ((StkMate *) g_ptr_array_index (stk_project_get_mates (project), 0))->id);
  GtkWidget *label = find_label (GTK_WIDGET (panel), "Embossed tape and plastic reel");

  g_assert_nonnull (label);
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_END);
  gtk_window_destroy (window);
}

/* A new project's mating cycles are an engineer's budget, not 1/2/3/4:
 * assembly 1, rework 3, test 2 (board and final test), service 5; the
 * requirements page says so. */
static void
test_default_cycles (void)
{
  StkWindow *window = test_open_window (NULL, NULL);
  StkRequirements *req;
  GtkWidget *note;

  req = stk_project_get_requirements (stk_window_get_project (window));
  g_assert_cmpuint (req->cycles_assembly, ==, 1);
  g_assert_cmpuint (req->cycles_rework, ==, 3);
  g_assert_cmpuint (req->cycles_test, ==, 2);
  g_assert_cmpuint (req->cycles_service, ==, 5);
  {
    GtkStackSwitcher *tabs = GTK_STACK_SWITCHER (test_find_type (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER));
    gtk_stack_set_visible_child_name (gtk_stack_switcher_get_stack (tabs), "requirements");
  }
  test_iterate ();
  note = test_find_named (GTK_WIDGET (window), "req-cycles-note");
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "1 in assembly, 3 in rework"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The note lists boards top first, as the sidebar does and the section
 * draws them: in the phone example the display FPC lies on the main board. */
static void
test_note_boards_top_first (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("STACKUP_EXAMPLES_DIR"), "phone.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StkProject) project = stk_project_load_file (file, NULL);
  g_autofree char *dir = g_dir_make_tmp ("stackup-note-XXXXXX", NULL);
  g_autofree char *md = g_build_filename (dir, "note.md", NULL);
  g_autofree char *svg = g_build_filename (dir, "note.svg", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  StkDesignNoteOptions options;
  const char *fpc, *main_board;

  stk_design_note_options_init (&options);
  g_assert_true (stk_design_note_export (project, stk_catalog_get_default (), md, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (md, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Boards, top first:"));
  fpc = strstr (text, "| Display FPC");
  main_board = strstr (text, "| Main board");
  g_assert_nonnull (fpc);
  g_assert_nonnull (main_board);
  g_assert_true (fpc < main_board);
  g_unlink (md);
  g_unlink (svg);
  g_remove (dir);
}

static StkHelpWindow *
find_help_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (STK_IS_HELP_WINDOW (w))
        return STK_HELP_WINDOW (w);
    }
  return NULL;
}

static gboolean
shows_text (GtkWidget  *root,
            const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, prefix))
      return TRUE;
  return FALSE;
}

/* F1 and the main menu's Help open the guide. In this test no help viewer
 * is used (STACKUP_HELP_DIR: an uninstalled run), so the app's own window
 * shows the pages of help/C: the index with a button per task, and a task
 * page with its steps, numbered, its keys as Ctrl+Z and its figure. */
static void
test_help_window (void)
{
  GtkApplication *app = test_register_app ();
  StkWindow *window = test_open_window (app, NULL);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "app.help");
  g_autoptr(GBytes) ui = g_resources_lookup_data ("/io/github/stackup/Stackup/ui/stk-window.ui", 0, NULL);
  StkHelpWindow *help;
  GtkWidget *picture;

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "F1");
  g_assert_cmpstr (accels[1], ==, NULL);
  g_assert_nonnull (strstr (g_bytes_get_data (ui, NULL), "<attribute name=\"action\">app.help</attribute>"));

  g_assert_null (find_help_window ());
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  test_run_for (100);
  help = find_help_window ();
  g_assert_nonnull (help);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (help)), ==, "Stackup Help");
  g_assert_cmpstr (stk_help_window_get_page (help), ==, "index");
  g_assert_true (shows_text (GTK_WIDGET (help), "Read a failing check"));
  g_assert_true (shows_text (GTK_WIDGET (help), "Check projects in a build script"));

  g_assert_true (stk_help_window_show_page (help, "options"));
  test_iterate ();
  g_assert_true (shows_text (GTK_WIDGET (help), "4.  Select an option and press Apply to Connector"));
  g_assert_true (shows_text (GTK_WIDGET (help), "1.  Select a connector in the Assembly tree on the Stack page, then open Options."));
  g_assert_true (shows_text (GTK_WIDGET (help), "4.  Select an option and press Apply to Connector: the connector takes its "
                                                "series, mated height, pins and packaging. The selection stays, "
                                                "and Ctrl+Z undoes it."));
  /* an empty link reads as its page's title */
  g_assert_true (shows_text (GTK_WIDGET (help), "The same list is on the command line"));
  g_assert_true (shows_text (GTK_WIDGET (help), "The same list is on the command line: stackup-cli options "
                                                "--signal-pins 20 --power VBAT=1.0. See “The project file and the "
                                                "command line”."));
  picture = test_find_type (GTK_WIDGET (help), GTK_TYPE_PICTURE);
  g_assert_nonnull (picture);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (picture)));
  g_assert_false (stk_help_window_show_page (help, "no-such-page"));

  /* Asked again, the same window comes forward. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  test_iterate ();
  g_assert_true (find_help_window () == help);
  gtk_window_destroy (GTK_WINDOW (help));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
}

/* Installed but with no help viewer: the guide is found where `meson
 * install` puts it (here: the user's data folder, XDG_DATA_HOME), and
 * still shown. */
static void
test_help_without_viewer (void)
{
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");
  g_autofree char *saved = g_strdup (g_getenv ("STACKUP_HELP_DIR"));
  g_autofree char *lang_dir = g_build_filename (g_get_user_data_dir (), "help", "C", NULL);
  g_autofree char *link = g_build_filename (lang_dir, "stackup", NULL);
  g_autofree char *pages = g_build_filename (saved, "C", NULL);
  g_autofree char *found = NULL;
  StkWindow *window;
  StkHelpWindow *help;

  if (viewer != NULL)
    {
      g_test_skip ("a help viewer is installed here");
      return;
    }
  g_assert_cmpint (g_mkdir_with_parents (lang_dir, 0755), ==, 0);
  g_unlink (link);
  g_assert_cmpint (symlink (pages, link), ==, 0);
  g_unsetenv ("STACKUP_HELP_DIR");
  found = stk_help_find_folder ();
  g_assert_cmpstr (found, ==, link);

  window = test_open_window (NULL, NULL);
  stk_help_show (GTK_WINDOW (window));
  test_run_for (100);
  help = find_help_window ();
  g_assert_nonnull (help);
  g_assert_true (shows_text (GTK_WIDGET (help), "Stackup checks a stack of printed circuit boards"));
  gtk_window_destroy (GTK_WINDOW (help));
  gtk_window_destroy (GTK_WINDOW (window));
  g_setenv ("STACKUP_HELP_DIR", saved, TRUE);
  g_unlink (link);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/explorer-panel/apply-keeps-form", test_explorer_apply_keeps_form);
  g_test_add_func ("/stackup/app/explorer-panel/without-mate", test_explorer_without_mate);
  g_test_add_func ("/stackup/app/export/dialog", test_export_dialog);
  g_test_add_func ("/stackup/app/canvas/opens-readable", test_canvas_readable);
  g_test_add_func ("/stackup/app/form/aligned-with-lists", test_form_aligned);
  g_test_add_func ("/stackup/app/length-format", test_length_format);
  g_test_add_func ("/stackup/app/explorer-panel/ellipsize", test_options_ellipsize);
  g_test_add_func ("/stackup/app/requirements/default-cycles", test_default_cycles);
  g_test_add_func ("/stackup/app/note/boards-top-first", test_note_boards_top_first);
  g_test_add_func ("/stackup/app/help/window", test_help_window);
  g_test_add_func ("/stackup/app/help/without-viewer", test_help_without_viewer);
  return g_test_run ();
}
