/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "stk-application.h"
#include "stk-canvas.h"
#include "stk-check.h"
#include "stk-record-item.h"
#include "stk-checks-panel.h"
#include "stk-explorer-panel.h"
#include "stk-drawing.h"
#include "stk-table-row.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* The canvas and the checks panel inside a real window, under Xvfb. */

/* Runs the main loop long enough for layout and a frame to happen. */
static void
iterate (void)
{
  test_run_for (50);
}


static const StkCheckResult *
result_of (gpointer item)
{
  return stk_record_item_get (item);
}

/* The cells of the list row showing item position, scrolled into view. */
static StkTableRow *
row_cells (GtkWidget *panel,
           guint      position)
{
  GtkWidget *list = test_find_named (panel, "checks-view");
  g_autoptr(StkRecordItem) item = g_list_model_get_item (stk_checks_panel_get_model (STK_CHECKS_PANEL (panel)), position);

  gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
  iterate ();
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *cells = gtk_widget_get_first_child (row);
      const char *label = NULL;

      if (cells == NULL || !STK_IS_TABLE_ROW (cells) || !gtk_widget_get_visible (row))
        continue;
      /* A row shows an item when its cells carry the item's finding. */
      label = stk_table_row_get_text (STK_TABLE_ROW (cells), 7);
      if (g_strcmp0 (label, stk_check_result_get_message (result_of (item))) == 0 &&
          g_strcmp0 (stk_table_row_get_text (STK_TABLE_ROW (cells), 2), result_of (item)->subject_label) == 0)
        return STK_TABLE_ROW (cells);
    }
  g_assert_not_reached ();
}

/* What the widget shows, CSS background included, drawn into an image. */
static cairo_surface_t *
render_widget (GtkWidget *widget)
{
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpint (w, >, 100);
  g_assert_cmpint (h, >, 100);
  /* The paintable shows the widget's last frame: let one happen. */
  iterate ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *s,
       double           x,
       double           y)
{
  int ix = (int) floor (x), iy = (int) floor (y);

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (s));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (s));
  return ((guint32 *) (cairo_image_surface_get_data (s) + iy * cairo_image_surface_get_stride (s)))[ix];
}

static double
luminance (guint32 argb)
{
  return (0.3 * ((argb >> 16) & 0xff) + 0.59 * ((argb >> 8) & 0xff) + 0.11 * (argb & 0xff)) / 255;
}

/* Pixels in the highlight colour: strong red in light style. */
static guint
count_red (cairo_surface_t *s)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (s); y++)
    for (int x = 0; x < cairo_image_surface_get_width (s); x++)
      {
        guint32 p = pixel (s, x, y);
        if (((p >> 16) & 0xff) > 180 && ((p >> 8) & 0xff) < 90 && (p & 0xff) < 90)
          n++;
      }
  return n;
}

/* The first filled board rectangle of the stack section. */
static const StkPrim *
find_board (const StkDrawing *drawing)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (drawing, &n);

  for (guint i = 0; i < n; i++)
    if (prims[i].ink == STK_INK_BOARD && prims[i].filled && prims[i].kind == STK_PRIM_POLY)
      return &prims[i];
  g_assert_not_reached ();
}

static void
test_canvas_pixels (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  const StkDrawing *drawing = stk_canvas_get_drawing (canvas);
  const StkPrim *board = find_board (drawing);
  /* The whole drawing (it opens larger, for its lettering: test-app-polish). */
  gboolean fitted = gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL);
  cairo_surface_t *s = render_widget (GTK_WIDGET (canvas));
  double x, y, w_mm, h_mm;
  guint32 paper = pixel (s, 1, 1);

  /* Fitted: the drawing fills the widget with a 16 px border of paper. */
  g_assert_true (fitted);
  g_assert_cmpfloat (luminance (paper), >, 0.9);
  stk_drawing_get_extents (drawing, &w_mm, &h_mm);
  stk_canvas_to_widget (canvas, w_mm, h_mm, &x, &y);
  g_assert_true (fabs (x - (gtk_widget_get_width (GTK_WIDGET (canvas)) - 16)) < 1.5 ||
                 fabs (y - (gtk_widget_get_height (GTK_WIDGET (canvas)) - 16)) < 1.5);
  /* Inside a board of the section the paint differs from the paper. */
  stk_canvas_to_widget (canvas, (board->x0 + board->x1) / 2, (board->y0 + board->y1) / 2, &x, &y);
  g_assert_cmpuint (pixel (s, x, y), !=, paper);
  cairo_surface_destroy (s);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_canvas_zoom_and_highlight (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  StkProject *project = stk_window_get_project (window);
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_autofree char *subject = g_strdup_printf ("mate:%s", mate->id);
  double zoom, x, y;
  cairo_surface_t *plain, *lit;
  guint n_prims;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  zoom = stk_canvas_get_zoom (canvas);

  /* The drawing point under the pointer stays there. */
  stk_canvas_to_widget (canvas, 20, 10, &x, &y);
  stk_canvas_zoom_at (canvas, 2, x, y);
  g_assert_cmpfloat (fabs (stk_canvas_get_zoom (canvas) - 2 * zoom), <, 1e-9);
  {
    double x2, y2;
    stk_canvas_to_widget (canvas, 20, 10, &x2, &y2);
    g_assert_cmpfloat (fabs (x2 - x), <, 1e-6);
    g_assert_cmpfloat (fabs (y2 - y), <, 1e-6);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  g_assert_cmpfloat (fabs (stk_canvas_get_zoom (canvas) - zoom), <, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat (stk_canvas_get_zoom (canvas), >, zoom);

  /* Highlighting the mate paints its parts in the highlight red. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  plain = render_widget (GTK_WIDGET (canvas));
  stk_canvas_set_highlight (canvas, subject);
  lit = render_widget (GTK_WIDGET (canvas));
  g_assert_cmpuint (count_red (lit), >, count_red (plain) + 100);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (lit);

  /* An edit rebuilds the drawing: 40 pins draw more contacts than 20. */
  stk_drawing_get_prims (stk_canvas_get_drawing (canvas), &n_prims);
  stk_mate_set_pins (mate, mate->pins + 20);
  stk_project_changed (project);
  iterate ();
  {
    guint n_after;
    stk_drawing_get_prims (stk_canvas_get_drawing (canvas), &n_after);
    g_assert_cmpuint (n_after, >, n_prims);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_canvas_dark (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  GtkSettings *settings = gtk_settings_get_default ();
  cairo_surface_t *s;

  g_assert_false (stk_canvas_get_dark (canvas));
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  iterate ();
  g_assert_true (stk_canvas_get_dark (canvas));
  /* The paper follows the style: dark background, light ink. */
  s = render_widget (GTK_WIDGET (canvas));
  g_assert_cmpfloat (luminance (pixel (s, 1, 1)), <, 0.2);
  cairo_surface_destroy (s);
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  iterate ();
  g_assert_false (stk_canvas_get_dark (canvas));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Failures 2, warnings 1, passes and information 0. */
static int
attention (StkStatus status)
{
  return status == STK_STATUS_FAIL ? 2 : status == STK_STATUS_WARNING ? 1 : 0;
}

static void
test_checks_panel (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  GListModel *model = stk_checks_panel_get_model (panel);
  guint n = g_list_model_get_n_items (model), fails = 0;
  StkStatus previous = STK_STATUS_FAIL;
  g_autoptr(StkRecordItem) first = NULL;

  /* failing.stackup: nine failures (warp ×2, current ×2, reverse mating,
   * stack ×2, one connector ×2) and the missing FPC stiffener warning. */
  g_assert_cmpuint (n, >, 10);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (model, i);
      StkStatus status = result_of (item)->status;

      /* Worst first: failures, warnings, then passes and information
       * alike (information never ranks above a pass). */
      g_assert_cmpint (attention (status), <=, attention (previous));
      previous = status;
      fails += status == STK_STATUS_FAIL;
    }
  g_assert_cmpuint (fails, ==, 9);
  /* The words of stackup-cli check and the design note. */
  g_assert_true (g_str_has_prefix (stk_checks_panel_get_summary (panel), "Fail: 9 failed, 1 warning, "));
  {
    GtkListBox *header = GTK_LIST_BOX (test_find_named (GTK_WIDGET (panel), "checks-header"));
    StkTableRow *titles = STK_TABLE_ROW (gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (header, 0)));
    StkTableRow *cells = row_cells (GTK_WIDGET (panel), 0);
    graphene_rect_t t, c;

    /* Each column title stands over its cells. */
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (titles), GTK_WIDGET (panel), &t));
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (cells), GTK_WIDGET (panel), &c));
    g_assert_cmpfloat_with_epsilon (t.origin.x, c.origin.x, 0.5);
    g_assert_cmpfloat_with_epsilon (t.size.width, c.size.width, 0.5);
    for (guint column = 0; column < 8; column++)
      {
        int tx, tw, cx, cw;

        stk_table_row_get_column_extent (titles, column, &tx, &tw);
        stk_table_row_get_column_extent (cells, column, &cx, &cw);
        g_assert_cmpint (tw, >, 0);
        g_assert_cmpint (tx, ==, cx);
        g_assert_cmpint (tw, ==, cw);
      }
    /* Value: "0.05 mm" of board warp, in full; the status icon is red. */
    g_assert_cmpstr (stk_table_row_get_text (titles, 3), ==, "Value");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (titles), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Status, Check, About, Value, Limit, Margin, Limit from, Finding");
    g_assert_cmpstr (stk_table_row_get_text (cells, 3), ==, "0.05 mm");
    g_assert_false (stk_table_row_is_ellipsized (cells, 3));
    g_assert_cmpstr (stk_table_row_get_text (cells, 0), ==, "Fail");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (stk_table_row_get_icon (cells)), "error"));
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cells), "heading"));

    /* A figure for information shows its value and no limit or margin. */
    guint figures = 0;
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(StkRecordItem) item = g_list_model_get_item (model, i);

        if (g_str_equal (result_of (item)->item, "insertion-force"))
          {
            StkTableRow *figure = row_cells (GTK_WIDGET (panel), i);

            g_assert_cmpstr (stk_table_row_get_text (figure, 3), !=, "—");
            g_assert_cmpstr (stk_table_row_get_text (figure, 4), ==, "—");
            g_assert_cmpstr (stk_table_row_get_text (figure, 5), ==, "—");
            figures++;
          }
      }
    g_assert_cmpuint (figures, >, 0);
    /* The cells are drawn, so the row's accessible label carries them all:
     * J1's board warp of 0.05 mm against the P4 datasheet's 0.03 mm. */
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (model, 0);
      const StkCheckResult *r = result_of (item);
      g_autofree char *source = stk_source_describe (r->limit_source);
      g_autofree char *expected = g_strdup_printf ("Fail: Board warp, %s. Value 0.05 mm, limit 0.03 mm, "
                                                   "margin −0.02 mm, limit from %s. %s",
                                                   r->subject_label, source, stk_check_result_get_message (r));

      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row_cells (GTK_WIDGET (panel), 0)),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
    }
  }

  /* Selecting a row highlights its subject on the canvas. */
  g_assert_null (stk_canvas_get_highlight (canvas));
  stk_checks_panel_select (panel, 0);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (stk_canvas_get_highlight (canvas), ==, result_of (first)->subject);

  /* Live: removing the second connector re-runs the checks. */
  {
    StkProject *project = stk_window_get_project (window);
    guint after = 0;

    stk_project_remove_mate (project, 1);
    iterate ();
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(StkRecordItem) item = g_list_model_get_item (model, i);
        after += result_of (item)->status == STK_STATUS_FAIL;
      }
    /* J2's warp, stack and one-connector failures go, and so does J1's
     * one-connector failure: 9 − 4. */
    g_assert_cmpuint (after, ==, 5);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* failing.stackup's rows are wider than the panel at the window's default
 * size. Selecting the last row brings it into view vertically and keeps the
 * table where it is sideways (the status and check columns stay in view). */
static void
test_checks_cursor_keeps_columns (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  GtkWidget *panel = test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL);
  GtkWidget *list = test_find_named (panel, "checks-view");
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (scroller);
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (scroller);
  guint n = g_list_model_get_n_items (stk_checks_panel_get_model (STK_CHECKS_PANEL (panel)));

  /* Without animations a scroll happens at once, or not at all. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h));
  stk_checks_panel_select (STK_CHECKS_PANEL (panel), n - 1);
  /* The scroll comes with the next layout, which a loaded machine (the
   * suite runs beside other work) may give after more than one wait. */
  for (guint i = 0; i < 20 && gtk_adjustment_get_value (v) == 0; i++)
    iterate ();
  g_assert_cmpfloat (gtk_adjustment_get_value (v), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v), >=,
                     gtk_adjustment_get_upper (v) - 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The colour of the first status icon with the class, under the panel. */
static gboolean
status_icon_colour (GtkWidget  *root,
                    const char *css_class,
                    GdkRGBA    *colour)
{
  if (GTK_IS_IMAGE (root) && gtk_widget_has_css_class (root, "stk-status")
      && gtk_widget_has_css_class (root, css_class))
    {
      gtk_style_context_get_color (gtk_widget_get_style_context (root), colour);
      return TRUE;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    if (status_icon_colour (c, css_class, colour))
      return TRUE;
  return FALSE;
}

static double
rgba_luminance (const GdkRGBA *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

/* failing.stackup has failures, a warning and passes: each status icon is
 * red, amber or green, darker than the theme colour on light and lighter on
 * dark. */
static void
test_status_colours (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  GtkWidget *panel = test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL);
  GtkSettings *settings = gtk_settings_get_default ();
  GdkRGBA error, warning, success, dark_error, dark_success;

  stk_application_load_style (gtk_widget_get_display (panel));
  iterate ();
  g_assert_true (status_icon_colour (panel, "error", &error));
  g_assert_true (status_icon_colour (panel, "warning", &warning));
  g_assert_true (status_icon_colour (panel, "success", &success));
  g_assert_cmpfloat (error.red, >, 2 * error.green);
  g_assert_cmpfloat (error.red, >, 2 * error.blue);
  g_assert_cmpfloat (warning.red, >, warning.green);
  g_assert_cmpfloat (warning.green, >, 2 * warning.blue);
  g_assert_cmpfloat (success.green, >, 1.5 * success.red);
  g_assert_cmpfloat (success.green, >, success.blue);
  /* On a selected row's accent background a failing row's text and icon
   * take the selection's colour. */
  {
    StkTableRow *cells = row_cells (panel, 0);
    GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (cells));
    GdkRGBA selected, text, icon;

    stk_checks_panel_select (STK_CHECKS_PANEL (panel), 0);
    iterate ();
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cells), "error"));
    gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (row)), &selected);
    gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (cells)), &text);
    gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (stk_table_row_get_icon (cells))), &icon);
    g_assert_true (gdk_rgba_equal (&text, &selected));
    g_assert_true (gdk_rgba_equal (&icon, &selected));
    stk_checks_panel_select (STK_CHECKS_PANEL (panel), GTK_INVALID_LIST_POSITION);
    iterate ();
  }

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  iterate ();
  g_assert_true (status_icon_colour (panel, "error", &dark_error));
  g_assert_true (status_icon_colour (panel, "success", &dark_success));
  g_assert_cmpfloat (dark_error.red, >, 2 * dark_error.green);
  g_assert_cmpfloat (rgba_luminance (&dark_error), >, rgba_luminance (&error));
  g_assert_cmpfloat (rgba_luminance (&dark_success), >, rgba_luminance (&success));
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  iterate ();
  gtk_window_destroy (GTK_WINDOW (window));
}


/* phone.stackup, J1 display: 20 pins of which VBAT takes 1-2, 19-20, GND
 * 3-4, 17-18 and the VIO supply 10-11, so 10 stay signals; it joins the main board (parts 0.3 mm
 * tall on top) to the display FPC (nothing underneath); cycles 1 + 2 + 3 + 4. */
/* The sidebar starts wide enough for the pin assignment, a net's pins read
 * on one line of their own (phone.stackup: VBAT on pins 1–2 and 19–20, per
 * its notes), and the summary says how many pins are left. */
static void
test_net_rows_readable (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  GtkPaned *paned = GTK_PANED (test_find_type (GTK_WIDGET (window), GTK_TYPE_PANED));
  GtkWidget *pins = test_find_named (GTK_WIDGET (window), "net-pins");
  GtkWidget *list = test_find_named (GTK_WIDGET (window), "mate-nets");

  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (paned)), ==, GTK_ORIENTATION_HORIZONTAL);
  g_assert_cmpint (gtk_paned_get_position (paned), >=, 540);
  g_assert_nonnull (pins);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pins)), ==, "pins 1–2, 19–20");
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (pins))), ==, 1);
  /* The whole row's width, not a column beside the controls. */
  g_assert_cmpint (gtk_widget_get_width (pins), >=, gtk_widget_get_width (list) * 3 / 4);
  /* Its nets cover pins 1–15 and 17–20 (4 + 4 + 2 power, 9 signals): pin 16
   * is the one left, which the summary must not read as sixteen pins. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_find_named (GTK_WIDGET (window), "mate-unassigned"))), ==,
                   "1 of 20 pins unassigned: 16");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A net's current field shows mA (3 decimals); a current finer than that
 * (12.5 mA shows as 0.013) survives leaving the field, which re-reads its
 * text, and leaving it is no edit: one undo goes back past the 12.5 mA. */
static void
test_net_current_kept (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  StkNet *net = g_ptr_array_index (mate->nets, 0);
  g_autofree char *name = g_strdup (net->name);
  double original = net->current_a;
  GtkSpinButton *current;

  g_assert_cmpfloat (original, !=, 0.0125);
  net->current_a = 0.0125;
  stk_project_changed (project);
  test_run_for (50);
  current = GTK_SPIN_BUTTON (test_find_type (test_find_named (GTK_WIDGET (window), "mate-nets"),
                                             GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (current)), ==, "0.013");

  gtk_spin_button_update (current);  /* what leaving the field does */
  test_run_for (50);
  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_assert_cmpfloat (stk_mate_find_net (mate, name)->current_a, ==, 0.0125);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_assert_cmpfloat (stk_mate_find_net (mate, name)->current_a, ==, original);

  /* Typing a value is an edit. */
  current = GTK_SPIN_BUTTON (test_find_type (test_find_named (GTK_WIDGET (window), "mate-nets"),
                                             GTK_TYPE_SPIN_BUTTON));
  gtk_spin_button_set_value (current, 0.2);
  test_run_for (50);
  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_assert_cmpfloat (stk_mate_find_net (mate, name)->current_a, ==, 0.2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Removing a board takes the mates on it; the window says so, and its Undo
 * brings both back. mezzanine.stackup: the sensor board ("top") carries J2
 * only. */
static void
test_remove_board_notice (void)
{
  StkWindow *window = test_open_example ("mezzanine.stackup");
  StkProject *project = stk_window_get_project (window);
  GtkWidget *notice = test_find_named (GTK_WIDGET (window), "window-notice");
  GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_ancestor (notice, GTK_TYPE_REVEALER));

  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  test_tree_select_row (window, test_tree_find_row (window, "top", FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-board", NULL));
  test_run_for (50);
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 2);
  g_assert_cmpuint (stk_project_get_mates (project)->len, ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (notice)), ==, "Removed “Sensor board (right)” and its connector J2 main-right.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  test_run_for (50);
  g_assert_cmpuint (stk_project_get_boards (project)->len, ==, 3);
  g_assert_cmpuint (stk_project_get_mates (project)->len, ==, 2);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Switches the sidebar as its tabs do; pages are built when first shown. */
static void
show_sidebar_page (StkWindow  *window,
                   const char *name)
{
  GtkStackSwitcher *switcher = GTK_STACK_SWITCHER (test_find_type (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER));

  gtk_stack_set_visible_child_name (gtk_stack_switcher_get_stack (switcher), name);
  iterate ();
}

/* The requirements page is built the first time it shows, bound to the
 * project: its fields edit the requirements, the checks follow, undo
 * restores, and it shows lengths in the display units. phone.stackup plans
 * 1 + 2 + 3 + 4 mating cycles against the A4S's insertion and removal life of
 * 30 (datasheet); 40 in assembly makes 49, which fails the cycles check of
 * its two A4S pairs (display and camera) and passes the P4 pair's 50. */
static void
test_requirements_page (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkProject *project = stk_window_get_project (window);
  StkChecksPanel *checks = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stackup.Stackup");
  GtkSpinButton *assembly, *alignment;
  double tolerance = stk_project_get_requirements (project)->alignment_tolerance_mm;

  g_assert_null (test_find_named (GTK_WIDGET (window), "req-cycles-assembly"));
  show_sidebar_page (window, "requirements");
  assembly = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (window), "req-cycles-assembly"));
  alignment = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (window), "req-alignment"));
  g_assert_nonnull (assembly);
  g_assert_cmpfloat (gtk_spin_button_get_value (assembly), ==,
                     stk_project_get_requirements (project)->cycles_assembly);
  g_assert_cmpfloat (gtk_spin_button_get_value (alignment), ==, tolerance);
  g_assert_false (g_str_has_prefix (stk_checks_panel_get_summary (checks), "Fail"));

  gtk_spin_button_set_value (assembly, 40);
  iterate ();
  g_assert_cmpuint (stk_project_get_requirements (project)->cycles_assembly, ==, 40);
  g_assert_true (stk_window_get_modified (window));
  g_assert_true (g_str_has_prefix (stk_checks_panel_get_summary (checks), "Fail: 2 failed"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_cmpfloat (gtk_spin_button_get_value (assembly), ==,
                     stk_project_get_requirements (project)->cycles_assembly);
  g_assert_cmpuint (stk_project_get_requirements (project)->cycles_assembly, !=, 40);

  /* Lengths follow the display units; the model keeps millimetres. */
  g_settings_set_string (settings, "units", "inch");
  iterate ();
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (alignment), tolerance / 0.0254, 0.005);
  g_assert_cmpfloat (stk_project_get_requirements (project)->alignment_tolerance_mm, ==, tolerance);
  g_settings_reset (settings, "units");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The options page is built the first time it shows. */
static StkExplorerPanel *
explorer_of (StkWindow *window)
{
  g_assert_null (test_find_type (GTK_WIDGET (window), STK_TYPE_EXPLORER_PANEL));
  show_sidebar_page (window, "explorer");
  return STK_EXPLORER_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_EXPLORER_PANEL));
}

static void
test_explorer (void)
{
  StkWindow *window = test_open_example ("phone.stackup");
  StkExplorerPanel *panel = explorer_of (window);
  const StkExplorerConstraints *c = stk_explorer_panel_get_constraints (panel);
  GListModel *model = stk_explorer_panel_get_model (panel);
  StkProject *project = stk_window_get_project (window);
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  GtkSpinButton *max_length = GTK_SPIN_BUTTON (test_find_named (GTK_WIDGET (panel), "explorer-max-length"));
  GtkWidget *apply = test_find_named (GTK_WIDGET (panel), "explorer-apply");
  gboolean current_listed = FALSE, p4_listed = FALSE;
  guint n, pick = G_MAXUINT;
  const StkProduct *chosen;

  g_assert_cmpuint (c->signal_pins, ==, 10);
  /* VBAT and VIO are the supplies; GND returns their sum, counted by the
   * explorer rather than taken from the file. */
  g_assert_cmpuint (c->power_nets->len, ==, 2);
  g_assert_cmpstr (stk_explorer_constraints_get_return_net (c), ==, "GND");
  g_assert_false (c->any_kind);
  g_assert_cmpint (c->kind, ==, STK_SERIES_BOARD_TO_FPC);
  g_assert_cmpfloat (c->lower_top_mm, ==, 0.3);
  g_assert_cmpfloat (c->upper_bottom_mm, ==, 0.0);
  g_assert_cmpuint (c->mating_cycles, ==, 10);

  /* Only options that fit between the main board and the FPC are listed,
   * the mate's own among them, and P4 too (a P4 pair on an FPC is what the
   * family FPC note covers; `check` accepts it). */
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (model, i);
      const StkExplorerOption *o = stk_record_item_get (item);

      g_assert_cmpint (o->verdict, !=, STK_STATUS_FAIL);
      p4_listed |= o->product->series->kind == STK_SERIES_BOARD_TO_BOARD;
      if (o->product->pins == mate->pins && o->product->mated_height == mate->mated_height_mm &&
          g_str_equal (o->product->packaging->id, mate->packaging))
        current_listed = TRUE;
      else if (pick == G_MAXUINT && o->product->mated_height != mate->mated_height_mm)
        pick = i;
    }
  g_assert_true (current_listed);
  g_assert_true (p4_listed);
  g_assert_cmpuint (pick, !=, G_MAXUINT);

  /* Live filter: no connector is 1 mm long. */
  gtk_spin_button_set_value (max_length, 1.0);
  iterate ();
  g_assert_cmpfloat (c->max_length_mm, ==, 1.0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  /* The empty list says what to do. */
  {
    const char *summary = gtk_label_get_text (GTK_LABEL (test_find_named (GTK_WIDGET (panel), "explorer-summary")));

    g_assert_true (g_str_has_prefix (summary, "None of the "));
    g_assert_nonnull (strstr (summary, "catalog options fits: relax a requirement, or untick “Passing only”"));
  }
  gtk_spin_button_set_value (max_length, 0);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* Apply a different height: one edit, one undo. */
  g_assert_false (gtk_widget_get_sensitive (apply));
  stk_explorer_panel_select (panel, pick);
  g_assert_true (gtk_widget_get_sensitive (apply));
  {
    g_autoptr(StkRecordItem) item = g_list_model_get_item (model, pick);
    chosen = ((const StkExplorerOption *) stk_record_item_get (item))->product;
  }
  g_assert_false (stk_window_get_modified (window));
  g_signal_emit_by_name (apply, "clicked");
  iterate ();
  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_assert_cmpstr (mate->series, ==, chosen->series->id);
  g_assert_cmpfloat (mate->mated_height_mm, ==, chosen->mated_height);
  g_assert_cmpuint (mate->pins, ==, chosen->pins);
  g_assert_cmpstr (mate->packaging, ==, chosen->packaging->id);
  g_assert_true (stk_window_get_modified (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  g_assert_cmpstr (mate->series, ==, "A4S");
  g_assert_cmpfloat (mate->mated_height_mm, ==, 0.8);
  g_assert_cmpuint (mate->pins, ==, 20);
  g_assert_cmpstr (mate->packaging, ==, "8mm");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/canvas/pixels", test_canvas_pixels);
  g_test_add_func ("/stackup/app/canvas/zoom-highlight", test_canvas_zoom_and_highlight);
  g_test_add_func ("/stackup/app/canvas/dark", test_canvas_dark);
  g_test_add_func ("/stackup/app/checks-panel", test_checks_panel);
  g_test_add_func ("/stackup/app/checks-panel/status-colours", test_status_colours);
  g_test_add_func ("/stackup/app/checks-panel/cursor-keeps-columns", test_checks_cursor_keeps_columns);
  g_test_add_func ("/stackup/app/net-rows-readable", test_net_rows_readable);
  g_test_add_func ("/stackup/app/net-current-kept", test_net_current_kept);
  g_test_add_func ("/stackup/app/remove-board-notice", test_remove_board_notice);
  g_test_add_func ("/stackup/app/explorer", test_explorer);
  g_test_add_func ("/stackup/app/requirements-page", test_requirements_page);
  return g_test_run ();
}
