/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Ids to 1 + index in a list of boards or of mates (each carries its id
 * first), so that lookups inside loops over boards and mates stay
 * constant-time (issue 12: a 2000-board chain took 13 s to check with
 * linear searches). Rebuilt on the next lookup after the owner marks it
 * stale (every edit), or when the list's length changed behind its back
 * (the reader appends to the lists directly). */
typedef struct {
  GHashTable *table;
  guint       len;    /* the list's length when indexed */
  gboolean    stale;
} StkIdIndex;

void _stk_id_index_init   (StkIdIndex *index);
void _stk_id_index_clear  (StkIdIndex *index);
/* The position of id in items, or −1. */
int  _stk_id_index_lookup (StkIdIndex *index,
                           GPtrArray  *items,
                           const char *id);

G_END_DECLS
