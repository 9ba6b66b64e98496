/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The app's settings. When the schema is not installed (or an older one
 * without every key is), the app says so once and runs on the defaults of
 * the schema it carries, remembering changes only until it quits. */
GSettings *stk_settings_new (void);

G_END_DECLS
