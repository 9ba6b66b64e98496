/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* Where every board of a project sits in 3D, found from its mates.
 *
 * The boards form a tree rooted at the base board, boards[0], which lies
 * at the origin, unrotated, its bottom face at z = 0. A mate places the
 * board at its far end: in plan, the header's centre lands on the socket's
 * and the two parts' frames coincide, so the child board turns by the
 * parent part's rotation minus its own part's; in height, the child lies
 * the mated height above the face the connector is on (below it for a
 * connector on the bottom face). Boards keep their face up: a board hung
 * under its parent carries its part on its top face.
 *
 * Plan coordinates are millimetres, x to the right and y up as seen from
 * above; rotations are counter-clockwise, multiples of 90°. */

#define STK_OUTLINE_MARGIN_MM 2.0  /* default outline: this much around the connectors */

typedef enum {
  STK_MATE_PLACED,          /* the mate places a board (a branch of the tree) */
  STK_MATE_SAME_BOARD,      /* socket and header on one board */
  STK_MATE_UNKNOWN_BOARD,   /* a board id no board has */
  STK_MATE_DUPLICATE_PAIR,  /* a second mate between the same two boards */
  STK_MATE_LOOP,            /* closes a loop of boards: over-constrained */
  STK_MATE_BAD_ROTATION,    /* a rotation not a multiple of 90° */
  STK_MATE_UNREACHED,       /* joins boards not joined to the base board */
} StkMateStatus;

typedef struct {
  const StkBoard *board;
  gboolean        placed;       /* joined to the base board through mates */
  int             parent;       /* board index, -1 for the base board and unplaced boards */
  int             via_mate;     /* mate index joining it to its parent, or -1 */
  guint           depth;        /* mates from the base board */
  double          x, y;         /* where the board's own (0, 0) lies in plan */
  double          rotation_deg; /* of the board in plan: 0, 90, 180 or 270 */
  double          z;            /* bottom face of the board (without stiffener) */
  double          outline[4];   /* x0, y0, x1, y1 of its outline in plan */
} StkBoardPlace;

typedef struct {
  const StkMate  *mate;
  StkMateStatus   status;
  int             lower;        /* board index of the board below the gap (-1: unknown) */
  int             upper;        /* … above it */
  int             other;        /* for a duplicate pair or a loop: the mate it repeats or closes (index) */
  double          x, y;         /* connector centre in plan (placed mates only) */
  double          rotation_deg; /* of the pair in plan */
  double          z0, z1;       /* the gap: top face of the lower board to bottom face of the upper */
} StkMatePlace;

typedef struct {
  guint a, b;                   /* board indexes, a < b */
} StkCollision;

typedef struct {
  StkBoardPlace *boards;        /* one per board, in the project's order */
  guint          n_boards;
  StkMatePlace  *mates;         /* one per mate */
  guint          n_mates;
  StkCollision  *collisions;    /* pairs of placed boards whose bodies overlap */
  guint          n_collisions;
  double         z_min, z_max;  /* the envelope of the placed boards in height */
  double         envelope[4];   /* … and in plan */
} StkPlacement;

/* catalog: for the default outlines (the connectors' lengths and widths);
 * NULL: connectors count as points. */
StkPlacement *stk_placement_new            (StkProject         *project,
                                            StkCatalog         *catalog);
void          stk_placement_free           (StkPlacement       *placement);
/* A board's outline in its own coordinates: the set one, or the default. */
void          stk_placement_board_outline  (StkProject         *project,
                                            StkCatalog         *catalog,
                                            guint               board_index,
                                            double              outline[4]);
/* Whether a new mate between boards a and b could be made: FALSE with the
 * reason when they are one board, already joined by a mate (the catalogs'
 * rule) or already joined through other boards (a loop). */
gboolean      stk_placement_can_join       (StkProject         *project,
                                            const char         *board_a,
                                            const char         *board_b,
                                            GError            **error);
/* The placed boards' indexes, lowest first (g_free() it). */
guint        *stk_placement_order_by_height (const StkPlacement  *placement,
                                             guint               *n_placed);
/* Whether two boards' outlines overlap in plan (touching does not count). */
gboolean      stk_placement_plan_overlap   (const StkBoardPlace *a,
                                            const StkBoardPlace *b);
/* Turns (x, y) by a multiple of 90° counter-clockwise, exactly. */
void          stk_placement_rotate         (double              rotation_deg,
                                            double             *x,
                                            double             *y);

/* Whether a section cut's line crosses a placed board (its outline, edges
 * included); FALSE with a message naming the cut and where the placed
 * boards lie across it. Such a cut has an empty section: the editors
 * refuse it, a file keeps it, the top view names it. */
gboolean      stk_placement_cut_crosses    (const StkPlacement  *placement,
                                            const StkSectionCut *cut,
                                            GError             **error);
/* Why a mate places no board, in a few words ("closes a loop of
 * boards"); NULL for a placed one. */
const char   *stk_mate_status_describe     (StkMateStatus        status);
/* Where the socket (or header) of mate k lies in plan when its board is
 * placed, even if the mate itself places nothing: its centre and
 * rotation; FALSE when its board is not placed. */
gboolean      stk_placement_part_in_plan   (const StkPlacement  *placement,
                                            StkProject          *project,
                                            guint                k,
                                            gboolean             socket,
                                            double              *x,
                                            double              *y,
                                            double              *rotation_deg);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkPlacement, stk_placement_free)

G_END_DECLS
