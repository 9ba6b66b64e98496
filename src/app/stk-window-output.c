/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-window-output"

#include "stk-config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "stk-output.h"
#include "stk-print.h"
#include "stk-window-private.h"

/* Print… and Export… of the window. */

/* PNG resolutions offered. 300 dpi is the least at which the drawing's
 * lettering (2.5 mm) is about 30 pixels high: readable on screen and
 * printed; 150 dpi gave text a few pixels high. */
static const int dpis[] = { 300, 600, 1200 };

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

static void
on_shown_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(StkWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _stk_window_show_error (self, _("Could not open the exported file"), error);
}

static void
show_uri (StkWindow *self,
          GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, on_shown_cb, g_object_ref (self));
}

static void
on_items_shown_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(StkWindow) self = data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply != NULL || self->exported == NULL)
    return;
  /* No file manager on the bus that selects a file: open the folder. */
  g_debug ("ShowItems: %s", error->message);
  folder = g_file_get_parent (self->exported);
  show_uri (self, folder);
}

/* The folder in the file manager with the file selected
 * (org.freedesktop.FileManager1, as Files, Dolphin and Nemo offer), or else
 * the folder opened as any URI. */
static void
open_export_folder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);
  GDBusConnection *bus = g_application_get_dbus_connection (g_application_get_default ());
  g_autofree char *uri = NULL;
  const char *uris[2] = { NULL, NULL };

  if (self->exported == NULL)
    return;
  if (bus == NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->exported);
      show_uri (self, folder);
      return;
    }
  uri = g_file_get_uri (self->exported);
  uris[0] = uri;
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          on_items_shown_cb, g_object_ref (self));
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  StkWindow *self = STK_WINDOW (widget);

  if (self->exported != NULL)
    show_uri (self, self->exported);
}

static void
on_export_bar_response_cb (GtkInfoBar *bar,
                           int         response,
                           StkWindow  *self)
{
  gtk_widget_set_visible (GTK_WIDGET (bar), FALSE);
}

/* Says what was written and where, in the window, with ways to open it. */
static void
show_exported (StkWindow *self,
               GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  g_autofree char *text = NULL;

  g_set_object (&self->exported, file);
  /* Translators: "Exported phone.pdf to /home/ann/projects" */
  text = g_strdup_printf (_("Exported %s to %s"), name, folder);
  gtk_label_set_text (self->export_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->export_bar), TRUE);
}

gboolean
stk_window_export (StkWindow  *self,
                   const char *format_id,
                   int         dpi,
                   GFile      *file,
                   GError    **error)
{
  const StkOutputFormat *format = stk_output_format_find (format_id);
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
  show_exported (self, target);
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
      !stk_window_export (self, format, dpi ? atoi (dpi) : dpis[0], file, &error))
    _stk_window_show_error (self, _("Could not export"), error);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* The listed resolution nearest the saved one, at least the first. */
static int
offered_dpi (int saved)
{
  for (guint i = 0; i < G_N_ELEMENTS (dpis); i++)
    if (dpis[i] >= saved)
      return dpis[i];
  return dpis[G_N_ELEMENTS (dpis) - 1];
}

/* The format last exported to, else the first. */
static const StkOutputFormat *
saved_format (StkWindow *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "export-format");
  const StkOutputFormat *format = stk_output_format_find (id);
  guint n;

  return format ? format : stk_output_format_list (&n);
}

/* Where an export goes first: beside the project, else where the last one went. */
static GFile *
start_folder (StkWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "export-folder");

  if (self->file != NULL && g_file_is_native (self->file))
    return g_file_get_parent (self->file);
  return *last ? g_file_new_for_uri (last) : NULL;
}

/* The project's file name without .stackup, else its title. */
static char *
export_basename (StkWindow *self)
{
  g_autofree char *name = self->file ? g_file_get_basename (self->file)
                                     : g_strdup (stk_project_get_label (self->project));

  if (g_str_has_suffix (name, ".stackup"))
    name[strlen (name) - strlen (".stackup")] = '\0';
  g_strdelimit (name, "/\\", '-');
  return g_steal_pointer (&name);
}

GtkFileChooserNative *
stk_window_new_export_dialog (StkWindow *self)
{
  GtkFileChooserNative *dialog;
  GtkFileChooser *chooser;
  g_autofree char *dpi_now = g_strdup_printf ("%d", offered_dpi (g_settings_get_int (self->settings, "export-dpi")));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) dpi_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dpi_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) folder = NULL;
  const StkOutputFormat *formats, *format;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  guint n;

  g_return_val_if_fail (STK_IS_WINDOW (self), NULL);

  dialog = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (dialog);
  formats = stk_output_format_list (&n);
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
  format = saved_format (self);
  gtk_file_chooser_set_choice (chooser, "format", format->id);
  gtk_file_chooser_set_choice (chooser, "dpi", dpi_now);
  folder = start_folder (self);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  /* The name carries the last format's extension; writing adds the chosen
   * format's when the name lacks it. */
  basename = export_basename (self);
  name = g_strconcat (basename, format->extension, NULL);
  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  return dialog;
}

/* Selects label in the drop-down under root that lists it. */
static gboolean
select_label (GtkWidget  *root,
              const char *label)
{
  if (GTK_IS_DROP_DOWN (root) && GTK_IS_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (root))))
    {
      GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (root)));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        if (g_strcmp0 (gtk_string_list_get_string (list, i), label) == 0)
          {
            gtk_drop_down_set_selected (GTK_DROP_DOWN (root), i);
            return TRUE;
          }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (select_label (c, label))
      return TRUE;
  return FALSE;
}

/* GTK 4.8's own dialog, used where no portal is, ignores
 * gtk_file_chooser_set_choice for a list of options, so it always opened on
 * the first format and resolution: its drop-downs are set directly once it
 * is up. (A portal takes the choices as set.) */
static void
select_in_own_dialog (StkWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *own = NULL;
  const StkOutputFormat *format = saved_format (self);
  g_autofree char *dpi_label = g_strdup_printf (_("%d dpi"), offered_dpi (g_settings_get_int (self->settings, "export-dpi")));

  for (guint i = 0; own == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (self))
        own = GTK_WIDGET (w);
    }
  if (own == NULL)
    return;
  select_label (own, _(format->label));
  select_label (own, dpi_label);
}

void
_stk_window_export (StkWindow *self)
{
  GtkFileChooserNative *dialog = stk_window_new_export_dialog (self);

  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  select_in_own_dialog (self);
}

void
_stk_window_class_output_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export-folder", NULL, open_export_folder_action);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, export_bar);
  gtk_widget_class_bind_template_child (widget_class, StkWindow, export_label);
  gtk_widget_class_bind_template_callback (widget_class, on_export_bar_response_cb);
}
