/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every number Stackup writes comes from here, by these rules.
 *
 * For people (screens, messages, the CLI's text, drawings, the design note):
 * the locale's decimal separator ("1,5" in German), no digit grouping, never
 * an exponent, rounded (not cut), trailing zeros dropped down to a minimum:
 *   - a length in mm: 1 to 3 decimals, "1.0", "0.03", "0.066" (the datasheets
 *     write "1.0 mm"; a micrometre is the finest step that matters);
 *   - a length in mil: 1 decimal, "31.5";
 *   - any other quantity (A, V, N, °C, %, ratios, counts): 4 significant
 *     digits, "0.3", "0.0588", "29.43", "5", "12000";
 *   - "-0" never: a value that rounds to zero is "0".
 * Statistics (tolerance figures) keep a fixed number of decimals,
 * "±0.030 mm" (stk_format_fixed). Lengths are stored in mm and shown in the
 * user's StkUnits; the unit symbol is translated ("%s mm", "%s mil").
 *
 * For programs (project files, --json, DXF, SVG): the C locale always, a
 * decimal point, no "-0": stk_format_c_double (shortest text that reads
 * back to the same double) and stk_format_c_fixed (a fixed number of
 * decimals, for DXF). */

/* The user's choice of unit for every length shown (the app's preference);
 * files, --json and DXF always hold millimetres. */
typedef enum {
  STK_UNITS_MM,
  STK_UNITS_INCH, /* shown in mil, thousandths of an inch */
} StkUnits;

#define STK_MM_PER_MIL 0.0254

/* How a quantity shows its sign: "−" (U+2212) when negative, or also "+"
 * when not (a margin). */
typedef enum {
  STK_SIGN_NEGATIVE,
  STK_SIGN_ALWAYS,
} StkSignStyle;

/* The primitive: at most max_decimals, trailing zeros dropped down to
 * min_decimals, in the locale. */
char       *stk_format_decimal        (double        value,
                                       guint         max_decimals,
                                       guint         min_decimals);
/* A quantity that is not a length: 4 significant digits. */
char       *stk_format_number         (double        value);
/* A statistic shown to a fixed number of decimals, zeros kept: "0.030". */
char       *stk_format_fixed          (double        value,
                                       guint         decimals);
/* A length in mm, bare: "1.5", "0.8", "2.42". */
char       *stk_format_mm             (double        mm);
/* A length in the unit chosen, bare: mm as stk_format_mm, mil with one decimal. */
char       *stk_format_length_number  (double        mm,
                                       StkUnits      units);
/* The same with its unit: "0.8 mm", "31.5 mil". */
char       *stk_format_length         (double        mm,
                                       StkUnits      units);
/* A number already in units with the unit's symbol: "%s mm", "%s mil". */
char       *stk_format_with_unit      (const char   *number,
                                       StkUnits      units);
/* The length in the unit chosen and, for inch, the millimetres in brackets
 * as on a dual-dimensioned drawing: "0.8" (millimetres, as the drawing's
 * note says) or "31.5 mil [0.8 mm]". */
char       *stk_format_drawing_length (double        mm,
                                       StkUnits      units);
/* A check's value, limit or margin with its unit id ("mm", "A", "°C", "%",
 * "" for none): a length in units, anything else as stk_format_number with
 * its translated unit ("0.3 A", "12 %" is written "12%"). */
char       *stk_format_quantity       (double        value,
                                       const char   *unit,
                                       StkUnits      units,
                                       StkSignStyle  sign);

/* For programs: "null" for a non-finite value (JSON's only choice). */
char       *stk_format_c_double       (double        value);
/* Into buf (at least G_ASCII_DTOSTR_BUF_SIZE bytes); returns buf. */
const char *stk_format_c_fixed        (char         *buf,
                                       double        value,
                                       guint         decimals);

G_END_DECLS
