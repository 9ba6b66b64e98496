/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-checks-panel"

#include "stk-config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "stk-check.h"
#include "stk-record-item.h"
#include "stk-checks-panel.h"

struct _StkChecksPanel
{
  GtkWidget           parent_instance;

  /* Template children */
  GtkBox             *summary_box;
  GtkImage           *summary_icon;
  GtkLabel           *summary_label;
  GtkScrolledWindow  *scroller;
  GtkColumnView      *column_view;

  GListStore         *store;
  /* Until the first frame is painted the view shows only the rows that fit
   * on screen; GTK 4.8's column view builds a row for every item it is
   * given, and building the rest can wait a frame. */
  GtkSliceListModel  *first_rows;
  GtkSingleSelection *selection;
  /* The project changed while the panel was not on screen. */
  gboolean            stale;
  StkProject         *project;
  StkCatalog         *catalog;
  StkUnits            units;
  char               *highlight;
  gboolean            refilling;
};

G_DEFINE_FINAL_TYPE (StkChecksPanel, stk_checks_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* About what the panel shows at the default window size. */
#define FIRST_ROWS 8

typedef enum {
  COL_STATUS,
  COL_CHECK,
  COL_SUBJECT,
  COL_VALUE,
  COL_LIMIT,
  COL_MARGIN,
  COL_SOURCE,
  COL_MESSAGE,
} Column;

static const struct {
  const char *title;
  gboolean    numeric;
  gboolean    expand;
} columns[] = {
  [COL_STATUS]  = { N_("Status"), FALSE, FALSE },
  [COL_CHECK]   = { N_("Check"), FALSE, FALSE },
  [COL_SUBJECT] = { N_("About"), FALSE, FALSE },
  [COL_VALUE]   = { N_("Value"), TRUE, FALSE },
  [COL_LIMIT]   = { N_("Limit"), TRUE, FALSE },
  [COL_MARGIN]  = { N_("Margin"), TRUE, FALSE },
  [COL_SOURCE]  = { N_("Limit from"), FALSE, TRUE },
  [COL_MESSAGE] = { N_("Finding"), FALSE, TRUE },
};

static const char *const status_icons[] = {
  [STK_STATUS_PASS]    = "emblem-ok-symbolic",
  [STK_STATUS_INFO]    = "dialog-information-symbolic",
  [STK_STATUS_WARNING] = "dialog-warning-symbolic",
  [STK_STATUS_FAIL]    = "dialog-error-symbolic",
};

static const char *const status_classes[] = {
  [STK_STATUS_PASS]    = "success",
  [STK_STATUS_INFO]    = NULL,
  [STK_STATUS_WARNING] = "warning",
  [STK_STATUS_FAIL]    = "error",
};

static const StkCheckResult *
result_of (gpointer item)
{
  return stk_record_item_get (item);
}

static const char *
check_title (const char *check_id)
{
  guint n;
  const StkCheckDescriptor *table = stk_checks_get_table (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (table[i].id, check_id))
      return _(table[i].title);
  return check_id;
}

/* Up to three decimals, no trailing zeros: "0.05", "1.2", "260". */
static char *
format_number (double value)
{
  char *s = g_strdup_printf ("%.3f", value);
  char *end = s + strlen (s) - 1;
  const char *point = localeconv ()->decimal_point;

  while (end > s && *end == '0')
    *end-- = '\0';
  if (end >= s && strncmp (end, point, 1) == 0)
    *end = '\0';
  return s;
}

static char *
format_quantity (StkChecksPanel *self,
                 double          value,
                 const char     *unit,
                 gboolean        signed_margin)
{
  g_autofree char *number = NULL;

  if (g_strcmp0 (unit, "mm") == 0)
    {
      g_autofree char *len = stk_units_format_length (fabs (value), self->units);
      return g_strdup_printf ("%s%s", value < 0 ? "−" : signed_margin ? "+" : "", len);
    }
  number = format_number (fabs (value));
  return g_strdup_printf ("%s%s%s%s", value < 0 ? "−" : signed_margin ? "+" : "", number,
                          unit && *unit && !g_str_equal (unit, "%") ? " " : "", unit ? unit : "");
}

static char *
cell_text (StkChecksPanel       *self,
           Column                column,
           const StkCheckResult *r)
{
  switch (column)
    {
    case COL_STATUS:
      return g_strdup (stk_status_label (r->status));
    case COL_CHECK:
      return g_strdup (check_title (r->check_id));
    case COL_SUBJECT:
      return g_strdup (r->subject_label);
    case COL_VALUE:
      return r->has_value ? format_quantity (self, r->value, r->unit, FALSE) : g_strdup ("—");
    case COL_LIMIT:
      return r->has_value ? format_quantity (self, r->limit, r->unit, FALSE) : g_strdup ("—");
    case COL_MARGIN:
      return r->has_value ? format_quantity (self, r->margin, r->unit, TRUE) : g_strdup ("—");
    case COL_SOURCE:
      {
        g_autofree char *src = stk_source_describe (r->limit_source);
        /* Translators: a check limit the user typed in place of the catalog estimate */
        return r->user_override ? g_strdup_printf (_("User override — %s"), src) : g_steal_pointer (&src);
      }
    case COL_MESSAGE:
      return g_strdup (r->message);
    default:
      g_assert_not_reached ();
    }
}

/* ui/stackup.css colours .stk-status.error/.warning/.success on the widget
 * itself, not its children. */
static void
set_status_class (GtkWidget *widget,
                  StkStatus  status)
{
  gtk_widget_add_css_class (widget, "stk-status");
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    if (status_classes[i] != NULL)
      gtk_widget_remove_css_class (widget, status_classes[i]);
  if (status_classes[status] != NULL)
    gtk_widget_add_css_class (widget, status_classes[status]);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             StkChecksPanel           *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *child;

  if (column == COL_STATUS)
    {
      child = gtk_image_new ();
      gtk_widget_set_halign (child, GTK_ALIGN_CENTER);
    }
  else
    {
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), columns[column].numeric ? 1 : 0);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (child), columns[column].numeric ? 12 :
                                 column == COL_CHECK || column == COL_SUBJECT ? 18 : 12);
      if (columns[column].numeric)
        gtk_widget_add_css_class (child, "numeric");
    }
  gtk_list_item_set_child (item, child);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            StkChecksPanel           *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  const StkCheckResult *r = result_of (gtk_list_item_get_item (item));
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (self, column, r);

  gtk_widget_remove_css_class (child, "heading");
  if (column == COL_STATUS)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (child), status_icons[r->status]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      stk_widget_set_cell_tooltip (child, text);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (child), text);
      stk_widget_set_cell_tooltip (child, column == COL_CHECK || column == COL_MESSAGE
                                   ? (r->detail ? r->detail : r->message) : text);
    }
  /* A failing row is red and bold throughout; the icon alone is too easy to
   * miss. Passing rows keep plain text with a green icon. */
  set_status_class (child, r->status != STK_STATUS_PASS || column == COL_STATUS ? r->status : STK_STATUS_INFO);
  if (r->status == STK_STATUS_FAIL)
    gtk_widget_add_css_class (child, "heading");
}

static void
add_columns (StkChecksPanel *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  StkRecordItem *ia = *(StkRecordItem **) a, *ib = *(StkRecordItem **) b;
  int by_status = (int) result_of (ib)->status - (int) result_of (ia)->status;

  /* Worst first; the checks' own order within a status. */
  if (by_status != 0)
    return by_status;
  return (int) stk_record_item_get_index (ia) - (int) stk_record_item_get_index (ib);
}

static void
update_summary (StkChecksPanel *self,
                GPtrArray      *results)
{
  guint counts[STK_STATUS_FAIL + 1] = { 0 };
  g_autoptr(GString) s = g_string_new (NULL);
  StkStatus worst = stk_checks_worst (results);

  for (guint i = 0; i < results->len; i++)
    counts[((StkCheckResult *) g_ptr_array_index (results, i))->status]++;
  if (counts[STK_STATUS_FAIL] > 0)
    g_string_append_printf (s, ngettext ("%u failed", "%u failed", counts[STK_STATUS_FAIL]),
                            counts[STK_STATUS_FAIL]);
  if (counts[STK_STATUS_WARNING] > 0)
    g_string_append_printf (s, ngettext ("%s%u warning", "%s%u warnings", counts[STK_STATUS_WARNING]),
                            s->len ? ", " : "", counts[STK_STATUS_WARNING]);
  if (s->len == 0)
    g_string_append_printf (s, ngettext ("The %u check passes", "All %u checks pass", results->len),
                            results->len);
  else
    g_string_append_printf (s, ngettext (", %u passes", ", %u pass", counts[STK_STATUS_PASS]),
                            counts[STK_STATUS_PASS]);
  gtk_label_set_text (self->summary_label, s->str);
  /* Notes alone do not make a design less than passing. */
  if (worst == STK_STATUS_INFO)
    worst = STK_STATUS_PASS;
  gtk_image_set_from_icon_name (self->summary_icon, status_icons[worst]);
  set_status_class (GTK_WIDGET (self->summary_label), worst);
  set_status_class (GTK_WIDGET (self->summary_icon), worst);
}

static void
set_highlight (StkChecksPanel *self,
               const char     *subject)
{
  if (g_strcmp0 (self->highlight, subject) == 0)
    return;
  g_free (self->highlight);
  self->highlight = g_strdup (subject);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

static void
rerun (StkChecksPanel *self)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StkRecordItem) selected = gtk_single_selection_get_selected_item (self->selection)
    ? g_object_ref (gtk_single_selection_get_selected_item (self->selection)) : NULL;
  const StkCheckResult *was = selected ? result_of (selected) : NULL;
  guint keep = GTK_INVALID_LIST_POSITION;

  if (self->project == NULL)
    return;
  /* Nobody sees a panel that is not mapped; map runs the checks. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  results = stk_checks_run (self->project, self->catalog);
  for (guint i = 0; i < results->len; i++)
    g_ptr_array_add (items, stk_record_item_new (results, i));
  g_ptr_array_sort (items, compare_items);
  /* The same check on the same subject stays selected across edits. */
  for (guint i = 0; was != NULL && i < items->len; i++)
    {
      const StkCheckResult *r = result_of (g_ptr_array_index (items, i));
      if (g_str_equal (r->check_id, was->check_id) && g_strcmp0 (r->item, was->item) == 0 &&
          g_strcmp0 (r->subject, was->subject) == 0)
        keep = i;
    }
  self->refilling = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, keep);
  self->refilling = FALSE;
  set_highlight (self, keep != GTK_INVALID_LIST_POSITION
                 ? result_of (g_ptr_array_index (items, keep))->subject : NULL);
  update_summary (self, results);
}

static void
show_all_rows (StkChecksPanel *self)
{
  gtk_slice_list_model_set_size (self->first_rows, G_MAXUINT);
}

static void
stk_checks_panel_map (GtkWidget *widget)
{
  StkChecksPanel *self = STK_CHECKS_PANEL (widget);

  GTK_WIDGET_CLASS (stk_checks_panel_parent_class)->map (widget);
  if (self->stale)
    rerun (self);
  if (gtk_slice_list_model_get_size (self->first_rows) != G_MAXUINT)
    stk_widget_after_first_frame (widget, (StkWidgetFunc) show_all_rows);
}

static void
on_selection_changed_cb (StkChecksPanel *self)
{
  StkRecordItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->refilling)
    return;
  set_highlight (self, item ? result_of (item)->subject : NULL);
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
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_CHECKS_PANEL);
  g_clear_object (&self->selection);
  g_clear_object (&self->first_rows);
  g_clear_object (&self->store);
  g_clear_object (&self->project);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->highlight, g_free);

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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-checks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_box);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, column_view);
}

static void
stk_checks_panel_init (StkChecksPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->store = g_list_store_new (STK_TYPE_RECORD_ITEM);
  self->first_rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->store)), 0, FIRST_ROWS);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->first_rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  add_columns (self);
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
  rerun (self);
}

GListModel *
stk_checks_panel_get_model (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return G_LIST_MODEL (self->store);
}

const char *
stk_checks_panel_get_summary (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return gtk_label_get_text (self->summary_label);
}

const char *
stk_checks_panel_get_highlight (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return self->highlight;
}

void
stk_checks_panel_select (StkChecksPanel *self,
                         guint           position)
{
  g_return_if_fail (STK_IS_CHECKS_PANEL (self));
  show_all_rows (self);
  gtk_single_selection_set_selected (self->selection, position);
}
