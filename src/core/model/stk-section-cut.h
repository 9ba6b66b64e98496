/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A section the user asked for, besides the one through each connector:
 * a vertical plane along x (at y = at_mm) or along y (at x = at_mm), in
 * the base board's frame. The file's "section_cuts" member. */
typedef enum {
  STK_CUT_ALONG_X,  /* "x": the cut line runs along x, at y = at_mm */
  STK_CUT_ALONG_Y,  /* "y": the cut line runs along y, at x = at_mm */
} StkCutAxis;

typedef struct {
  StkCutAxis  axis;
  double      at_mm;
  char       *label;   /* "C": names the cut and its section ("C–C"); NULL or "": the next free letter */
} StkSectionCut;

StkSectionCut *stk_section_cut_new              (StkCutAxis           axis,
                                                 double               at_mm,
                                                 const char          *label);
StkSectionCut *stk_section_cut_copy             (const StkSectionCut *cut);
void           stk_section_cut_free             (StkSectionCut       *cut);
const char    *stk_cut_axis_to_string           (StkCutAxis           axis);
gboolean       stk_cut_axis_from_string         (const char          *str,
                                                 StkCutAxis          *axis);

/* "x=12.5", "y=-20:D": axis, coordinate in mm, optional label (the
 * CLI's --cut); NULL with an error saying what is wrong. */
StkSectionCut *stk_section_cut_parse            (const char          *text,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkSectionCut, stk_section_cut_free)

G_END_DECLS
