/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-draw.h"

G_BEGIN_DECLS

/* Drawing sheets: views placed at one scale on standard sheets with a frame
 * (ISO 5457) and a title block (ISO 7200). Every drawing output (canvas,
 * print, PDF/SVG/PNG/DXF, the design note) shows these sheets. */

typedef enum {
  STK_SHEET_A4,
  STK_SHEET_A3,
  STK_SHEET_LETTER,
  STK_SHEET_TABLOID,
  STK_SHEET_CUSTOM,  /* width_mm × height_mm, e.g. a printer's paper */
} StkSheetSize;

#define STK_SCALE_FIT 0.0

typedef struct {
  StkSheetSize size;
  gboolean     landscape;
  double       width_mm, height_mm;  /* STK_SHEET_CUSTOM only, as given */
  double       scale;                /* paper mm per drawing mm, or STK_SCALE_FIT */
  StkUnits     units;                /* of the lengths in the views' labels (mm: files) */
} StkSheetSpec;

/* The views to place: n views, each built on demand for a scale. A view
 * whose drawing comes back with another scale than asked (the legend, at
 * paper size) is placed as it is. Another view list (an assembly's top view
 * and sections) can use the same layout. With measure TRUE, build may
 * return a measuring drawing (_stk_drawing_new_measure: its extents, scale
 * and caption, no primitives) or the drawing itself. The sheets call build
 * until they are freed, then destroy (if set) on user_data. */
typedef struct {
  guint          n_views;
  StkDrawing  *(*build) (gpointer user_data,
                         guint    index,
                         double   scale,
                         gboolean measure);
  gpointer       user_data;
  GDestroyNotify destroy;
} StkViewSource;

/* What the title block says; NULL fields stay empty. */
typedef struct {
  const char *title;
  const char *project;
  const char *number;
  const char *revision;
  const char *date;
  const char *drawn;
  const char *checked;
  const char *approved;
  const char *notes;       /* "Dimensions in mm…" lines, '\n' separated */
} StkTitleBlock;

typedef struct _StkSheets StkSheets;

void        stk_sheet_spec_init        (StkSheetSpec        *spec);
/* The sheet's width and height in mm, orientation applied. */
void        stk_sheet_spec_get_size    (const StkSheetSpec  *spec,
                                        double              *width_mm,
                                        double              *height_mm);
/* "A4", "Letter", or "210 × 99 mm" */
char       *stk_sheet_spec_describe    (const StkSheetSpec  *spec);
/* "a4", "a3", "letter", "tabloid", case-insensitive */
gboolean    stk_sheet_size_from_string (const char          *str,
                                        StkSheetSize        *size);
/* The standard size nearest a paper of width × height mm (within 3 mm),
 * with its orientation; else STK_SHEET_CUSTOM of that size. */
void        stk_sheet_spec_for_paper   (StkSheetSpec        *spec,
                                        double               width_mm,
                                        double               height_mm);
/* ISO 5455 preferred scales, largest first: 20:1 … 1:100. */
const double *stk_sheet_scales         (guint               *n_scales);
/* "fit" or one of the preferred scales written as stk_draw_format_scale does. */
gboolean    stk_sheet_scale_from_string (const char         *str,
                                        double              *scale);
/* "1:1", "5:1", "1:2" */
char       *stk_draw_format_scale      (double               scale);

StkSheets  *stk_sheets_new             (StkProject          *project,
                                        StkCatalog          *catalog,
                                        const StkSheetSpec  *spec);
/* The same, marking what fails in results (StkCheckResult records of this
 * project, as stk_checks_run_cached () shares them) instead of running the
 * checks again. */
StkSheets  *stk_sheets_new_with_results (StkProject         *project,
                                         StkCatalog         *catalog,
                                         const StkSheetSpec *spec,
                                         GPtrArray          *results);
/* The same laid out from the views' measured extents, each sheet built
 * when first asked for (stk_sheets_get_sheet): what the canvas shows of a
 * large assembly costs the sheets in sight, not all of them. The project
 * must not change while the sheets are in use (the canvas makes new ones on
 * each change). */
StkSheets  *stk_sheets_new_lazy        (StkProject         *project,
                                        StkCatalog         *catalog,
                                        const StkSheetSpec *spec,
                                        GPtrArray          *results);
/* views is copied; lazy: laid out by measuring (see StkViewSource). */
StkSheets  *stk_sheets_new_for_views   (const StkViewSource *views,
                                        const StkSheetSpec  *spec,
                                        const StkTitleBlock *title,
                                        gboolean             lazy);
void        stk_sheets_free            (StkSheets           *sheets);
guint       stk_sheets_get_n_sheets    (const StkSheets     *sheets);
/* The scale in the title block: the one most views are drawn at. */
double      stk_sheets_get_scale       (const StkSheets     *sheets);
void        stk_sheets_get_size        (const StkSheets     *sheets,
                                        double              *width_mm,
                                        double              *height_mm);
/* Sheet index as a drawing in paper mm (scale 1), origin top-left, built
 * when first asked for and kept (the sheets are not for several threads). */
const StkDrawing *stk_sheets_get_sheet (const StkSheets     *sheets,
                                        guint                index);
/* Where view v went: its sheet, its top-left corner in paper mm and its
 * scale; FALSE when v is out of range. */
gboolean    stk_sheets_get_placement   (const StkSheets     *sheets,
                                        guint                view,
                                        guint               *sheet,
                                        double              *x,
                                        double              *y,
                                        double              *scale);
/* How many sheets have been built so far (lazy sheets build on request). */
guint       stk_sheets_count_built     (const StkSheets     *sheets);
/* Where sheet index lies in the strip below (paper mm from its top), and
 * the strip's size: the canvas draws the sheets in sight there. */
double      stk_sheets_get_sheet_y     (const StkSheets     *sheets,
                                        guint                index);
void        stk_sheets_get_strip_size  (const StkSheets     *sheets,
                                        double              *width_mm,
                                        double              *height_mm);
/* Every sheet one under another, 10 mm apart: SVG, PNG and the canvas. */
StkDrawing *stk_sheets_new_strip       (const StkSheets     *sheets);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkSheets, stk_sheets_free)

G_END_DECLS
