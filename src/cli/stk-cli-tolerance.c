/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup-cli"

#include "stk-config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "stk-cli.h"
#include "stk-json.h"
#include "stk-project-io.h"
#include "stk-format.h"
#include "stk-tolerance.h"

/* `tolerance`: worst case, RSS and Monte Carlo of every connector pair. */

static const guint output_end[STK_TOL_N_OUTPUTS] = { 1, 1, 2, 2 };
static const char *const output_axis[STK_TOL_N_OUTPUTS] = { "along", "across", "along", "across" };

/* "AXIS:DISTRIBUTION:TOLERANCE:NAME", as --add takes it: a contributor of
 * the user's on every connector, added to the project for this run. */
static gboolean
parse_contributor (const char            *spec,
                   StkTolUserContributor *c,
                   GError               **error)
{
  g_auto(GStrv) parts = g_strsplit (spec, ":", 4);
  char *end = NULL;

  stk_tol_user_contributor_init (c);
  if (g_strv_length (parts) != 4 || *g_strstrip (parts[3]) == '\0')
    goto bad;
  if (!stk_tol_axis_from_string (parts[0], &c->axis)
      || !stk_tol_distribution_from_string (parts[1], &c->distribution))
    goto bad;
  c->tolerance = g_ascii_strtod (parts[2], &end);
  if (end == parts[2] || *end != '\0' || !(c->tolerance >= 0) || !isfinite (c->tolerance))
    goto bad;
  c->name = g_strdup (parts[3]);
  return TRUE;

bad:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("tolerance: --add “%s”: give AXIS:DISTRIBUTION:TOLERANCE:NAME, the axis along, "
                 "across, rotation or plane, the distribution normal, uniform, triangular or radial, "
                 "the tolerance a number ≥ 0 (mm, or degrees for rotation)"), spec);
  return FALSE;
}

static void
add_finite (JsonBuilder *b,
            const char  *member,
            double       value)
{
  /* Cp and Cpk of a figure that never varies are infinite: no member */
  if (isfinite (value))
    stk_cli_add_double (b, member, value);
}

static void
figures_to_json (JsonBuilder         *b,
                 const StkTolResult  *r,
                 const StkTolPair    *pair,
                 StkTolOutput         o)
{
  const StkTolFigures *f = &r->outputs[o];

  json_builder_begin_object (b);
  stk_cli_add_int (b, "end", output_end[o]);
  stk_cli_add_string (b, "axis", output_axis[o]);
  stk_cli_add_double (b, "nominal_mm", f->nominal);
  stk_cli_add_double (b, "worst_case_mm", f->worst);
  stk_cli_add_double (b, "rss_mm", f->rss);
  stk_cli_add_double (b, "sigma_model_mm", f->sigma_model);
  stk_cli_add_double (b, "mean_mm", f->mean);
  stk_cli_add_double (b, "sigma_mm", f->sigma);
  stk_cli_add_double (b, "range_low_mm", f->range_low);
  stk_cli_add_double (b, "range_high_mm", f->range_high);
  stk_cli_add_int (b, "outside", (gint64) f->outside);
  stk_cli_add_double (b, "ppm", f->ppm);
  stk_cli_add_double (b, "ppm_low", f->ppm_low);
  stk_cli_add_double (b, "ppm_high", f->ppm_high);
  add_finite (b, "cp", f->cp);
  add_finite (b, "cpk", f->cpk);
  if (pair->contributors->len > 0)
    {
      stk_cli_add_string (b, "largest",
                          g_array_index (pair->contributors, StkTolContributor, f->largest).name);
      stk_cli_add_double (b, "halved_sigma_mm", f->halved_sigma);
      stk_cli_add_double (b, "halved_ppm", f->halved_ppm);
    }
  json_builder_end_object (b);
}

static void
result_to_json (JsonBuilder        *b,
                const StkTolResult *r,
                const StkTolPair   *pair)
{
  json_builder_begin_object (b);
  stk_cli_add_string (b, "mate", r->id);
  stk_cli_add_string (b, "label", r->label);
  stk_cli_add_string (b, "status", stk_status_to_string (r->status));
  stk_cli_add_weakened (b, r->figures_status, r->weakened_by);
  stk_cli_add_double (b, "length_mm", pair->length_mm);
  stk_cli_add_double (b, "capture_mm", r->capture_mm);
  stk_cli_add_source (b, "capture_source", r->capture_source);
  json_builder_set_member_name (b, "outputs");
  json_builder_begin_array (b);
  for (StkTolOutput o = 0; o < STK_TOL_N_OUTPUTS; o++)
    figures_to_json (b, r, pair, o);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "contributors");
  json_builder_begin_array (b);
  for (guint i = 0; i < pair->contributors->len; i++)
    {
      const StkTolContributor *c = &g_array_index (pair->contributors, StkTolContributor, i);

      json_builder_begin_object (b);
      stk_cli_add_string (b, "name", c->name);
      stk_cli_add_string (b, "axis", stk_tol_axis_to_string (c->axis));
      stk_cli_add_string (b, "distribution", stk_tol_distribution_to_string (c->distribution));
      stk_cli_add_string (b, "unit", c->axis == STK_TOL_ROTATION ? "deg" : "mm");
      stk_cli_add_double (b, "nominal", c->nominal);
      stk_cli_add_double (b, "tolerance", c->tolerance);
      if (c->distribution == STK_TOL_NORMAL)
        stk_cli_add_double (b, "k", c->k > 0 ? c->k : 3.0);
      stk_cli_add_double (b, "mean_shift", c->mean_shift);
      stk_cli_add_double (b, "sign", c->sign == 0 ? 1.0 : c->sign);
      stk_cli_add_int (b, "group", c->group);
      stk_cli_add_source (b, "source", c->source);
      json_builder_set_member_name (b, "variance_share");
      json_builder_begin_array (b);
      for (StkTolOutput o = 0; o < STK_TOL_N_OUTPUTS; o++)
        json_builder_add_double_value (b, stk_json_round_display (r->shares[i * STK_TOL_N_OUTPUTS + o]));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
print_result (const StkTolResult *r,
              const StkTolPair   *pair)
{
  StkTolOutput worst = stk_tol_result_worst_output (r);
  g_autofree char *capture_src = stk_source_describe (r->capture_source);
  g_autofree guint *order = stk_tol_result_pareto (r, worst);
  const StkTolFigures *wf = &r->outputs[worst];
  const int widths[] = { -15, 7, 7, 8, 7, 17, 24, 5, 5 };
  const char *head[] = {
    "", _("worst"), _("RSS"), _("mean"), _("σ"), _("99.73 % range"), _("outside, ppm (95 %)"),
    _("Cp"), _("Cpk"),
  };

  printf ("%s: %s\n", r->label, stk_status_label (r->status));
  printf ("  ");
  printf (_("Capture window ±%.3f mm: %s"), r->capture_mm, capture_src);
  printf ("\n");
  if (r->weakened_by != NULL)
    printf ("  %s\n", _("The figures alone would fail, but the window is an estimate: enter your own "
                        "or the maker's capture figure for a firm verdict"));
  stk_cli_print_row (widths, head, G_N_ELEMENTS (head));
  for (StkTolOutput o = 0; o < STK_TOL_N_OUTPUTS; o++)
    {
      const StkTolFigures *f = &r->outputs[o];
      /* stk_format_fixed, not printf: a mean of -0.00001 is "0.0000", never "-0.0000" */
      g_autofree char *worst_s = stk_format_fixed (f->worst, 3), *rss_s = stk_format_fixed (f->rss, 3);
      g_autofree char *low = stk_format_fixed (f->range_low, 3), *high = stk_format_fixed (f->range_high, 3);
      g_autofree char *w = g_strconcat ("±", worst_s, NULL);
      g_autofree char *rss = g_strconcat ("±", rss_s, NULL);
      g_autofree char *mean = stk_format_fixed (f->mean, 4);
      g_autofree char *sigma = stk_format_fixed (f->sigma, 4);
      g_autofree char *range = g_strconcat (low, "…", high, NULL);
      g_autofree char *ppm = g_strdup_printf ("%.1f (%.1f–%.1f)", f->ppm, f->ppm_low, f->ppm_high);
      g_autofree char *cp = isfinite (f->cp) ? stk_format_fixed (f->cp, 2) : g_strdup ("—");
      g_autofree char *cpk = isfinite (f->cpk) ? stk_format_fixed (f->cpk, 2) : g_strdup ("—");
      const char *cells[] = { stk_tol_output_label (o), w, rss, mean, sigma, range, ppm, cp, cpk };

      stk_cli_print_row (widths, cells, G_N_ELEMENTS (cells));
    }
  printf ("  ");
  printf (_("Share of the variance at %s, largest first:"), stk_tol_output_label (worst));
  printf ("\n");
  for (guint j = 0; j < pair->contributors->len; j++)
    {
      const StkTolContributor *c = &g_array_index (pair->contributors, StkTolContributor, order[j]);
      g_autofree char *src = stk_source_describe (c->source);

      double share = r->shares[order[j] * STK_TOL_N_OUTPUTS + worst];

      if (share <= 0)
        continue;
      printf ("  %5.1f %%  %s (±%.3f %s, %s; %s)\n", 100 * share, c->name, c->tolerance,
              c->axis == STK_TOL_ROTATION ? "°" : "mm",
              stk_tol_distribution_to_string (c->distribution), src);
    }
  if (pair->contributors->len > 0 && wf->sigma > 0)
    {
      printf ("  ");
      printf (_("Halving “%s” would give σ %.4f mm and %.1f ppm outside"),
              g_array_index (pair->contributors, StkTolContributor, wf->largest).name,
              wf->halved_sigma, wf->halved_ppm);
      printf ("\n");
    }
}

/* The flags given override the project's tolerance settings for this run;
 * NULL: not given. */
static gboolean
apply_overrides (StkProject    *project,
                 const gint64  *samples,
                 const gint64  *seed,
                 const double  *target,
                 const double  *rotation,
                 GStrv          added,
                 GError       **error)
{
  const StkTolSpec *spec = stk_project_get_tolerance (project);

  stk_project_set_tolerance_run (project, samples ? (guint64) *samples : spec->samples,
                                 seed ? (guint64) *seed : spec->seed,
                                 target ? *target : spec->target_ppm);
  if (rotation != NULL)
    stk_project_set_tolerance_rotation (project, *rotation);
  for (guint i = 0; added != NULL && added[i] != NULL; i++)
    {
      StkTolUserContributor c;

      if (!parse_contributor (added[i], &c, error))
        return FALSE;
      stk_project_add_tolerance_contributor (project, &c);
      stk_tol_user_contributor_clear (&c);
    }
  return TRUE;
}

int
stk_cli_tolerance (int    argc,
                   char **argv)
{
  gboolean json = FALSE;
  /* the options as text, NULL when not given: no number poses as "unset" */
  g_autofree char *samples_s = NULL, *seed_s = NULL, *target_s = NULL, *rotation_s = NULL;
  gint64 samples = 0, seed = 0;
  double target = 0, rotation = 0;
  StkTolProjectOptions options = { 0 };
  g_auto(GStrv) added = NULL;
  GOptionEntry entries[] = {
    { "samples", 0, 0, G_OPTION_ARG_STRING, &samples_s, N_("Monte Carlo samples per connector (default: the project's, else 1000000)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_s, N_("Seed of the random numbers (default: the project's, else 1): the same seed gives the same figures"), N_("S") },
    { "target-ppm", 0, 0, G_OPTION_ARG_STRING, &target_s, N_("Most parts per million outside the capture window that pass (default: the project's, else 100)"), N_("P") },
    { "rotation", 0, 0, G_OPTION_ARG_STRING, &rotation_s, N_("± placement rotation of each connector on its board, in degrees (default: the project's, else Stackup's assumption of 0.1)"), N_("DEG") },
    { "catalog-placement", 0, 0, G_OPTION_ARG_NONE, &options.catalog_placement, N_("Place every connector at the top of the datasheet's ±0.2–0.3 mm band of mounting equipment instead of its board's placement accuracy"), NULL },
    { "add", 0, 0, G_OPTION_ARG_STRING_ARRAY, &added, N_("A contributor of your own on every connector, AXIS:DISTRIBUTION:TOLERANCE:NAME, e.g. across:uniform:0.05:Bracket (repeatable)"), N_("SPEC") },
    STK_CLI_JSON_OPTION (&json),
    { NULL }
  };
  g_autoptr(StkProject) project = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  StkTolSettings settings;
  StkStatus worst = STK_STATUS_PASS;

  if (!stk_cli_parse_options (_("FILE"),
                              _("Tolerance analysis of every connector: worst case, RSS and a seeded "
                                "Monte Carlo of the misalignment at both ends, along and across, "
                                "against the capture window. Samples, seed, target, rotation and your "
                                "own contributors come from the project; the options override them.\n\n"
                                "Exit status: 0 nothing fails, 1 a connector fails its target, 2 the "
                                "file or an option is invalid.\n\n"
                                "Example:\n  stackup-cli tolerance data/examples/phone.stackup --rotation 0.5"),
                              entries, &argc, &argv))
    return STK_CLI_BAD_INPUT;
  if (argc != 2)
    return stk_cli_fail (_("tolerance: give exactly one FILE (try --help)"));
  if (!stk_cli_int_option ("tolerance", "--samples", samples_s, 1, STK_TOL_SAMPLES_MAX, &samples) ||
      !stk_cli_int_option ("tolerance", "--seed", seed_s, 0, STK_TOL_SEED_MAX, &seed) ||
      !stk_cli_double_option ("tolerance", "--target-ppm", target_s, 0, STK_TOL_TARGET_PPM_MAX, &target) ||
      !stk_cli_double_option ("tolerance", "--rotation", rotation_s, 0, STK_TOL_ROTATION_MAX_DEG, &rotation))
    return STK_CLI_BAD_INPUT;

  project = stk_cli_load_project (argv[1]);
  if (project == NULL)
    return STK_CLI_BAD_INPUT;
  if (!apply_overrides (project, samples_s ? &samples : NULL, seed_s ? &seed : NULL,
                        target_s ? &target : NULL, rotation_s ? &rotation : NULL, added, &error))
    return stk_cli_fail ("%s", error->message);
  pairs = stk_tol_pairs_from_project (project, stk_catalog_get_default (), &options);
  stk_tol_settings_from_project (&settings, project);
  results = stk_tol_run_all (pairs, &settings, &error);
  if (results == NULL)
    return stk_cli_fail ("%s", error->message);
  for (guint i = 0; i < results->len; i++)
    worst = MAX (worst, ((StkTolResult *) g_ptr_array_index (results, i))->status);
  samples = (gint64) settings.samples;
  seed = (gint64) settings.seed;
  target = settings.target_ppm;

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

      json_builder_begin_object (b);
      stk_cli_add_int (b, "samples", samples);
      stk_cli_add_int (b, "seed", seed);
      stk_cli_add_double (b, "target_ppm", target);
      stk_cli_add_string (b, "worst", stk_status_to_string (worst));
      json_builder_set_member_name (b, "connectors");
      json_builder_begin_array (b);
      for (guint i = 0; i < results->len; i++)
        result_to_json (b, g_ptr_array_index (results, i), g_ptr_array_index (pairs, i));
      json_builder_end_array (b);
      json_builder_end_object (b);
      stk_cli_print_json (json_builder_get_root (b));
    }
  else
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, samples);
      g_autofree char *s = g_strdup_printf ("%" G_GINT64_FORMAT, seed);

      printf (_("%s samples per connector, seed %s, target ≤ %g ppm outside"), n, s, target);
      printf ("\n");
      for (guint i = 0; i < results->len; i++)
        {
          printf ("\n");
          print_result (g_ptr_array_index (results, i), g_ptr_array_index (pairs, i));
        }
      if (results->len == 0)
        printf ("%s\n", _("No connector to analyse"));
    }
  return worst == STK_STATUS_FAIL ? STK_CLI_CHECK_FAIL : STK_CLI_OK;
}
