/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stk-catalog.h"
#include "stk-project.h"
#include "stk-sheet.h"

G_BEGIN_DECLS

/* What Export… can write. Each goes through the core's exporters, which
 * write through stk-io: a failure leaves no partial file. */
typedef enum {
  STK_OUTPUT_DRAWING,
  STK_OUTPUT_NOTE_A4,
  STK_OUTPUT_NOTE_LETTER,
} StkOutputKind;

typedef struct {
  const char   *id;         /* "drawing-svg", stored in GSettings */
  const char   *label;      /* N_() marked */
  const char   *extension;  /* ".svg" */
  StkOutputKind kind;
} StkOutputFormat;

const StkOutputFormat *stk_output_formats      (guint                 *n_formats);
const StkOutputFormat *stk_output_find_format  (const char            *id);
/* file with the format's extension added unless it already has it. */
GFile                 *stk_output_with_extension (GFile               *file,
                                                  const StkOutputFormat *format);
/* Drawings on the sheets of spec (NULL: A4 landscape, largest scale that
 * fits); design notes on their own paper. */
gboolean               stk_output_write        (StkProject            *project,
                                                StkCatalog            *catalog,
                                                const StkOutputFormat *format,
                                                const StkSheetSpec    *spec,
                                                double                 dpi,
                                                GFile                 *file,
                                                GError               **error);

G_END_DECLS
