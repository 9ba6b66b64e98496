/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The checks panel's rows as a model: the records of a run (StkRecordItem)
 * → those the "show" filter lets through → in the "order" chosen → at
 * first only the rows that fit on screen → the selection a list view
 * shows. An update replaces only the records whose content changed, and
 * keeps the same check on the same subject selected. */
#define STK_TYPE_CHECK_LIST (stk_check_list_get_type ())
G_DECLARE_FINAL_TYPE (StkCheckList, stk_check_list, STK, CHECK_LIST, GObject)

/* first_rows: how many rows the list holds until stk_check_list_show_all_rows (). */
StkCheckList       *stk_check_list_new           (guint         first_rows);
GtkSingleSelection *stk_check_list_get_selection (StkCheckList *self);
/* The records of results (a StkCheckResult array, kept alive by the
 * items). all: every record anew (the units changed how rows write the
 * same records). The selection may pass through other records on the way;
 * the last notify of "selected-item" stands. */
void                stk_check_list_update        (StkCheckList *self,
                                                  GPtrArray    *results,
                                                  gboolean      all);
/* No records, no selection. */
void                stk_check_list_clear         (StkCheckList *self);
void                stk_check_list_show_all_rows (StkCheckList *self);
gboolean            stk_check_list_shows_all_rows (StkCheckList *self);

G_END_DECLS
