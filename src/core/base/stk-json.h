/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "stk-error.h"
#include "stk-json-doc.h"

G_BEGIN_DECLS

#define STK_JSON_MAX_DEPTH 64

/* stk_json_doc_parse()'s tree copied into json-glib's (json-glib 1.6's own
 * parser is lenient and recurses without limit). */
JsonNode   *stk_json_parse           (const char  *data,
                                      gsize        length,
                                      gsize        max_size,
                                      const char  *what,
                                      GError     **error);

/* Validated member access. `path` is the JSON path of `object` ("boards[1]");
 * errors read "boards[1].thickness_mm: must be between 0.05 and 10, got -1". */
gboolean    stk_json_get_object      (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      JsonObject **out,
                                      GError     **error);
gboolean    stk_json_get_array       (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      JsonArray  **out,
                                      GError     **error);
gboolean    stk_json_get_string      (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      const char **out,
                                      GError     **error);
gboolean    stk_json_get_double      (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      double       min,
                                      double       max,
                                      double      *out,
                                      GError     **error);
gboolean    stk_json_get_int         (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      gint64       min,
                                      gint64       max,
                                      gint64      *out,
                                      GError     **error);
gboolean    stk_json_get_boolean     (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      gboolean    *out,
                                      GError     **error);
gboolean    stk_json_node_to_double  (JsonNode    *node,
                                      const char  *path,
                                      double      *out,
                                      GError     **error);

/* Writing. json-glib 1.6's generator prints some doubles as invalid JSON
 * ("1e-08.0"), so Stackup serialises nodes itself, numbers in the shortest
 * form that reads back to the same double. */
char       *stk_json_format_double   (double       value);
/* value to the nearest 1e-9 (no input is given to better than a nanometre),
 * so that 0.05 + 0.05 + 0.05 is written 0.15, not 0.15000000000000002; for
 * reports, never for saved projects, which keep every bit. */
double      stk_json_round_display   (double       value);
char       *stk_json_to_string       (JsonNode    *node,
                                      gboolean     pretty);
gboolean    stk_json_nodes_equal     (JsonNode    *a,
                                      JsonNode    *b);

/* One wording for both families of accessors (these and stk_json_value_get_*). */
StkJsonType _stk_json_node_type      (JsonNode     *node);
const char *_stk_json_type_name      (StkJsonType   type);
gboolean    _stk_json_fail_missing   (GError      **error,
                                      const char   *path,
                                      const char   *member);
gboolean    _stk_json_fail_type      (GError      **error,
                                      const char   *path,
                                      const char   *member,
                                      const char   *wanted,
                                      StkJsonType   got);
gboolean    _stk_json_to_double      (StkJsonType   type,
                                      double        value,
                                      const char   *path,
                                      double       *out,
                                      GError      **error);
gboolean    _stk_json_read_double    (StkJsonType   type,
                                      double        value,
                                      const char   *path,
                                      const char   *member,
                                      double        min,
                                      double        max,
                                      double       *out,
                                      GError      **error);
gboolean    _stk_json_read_int       (StkJsonType   type,
                                      gint64        value,
                                      double        as_double,
                                      const char   *path,
                                      const char   *member,
                                      gint64        min,
                                      gint64        max,
                                      gint64       *out,
                                      GError      **error);

G_END_DECLS
