/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-json.h"
#include "stk-project-io-private.h"

/* Version 3, optional: the user's section cuts (docs/file-format.md). */

static const char *const cut_members[] = { "axis", "at_mm", "label", NULL };

static StkSectionCut *
read_cut (const StkJsonValue  *node,
          const char          *path,
          GError             **error)
{
  const StkJsonValue *o = NULL;
  const char *axis_name = NULL, *label = NULL;
  double at = 0;
  StkCutAxis axis;

  if (!_stk_read_node_object (node, path, &o, error) ||
      !_stk_read_unknown_members (o, path, cut_members, NULL, error) ||
      !stk_json_value_get_string (o, path, "axis", TRUE, &axis_name, error) ||
      !stk_json_value_get_double (o, path, "at_mm", TRUE, -1000, 1000, &at, error) ||
      !stk_json_value_get_string (o, path, "label", FALSE, &label, error))
    return NULL;
  if (!stk_cut_axis_from_string (axis_name, &axis))
    {
      g_autofree char *full = _stk_read_member_path (path, "axis");
      _stk_read_fail (error, STK_ERROR_PARSE, full, _("must be “x” or “y”, got “%s”"), axis_name);
      return NULL;
    }
  if (label != NULL)
    {
      glong n = g_utf8_strlen (label, -1);
      gboolean letters = n > 0 && n <= STK_SECTION_CUT_LABEL_MAX;

      for (const char *c = label; letters && *c; c++)
        letters = g_ascii_isupper (*c);
      if (!letters)
        {
          g_autofree char *full = _stk_read_member_path (path, "label");
          _stk_read_fail (error, STK_ERROR_PARSE, full,
                          _("must be one to %d capital letters A to Z, got “%s”"), STK_SECTION_CUT_LABEL_MAX, label);
          return NULL;
        }
    }
  return stk_section_cut_new (axis, at, label);
}

gboolean
_stk_read_section_cuts (StkProjectReader    *r,
                        const StkJsonValue  *root,
                        GError             **error)
{
  const StkJsonValue *list = NULL;
  guint i = 0;

  if (r->version < 3 || !stk_json_value_get_array (root, "", "section_cuts", FALSE, &list, error))
    return r->version < 3;
  if (list != NULL && list->length > STK_SECTION_CUTS_MAX)
    return _stk_read_fail (error, STK_ERROR_PARSE, "section_cuts", _("at most %d cuts, got %u"), STK_SECTION_CUTS_MAX,
                           list->length);
  for (const StkJsonValue *e = list ? stk_json_value_child (list, NULL) : NULL; e; e = stk_json_value_child (list, e))
    {
      g_autofree char *path = g_strdup_printf ("section_cuts[%u]", i++);
      StkSectionCut *cut = read_cut (e, path, error);
      g_autoptr(GError) local = NULL;

      if (cut == NULL)
        return FALSE;
      /* the editors' check, so that both refuse the same cuts */
      if (!stk_section_cut_check_new (stk_project_get_section_cuts (r->project), cut, &local))
        {
          g_autofree char *full = _stk_read_member_path (path, "label");

          stk_section_cut_free (cut);
          return _stk_read_fail (error, STK_ERROR_PARSE, full, "%s", local->message);
        }
      g_ptr_array_add (stk_project_get_section_cuts (r->project), cut);
    }
  return TRUE;
}

JsonNode *
_stk_section_cuts_node (StkProject *project)
{
  GPtrArray *cuts = stk_project_get_section_cuts (project);
  JsonArray *a = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < cuts->len; i++)
    {
      const StkSectionCut *c = g_ptr_array_index (cuts, i);
      JsonObject *o = json_object_new ();
      JsonNode *on = json_node_new (JSON_NODE_OBJECT);

      json_object_set_string_member (o, "axis", stk_cut_axis_to_string (c->axis));
      json_object_set_double_member (o, "at_mm", c->at_mm);
      if (c->label)
        json_object_set_string_member (o, "label", c->label);
      json_node_take_object (on, o);
      json_array_add_element (a, on);
    }
  json_node_take_array (node, a);
  return node;
}
