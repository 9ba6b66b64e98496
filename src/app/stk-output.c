/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-output"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-export.h"
#include "stk-output.h"

static const StkOutputFormat formats[] = {
  { "drawing-pdf", N_("Drawing, PDF (true size)"), ".pdf" },
  { "drawing-svg", N_("Drawing, SVG (true size)"), ".svg" },
  { "drawing-png", N_("Drawing, PNG image"), ".png" },
  { "drawing-dxf", N_("Drawing, DXF for mechanical CAD (mm)"), ".dxf" },
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
                  double                 dpi,
                  GFile                 *file,
                  GError               **error)
{
  g_autoptr(StkDrawing) drawing = NULL;
  g_autofree char *path = NULL;
  StkExportOptions options;

  g_return_val_if_fail (STK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (format != NULL && G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Exports are written to local files only"));
      return FALSE;
    }
  drawing = stk_drawing_new (project, catalog);
  stk_export_options_init (&options);
  if (dpi > 0)
    options.dpi = dpi;
  /* The drawing formats go by extension, which the dialog made match. */
  return stk_export_drawing (drawing, path, &options, error);
}
