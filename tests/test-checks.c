/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-check.h"
#include "test-checks-util.h"
#include "test-util.h"

/* The check table as a whole, and the checks of boards and stacks: warp,
 * alignment, stiffeners, the stack's heights, one connector a pair, the
 * part. The connector's ratings (current, voltage, forces, cycles,
 * temperatures) are in test-checks-ratings.c.
 *
 * Expected values below come from the datasheets (000_*.txt = P4,
 * 001_*.txt = A4S) and SUPPLEMENT.md, worked by hand in the comments. */

#define EPS 1e-9

static void
test_defaults_pass (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = stk_checks_run (p, stk_catalog_get_default ());
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
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkBoard *main_b = test_board_at (p, 0);
  StkCheckResult *r;

  main_b->warp_mm = 0.03;
  g_assert_cmpint (test_checks_status (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_PASS);
  main_b->warp_mm = 0.0301;
  g_assert_cmpint (test_checks_status (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_FAIL);
  main_b->warp_mm = 0.0299;
  g_assert_cmpint (test_checks_status (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_PASS);

  main_b->flatness_kind = STK_FLATNESS_BOW_TWIST_PERCENT;
  main_b->bow_twist_percent = 0.03 / 10.30 * 100;
  results = test_checks_run (p, "warp");
  r = test_checks_get (results, "warp", "warp", "mate:j1/socket");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 0.03, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.03, EPS);
  test_assert_contains (stk_check_result_get_message (r), "0.2913 %");
  test_checks_assert_datasheet (r, "P4 catalog, NOTES");
  g_assert_null (strstr (stk_check_result_get_message (r), "family note"));

  main_b->bow_twist_percent = 0.2913 + 0.001;
  g_assert_cmpint (test_checks_status (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_FAIL);
  main_b->bow_twist_percent = 0.2913 - 0.001;
  g_assert_cmpint (test_checks_status (p, "warp", "warp", "mate:j1/socket"), ==, STK_STATUS_PASS);

  /* The header's board: 0.3 % × 9.10 mm = 0.0273 mm passes. */
  test_board_at (p, 1)->flatness_kind = STK_FLATNESS_BOW_TWIST_PERCENT;
  test_board_at (p, 1)->bow_twist_percent = 0.3;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "warp");
  r = test_checks_get (results, "warp", "warp", "mate:j1/header");
  g_assert_cmpfloat_with_epsilon (r->value, 0.0273, 1e-6);
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
}

/* The A4S catalog omits the warp note: the record says it is applied from
 * the family notes printed in the P4 catalog. */
static void
test_warp_a4s_family_note (void)
{
  g_autoptr(StkProject) p = test_checks_a4s_project (40);
  g_autoptr(GPtrArray) results = test_checks_run (p, "warp");
  StkCheckResult *r = test_checks_get (results, "warp", "warp", "mate:j2/socket");

  test_assert_contains (stk_check_result_get_message (r), "family note printed in the P4 catalog");
  test_assert_contains (stk_check_result_get_detail (r), "P4 catalog");
  test_checks_assert_datasheet (r, "P4 catalog, NOTES");
}

/* Defaults: ±0.05 socket + ±0.05 header + ±0.05 fixing = ±0.15 worst case,
 * exactly the ±0.15 capture estimate (SUPPLEMENT.md, low confidence). */
static void
test_alignment (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  StkRequirements *req = stk_project_get_requirements (p);
  g_autoptr(GPtrArray) results = test_checks_run (p, "alignment");
  StkCheckResult *r = test_checks_get (results, "alignment", "along", "mate:j1");

  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 0.15, EPS);
  /* exactly at the limit the margin reads 0, not −2.8e-17 of rounding */
  g_assert_cmpfloat (r->margin, ==, 0.0);
  g_assert_cmpint (r->limit_source->kind, ==, STK_PROV_ESTIMATE);
  g_assert_cmpstr (r->limit_source->confidence, ==, "low");
  g_assert_false (r->user_override);
  g_assert_cmpint (test_checks_get (results, "alignment", "across", "mate:j1")->status, ==, STK_STATUS_PASS);

  /* Just over in worst case; RSS √(0.05² + 0.05² + 0.0501²) = 0.0867 still fits. */
  req->alignment_tolerance_mm = 0.0501;
  g_assert_cmpint (test_checks_status (p, "alignment", "along", "mate:j1"), ==, STK_STATUS_WARNING);
  req->alignment_tolerance_mm = 0.0499;
  g_assert_cmpint (test_checks_status (p, "alignment", "across", "mate:j1"), ==, STK_STATUS_PASS);

  /* RSS exactly at the allowance: three equal terms of 0.15 / √3. */
  test_board_at (p, 0)->placement_accuracy_mm = test_board_at (p, 1)->placement_accuracy_mm = 0.15 / sqrt (3);
  req->alignment_tolerance_mm = 0.15 / sqrt (3);
  g_assert_cmpint (test_checks_status (p, "alignment", "along", "mate:j1"), ==, STK_STATUS_WARNING);
  /* Even the RSS sum beyond the allowance: the figures fail, but the
   * allowance is a low-confidence estimate, so the verdict is a warning
   * (test-checks-audit.c works the provenance rule through). */
  req->alignment_tolerance_mm = 0.15 / sqrt (3) + 0.001;
  g_assert_cmpint (test_checks_status (p, "alignment", "along", "mate:j1"), ==, STK_STATUS_WARNING);

  /* The user's allowance replaces the estimate and says so. */
  req->capture_allowance_set = TRUE;
  req->capture_allowance_mm = 0.3;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "alignment");
  r = test_checks_get (results, "alignment", "along", "mate:j1");
  g_assert_true (r->user_override);
  g_assert_cmpint (r->limit_source->kind, ==, STK_PROV_USER);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.3, EPS);
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
}

/* Datasheet: mounting equipment may err by ±0.2 to 0.3 mm. */
static void
test_placement_band (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkBoard *b = test_board_at (p, 0);

  b->placement_accuracy_mm = 0.2;
  g_assert_cmpint (test_checks_status (p, "alignment", "placement", "board:main"), ==, STK_STATUS_PASS);
  b->placement_accuracy_mm = 0.2001;
  g_assert_cmpint (test_checks_status (p, "alignment", "placement", "board:main"), ==, STK_STATUS_INFO);
  b->placement_accuracy_mm = 0.3;
  g_assert_cmpint (test_checks_status (p, "alignment", "placement", "board:main"), ==, STK_STATUS_INFO);
  b->placement_accuracy_mm = 0.3001;
  g_assert_cmpint (test_checks_status (p, "alignment", "placement", "board:main"), ==, STK_STATUS_WARNING);
  results = test_checks_run (p, "alignment");
  test_checks_assert_datasheet (test_checks_get (results, "alignment", "placement", "board:main"),
                                "Regarding the design of devices and PC board patterns");
}

/* A4S 40-pin header on the FPC: pattern B + 2.05 = 7.60 + 2.05 = 9.65 long,
 * 2.40 wide (SUPPLEMENT.md). Extension 0.5–1.0 mm a side (family notes):
 * smallest 10.65 × 3.4, nominal 11.15 × 3.9, largest 11.65 × 4.4. */
static void
test_stiffener_outline (void)
{
  g_autoptr(StkProject) p = test_checks_a4s_project (40);
  g_autoptr(GPtrArray) results = test_checks_run (p, "stiffener");
  StkBoard *fpc = test_board_at (p, 1);
  StkCheckResult *r = test_checks_get (results, "stiffener", "outline", "mate:j2/header");

  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  test_assert_contains (stk_check_result_get_detail (r), "smallest 10.65 × 3.4 mm, nominal 11.15 × 3.9 mm, largest 11.65 × 4.4 mm");
  test_assert_contains (stk_check_result_get_detail (r), "estimate, medium confidence");
  test_assert_contains (stk_check_result_get_message (r), "family note printed in the P4 catalog");
  test_checks_assert_datasheet (r, "When mounting connectors on a FPC");

  fpc->stiffener_recommended = FALSE;
  fpc->stiffener_length_mm = 10.65;
  fpc->stiffener_width_mm = 3.4;
  g_assert_cmpint (test_checks_status (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);
  fpc->stiffener_length_mm = 10.64;
  g_assert_cmpint (test_checks_status (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_WARNING);
  fpc->stiffener_length_mm = 10.66;
  g_assert_cmpint (test_checks_status (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);
  fpc->stiffener_width_mm = 4.4;
  g_assert_cmpint (test_checks_status (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);
  fpc->stiffener_width_mm = 4.41;
  g_assert_cmpint (test_checks_status (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_WARNING);
  fpc->stiffener_width_mm = 4.39;
  g_assert_cmpint (test_checks_status (p, "stiffener", "outline", "mate:j2/header"), ==, STK_STATUS_PASS);

  /* The drop caution is always there for a connector on an FPC. */
  r = test_checks_get (results, "stiffener", "drop-caution", "mate:j2");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  test_assert_contains (stk_check_result_get_detail (r), "temporary locking structure");
}

/* Glass epoxy or polyimide 0.2–0.3 mm, SUS 0.1–0.2 mm. */
static void
test_stiffener_material (void)
{
  g_autoptr(StkProject) p = test_checks_a4s_project (20);
  StkBoard *fpc = test_board_at (p, 1);
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
      g_assert_cmpint (test_checks_status (p, "stiffener", "thickness", "mate:j2/header"), ==, cases[i].expect);
    }
  fpc->stiffener = STK_STIFFENER_NONE;
  g_assert_cmpint (test_checks_status (p, "stiffener", "presence", "mate:j2/header"), ==, STK_STATUS_WARNING);
}

/* P4 header has no published pattern: the part outline stands in, and the
 * record says so. A = 9.10 for 40 pins. */
static void
test_stiffener_p4_outline_only (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;

  test_board_at (p, 1)->kind = STK_BOARD_FPC;
  test_board_at (p, 1)->stiffener = STK_STIFFENER_SUS;
  test_board_at (p, 1)->stiffener_thickness_mm = 0.15;
  results = test_checks_run (p, "stiffener");
  test_assert_contains (stk_check_result_get_detail (test_checks_get (results, "stiffener", "outline", "mate:j1/header")), "no pattern is published");
  test_assert_contains (stk_check_result_get_detail (test_checks_get (results, "stiffener", "outline", "mate:j1/header")), "pattern of 9.1 ×");
  g_assert_null (strstr (stk_check_result_get_message (test_checks_get (results, "stiffener", "outline", "mate:j1/header")), "family note"));
  /* resting on a placeholder width, the outline is information, never a pass */
  g_assert_cmpint (test_checks_get (results, "stiffener", "outline", "mate:j1/header")->status, ==, STK_STATUS_INFO);
  test_assert_contains (stk_check_result_get_message (test_checks_get (results, "stiffener", "outline", "mate:j1/header")), "pattern size: placeholder");
}

/* The limit shown is the bound that binds: 0.21 mm polyimide is 0.01 above
 * the 0.2 minimum, 0.29 mm is 0.01 below the 0.3 maximum. */
static void
test_stiffener_binding_bound (void)
{
  g_autoptr(StkProject) p = test_checks_a4s_project (20);
  StkBoard *fpc = test_board_at (p, 1);
  StkCheckResult *r;

  fpc->stiffener = STK_STIFFENER_POLYIMIDE;
  fpc->stiffener_thickness_mm = 0.21;
  {
    g_autoptr(GPtrArray) results = test_checks_run (p, "stiffener");
    r = test_checks_get (results, "stiffener", "thickness", "mate:j2/header");
    g_assert_cmpfloat_with_epsilon (r->limit, 0.2, 1e-9);
    g_assert_cmpfloat_with_epsilon (r->margin, 0.01, 1e-9);
  }
  fpc->stiffener_thickness_mm = 0.29;
  {
    g_autoptr(GPtrArray) results = test_checks_run (p, "stiffener");
    r = test_checks_get (results, "stiffener", "thickness", "mate:j2/header");
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
    g_autoptr(GPtrArray) results = test_checks_run (p, "stiffener");
    r = test_checks_get (results, "stiffener", "outline", "mate:j2/header");
    g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
    g_assert_cmpfloat_with_epsilon (r->limit, 1.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (r->margin, 0.0, 1e-9);
  }
}

/* Gap 1.5 mm: 0.9 + 0.5 + margin 0.1 = 1.5 fits exactly. */
static void
test_stack_clearance (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkCheckResult *r;

  test_board_at (p, 0)->component_top_mm = 0.9;
  test_board_at (p, 1)->component_bottom_mm = 0.5;
  results = test_checks_run (p, "stack");
  r = test_checks_get (results, "stack", "clearance", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 1.5, EPS);
  test_assert_contains (stk_check_result_get_message (r), "smallest P4 mated height that fits with 40 pins: 1.5 mm");
  test_checks_assert_datasheet (r, "P4 catalog, PRODUCT TYPES");
  /* 0.8 + 1.5 + 0.8 */
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "stack", "total", "stack")->value, 3.1, EPS);

  test_board_at (p, 1)->component_bottom_mm = 0.51;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "stack");
  r = test_checks_get (results, "stack", "clearance", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  test_assert_contains (stk_check_result_get_message (r), "smallest P4 mated height that fits with 40 pins: 2.0 mm");
  test_board_at (p, 1)->component_bottom_mm = 0.49;
  g_assert_cmpint (test_checks_status (p, "stack", "clearance", "mate:j1"), ==, STK_STATUS_PASS);

  /* 100 pins exist only at 1.5 mm: nothing taller fits. */
  stk_mate_set_pins (test_mate_at (p, 0), 100);
  test_board_at (p, 1)->component_bottom_mm = 0.6;
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "stack");
  test_assert_contains (stk_check_result_get_message (test_checks_get (results, "stack", "clearance", "mate:j1")), "no P4 mated height with 100 pins fits");
}

/* FPC stack: 0.8 board + 0.8 gap + 0.1 FPC + 0.2 polyimide plate = 1.9 mm. */
static void
test_stack_total_fpc (void)
{
  g_autoptr(StkProject) p = test_checks_a4s_project (20);
  g_autoptr(GPtrArray) results = test_checks_run (p, "stack");

  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "stack", "total", "stack")->value, 1.9, EPS);
  g_assert_false (test_checks_get (results, "stack", "total", "stack")->has_limit);
}

/* A board no connector joins to the base board: where it lies is unknown,
 * so the total covers the joined boards only (0.8 + 1.5 + 0.8) and warns,
 * naming the board. */
static void
test_stack_unjoined_board (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkBoard *top = stk_board_new ("top", "Top board", STK_BOARD_RIGID);
  StkCheckResult *r;

  top->thickness_mm = 1.0;
  stk_project_add_board (p, top, -1);
  results = test_checks_run (p, "stack");
  r = test_checks_get (results, "stack", "total", "stack");
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  g_assert_cmpfloat_with_epsilon (r->value, 0.8 + 1.5 + 0.8, EPS);
  test_assert_contains (stk_check_result_get_message (r), "No connector joins");
  test_assert_contains (stk_check_result_get_message (r), "Top board");
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

/* A daughter test_board_at (P4 at the main board's origin) and a camera FPC (A4S
 * at x 30) side by side on one main board, as the catalogs allow: every
 * board placed, nothing collides, each pair has one connector. Heights by
 * hand: the daughter 0.8 + 1.5 = 2.3 to 3.1, the FPC 0.8 + 0.8 = 1.6 to
 * 1.7 plus its 0.2 mm plate on top: 1.9. The whole stack spans 3.1 mm. */
static void
test_stack_side_by_side (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) all = NULL;
  StkMate *j3;

  stk_project_add_board (p, stk_board_new ("fpc", "Camera FPC", STK_BOARD_FPC), -1);
  j3 = add_mate (p, stk_mate_new ("j3", "A4S", 0.8, 20, "8mm"), "main", "fpc", 30);
  results = test_checks_run (p, "stack");
  g_assert_cmpint (test_checks_get (results, "stack", "clearance", "mate:j1")->status, ==, STK_STATUS_PASS);
  g_assert_cmpint (test_checks_get (results, "stack", "clearance", "mate:j3")->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "stack", "branch", "mate:j3")->value, 0.8 + 0.8 + 0.3, EPS);
  g_assert_null (stk_checks_find (results, "stack", "collision", NULL));
  g_assert_null (stk_checks_find (results, "stack", "loop", NULL));
  g_assert_cmpint (test_checks_get (results, "stack", "total", "stack")->status, ==, STK_STATUS_INFO);
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "stack", "total", "stack")->value, 3.1, EPS);
  all = stk_checks_run (p, stk_catalog_get_default ());
  g_assert_cmpint (test_checks_get (all, "one-connector", "pair", "mate:j3")->status, ==, STK_STATUS_PASS);

  /* The FPC moved under the daughter test_board_at (x 3: both outlines reach at
   * least 2 mm around their parts): the daughter lies 2.3 - 1.7 = 0.6 mm
   * over it with no connector between; parts 0 + 0.6 + margin 0.1 = 0.7
   * do not fit. */
  j3->x_mm = 3;
  test_board_at (p, 1)->component_bottom_mm = 0.6;
  stk_project_changed (p);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = test_checks_run (p, "stack");
  g_assert_cmpint (test_checks_get (results, "stack", "clearance", "board:daughter")->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "stack", "clearance", "board:daughter")->value, 0.7, EPS);
  g_assert_cmpfloat_with_epsilon (test_checks_get (results, "stack", "clearance", "board:daughter")->limit, 0.6, EPS);
}

/* A second daughter board at x 5 on the main board, at the first one's
 * height: their outlines (each at least 2 mm around its header) overlap. */
static void
test_stack_collision (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkCheckResult *r;

  stk_project_add_board (p, stk_board_new ("second", "Second board", STK_BOARD_RIGID), -1);
  add_mate (p, stk_mate_new ("j3", "P4", 1.5, 30, "embossed"), "main", "second", 5);
  results = test_checks_run (p, "stack");
  r = test_checks_get (results, "stack", "collision", "board:second");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  test_assert_contains (stk_check_result_get_message (r), "Daughter board and Second board collide");
}

/* Three boards joined in a ring: the third mate closes a loop. */
static void
test_stack_loop (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;

  stk_project_add_board (p, stk_board_new ("fpc", "Camera FPC", STK_BOARD_FPC), -1);
  add_mate (p, stk_mate_new ("j2", "A4S", 0.8, 20, "8mm"), "daughter", "fpc", 0);
  add_mate (p, stk_mate_new ("j3", "A4S", 0.8, 20, "8mm"), "main", "fpc", 20);
  results = test_checks_run (p, "stack");
  g_assert_cmpint (test_checks_get (results, "stack", "loop", "mate:j2")->status, ==, STK_STATUS_FAIL);
  test_assert_contains (stk_check_result_get_message (test_checks_get (results, "stack", "loop", "mate:j2")), "over-constrained");
}

static void
test_one_connector (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = stk_mate_new ("j2", "P4", 1.5, 20, "embossed");
  StkCheckResult *r;

  g_assert_cmpint (test_checks_status (p, "one-connector", "pair", "mate:j1"), ==, STK_STATUS_PASS);
  /* Reversed roles, same pair of boards. */
  m->socket_board = g_strdup ("daughter");
  m->header_board = g_strdup ("main");
  stk_project_add_mate (p, m);
  results = test_checks_run (p, "one-connector");
  r = test_checks_get (results, "one-connector", "pair", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->value, ==, 2);
  test_assert_contains (stk_check_result_get_detail (r), "a pair of board shall NOT be connected with multiple connectors");
  test_checks_assert_datasheet (r, "Regarding the design of devices");
  g_assert_cmpint (test_checks_get (results, "one-connector", "pair", "mate:j2")->status, ==, STK_STATUS_FAIL);
}

/* P4 3.5 mm exists for 20, 30 and 40 pins only. */
static void
test_part (void)
{
  g_autoptr(StkProject) p = test_checks_p4_project ();
  g_autoptr(GPtrArray) results = test_checks_run (p, "part");

  test_assert_contains (stk_check_result_get_message (test_checks_get (results, "part", "product", "mate:j1")), "AXK740147G");
  test_mate_at (p, 0)->mated_height_mm = 3.5;
  stk_mate_set_pins (test_mate_at (p, 0), 50);
  g_assert_cmpint (test_checks_status (p, "part", "product", "mate:j1"), ==, STK_STATUS_FAIL);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = stk_checks_run (p, stk_catalog_get_default ());
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
