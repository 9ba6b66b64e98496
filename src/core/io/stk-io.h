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
/* Replaces the file with contents so that a kill at any moment leaves the
 * old file or the new one (stk-io-write.c says how; a file with several hard
 * links is rewritten in place, a copy first): a symbolic link chain is
 * followed and kept, mode, owner and group and hard links are kept, and a
 * read-only file or folder is refused (STK_ERROR_READ_ONLY) and left as it
 * was. Other failures are STK_ERROR_WRITE, with nothing replaced. */
gboolean  stk_io_write_file (GFile       *file,
                             GBytes      *contents,
                             GError     **error);
/* The same for a path given on a command line. */
gboolean  stk_io_write_path (const char  *path,
                             GBytes      *contents,
                             GError     **error);

G_END_DECLS
