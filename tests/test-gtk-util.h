/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Presents window and runs the main loop until its first frame is painted:
 * what a user sees first, including what the app builds once it is out. */
void test_present_until_painted (GtkWindow *window);

G_END_DECLS
