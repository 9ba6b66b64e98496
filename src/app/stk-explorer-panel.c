/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-explorer-panel"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-drawing.h"
#include "stk-explorer-panel.h"
#include "stk-record-item.h"

struct _StkExplorerPanel
{
  GtkWidget               parent_instance;

  /* Template children */
  GtkLabel               *mate_label;
  GtkBox                 *form_box;
  GtkLabel               *summary_label;
  GtkCheckButton         *passing_only;
  GtkColumnView          *options_view;
  GtkButton              *apply_button;

  StkForm                *form;
  StkNumberField         *signal_pins;
  GtkLabel               *power_label;
  GtkSwitch              *return_elsewhere;
  GtkSwitch              *reversal_safe;
  StkChoice              *kind;
  StkNumberField         *lower_top;
  StkNumberField         *upper_bottom;
  StkNumberField         *max_length;
  StkNumberField         *max_width;
  StkNumberField         *cycles;

  GListStore             *store;
  GtkSingleSelection     *selection;
  StkProject             *project;
  StkCatalog             *catalog;
  char                   *mate_id;
  StkExplorerConstraints *constraints;
  StkUnits                units;
  /* The user changed a value: the bound mate's own edits (Apply among them)
   * no longer overwrite the form; choosing another mate does. */
  gboolean                edited;
  /* The project or units changed while the panel was hidden: it catches up
   * when shown (or asked), not on every edit. */
  gboolean                stale;
};

G_DEFINE_FINAL_TYPE (StkExplorerPanel, stk_explorer_panel, GTK_TYPE_WIDGET)

typedef enum {
  COL_VERDICT,
  COL_SERIES,
  COL_HEIGHT,
  COL_PINS,
  COL_FOOTPRINT,
  COL_PATTERN,
  COL_PACKAGING,
  COL_PARTS,
  COL_EXCLUDED,
} Column;

static const char *const column_titles[] = {
  /* Translators: column headings of the options list */
  [COL_VERDICT]   = N_("Fits"),
  [COL_SERIES]    = N_("Series"),
  [COL_HEIGHT]    = N_("Height"),
  [COL_PINS]      = N_("Pins"),
  [COL_FOOTPRINT] = N_("Body"),
  [COL_PATTERN]   = N_("Pattern"),
  [COL_PACKAGING] = N_("Packaging"),
  [COL_PARTS]     = N_("Socket / header"),
  [COL_EXCLUDED]  = N_("Excluded by"),
};

static const StkExplorerOption *
option_of (gpointer item)
{
  return stk_record_item_get (item);
}

static char *
format_length (StkExplorerPanel *self,
               double            mm,
               const StkSource  *source)
{
  g_autofree char *len = stk_format_length (mm, self->units);

  /* Estimates carry the same mark as on the drawing. */
  if (source != NULL && source->kind != STK_PROV_DATASHEET && source->kind != STK_PROV_DERIVED)
    return g_strdup_printf ("≈%s", len);
  return g_steal_pointer (&len);
}

static char *
format_size (StkExplorerPanel *self,
             double            length_mm,
             const StkSource  *length_source,
             double            width_mm,
             const StkSource  *width_source)
{
  g_autofree char *l = format_length (self, length_mm, length_source);
  g_autofree char *w = format_length (self, width_mm, width_source);

  return g_strdup_printf ("%s × %s", l, w);
}

static char *
cell_text (StkExplorerPanel        *self,
           Column                   column,
           const StkExplorerOption *o)
{
  const StkProduct *p = o->product;

  switch (column)
    {
    case COL_VERDICT:
      return g_strdup (o->verdict == STK_STATUS_PASS ? _("Fits")
                       : o->verdict == STK_STATUS_WARNING ? _("Fits, with a warning") : _("Excluded"));
    case COL_SERIES:
      return g_strdup (p->series->id);
    case COL_HEIGHT:
      return stk_format_length (p->mated_height, self->units);
    case COL_PINS:
      return g_strdup_printf ("%u", p->pins);
    case COL_PACKAGING:
      return g_strdup (p->packaging->label);
    case COL_PARTS:
      return g_strdup_printf ("%s / %s", p->socket, p->header);
    case COL_FOOTPRINT:
      return format_size (self, o->body_length_mm, o->body_length_source, o->body_width_mm, o->body_width_source);
    case COL_PATTERN:
      if (o->pattern_length_source == NULL)
        return g_strdup (_("not published"));
      return format_size (self, o->pattern_length_mm, o->pattern_length_source, o->pattern_width_mm,
                          o->pattern_width_source);
    case COL_EXCLUDED:
      return stk_explorer_option_excluded_by (o);
    default:
      g_assert_not_reached ();
    }
}

static char *
reasons_text (const StkExplorerOption *o)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < o->reasons->len; i++)
    {
      const StkExplorerReason *r = g_ptr_array_index (o->reasons, i);
      g_string_append_printf (s, "%s%s", s->len ? "\n" : "", r->message);
    }
  return s->len ? g_string_free (g_steal_pointer (&s), FALSE) : NULL;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             StkExplorerPanel         *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *child = column == COL_VERDICT ? gtk_image_new () : gtk_label_new (NULL);

  if (column != COL_VERDICT)
    {
      gtk_label_set_xalign (GTK_LABEL (child), column == COL_PINS || column == COL_HEIGHT ? 1 : 0);
      /* A column narrower than its text shows "…"; the tooltip has it whole. */
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      if (column == COL_PINS || column == COL_HEIGHT)
        gtk_widget_add_css_class (child, "numeric");
    }
  gtk_list_item_set_child (item, child);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            StkExplorerPanel         *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  const StkExplorerOption *o = option_of (gtk_list_item_get_item (item));
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (self, column, o);
  g_autofree char *why = reasons_text (o);

  if (column == COL_VERDICT)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (child), o->verdict == STK_STATUS_PASS ? "emblem-ok-symbolic"
                                    : o->verdict == STK_STATUS_WARNING ? "dialog-warning-symbolic"
                                    : "dialog-error-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
  else
    gtk_label_set_text (GTK_LABEL (child), text);
  stk_widget_set_cell_tooltip (child, why ? why : text);
  if (o->verdict != STK_STATUS_FAIL)
    gtk_widget_remove_css_class (child, "dim-label");
  else
    gtk_widget_add_css_class (child, "dim-label");
}

static void
add_columns (StkExplorerPanel *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_titles); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
      column = gtk_column_view_column_new (_(column_titles[i]), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->options_view, column);
    }
}

static StkMate *
bound_mate (StkExplorerPanel *self)
{
  return self->project ? stk_project_find_mate (self->project, self->mate_id) : NULL;
}

/* What the bound mate and its boards ask of a connector pair. */
static void
prefill (StkExplorerPanel *self)
{
  StkExplorerConstraints *c = self->constraints;
  StkRequirements *req = stk_project_get_requirements (self->project);
  StkMate *mate = bound_mate (self);
  StkBoard *a = mate ? stk_project_find_board (self->project, mate->socket_board) : NULL;
  StkBoard *b = mate ? stk_project_find_board (self->project, mate->header_board) : NULL;
  g_autoptr(GString) power = g_string_new (NULL);
  guint power_pins = 0;

  /* The options are checked under the project's own requirements. */
  c->requirements = *req;
  c->current_derating = req->current_derating;
  c->clearance_margin_mm = req->clearance_margin_mm;
  stk_form_set_row_visible (self->form, GTK_WIDGET (self->power_label), mate != NULL);
  if (self->edited)
    return;
  g_ptr_array_set_size (c->power_nets, 0);
  g_clear_pointer (&c->return_net, g_free);
  c->mating_cycles = stk_requirements_total_cycles (req);
  g_clear_pointer (&c->packaging, g_free);
  if (mate == NULL)
    return;
  c->packaging = g_strdup (mate->packaging);
  /* Supplies with their currents; the first ground net returns their sum
   * (the explorer counts it), unless the user says it returns elsewhere. */
  for (guint i = 0; i < mate->nets->len; i++)
    {
      const StkNet *net = g_ptr_array_index (mate->nets, i);

      if (net->kind == STK_NET_GROUND)
        {
          power_pins += stk_mate_count_net_pins (mate, net->name);
          if (c->return_net == NULL)
            c->return_net = g_strdup (net->name);
          continue;
        }
      if (net->kind != STK_NET_SUPPLY || net->current_a <= 0)
        continue;
      stk_explorer_constraints_add_power (c, net->name, net->current_a);
      power_pins += stk_mate_count_net_pins (mate, net->name);
      if (power->len)
        g_string_append (power, _(", "));
      {
        g_autofree char *amps = stk_format_quantity (net->current_a, "A", STK_UNITS_MM, STK_SIGN_NEGATIVE);
        /* Translators: a power net and its current, "VBAT 0.8 A" */
        g_string_append_printf (power, _("%s %s"), net->name, amps);
      }
    }
  /* The pins the mate has now, less those its power nets use, stay signals. */
  c->signal_pins = mate->pins > power_pins ? mate->pins - power_pins : 0;
  c->any_kind = FALSE;
  c->kind = (a && a->kind == STK_BOARD_FPC) || (b && b->kind == STK_BOARD_FPC)
            ? STK_SERIES_BOARD_TO_FPC : STK_SERIES_BOARD_TO_BOARD;
  if (a != NULL && b != NULL)
    {
      /* a carries the socket: it is the lower board when the socket is on its top face. */
      gboolean a_lower = mate->face == STK_FACE_TOP;
      StkBoard *lower = a_lower ? a : b, *upper = a_lower ? b : a;

      c->lower_top_mm = lower->component_top_mm;
      c->upper_bottom_mm = upper->component_bottom_mm;
    }
  if (power->len)
    /* Translators: "VBAT 1.00 A; returned on GND" */
    g_string_append_printf (power, _("; returned on %s"), stk_explorer_constraints_get_return_net (c));
  gtk_label_set_text (self->power_label, power->len ? power->str : _("none"));
}

static void
show_constraints (StkExplorerPanel *self)
{
  StkExplorerConstraints *c = self->constraints;
  StkMate *mate = bound_mate (self);
  g_autofree char *what = NULL;

  /* Each control that changes writes back what it was given: no edit. */
  stk_number_field_set_value (self->signal_pins, c->signal_pins);
  gtk_switch_set_active (self->return_elsewhere, c->return_elsewhere);
  gtk_switch_set_active (self->reversal_safe, c->reversal_safe);
  stk_choice_set_selected (self->kind, c->any_kind ? 0 : c->kind == STK_SERIES_BOARD_TO_BOARD ? 1 : 2);
  stk_number_field_set_value (self->lower_top, c->lower_top_mm);
  stk_number_field_set_value (self->upper_bottom, c->upper_bottom_mm);
  stk_number_field_set_value (self->max_length, c->max_length_mm);
  stk_number_field_set_value (self->max_width, c->max_width_mm);
  stk_number_field_set_value (self->cycles, c->mating_cycles);

  what = mate ? g_strdup_printf (_("What %s needs, from its pin assignment, its boards and the requirements. "
                                   "Change any value to see other options."),
                                 stk_mate_get_label (mate))
              : g_strdup (_("Select a connector in the assembly tree to prefill its needs."));
  gtk_label_set_text (self->mate_label, what);
}

static void
run (StkExplorerPanel *self)
{
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean passing_only = gtk_check_button_get_active (self->passing_only);
  StkRecordItem *selected = gtk_single_selection_get_selected_item (self->selection);
  const StkProduct *was_selected = selected ? option_of (selected)->product : NULL;
  guint passing = 0, keep = GTK_INVALID_LIST_POSITION;
  g_autofree char *summary = NULL;

  if (self->catalog == NULL)
    return;
  options = stk_explorer_run (self->catalog, self->constraints);
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);

      passing += o->verdict != STK_STATUS_FAIL;
      if (passing_only && o->verdict == STK_STATUS_FAIL)
        continue;
      /* Catalog products live as long as the catalog: the same pointer is
       * the same option, which stays selected if it is still listed. */
      if (o->product == was_selected)
        keep = items->len;
      g_ptr_array_add (items, stk_record_item_new (options, i));
    }
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, keep);
  if (passing == 0 && passing_only)
    /* An empty list needs a word on what to do. */
    summary = g_strdup_printf (ngettext ("None of the %u catalog option fits: relax a requirement, or untick "
                                         "“Passing only” to see why each fails",
                                         "None of the %u catalog options fits: relax a requirement, or untick "
                                         "“Passing only” to see why each fails", options->len),
                               options->len);
  else
    /* Translators: "12 of 96 catalog options fit" */
    summary = g_strdup_printf (ngettext ("%u of %u catalog option fits", "%u of %u catalog options fit", passing),
                               passing, options->len);
  gtk_label_set_text (self->summary_label, summary);
}

/* What control shows, written into its constraint; FALSE if the
 * constraint had it already (the form showing the constraints). */
static gboolean
read_constraint (StkExplorerPanel *self,
                 gpointer          control)
{
  StkExplorerConstraints *c = self->constraints;
  double *length = control == self->lower_top ? &c->lower_top_mm
                   : control == self->upper_bottom ? &c->upper_bottom_mm
                   : control == self->max_length ? &c->max_length_mm
                   : control == self->max_width ? &c->max_width_mm : NULL;
  guint *count = control == self->signal_pins ? &c->signal_pins
                 : control == self->cycles ? &c->mating_cycles : NULL;
  gboolean *flag = control == self->return_elsewhere ? &c->return_elsewhere
                   : control == self->reversal_safe ? &c->reversal_safe : NULL;

  if (length != NULL)
    {
      double mm = stk_number_field_get_value (control);

      if (mm == *length)
        return FALSE;
      *length = mm;
    }
  else if (count != NULL)
    {
      guint n = (guint) stk_number_field_get_value (control);

      if (n == *count)
        return FALSE;
      *count = n;
    }
  else if (flag != NULL)
    {
      gboolean on = gtk_switch_get_active (control);

      if (on == *flag)
        return FALSE;
      *flag = on;
    }
  else if (control == self->kind)
    {
      guint k = stk_choice_get_selected (self->kind);
      StkSeriesKind kind = k == 2 ? STK_SERIES_BOARD_TO_FPC : STK_SERIES_BOARD_TO_BOARD;

      if (k == GTK_INVALID_LIST_POSITION || ((k == 0) == c->any_kind && (k == 0 || kind == c->kind)))
        return FALSE;
      c->any_kind = k == 0;
      if (k != 0)
        c->kind = kind;
    }
  return TRUE;
}

static void
on_constraint_changed_cb (GtkWidget        *control,
                          GParamSpec       *pspec,
                          StkExplorerPanel *self)
{
  if (self->stale || !read_constraint (self, control))
    return;
  self->edited = TRUE;
  run (self);
}

static void
refresh_now (StkExplorerPanel *self)
{
  self->stale = FALSE;
  if (self->project != NULL)
    prefill (self);
  show_constraints (self);
  run (self);
}

/* The explorer runs the whole catalog and fills a column view of every
 * option: only worth it on the page the user looks at. */
static void
refresh (StkExplorerPanel *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_now (self);
  else
    self->stale = TRUE;
}

static void
ensure_fresh (StkExplorerPanel *self)
{
  if (self->stale)
    refresh_now (self);
}

static void
on_project_changed_cb (StkProject       *project,
                       StkExplorerPanel *self)
{
  refresh (self);
}

static void
update_apply (StkExplorerPanel *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button),
                            bound_mate (self) != NULL &&
                            gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
build_form (StkExplorerPanel *self)
{
  StkForm *f = self->form = stk_form_new ();
  StkNumberField **lengths[] = { &self->lower_top, &self->upper_bottom, &self->max_length, &self->max_width };
  /* Translators: the kinds of connector the options list can be limited to */
  const char *kinds[] = { _("Any"), _("Board to board"), _("Board to FPC"), NULL };

  self->signal_pins = stk_form_add_number (f, "explorer-signal-pins", _("_Signal pins"), 0, 100, 1, 0, NULL);
  self->power_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->power_label, 0);
  gtk_label_set_wrap (self->power_label, TRUE);
  stk_form_add_row (f, _("Power nets"), GTK_WIDGET (self->power_label), NULL);
  self->return_elsewhere = stk_form_add_switch (f, "explorer-return-elsewhere", _("_Return goes elsewhere"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->return_elsewhere),
                               _("The supplies' current comes back through another path (another connector, "
                                 "the chassis), so no pins are counted for the ground return"));
  self->reversal_safe = stk_form_add_switch (f, "explorer-reversal-safe", _("Re_versal-safe pinout"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reversal_safe),
                               _("Count the pins a layout needs that is safe when the connector is mated the "
                                 "wrong way round: each supply on pairs of pins that face each other turned "
                                 "by 180°"));
  self->kind = stk_form_add_choice (f, "explorer-kind", _("_Joins"), kinds);
  self->lower_top = stk_form_add_length (f, "explorer-lower-top", _("Tallest part _below"), 0, 10, 0.05);
  self->upper_bottom = stk_form_add_length (f, "explorer-upper-bottom", _("Tallest part _above"), 0, 10, 0.05);
  self->max_length = stk_form_add_length (f, "explorer-max-length", _("Max _length (0: any)"), 0, 50, 0.5);
  self->max_width = stk_form_add_length (f, "explorer-max-width", _("Max _width (0: any)"), 0, 20, 0.1);
  self->cycles = stk_form_add_number (f, "explorer-cycles", _("Mating _cycles"), 0, 1000, 1, 0, NULL);

  g_signal_connect (self->signal_pins, "notify::value", G_CALLBACK (on_constraint_changed_cb), self);
  g_signal_connect (self->cycles, "notify::value", G_CALLBACK (on_constraint_changed_cb), self);
  g_signal_connect (self->return_elsewhere, "notify::active", G_CALLBACK (on_constraint_changed_cb), self);
  g_signal_connect (self->reversal_safe, "notify::active", G_CALLBACK (on_constraint_changed_cb), self);
  g_signal_connect (self->kind, "notify::selected", G_CALLBACK (on_constraint_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    g_signal_connect (*lengths[i], "notify::value", G_CALLBACK (on_constraint_changed_cb), self);
  gtk_box_append (self->form_box, GTK_WIDGET (f));
}

static void
stk_explorer_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (stk_explorer_panel_parent_class)->map (widget);
  ensure_fresh (STK_EXPLORER_PANEL (widget));
}

static void
stk_explorer_panel_dispose (GObject *object)
{
  StkExplorerPanel *self = STK_EXPLORER_PANEL (object);
  GtkWidget *child;

  stk_follow_project (&self->project, NULL, NULL, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_EXPLORER_PANEL);
  /* The template's unnamed rows too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->mate_id, g_free);
  g_clear_pointer (&self->constraints, stk_explorer_constraints_free);

  G_OBJECT_CLASS (stk_explorer_panel_parent_class)->dispose (object);
}

static void
stk_explorer_panel_class_init (StkExplorerPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_explorer_panel_dispose;
  widget_class->map = stk_explorer_panel_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-explorer-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, StkExplorerPanel, mate_label);
  gtk_widget_class_bind_template_child (widget_class, StkExplorerPanel, form_box);
  gtk_widget_class_bind_template_child (widget_class, StkExplorerPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StkExplorerPanel, passing_only);
  gtk_widget_class_bind_template_child (widget_class, StkExplorerPanel, options_view);
  gtk_widget_class_bind_template_child (widget_class, StkExplorerPanel, apply_button);
}

static void
stk_explorer_panel_init (StkExplorerPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->constraints = stk_explorer_constraints_new ();
  self->store = g_list_store_new (STK_TYPE_RECORD_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->store)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->options_view, GTK_SELECTION_MODEL (self->selection));
  add_columns (self);
  build_form (self);

  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (update_apply), self);
  g_signal_connect_swapped (self->passing_only, "toggled", G_CALLBACK (run), self);
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (stk_explorer_panel_apply), self);
  update_apply (self);
}

GtkWidget *
stk_explorer_panel_new (void)
{
  return g_object_new (STK_TYPE_EXPLORER_PANEL, NULL);
}

void
stk_explorer_panel_bind (StkExplorerPanel *self,
                         StkProject       *project,
                         StkCatalog       *catalog,
                         const char       *mate_id)
{
  g_return_if_fail (STK_IS_EXPLORER_PANEL (self));

  if (stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self))
    self->edited = FALSE;
  g_set_object (&self->catalog, catalog);
  if (g_strcmp0 (self->mate_id, mate_id) != 0)
    self->edited = FALSE;
  g_free (self->mate_id);
  self->mate_id = g_strdup (mate_id);
  if (project != NULL)
    refresh (self);
  update_apply (self);
}

void
stk_explorer_panel_set_units (StkExplorerPanel *self,
                              StkUnits          units)
{
  StkNumberField *lengths[] = { self->lower_top, self->upper_bottom, self->max_length, self->max_width };

  g_return_if_fail (STK_IS_EXPLORER_PANEL (self));

  self->units = units;
  self->constraints->units = units;
  /* The lengths stay: no edit. */
  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    stk_number_field_set_units (lengths[i], units);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else
    {
      show_constraints (self);
      run (self);
    }
}

GListModel *
stk_explorer_panel_get_model (StkExplorerPanel *self)
{
  g_return_val_if_fail (STK_IS_EXPLORER_PANEL (self), NULL);
  ensure_fresh (self);
  return G_LIST_MODEL (self->store);
}

const StkExplorerConstraints *
stk_explorer_panel_get_constraints (StkExplorerPanel *self)
{
  g_return_val_if_fail (STK_IS_EXPLORER_PANEL (self), NULL);
  ensure_fresh (self);
  return self->constraints;
}

void
stk_explorer_panel_select (StkExplorerPanel *self,
                           guint             position)
{
  g_return_if_fail (STK_IS_EXPLORER_PANEL (self));
  ensure_fresh (self);
  gtk_single_selection_set_selected (self->selection, position);
}

gboolean
stk_explorer_panel_apply (StkExplorerPanel *self)
{
  StkRecordItem *item;
  StkMate *mate;
  g_autoptr(StkMate) edited = NULL;

  g_return_val_if_fail (STK_IS_EXPLORER_PANEL (self), FALSE);

  item = gtk_single_selection_get_selected_item (self->selection);
  mate = bound_mate (self);
  if (item == NULL || mate == NULL)
    return FALSE;
  /* Through the project, so one ::changed (one undo step) says what. */
  edited = stk_mate_copy (mate);
  stk_explorer_set_mate_product (edited, option_of (item)->product);
  stk_project_update_mate (self->project, mate->id, edited);
  return TRUE;
}
