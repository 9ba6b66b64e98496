/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stk-project.h"

G_BEGIN_DECLS

/* The .stackup project format: JSON, described in docs/file-format.md. */
#define STK_PROJECT_FORMAT          "stackup-project"
#define STK_PROJECT_FORMAT_VERSION  3
#define STK_PROJECT_MAX_SIZE        (4 * 1024 * 1024)
#define STK_PROJECT_MIME_TYPE       "application/x-stackup"

/* Parse and validate; errors name the JSON path. `what` names the source
 * in messages (a file name). Older versions are migrated. */
StkProject *stk_project_load_data  (const char  *data,
                                    gsize        length,
                                    const char  *what,
                                    GError     **error);
StkProject *stk_project_load_file  (GFile       *file,
                                    GError     **error);
/* Serialise; unknown members read from the file are written back. */
char       *stk_project_to_json    (StkProject  *project);
/* Serialise (pretty-printed, or compact if only that fits the size the
 * reader opens; STK_ERROR_TOO_LARGE if neither does), parse back and
 * compare, then replace the file through stk-io. */
gboolean    stk_project_save_file  (StkProject  *project,
                                    GFile       *file,
                                    GError     **error);

G_END_DECLS
