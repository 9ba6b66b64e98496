/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-sheet.h"
#include "stk-design-note.h"

G_BEGIN_DECLS

typedef enum {
  STK_BLOCK_TITLE,
  STK_BLOCK_HEADING,
  STK_BLOCK_SUBHEADING, /* a part of a section: one connector's tolerance figures */
  STK_BLOCK_PARAGRAPH,
  STK_BLOCK_TABLE,
  STK_BLOCK_DRAWING,
  STK_BLOCK_PLOT,      /* a figure drawn by the drawing path: PDF inline, Markdown an SVG beside */
} StkBlockKind;

typedef struct {
  StkBlockKind kind;
  char        *text;     /* title, heading, paragraph, drawing caption */
  GPtrArray   *rows;     /* tables: GStrv per row, row 0 is the header */
  double      *widths;   /* tables: relative column widths */
  guint        n_cols;
  gboolean     emphasis; /* a paragraph that must not be missed (a failing verdict) */
  StkDrawing  *plot;     /* plots: paper mm at scale 1 */
  char        *plot_name; /* plots: the SVG's file name beside a Markdown note, or NULL */
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

/* Up to three decimals, no trailing zeros (0.03, 29.43, 1.8), into buf,
 * which it returns, so a number goes straight into a printf. */
typedef struct {
  char s[G_ASCII_DTOSTR_BUF_SIZE];
} NumText;

/* Building blocks (stk-design-note.c), shared by the builders. */
StkBlock   *_stk_note_add_block (StkDesignNote *note,
                                 StkBlockKind   kind,
                                 const char    *text);
/* A table with n_cols header cells after widths. */
StkBlock   *_stk_note_add_table (StkDesignNote *note,
                                 const double  *widths,
                                 guint          n_cols,
                                 ...);
/* n_cols cells, owned by the table; NULL cells become empty. */
void        _stk_note_add_row   (StkBlock      *table,
                                 ...);
const char *_stk_note_num       (NumText       *buf,
                                 double         value);
char       *_stk_note_unit      (double         value,
                                 const char    *unit);
/* stk-design-note-inputs.c */
void        _stk_note_build_inputs (StkDesignNote *note,
                                    StkProject    *project);
void        _stk_note_build_pins   (StkDesignNote *note,
                                    StkProject    *project,
                                    StkCatalog    *catalog,
                                    GHashTable    *labels);

/* stk-design-note-tolerance.c */
void        _stk_note_build_tolerance (StkDesignNote *note,
                                       StkProject    *project,
                                       StkCatalog    *catalog,
                                       GPtrArray     *results);
void        _stk_note_build_tolerance_verdict (StkDesignNote *note,
                                               GPtrArray     *results);

G_END_DECLS
