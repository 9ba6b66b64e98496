/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-keepout.h"
#include "stk-placement.h"

G_BEGIN_DECLS

/* Where two placed boards face each other: the lower board's top face
 * under the upper board's bottom face, their outlines overlapping in plan
 * and no board between them covering all of that overlap. The clearance
 * check and the sections both use these records, so the numbers drawn are
 * the numbers checked.
 *
 * The facing parts' heights are the faces' tallest-part heights, or a
 * keep-out's height where a keep-out on the face lies in the overlap and
 * is taller: the pair of heights whose sum is largest at one place in the
 * overlap (two keep-outs count together only where they overlap each
 * other there too). */
typedef struct {
  guint  lower, upper;       /* board indexes */
  int    mate;               /* the mate placing one on the other, or -1 */
  double overlap[4];         /* x0, y0, x1, y1 in plan */
  double gap;                /* lower's top face to upper's bottom face */
  double top_mm;             /* the lower board's facing part height there (≥ 0) */
  double bottom_mm;          /* the upper board's (≥ 0) */
  int    top_keepout;        /* index into the lower board's keep-outs that sets top_mm, or -1 */
  int    bottom_keepout;     /* … into the upper board's, or -1 */
} StkFacing;

typedef struct {
  StkFacing *facings;        /* lower boards lowest first */
  guint      n_facings;
  int       *by_mate;        /* per mate: its facing's index, or -1 */
  guint     *lower_first;    /* per board: its facings as the lower board are */
  guint     *lower_count;    /* facings[lower_first[b]] … (lower_count[b] of them) */
} StkFacings;

StkFacings *stk_facings_new            (const StkPlacement *placement);
void        stk_facings_free           (StkFacings         *facings);
/* A keep-out of the board at bp in plan: x0, y0, x1, y1. */
void        stk_facing_keepout_plan    (const StkBoardPlace *bp,
                                        const StkKeepout    *keepout,
                                        double               rect[4]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkFacings, stk_facings_free)

G_END_DECLS
