/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-check.h"
#include "stk-drawing.h"
#include "stk-sheet.h"
#include "test-projects.h"
#include "test-util.h"

/* Sheets laid out from measured views (stk_sheets_new_lazy, the canvas)
 * must be the sheets laid out from built views (print, export, the note):
 * a measuring drawing runs the same building code and keeps only the
 * extents, so every view lands at the same place and scale, and each sheet,
 * built when asked for, holds the same primitives. Compared field by field
 * with the eager sheets, never with figures copied from either. */

static void
assert_same_drawing (const StkDrawing *a,
                     const StkDrawing *b)
{
  guint na, nb;
  const StkPrim *pa = stk_drawing_get_prims (a, &na);
  const StkPrim *pb = stk_drawing_get_prims (b, &nb);
  const StkPoint *qa = stk_drawing_get_points (a);
  const StkPoint *qb = stk_drawing_get_points (b);

  g_assert_cmpuint (na, ==, nb);
  g_assert_cmpuint (na, >, 0);
  for (guint i = 0; i < na; i++)
    {
      g_assert_cmpint (pa[i].kind, ==, pb[i].kind);
      g_assert_cmpint (pa[i].ink, ==, pb[i].ink);
      g_assert_cmpint (pa[i].prov, ==, pb[i].prov);
      g_assert_cmpint (pa[i].failing, ==, pb[i].failing);
      g_assert_cmpfloat (pa[i].x0, ==, pb[i].x0);
      g_assert_cmpfloat (pa[i].y0, ==, pb[i].y0);
      g_assert_cmpfloat (pa[i].x1, ==, pb[i].x1);
      g_assert_cmpfloat (pa[i].y1, ==, pb[i].y1);
      g_assert_cmpfloat (pa[i].size, ==, pb[i].size);
      g_assert_cmpstr (pa[i].text, ==, pb[i].text);
      g_assert_cmpstr (pa[i].subject, ==, pb[i].subject);
      g_assert_cmpstr (pa[i].layer, ==, pb[i].layer);
      g_assert_cmpuint (pa[i].n_points, ==, pb[i].n_points);
      for (guint k = 0; k < pa[i].n_points; k++)
        {
          g_assert_cmpfloat (qa[pa[i].first + k].x, ==, qb[pb[i].first + k].x);
          g_assert_cmpfloat (qa[pa[i].first + k].y, ==, qb[pb[i].first + k].y);
        }
    }
}

static void
assert_lazy_same (StkProject         *project,
                  const StkSheetSpec *spec)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) results = stk_checks_run (project, catalog);
  g_autoptr(StkSheets) eager = stk_sheets_new_with_results (project, catalog, spec, results);
  g_autoptr(StkSheets) lazy = stk_sheets_new_lazy (project, catalog, spec, results);
  guint n = stk_sheets_get_n_sheets (eager), views = 0;

  g_assert_cmpuint (stk_sheets_get_n_sheets (lazy), ==, n);
  g_assert_cmpfloat (stk_sheets_get_scale (lazy), ==, stk_sheets_get_scale (eager));
  /* Laid out, nothing built yet. */
  g_assert_cmpuint (stk_sheets_count_built (lazy), ==, 0);
  for (guint v = 0;; v++)
    {
      guint se, sl;
      double xe, ye, ke, xl, yl, kl;
      gboolean in_e = stk_sheets_get_placement (eager, v, &se, &xe, &ye, &ke);
      gboolean in_l = stk_sheets_get_placement (lazy, v, &sl, &xl, &yl, &kl);

      g_assert_cmpint (in_e, ==, in_l);
      if (!in_e)
        break;
      g_assert_cmpuint (se, ==, sl);
      g_assert_cmpfloat (xe, ==, xl);
      g_assert_cmpfloat (ye, ==, yl);
      g_assert_cmpfloat (ke, ==, kl);
      views++;
    }
  g_assert_cmpuint (views, >=, 2);
  /* Asked from the last back, as a user may scroll: each is built alone. */
  for (guint i = n; i-- > 0;)
    {
      assert_same_drawing (stk_sheets_get_sheet (eager, i), stk_sheets_get_sheet (lazy, i));
      g_assert_cmpuint (stk_sheets_count_built (lazy), ==, n - i);
    }
}

static void
specs (StkProject *project)
{
  StkSheetSpec spec;

  stk_sheet_spec_init (&spec);
  assert_lazy_same (project, &spec);
  spec.size = STK_SHEET_A3;
  spec.landscape = TRUE;
  assert_lazy_same (project, &spec);
  stk_sheet_spec_init (&spec);
  spec.scale = 1.0;
  assert_lazy_same (project, &spec);
  stk_sheet_spec_init (&spec);
  spec.scale = 5.0;
  spec.units = STK_UNITS_INCH;
  assert_lazy_same (project, &spec);
}

static void
test_examples (void)
{
  const char *examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(StkProject) p = test_load_example (examples[i]);
      specs (p);
    }
}

/* Many views on many sheets, a top view that must shrink, FPCs with plates. */
static void
test_assembly (void)
{
  g_autoptr(StkProject) p = test_project_assembly (4, 3, 40);

  specs (p);
}

/* Lazy sheets hold the project's placement as it was laid out: asked for
 * a sheet after the project changed, the source refuses to build its views
 * (a critical, not a read of what the change freed), and the sheet comes
 * back with its frame and title block only. The canvas makes new sheets on
 * every change, so it never asks. */
static void
test_after_change (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) results = stk_checks_run (p, catalog);
  g_autoptr(StkSheets) eager = NULL;
  g_autoptr(StkSheets) lazy = NULL;
  StkSheetSpec spec;
  guint n_lazy, n_eager;

  stk_sheet_spec_init (&spec);
  eager = stk_sheets_new_with_results (p, catalog, &spec, results);
  lazy = stk_sheets_new_lazy (p, catalog, &spec, results);
  stk_project_changed (p);
  /* Eager sheets built their views when laid out: still whole. */
  stk_drawing_get_prims (stk_sheets_get_sheet (eager, 0), &n_eager);
  g_test_expect_message ("stk-drawing", G_LOG_LEVEL_CRITICAL, "*serial*");
  stk_drawing_get_prims (stk_sheets_get_sheet (lazy, 0), &n_lazy);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (n_lazy, >, 0);
  g_assert_cmpuint (n_lazy, <, n_eager);
}

/* Mates stacked one above another, P4 and A4S in turn: the measured top
 * view draws only one cut of those alike (same line, letters as wide); 60
 * cuts take the letters from one character to two. */
static void
test_stack (void)
{
  g_autoptr(StkProject) p = test_project_many (60);

  specs (p);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/sheet-lazy/examples", test_examples);
  g_test_add_func ("/stackup/sheet-lazy/assembly", test_assembly);
  g_test_add_func ("/stackup/sheet-lazy/after-change", test_after_change);
  g_test_add_func ("/stackup/sheet-lazy/stack", test_stack);
  return g_test_run ();
}
