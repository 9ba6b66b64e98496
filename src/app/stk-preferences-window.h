/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STK_TYPE_PREFERENCES_WINDOW (stk_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (StkPreferencesWindow, stk_preferences_window, STK, PREFERENCES_WINDOW, GtkWindow)

StkPreferencesWindow *stk_preferences_window_new (GtkWindow *parent);

G_END_DECLS
