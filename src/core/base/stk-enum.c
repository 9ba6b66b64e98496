/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-enum"

#include "stk-config.h"

#include "stk-enum-private.h"

/* A value outside the table is a programmer's mistake, never a user's. */
const char *
_stk_enum_to_string (const StkEnumName *names,
                     guint              n_names,
                     int                value)
{
  for (guint i = 0; i < n_names; i++)
    if (names[i].value == value)
      return names[i].name;
  g_return_val_if_reached (NULL);
}

gboolean
_stk_enum_from_string (const StkEnumName *names,
                       guint              n_names,
                       const char        *str,
                       int               *value)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i].name, str) == 0)
      {
        *value = names[i].value;
        return TRUE;
      }
  return FALSE;
}
