/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check-private.h"

/* Board warp, placement and mating alignment, mating forces and cycles. */

static const StkBoard *
side_board (const StkMateRef *ref,
            StkRole           role)
{
  return role == STK_ROLE_SOCKET ? ref->socket_board : ref->header_board;
}

static void
warp_side (const StkCheckContext *ctx,
           GPtrArray             *results,
           const StkMateRef      *ref,
           StkRole                role)
{
  const StkBoard *board = side_board (ref, role);
  const StkNote *note = _stk_check_note (ctx, "warp");
  StkValue limit = stk_catalog_note_limit (ctx->catalog, "warp_max_mm");
  StkValue dims[STK_N_DIMS];
  StkCheckResult *r;
  double length, warp, largest_percent;

  stk_series_dimensions (ref->series, role, ref->mate->pins, ref->mate->mated_height_mm, dims);
  if (!stk_value_is_set (&dims[STK_DIM_A]))
    return; /* not a catalog row: the part check says so */

  /* The note limits warp "in relation to the overall length of the connector":
   * the length A of the part that sits on this board. */
  length = dims[STK_DIM_A].value;
  warp = board->flatness_kind == STK_FLATNESS_BOW_TWIST_PERCENT
         ? board->bow_twist_percent / 100.0 * length : board->warp_mm;
  largest_percent = limit.value / length * 100.0;

  r = _stk_check_add_side (results, STK_CHECK_WARP, "warp",
                           stk_checks_exceeds (warp, limit.value) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                           limit.source, ref, role);
  _stk_check_set_value (r, warp, limit.value, limit.value - warp, "mm");
  if (board->flatness_kind == STK_FLATNESS_BOW_TWIST_PERCENT)
    _stk_check_set_message (r, _("Bow and twist %.4g %% × A %s = %s warp; limit %s "
                                 "(largest passing bow and twist %.4g %%)"),
                            board->bow_twist_percent, _stk_check_len (ctx, length), _stk_check_len (ctx, warp),
                            _stk_check_len (ctx, limit.value), largest_percent);
  else
    _stk_check_set_message (r, _("Warp %s over the connector length A %s; limit %s "
                                 "(as bow and twist: at most %.4g %%)"),
                            _stk_check_len (ctx, warp), _stk_check_len (ctx, length), _stk_check_len (ctx, limit.value),
                            largest_percent);
  _stk_check_cite_note (ctx, r, ref->series, note);
}

static void
warp_mate (const StkCheckContext *ctx,
           GPtrArray             *results,
           const StkMateRef      *ref)
{
  warp_side (ctx, results, ref, STK_ROLE_SOCKET);
  warp_side (ctx, results, ref, STK_ROLE_HEADER);
}

void
_stk_check_warp (const StkCheckContext *ctx,
                 GPtrArray             *results)
{
  _stk_check_each_mate (ctx, results, warp_mate);
}

/* Alignment */

/* carries[i]: board i holds a socket or header, marked in one pass over
 * the mates. Free with g_free(). */
static gboolean *
boards_carrying_connectors (StkProject *project)
{
  GPtrArray *mates = stk_project_get_mates (project);
  gboolean *carries = g_new0 (gboolean, stk_project_get_boards (project)->len + 1);

  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      int s = stk_project_board_index (project, m->socket_board);
      int h = stk_project_board_index (project, m->header_board);

      if (s >= 0)
        carries[s] = TRUE;
      if (h >= 0)
        carries[h] = TRUE;
    }
  return carries;
}

/* The datasheet warns that mounting equipment may be off by ±0.2–0.3 mm: a
 * line claimed worse than the band's top is a warning, one inside it is
 * worth a note, better than its bottom passes. */
static void
check_placement (const StkCheckContext *ctx,
                 GPtrArray             *results)
{
  GPtrArray *boards = stk_project_get_boards (ctx->project);
  StkValue low = stk_catalog_note_limit (ctx->catalog, "placement_error_low_mm");
  StkValue high = stk_catalog_note_limit (ctx->catalog, "placement_error_high_mm");
  g_autofree gboolean *carries = boards_carrying_connectors (ctx->project);

  for (guint i = 0; i < boards->len; i++)
    {
      const StkBoard *b = g_ptr_array_index (boards, i);
      double acc = b->placement_accuracy_mm;
      StkCheckResult *r;
      StkStatus status;

      if (!carries[i])
        continue;
      status = stk_checks_exceeds (acc, high.value) ? STK_STATUS_WARNING
               : stk_checks_exceeds (acc, low.value) ? STK_STATUS_INFO : STK_STATUS_PASS;
      r = _stk_check_add (results, STK_CHECK_ALIGNMENT, "placement", status, high.source,
                          stk_subject_board (b->id), g_strdup (b->name));
      _stk_check_set_value (r, acc, high.value, high.value - acc, "mm");
      if (status == STK_STATUS_WARNING)
        _stk_check_set_message (r, _("Placement accuracy ±%s is worse than the datasheet's "
                                     "±%s–%s band of mounting equipment"),
                                _stk_check_len (ctx, acc), _stk_check_num (ctx, low.value), _stk_check_len (ctx, high.value));
      else if (status == STK_STATUS_INFO)
        _stk_check_set_message (r, _("Placement accuracy ±%s lies in the datasheet's ±%s–%s "
                                     "band of mounting equipment: mind the alignment budget"),
                                _stk_check_len (ctx, acc), _stk_check_num (ctx, low.value), _stk_check_len (ctx, high.value));
      else
        _stk_check_set_message (r, _("Placement accuracy ±%s is better than the datasheet's "
                                     "±%s–%s band of mounting equipment"),
                                _stk_check_len (ctx, acc), _stk_check_num (ctx, low.value), _stk_check_len (ctx, high.value));
      _stk_check_set_detail (r, "%s", _stk_check_note (ctx, "placement")->text);
    }
}

/* Capture allowance: the user's value when set, else the catalog estimate. */
static StkValue
capture_allowance (const StkCheckContext *ctx,
                   const StkSeries       *series,
                   gboolean              *user)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);

  *user = req->capture_allowance_set;
  if (req->capture_allowance_set)
    return (StkValue) { req->capture_allowance_mm, stk_source_user () };
  return series->capture_allowance;
}

static void
alignment_mate (const StkCheckContext *ctx,
                GPtrArray             *results,
                const StkMateRef      *ref)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  double s = fabs (ref->socket_board->placement_accuracy_mm);
  double h = fabs (ref->header_board->placement_accuracy_mm);
  double a = fabs (req->alignment_tolerance_mm);
  double worst = s + h + a;
  double rss = sqrt (s * s + h * h + a * a);
  gboolean user;
  StkValue capture = capture_allowance (ctx, ref->series, &user);
  g_autofree char *capture_src = stk_source_describe (capture.source);
  StkStatus status;

  /* Worst case within the allowance passes; only the statistical (RSS) sum
   * within it is a warning; even the RSS sum beyond it fails. */
  status = !stk_checks_exceeds (worst, capture.value) ? STK_STATUS_PASS
           : !stk_checks_exceeds (rss, capture.value) ? STK_STATUS_WARNING : STK_STATUS_FAIL;

  /* The model holds one ± value per board and one for the fixing, the same
   * on both axes, so both axes get the same sums; both are reported. */
  for (guint axis = 0; axis < 2; axis++)
    {
      StkCheckResult *r;
      const char *name = stk_mate_get_label (ref->mate);

      r = _stk_check_add (results, STK_CHECK_ALIGNMENT, axis == 0 ? "along" : "across", status,
                          capture.source, stk_subject_mate (ref->mate->id),
                          g_strdup_printf (axis == 0 ? _("%s, along the connector")
                                                     : _("%s, across the connector"), name));
      _stk_check_set_value (r, worst, capture.value, capture.value - worst, "mm");
      r->user_override = user;
      _stk_check_set_message (r, axis == 0
                              ? _("Along: worst case ±%s, RSS ±%s of placement and alignment against a "
                                  "capture allowance of ±%s%s; rotation and the locating pin and hole are "
                                  "in the tolerance analysis")
                              : _("Across: worst case ±%s, RSS ±%s of placement and alignment against a "
                                  "capture allowance of ±%s%s; rotation and the locating pin and hole are "
                                  "in the tolerance analysis"),
                              _stk_check_len (ctx, worst), _stk_check_len (ctx, rss), _stk_check_len (ctx, capture.value),
                              user ? _(" (your value)") : _(" (estimate)"));
      _stk_check_set_detail (r, _("Socket placement ±%s + header placement ±%s + board-to-board "
                                  "alignment ±%s, each once. This sum leaves out the placement rotation "
                                  "and the positions of the locating pin and its hole; the tolerance "
                                  "analysis adds them (Stackup's estimates) and samples the spread, so it "
                                  "is the fuller view and its worst case is larger. Capture allowance: %s"),
                             _stk_check_len (ctx, s), _stk_check_len (ctx, h), _stk_check_len (ctx, a), capture_src);
    }
}

void
_stk_check_alignment (const StkCheckContext *ctx,
                      GPtrArray             *results)
{
  check_placement (ctx, results);
  _stk_check_each_mate (ctx, results, alignment_mate);
}

/* Forces and cycles */

static void
forces_mate (const StkCheckContext *ctx,
             GPtrArray             *results,
             const StkMateRef      *ref)
{
  const StkMate *m = ref->mate;
  g_autofree char *rule = NULL;
  g_autofree char *removal_rule = NULL;
  StkCheckResult *r;
  double force;

  r = _stk_check_add_mate (results, STK_CHECK_MECHANICAL, "insertion-force", STK_STATUS_INFO,
                           ref->series->force_source, m);
  if (stk_series_insertion_force (ref->series, m->pins, &force, &rule))
    {
      _stk_check_set_figure (r, force, "N");
      _stk_check_set_message (r, _("Composite insertion force up to %.4g N (%s): size the mating "
                                   "fixture and the board fixing for it"), force, rule);
    }
  else
    _stk_check_set_message (r, _("The datasheet gives no composite insertion force for %u contacts"), m->pins);
  _stk_check_set_detail (r, "%s", ref->series->insertion_force_text);

  r = _stk_check_add_mate (results, STK_CHECK_MECHANICAL, "removal-force", STK_STATUS_INFO,
                           ref->series->force_source, m);
  if (stk_series_removal_force (ref->series, m->pins, m->mated_height_mm, &force, &removal_rule))
    {
      _stk_check_set_figure (r, force, "N");
      _stk_check_set_message (r, _("Composite removal force at least %.4g N (%s): the retention the "
                                   "connector alone gives"), force, removal_rule);
    }
  else
    _stk_check_set_message (r, _("The datasheet gives no composite removal force for %u contacts at "
                                 "%s"), m->pins, _stk_check_len (ctx, m->mated_height_mm));
  _stk_check_set_detail (r, "%s", ref->series->removal_force_text);
}

static void
cycles_mate (const StkCheckContext *ctx,
             GPtrArray             *results,
             const StkMateRef      *ref)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  const StkSpec *life = stk_series_find_spec (ref->series, "mating_cycles");
  const StkInspection *insp = ref->series->inspection;
  guint need = stk_requirements_total_cycles (req);
  StkCheckResult *r;

  g_assert (life != NULL && life->has_value);
  r = _stk_check_add_mate (results, STK_CHECK_MECHANICAL, "cycles",
                           stk_checks_exceeds (need, life->value) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                           life->source, ref->mate);
  _stk_check_set_value (r, need, life->value, life->value - need,
                        /* Translators: the unit of a count of mating cycles */
                        N_("cycles"));
  _stk_check_set_message (r, g_dngettext (GETTEXT_PACKAGE,
                                          "%u mating cycle over the product's life (assembly %u, rework %u, "
                                          "test %u, service %u); insertion and removal life %g",
                                          "%u mating cycles over the product's life (assembly %u, rework %u, "
                                          "test %u, service %u); insertion and removal life %g", need),
                          need, req->cycles_assembly, req->cycles_rework, req->cycles_test,
                          req->cycles_service, life->value);

  /* The A4S catalog offers a type for inspection. It goes on the test
   * fixture, whose connector mates once for every product tested; the
   * product's own connector still mates once per test, so the test cycles
   * stay in its count and nothing here may suggest otherwise. */
  if (insp != NULL && req->cycles_test > 0)
    {
      g_autofree char *socket = stk_series_inspection_part (ref->series, STK_ROLE_SOCKET, ref->mate->pins);
      g_autofree char *header = stk_series_inspection_part (ref->series, STK_ROLE_HEADER, ref->mate->pins);

      /* NULL: the catalog lists no inspection-use part for this pin count. */
      if (socket != NULL && header != NULL)
        _stk_check_set_detail (r, g_dngettext (GETTEXT_PACKAGE,
                                               "Each test mates the product's own connector once, so the %u test "
                                               "cycle counts against its insertion and removal life of %g. The "
                                               "inspection-use type %s / %s (%u cycles; same dimensions and foot "
                                               "pattern; mating retention force not warranted; inspection only) is "
                                               "for the test fixture: it spares the fixture's connector, which mates "
                                               "once for every product tested, not the product's. Source: %s",
                                               "Each test mates the product's own connector once, so the %u test "
                                               "cycles count against its insertion and removal life of %g. The "
                                               "inspection-use type %s / %s (%u cycles; same dimensions and foot "
                                               "pattern; mating retention force not warranted; inspection only) is "
                                               "for the test fixture: it spares the fixture's connector, which mates "
                                               "once for every product tested, not the product's. Source: %s",
                                               req->cycles_test),
                               req->cycles_test, life->value, socket, header, insp->mating_cycles,
                               insp->source->ref);
      else
        _stk_check_set_detail (r, _("Each test mates the product's own connector once, so the %u test cycles count "
                                    "against its insertion and removal life of %g. The inspection-use type for "
                                    "test fixtures (%u cycles) is not listed for %u pins. Source: %s"),
                               req->cycles_test, life->value, insp->mating_cycles, ref->mate->pins,
                               insp->source->ref);
    }
}

static void
cycles_of_type (const StkCheckContext *ctx,
                GPtrArray             *results,
                const StkMateRef      *ref)
{
  if (ref->mate->inspection && ref->series->inspection != NULL)
    _stk_check_inspection_cycles (ctx, results, ref);
  else
    cycles_mate (ctx, results, ref);
}

void
_stk_check_mechanical (const StkCheckContext *ctx,
                       GPtrArray             *results)
{
  _stk_check_each_mate (ctx, results, forces_mate);
  _stk_check_each_mate (ctx, results, cycles_of_type);
}
