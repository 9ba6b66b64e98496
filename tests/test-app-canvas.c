/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gtk/gtk.h>

#include <glib/gstdio.h>

#include "stk-canvas.h"
#include "stk-project-io.h"
#include "stk-sheet.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* The canvas builds only the sheets it shows (issue 12, point 6): an edit
 * of a large assembly costs the layout and the sheets in sight. Under Xvfb,
 * in a real window, counted with stk_sheets_count_built (). */

static void
test_sheets_in_sight (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  StkProject *project = stk_window_get_project (window);
  const StkSheets *sheets = stk_canvas_get_sheets (canvas);
  guint n = stk_sheets_get_n_sheets (sheets);
  double x, y;

  /* The phone's views fill more than one A4 sheet (its top view alone
   * takes most of one): otherwise there would be nothing to leave out. */
  g_assert_cmpuint (n, >=, 2);
  /* It opens at its top left, large enough to read: the first sheet shows,
   * not the last. */
  test_run_for (100);
  g_assert_cmpuint (stk_sheets_count_built (sheets), >=, 1);
  g_assert_cmpuint (stk_sheets_count_built (sheets), <, n);

  /* The whole strip in view: every sheet is drawn, so every one is built. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  test_run_for (100);
  g_assert_cmpuint (stk_sheets_count_built (sheets), ==, n);

  /* Zoomed far into the first sheet's top left corner, an edit lays out
   * new sheets and builds only the one in sight. */
  stk_canvas_to_widget (canvas, 0, 0, &x, &y);
  stk_canvas_zoom_at (canvas, 8, x, y);
  stk_project_set_name (project, "Phone, renamed");
  test_run_for (100);
  sheets = stk_canvas_get_sheets (canvas);
  g_assert_cmpuint (stk_sheets_get_n_sheets (sheets), ==, n);
  g_assert_cmpuint (stk_sheets_count_built (sheets), ==, 1);
  /* Zoomed out until a sheet is a speck, it is drawn as its outline and
   * an edit builds none. */
  stk_canvas_zoom_at (canvas, 0.01, 0, 0);
  g_assert_cmpfloat (stk_canvas_get_zoom (canvas) * 297, <, 40);
  stk_project_set_name (project, "Phone, renamed again");
  test_run_for (100);
  sheets = stk_canvas_get_sheets (canvas);
  g_assert_cmpuint (stk_sheets_count_built (sheets), ==, 0);

  /* What the canvas gives to read whole is every sheet, with the edit. */
  g_assert_nonnull (stk_canvas_get_drawing (canvas));
  g_assert_cmpuint (stk_sheets_count_built (sheets), ==, n);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A chain of 40 boards nests 79 levels deep in the assembly tree (board,
 * connector, board…): the sidebar scrolls sideways instead of growing to
 * its deepest row, and the drawing keeps its room (the window opens 1110
 * px wide: before, the sidebar took all of it and the canvas got none). */
static void
test_deep_tree (void)
{
  g_autoptr(StkProject) chain = stk_project_new_empty ();
  g_autofree char *dir = g_dir_make_tmp ("stackup-canvas-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chain.stackup", NULL);
  g_autoptr(GError) error = NULL;
  StkWindow *window;
  GtkWidget *canvas, *scroller;

  stk_project_set_name (chain, "Forty boards");
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("b%u", i);
      g_autofree char *name = g_strdup_printf ("Board %u", i);

      stk_project_add_board (chain, stk_board_new (id, name, STK_BOARD_RIGID), -1);
      if (i > 0)
        {
          g_autofree char *mid = g_strdup_printf ("j%u", i);
          StkMate *m = stk_mate_new (mid, "P4", 1.5, 40, "embossed");

          m->socket_board = g_strdup_printf ("b%u", i - 1);
          m->header_board = g_strdup (id);
          stk_project_add_mate (chain, m);
        }
    }
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (stk_project_save_file (chain, file, &error));
  g_assert_no_error (error);
  window = test_open_window (NULL, path);
  test_run_for (200);
  canvas = test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS);
  scroller = test_find_named (GTK_WIDGET (window), "assembly-scroller");
  g_assert_nonnull (scroller);
  /* The canvas has at least the width of an A4 sheet's fifth at its
   * opening zoom, and the sidebar is narrower than the window. */
  g_assert_cmpint (gtk_widget_get_width (canvas), >, 300);
  g_assert_cmpint (gtk_widget_get_width (scroller), <, gtk_widget_get_width (GTK_WIDGET (window)) / 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/canvas/sheets-in-sight", test_sheets_in_sight);
  g_test_add_func ("/stackup/app/canvas/deep-tree", test_deep_tree);
  return g_test_run ();
}
