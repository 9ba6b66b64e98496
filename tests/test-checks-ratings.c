/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-check.h"
#include "test-checks-util.h"
#include "test-util.h"

/* The checks against the connector's ratings: current and voltage, the
 * pinout under reverse mating, insertion and removal forces, mating
 * cycles, temperatures. The rest of the check table is in test-checks.c.
 *
 * Expected values below come from the datasheets (000_*.txt = P4,
 * 001_*.txt = A4S) and SUPPLEMENT.md, worked by hand in the comments. */

#define EPS 1e-9

/* 0.3 A per pin × derating 0.8 = 0.24 A; 5 A in total; 60 V. */
static void
test_current_and_voltage (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = test_mate_at (p, 0);
  StkNet *vbat = stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.48, 4.2);
  StkNet *gnd = stk_mate_add_net (m, "GND", STK_NET_GROUND, 0.48, 0);
  StkCheckResult *r;

  stk_mate_assign_pins (m, 1, 2, "VBAT");
  stk_mate_assign_pins (m, 19, 22, "GND");
  results = test_checks_run (p, "electrical");
  r = test_checks_get (results, "electrical", "per-pin", "net:j1/VBAT");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 0.24, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.24, EPS);
  test_assert_contains (stk_check_result_get_message (r), "at least 2 pins");
  test_checks_assert_datasheet (r, "P4 catalog, SPECIFICATIONS");

  vbat->current_a = 0.481;
  g_assert_cmpint (test_checks_status (p, "electrical", "per-pin", "net:j1/VBAT"), ==, STK_STATUS_FAIL);
  vbat->current_a = 0.479;
  g_assert_cmpint (test_checks_status (p, "electrical", "per-pin", "net:j1/VBAT"), ==, STK_STATUS_PASS);

  /* 1.0 A / 0.24 A = 4.17: at least 5 pins. */
  gnd->current_a = 1.0;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "electrical");
  test_assert_contains (stk_check_result_get_message (test_checks_get (results, "electrical", "per-pin", "net:j1/GND")), "at least 5 pins");
  g_assert_cmpint (test_checks_get (results, "electrical", "per-pin", "net:j1/GND")->status, ==, STK_STATUS_FAIL);

  /* 0.1 A needs one pin, in the singular (it read "1 pins"). */
  {
    StkNet *sig = stk_mate_add_net (m, "SIG", STK_NET_SIGNAL, 0.1, 1.8);

    stk_mate_assign_pins (m, 5, 5, "SIG");
    g_clear_pointer (&results, g_ptr_array_unref);
    results = test_checks_run (p, "electrical");
    r = test_checks_get (results, "electrical", "per-pin", "net:j1/SIG");
    test_assert_contains (stk_check_result_get_message (r), "0.1 A on 1 pin = ");
    test_assert_contains (stk_check_result_get_message (r), "needs at least 1 pin");
    g_assert_null (strstr (stk_check_result_get_message (r), "1 pins"));
    sig->current_a = 0;  /* out of the totals below */
  }

  /* Total through all contacts: 5 A. */
  stk_mate_assign_pins (m, 1, 12, "VBAT");
  stk_mate_assign_pins (m, 19, 30, "GND");
  vbat->current_a = 2.5;
  gnd->current_a = 2.5;
  g_assert_cmpint (test_checks_status (p, "electrical", "total", "mate:j1"), ==, STK_STATUS_PASS);
  gnd->current_a = 2.51;
  g_assert_cmpint (test_checks_status (p, "electrical", "total", "mate:j1"), ==, STK_STATUS_FAIL);
  gnd->current_a = 2.49;
  g_assert_cmpint (test_checks_status (p, "electrical", "total", "mate:j1"), ==, STK_STATUS_PASS);

  vbat->voltage_v = 60;
  g_assert_cmpint (test_checks_status (p, "electrical", "voltage", "net:j1/VBAT"), ==, STK_STATUS_PASS);
  vbat->voltage_v = 60.1;
  g_assert_cmpint (test_checks_status (p, "electrical", "voltage", "net:j1/VBAT"), ==, STK_STATUS_FAIL);
  vbat->voltage_v = 59.9;
  g_assert_cmpint (test_checks_status (p, "electrical", "voltage", "net:j1/VBAT"), ==, STK_STATUS_PASS);
}

/* 40 pins turned by 180°: pin p meets 41 − p. */
static void
test_reverse_mating (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = test_mate_at (p, 0);
  StkCheckResult *r;

  g_assert_cmpint (test_checks_status (p, "reverse-mating", "pinout", "mate:j1"), ==, STK_STATUS_INFO);

  stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.2, 4.2);
  stk_mate_add_net (m, "GND", STK_NET_GROUND, 0.2, 0);
  stk_mate_add_net (m, "SDA", STK_NET_SIGNAL, 0, 1.8);

  /* Unsafe: VBAT on 1–2, GND on 39–40: 1↔40 and 2↔39 join them. */
  stk_mate_assign_pins (m, 1, 2, "VBAT");
  stk_mate_assign_pins (m, 39, 40, "GND");
  results = test_checks_run (p, "reverse-mating");
  r = test_checks_get (results, "reverse-mating", "pinout", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->value, ==, 2);
  test_assert_contains (stk_check_result_get_message (r), "1↔40 (VBAT–GND), 2↔39 (VBAT–GND)");
  test_assert_contains (stk_check_result_get_detail (r), "pin p meets pin n + 1 − p");
  test_checks_assert_datasheet (r, "Precautions for mating");

  /* Safe: VBAT mirrored onto itself, GND on 20–21 which meet each other. */
  stk_mate_assign_pins (m, 39, 40, "VBAT");
  stk_mate_assign_pins (m, 20, 21, "GND");
  g_assert_cmpint (test_checks_status (p, "reverse-mating", "pinout", "mate:j1"), ==, STK_STATUS_PASS);

  /* A supply on a signal pin is a warning. */
  stk_mate_assign_pins (m, 39, 40, "SDA");
  g_assert_cmpint (test_checks_status (p, "reverse-mating", "pinout", "mate:j1"), ==, STK_STATUS_WARNING);
}

/* P4: max 29.43 N at 24 contacts or fewer, 0.981 N × 30 = 29.43 N at 30.
 * Removal: P4 0.0588 × 40 = 2.352 N at 1.5 mm, 0.118 × 40 = 4.72 N at
 * 2.0 mm; A4S 0.165 × 40 = 6.6 N. */
static void
test_forces (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(StkProject) a = test_checks_a4s_project (40);
  g_autoptr(GPtrArray) results = NULL;
  StkCheckResult *r;

  stk_mate_set_pins (test_mate_at (p, 0), 24);
  results = test_checks_run (p, "mechanical");
  r = test_checks_get (results, "mechanical", "insertion-force", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  g_assert_cmpfloat_with_epsilon (r->value, 29.43, EPS);
  /* A figure for sizing the fixture, not a value against a limit. */
  g_assert_true (r->has_value);
  g_assert_false (r->has_limit);
  test_assert_contains (stk_check_result_get_message (r), "24 contacts or fewer");
  test_checks_assert_datasheet (r, "P4 catalog, SPECIFICATIONS");

  stk_mate_set_pins (test_mate_at (p, 0), 30);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "mechanical");
  r = test_checks_get (results, "mechanical", "insertion-force", "mate:j1");
  g_assert_cmpfloat_with_epsilon (r->value, 0.981 * 30, EPS);
  test_assert_contains (stk_check_result_get_message (r), "0.981 N per contact × 30");

  stk_mate_set_pins (test_mate_at (p, 0), 40);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "mechanical");
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "mechanical", "removal-force", "mate:j1")->value, 2.352, EPS);
  test_mate_at (p, 0)->mated_height_mm = 2.0;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "mechanical");
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "mechanical", "removal-force", "mate:j1")->value, 4.72, EPS);

  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (a, "mechanical");
  r = test_checks_get (results, "mechanical", "removal-force", "mate:j2");
  g_assert_cmpfloat_with_epsilon (r->value, 6.6, EPS);
  test_checks_assert_datasheet (r, "A4S catalog, SPECIFICATIONS");
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "mechanical", "insertion-force", "mate:j2")->value, 48, EPS);
}

/* Insertion and removal life: P4 50, A4S 30; inspection variant 3,000. */
static void
test_cycles (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(StkProject) a = test_checks_a4s_project (40);
  g_autoptr(GPtrArray) results = NULL;
  StkRequirements *req = stk_project_get_requirements (p);
  StkCheckResult *r;

  req->cycles_assembly = 1;
  req->cycles_rework = 9;
  req->cycles_test = 20;
  req->cycles_service = 20;
  g_assert_cmpint (test_checks_status (p, "mechanical", "cycles", "mate:j1"), ==, STK_STATUS_PASS);
  req->cycles_service = 21;
  g_assert_cmpint (test_checks_status (p, "mechanical", "cycles", "mate:j1"), ==, STK_STATUS_FAIL);
  req->cycles_service = 19;
  g_assert_cmpint (test_checks_status (p, "mechanical", "cycles", "mate:j1"), ==, STK_STATUS_PASS);

  req = stk_project_get_requirements (a);
  req->cycles_assembly = 1;
  req->cycles_rework = 4;
  req->cycles_test = 20;
  req->cycles_service = 5;
  g_assert_cmpint (test_checks_status (a, "mechanical", "cycles", "mate:j2"), ==, STK_STATUS_PASS);
  req->cycles_service = 6;
  results = test_checks_run (a, "mechanical");
  r = test_checks_get (results, "mechanical", "cycles", "mate:j2");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->limit, ==, 30);
  test_assert_contains (stk_check_result_get_detail (r), "AXE5E4026 / AXE6E4026 (3000 cycles");
  test_checks_assert_datasheet (r, "A4S catalog, SPECIFICATIONS");
  req->cycles_service = 4;
  g_assert_cmpint (test_checks_status (a, "mechanical", "cycles", "mate:j2"), ==, STK_STATUS_PASS);
}

/* −55…+85 °C, reflow ≤ 260 °C, iron 300 °C within 5 s or 350 °C within 3 s. */
static void
test_temperature (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = test_checks_run (p, "temperature");
  StkRequirements *req = stk_project_get_requirements (p);
  const struct { double *field; double v; const char *item; StkStatus expect; } cases[] = {
    { &req->ambient_min_c, -55, "ambient-min", STK_STATUS_PASS },
    { &req->ambient_min_c, -55.1, "ambient-min", STK_STATUS_FAIL },
    { &req->ambient_min_c, -54.9, "ambient-min", STK_STATUS_PASS },
    { &req->ambient_max_c, 85, "ambient-max", STK_STATUS_PASS },
    { &req->ambient_max_c, 85.1, "ambient-max", STK_STATUS_FAIL },
    { &req->ambient_max_c, 84.9, "ambient-max", STK_STATUS_PASS },
    { &req->reflow_peak_c, 260, "reflow", STK_STATUS_PASS },
    { &req->reflow_peak_c, 260.1, "reflow", STK_STATUS_FAIL },
    { &req->reflow_peak_c, 259.9, "reflow", STK_STATUS_PASS },
    { &req->iron_temp_c, 300, "iron", STK_STATUS_PASS },
    { &req->iron_time_s, 5, "iron", STK_STATUS_PASS },
    { &req->iron_time_s, 5.1, "iron", STK_STATUS_FAIL },
    { &req->iron_time_s, 4.9, "iron", STK_STATUS_PASS },
    { &req->iron_temp_c, 300.1, "iron", STK_STATUS_FAIL },   /* 350 °C rule: 3 s */
    { &req->iron_time_s, 3, "iron", STK_STATUS_PASS },
    { &req->iron_temp_c, 350, "iron", STK_STATUS_PASS },
    { &req->iron_time_s, 3.1, "iron", STK_STATUS_FAIL },
    { &req->iron_time_s, 2.9, "iron", STK_STATUS_PASS },
    { &req->iron_temp_c, 350.1, "iron", STK_STATUS_FAIL },
  };

  test_checks_assert_datasheet (test_checks_get (results, "temperature", "reflow", "stack"), "P4 catalog, SPECIFICATIONS");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      *cases[i].field = cases[i].v;
      if (test_checks_status (p, "temperature", cases[i].item, "stack") != cases[i].expect)
        g_error ("case %u: %s = %g", i, cases[i].item, cases[i].v);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/checks/current-voltage", test_current_and_voltage);
  g_test_add_func ("/stackup/checks/reverse-mating", test_reverse_mating);
  g_test_add_func ("/stackup/checks/forces", test_forces);
  g_test_add_func ("/stackup/checks/cycles", test_cycles);
  g_test_add_func ("/stackup/checks/temperature", test_temperature);

  return g_test_run ();
}
