/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include "stk-tolerance-inputs-private.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "stk-choice.h"
#include "stk-form.h"
#include "stk-tolerance-spec.h"

/* Each control changes only its own figure, read against the project: a
 * control set from the project finds nothing to change, so following the
 * project needs no guard. Rows are rebuilt when their number or the mates
 * change, else updated in place (the focus stays where the user types). */

G_DEFINE_FINAL_TYPE (StkToleranceInputs, stk_tolerance_inputs, GTK_TYPE_WIDGET)

static void rebuild_boards (StkToleranceInputs *self);

/* Helpers */

static StkValue
figure_value (StkToleranceInputs *self,
              guint               fig)
{
  const StkTolSpec *spec = stk_project_get_tolerance (self->project);

  switch (fig)
    {
    case FIG_ROTATION: return stk_tol_spec_rotation (spec);
    case FIG_PIN: return stk_tol_spec_pin_position (spec);
    case FIG_HOLE: return stk_tol_spec_hole_position (spec);
    case FIG_CLEARANCE: return stk_tol_spec_pin_clearance (spec, stk_project_get_requirements (self->project));
    default: g_return_val_if_reached ((StkValue) { 0 });
    }
}

GtkSpinButton *
_stk_tolerance_inputs_spin_new (double lower,
                                double upper,
                                double step,
                                guint  digits)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  stk_spin_button_scroll_when_focused (GTK_SPIN_BUTTON (spin));
  return GTK_SPIN_BUTTON (spin);
}

/* Where a figure comes from, in short; the tooltip says it all. */
static void
show_source (GtkLabel       *label,
             const StkValue *v,
             const char     *inherited)
{
  g_autofree char *full = stk_source_describe (v->source);

  gtk_label_set_text (label, inherited ? inherited
                             : v->source->kind == STK_PROV_ESTIMATE ? _("Stackup's assumption")
                             : v->source == stk_source_user () ? _("yours")
                             : _("from the requirements"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), full);
}

/* Following the project */

static void
sync_all (StkToleranceInputs *self)
{
  const StkTolSpec *spec = stk_project_get_tolerance (self->project);

  gtk_spin_button_set_value (self->run[RUN_SAMPLES], (double) spec->samples);
  gtk_spin_button_set_value (self->run[RUN_SEED], (double) spec->seed);
  gtk_spin_button_set_value (self->run[RUN_TARGET], spec->target_ppm);
  for (guint f = 0; f < N_FIGS; f++)
    {
      StkValue v = figure_value (self, f);

      gtk_spin_button_set_value (self->figures[f], v.value);
      show_source (self->sources[f], &v, NULL);
    }
  for (guint i = 0; i < self->board_spins->len; i++)
    {
      GtkSpinButton *spin = g_ptr_array_index (self->board_spins, i);
      const char *board = g_object_get_data (G_OBJECT (spin), "stk-board");
      StkValue v = stk_tol_spec_board_rotation (spec, board);
      gboolean own = FALSE;

      for (guint j = 0; j < spec->board_rotations->len; j++)
        own |= g_strcmp0 (((StkTolBoardRotation *) g_ptr_array_index (spec->board_rotations, j))->board, board) == 0;

      gtk_spin_button_set_value (spin, v.value);
      show_source (g_object_get_data (G_OBJECT (spin), "stk-source"), &v, own ? NULL : _("as above"));
    }
  _stk_tolerance_inputs_sync_rows (self);
}

/* Callbacks */

static void
on_run_changed_cb (GtkSpinButton      *spin,
                   StkToleranceInputs *self)
{
  const StkTolSpec *spec;
  double v = gtk_spin_button_get_value (spin);

  if (self->project == NULL)
    return;
  spec = stk_project_get_tolerance (self->project);
  stk_project_set_tolerance_run (self->project,
                                 spin == self->run[RUN_SAMPLES] ? (guint64) v : spec->samples,
                                 spin == self->run[RUN_SEED] ? (guint64) v : spec->seed,
                                 spin == self->run[RUN_TARGET] ? v : spec->target_ppm);
}

static void
on_figure_changed_cb (GtkSpinButton      *spin,
                      StkToleranceInputs *self)
{
  const StkTolSpec *spec;
  double v = gtk_spin_button_get_value (spin);
  double fixing[3];

  if (self->project == NULL)
    return;
  spec = stk_project_get_tolerance (self->project);
  fixing[0] = spec->pin_position_set ? spec->pin_position_mm : -1;
  fixing[1] = spec->hole_position_set ? spec->hole_position_mm : -1;
  fixing[2] = spec->pin_clearance_set ? spec->pin_clearance_mm : -1;

  for (guint f = 0; f < N_FIGS; f++)
    {
      /* the figure shown already: a default stays a default */
      if (spin != self->figures[f] || v == figure_value (self, f).value)
        continue;
      if (f == FIG_ROTATION)
        stk_project_set_tolerance_rotation (self->project, v);
      else
        {
          fixing[f - FIG_PIN] = v;
          stk_project_set_tolerance_fixing (self->project, fixing[0], fixing[1], fixing[2]);
        }
    }
}

static void
on_board_rotation_changed_cb (GtkSpinButton      *spin,
                              StkToleranceInputs *self)
{
  const char *board = g_object_get_data (G_OBJECT (spin), "stk-board");
  double v = gtk_spin_button_get_value (spin);

  /* the figure shown already: a board that follows the project still does */
  if (self->project == NULL
      || v == stk_tol_spec_board_rotation (stk_project_get_tolerance (self->project), board).value)
    return;
  stk_project_set_tolerance_board_rotation (self->project, board, v);
}

static void
on_defaults_clicked_cb (StkToleranceInputs *self)
{
  if (self->project == NULL)
    return;
  stk_project_set_tolerance_rotation (self->project, -1);
  stk_project_set_tolerance_fixing (self->project, -1, -1, -1);
  for (guint i = 0; i < self->board_spins->len; i++)
    stk_project_set_tolerance_board_rotation (self->project,
                                              g_object_get_data (g_ptr_array_index (self->board_spins, i), "stk-board"),
                                              -1);
}

static void
on_project_changed_cb (StkProject         *project,
                       StkToleranceInputs *self)
{
  const StkProjectChange *change = stk_project_get_change (project);
  /* The rows name the mates and the boards: only a list changed (an item
   * added, removed, moved: no field) or a name makes them again, not a
   * keystroke in a thickness or a pin count. */
  gboolean names = change->kind == STK_CHANGE_ALL || change->field == NULL || g_str_equal (change->field, "name");

  if (names && (change->kind == STK_CHANGE_ALL || change->kind == STK_CHANGE_MATES))
    _stk_tolerance_inputs_rebuild_rows (self);
  if (names && (change->kind == STK_CHANGE_ALL || change->kind == STK_CHANGE_BOARDS))
    rebuild_boards (self);
  sync_all (self);
}

/* Building */

GtkWidget *
_stk_tolerance_inputs_head_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* One rotation a board, over the project's: a board placed on another
 * line. */
static void
rebuild_boards (StkToleranceInputs *self)
{
  GPtrArray *boards = stk_project_get_boards (self->project);

  int first = N_RUN + N_FIGS;

  for (guint i = 0; i < self->board_spins->len; i++)
    {
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->board_spins, i), self);
      gtk_grid_remove_row (self->settings, first);
    }
  g_ptr_array_set_size (self->board_spins, 0);
  for (guint i = 0; i < boards->len; i++)
    {
      const StkBoard *b = g_ptr_array_index (boards, i);
      /* Translators: a board's own placement rotation, "Rotation on Main board, ± °"; a
       * no-break space keeps "± °" together */
      g_autofree char *text = g_strdup_printf (_("Rotation on %s, ± °"), b->name);
      g_autofree char *id = g_strdup_printf ("tolerance-rotation-%s", b->id);
      GtkWidget *label = gtk_label_new (text);
      GtkSpinButton *spin = _stk_tolerance_inputs_spin_new (0, STK_TOL_ROTATION_MAX_DEG, 0.05, 2);
      GtkWidget *source = _stk_tolerance_inputs_head_label ("");

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      /* a long board name wraps rather than widening the sidebar */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (spin));
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_name (GTK_WIDGET (spin), id);
      g_object_set_data_full (G_OBJECT (spin), "stk-board", g_strdup (b->id), g_free);
      g_object_set_data (G_OBJECT (spin), "stk-source", source);
      gtk_grid_attach (self->settings, label, 0, first + (int) i, 1, 1);
      gtk_grid_attach (self->settings, GTK_WIDGET (spin), 1, first + (int) i, 1, 1);
      gtk_grid_attach (self->settings, source, 2, first + (int) i, 1, 1);
      gtk_spin_button_set_value (spin, stk_tol_spec_board_rotation (stk_project_get_tolerance (self->project), b->id).value);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_board_rotation_changed_cb), self);
      g_ptr_array_add (self->board_spins, spin);
    }
}

/* The template's spin buttons, by their position in run[] and figures[]. */
static const char *const run_ids[N_RUN] = { "run_samples", "run_seed", "run_target" };
static const char *const fig_ids[N_FIGS] = {
  "figure_rotation", "figure_pin_position", "figure_hole_position", "figure_pin_clearance",
};

/* The fields' upper bounds are the file reader's (core's constants), so a
 * fact stays in one place; the template gives the rest of each adjustment. */
static void
set_upper_bounds (StkToleranceInputs *self)
{
  const double run_max[N_RUN] = {
    [RUN_SAMPLES] = (double) STK_TOL_SAMPLES_MAX,
    [RUN_SEED] = (double) STK_TOL_SEED_MAX,  /* exact: the bound is 2^53 - 1 */
    [RUN_TARGET] = STK_TOL_TARGET_PPM_MAX,
  };
  const double fig_max[N_FIGS] = {
    [FIG_ROTATION] = STK_TOL_ROTATION_MAX_DEG,
    [FIG_PIN] = STK_TOL_TOLERANCE_MAX_MM,
    [FIG_HOLE] = STK_TOL_TOLERANCE_MAX_MM,
    [FIG_CLEARANCE] = STK_TOL_TOLERANCE_MAX_MM,
  };

  for (guint i = 0; i < N_RUN; i++)
    gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->run[i]), run_max[i]);
  for (guint f = 0; f < N_FIGS; f++)
    gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->figures[f]), fig_max[f]);
}

/* Overrides */

static void
stk_tolerance_inputs_dispose (GObject *object)
{
  StkToleranceInputs *self = STK_TOLERANCE_INPUTS (object);
  GtkWidget *child;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->rows != NULL)
    _stk_tolerance_inputs_clear_rows (self);
  for (guint i = 0; i < N_RUN; i++)
    g_signal_handlers_disconnect_by_data (self->run[i], self);
  for (guint f = 0; f < N_FIGS; f++)
    g_signal_handlers_disconnect_by_data (self->figures[f], self);
  for (guint i = 0; self->board_spins != NULL && i < self->board_spins->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->board_spins, i), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_TOLERANCE_INPUTS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->mate_ids, g_ptr_array_unref);
  g_clear_pointer (&self->board_spins, g_ptr_array_unref);
  G_OBJECT_CLASS (stk_tolerance_inputs_parent_class)->dispose (object);
}

static void
stk_tolerance_inputs_class_init (StkToleranceInputsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_tolerance_inputs_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-tolerance-inputs.ui");
  gtk_widget_class_bind_template_child (widget_class, StkToleranceInputs, settings);
  gtk_widget_class_bind_template_child (widget_class, StkToleranceInputs, rows_box);
  for (guint i = 0; i < N_RUN; i++)
    gtk_widget_class_bind_template_child_full (widget_class, run_ids[i], FALSE,
                                               G_STRUCT_OFFSET (StkToleranceInputs, run) + i * sizeof (GtkSpinButton *));
  for (guint f = 0; f < N_FIGS; f++)
    {
      g_autofree char *source = g_strdup_printf ("source_%s", fig_ids[f] + strlen ("figure_"));

      gtk_widget_class_bind_template_child_full (widget_class, fig_ids[f], FALSE,
                                                 G_STRUCT_OFFSET (StkToleranceInputs, figures) + f * sizeof (GtkSpinButton *));
      gtk_widget_class_bind_template_child_full (widget_class, source, FALSE,
                                                 G_STRUCT_OFFSET (StkToleranceInputs, sources) + f * sizeof (GtkLabel *));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_run_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_figure_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_defaults_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_add_clicked_cb",
                                                G_CALLBACK (_stk_tolerance_inputs_add_contributor));
}

static void
stk_tolerance_inputs_init (StkToleranceInputs *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->mate_ids = g_ptr_array_new_with_free_func (g_free);
  self->board_spins = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  set_upper_bounds (self);
  /* The wheel spins a value only while it has the focus, as in every
   * other number field. */
  for (guint i = 0; i < N_RUN; i++)
    stk_spin_button_scroll_when_focused (self->run[i]);
  for (guint f = 0; f < N_FIGS; f++)
    stk_spin_button_scroll_when_focused (self->figures[f]);
}

/* Public API */

GtkWidget *
stk_tolerance_inputs_new (void)
{
  return g_object_new (STK_TYPE_TOLERANCE_INPUTS, NULL);
}

void
stk_tolerance_inputs_bind (StkToleranceInputs *self,
                           StkProject         *project)
{
  static const char *const details[] = {
    "changed::tolerance", "changed::all", "changed::mates", "changed::boards", "changed::requirements",
  };

  g_return_if_fail (STK_IS_TOLERANCE_INPUTS (self));
  if (self->project == project)
    return;
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    g_signal_connect (project, details[i], G_CALLBACK (on_project_changed_cb), self);
  _stk_tolerance_inputs_rebuild_rows (self);
  rebuild_boards (self);
  sync_all (self);
}
