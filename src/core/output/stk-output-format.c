/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-output-format"

#include "stk-config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-io.h"
#include "stk-output-format.h"

static gboolean
write_drawing (const StkOutputFormat  *format,
               StkProject             *project,
               StkCatalog             *catalog,
               const StkOutputOptions *options,
               const char             *path,
               GError                **error)
{
  g_autoptr(StkSheets) own = options->sheets ? NULL : stk_sheets_new (project, catalog, &options->sheet);
  const StkSheets *sheets = options->sheets ? options->sheets : own;
  g_autoptr(GBytes) bytes = stk_export_sheets_bytes (sheets, format->drawing, &options->drawing, error);

  return bytes != NULL && stk_io_write_path (path, bytes, error);
}

static gboolean
write_note_pdf (const StkOutputFormat  *format,
                StkProject             *project,
                StkCatalog             *catalog,
                const StkOutputOptions *options,
                const char             *path,
                GError                **error)
{
  StkDesignNoteOptions note = options->note;

  if (format->has_paper)
    note.paper = format->paper;
  return stk_design_note_write_pdf (project, catalog, path, &note, error);
}

static gboolean
write_note_markdown (const StkOutputFormat  *format,
                     StkProject             *project,
                     StkCatalog             *catalog,
                     const StkOutputOptions *options,
                     const char             *path,
                     GError                **error)
{
  return stk_design_note_write_markdown (project, catalog, path, &options->note, error);
}

/* The app lists them in this order; the first is its default. */
static const StkOutputFormat formats[] = {
  { "note-pdf-a4", N_("Design note, PDF on A4"), ".pdf", "application/pdf",
    STK_OUTPUT_NOTE, 0, TRUE, STK_PAPER_A4, write_note_pdf },
  { "note-pdf-letter", N_("Design note, PDF on Letter"), ".pdf", "application/pdf",
    STK_OUTPUT_NOTE, 0, TRUE, STK_PAPER_LETTER, write_note_pdf },
  { "note-markdown", N_("Design note, Markdown with the drawing as SVG beside it"), ".md", "text/markdown",
    STK_OUTPUT_NOTE, 0, FALSE, STK_PAPER_A4, write_note_markdown },
  { "drawing-pdf", N_("Drawing sheets, PDF (one page a sheet)"), ".pdf", "application/pdf",
    STK_OUTPUT_DRAWING, STK_EXPORT_PDF, FALSE, STK_PAPER_A4, write_drawing },
  { "drawing-svg", N_("Drawing sheets, SVG (in mm)"), ".svg", "image/svg+xml",
    STK_OUTPUT_DRAWING, STK_EXPORT_SVG, FALSE, STK_PAPER_A4, write_drawing },
  { "drawing-png", N_("Drawing sheets, PNG image"), ".png", "image/png",
    STK_OUTPUT_DRAWING, STK_EXPORT_PNG, FALSE, STK_PAPER_A4, write_drawing },
  { "drawing-dxf", N_("Drawing sheets, DXF for mechanical CAD (mm, geometry 1:1)"), ".dxf", "image/vnd.dxf",
    STK_OUTPUT_DRAWING, STK_EXPORT_DXF, FALSE, STK_PAPER_A4, write_drawing },
};

void
stk_output_options_init (StkOutputOptions *options)
{
  stk_sheet_spec_init (&options->sheet);
  stk_export_options_init (&options->drawing);
  stk_design_note_options_init (&options->note);
  options->sheets = NULL;
}

const StkOutputFormat *
stk_output_format_list (guint *n_formats)
{
  *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

const StkOutputFormat *
stk_output_format_find (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].id, id) == 0)
      return &formats[i];
  return NULL;
}

char *
stk_output_format_extensions (StkOutputContent content)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const char *ext = formats[i].extension;
      gboolean seen = FALSE;

      for (guint j = 0; j < i; j++)
        seen |= formats[j].content == content && g_str_equal (formats[j].extension, ext);
      if (formats[i].content == content && !seen)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", ext);
    }
  return g_string_free (s, FALSE);
}

const StkOutputFormat *
stk_output_format_for_path (StkOutputContent content,
                            const char      *path,
                            StkPaper         paper,
                            GError         **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *known = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].content == content && g_str_has_suffix (lower, formats[i].extension) &&
        (!formats[i].has_paper || formats[i].paper == paper))
      return &formats[i];
  known = stk_output_format_extensions (content);
  if (content == STK_OUTPUT_DRAWING)
    /* Translators: a file name, then the known extensions: ".pdf, .svg, .png, .dxf" */
    g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT, _("Unknown drawing format for “%s”: use %s"),
                 path, known);
  else
    /* Translators: a file name, then the known extensions: ".pdf, .md" */
    g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT, _("%s: unknown design note format (use %s)"),
                 path, known);
  return NULL;
}

gboolean
stk_output_format_write (const StkOutputFormat  *format,
                         StkProject             *project,
                         StkCatalog             *catalog,
                         const StkOutputOptions *options,
                         const char             *path,
                         GError                **error)
{
  g_return_val_if_fail (format != NULL && path != NULL, FALSE);
  return format->write (format, project, catalog, options, path, error);
}
