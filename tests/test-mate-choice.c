/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "stk-mate-choice.h"

static const StkSeries *
series (const char *id)
{
  return stk_catalog_find_series (stk_catalog_get_default (), id);
}

/* P4 PRODUCT TYPES: 100 pins exist only at 1.5 mm; at 3.0 mm the largest is 80. */
static void
test_height_keeps_nearest_pins (void)
{
  g_autoptr(StkMate) mate = stk_mate_new ("j1", "P4", 1.5, 100, "embossed");

  mate->mated_height_mm = 3.0;
  g_assert_true (stk_mate_choose_valid (mate, series ("P4")));
  g_assert_cmpfloat (mate->mated_height_mm, ==, 3.0);
  g_assert_cmpuint (mate->pins, ==, 80);
  g_assert_cmpuint (mate->pin_nets->len, ==, 80);
  g_assert_nonnull (stk_series_find_product (series ("P4"), 3.0, 80, mate->packaging));
}

/* A4S is sold at 0.8 and 1.0 mm only, in 8 mm and 4 mm tape; 40 pins exist. */
static void
test_series_switch (void)
{
  g_autoptr(StkMate) mate = stk_mate_new ("j1", "P4", 2.0, 40, "embossed");
  const StkProduct *p;

  g_assert_true (stk_mate_choose_valid (mate, series ("A4S")));
  g_assert_cmpstr (mate->series, ==, "A4S");
  g_assert_cmpfloat (mate->mated_height_mm, ==, 0.8);
  g_assert_cmpuint (mate->pins, ==, 40);
  p = stk_series_find_product (series ("A4S"), 0.8, 40, mate->packaging);
  g_assert_nonnull (p);
  g_assert_cmpstr (p->socket, ==, "AXE540127");
}

/* A4S 4 mm tape (AXE5**127D) is listed for 0.8 mm only. */
static void
test_packaging_by_height (void)
{
  g_autoptr(StkMate) ok = stk_mate_new ("j1", "A4S", 0.8, 24, "4mm");
  g_autoptr(StkMate) moved = stk_mate_new ("j2", "A4S", 1.0, 24, "4mm");
  g_autoptr(GPtrArray) at_08 = stk_series_packagings_for_height (series ("A4S"), 0.8);
  g_autoptr(GPtrArray) at_10 = stk_series_packagings_for_height (series ("A4S"), 1.0);

  g_assert_cmpuint (at_08->len, ==, 2);
  g_assert_cmpuint (at_10->len, ==, 1);
  g_assert_true (stk_mate_choose_valid (ok, series ("A4S")));
  g_assert_cmpstr (ok->packaging, ==, "4mm");
  g_assert_cmpuint (ok->pins, ==, 24);
  g_assert_true (stk_mate_choose_valid (moved, series ("A4S")));
  g_assert_cmpstr (moved->packaging, ==, "8mm");
  g_assert_cmpfloat (moved->mated_height_mm, ==, 1.0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/mate-choice/height-keeps-nearest-pins", test_height_keeps_nearest_pins);
  g_test_add_func ("/stackup/mate-choice/series-switch", test_series_switch);
  g_test_add_func ("/stackup/mate-choice/packaging-by-height", test_packaging_by_height);
  return g_test_run ();
}
