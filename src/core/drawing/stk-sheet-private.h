/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-drawing.h"
#include "stk-sheet.h"

G_BEGIN_DECLS

/* What stk-sheet.c (the sheets, their frame and title block) and
 * stk-sheet-layout.c (which view goes where, at what scale) share. */

/* ISO 5457: a 20 mm filing margin on the left, 10 mm elsewhere. */
#define MARGIN_LEFT_MM  20.0
#define MARGIN_MM       10.0
#define PAD_MM          5.0    /* between the frame and the views */
#define VIEW_GAP_MM     10.0
#define SCALE_NOTE_MM   6.0    /* room for "Scale 2:1" under a view */
#define STRIP_GAP_MM    10.0
/* ISO 7200: a title block at most 180 mm wide, in the lower right corner. */
#define BLOCK_W_MM      180.0
#define STK_SHEET_N_SCALES 11
/* ISO 5455 preferred scales, largest first. */
extern const double _stk_sheet_scales[STK_SHEET_N_SCALES];

typedef struct {
  StkDrawing *drawing;   /* the view drawn for its scale, or only measured (lazy sheets) */
  double      asked;     /* the scale it was built for */
  guint       sheet;
  double      x, y;      /* top-left on the sheet, paper mm */
  double      scale;
} Placed;

struct _StkSheets
{
  StkSheetSpec  spec;
  double        width, height;
  double        area_x, area_y, area_w, area_h;
  double        block_h;
  double        scale;
  GArray       *placed;  /* Placed */
  GPtrArray    *sheets;  /* StkDrawing, paper mm; NULL until first asked for */
  StkViewSource source;  /* builds the views of a sheet when it is first asked for */
  StkTitleBlock title;   /* its strings copied */
  gboolean      lazy;    /* laid out by measuring */
  StkDrawing   *measured[STK_SHEET_N_SCALES]; /* the view being laid out, by scale (lazy) */
};

/* Builds (or measures, lazy) every view at its scale and places them on
 * sheets; returns how many sheets. */
guint    _stk_sheets_lay_out   (StkSheets           *self,
                                const StkViewSource *views);
/* A view drawn at another scale than the sheet's has a "Scale" note. */
gboolean _stk_sheets_has_note  (const StkSheets     *self,
                                const Placed        *placed);

G_END_DECLS
