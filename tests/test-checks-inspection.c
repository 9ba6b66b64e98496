/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-check.h"
#include "stk-drawing.h"
#include "stk-project-io.h"

/* A mate of the A4S inspection-use type (A4S catalog, "Connectors for
 * inspection usage": AXE5E**26 / AXE6E**26, 3,000 mating and unmating
 * cycles, "Same external dimensions and foot pattern as standard type", no
 * mated height given) as a test fixture joins a main board and a fixture
 * board. 20 pins: AXE5E2026 / AXE6E2026. */
static StkProject *
fixture_project (guint cycles_test)
{
  StkProject *p = stk_project_new_empty ();
  StkMate *m = stk_mate_new ("tf", "A4S", 0.8, 20, "8mm");
  StkRequirements *req = stk_project_get_requirements (p);

  stk_project_add_board (p, stk_board_new ("main", "Main board", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("fixture", "Test fixture", STK_BOARD_FPC), -1);
  m->socket_board = g_strdup ("main");
  m->header_board = g_strdup ("fixture");
  m->inspection = TRUE;
  stk_project_add_mate (p, m);
  req->cycles_assembly = 0;
  req->cycles_rework = 0;
  req->cycles_service = 0;
  req->cycles_test = cycles_test;
  return p;
}

/* 2,000 test cycles ≤ 3,000: pass with 1,000 to spare (the standard A4S
 * would fail: life 30). 3,001 fails by 1. */
static void
test_cycles (void)
{
  g_autoptr(StkProject) ok = fixture_project (2000);
  g_autoptr(StkProject) worn = fixture_project (3001);
  g_autoptr(GPtrArray) a = stk_checks_run_one (ok, stk_catalog_get_default (), "mechanical");
  g_autoptr(GPtrArray) b = stk_checks_run_one (worn, stk_catalog_get_default (), "mechanical");
  const StkCheckResult *r = stk_checks_find (a, "mechanical", "cycles", "mate:tf");

  g_assert_nonnull (r);
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat (r->limit, ==, 3000);
  g_assert_cmpfloat (r->margin, ==, 1000);
  g_assert_cmpstr (r->limit_source->ref, ==, "A4S catalog, Connectors for inspection usage (FEATURES, TABLE OF "
                                             "PRODUCT TYPES, PRODUCT TYPES)");
  r = stk_checks_find (b, "mechanical", "cycles", "mate:tf");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->margin, ==, -1);
}

/* The part record names the inspection-use parts and says the height is
 * not stated. The clearance record is information, not a verdict: the
 * 0.8 mm it uses is the standard pair's. Facing parts 0.5 + 0.4 + 0.1
 * margin = 1.0 mm > 0.8 mm would fail a standard pair; here it warns. */
static void
test_part_and_height (void)
{
  g_autoptr(StkProject) p = fixture_project (100);
  g_autoptr(GPtrArray) part = stk_checks_run_one (p, stk_catalog_get_default (), "part");
  g_autoptr(GPtrArray) fits = stk_checks_run_one (p, stk_catalog_get_default (), "stack");
  g_autoptr(GPtrArray) tall = NULL;
  const StkCheckResult *r = stk_checks_find (part, "part", "inspection", "mate:tf");

  g_assert_nonnull (r);
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  g_assert_nonnull (strstr (stk_check_result_get_message (r), "socket AXE5E2026, header AXE6E2026 (3000 mating cycles)"));
  g_assert_nonnull (strstr (stk_check_result_get_message (r), "Mated height not stated by the catalog"));
  g_assert_nonnull (strstr (stk_check_result_get_detail (r), "does not state the mated height"));

  r = stk_checks_find (fits, "stack", "clearance", "mate:tf");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  g_assert_nonnull (strstr (stk_check_result_get_message (r), "The catalog states no mated height for the inspection-use type"));

  ((StkBoard *) g_ptr_array_index (stk_project_get_boards (p), 0))->component_top_mm = 0.5;
  ((StkBoard *) g_ptr_array_index (stk_project_get_boards (p), 1))->component_bottom_mm = 0.4;
  tall = stk_checks_run_one (p, stk_catalog_get_default (), "stack");
  r = stk_checks_find (tall, "stack", "clearance", "mate:tf");
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
}

/* The drawing labels the gap without taking 0.8 mm for a catalog height. */
static void
test_drawing_label (void)
{
  g_autoptr(StkProject) p = fixture_project (100);
  g_autoptr(StkDrawing) d = stk_drawing_new (p, stk_catalog_get_default ());
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    found |= prims[i].kind == STK_PRIM_TEXT &&
             g_strcmp0 (prims[i].text, "tf inspection-use: mated height not stated (drawn 0.8)") == 0;
  g_assert_true (found);
}

/* "inspection": true is written only when set and read back; P4 has no
 * inspection-use type, and A4S none with 18 pins. */
static void
test_file (void)
{
  g_autoptr(StkProject) p = fixture_project (100);
  g_autofree char *json = stk_project_to_json (p);
  g_autoptr(StkProject) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *p4 = NULL;
  g_autoptr(StkProject) bad = NULL;

  g_assert_nonnull (strstr (json, "\"inspection\": true"));
  back = stk_project_load_data (json, strlen (json), "fixture.stackup", &error);
  g_assert_no_error (error);
  g_assert_true (((StkMate *) g_ptr_array_index (stk_project_get_mates (back), 0))->inspection);

  p4 = g_strdup ("{\"format\": \"stackup-project\", \"version\": 2, \"boards\": [{\"id\": \"a\", \"kind\": \"rigid\"}, "
                 "{\"id\": \"b\", \"kind\": \"rigid\"}], \"mates\": [{\"id\": \"j1\", \"series\": \"P4\", "
                 "\"mated_height_mm\": 1.5, \"pins\": 20, \"socket_board\": \"a\", \"header_board\": \"b\", "
                 "\"inspection\": true}]}");
  bad = stk_project_load_data (p4, strlen (p4), "p4.stackup", &error);
  g_assert_null (bad);
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "mates[0].inspection: P4 has no inspection-use type"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/checks/inspection/cycles", test_cycles);
  g_test_add_func ("/stackup/checks/inspection/part-and-height", test_part_and_height);
  g_test_add_func ("/stackup/checks/inspection/drawing", test_drawing_label);
  g_test_add_func ("/stackup/checks/inspection/file", test_file);

  return g_test_run ();
}
