/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stk-project.h"

/* Running programs from tests and finding files in the source tree. */

typedef struct {
  int   status; /* exit code */
  char *out;
  char *err;    /* NULL unless stderr was piped */
} TestRun;

void  test_run_clear   (TestRun           *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TestRun, test_run_clear)

/* Runs argv (PATH is searched) to its end and asserts it exited. stderr is
 * G_SUBPROCESS_FLAGS_STDERR_PIPE (into err), _MERGE (into out) or _SILENCE. */
void  test_run_program (TestRun           *run,
                        GSubprocessFlags   stderr_flags,
                        const char *const *argv);
/* The same for the built stackup-cli ($STACKUP_CLI) with args. */
void  test_run_cli     (TestRun           *run,
                        GSubprocessFlags   stderr_flags,
                        const char *const *args);
/* first and the rest of a NULL-terminated argument list, NULL-terminated. */
GPtrArray *test_collect_args (const char *first,
                              va_list     rest);
/* A path below $STACKUP_SOURCE_ROOT, from NULL-terminated parts. */
char *test_source_path (const char        *first,
                        ...) G_GNUC_NULL_TERMINATED;
/* Removes a folder and everything in it (making read-only folders writable
 * first); counts a folder's entries. For tests' temporary folders. */
void  test_remove_tree   (const char *dir);
guint test_count_entries (const char *dir);
/* A project from data/examples ("phone.stackup"), asserting it loads. */
StkProject *test_load_example (const char *file_name);
