/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-print"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-draw.h"
#include "stk-print.h"

typedef struct {
  StkDrawing  *drawing;
  char        *project;
  char        *author;
  char        *date;
  char        *revision;
  char        *version;
  double       scale;
  GtkDropDown *scale_choice; /* the custom tab, while the dialog is up */
} PrintJob;

static const double scales[] = { 1, 2, 5, 10, STK_PAGE_SCALE_FIT };

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->drawing, stk_drawing_free);
  g_free (job->project);
  g_free (job->author);
  g_free (job->date);
  g_free (job->revision);
  g_free (job->version);
  g_clear_object (&job->scale_choice);
  g_free (job);
}

static PrintJob *
job_of (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), "stk-print-job");
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  StkTitleBlock title = { job->project, job->author, job->date, job->revision, job->version };
  StkDrawOptions options;

  stk_draw_options_init (&options);
  /* The operation's unit is mm and it uses the full page, so the context
   * is the sheet in mm, as stk_draw_page wants. */
  stk_draw_page (cr, job->drawing, &options,
                 gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                 job->scale, &title, NULL);
}

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Drawing _scale"));
  GtkWidget *hint = gtk_label_new (_("At 1:1 a 10 mm dimension prints 10 mm long. A drawing larger than "
                                     "the page at a fixed scale is cut at the frame; choose Fit to page "
                                     "to see all of it."));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autofree char *text = stk_print_scale_label (scales[i]);
      gtk_string_list_append (labels, text);
      if (scales[i] == job->scale)
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

  if (i < G_N_ELEMENTS (scales))
    job->scale = scales[i];
}

GtkPrintOperation *
stk_print_operation_new (StkProject *project,
                         StkCatalog *catalog,
                         double      scale)
{
  GtkPrintOperation *operation;
  PrintJob *job;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (catalog != NULL, NULL);

  job = g_new0 (PrintJob, 1);
  job->drawing = stk_drawing_new (project, catalog);
  job->project = g_strdup (stk_project_get_label (project));
  job->author = g_strdup (stk_project_get_author (project));
  job->revision = g_strdup (stk_project_get_revision (project));
  job->date = g_date_time_format (now, "%Y-%m-%d");
  job->version = g_strdup_printf ("Stackup %s", PACKAGE_VERSION);
  job->scale = scale;

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "stk-print-job", job, (GDestroyNotify) print_job_free);
  gtk_print_operation_set_job_name (operation, job->project);
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
  g_return_val_if_fail (job_of (operation) != NULL, STK_PAGE_SCALE_FIT);
  return job_of (operation)->scale;
}

const double *
stk_print_scales (guint *n_scales)
{
  *n_scales = G_N_ELEMENTS (scales);
  return scales;
}

char *
stk_print_scale_label (double scale)
{
  if (scale == STK_PAGE_SCALE_FIT)
    return g_strdup (_("Fit to page"));
  /* Translators: a drawing scale such as "5:1 (5 × true size)" */
  if (scale != 1)
    {
      g_autofree char *ratio = stk_draw_format_scale (scale);
      return g_strdup_printf (_("%s (%g × true size)"), ratio, scale);
    }
  return g_strdup (_("1:1 (true size)"));
}
