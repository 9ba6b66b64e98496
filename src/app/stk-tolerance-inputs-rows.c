/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-choice.h"
#include "stk-form.h"
#include "stk-tolerance-inputs-private.h"
#include "stk-tolerance-spec.h"

/* The user's contributors on the Tolerance page: five lines a row, each
 * field changing only its own member of the project's contributor. */

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

static const char *const axis_items[] = { N_("Along"), N_("Across"), N_("Rotation"), N_("Plane (both)"), NULL };
static const char *const distribution_items[] = { N_("Normal"), N_("Uniform"), N_("Triangular"), N_("Radial (disc)"), NULL };

G_STATIC_ASSERT (G_N_ELEMENTS (axis_items) == STK_TOL_N_AXES + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (distribution_items) == STK_TOL_N_DISTRIBUTIONS + 1);

/* Helpers */

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

static void
sync_row (Row                         *row,
          const StkTolUserContributor *c)
{
  /* the file's bounds */
  double max = c->axis == STK_TOL_ROTATION ? STK_TOL_ROTATION_MAX_DEG : STK_TOL_TOLERANCE_MAX_MM;

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
      /* what the row shows already: a contributor of a mate since removed
       * shows "every connector" but keeps its mate */
      if (mate == mate_position (self, &c))
        {
          stk_tol_user_contributor_clear (&c);
          return;
        }
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
  /* a name the file could not hold (empty; the entry stops at the longest)
   * would not save: keep the last one until there is text */
  if (!stk_tol_contributor_name_check (c.name, NULL))
    {
      g_free (c.name);
      c.name = g_strdup (((StkTolUserContributor *) g_ptr_array_index (spec->contributors, row->index))->name);
    }
  stk_project_set_tolerance_contributor (self->project, row->index, &c, NULL);
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

void
_stk_tolerance_inputs_add_contributor (StkToleranceInputs *self)
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

/* Building */

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
  gtk_entry_set_max_length (GTK_ENTRY (row->name), STK_TOL_NAME_MAX);
  row->mate = STK_CHOICE (stk_choice_new ((const char *const *) mates->pdata));
  row->axis = STK_CHOICE (stk_choice_new (translated (axis_items, axes, STK_TOL_N_AXES)));
  row->distribution = STK_CHOICE (stk_choice_new (translated (distribution_items, dists, STK_TOL_N_DISTRIBUTIONS)));
  row->nominal = _stk_tolerance_inputs_spin_new (-10, 10, 0.01, 3);
  row->tolerance = _stk_tolerance_inputs_spin_new (0, 10, 0.01, 3);
  row->k = _stk_tolerance_inputs_spin_new (0.5, 10, 0.5, 1);
  row->shift = _stk_tolerance_inputs_spin_new (-10, 10, 0.01, 3);
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
      gtk_grid_attach (self->rows_grid, _stk_tolerance_inputs_head_label (_(heads[x])), (int) x, y + 1, 1, 1);
      gtk_grid_attach (self->rows_grid, cells[x < 3 ? x + 1 : 8], (int) x, y + 2, 1, 1);
      gtk_grid_attach (self->rows_grid, _stk_tolerance_inputs_head_label (_(heads[x + 4])), (int) x, y + 3, 1, 1);
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
void
_stk_tolerance_inputs_clear_rows (StkToleranceInputs *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      for (guint x = 0; x < G_N_ELEMENTS (row->cells); x++)
        g_signal_handlers_disconnect_by_data (row->cells[x], row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

void
_stk_tolerance_inputs_rebuild_rows (StkToleranceInputs *self)
{
  const StkTolSpec *spec = stk_project_get_tolerance (self->project);
  GPtrArray *mates = stk_project_get_mates (self->project);

  _stk_tolerance_inputs_clear_rows (self);
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
      GtkWidget *none = _stk_tolerance_inputs_head_label (_("None: add one for anything else that moves the header against the "
                                      "socket, a bracket, a frame, a housing"));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_grid_attach (self->rows_grid, none, 0, 0, 4, 1);
    }
  for (guint i = 0; i < spec->contributors->len; i++)
    attach_row (self, i);
}

void
_stk_tolerance_inputs_sync_rows (StkToleranceInputs *self)
{
  const StkTolSpec *spec = stk_project_get_tolerance (self->project);

  if (self->rows->len != spec->contributors->len)
    _stk_tolerance_inputs_rebuild_rows (self);
  for (guint i = 0; i < self->rows->len; i++)
    sync_row (g_ptr_array_index (self->rows, i), g_ptr_array_index (spec->contributors, i));
}
