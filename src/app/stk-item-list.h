/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-i18n.h"
#include "stk-project.h"

G_BEGIN_DECLS

typedef enum {
  STK_ITEM_LIST_BOARDS,  /* top first, as the stack is seen from the side */
  STK_ITEM_LIST_MATES,   /* in the project's order */
} StkItemListKind;

#define STK_TYPE_ITEM_LIST (stk_item_list_get_type ())
G_DECLARE_FINAL_TYPE (StkItemList, stk_item_list, STK, ITEM_LIST, GObject)

/* Keeps the rows of box (a row per board or mate: name, and what it is)
 * in step with the project by itself, from its ::changed: a row is built
 * once per item and its labels set again only when what they show changed,
 * so an edit rebuilds no list. Emits ::item-selected (id) when the user
 * selects a row. */
StkItemList *stk_item_list_new         (GtkListBox      *box,
                                        StkItemListKind  kind);
void         stk_item_list_set_project (StkItemList     *self,
                                        StkProject      *project);
void         stk_item_list_set_units   (StkItemList     *self,
                                        StkUnits         units);
/* Shows the item with this id selected; NULL or an id not listed: none. */
void         stk_item_list_select      (StkItemList     *self,
                                        const char      *id);

G_END_DECLS
