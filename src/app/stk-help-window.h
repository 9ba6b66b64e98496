/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STK_TYPE_HELP_WINDOW (stk_help_window_get_type ())
G_DECLARE_FINAL_TYPE (StkHelpWindow, stk_help_window, STK, HELP_WINDOW, GtkWindow)

/* The user guide's Mallard pages shown as plain text, pictures and links,
 * for where GNOME's help viewer is not installed. folder holds index.page
 * and the other pages (and their figures/). */
StkHelpWindow *stk_help_window_new       (GtkWindow  *parent,
                                          const char *folder);
/* Shows the page with that id ("index", "checks"); FALSE if there is none. */
gboolean       stk_help_window_show_page (StkHelpWindow *self,
                                          const char    *page_id);
const char    *stk_help_window_get_page  (StkHelpWindow *self);

/* The folder of the guide's pages in the user's language (else C): under
 * $STACKUP_HELP_DIR for an uninstalled run, else where `meson install`
 * put them (DATADIR/help/LANG/stackup); NULL if there is none. */
char          *stk_help_find_folder      (void);
/* Opens the guide: in GNOME's help viewer (help:stackup) where one is
 * there, else, or if it fails, in a StkHelpWindow. */
void           stk_help_show             (GtkWindow  *parent);

G_END_DECLS
