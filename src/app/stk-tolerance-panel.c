/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include "stk-tolerance-panel.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stk-tolerance.h"
#include "stk-tolerance-inputs.h"

/* The tolerance view: every connector's figures, its histogram with the
 * capture limits and its contributions, computed in a worker thread. The
 * main thread only builds the plain inputs and shows what comes back; a
 * timer reads the worker's progress, and an edit cancels the run. */

#define DEBOUNCE_MS 250
#define PLOT_W_MM 170.0
#define PLOT_H_MM 50.0

struct _StkTolerancePanel
{
  GtkWidget       parent_instance;

  GtkLabel       *status_label;
  GtkButton      *cancel_button;
  GtkProgressBar *progress_bar;
  GtkBox         *results_box;
  StkToleranceInputs *inputs;

  StkProject     *project;
  StkCatalog     *catalog;
  GCancellable   *cancellable;  /* of the run under way, NULL when none */
  GPtrArray      *results;
  guint           debounce_id;
  guint           progress_id;
  gint            permille;     /* written by the worker */
};

G_DEFINE_FINAL_TYPE (StkTolerancePanel, stk_tolerance_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  GPtrArray      *pairs;
  StkTolSettings  settings;
  guint64         serial;  /* the project's when the run started */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_ptr_array_unref (job->pairs);
  g_free (job);
}

/* Helpers */

static void
on_worker_progress (guint64  done,
                    guint64  total,
                    gpointer data)
{
  StkTolerancePanel *self = data;

  g_atomic_int_set (&self->permille, (gint) (1000 * done / MAX (total, 1)));
}

static void
run_in_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  GPtrArray *results = stk_tol_run_all (job->pairs, &job->settings, &error);

  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

static void
draw_plot (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  const StkDrawing *plot = data;
  StkDrawOptions options;
  double w, h, k;

  stk_drawing_get_extents (plot, &w, &h);
  k = MIN (width / w, height / h);
  stk_draw_options_init (&options);
  options.background = FALSE;
  options.min_line_mm = 1 / k;
  cairo_scale (cr, k, k);
  stk_draw_render (cr, plot, &options);
}

static GtkWidget *
label_new (const char *text,
           gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* One connector: verdict and figures, the histogram, the contributions. */
static void
show_result (StkTolerancePanel  *self,
             const StkTolResult *r,
             const StkTolPair   *pair)
{
  StkTolOutput worst = stk_tol_result_worst_output (r);
  const StkTolFigures *f = &r->outputs[worst];
  g_autofree char *head = g_strdup_printf (_("%s: %s"), r->label, stk_status_label (r->status));
  g_autofree char *cpk = isfinite (f->cpk) ? g_strdup_printf ("%.2f", f->cpk) : g_strdup ("—");
  g_autofree char *figures = g_strdup_printf (_("%s: worst case ±%.3f mm, RSS ±%.3f mm, σ %.4f mm, "
                                                "%.1f ppm outside ±%.3f mm (95 %%: %.1f–%.1f), Cpk %s"),
                                              stk_tol_output_label (worst), f->worst, f->rss, f->sigma,
                                              f->ppm, r->capture_mm, f->ppm_low, f->ppm_high, cpk);
  g_autoptr(GString) pareto = g_string_new (_("Share of the variance, largest first:"));
  g_autofree guint *order = stk_tol_result_pareto (r, worst);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *chart = gtk_drawing_area_new ();
  StkDrawing *bars;
  StkDrawing *plot = stk_tol_histogram_new (r, worst, PLOT_W_MM, PLOT_H_MM);

  gtk_box_append (self->results_box, label_new (head, TRUE));
  gtk_box_append (self->results_box, label_new (figures, FALSE));
  if (r->weakened_by != NULL)
    gtk_box_append (self->results_box,
                    label_new (_("The figures alone fail, but the capture window is an estimate: enter your "
                                 "own or the maker's figure for a firm verdict"), FALSE));
  g_object_set_data_full (G_OBJECT (area), "plot", plot, (GDestroyNotify) stk_drawing_free);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 160);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_plot, plot, NULL);
  gtk_box_append (self->results_box, area);
  for (guint n = 0; n < pair->contributors->len; n++)
    {
      double share = r->shares[order[n] * STK_TOL_N_OUTPUTS + worst];

      if (share <= 0)
        break; /* the rest move another axis */
      g_string_append_printf (pareto, "\n%5.1f %%  %s", 100 * share,
                              g_array_index (pair->contributors, StkTolContributor, order[n]).name);
    }
  /* the Pareto as bars; its text for screen readers and tooltips */
  bars = stk_tol_pareto_new (r, pair, worst, PLOT_W_MM);
  g_object_set_data_full (G_OBJECT (chart), "plot", bars, (GDestroyNotify) stk_drawing_free);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chart),
                                       (int) ceil (160 * stk_tol_pareto_height (r, worst) / PLOT_H_MM));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), draw_plot, bars, NULL);
  gtk_widget_set_tooltip_text (chart, pareto->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, pareto->str, -1);
  gtk_box_append (self->results_box, chart);
  if (pair->contributors->len > 0 && f->sigma > 0)
    {
      g_autofree char *halving = g_strdup_printf (_("Halving “%s” would give σ %.4f mm and %.1f ppm outside"),
                                                  g_array_index (pair->contributors, StkTolContributor,
                                                                 f->largest).name,
                                                  f->halved_sigma, f->halved_ppm);

      gtk_box_append (self->results_box, label_new (halving, FALSE));
    }
}

static void
show_stopped (StkTolerancePanel *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* Callbacks */

static gboolean
on_progress_tick_cb (gpointer data)
{
  StkTolerancePanel *self = data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
on_run_finished_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  StkTolerancePanel *self = STK_TOLERANCE_PANEL (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = g_task_propagate_pointer (G_TASK (result), &error);
  GtkWidget *child;

  /* a newer run replaced this one: it reports for itself */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;
  g_clear_object (&self->cancellable);
  /* the note written next reads these rather than running them again; the
   * Checks pane reads them when "running" goes off */
  if (results != NULL)
    stk_tol_results_remember (self->project, self->catalog, job->serial, results);
  show_stopped (self);
  if (results == NULL)
    {
      gtk_label_set_text (self->status_label,
                          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                          ? _("Analysis cancelled: the figures below are from the last finished run")
                          : error->message);
      return;
    }
  g_clear_pointer (&self->results, g_ptr_array_unref);
  self->results = g_steal_pointer (&results);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_box))) != NULL)
    gtk_box_remove (self->results_box, child);
  for (guint i = 0; i < self->results->len; i++)
    show_result (self, g_ptr_array_index (self->results, i), g_ptr_array_index (job->pairs, i));
  if (self->results->len == 0)
    gtk_label_set_text (self->status_label, _("No connector to analyse"));
  else
    {
      g_autofree char *samples = g_strdup_printf ("%" G_GUINT64_FORMAT, job->settings.samples);
      g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, job->settings.seed);
      g_autofree char *text = g_strdup_printf (_("Worst case, RSS and a Monte Carlo of %s samples per connector "
                                                 "(seed %s), target ≤ %g ppm outside the capture window"),
                                               samples, seed, job->settings.target_ppm);

      gtk_label_set_text (self->status_label, text);
    }
}

static void
start_run (StkTolerancePanel *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  gboolean was_running = self->cancellable != NULL;

  /* the replaced run's callback sees it is not the current one and is quiet */
  stk_tolerance_panel_cancel (self);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  self->cancellable = g_cancellable_new ();
  job->pairs = stk_tol_pairs_from_project (self->project, self->catalog, NULL);
  stk_tol_settings_from_project (&job->settings, self->project);
  job->serial = stk_project_get_serial (self->project);
  job->settings.cancellable = self->cancellable;
  job->settings.progress = on_worker_progress;
  job->settings.progress_data = self;
  g_atomic_int_set (&self->permille, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_text (self->status_label, _("Analysing…"));
  task = g_task_new (self, self->cancellable, on_run_finished_cb, NULL);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, run_in_thread);
  self->progress_id = g_timeout_add (100, on_progress_tick_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  if (!was_running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static gboolean
on_debounce_cb (gpointer data)
{
  StkTolerancePanel *self = data;

  self->debounce_id = 0;
  start_run (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (StkTolerancePanel *self)
{
  /* the run under way is of a project that no longer is: stopped, and
   * quietly (the user cancelled nothing; the run after the pause replaces
   * it, and until then the page still says it is analysing) */
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      gtk_label_set_text (self->status_label, _("Analysing…"));
    }
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (DEBOUNCE_MS, on_debounce_cb, self);
}

/* Overrides */

static void
stk_tolerance_panel_dispose (GObject *object)
{
  StkTolerancePanel *self = STK_TOLERANCE_PANEL (object);
  GtkWidget *child;

  /* a run still under way finds no current cancellable and stays quiet */
  stk_tolerance_panel_cancel (self);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_TOLERANCE_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (stk_tolerance_panel_parent_class)->dispose (object);
}

static void
stk_tolerance_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StkTolerancePanel *self = STK_TOLERANCE_PANEL (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, stk_tolerance_panel_get_running (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_tolerance_panel_class_init (StkTolerancePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_tolerance_panel_dispose;
  g_type_ensure (STK_TYPE_TOLERANCE_INPUTS);
  object_class->get_property = stk_tolerance_panel_get_property;
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-tolerance-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, StkTolerancePanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, StkTolerancePanel, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, StkTolerancePanel, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, StkTolerancePanel, results_box);
  gtk_widget_class_bind_template_child (widget_class, StkTolerancePanel, inputs);
}

static void
stk_tolerance_panel_init (StkTolerancePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (stk_tolerance_panel_cancel), self);
}

/* Public API */

GtkWidget *
stk_tolerance_panel_new (void)
{
  return g_object_new (STK_TYPE_TOLERANCE_PANEL, NULL);
}

void
stk_tolerance_panel_bind (StkTolerancePanel *self,
                          StkProject        *project,
                          StkCatalog        *catalog)
{
  static const char *const details[] = {
    "changed::all", "changed::boards", "changed::mates", "changed::requirements", "changed::tolerance",
  };

  g_return_if_fail (STK_IS_TOLERANCE_PANEL (self));

  if (self->project != project)
    {
      if (self->project != NULL)
        g_signal_handlers_disconnect_by_data (self->project, self);
      g_set_object (&self->project, project);
      /* what the analysis reads: not the title block */
      for (guint i = 0; project != NULL && i < G_N_ELEMENTS (details); i++)
        g_signal_connect_swapped (project, details[i], G_CALLBACK (on_project_changed_cb), self);
    }
  stk_tolerance_inputs_bind (self->inputs, project);
  g_set_object (&self->catalog, catalog);
  if (project != NULL)
    start_run (self);
}

gboolean
stk_tolerance_panel_get_running (StkTolerancePanel *self)
{
  g_return_val_if_fail (STK_IS_TOLERANCE_PANEL (self), FALSE);
  return self->cancellable != NULL;
}

void
stk_tolerance_panel_cancel (StkTolerancePanel *self)
{
  g_return_if_fail (STK_IS_TOLERANCE_PANEL (self));

  if (self->cancellable == NULL)
    return;
  /* the finished callback reports the cancellation and clears the state */
  g_cancellable_cancel (self->cancellable);
}

GPtrArray *
stk_tolerance_panel_get_results (StkTolerancePanel *self)
{
  g_return_val_if_fail (STK_IS_TOLERANCE_PANEL (self), NULL);
  return self->results;
}
