/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STK_ERROR (stk_error_quark ())

/* Every failure a user can cause, from a typo in a part number to a
 * truncated project file. The message always names the problem and where. */
typedef enum {
  STK_ERROR_CATALOG,          /* the bundled catalog data is inconsistent */
  STK_ERROR_UNKNOWN_PART,     /* a part number that is malformed or not in the catalog */
  STK_ERROR_INVALID_ARGUMENT, /* a value out of range or of the wrong kind */
  STK_ERROR_PARSE,            /* not JSON, or not the JSON we expect */
  STK_ERROR_TOO_LARGE,        /* rejected before parsing: size */
  STK_ERROR_TOO_DEEP,         /* rejected before parsing: nesting */
  STK_ERROR_NEWER_VERSION,    /* written by a newer Stackup */
  STK_ERROR_WRITE,            /* could not write, nothing replaced */
  STK_ERROR_READ_ONLY,        /* the file or its folder is read-only; not replaced */
} StkError;

GQuark stk_error_quark (void);

G_END_DECLS
