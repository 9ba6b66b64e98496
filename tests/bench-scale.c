/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "stk-check.h"
#include "stk-drawing.h"
#include "stk-project-io.h"
#include "stk-sheet.h"
#include "test-projects.h"

/* Scale (issue 12, point 6): synthetic projects far larger than any bundled
 * example, to show that checks, drawing geometry and loading grow about
 * linearly. Prints figures; it asserts nothing about time (ninja bench-scale).
 * Targets: each chain ≤ 20 ms for all checks and ≤ 20 ms for the drawing
 * geometry an edit needs (the canvas: every sheet laid out from measured
 * views, the sheets in sight built);
 * a file near the 4 MiB limit loads in ≤ 100 ms. Usage: bench-scale
 * [checks|drawing|sheets|canvas|load [chain|chain400|assembly]]. */

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* n boards in a column, each joined to the one below by a P4 40-pin pair
 * at 1.5 mm, with a few nets so the electrical checks have work. */
static StkProject *
chain (guint n_boards)
{
  StkProject *p = stk_project_new_empty ();

  stk_project_set_name (p, "Synthetic chain");
  for (guint i = 0; i < n_boards; i++)
    {
      g_autofree char *id = g_strdup_printf ("b%u", i);
      g_autofree char *name = g_strdup_printf ("Board %u", i);
      StkBoard *b = stk_board_new (id, name, STK_BOARD_RIGID);

      stk_project_add_board (p, b, -1);
      if (i > 0)
        {
          g_autofree char *mid = g_strdup_printf ("j%u", i);
          StkMate *m = stk_mate_new (mid, "P4", 1.5, 40, "embossed");

          m->socket_board = g_strdup_printf ("b%u", i - 1);
          m->header_board = g_strdup (id);
          stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 0.5, 4.2);
          stk_mate_add_net (m, "GND", STK_NET_GROUND, 0.5, 0);
          stk_mate_assign_pins (m, 1, 4, "VBAT");
          stk_mate_assign_pins (m, 5, 8, "GND");
          stk_project_add_mate (p, m);
        }
    }
  return p;
}

/* The machine may be shared: this thread's processor time beside the
 * wall-clock time shows how much of the latter was waiting. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* When a timed piece of work began, on both clocks. */
typedef struct {
  gint64 wall;
  double cpu;
} Mark;

static Mark
mark_now (void)
{
  return (Mark) { g_get_monotonic_time (), cpu_ms () };
}

/* Wall-clock and processor milliseconds since m. */
static void
mark_since (Mark    m,
            double *wall_ms,
            double *cpu_since)
{
  *cpu_since = cpu_ms () - m.cpu;
  *wall_ms = (g_get_monotonic_time () - m.wall) / 1000.0;
}

static double
median_ms (double *times,
           guint   n)
{
  qsort (times, n, sizeof *times, compare_double);
  return times[n / 2];
}

/* An argument picks one part ("checks", "drawing", "sheets", "load"), a
 * second one project ("chain", "chain400", "assembly"), for profiling. */
static const char *only;
static const char *only_project;

static gboolean
wanted (const char *part)
{
  return only == NULL || g_str_equal (only, part);
}

/* What the canvas builds on each edit (and print and export before they
 * write): the A4 sheets at the fitting scale, the failing parts marked from
 * records already at hand (the checks are timed above), then the sheets one
 * under another. The all-views drawing above is the geometry alone; this
 * adds choosing the scale (views built at more than one) and the sheets. */
static void
bench_sheets (const char *label,
              StkProject *project,
              guint       runs)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) results = NULL;
  g_autofree double *times = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  guint n_sheets = 0;
  StkSheetSpec spec;

  if (!wanted ("sheets"))
    return;
  results = stk_checks_run (project, catalog);
  stk_sheet_spec_init (&spec);
  for (guint i = 0; i < runs; i++)
    {
      Mark m = mark_now ();
      StkSheets *sheets = stk_sheets_new_with_results (project, catalog, &spec, results);
      StkDrawing *strip = stk_sheets_new_strip (sheets);

      mark_since (m, &times[i], &cpu[i]);
      n_sheets = stk_sheets_get_n_sheets (sheets);
      stk_drawing_free (strip);
      stk_sheets_free (sheets);
    }
  printf ("bench-scale: %s: A4 sheets fitted and stripped (%u sheets) median %.2f ms (processor %.2f ms) "
          "over %u runs\n", label, n_sheets, median_ms (times, runs), median_ms (cpu, runs), runs);
}

/* What the canvas builds on each edit: the sheets laid out from every
 * view's measured extents, then the sheets in sight. It opens on the first
 * (at its readable zoom a window shows less than one A4 sheet); the worst
 * case is the user looking at the costliest sheet while editing, printed
 * as the layout plus the slowest sheet. */
static void
bench_canvas (const char *label,
              StkProject *project,
              guint       runs)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) results = NULL;
  g_autofree double *layout = g_new (double, runs);
  g_autofree double *opens = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  g_autofree double *layout_cpu = g_new (double, runs);
  guint n_sheets = 0, slowest = 0, slowest_prims = 0;
  double slowest_ms = 0;
  StkSheetSpec spec;

  if (!wanted ("canvas"))
    return;
  results = stk_checks_run (project, catalog);
  stk_sheet_spec_init (&spec);
  for (guint i = 0; i < runs; i++)
    {
      Mark m = mark_now ();
      StkSheets *sheets = stk_sheets_new_lazy (project, catalog, &spec, results);

      mark_since (m, &layout[i], &layout_cpu[i]);
      stk_sheets_get_sheet (sheets, 0);
      mark_since (m, &opens[i], &cpu[i]);
      n_sheets = stk_sheets_get_n_sheets (sheets);
      stk_sheets_free (sheets);
    }
  /* Each sheet on its own, once: which one costs most to show. */
  {
    g_autoptr(StkSheets) sheets = stk_sheets_new_lazy (project, catalog, &spec, results);

    for (guint k = 0; k < n_sheets; k++)
      {
        Mark m = mark_now ();
        double wall, ms;
        guint n;

        stk_drawing_get_prims (stk_sheets_get_sheet (sheets, k), &n);
        mark_since (m, &wall, &ms);
        if (ms > slowest_ms)
          {
            slowest_ms = ms;
            slowest = k;
            slowest_prims = n;
          }
      }
  }
  printf ("bench-scale: %s: drawing geometry after an edit (the canvas): %u sheets laid out, median %.2f ms "
          "(processor %.2f ms); with the first sheet built, median %.2f ms (processor %.2f ms) over %u runs "
          "(target ≤ 20 ms)\n",
          label, n_sheets, median_ms (layout, runs), median_ms (layout_cpu, runs), median_ms (opens, runs),
          median_ms (cpu, runs), runs);
  printf ("bench-scale: %s: drawing geometry after an edit, showing its costliest sheet (sheet %u, %u primitives, "
          "processor %.2f ms): layout and that sheet, processor %.2f ms (target ≤ 20 ms)\n",
          label, slowest + 1, slowest_prims, slowest_ms, median_ms (layout_cpu, runs) + slowest_ms);
}

static void
bench_project (const char *label,
               StkProject *project,
               guint       runs)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autofree double *times = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  guint records = 0, prims = 0;
  StkStatus worst = STK_STATUS_PASS;

  for (guint i = 0; wanted ("checks") && i < runs; i++)
    {
      Mark m = mark_now ();
      g_autoptr(GPtrArray) results = stk_checks_run (project, catalog);
      mark_since (m, &times[i], &cpu[i]);
      records = results->len;
      worst = stk_checks_worst (results);
    }
  if (wanted ("checks"))
    printf ("bench-scale: %s: all checks (%u records, worst %s) median %.2f ms (processor %.2f ms) over %u runs "
            "(target ≤ 20 ms)\n",
            label, records, stk_status_to_string (worst), median_ms (times, runs), median_ms (cpu, runs), runs);
  for (guint i = 0; wanted ("drawing") && i < runs; i++)
    {
      Mark m = mark_now ();
      StkDrawing *d = stk_drawing_new (project, catalog);
      mark_since (m, &times[i], &cpu[i]);
      stk_drawing_get_prims (d, &prims);
      stk_drawing_free (d);
    }
  if (wanted ("drawing"))
    printf ("bench-scale: %s: every view built at once into one drawing at 1:1 (%u primitives) median %.2f ms "
            "(processor %.2f ms) over %u runs (the app never does this: an edit's drawing geometry is the "
            "canvas line below)\n",
            label, prims, median_ms (times, runs), median_ms (cpu, runs), runs);
  bench_sheets (label, project, runs);
  bench_canvas (label, project, runs);
}

/* The largest chain whose saved text stays under the size Stackup opens. */
static void
bench_load (void)
{
  guint lo = 100, hi = 20000;
  g_autofree char *text = NULL;
  double times[5], cpu[5];

  while (hi - lo > 50)
    {
      guint mid = (lo + hi) / 2;
      g_autoptr(StkProject) p = chain (mid);
      g_autofree char *t = stk_project_to_json (p);

      if (strlen (t) <= STK_PROJECT_MAX_SIZE)
        {
          lo = mid;
          g_free (text);
          text = g_steal_pointer (&t);
        }
      else
        hi = mid;
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GError) error = NULL;
      Mark m = mark_now ();
      g_autoptr(StkProject) p = stk_project_load_data (text, strlen (text), "synthetic", &error);

      mark_since (m, &times[i], &cpu[i]);
      if (p == NULL)
        {
          fprintf (stderr, "bench-scale: the synthetic file does not load: %s\n", error->message);
          exit (2);
        }
    }
  printf ("bench-scale: load a %.2f MB file (%u boards): median %.1f ms (processor %.1f ms) over %zu runs "
          "(target ≤ 100 ms)\n",
          strlen (text) / 1e6, lo, median_ms (times, G_N_ELEMENTS (times)), median_ms (cpu, G_N_ELEMENTS (cpu)),
          G_N_ELEMENTS (times));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(StkProject) c2000 = chain (2000);
  g_autoptr(StkProject) c401 = chain (401);
  g_autoptr(StkProject) a400 = test_project_assembly (20, 19, 200);

  only = argc > 1 ? argv[1] : NULL;
  only_project = argc > 2 ? argv[2] : NULL;
  if (only_project == NULL || g_str_equal (only_project, "chain"))
    bench_project ("2000-board chain", c2000, 5);
  if (only_project == NULL || g_str_equal (only_project, "chain400"))
    bench_project ("400-mate chain", c401, 11);
  if (only_project == NULL || g_str_equal (only_project, "assembly"))
    bench_project ("400-connector assembly", a400, 11);
  if (wanted ("load"))
    bench_load ();
  return 0;
}
