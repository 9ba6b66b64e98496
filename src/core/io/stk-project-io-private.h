/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-json.h"
#include "stk-project-io.h"
#include "stk-tolerance-spec.h"

G_BEGIN_DECLS

/* The oldest file format version Stackup still reads (and migrates). */
#define STK_PROJECT_OLDEST_VERSION 1

/* stk-project-read.c: validates a parsed file of any supported version and
 * builds the project; errors name the JSON path as written in that file. */
StkProject *_stk_project_from_json (const StkJsonValue  *root,
                                    GError             **error);

/* State of one read: the version decides member names (docs/file-format.md). */
typedef struct {
  gint64      version;
  StkCatalog *catalog;
  GHashTable *ids;     /* board and mate id → JSON path that defined it */
  StkProject *project;
} StkProjectReader;

/* Validated reading shared by the reader's files; every error names its path. */
gboolean    _stk_read_fail            (GError            **error,
                                       int                 code,
                                       const char         *path,
                                       const char         *format,
                                       ...) G_GNUC_PRINTF (4, 5);
char       *_stk_read_member_path     (const char         *path,
                                       const char         *member);
gboolean    _stk_read_unknown_members (const StkJsonValue  *object,
                                       const char          *path,
                                       const char *const   *known,
                                       JsonObject         **extra,
                                       GError             **error);
gboolean    _stk_read_kept_members    (const StkJsonValue         *object,
                                       const char         *path,
                                       const char *const  *known,
                                       const char *const  *newest,
                                       JsonObject        **extra,
                                       GError            **error);
gboolean    _stk_read_node_object     (const StkJsonValue           *node,
                                       const char         *path,
                                       const StkJsonValue        **out,
                                       GError            **error);
gboolean    _stk_read_text            (const StkJsonValue         *object,
                                       const char         *path,
                                       const char         *member,
                                       char              **out,
                                       GError            **error);
gboolean    _stk_read_choice          (const StkJsonValue         *object,
                                       const char         *path,
                                       const char         *member,
                                       const char *const  *names,
                                       guint               n_names,
                                       int                *out,
                                       GError            **error);
gboolean    _stk_read_uint            (const StkJsonValue         *object,
                                       const char         *path,
                                       const char         *member,
                                       gboolean            required,
                                       gint64              min,
                                       gint64              max,
                                       guint              *out,
                                       GError            **error);
gboolean    _stk_read_id              (StkProjectReader   *r,
                                       const StkJsonValue         *object,
                                       const char         *path,
                                       const char        **out,
                                       GError            **error);

/* stk-project-read-views.c: the optional "section_cuts" (version 3). */
gboolean    _stk_read_section_cuts    (StkProjectReader   *r,
                                       const StkJsonValue         *root,
                                       GError            **error);
JsonNode   *_stk_section_cuts_node    (StkProject         *project);

/* stk-project-read-keepouts.c: a board's optional "keepouts" (version 3). */
gboolean    _stk_read_keepouts        (StkBoard           *board,
                                       const StkJsonValue *object,
                                       const char         *board_path,
                                       GError            **error);
JsonNode   *_stk_keepouts_node        (const StkBoard     *board);
/* stk-project-read-mate.c */
/* Versions 1 and 2 held a column, boards bottom to top, each connector at
 * one position on both boards: the socket's face follows from which board
 * is lower, and the header sits where the socket does. */
void        _stk_read_migrate_column  (StkProject         *project);
StkMate    *_stk_read_mate            (StkProjectReader   *r,
                                       const StkJsonValue           *node,
                                       const char         *path,
                                       GError            **error);

/* stk-project-io-tolerance.c: the optional "tolerance" member. */
gboolean    _stk_read_tolerance       (StkProjectReader   *r,
                                       const StkJsonValue *root,
                                       GError            **error);
JsonNode   *_stk_tolerance_node       (StkProject         *project);

G_END_DECLS
