/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-project.h"
#include "stk-window.h"

G_BEGIN_DECLS

/* Presents window and runs the main loop until its first frame is painted:
 * what a user sees first, including what the app builds once it is out. */
void       test_present_until_painted (GtkWindow  *window);
/* A window with $STACKUP_EXAMPLES_DIR/name loaded, shown and painted. */
StkWindow *test_open_example          (const char *name);
/* A window of app (may be NULL) with path loaded (if not NULL), shown and
 * painted. */
StkWindow *test_open_window           (GtkApplication *app,
                                       const char     *path);
/* Runs the main loop for ms milliseconds. */
void       test_run_for               (guint       ms);
/* The first widget under root (root included) of the type, or named so. */
GtkWidget *test_find_type             (GtkWidget  *root,
                                       GType       type);
GtkWidget *test_find_named            (GtkWidget  *root,
                                       const char *name);

/* Runs what is pending in the main loop (at most 50 dispatches). */
void       test_iterate               (void);
/* The toplevel window named so (gtk_widget_set_name), or NULL. */
GtkWindow *test_find_toplevel         (const char *name);
/* The visible file chooser a GtkFileChooserNative shows under the tests. */
GtkWindow *test_find_file_chooser     (void);
/* Saves project as dir/basename, asserting it works; the path. */
char      *test_save_project          (const char *dir,
                                       const char *basename,
                                       StkProject *project);
/* The real application, registered (so started up: its actions and keys
 * are there) but not unique, so it meets no running Stackup on the bus. */
GtkApplication *test_register_app     (void);

/* The rows of the sidebar's assembly tree, as the user sees them: the
 * selection model over the tree (items GtkTreeListRow of StkAssemblyNode). */
GtkSingleSelection *test_tree_rows    (StkWindow  *window);
/* Selects the tree's row at position, as a click does, and runs the loop. */
void       test_tree_select_row       (StkWindow  *window,
                                       guint       position);
/* The position of the row of a board or connector (is_mate), or
 * GTK_INVALID_LIST_POSITION when no row shows it. */
guint      test_tree_find_row         (StkWindow  *window,
                                       const char *id,
                                       gboolean    is_mate);
/* The widget showing the tree's row at position (its GtkTreeExpander), or
 * NULL when the view has made none for it. */
GtkWidget *test_tree_row_widget       (StkWindow  *window,
                                       guint       position);

G_END_DECLS
