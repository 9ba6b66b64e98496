/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-check.h"

/* Expected values below come from the datasheets (000_*.txt = P4,
 * 001_*.txt = A4S) and SUPPLEMENT.md, worked by hand in the comments. */

#define EPS 1e-9

static StkCatalog *
catalog (void)
{
  return stk_catalog_get_default ();
}

/* stk_project_new (): Main board (bottom) carries the socket, Daughter board
 * the header of a P4 1.5 mm, 40-pin pair "j1". */
static StkProject *
p4_project (void)
{
  return stk_project_new ();
}

static StkBoard *
board (StkProject *p,
       guint       i)
{
  return g_ptr_array_index (stk_project_get_boards (p), i);
}

static StkMate *
mate (StkProject *p,
      guint       i)
{
  return g_ptr_array_index (stk_project_get_mates (p), i);
}

/* Main board (rigid, bottom) with the socket, an FPC on top with the header
 * of an A4S 0.8 mm pair in 8 mm packaging. */
static StkProject *
a4s_project (guint pins)
{
  StkProject *p = stk_project_new_empty ();
  StkMate *m = stk_mate_new ("j2", "A4S", 0.8, pins, "8mm");

  stk_project_add_board (p, stk_board_new ("main", "Main board", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("fpc", "Display FPC", STK_BOARD_FPC), -1);
  m->socket_board = g_strdup ("main");
  m->header_board = g_strdup ("fpc");
  stk_project_add_mate (p, m);
  return p;
}

static GPtrArray *
run (StkProject *p,
     const char *check_id)
{
  GPtrArray *r = stk_checks_run_one (p, catalog (), check_id);
  g_assert_nonnull (r);
  return r;
}

/* The one record of check/item/subject, which must exist. */
static StkCheckResult *
get (GPtrArray  *results,
     const char *check_id,
     const char *item,
     const char *subject)
{
  StkCheckResult *r = stk_checks_find (results, check_id, item, subject);

  if (r == NULL)
    g_error ("no record %s/%s for %s", check_id, item, subject);
  return r;
}

static StkStatus
status_of (StkProject *p,
           const char *check_id,
           const char *item,
           const char *subject)
{
  g_autoptr(GPtrArray) results = run (p, check_id);
  return get (results, check_id, item, subject)->status;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack ? haystack : "(null)", needle);
}

static void
assert_datasheet (const StkCheckResult *r,
                  const char           *ref_part)
{
  g_assert_nonnull (r->limit_source);
  g_assert_cmpint (r->limit_source->kind, ==, STK_PROV_DATASHEET);
  assert_contains (r->limit_source->ref, ref_part);
}

static void
test_defaults_pass (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = stk_checks_run (p, catalog ());
  guint n;
  const StkCheckDescriptor *table = stk_checks_get_table (&n);

  g_assert_cmpuint (n, ==, 10);
  g_assert_cmpint (stk_checks_worst (results), <=, STK_STATUS_INFO);
  /* Every record is complete: message, provenance, a descriptor id. */
  for (guint i = 0; i < results->len; i++)
    {
      StkCheckResult *r = g_ptr_array_index (results, i);
      gboolean known = FALSE;

      g_assert_nonnull (stk_check_result_get_message (r));
      g_assert_null (strchr (stk_check_result_get_message (r), '\n'));
      g_assert_nonnull (r->limit_source);
      g_assert_nonnull (r->item);
      for (guint k = 0; k < n; k++)
        known |= g_str_equal (table[k].id, r->check_id);
      g_assert_true (known);
    }
  g_assert_cmpstr (stk_status_to_string (STK_STATUS_WARNING), ==, "warning");
}

/* P4 40 pins: socket A = 10.30, header A = 9.10 (DIMENSIONS tables);
 * limit 0.03 mm (NOTES). Largest bow and twist: 0.03 / 10.30 = 0.2913 %. */
static void
test_warp (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkBoard *main_b = board (p, 0);
  StkCheckResult *r;

  main_b->warp_mm = 0.03;
  g_assert_cmpint (status_of (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_PASS);
  main_b->warp_mm = 0.0301;
  g_assert_cmpint (status_of (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_FAIL);
  main_b->warp_mm = 0.0299;
  g_assert_cmpint (status_of (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_PASS);

  main_b->flatness_kind = STK_FLATNESS_BOW_TWIST_PERCENT;
  main_b->bow_twist_percent = 0.03 / 10.30 * 100;
  results = run (p, "warp");
  r = get (results, "warp", "warp", "mate:j1/socket");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 0.03, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.03, EPS);
  assert_contains (stk_check_result_get_message (r), "0.2913 %");
  assert_datasheet (r, "P4 catalog, NOTES");
  g_assert_null (strstr (stk_check_result_get_message (r), "family note"));

  main_b->bow_twist_percent = 0.2913 + 0.001;
  g_assert_cmpint (status_of (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_FAIL);
  main_b->bow_twist_percent = 0.2913 - 0.001;
  g_assert_cmpint (status_of (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_PASS);

  /* The header's board: 0.3 % × 9.10 mm = 0.0273 mm passes. */
  board (p, 1)->flatness_kind = STK_FLATNESS_BOW_TWIST_PERCENT;
  board (p, 1)->bow_twist_percent = 0.3;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "warp");
  r = get (results, "warp", "warp", "mate:j1/header");
  g_assert_cmpfloat_with_epsilon (r->value, 0.0273, 1e-6);
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
}

/* The A4S catalog omits the warp note: the record says it is applied from
 * the family notes printed in the P4 catalog. */
static void
test_warp_a4s_family_note (void)
{
  g_autoptr(StkProject) p = a4s_project (40);
  g_autoptr(GPtrArray) results = run (p, "warp");
  StkCheckResult *r = get (results, "warp", "warp", "mate:j2/socket");

  assert_contains (stk_check_result_get_message (r), "family note printed in the P4 catalog");
  assert_contains (stk_check_result_get_detail (r), "P4 catalog");
  assert_datasheet (r, "P4 catalog, NOTES");
}

/* Defaults: ±0.05 socket + ±0.05 header + ±0.05 fixing = ±0.15 worst case,
 * exactly the ±0.15 capture estimate (SUPPLEMENT.md, low confidence). */
static void
test_alignment (void)
{
  g_autoptr(StkProject) p = p4_project ();
  StkRequirements *req = stk_project_get_requirements (p);
  g_autoptr(GPtrArray) results = run (p, "alignment");
  StkCheckResult *r = get (results, "alignment", "along", "mate:j1");

  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 0.15, EPS);
  /* exactly at the limit the margin reads 0, not −2.8e-17 of rounding */
  g_assert_cmpfloat (r->margin, ==, 0.0);
  g_assert_cmpint (r->limit_source->kind, ==, STK_PROV_ESTIMATE);
  g_assert_cmpstr (r->limit_source->confidence, ==, "low");
  g_assert_false (r->user_override);
  g_assert_cmpint (get (results, "alignment", "across", "mate:j1")->status, ==, STK_STATUS_PASS);

  /* Just over in worst case; RSS √(0.05² + 0.05² + 0.0501²) = 0.0867 still fits. */
  req->alignment_tolerance_mm = 0.0501;
  g_assert_cmpint (status_of (p, "alignment", "along", "mate:j1"), ==, STK_STATUS_WARNING);
  req->alignment_tolerance_mm = 0.0499;
  g_assert_cmpint (status_of (p, "alignment", "across", "mate:j1"), ==, STK_STATUS_PASS);

  /* RSS exactly at the allowance: three equal terms of 0.15 / √3. */
  board (p, 0)->placement_accuracy_mm = board (p, 1)->placement_accuracy_mm = 0.15 / sqrt (3);
  req->alignment_tolerance_mm = 0.15 / sqrt (3);
  g_assert_cmpint (status_of (p, "alignment", "along", "mate:j1"), ==, STK_STATUS_WARNING);
  /* Even the RSS sum beyond the allowance: the figures fail, but the
   * allowance is a low-confidence estimate, so the verdict is a warning
   * (test-checks-audit.c works the provenance rule through). */
  req->alignment_tolerance_mm = 0.15 / sqrt (3) + 0.001;
  g_assert_cmpint (status_of (p, "alignment", "along", "mate:j1"), ==, STK_STATUS_WARNING);

  /* The user's allowance replaces the estimate and says so. */
  req->capture_allowance_set = TRUE;
  req->capture_allowance_mm = 0.3;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "alignment");
  r = get (results, "alignment", "along", "mate:j1");
  g_assert_true (r->user_override);
  g_assert_cmpint (r->limit_source->kind, ==, STK_PROV_USER);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.3, EPS);
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
}

/* Datasheet: mounting equipment may err by ±0.2 to 0.3 mm. */
static void
test_placement_band (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkBoard *b = board (p, 0);

  b->placement_accuracy_mm = 0.2;
  g_assert_cmpint (status_of (p, "alignment", "placement", "board:main"), ==, STK_STATUS_PASS);
  b->placement_accuracy_mm = 0.2001;
  g_assert_cmpint (status_of (p, "alignment", "placement", "board:main"), ==, STK_STATUS_INFO);
  b->placement_accuracy_mm = 0.3;
  g_assert_cmpint (status_of (p, "alignment", "placement", "board:main"), ==, STK_STATUS_INFO);
  b->placement_accuracy_mm = 0.3001;
  g_assert_cmpint (status_of (p, "alignment", "placement", "board:main"), ==, STK_STATUS_WARNING);
  results = run (p, "alignment");
  assert_datasheet (get (results, "alignment", "placement", "board:main"),
                    "Regarding the design of devices and PC board patterns");
}

/* A4S 40-pin header on the FPC: pattern B + 2.05 = 7.60 + 2.05 = 9.65 long,
 * 2.40 wide (SUPPLEMENT.md). Extension 0.5–1.0 mm a side (family notes):
 * smallest 10.65 × 3.4, nominal 11.15 × 3.9, largest 11.65 × 4.4. */
static void
test_stiffener_outline (void)
{
  g_autoptr(StkProject) p = a4s_project (40);
  g_autoptr(GPtrArray) results = run (p, "stiffener");
  StkBoard *fpc = board (p, 1);
  StkCheckResult *r = get (results, "stiffener", "outline", "mate:j2/header");

  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  assert_contains (stk_check_result_get_detail (r), "smallest 10.65 × 3.4 mm, nominal 11.15 × 3.9 mm, largest 11.65 × 4.4 mm");
  assert_contains (stk_check_result_get_detail (r), "estimate, medium confidence");
  assert_contains (stk_check_result_get_message (r), "family note printed in the P4 catalog");
  assert_datasheet (r, "When mounting connectors on a FPC");

  fpc->stiffener_recommended = FALSE;
  fpc->stiffener_length_mm = 10.65;
  fpc->stiffener_width_mm = 3.4;
  g_assert_cmpint (status_of (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);
  fpc->stiffener_length_mm = 10.64;
  g_assert_cmpint (status_of (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_WARNING);
  fpc->stiffener_length_mm = 10.66;
  g_assert_cmpint (status_of (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);
  fpc->stiffener_width_mm = 4.4;
  g_assert_cmpint (status_of (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);
  fpc->stiffener_width_mm = 4.41;
  g_assert_cmpint (status_of (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_WARNING);
  fpc->stiffener_width_mm = 4.39;
  g_assert_cmpint (status_of (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);

  /* The drop caution is always there for a connector on an FPC. */
  r = get (results, "stiffener", "drop-caution", "mate:j2");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  assert_contains (stk_check_result_get_detail (r), "temporary locking structure");
}

/* Glass epoxy or polyimide 0.2–0.3 mm, SUS 0.1–0.2 mm. */
static void
test_stiffener_material (void)
{
  g_autoptr(StkProject) p = a4s_project (20);
  StkBoard *fpc = board (p, 1);
  const struct { StkStiffenerKind kind; double t; StkStatus expect; } cases[] = {
    { STK_STIFFENER_POLYIMIDE, 0.3, STK_STATUS_PASS },
    { STK_STIFFENER_POLYIMIDE, 0.301, STK_STATUS_WARNING },
    { STK_STIFFENER_POLYIMIDE, 0.2, STK_STATUS_PASS },
    { STK_STIFFENER_GLASS_EPOXY, 0.199, STK_STATUS_WARNING },
    { STK_STIFFENER_GLASS_EPOXY, 0.25, STK_STATUS_PASS },
    { STK_STIFFENER_SUS, 0.1, STK_STATUS_PASS },
    { STK_STIFFENER_SUS, 0.099, STK_STATUS_WARNING },
    { STK_STIFFENER_SUS, 0.201, STK_STATUS_WARNING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      fpc->stiffener = cases[i].kind;
      fpc->stiffener_thickness_mm = cases[i].t;
      g_assert_cmpint (status_of (p, "stiffener", "thickness", "mate:j2/header"), ==, cases[i].expect);
    }
  fpc->stiffener = STK_STIFFENER_NONE;
  g_assert_cmpint (status_of (p, "stiffener", "presence", "mate:j2/header"), ==, STK_STATUS_WARNING);
}

/* P4 header has no published pattern: the part outline stands in, and the
 * record says so. A = 9.10 for 40 pins. */
static void
test_stiffener_p4_outline_only (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;

  board (p, 1)->kind = STK_BOARD_FPC;
  board (p, 1)->stiffener = STK_STIFFENER_SUS;
  board (p, 1)->stiffener_thickness_mm = 0.15;
  results = run (p, "stiffener");
  assert_contains (stk_check_result_get_detail (get (results, "stiffener", "outline", "mate:j1/header")), "no pattern is published");
  assert_contains (stk_check_result_get_detail (get (results, "stiffener", "outline", "mate:j1/header")), "pattern of 9.1 ×");
  g_assert_null (strstr (stk_check_result_get_message (get (results, "stiffener", "outline", "mate:j1/header")), "family note"));
  /* resting on a placeholder width, the outline is information, never a pass */
  g_assert_cmpint (get (results, "stiffener", "outline", "mate:j1/header")->status, ==, STK_STATUS_INFO);
  assert_contains (stk_check_result_get_message (get (results, "stiffener", "outline", "mate:j1/header")), "pattern size: placeholder");
}

/* The limit shown is the bound that binds: 0.21 mm polyimide is 0.01 above
 * the 0.2 minimum, 0.29 mm is 0.01 below the 0.3 maximum. */
static void
test_stiffener_binding_bound (void)
{
  g_autoptr(StkProject) p = a4s_project (20);
  StkBoard *fpc = board (p, 1);
  StkCheckResult *r;

  fpc->stiffener = STK_STIFFENER_POLYIMIDE;
  fpc->stiffener_thickness_mm = 0.21;
  {
    g_autoptr(GPtrArray) results = run (p, "stiffener");
    r = get (results, "stiffener", "thickness", "mate:j2/header");
    g_assert_cmpfloat_with_epsilon (r->limit, 0.2, 1e-9);
    g_assert_cmpfloat_with_epsilon (r->margin, 0.01, 1e-9);
  }
  fpc->stiffener_thickness_mm = 0.29;
  {
    g_autoptr(GPtrArray) results = run (p, "stiffener");
    r = get (results, "stiffener", "thickness", "mate:j2/header");
    g_assert_cmpfloat_with_epsilon (r->limit, 0.3, 1e-9);
    g_assert_cmpfloat_with_epsilon (r->margin, 0.01, 1e-9);
  }
  /* The A4S header pattern for 20 pins is B + 2.05 = 5.65 × 2.40 mm
   * (SUPPLEMENT.md); a plate exactly 1.0 mm beyond it on every side,
   * 7.65 × 4.40, binds on the 1.0 mm maximum with no margin left. */
  fpc->stiffener_recommended = FALSE;
  fpc->stiffener_length_mm = 3.6 + 2.05 + 2.0;
  fpc->stiffener_width_mm = 2.4 + 2.0;
  {
    g_autoptr(GPtrArray) results = run (p, "stiffener");
    r = get (results, "stiffener", "outline", "mate:j2/header");
    g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
    g_assert_cmpfloat_with_epsilon (r->limit, 1.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (r->margin, 0.0, 1e-9);
  }
}

/* 0.3 A per pin × derating 0.8 = 0.24 A; 5 A in total; 60 V. */
static void
test_current_and_voltage (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = mate (p, 0);
  StkNet *vbat = stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.48, 4.2);
  StkNet *gnd = stk_mate_add_net (m, "GND", STK_NET_GROUND, 0.48, 0);
  StkCheckResult *r;

  stk_mate_assign_pins (m, 1, 2, "VBAT");
  stk_mate_assign_pins (m, 19, 22, "GND");
  results = run (p, "electrical");
  r = get (results, "electrical", "per-pin", "net:j1/VBAT");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 0.24, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.24, EPS);
  assert_contains (stk_check_result_get_message (r), "at least 2 pins");
  assert_datasheet (r, "P4 catalog, SPECIFICATIONS");

  vbat->current_a = 0.481;
  g_assert_cmpint (status_of (p, "electrical", "per-pin", "net:j1/VBAT"), ==, STK_STATUS_FAIL);
  vbat->current_a = 0.479;
  g_assert_cmpint (status_of (p, "electrical", "per-pin", "net:j1/VBAT"), ==, STK_STATUS_PASS);

  /* 1.0 A / 0.24 A = 4.17: at least 5 pins. */
  gnd->current_a = 1.0;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "electrical");
  assert_contains (stk_check_result_get_message (get (results, "electrical", "per-pin", "net:j1/GND")), "at least 5 pins");
  g_assert_cmpint (get (results, "electrical", "per-pin", "net:j1/GND")->status, ==, STK_STATUS_FAIL);

  /* 0.1 A needs one pin, in the singular (it read "1 pins"). */
  {
    StkNet *sig = stk_mate_add_net (m, "SIG", STK_NET_SIGNAL, 0.1, 1.8);

    stk_mate_assign_pins (m, 5, 5, "SIG");
    g_clear_pointer (&results, g_ptr_array_unref);
    results = run (p, "electrical");
    r = get (results, "electrical", "per-pin", "net:j1/SIG");
    assert_contains (stk_check_result_get_message (r), "0.1 A on 1 pin = ");
    assert_contains (stk_check_result_get_message (r), "needs at least 1 pin");
    g_assert_null (strstr (stk_check_result_get_message (r), "1 pins"));
    sig->current_a = 0;  /* out of the totals below */
  }

  /* Total through all contacts: 5 A. */
  stk_mate_assign_pins (m, 1, 12, "VBAT");
  stk_mate_assign_pins (m, 19, 30, "GND");
  vbat->current_a = 2.5;
  gnd->current_a = 2.5;
  g_assert_cmpint (status_of (p, "electrical", "total", "mate:j1"), ==, STK_STATUS_PASS);
  gnd->current_a = 2.51;
  g_assert_cmpint (status_of (p, "electrical", "total", "mate:j1"), ==, STK_STATUS_FAIL);
  gnd->current_a = 2.49;
  g_assert_cmpint (status_of (p, "electrical", "total", "mate:j1"), ==, STK_STATUS_PASS);

  vbat->voltage_v = 60;
  g_assert_cmpint (status_of (p, "electrical", "voltage", "net:j1/VBAT"), ==, STK_STATUS_PASS);
  vbat->voltage_v = 60.1;
  g_assert_cmpint (status_of (p, "electrical", "voltage", "net:j1/VBAT"), ==, STK_STATUS_FAIL);
  vbat->voltage_v = 59.9;
  g_assert_cmpint (status_of (p, "electrical", "voltage", "net:j1/VBAT"), ==, STK_STATUS_PASS);
}

/* 40 pins turned by 180°: pin p meets 41 − p. */
static void
test_reverse_mating (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = mate (p, 0);
  StkCheckResult *r;

  g_assert_cmpint (status_of (p, "reverse-mating", "pinout", "mate:j1"), ==, STK_STATUS_INFO);

  stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.2, 4.2);
  stk_mate_add_net (m, "GND", STK_NET_GROUND, 0.2, 0);
  stk_mate_add_net (m, "SDA", STK_NET_SIGNAL, 0, 1.8);

  /* Unsafe: VBAT on 1–2, GND on 39–40: 1↔40 and 2↔39 join them. */
  stk_mate_assign_pins (m, 1, 2, "VBAT");
  stk_mate_assign_pins (m, 39, 40, "GND");
  results = run (p, "reverse-mating");
  r = get (results, "reverse-mating", "pinout", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->value, ==, 2);
  assert_contains (stk_check_result_get_message (r), "1↔40 (VBAT–GND), 2↔39 (VBAT–GND)");
  assert_contains (stk_check_result_get_detail (r), "pin p meets pin n + 1 − p");
  assert_datasheet (r, "Precautions for mating");

  /* Safe: VBAT mirrored onto itself, GND on 20–21 which meet each other. */
  stk_mate_assign_pins (m, 39, 40, "VBAT");
  stk_mate_assign_pins (m, 20, 21, "GND");
  g_assert_cmpint (status_of (p, "reverse-mating", "pinout", "mate:j1"), ==, STK_STATUS_PASS);

  /* A supply on a signal pin is a warning. */
  stk_mate_assign_pins (m, 39, 40, "SDA");
  g_assert_cmpint (status_of (p, "reverse-mating", "pinout", "mate:j1"), ==, STK_STATUS_WARNING);
}

/* P4: max 29.43 N at 24 contacts or fewer, 0.981 N × 30 = 29.43 N at 30.
 * Removal: P4 0.0588 × 40 = 2.352 N at 1.5 mm, 0.118 × 40 = 4.72 N at
 * 2.0 mm; A4S 0.165 × 40 = 6.6 N. */
static void
test_forces (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(StkProject) a = a4s_project (40);
  g_autoptr(GPtrArray) results = NULL;
  StkCheckResult *r;

  stk_mate_set_pins (mate (p, 0), 24);
  results = run (p, "mechanical");
  r = get (results, "mechanical", "insertion-force", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  g_assert_cmpfloat_with_epsilon (r->value, 29.43, EPS);
  /* A figure for sizing the fixture, not a value against a limit. */
  g_assert_true (r->has_value);
  g_assert_false (r->has_limit);
  assert_contains (stk_check_result_get_message (r), "24 contacts or fewer");
  assert_datasheet (r, "P4 catalog, SPECIFICATIONS");

  stk_mate_set_pins (mate (p, 0), 30);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "mechanical");
  r = get (results, "mechanical", "insertion-force", "mate:j1");
  g_assert_cmpfloat_with_epsilon (r->value, 0.981 * 30, EPS);
  assert_contains (stk_check_result_get_message (r), "0.981 N per contact × 30");

  stk_mate_set_pins (mate (p, 0), 40);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "mechanical");
  g_assert_cmpfloat_with_epsilon (get (results, "mechanical", "removal-force", "mate:j1")->value, 2.352, EPS);
  mate (p, 0)->mated_height_mm = 2.0;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "mechanical");
  g_assert_cmpfloat_with_epsilon (get (results, "mechanical", "removal-force", "mate:j1")->value, 4.72, EPS);

  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (a, "mechanical");
  r = get (results, "mechanical", "removal-force", "mate:j2");
  g_assert_cmpfloat_with_epsilon (r->value, 6.6, EPS);
  assert_datasheet (r, "A4S catalog, SPECIFICATIONS");
  g_assert_cmpfloat_with_epsilon (get (results, "mechanical", "insertion-force", "mate:j2")->value, 48, EPS);
}

/* Insertion and removal life: P4 50, A4S 30; inspection variant 3,000. */
static void
test_cycles (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(StkProject) a = a4s_project (40);
  g_autoptr(GPtrArray) results = NULL;
  StkRequirements *req = stk_project_get_requirements (p);
  StkCheckResult *r;

  req->cycles_assembly = 1;
  req->cycles_rework = 9;
  req->cycles_test = 20;
  req->cycles_service = 20;
  g_assert_cmpint (status_of (p, "mechanical", "cycles", "mate:j1"), ==, STK_STATUS_PASS);
  req->cycles_service = 21;
  g_assert_cmpint (status_of (p, "mechanical", "cycles", "mate:j1"), ==, STK_STATUS_FAIL);
  req->cycles_service = 19;
  g_assert_cmpint (status_of (p, "mechanical", "cycles", "mate:j1"), ==, STK_STATUS_PASS);

  req = stk_project_get_requirements (a);
  req->cycles_assembly = 1;
  req->cycles_rework = 4;
  req->cycles_test = 20;
  req->cycles_service = 5;
  g_assert_cmpint (status_of (a, "mechanical", "cycles", "mate:j2"), ==, STK_STATUS_PASS);
  req->cycles_service = 6;
  results = run (a, "mechanical");
  r = get (results, "mechanical", "cycles", "mate:j2");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->limit, ==, 30);
  assert_contains (stk_check_result_get_detail (r), "AXE5E4026 / AXE6E4026 (3000 cycles");
  assert_datasheet (r, "A4S catalog, SPECIFICATIONS");
  req->cycles_service = 4;
  g_assert_cmpint (status_of (a, "mechanical", "cycles", "mate:j2"), ==, STK_STATUS_PASS);
}

/* −55…+85 °C, reflow ≤ 260 °C, iron 300 °C within 5 s or 350 °C within 3 s. */
static void
test_temperature (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = run (p, "temperature");
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

  assert_datasheet (get (results, "temperature", "reflow", "stack"), "P4 catalog, SPECIFICATIONS");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      *cases[i].field = cases[i].v;
      if (status_of (p, "temperature", cases[i].item, "stack") != cases[i].expect)
        g_error ("case %u: %s = %g", i, cases[i].item, cases[i].v);
    }
}

/* Gap 1.5 mm: 0.9 + 0.5 + margin 0.1 = 1.5 fits exactly. */
static void
test_stack_clearance (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkCheckResult *r;

  board (p, 0)->component_top_mm = 0.9;
  board (p, 1)->component_bottom_mm = 0.5;
  results = run (p, "stack");
  r = get (results, "stack", "clearance", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 1.5, EPS);
  assert_contains (stk_check_result_get_message (r), "smallest P4 mated height that fits with 40 pins: 1.5 mm");
  assert_datasheet (r, "P4 catalog, PRODUCT TYPES");
  /* 0.8 + 1.5 + 0.8 */
  g_assert_cmpfloat_with_epsilon (get (results, "stack", "total", "stack")->value, 3.1, EPS);

  board (p, 1)->component_bottom_mm = 0.51;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "stack");
  r = get (results, "stack", "clearance", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  assert_contains (stk_check_result_get_message (r), "smallest P4 mated height that fits with 40 pins: 2.0 mm");
  board (p, 1)->component_bottom_mm = 0.49;
  g_assert_cmpint (status_of (p, "stack", "clearance", "mate:j1"), ==, STK_STATUS_PASS);

  /* 100 pins exist only at 1.5 mm: nothing taller fits. */
  stk_mate_set_pins (mate (p, 0), 100);
  board (p, 1)->component_bottom_mm = 0.6;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "stack");
  assert_contains (stk_check_result_get_message (get (results, "stack", "clearance", "mate:j1")), "no P4 mated height with 100 pins fits");
}

/* FPC stack: 0.8 board + 0.8 gap + 0.1 FPC + 0.2 polyimide plate = 1.9 mm. */
static void
test_stack_total_fpc (void)
{
  g_autoptr(StkProject) p = a4s_project (20);
  g_autoptr(GPtrArray) results = run (p, "stack");

  g_assert_cmpfloat_with_epsilon (get (results, "stack", "total", "stack")->value, 1.9, EPS);
  g_assert_false (get (results, "stack", "total", "stack")->has_limit);
}

/* A board no connector joins to the base board: where it lies is unknown,
 * so the total covers the joined boards only (0.8 + 1.5 + 0.8) and warns,
 * naming the board. */
static void
test_stack_unjoined_board (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkBoard *top = stk_board_new ("top", "Top board", STK_BOARD_RIGID);
  StkCheckResult *r;

  top->thickness_mm = 1.0;
  stk_project_add_board (p, top, -1);
  results = run (p, "stack");
  r = get (results, "stack", "total", "stack");
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  g_assert_cmpfloat_with_epsilon (r->value, 0.8 + 1.5 + 0.8, EPS);
  assert_contains (stk_check_result_get_message (r), "No connector joins");
  assert_contains (stk_check_result_get_message (r), "Top board");
}

static StkMate *
add_mate (StkProject *p,
          StkMate    *m,
          const char *socket_board,
          const char *header_board,
          double      x)
{
  m->socket_board = g_strdup (socket_board);
  m->header_board = g_strdup (header_board);
  m->x_mm = x;
  stk_project_add_mate (p, m);
  return m;
}

/* A daughter board (P4 at the main board's origin) and a camera FPC (A4S
 * at x 30) side by side on one main board, as the catalogs allow: every
 * board placed, nothing collides, each pair has one connector. Heights by
 * hand: the daughter 0.8 + 1.5 = 2.3 to 3.1, the FPC 0.8 + 0.8 = 1.6 to
 * 1.7 plus its 0.2 mm plate on top: 1.9. The whole stack spans 3.1 mm. */
static void
test_stack_side_by_side (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) all = NULL;
  StkMate *j3;

  stk_project_add_board (p, stk_board_new ("fpc", "Camera FPC", STK_BOARD_FPC), -1);
  j3 = add_mate (p, stk_mate_new ("j3", "A4S", 0.8, 20, "8mm"), "main", "fpc", 30);
  results = run (p, "stack");
  g_assert_cmpint (get (results, "stack", "clearance", "mate:j1")->status, ==, STK_STATUS_PASS);
  g_assert_cmpint (get (results, "stack", "clearance", "mate:j3")->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (get (results, "stack", "branch", "mate:j3")->value, 0.8 + 0.8 + 0.3, EPS);
  g_assert_null (stk_checks_find (results, "stack", "collision", NULL));
  g_assert_null (stk_checks_find (results, "stack", "loop", NULL));
  g_assert_cmpint (get (results, "stack", "total", "stack")->status, ==, STK_STATUS_INFO);
  g_assert_cmpfloat_with_epsilon (get (results, "stack", "total", "stack")->value, 3.1, EPS);
  all = stk_checks_run (p, catalog ());
  g_assert_cmpint (get (all, "one-connector", "pair", "mate:j3")->status, ==, STK_STATUS_PASS);

  /* The FPC moved under the daughter board (x 3: both outlines reach at
   * least 2 mm around their parts): the daughter lies 2.3 - 1.7 = 0.6 mm
   * over it with no connector between; parts 0 + 0.6 + margin 0.1 = 0.7
   * do not fit. */
  j3->x_mm = 3;
  board (p, 1)->component_bottom_mm = 0.6;
  stk_project_changed (p);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = run (p, "stack");
  g_assert_cmpint (get (results, "stack", "clearance", "board:daughter")->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat_with_epsilon (get (results, "stack", "clearance", "board:daughter")->value, 0.7, EPS);
  g_assert_cmpfloat_with_epsilon (get (results, "stack", "clearance", "board:daughter")->limit, 0.6, EPS);
}

/* A second daughter board at x 5 on the main board, at the first one's
 * height: their outlines (each at least 2 mm around its header) overlap. */
static void
test_stack_collision (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkCheckResult *r;

  stk_project_add_board (p, stk_board_new ("second", "Second board", STK_BOARD_RIGID), -1);
  add_mate (p, stk_mate_new ("j3", "P4", 1.5, 30, "embossed"), "main", "second", 5);
  results = run (p, "stack");
  r = get (results, "stack", "collision", "board:second");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  assert_contains (stk_check_result_get_message (r), "Daughter board and Second board collide");
}

/* Three boards joined in a ring: the third mate closes a loop. */
static void
test_stack_loop (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;

  stk_project_add_board (p, stk_board_new ("fpc", "Camera FPC", STK_BOARD_FPC), -1);
  add_mate (p, stk_mate_new ("j2", "A4S", 0.8, 20, "8mm"), "daughter", "fpc", 0);
  add_mate (p, stk_mate_new ("j3", "A4S", 0.8, 20, "8mm"), "main", "fpc", 20);
  results = run (p, "stack");
  g_assert_cmpint (get (results, "stack", "loop", "mate:j2")->status, ==, STK_STATUS_FAIL);
  assert_contains (stk_check_result_get_message (get (results, "stack", "loop", "mate:j2")), "over-constrained");
}

static void
test_one_connector (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = stk_mate_new ("j2", "P4", 1.5, 20, "embossed");
  StkCheckResult *r;

  g_assert_cmpint (status_of (p, "one-connector", "pair", "mate:j1"), ==, STK_STATUS_PASS);
  /* Reversed roles, same pair of boards. */
  m->socket_board = g_strdup ("daughter");
  m->header_board = g_strdup ("main");
  stk_project_add_mate (p, m);
  results = run (p, "one-connector");
  r = get (results, "one-connector", "pair", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->value, ==, 2);
  assert_contains (stk_check_result_get_detail (r), "a pair of board shall NOT be connected with multiple connectors");
  assert_datasheet (r, "Regarding the design of devices");
  g_assert_cmpint (get (results, "one-connector", "pair", "mate:j2")->status, ==, STK_STATUS_FAIL);
}

/* P4 3.5 mm exists for 20, 30 and 40 pins only. */
static void
test_part (void)
{
  g_autoptr(StkProject) p = p4_project ();
  g_autoptr(GPtrArray) results = run (p, "part");

  assert_contains (stk_check_result_get_message (get (results, "part", "product", "mate:j1")), "AXK740147G");
  mate (p, 0)->mated_height_mm = 3.5;
  stk_mate_set_pins (mate (p, 0), 50);
  g_assert_cmpint (status_of (p, "part", "product", "mate:j1"), ==, STK_STATUS_FAIL);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = stk_checks_run (p, catalog ());
  g_assert_cmpint (stk_checks_worst (results), ==, STK_STATUS_FAIL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/checks/defaults-pass", test_defaults_pass);
  g_test_add_func ("/stackup/checks/warp", test_warp);
  g_test_add_func ("/stackup/checks/warp-a4s-family-note", test_warp_a4s_family_note);
  g_test_add_func ("/stackup/checks/alignment", test_alignment);
  g_test_add_func ("/stackup/checks/placement-band", test_placement_band);
  g_test_add_func ("/stackup/checks/stiffener-outline", test_stiffener_outline);
  g_test_add_func ("/stackup/checks/stiffener-material", test_stiffener_material);
  g_test_add_func ("/stackup/checks/stiffener-p4-outline-only", test_stiffener_p4_outline_only);
  g_test_add_func ("/stackup/checks/stiffener-binding-bound", test_stiffener_binding_bound);
  g_test_add_func ("/stackup/checks/current-voltage", test_current_and_voltage);
  g_test_add_func ("/stackup/checks/reverse-mating", test_reverse_mating);
  g_test_add_func ("/stackup/checks/forces", test_forces);
  g_test_add_func ("/stackup/checks/cycles", test_cycles);
  g_test_add_func ("/stackup/checks/temperature", test_temperature);
  g_test_add_func ("/stackup/checks/stack-clearance", test_stack_clearance);
  g_test_add_func ("/stackup/checks/stack-total-fpc", test_stack_total_fpc);
  g_test_add_func ("/stackup/checks/stack-side-by-side", test_stack_side_by_side);
  g_test_add_func ("/stackup/checks/stack-collision", test_stack_collision);
  g_test_add_func ("/stackup/checks/stack-loop", test_stack_loop);
  g_test_add_func ("/stackup/checks/stack-unjoined-board", test_stack_unjoined_board);
  g_test_add_func ("/stackup/checks/one-connector", test_one_connector);
  g_test_add_func ("/stackup/checks/part", test_part);

  return g_test_run ();
}
