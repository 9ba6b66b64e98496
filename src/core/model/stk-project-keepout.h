/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-keepout.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* Whether a keep-out can be set: the file reader's bounds (sizes from
 * STK_KEEPOUT_MIN_SIZE_MM, a height the checks can use); FALSE with the reason, naming the board and the keep-out's place
 * in its list (1-based). */
gboolean stk_project_check_keepout (StkProject       *self,
                                    const char       *board_id,
                                    guint             index,
                                    const StkKeepout *keepout,
                                    GError          **error);
/* Sets a board's keep-outs (copies them; NULL or empty: none; at most
 * STK_KEEPOUTS_MAX) after checking each (nothing changes when one fails); emits ::changed
 * ("boards", the board's id, member "keepouts") when they differ. */
gboolean stk_project_set_keepouts  (StkProject       *self,
                                    const char       *board_id,
                                    GPtrArray        *keepouts,
                                    GError          **error);

G_END_DECLS
