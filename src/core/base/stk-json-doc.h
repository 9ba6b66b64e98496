/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "stk-error.h"

G_BEGIN_DECLS

/* A parsed JSON text as one flat block (stk-json-scan.c builds it while it
 * checks the text): every value is a StkJsonValue in document order, so a
 * container's members follow it and its next sibling lies `size` values on.
 * Strings are decoded into one buffer. Reading a project from it costs a
 * fraction of a json-glib tree, which allocates a node per value and a hash
 * table per object, and frees them all again. */

typedef enum {
  STK_JSON_NULL,
  STK_JSON_OBJECT,
  STK_JSON_ARRAY,
  STK_JSON_STRING,
  STK_JSON_INT,
  STK_JSON_DOUBLE,
  STK_JSON_BOOLEAN,
} StkJsonType;

typedef struct {
  StkJsonType  type;
  guint        length;  /* objects: members; arrays: elements */
  gsize        size;    /* values in this subtree, itself included */
  const char  *key;     /* a member's name; NULL in arrays and at the top */
  union {
    const char *string;
    gint64      integer;  /* whole numbers: no decimal point, no exponent */
    double      number;
    gboolean    boolean;
  } v;
} StkJsonValue;

typedef struct _StkJsonDoc StkJsonDoc;

/* The size limit, then a strict RFC 8259 scan of the whole text
 * (stk-json-scan.c, no recursion): refuses anything that is not JSON
 * (comments, single quotes, hex, trailing commas, invalid UTF-8...) with its
 * line and column, nesting deeper than STK_JSON_MAX_DEPTH, and values
 * Stackup cannot hold (\u0000, lone surrogates, numbers beyond 64-bit
 * integers or doubles, a member name twice) with their JSON path. */
StkJsonDoc         *stk_json_doc_parse         (const char          *data,
                                                gsize                length,
                                                gsize                max_size,
                                                const char          *what,
                                                GError             **error);
const StkJsonValue *stk_json_doc_get_root      (StkJsonDoc          *doc);
void                stk_json_doc_free          (StkJsonDoc          *doc);

/* Members and elements in order: child (v, NULL) is the first, NULL after the last. */
const StkJsonValue *stk_json_value_child       (const StkJsonValue  *container,
                                                const StkJsonValue  *previous);
const StkJsonValue *stk_json_value_member      (const StkJsonValue  *object,
                                                const char          *name);
const char         *stk_json_value_type_name   (const StkJsonValue  *value);
/* A json-glib copy, for members kept as they were read and for callers of stk_json_parse. */
JsonNode           *stk_json_value_to_node     (const StkJsonValue  *value);

/* Validated member access, with stk_json_get_*'s rules and messages:
 * `path` is the JSON path of `object`. */
gboolean    stk_json_value_get_object  (const StkJsonValue   *object,
                                        const char           *path,
                                        const char           *member,
                                        gboolean              required,
                                        const StkJsonValue  **out,
                                        GError              **error);
gboolean    stk_json_value_get_array   (const StkJsonValue   *object,
                                        const char           *path,
                                        const char           *member,
                                        gboolean              required,
                                        const StkJsonValue  **out,
                                        GError              **error);
gboolean    stk_json_value_get_string  (const StkJsonValue   *object,
                                        const char           *path,
                                        const char           *member,
                                        gboolean              required,
                                        const char          **out,
                                        GError              **error);
gboolean    stk_json_value_get_double  (const StkJsonValue   *object,
                                        const char           *path,
                                        const char           *member,
                                        gboolean              required,
                                        double                min,
                                        double                max,
                                        double               *out,
                                        GError              **error);
gboolean    stk_json_value_get_int     (const StkJsonValue   *object,
                                        const char           *path,
                                        const char           *member,
                                        gboolean              required,
                                        gint64                min,
                                        gint64                max,
                                        gint64               *out,
                                        GError              **error);
gboolean    stk_json_value_get_boolean (const StkJsonValue   *object,
                                        const char           *path,
                                        const char           *member,
                                        gboolean              required,
                                        gboolean             *out,
                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkJsonDoc, stk_json_doc_free)

G_END_DECLS
