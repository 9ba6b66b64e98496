/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

/* The number formatters live in stk-format.h; most users of one want both. */
#include "stk-format.h"

G_BEGIN_DECLS

void  stk_i18n_init     (void);
const char *stk_number_list_separator (void);
const char *stk_font_family (void);

G_END_DECLS
