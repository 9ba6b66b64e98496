/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-json"

#include "stk-config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-json.h"
#include "stk-json-doc-private.h"

StkJsonDoc *
stk_json_doc_parse (const char  *data,
                    gsize        length,
                    gsize        max_size,
                    const char  *what,
                    GError     **error)
{
  if (length > max_size)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, STK_ERROR, STK_ERROR_TOO_LARGE,
                   _("%s: it is %s, larger than the %s Stackup reads"), what, size, limit);
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_PARSE, _("%s: the file is empty"), what);
      return NULL;
    }
  return _stk_json_scan_doc (data, length, what, error);
}

const StkJsonValue *
stk_json_doc_get_root (StkJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return &g_array_index (doc->values, StkJsonValue, 0);
}

void
stk_json_doc_free (StkJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_array_unref (doc->values);
  g_free (doc->strings);
  g_free (doc);
}

const StkJsonValue *
stk_json_value_child (const StkJsonValue *container,
                      const StkJsonValue *previous)
{
  const StkJsonValue *next = previous ? previous + previous->size : container + 1;

  return next < container + container->size ? next : NULL;
}

const StkJsonValue *
stk_json_value_member (const StkJsonValue *object,
                       const char         *name)
{
  const StkJsonValue *m = object + 1;

  if (object->type != STK_JSON_OBJECT)
    return NULL;
  for (guint i = 0; i < object->length; i++, m += m->size)
    if (m->key[0] == name[0] && strcmp (m->key, name) == 0)
      return m;
  return NULL;
}

const char *
stk_json_value_type_name (const StkJsonValue *value)
{
  return _stk_json_type_name (value ? value->type : STK_JSON_NULL);
}

JsonNode *
stk_json_value_to_node (const StkJsonValue *value)
{
  JsonNode *node;

  switch (value->type)
    {
    case STK_JSON_OBJECT:
      {
        JsonObject *o = json_object_new ();

        for (const StkJsonValue *m = stk_json_value_child (value, NULL); m; m = stk_json_value_child (value, m))
          json_object_set_member (o, m->key, stk_json_value_to_node (m));
        node = json_node_init_object (json_node_alloc (), o);
        json_object_unref (o);
        return node;
      }
    case STK_JSON_ARRAY:
      {
        JsonArray *a = json_array_sized_new (value->length);

        for (const StkJsonValue *e = stk_json_value_child (value, NULL); e; e = stk_json_value_child (value, e))
          json_array_add_element (a, stk_json_value_to_node (e));
        node = json_node_init_array (json_node_alloc (), a);
        json_array_unref (a);
        return node;
      }
    case STK_JSON_STRING:
      return json_node_init_string (json_node_alloc (), value->v.string);
    case STK_JSON_INT:
      return json_node_init_int (json_node_alloc (), value->v.integer);
    case STK_JSON_DOUBLE:
      return json_node_init_double (json_node_alloc (), value->v.number);
    case STK_JSON_BOOLEAN:
      return json_node_init_boolean (json_node_alloc (), value->v.boolean);
    case STK_JSON_NULL:
    default:
      return json_node_init_null (json_node_alloc ());
    }
}

static const StkJsonValue *
get_member (const StkJsonValue  *object,
            const char          *path,
            const char          *member,
            gboolean             required,
            GError             **error)
{
  const StkJsonValue *value = stk_json_value_member (object, member);

  if (value == NULL && required)
    _stk_json_fail_missing (error, path, member);
  return value;
}

static gboolean
get_typed (const StkJsonValue   *object,
           const char           *path,
           const char           *member,
           gboolean              required,
           StkJsonType           type,
           const StkJsonValue  **out,
           GError              **error)
{
  const StkJsonValue *value = get_member (object, path, member, required, error);

  *out = NULL;
  if (value == NULL)
    return !required;
  if (value->type != type)
    return _stk_json_fail_type (error, path, member,
                                type == STK_JSON_BOOLEAN ? _("true or false") : _stk_json_type_name (type),
                                value->type);
  *out = value;
  return TRUE;
}

gboolean
stk_json_value_get_object (const StkJsonValue   *object,
                           const char           *path,
                           const char           *member,
                           gboolean              required,
                           const StkJsonValue  **out,
                           GError              **error)
{
  return get_typed (object, path, member, required, STK_JSON_OBJECT, out, error);
}

gboolean
stk_json_value_get_array (const StkJsonValue   *object,
                          const char           *path,
                          const char           *member,
                          gboolean              required,
                          const StkJsonValue  **out,
                          GError              **error)
{
  return get_typed (object, path, member, required, STK_JSON_ARRAY, out, error);
}

gboolean
stk_json_value_get_string (const StkJsonValue   *object,
                           const char           *path,
                           const char           *member,
                           gboolean              required,
                           const char          **out,
                           GError              **error)
{
  const StkJsonValue *value = NULL;

  if (!get_typed (object, path, member, required, STK_JSON_STRING, &value, error))
    return FALSE;
  if (value != NULL)
    *out = value->v.string;
  return TRUE;
}

static double
as_double (const StkJsonValue *value)
{
  return value->type == STK_JSON_INT ? (double) value->v.integer :
         value->type == STK_JSON_DOUBLE ? value->v.number : 0;
}

gboolean
stk_json_value_get_double (const StkJsonValue  *object,
                           const char          *path,
                           const char          *member,
                           gboolean             required,
                           double               min,
                           double               max,
                           double              *out,
                           GError             **error)
{
  const StkJsonValue *value = get_member (object, path, member, required, error);

  if (value == NULL)
    return !required;
  return _stk_json_read_double (value->type, as_double (value), path, member, min, max, out, error);
}

gboolean
stk_json_value_get_int (const StkJsonValue  *object,
                        const char          *path,
                        const char          *member,
                        gboolean             required,
                        gint64               min,
                        gint64               max,
                        gint64              *out,
                        GError             **error)
{
  const StkJsonValue *value = get_member (object, path, member, required, error);

  if (value == NULL)
    return !required;
  return _stk_json_read_int (value->type, value->type == STK_JSON_INT ? value->v.integer : 0,
                             as_double (value), path, member, min, max, out, error);
}

gboolean
stk_json_value_get_boolean (const StkJsonValue  *object,
                            const char          *path,
                            const char          *member,
                            gboolean             required,
                            gboolean            *out,
                            GError             **error)
{
  const StkJsonValue *value = NULL;

  if (!get_typed (object, path, member, required, STK_JSON_BOOLEAN, &value, error))
    return FALSE;
  if (value != NULL)
    *out = value->v.boolean;
  return TRUE;
}
