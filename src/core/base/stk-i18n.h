/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The user's choice of unit for every length shown (the app's preference);
 * files, --json and DXF always hold millimetres. */
typedef enum {
  STK_UNITS_MM,
  STK_UNITS_INCH, /* shown in mil, thousandths of an inch */
} StkUnits;

#define STK_MM_PER_MIL 0.0254

void  stk_i18n_init     (void);
char *stk_format_decimal (double value,
                          guint  max_decimals,
                          guint  min_decimals);
char *stk_format_number  (double value);
/* A length for people to read, with its unit: "0.8 mm" (stk_format_mm's
 * decimals) or "31.5 mil" (one decimal). */
char *stk_format_length  (double   mm,
                          StkUnits units);
/* A number already in units with the unit's symbol: "%s mm", "%s mil". */
char *stk_format_with_unit (const char *number,
                            StkUnits    units);
/* The length in the unit chosen and, for inch, the millimetres in brackets
 * as on a dual-dimensioned drawing: "0.8" (millimetres, as the drawing's
 * note says) or "31.5 mil [0.8 mm]". */
char *stk_format_drawing_length (double   mm,
                                 StkUnits units);
const char *stk_number_list_separator (void);
const char *stk_font_family (void);

G_END_DECLS
