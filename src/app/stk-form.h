/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-choice.h"
#include "stk-i18n.h"

G_BEGIN_DECLS


/* Labelled form rows for the editors. Every control gets a mnemonic label
 * that is also its accessible label, so no control is left unnamed. */
GtkGrid       *stk_form_new              (void);
GtkWidget     *stk_form_add_row          (GtkGrid            *form,
                                          const char         *mnemonic,
                                          GtkWidget          *control,
                                          const char         *suffix);
/* A switch at the start of its row, named name. */
GtkSwitch     *stk_form_add_switch       (GtkGrid            *form,
                                          const char         *name,
                                          const char         *mnemonic);
/* A row of its own across the form: a note under a heading. */
void           stk_form_add_wide         (GtkGrid            *form,
                                          GtkWidget          *widget);
GtkWidget     *stk_form_add_heading      (GtkGrid            *form,
                                          const char         *text);
void           stk_form_set_row_visible  (GtkWidget          *control,
                                          gboolean            visible);
GtkSpinButton *stk_form_add_number       (GtkGrid            *form,
                                          const char         *name,
                                          const char         *mnemonic,
                                          double              lower,
                                          double              upper,
                                          double              step,
                                          guint               digits,
                                          const char         *unit);
/* A spin button holding a length in mm, shown in the display units. */
/* A number field holds exactly the rounded number it shows, and the exact
 * value behind it: leaving a field re-reads its text, and an unrounded value
 * (492.126 mil shown as 492.13, 0.025 A as 0.03) would read back as an edit.
 * still_shows gives the exact value back while the user has not changed it. */
void           stk_spin_button_show        (GtkSpinButton   *spin,
                                            double           shown,
                                            double           exact);
gboolean       stk_spin_button_still_shows (GtkSpinButton   *spin,
                                            double          *exact);
/* The wheel changes the value only while the field has the focus; else it
 * scrolls the form around it. */
void           stk_spin_button_scroll_when_focused (GtkSpinButton *spin);
GtkSpinButton *stk_form_add_length       (GtkGrid            *form,
                                          const char         *name,
                                          const char         *mnemonic,
                                          double              lower_mm,
                                          double              upper_mm,
                                          double              step_mm);
StkChoice     *stk_form_add_choice       (GtkGrid            *form,
                                          const char         *name,
                                          const char         *mnemonic,
                                          const char *const  *items);
GtkEntry      *stk_form_add_entry        (GtkGrid            *form,
                                          const char         *name,
                                          const char         *mnemonic);

void           stk_length_spin_set_units (GtkSpinButton      *spin,
                                          StkUnits            units);
void           stk_length_spin_set_mm    (GtkSpinButton      *spin,
                                          double              mm);
double         stk_length_spin_get_mm    (GtkSpinButton      *spin);
/* Sets the text only if it differs: setting it moves the cursor while the user types. */
void           stk_entry_set_text_if_changed (GtkEditable    *editable,
                                          const char         *text);
/* A tooltip set without a pointer query: for list cells, bound by the hundred. */
void           stk_widget_set_cell_tooltip (GtkWidget        *widget,
                                          const char         *text);
/* Runs func once, after the next frame painted while widget is mapped (its
 * first, if it is not mapped yet), unless it has left its window by then:
 * for work a frame can do without (rows below the fold, scrolling to what
 * was just laid out). */
typedef void (*StkWidgetFunc) (GtkWidget *widget);
void           stk_widget_after_next_frame (GtkWidget       *widget,
                                            StkWidgetFunc    func);

G_END_DECLS
