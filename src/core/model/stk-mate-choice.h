/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-mate.h"

G_BEGIN_DECLS

/* After the user changes the series, height or packaging of a mate, bring
 * the rest back to a combination the catalog sells, keeping as much of the
 * user's choice as possible: the same height if the series has it, the same
 * packaging if it exists at that height, the same pin count or else the
 * nearest one offered. Returns FALSE if the series sells nothing at all. */
gboolean  stk_mate_choose_valid     (StkMate         *mate,
                                     const StkSeries *series);
/* Packagings of the series that have at least one product at this height. */
GPtrArray *stk_series_packagings_for_height (const StkSeries *series,
                                             double           mated_height);

G_END_DECLS
