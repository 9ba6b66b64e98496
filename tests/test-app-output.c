/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "stk-canvas.h"
#include "stk-drawing.h"
#include "stk-window.h"
#include "stk-print.h"
#include "test-gtk-util.h"

/* Printing and exporting from a window, under Xvfb; the files are read back. */

static char *
spawn (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Prints the window's project to a PDF on the given paper; returns pdfinfo's
 * and pdftotext -bbox's output. */
static void
print_to_pdf (StkWindow   *window,
              const char  *paper_name,
              gboolean     landscape,
              guint       *n_sheets,
              char       **info,
              char       **html)
{
  g_autoptr(GtkPrintOperation) operation = stk_window_new_print_operation (window);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *paper = gtk_paper_size_new (paper_name);
  g_autofree char *dir = g_dir_make_tmp ("stackup-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autoptr(GError) error = NULL;

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_paper_size_free (paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  *n_sheets = stk_print_operation_get_n_sheets (operation);
  *info = spawn (info_argv);
  *html = spawn (text_argv);
  g_unlink (path);
  g_rmdir (dir);
}

/* Printing to a PDF file needs no printer. The sheet is the page setup's
 * paper: A4 portrait is 595.28 × 841.89 pt, A3 landscape 1190.55 × 841.89
 * pt (ISO 216 in mm × 72 / 25.4); one page per sheet, each sheet's title
 * block names its size, its number and the scale. */
static void
test_print_to_file (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stackup.Stackup");
  g_autofree char *info = NULL;
  g_autofree char *html = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *last = NULL;
  guint n = 0;

  g_settings_set_double (settings, "print-scale", 1);
  print_to_pdf (window, GTK_PAPER_NAME_A4, FALSE, &n, &info, &html);
  g_assert_cmpuint (n, >=, 1);
  pages = g_strdup_printf ("Pages:           %u\n", n);
  g_assert_nonnull (strstr (info, pages));
  g_assert_nonnull (strstr (info, "595.276 x 841.89"));
  g_assert_nonnull (strstr (html, ">1:1</word>"));
  g_assert_nonnull (strstr (html, ">A4</word>"));
  g_assert_nonnull (strstr (html, ">Phone</word>"));
  last = g_strdup_printf (">%u</word>", n);
  g_assert_nonnull (strstr (html, last));
  g_clear_pointer (&info, g_free);
  g_clear_pointer (&html, g_free);

  /* The Scale tab offers the largest that fits, then ISO 5455's 20:1 … 1:100. */
  {
    g_autoptr(GtkPrintOperation) operation = stk_window_new_print_operation (window);
    GObject *tab = NULL;
    GtkDropDown *choice;
    GListModel *model;
    g_autofree char *first = NULL;

    g_signal_emit_by_name (operation, "create-custom-widget", &tab);
    g_assert_nonnull (tab);
    g_object_ref_sink (tab);
    choice = GTK_DROP_DOWN (test_find_named (GTK_WIDGET (tab), "print-scale"));
    model = gtk_drop_down_get_model (choice);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "Largest that fits");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), ==, "20:1 (20 × true size)");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 5), ==, "1:1 (true size)");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 11), ==, "1:100 (1/100 of true size)");
    /* The setting was 1:1, so 1:1 is chosen. */
    g_assert_cmpuint (gtk_drop_down_get_selected (choice), ==, 5);
    g_object_unref (tab);
  }

  /* Largest that fits, A3 landscape: the sheet follows the page setup. */
  g_settings_set_double (settings, "print-scale", 0);
  print_to_pdf (window, GTK_PAPER_NAME_A3, TRUE, &n, &info, &html);
  g_assert_nonnull (strstr (info, "1190.55 x 841.89"));
  g_assert_nonnull (strstr (html, ">A3</word>"));
  /* The sheets are not at 1:1; only the top view of the 70 × 140 mm main
   * board is, too large for the sheets' scale, with its "Scale 1:1" note. */
  {
    const char *hit = strstr (html, ">1:1</word>");
    g_assert_true (hit == NULL || strstr (hit + 1, ">1:1</word>") == NULL);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Exported drawings use the sheets of the last print: its paper (A3
 * landscape, 1190.55 × 841.89 pt) and its scale (2:1). */
static void
test_export_follows_print (void)
{
  StkWindow *window = test_open_example ("mezzanine.stackup");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stackup.Stackup");
  g_autoptr(GtkPrintSettings) print = gtk_print_settings_new ();
  GtkPaperSize *a3 = gtk_paper_size_new (GTK_PAPER_NAME_A3);
  g_autofree char *dir = g_dir_make_tmp ("stackup-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheets.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  gtk_print_settings_set_paper_size (print, a3);
  gtk_print_settings_set_orientation (print, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_paper_size_free (a3);
  g_settings_set_value (settings, "print-settings", gtk_print_settings_to_gvariant (print));
  g_settings_set_double (settings, "print-scale", 2);
  g_assert_true (stk_window_export (window, "drawing-pdf", 300, file, &error));
  g_assert_no_error (error);
  /* The canvas's page view shows the same sheets: 420 mm wide. */
  test_run_for (50);
  {
    StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
    double w, h;

    stk_drawing_get_extents (stk_canvas_get_drawing (canvas), &w, &h);
    g_assert_cmpfloat (w, ==, 420);
  }
  info = spawn (info_argv);
  text = spawn (text_argv);
  g_assert_nonnull (strstr (info, "1190.55 x 841.89"));
  g_assert_nonnull (strstr (text, "2:1"));
  g_assert_nonnull (strstr (text, "A3"));
  g_settings_reset (settings, "print-settings");
  g_settings_reset (settings, "print-scale");
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The properties dialog edits the project's title block fields both ways,
 * and the canvas's sheets show them at once. */
static void
test_properties_dialog (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  GtkWindow *dialog = NULL;
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */
  GtkEditable *number, *checker;
  guint n;
  const StkPrim *prims;
  gboolean shown = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (g_str_equal (G_OBJECT_TYPE_NAME (w), "StkPropertiesDialog"))
        dialog = GTK_WINDOW (w);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  number = GTK_EDITABLE (test_find_named (GTK_WIDGET (dialog), "properties-drawing-number"));
  checker = GTK_EDITABLE (test_find_named (GTK_WIDGET (dialog), "properties-checker"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_find_named (GTK_WIDGET (dialog), "properties-name"))),
                   ==, stk_project_get_name (project));
  gtk_editable_set_text (number, "STK-0042");
  g_assert_cmpstr (stk_project_get_drawing_number (project), ==, "STK-0042");
  stk_project_set_checker (project, "C. Checker");
  g_assert_cmpstr (gtk_editable_get_text (checker), ==, "C. Checker");
  prims = stk_drawing_get_prims (stk_canvas_get_drawing (canvas), &n);
  for (guint i = 0; i < n; i++)
    shown |= prims[i].kind == STK_PRIM_TEXT && g_str_equal (prims[i].text, "STK-0042");
  g_assert_true (shown);
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stackup.Stackup");
  g_autofree char *dir = g_dir_make_tmp ("stackup-export-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "drawing.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "drawing.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "drawing", NULL);
  g_autoptr(GFile) bare = g_file_new_build_filename (dir, "drawing", NULL);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GMarkupParseContext) xml = NULL;
  static const GMarkupParser no_op = { 0 };
  cairo_surface_t *image;
  double w_mm, h_mm;

  /* The extension follows the format; the SVG is well-formed XML in mm. */
  g_assert_true (stk_window_export (window, "drawing-svg", 300, bare, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  xml = g_markup_parse_context_new (&no_op, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (xml, text, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (xml, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "mm\""));

  /* The design note: Letter PDF naming the socket part; Markdown with the
   * drawing beside it. */
  {
    g_autofree char *pdf = g_build_filename (dir, "drawing.pdf", NULL);
    g_autofree char *md = g_build_filename (dir, "drawing.md", NULL);
    const char *info_argv[] = { "pdfinfo", pdf, NULL };
    const char *text_argv[] = { "pdftotext", pdf, "-", NULL };
    g_autofree char *info = NULL;
    g_autofree char *words = NULL;

    g_assert_true (stk_window_export (window, "note-pdf-letter", 300, bare, &error));
    g_assert_no_error (error);
    info = spawn (info_argv);
    g_assert_nonnull (strstr (info, "612 x 792"));
    words = spawn (text_argv);
    g_assert_nonnull (strstr (words, "AXE520127"));
    g_unlink (pdf);
    g_unlink (svg);
    g_assert_true (stk_window_export (window, "note-markdown", 300, bare, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (md, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
    g_unlink (md);
    /* and a tolerance histogram per connector, drawing-tolerance-<mate>.svg */
    {
      g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
      const char *name;
      guint plots = 0;

      while ((name = g_dir_read_name (listing)) != NULL)
        if (g_str_has_prefix (name, "drawing-tolerance-") && g_str_has_suffix (name, ".svg"))
          {
            g_autofree char *path = g_build_filename (dir, name, NULL);

            plots++;
            g_unlink (path);
          }
      g_assert_cmpuint (plots, >, 0);
    }
  }

  /* PNG at 150 dpi: the drawing's extents in inches × 150 pixels. */
  g_assert_true (stk_window_export (window, "drawing-png", 150, bare, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  stk_drawing_get_extents (stk_canvas_get_drawing (canvas), &w_mm, &h_mm);
  g_assert_cmpint (abs (cairo_image_surface_get_width (image) - (int) ceil (w_mm / 25.4 * 150)), <=, 1);
  g_assert_cmpint (abs (cairo_image_surface_get_height (image) - (int) ceil (h_mm / 25.4 * 150)), <=, 1);
  cairo_surface_destroy (image);

  /* Remembered for the next Export…. */
  folder = g_settings_get_string (settings, "export-folder");
  g_assert_true (g_str_has_suffix (folder, strrchr (dir, '/')));
  g_free (folder);
  folder = g_settings_get_string (settings, "export-format");
  g_assert_cmpstr (folder, ==, "drawing-png");
  g_assert_cmpint (g_settings_get_int (settings, "export-dpi"), ==, 150);

  /* A folder that does not exist: an error, no file, the document untouched. */
  g_assert_false (stk_window_export (window, "drawing-dxf", 300, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (stk_window_get_modified (window));
  g_unlink (svg);
  g_unlink (png);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/print-to-file", test_print_to_file);
  g_test_add_func ("/stackup/app/export", test_export);
  g_test_add_func ("/stackup/app/properties-dialog", test_properties_dialog);
  g_test_add_func ("/stackup/app/export-follows-print", test_export_follows_print);
  return g_test_run ();
}
