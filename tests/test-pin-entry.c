/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "stk-error.h"
#include "stk-pin-entry.h"

static void
test_simple (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPinEntry) e = stk_pin_entry_parse ("1-6: VBAT 1.2 A", 40, &error);
  const StkPinRange *r;

  g_assert_no_error (error);
  g_assert_cmpuint (e->ranges->len, ==, 1);
  r = &g_array_index (e->ranges, StkPinRange, 0);
  g_assert_cmpuint (r->first, ==, 1);
  g_assert_cmpuint (r->last, ==, 6);
  g_assert_cmpstr (e->net, ==, "VBAT");
  g_assert_true (e->has_current);
  g_assert_cmpfloat_with_epsilon (e->current_a, 1.2, 1e-9);
  g_assert_false (e->has_voltage);
  g_assert_false (e->has_kind);
}

/* The way the issue writes it: a "pins" word and an en dash. */
static void
test_words_and_dashes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPinEntry) e = stk_pin_entry_parse ("pins 1–6: VBAT 1.2 A", 40, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (e->ranges, StkPinRange, 0).first, ==, 1);
  g_assert_cmpuint (g_array_index (e->ranges, StkPinRange, 0).last, ==, 6);
  g_assert_cmpstr (e->net, ==, "VBAT");
}

static void
test_lists_units_kind (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPinEntry) e = stk_pin_entry_parse ("11, 13,15..17 I2C_SDA 3300mV 20 mA signal",
                                                  40, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (e->ranges->len, ==, 3);
  g_assert_cmpuint (g_array_index (e->ranges, StkPinRange, 0).first, ==, 11);
  g_assert_cmpuint (g_array_index (e->ranges, StkPinRange, 1).last, ==, 13);
  g_assert_cmpuint (g_array_index (e->ranges, StkPinRange, 2).first, ==, 15);
  g_assert_cmpuint (g_array_index (e->ranges, StkPinRange, 2).last, ==, 17);
  g_assert_cmpstr (e->net, ==, "I2C_SDA");
  g_assert_cmpfloat_with_epsilon (e->voltage_v, 3.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (e->current_a, 0.020, 1e-9);
  g_assert_true (e->has_kind);
  g_assert_cmpint (e->kind, ==, STK_NET_SIGNAL);
}

static void
test_errors (void)
{
  static const char *bad[] = {
    "",                       /* nothing */
    "VBAT 1.2 A",             /* no pins */
    "1-6",                    /* no net */
    "6-1 VBAT",               /* backwards */
    "0-3 VBAT",               /* pins count from 1 */
    "39-41 VBAT",             /* past the last of 40 pins */
    "1-6 VBAT 1.2 furlongs",  /* unknown unit */
    "1-2-3 VBAT",             /* not a range */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StkPinEntry) e = stk_pin_entry_parse (bad[i], 40, &error);

      g_test_message ("%s", bad[i]);
      g_assert_null (e);
      g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
    }
}

/* A net name holds no control character, as an id holds none: subjects
 * are listed with U+001F between them. A tab is a space, as before. */
static void
test_control_character (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPinEntry) bad = stk_pin_entry_parse ("1-6: SCL\x1fSDA", 40, &error);
  g_autoptr(StkPinEntry) tab = NULL;

  g_assert_null (bad);
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "net “SCL\\x1FSDA” holds a control character: net names, like ids, must not");
  g_clear_error (&error);
  tab = stk_pin_entry_parse ("1-6:\tVBAT", 40, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tab->net, ==, "VBAT");
}

static void
test_apply (void)
{
  g_autoptr(StkMate) mate = stk_mate_new ("j1", "P4", 1.5, 10, "embossed");
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPinEntry) vbat = stk_pin_entry_parse ("1-4 VBAT 1.2 A 4.2 V", 10, &error);
  g_autoptr(StkPinEntry) gnd = stk_pin_entry_parse ("5,6 GND", 10, &error);
  g_autoptr(StkPinEntry) again = stk_pin_entry_parse ("4 VBAT 2 A", 10, &error);
  StkNet *net;

  g_assert_no_error (error);
  stk_pin_entry_apply (vbat, mate);
  stk_pin_entry_apply (gnd, mate);
  g_assert_cmpuint (stk_mate_count_net_pins (mate, "VBAT"), ==, 4);
  g_assert_cmpuint (stk_mate_count_net_pins (mate, "GND"), ==, 2);
  g_assert_null (stk_mate_pin_net (mate, 7));
  /* A current with no kind word makes a supply, a GND name a ground. */
  g_assert_cmpint (stk_mate_find_net (mate, "VBAT")->kind, ==, STK_NET_SUPPLY);
  g_assert_cmpint (stk_mate_find_net (mate, "GND")->kind, ==, STK_NET_GROUND);

  /* Re-entering a net updates what is written and keeps the rest. */
  stk_pin_entry_apply (again, mate);
  net = stk_mate_find_net (mate, "VBAT");
  g_assert_cmpfloat_with_epsilon (net->current_a, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->voltage_v, 4.2, 1e-9);
  g_assert_cmpuint (mate->nets->len, ==, 2);
}

/* Pins an entry takes from other nets are named before it is applied. */
static void
test_takeover (void)
{
  g_autoptr(StkMate) m = stk_mate_new ("j1", "P4", 1.5, 20, "embossed");
  g_autoptr(StkPinEntry) all = stk_pin_entry_parse ("1-6: VBAT", 20, NULL);
  g_autoptr(StkPinEntry) one = stk_pin_entry_parse ("5, 9: GND", 20, NULL);
  g_autoptr(StkPinEntry) free_pins = stk_pin_entry_parse ("9-10: GND", 20, NULL);
  g_autofree char *all_text = NULL, *one_text = NULL, *after = NULL;

  stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.5, 3.8);
  stk_mate_add_net (m, "I2C_SCL", STK_NET_SIGNAL, 0, 1.8);
  stk_mate_add_net (m, "I2C_SDA", STK_NET_SIGNAL, 0, 1.8);
  stk_mate_assign_pins (m, 1, 2, "VBAT");
  stk_mate_assign_pins (m, 5, 5, "I2C_SCL");
  stk_mate_assign_pins (m, 6, 6, "I2C_SDA");

  /* Pins 1–2 are VBAT's already and 3–4 free: only 5–6 change hands. */
  all_text = stk_pin_entry_describe_takeover (all, m);
  g_assert_cmpstr (all_text, ==, "Pins 5–6 were I2C_SCL and I2C_SDA.");
  one_text = stk_pin_entry_describe_takeover (one, m);
  g_assert_cmpstr (one_text, ==, "Pin 5 was I2C_SCL.");
  g_assert_null (stk_pin_entry_describe_takeover (free_pins, m));
  stk_pin_entry_apply (all, m);
  g_assert_null (after = stk_pin_entry_describe_takeover (all, m));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/pin-entry/simple", test_simple);
  g_test_add_func ("/stackup/pin-entry/words-and-dashes", test_words_and_dashes);
  g_test_add_func ("/stackup/pin-entry/lists-units-kind", test_lists_units_kind);
  g_test_add_func ("/stackup/pin-entry/errors", test_errors);
  g_test_add_func ("/stackup/pin-entry/control-character", test_control_character);
  g_test_add_func ("/stackup/pin-entry/apply", test_apply);
  g_test_add_func ("/stackup/pin-entry/takeover", test_takeover);
  return g_test_run ();
}
