/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check-list"

#include "stk-config.h"

#include <math.h>

#include "stk-check.h"
#include "stk-check-cache.h"
#include "stk-check-list.h"
#include "stk-record-item.h"

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

struct _StkCheckList
{
  GObject             parent_instance;

  GListStore         *store;
  GtkCustomFilter    *status_filter;
  GtkCustomSorter    *sorter;
  /* Until the first frame is painted the list holds only the rows that fit
   * on screen: GTK's list view builds every row up to 200 at once, which
   * start-up can do without. The rest join right after it. */
  GtkSliceListModel  *first_rows;
  GtkSingleSelection *selection;
  Show                show;
  Order               order;
};

G_DEFINE_FINAL_TYPE (StkCheckList, stk_check_list, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SHOW,
  PROP_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const StkCheckResult *
result_of (gpointer item)
{
  return stk_record_item_get (item);
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
  StkCheckList *self = user_data;
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
  StkCheckList *self = user_data;
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

/* Replaces the store's items with the records of results where they
 * differ: an edit that changes three figures rebinds three rows, not every
 * row in view. Runs of changed records are spliced; a different number of
 * records replaces them all. */
static void
replace_records (StkCheckList *self,
                 GPtrArray    *results,
                 gboolean      all)
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

static void
set_show (StkCheckList *self,
          Show          show)
{
  if (self->show == show)
    return;
  self->show = show;
  gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW]);
}

static void
set_order (StkCheckList *self,
           Order         order)
{
  if (self->order == order)
    return;
  self->order = order;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER]);
}

static void
stk_check_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StkCheckList *self = STK_CHECK_LIST (object);

  switch (prop_id)
    {
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
stk_check_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StkCheckList *self = STK_CHECK_LIST (object);

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
stk_check_list_dispose (GObject *object)
{
  StkCheckList *self = STK_CHECK_LIST (object);

  g_clear_object (&self->selection);
  self->first_rows = NULL;  /* the selection held it */
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stk_check_list_parent_class)->dispose (object);
}

static void
stk_check_list_class_init (StkCheckListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stk_check_list_dispose;
  object_class->get_property = stk_check_list_get_property;
  object_class->set_property = stk_check_list_set_property;

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
}

static void
stk_check_list_init (StkCheckList *self)
{
}

StkCheckList *
stk_check_list_new (guint first_rows)
{
  StkCheckList *self = g_object_new (STK_TYPE_CHECK_LIST, NULL);
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  self->store = g_list_store_new (STK_TYPE_RECORD_ITEM);
  self->status_filter = gtk_custom_filter_new (filter_item_cb, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_items_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)), GTK_FILTER (self->status_filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (self->sorter));
  self->first_rows = gtk_slice_list_model_new (G_LIST_MODEL (sorted), 0, first_rows);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->first_rows));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return self;
}

GtkSingleSelection *
stk_check_list_get_selection (StkCheckList *self)
{
  g_return_val_if_fail (STK_IS_CHECK_LIST (self), NULL);
  return self->selection;
}

void
stk_check_list_update (StkCheckList *self,
                       GPtrArray    *results,
                       gboolean      all)
{
  /* Holds the old record alive until the new ones are compared. */
  g_autoptr(StkRecordItem) was_item = NULL;
  GListModel *shown = G_LIST_MODEL (self->selection);
  guint keep = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (STK_IS_CHECK_LIST (self));
  was_item = gtk_single_selection_get_selected_item (self->selection);
  if (was_item != NULL)
    g_object_ref (was_item);
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
}

void
stk_check_list_clear (StkCheckList *self)
{
  g_return_if_fail (STK_IS_CHECK_LIST (self));
  g_list_store_remove_all (self->store);
}

void
stk_check_list_show_all_rows (StkCheckList *self)
{
  g_return_if_fail (STK_IS_CHECK_LIST (self));
  if (self->first_rows != NULL)
    gtk_slice_list_model_set_size (self->first_rows, G_MAXUINT);
}

gboolean
stk_check_list_shows_all_rows (StkCheckList *self)
{
  g_return_val_if_fail (STK_IS_CHECK_LIST (self), FALSE);
  return self->first_rows == NULL || gtk_slice_list_model_get_size (self->first_rows) == G_MAXUINT;
}
