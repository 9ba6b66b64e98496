/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-json-doc.h"

G_BEGIN_DECLS

struct _StkJsonDoc {
  GArray *values;   /* StkJsonValue in document order; values[0] is the root */
  char   *strings;  /* every decoded string, each NUL-terminated */
};

/* stk-json-scan.c: the strict scan, building the tree as it goes. */
StkJsonDoc *_stk_json_scan_doc (const char  *data,
                                gsize        length,
                                const char  *what,
                                GError     **error);

G_END_DECLS
