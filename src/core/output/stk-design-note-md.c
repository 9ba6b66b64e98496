/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-design-note"

#include "stk-config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stk-export.h"
#include "stk-io.h"
#include "stk-design-note-private.h"
#include "stk-output-format.h"

/* Table cells cannot hold a pipe or a line break. */
static void
append_cell (GString    *out,
             const char *text)
{
  for (const char *p = text ? text : ""; *p; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n')
        g_string_append (out, "<br>");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_table (GString        *out,
              const StkBlock *b)
{
  for (guint r = 0; r < b->rows->len; r++)
    {
      char **row = g_ptr_array_index (b->rows, r);

      g_string_append (out, "|");
      for (guint c = 0; c < b->n_cols; c++)
        {
          g_string_append_c (out, ' ');
          if (r > 0 && c == 0 && (g_str_equal (row[0], "FAIL") || g_str_equal (row[0], "WARNING")))
            {
              g_string_append (out, "**");
              append_cell (out, row[c]);
              g_string_append (out, "**");
            }
          else
            append_cell (out, row[c]);
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
      if (r == 0)
        {
          g_string_append (out, "|");
          for (guint c = 0; c < b->n_cols; c++)
            g_string_append (out, " --- |");
          g_string_append_c (out, '\n');
        }
    }
  g_string_append_c (out, '\n');
}

char *
stk_design_note_render_markdown (StkDesignNote *note)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < note->blocks->len; i++)
    {
      const StkBlock *b = g_ptr_array_index (note->blocks, i);

      switch (b->kind)
        {
        case STK_BLOCK_TITLE:
          g_string_append_printf (out, "# %s\n\n", b->text);
          break;
        case STK_BLOCK_HEADING:
          g_string_append_printf (out, "## %s\n\n", b->text);
          break;
        case STK_BLOCK_SUBHEADING:
          g_string_append_printf (out, "### %s\n\n", b->text);
          break;
        case STK_BLOCK_PARAGRAPH:
          g_string_append_printf (out, b->emphasis ? "**%s**\n\n" : "%s\n\n", b->text);
          break;
        case STK_BLOCK_TABLE:
          append_table (out, b);
          break;
        case STK_BLOCK_DRAWING:
          g_string_append_printf (out, "%s %s\n\n", b->text,
                                  _("The SVG beside this note holds the sheets at paper size, in millimetres."));
          if (note->svg_name)
            g_string_append_printf (out, "![%s](%s)\n\n", _("Drawing"), note->svg_name);
          break;
        case STK_BLOCK_PLOT:
          if (b->plot_name)
            g_string_append_printf (out, "![%s](%s)\n\n", b->text, b->plot_name);
          break;
        }
    }
  g_string_append_printf (out, "---\n%s\n", note->footer);
  return g_string_free (out, FALSE);
}

/* The plots' SVGs, beside the note. */
static gboolean
write_plots (StkDesignNote *note,
             const char    *path,
             GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  StkExportOptions options;

  stk_export_options_init (&options);
  for (guint i = 0; i < note->blocks->len; i++)
    {
      const StkBlock *b = g_ptr_array_index (note->blocks, i);
      g_autofree char *plot_path = NULL;
      g_autoptr(GBytes) svg = NULL;

      if (b->kind != STK_BLOCK_PLOT || b->plot_name == NULL)
        continue;
      plot_path = g_build_filename (dir, b->plot_name, NULL);
      svg = stk_export_drawing_bytes (b->plot, STK_EXPORT_SVG, &options, error);
      if (svg == NULL || !stk_io_write_path (plot_path, svg, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
stk_design_note_write_pdf (StkProject                 *project,
                           StkCatalog                 *catalog,
                           const char                 *path,
                           const StkDesignNoteOptions *options,
                           GError                    **error)
{
  g_autoptr(StkDesignNote) note = stk_design_note_new (project, catalog, options);
  g_autoptr(GBytes) pdf = stk_design_note_render_pdf (note, error);

  return pdf != NULL && stk_io_write_path (path, pdf, error);
}

gboolean
stk_design_note_write_markdown (StkProject                 *project,
                                StkCatalog                 *catalog,
                                const char                 *path,
                                const StkDesignNoteOptions *options,
                                GError                    **error)
{
  const char *dot = strrchr (path, '.');
  g_autofree char *stem = dot && !strchr (dot, '/') ? g_strndup (path, dot - path) : g_strdup (path);
  g_autofree char *svg_path = g_strconcat (stem, ".svg", NULL);
  g_autofree char *svg_name = g_path_get_basename (svg_path);
  g_autoptr(StkDesignNote) note = NULL;
  g_autofree char *md = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) md_bytes = NULL;
  StkExportOptions export_options;
  StkDesignNoteOptions opts = *options;
  gboolean svg_existed = g_file_test (svg_path, G_FILE_TEST_EXISTS);

  opts.svg_name = svg_name;
  note = stk_design_note_new (project, catalog, &opts);
  md = stk_design_note_render_markdown (note);
  md_bytes = g_bytes_new_take (md, strlen (md));
  md = NULL;
  stk_export_options_init (&export_options);
  svg = stk_export_sheets_bytes (note->sheets, STK_EXPORT_SVG, &export_options, error);
  if (svg == NULL || !stk_io_write_path (svg_path, svg, error))
    return FALSE;
  if (!write_plots (note, path, error) || !stk_io_write_path (path, md_bytes, error))
    {
      /* a lone drawing without its note is a partial result */
      if (!svg_existed)
        g_remove (svg_path);
      return FALSE;
    }
  return TRUE;
}

gboolean
stk_design_note_export (StkProject                 *project,
                        StkCatalog                 *catalog,
                        const char                 *path,
                        const StkDesignNoteOptions *options,
                        GError                    **error)
{
  const StkOutputFormat *format = stk_output_format_for_path (STK_OUTPUT_NOTE, path, options->paper, error);
  StkOutputOptions all;

  if (format == NULL)
    return FALSE;
  stk_output_options_init (&all);
  all.note = *options;
  return stk_output_format_write (format, project, catalog, &all, path, error);
}
