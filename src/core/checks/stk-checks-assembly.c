/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "stk-check-private.h"
#include "stk-facing.h"

/* Heights and clearances from the assembly (stk-placement): the envelope,
 * each branch, the gap of each mate, every place where a board lies over
 * another, and what the model cannot place: loops, repeated pairs, boards
 * not joined to the base board, boards that collide. */

const StkSource _stk_check_assembly_source = {
  STK_PROV_DERIVED,
  N_("Stackup's assembly model: boards form a tree from the base board, each placed by the connector "
     "that joins it to its parent, the gap between them its mated height"),
  NULL,
};

/* When no height of the mate's series fits: the lowest fitting row of
 * another series (a P4 pair may sit on an FPC too), or NULL. */
static const StkProduct *
other_series_fit (const StkCheckContext *ctx,
                  const StkSeries       *own,
                  guint                  pins,
                  double                 need)
{
  GPtrArray *series = stk_catalog_get_series (ctx->catalog);
  const StkProduct *best = NULL;

  for (guint i = 0; i < series->len; i++)
    {
      const StkSeries *s = g_ptr_array_index (series, i);
      const StkProduct *p = s == own ? NULL : stk_checks_smallest_fitting (s, pins, NULL, need);

      if (p != NULL && (best == NULL || p->mated_height < best->mated_height))
        best = p;
    }
  return best;
}

/* "smallest A4S mated height that fits with 20 pins: 1 mm (AXE520127 /
 * AXE620224), which needs 8 mm pitch embossed tape: …", naming the parts
 * and the packaging when it is not the mate's own. */
static StkCheckMessage *
fit_hint (const StkCheckContext *ctx,
          const StkMateRef      *ref,
          const StkProduct      *fit)
{
  const StkMate *m = ref->mate;
  const StkSeries *own = ref->series;

  if (fit == NULL)
    return stk_check_message_new (_("no %s mated height with %u pins fits, nor one of another series"), own->id,
                                  m->pins);
  if (fit->series != own)
    return stk_check_message_new (_("no %s mated height with %u pins fits; %s fits at %s (%s / %s, %s)"),
                                  own->id, m->pins, fit->series->id, _stk_check_len (ctx, fit->mated_height),
                                  fit->socket, fit->header, fit->packaging->label);
  if (g_ascii_strcasecmp (fit->packaging->id, m->packaging) == 0)
    return stk_check_message_new (_("smallest %s mated height that fits with %u pins: %s (%s / %s)"),
                                  own->id, m->pins, _stk_check_len (ctx, fit->mated_height), fit->socket, fit->header);
  return stk_check_message_new (_("smallest %s mated height that fits with %u pins: %s (%s / %s), which needs "
                                  "%s: the connector's %s has no part that tall"),
                                own->id, m->pins, _stk_check_len (ctx, fit->mated_height), fit->socket, fit->header,
                                fit->packaging->label, ref->product->packaging->label);
}

static int
mate_index (const StkCheckContext *ctx,
            const StkMate         *m)
{
  return stk_project_mate_index (ctx->project, m->id);
}

/* A mate the assembly could not use to place a board: why. */
static void
placement_issue (const StkCheckContext *ctx,
                 GPtrArray             *results,
                 const StkMatePlace    *mp)
{
  const StkMate *m = mp->mate;
  const StkMate *other = mp->other >= 0 ? ctx->placement->mates[mp->other].mate : NULL;
  StkCheckResult *r;

  switch (mp->status)
    {
    case STK_MATE_LOOP:
      r = _stk_check_add_mate (results, STK_CHECK_STACK, "loop", STK_STATUS_FAIL, &_stk_check_assembly_source, m);
      _stk_check_set_message (r, _("%s closes a loop of boards: its boards are already placed through other "
                                   "connectors (%s), so the assembly is over-constrained"),
                              stk_mate_get_label (m), other ? stk_mate_get_label (other) : "?");
      break;
    case STK_MATE_DUPLICATE_PAIR:
      r = _stk_check_add_mate (results, STK_CHECK_STACK, "loop", STK_STATUS_FAIL, &_stk_check_assembly_source, m);
      _stk_check_set_message (r, _("%s joins the same two boards as %s, which places them: a second connector "
                                   "on one pair over-constrains it"),
                              stk_mate_get_label (m), other ? stk_mate_get_label (other) : "?");
      break;
    case STK_MATE_UNREACHED:
      r = _stk_check_add_mate (results, STK_CHECK_STACK, "unjoined", STK_STATUS_WARNING,
                               &_stk_check_assembly_source, m);
      _stk_check_set_message (r, _("%s joins boards that no chain of connectors joins to the base board: "
                                   "where they are is unknown"), stk_mate_get_label (m));
      break;
    case STK_MATE_BAD_ROTATION:
      r = _stk_check_add_mate (results, STK_CHECK_STACK, "rotation", STK_STATUS_FAIL,
                               &_stk_check_assembly_source, m);
      _stk_check_set_message (r, _("%s is turned by %.4g° and %.4g°: parts turn in quarter turns"),
                              stk_mate_get_label (m), m->rotation_deg, m->header_rotation_deg);
      break;
    default:
      break;
    }
}

/* "Main board" or "Main board keep-out “Shield can”": where a facing
 * height comes from. */
static char *
facing_source (const StkBoard *board,
               int             keepout)
{
  const StkKeepout *k;

  if (keepout < 0)
    return g_strdup (board->name);
  k = g_ptr_array_index (board->keepouts, keepout);
  /* Translators: where a facing part's height comes from: board name, keep-out label */
  return g_strdup_printf (_("%s keep-out “%s”"), board->name, k->label);
}

/* The facing heights of a pair: from the facing record, or the faces'
 * own when the boards do not overlap in plan. */
static void
facing_of (const StkFacing *f,
           const StkBoard  *lower,
           const StkBoard  *upper,
           double          *top,
           double          *bottom,
           char           **top_source,
           char           **bottom_source)
{
  *top = f ? f->top_mm : MAX (lower->component_top_mm, 0);
  *bottom = f ? f->bottom_mm : MAX (upper->component_bottom_mm, 0);
  *top_source = facing_source (lower, f ? f->top_keepout : -1);
  *bottom_source = facing_source (upper, f ? f->bottom_keepout : -1);
}

static void
clearance_mate (const StkCheckContext *ctx,
                GPtrArray             *results,
                const StkMateRef      *ref,
                const StkFacings      *facings)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  const StkMate *m = ref->mate;
  int k = mate_index (ctx, m);
  const StkMatePlace *mp = k >= 0 ? &ctx->placement->mates[k] : NULL;
  const StkFacing *f = k >= 0 && facings->by_mate[k] >= 0 ? &facings->facings[facings->by_mate[k]] : NULL;
  const StkBoard *lower, *upper;
  double gap, need, top, bottom;
  g_autofree char *top_source = NULL, *bottom_source = NULL;
  const StkProduct *fit;
  StkCheckMessage *hint;
  StkCheckResult *r;

  if (mp == NULL || mp->status != STK_MATE_PLACED)
    {
      if (mp != NULL)
        placement_issue (ctx, results, mp);
      return;
    }
  if (ref->product == NULL)
    return;
  lower = ctx->placement->boards[mp->lower].board;
  upper = ctx->placement->boards[mp->upper].board;
  gap = mp->z1 - mp->z0;
  facing_of (f, lower, upper, &top, &bottom, &top_source, &bottom_source);
  need = stk_checks_clearance_needed (top, bottom, req->clearance_margin_mm);
  fit = stk_checks_smallest_fitting (ref->series, m->pins, m->packaging, need);
  if (fit == NULL)
    fit = other_series_fit (ctx, ref->series, m->pins, need);
  hint = fit_hint (ctx, ref, fit);

  r = _stk_check_add_mate (results, STK_CHECK_STACK, "clearance",
                           stk_checks_exceeds (need, gap) ? STK_STATUS_FAIL : STK_STATUS_PASS, ref->product->source, m);
  if (fit != NULL)
    _stk_check_rests_on (r, fit->source);
  _stk_check_set_value (r, need, gap, gap - need, "mm");
  _stk_check_set_message (r, _("Facing parts %s (%s) + %s (%s) + margin %s = %s in the %s gap; %s"),
                          _stk_check_len (ctx, top), top_source, _stk_check_len (ctx, bottom), bottom_source,
                          _stk_check_len (ctx, MAX (req->clearance_margin_mm, 0)), _stk_check_len (ctx, need),
                          _stk_check_len (ctx, gap), stk_check_message_nested (hint));
  if (f != NULL && (f->top_keepout >= 0 || f->bottom_keepout >= 0))
    _stk_check_set_detail (r, _("The gap between the boards is the mated height. Where the boards overlap, a "
                                "keep-out's height counts where it is taller than its face's tallest part; "
                                "elsewhere that part is assumed to lie under the other board."));
  else
    _stk_check_set_detail (r, _("The gap between the boards is the mated height. The tallest part of each "
                                "facing side is assumed to lie under the other board, since only the tallest "
                                "part per face is given."));

  /* The branch: the lower board's bottom to the upper board's top. */
  r = _stk_check_add_mate (results, STK_CHECK_STACK, "branch", STK_STATUS_INFO, &_stk_check_assembly_source, m);
  {
    const StkBoardPlace *lo = &ctx->placement->boards[mp->lower], *hi = &ctx->placement->boards[mp->upper];
    double height = hi->z + stk_board_stack_thickness (upper) - lo->z;

    _stk_check_set_figure (r, height, "mm");
    /* Translators: a branch's height: lower board and its thickness, the gap, upper board and
     * its thickness, the sum */
    _stk_check_set_message (r, _("%s %s + gap %s + %s %s = %s"),
                            lower->name, _stk_check_len (ctx, stk_board_stack_thickness (lower)),
                            _stk_check_len (ctx, gap), upper->name,
                            _stk_check_len (ctx, stk_board_stack_thickness (upper)), _stk_check_len (ctx, height));
  }
}

static void
clearance_over (const StkCheckContext *ctx,
                GPtrArray             *results,
                const StkFacing       *f)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  const StkBoard *lo = ctx->placement->boards[f->lower].board, *hi = ctx->placement->boards[f->upper].board;
  double need = stk_checks_clearance_needed (f->top_mm, f->bottom_mm, req->clearance_margin_mm);
  g_autofree char *top_source = facing_source (lo, f->top_keepout);
  g_autofree char *bottom_source = facing_source (hi, f->bottom_keepout);
  StkCheckResult *r;

  r = _stk_check_add (results, STK_CHECK_STACK, "clearance",
                      stk_checks_exceeds (need, f->gap) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                      &_stk_check_assembly_source, stk_subject_board (hi->id),
                      /* Translators: one board lying over another, "Camera FPC over Main board" */
                      g_strdup_printf (_("%s over %s"), hi->name, lo->name));
  _stk_check_set_value (r, need, f->gap, f->gap - need, "mm");
  _stk_check_set_message (r, _("%s lies %s over %s without a connector between them: facing parts "
                               "%s (%s) + %s (%s) + margin %s = %s"),
                          hi->name, _stk_check_len (ctx, f->gap), lo->name, _stk_check_len (ctx, f->top_mm),
                          top_source, _stk_check_len (ctx, f->bottom_mm), bottom_source,
                          _stk_check_len (ctx, MAX (req->clearance_margin_mm, 0)), _stk_check_len (ctx, need));
  /* Translators: where two boards overlap in plan: x from–to, y from–to */
  _stk_check_set_detail (r, _("They overlap in plan from x %s to %s, y %s to %s."),
                         _stk_check_len (ctx, f->overlap[0]), _stk_check_len (ctx, f->overlap[2]),
                         _stk_check_len (ctx, f->overlap[1]), _stk_check_len (ctx, f->overlap[3]));
}

static void
collisions (const StkCheckContext *ctx,
            GPtrArray             *results)
{
  const StkPlacement *pl = ctx->placement;

  for (guint i = 0; i < pl->n_collisions; i++)
    {
      const StkBoard *a = pl->boards[pl->collisions[i].a].board;
      const StkBoard *b = pl->boards[pl->collisions[i].b].board;
      StkCheckResult *r;

      r = _stk_check_add (results, STK_CHECK_STACK, "collision", STK_STATUS_FAIL, &_stk_check_assembly_source,
                          stk_subject_board (b->id),
                          /* Translators: two boards that overlap, "Daughter board and Top board" */
                          g_strdup_printf (_("%s and %s"), a->name, b->name));
      _stk_check_set_message (r, _("%s and %s collide: their outlines overlap at the same height"),
                              a->name, b->name);
    }
}

/* The envelope in height of every board joined to the base board. */
static void
stack_total (const StkCheckContext *ctx,
             GPtrArray             *results)
{
  const StkPlacement *pl = ctx->placement;
  const StkBoard *unjoined = NULL;
  double height = pl->z_max - pl->z_min;
  StkCheckResult *r;

  if (pl->n_boards == 0)
    return;
  for (guint i = 0; i < pl->n_boards && unjoined == NULL; i++)
    if (!pl->boards[i].placed)
      unjoined = pl->boards[i].board;
  r = _stk_check_add (results, STK_CHECK_STACK, "total", unjoined ? STK_STATUS_WARNING : STK_STATUS_INFO,
                      &_stk_check_assembly_source, g_strdup (STK_SUBJECT_STACK_ID), g_strdup (_("Whole stack")));
  _stk_check_set_figure (r, height, "mm");
  if (unjoined != NULL)
    _stk_check_set_message (r, _("No connector joins %s to %s, the base board, so where it lies is unknown: "
                                 "the boards joined to it span %s"),
                            unjoined->name, pl->boards[0].board->name, _stk_check_len (ctx, height));
  else
    /* Translators: the assembly's height, from and to (above the base board's lower face), and
     * its length × width in plan */
    _stk_check_set_message (r, _("The assembly spans %s in height, from %s to %s above the base board's lower "
                                 "face, and %s × %s in plan"),
                            _stk_check_len (ctx, height), _stk_check_len (ctx, pl->z_min),
                            _stk_check_len (ctx, pl->z_max), _stk_check_num (ctx, pl->envelope[2] - pl->envelope[0]),
                            _stk_check_len (ctx, pl->envelope[3] - pl->envelope[1]));
}

void
_stk_check_stack (const StkCheckContext *ctx,
                  GPtrArray             *results)
{
  g_autoptr(StkFacings) facings = stk_facings_new (ctx->placement);
  GPtrArray *mates = stk_project_get_mates (ctx->project);

  for (guint i = 0; i < mates->len; i++)
    if (ctx->mate_refs[i].checkable)
      clearance_mate (ctx, results, &ctx->mate_refs[i], facings);
  /* Every other place where a board lies over another: their facing parts
   * need the room too. */
  for (guint i = 0; i < facings->n_facings; i++)
    if (facings->facings[i].mate < 0)
      clearance_over (ctx, results, &facings->facings[i]);
  collisions (ctx, results);
  _stk_check_inspection_heights (ctx, results);
  stack_total (ctx, results);
}
