/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STK_TYPE_APPLICATION (stk_application_get_type ())
G_DECLARE_FINAL_TYPE (StkApplication, stk_application, STK, APPLICATION, GtkApplication)

StkApplication *stk_application_new (void);

G_END_DECLS
