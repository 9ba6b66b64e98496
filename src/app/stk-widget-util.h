/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-project.h"

G_BEGIN_DECLS

/* Small helpers the app's widgets share. */

/* Sets the text only if it differs: setting it moves the cursor while the user types. */
void           stk_entry_set_text_if_changed (GtkEditable    *editable,
                                              const char     *text);
/* A tooltip set without a pointer query: for list cells, bound by the hundred. */
void           stk_widget_set_cell_tooltip   (GtkWidget      *widget,
                                              const char     *text);
/* The wheel changes the value only while the field has the focus; else it
 * scrolls the form around it. */
void           stk_spin_button_scroll_when_focused (GtkSpinButton *spin);
/* Runs func once, after the next frame painted while widget is mapped (its
 * first, if it is not mapped yet), unless it has left its window by then:
 * for work a frame can do without (rows below the fold, scrolling to what
 * was just laid out). */
typedef void (*StkWidgetFunc) (GtkWidget *widget);
void           stk_widget_after_next_frame   (GtkWidget      *widget,
                                              StkWidgetFunc   func);
/* How a view follows the project it shows: makes *slot project (a new
 * reference; NULL lets go) and connects handler (with instance as data) to
 * its ::changed, instead of to the old one's. FALSE if *slot was project
 * already. A view calls it with NULL in dispose. */
gboolean       stk_follow_project            (StkProject    **slot,
                                              StkProject     *project,
                                              GCallback       handler,
                                              gpointer        instance);

G_END_DECLS
