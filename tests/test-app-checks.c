/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <gtk/gtk.h>

#include "stk-board.h"
#include "stk-canvas.h"
#include "stk-mate.h"
#include "stk-settings.h"
#include "stk-table-row.h"
#include "stk-check.h"
#include "stk-check-text.h"
#include "stk-checks-panel.h"
#include "stk-record-item.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* The checks pane inside a real window, under Xvfb: what it shows of the
 * selected check, and that the canvas highlight follows the results. */

static const StkCheckResult *
result_at (StkChecksPanel *panel,
           guint           position)
{
  g_autoptr(StkRecordItem) item = g_list_model_get_item (stk_checks_panel_get_model (panel), position);
  const StkCheckResult *r;

  g_assert_nonnull (item);
  r = stk_record_item_get (item);
  g_assert_nonnull (r);
  /* The panel's model holds the item, so the record outlives this ref. */
  return r;
}

/* Position of the result of check on subject, or G_MAXUINT. */
static guint
find_result (StkChecksPanel *panel,
             const char     *check_id,
             const char     *subject)
{
  GListModel *model = stk_checks_panel_get_model (panel);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      const StkCheckResult *r = result_at (panel, i);

      if (g_str_equal (r->check_id, check_id) && g_strcmp0 (r->subject, subject) == 0)
        return i;
    }
  return G_MAXUINT;
}

/* failing.stackup: J2's "one connector" check fails (J1 and J2 both join
 * the main and daughter boards). Select it, remove J2: the result is gone,
 * so nothing stays selected or drawn as highlighted. */
static void
test_highlight_clears_when_record_goes (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  guint j2 = find_result (panel, "one-connector", "mate:j2");

  g_assert_cmpuint (j2, !=, G_MAXUINT);
  g_assert_cmpint (result_at (panel, j2)->status, ==, STK_STATUS_FAIL);
  stk_checks_panel_select (panel, j2);
  test_run_for (50);
  g_assert_cmpstr (stk_canvas_get_highlight (canvas), ==, "mate:j2");

  stk_project_remove_mate (stk_window_get_project (window), 1);
  test_run_for (50);
  g_assert_cmpuint (find_result (panel, "one-connector", "mate:j2"), ==, G_MAXUINT);
  g_assert_null (stk_checks_panel_get_highlight (panel));
  g_assert_null (stk_canvas_get_highlight (canvas));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Select J1's failing "one connector" result, remove J2: J1's check now
 * passes. The selection stays on it (same check, same subject) but the
 * canvas no longer paints J1 as a failure: the highlight takes the
 * result's status. */
static void
test_highlight_follows_status (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  guint j1 = find_result (panel, "one-connector", "mate:j1");

  stk_checks_panel_select (panel, j1);
  test_run_for (50);
  g_assert_cmpstr (stk_canvas_get_highlight (canvas), ==, "mate:j1");
  g_assert_cmpint (stk_canvas_get_highlight_status (canvas), ==, STK_STATUS_FAIL);

  stk_project_remove_mate (stk_window_get_project (window), 1);
  test_run_for (50);
  j1 = find_result (panel, "one-connector", "mate:j1");
  g_assert_cmpint (result_at (panel, j1)->status, ==, STK_STATUS_PASS);
  g_assert_cmpstr (stk_canvas_get_highlight (canvas), ==, "mate:j1");
  g_assert_cmpint (stk_canvas_get_highlight_status (canvas), ==, STK_STATUS_PASS);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    return TRUE;
  g_test_message ("“%s” not in “%s”", needle, haystack);
  return FALSE;
}

/* The selected check in full beside the list. J1's socket on the main
 * board warps 0.05 mm against the P4 catalog's 0.03 mm: the explanation
 * gives value, limit and margin (0.03 − 0.05 = −0.02 mm), each source, and
 * what to change: bring the warp down by 0.02 mm, to at most 0.03 mm. */
static void
test_detail_explains (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  GtkLabel *detail = GTK_LABEL (test_find_named (GTK_WIDGET (panel), "checks-detail"));
  guint warp = find_result (panel, "warp", "mate:j1/socket");
  const StkCheckResult *r = result_at (panel, warp);
  const char *text;

  /* Nothing selected: a hint, no result. */
  g_assert_true (contains (stk_checks_panel_get_detail (panel), "Select a check"));
  stk_checks_panel_select (panel, warp);
  test_run_for (50);
  text = stk_checks_panel_get_detail (panel);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (detail)));
  g_assert_true (gtk_label_get_wrap (detail));
  g_assert_true (contains (text, "Fail: Board warp"));
  g_assert_true (contains (text, r->subject_label));
  g_assert_true (contains (text, stk_check_result_get_message (r)));
  g_assert_true (contains (text, "Value  0.05 mm"));
  g_assert_true (contains (text, "Limit  0.03 mm"));
  g_assert_true (contains (text, "Margin  −0.02 mm"));
  g_assert_cmpuint (r->n_sources, >, 0);
  for (guint i = 0; i < r->n_sources; i++)
    {
      g_autofree char *source = stk_source_describe (r->sources[i]);
      g_assert_true (contains (text, source));
    }
  g_assert_true (contains (text, "Lower the value by 0.02 mm, to at most 0.03 mm."));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A verdict weakened by a low-confidence estimate says so. The main
 * board's placement at ±0.2 mm puts J1's root-sum-square above the
 * estimated ±0.15 mm capture allowance (√(0.2² + 0.03²) = 0.202 mm before
 * the other terms): the figures fail, the verdict is a warning. */
static void
test_detail_weakened (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  StkProject *project = stk_window_get_project (window);
  const StkCheckResult *r;
  const char *text;
  guint along;

  stk_project_find_board (project, "main")->placement_accuracy_mm = 0.2;
  stk_project_changed (project);
  test_run_for (50);
  along = find_result (panel, "alignment", "mate:j1");
  r = result_at (panel, along);
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  g_assert_cmpint (r->figures_status, ==, STK_STATUS_FAIL);
  g_assert_nonnull (r->weakened_by);
  stk_checks_panel_select (panel, along);
  test_run_for (50);
  text = stk_checks_panel_get_detail (panel);
  g_assert_true (contains (text, "Verdict strength"));
  g_assert_true (contains (text, "The figures alone say “Fail”"));
  g_assert_true (contains (text, "For a firm verdict"));
  /* The highlight is a warning's, not a failure's. */
  g_assert_cmpint (stk_canvas_get_highlight_status (STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS))),
                   ==, STK_STATUS_WARNING);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* failing.stackup has 9 failures and 1 warning (test-app-panels.c counts
 * them): "Failed" shows 9, "Failed and warnings" 10. A selected passing
 * result hidden by the filter is unselected and its highlight goes. Sorted
 * by tightest margin, the first result is the one with the least room for
 * its limit: of the failures J1's and J2's warp at −0.02/0.03 = −67 %
 * and the currents, whichever is lowest, but never a figure without a
 * limit, which all come last. */
static void
test_filter_and_sort (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  GtkDropDown *filter = GTK_DROP_DOWN (test_find_named (GTK_WIDGET (panel), "checks-filter"));
  GtkDropDown *sort = GTK_DROP_DOWN (test_find_named (GTK_WIDGET (panel), "checks-sort"));
  GListModel *model = stk_checks_panel_get_model (panel);
  guint all = g_list_model_get_n_items (model);
  guint pass = find_result (panel, "part", "mate:j1");
  double previous = -G_MAXDOUBLE, share;
  gboolean seen_figure = FALSE;

  stk_checks_panel_select (panel, pass);
  test_run_for (50);
  g_assert_cmpstr (stk_checks_panel_get_highlight (panel), ==, "mate:j1");
  gtk_drop_down_set_selected (filter, 1);
  test_run_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 9);
  for (guint i = 0; i < 9; i++)
    g_assert_cmpint (result_at (panel, i)->status, ==, STK_STATUS_FAIL);
  g_assert_null (stk_checks_panel_get_highlight (panel));
  g_assert_true (contains (stk_checks_panel_get_detail (panel), "Select a check"));
  gtk_drop_down_set_selected (filter, 2);
  test_run_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);
  gtk_drop_down_set_selected (filter, 0);
  test_run_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  gtk_drop_down_set_selected (sort, 3);
  test_run_for (50);
  for (guint i = 0; i < all; i++)
    {
      const StkCheckResult *r = result_at (panel, i);

      if (!r->has_limit)
        {
          seen_figure = TRUE;
          continue;
        }
      g_assert_false (seen_figure);
      /* A limit of 0 (a count that must be none) counts as the tightest. */
      share = r->limit != 0 ? r->margin / fabs (r->limit) : r->margin < 0 ? -G_MAXDOUBLE / 2 : G_MAXDOUBLE / 2;
      g_assert_cmpfloat (share, >=, previous);
      previous = share;
    }
  g_assert_cmpfloat (result_at (panel, 0)->margin, <, 0);
  /* The choices are settings: a new window shows failures first, if the
   * user last chose so. */
  {
    g_autoptr(GSettings) settings = stk_settings_new ();

    g_assert_cmpuint (g_settings_get_uint (settings, "checks-order"), ==, 3);
    g_settings_set_uint (settings, "checks-show", 1);
    test_run_for (50);
    g_assert_cmpuint (gtk_drop_down_get_selected (filter), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 9);
    g_settings_reset (settings, "checks-show");
    g_settings_reset (settings, "checks-order");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The split between drawing and checks, and between list and explanation,
 * are remembered: a new window opens with them. */
static void
test_pane_remembers (void)
{
  g_autoptr(GSettings) settings = stk_settings_new ();
  StkWindow *window = test_open_example ("failing.stackup");
  GtkPaned *paned = GTK_PANED (test_find_named (GTK_WIDGET (window), "checks-paned"));
  GtkPaned *detail = GTK_PANED (test_find_named (GTK_WIDGET (window), "checks-detail-paned"));

  gtk_paned_set_position (paned, 300);
  gtk_paned_set_position (detail, 120);
  test_run_for (50);
  g_assert_cmpint (g_settings_get_int (settings, "checks-pane-position"), ==, 300);
  g_assert_cmpint (g_settings_get_int (settings, "checks-list-height"), ==, 120);
  gtk_window_destroy (GTK_WINDOW (window));

  window = test_open_example ("failing.stackup");
  paned = GTK_PANED (test_find_named (GTK_WIDGET (window), "checks-paned"));
  detail = GTK_PANED (test_find_named (GTK_WIDGET (window), "checks-detail-paned"));
  g_assert_cmpint (gtk_paned_get_position (paned), ==, 300);
  g_assert_cmpint (gtk_paned_get_position (detail), ==, 120);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "checks-pane-position");
  g_settings_reset (settings, "checks-list-height");
}

/* The first view at the default window size (1280 × 820, the settings'
 * default; the sidebar takes 560 px of it): the table has the checks
 * pane's whole width, the explanation goes under it, and a scroll bar that
 * stays says the columns go on. Worked by hand: Status to Margin are
 * 7 + 26 + 20 + 3 × 12 = 89 average characters, some 640 px at the test's
 * font, inside the pane's some 700 px; the whole row (157 characters) is
 * wider, so the list scrolls sideways. */
static void
test_first_view (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  GtkWidget *panel = test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL);
  GtkWidget *list = test_find_named (panel, "checks-view");
  GtkWidget *detail = test_find_named (panel, "checks-detail");
  GtkWidget *summary = test_find_named (panel, "checks-summary");
  GtkLabel *tolerance = GTK_LABEL (test_find_named (panel, "checks-tolerance"));
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_parent (list));
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (scroller);
  StkTableRow *cells = NULL;
  graphene_rect_t l, d, s, t;
  int x, width;

  test_run_for (100);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row && cells == NULL; row = gtk_widget_get_next_sibling (row))
    if (STK_IS_TABLE_ROW (gtk_widget_get_first_child (row)))
      cells = STK_TABLE_ROW (gtk_widget_get_first_child (row));
  g_assert_nonnull (cells);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (scroller), panel, &l));
  g_assert_true (gtk_widget_compute_bounds (detail, panel, &d));
  /* the list has the pane's width; the explanation is under it */
  g_assert_cmpfloat_with_epsilon (l.size.width, gtk_widget_get_width (panel), 0.5);
  g_assert_cmpfloat (d.origin.y, >=, l.origin.y + l.size.height);
  /* Status to Margin in view, unscrolled */
  stk_table_row_get_column_extent (cells, STK_CHECK_COL_MARGIN, &x, &width);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpfloat (x + width, <=, l.size.width);
  /* the rest is there to scroll to, and the scroll bar says so */
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h));
  g_assert_false (gtk_scrolled_window_get_overlay_scrolling (scroller));
  g_assert_true (gtk_widget_get_mapped (gtk_scrolled_window_get_hscrollbar (scroller)));
  /* the verdict alone in the heading; the tolerance line a caption under it */
  g_assert_null (strchr (gtk_label_get_text (GTK_LABEL (summary)), '\n'));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (tolerance), "Tolerance analysis: "));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (tolerance), "caption"));
  g_assert_true (gtk_widget_compute_bounds (summary, panel, &s));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (tolerance), panel, &t));
  g_assert_cmpfloat (t.origin.y, >=, s.origin.y + s.size.height);
  g_assert_cmpfloat (l.origin.y, >=, t.origin.y + t.size.height);
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_rows (GtkWidget *root)
{
  guint n = STK_IS_TABLE_ROW (root) ? 1 : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    n += count_rows (c);
  return n;
}

/* 400 connectors give thousands of results; the list builds rows only for
 * what is in view and around it (GTK 4.8's list view keeps at most 200
 * rows, plus those in view), never one per result. */
static void
test_many_records_lazy (void)
{
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  GtkWidget *list = test_find_named (GTK_WIDGET (panel), "checks-view");
  StkProject *project = stk_window_get_project (window);
  g_autoptr(StkProject) big = stk_project_copy (project);
  StkMate *j1 = stk_project_find_mate (big, "j1");
  guint n;

  /* One ::changed for all of them: assign, not 400 additions. */
  for (guint i = 0; i < 397; i++)
    {
      StkMate *mate = stk_mate_copy (j1);
      g_free (mate->id);
      mate->id = g_strdup_printf ("extra-%u", i);
      stk_project_add_mate (big, mate);
    }
  g_assert_cmpuint (stk_project_get_mates (big)->len, ==, 400);
  stk_project_assign (project, big);
  test_run_for (100);
  n = g_list_model_get_n_items (stk_checks_panel_get_model (panel));
  g_test_message ("%u results, %u rows built", n, count_rows (list));
  g_assert_cmpuint (n, >, 4000);
  g_assert_cmpuint (count_rows (list), <, 250);
  /* Scrolled to the end, still no more rows than a few screens. */
  stk_checks_panel_select (panel, n - 1);
  test_run_for (100);
  g_assert_cmpuint (count_rows (list), <, 250);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/checks/highlight-clears", test_highlight_clears_when_record_goes);
  g_test_add_func ("/stackup/app/checks/highlight-status", test_highlight_follows_status);
  g_test_add_func ("/stackup/app/checks/detail", test_detail_explains);
  g_test_add_func ("/stackup/app/checks/detail-weakened", test_detail_weakened);
  g_test_add_func ("/stackup/app/checks/filter-sort", test_filter_and_sort);
  g_test_add_func ("/stackup/app/checks/pane-remembers", test_pane_remembers);
  g_test_add_func ("/stackup/app/checks/first-view", test_first_view);
  g_test_add_func ("/stackup/app/checks/many-records-lazy", test_many_records_lazy);
  return g_test_run ();
}
