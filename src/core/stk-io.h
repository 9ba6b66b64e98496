/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stk-error.h"

G_BEGIN_DECLS

/* All file I/O of Stackup goes through here, so limits, atomic replacement
 * and error wording are the same for project files, notes and exports. */

/* Reads a whole regular file (a symbolic link is followed). A folder, FIFO,
 * device or socket is refused before it is opened for reading
 * (G_IO_ERROR_IS_DIRECTORY, G_IO_ERROR_NOT_REGULAR_FILE); a file larger than
 * max_size is refused (STK_ERROR_TOO_LARGE) after reading at most
 * max_size + 1 bytes, whatever size it claims. */
GBytes   *stk_io_read_file  (GFile       *file,
                             gsize        max_size,
                             GError     **error);
/* Writes contents to a temporary file beside the target, then renames it over
 * the target: the target is either the old file or the complete new one,
 * never half-written, and no temporary is left behind on failure. A symlink
 * target is resolved first so the link is kept and its target replaced. */
gboolean  stk_io_write_file (GFile       *file,
                             GBytes      *contents,
                             GError     **error);
/* The same for a path given on a command line. */
gboolean  stk_io_write_path (const char  *path,
                             GBytes      *contents,
                             GError     **error);

G_END_DECLS
