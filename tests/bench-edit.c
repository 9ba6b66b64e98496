/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a keystroke costs: the largest bundled example open in a window, a
 * board selected, then keystrokes in its thickness field and in its name.
 * Each is timed from the field's change to the return of every handler it
 * ran (the project's ::changed through all views, the canvas's redraw
 * queued among them); what the main loop does afterwards (layout, paint)
 * is not. Prints the median and the fastest of KEYSTROKES, how many times
 * the checks ran per keystroke, and what one run costs. Usage: bench-edit
 * [FILE BOARD-ID]. */
#include <locale.h>
#include <stdlib.h>

#include <gtk/gtk.h>

#include "stk-check-cache.h"
#include "stk-window.h"
#include "test-gtk-util.h"

#define KEYSTROKES 101
#define EXAMPLE    "mezzanine.stackup"

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
flush (void)
{
  for (int i = 0; i < 200 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

typedef void (*Keystroke) (GtkWidget *field,
                           guint      n);

static void
spin_keystroke (GtkWidget *field,
                guint      n)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field), 1.0 + 0.001 * (n % 50));
}

static void
text_keystroke (GtkWidget *field,
                guint      n)
{
  int position = (int) strlen (gtk_editable_get_text (GTK_EDITABLE (field)));

  gtk_editable_insert_text (GTK_EDITABLE (field), n % 2 ? "a" : "b", 1, &position);
}

static void
time_keystrokes (const char *what,
                 GtkWidget  *field,
                 Keystroke   keystroke)
{
  gint64 times[KEYSTROKES];
  guint runs = stk_checks_get_run_count ();

  for (guint i = 0; i < KEYSTROKES; i++)
    {
      gint64 start = g_get_monotonic_time ();

      keystroke (field, i);
      times[i] = g_get_monotonic_time () - start;
      flush ();
    }
  qsort (times, KEYSTROKES, sizeof times[0], compare_int64);
  g_print ("%-28s median %6.2f ms, fastest %6.2f ms, checks run %.1f times per keystroke\n", what,
           times[KEYSTROKES / 2] / 1000.0, times[0] / 1000.0,
           (stk_checks_get_run_count () - runs) / (double) KEYSTROKES);
}

static gint64
median_of (gint64 *times)
{
  qsort (times, KEYSTROKES, sizeof times[0], compare_int64);
  return times[KEYSTROKES / 2];
}

/* One run of the checks, which the old path paid twice a keystroke. */
static void
time_checks (StkProject *project)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  gint64 checks[KEYSTROKES];

  for (guint i = 0; i < KEYSTROKES; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) results = stk_checks_run (project, catalog);

      checks[i] = g_get_monotonic_time () - start;
    }
  g_print ("one run of all checks: median %.2f ms\n", median_of (checks) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  StkWindow *window;
  /* bench-edit FILE BOARD-ID: another project (a synthetic chain of 1000
   * boards, say), a keystroke in that board's fields. */
  const char *file = argc > 2 ? argv[1] : NULL;
  const char *board = argc > 2 ? argv[2] : "mid";

  setlocale (LC_ALL, "");
  /* Opening a file adds it to the recent files, which asks for a name. */
  g_set_prgname ("bench-edit");
  gtk_init ();
  window = file ? test_open_window (NULL, file) : test_open_example (EXAMPLE);
  /* The radio board, in the middle of the assembly tree. */
  test_tree_select_row (window, test_tree_find_row (window, board, FALSE));
  flush ();
  g_print ("bench-edit: %s, one board selected, %u keystrokes each\n", file ? file : EXAMPLE, KEYSTROKES);
  time_keystrokes ("board thickness keystroke:", test_find_named (GTK_WIDGET (window), "board-thickness"),
                   spin_keystroke);
  time_keystrokes ("board name keystroke:", test_find_named (GTK_WIDGET (window), "board-name"),
                   text_keystroke);
  time_checks (stk_window_get_project (window));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
