/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-output"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-output.h"

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
  g_autofree char *path = NULL;
  StkOutputOptions options;

  g_return_val_if_fail (STK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (format != NULL && G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Exports are written to local files only"));
      return FALSE;
    }
  stk_output_options_init (&options);
  if (spec != NULL)
    options.sheet = *spec;
  if (dpi > 0)
    options.drawing.dpi = dpi;
  return stk_output_format_write (format, project, catalog, &options, path, error);
}
