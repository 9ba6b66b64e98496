/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-sheet.h"
#include "stk-design-note.h"

G_BEGIN_DECLS

typedef enum {
  STK_BLOCK_TITLE,
  STK_BLOCK_HEADING,
  STK_BLOCK_PARAGRAPH,
  STK_BLOCK_TABLE,
  STK_BLOCK_DRAWING,
} StkBlockKind;

typedef struct {
  StkBlockKind kind;
  char        *text;     /* title, heading, paragraph, drawing caption */
  GPtrArray   *rows;     /* tables: GStrv per row, row 0 is the header */
  double      *widths;   /* tables: relative column widths */
  guint        n_cols;
  gboolean     emphasis; /* a paragraph that must not be missed (a failing verdict) */
} StkBlock;

struct _StkDesignNote {
  StkDesignNoteOptions options;
  char          *title;
  char          *footer;
  GPtrArray     *blocks;   /* StkBlock */
  StkSheets     *sheets;   /* the drawing, on sheets of the note's paper, landscape */
  char          *date;
  char          *svg_name;
};

G_END_DECLS
