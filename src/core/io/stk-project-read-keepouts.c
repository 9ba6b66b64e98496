/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-json.h"
#include "stk-keepout.h"
#include "stk-project-io-private.h"

/* Version 3, optional: a board's keep-outs for tall parts
 * (docs/file-format.md). */

static const char *const keepout_members[] = {
  "face", "x_mm", "y_mm", "length_mm", "width_mm", "height_mm", "label", NULL
};

static StkKeepout *
read_keepout (const StkJsonValue  *node,
              const char          *path,
              GError             **error)
{
  const char *faces[] = { stk_face_to_string (STK_FACE_TOP), stk_face_to_string (STK_FACE_BOTTOM), NULL };
  const StkJsonValue *o = NULL;
  int face = STK_FACE_TOP;
  double x = 0, y = 0, length = 0, width = 0, height = 0;
  g_autofree char *label = NULL;

  if (!_stk_read_node_object (node, path, &o, error) ||
      !_stk_read_unknown_members (o, path, keepout_members, NULL, error))
    return NULL;
  if (stk_json_value_member (o, "face") == NULL)
    {
      g_autofree char *full = _stk_read_member_path (path, "face");
      _stk_read_fail (error, STK_ERROR_PARSE, full, _("missing"));
      return NULL;
    }
  if (!_stk_read_choice (o, path, "face", faces, 2, &face, error) ||
      !stk_json_value_get_double (o, path, "x_mm", TRUE, -STK_KEEPOUT_MAX_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, &x, error) ||
      !stk_json_value_get_double (o, path, "y_mm", TRUE, -STK_KEEPOUT_MAX_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, &y, error) ||
      !stk_json_value_get_double (o, path, "length_mm", TRUE, STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, &length, error) ||
      !stk_json_value_get_double (o, path, "width_mm", TRUE, STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, &width, error) ||
      !stk_json_value_get_double (o, path, "height_mm", TRUE, STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_HEIGHT_MM, &height, error))
    return NULL;
  if (stk_json_value_member (o, "label") != NULL && !_stk_read_text (o, path, "label", &label, error))
    return NULL;
  return stk_keepout_new (face, x, y, length, width, height, label);
}

gboolean
_stk_read_keepouts (StkBoard            *board,
                    const StkJsonValue  *object,
                    const char          *board_path,
                    GError             **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) list = NULL;
  const StkJsonValue *a = NULL;
  guint i = 0;

  if (!stk_json_value_get_array (object, board_path, "keepouts", FALSE, &a, error))
    return FALSE;
  if (a == NULL || a->length == 0)
    return TRUE;
  path = _stk_read_member_path (board_path, "keepouts");
  if (a->length > STK_KEEPOUTS_MAX)
    return _stk_read_fail (error, STK_ERROR_PARSE, path, _("at most %d keep-outs, got %u"), STK_KEEPOUTS_MAX,
                           a->length);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_keepout_free);
  for (const StkJsonValue *e = stk_json_value_child (a, NULL); e; e = stk_json_value_child (a, e))
    {
      g_autofree char *item = g_strdup_printf ("%s[%u]", path, i++);
      StkKeepout *k = read_keepout (e, item, error);

      if (k == NULL)
        return FALSE;
      g_ptr_array_add (list, k);
    }
  board->keepouts = g_steal_pointer (&list);
  return TRUE;
}

JsonNode *
_stk_keepouts_node (const StkBoard *board)
{
  JsonArray *a = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; board->keepouts != NULL && i < board->keepouts->len; i++)
    {
      const StkKeepout *k = g_ptr_array_index (board->keepouts, i);
      JsonObject *o = json_object_new ();
      JsonNode *on = json_node_new (JSON_NODE_OBJECT);

      json_object_set_string_member (o, "face", stk_face_to_string (k->face));
      json_object_set_double_member (o, "x_mm", k->x_mm);
      json_object_set_double_member (o, "y_mm", k->y_mm);
      json_object_set_double_member (o, "length_mm", k->length_mm);
      json_object_set_double_member (o, "width_mm", k->width_mm);
      json_object_set_double_member (o, "height_mm", k->height_mm);
      if (k->label != NULL && k->label[0] != '\0')
        json_object_set_string_member (o, "label", k->label);
      json_node_take_object (on, o);
      json_array_add_element (a, on);
    }
  json_node_take_array (node, a);
  return node;
}
