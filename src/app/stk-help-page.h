/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The user guide's Mallard pages read into blocks of text (titles,
 * paragraphs, steps, list items, code, figures): what the help window shows
 * where GNOME's help viewer is not installed. Inline markup (gui, key,
 * cmd…) becomes its text, a key sequence "Ctrl+S"; a link without text
 * becomes STK_HELP_XREF_OPEN id STK_HELP_XREF_CLOSE, for the reader to
 * replace with the page's title. */

typedef enum {
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_PARA,
  BLOCK_ITEM,
  BLOCK_STEP,
  BLOCK_CODE,
  BLOCK_FIGURE,
  BLOCK_CAPTION,
  BLOCK_NOTE,
} BlockKind;

typedef struct {
  BlockKind kind;
  char     *text;    /* FIGURE: the picture's path */
  char     *section; /* HEADING: the section's id */
  guint     number;  /* STEP */
} StkHelpBlock;

typedef struct {
  char      *id;
  char      *title;
  char      *desc;
  char      *guide;  /* "index#tasks": where the index lists it */
  GPtrArray *blocks;
} StkHelpPage;

#define STK_HELP_XREF_OPEN  '\x01'
#define STK_HELP_XREF_CLOSE '\x02'

/* Every *.page in folder (figures resolved against it), the index first,
 * then as the index's sections list them, by title within a section. */
GPtrArray *stk_help_read_pages (const char *folder);

G_END_DECLS
