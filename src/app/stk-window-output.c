/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-window-output"

#include "stk-config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "stk-output.h"
#include "stk-print.h"
#include "stk-window-private.h"

/* Print… and Export… of the window. */

static const int dpis[] = { 150, 300, 600, 1200 };

static GtkPageSetup *
page_setup_from (GtkPrintSettings *settings)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *paper = gtk_print_settings_get_paper_size (settings);

  if (paper != NULL)
    {
      gtk_page_setup_set_paper_size (setup, paper);
      gtk_paper_size_free (paper);
    }
  gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (settings));
  return setup;
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  StkWindow               *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      _stk_window_show_error (self, _("Could not print the drawing"), error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

      /* Remembered for the next print, in this window and across runs. */
      g_set_object (&self->print_settings, settings);
      g_settings_set_value (self->settings, "print-settings", gtk_print_settings_to_gvariant (settings));
      g_settings_set_double (self->settings, "print-scale", stk_print_operation_get_scale (operation));
    }
  g_object_unref (operation);
}

GtkPrintOperation *
stk_window_new_print_operation (StkWindow *self)
{
  GtkPrintOperation *operation;

  g_return_val_if_fail (STK_IS_WINDOW (self), NULL);

  if (self->print_settings == NULL)
    {
      g_autoptr(GVariant) saved = g_settings_get_value (self->settings, "print-settings");
      self->print_settings = g_variant_n_children (saved) > 0
        ? gtk_print_settings_new_from_gvariant (saved) : gtk_print_settings_new ();
    }
  operation = stk_print_operation_new (self->project, self->catalog,
                                       g_settings_get_double (self->settings, "print-scale"));
  gtk_print_operation_set_print_settings (operation, self->print_settings);
  {
    g_autoptr(GtkPageSetup) setup = page_setup_from (self->print_settings);
    gtk_print_operation_set_default_page_setup (operation, setup);
  }
  return operation;
}

void
_stk_window_print (StkWindow *self)
{
  GtkPrintOperation *operation = stk_window_new_print_operation (self);

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), self);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), NULL);
}

gboolean
stk_window_export (StkWindow  *self,
                   const char *format_id,
                   int         dpi,
                   GFile      *file,
                   GError    **error)
{
  const StkOutputFormat *format = stk_output_find_format (format_id);
  StkSheetSpec spec;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (STK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  target = stk_output_with_extension (file, format);
  /* Exported drawings use the sheets the last print used. */
  stk_print_sheet_spec (self->settings, self->print_settings, &spec);
  if (!stk_output_write (self->project, self->catalog, format, &spec, dpi, target, error))
    return FALSE;
  parent = g_file_get_parent (target);
  if (parent != NULL)
    {
      g_autofree char *folder = g_file_get_uri (parent);
      g_settings_set_string (self->settings, "export-folder", folder);
    }
  g_settings_set_string (self->settings, "export-format", format->id);
  g_settings_set_int (self->settings, "export-dpi", dpi);
  return TRUE;
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       StkWindow       *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (chooser) : NULL;
  g_autoptr(GError) error = NULL;
  const char *format = gtk_file_chooser_get_choice (chooser, "format");
  const char *dpi = gtk_file_chooser_get_choice (chooser, "dpi");

  if (file != NULL &&
      !stk_window_export (self, format, dpi ? atoi (dpi) : 300, file, &error))
    _stk_window_show_error (self, _("Could not export"), error);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
_stk_window_export (StkWindow *self)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel"));
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autofree char *folder = g_settings_get_string (self->settings, "export-folder");
  g_autofree char *format_id = g_settings_get_string (self->settings, "export-format");
  g_autofree char *dpi_now = g_strdup_printf ("%d", g_settings_get_int (self->settings, "export-dpi"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) dpi_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dpi_labels = g_ptr_array_new_with_free_func (g_free);
  const StkOutputFormat *formats, *format;
  g_autofree char *basename = NULL;
  guint n;

  formats = stk_output_formats (&n);
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (ids, (gpointer) formats[i].id);
      g_ptr_array_add (labels, (gpointer) _(formats[i].label));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (dpis); i++)
    {
      g_ptr_array_add (dpi_ids, g_strdup_printf ("%d", dpis[i]));
      /* Translators: PNG resolution choice */
      g_ptr_array_add (dpi_labels, g_strdup_printf (_("%d dpi"), dpis[i]));
    }
  g_ptr_array_add (dpi_ids, NULL);
  g_ptr_array_add (dpi_labels, NULL);
  gtk_file_chooser_add_choice (chooser, "format", _("Format"),
                               (const char **) ids->pdata, (const char **) labels->pdata);
  gtk_file_chooser_add_choice (chooser, "dpi", _("PNG resolution"),
                               (const char **) dpi_ids->pdata, (const char **) dpi_labels->pdata);
  format = stk_output_find_format (format_id);
  if (format == NULL)
    format = &formats[0];
  gtk_file_chooser_set_choice (chooser, "format", format->id);
  gtk_file_chooser_set_choice (chooser, "dpi", dpi_now);
  if (*folder)
    {
      g_autoptr(GFile) dir = g_file_new_for_uri (folder);
      gtk_file_chooser_set_current_folder (chooser, dir, NULL);
    }
  /* The extension follows the format chosen when the file is written. */
  basename = g_strdup (stk_project_get_label (self->project));
  g_strdelimit (basename, "/\\", '-');
  gtk_file_chooser_set_current_name (chooser, basename);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
