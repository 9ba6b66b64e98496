/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-draw.h"

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
/* By file name extension, case-insensitive: .svg .png .pdf .dxf */
gboolean    stk_export_format_from_path (const char             *path,
                                         StkExportFormat        *format,
                                         GError                **error);
const char *stk_export_format_to_string (StkExportFormat         format);
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
/* A printable PDF page (stk_draw_page) of page_width × page_height mm. */
GBytes     *stk_export_page_pdf         (const StkDrawing       *drawing,
                                         double                  page_width_mm,
                                         double                  page_height_mm,
                                         double                  scale,
                                         const StkTitleBlock    *title,
                                         GError                **error);
/* The DXF writer on its own (stk-export-dxf.c). */
GBytes     *stk_export_dxf              (const StkDrawing       *drawing);

G_END_DECLS
