/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-checks-panel"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-check.h"
#include "stk-check-cache.h"
#include "stk-check-list.h"
#include "stk-check-row.h"
#include "stk-check-text.h"
#include "stk-record-item.h"
#include "stk-checks-panel.h"
#include "stk-i18n.h"
#include "stk-tolerance.h"
#include "stk-verdict.h"

struct _StkChecksPanel
{
  GtkWidget           parent_instance;

  /* Template children */
  GtkBox             *summary_area;
  GtkBox             *summary_box;
  GtkImage           *summary_icon;
  GtkLabel           *summary_label;
  GtkLabel           *tolerance_label;
  GtkPaned           *detail_paned;
  GtkScrolledWindow  *header_scroller;
  GtkListBox         *header;
  GtkScrolledWindow  *scroller;
  GtkLabel           *detail;

  GtkListView        *list;
  /* The rows: filtered, sorted, selected (its "show" and "order" are the
   * choices above the list). */
  StkCheckList       *rows;
  GtkSingleSelection *selection;  /* the rows' */
  /* The project changed while the panel was not on screen. */
  gboolean            stale;
  StkProject         *project;
  StkCatalog         *catalog;
  StkUnits            units;
  gboolean            has_choices;
  char               *highlight;
  StkStatus           highlight_status;
  char               *summary;  /* the verdict, and the tolerance line under it */
};

G_DEFINE_FINAL_TYPE (StkChecksPanel, stk_checks_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIGHLIGHT,
  PROP_HIGHLIGHT_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* About what the list shows at the default window size. */
#define FIRST_ROWS 8

static void
build_header (StkChecksPanel *self)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), stk_check_row_new_titles ());
  gtk_list_box_append (self->header, row);
  /* The titles scroll sideways with the rows. */
  gtk_scrolled_window_set_hadjustment (self->header_scroller, gtk_scrolled_window_get_hadjustment (self->scroller));
}

/* The list builds a row only for what is in view (and a few around it), and
 * rebinds it as it scrolls: a 400-connector project costs a screenful of
 * rows, not two thousand. */
static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 StkChecksPanel           *self)
{
  gtk_list_item_set_child (list_item, stk_check_row_new ());
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                StkChecksPanel           *self)
{
  stk_check_row_show (STK_TABLE_ROW (gtk_list_item_get_child (list_item)),
                      stk_record_item_get (gtk_list_item_get_item (list_item)), self->units);
}

static void
show_detail (StkChecksPanel       *self,
             const StkCheckResult *r)
{
  g_autofree char *markup = NULL;

  if (r == NULL)
    {
      markup = g_markup_printf_escaped ("<span alpha=\"60%%\">%s</span>",
                                        _("Select a check to see it in full and to highlight what it is "
                                          "about in the drawing."));
      gtk_label_set_markup (self->detail, markup);
      return;
    }
  markup = stk_check_explain_markup (r, self->units);
  gtk_label_set_markup (self->detail, markup);
}

/* The tolerance analysis's verdict under the checks': the Tolerance
 * page's run when it is of the project as it stands (the same figures as
 * the note and stackup-cli check), else where to run it. Returns the
 * status the analysis gives, or PASS when it has not run. */
static StkStatus
append_tolerance (StkChecksPanel *self,
                  GString        *text)
{
  g_autoptr(GPtrArray) results = stk_tol_results_recall (self->project, self->catalog);
  g_autofree char *verdict = NULL;
  StkStatus worst = STK_STATUS_PASS;

  if (stk_project_get_mates (self->project)->len == 0)
    return worst;
  if (results == NULL)
    {
      g_string_append (text, _("Tolerance analysis: not run on the project as it stands; "
                               "the Tolerance page runs it."));
      return worst;
    }
  for (guint i = 0; i < results->len; i++)
    {
      StkStatus st = ((const StkTolResult *) g_ptr_array_index (results, i))->status;

      if (st != STK_STATUS_INFO && st > worst)
        worst = st;
    }
  verdict = stk_tol_describe_verdict (results);
  /* Translators: the tolerance analysis's verdict, then where its figures are */
  g_string_append_printf (text, _("%s. The Tolerance page gives the figures."), verdict);
  return worst;
}

static void
update_summary (StkChecksPanel *self,
                GPtrArray      *results)
{
  /* The same verdict and words as stackup-cli check and the design note. */
  static const StkStatus shown_as[] = {
    [STK_VERDICT_PASS] = STK_STATUS_PASS,
    [STK_VERDICT_PASS_WITH_WARNINGS] = STK_STATUS_WARNING,
    [STK_VERDICT_FAIL] = STK_STATUS_FAIL,
  };
  StkVerdictCounts counts;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *verdict = NULL;
  StkStatus shown, tolerance;

  stk_verdict_count (results, &counts);
  verdict = stk_verdict_describe (&counts);
  tolerance = append_tolerance (self, text);
  /* the icon and colour of the worse of the two: a passing check does not
   * hide the analysis's warning */
  shown = MAX (shown_as[counts.verdict], tolerance);
  gtk_label_set_text (self->summary_label, verdict);
  gtk_label_set_text (self->tolerance_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->tolerance_label), text->len > 0);
  g_free (self->summary);
  self->summary = text->len > 0 ? g_strconcat (verdict, "\n", text->str, NULL) : g_strdup (verdict);
  gtk_image_set_from_icon_name (self->summary_icon, stk_check_status_icon (shown));
  stk_check_set_status_class (GTK_WIDGET (self->summary_label), shown);
  stk_check_set_status_class (GTK_WIDGET (self->summary_icon), shown);
}

static void
set_highlight (StkChecksPanel *self,
               const char     *subject,
               StkStatus       status)
{
  /* The colour first, so the canvas never paints the new subject in the
   * old result's colour. */
  if (self->highlight_status != status)
    {
      self->highlight_status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_STATUS]);
    }
  if (g_strcmp0 (self->highlight, subject) == 0)
    return;
  g_free (self->highlight);
  self->highlight = g_strdup (subject);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

/* The highlight and the explanation are the selected result's, whatever
 * changed it: a click, the filter, an edit that removed or changed it. */
static void
follow_selection (StkChecksPanel *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  const StkCheckResult *r = item ? stk_record_item_get (item) : NULL;

  set_highlight (self, r ? r->subject : NULL, r ? r->status : STK_STATUS_FAIL);
  show_detail (self, r);
}

/* all: every row shown again (the units changed how rows write the same
 * records). */
static void
rerun_rows (StkChecksPanel *self,
            gboolean        all)
{
  g_autoptr(GPtrArray) results = NULL;

  if (self->project == NULL)
    return;
  /* Nobody sees a panel that is not mapped; map runs the checks. Until
   * then the canvas shows nothing as highlighted that may no longer be. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      set_highlight (self, NULL, STK_STATUS_FAIL);
      /* No row kept: map shows every one anew. */
      if (all)
        stk_check_list_clear (self->rows);
      return;
    }
  self->stale = FALSE;
  /* Shared with the canvas, which marks what fails: one run per edit. */
  results = stk_checks_run_cached (self->project, self->catalog, self->units);
  stk_check_list_update (self->rows, results, all);
  follow_selection (self);
  update_summary (self, results);
}

static void
rerun (StkChecksPanel *self)
{
  rerun_rows (self, FALSE);
}

static void
on_selected_cb (StkChecksPanel *self)
{
  follow_selection (self);
}

/* "Show" and "Sort" with their choices, bound to the properties. */
static void
add_choice (StkChecksPanel     *self,
            const char         *mnemonic,
            const char         *name,
            const char *const  *items,
            const char         *property)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *choice = gtk_drop_down_new_from_strings (items);

  gtk_widget_set_name (choice, name);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), choice);
  gtk_box_append (self->summary_box, label);
  gtk_box_append (self->summary_box, choice);
  g_object_bind_property (self->rows, property, choice, "selected", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

/* After the first frame: start-up can do without two drop-downs (their
 * popovers and lists), and the filter and order apply from the start. */
static void
add_choices (StkChecksPanel *self)
{
  const char *shows[] = {
    /* Translators: choices of which check results the list shows */
    _("All"), _("Failed"), _("Failed and warnings"), NULL
  };
  const char *orders[] = {
    /* Translators: choices of the order of the check results; "Tightest margin" puts the results
     * closest to (or furthest past) their limit first */
    _("Worst first"), _("Check"), _("Subject"), _("Tightest margin"), NULL
  };

  if (self->rows == NULL || self->has_choices)  /* disposed, or done */
    return;
  /* Translators: before the choice of which check results the list shows */
  add_choice (self, _("_Show"), "checks-filter", shows, "show");
  /* Translators: before the choice of the order of the check results */
  add_choice (self, _("S_ort"), "checks-sort", orders, "order");
  self->has_choices = TRUE;
}

static void
show_all_rows (StkChecksPanel *self)
{
  if (self->rows != NULL)
    stk_check_list_show_all_rows (self->rows);
  add_choices (self);
}

static void
stk_checks_panel_map (GtkWidget *widget)
{
  StkChecksPanel *self = STK_CHECKS_PANEL (widget);

  GTK_WIDGET_CLASS (stk_checks_panel_parent_class)->map (widget);
  if (self->stale)
    rerun (self);
  if (!stk_check_list_shows_all_rows (self->rows))
    stk_widget_after_next_frame (widget, (StkWidgetFunc) show_all_rows);
}

static void
stk_checks_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StkChecksPanel *self = STK_CHECKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHT:
      g_value_set_string (value, self->highlight);
      break;
    case PROP_HIGHLIGHT_STATUS:
      g_value_set_int (value, self->highlight_status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_checks_panel_dispose (GObject *object)
{
  StkChecksPanel *self = STK_CHECKS_PANEL (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_CHECKS_PANEL);
  self->selection = NULL;  /* the rows' */
  g_clear_object (&self->rows);
  g_clear_object (&self->project);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->highlight, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (stk_checks_panel_parent_class)->dispose (object);
}

static void
stk_checks_panel_class_init (StkChecksPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_checks_panel_dispose;
  object_class->get_property = stk_checks_panel_get_property;
  widget_class->map = stk_checks_panel_map;

  properties[PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A StkStatus: the selected result's, the colour of the highlight. */
  properties[PROP_HIGHLIGHT_STATUS] =
    g_param_spec_int ("highlight-status", NULL, NULL, STK_STATUS_PASS, STK_STATUS_FAIL, STK_STATUS_FAIL,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-checks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_area);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_box);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, tolerance_label);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, detail_paned);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, header);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, detail);
}

static void
stk_checks_panel_init (StkChecksPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->rows = stk_check_list_new (FIRST_ROWS);
  self->selection = stk_check_list_get_selection (self->rows);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_widget_set_name (GTK_WIDGET (self->list), "checks-view");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "stk-checks-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Check results"), -1);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->list));
  build_header (self);

  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected_cb), self);
  show_detail (self, NULL);
}

GtkWidget *
stk_checks_panel_new (void)
{
  return g_object_new (STK_TYPE_CHECKS_PANEL, NULL);
}

void
stk_checks_panel_set_project (StkChecksPanel *self,
                              StkProject     *project,
                              StkCatalog     *catalog)
{
  g_return_if_fail (STK_IS_CHECKS_PANEL (self));

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  g_set_object (&self->catalog, catalog);
  if (project != NULL)
    g_signal_connect_swapped (project, "changed", G_CALLBACK (rerun), self);
  rerun (self);
}

void
stk_checks_panel_set_units (StkChecksPanel *self,
                            StkUnits        units)
{
  g_return_if_fail (STK_IS_CHECKS_PANEL (self));

  if (self->units == units)
    return;
  self->units = units;
  rerun_rows (self, TRUE);
}

void
stk_checks_panel_bind_settings (StkChecksPanel *self,
                                GSettings      *settings)
{
  g_return_if_fail (STK_IS_CHECKS_PANEL (self));

  g_settings_bind (settings, "checks-list-height", self->detail_paned, "position", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "checks-show", self->rows, "show", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "checks-order", self->rows, "order", G_SETTINGS_BIND_DEFAULT);
}

GListModel *
stk_checks_panel_get_model (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
stk_checks_panel_refresh_summary (StkChecksPanel *self)
{
  g_autoptr(GPtrArray) results = NULL;

  g_return_if_fail (STK_IS_CHECKS_PANEL (self));

  if (self->project == NULL)
    return;
  /* a panel not on screen shows its summary anew when mapped */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  results = stk_checks_run_cached (self->project, self->catalog, self->units);
  update_summary (self, results);
}

const char *
stk_checks_panel_get_summary (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return self->summary != NULL ? self->summary : "";
}

const char *
stk_checks_panel_get_highlight (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return self->highlight;
}

const char *
stk_checks_panel_get_detail (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return gtk_label_get_text (self->detail);
}

void
stk_checks_panel_select (StkChecksPanel *self,
                         guint           position)
{
  g_return_if_fail (STK_IS_CHECKS_PANEL (self));

  show_all_rows (self);
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}
