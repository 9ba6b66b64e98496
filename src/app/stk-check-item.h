/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "stk-check.h"

G_BEGIN_DECLS

/* One StkCheckResult as a list-model item. */
#define STK_TYPE_CHECK_ITEM (stk_check_item_get_type ())
G_DECLARE_FINAL_TYPE (StkCheckItem, stk_check_item, STK, CHECK_ITEM, GObject)

/* Keeps results alive; result must be one of its records. */
StkCheckItem         *stk_check_item_new        (GPtrArray            *results,
                                                 const StkCheckResult *result,
                                                 guint                 order);
const StkCheckResult *stk_check_item_get_result (StkCheckItem         *self);
/* Position in the checks' own order, for a stable sort. */
guint                 stk_check_item_get_order  (StkCheckItem         *self);

G_END_DECLS
