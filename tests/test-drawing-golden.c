/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>

#include "stk-drawing.h"
#include "stk-sheet.h"
#include "test-projects.h"
#include "test-util.h"

/* The drawing must not change when its code is made faster. Each case
 * writes every primitive the sheets (and the all-views drawing) hold, with
 * its style, strings and coordinates to 1e-5 mm, and compares the text with
 * tests/data/drawing-golden/<case>.txt. Those files were written by the
 * drawing code as it was before the speed work (main at d8a4234, which has none of it), so the
 * expectations are the old program's output, not this one's: a change to
 * the picture (a moved line, a lost label, another layer) fails here.
 * Every output (canvas, print, PDF/SVG/PNG, DXF, design note) walks these
 * primitives, so equal primitives mean equal pictures.
 * STACKUP_GOLDEN_WRITE=1 rewrites the files (only when the picture is meant
 * to change; say why in the commit). */

static void
dump_drawing (GString          *out,
              const char       *name,
              const StkDrawing *d)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);
  const StkPoint *pts = stk_drawing_get_points (d);
  double w, h;

  stk_drawing_get_extents (d, &w, &h);
  g_string_append_printf (out, "drawing %s: %u prims, %.5f x %.5f, scale %.5f, caption %s\n", name, n, w, h,
                          stk_drawing_get_scale (d), stk_drawing_get_caption (d) ? stk_drawing_get_caption (d) : "-");
  for (guint i = 0; i < n; i++)
    {
      const StkPrim *p = &prims[i];

      g_string_append_printf (out, "%d i%d p%d g%d %d%d%d%d%d [%s] [%s] [%s] (%.5f %.5f r%.5f s%.5f a%d) box %.5f %.5f %.5f %.5f",
                              p->kind, p->ink, p->prov, p->group, p->closed, p->filled, p->stroked, p->in_section,
                              p->failing, p->layer ? p->layer : "", p->subject ? p->subject : "",
                              p->text ? p->text : "", p->x, p->y, p->r, p->size, p->align, p->x0, p->y0, p->x1,
                              p->y1);
      for (guint k = 0; p->kind == STK_PRIM_POLY && k < p->n_points; k++)
        g_string_append_printf (out, " %.5f,%.5f", pts[p->first + k].x, pts[p->first + k].y);
      g_string_append_c (out, '\n');
    }
}

static void
dump_sheets (GString         *out,
             const StkSheets *sheets)
{
  guint n = stk_sheets_get_n_sheets (sheets);

  g_string_append_printf (out, "sheets: %u, scale %.5f\n", n, stk_sheets_get_scale (sheets));
  for (guint v = 0;; v++)
    {
      guint sheet;
      double x, y, scale;

      if (!stk_sheets_get_placement (sheets, v, &sheet, &x, &y, &scale))
        break;
      g_string_append_printf (out, "view %u: sheet %u at %.5f %.5f scale %.5f\n", v, sheet, x, y, scale);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("sheet %u", i);
      dump_drawing (out, name, stk_sheets_get_sheet (sheets, i));
    }
}

/* The example with a fixed date: an empty date is today's in the title block. */
static StkProject *
load (const char *example)
{
  g_autofree char *file = g_strconcat (example, ".stackup", NULL);
  StkProject *p = test_load_example (file);

  stk_project_set_date (p, "2026-12-01");
  return p;
}

static void
compare (const char *case_name,
         GString    *dump)
{
  g_autofree char *file = g_strconcat (case_name, ".txt", NULL);
  g_autofree char *path = test_source_path ("tests", "data", "drawing-golden", file, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  if (g_getenv ("STACKUP_GOLDEN_WRITE"))
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_mkdir_with_parents (dir, 0755);
      g_file_set_contents (path, dump->str, dump->len, &error);
      g_assert_no_error (error);
      return;
    }
  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  if (!g_str_equal (expected, dump->str))
    {
      const char *a = expected, *b = dump->str;
      guint line = 1;

      /* The first line that differs, both ways, is what a reader needs. */
      for (; *a && *a == *b; a++, b++)
        if (*a == '\n')
          line++;
      g_test_message ("%s: line %u differs", case_name, line);
      g_test_message ("expected from: %.300s", a);
      g_test_message ("written from:  %.300s", b);
      g_test_fail ();
    }
}

static void
check_sheets (const char         *example,
              const char         *variant,
              const StkSheetSpec *spec)
{
  g_autoptr(StkProject) p = load (example);
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autofree char *name = g_strconcat (example, "-", variant, NULL);
  g_autoptr(StkSheets) sheets = stk_sheets_new (p, stk_catalog_get_default (), spec);

  dump_sheets (dump, sheets);
  compare (name, dump);
}

/* A4 landscape at the fitting scale, in mm: what the canvas, the print
 * dialog's default and the exports show. */
static void
test_sheets_fit (gconstpointer data)
{
  StkSheetSpec spec;

  stk_sheet_spec_init (&spec);
  check_sheets (data, "a4-fit", &spec);
}

/* A3 portrait at a chosen 5:1, dual-dimensioned in mil: the other layout
 * path (views too large drawn smaller) and the other number format. */
static void
test_sheets_chosen (gconstpointer data)
{
  StkSheetSpec spec;

  stk_sheet_spec_init (&spec);
  spec.size = STK_SHEET_A3;
  spec.landscape = FALSE;
  spec.scale = 5;
  spec.units = STK_UNITS_INCH;
  check_sheets (data, "a3-5to1-inch", &spec);
}

/* Every view at 1:1 in one drawing (what bench-scale times as the geometry). */
static void
test_all_views (gconstpointer data)
{
  const char *example = data;
  g_autoptr(StkProject) p = load (example);
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autofree char *name = g_strconcat (example, "-all-views", NULL);
  g_autoptr(StkDrawing) d = stk_drawing_new (p, stk_catalog_get_default ());

  dump_drawing (dump, "all", d);
  compare (name, dump);
}

static void
test_long_assembly (void)
{
  g_autoptr(StkProject) p = test_project_assembly (2, 2, 1000);
  g_autoptr(GString) dump = g_string_new (NULL);
  StkSheetSpec spec;

  /* The top view (2 m long) is far wider than a sheet: the sheets look
   * for the scale it fits at; the sections cut neighbouring FPCs. */
  stk_project_set_name (p, "Long assembly");
  stk_project_set_date (p, "2026-12-01");
  stk_sheet_spec_init (&spec);
  {
    g_autoptr(StkSheets) sheets = stk_sheets_new (p, stk_catalog_get_default (), &spec);
    dump_sheets (dump, sheets);
  }
  compare ("long-assembly", dump);
}

int
main (int    argc,
      char **argv)
{
  static const char *examples[] = { "phone", "mezzanine", "failing" };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *fit = g_strdup_printf ("/stackup/drawing-golden/sheets-fit/%s", examples[i]);
      g_autofree char *chosen = g_strdup_printf ("/stackup/drawing-golden/sheets-chosen/%s", examples[i]);
      g_autofree char *all = g_strdup_printf ("/stackup/drawing-golden/all-views/%s", examples[i]);

      g_test_add_data_func (fit, examples[i], test_sheets_fit);
      g_test_add_data_func (chosen, examples[i], test_sheets_chosen);
      g_test_add_data_func (all, examples[i], test_all_views);
    }
  g_test_add_func ("/stackup/drawing-golden/long-assembly", test_long_assembly);
  return g_test_run ();
}
