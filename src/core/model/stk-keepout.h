/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-mate.h"

G_BEGIN_DECLS

/* A keep-out on one face of a board: the room a tall part (a shield can,
 * a coil, a battery clip) takes, so that the clearance check uses its
 * height where it lies under another board, and the face's tallest-part
 * height (component_top_mm / component_bottom_mm) everywhere else.
 * In the board's own coordinates, those of its connectors and outline. */
typedef struct {
  StkFace  face;
  double   x_mm, y_mm;          /* centre */
  double   length_mm, width_mm; /* along the board's x and y */
  double   height_mm;           /* above (top face) or below (bottom face) the board */
  char    *label;               /* "Shield can"; may be empty */
} StkKeepout;

/* The bounds of the file's reader, which the editors hold to as well
 * (stk_project_check_keepout, stk_project_set_keepouts). */
#define STK_KEEPOUT_MAX_HEIGHT_MM 20.0
#define STK_KEEPOUT_MAX_SIZE_MM   1000.0
#define STK_KEEPOUT_MIN_SIZE_MM   0.01   /* length, width and height */
#define STK_KEEPOUTS_MAX          200    /* on one board */

StkKeepout *stk_keepout_new        (StkFace           face,
                                    double            x_mm,
                                    double            y_mm,
                                    double            length_mm,
                                    double            width_mm,
                                    double            height_mm,
                                    const char       *label);
StkKeepout *stk_keepout_copy       (const StkKeepout *keepout);
void        stk_keepout_free       (StkKeepout       *keepout);
gboolean    stk_keepout_equal      (const StkKeepout *a,
                                    const StkKeepout *b);
/* A new array of copies (free function set); NULL or empty: NULL. */
GPtrArray  *stk_keepouts_copy      (GPtrArray        *keepouts);
gboolean    stk_keepouts_equal     (GPtrArray        *a,
                                    GPtrArray        *b);
/* Its rectangle x0, y0, x1, y1 in the board's own coordinates. */
void        stk_keepout_rect       (const StkKeepout *keepout,
                                    double            rect[4]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkKeepout, stk_keepout_free)

G_END_DECLS
