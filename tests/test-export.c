/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "stk-error.h"
#include "stk-export.h"
#include "stk-io.h"
#include "test-projects.h"
#include "test-util.h"

#define PT_PER_MM (72.0 / 25.4)

static StkDrawing *
default_drawing (void)
{
  g_autoptr(StkProject) p = stk_project_new ();

  return stk_drawing_new (p, stk_catalog_get_default ());
}

static GBytes *
export (const StkDrawing *d,
        StkExportFormat   format,
        double            dpi)
{
  g_autoptr(GError) error = NULL;
  StkExportOptions o;
  GBytes *bytes;

  stk_export_options_init (&o);
  o.dpi = dpi;
  bytes = stk_export_drawing_bytes (d, format, &o, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* DXF: group code / value line pairs. Returns the value after `$name` in HEADER. */
typedef struct {
  char  **lines;
  guint   n;
} Dxf;

static const char *
header_value (const Dxf  *dxf,
              const char *name)
{
  for (guint i = 1; i + 2 < dxf->n; i += 2)
    if (g_str_equal (g_strstrip (dxf->lines[i]), name))
      return g_strstrip (dxf->lines[i + 2]);
  return NULL;
}

/* Widths (x extent) of every LWPOLYLINE on a layer, from its vertices
 * (group 10): the entity runs to the next group 0. */
static GArray *
polyline_widths (const Dxf  *dxf,
                 const char *layer)
{
  GArray *widths = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i + 1 < dxf->n; i += 2)
    {
      double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, w;
      gboolean on_layer = FALSE;

      if (atoi (dxf->lines[i]) != 0 || !g_str_equal (g_strstrip (dxf->lines[i + 1]), "LWPOLYLINE"))
        continue;
      for (guint j = i + 2; j + 1 < dxf->n && atoi (dxf->lines[j]) != 0; j += 2)
        if (atoi (dxf->lines[j]) == 8)
          on_layer = g_str_equal (g_strstrip (dxf->lines[j + 1]), layer);
        else if (atoi (dxf->lines[j]) == 10)
          {
            double x = g_ascii_strtod (dxf->lines[j + 1], NULL);
            x0 = MIN (x0, x);
            x1 = MAX (x1, x);
          }
      w = x1 - x0;
      if (on_layer)
        g_array_append_val (widths, w);
    }
  return widths;
}

static double
widest_polyline (const Dxf  *dxf,
                 const char *layer)
{
  g_autoptr(GArray) widths = polyline_widths (dxf, layer);
  double best = -1;

  for (guint i = 0; i < widths->len; i++)
    best = MAX (best, g_array_index (widths, double, i));
  return best;
}

static gboolean
has_polyline_width (const Dxf  *dxf,
                    const char *layer,
                    double      width)
{
  g_autoptr(GArray) widths = polyline_widths (dxf, layer);

  for (guint i = 0; i < widths->len; i++)
    if (fabs (g_array_index (widths, double, i) - width) < 1e-4)
      return TRUE;
  return FALSE;
}

static gboolean
has_layer (const Dxf  *dxf,
           const char *layer)
{
  for (guint i = 0; i + 1 < dxf->n; i += 2)
    if (atoi (dxf->lines[i]) == 0 && g_str_equal (g_strstrip (dxf->lines[i + 1]), "LAYER"))
      for (guint j = i + 2; j + 1 < dxf->n && atoi (dxf->lines[j]) != 0; j += 2)
        if (atoi (dxf->lines[j]) == 2 && g_str_equal (g_strstrip (dxf->lines[j + 1]), layer))
          return TRUE;
  return FALSE;
}

static void
test_dxf (void)
{
  g_autoptr(StkDrawing) d = default_drawing ();
  g_autoptr(GBytes) bytes = export (d, STK_EXPORT_DXF, 0);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  Dxf dxf = { lines, g_strv_length (lines) };

  /* R2000: the oldest version whose readers honour $INSUNITS (4 = mm). */
  g_assert_cmpstr (header_value (&dxf, "$ACADVER"), ==, "AC1015");
  g_assert_cmpstr (header_value (&dxf, "$INSUNITS"), ==, "4");
  g_assert_cmpstr (header_value (&dxf, "$MEASUREMENT"), ==, "1");
  g_assert_true (g_str_has_suffix (g_strstrip (lines[dxf.n - 2]), "EOF"));
  /* P4 40 pins: socket A 10.3, header A 9.1 (datasheet dimension tables). */
  g_assert_cmpfloat_with_epsilon (widest_polyline (&dxf, "J1_SOCKET"), 10.3, 1e-4);
  g_assert_cmpfloat_with_epsilon (widest_polyline (&dxf, "J1_HEADER"), 9.1, 1e-4);
  /* The P4 socket pattern: B 7.6 + 0.23 long (SUPPLEMENT.md); the header's
   * is unpublished, so its outline (A 9.1) stands in. */
  g_assert_true (has_polyline_width (&dxf, "PATTERN", 7.6 + 0.23));
  g_assert_true (has_polyline_width (&dxf, "PATTERN", 9.1));
  g_assert_true (has_layer (&dxf, "DIMENSION"));
  g_assert_true (has_layer (&dxf, "PATTERN"));
  g_assert_true (has_layer (&dxf, "BOARDS"));
}

static void
test_dxf_stiffener_layer (void)
{
  g_autoptr(StkProject) p = test_project_p4_a4s ();
  g_autoptr(StkDrawing) d = stk_drawing_new (p, stk_catalog_get_default ());
  g_autoptr(GBytes) bytes = export (d, STK_EXPORT_DXF, 0);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  Dxf dxf = { lines, g_strv_length (lines) };

  g_assert_true (has_layer (&dxf, "STIFFENER"));
  /* A4S 30-pin header pattern B 5.6 + 2.05, plus 1.0 per side at most. */
  g_assert_cmpfloat_with_epsilon (widest_polyline (&dxf, "STIFFENER"), 5.6 + 2.05 + 2.0, 1e-4);
  /* A4S 30-pin socket A 8.5 (datasheet). */
  g_assert_cmpfloat_with_epsilon (widest_polyline (&dxf, "J2_SOCKET"), 8.5, 1e-4);
}

static void
on_start (GMarkupParseContext *context,
          const char          *element,
          const char         **names,
          const char         **values,
          gpointer             user_data,
          GError             **error)
{
  char **root_width = user_data;

  if (*root_width != NULL)
    return;
  g_assert_cmpstr (element, ==, "svg");
  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], "width"))
      *root_width = g_strdup (values[i]);
  g_assert_nonnull (*root_width);
}

static void
test_svg (void)
{
  g_autoptr(StkDrawing) d = default_drawing ();
  g_autoptr(GBytes) bytes = export (d, STK_EXPORT_SVG, 0);
  GMarkupParser parser = { on_start, NULL, NULL, NULL, NULL };
  g_autofree char *width = NULL;
  g_autoptr(GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, &width, NULL);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  double w, h;

  g_assert_true (g_markup_parse_context_parse (ctx, data, (gssize) size, &error));
  g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
  g_assert_no_error (error);
  /* True size: the root's width is the drawing's width in mm. */
  stk_drawing_get_extents (d, &w, &h);
  g_assert_true (g_str_has_suffix (width, "mm"));
  g_assert_cmpfloat (fabs (g_ascii_strtod (width, NULL) - w), <, 0.01);
}

typedef struct {
  const guint8 *data;
  gsize         left;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *r = closure;

  if (length > r->left)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, r->data, length);
  r->data += length;
  r->left -= length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_png_size (void)
{
  g_autoptr(StkDrawing) d = default_drawing ();
  double w, h;

  stk_drawing_get_extents (d, &w, &h);
  for (guint i = 0; i < 2; i++)
    {
      double dpi = i ? 600 : 96;
      g_autoptr(GBytes) bytes = export (d, STK_EXPORT_PNG, dpi);
      Reader r = { g_bytes_get_data (bytes, &r.left), 0 };
      cairo_surface_t *s;

      r.left = g_bytes_get_size (bytes);
      s = cairo_image_surface_create_from_png_stream (read_cb, &r);
      g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
      /* mm × dpi / 25.4, rounded up */
      g_assert_cmpint (cairo_image_surface_get_width (s), ==, (int) ceil (w * dpi / 25.4));
      g_assert_cmpint (cairo_image_surface_get_height (s), ==, (int) ceil (h * dpi / 25.4));
      cairo_surface_destroy (s);
    }
}

/* stdout of a program that must succeed. */
static char *
spawn (const char *const *argv)
{
  g_auto(TestRun) run = { 0 };

  test_run_program (&run, G_SUBPROCESS_FLAGS_STDERR_SILENCE, argv);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

/* The PNG says its resolution (pHYs), as another reader (ImageMagick) sees
 * it: 600 dpi is 600 / 2.54 = 236.22 pixels per centimetre. */
static void
test_png_resolution (void)
{
  g_autoptr(StkDrawing) d = default_drawing ();
  g_autoptr(GBytes) bytes = export (d, STK_EXPORT_PNG, 600);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "stackup-test-dpi.png", NULL);
  g_autofree char *out = NULL;
  double x = 0, y = 0;
  char unit[64] = "";

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  out = spawn ((const char *const[]) { "identify", "-format", "%x %y %U", path, NULL });
  g_assert_cmpint (sscanf (out, "%lf %lf %63s", &x, &y, unit), ==, 3);
  g_assert_cmpfloat_with_epsilon (x, 600 / 2.54, 0.01);
  g_assert_cmpfloat_with_epsilon (y, 600 / 2.54, 0.01);
  g_assert_cmpstr (unit, ==, "PixelsPerCentimeter");
  g_unlink (path);
}

static double
page_width_pt (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = spawn (argv);
  const char *size = strstr (info, "Page size:");

  g_assert_nonnull (size);
  return g_ascii_strtod (size + strlen ("Page size:"), NULL);
}

static void
test_pdf (void)
{
  g_autoptr(StkDrawing) d = default_drawing ();
  g_autoptr(GBytes) bytes = export (d, STK_EXPORT_PDF, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stackup-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "drawing.pdf", NULL);
  g_autofree char *page = g_build_filename (dir, "page.pdf", NULL);
  g_autoptr(GBytes) page_bytes = NULL;
  const char *argv[] = { "pdftotext", "-bbox", page, "-", NULL };
  g_autofree char *html = NULL;
  double w, h;

  g_assert_no_error (error);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4) == 0);
  g_assert_true (stk_io_write_path (path, bytes, &error));
  /* The drawing PDF is true size: page width = drawing width in points. */
  stk_drawing_get_extents (d, &w, &h);
  g_assert_cmpfloat (fabs (page_width_pt (path) - w * PT_PER_MM), <, 0.01);

  /* The sheets at 1:1 on A4 landscape: one page per sheet, each 297 mm
   * (841.89 pt) wide, the scale in the title block. */
  {
    g_autoptr(StkProject) p = stk_project_new ();
    g_autoptr(StkSheets) sheets = NULL;
    StkSheetSpec spec;

    stk_sheet_spec_init (&spec);
    spec.scale = 1;
    sheets = stk_sheets_new (p, stk_catalog_get_default (), &spec);
    page_bytes = stk_export_sheets_bytes (sheets, STK_EXPORT_PDF, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (stk_io_write_path (page, page_bytes, &error));
    g_assert_cmpfloat (fabs (page_width_pt (page) - 841.89), <, 0.01);
    html = spawn (argv);
    g_assert_nonnull (strstr (html, ">1:1</word>"));
    g_assert_nonnull (strstr (html, ">Board-to-board</word>"));
  }
  g_unlink (path);
  g_unlink (page);
  g_rmdir (dir);
}

static void
test_unwritable (void)
{
  g_autoptr(StkDrawing) d = default_drawing ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stackup-export-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.svg", NULL);
  g_autofree char *unknown = g_build_filename (dir, "out.jpg", NULL);
  g_autoptr(GDir) listing = NULL;

  g_assert_false (stk_export_drawing (d, missing, NULL, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_false (stk_export_drawing (d, unknown, NULL, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  /* Nothing, not even a temporary, is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_rmdir (dir);
}

static int
run_cli (const char *const *args)
{
  g_auto(TestRun) run = { 0 };

  test_run_cli (&run, G_SUBPROCESS_FLAGS_STDERR_SILENCE, args);
  return run.status;
}

static void
test_cli (void)
{
  g_autofree char *example = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_autofree char *dir = g_dir_make_tmp ("stackup-cli-export-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "phone.svg", NULL);
  g_autofree char *dxf = g_build_filename (dir, "phone.DXF", NULL);
  g_autofree char *png = g_build_filename (dir, "phone.png", NULL);
  g_autofree char *jpg = g_build_filename (dir, "phone.jpg", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "phone.pdf", NULL);
  const char *ok[] = { "export", example, "--drawing", svg, "--drawing", dxf, NULL };
  const char *unknown[] = { "export", example, "--drawing", png, "--drawing", jpg, NULL };
  const char *unwritable[] = { "export", example, "--drawing", missing, NULL };
  const char *bad_dpi[] = { "export", example, "--drawing", png, "--dpi", "0", NULL };

  g_assert_cmpint (run_cli (ok), ==, 0);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (dxf, G_FILE_TEST_IS_REGULAR));
  /* An unknown format is refused before anything is written, the PNG too. */
  g_assert_cmpint (run_cli (unknown), ==, 2);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (unwritable), ==, 2);
  g_assert_cmpint (run_cli (bad_dpi), ==, 2);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_unlink (svg);
  g_unlink (dxf);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/export/dxf", test_dxf);
  g_test_add_func ("/stackup/export/dxf-stiffener", test_dxf_stiffener_layer);
  g_test_add_func ("/stackup/export/svg", test_svg);
  g_test_add_func ("/stackup/export/png-size", test_png_size);
  g_test_add_func ("/stackup/export/png-resolution", test_png_resolution);
  g_test_add_func ("/stackup/export/pdf", test_pdf);
  g_test_add_func ("/stackup/export/unwritable", test_unwritable);
  g_test_add_func ("/stackup/export/cli", test_cli);
  return g_test_run ();
}
