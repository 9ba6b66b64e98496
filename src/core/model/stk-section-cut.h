/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A section the user asked for, besides the one through each connector:
 * a vertical plane along x (at y = at_mm) or along y (at x = at_mm), in
 * the base board's frame. The file's "section_cuts" member. */
/* The bounds the file's reader holds the cuts to; the editors check
 * against them too (stk_section_cut_check_new), or a project could take
 * a cut it could not save. */
#define STK_SECTION_CUTS_MAX          100
#define STK_SECTION_CUT_LABEL_MAX     3

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

/* Whether cut can join cuts (a project's section cuts): at most
 * STK_SECTION_CUTS_MAX in all, and its label, if any, unused; FALSE with
 * the reason, in the reader's words. */
gboolean       stk_section_cut_check_new        (const GPtrArray     *cuts,
                                                 const StkSectionCut *cut,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkSectionCut, stk_section_cut_free)

G_END_DECLS
