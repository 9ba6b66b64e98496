/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Start-up time of Stackup against a minimal GTK 4 application, both built
 * and timed the same way: each run is a fresh process that starts a
 * GtkApplication (non-unique, so no D-Bus name is owned) whose activate
 * presents one window. For Stackup that is the real StkApplication: its
 * stylesheet, actions and accelerators, the help overlay, the window, and on
 * first start the bundled example with its checks. Times are from the parent's
 * spawn to the window's "map" (what issue 4's target is about) and to the end
 * of its first painted frame. Runs alternate between the two programs so that
 * a busy moment on the machine costs both alike; the parent prints medians. */
#include <locale.h>
#include <stdlib.h>

#include <gtk/gtk.h>

#include "stk-application.h"

#define RUNS 31

typedef struct {
  gint64  start;
  gint64  mapped;
  gulong  paint_id;
} Child;

static void
on_painted_cb (GdkFrameClock *clock,
               Child         *child)
{
  g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
           child->mapped - child->start, g_get_monotonic_time () - child->start);
  exit (0);
}

static void
on_map_cb (GtkWidget *widget,
           Child     *child)
{
  child->mapped = g_get_monotonic_time ();
  if (child->paint_id == 0)
    /* After GTK's own "paint" handler, which renders the window, and
     * before "after-paint", where the app builds what waited for the frame. */
    child->paint_id = g_signal_connect_after (gtk_widget_get_frame_clock (widget), "paint",
                                              G_CALLBACK (on_painted_cb), child);
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window,
                    Child          *child)
{
  g_signal_connect_after (window, "map", G_CALLBACK (on_map_cb), child);
}

static void
minimal_activate_cb (GtkApplication *app)
{
  GtkWindow *window = GTK_WINDOW (gtk_application_window_new (app));

  gtk_window_set_default_size (window, 1280, 820);
  gtk_window_set_child (window, gtk_label_new ("Hello"));
  gtk_window_present (window);
}

static int
child_main (const char *mode,
            gint64      start)
{
  Child child = { start, 0, 0 };
  g_autoptr(GApplication) app = NULL;

  if (g_str_equal (mode, "app"))
    app = G_APPLICATION (stk_application_new ());
  else
    {
      app = G_APPLICATION (gtk_application_new ("io.github.stackup.BenchMinimal", G_APPLICATION_DEFAULT_FLAGS));
      g_signal_connect (app, "activate", G_CALLBACK (minimal_activate_cb), NULL);
    }
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), &child);
  return g_application_run (app, 0, NULL);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
run_once (const char *self_path,
          const char *mode,
          double     *mapped_ms,
          double     *painted_ms)
{
  gint64 start = g_get_monotonic_time ();
  g_autofree char *start_str = g_strdup_printf ("%" G_GINT64_FORMAT, start);
  const char *argv[] = { self_path, "--child", mode, start_str, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  char *end;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error))
    g_error ("%s", error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s run: %s", mode, error->message);
  *mapped_ms = g_ascii_strtod (out, &end) / 1000.0;
  *painted_ms = g_ascii_strtod (end, NULL) / 1000.0;
}

int
main (int argc, char *argv[])
{
  double mapped[2][RUNS], painted[2][RUNS];
  const char *const modes[2] = { "minimal", "app" };

  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], g_ascii_strtoll (argv[3], NULL, 10));

  for (guint i = 0; i < RUNS; i++)
    for (guint m = 0; m < 2; m++)
      run_once (argv[0], modes[m], &mapped[m][i], &painted[m][i]);
  for (guint m = 0; m < 2; m++)
    {
      qsort (mapped[m], RUNS, sizeof (double), compare_doubles);
      qsort (painted[m], RUNS, sizeof (double), compare_doubles);
    }
  g_print ("Start-up, median of %d alternating runs (fastest–slowest)\n", RUNS);
  g_print ("                        window mapped            first frame painted\n");
  for (guint m = 0; m < 2; m++)
    g_print ("  %-20s %6.1f ms (%5.1f–%5.1f)   %6.1f ms (%5.1f–%5.1f)\n",
             m == 0 ? "minimal GTK 4 app:" : "Stackup:",
             mapped[m][RUNS / 2], mapped[m][0], mapped[m][RUNS - 1],
             painted[m][RUNS / 2], painted[m][0], painted[m][RUNS - 1]);
  g_print ("  %-20s %6.2f×  (target ≤ 1.30×)        %6.2f×\n", "ratio:",
           mapped[1][RUNS / 2] / mapped[0][RUNS / 2], painted[1][RUNS / 2] / painted[0][RUNS / 2]);
  return 0;
}
