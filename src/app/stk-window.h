/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_WINDOW (stk_window_get_type ())
G_DECLARE_FINAL_TYPE (StkWindow, stk_window, STK, WINDOW, GtkApplicationWindow)

StkWindow  *stk_window_new           (GtkApplication *application);
StkProject *stk_window_get_project   (StkWindow      *self);
GFile      *stk_window_get_file      (StkWindow      *self);
gboolean    stk_window_get_modified  (StkWindow      *self);
/* Replaces the document without asking; errors go to a dialog. */
gboolean    stk_window_load_file     (StkWindow      *self,
                                      GFile          *file);
/* A bundled example, or a new project if none is installed. */
void        stk_window_load_example  (StkWindow      *self);

/* Lists the drafts a crash or kill left (none: nothing shows) in a bar of
 * this window, each with Recover and Discard. */
void        stk_window_offer_recovery (StkWindow     *self);

/* A print operation for the drawing, with the window's remembered print
 * settings, page setup and scale. */
GtkPrintOperation *stk_window_new_print_operation (StkWindow *self);
/* What Export… does once a file is chosen: format_id from stk_output_format_list();
 * the extension is added when missing; the last folder, format and dpi are
 * remembered. The document is untouched either way. */
/* The Export… dialog, not yet shown: in the project's folder (else the last
 * export folder), with the last format and PNG resolution chosen. */
GtkFileChooserNative *stk_window_new_export_dialog (StkWindow *self);
gboolean    stk_window_export        (StkWindow      *self,
                                      const char     *format_id,
                                      int             dpi,
                                      GFile          *file,
                                      GError        **error);

G_END_DECLS
