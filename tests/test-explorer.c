/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-explorer.h"
#include "stk-check.h"

/* Hand-worked case (numbers from the datasheets and SUPPLEMENT.md):
 *
 * Board-to-board; 20 signal pins; VBAT 1.0 A, returned on GND (1.0 A, the
 * sum of the supplies, counted without being asked); derating 0.8;
 * 1.0 mm parts on the lower board facing 0.6 mm parts on the upper one,
 * margin 0.1 mm; footprint at most 10.0 × 6.0 mm; 40 mating cycles.
 *
 * - Per pin 0.3 A × 0.8 = 0.24 A; 1.0 / 0.24 = 4.17 → 5 pins for VBAT and
 *   5 for its return, so 20 + 5 + 5 = 30 pins are needed: 20- and 24-pin
 *   rows fail "pins".
 * - Total 1.0 + 1.0 = 2.0 A ≤ 5 A (the electrical check counts supply and
 *   return alike): nothing fails "electrical".
 * - Height 1.0 + 0.6 + 0.1 = 1.7 mm: 1.5 mm (and A4S 0.8/1.0 mm) fail "stack".
 * - Length: P4 socket A = 0.2·n + 2.30 → 30 pins 8.30 mm fits, 40 pins
 *   10.30 mm fails "length" (the socket pattern, B + 0.23 = 5.83 mm at 30
 *   pins, is shorter). Width: the socket pattern's 5.70 mm (estimate) is
 *   wider than the 5.10 mm over the terminal tips, and fits 6.0.
 * - Cycles 40 ≤ P4's 50; A4S's 30 fails "mechanical". A4S between two
 *   rigid boards is a warning of the part check ("part"), not an exclusion:
 *   the explorer says what `check` would say of that stack.
 * Exclusions are listed pins first, then in the order of the check table,
 * then length and width.
 *
 * So exactly four options pass: P4 30 pins at 2.0, 2.5, 3.0 and 3.5 mm,
 * all 8.30 × 5.70 mm, ordered by mated height: AXK730247G first. The
 * catalog holds 35 P4 + 42 A4S = 77 rows, all listed. */
static StkExplorerConstraints *
hand_worked (void)
{
  StkExplorerConstraints *c = stk_explorer_constraints_new ();

  c->signal_pins = 20;
  stk_explorer_constraints_add_power (c, "VBAT", 1.0);
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
      g_assert_cmpfloat_with_epsilon (o->width_mm, 5.70, 1e-9);
      g_assert_cmpint (o->length_source->kind, ==, STK_PROV_DATASHEET);
      g_assert_cmpint (o->width_source->kind, ==, STK_PROV_ESTIMATE);
      g_assert_true (o->width_source == o->pattern_width_source);
      g_assert_cmpfloat_with_epsilon (o->body_width_mm, 5.10, 1e-9);
      g_assert_cmpfloat_with_epsilon (o->pattern_length_mm, 5.83, 1e-9);
    }
  g_assert_cmpstr (((StkExplorerOption *) g_ptr_array_index (options, 0))->product->socket, ==, "AXK730247G");
  g_assert_cmpint (((StkExplorerOption *) g_ptr_array_index (options, 4))->verdict, ==, STK_STATUS_FAIL);

  assert_excluded_by (options, "P4", 2.0, 30, "embossed", "");
  assert_excluded_by (options, "P4", 1.5, 30, "embossed", "stack");
  assert_excluded_by (options, "P4", 2.0, 40, "embossed", "length");
  assert_excluded_by (options, "P4", 1.5, 24, "embossed", "pins, stack");
  assert_excluded_by (options, "P4", 1.5, 100, "embossed", "stack, length");
  assert_excluded_by (options, "A4S", 0.8, 30, "8mm", "mechanical, stack");
  assert_excluded_by (options, "A4S", 1.0, 10, "8mm", "pins, mechanical, stack");
  {
    const StkExplorerOption *o = find (options, "A4S", 0.8, 30, "8mm");
    const StkExplorerReason *r = g_ptr_array_index (o->reasons, 0);

    g_assert_cmpstr (r->check_id, ==, "part");
    g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
    g_assert_cmpstr (r->message, ==, "A4S is a board-to-FPC connector, but neither board is an FPC");
  }
}

/* Board-to-FPC, 10 signal pins, 0.3 mm parts + 0.1 margin = 0.4 mm; 30
 * cycles (A4S life 30). The smallest A4S footprint is 10 pins: socket A =
 * 0.2·10 + 2.50 = 4.50 mm (datasheet; the socket pattern B + 2.90 = 4.50 mm
 * ties, and the body's datasheet figure is kept) × 2.90 mm across the socket
 * pattern (estimate; the body is 2.50 mm, datasheet), in three rows: with
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
  g_assert_cmpint (o->length_source->kind, ==, STK_PROV_DATASHEET);
  g_assert_cmpfloat_with_epsilon (o->width_mm, 2.90, 1e-9);
  g_assert_cmpint (o->width_source->kind, ==, STK_PROV_ESTIMATE);
  g_assert_cmpfloat_with_epsilon (o->body_width_mm, 2.50, 1e-9);
  g_assert_cmpint (o->body_width_source->kind, ==, STK_PROV_DATASHEET);
  g_assert_true (o->preferred_packaging);
  o = g_ptr_array_index (options, 1);
  g_assert_false (o->preferred_packaging);
  g_assert_cmpstr (o->product->header, ==, "AXE610124");
  o = g_ptr_array_index (options, 2);
  g_assert_cmpstr (o->product->header, ==, "AXE610224");
  g_assert_cmpuint (((StkExplorerOption *) g_ptr_array_index (options, 3))->product->pins, ==, 12);
  /* P4 on an FPC is what the family FPC note covers: it fits. */
  assert_excluded_by (options, "P4", 1.5, 20, "embossed", "");

  c->mating_cycles = 31;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "A4S", 0.8, 10, "4mm", "mechanical");
}

/* 5 A total passes, 5.2 A does not (rated 5 A at total pin contacts; the
 * electrical check counts supply and return alike, and the return carries
 * what the supply does). */
static void
test_total_current (void)
{
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  g_autoptr(GPtrArray) options = NULL;

  c->current_derating = 1.0;
  stk_explorer_constraints_add_power (c, "VBUS", 2.5);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  /* 2.5 / 0.3 = 8.33 → 9 pins for VBUS and 9 for GND: 18 fits in 20;
   * 2.5 + 2.5 = 5.0 A, at the limit. */
  assert_excluded_by (options, "P4", 1.5, 20, "embossed", "");
  g_ptr_array_set_size (c->power_nets, 0);
  /* 2.6 + 2.6 = 5.2 A > 5 A. */
  stk_explorer_constraints_add_power (c, "VBUS", 2.6);
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "P4", 1.5, 40, "embossed", "electrical");

  /* P4: 5.10 mm over the terminal tips, but the recommended pattern is
   * 5.70 mm across (both estimates): 5.5 mm excludes it, 5.7 mm does not. */
  c->max_width_mm = 5.5;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "P4", 1.5, 40, "embossed", "electrical, width");
  {
    const StkExplorerOption *o = find (options, "P4", 1.5, 40, "embossed");
    const StkExplorerReason *r = g_ptr_array_index (o->reasons, 1);

    g_assert_cmpstr (r->message, ==, "5.7 mm wide (recommended pattern, estimate, medium confidence), at most 5.5 mm");
  }
  /* The same reason for a reader in inch: 5.7 / 0.0254 = 224.41 → 224.4 mil,
   * 5.5 / 0.0254 = 216.54 → 216.5 mil. */
  c->units = STK_UNITS_INCH;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  {
    const StkExplorerOption *o = find (options, "P4", 1.5, 40, "embossed");
    const StkExplorerReason *r = g_ptr_array_index (o->reasons, 1);

    g_assert_cmpstr (r->message, ==, "224.4 mil wide (recommended pattern, estimate, medium confidence), at most 216.5 mil");
  }
  c->units = STK_UNITS_MM;
  c->max_width_mm = 5.7;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  assert_excluded_by (options, "P4", 1.5, 40, "embossed", "electrical");
}

/* Board-to-FPC with tall facing parts: 1.0 mm below + 0.3 mm on the FPC +
 * 0.1 mm margin = 1.4 mm, more than A4S's 0.8 and 1.0 mm, so every A4S row
 * fails "stack". A P4 pair on an FPC is what the family FPC note is about
 * (`check` accepts it), so the explorer offers it: P4 1.5 mm fits 1.4 mm,
 * and the smallest P4 is 20 pins, 6.30 mm long (socket A = 0.2·20 + 2.30)
 * × 5.70 mm (socket pattern, estimate): AXK720147G first. */
static void
test_fpc_tall_parts (void)
{
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  g_autoptr(GPtrArray) options = NULL;
  const StkExplorerOption *first;

  c->kind = STK_SERIES_BOARD_TO_FPC;
  c->signal_pins = 10;
  c->lower_top_mm = 1.0;
  c->upper_bottom_mm = 0.3;
  options = stk_explorer_run (stk_catalog_get_default (), c);
  first = g_ptr_array_index (options, 0);
  g_assert_cmpstr (first->product->socket, ==, "AXK720147G");
  g_assert_cmpint (first->verdict, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (first->length_mm, 6.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (first->width_mm, 5.70, 1e-9);
  assert_excluded_by (options, "A4S", 1.0, 10, "8mm", "stack");
  assert_excluded_by (options, "A4S", 0.8, 10, "4mm", "stack");
}

/* The project `check` would see for an option, built here by hand and not
 * by the explorer: a rigid main board below, above it a rigid board or, for
 * a board-to-FPC joint (or a board-to-FPC series under "any"), an FPC with
 * the default polyimide plate; the socket below; the power nets as supply
 * nets and GND returning their sum (unless it returns elsewhere), with no
 * pin assignment; the facing heights and the requirements. */
static StkProject *
project_of (const StkExplorerConstraints *c,
            const StkExplorerOption      *o)
{
  const StkProduct *p = o->product;
  StkSeriesKind joint = c->any_kind ? p->series->kind : c->kind;
  StkProject *project = stk_project_new_empty ();
  StkBoard *main_board = stk_board_new ("main", "Main", STK_BOARD_RIGID);
  StkBoard *top = stk_board_new ("top", "Top", joint == STK_SERIES_BOARD_TO_FPC ? STK_BOARD_FPC : STK_BOARD_RIGID);
  StkMate *mate = stk_mate_new ("J1", p->series->id, p->mated_height, p->pins, p->packaging->id);
  StkRequirements *req = stk_project_get_requirements (project);
  double returned = 0;

  main_board->component_top_mm = c->lower_top_mm;
  top->component_bottom_mm = c->upper_bottom_mm;
  stk_project_add_board (project, main_board, -1);
  stk_project_add_board (project, top, -1);
  mate->socket_board = g_strdup ("main");
  mate->header_board = g_strdup ("top");
  for (guint i = 0; i < c->power_nets->len; i++)
    {
      const StkNet *n = g_ptr_array_index (c->power_nets, i);
      stk_mate_add_net (mate, n->name, STK_NET_SUPPLY, n->current_a, 0);
      returned += n->current_a;
    }
  if (returned > 0 && !c->return_elsewhere)
    stk_mate_add_net (mate, "GND", STK_NET_GROUND, returned, 0);
  stk_project_add_mate (project, mate);
  *req = c->requirements;
  req->current_derating = c->current_derating;
  req->clearance_margin_mm = c->clearance_margin_mm;
  g_assert_cmpuint (stk_requirements_total_cycles (req), ==, c->mating_cycles);
  return project;
}

static gboolean
is_constraint (const char *id)
{
  return g_str_equal (id, "pins") || g_str_equal (id, "length") || g_str_equal (id, "width");
}

/* For every option: the check ids `check` fails on the project built from
 * it (each once, in record order) are the option's exclusions other than
 * the constraints (pins, length, width); its warnings are the ids `check`
 * warns on; its verdict is the worst status `check` gives, info counting
 * as pass, and fail when a constraint excludes it. */
static void
assert_same_as_check (const StkExplorerConstraints *c)
{
  g_autoptr(GPtrArray) options = stk_explorer_run (stk_catalog_get_default (), c);
  guint fitting = 0, excluded = 0;

  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);
      g_autoptr(StkProject) project = project_of (c, o);
      g_autoptr(GPtrArray) results = stk_checks_run (project, stk_catalog_get_default ());
      g_autoptr(GString) want_fail = g_string_new (NULL), want_warn = g_string_new (NULL);
      g_autoptr(GString) got_fail = g_string_new (NULL), got_warn = g_string_new (NULL);
      StkStatus want = STK_STATUS_PASS;
      gboolean constrained = FALSE;

      for (guint k = 0; k < results->len; k++)
        {
          const StkCheckResult *r = g_ptr_array_index (results, k);
          GString *list = r->status == STK_STATUS_FAIL ? want_fail : want_warn;
          g_autofree char *tag = g_strdup_printf ("%s,", r->check_id);

          if (r->status < STK_STATUS_WARNING)
            continue;
          want = MAX (want, r->status);
          if (strstr (list->str, tag) == NULL)
            g_string_append (list, tag);
        }
      for (guint k = 0; k < o->reasons->len; k++)
        {
          const StkExplorerReason *r = g_ptr_array_index (o->reasons, k);

          if (is_constraint (r->check_id))
            {
              g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
              constrained = TRUE;
              continue;
            }
          g_string_append_printf (r->status == STK_STATUS_FAIL ? got_fail : got_warn, "%s,", r->check_id);
        }
      g_assert_cmpstr (got_fail->str, ==, want_fail->str);
      g_assert_cmpstr (got_warn->str, ==, want_warn->str);
      g_assert_cmpint (o->verdict, ==, constrained ? STK_STATUS_FAIL : want);
      fitting += o->verdict != STK_STATUS_FAIL;
      excluded += o->verdict == STK_STATUS_FAIL;
    }
  /* Each constraint set below both offers and excludes options. */
  g_assert_cmpuint (fitting, >, 0);
  g_assert_cmpuint (excluded, >, 0);
}

static void
set_cycles (StkExplorerConstraints *c,
            guint                   assembly,
            guint                   rework,
            guint                   test,
            guint                   service)
{
  c->requirements.cycles_assembly = assembly;
  c->requirements.cycles_rework = rework;
  c->requirements.cycles_test = test;
  c->requirements.cycles_service = service;
  c->mating_cycles = assembly + rework + test + service;
}

static void
test_same_as_check (void)
{
  g_autoptr(StkExplorerConstraints) hand = hand_worked ();
  g_autoptr(StkExplorerConstraints) fpc = stk_explorer_constraints_new ();
  g_autoptr(StkExplorerConstraints) any = stk_explorer_constraints_new ();
  g_autoptr(StkExplorerConstraints) hot = stk_explorer_constraints_new ();

  /* The hand-worked board-to-board case, its 40 cycles split 10 each. */
  set_cycles (hand, 10, 10, 10, 10);
  assert_same_as_check (hand);

  /* Board-to-FPC with tall parts (P4 on the FPC) and an FPC plate; 1 A
   * returned on GND. */
  fpc->kind = STK_SERIES_BOARD_TO_FPC;
  stk_explorer_constraints_add_power (fpc, "VBAT", 1.0);
  fpc->signal_pins = 10;
  fpc->lower_top_mm = 1.0;
  fpc->upper_bottom_mm = 0.3;
  set_cycles (fpc, 1, 2, 30, 4);
  assert_same_as_check (fpc);

  /* Any joint: 3 A on one supply at full rating (10 pins) returning
   * elsewhere (so no GND net and a 3 A total), 45 cycles
   * (A4S's 30 fail), and a ±0.1 mm board-to-board tolerance: worst case
   * 0.05 + 0.05 + 0.1 = 0.2 mm over the 0.15 mm capture estimate, RSS
   * √(0.05² + 0.05² + 0.1²) = 0.122 mm within it, so the alignment check
   * warns on every option. */
  any->any_kind = TRUE;
  any->current_derating = 1.0;
  stk_explorer_constraints_add_power (any, "VBUS", 3.0);
  any->return_elsewhere = TRUE;
  any->requirements.alignment_tolerance_mm = 0.1;
  set_cycles (any, 5, 10, 20, 10);
  assert_same_as_check (any);
  {
    g_autoptr(GPtrArray) options = stk_explorer_run (stk_catalog_get_default (), any);
    const StkExplorerOption *o = find (options, "P4", 1.5, 20, "embossed");

    g_assert_cmpint (o->verdict, ==, STK_STATUS_WARNING);
    assert_excluded_by (options, "A4S", 0.8, 20, "8mm", "mechanical");
  }

  /* Requirements beyond the constraints reach the checks: 90 °C ambient is
   * above the 85 °C rating of both series, so every option fails
   * "temperature"; only the footprint limit then tells some apart. */
  hot->requirements.ambient_max_c = 90;
  hot->max_length_mm = 8;
  set_cycles (hot, 1, 1, 1, 1);
  {
    g_autoptr(GPtrArray) options = stk_explorer_run (stk_catalog_get_default (), hot);
    assert_excluded_by (options, "P4", 1.5, 20, "embossed", "temperature");
    assert_excluded_by (options, "P4", 1.5, 40, "embossed", "temperature, length");
  }
}

/* Return pins and a reversal-safe layout, worked by hand. Board-to-board,
 * derating 0.8 → 0.24 A per pin; VBAT 0.5 A and V3V3 0.2 A.
 * - VBAT 0.5 / 0.24 = 2.08 → 3 pins; V3V3 0.2 / 0.24 = 0.83 → 1 pin; the
 *   return GND carries 0.7 A → 0.7 / 0.24 = 2.92 → 3 pins. With 12 signal
 *   pins: 12 + 4 + 3 = 19, the 20-pin row fits.
 * - Returning elsewhere: 12 + 4 = 16.
 * - Reversal-safe: each supply on whole pairs, VBAT 3 → 4, V3V3 1 → 2:
 *   12 + 6 + 3 = 21, so the 20-pin row fails "pins" and 24 pins fit.
 *   With 10 signal pins (19 needed) the 20-pin layout is VBAT on 1, 20,
 *   2, 19; V3V3 on 3, 18; GND on 4–6; signals on 7–16; 17 free. Turned by
 *   180° pin p meets 21 − p: VBAT meets VBAT, V3V3 meets V3V3, GND meets a
 *   signal or the free pin: the reverse-mating check passes, as does
 *   current per pin (VBAT 0.5 / 4 = 0.125 A, GND 0.7 / 3 = 0.233 A). */
static void
test_return_and_reversal (void)
{
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(StkProject) project = NULL;
  g_autoptr(GPtrArray) reverse = NULL;
  const StkExplorerOption *o;
  const StkExplorerReason *r;
  const StkMate *mate;
  const char *const layout[20] = { "VBAT", "VBAT", "V3V3", "GND", "GND", "GND", "SIG", "SIG", "SIG", "SIG",
                                   "SIG", "SIG", "SIG", "SIG", "SIG", "SIG", NULL, "V3V3", "VBAT", "VBAT" };

  c->signal_pins = 12;
  stk_explorer_constraints_add_power (c, "VBAT", 0.5);
  stk_explorer_constraints_add_power (c, "V3V3", 0.2);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  o = find (options, "P4", 1.5, 20, "embossed");
  g_assert_cmpuint (o->supply_pins, ==, 4);
  g_assert_cmpuint (o->return_pins, ==, 3);
  g_assert_cmpuint (o->pins_needed, ==, 19);
  g_assert_cmpint (o->verdict, ==, STK_STATUS_PASS);

  c->return_elsewhere = TRUE;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  o = find (options, "P4", 1.5, 20, "embossed");
  g_assert_cmpuint (o->return_pins, ==, 0);
  g_assert_cmpuint (o->pins_needed, ==, 16);

  c->return_elsewhere = FALSE;
  c->reversal_safe = TRUE;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  o = find (options, "P4", 1.5, 20, "embossed");
  g_assert_cmpuint (o->supply_pins, ==, 6);
  g_assert_cmpuint (o->pins_needed, ==, 21);
  assert_excluded_by (options, "P4", 1.5, 20, "embossed", "pins");
  r = g_ptr_array_index (o->reasons, 0);
  g_assert_cmpstr (r->message, ==, "20 pins, 21 needed: 12 signal + 6 supply in pairs for a reversal-safe "
                                   "layout + 3 return (GND) at 0.24 A per pin");
  assert_excluded_by (options, "P4", 1.5, 24, "embossed", "");

  c->signal_pins = 10;
  g_clear_pointer (&options, g_ptr_array_unref);
  options = stk_explorer_run (stk_catalog_get_default (), c);
  o = find (options, "P4", 1.5, 20, "embossed");
  g_assert_cmpint (o->verdict, ==, STK_STATUS_PASS);
  project = stk_explorer_option_project (c, o);
  mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  for (guint p = 1; p <= 20; p++)
    g_assert_cmpstr (stk_mate_pin_net (mate, p), ==, layout[p - 1]);
  reverse = stk_checks_run_one (project, stk_catalog_get_default (), "reverse-mating");
  g_assert_cmpuint (reverse->len, ==, 1);
  g_assert_cmpint (((StkCheckResult *) g_ptr_array_index (reverse, 0))->status, ==, STK_STATUS_PASS);
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
  g_test_add_func ("/stackup/explorer/fpc-tall-parts", test_fpc_tall_parts);
  g_test_add_func ("/stackup/explorer/same-as-check", test_same_as_check);
  g_test_add_func ("/stackup/explorer/return-and-reversal", test_return_and_reversal);
  g_test_add_func ("/stackup/explorer/huge-current", test_huge_current);

  return g_test_run ();
}
