/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-i18n.h"

G_BEGIN_DECLS

#define STK_TYPE_NUMBER_FIELD (stk_number_field_get_type ())
G_DECLARE_FINAL_TYPE (StkNumberField, stk_number_field, STK, NUMBER_FIELD, GtkWidget)

/* A number the user types or spins, with what it stands for behind it:
 * ::value is the exact value (a length in mm, whatever the display units),
 * while the field shows it rounded to its digits. Leaving the field re-reads
 * its text, and a rounded value (492.126 mil shown as 492.13, 0.025 A as
 * 0.03) would read back as an edit: the field gives the exact value back
 * while it still shows it. ::value is notified only when it changes, so
 * showing a value, or the same length in other units, is no edit.
 * The wheel changes the value only while the field has the focus; else it
 * scrolls the form around it. */
StkNumberField *stk_number_field_new        (double          lower,
                                             double          upper,
                                             double          step,
                                             guint           digits,
                                             const char     *unit);
/* A length in mm, shown in the display units (mm or mil). */
StkNumberField *stk_number_field_new_length (double          lower_mm,
                                             double          upper_mm,
                                             double          step_mm);
double          stk_number_field_get_value  (StkNumberField *self);
void            stk_number_field_set_value  (StkNumberField *self,
                                             double          value);
/* Lengths only; the value stays. */
void            stk_number_field_set_units  (StkNumberField *self,
                                             StkUnits        units);
/* What is written after the field: "mm", "mil", or the unit it was made
 * with (NULL: none). */
const char     *stk_number_field_get_unit   (StkNumberField *self);
/* The spin button inside: what takes the focus and carries the name. */
GtkSpinButton  *stk_number_field_get_spin   (StkNumberField *self);

G_END_DECLS
