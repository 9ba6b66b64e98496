/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <stdlib.h>

#include "stk-sheet.h"
#include "stk-project-io.h"
#include "test-projects.h"

/* Canvas redraw time (target ≤ 2 ms per frame) for the largest project: a
 * 1200 × 800 px canvas showing the whole drawing, light and dark, with and
 * without a highlight, as the canvas does on every frame. */

#define CANVAS_W 1200
#define CANVAS_H 800
#define FRAMES   300

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
frame_ms (const StkDrawing *d,
          gboolean          dark,
          const char       *highlight)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CANVAS_W, CANVAS_H);
  double w, h, scale;
  StkDrawOptions o;
  double times[FRAMES];

  stk_drawing_get_extents (d, &w, &h);
  scale = MIN (CANVAS_W / w, CANVAS_H / h);
  stk_draw_options_init (&o);
  o.dark = dark;
  o.highlight = highlight;
  o.min_line_mm = 1 / scale;
  for (guint i = 0; i < FRAMES; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (s);
      cairo_scale (cr, scale, scale);
      stk_draw_render (cr, d, &o);
      cairo_destroy (cr);
      cairo_surface_flush (s);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  cairo_surface_destroy (s);
  /* The median: other processes on a shared machine only lengthen frames. */
  qsort (times, FRAMES, sizeof times[0], compare_doubles);
  return times[FRAMES / 2];
}

static void
bench (const char *name,
       StkProject *project)
{
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(StkDrawing) d = NULL;

  /* What the canvas draws: the sheets (views at the largest scale that
   * fits, failing checks marked, title block), one under another. */
  for (guint i = 0; i < 100; i++)
    {
      StkSheetSpec spec;
      g_autoptr(StkSheets) sheets = NULL;

      stk_sheet_spec_init (&spec);
      sheets = stk_sheets_new (project, stk_catalog_get_default (), &spec);
      g_clear_pointer (&d, stk_drawing_free);
      d = stk_sheets_new_strip (sheets);
    }
  printf ("%-28s sheets %.3f ms\n", name, (g_get_monotonic_time () - t0) / 1000.0 / 100);
  printf ("%-28s median redraw light %.3f ms/frame, dark %.3f ms/frame, highlighted %.3f ms/frame (target 2 ms)\n",
          name, frame_ms (d, FALSE, NULL), frame_ms (d, TRUE, NULL), frame_ms (d, FALSE, "mate:j1"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(StkProject) largest = test_project_largest ();
  const char *root = g_getenv ("MESON_SOURCE_ROOT");
  const char *examples[] = { "phone", "mezzanine", "failing" };

  bench ("built-in largest (4 mates)", largest);
  for (guint i = 0; root && i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/data/examples/%s.stackup", root, examples[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(StkProject) p = stk_project_load_file (file, NULL);
      if (p)
        bench (examples[i], p);
    }
  return 0;
}
