/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <gtk/gtk.h>

#include "stk-canvas.h"
#include "stk-check.h"
#include "stk-checks-panel.h"
#include "stk-drawing.h"
#include "stk-preferences-window.h"
#include "stk-record-item.h"
#include "stk-settings.h"
#include "stk-table-row.h"
#include "stk-window.h"
#include "test-gtk-util.h"

/* One unit choice for every number shown: with "inch" chosen the drawing,
 * the check messages and the checks list all say mil (the drawing with the
 * millimetres in brackets), while the project keeps millimetres. */

static gboolean
drawing_has_text (const StkDrawing *drawing,
                  const char       *text)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (drawing, &n);

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_TEXT && g_strcmp0 (prims[i].text, text) == 0)
      return TRUE;
  g_test_message ("no text “%s” on the drawing", text);
  return FALSE;
}

/* Dimension values that overlap another dimension's: the longer
 * "≈161.4 mil [4.1 mm]" must push the next dimension out, not run into it. */
static guint
count_overlapping_values (const StkDrawing *drawing)
{
  guint n, overlaps = 0;
  const StkPrim *prims = stk_drawing_get_prims (drawing, &n);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const StkPrim *a = &prims[i], *b = &prims[j];

        if (a->kind != STK_PRIM_TEXT || b->kind != STK_PRIM_TEXT ||
            a->group != STK_GROUP_DIMENSION || b->group != STK_GROUP_DIMENSION)
          continue;
        if (a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1)
          {
            g_test_message ("“%s” overlaps “%s”", a->text, b->text);
            overlaps++;
          }
      }
  return overlaps;
}

static StkTableRow *
find_row_with (GtkWidget  *root,
               guint       column,
               const char *text)
{
  if (STK_IS_TABLE_ROW (root) && g_strcmp0 (stk_table_row_get_text (STK_TABLE_ROW (root), column), text) == 0)
    return STK_TABLE_ROW (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      StkTableRow *found = find_row_with (c, column, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* failing.stackup, worked by hand with 1 mil = 0.0254 mm:
 * - the main board is 0.8 mm thick: 0.8 / 0.0254 = 31.496 → "31.5 mil",
 *   drawn as "Main board 31.5 mil [0.8 mm]";
 * - J1's mated height 1.5 mm = 59.055 mil → "J1 power mated 59.1 mil [1.5 mm]";
 * - J1's socket warps 0.05 mm = 1.9685 → "2.0 mil" over A = 6.3 mm =
 *   248.03 → "248.0 mil", limit 0.03 mm = 1.181 → "1.2 mil", margin
 *   −0.02 mm = −0.787 → "−0.8 mil". */
static void
test_inch_everywhere (void)
{
  g_autoptr(GSettings) settings = stk_settings_new ();
  StkWindow *window = test_open_example ("failing.stackup");
  StkChecksPanel *panel = STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL));
  StkCanvas *canvas = STK_CANVAS (test_find_type (GTK_WIDGET (window), STK_TYPE_CANVAS));
  GListModel *model = stk_checks_panel_get_model (panel);
  StkTableRow *warp_row;
  gboolean found = FALSE;

  g_assert_true (drawing_has_text (stk_canvas_get_drawing (canvas), "Main board 0.8"));
  g_settings_set_enum (settings, "units", 1);
  test_run_for (100);

  g_assert_true (drawing_has_text (stk_canvas_get_drawing (canvas), "Main board 31.5 mil [0.8 mm]"));
  g_assert_true (drawing_has_text (stk_canvas_get_drawing (canvas), "J1 power mated 59.1 mil [1.5 mm]"));
  g_assert_cmpuint (count_overlapping_values (stk_canvas_get_drawing (canvas)), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (model, i);
      const StkCheckResult *r = stk_record_item_get (item);

      if (g_str_equal (r->check_id, "warp") && g_str_equal (r->subject, "mate:j1/socket"))
        {
          g_assert_true (g_str_has_prefix (stk_check_result_get_message (r), "Warp 2.0 mil over the connector length A 248.0 mil; "
                                                       "limit 1.2 mil "));
          /* The record's figures stay in millimetres. */
          g_assert_cmpfloat_with_epsilon (r->value, 0.05, 1e-9);
          found = TRUE;
        }
    }
  g_assert_true (found);
  warp_row = find_row_with (GTK_WIDGET (panel), 3, "2.0 mil");
  g_assert_nonnull (warp_row);
  g_assert_cmpstr (stk_table_row_get_text (warp_row, 4), ==, "1.2 mil");
  g_assert_cmpstr (stk_table_row_get_text (warp_row, 5), ==, "−0.8 mil");

  /* The project is still in millimetres. */
  g_assert_cmpfloat_with_epsilon (stk_project_find_board (stk_window_get_project (window), "main")->thickness_mm,
                                  0.8, 1e-9);
  g_settings_reset (settings, "units");
  test_run_for (100);
  g_assert_true (drawing_has_text (stk_canvas_get_drawing (canvas), "Main board 0.8"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The preference "Series of new connectors" lists the catalog's series (the
 * index names P4 then A4S) and stores the one chosen; an id the catalog does
 * not list shows its first series. */
static void
test_series_from_catalog (void)
{
  g_autoptr(GSettings) settings = stk_settings_new ();
  GtkWidget *prefs = GTK_WIDGET (stk_preferences_window_new (NULL));
  GtkDropDown *series = GTK_DROP_DOWN (test_find_named (prefs, "default-series"));
  GListModel *model;
  g_autofree char *stored = NULL;

  g_assert_nonnull (series);
  model = gtk_drop_down_get_model (series);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "P4 (board-to-board)");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), ==, "A4S (board-to-FPC)");
  gtk_drop_down_set_selected (series, 1);
  stored = g_settings_get_string (settings, "default-series");
  g_assert_cmpstr (stored, ==, "A4S");
  g_settings_set_string (settings, "default-series", "X9");
  g_assert_cmpuint (gtk_drop_down_get_selected (series), ==, 0);
  g_settings_reset (settings, "default-series");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/app/units/inch-everywhere", test_inch_everywhere);
  g_test_add_func ("/stackup/app/preferences/series-from-catalog", test_series_from_catalog);
  return g_test_run ();
}
