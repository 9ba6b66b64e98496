/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-check.h"

/* The datasheet cautions on storage and soldering that depend on how the
 * boards are built (stk-checks-handling.c). Limits from SPECIFICATIONS ›
 * Storage temperature of both catalogs ("−55 to +85 °C (product only)
 * −40 to +50 °C (emboss packing)") and the family notes printed in both. */

static StkBoard *
board (StkProject *p,
       guint       i)
{
  return g_ptr_array_index (stk_project_get_boards (p), i);
}

static GPtrArray *
temperature (StkProject *p)
{
  return stk_checks_run_one (p, stk_catalog_get_default (), "temperature");
}

static const StkCheckResult *
find (GPtrArray  *results,
      const char *item,
      const char *subject)
{
  const StkCheckResult *r = stk_checks_find (results, "temperature", item, subject);

  g_assert_nonnull (r);
  return r;
}

/* stk_project_new (): P4 1.5 mm 40 pins, socket on Main board (bottom),
 * header on Daughter board. Storage by default 5 to 35 °C in the packing:
 * margins 5 − (−40) = 45 and 50 − 35 = 15. Packed up to 60 °C fails by 10;
 * the product alone up to 60 °C passes with 85 − 60 = 25; packed down to
 * −45 °C fails by 5. */
static void
test_storage (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  StkRequirements *req = stk_project_get_requirements (p);
  g_autoptr(GPtrArray) a = temperature (p);
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) c = NULL;
  const StkCheckResult *r;

  r = find (a, "storage-min", "stack");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat (r->limit, ==, -40);
  g_assert_cmpfloat (r->margin, ==, 45);
  g_assert_cmpint (r->limit_source->kind, ==, STK_PROV_DATASHEET);
  g_assert_cmpstr (r->limit_source->ref, ==, "P4 catalog, SPECIFICATIONS › Characteristics");
  r = find (a, "storage-max", "stack");
  g_assert_cmpfloat (r->limit, ==, 50);
  g_assert_cmpfloat (r->margin, ==, 15);

  req->storage_max_c = 60;
  b = temperature (p);
  r = find (b, "storage-max", "stack");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->margin, ==, -10);
  g_assert_cmpstr (stk_check_result_get_message (r), ==, "Stored in the emboss packing up to 60 °C; rated for storage in the emboss "
                                   "packing up to 50 °C");

  req->storage_packed = FALSE;
  req->storage_min_c = -45;
  c = temperature (p);
  r = find (c, "storage-max", "stack");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat (r->limit, ==, 85);
  g_assert_cmpfloat (r->margin, ==, 25);
  r = find (c, "storage-min", "stack");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat (r->limit, ==, -55);
  req->storage_packed = TRUE;
  g_clear_pointer (&c, g_ptr_array_unref);
  c = temperature (p);
  r = find (c, "storage-min", "stack");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->margin, ==, -5);
}

/* Main board (bottom) holds the socket on its upper face; Daughter board
 * (above) holds the header on its lower face. Reflowed on both sides, the
 * daughter board's header hangs during the second reflow: a warning; the
 * main board's socket is on its upper face: a pass. One-sided boards get no
 * record. */
static void
test_underside (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(GPtrArray) one_sided = temperature (p);
  g_autoptr(GPtrArray) both = NULL;
  const StkCheckResult *r;

  g_assert_null (stk_checks_find (one_sided, "temperature", "underside-reflow", NULL));
  board (p, 0)->double_sided = TRUE;
  board (p, 1)->double_sided = TRUE;
  both = temperature (p);
  r = find (both, "underside-reflow", "mate:j1/header");
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  g_assert_cmpstr (stk_check_result_get_message (r), ==, "On the lower face of Daughter board, which is reflowed on both sides: fix the "
                                   "connector with adhesive or other means");
  g_assert_nonnull (strstr (stk_check_result_get_detail (r), "(Double reflow soldering on the same side is possible.)"));
  g_assert_cmpstr (r->limit_source->ref, ==, "Notes on Using Narrow pitch Connectors, Regarding soldering › Reflow "
                                             "soldering (mounting on both sides of the PC board)");
  r = find (both, "underside-reflow", "mate:j1/socket");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
}

/* A rigid daughter board has no cover-lay record; as an FPC it has one, an
 * info record (the catalogs say only "minimize"), with the value when
 * given and none when not. */
static void
test_coverlay (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(GPtrArray) rigid = temperature (p);
  g_autoptr(GPtrArray) unset = NULL;
  g_autoptr(GPtrArray) set = NULL;
  const StkCheckResult *r;

  g_assert_null (stk_checks_find (rigid, "temperature", "coverlay", NULL));
  board (p, 1)->kind = STK_BOARD_FPC;
  unset = temperature (p);
  r = find (unset, "coverlay", "mate:j1/header");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  g_assert_false (r->has_value);
  g_assert_nonnull (strstr (stk_check_result_get_message (r), "not given"));
  g_assert_nonnull (strstr (stk_check_result_get_detail (r), "This connector has no stand-off."));

  board (p, 1)->coverlay_set = TRUE;
  board (p, 1)->coverlay_thickness_mm = 0.05;
  set = temperature (p);
  r = find (set, "coverlay", "mate:j1/header");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  g_assert_true (r->has_value);
  g_assert_false (r->has_limit);
  g_assert_cmpfloat (r->value, ==, 0.05);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/checks/storage", test_storage);
  g_test_add_func ("/stackup/checks/underside-reflow", test_underside);
  g_test_add_func ("/stackup/checks/coverlay", test_coverlay);

  return g_test_run ();
}
