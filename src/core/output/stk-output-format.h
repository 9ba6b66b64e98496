/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-design-note.h"
#include "stk-export.h"
#include "stk-project.h"
#include "stk-sheet.h"

G_BEGIN_DECLS

/* The one list of what Stackup writes: the app's Export… choices and the
 * CLI's --drawing and --note are this list, and so is every error that says
 * which extensions are known. */

typedef enum {
  STK_OUTPUT_DRAWING, /* the drawing sheets */
  STK_OUTPUT_NOTE,    /* the design note */
} StkOutputContent;

typedef struct {
  StkSheetSpec         sheet;   /* drawings: the sheets and their scale */
  StkExportOptions     drawing; /* drawings: PNG resolution, dark colours */
  StkDesignNoteOptions note;    /* notes: paper (unless the format has its own), date */
  /* drawings: the project's sheets already laid out for sheet, or NULL
   * (laid out for each drawing written); several drawings of one export
   * share one layout */
  const StkSheets     *sheets;
} StkOutputOptions;

typedef struct _StkOutputFormat StkOutputFormat;

typedef gboolean (*StkOutputWriteFunc) (const StkOutputFormat  *format,
                                        StkProject             *project,
                                        StkCatalog             *catalog,
                                        const StkOutputOptions *options,
                                        const char             *path,
                                        GError                **error);

struct _StkOutputFormat {
  const char        *id;          /* "drawing-svg": stored in GSettings */
  const char        *label;       /* N_() marked: what it writes */
  const char        *extension;   /* ".svg", lower case */
  const char        *mime_type;   /* "image/svg+xml" */
  StkOutputContent   content;
  StkExportFormat    drawing;     /* drawings: the exporter's format */
  gboolean           has_paper;   /* notes: the format fixes the paper */
  StkPaper           paper;
  StkOutputWriteFunc write;       /* writes the file; nothing is left on failure */
};

void                   stk_output_options_init     (StkOutputOptions       *options);
const StkOutputFormat *stk_output_format_list      (guint                  *n_formats);
/* NULL for an id the list does not have. */
const StkOutputFormat *stk_output_format_find      (const char             *id);
/* The format of @content whose extension ends @path (case-insensitive); of
 * notes in PDF, the one on @paper. An error naming the path and the known
 * extensions otherwise. */
const StkOutputFormat *stk_output_format_for_path  (StkOutputContent        content,
                                                    const char             *path,
                                                    StkPaper                paper,
                                                    GError                **error);
/* ".pdf, .svg, .png, .dxf": the extensions of @content, each once, in the
 * list's order. */
char                  *stk_output_format_extensions (StkOutputContent       content);
gboolean               stk_output_format_write     (const StkOutputFormat  *format,
                                                    StkProject             *project,
                                                    StkCatalog             *catalog,
                                                    const StkOutputOptions *options,
                                                    const char             *path,
                                                    GError                **error);

G_END_DECLS
