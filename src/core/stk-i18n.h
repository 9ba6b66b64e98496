/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  stk_i18n_init     (void);
char *stk_format_decimal (double value,
                          guint  max_decimals,
                          guint  min_decimals);
char *stk_format_number  (double value);
const char *stk_number_list_separator (void);
const char *stk_font_family (void);

G_END_DECLS
