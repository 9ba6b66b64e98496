/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STK_TYPE_APPLICATION (stk_application_get_type ())
G_DECLARE_FINAL_TYPE (StkApplication, stk_application, STK, APPLICATION, GtkApplication)

StkApplication *stk_application_new        (void);
/* The app's stylesheet (ui/stackup.css) for every window on the display;
 * the tests, which make windows without the application, call it too. */
void            stk_application_load_style (GdkDisplay *display);

G_END_DECLS
