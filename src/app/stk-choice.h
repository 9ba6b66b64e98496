/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A button that shows one of a few strings and offers the others in a
 * popover, like GtkDropDown. GTK 4.8's GtkDropDown builds its popover, list
 * view, search entry and a row per item at construction; this builds its list
 * when first opened, so a form of seven choices costs seven buttons. */
#define STK_TYPE_CHOICE (stk_choice_get_type ())
G_DECLARE_FINAL_TYPE (StkChoice, stk_choice, STK, CHOICE, GtkWidget)

GtkWidget  *stk_choice_new          (const char *const *items);
/* The items as a GtkStringList; it changes in place when the items do. */
GListModel *stk_choice_get_model    (StkChoice         *self);
/* Keeps the list if it is the same; then selects. */
void        stk_choice_set_items    (StkChoice         *self,
                                     const char *const *items,
                                     guint              selected);
guint       stk_choice_get_selected (StkChoice         *self);
void        stk_choice_set_selected (StkChoice         *self,
                                     guint              position);
const char *stk_choice_get_string   (StkChoice         *self);
/* The field's label, for screen readers on the choice and its button. */
void        stk_choice_set_labelled_by (StkChoice      *self,
                                        GtkWidget      *label);

G_END_DECLS
