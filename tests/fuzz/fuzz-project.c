/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <cairo.h>

#include "stk-check.h"
#include "stk-design-note.h"
#include "stk-export.h"
#include "stk-project-io.h"
#include "stk-sheet.h"
#include "fuzz-target.h"
#include "stk-tolerance-spec.h"

/* Fuzz target: any bytes as a .stackup file. What loads must save to text
 * that loads back to the same project (the same text again), and must go
 * through everything a project meets after opening: the checks, the
 * drawing on screen and on a page, every export, the design note. */

static void
render (const StkDrawing *drawing,
        const char       *highlight,
        gboolean          dark)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  StkDrawOptions options;

  stk_draw_options_init (&options);
  options.highlight = highlight;
  options.dark = dark;
  stk_draw_render (cr, drawing, &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The drawing laid out on sheets, as print and export make it: A4
 * landscape at the largest scale that fits, and A3 portrait at 1:1. */
static void
render_sheets (StkProject *project,
               StkCatalog *catalog)
{
  StkSheetSpec spec;

  stk_sheet_spec_init (&spec);
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(StkSheets) sheets = NULL;

      if (round == 1)
        {
          spec.size = STK_SHEET_A3;
          spec.landscape = FALSE;
          spec.scale = 1;
        }
      sheets = stk_sheets_new (project, catalog, &spec);
      g_assert_cmpuint (stk_sheets_get_n_sheets (sheets), >=, 1);
      for (guint i = 0; i < stk_sheets_get_n_sheets (sheets); i++)
        render (stk_sheets_get_sheet (sheets, i), NULL, FALSE);
    }
}

static void
export_all (const StkDrawing *drawing)
{
  static const StkExportFormat formats[] = { STK_EXPORT_SVG, STK_EXPORT_PNG, STK_EXPORT_PDF, STK_EXPORT_DXF };
  StkExportOptions options;

  stk_export_options_init (&options);
  options.dpi = 10; /* the rasteriser's work, not 300 dpi of it */
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = stk_export_drawing_bytes (drawing, formats[i], &options, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
    }
}

static void
design_note (StkProject *project,
             StkCatalog *catalog)
{
  StkDesignNoteOptions options;
  g_autoptr(StkDesignNote) note = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;

  stk_design_note_options_init (&options);
  options.date = "2026-01-01";
  options.svg_name = "fuzz.svg";
  note = stk_design_note_new (project, catalog, &options);
  markdown = stk_design_note_render_markdown (note);
  g_assert_true (g_utf8_validate (markdown, -1, NULL));
  pdf = stk_design_note_render_pdf (note, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(StkProject) project = NULL;
  g_autoptr(StkProject) reloaded = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) reloaded_results = NULL;
  g_autoptr(StkDrawing) drawing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  const StkCheckResult *first;

  project = stk_project_load_data ((const char *) data, size, "fuzz", &error);
  if (project == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  /* What saving writes: it must load, to the same project. */
  saved = stk_project_to_json (project);
  g_assert_true (g_utf8_validate (saved, -1, NULL));
  g_assert_cmpuint (strlen (saved), <=, STK_PROJECT_MAX_SIZE);
  reloaded = stk_project_load_data (saved, strlen (saved), "saved", &error);
  g_assert_no_error (error);
  saved_again = stk_project_to_json (reloaded);
  g_assert_cmpstr (saved_again, ==, saved);

  results = stk_checks_run (project, catalog);
  reloaded_results = stk_checks_run (reloaded, catalog);
  g_assert_cmpuint (reloaded_results->len, ==, results->len);
  g_assert_cmpint (stk_checks_worst (reloaded_results), ==, stk_checks_worst (results));
  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);

      g_assert_true (g_utf8_validate (stk_check_result_get_message (r), -1, NULL));
      g_assert_true (g_utf8_validate (r->subject_label, -1, NULL));
    }

  drawing = stk_drawing_new (project, catalog);
  first = results->len > 0 ? g_ptr_array_index (results, 0) : NULL;
  render (drawing, first ? first->subject : NULL, FALSE);
  render (drawing, "stack", TRUE);
  render_sheets (project, catalog);
  export_all (drawing);
  /* The note runs the project's Monte Carlo: 10^6 samples a connector by
   * default, up to 10^9 if the file asks. The fuzzer is after the reader,
   * the writers and the note's layout, not the statistics (tests/
   * test-tolerance*.c check those), so it draws a thousand; else one input
   * takes seconds under the sanitizers and the fuzzer finds nothing new. */
  {
    const StkTolSpec *spec = stk_project_get_tolerance (project);

    stk_project_set_tolerance_run (project, MIN (spec->samples, 1000), spec->seed, spec->target_ppm);
  }
  design_note (project, catalog);
  return 0;
}
