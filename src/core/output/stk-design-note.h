/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* The design note: a document a reviewer can sign, built once as a list of
 * blocks and rendered to PDF or Markdown, so both say the same thing. */

typedef enum {
  STK_PAPER_A4,
  STK_PAPER_LETTER,
} StkPaper;

typedef struct {
  StkPaper    paper;
  const char *date;      /* NULL: today, ISO 8601 */
  const char *svg_name;  /* Markdown only: file name of the drawing beside it */
} StkDesignNoteOptions;

typedef struct _StkDesignNote StkDesignNote;

void        stk_design_note_options_init  (StkDesignNoteOptions       *options);
StkDesignNote    *stk_design_note_new           (StkProject           *project,
                                    StkCatalog           *catalog,
                                    const StkDesignNoteOptions *options);
void        stk_design_note_free          (StkDesignNote              *note);
GBytes     *stk_design_note_render_pdf    (StkDesignNote              *note,
                                    GError              **error);
char       *stk_design_note_render_markdown (StkDesignNote            *note);
/* The PDF note; the Markdown note with the drawing as an SVG of the same
 * name beside it. Nothing is left behind on failure. */
gboolean    stk_design_note_write_pdf      (StkProject                 *project,
                                            StkCatalog                 *catalog,
                                            const char                 *path,
                                            const StkDesignNoteOptions *options,
                                            GError                    **error);
gboolean    stk_design_note_write_markdown (StkProject                 *project,
                                            StkCatalog                 *catalog,
                                            const char                 *path,
                                            const StkDesignNoteOptions *options,
                                            GError                    **error);
/* Writes OUT.pdf, or OUT.md with the drawing as OUT.svg beside it: the note
 * format of the output list (stk-output-format.h) the extension names. */
gboolean    stk_design_note_export        (StkProject           *project,
                                    StkCatalog           *catalog,
                                    const char           *path,
                                    const StkDesignNoteOptions *options,
                                    GError              **error);
gboolean    stk_paper_from_string  (const char           *str,
                                    StkPaper             *paper);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkDesignNote, stk_design_note_free)

G_END_DECLS
