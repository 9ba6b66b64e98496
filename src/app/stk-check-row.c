/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check-row"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-check-row.h"
#include "stk-check-text.h"

/* Column widths in average characters, the same for every row and the
 * titles: wanted, kept when room is short, whether the column shares the
 * extra width. Numbers keep theirs longest. */
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

const char *
stk_check_status_icon (StkStatus status)
{
  return status_icons[status];
}

void
stk_check_set_status_class (GtkWidget *widget,
                            StkStatus  status)
{
  gtk_widget_add_css_class (widget, "stk-status");
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    if (status_classes[i] != NULL)
      gtk_widget_remove_css_class (widget, status_classes[i]);
  if (status_classes[status] != NULL)
    gtk_widget_add_css_class (widget, status_classes[status]);
}

GtkWidget *
stk_check_row_new (void)
{
  GtkWidget *cells = stk_table_row_new (columns, G_N_ELEMENTS (columns));

  gtk_widget_add_css_class (cells, "stk-check-row");
  stk_table_row_get_icon (STK_TABLE_ROW (cells));
  return cells;
}

GtkWidget *
stk_check_row_new_titles (void)
{
  GtkWidget *titles = stk_table_row_new (columns, G_N_ELEMENTS (columns));
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
  return titles;
}

void
stk_check_row_show (StkTableRow          *cells,
                    const StkCheckResult *r,
                    StkUnits              units)
{
  GtkWidget *icon = GTK_WIDGET (stk_table_row_get_icon (cells));
  const char *detail = stk_check_result_get_detail (r);
  g_autofree char *a11y = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), status_icons[r->status]);
  stk_check_set_status_class (icon, r->status);
  for (guint i = STK_CHECK_COL_STATUS; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *text = stk_check_cell_text (r, i, units);

      stk_table_row_set_text (cells, i, text, i == STK_CHECK_COL_CHECK || i == STK_CHECK_COL_MESSAGE
                              ? (detail ? detail : stk_check_result_get_message (r)) : NULL);
    }
  /* A failing row is red and bold throughout; the icon alone is too easy to
   * miss. Passing rows keep plain text with a green icon. */
  stk_check_set_status_class (GTK_WIDGET (cells), r->status != STK_STATUS_PASS ? r->status : STK_STATUS_INFO);
  if (r->status == STK_STATUS_FAIL)
    gtk_widget_add_css_class (GTK_WIDGET (cells), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cells), "heading");
  a11y = accessible_text (cells, r);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cells), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}
