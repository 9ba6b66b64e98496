/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-explorer.h"

/* Hand-worked case (numbers from the datasheets and SUPPLEMENT.md):
 *
 * Board-to-board; 20 signal pins; VBAT 1.0 A and GND 1.0 A; derating 0.8;
 * 1.0 mm parts on the lower board facing 0.6 mm parts on the upper one,
 * margin 0.1 mm; footprint at most 10.0 × 6.0 mm; 40 mating cycles.
 *
 * - Per pin 0.3 A × 0.8 = 0.24 A; 1.0 / 0.24 = 4.17 → 5 pins per power net,
 *   so 20 + 5 + 5 = 30 pins are needed: 20- and 24-pin rows fail "pins".
 * - Total 2.0 A ≤ 5 A: nothing fails "electrical".
 * - Height 1.0 + 0.6 + 0.1 = 1.7 mm: 1.5 mm (and A4S 0.8/1.0 mm) fail "stack".
 * - Length: P4 socket A = 0.2·n + 2.30 → 30 pins 8.30 mm fits, 40 pins
 *   10.30 mm fails "length". Width: P4 socket 5.10 mm (estimate) fits 6.0.
 * - Cycles 40 ≤ P4's 50; A4S's 30 fails "mechanical"; A4S also fails "kind".
 *
 * So exactly four options pass: P4 30 pins at 2.0, 2.5, 3.0 and 3.5 mm,
 * all 8.30 × 5.10 mm, ordered by mated height: AXK730247G first. The
 * catalog holds 35 P4 + 42 A4S = 77 rows, all listed. */
static StkExplorerConstraints *
hand_worked (void)
{
  StkExplorerConstraints *c = stk_explorer_constraints_new ();

  c->signal_pins = 20;
  stk_explorer_constraints_add_power (c, "VBAT", 1.0);
  stk_explorer_constraints_add_power (c, "GND", 1.0);
  c->current_derating = 0.8;
  c->lower_top_mm = 1.0;
  c->upper_bottom_mm = 0.6;
  c->clearance_margin_mm = 0.1;
  c->max_length_mm = 10.0;
  c->max_width_mm = 6.0;
  c->mating_cycles = 40;
  c->kind = STK_SERIES_BOARD_TO_BOARD;
  return c;
}

static const StkExplorerOption *
find (GPtrArray  *options,
      const char *series,
      double      height,
      guint       pins,
      const char *packaging)
{
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);
      const StkProduct *p = o->product;

      if (g_str_equal (p->series->id, series) && fabs (p->mated_height - height) < 1e-9 &&
          p->pins == pins && g_str_equal (p->packaging->id, packaging))
        return o;
    }
  g_error ("no option %s %g mm %u pins %s", series, height, pins, packaging);
}

static void
assert_excluded_by (GPtrArray  *options,
                    const char *series,
                    double      height,
                    guint       pins,
                    const char *packaging,
                    const char *expect)
{
  const StkExplorerOption *o = find (options, series, height, pins, packaging);
  g_autofree char *ids = stk_explorer_option_excluded_by (o);

  g_assert_cmpstr (ids, ==, expect);
  g_assert_cmpint (o->verdict, ==, *expect ? STK_STATUS_FAIL : STK_STATUS_PASS);
}

static void
test_hand_worked (void)
{
  g_autoptr(StkExplorerConstraints) c = hand_worked ();
  g_autoptr(GPtrArray) options = stk_explorer_run (stk_catalog_get_default (), c);
  const double heights[] = { 2.0, 2.5, 3.0, 3.5 };
  guint passing = 0;

  g_assert_cmpuint (options->len, ==, 77);
  for (guint i = 0; i < options->len; i++)
    passing += ((StkExplorerOption *) g_ptr_array_index (options, i))->verdict == STK_STATUS_PASS;
  g_assert_cmpuint (passing, ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);
      g_assert_cmpstr (o->product->series->id, ==, "P4");
      g_assert_cmpuint (o->product->pins, ==, 30);
      g_assert_cmpfloat_with_epsilon (o->product->mated_height, heights[i], 1e-9);
      g_assert_cmpuint (o->pins_needed, ==, 30);
      g_assert_cmpfloat_with_epsilon (o->length_mm, 8.30, 1e-9);
      g_assert_cmpfloat_with_epsilon (o->width_mm, 5.10, 1e-9);
      g_assert_cmpint (o->length_source->kind, ==, STK_PROV_DATASHEET);
      g_assert_cmpint (o->width_source->kind, ==, STK_PROV_ESTIMATE);
    }
  g_assert_cmpstr (((StkExplorerOption *) g_ptr_array_index (options, 0))->product->socket, ==, "AXK730247G");
  g_assert_cmpint (((StkExplorerOption *) g_ptr_array_index (options, 4))->verdict, ==, STK_STATUS_FAIL);

  assert_excluded_by (options, "P4", 2.0, 30, "embossed", "");
  assert_excluded_by (options, "P4", 1.5, 30, "embossed", "stack");
  assert_excluded_by (options, "P4", 2.0, 40, "embossed", "length");
  assert_excluded_by (options, "P4", 1.5, 24, "embossed", "pins, stack");
  assert_excluded_by (options, "P4", 1.5, 100, "embossed", "stack, length");
  assert_excluded_by (options, "A4S", 0.8, 30, "8mm", "kind, stack, mechanical");
  assert_excluded_by (options, "A4S", 1.0, 10, "8mm", "kind, pins, stack, mechanical");
}

/* Board-to-FPC, 10 signal pins, 0.3 mm parts + 0.1 margin = 0.4 mm; 30
 * cycles (A4S life 30). The smallest A4S footprint is 10 pins: socket A =
 * 0.2·10 + 2.50 = 4.50 mm × 2.50 mm wide (datasheet), in three rows: with
 * 4 mm packaging preferred, the 4 mm row ranks ahead of the 8 mm ones of the
 * same size, and 0.8 mm ahead of 1.0 mm among those. 31 cycles exclude A4S. */
static void
test_fpc (void)
{
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  g_autoptr(GPtrArray) options = NULL;
  const StkExplorerOption *o;

  c->kind = STK_SERIES_BOARD_TO_FPC;
  c->signal_pins = 10;
  c->lower_top_mm = 0.3;
  c->mating_cycles = 30;
  c->packaging = g_strdup ("4mm");
  options = stk_explorer_run (stk_catalog_get_default (), c);
  o = g_ptr_array_index (options, 0);
  g_assert_cmpstr (o->product->socket, ==, "AXE510127D");
  g_assert_cmpfloat_with_epsilon (o->length_mm, 4.50, 1e-9);
  g_assert_cmpfloat_with_epsilon (o->width_mm, 2.50, 1e-9);
  g_assert_true (o->preferred_packaging);
  o = g_ptr_array_index (options, 1);
  g_assert_false (o->preferred_packaging);
  g_assert_cmpstr (o->product->header, ==, "AXE610124");
  o = g_ptr_array_index (options, 2);
  g_assert_cmpstr (o->product->header, ==, "AXE610224");
  g_assert_cmpuint (((StkExplorerOption *) g_ptr_array_index (options, 3))->product->pins, ==, 12);
  assert_excluded_by (options, "P4", 1.5, 20, "embossed", "kind");

  c->mating_cycles = 31;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "A4S", 0.8, 10, "4mm", "mechanical");
}

/* 5 A total passes, 5.1 A does not (rated 5 A at total pin contacts). */
static void
test_total_current (void)
{
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  g_autoptr(GPtrArray) options = NULL;

  c->current_derating = 1.0;
  stk_explorer_constraints_add_power (c, "VBUS", 2.5);
  stk_explorer_constraints_add_power (c, "GND", 2.5);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  /* 2.5 / 0.3 = 8.33 → 9 pins each: 18 fits in 20. */
  assert_excluded_by (options, "P4", 1.5, 20, "embossed", "");
  g_ptr_array_set_size (c->power_nets, 1);
  stk_explorer_constraints_add_power (c, "GND", 2.6);
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "P4", 1.5, 40, "embossed", "electrical");

  /* P4 socket 5.10 mm wide over the terminal tips (estimate) > 5.0 mm. */
  c->max_width_mm = 5.0;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "P4", 1.5, 40, "embossed", "electrical, width");
  c->max_width_mm = 5.1;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "P4", 1.5, 40, "embossed", "electrical");
}

/* Found by fuzzing: 1e37 A needs 1e37 / 0.3 pins, more than a guint holds
 * (converting it was undefined), and two nets of 2^31 pins each summed to a
 * few pins once the sum wrapped around. Both must exclude every option. */
static void
test_huge_current (void)
{
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  g_autoptr(GPtrArray) options = NULL;

  c->current_derating = 1.0;
  stk_explorer_constraints_add_power (c, "VBAT", 1e37);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);

      g_assert_cmpuint (o->pins_needed, ==, G_MAXUINT);
      g_assert_cmpint (o->verdict, ==, STK_STATUS_FAIL);
    }

  /* 0.3 A a pin (P4 and A4S alike): 2^31 pins are 644245094.4 A; two nets of it
   * need 2^32 pins or a little more, past G_MAXUINT: the sum wrapped to 0 or 2 before. */
  g_ptr_array_set_size (c->power_nets, 0);
  stk_explorer_constraints_add_power (c, "A", 0.3 * 2147483648.0);
  stk_explorer_constraints_add_power (c, "B", 0.3 * 2147483648.0);
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);

      g_assert_cmpuint (o->pins_needed, ==, G_MAXUINT);
      g_assert_cmpint (o->verdict, ==, STK_STATUS_FAIL);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/explorer/hand-worked", test_hand_worked);
  g_test_add_func ("/stackup/explorer/fpc", test_fpc);
  g_test_add_func ("/stackup/explorer/total-current", test_total_current);
  g_test_add_func ("/stackup/explorer/huge-current", test_huge_current);

  return g_test_run ();
}
