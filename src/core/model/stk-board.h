/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  STK_BOARD_RIGID,
  STK_BOARD_FPC,
} StkBoardKind;

typedef enum {
  STK_FLATNESS_WARP_MM,          /* measured warp over the connector length */
  STK_FLATNESS_BOW_TWIST_PERCENT /* IPC-style bow and twist, % of length */
} StkFlatnessKind;

typedef enum {
  STK_STIFFENER_NONE,
  STK_STIFFENER_GLASS_EPOXY,
  STK_STIFFENER_POLYIMIDE,
  STK_STIFFENER_SUS,
} StkStiffenerKind;

/* One board of the assembly. boards[0] is the base board the others are
 * placed from, through their mates (stk-placement.h). */
typedef struct {
  char            *id;                     /* stable, referenced by mates; first member (the project indexes it) */
  char            *name;
  StkBoardKind     kind;
  double           thickness_mm;
  StkFlatnessKind  flatness_kind;
  double           warp_mm;
  double           bow_twist_percent;
  double           placement_accuracy_mm;  /* ± of the line that mounts its connectors */
  double           component_top_mm;       /* tallest part on the face toward the board above */
  double           component_bottom_mm;    /* … toward the board below */
  gboolean         double_sided;           /* reflowed on both sides */
  /* FPC only: cover-lay plus adhesive under the connector (the connector has
   * no stand-off); coverlay_set FALSE: not given */
  gboolean         coverlay_set;
  double           coverlay_thickness_mm;
  /* FPC only: the reinforcing plate behind the connector */
  StkStiffenerKind stiffener;
  double           stiffener_thickness_mm;
  gboolean         stiffener_recommended;  /* use the recommended outline */
  double           stiffener_length_mm;
  double           stiffener_width_mm;
  /* The board's outline in its own coordinates (those of its connectors'
   * positions): length along x, width along y, from the corner (origin_x,
   * origin_y). outline_set FALSE: the box around its connectors plus a
   * margin (stk-placement). */
  gboolean         outline_set;
  double           length_mm;
  double           width_mm;
  double           origin_x_mm;
  double           origin_y_mm;
  GPtrArray       *keepouts;               /* StkKeepout (stk-keepout.h) on either face, or NULL */
  JsonObject      *extra;                  /* sealed; members of the file this version does not know, or NULL */
} StkBoard;

/* The outline's bounds in the file (its reader) and in the editors
 * (stk_project_check_board_outline): a side from 0.5 to 1000 mm, the
 * corner within 1000 mm of the board's origin either way. */
#define STK_OUTLINE_MIN_SIDE_MM 0.5
#define STK_OUTLINE_MAX_MM      1000.0

/* What a board's figures may be, in mm (bow and twist in %): the file
 * reader refuses anything outside, and the editors offer nothing outside,
 * so an edit can never make a project its own save refuses (saving reads
 * the written text back through the reader). */
#define STK_BOARD_THICKNESS_MIN_MM            0.05
#define STK_BOARD_THICKNESS_MAX_MM            10.0
#define STK_BOARD_WARP_MAX_MM                 5.0
#define STK_BOARD_BOW_TWIST_MAX_PERCENT       10.0
#define STK_BOARD_PLACEMENT_MAX_MM            2.0
#define STK_BOARD_COMPONENT_MAX_MM            20.0
#define STK_BOARD_COVERLAY_MAX_MM             1.0
#define STK_BOARD_STIFFENER_THICKNESS_MIN_MM  0.05
#define STK_BOARD_STIFFENER_THICKNESS_MAX_MM  1.0
#define STK_BOARD_STIFFENER_SIDE_MIN_MM       0.5
#define STK_BOARD_STIFFENER_SIDE_MAX_MM       100.0

#define STK_TYPE_BOARD (stk_board_get_type ())
GType        stk_board_get_type            (void) G_GNUC_CONST;
StkBoard    *stk_board_new                 (const char       *id,
                                            const char       *name,
                                            StkBoardKind      kind);
StkBoard    *stk_board_copy                (const StkBoard   *board);
void         stk_board_free                (StkBoard         *board);
const char  *stk_board_kind_to_string      (StkBoardKind      kind);
gboolean     stk_board_kind_from_string    (const char       *str,
                                            StkBoardKind     *kind);
const char  *stk_stiffener_kind_to_string  (StkStiffenerKind  kind);
gboolean     stk_stiffener_kind_from_string(const char       *str,
                                            StkStiffenerKind *kind);
const char  *stk_flatness_kind_to_string   (StkFlatnessKind   kind);
gboolean     stk_flatness_kind_from_string (const char       *str,
                                            StkFlatnessKind  *kind);
/* Thickness of board plus stiffener, as it sits in the stack. */
double       stk_board_stack_thickness     (const StkBoard   *board);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkBoard, stk_board_free)

G_END_DECLS
