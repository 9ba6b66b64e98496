/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-choice.h"
#include "stk-number-field.h"
#include "stk-widget-util.h"

G_BEGIN_DECLS

#define STK_TYPE_FORM (stk_form_get_type ())
G_DECLARE_FINAL_TYPE (StkForm, stk_form, STK, FORM, GtkWidget)

/* Labelled rows for the editors: label, control, unit (the headings, notes
 * and buttons around a form are in the editor's template, ui/). Every
 * control gets a mnemonic label that is also its accessible label, so no
 * control is left unnamed; controls end where the lists above them end. */
StkForm        *stk_form_new             (void);
GtkWidget      *stk_form_add_row         (StkForm           *form,
                                          const char        *mnemonic,
                                          GtkWidget         *control,
                                          const char        *suffix);
/* A switch at the start of its row, named name. */
GtkSwitch      *stk_form_add_switch      (StkForm           *form,
                                          const char        *name,
                                          const char        *mnemonic);
/* Shows or hides the row of control, its label and unit with it. */
void            stk_form_set_row_visible (StkForm           *form,
                                          GtkWidget         *control,
                                          gboolean           visible);
/* The label of control's row. */
GtkWidget      *stk_form_get_label       (StkForm           *form,
                                          GtkWidget         *control);
/* Lines up the forms given (NULL-terminated), one under the other, as if
 * they were one: the same label column and the same unit column, so their
 * controls start and end at the same x; a hidden row takes no width, as in
 * a grid. A form is aligned once; a later call adds others to the first
 * form's set. */
void            stk_form_align           (StkForm           *form,
                                          ...) G_GNUC_NULL_TERMINATED;
/* Number fields; name goes to the spin button inside, what takes the focus. */
StkNumberField *stk_form_add_number      (StkForm           *form,
                                          const char        *name,
                                          const char        *mnemonic,
                                          double             lower,
                                          double             upper,
                                          double             step,
                                          guint              digits,
                                          const char        *unit);
/* A length in mm, shown in the display units, its unit after it. */
StkNumberField *stk_form_add_length      (StkForm           *form,
                                          const char        *name,
                                          const char        *mnemonic,
                                          double             lower_mm,
                                          double             upper_mm,
                                          double             step_mm);
StkChoice      *stk_form_add_choice      (StkForm           *form,
                                          const char        *name,
                                          const char        *mnemonic,
                                          const char *const *items);
GtkEntry       *stk_form_add_entry       (StkForm           *form,
                                          const char        *name,
                                          const char        *mnemonic);

G_END_DECLS
