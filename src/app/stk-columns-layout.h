/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Lays a row's children out as table columns: child i gets a width that
 * depends only on the row's width and the columns' declared widths (in
 * average characters), never on its text, so every row and the header line
 * up without measuring each other. Columns flagged to expand share what is
 * left. With less room than declared, the expanding columns give way first,
 * down to their least width, then the others in proportion to what they can
 * spare; only below every least width does text ellipsize across the row. */
#define STK_TYPE_COLUMNS_LAYOUT (stk_columns_layout_get_type ())
G_DECLARE_FINAL_TYPE (StkColumnsLayout, stk_columns_layout, STK, COLUMNS_LAYOUT, GtkLayoutManager)

typedef struct {
  int      chars;      /* declared width */
  int      min_chars;  /* what it keeps when room is short */
  gboolean expand;     /* takes a share of the extra width, gives way first */
} StkColumn;

GtkLayoutManager *stk_columns_layout_new (const StkColumn *columns,
                                          guint            n_columns,
                                          int              spacing);

G_END_DECLS
