/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-output"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-design-note.h"
#include "stk-export.h"
#include "stk-output.h"

static const StkOutputFormat formats[] = {
  { "note-pdf-a4", N_("Design note, PDF on A4"), ".pdf", STK_OUTPUT_NOTE_A4 },
  { "note-pdf-letter", N_("Design note, PDF on Letter"), ".pdf", STK_OUTPUT_NOTE_LETTER },
  { "note-markdown", N_("Design note, Markdown with the drawing as SVG beside it"), ".md", STK_OUTPUT_NOTE_A4 },
  { "drawing-pdf", N_("Drawing sheets, PDF (one page a sheet)"), ".pdf", STK_OUTPUT_DRAWING },
  { "drawing-svg", N_("Drawing sheets, SVG (in mm)"), ".svg", STK_OUTPUT_DRAWING },
  { "drawing-png", N_("Drawing sheets, PNG image"), ".png", STK_OUTPUT_DRAWING },
  { "drawing-dxf", N_("Drawing sheets, DXF for mechanical CAD (mm, geometry 1:1)"), ".dxf", STK_OUTPUT_DRAWING },
};

const StkOutputFormat *
stk_output_formats (guint *n_formats)
{
  *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

const StkOutputFormat *
stk_output_find_format (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].id, id) == 0)
      return &formats[i];
  return NULL;
}

GFile *
stk_output_with_extension (GFile                 *file,
                           const StkOutputFormat *format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *named = NULL;

  if (g_str_has_suffix (lower, format->extension))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  named = g_strconcat (name, format->extension, NULL);
  return g_file_get_child (parent, named);
}

gboolean
stk_output_write (StkProject            *project,
                  StkCatalog            *catalog,
                  const StkOutputFormat *format,
                  const StkSheetSpec    *spec,
                  double                 dpi,
                  GFile                 *file,
                  GError               **error)
{
  g_autoptr(StkSheets) sheets = NULL;
  StkSheetSpec a4;
  g_autofree char *path = NULL;
  StkExportOptions options;
  StkDesignNoteOptions note_options;

  g_return_val_if_fail (STK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (format != NULL && G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Exports are written to local files only"));
      return FALSE;
    }
  /* Both core exporters pick the file type by extension, which the
   * dialog made match the format. */
  if (format->kind != STK_OUTPUT_DRAWING)
    {
      stk_design_note_options_init (&note_options);
      note_options.paper = format->kind == STK_OUTPUT_NOTE_LETTER ? STK_PAPER_LETTER : STK_PAPER_A4;
      return stk_design_note_export (project, catalog, path, &note_options, error);
    }
  stk_sheet_spec_init (&a4);
  sheets = stk_sheets_new (project, catalog, spec ? spec : &a4);
  stk_export_options_init (&options);
  if (dpi > 0)
    options.dpi = dpi;
  return stk_export_sheets (sheets, path, &options, error);
}
