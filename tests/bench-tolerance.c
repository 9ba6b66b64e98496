/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <time.h>

#include "stk-tolerance.h"

/* The tolerance engine's speed: 10⁶ Monte Carlo samples of one connector
 * pair (socket and header placement in X, Y and rotation, a pin-in-hole
 * fixing of pin position, hole position and play: nine contributors, as a
 * project gives them) on one core, aimed at ≤ 50 ms; and ten such
 * pairs on all cores, aimed at under a second. Prints the best of a few
 * runs of each. Usage: ninja -C build bench-tolerance. */

#define RUNS 5

static StkTolPair *
sample_pair (guint index)
{
  g_autofree char *id = g_strdup_printf ("J%u", index + 1);
  StkTolPair *pair = stk_tol_pair_new (id, id, 10.3, 0.3, stk_source_user ());
  const StkTolAxis axes[] = { STK_TOL_ALONG, STK_TOL_ACROSS, STK_TOL_ROTATION };
  const double tols[] = { 0.2, 0.2, 0.5 };

  for (guint side = 0; side < 2; side++)
    for (guint a = 0; a < G_N_ELEMENTS (axes); a++)
      {
        StkTolContributor c = {
          .name = (char *) "placement", .axis = axes[a], .distribution = STK_TOL_NORMAL,
          .tolerance = tols[a], .k = 3, .sign = side == 0 ? -1 : 1, .source = stk_source_user (),
        };
        stk_tol_pair_add (pair, &c);
      }
  /* the fixing as a project gives it: pin position, hole position, play */
  for (guint f = 0; f < 3; f++)
    stk_tol_pair_add (pair, &(StkTolContributor) {
      .name = (char *) "fixing", .axis = STK_TOL_PLANE, .distribution = STK_TOL_RADIAL,
      .tolerance = 0.05, .sign = 1, .source = stk_source_user () });
  return pair;
}

/* CPU time in ms: on a machine other jobs share, what the work itself
 * costs (the wall clock counts their turns too). */
static double
cpu_ms (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int
main (void)
{
  g_autoptr(StkTolPair) one = sample_pair (0);
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_tol_pair_free);
  StkTolSettings settings = { STK_TOL_DEFAULT_SAMPLES, 1, STK_TOL_DEFAULT_TARGET_PPM };
  double best_one = G_MAXDOUBLE, best_all = G_MAXDOUBLE;
  double cpu_one = G_MAXDOUBLE, cpu_all = G_MAXDOUBLE;
  double outside_ppm = 0;

  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (pairs, sample_pair (i));
  for (guint run = 0; run < RUNS; run++)
    {
      double c0 = cpu_ms (CLOCK_THREAD_CPUTIME_ID);
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(StkTolResult) r = stk_tol_run (one, &settings, NULL);
      gint64 t1 = g_get_monotonic_time ();
      double c1 = cpu_ms (CLOCK_THREAD_CPUTIME_ID), p1 = cpu_ms (CLOCK_PROCESS_CPUTIME_ID);
      g_autoptr(GPtrArray) all = stk_tol_run_all (pairs, &settings, NULL);
      gint64 t2 = g_get_monotonic_time ();
      double p2 = cpu_ms (CLOCK_PROCESS_CPUTIME_ID);

      cpu_one = MIN (cpu_one, c1 - c0);
      cpu_all = MIN (cpu_all, p2 - p1);

      best_one = MIN (best_one, (t1 - t0) / 1000.0);
      best_all = MIN (best_all, (t2 - t1) / 1000.0);
      outside_ppm = r->outputs[stk_tol_result_worst_output (r)].ppm;
    }
  printf ("tolerance: 1 pair, 10^6 samples, one core: %.1f ms wall, %.1f ms CPU (target <= 50 ms; %.0f ppm outside)\n",
          best_one, cpu_one, outside_ppm);
  printf ("tolerance: 10 pairs, 10^6 samples each, %u cores: %.1f ms wall, %.1f ms CPU, %.1f ms CPU per core "
          "(target < 1000 ms)\n", g_get_num_processors (), best_all, cpu_all, cpu_all / g_get_num_processors ());
  return 0;
}
