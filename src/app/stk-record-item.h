/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One record of a GPtrArray (a StkCheckResult, a StkExplorerOption) as a
 * list-model item. The item keeps the array alive. */
#define STK_TYPE_RECORD_ITEM (stk_record_item_get_type ())
G_DECLARE_FINAL_TYPE (StkRecordItem, stk_record_item, STK, RECORD_ITEM, GObject)

StkRecordItem *stk_record_item_new       (GPtrArray     *records,
                                          guint          index);
gpointer       stk_record_item_get       (StkRecordItem *self);
/* Position in the array, for a stable sort. */
guint          stk_record_item_get_index (StkRecordItem *self);

G_END_DECLS
