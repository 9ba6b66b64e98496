/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include "stk-tolerance-inputs.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stk-choice.h"
#include "stk-form.h"
#include "stk-tolerance-spec.h"

/* Each control changes only its own figure, read against the project: a
 * control set from the project finds nothing to change, so following the
 * project needs no guard. Rows are rebuilt when their number or the mates
 * change, else updated in place (the focus stays where the user types). */

enum { FIG_ROTATION, FIG_PIN, FIG_HOLE, FIG_CLEARANCE, N_FIGS };
enum { RUN_SAMPLES, RUN_SEED, RUN_TARGET, N_RUN };

typedef struct {
  StkToleranceInputs *self;
  guint               index;
  GtkEditable        *name;
  StkChoice          *mate;
  StkChoice          *axis;
  StkChoice          *distribution;
  GtkSpinButton      *nominal;
  GtkSpinButton      *tolerance;
  GtkSpinButton      *k;
  GtkSpinButton      *shift;
  GtkEditable        *group;
  GtkWidget          *cells[10];
} Row;

struct _StkToleranceInputs
{
  GtkWidget      parent_instance;

  GtkSpinButton *run[N_RUN];
  GtkSpinButton *figures[N_FIGS];
  GtkLabel      *sources[N_FIGS];
  GtkBox        *rows_box;
  GtkGrid       *settings;     /* its rows from N_RUN + N_FIGS on: one a board */
  GPtrArray     *board_spins;  /* GtkSpinButton, one a board, its id as "stk-board" */
  GtkGrid       *rows_grid;
  GPtrArray     *rows;       /* Row */
  GPtrArray     *mate_ids;   /* char *, item i + 1 of a row's mate choice */
  StkProject    *project;
};

G_DEFINE_FINAL_TYPE (StkToleranceInputs, stk_tolerance_inputs, GTK_TYPE_WIDGET)

static const char *const axis_items[] = { N_("Along"), N_("Across"), N_("Rotation"), N_("Plane (both)"), NULL };
static const char *const distribution_items[] = { N_("Normal"), N_("Uniform"), N_("Triangular"), N_("Radial (disc)"), NULL };

G_STATIC_ASSERT (G_N_ELEMENTS (axis_items) == STK_TOL_N_AXES + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (distribution_items) == STK_TOL_N_DISTRIBUTIONS + 1);

static void rebuild_rows (StkToleranceInputs *self);
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

static GtkSpinButton *
spin_new (double lower,
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

static const char *const *
translated (const char *const *items,
            const char       **out,
            guint              n)
{
  for (guint i = 0; i < n; i++)
    out[i] = _(items[i]);
  out[n] = NULL;
  return out;
}

static guint
mate_position (StkToleranceInputs          *self,
               const StkTolUserContributor *c)
{
  for (guint i = 0; c->mate != NULL && *c->mate && i < self->mate_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->mate_ids, i), c->mate))
      return i + 1;
  return 0;
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
sync_row (Row                         *row,
          const StkTolUserContributor *c)
{
  /* the file's bounds: 45° for a rotation, 10 mm for the rest */
  double max = c->axis == STK_TOL_ROTATION ? 45 : 10;

  gtk_spin_button_set_range (row->nominal, -max, max);
  gtk_spin_button_set_range (row->tolerance, 0, max);
  gtk_spin_button_set_range (row->shift, -max, max);
  stk_entry_set_text_if_changed (row->name, c->name ? c->name : "");
  stk_choice_set_selected (row->mate, mate_position (row->self, c));
  stk_choice_set_selected (row->axis, c->axis);
  stk_choice_set_selected (row->distribution, c->distribution);
  gtk_spin_button_set_value (row->nominal, c->nominal);
  gtk_spin_button_set_value (row->tolerance, c->tolerance);
  gtk_spin_button_set_value (row->k, c->k > 0 ? c->k : 3.0);
  gtk_spin_button_set_value (row->shift, c->mean_shift);
  gtk_widget_set_sensitive (GTK_WIDGET (row->k), c->distribution == STK_TOL_NORMAL);
  stk_entry_set_text_if_changed (row->group, c->group ? c->group : "");
}

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
  if (self->rows->len != spec->contributors->len)
    rebuild_rows (self);
  for (guint i = 0; i < self->rows->len; i++)
    sync_row (g_ptr_array_index (self->rows, i), g_ptr_array_index (spec->contributors, i));
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

/* A radial spread moves both axes: the axis and the distribution follow
 * each other, and a correlated group shares its distribution. */
static void
keep_valid (const StkTolSpec      *spec,
            guint                  index,
            StkTolUserContributor *c,
            gboolean               axis_changed)
{
  if (axis_changed && (c->axis == STK_TOL_PLANE) != (c->distribution == STK_TOL_RADIAL))
    c->distribution = c->axis == STK_TOL_PLANE ? STK_TOL_RADIAL : STK_TOL_NORMAL;
  else if ((c->axis == STK_TOL_PLANE) != (c->distribution == STK_TOL_RADIAL))
    c->axis = c->distribution == STK_TOL_RADIAL ? STK_TOL_PLANE : STK_TOL_ACROSS;
  for (guint i = 0; c->group != NULL && *c->group && i < spec->contributors->len; i++)
    {
      const StkTolUserContributor *o = g_ptr_array_index (spec->contributors, i);

      if (i != index && g_strcmp0 (o->group, c->group) == 0 && o->distribution != c->distribution)
        {
          c->distribution = o->distribution;
          c->axis = o->axis == STK_TOL_PLANE || c->axis == STK_TOL_PLANE ? o->axis : c->axis;
          break;
        }
    }
}

static void
on_row_changed_cb (GObject    *widget,
                   GParamSpec *pspec,
                   Row        *row)
{
  StkToleranceInputs *self = row->self;
  const StkTolSpec *spec;
  StkTolUserContributor c;
  guint mate;

  if (self->project == NULL)
    return;
  spec = stk_project_get_tolerance (self->project);
  if (row->index >= spec->contributors->len)
    return;
  stk_tol_user_contributor_copy (&c, g_ptr_array_index (spec->contributors, row->index));
  if (widget == G_OBJECT (row->name))
    {
      g_free (c.name);
      c.name = g_strdup (gtk_editable_get_text (row->name));
    }
  else if (widget == G_OBJECT (row->group))
    {
      g_free (c.group);
      c.group = g_strdup (gtk_editable_get_text (row->group));
    }
  else if (widget == G_OBJECT (row->mate))
    {
      mate = stk_choice_get_selected (row->mate);
      g_free (c.mate);
      c.mate = mate > 0 && mate <= self->mate_ids->len ? g_strdup (g_ptr_array_index (self->mate_ids, mate - 1)) : NULL;
    }
  else if (widget == G_OBJECT (row->axis))
    c.axis = MIN (stk_choice_get_selected (row->axis), STK_TOL_N_AXES - 1);
  else if (widget == G_OBJECT (row->distribution))
    c.distribution = MIN (stk_choice_get_selected (row->distribution), STK_TOL_N_DISTRIBUTIONS - 1);
  else if (widget == G_OBJECT (row->nominal))
    c.nominal = gtk_spin_button_get_value (row->nominal);
  else if (widget == G_OBJECT (row->tolerance))
    c.tolerance = gtk_spin_button_get_value (row->tolerance);
  else if (widget == G_OBJECT (row->k))
    c.k = gtk_spin_button_get_value (row->k);
  else if (widget == G_OBJECT (row->shift))
    c.mean_shift = gtk_spin_button_get_value (row->shift);
  keep_valid (spec, row->index, &c, widget == G_OBJECT (row->axis));
  /* an empty name would not save: keep the last one until there is text */
  if (c.name == NULL || *c.name == '\0')
    {
      g_free (c.name);
      c.name = g_strdup (((StkTolUserContributor *) g_ptr_array_index (spec->contributors, row->index))->name);
    }
  stk_project_set_tolerance_contributor (self->project, row->index, &c);
  stk_tol_user_contributor_clear (&c);
}

static void
on_spin_row_changed_cb (GtkSpinButton *spin,
                        Row           *row)
{
  on_row_changed_cb (G_OBJECT (spin), NULL, row);
}

static void
on_text_row_changed_cb (GtkEditable *editable,
                        Row         *row)
{
  on_row_changed_cb (G_OBJECT (editable), NULL, row);
}

static void
on_remove_clicked_cb (GtkButton *button,
                      Row       *row)
{
  stk_project_remove_tolerance_contributor (row->self->project, row->index);
}

static void
on_add_clicked_cb (StkToleranceInputs *self)
{
  StkTolUserContributor c;

  if (self->project == NULL)
    return;
  stk_tol_user_contributor_init (&c);
  c.name = g_strdup_printf (_("Contributor %u"), stk_project_get_tolerance (self->project)->contributors->len + 1);
  c.tolerance = 0.05;
  stk_project_add_tolerance_contributor (self->project, &c);
  stk_tol_user_contributor_clear (&c);
}

static void
on_project_changed_cb (StkProject         *project,
                       StkToleranceInputs *self)
{
  StkChangeKind kind = stk_project_get_change (project)->kind;

  /* the mates are the rows' choices */
  if (kind == STK_CHANGE_ALL || kind == STK_CHANGE_MATES)
    rebuild_rows (self);
  if (kind == STK_CHANGE_ALL || kind == STK_CHANGE_BOARDS)
    rebuild_boards (self);
  sync_all (self);
}

/* Building */

static GtkWidget *
head_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
attach_row (StkToleranceInputs *self,
            guint               index)
{
  const char *axes[STK_TOL_N_AXES + 1], *dists[STK_TOL_N_DISTRIBUTIONS + 1];
  g_autoptr(GPtrArray) mates = g_ptr_array_new ();
  Row *row = g_new0 (Row, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget **cells = row->cells;
  int y = (int) index * 5;
  static const char *const heads[] = {
    N_("Connector"), N_("Axis"), N_("Distribution"), N_("Group"),
    N_("Nominal"), N_("± Tolerance"), N_("k (± = k·σ)"), N_("Mean shift"),
  };

  g_ptr_array_add (mates, (gpointer) _("Every connector"));
  for (guint i = 0; i < self->mate_ids->len; i++)
    g_ptr_array_add (mates, g_ptr_array_index (self->mate_ids, i));
  g_ptr_array_add (mates, NULL);
  row->self = self;
  row->index = index;
  row->name = GTK_EDITABLE (gtk_entry_new ());
  row->mate = STK_CHOICE (stk_choice_new ((const char *const *) mates->pdata));
  row->axis = STK_CHOICE (stk_choice_new (translated (axis_items, axes, STK_TOL_N_AXES)));
  row->distribution = STK_CHOICE (stk_choice_new (translated (distribution_items, dists, STK_TOL_N_DISTRIBUTIONS)));
  row->nominal = spin_new (-10, 10, 0.01, 3);
  row->tolerance = spin_new (0, 10, 0.01, 3);
  row->k = spin_new (0.5, 10, 0.5, 1);
  row->shift = spin_new (-10, 10, 0.01, 3);
  row->group = GTK_EDITABLE (gtk_entry_new ());
  gtk_editable_set_width_chars (row->group, 8);
  gtk_widget_set_hexpand (GTK_WIDGET (row->name), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Contributor name"), -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (row->group), _("none"));
  gtk_widget_set_tooltip_text (remove, _("Remove this contributor"));
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove this contributor"), -1);
  cells[0] = GTK_WIDGET (row->name);
  cells[1] = GTK_WIDGET (row->mate);
  cells[2] = GTK_WIDGET (row->axis);
  cells[3] = GTK_WIDGET (row->distribution);
  cells[4] = GTK_WIDGET (row->nominal);
  cells[5] = GTK_WIDGET (row->tolerance);
  cells[6] = GTK_WIDGET (row->k);
  cells[7] = GTK_WIDGET (row->shift);
  cells[8] = GTK_WIDGET (row->group);
  cells[9] = remove;
  /* five lines a contributor, four columns: it fits the sidebar */
  gtk_grid_attach (self->rows_grid, cells[0], 0, y, 3, 1);
  gtk_grid_attach (self->rows_grid, cells[9], 3, y, 1, 1);
  for (guint x = 0; x < 4; x++)
    {
      gtk_grid_attach (self->rows_grid, head_label (_(heads[x])), (int) x, y + 1, 1, 1);
      gtk_grid_attach (self->rows_grid, cells[x < 3 ? x + 1 : 8], (int) x, y + 2, 1, 1);
      gtk_grid_attach (self->rows_grid, head_label (_(heads[x + 4])), (int) x, y + 3, 1, 1);
      gtk_grid_attach (self->rows_grid, cells[x + 4], (int) x, y + 4, 1, 1);
    }
  for (guint x = 4; x < 8; x++)
    gtk_editable_set_width_chars (GTK_EDITABLE (cells[x]), 5);
  for (guint x = 0; x < G_N_ELEMENTS (row->cells); x++)
    {
      static const char *const ids[] = {
        "name", "mate", "axis", "distribution", "nominal", "tolerance", "k", "mean-shift", "group", "remove",
      };
      g_autofree char *id = g_strdup_printf ("contributor-%u-%s", index, ids[x]);

      gtk_widget_set_name (cells[x], id);
    }
  gtk_widget_set_margin_top (cells[0], index > 0 ? 12 : 0);
  g_ptr_array_add (self->rows, row);
  sync_row (row, g_ptr_array_index (stk_project_get_tolerance (self->project)->contributors, index));
  /* connected after the first values: building changes nothing */
  g_signal_connect (row->name, "changed", G_CALLBACK (on_text_row_changed_cb), row);
  g_signal_connect (row->group, "changed", G_CALLBACK (on_text_row_changed_cb), row);
  g_signal_connect (row->mate, "notify::selected", G_CALLBACK (on_row_changed_cb), row);
  g_signal_connect (row->axis, "notify::selected", G_CALLBACK (on_row_changed_cb), row);
  g_signal_connect (row->distribution, "notify::selected", G_CALLBACK (on_row_changed_cb), row);
  for (guint x = 4; x < 8; x++)
    g_signal_connect (cells[x], "value-changed", G_CALLBACK (on_spin_row_changed_cb), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), row);
}

/* A removed field may still commit its text as it loses the focus: its
 * handlers go before its row does. */
static void
clear_rows (StkToleranceInputs *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      for (guint x = 0; x < G_N_ELEMENTS (row->cells); x++)
        g_signal_handlers_disconnect_by_data (row->cells[x], row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
rebuild_rows (StkToleranceInputs *self)
{
  const StkTolSpec *spec = stk_project_get_tolerance (self->project);
  GPtrArray *mates = stk_project_get_mates (self->project);

  clear_rows (self);
  if (self->rows_grid != NULL)
    gtk_box_remove (self->rows_box, GTK_WIDGET (self->rows_grid));
  g_ptr_array_set_size (self->mate_ids, 0);
  for (guint i = 0; i < mates->len; i++)
    g_ptr_array_add (self->mate_ids, g_strdup (((StkMate *) g_ptr_array_index (mates, i))->id));
  self->rows_grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->rows_grid, 6);
  gtk_grid_set_row_spacing (self->rows_grid, 4);
  gtk_grid_set_column_homogeneous (self->rows_grid, TRUE);
  gtk_box_append (self->rows_box, GTK_WIDGET (self->rows_grid));
  if (spec->contributors->len == 0)
    {
      GtkWidget *none = head_label (_("None: add one for anything else that moves the header against the "
                                      "socket, a bracket, a frame, a housing"));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_grid_attach (self->rows_grid, none, 0, 0, 4, 1);
    }
  for (guint i = 0; i < spec->contributors->len; i++)
    attach_row (self, i);
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
      GtkSpinButton *spin = spin_new (0, 45, 0.05, 2);
      GtkWidget *source = head_label ("");

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

/* The settings grid (self->settings); returns the button back to the
 * assumptions, which goes under it. */
static GtkWidget *
build_settings (StkToleranceInputs *self)
{
  static const char *const run_names[N_RUN] = { N_("_Samples per connector"), N_("S_eed"), N_("_Target, ppm outside") };
  static const char *const fig_names[N_FIGS] = {
    N_("Placement _rotation, ± °"), N_("Locating-_pin position, ± mm"), N_("_Hole position, ± mm"),
    N_("Pin _clearance (diametral), mm"),
  };
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *defaults = gtk_button_new_with_mnemonic (_("Use Stackup's _Assumptions"));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  self->run[RUN_SAMPLES] = spin_new (1, 1e9, 100000, 0);
  /* the file's bound: 2⁵³ − 1, every seed a double holds exactly */
  self->run[RUN_SEED] = spin_new (0, 9007199254740991.0, 1, 0);
  self->run[RUN_TARGET] = spin_new (0, 1e6, 10, 1);
  self->figures[FIG_ROTATION] = spin_new (0, 45, 0.05, 2);
  for (guint f = FIG_PIN; f < N_FIGS; f++)
    self->figures[f] = spin_new (0, 10, 0.005, 3);
  static const char *const run_ids[N_RUN] = { "tolerance-samples", "tolerance-seed", "tolerance-target" };
  static const char *const fig_ids[N_FIGS] = {
    "tolerance-rotation", "tolerance-pin-position", "tolerance-hole-position", "tolerance-pin-clearance",
  };

  for (guint i = 0; i < N_RUN; i++)
    {
      GtkWidget *label = gtk_label_new_with_mnemonic (_(run_names[i]));

      gtk_widget_set_name (GTK_WIDGET (self->run[i]), run_ids[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->run[i]));
      gtk_grid_attach (GTK_GRID (grid), label, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->run[i]), 1, (int) i, 1, 1);
      g_signal_connect (self->run[i], "value-changed", G_CALLBACK (on_run_changed_cb), self);
    }
  for (guint f = 0; f < N_FIGS; f++)
    {
      GtkWidget *label = gtk_label_new_with_mnemonic (_(fig_names[f]));

      gtk_widget_set_name (GTK_WIDGET (self->figures[f]), fig_ids[f]);

      self->sources[f] = GTK_LABEL (head_label (""));
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->figures[f]));
      gtk_grid_attach (GTK_GRID (grid), label, 0, (int) (N_RUN + f), 1, 1);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->figures[f]), 1, (int) (N_RUN + f), 1, 1);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->sources[f]), 2, (int) (N_RUN + f), 1, 1);
      g_signal_connect (self->figures[f], "value-changed", G_CALLBACK (on_figure_changed_cb), self);
    }
  g_signal_connect_swapped (defaults, "clicked", G_CALLBACK (on_defaults_clicked_cb), self);
  gtk_widget_set_halign (defaults, GTK_ALIGN_END);
  self->settings = GTK_GRID (grid);
  return defaults;
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
    clear_rows (self);
  for (guint i = 0; i < N_RUN; i++)
    g_signal_handlers_disconnect_by_data (self->run[i], self);
  for (guint f = 0; f < N_FIGS; f++)
    g_signal_handlers_disconnect_by_data (self->figures[f], self);
  for (guint i = 0; self->board_spins != NULL && i < self->board_spins->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->board_spins, i), self);
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
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
stk_tolerance_inputs_init (StkToleranceInputs *self)
{
  GtkWidget *heading = gtk_label_new (_("Contributors of your own"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("A_dd Contributor"));
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *defaults;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->mate_ids = g_ptr_array_new_with_free_func (g_free);
  self->board_spins = g_ptr_array_new ();
  defaults = build_settings (self);
  gtk_widget_set_parent (GTK_WIDGET (self->settings), GTK_WIDGET (self));
  gtk_widget_set_parent (defaults, GTK_WIDGET (self));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (bar), heading);
  gtk_box_append (GTK_BOX (bar), add);
  gtk_widget_set_parent (bar, GTK_WIDGET (self));
  self->rows_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_parent (GTK_WIDGET (self->rows_box), GTK_WIDGET (self));
  gtk_widget_set_name (add, "tolerance-add");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
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
  rebuild_rows (self);
  rebuild_boards (self);
  sync_all (self);
}
