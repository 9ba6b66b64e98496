/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "stk-check.h"
#include "stk-explorer.h"
#include "stk-project-io.h"

/* Re-running every check on the largest bundled example (the one giving
 * the most records) must take well under a millisecond, and the option
 * explorer (which runs the checks on every catalog row) must keep the
 * Options page responsive: prints the median of many runs of each.
 * Usage: bench-checks [EXAMPLES_DIR] (ninja bench-checks). */

#define RUNS 5000
#define EXPLORER_RUNS 200

/* The machine may be shared: this thread's processor time beside the
 * wall-clock time shows how much of the latter was waiting. */
static double
cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int    argc,
      char **argv)
{
  const char *dir_path = argc > 1 ? argv[1] : "data/examples";
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(StkProject) largest = NULL;
  g_autofree char *largest_name = NULL;
  StkCatalog *catalog = stk_catalog_get_default ();
  guint most = 0;
  const char *name;
  double *times = g_new (double, RUNS);
  double *cpu = g_new (double, RUNS);

  if (dir == NULL)
    {
      fprintf (stderr, "bench-checks: %s\n", error->message);
      return 2;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(StkProject) project = NULL;
      g_autoptr(GPtrArray) results = NULL;

      if (!g_str_has_suffix (name, ".stackup"))
        continue;
      project = stk_project_load_file (file, &error);
      if (project == NULL)
        {
          fprintf (stderr, "bench-checks: %s\n", error->message);
          return 2;
        }
      results = stk_checks_run (project, catalog);
      if (results->len > most)
        {
          most = results->len;
          g_set_object (&largest, project);
          g_free (largest_name);
          largest_name = g_strdup (name);
        }
    }
  if (largest == NULL)
    {
      fprintf (stderr, "bench-checks: no .stackup file in %s\n", dir_path);
      return 2;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double c0 = cpu_us ();
      g_autoptr(GPtrArray) results = stk_checks_run (largest, catalog);
      cpu[i] = cpu_us () - c0;
      times[i] = (double) (g_get_monotonic_time () - start);
    }
  qsort (times, RUNS, sizeof (double), compare_double);
  qsort (cpu, RUNS, sizeof (double), compare_double);
  printf ("bench-checks: %s (%u records): all checks, median %.1f µs (processor %.1f µs), 90th percentile %.1f µs "
          "over %d runs (target ≤ 50 µs)\n",
          largest_name, most, times[RUNS / 2], cpu[RUNS / 2], times[RUNS * 9 / 10], RUNS);

  {
    g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
    guint n_options = 0;

    /* The hand-worked case of test-explorer.c. */
    c->signal_pins = 20;
    stk_explorer_constraints_add_power (c, "VBAT", 1.0);
    c->lower_top_mm = 1.0;
    c->upper_bottom_mm = 0.6;
    c->any_kind = TRUE;
    for (guint i = 0; i < EXPLORER_RUNS; i++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GPtrArray) options = stk_explorer_run (catalog, c);
        times[i] = (double) (g_get_monotonic_time () - start);
        n_options = options->len;
      }
    qsort (times, EXPLORER_RUNS, sizeof (double), compare_double);
    printf ("bench-checks: option explorer (%u options): median %.1f µs, 90th percentile %.1f µs over %d runs "
            "(target: well under 50000 µs, one frame of the Options page)\n",
            n_options, times[EXPLORER_RUNS / 2], times[EXPLORER_RUNS * 9 / 10], EXPLORER_RUNS);
  }
  g_free (times);
  g_free (cpu);
  return 0;
}
