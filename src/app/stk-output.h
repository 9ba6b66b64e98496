/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stk-catalog.h"
#include "stk-output-format.h"
#include "stk-project.h"
#include "stk-sheet.h"

G_BEGIN_DECLS

/* What Export… writes: the formats are core's one list
 * (stk_output_format_list); these put them into files the user chose. */

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
