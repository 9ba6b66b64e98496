/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One line of a table: an optional icon in the first column and a text per
 * column, drawn by the widget itself. Column widths depend only on the
 * row's width and the columns' declared widths (in average characters),
 * never on the texts, so rows and a header row line up without measuring
 * one another; measuring shapes no text at all. Columns that expand share
 * the extra width; with less room than declared they give way first, down
 * to their least width, then the others in proportion to what they can
 * spare. Texts that do not fit end in "…"; the tooltip of a cell is its
 * full text unless one is given. A row of labels per cell cost nine
 * widgets, each measured and laid out several times: the checks table
 * showed it at start-up. */
#define STK_TYPE_TABLE_ROW (stk_table_row_get_type ())
G_DECLARE_FINAL_TYPE (StkTableRow, stk_table_row, STK, TABLE_ROW, GtkWidget)

typedef struct {
  int      chars;      /* declared width */
  int      min_chars;  /* what it keeps when room is short */
  gboolean expand;     /* takes a share of the extra width, gives way first */
  gboolean numeric;    /* right-aligned, tabular figures */
} StkTableColumn;

GtkWidget  *stk_table_row_new        (const StkTableColumn *columns,
                                      guint                 n_columns);
/* Column 0 shows the icon (with its CSS classes) if one is set, else text. */
GtkImage   *stk_table_row_get_icon   (StkTableRow          *self);
void        stk_table_row_set_text   (StkTableRow          *self,
                                      guint                 column,
                                      const char           *text,
                                      const char           *tooltip);
guint       stk_table_row_get_n_columns (StkTableRow      *self);
const char *stk_table_row_get_text   (StkTableRow          *self,
                                      guint                 column);
/* Where the column is, in the row's coordinates, once allocated. */
void        stk_table_row_get_column_extent (StkTableRow   *self,
                                             guint          column,
                                             int           *x,
                                             int           *width);
gboolean    stk_table_row_is_ellipsized (StkTableRow       *self,
                                         guint              column);
/* The tooltip of the cell at x: the one given, else its text; NULL if none. */
const char *stk_table_row_get_tooltip_at (StkTableRow      *self,
                                          int               x);

G_END_DECLS
