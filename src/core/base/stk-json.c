/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-json"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-format.h"
#include "stk-json.h"

G_DEFINE_QUARK (stk-error-quark, stk_error)

/* The scanner's flat tree copied into json-glib's, for the callers that
 * keep or edit the values; json-glib's own parser is never used, being
 * lenient and recursive. */
JsonNode *
stk_json_parse (const char  *data,
                gsize        length,
                gsize        max_size,
                const char  *what,
                GError     **error)
{
  g_autoptr(StkJsonDoc) doc = stk_json_doc_parse (data, length, max_size, what, error);
  JsonNode *root;

  if (doc == NULL)
    return NULL;
  root = stk_json_value_to_node (stk_json_doc_get_root (doc));
  json_node_seal (root);
  return root;
}

StkJsonType
_stk_json_node_type (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return STK_JSON_NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return STK_JSON_OBJECT;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return STK_JSON_ARRAY;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return STK_JSON_STRING;
    case G_TYPE_BOOLEAN:
      return STK_JSON_BOOLEAN;
    case G_TYPE_INT64:
      return STK_JSON_INT;
    default:
      return STK_JSON_DOUBLE;
    }
}

const char *
_stk_json_type_name (StkJsonType type)
{
  switch (type)
    {
    case STK_JSON_OBJECT:
      return _("an object");
    case STK_JSON_ARRAY:
      return _("an array");
    case STK_JSON_STRING:
      return _("a string");
    case STK_JSON_BOOLEAN:
      return _("a boolean");
    case STK_JSON_INT:
    case STK_JSON_DOUBLE:
      return _("a number");
    case STK_JSON_NULL:
    default:
      return "null";
    }
}

static gboolean
is_number (JsonNode *node)
{
  StkJsonType t = _stk_json_node_type (node);

  return t == STK_JSON_INT || t == STK_JSON_DOUBLE;
}

gboolean
_stk_json_fail_missing (GError     **error,
                        const char  *path,
                        const char  *member)
{
  /* Translators: the three %s are a path into the file and its member ("boards[2]" "." "name");
   * keep them together */
  g_set_error (error, STK_ERROR, STK_ERROR_PARSE, _("%s%s%s: missing"),
               path, *path ? "." : "", member);
  return FALSE;
}

gboolean
_stk_json_fail_type (GError      **error,
                     const char   *path,
                     const char   *member,
                     const char   *wanted,
                     StkJsonType   got)
{
  g_set_error (error, STK_ERROR, STK_ERROR_PARSE, _("%s%s%s: must be %s, got %s"),
               path, *path ? "." : "", member, wanted, _stk_json_type_name (got));
  return FALSE;
}

static JsonNode *
get_member (JsonObject  *object,
            const char  *path,
            const char  *member,
            gboolean     required,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && required)
    _stk_json_fail_missing (error, path, member);
  return node;
}

static void
set_type_error (GError     **error,
                const char  *path,
                const char  *member,
                const char  *wanted,
                JsonNode    *node)
{
  _stk_json_fail_type (error, path, member, wanted, _stk_json_node_type (node));
}

gboolean
stk_json_get_object (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     gboolean     required,
                     JsonObject **out,
                     GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  *out = NULL;
  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_type_error (error, path, member, _("an object"), node);
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
stk_json_get_array (JsonObject  *object,
                    const char  *path,
                    const char  *member,
                    gboolean     required,
                    JsonArray  **out,
                    GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  *out = NULL;
  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_type_error (error, path, member, _("an array"), node);
      return FALSE;
    }
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
stk_json_get_string (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     gboolean     required,
                     const char **out,
                     GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  if (_stk_json_node_type (node) != STK_JSON_STRING)
    {
      set_type_error (error, path, member, _("a string"), node);
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
_stk_json_to_double (StkJsonType   type,
                     double        v,
                     const char   *path,
                     double       *out,
                     GError      **error)
{
  if (type != STK_JSON_INT && type != STK_JSON_DOUBLE)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_PARSE, _("%s: must be a number, got %s"),
                   path, _stk_json_type_name (type));
      return FALSE;
    }
  if (!isfinite (v))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_PARSE, _("%s: must be a finite number"), path);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

gboolean
stk_json_node_to_double (JsonNode    *node,
                         const char  *path,
                         double      *out,
                         GError     **error)
{
  return _stk_json_to_double (_stk_json_node_type (node), is_number (node) ? json_node_get_double (node) : 0,
                              path, out, error);
}

gboolean
_stk_json_read_double (StkJsonType   type,
                       double        value,
                       const char   *path,
                       const char   *member,
                       double        min,
                       double        max,
                       double       *out,
                       GError      **error)
{
  g_autofree char *full = NULL;
  double v;

  /* The path is written only for a message: most values are fine. */
  if ((type == STK_JSON_INT || type == STK_JSON_DOUBLE) && value >= min && value <= max)
    {
      *out = value;
      return TRUE;
    }
  full = g_strdup_printf ("%s%s%s", path, *path ? "." : "", member);
  if (!_stk_json_to_double (type, value, full, &v, error))
    return FALSE;
  if (v < min || v > max)
    {
      g_autofree char *smin = stk_json_format_double (min);
      g_autofree char *smax = stk_json_format_double (max);
      g_autofree char *sv = stk_json_format_double (v);

      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   /* Translators: a path into the file, the lowest and highest value allowed, the
                    * value found */
                   _("%s: must be between %s and %s, got %s"), full, smin, smax, sv);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

gboolean
stk_json_get_double (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     gboolean     required,
                     double       min,
                     double       max,
                     double      *out,
                     GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  return _stk_json_read_double (_stk_json_node_type (node), is_number (node) ? json_node_get_double (node) : 0,
                                path, member, min, max, out, error);
}

gboolean
_stk_json_read_int (StkJsonType   type,
                    gint64        v,
                    double        d,
                    const char   *path,
                    const char   *member,
                    gint64        min,
                    gint64        max,
                    gint64       *out,
                    GError      **error)
{
  if (type == STK_JSON_DOUBLE)
    {
      g_autofree char *num = stk_json_format_double (d);

      /* "got 40" would not say what is wrong with 40.0 or 4e1 (the text
       * itself is gone): say how to write it instead. */
      if (d == floor (d))
        g_set_error (error, STK_ERROR, STK_ERROR_PARSE,
                     _("%s%s%s: must be written as a whole number without a decimal point or exponent (%s)"),
                     path, *path ? "." : "", member, num);
      else
        g_set_error (error, STK_ERROR, STK_ERROR_PARSE,
                     _("%s%s%s: must be a whole number written without a decimal point or exponent, got %s"),
                     path, *path ? "." : "", member, num);
      return FALSE;
    }
  if (type != STK_JSON_INT)
    return _stk_json_fail_type (error, path, member, _("a whole number"), type);
  if (v < min || v > max)
    {
      g_autofree char *smin = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *smax = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      g_autofree char *sv = g_strdup_printf ("%" G_GINT64_FORMAT, v);

      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("%s%s%s: must be between %s and %s, got %s"),
                   path, *path ? "." : "", member, smin, smax, sv);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

gboolean
stk_json_get_int (JsonObject  *object,
                  const char  *path,
                  const char  *member,
                  gboolean     required,
                  gint64       min,
                  gint64       max,
                  gint64      *out,
                  GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);
  StkJsonType type;

  if (node == NULL)
    return !required;
  type = _stk_json_node_type (node);
  return _stk_json_read_int (type, type == STK_JSON_INT ? json_node_get_int (node) : 0,
                             type == STK_JSON_DOUBLE ? json_node_get_double (node) : 0,
                             path, member, min, max, out, error);
}

gboolean
stk_json_get_boolean (JsonObject  *object,
                      const char  *path,
                      const char  *member,
                      gboolean     required,
                      gboolean    *out,
                      GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  if (_stk_json_node_type (node) != STK_JSON_BOOLEAN)
    {
      set_type_error (error, path, member, _("true or false"), node);
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* JSON numbers are numbers for programs: stk-format's C-locale rule. */
char *
stk_json_format_double (double value)
{
  return stk_format_c_double (value);
}

double
stk_json_round_display (double value)
{
  double rounded;

  /* beyond 2^53 / 1e9 a double has no fraction below 1e-9 to drop */
  if (!isfinite (value) || fabs (value) >= 9e6)
    return value;
  rounded = round (value * 1e9) / 1e9;
  return rounded == 0 ? 0 : rounded;  /* no "-0" */
}

static void
append_string (GString    *out,
               const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_indent (GString *out,
               gboolean pretty,
               guint    level)
{
  if (!pretty)
    return;
  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
append_node (GString  *out,
             JsonNode *node,
             gboolean  pretty,
             guint     level)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (out, "null");
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);
      gboolean first = TRUE;

      g_string_append_c (out, '{');
      for (GList *l = members; l; l = l->next)
        {
          if (!first)
            g_string_append_c (out, ',');
          first = FALSE;
          append_indent (out, pretty, level + 1);
          append_string (out, l->data);
          g_string_append (out, pretty ? ": " : ":");
          append_node (out, json_object_get_member (object, l->data), pretty, level + 1);
        }
      if (!first)
        append_indent (out, pretty, level);
      g_string_append_c (out, '}');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);
      gboolean scalars = TRUE;

      for (guint i = 0; i < n; i++)
        if (!JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i)))
          scalars = FALSE;
      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (out, scalars && pretty ? ", " : ",");
          if (!scalars)
            append_indent (out, pretty, level + 1);
          append_node (out, json_array_get_element (array, i), pretty, level + 1);
        }
      if (n > 0 && !scalars)
        append_indent (out, pretty, level);
      g_string_append_c (out, ']');
    }
  else
    {
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          append_string (out, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        default:
          {
            g_autofree char *num = stk_json_format_double (json_node_get_double (node));
            g_string_append (out, num);
          }
        }
    }
}

char *
stk_json_to_string (JsonNode *node,
                    gboolean  pretty)
{
  GString *out = g_string_new (NULL);

  append_node (out, node, pretty, 0);
  if (pretty)
    g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/* json_node_equal() compares 1 and 1.0 as different types; a file written
 * then read back must compare by value. */
gboolean
stk_json_nodes_equal (JsonNode *a,
                      JsonNode *b)
{
  if (is_number (a) && is_number (b))
    return json_node_get_double (a) == json_node_get_double (b);
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;
  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *oa = json_node_get_object (a), *ob = json_node_get_object (b);
      g_autoptr(GList) members = json_object_get_members (oa);

      if (json_object_get_size (oa) != json_object_get_size (ob))
        return FALSE;
      for (GList *l = members; l; l = l->next)
        {
          JsonNode *mb = json_object_get_member (ob, l->data);
          if (mb == NULL || !stk_json_nodes_equal (json_object_get_member (oa, l->data), mb))
            return FALSE;
        }
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *aa = json_node_get_array (a), *ab = json_node_get_array (b);
      guint n = json_array_get_length (aa);

      if (n != json_array_get_length (ab))
        return FALSE;
      for (guint i = 0; i < n; i++)
        if (!stk_json_nodes_equal (json_array_get_element (aa, i), json_array_get_element (ab, i)))
          return FALSE;
      return TRUE;
    }
  return json_node_equal (a, b);
}
