/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Time from process spawn until the main window is mapped, for Stackup's
 * window with the example loaded and for a bare GTK 4 window built and timed
 * the same way. Each child is a fresh process; the parent prints medians. */
#include <locale.h>
#include <stdlib.h>

#include <gtk/gtk.h>

#include "stk-window.h"

#define RUNS 11

static void
on_map_cb (GtkWidget *widget,
           gint64    *start)
{
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time () - *start);
  exit (0);
}

static int
child (const char *mode,
       gint64      start)
{
  GtkWindow *window;

  gtk_init ();
  if (g_str_equal (mode, "app"))
    {
      StkWindow *w = stk_window_new (NULL);

      stk_window_load_example (w);
      window = GTK_WINDOW (w);
    }
  else
    {
      window = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_default_size (window, 1280, 820);
      gtk_window_set_child (window, gtk_label_new ("Hello"));
    }
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), &start);
  gtk_window_present (window);
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median_ms (const char *self_path,
           const char *mode)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autofree char *start_str = g_strdup_printf ("%" G_GINT64_FORMAT, start);
      const char *argv[] = { self_path, "--child", mode, start_str, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error))
        g_error ("%s", error->message);
      times[i] = g_ascii_strtod (out, NULL) / 1000.0;
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  return times[RUNS / 2];
}

int
main (int argc, char *argv[])
{
  double app, minimal;

  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child (argv[2], g_ascii_strtoll (argv[3], NULL, 10));

  minimal = median_ms (argv[0], "minimal");
  app = median_ms (argv[0], "app");
  g_print ("Time until the main window is mapped (median of %d runs)\n", RUNS);
  g_print ("  minimal GTK 4 window: %6.1f ms\n", minimal);
  g_print ("  Stackup main window:  %6.1f ms\n", app);
  g_print ("  ratio:                %6.2f× (target ≤ 1.30×)\n", app / minimal);
  return 0;
}
