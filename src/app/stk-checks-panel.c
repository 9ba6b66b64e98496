/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-checks-panel"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "stk-check.h"
#include "stk-record-item.h"
#include "stk-checks-panel.h"
#include "stk-i18n.h"
#include "stk-table-row.h"
#include "stk-verdict.h"

struct _StkChecksPanel
{
  GtkWidget           parent_instance;

  /* Template children */
  GtkBox             *summary_box;
  GtkImage           *summary_icon;
  GtkLabel           *summary_label;
  GtkScrolledWindow  *header_scroller;
  GtkListBox         *header;
  GtkScrolledWindow  *scroller;
  GtkListBox         *list;

  /* The results, worst first (StkRecordItem); row i of the list shows
   * item i. */
  GListStore         *store;
  /* Rows the list may have: until the first frame is painted only those
   * that fit on screen, the rest are built right after it. */
  guint               row_limit;
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

/* About what the panel shows at the default window size (6½ rows). */
#define FIRST_ROWS 7

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

/* Column widths in average characters, the same for every row and the
 * header (StkTableRow): wanted, kept when room is short, whether the column
 * shares the extra width. Numbers keep theirs longest. */
static const char *const column_titles[] = {
  /* Translators: column headings of the check results; "About" is the subject a result is about (a
   * board, a mate), "Finding" the message */
  N_("Status"), N_("Check"), N_("About"), N_("Value"), N_("Limit"), N_("Margin"), N_("Limit from"), N_("Finding"),
};

static const StkTableColumn columns[] = {
  [COL_STATUS]  = { 7, 7, FALSE, FALSE },
  [COL_CHECK]   = { 26, 22, FALSE, FALSE },  /* the check's name is what a failing row says first */
  [COL_SUBJECT] = { 20, 12, FALSE, FALSE },
  [COL_VALUE]   = { 12, 12, FALSE, TRUE },
  [COL_LIMIT]   = { 12, 12, FALSE, TRUE },
  [COL_MARGIN]  = { 12, 12, FALSE, TRUE },
  [COL_SOURCE]  = { 28, 14, TRUE, FALSE },
  [COL_MESSAGE] = { 40, 20, TRUE, FALSE },
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
  number = stk_format_number (fabs (value));
  return g_strdup_printf ("%s%s%s%s", value < 0 ? "−" : signed_margin ? "+" : "", number,
                          unit && *unit && !g_str_equal (unit, "%") ? " " : "", stk_check_unit_label (unit));
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
      return r->has_limit ? format_quantity (self, r->limit, r->unit, FALSE) : g_strdup ("—");
    case COL_MARGIN:
      return r->has_limit ? format_quantity (self, r->margin, r->unit, TRUE) : g_strdup ("—");
    case COL_SOURCE:
      {
        g_autofree char *src = stk_check_result_describe_sources (r);
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
build_header (StkChecksPanel *self)
{
  GtkWidget *titles = stk_table_row_new (columns, G_N_ELEMENTS (columns));
  GtkWidget *row = gtk_list_box_row_new ();
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      stk_table_row_set_text (STK_TABLE_ROW (titles), i, _(column_titles[i]), NULL);
      /* Translators: separates the column titles read out by a screen reader */
      g_string_append_printf (names, "%s%s", i ? _(", ") : "", _(column_titles[i]));
    }
  /* The titles are drawn, not labels: a screen reader gets them here. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (titles), GTK_ACCESSIBLE_PROPERTY_LABEL, names->str, -1);
  gtk_widget_add_css_class (titles, "stk-check-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), titles);
  gtk_list_box_append (self->header, row);
  /* The titles scroll sideways with the rows. */
  gtk_scrolled_window_set_hadjustment (self->header_scroller, gtk_scrolled_window_get_hadjustment (self->scroller));
}

static GtkWidget *
build_row (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *cells = stk_table_row_new (columns, G_N_ELEMENTS (columns));

  gtk_widget_add_css_class (cells, "stk-check-row");
  stk_table_row_get_icon (STK_TABLE_ROW (cells));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), cells);
  return row;
}

static void
show_result (StkChecksPanel       *self,
             GtkListBoxRow        *row,
             const StkCheckResult *r)
{
  StkTableRow *cells = STK_TABLE_ROW (gtk_list_box_row_get_child (row));
  GtkWidget *icon = GTK_WIDGET (stk_table_row_get_icon (cells));
  g_autofree char *status = cell_text (self, COL_STATUS, r);
  g_autofree char *check = cell_text (self, COL_CHECK, r);
  g_autofree char *value = cell_text (self, COL_VALUE, r);
  g_autofree char *limit = cell_text (self, COL_LIMIT, r);
  g_autofree char *margin = cell_text (self, COL_MARGIN, r);
  g_autofree char *source = cell_text (self, COL_SOURCE, r);
  /* The cells are drawn, not labels: the row's accessible label is all a
   * screen reader has of them. */
  g_autofree char *a11y = r->has_limit
    /* Translators: a check result read out by a screen reader: status, check, subject, value, limit, margin, where the limit comes from, finding */
    ? g_strdup_printf (_("%s: %s, %s. Value %s, limit %s, margin %s, limit from %s. %s"), status, check,
                       r->subject_label, value, limit, margin, source, r->message)
    : r->has_value
    /* Translators: a figure given for information read out by a screen reader: status, check, subject, value, its source, finding */
    ? g_strdup_printf (_("%s: %s, %s. Value %s, from %s. %s"), status, check, r->subject_label, value, source,
                       r->message)
    /* Translators: a check result without a value read out by a screen reader: status, check, subject, where the limit comes from, finding */
    : g_strdup_printf (_("%s: %s, %s. Limit from %s. %s"), status, check, r->subject_label, source, r->message);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), status_icons[r->status]);
  set_status_class (icon, r->status);
  stk_table_row_set_text (cells, COL_STATUS, status, NULL);
  for (guint i = COL_CHECK; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *text = cell_text (self, i, r);

      stk_table_row_set_text (cells, i, text, i == COL_CHECK || i == COL_MESSAGE
                              ? (r->detail ? r->detail : r->message) : NULL);
    }
  /* A failing row is red and bold throughout; the icon alone is too easy to
   * miss. Passing rows keep plain text with a green icon. */
  set_status_class (GTK_WIDGET (cells), r->status != STK_STATUS_PASS ? r->status : STK_STATUS_INFO);
  if (r->status == STK_STATUS_FAIL)
    gtk_widget_add_css_class (GTK_WIDGET (cells), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cells), "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

/* As many rows as results (up to the limit), each showing its result;
 * existing rows are reused, so an edit costs label updates, not widgets. */
static void
sync_rows (StkChecksPanel *self)
{
  guint n = MIN (g_list_model_get_n_items (G_LIST_MODEL (self->store)), self->row_limit);
  guint have = 0;
  GtkListBoxRow *row;

  while (gtk_list_box_get_row_at_index (self->list, have) != NULL)
    have++;
  for (; have < n; have++)
    gtk_list_box_append (self->list, build_row ());
  while (have > n)
    gtk_list_box_remove (self->list, GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, --have)));
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      show_result (self, row, result_of (item));
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
  /* The same verdict and words as stackup-cli check and the design note. */
  static const StkStatus shown_as[] = {
    [STK_VERDICT_PASS] = STK_STATUS_PASS,
    [STK_VERDICT_PASS_WITH_WARNINGS] = STK_STATUS_WARNING,
    [STK_VERDICT_FAIL] = STK_STATUS_FAIL,
  };
  StkVerdictCounts counts;
  g_autofree char *text = NULL;
  StkStatus shown;

  stk_verdict_count (results, &counts);
  text = stk_verdict_describe (&counts);
  shown = shown_as[counts.verdict];
  gtk_label_set_text (self->summary_label, text);
  gtk_image_set_from_icon_name (self->summary_icon, status_icons[shown]);
  set_status_class (GTK_WIDGET (self->summary_label), shown);
  set_status_class (GTK_WIDGET (self->summary_icon), shown);
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
select_position (StkChecksPanel *self,
                 guint           position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, position);

  if (row != NULL)
    gtk_list_box_select_row (self->list, row);
  else
    gtk_list_box_unselect_all (self->list);
}

static void
rerun (StkChecksPanel *self)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  g_autoptr(StkRecordItem) was_item = selected
    ? g_list_model_get_item (G_LIST_MODEL (self->store), gtk_list_box_row_get_index (selected)) : NULL;
  const StkCheckResult *was = was_item ? result_of (was_item) : NULL;
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
  sync_rows (self);
  select_position (self, keep);
  self->refilling = FALSE;
  set_highlight (self, keep != GTK_INVALID_LIST_POSITION
                 ? result_of (g_ptr_array_index (items, keep))->subject : NULL);
  update_summary (self, results);
}

static void
show_all_rows (StkChecksPanel *self)
{
  self->row_limit = G_MAXUINT;
  if (self->store == NULL)  /* disposed */
    return;
  sync_rows (self);
}

static void
stk_checks_panel_map (GtkWidget *widget)
{
  StkChecksPanel *self = STK_CHECKS_PANEL (widget);

  GTK_WIDGET_CLASS (stk_checks_panel_parent_class)->map (widget);
  if (self->stale)
    rerun (self);
  if (self->row_limit != G_MAXUINT)
    stk_widget_after_next_frame (widget, (StkWidgetFunc) show_all_rows);
}

static void
on_row_selected_cb (GtkListBox     *list,
                    GtkListBoxRow  *row,
                    StkChecksPanel *self)
{
  g_autoptr(StkRecordItem) item = NULL;

  if (self->refilling)
    return;
  if (row != NULL)
    item = g_list_model_get_item (G_LIST_MODEL (self->store), gtk_list_box_row_get_index (row));
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
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, header);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, list);
}

static void
stk_checks_panel_init (StkChecksPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->store = g_list_store_new (STK_TYPE_RECORD_ITEM);
  self->row_limit = FIRST_ROWS;
  build_header (self);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected_cb), self);
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
  if (position >= self->row_limit)
    show_all_rows (self);
  select_position (self, position);
}
