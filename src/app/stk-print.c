/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-print"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-sheet.h"
#include "stk-print.h"

typedef struct {
  StkProject  *project;      /* a copy: later edits do not change a print in progress */
  StkCatalog  *catalog;
  StkSheets   *sheets;       /* laid out for the page setup, at begin-print */
  double       scale;
  GtkDropDown *scale_choice; /* the custom tab, while the dialog is up */
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->project);
  g_clear_object (&job->catalog);
  g_clear_pointer (&job->sheets, stk_sheets_free);
  g_clear_object (&job->scale_choice);
  g_free (job);
}

static PrintJob *
job_of (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), "stk-print-job");
}

/* The offered scales: "largest that fits" first, then ISO 5455's. */
static double
scale_at (guint i)
{
  guint n;
  const double *preferred = stk_sheet_scales (&n);

  return i == 0 || i > n ? STK_SCALE_FIT : preferred[i - 1];
}

static guint
n_choices (void)
{
  guint n;

  stk_sheet_scales (&n);
  return n + 1;
}

/* The sheet is the page the page setup gives: its size and orientation. */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  StkSheetSpec spec;

  stk_sheet_spec_init (&spec);
  /* The operation's unit is mm and it uses the full page. */
  stk_sheet_spec_for_paper (&spec, gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  spec.scale = job->scale;
  g_clear_pointer (&job->sheets, stk_sheets_free);
  job->sheets = stk_sheets_new (job->project, job->catalog, &spec);
  gtk_print_operation_set_n_pages (operation, (int) stk_sheets_get_n_sheets (job->sheets));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintJob          *job)
{
  StkDrawOptions options;

  if (job->sheets == NULL || page_nr < 0 || (guint) page_nr >= stk_sheets_get_n_sheets (job->sheets))
    return;
  stk_draw_options_init (&options);
  stk_draw_render (gtk_print_context_get_cairo_context (context), stk_sheets_get_sheet (job->sheets, page_nr),
                   &options);
}

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Drawing _scale"));
  GtkWidget *hint = gtk_label_new (_("The sheet follows the paper chosen in Page Setup. At 1:1 a 10 mm "
                                     "dimension prints 10 mm long; lettering prints 2.5 mm high at every "
                                     "scale. A view too large for the sheet at the chosen scale is drawn "
                                     "smaller and says its own scale; views that do not fit one sheet go "
                                     "on further sheets."));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < n_choices (); i++)
    {
      g_autofree char *text = stk_print_scale_label (scale_at (i));
      gtk_string_list_append (labels, text);
      if (scale_at (i) == job->scale)
        selected = i;
    }
  g_clear_object (&job->scale_choice);
  job->scale_choice = g_object_ref_sink (GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL)));
  gtk_drop_down_set_selected (job->scale_choice, selected);
  gtk_widget_set_name (GTK_WIDGET (job->scale_choice), "print-scale");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (job->scale_choice));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (job->scale_choice));
  gtk_box_append (GTK_BOX (box), row);
  gtk_box_append (GTK_BOX (box), hint);
  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12, NULL);
  return G_OBJECT (box);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *widget,
                           PrintJob          *job)
{
  guint i = gtk_drop_down_get_selected (job->scale_choice);

  if (i < n_choices ())
    job->scale = scale_at (i);
}

GtkPrintOperation *
stk_print_operation_new (StkProject *project,
                         StkCatalog *catalog,
                         double      scale)
{
  GtkPrintOperation *operation;
  PrintJob *job;
  gboolean offered = FALSE;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (catalog != NULL, NULL);

  for (guint i = 0; i < n_choices (); i++)
    offered |= scale_at (i) == scale;
  job = g_new0 (PrintJob, 1);
  job->project = stk_project_new ();
  stk_project_assign (job->project, project);
  job->catalog = g_object_ref (catalog);
  job->scale = offered ? scale : STK_SCALE_FIT;

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "stk-print-job", job, (GDestroyNotify) print_job_free);
  gtk_print_operation_set_job_name (operation, stk_project_get_label (project));
  gtk_print_operation_set_unit (operation, GTK_UNIT_MM);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Scale"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb), job);
  return operation;
}

double
stk_print_operation_get_scale (GtkPrintOperation *operation)
{
  g_return_val_if_fail (job_of (operation) != NULL, STK_SCALE_FIT);
  return job_of (operation)->scale;
}

guint
stk_print_operation_get_n_sheets (GtkPrintOperation *operation)
{
  PrintJob *job = job_of (operation);

  g_return_val_if_fail (job != NULL, 0);
  return job->sheets ? stk_sheets_get_n_sheets (job->sheets) : 0;
}

void
stk_print_sheet_spec (GSettings        *settings,
                      GtkPrintSettings *print_settings,
                      StkSheetSpec     *spec)
{
  g_autoptr(GVariant) saved = g_settings_get_value (settings, "print-settings");
  g_autoptr(GtkPrintSettings) from = print_settings ? g_object_ref (print_settings)
                                     : g_variant_n_children (saved) > 0 ? gtk_print_settings_new_from_gvariant (saved)
                                     : NULL;
  g_autoptr(GtkPaperSize) paper = from ? gtk_print_settings_get_paper_size (from) : NULL;
  double scale = g_settings_get_double (settings, "print-scale");

  stk_sheet_spec_init (spec);
  if (paper != NULL)
    {
      double w = gtk_paper_size_get_width (paper, GTK_UNIT_MM), h = gtk_paper_size_get_height (paper, GTK_UNIT_MM);
      GtkPageOrientation o = gtk_print_settings_get_orientation (from);
      gboolean turned = o == GTK_PAGE_ORIENTATION_LANDSCAPE || o == GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE;

      stk_sheet_spec_for_paper (spec, turned ? h : w, turned ? w : h);
    }
  for (guint i = 1; i < n_choices (); i++)
    if (scale_at (i) == scale)
      spec->scale = scale;
}

char *
stk_print_scale_label (double scale)
{
  g_autofree char *ratio = NULL;
  g_autofree char *factor = NULL;

  if (scale == STK_SCALE_FIT)
    return g_strdup (_("Largest that fits"));
  ratio = stk_draw_format_scale (scale);
  if (scale == 1)
    return g_strdup (_("1:1 (true size)"));
  factor = stk_format_number (scale < 1 ? 1 / scale : scale);
  if (scale < 1)
    /* Translators: a reduction such as "1:5 (1/5 of true size)" */
    return g_strdup_printf (_("%s (1/%s of true size)"), ratio, factor);
  /* Translators: an enlargement such as "5:1 (5 × true size)" */
  return g_strdup_printf (_("%s (%s × true size)"), ratio, factor);
}
