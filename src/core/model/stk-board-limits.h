/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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
