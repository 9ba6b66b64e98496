/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long the design note PDF takes to build for the largest
 * bundled example and for a synthetic ten-connector assembly (target: under
 * 100 ms each). A benchmark, not a test: it asserts nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gio/gio.h>

#include "stk-design-note.h"
#include "stk-project-io.h"
#include "test-projects.h"

static int
compare (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
bench (StkProject *project)
{
  double times[21];
  gsize pdf_size = 0;

  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      StkDesignNoteOptions options;
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(StkDesignNote) note = NULL;
      g_autoptr(GBytes) pdf = NULL;

      stk_design_note_options_init (&options);
      note = stk_design_note_new (project, stk_catalog_get_default (), &options);
      pdf = stk_design_note_render_pdf (note, NULL);
      times[r] = (g_get_monotonic_time () - t0) / 1000.0;
      pdf_size = g_bytes_get_size (pdf);
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare);
  printf ("design note PDF of \"%s\", %u connectors (%" G_GSIZE_FORMAT " bytes): median %.1f ms, min %.1f ms, "
          "max %.1f ms over %u runs (target < 100 ms)\n",
          stk_project_get_name (project), stk_project_get_mates (project)->len, pdf_size,
          times[G_N_ELEMENTS (times) / 2], times[0], times[G_N_ELEMENTS (times) - 1], (guint) G_N_ELEMENTS (times));
}

int
main (int argc, char **argv)
{
  const char *names[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };
  const char *root = g_getenv ("STACKUP_SOURCE_ROOT");
  g_autoptr(StkProject) largest = NULL;
  g_autoptr(StkProject) ten = test_project_many (10);
  gsize largest_size = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (root ? root : ".", "data", "examples", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(StkProject) p = stk_project_load_file (file, &error);
      g_autofree char *json = NULL;

      if (p == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      json = stk_project_to_json (p);
      if (strlen (json) > largest_size)
        {
          largest_size = strlen (json);
          g_set_object (&largest, p);
        }
    }
  bench (largest);
  bench (ten);
  return 0;
}
