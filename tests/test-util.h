/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include <json-glib/json-glib.h>

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
/* The same, stderr piped, with the arguments as a NULL-terminated list:
 * test_cli_run (&run, "part", "--json", NULL). */
void  test_cli_run     (TestRun           *run,
                        const char        *first,
                        ...) G_GNUC_NULL_TERMINATED;
/* Fails, showing the text, unless needle is in haystack. */
void  test_assert_contains (const char    *haystack,
                            const char    *needle);
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

/* Reading and writing project files, asserting each step succeeds. */
char       *test_example_path (const char *name);
StkProject *test_load_path    (const char *path);
/* text as a file named test.stackup; NULL and error when it does not load. */
StkProject *test_load_text    (const char *text,
                               GError    **error);
void        test_save_path    (StkProject *project,
                               const char *path);
char       *test_read_text    (const char *path);
JsonNode   *test_parse_json   (const char *text);

/* A project's i-th board and mate, in its order. */
StkBoard *test_board_at (StkProject *project,
                         guint       i);
StkMate  *test_mate_at  (StkProject *project,
                         guint       i);
