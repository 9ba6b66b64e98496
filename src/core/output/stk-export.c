/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-export"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-drawing.h"
#include "stk-export.h"
#include "stk-io.h"
#include "stk-output-format.h"

#define PT_PER_MM (72.0 / 25.4)
#define MAX_PNG_PIXELS (30000.0 * 30000.0) /* cairo's own surface limit is 32767 per side */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The rendered bytes, or an error and nothing when cairo failed. */
static GBytes *
take_buffer (GByteArray     *buffer,
             cairo_status_t  status,
             GError        **error)
{
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (buffer);
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot render the drawing: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (buffer);
}

static GBytes *
finish_surface (cairo_surface_t *surface,
                GByteArray      *buffer,
                GError         **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return take_buffer (buffer, status, error);
}

static void
render_true_size (cairo_surface_t        *surface,
                  const StkDrawing       *drawing,
                  const StkExportOptions *options,
                  double                  px_per_mm,
                  double                  min_line_mm)
{
  cairo_t *cr = cairo_create (surface);
  StkDrawOptions o;

  stk_draw_options_init (&o);
  o.dark = options->dark;
  o.min_line_mm = min_line_mm;
  cairo_scale (cr, px_per_mm, px_per_mm);
  stk_draw_render (cr, drawing, &o);
  cairo_destroy (cr);
}

/* The PNG chunk CRC (ISO 3309, as the PNG specification gives it). */
static guint32
png_crc (const guint8 *data,
         gsize         len)
{
  guint32 crc = 0xffffffffu;

  for (gsize i = 0; i < len; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
  return crc ^ 0xffffffffu;
}

static void
put_be32 (guint8  *p,
          guint32  v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

/* cairo writes no resolution: a pHYs chunk (pixels per metre) after the
 * signature and IHDR tells viewers and layout programs the true size. */
static void
png_insert_resolution (GByteArray *png,
                       double      dpi)
{
  const guint ihdr_end = 8 + 4 + 4 + 13 + 4;
  guint32 per_metre = (guint32) lround (dpi / 0.0254);
  guint8 chunk[4 + 4 + 9 + 4];

  if (png->len < ihdr_end || memcmp (png->data + 12, "IHDR", 4) != 0)
    return;
  put_be32 (chunk, 9);
  memcpy (chunk + 4, "pHYs", 4);
  put_be32 (chunk + 8, per_metre);
  put_be32 (chunk + 12, per_metre);
  chunk[16] = 1; /* unit: metre */
  put_be32 (chunk + 17, png_crc (chunk + 4, 4 + 9));
  /* Grow, move everything after IHDR up, and put the chunk in the gap. */
  g_byte_array_set_size (png, png->len + sizeof chunk);
  memmove (png->data + ihdr_end + sizeof chunk, png->data + ihdr_end, png->len - sizeof chunk - ihdr_end);
  memcpy (png->data + ihdr_end, chunk, sizeof chunk);
}

static GBytes *
export_png (const StkDrawing       *drawing,
            const StkExportOptions *options,
            GError                **error)
{
  double w, h, px_per_mm = options->dpi / 25.4;
  int pw, ph;
  cairo_surface_t *surface;
  GByteArray *buffer;
  cairo_status_t status;

  stk_drawing_get_extents (drawing, &w, &h);
  pw = (int) ceil (w * px_per_mm);
  ph = (int) ceil (h * px_per_mm);
  if (options->dpi <= 0 || (double) pw * ph > MAX_PNG_PIXELS || pw > 32767 || ph > 32767)
    {
      g_autofree char *dpi = stk_format_number (options->dpi);
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("A PNG at %s dpi would be %d × %d pixels: choose a lower resolution"), dpi, pw, ph);
      return NULL;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  /* Never thinner than one pixel. */
  render_true_size (surface, drawing, options, px_per_mm, 1.0 / px_per_mm);
  buffer = g_byte_array_new ();
  status = cairo_surface_write_to_png_stream (surface, append_cb, buffer);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    png_insert_resolution (buffer, options->dpi);
  return take_buffer (buffer, status, error);
}

static GBytes *
export_vector (const StkDrawing       *drawing,
               StkExportFormat         format,
               const StkExportOptions *options,
               GError                **error)
{
  double w, h, units_per_mm = PT_PER_MM;
  GByteArray *buffer = g_byte_array_new ();
  cairo_surface_t *surface;

  stk_drawing_get_extents (drawing, &w, &h);
  if (format == STK_EXPORT_SVG)
    {
      /* cairo 1.16 writes the surface size with the document unit appended,
       * so a surface sized in mm gives width="…mm" and a viewBox in mm: true
       * size in CAD and browsers, one user unit per millimetre. */
      surface = cairo_svg_surface_create_for_stream (append_cb, buffer, w, h);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_MM);
      units_per_mm = 1;
    }
  else
    {
      surface = cairo_pdf_surface_create_for_stream (append_cb, buffer, w * PT_PER_MM, h * PT_PER_MM);
      if (stk_drawing_get_title (drawing))
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, stk_drawing_get_title (drawing));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Stackup " PACKAGE_VERSION);
    }
  render_true_size (surface, drawing, options, units_per_mm, 0.02);
  return finish_surface (surface, buffer, error);
}

void
stk_export_options_init (StkExportOptions *options)
{
  *options = (StkExportOptions) { 300, FALSE };
}

/* The drawing formats are those of the one output list. */
gboolean
stk_export_format_from_path (const char      *path,
                             StkExportFormat *format,
                             GError         **error)
{
  const StkOutputFormat *f = stk_output_format_for_path (STK_OUTPUT_DRAWING, path, STK_PAPER_A4, error);

  if (f != NULL)
    *format = f->drawing;
  return f != NULL;
}

GBytes *
stk_export_drawing_bytes (const StkDrawing       *drawing,
                          StkExportFormat         format,
                          const StkExportOptions *options,
                          GError                **error)
{
  StkExportOptions defaults;

  g_return_val_if_fail (drawing != NULL, NULL);

  if (options == NULL)
    {
      stk_export_options_init (&defaults);
      options = &defaults;
    }
  switch (format)
    {
    case STK_EXPORT_PNG:
      return export_png (drawing, options, error);
    case STK_EXPORT_DXF:
      return stk_export_dxf (drawing, 1);
    case STK_EXPORT_SVG:
    case STK_EXPORT_PDF:
    default:
      return export_vector (drawing, format, options, error);
    }
}

/* One of drawing or sheets to path, the format from its extension. */
static gboolean
export_path (const StkDrawing       *drawing,
             const StkSheets        *sheets,
             const char             *path,
             const StkExportOptions *options,
             GError                **error)
{
  StkExportFormat format;
  g_autoptr(GBytes) bytes = NULL;

  if (!stk_export_format_from_path (path, &format, error))
    return FALSE;
  bytes = sheets ? stk_export_sheets_bytes (sheets, format, options, error)
                 : stk_export_drawing_bytes (drawing, format, options, error);
  return bytes != NULL && stk_io_write_path (path, bytes, error);
}

gboolean
stk_export_drawing (const StkDrawing       *drawing,
                    const char             *path,
                    const StkExportOptions *options,
                    GError                **error)
{
  return export_path (drawing, NULL, path, options, error);
}

static GBytes *
export_sheets_pdf (const StkSheets *sheets,
                   GError         **error)
{
  GByteArray *buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  StkDrawOptions o;
  double w, h;
  const StkDrawing *first = stk_sheets_get_sheet (sheets, 0);

  stk_sheets_get_size (sheets, &w, &h);
  surface = cairo_pdf_surface_create_for_stream (append_cb, buffer, w * PT_PER_MM, h * PT_PER_MM);
  if (stk_drawing_get_title (first))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, stk_drawing_get_title (first));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Stackup " PACKAGE_VERSION);
  cr = cairo_create (surface);
  cairo_scale (cr, PT_PER_MM, PT_PER_MM);
  stk_draw_options_init (&o);
  for (guint i = 0; i < stk_sheets_get_n_sheets (sheets); i++)
    {
      stk_draw_render (cr, stk_sheets_get_sheet (sheets, i), &o);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return finish_surface (surface, buffer, error);
}

GBytes *
stk_export_sheets_bytes (const StkSheets        *sheets,
                         StkExportFormat         format,
                         const StkExportOptions *options,
                         GError                **error)
{
  g_autoptr(StkDrawing) strip = NULL;

  g_return_val_if_fail (sheets != NULL, NULL);

  if (format == STK_EXPORT_PDF)
    return export_sheets_pdf (sheets, error);
  strip = stk_sheets_new_strip (sheets);
  if (format == STK_EXPORT_DXF)
    return stk_export_dxf (strip, 1 / stk_sheets_get_scale (sheets));
  return stk_export_drawing_bytes (strip, format, options, error);
}

gboolean
stk_export_sheets (const StkSheets        *sheets,
                   const char             *path,
                   const StkExportOptions *options,
                   GError                **error)
{
  return export_path (NULL, sheets, path, options, error);
}
