/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-project.h"
#include "stk-sheet.h"

G_BEGIN_DECLS

/* Printing the drawing sheets (stk-sheet.h) through GtkPrintOperation: one
 * page per sheet, the sheet the size of the page setup's paper, at an ISO
 * 5455 scale or the largest that fits (STK_SCALE_FIT). The project is copied
 * when the operation is made, so later edits do not change a print in
 * progress. A "Scale" tab in the print dialog lets the user change the scale. */

GtkPrintOperation *stk_print_operation_new       (StkProject        *project,
                                                  StkCatalog        *catalog,
                                                  double             scale);
/* The scale chosen in the dialog (or given to _new). */
double             stk_print_operation_get_scale (GtkPrintOperation *operation);
/* The sheets the last print used, from print_settings (or, when NULL, the
 * "print-settings" saved in settings) and the saved "print-scale": what
 * exports and the canvas show. A4 landscape until something was printed. */
void               stk_print_sheet_spec          (GSettings         *settings,
                                                  GtkPrintSettings  *print_settings,
                                                  StkSheetSpec      *spec);
/* Sheets laid out for the page setup; 0 before the print began. */
guint              stk_print_operation_get_n_sheets (GtkPrintOperation *operation);
/* "Largest that fits", "1:1 (true size)", "5:1 (5 × true size)" */
char              *stk_print_scale_label         (double             scale);

G_END_DECLS
