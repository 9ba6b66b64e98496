/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-sheet.h"

G_BEGIN_DECLS

/* Drawing exports. Each is rendered to memory by the one drawing path and
 * written through stk-io, so a failed export leaves no partial file. */

typedef enum {
  STK_EXPORT_SVG,
  STK_EXPORT_PNG,
  STK_EXPORT_PDF,
  STK_EXPORT_DXF,
} StkExportFormat;

typedef struct {
  double   dpi;    /* PNG only; default 300 */
  gboolean dark;   /* PNG/SVG/PDF colours; default light */
} StkExportOptions;

void        stk_export_options_init     (StkExportOptions       *options);
/* By file name extension, case-insensitive: the drawing formats of the
 * output list (stk-output-format.h). */
gboolean    stk_export_format_from_path (const char             *path,
                                         StkExportFormat        *format,
                                         GError                **error);
/* SVG and PDF are true size (1 drawing mm = 1 mm), PNG at options->dpi,
 * DXF at true size in mm. */
GBytes     *stk_export_drawing_bytes    (const StkDrawing       *drawing,
                                         StkExportFormat         format,
                                         const StkExportOptions *options,
                                         GError                **error);
/* Format from the path's extension. */
gboolean    stk_export_drawing          (const StkDrawing       *drawing,
                                         const char             *path,
                                         const StkExportOptions *options,
                                         GError                **error);
/* The drawing sheets: PDF one page per sheet, SVG and PNG the sheets one
 * under another, all at paper size; DXF in drawing mm at 1:1 (the frame
 * and lettering scaled by the inverse of the sheet scale, as a drafter lays
 * out model space), one layer per part as for a drawing. */
GBytes     *stk_export_sheets_bytes     (const StkSheets        *sheets,
                                         StkExportFormat         format,
                                         const StkExportOptions *options,
                                         GError                **error);
gboolean    stk_export_sheets           (const StkSheets        *sheets,
                                         const char             *path,
                                         const StkExportOptions *options,
                                         GError                **error);
/* The DXF writer on its own (stk-export-dxf.c): coordinates times k. */
GBytes     *stk_export_dxf              (const StkDrawing       *drawing,
                                         double                  k);

G_END_DECLS
