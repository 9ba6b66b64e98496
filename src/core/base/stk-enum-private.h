/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One row of an enum's name table: the value and the string files use for it. */
typedef struct {
  int         value;
  const char *name;
} StkEnumName;

const char *_stk_enum_to_string   (const StkEnumName *names,
                                   guint              n_names,
                                   int                value);
gboolean    _stk_enum_from_string (const StkEnumName *names,
                                   guint              n_names,
                                   const char        *str,
                                   int               *value);

G_END_DECLS
