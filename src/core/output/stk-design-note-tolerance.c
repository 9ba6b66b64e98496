/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-design-note"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-design-note-private.h"
#include "stk-format.h"
#include "stk-tolerance.h"

/* The tolerance section: the figures of stackup-cli tolerance with its
 * defaults, a table per connector, the largest contributors, and the
 * histogram of the end and axis most at risk. */

#define PLOT_W 170.0
#define PLOT_H 50.0

static char *
fmt_ppm (const StkTolFigures *f)
{
  return g_strdup_printf ("%.1f (%.1f–%.1f)", f->ppm, f->ppm_low, f->ppm_high);
}

static char *
contributions (const StkTolResult *r,
               const StkTolPair   *pair,
               StkTolOutput        o)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree guint *order = stk_tol_result_pareto (r, o);
  const StkTolFigures *f = &r->outputs[o];

  /* Translators: connector and output, followed by "name 66.7 %, name 12.1 %, …" */
  g_string_append_printf (text, _("%s, share of the variance at %s: "), r->label, stk_tol_output_label (o));
  for (guint n = 0; n < MIN (pair->contributors->len, 3u); n++)
    g_string_append_printf (text, "%s%s %.1f %%", n > 0 ? ", " : "",
                            g_array_index (pair->contributors, StkTolContributor, order[n]).name,
                            100 * r->shares[order[n] * STK_TOL_N_OUTPUTS + o]);
  if (pair->contributors->len > 0 && f->sigma > 0)
    {
      g_string_append (text, ". ");
      g_string_append_printf (text, _("Halving “%s” would give σ %.4f mm and %.1f ppm outside."),
                              g_array_index (pair->contributors, StkTolContributor, f->largest).name,
                              f->halved_sigma, f->halved_ppm);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
value_text (const StkValue *v,
            const char     *unit)
{
  g_autofree char *q = _stk_note_unit (v->value, unit);

  return g_strconcat ("±", q, NULL);
}

/* The figures the analysis adds to the project's: rotation, the fixing
 * and the user's contributors, each with where it comes from. */
static void
add_inputs (StkDesignNote *note,
            StkProject    *project)
{
  static const double widths[] = { 2.6, 1.6, 3.2 };
  const StkTolSpec *spec = stk_project_get_tolerance (project);
  const StkRequirements *req = stk_project_get_requirements (project);
  StkValue rows[] = {
    stk_tol_spec_rotation (spec), stk_tol_spec_pin_position (spec), stk_tol_spec_hole_position (spec),
    stk_tol_spec_pin_clearance (spec, req),
  };
  const char *names[] = {
    _("Placement rotation of each connector"), _("Locating-pin position"), _("Hole position"),
    _("Diametral clearance of the pin in its hole"),
  };
  StkBlock *table = _stk_note_add_table (note, widths, 3, _("Input"), _("Value"), _("Source"));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    _stk_note_add_row (table, g_strdup (names[i]),
                       i == 3 ? _stk_note_unit (rows[i].value, "mm") : value_text (&rows[i], i == 0 ? "°" : "mm"),
                       stk_source_describe (rows[i].source));
  for (guint i = 0; i < spec->board_rotations->len; i++)
    {
      const StkTolBoardRotation *b = g_ptr_array_index (spec->board_rotations, i);
      const StkBoard *board = stk_project_find_board (project, b->board);
      StkValue v = { b->rotation_deg, stk_source_user () };

      if (board != NULL)
        _stk_note_add_row (table, g_strdup_printf (_("Placement rotation on %s"), board->name),
                           value_text (&v, "°"), stk_source_describe (v.source));
    }
  for (guint i = 0; i < spec->contributors->len; i++)
    {
      const StkTolUserContributor *c = g_ptr_array_index (spec->contributors, i);
      StkValue v = { c->tolerance, stk_source_user () };
      /* Translators: a contributor of the user's and the connector it acts on, "Bracket (j1)" */
      g_autofree char *where = c->mate && *c->mate ? g_strdup_printf (_("%s (%s)"), c->name, c->mate)
                               : g_strdup_printf (_("%s (every connector)"), c->name);
      g_autofree char *source = stk_source_describe (v.source);

      _stk_note_add_row (table, g_steal_pointer (&where),
                         value_text (&v, c->axis == STK_TOL_ROTATION ? "°" : "mm"),
                         /* Translators: source; axis, distribution: "user; across, normal" */
                         g_strdup_printf (_("%s; %s, %s"), source, stk_tol_axis_to_string (c->axis),
                                          stk_tol_distribution_to_string (c->distribution)));
    }
}

/* Beside the checks' verdict: the analysis's, and why its figures are
 * larger than the alignment check's, so that no one reads the check's
 * Pass as covering what it leaves out. */
void
_stk_note_build_tolerance_verdict (StkDesignNote *note,
                                   GPtrArray     *results)
{
  g_autofree char *verdict = NULL;
  g_autofree char *text = NULL;
  gboolean failing = FALSE;

  if (results == NULL)
    return;
  for (guint i = 0; i < results->len; i++)
    failing |= ((const StkTolResult *) g_ptr_array_index (results, i))->status == STK_STATUS_FAIL;
  verdict = stk_tol_describe_verdict (results);
  /* Translators: the tolerance analysis's verdict, then why it and the alignment check differ */
  text = g_strdup_printf (_("%s. The alignment check sums each board's placement accuracy and the "
                            "board-to-board alignment once; the tolerance analysis adds the placement "
                            "rotation and the locating pin's and hole's positions (Stackup's estimates) "
                            "and samples the spread, so it is the fuller view of how the connectors "
                            "mate: see “Tolerance analysis”."), verdict);
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, text)->emphasis = failing;
}

void
_stk_note_build_tolerance (StkDesignNote *note,
                           StkProject    *project,
                           StkCatalog    *catalog,
                           GPtrArray     *results)
{
  static const double widths[] = { 1.6, 1.3, 0.9, 0.9, 0.9, 1.8, 0.7, 1.0 };
  StkTolSettings settings;
  g_autoptr(GPtrArray) pairs = stk_tol_pairs_from_project (project, catalog, NULL);
  g_autofree char *intro = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *samples = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *target = NULL;
  StkBlock *table;

  /* results: stk_tol_results_for_project, the figures of the app's
   * Tolerance page and of stackup-cli tolerance, pair for pair */
  if (results == NULL || results->len != pairs->len)
    return;
  stk_tol_settings_from_project (&settings, project);
  if (note->svg_name && g_str_has_suffix (note->svg_name, ".svg"))
    stem = g_strndup (note->svg_name, strlen (note->svg_name) - 4);
  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Tolerance analysis"));
  samples = g_strdup_printf ("%" G_GUINT64_FORMAT, settings.samples);
  seed = g_strdup_printf ("%" G_GUINT64_FORMAT, settings.seed);
  target = stk_format_number (settings.target_ppm);
  intro = g_strdup_printf (_("The header's misalignment against the socket at both ends of each connector, "
                             "along and across: worst case, RSS and a Monte Carlo of %s samples (seed %s) "
                             "against the capture window, with a target of at most %s ppm outside. "
                             "Each board's placement accuracy and the placement rotation are taken as 3σ "
                             "of a normal spread; the locating pin, its hole and the pin's play in the "
                             "hole each as a point anywhere in a disc. The table below gives the analysis's "
                             "own figures with their sources. Outside: ppm with its 95 %% interval."),
                           samples, seed, target);
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, intro);
  add_inputs (note, project);
  table = _stk_note_add_table (note, widths, 8, _("Connector"), _("End, axis"), _("Worst case"), _("RSS"),
                               _("σ"), _("Outside, ppm"), _("Cpk"), _("Status"));
  for (guint i = 0; i < results->len; i++)
    {
      const StkTolResult *r = g_ptr_array_index (results, i);

      for (StkTolOutput o = 0; o < STK_TOL_N_OUTPUTS; o++)
        {
          const StkTolFigures *f = &r->outputs[o];

          _stk_note_add_row (table, g_strdup (o == 0 ? r->label : ""), g_strdup (stk_tol_output_label (o)),
                             g_strdup_printf ("±%.3f", f->worst), g_strdup_printf ("±%.3f", f->rss),
                             stk_format_fixed (f->sigma, 4), fmt_ppm (f),
                             isfinite (f->cpk) ? stk_format_fixed (f->cpk, 2) : g_strdup ("—"),
                             g_strdup (o == 0 ? stk_status_label (r->status) : ""));
        }
    }
  for (guint i = 0; i < results->len; i++)
    {
      const StkTolResult *r = g_ptr_array_index (results, i);
      StkTolOutput worst = stk_tol_result_worst_output (r);
      g_autofree char *text = contributions (r, g_ptr_array_index (pairs, i), worst);
      g_autofree char *caption = g_strdup_printf (_("%s: histogram of %s with the capture limits"),
                                                  r->label, stk_tol_output_label (worst));
      g_autofree char *pareto_caption = g_strdup_printf (_("%s: share of the variance of %s, largest first"),
                                                         r->label, stk_tol_output_label (worst));
      g_autofree char *weak = NULL;
      g_autofree char *heading = NULL;
      StkBlock *plot;

      /* Translators: a connector's part of the tolerance analysis: its label and verdict, "J1 display: Warning" */
      heading = g_strdup_printf (_("%s: %s"), r->label, stk_status_label (r->status));
      _stk_note_add_block (note, STK_BLOCK_SUBHEADING, heading);
      if (r->weakened_by != NULL)
        weak = g_strdup_printf (_("The figures alone fail, but the window is the estimate “%s”: enter your own "
                                  "or the maker's capture figure for a firm verdict."),
                                stk_source_name (r->weakened_by));
      _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, weak ? weak : text);
      if (weak)
        _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, text);
      plot = _stk_note_add_block (note, STK_BLOCK_PLOT, caption);
      plot->plot = stk_tol_histogram_new (r, worst, PLOT_W, PLOT_H);
      if (stem)
        plot->plot_name = g_strdup_printf ("%s-tolerance-%s.svg", stem, r->id);
      plot = _stk_note_add_block (note, STK_BLOCK_PLOT, pareto_caption);
      plot->plot = stk_tol_pareto_new (r, g_ptr_array_index (pairs, i), worst, PLOT_W);
      if (stem)
        plot->plot_name = g_strdup_printf ("%s-tolerance-%s-pareto.svg", stem, r->id);
    }
}
