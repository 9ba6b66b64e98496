/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include "stk-id-index.h"

void
_stk_id_index_init (StkIdIndex *index)
{
  index->table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->len = 0;
  index->stale = TRUE;
}

void
_stk_id_index_clear (StkIdIndex *index)
{
  g_clear_pointer (&index->table, g_hash_table_unref);
}

static void
rebuild (StkIdIndex *index,
         GPtrArray  *items)
{
  g_hash_table_remove_all (index->table);
  for (guint i = items->len; i > 0; i--)
    {
      /* From the end, so that of two equal ids the first one wins, as the
       * linear search this replaces did. */
      const char *id = *(char **) g_ptr_array_index (items, i - 1);
      if (id != NULL)
        g_hash_table_insert (index->table, g_strdup (id), GUINT_TO_POINTER (i));
    }
  index->len = items->len;
  index->stale = FALSE;
}

int
_stk_id_index_lookup (StkIdIndex *index,
                      GPtrArray  *items,
                      const char *id)
{
  guint pos;

  if (id == NULL)
    return -1;
  if (index->stale || index->len != items->len)
    rebuild (index, items);
  pos = GPOINTER_TO_UINT (g_hash_table_lookup (index->table, id));
  if (pos > 0 && pos <= items->len && g_strcmp0 (*(char **) g_ptr_array_index (items, pos - 1), id) == 0)
    return (int) pos - 1;
  if (pos == 0)
    return -1;
  /* An item was changed in place without its owner knowing: index anew. */
  rebuild (index, items);
  pos = GPOINTER_TO_UINT (g_hash_table_lookup (index->table, id));
  return pos > 0 ? (int) pos - 1 : -1;
}
