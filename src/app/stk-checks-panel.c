/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-checks-panel"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "stk-check.h"
#include "stk-check-cache.h"
#include "stk-check-text.h"
#include "stk-record-item.h"
#include "stk-checks-panel.h"
#include "stk-i18n.h"
#include "stk-table-row.h"
#include "stk-verdict.h"

/* What the filter lets through, in the order of the "Show" choices. */
typedef enum {
  SHOW_ALL,
  SHOW_FAILED,
  SHOW_PROBLEMS,  /* failures and warnings */
} Show;

typedef enum {
  ORDER_WORST,
  ORDER_CHECK,
  ORDER_SUBJECT,
  ORDER_MARGIN,
} Order;

struct _StkChecksPanel
{
  GtkWidget           parent_instance;

  /* Template children */
  GtkBox             *summary_box;
  GtkImage           *summary_icon;
  GtkLabel           *summary_label;
  GtkPaned           *detail_paned;
  GtkScrolledWindow  *header_scroller;
  GtkListBox         *header;
  GtkScrolledWindow  *scroller;
  GtkLabel           *detail;

  GtkListView        *list;
  /* The results in the checks' order (StkRecordItem) → those the filter
   * lets through → in the chosen order → the selection the list shows. */
  GListStore         *store;
  GtkCustomFilter    *status_filter;
  GtkCustomSorter    *sorter;
  GtkSingleSelection *selection;
  /* Until the first frame is painted the list holds only the rows that fit
   * on screen: GTK's list view builds every row up to 200 at once, which
   * start-up can do without. The rest join right after it. */
  GtkSliceListModel  *first_rows;
  /* The project changed while the panel was not on screen. */
  gboolean            stale;
  StkProject         *project;
  StkCatalog         *catalog;
  StkUnits            units;
  Show                show;
  Order               order;
  gboolean            has_choices;
  char               *highlight;
  StkStatus           highlight_status;
};

G_DEFINE_FINAL_TYPE (StkChecksPanel, stk_checks_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIGHLIGHT,
  PROP_HIGHLIGHT_STATUS,
  PROP_SHOW,
  PROP_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* About what the list shows at the default window size. */
#define FIRST_ROWS 8

/* Column widths in average characters, the same for every row and the
 * header (StkTableRow): wanted, kept when room is short, whether the column
 * shares the extra width. Numbers keep theirs longest. */
static const StkTableColumn columns[STK_CHECK_N_COLUMNS] = {
  [STK_CHECK_COL_STATUS]  = { 7, 7, FALSE, FALSE },
  [STK_CHECK_COL_CHECK]   = { 26, 22, FALSE, FALSE },  /* the check's name is what a failing row says first */
  [STK_CHECK_COL_SUBJECT] = { 20, 12, FALSE, FALSE },
  [STK_CHECK_COL_VALUE]   = { 12, 12, FALSE, TRUE },
  [STK_CHECK_COL_LIMIT]   = { 12, 12, FALSE, TRUE },
  [STK_CHECK_COL_MARGIN]  = { 12, 12, FALSE, TRUE },
  [STK_CHECK_COL_SOURCE]  = { 28, 14, TRUE, FALSE },
  [STK_CHECK_COL_MESSAGE] = { 40, 20, TRUE, FALSE },
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
      stk_table_row_set_text (STK_TABLE_ROW (titles), i, stk_check_column_title (i), NULL);
      /* Translators: separates the column titles read out by a screen reader */
      g_string_append_printf (names, "%s%s", i ? _(", ") : "", stk_check_column_title (i));
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

/* The cells are drawn, not labels: the row's accessible label, made of
 * the texts they show, is all a screen reader has of them. */
static char *
accessible_text (StkTableRow          *cells,
                 const StkCheckResult *r)
{
  const char *status = stk_table_row_get_text (cells, STK_CHECK_COL_STATUS);
  const char *check = stk_table_row_get_text (cells, STK_CHECK_COL_CHECK);
  const char *value = stk_table_row_get_text (cells, STK_CHECK_COL_VALUE);
  const char *limit = stk_table_row_get_text (cells, STK_CHECK_COL_LIMIT);
  const char *margin = stk_table_row_get_text (cells, STK_CHECK_COL_MARGIN);
  const char *source = stk_table_row_get_text (cells, STK_CHECK_COL_SOURCE);

  if (r->has_limit)
    /* Translators: a check result read out by a screen reader: status, check, subject, value, limit, margin, where the limit comes from, finding */
    return g_strdup_printf (_("%s: %s, %s. Value %s, limit %s, margin %s, limit from %s. %s"), status, check,
                            r->subject_label, value, limit, margin, source, stk_check_result_get_message (r));
  if (r->has_value)
    /* Translators: a figure given for information read out by a screen reader: status, check, subject, value, its source, finding */
    return g_strdup_printf (_("%s: %s, %s. Value %s, from %s. %s"), status, check, r->subject_label, value, source,
                            stk_check_result_get_message (r));
  /* Translators: a check result without a value read out by a screen reader: status, check, subject, where the limit comes from, finding */
  return g_strdup_printf (_("%s: %s, %s. Limit from %s. %s"), status, check, r->subject_label, source, stk_check_result_get_message (r));
}

static void
show_result (StkChecksPanel       *self,
             StkTableRow          *cells,
             const StkCheckResult *r)
{
  GtkWidget *icon = GTK_WIDGET (stk_table_row_get_icon (cells));
  g_autofree char *a11y = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), status_icons[r->status]);
  set_status_class (icon, r->status);
  for (guint i = STK_CHECK_COL_STATUS; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *text = stk_check_cell_text (r, i, self->units);

      stk_table_row_set_text (cells, i, text, i == STK_CHECK_COL_CHECK || i == STK_CHECK_COL_MESSAGE
                              ? (stk_check_result_get_detail (r) ? stk_check_result_get_detail (r) : stk_check_result_get_message (r)) : NULL);
    }
  /* A failing row is red and bold throughout; the icon alone is too easy to
   * miss. Passing rows keep plain text with a green icon. */
  set_status_class (GTK_WIDGET (cells), r->status != STK_STATUS_PASS ? r->status : STK_STATUS_INFO);
  if (r->status == STK_STATUS_FAIL)
    gtk_widget_add_css_class (GTK_WIDGET (cells), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cells), "heading");
  a11y = accessible_text (cells, r);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cells), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

/* The list builds a row only for what is in view (and a few around it), and
 * rebinds it as it scrolls: a 400-connector project costs a screenful of
 * rows, not two thousand. */
static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 StkChecksPanel           *self)
{
  GtkWidget *cells = stk_table_row_new (columns, G_N_ELEMENTS (columns));

  gtk_widget_add_css_class (cells, "stk-check-row");
  stk_table_row_get_icon (STK_TABLE_ROW (cells));
  gtk_list_item_set_child (list_item, cells);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                StkChecksPanel           *self)
{
  show_result (self, STK_TABLE_ROW (gtk_list_item_get_child (list_item)),
               result_of (gtk_list_item_get_item (list_item)));
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

/* How much a status asks for attention: failures, then warnings, then
 * passes and figures for information alike. */
static int
severity (StkStatus status)
{
  return status == STK_STATUS_FAIL ? 2 : status == STK_STATUS_WARNING ? 1 : 0;
}

static int
compare_text (const char *a,
              const char *b)
{
  return g_utf8_collate (a ? a : "", b ? b : "");
}

/* How much room is left, as a share of the limit: margins in different
 * units compare only so. A limit of 0 (a count that must be none) is the
 * tightest there is; figures without a limit come last. */
static double
relative_margin (const StkCheckResult *r)
{
  if (!r->has_limit)
    return G_MAXDOUBLE;
  if (r->limit == 0)
    return r->margin < 0 ? -G_MAXDOUBLE / 2 : G_MAXDOUBLE / 2;
  return r->margin / fabs (r->limit);
}

static int
compare_items_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  StkChecksPanel *self = user_data;
  const StkCheckResult *ra = result_of ((gpointer) a), *rb = result_of ((gpointer) b);
  int by = 0;

  switch (self->order)
    {
    case ORDER_CHECK:
      by = compare_text (stk_check_title (ra->check_id), stk_check_title (rb->check_id));
      break;
    case ORDER_SUBJECT:
      by = compare_text (ra->subject_label, rb->subject_label);
      break;
    case ORDER_MARGIN:
      by = (relative_margin (ra) > relative_margin (rb)) - (relative_margin (ra) < relative_margin (rb));
      break;
    default:
      break;
    }
  /* Then worst first (a figure for information ranks with the passes, never
   * above them, as in the verdict), then the checks' own order. */
  if (by == 0)
    by = severity (rb->status) - severity (ra->status);
  if (by == 0)
    by = (int) stk_record_item_get_index ((gpointer) a) - (int) stk_record_item_get_index ((gpointer) b);
  return by < 0 ? GTK_ORDERING_SMALLER : by > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
filter_item_cb (gpointer item,
                gpointer user_data)
{
  StkChecksPanel *self = user_data;
  StkStatus status = result_of (item)->status;

  switch (self->show)
    {
    case SHOW_FAILED:
      return status == STK_STATUS_FAIL;
    case SHOW_PROBLEMS:
      return status >= STK_STATUS_WARNING;
    default:
      return TRUE;
    }
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
  const StkCheckResult *r = item ? result_of (item) : NULL;

  set_highlight (self, r ? r->subject : NULL, r ? r->status : STK_STATUS_FAIL);
  show_detail (self, r);
}

/* Replaces the store's items with the records of results where they
 * differ: an edit that changes three figures rebinds three rows, not every
 * row in view. Runs of changed records are spliced; a different number of
 * records replaces them all. */
static void
replace_records (StkChecksPanel *self,
                 GPtrArray      *results,
                 gboolean        all)
{
  GListModel *store = G_LIST_MODEL (self->store);
  guint n = g_list_model_get_n_items (store);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (all || n != results->len)
    {
      for (guint i = 0; i < results->len; i++)
        g_ptr_array_add (items, stk_record_item_new (results, i));
      g_list_store_splice (self->store, 0, n, items->pdata, items->len);
      return;
    }
  for (guint i = 0; i < n;)
    {
      guint end = i;

      for (; end < n; end++)
        {
          g_autoptr(StkRecordItem) old = g_list_model_get_item (store, end);

          if (stk_check_result_equal (result_of (old), g_ptr_array_index (results, end)))
            break;
        }
      if (end == i)
        {
          i++;
          continue;
        }
      g_ptr_array_set_size (items, 0);
      for (guint k = i; k < end; k++)
        g_ptr_array_add (items, stk_record_item_new (results, k));
      g_list_store_splice (self->store, i, end - i, items->pdata, items->len);
      i = end;
    }
}

/* all: every row shown again (the units changed how rows write the same
 * records). */
static void
rerun_rows (StkChecksPanel *self,
            gboolean        all)
{
  g_autoptr(GPtrArray) results = NULL;
  /* Holds the old records alive until the new ones are compared. */
  g_autoptr(StkRecordItem) was_item = NULL;
  GListModel *shown = G_LIST_MODEL (self->selection);
  guint keep = GTK_INVALID_LIST_POSITION;

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
        g_list_store_remove_all (self->store);
      return;
    }
  self->stale = FALSE;
  was_item = gtk_single_selection_get_selected_item (self->selection);
  if (was_item != NULL)
    g_object_ref (was_item);
  /* Shared with the canvas, which marks what fails: one run per edit. */
  results = stk_checks_run_cached (self->project, self->catalog, self->units);
  /* The selection may pass through other records on the way: each step
   * shows what is selected, and the last one stands. */
  replace_records (self, results, all);
  /* The same check on the same subject stays selected across edits; if it
   * is gone, nothing is. */
  for (guint i = 0; was_item != NULL && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(StkRecordItem) item = g_list_model_get_item (shown, i);

      if (stk_check_result_same_subject (result_of (item), result_of (was_item)))
        keep = i;
    }
  gtk_single_selection_set_selected (self->selection, keep);
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

static void
set_show (StkChecksPanel *self,
          Show            show)
{
  if (self->show == show)
    return;
  self->show = show;
  gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW]);
}

static void
set_order (StkChecksPanel *self,
           Order           order)
{
  if (self->order == order)
    return;
  self->order = order;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER]);
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
  g_object_bind_property (self, property, choice, "selected", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
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

  if (self->store == NULL || self->has_choices)  /* disposed, or done */
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
  if (self->first_rows != NULL)
    gtk_slice_list_model_set_size (self->first_rows, G_MAXUINT);
  add_choices (self);
}

static void
stk_checks_panel_map (GtkWidget *widget)
{
  StkChecksPanel *self = STK_CHECKS_PANEL (widget);

  GTK_WIDGET_CLASS (stk_checks_panel_parent_class)->map (widget);
  if (self->stale)
    rerun (self);
  if (gtk_slice_list_model_get_size (self->first_rows) != G_MAXUINT)
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
    case PROP_SHOW:
      g_value_set_uint (value, self->show);
      break;
    case PROP_ORDER:
      g_value_set_uint (value, self->order);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_checks_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StkChecksPanel *self = STK_CHECKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_SHOW:
      set_show (self, g_value_get_uint (value));
      break;
    case PROP_ORDER:
      set_order (self, g_value_get_uint (value));
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
  g_clear_object (&self->selection);
  self->first_rows = NULL;  /* the selection held it */
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
  object_class->set_property = stk_checks_panel_set_property;
  widget_class->map = stk_checks_panel_map;

  properties[PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A StkStatus: the selected result's, the colour of the highlight. */
  properties[PROP_HIGHLIGHT_STATUS] =
    g_param_spec_int ("highlight-status", NULL, NULL, STK_STATUS_PASS, STK_STATUS_FAIL, STK_STATUS_FAIL,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Which results the list shows (0 all, 1 failed, 2 failed and warnings)
   * and in which order (0 worst first, 1 check, 2 subject, 3 tightest
   * margin): the "Show" and "Sort" choices, and settings. */
  properties[PROP_SHOW] =
    g_param_spec_uint ("show", NULL, NULL, SHOW_ALL, SHOW_PROBLEMS, SHOW_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORDER] =
    g_param_spec_uint ("order", NULL, NULL, ORDER_WORST, ORDER_MARGIN, ORDER_WORST,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-checks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_box);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, StkChecksPanel, summary_label);
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
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->store = g_list_store_new (STK_TYPE_RECORD_ITEM);
  self->status_filter = gtk_custom_filter_new (filter_item_cb, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_items_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)), GTK_FILTER (self->status_filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (self->sorter));
  self->first_rows = gtk_slice_list_model_new (G_LIST_MODEL (sorted), 0, FIRST_ROWS);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->first_rows));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

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

  g_settings_bind (settings, "checks-detail-position", self->detail_paned, "position", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "checks-show", self, "show", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "checks-order", self, "order", G_SETTINGS_BIND_DEFAULT);
}

GListModel *
stk_checks_panel_get_model (StkChecksPanel *self)
{
  g_return_val_if_fail (STK_IS_CHECKS_PANEL (self), NULL);
  return G_LIST_MODEL (self->selection);
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
