/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* Printing the dimensioned drawing with its title block through
 * GtkPrintOperation, at 1:1, 2:1, 5:1, 10:1 or fit to page
 * (STK_PAGE_SCALE_FIT). The drawing is built once, when the operation is
 * made, so later edits do not change a print in progress. A "Scale" tab in
 * the print dialog lets the user change the scale. */

GtkPrintOperation *stk_print_operation_new       (StkProject        *project,
                                                  StkCatalog        *catalog,
                                                  double             scale);
/* The scale chosen in the dialog (or given to _new). */
double             stk_print_operation_get_scale (GtkPrintOperation *operation);
/* Scales offered, in order, and their labels ("1:1", …, "Fit to page"). */
const double      *stk_print_scales              (guint             *n_scales);
char              *stk_print_scale_label         (double             scale);

G_END_DECLS
