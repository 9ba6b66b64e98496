/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-design-note.h"
#include "stk-project-io.h"
#include "stk-tolerance.h"
#include "stk-tolerance-private.h"
#include "test-util.h"

/* The tolerance engine against closed forms worked by hand: sums of
 * normals (the normal tail, erfc), sums of uniforms (Irwin–Hall), a
 * triangular and a disc; worst case and RSS by hand; the Monte Carlo's
 * fraction outside must lie within its own 95 % interval of the exact one. */


static const StkTolSettings settings = { 200000, 42, 100.0 };

static StkTolPair *
pair_new (double capture)
{
  return stk_tol_pair_new ("j1", "J1", 10.0, capture, stk_source_user ());
}

static void
add (StkTolPair        *pair,
     StkTolAxis         axis,
     StkTolDistribution dist,
     double             tolerance,
     double             sign,
     guint              group)
{
  StkTolContributor c = {
    .name = (char *) "c", .axis = axis, .distribution = dist, .tolerance = tolerance,
    .sign = sign, .group = group, .source = stk_source_user (),
  };

  stk_tol_pair_add (pair, &c);
}

/* The exact fraction must lie in the Monte Carlo's 95 % interval. */
static void
assert_within_interval (const StkTolFigures *f,
                        double               exact_ppm)
{
  g_assert_cmpfloat (f->ppm_low, <=, exact_ppm);
  g_assert_cmpfloat (f->ppm_high, >=, exact_ppm);
}

static void
test_normal_sum (void)
{
  g_autoptr(StkTolPair) pair = pair_new (0.4);
  g_autoptr(StkTolResult) r = NULL;
  const StkTolFigures *f;
  double exact;

  /* three normals ±0.3 with k = 3: σ = 0.1 each, σ of the sum √3 × 0.1 =
   * 0.173205; worst case 0.9, RSS √3 × 0.3 = 0.519615 */
  for (guint i = 0; i < 3; i++)
    add (pair, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, i == 0 ? -1 : 1, 0);
  r = stk_tol_run (pair, &settings, NULL);
  g_assert_nonnull (r);
  f = &r->outputs[STK_TOL_END1_ALONG];
  g_assert_cmpfloat_with_epsilon (f->worst, 0.9, 1e-12);
  g_assert_cmpfloat_with_epsilon (f->rss, 0.519615, 1e-6);
  g_assert_cmpfloat_with_epsilon (f->sigma_model, 0.173205, 1e-6);
  /* P(|Z| > 0.4 / 0.173205 = 2.3094) = erfc (2.3094 / √2) = 0.020921 */
  exact = erfc (0.4 / (sqrt (3.0) * 0.1) / sqrt (2.0)) * 1e6;
  g_assert_cmpfloat_with_epsilon (exact, 20921, 5);
  assert_within_interval (f, exact);
  g_assert_cmpfloat_with_epsilon (stk_tol_normal_outside (0, sqrt (3.0) * 0.1, 0.4) * 1e6, exact, 1e-6);
  g_assert_cmpfloat_with_epsilon (f->sigma, 0.173205, 0.002);
  g_assert_cmpfloat_with_epsilon (f->mean, 0, 0.002);
  /* the 99.73 % range of a normal: ±3σ = ±0.5196 */
  g_assert_cmpfloat_with_epsilon (f->range_low, -0.5196, 0.01);
  g_assert_cmpfloat_with_epsilon (f->range_high, 0.5196, 0.01);
  /* Cp = 2 × 0.4 / (6 × 0.173205) = 0.7698; centred, Cpk = Cp */
  g_assert_cmpfloat_with_epsilon (f->cp, 0.7698, 0.01);
  g_assert_cmpfloat_with_epsilon (f->cpk, 0.7698, 0.02);
  /* along is the same at both ends; nothing moves across */
  g_assert_cmpfloat (r->outputs[STK_TOL_END2_ALONG].ppm, ==, f->ppm);
  g_assert_cmpfloat (r->outputs[STK_TOL_END1_ACROSS].ppm, ==, 0);
  g_assert_cmpfloat (r->outputs[STK_TOL_END1_ACROSS].worst, ==, 0);
  /* three equal contributors: a third of the variance each */
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (r->shares[i * STK_TOL_N_OUTPUTS + STK_TOL_END1_ALONG], 1.0 / 3, 1e-12);
  /* 20,921 ppm against a 100 ppm target: fail */
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
}

/* Irwin–Hall: the CDF of the sum of n uniforms on [0, 1]. */
static double
irwin_hall_cdf (guint  n,
                double x)
{
  double sum = 0, fact = 1;

  for (guint i = 2; i <= n; i++)
    fact *= i;
  for (guint k = 0; k <= n && k <= x; k++)
    {
      double binom = 1;

      for (guint j = 0; j < k; j++)
        binom = binom * (n - j) / (j + 1);
      sum += (k % 2 ? -1 : 1) * binom * pow (x - k, n);
    }
  return sum / fact;
}

static void
test_uniform_sum (void)
{
  g_autoptr(StkTolPair) pair = pair_new (0.2);
  g_autoptr(StkTolResult) r = NULL;
  const StkTolFigures *f;
  double exact;

  /* three uniforms ±0.1: S = 0.1 (2 ΣX − 3) with X on [0, 1]; |S| > 0.2
   * when ΣX < 0.5 or > 2.5: 2 × 0.5³/3! = 0.0416667 */
  for (guint i = 0; i < 3; i++)
    add (pair, STK_TOL_ACROSS, STK_TOL_UNIFORM, 0.1, 1, 0);
  r = stk_tol_run (pair, &settings, NULL);
  f = &r->outputs[STK_TOL_END1_ACROSS];
  exact = 2 * irwin_hall_cdf (3, 0.5) * 1e6;
  g_assert_cmpfloat_with_epsilon (exact, 41666.67, 0.01);
  assert_within_interval (f, exact);
  g_assert_cmpfloat_with_epsilon (f->worst, 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (f->rss, sqrt (0.03), 1e-12);
  /* σ of a uniform ±a is a/√3: √3 × 0.1/√3 = 0.1 */
  g_assert_cmpfloat_with_epsilon (f->sigma_model, 0.1, 1e-12);
  g_assert_cmpfloat_with_epsilon (f->sigma, 0.1, 0.001);
  /* across with no rotation: the same at both ends */
  g_assert_cmpuint (r->outputs[STK_TOL_END2_ACROSS].outside, ==, f->outside);
}

static void
test_triangular_and_disc (void)
{
  g_autoptr(StkTolPair) tri = pair_new (0.05);
  g_autoptr(StkTolPair) disc = pair_new (0.08);
  g_autoptr(StkTolResult) rt = NULL;
  g_autoptr(StkTolResult) rd = NULL;
  double u = 0.8, exact;

  /* triangular ±0.1: P(|x| > 0.05) = (1 − 0.5)² = 0.25; σ = 0.1/√6 */
  add (tri, STK_TOL_ALONG, STK_TOL_TRIANGULAR, 0.1, 1, 0);
  rt = stk_tol_run (tri, &settings, NULL);
  assert_within_interval (&rt->outputs[STK_TOL_END1_ALONG], 250000);
  g_assert_cmpfloat_with_epsilon (rt->outputs[STK_TOL_END1_ALONG].sigma_model, 0.1 / sqrt (6), 1e-12);

  /* a pin anywhere in a disc of radius 0.1: per axis σ = R/2 = 0.05; the
   * part beyond |x| > 0.08 is two circular segments, (2/π)(acos u −
   * u√(1 − u²)) with u = 0.8: (2/π)(0.643501 − 0.48) = 0.104088 */
  add (disc, STK_TOL_PLANE, STK_TOL_RADIAL, 0.1, 1, 0);
  rd = stk_tol_run (disc, &settings, NULL);
  exact = 2 / G_PI * (acos (u) - u * sqrt (1 - u * u)) * 1e6;
  g_assert_cmpfloat_with_epsilon (exact, 104088, 1);
  assert_within_interval (&rd->outputs[STK_TOL_END1_ALONG], exact);
  assert_within_interval (&rd->outputs[STK_TOL_END2_ACROSS], exact);
  g_assert_cmpfloat_with_epsilon (rd->outputs[STK_TOL_END1_ACROSS].sigma_model, 0.05, 1e-12);
  g_assert_cmpfloat_with_epsilon (rd->outputs[STK_TOL_END1_ALONG].worst, 0.1, 1e-12);
}

static void
test_rotation_at_the_ends (void)
{
  g_autoptr(StkTolPair) pair = pair_new (0.1);
  g_autoptr(StkTolResult) r = NULL;
  StkTolContributor shift = {
    .name = (char *) "offset", .axis = STK_TOL_ACROSS, .distribution = STK_TOL_UNIFORM,
    .nominal = 0.05, .source = stk_source_user (),
  };
  StkTolContributor turn = {
    .name = (char *) "turn", .axis = STK_TOL_ROTATION, .distribution = STK_TOL_UNIFORM,
    .nominal = 1.0, .source = stk_source_user (),
  };

  /* A = 10: a 1° turn moves the ends across by ∓5 × π/180 = ∓0.0872665;
   * with 0.05 across, end 1 (at −A/2) sits at −0.0372665, end 2 at
   * 0.1372665, outside the ±0.1 window every time; along does not move */
  stk_tol_pair_add (pair, &shift);
  stk_tol_pair_add (pair, &turn);
  r = stk_tol_run (pair, &settings, NULL);
  g_assert_cmpfloat_with_epsilon (r->outputs[STK_TOL_END1_ACROSS].mean, -0.0372665, 1e-7);
  g_assert_cmpfloat_with_epsilon (r->outputs[STK_TOL_END2_ACROSS].mean, 0.1372665, 1e-7);
  g_assert_cmpfloat_with_epsilon (r->outputs[STK_TOL_END2_ACROSS].nominal, 0.1372665, 1e-7);
  g_assert_cmpuint (r->outputs[STK_TOL_END1_ACROSS].outside, ==, 0);
  g_assert_cmpuint (r->outputs[STK_TOL_END2_ACROSS].outside, ==, settings.samples);
  g_assert_cmpfloat (r->outputs[STK_TOL_END1_ALONG].mean, ==, 0);
  g_assert_cmpint (stk_tol_result_worst_output (r), ==, STK_TOL_END2_ACROSS);
}

static void
test_correlated (void)
{
  g_autoptr(StkTolPair) same = pair_new (0.2);
  g_autoptr(StkTolPair) apart = pair_new (0.2);
  g_autoptr(StkTolResult) rs = NULL;
  g_autoptr(StkTolResult) ra = NULL;

  /* socket and header placed by the same machine with the same offset:
   * header − socket cancels; independent, σ = √2 × 0.1 */
  add (same, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, -1, 7);
  add (same, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 7);
  add (apart, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, -1, 0);
  add (apart, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 0);
  rs = stk_tol_run (same, &settings, NULL);
  ra = stk_tol_run (apart, &settings, NULL);
  g_assert_cmpfloat_with_epsilon (rs->outputs[0].sigma, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (rs->outputs[0].worst, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (ra->outputs[0].sigma_model, sqrt (2) * 0.1, 1e-12);
  g_assert_cmpfloat_with_epsilon (ra->outputs[0].worst, 0.6, 1e-12);
  /* P(|Z| > 0.2/0.141421 = 1.41421) = erfc (1) = 0.157299 */
  assert_within_interval (&ra->outputs[0], erfc (1.0) * 1e6);
}

static void
test_halving (void)
{
  g_autoptr(StkTolPair) pair = pair_new (0.2);
  g_autoptr(StkTolResult) r = NULL;

  /* σ 0.1 and 0.05: shares 0.8 and 0.2; halving the first leaves
   * √(0.05² + 0.05²) = 0.0707107, and P(|Z| > 0.2/0.0707 = 2.828) = 4678 ppm */
  add (pair, STK_TOL_ALONG, STK_TOL_NORMAL, 0.15, 1, 0);
  add (pair, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 0);
  r = stk_tol_run (pair, &settings, NULL);
  g_assert_cmpfloat_with_epsilon (r->shares[0 * STK_TOL_N_OUTPUTS], 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (r->shares[1 * STK_TOL_N_OUTPUTS], 0.8, 1e-12);
  g_assert_cmpuint (r->outputs[0].largest, ==, 1);
  {
    g_autofree guint *order = stk_tol_result_pareto (r, STK_TOL_END1_ALONG);

    g_assert_cmpuint (order[0], ==, 1);
    g_assert_cmpuint (order[1], ==, 0);
  }
  g_assert_cmpfloat_with_epsilon (r->outputs[0].halved_sigma, 0.0707107, 0.001);
  g_assert_cmpfloat_with_epsilon (r->outputs[0].halved_ppm, 4678, 500);
  g_assert_cmpfloat (r->outputs[0].halved_ppm, <, r->outputs[0].ppm);
}

static void
test_seed (void)
{
  g_autoptr(StkTolPair) pair = pair_new (0.3);
  g_autoptr(StkTolResult) a = NULL;
  g_autoptr(StkTolResult) b = NULL;
  g_autoptr(StkTolResult) c = NULL;
  StkTolSettings other = settings;

  /* splitmix64's first output from 0, as published with the algorithm */
  g_assert_cmpuint (_stk_rng_mix (0), ==, G_GUINT64_CONSTANT (0xe220a8397b1dcdaf));
  add (pair, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 0);
  add (pair, STK_TOL_PLANE, STK_TOL_RADIAL, 0.1, 1, 0);
  add (pair, STK_TOL_ROTATION, STK_TOL_TRIANGULAR, 1, 1, 0);
  a = stk_tol_run (pair, &settings, NULL);
  b = stk_tol_run (pair, &settings, NULL);
  other.seed = 43;
  c = stk_tol_run (pair, &other, NULL);
  g_assert_true (memcmp (a->outputs, b->outputs, sizeof a->outputs) == 0);
  g_assert_false (memcmp (a->outputs, c->outputs, sizeof a->outputs) == 0);
  g_assert_cmpfloat (a->outputs[0].mean, !=, c->outputs[0].mean);
}

static void
test_verdict_provenance (void)
{
  static const StkSource low = { STK_PROV_ESTIMATE, "a stand-in", "low", "mating capture allowance" };
  g_autoptr(StkTolPair) firm = pair_new (0.1);
  g_autoptr(StkTolPair) estimated = stk_tol_pair_new ("j1", "J1", 10, 0.1, &low);
  g_autoptr(StkTolPair) tight = pair_new (0.1);
  g_autoptr(StkTolResult) rf = NULL;
  g_autoptr(StkTolResult) re = NULL;
  g_autoptr(StkTolResult) rt = NULL;

  /* ±0.3 normal against ±0.1: P(|Z| > 1) ≈ 31.7 %, far over 100 ppm */
  add (firm, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 0);
  add (estimated, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 0);
  /* ±0.02 uniform never leaves ±0.1 */
  add (tight, STK_TOL_ALONG, STK_TOL_UNIFORM, 0.02, 1, 0);
  rf = stk_tol_run (firm, &settings, NULL);
  re = stk_tol_run (estimated, &settings, NULL);
  rt = stk_tol_run (tight, &settings, NULL);
  g_assert_cmpint (rf->status, ==, STK_STATUS_FAIL);
  g_assert_null (rf->weakened_by);
  g_assert_cmpint (re->figures_status, ==, STK_STATUS_FAIL);
  g_assert_cmpint (re->status, ==, STK_STATUS_WARNING);
  g_assert_true (re->weakened_by == &low);
  g_assert_cmpint (rt->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat (rt->outputs[0].ppm_high, <=, 100);
}

static void
test_verdict_interval (void)
{
  g_autoptr(StkTolPair) pair = pair_new (0.3);
  g_autoptr(StkTolResult) near = NULL;
  g_autoptr(StkTolResult) loose = NULL;
  StkTolSettings at = settings, above = settings;

  /* ±0.3 at 3σ against ±0.3: worst case 0.3 fits, a pass however many
   * samples land beyond 3σ (erfc (3/√2) = 2700 ppm) */
  add (pair, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 0);
  pair->capture_mm = 0.29;
  /* beyond 2.9σ: erfc (2.9/√2) = 3732 ppm; a target of 3732 lies inside
   * the 95 % interval of 200,000 samples (±~270 ppm): too close to call */
  at.target_ppm = 3732;
  near = stk_tol_run (pair, &at, NULL);
  g_assert_cmpint (near->status, ==, STK_STATUS_WARNING);
  /* a target of 5000 ppm is well above it: a pass */
  above.target_ppm = 5000;
  loose = stk_tol_run (pair, &above, NULL);
  g_assert_cmpint (loose->status, ==, STK_STATUS_PASS);
  pair->capture_mm = 0.3;
  g_clear_pointer (&loose, stk_tol_result_free);
  loose = stk_tol_run (pair, &settings, NULL);
  g_assert_cmpuint (loose->outputs[0].outside, >, 0);
  g_assert_cmpint (loose->status, ==, STK_STATUS_PASS);
}

static void
test_invalid (void)
{
  g_autoptr(StkTolPair) negative = pair_new (0.1);
  g_autoptr(StkTolPair) flat = pair_new (0.1);
  g_autoptr(StkTolPair) mixed = pair_new (0.1);
  g_autoptr(GError) error = NULL;

  add (negative, STK_TOL_ALONG, STK_TOL_NORMAL, -0.1, 1, 0);
  g_assert_null (stk_tol_run (negative, &settings, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  add (flat, STK_TOL_PLANE, STK_TOL_NORMAL, 0.1, 1, 0);
  g_assert_null (stk_tol_run (flat, &settings, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  add (mixed, STK_TOL_ALONG, STK_TOL_NORMAL, 0.1, 1, 3);
  add (mixed, STK_TOL_ACROSS, STK_TOL_UNIFORM, 0.1, 1, 3);
  g_assert_null (stk_tol_run (mixed, &settings, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
}

typedef struct {
  guint64       most;
  guint64       total;
  guint         calls;
  GCancellable *cancel_at_first;
} Progress;

static void
on_progress (guint64  done,
             guint64  total,
             gpointer data)
{
  Progress *p = data;

  /* called from the pool's threads, one call at a time */
  p->most = MAX (p->most, done);
  p->total = total;
  p->calls++;
  if (p->cancel_at_first)
    g_cancellable_cancel (p->cancel_at_first);
}

static void
test_progress_and_cancel (void)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_tol_pair_free);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Progress seen = { 0 }, cancelled = { 0 };
  StkTolSettings s = settings;

  for (guint i = 0; i < 3; i++)
    {
      StkTolPair *pair = pair_new (0.3);

      add (pair, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, 1, 0);
      g_ptr_array_add (pairs, pair);
    }
  /* three pairs of 200,000 samples: the last report is 600,000 of 600,000 */
  s.progress = on_progress;
  s.progress_data = &seen;
  results = stk_tol_run_all (pairs, &s, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen.most, ==, 600000);
  g_assert_cmpuint (seen.total, ==, 600000);
  /* each pair reports every 65,536 samples and at its end: 3 + 1 times */
  g_assert_cmpuint (seen.calls, ==, 12);
  /* cancelled at the first report: no results, the error says why */
  cancelled.cancel_at_first = cancellable;
  s.progress_data = &cancelled;
  s.cancellable = cancellable;
  none = stk_tol_run_all (pairs, &s, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (cancelled.most, <, 600000);
}

static void
test_project (void)
{
  g_autoptr(StkProject) project = test_load_example ("mezzanine.stackup");
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GPtrArray) turned = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) again = NULL;
  const StkTolPair *j1;
  const StkTolContributor *c;
  const StkTolResult *r;

  pairs = stk_tol_pairs_from_project (project, stk_catalog_get_default (), NULL);
  g_assert_cmpuint (pairs->len, ==, 2);
  j1 = g_ptr_array_index (pairs, 0);
  g_assert_cmpstr (j1->id, ==, "j1");
  /* P4 40 pins: A = 10.30; socket and header X, Y and rotation, the
   * fixing's pin position, hole position and play */
  g_assert_cmpfloat_with_epsilon (j1->length_mm, 10.3, 1e-9);
  g_assert_cmpuint (j1->contributors->len, ==, 9);
  /* no capture value of the user's: the catalog's 0.15 mm estimate */
  g_assert_cmpfloat_with_epsilon (j1->capture_mm, 0.15, 1e-9);
  g_assert_cmpstr (j1->capture_source->confidence, ==, "low");
  /* the defaults and where they come from: rotation and the fixing's
   * positions are Stackup's labelled assumptions, the play half of twice
   * the requirements' ±0.04 */
  c = &g_array_index (j1->contributors, StkTolContributor, 2);
  g_assert_cmpint (c->axis, ==, STK_TOL_ROTATION);
  g_assert_cmpfloat (c->tolerance, ==, 0.1);
  g_assert_cmpint (c->source->kind, ==, STK_PROV_ESTIMATE);
  g_assert_cmpstr (c->source->label, ==, "placement rotation");
  c = &g_array_index (j1->contributors, StkTolContributor, 6);
  g_assert_cmpstr (c->source->label, ==, "locating-pin position");
  g_assert_cmpfloat (c->tolerance, ==, 0.05);
  c = &g_array_index (j1->contributors, StkTolContributor, 7);
  g_assert_cmpstr (c->source->label, ==, "hole position");
  g_assert_cmpfloat (c->tolerance, ==, 0.075);
  c = &g_array_index (j1->contributors, StkTolContributor, 8);
  g_assert_cmpint (c->source->kind, ==, STK_PROV_USER);
  g_assert_cmpfloat_with_epsilon (c->tolerance, 0.04, 1e-12);

  results = stk_tol_run_all (pairs, &settings, NULL);
  again = stk_tol_run_all (pairs, &settings, NULL);
  g_assert_cmpuint (results->len, ==, 2);
  r = g_ptr_array_index (results, 0);
  g_assert_cmpstr (r->id, ==, "j1");
  g_assert_cmpstr (((StkTolResult *) g_ptr_array_index (results, 1))->id, ==, "j2");
  /* along: placement ±0.03 twice, pin 0.05, hole 0.075, play 0.04: worst
   * 0.225, RSS √(2 × 0.0009 + 0.0025 + 0.005625 + 0.0016) = 0.107355;
   * across adds the rotation at the ends, 5.15 mm × 0.1° in radians =
   * 0.0089884 on each board: worst 0.242977 */
  g_assert_cmpfloat_with_epsilon (r->outputs[STK_TOL_END1_ALONG].worst, 0.225, 1e-12);
  g_assert_cmpfloat_with_epsilon (r->outputs[STK_TOL_END1_ALONG].rss, 0.107355, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->outputs[STK_TOL_END1_ACROSS].worst, 0.242977, 1e-6);
  /* σ along: √(2 × 0.01² + 0.025² + 0.0375² + 0.02²) = 0.051296 (normals
   * at 3σ, a disc's R/2) */
  g_assert_cmpfloat_with_epsilon (r->outputs[STK_TOL_END1_ALONG].sigma_model, 0.051296, 1e-6);
  /* the worst case exceeds the ±0.15 window: samples fall outside, but
   * the window is a low-confidence estimate, so never a fail */
  g_assert_cmpuint (r->outputs[STK_TOL_END1_ALONG].outside, >, 0);
  /* σ 0.0513 against ±0.15 leaves some 800 ppm outside: the figures fail
   * the 100 ppm target, the estimated window makes it a warning and says so */
  g_assert_cmpint (r->figures_status, ==, STK_STATUS_FAIL);
  g_assert_cmpint (r->status, ==, STK_STATUS_WARNING);
  g_assert_true (r->weakened_by == j1->capture_source);
  g_assert_true (memcmp (r->outputs, ((StkTolResult *) g_ptr_array_index (again, 0))->outputs,
                         sizeof r->outputs) == 0);

  /* a rotation of the user's replaces the assumption and says so */
  stk_project_set_tolerance_rotation (project, 0.5);
  turned = stk_tol_pairs_from_project (project, stk_catalog_get_default (), NULL);
  c = &g_array_index (((StkTolPair *) g_ptr_array_index (turned, 0))->contributors, StkTolContributor, 2);
  g_assert_cmpfloat (c->tolerance, ==, 0.5);
  g_assert_true (c->source == stk_source_user ());
  /* a board of its own line: j1's header sits on "mid" (contributor 5) */
  stk_project_set_tolerance_board_rotation (project, "mid", 0.05);
  {
    g_autoptr(GPtrArray) own = stk_tol_pairs_from_project (project, stk_catalog_get_default (), NULL);
    GArray *cs = ((StkTolPair *) g_ptr_array_index (own, 0))->contributors;

    g_assert_cmpfloat (g_array_index (cs, StkTolContributor, 2).tolerance, ==, 0.5);
    g_assert_cmpfloat (g_array_index (cs, StkTolContributor, 5).tolerance, ==, 0.05);
  }
}

static char *
note_markdown (StkProject *project)
{
  StkDesignNoteOptions options;
  StkDesignNote *note;
  char *md;

  stk_design_note_options_init (&options);
  note = stk_design_note_new (project, stk_catalog_get_default (), &options);
  md = stk_design_note_render_markdown (note);
  stk_design_note_free (note);
  return md;
}

/* A run is remembered on the project only while the project is the one it
 * ran on, and the note reads it back instead of running again: a
 * remembered set whose figures no run would give (every output's ppm set
 * to 123456) shows in the note's Markdown, and after an edit it does not. */
static void
test_remembered (void)
{
  g_autoptr(StkProject) project = test_load_example ("mezzanine.stackup");
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) pairs = stk_tol_pairs_from_project (project, catalog, NULL);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  StkTolSettings run_settings;
  guint64 serial = stk_project_get_serial (project);
  char *md;

  stk_tol_settings_from_project (&run_settings, project);
  run_settings.samples = 1000;
  results = stk_tol_run_all (pairs, &run_settings, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    for (guint o = 0; o < STK_TOL_N_OUTPUTS; o++)
      ((StkTolResult *) g_ptr_array_index (results, i))->outputs[o].ppm = 123456;

  /* a stale serial is not kept */
  stk_tol_results_remember (project, catalog, serial + 1, results);
  g_assert_null (stk_tol_results_recall (project, catalog));
  stk_tol_results_remember (project, catalog, serial, results);
  back = stk_tol_results_recall (project, catalog);
  g_assert_true (back == results);
  md = note_markdown (project);
  g_assert_nonnull (strstr (md, "123456"));
  g_free (md);

  /* an edit forgets it; the note runs the analysis itself */
  stk_project_set_name (project, "Edited");
  g_assert_null (stk_tol_results_recall (project, catalog));
  md = note_markdown (project);
  g_assert_null (strstr (md, "123456"));
  g_free (md);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/tolerance/normal-sum", test_normal_sum);
  g_test_add_func ("/stackup/tolerance/uniform-sum", test_uniform_sum);
  g_test_add_func ("/stackup/tolerance/triangular-and-disc", test_triangular_and_disc);
  g_test_add_func ("/stackup/tolerance/rotation-at-the-ends", test_rotation_at_the_ends);
  g_test_add_func ("/stackup/tolerance/correlated", test_correlated);
  g_test_add_func ("/stackup/tolerance/halving", test_halving);
  g_test_add_func ("/stackup/tolerance/seed", test_seed);
  g_test_add_func ("/stackup/tolerance/verdict-provenance", test_verdict_provenance);
  g_test_add_func ("/stackup/tolerance/verdict-interval", test_verdict_interval);
  g_test_add_func ("/stackup/tolerance/invalid", test_invalid);
  g_test_add_func ("/stackup/tolerance/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/stackup/tolerance/project", test_project);
  g_test_add_func ("/stackup/tolerance/remembered", test_remembered);
  return g_test_run ();
}
