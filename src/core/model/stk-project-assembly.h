/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* Edits of the project as an assembly (boards carried by connectors), each
 * one ::changed emission and so one undo step. */

/* A new connector from socket_board to header_board, not yet added: a fresh
 * id, the name "J<n>", the series' first height, 40 pins (or the nearest
 * count it sells), its default packaging. */
StkMate  *stk_project_new_mate            (StkProject      *self,
                                           const StkSeries *series,
                                           const char      *socket_board,
                                           const char      *header_board);
/* Adds board, carried by carrier_id through mate (the socket on the
 * carrier, the header on the new board): the header at the new board's
 * (0, 0), the socket beside what the carrier already carries, so that the
 * new board's default outline overlaps none of them. Takes both; one
 * change, ::changed::all (two items: a board's editor and a connector's
 * board pickers both follow it). */
void      stk_project_add_carried_board   (StkProject      *self,
                                           StkCatalog      *catalog,
                                           const char      *carrier_id,
                                           StkBoard        *board,
                                           StkMate         *mate);
/* Whether the outline (length × width from the corner (origin_x,
 * origin_y)) can be the board's: FALSE with a message naming the problem
 * for a length or width not above zero, or a connector of the board whose
 * centre lies outside it. */
gboolean  stk_project_check_board_outline (StkProject      *self,
                                           const char      *board_id,
                                           double           length_mm,
                                           double           width_mm,
                                           double           origin_x_mm,
                                           double           origin_y_mm,
                                           GError         **error);
/* Sets the outline after checking it (nothing changes when it fails);
 * around_connectors TRUE drops it for the default (the numbers are then
 * ignored). Emits ::changed::boards only when something changed, as
 * stk_project_update_board () does: the board's id, and the member
 * ("length_mm", "outline_set") when only one changed. */
gboolean  stk_project_set_board_outline   (StkProject      *self,
                                           const char      *board_id,
                                           gboolean         around_connectors,
                                           double           length_mm,
                                           double           width_mm,
                                           double           origin_x_mm,
                                           double           origin_y_mm,
                                           GError         **error);

G_END_DECLS
