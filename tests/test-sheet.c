/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "stk-drawing.h"
#include "stk-export.h"
#include "stk-io.h"
#include "test-projects.h"
#include "test-util.h"

#define PT_PER_MM (72.0 / 25.4)

/* stdout of a program that must succeed. */
static char *
test_spawn_output (const char *const *argv)
{
  g_auto(TestRun) run = { 0 };

  test_run_program (&run, G_SUBPROCESS_FLAGS_STDERR_SILENCE, argv);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

static StkSheets *
sheets_for (StkProject  *project,
            StkSheetSize size,
            gboolean     landscape,
            double       scale)
{
  StkSheetSpec spec;

  stk_sheet_spec_init (&spec);
  spec.size = size;
  spec.landscape = landscape;
  spec.scale = scale;
  return stk_sheets_new (project, stk_catalog_get_default (), &spec);
}

/* ISO 216 and ANSI sizes in mm; orientation swaps them. */
static void
test_sizes (void)
{
  struct { StkSheetSize size; gboolean landscape; double w, h; const char *name; } cases[] = {
    { STK_SHEET_A4, FALSE, 210, 297, "A4" },
    { STK_SHEET_A4, TRUE, 297, 210, "A4" },
    { STK_SHEET_A3, TRUE, 420, 297, "A3" },
    { STK_SHEET_LETTER, FALSE, 215.9, 279.4, "Letter" },
    { STK_SHEET_TABLOID, TRUE, 431.8, 279.4, "Tabloid" },
  };
  StkSheetSpec spec;
  double w, h, scale;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;

      stk_sheet_spec_init (&spec);
      spec.size = cases[i].size;
      spec.landscape = cases[i].landscape;
      stk_sheet_spec_get_size (&spec, &w, &h);
      g_assert_cmpfloat (w, ==, cases[i].w);
      g_assert_cmpfloat (h, ==, cases[i].h);
      name = stk_sheet_spec_describe (&spec);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
  /* A printer's paper: the standard size within 3 mm, else its own size. */
  stk_sheet_spec_for_paper (&spec, 297.0, 210.0);
  g_assert_cmpint (spec.size, ==, STK_SHEET_A4);
  g_assert_true (spec.landscape);
  stk_sheet_spec_for_paper (&spec, 215.9, 279.4);
  g_assert_cmpint (spec.size, ==, STK_SHEET_LETTER);
  g_assert_false (spec.landscape);
  stk_sheet_spec_for_paper (&spec, 100, 150);
  g_assert_cmpint (spec.size, ==, STK_SHEET_CUSTOM);
  stk_sheet_spec_get_size (&spec, &w, &h);
  g_assert_cmpfloat (w, ==, 100);
  g_assert_true (stk_sheet_scale_from_string ("1:2", &scale));
  g_assert_cmpfloat (scale, ==, 0.5);
  g_assert_true (stk_sheet_scale_from_string ("20:1", &scale));
  g_assert_cmpfloat (scale, ==, 20);
  g_assert_false (stk_sheet_scale_from_string ("3:1", &scale));
}

/* Every view lies inside the frame of its sheet: A4 landscape's frame runs
 * from x 20 to 287 and y 10 to 200 mm (ISO 5457 margins 20 left, 10 others). */
static void
assert_views_inside (const StkSheets *sheets)
{
  guint n = stk_sheets_get_n_sheets (sheets);
  double sw, sh;

  stk_sheets_get_size (sheets, &sw, &sh);
  for (guint i = 0; i < n; i++)
    {
      guint np;
      const StkPrim *prims = stk_drawing_get_prims (stk_sheets_get_sheet (sheets, i), &np);

      for (guint k = 0; k < np; k++)
        {
          g_assert_cmpfloat (prims[k].x0, >=, 20 - 1e-6);
          g_assert_cmpfloat (prims[k].x1, <=, sw - 10 + 1e-6);
          g_assert_cmpfloat (prims[k].y0, >=, 10 - 1e-6);
          g_assert_cmpfloat (prims[k].y1, <=, sh - 10 + 1e-6);
        }
    }
}

/* The default scale is a preferred one at which every view fits; at the
 * next larger preferred scale some view no longer fits and is drawn
 * smaller, saying its own scale. */
static void
test_largest_that_fits (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkSheets) fit = sheets_for (p, STK_SHEET_A4, TRUE, STK_SCALE_FIT);
  double s = stk_sheets_get_scale (fit), larger = 0;
  guint n, sheet;
  const double *scales = stk_sheet_scales (&n);
  double x, y, k;

  for (guint i = 0; i < n; i++)
    if (scales[i] == s && i > 0)
      larger = scales[i - 1];
  g_assert_cmpfloat (larger, >, s);
  for (guint v = 0; stk_sheets_get_placement (fit, v, &sheet, &x, &y, &k); v++)
    g_assert_true (k == s || k == 1); /* the legend is paper sized */
  assert_views_inside (fit);
  {
    g_autoptr(StkSheets) big = sheets_for (p, STK_SHEET_A4, TRUE, larger);
    gboolean smaller = FALSE;
    g_autofree char *note = NULL;
    g_autofree char *ratio = stk_draw_format_scale (s);

    for (guint v = 0; stk_sheets_get_placement (big, v, &sheet, &x, &y, &k); v++)
      smaller |= k == s;
    g_assert_true (smaller);
    note = g_strdup_printf ("Scale %s", ratio);
    g_assert_nonnull (test_find_text (stk_sheets_get_sheet (big, 0), note) ? test_find_text (stk_sheets_get_sheet (big, 0), note)
                      : test_find_text (stk_sheets_get_sheet (big, stk_sheets_get_n_sheets (big) - 1), note));
    assert_views_inside (big);
  }
}

/* Ten mates do not fit one A4 sheet: more sheets, every view at the sheet
 * scale, none drawn smaller; and that scale is the largest at which each
 * view fits a sheet of its own: at the next larger one some view does not. */
static void
test_more_sheets (void)
{
  g_autoptr(StkProject) ten = test_project_many (10);
  g_autoptr(StkSheets) s10 = sheets_for (ten, STK_SHEET_A4, TRUE, STK_SCALE_FIT);
  g_autoptr(StkSheets) big = NULL;
  double scale = stk_sheets_get_scale (s10), larger = 0;
  guint sheet, last = 0, n;
  const double *scales = stk_sheet_scales (&n);
  gboolean smaller = FALSE;
  double x, y, k;

  g_assert_cmpuint (stk_sheets_get_n_sheets (s10), >, 1);
  for (guint v = 0; stk_sheets_get_placement (s10, v, &sheet, &x, &y, &k); v++)
    {
      g_assert_true (k == scale || k == 1);
      g_assert_cmpuint (sheet, >=, last);
      last = sheet;
    }
  g_assert_cmpuint (last + 1, ==, stk_sheets_get_n_sheets (s10));
  assert_views_inside (s10);
  for (guint i = 1; i < n; i++)
    if (scales[i] == scale)
      larger = scales[i - 1];
  big = sheets_for (ten, STK_SHEET_A4, TRUE, larger);
  for (guint v = 0; stk_sheets_get_placement (big, v, &sheet, &x, &y, &k); v++)
    smaller |= k < larger && k != 1;
  g_assert_true (smaller);
}

/* The title block says what ISO 7200 asks, from the project. */
static void
test_title_block (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkSheets) sheets = NULL;
  const StkDrawing *d;
  g_autofree char *of = NULL;

  stk_project_set_name (p, "Radio stack");
  stk_project_set_author (p, "A. Drafter");
  stk_project_set_checker (p, "C. Checker");
  stk_project_set_approver (p, "P. Approver");
  stk_project_set_drawing_number (p, "STK-0042");
  stk_project_set_revision (p, "C");
  stk_project_set_date (p, "2026-11-30");
  sheets = sheets_for (p, STK_SHEET_A3, FALSE, 2);
  d = stk_sheets_get_sheet (sheets, 0);
  of = g_strdup_printf ("1 of %u", stk_sheets_get_n_sheets (sheets));
  for (guint i = 0; i < 7; i++)
    {
      const char *want[] = { "Radio stack", "A. Drafter", "C. Checker", "P. Approver", "STK-0042", "C", "2026-11-30" };
      g_assert_nonnull (test_find_text (d, want[i]));
    }
  g_assert_nonnull (test_find_text (d, "Board-to-board stack-up"));
  g_assert_nonnull (test_find_text (d, "2:1"));
  g_assert_nonnull (test_find_text (d, "A3"));
  g_assert_nonnull (test_find_text (d, of));
  g_assert_nonnull (test_find_text (d, "Dimensions in mm. Board and component values as entered."));
  /* P4 catalog, DIMENSIONS: "General tolerance: ±0.2" under each drawing. */
  g_assert_nonnull (test_find_text (d, "P4 connectors: ±0.2 mm unless stated (P4 catalog, DIMENSIONS, general tolerance)"));
  g_assert_cmpfloat (test_find_text (d, "Board-to-board stack-up")->size, ==, 3.5);
  g_assert_cmpfloat (test_find_text (d, "STK-0042")->size, ==, 2.5);
}

/* The widest closed outline on a layer, outside the section. */
static const StkPrim *
widest (const StkDrawing *d,
        const char       *layer)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n), *best = NULL;

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_POLY && prims[i].closed && !prims[i].filled && !prims[i].in_section &&
        g_str_equal (prims[i].layer, layer) && (best == NULL || prims[i].x1 - prims[i].x0 > best->x1 - best->x0))
      best = &prims[i];
  return best;
}

/* Capital height of a word from pdftotext -bbox: poppler's box is the
 * font's ascent + descent (DejaVu Sans 1901 + 483 of 2048 units per em)
 * and a capital is 1493 units high, so h = box × 1493 / 2384. */
static double
cap_height_mm (const char *html,
               const char *word)
{
  g_autofree char *needle = g_strdup_printf (">%s</word>", word);
  const char *end = strstr (html, needle), *tag;
  double y0, y1;

  g_assert_nonnull (end);
  for (tag = end; tag > html && !g_str_has_prefix (tag, "<word"); tag--)
    ;
  y0 = g_ascii_strtod (strstr (tag, "yMin=\"") + 6, NULL);
  y1 = g_ascii_strtod (strstr (tag, "yMax=\"") + 6, NULL);
  return (y1 - y0) / PT_PER_MM * 1493.0 / 2384.0;
}

/* At every scale from 20:1 to 1:2: the P4 40-pin socket outline is
 * A = 10.3 mm (P4 catalog, socket dimension table) times the scale on the
 * sheet, and in the PDF the lettering stays 2.5 mm (dimension values) and
 * 3.5 mm (titles) high. */
static void
test_lettering_and_geometry (void)
{
  const double scales[] = { 20, 10, 5, 2, 1, 0.5 };
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stackup-sheet-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sheets.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(StkSheets) sheets = sheets_for (p, STK_SHEET_A3, TRUE, scales[i]);
      g_autoptr(GBytes) pdf = NULL;
      const char *argv[] = { "pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-", NULL };
      g_autofree char *html = NULL;
      const StkPrim *body = widest (stk_sheets_get_sheet (sheets, 0), "J1_SOCKET");
      guint sheet;
      double x, y, k;

      g_assert_true (stk_sheets_get_placement (sheets, 0, &sheet, &x, &y, &k));
      /* At 20:1 the pair is wider than A3: drawn at 10:1, which it says. */
      g_assert_cmpfloat (k, ==, scales[i] == 20 ? 10 : scales[i]);
      g_assert_nonnull (body);
      g_assert_cmpfloat_with_epsilon (body->x1 - body->x0, 10.3 * k, 1e-9);
      pdf = stk_export_sheets_bytes (sheets, STK_EXPORT_PDF, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (stk_io_write_path (path, pdf, &error));
      html = test_spawn_output (argv);
      g_assert_cmpfloat (fabs (cap_height_mm (html, "10.3") - 2.5), <, 0.03);
      g_assert_cmpfloat (fabs (cap_height_mm (html, "Board-to-board") - 3.5), <, 0.03);
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* Dark pixels along a 40 mm row of sheet 0 from (x, y) mm, rendered at
 * 40 px/mm. */
static guint
dark_pixels (const StkSheets *sheets,
             double           x,
             double           y)
{
  const double px = 40;
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (40 * px), 1);
  cairo_t *cr = cairo_create (s);
  StkDrawOptions o;
  guint dark = 0;
  const guint8 *row;

  stk_draw_options_init (&o);
  cairo_scale (cr, px, px);
  cairo_translate (cr, -x, -y);
  stk_draw_render (cr, stk_sheets_get_sheet (sheets, 0), &o);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  row = cairo_image_surface_get_data (s);
  for (int i = 0; i < 40 * px; i++)
    dark += (((const guint32 *) (gconstpointer) row)[i] & 0xff) < 128;
  cairo_surface_destroy (s);
  return dark;
}

/* ISO 128 on paper, at any scale: the frame is a thick line (0.5 mm), the
 * title block's inner rules thin (0.25 mm). At 40 px/mm, the frame's left
 * edge (x = 20 mm) is 20 px wide. The rule between "Drawn by" and "Checked
 * by" stands at 297 − 10 − 180 + 45 = 152 mm; the block is 2 × 9 + 12 mm
 * of fields plus 2.5 + 2 × 4 mm of notes (one catalog) = 40.5 mm high, so
 * its first row runs from y 159.5 to 168.5 mm, and at y 164 mm (between the
 * field name and the empty value) the rule is all there is: 10 px. */
static void
test_line_widths (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  const double scales[] = { 10, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(StkSheets) sheets = sheets_for (p, STK_SHEET_A4, TRUE, scales[i]);

      g_assert_cmpuint (dark_pixels (sheets, 0, 100), ==, 20);
      g_assert_cmpuint (dark_pixels (sheets, 135, 164), ==, 10);
    }
}

/* Portrait sheets are narrower than a section of two mates with its
 * callouts: each section then shows one mate, every view stays inside the
 * frame, and the scale is one a reader can measure with, not 1:100. Each
 * section knows every gap, also those of mates another section draws. */
static void
test_portrait (void)
{
  const char *examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(StkProject) p = test_load_example (examples[i]);
      g_autoptr(StkSheets) a4 = sheets_for (p, STK_SHEET_A4, FALSE, STK_SCALE_FIT);
      g_autoptr(StkSheets) letter = sheets_for (p, STK_SHEET_LETTER, FALSE, STK_SCALE_FIT);

      g_assert_cmpfloat (stk_sheets_get_scale (a4), >=, 1);
      g_assert_cmpfloat (stk_sheets_get_scale (letter), >=, 1);
      assert_views_inside (a4);
      assert_views_inside (letter);
      if (i == 1)
        for (guint k = 0; k < stk_sheets_get_n_sheets (a4); k++)
          g_assert_null (test_find_text (stk_sheets_get_sheet (a4, k), "no connector: gap not to scale"));
    }
}

static guint
count_failing (const StkSheets *sheets,
               const char      *layer)
{
  guint marked = 0;

  for (guint i = 0; i < stk_sheets_get_n_sheets (sheets); i++)
    {
      guint n;
      const StkPrim *prims = stk_drawing_get_prims (stk_sheets_get_sheet (sheets, i), &n);

      for (guint k = 0; k < n; k++)
        marked += prims[k].failing && (layer == NULL || g_strcmp0 (prims[k].layer, layer) == 0);
    }
  return marked;
}

/* What a failing check is about is drawn emphasised. The failing example
 * puts two connectors (J1, J2) between the same two boards, which the
 * catalogs forbid: both pairs are marked; a passing design marks nothing. */
static void
test_failing_marked (void)
{
  g_autoptr(StkProject) failing = test_load_example ("failing.stackup");
  g_autoptr(StkProject) phone = test_load_example ("phone.stackup");
  g_autoptr(StkSheets) bad = sheets_for (failing, STK_SHEET_A4, TRUE, STK_SCALE_FIT);
  g_autoptr(StkSheets) good = sheets_for (phone, STK_SHEET_A4, TRUE, STK_SCALE_FIT);

  g_assert_cmpuint (count_failing (bad, "J1_POWER_SOCKET"), >, 0);
  g_assert_cmpuint (count_failing (bad, "J2_SIGNALS_HEADER"), >, 0);
  g_assert_cmpuint (count_failing (bad, "J3_CAMERA_SOCKET"), ==, 0);
  g_assert_cmpuint (count_failing (good, NULL), ==, 0);
}

/* Everything on a sheet lies inside its frame (ISO 5457: 20 mm left, 10 mm
 * elsewhere), for every example on A4 either way, at the fitting scale. The
 * phone's top view (a 140 mm main board) once went out of the bottom at
 * 1:1, its "Scale 1:1" note below the frame. */
static void
test_inside_frame (void)
{
  const char *examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    for (guint l = 0; l < 2; l++)
      {
        g_autoptr(StkProject) project = test_load_example (examples[e]);
        StkSheets *sheets = sheets_for (project, STK_SHEET_A4, l == 0, 0);
        double w, h;

        stk_sheets_get_size (sheets, &w, &h);
        for (guint s = 0; s < stk_sheets_get_n_sheets (sheets); s++)
          {
            const StkDrawing *d = stk_sheets_get_sheet (sheets, s);
            guint n;
            const StkPrim *prims = stk_drawing_get_prims (d, &n);

            for (guint i = 0; i < n; i++)
              {
                const StkPrim *p = &prims[i];

                if (p->x0 < 20.0 - 1e-6 || p->y0 < 10.0 - 1e-6 || p->x1 > w - 10.0 + 1e-6
                    || p->y1 > h - 10.0 + 1e-6)
                  g_error ("%s, %s, sheet %u: %s at (%.1f, %.1f)–(%.1f, %.1f) leaves the %.0f × %.0f frame",
                           examples[e], l == 0 ? "landscape" : "portrait", s + 1,
                           p->kind == STK_PRIM_TEXT ? p->text : "a line", p->x0, p->y0, p->x1, p->y1, w, h);
              }
          }
        stk_sheets_free (sheets);
      }
}

/* Views of given paper size (mm, at 1:1) for the layout alone: a rectangle
 * each, with a caption, and the last without one (a legend). */
typedef struct {
  double w, h;
} BoxSize;

static StkDrawing *
build_box (gpointer user_data,
           guint    index,
           double   scale,
           gboolean measure)
{
  const BoxSize *boxes = user_data;
  gboolean legend = boxes[index + 1].w == 0;
  StkDrawing *d = _stk_drawing_new_empty ("boxes", legend ? 1.0 : scale);
  double k = legend ? 1.0 : scale;

  _stk_drawing_rect (d, 0, 0, boxes[index].w / k, boxes[index].h / k, FALSE);
  _stk_drawing_set_extents (d, boxes[index].w / k, boxes[index].h / k);
  if (!legend)
    _stk_drawing_set_caption (d, "box");
  return d;
}

/* Views laid out at 1:1 on A4 landscape with an empty title block; each
 * view's sheet and top-left (paper mm) are checked against sheet[], x[], y[]. */
static void
assert_boxes_placed (const BoxSize *boxes,
                     guint          n_sheets,
                     const guint   *sheet,
                     const double  *x,
                     const double  *y)
{
  StkSheetSpec spec;
  StkViewSource source = { 0, build_box, (gpointer) boxes, NULL };
  g_autoptr(StkSheets) sheets = NULL;

  while (boxes[source.n_views].w > 0)
    source.n_views++;
  stk_sheet_spec_init (&spec);
  spec.landscape = TRUE;
  spec.scale = 1;
  sheets = stk_sheets_new_for_views (&source, &spec, NULL, FALSE);
  g_assert_cmpuint (stk_sheets_get_n_sheets (sheets), ==, n_sheets);
  for (guint v = 0; v < source.n_views; v++)
    {
      guint s;
      double px, py, k;

      g_assert_true (stk_sheets_get_placement (sheets, v, &s, &px, &py, &k));
      g_assert_cmpuint (s, ==, sheet[v]);
      g_assert_cmpfloat_with_epsilon (px, x[v], 1e-9);
      g_assert_cmpfloat_with_epsilon (py, y[v], 1e-9);
    }
  assert_views_inside (sheets);
}

/* The legend goes where there is room before it opens a sheet of its own.
 * Worked by hand for A4 landscape (297 x 210) with an empty title block
 * (rows 9 + 9 + 12 + notes 9 = 39 mm high, 180 wide): the views' area
 * starts at 25, 15 and is 257 x 141 (210 - 2 x 10 - 39 - 2 x 5); the
 * corner left of the block runs from x 25 to 102 (297 - 10 - 180 - 5),
 * its foot at 197.5 (210 - 10 - 2.5).
 * View A, 100 x 60: sheet 0 at 25, 15, reaching down to 75 over the corner.
 * View B, 200 x 130: not beside A (110 + 200 > 257) nor under it (70 + 130
 * > 141): sheet 1 at 25, 15, reaching down to 145 over the corner.
 * A legend 70 x 60 is taller than the corner under the block (34): its top
 * would be at 197.5 - 60 = 137.5, clear of A by 62.5 on sheet 0 but inside
 * B on sheet 1, the last. Placed after the last view, it would find no room
 * on sheet 1 (beside B: 210 + 70 > 257; under B: 140 + 60 > 141) and have a
 * sheet to itself; it goes into sheet 0's corner instead: 2 sheets.
 * A legend 90 wide does not fit the corner (77 wide) on any sheet: it goes
 * on the first shelf with room, beside A on sheet 0 at 25 + 110 = 135, 15. */
static void
test_legend_where_room (void)
{
  const BoxSize in_corner[] = { { 100, 60 }, { 200, 130 }, { 70, 60 }, { 0, 0 } };
  const guint corner_sheet[] = { 0, 1, 0 };
  const double corner_x[] = { 25, 25, 25 }, corner_y[] = { 15, 15, 137.5 };
  const BoxSize on_shelf[] = { { 100, 60 }, { 200, 130 }, { 90, 60 }, { 0, 0 } };
  const guint shelf_sheet[] = { 0, 1, 0 };
  const double shelf_x[] = { 25, 25, 135 }, shelf_y[] = { 15, 15, 15 };

  assert_boxes_placed (in_corner, 2, corner_sheet, corner_x, corner_y);
  assert_boxes_placed (on_shelf, 2, shelf_sheet, shelf_x, shelf_y);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/sheet/sizes", test_sizes);
  g_test_add_func ("/stackup/sheet/largest-that-fits", test_largest_that_fits);
  g_test_add_func ("/stackup/sheet/more-sheets", test_more_sheets);
  g_test_add_func ("/stackup/sheet/title-block", test_title_block);
  g_test_add_func ("/stackup/sheet/lettering-and-geometry", test_lettering_and_geometry);
  g_test_add_func ("/stackup/sheet/line-widths", test_line_widths);
  g_test_add_func ("/stackup/sheet/failing-marked", test_failing_marked);
  g_test_add_func ("/stackup/sheet/portrait", test_portrait);
  g_test_add_func ("/stackup/sheet/inside-frame", test_inside_frame);
  g_test_add_func ("/stackup/sheet/legend-where-room", test_legend_where_room);
  return g_test_run ();
}
