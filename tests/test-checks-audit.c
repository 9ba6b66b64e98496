/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-check.h"
#include "stk-drawing.h"
#include "stk-json.h"

/* The cases of the independent engineering audit (issue 10): each worked by
 * hand from the P4 and A4S catalogs and the estimates of their figures, in
 * the comments. */

#define EPS 1e-9

static StkBoard *
board_at (StkProject *p,
          guint       i)
{
  return g_ptr_array_index (stk_project_get_boards (p), i);
}

/* The default project (Main board below with the socket, Daughter board
 * above with the header of mate "j1") made into the given pair. */
static StkProject *
stack_of (const char  *series,
          double       height,
          guint        pins,
          const char  *packaging,
          StkBoardKind lower_kind,
          StkBoardKind upper_kind)
{
  StkProject *p = stk_project_new ();
  StkMate *m = g_ptr_array_index (stk_project_get_mates (p), 0);

  g_free (m->series);
  m->series = g_strdup (series);
  g_free (m->packaging);
  m->packaging = g_strdup (packaging);
  m->mated_height_mm = height;
  stk_mate_set_pins (m, pins);
  board_at (p, 0)->kind = lower_kind;
  board_at (p, 1)->kind = upper_kind;
  return p;
}

/* The record of check/item/subject from a fresh run of that check. */
static StkCheckResult *
record (GPtrArray  **results,
        StkProject  *p,
        const char  *check_id,
        const char  *item,
        const char  *subject)
{
  StkCheckResult *r;

  g_clear_pointer (results, g_ptr_array_unref);
  *results = stk_checks_run_one (p, stk_catalog_get_default (), check_id);
  r = stk_checks_find (*results, check_id, item, subject);
  if (r == NULL)
    g_error ("no record %s/%s for %s", check_id, item, subject);
  return r;
}

/* strstr with the haystack in the failure message */
#define assert_contains(haystack, needle) g_assert_cmpstr (strstr ((haystack), (needle)) ? (needle) : (haystack), ==, (needle))

static gboolean
rests_on (const StkCheckResult *r,
          StkProvKind           kind)
{
  for (guint i = 0; i < r->n_sources; i++)
    if (r->sources[i]->kind == kind)
      return TRUE;
  return FALSE;
}

/* The rule by source: datasheet, derived and user values are firm, and so
 * are estimates of high and medium confidence; a low-confidence estimate
 * carries at most a warning; a placeholder or an estimate of unknown
 * confidence carries no verdict. */
static void
test_strength (void)
{
  const StkSource datasheet = { STK_PROV_DATASHEET, "P4 catalog", NULL, NULL };
  const StkSource high = { STK_PROV_ESTIMATE, "a", "high", "a" };
  const StkSource medium = { STK_PROV_ESTIMATE, "b", "medium", "b" };
  const StkSource low = { STK_PROV_ESTIMATE, "c", "low", "c" };
  const StkSource unknown = { STK_PROV_ESTIMATE, "d", "unknown", "d" };
  const StkSource placeholder = { STK_PROV_PLACEHOLDER, "e", "unknown", "e" };
  const StkSource derived = { STK_PROV_DERIVED, "f", NULL, NULL };

  g_assert_cmpint (stk_source_strength (&datasheet), ==, STK_STRENGTH_FIRM);
  g_assert_cmpint (stk_source_strength (stk_source_user ()), ==, STK_STRENGTH_FIRM);
  g_assert_cmpint (stk_source_strength (&derived), ==, STK_STRENGTH_FIRM);
  g_assert_cmpint (stk_source_strength (&high), ==, STK_STRENGTH_FIRM);
  g_assert_cmpint (stk_source_strength (&medium), ==, STK_STRENGTH_FIRM);
  g_assert_cmpint (stk_source_strength (&low), ==, STK_STRENGTH_LOW);
  g_assert_cmpint (stk_source_strength (&unknown), ==, STK_STRENGTH_NONE);
  g_assert_cmpint (stk_source_strength (&placeholder), ==, STK_STRENGTH_NONE);
}

/* The catalog's typical placement: ±0.2 mm on both boards (the low end of
 * the family notes' ±0.2–0.3 mm) and ±0.05 mm board-to-board alignment.
 * Worst case 0.2 + 0.2 + 0.05 = 0.45 mm; RSS √(0.04 + 0.04 + 0.0025) =
 * √0.0825 = 0.287 mm. Both exceed the 0.15 mm capture allowance, so the
 * figures fail; but 0.15 mm is the low-confidence estimate read off the
 * P4 socket's lead-in chamfers, so the verdict is a warning that names it.
 * With the user's own 0.15 mm the same figures fail; with 1.0 mm, 0.45 fits
 * and passes. */
static void
test_alignment_on_estimate (void)
{
  g_autoptr(StkProject) p = stack_of ("P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_BOARD_RIGID);
  g_autoptr(GPtrArray) results = NULL;
  StkRequirements *req = stk_project_get_requirements (p);
  StkCheckResult *r;

  board_at (p, 0)->placement_accuracy_mm = 0.2;
  board_at (p, 1)->placement_accuracy_mm = 0.2;
  req->alignment_tolerance_mm = 0.05;

  for (guint axis = 0; axis < 2; axis++)
    {
      r = record (&results, p, "alignment", axis ? "across" : "along", "mate:j1");
      g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
      g_assert_cmpint (r->figures_status, ==, STK_STATUS_FAIL);
      g_assert_cmpfloat_with_epsilon (r->value, 0.45, EPS);
      g_assert_cmpfloat_with_epsilon (r->margin, -0.3, EPS);
      g_assert_nonnull (r->weakened_by);
      g_assert_cmpstr (r->weakened_by->label, ==, "mating capture allowance");
      g_assert_cmpstr (r->weakened_by->confidence, ==, "low");
      assert_contains (stk_check_result_get_message (r), "rests on the estimate “mating capture allowance” (low confidence)");
      assert_contains (stk_check_result_get_message (r), "your own or the maker's figure");
      g_assert_null (strstr (stk_check_result_get_message (r), ".md"));
      g_assert_true (rests_on (r, STK_PROV_ESTIMATE));
    }

  req->capture_allowance_set = TRUE;
  req->capture_allowance_mm = 0.15;
  r = record (&results, p, "alignment", "along", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_null (r->weakened_by);
  g_assert_true (r->user_override);
  g_assert_true (rests_on (r, STK_PROV_USER));
  g_assert_false (rests_on (r, STK_PROV_ESTIMATE));
  g_assert_null (strstr (stk_check_result_get_message (r), "rests on the estimate"));

  req->capture_allowance_mm = 1.0;
  r = record (&results, p, "alignment", "along", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->margin, 0.55, EPS);

  /* A result the estimate can carry is left alone: the default ±0.05 mm
   * on all three sum to 0.15, exactly the allowance, and pass. */
  req->capture_allowance_set = FALSE;
  board_at (p, 0)->placement_accuracy_mm = 0.05;
  board_at (p, 1)->placement_accuracy_mm = 0.05;
  r = record (&results, p, "alignment", "along", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_null (r->weakened_by);
}

/* The P4 header publishes no pattern, and its width is a placeholder: an
 * outline verdict around it would rest on no source at all, so the rule
 * makes it information, saying why. */
static void
test_placeholder_is_information (void)
{
  g_autoptr(StkProject) p = stack_of ("P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_BOARD_FPC);
  g_autoptr(GPtrArray) results = NULL;
  StkCheckResult *r;

  board_at (p, 1)->stiffener = STK_STIFFENER_SUS;
  board_at (p, 1)->stiffener_thickness_mm = 0.15;
  r = record (&results, p, "stiffener", "outline", "mate:j1/header");
  g_assert_cmpint (r->status, ==, STK_STATUS_INFO);
  g_assert_cmpint (r->figures_status, ==, STK_STATUS_PASS);
  g_assert_nonnull (r->weakened_by);
  g_assert_cmpint (r->weakened_by->kind, ==, STK_PROV_PLACEHOLDER);
  assert_contains (stk_check_result_get_message (r), "for information only");
  assert_contains (stk_check_result_get_message (r), "“P4 header width”");
}

/* A4S 20 pins on 4 mm packaging (AXE520127D / AXE620124D, 0.8 mm) under
 * facing parts of 0.5 + 0.3 mm and a 0.1 mm margin: 0.9 mm needed in the
 * 0.8 mm gap fails by 0.1 mm. The 4 mm PRODUCT TYPES table has 0.8 mm only;
 * the 8 mm table has 20 pins at 0.8 and at 1.0 mm, so the smallest height
 * that fits is 1.0 mm, socket AXE520127 with header AXE620224, on 8 mm
 * packaging. Needing 1.2 mm, no A4S height fits; P4 20 pins at 1.5 mm
 * (AXK720147G / AXK820145WG) does. At 0.7 mm the mate's own 4 mm row fits.
 * 16 pins exist at 0.8 mm only, and P4 has no 16-pin part: nothing fits. */
static void
test_smallest_height_any_packaging (void)
{
  g_autoptr(StkProject) p = stack_of ("A4S", 0.8, 20, "4mm", STK_BOARD_RIGID, STK_BOARD_FPC);
  g_autoptr(GPtrArray) results = NULL;
  StkRequirements *req = stk_project_get_requirements (p);
  StkCheckResult *r;

  board_at (p, 0)->component_top_mm = 0.5;
  board_at (p, 1)->component_bottom_mm = 0.3;
  req->clearance_margin_mm = 0.1;
  r = record (&results, p, "stack", "clearance", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat_with_epsilon (r->value, 0.9, EPS);
  g_assert_cmpfloat_with_epsilon (r->margin, -0.1, EPS);
  assert_contains (stk_check_result_get_message (r), "smallest A4S mated height that fits with 20 pins: 1.0 mm (AXE520127 / AXE620224), "
                               "which needs 8 mm pitch embossed tape: the connector's 4 mm pitch embossed tape "
                               "has no part that tall");

  req->clearance_margin_mm = 0.4;
  r = record (&results, p, "stack", "clearance", "mate:j1");
  assert_contains (stk_check_result_get_message (r), "no A4S mated height with 20 pins fits; P4 fits at 1.5 mm (AXK720147G / AXK820145WG");

  req->clearance_margin_mm = 0;
  board_at (p, 0)->component_top_mm = 0.4;
  r = record (&results, p, "stack", "clearance", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  assert_contains (stk_check_result_get_message (r), "that fits with 20 pins: 0.8 mm (AXE520127D / AXE620124D)");

  stk_mate_set_pins (g_ptr_array_index (stk_project_get_mates (p), 0), 16);
  board_at (p, 0)->component_top_mm = 0.6;
  r = record (&results, p, "stack", "clearance", "mate:j1");
  assert_contains (stk_check_result_get_message (r), "no A4S mated height with 16 pins fits, nor one of another series");
}

/* A4S insertion and removal life: 30 cycles (SPECIFICATIONS). With 1
 * assembly, 4 rework, 3,000 test and 5 service cycles the product's
 * connector mates 1 + 4 + 3000 + 5 = 3,010 times: 2,980 over its life.
 * The inspection-use type (3,000 cycles) goes on the fixture and spares
 * only the fixture's connector; the product still mates once per test, so
 * the detail must not offer the fixture as a way to drop the test cycles. */
static void
test_cycles_inspection_type (void)
{
  g_autoptr(StkProject) p = stack_of ("A4S", 0.8, 40, "8mm", STK_BOARD_RIGID, STK_BOARD_FPC);
  g_autoptr(GPtrArray) results = NULL;
  StkRequirements *req = stk_project_get_requirements (p);
  StkCheckResult *r;

  req->cycles_assembly = 1;
  req->cycles_rework = 4;
  req->cycles_test = 3000;
  req->cycles_service = 5;
  r = record (&results, p, "mechanical", "cycles", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat (r->value, ==, 3010);
  g_assert_cmpfloat (r->limit, ==, 30);
  g_assert_cmpfloat (r->margin, ==, -2980);
  assert_contains (stk_check_result_get_detail (r), "the 3000 test cycles count against its insertion and removal life of 30");
  assert_contains (stk_check_result_get_detail (r), "AXE5E4026 / AXE6E4026 (3000 cycles");
  assert_contains (stk_check_result_get_detail (r), "it spares the fixture's connector");
  assert_contains (stk_check_result_get_detail (r), "not the product's");
  g_assert_null (strstr (stk_check_result_get_detail (r), "Without the test cycles"));
  g_assert_null (strstr (stk_check_result_get_detail (r), "needs 10"));
}

/* A P4 40-pin socket on an FPC. Its recommended pattern (an estimate,
 * medium confidence) is B + 0.23 = 7.6 + 0.23 = 7.83 mm long and 5.70 mm
 * wide; its body is A = 10.30 mm long (datasheet) and 5.10 mm over the
 * terminal tips (estimate, high). The note's 0.5–1.0 mm a side beyond the
 * pattern gives 8.83–9.83 mm along: shorter than the 10.30 mm body. Along,
 * the body outreaches the pattern by (10.30 − 7.83) / 2 = 1.235 mm a side,
 * so the window moves out to 1.235–1.735 mm: plates of 10.30 / 10.80 /
 * 11.30 mm; across, the pattern rule stands: 6.70 / 7.20 / 7.70 mm. The
 * recommended plate is 10.8 × 7.2 mm and the body governs its length.
 * A 10.2 mm plate reaches (10.2 − 7.83) / 2 = 1.185 mm, 0.05 mm short of
 * covering the body: a warning; 10.3 mm passes; 11.4 mm (1.785 mm) is
 * beyond the window: a warning. */
static void
test_plate_covers_body (void)
{
  g_autoptr(StkProject) p = stack_of ("P4", 1.5, 40, "embossed", STK_BOARD_FPC, STK_BOARD_RIGID);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(StkDrawing) d = NULL;
  StkBoard *fpc = board_at (p, 0);
  StkCheckResult *r;
  const StkPrim *prims;
  guint n, found = 0;

  fpc->stiffener = STK_STIFFENER_SUS;
  fpc->stiffener_thickness_mm = 0.15;
  r = record (&results, p, "stiffener", "outline", "mate:j1/socket");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  assert_contains (stk_check_result_get_message (r), "Recommended plate outline 10.8 × 7.2 mm");
  assert_contains (stk_check_result_get_message (r), "covering the 10.3 × 5.1 mm connector body");
  assert_contains (stk_check_result_get_message (r), "the connector body governs the length, the pattern rule the width");
  assert_contains (stk_check_result_get_detail (r), "smallest 10.3 × 6.7 mm, nominal 10.8 × 7.2 mm, largest 11.3 × 7.7 mm");
  g_assert_cmpfloat_with_epsilon (r->value, 1.485, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 1.235, EPS);
  g_assert_cmpfloat_with_epsilon (r->margin, 0.25, EPS);
  g_assert_true (rests_on (r, STK_PROV_DATASHEET));
  g_assert_true (rests_on (r, STK_PROV_ESTIMATE));

  fpc->stiffener_recommended = FALSE;
  fpc->stiffener_length_mm = 10.2;
  fpc->stiffener_width_mm = 7.2;
  r = record (&results, p, "stiffener", "outline", "mate:j1/socket");
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  g_assert_cmpfloat_with_epsilon (r->value, 1.185, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 1.235, EPS);
  g_assert_cmpfloat_with_epsilon (r->margin, -0.05, EPS);
  fpc->stiffener_length_mm = 10.3;
  g_assert_cmpint (record (&results, p, "stiffener", "outline", "mate:j1/socket")->status, ==, STK_STATUS_PASS);
  fpc->stiffener_length_mm = 11.4;
  g_assert_cmpint (record (&results, p, "stiffener", "outline", "mate:j1/socket")->status, ==, STK_STATUS_WARNING);

  /* The drawing shows the same recommended plates, smallest and largest. */
  fpc->stiffener_recommended = TRUE;
  d = stk_drawing_new (p, stk_catalog_get_default ());
  prims = stk_drawing_get_prims (d, &n);
  for (guint i = 0; i < n; i++)
    {
      double w = prims[i].x1 - prims[i].x0, h = prims[i].y1 - prims[i].y0;

      if (prims[i].kind != STK_PRIM_POLY || prims[i].in_section || g_strcmp0 (prims[i].layer, "STIFFENER") != 0)
        continue;
      if (fabs (w - 10.3) < EPS && fabs (h - 6.7) < EPS)
        found |= 1;
      if (fabs (w - 11.3) < EPS && fabs (h - 7.7) < EPS)
        found |= 2;
    }
  g_assert_cmpuint (found, ==, 3);
}

/* Records say what they are. VBAT 0.48 A on pins 1–2 of a P4 40-pin pair:
 * 0.24 A per pin against 0.3 A (SPECIFICATIONS) × the user's derating 0.8
 * = 0.24 A: the limit rests on both, and the record cites both. Without
 * derating (1.0) the datasheet alone. */
static void
test_derated_limit_two_sources (void)
{
  g_autoptr(StkProject) p = stack_of ("P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_BOARD_RIGID);
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = g_ptr_array_index (stk_project_get_mates (p), 0);
  StkRequirements *req = stk_project_get_requirements (p);
  g_autofree char *cited = NULL;
  StkCheckResult *r;

  stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.48, 4.2);
  stk_mate_assign_pins (m, 1, 2, "VBAT");
  req->current_derating = 0.8;
  r = record (&results, p, "electrical", "per-pin", "net:j1/VBAT");
  g_assert_cmpfloat_with_epsilon (r->limit, 0.24, EPS);
  g_assert_cmpuint (r->n_sources, ==, 2);
  g_assert_cmpint (r->sources[0]->kind, ==, STK_PROV_DATASHEET);
  g_assert_cmpint (r->sources[1]->kind, ==, STK_PROV_USER);
  g_assert_cmpstr (r->sources[1]->label, ==, "current derating");
  cited = stk_check_result_describe_sources (r);
  assert_contains (cited, "datasheet: P4 catalog, SPECIFICATIONS");
  assert_contains (cited, "; user value: Current derating factor in the project's requirements");

  req->current_derating = 1.0;
  r = record (&results, p, "electrical", "per-pin", "net:j1/VBAT");
  g_assert_cmpfloat_with_epsilon (r->limit, 0.3, EPS);
  g_assert_cmpuint (r->n_sources, ==, 1);
}

/* A supply turned onto a signal pin (VBAT on 1–2 meets SDA on 40–39) is a
 * warning about signal pins: the count of supply-to-ground pairs (0) means
 * nothing there, so the record has no value, limit or margin at all. The
 * failing case keeps its count: VBAT 1–2 against GND 39–40, 2 pairs. */
static void
test_reverse_warning_has_no_number (void)
{
  g_autoptr(StkProject) p = stack_of ("P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_BOARD_RIGID);
  g_autoptr(GPtrArray) results = NULL;
  StkMate *m = g_ptr_array_index (stk_project_get_mates (p), 0);
  StkCheckResult *r;

  stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.2, 4.2);
  stk_mate_add_net (m, "GND", STK_NET_GROUND, 0.2, 0);
  stk_mate_add_net (m, "SDA", STK_NET_SIGNAL, 0, 1.8);
  stk_mate_assign_pins (m, 1, 2, "VBAT");
  stk_mate_assign_pins (m, 39, 40, "SDA");
  r = record (&results, p, "reverse-mating", "pinout", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  g_assert_false (r->has_value);
  g_assert_false (r->has_limit);

  stk_mate_assign_pins (m, 39, 40, "GND");
  r = record (&results, p, "reverse-mating", "pinout", "mate:j1");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_true (r->has_value && r->has_limit);
  g_assert_cmpfloat (r->value, ==, 2);
}

/* ±0.05 on both boards and the fixing: 0.05 + 0.05 + 0.05 in doubles is
 * 0.15000000000000002. The C record keeps that exact sum; a report writes
 * it 0.15. */
static void
test_numbers_without_noise (void)
{
  g_autoptr(StkProject) p = stack_of ("P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_BOARD_RIGID);
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *text = NULL;
  StkCheckResult *r;
  volatile double a = 0.05;

  stk_project_get_requirements (p)->alignment_tolerance_mm = 0.05;
  board_at (p, 0)->placement_accuracy_mm = board_at (p, 1)->placement_accuracy_mm = 0.05;
  r = record (&results, p, "alignment", "along", "mate:j1");
  g_assert_cmpfloat (r->value, ==, a + a + a);
  g_assert_cmpfloat (r->value, !=, 0.15);
  text = stk_json_format_double (stk_json_round_display (r->value));
  g_assert_cmpstr (text, ==, "0.15");
  g_assert_cmpfloat (stk_json_round_display (-1e-12), ==, 0);
  g_assert_false (signbit (stk_json_round_display (-1e-12)));
}

/* Nothing any check says names a repository file: the catalogs are cited
 * by title and section, estimates by their label. */
static void
test_no_file_names (void)
{
  g_autoptr(StkProject) p = stack_of ("A4S", 0.8, 20, "8mm", STK_BOARD_RIGID, STK_BOARD_FPC);
  g_autoptr(StkProject) q = stack_of ("P4", 1.5, 40, "embossed", STK_BOARD_FPC, STK_BOARD_FPC);
  StkProject *projects[] = { p, q };

  for (guint k = 0; k < G_N_ELEMENTS (projects); k++)
    {
      g_autoptr(GPtrArray) results = stk_checks_run (projects[k], stk_catalog_get_default ());

      for (guint i = 0; i < results->len; i++)
        {
          StkCheckResult *r = g_ptr_array_index (results, i);
          g_autofree char *sources = stk_check_result_describe_sources (r);
          const char *texts[] = { stk_check_result_get_message (r), stk_check_result_get_detail (r), sources };

          for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
            if (texts[t] && (strstr (texts[t], ".md") || strstr (texts[t], ".txt")))
              g_error ("%s/%s names a file: %s", r->check_id, r->item, texts[t]);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/checks-audit/strength", test_strength);
  g_test_add_func ("/stackup/checks-audit/alignment-on-estimate", test_alignment_on_estimate);
  g_test_add_func ("/stackup/checks-audit/placeholder-is-information", test_placeholder_is_information);
  g_test_add_func ("/stackup/checks-audit/smallest-height-any-packaging", test_smallest_height_any_packaging);
  g_test_add_func ("/stackup/checks-audit/cycles-inspection-type", test_cycles_inspection_type);
  g_test_add_func ("/stackup/checks-audit/plate-covers-body", test_plate_covers_body);
  g_test_add_func ("/stackup/checks-audit/derated-limit-two-sources", test_derated_limit_two_sources);
  g_test_add_func ("/stackup/checks-audit/reverse-warning-has-no-number", test_reverse_warning_has_no_number);
  g_test_add_func ("/stackup/checks-audit/numbers-without-noise", test_numbers_without_noise);
  g_test_add_func ("/stackup/checks-audit/no-file-names", test_no_file_names);

  return g_test_run ();
}
