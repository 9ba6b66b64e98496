/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project-io"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-json.h"
#include "stk-project-io-private.h"
#include "stk-tolerance-spec.h"

/* The file's optional "tolerance" member (version 3): the analysis's
 * settings, rotation, fixing and the user's contributors. Strict like
 * `requirements`: a misspelt member is an error, not kept, as a figure
 * silently ignored would change the verdict. Ranges as docs/file-format.md. */


static const char *const tolerance_members[] = {
  "samples", "seed", "target_ppm", "rotation_deg", "pin_position_mm", "hole_position_mm",
  "pin_clearance_mm", "board_rotation_deg", "contributors", NULL
};
static const char *const contributor_members[] = {
  "mate", "name", "axis", "distribution", "nominal", "tolerance", "k", "mean_shift", "group", NULL
};

/* Helpers */

static gboolean
read_optional (const StkJsonValue  *o,
               const char          *member,
               double               max,
               gboolean            *set,
               double              *out,
               GError             **error)
{
  if (stk_json_value_member (o, member) == NULL)
    return TRUE;
  *set = TRUE;
  return stk_json_value_get_double (o, "tolerance", member, TRUE, 0, max, out, error);
}

static gboolean
read_names (const StkJsonValue     *o,
            const char             *path,
            StkTolUserContributor  *c,
            GError                **error)
{
  const char *value = NULL;
  g_autofree char *full = NULL;

  if (!stk_json_value_get_string (o, path, "name", TRUE, &value, error))
    return FALSE;
  /* the editors' check, so that both refuse the same names */
  if (!stk_tol_contributor_name_check (value, NULL))
    {
      full = _stk_read_member_path (path, "name");
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must be 1 to %d characters long"),
                             STK_TOL_NAME_MAX);
    }
  c->name = g_strdup (value);
  return _stk_read_text (o, path, "mate", &c->mate, error)
         && _stk_read_text (o, path, "group", &c->group, error);
}

static gboolean
read_contributor (StkProjectReader       *r,
                  const StkJsonValue     *node,
                  const char             *path,
                  GHashTable             *groups,
                  StkTolUserContributor  *c,
                  GError                **error)
{
  const StkJsonValue *o;
  int axis = -1, dist = -1;
  double max;
  g_autofree char *full = NULL;
  /* NULL-terminated: the error lists them */
  const char *axes[STK_TOL_N_AXES + 1] = { NULL }, *dists[STK_TOL_N_DISTRIBUTIONS + 1] = { NULL };
  gpointer other;

  for (guint i = 0; i < STK_TOL_N_AXES; i++)
    axes[i] = stk_tol_axis_to_string (i);
  for (guint i = 0; i < STK_TOL_N_DISTRIBUTIONS; i++)
    dists[i] = stk_tol_distribution_to_string (i);
  if (!_stk_read_node_object (node, path, &o, error)
      || !_stk_read_unknown_members (o, path, contributor_members, NULL, error)
      || !read_names (o, path, c, error)
      || !_stk_read_choice (o, path, "axis", axes, STK_TOL_N_AXES, &axis, error)
      || !_stk_read_choice (o, path, "distribution", dists, STK_TOL_N_DISTRIBUTIONS, &dist, error))
    return FALSE;
  if (axis < 0 || dist < 0)
    {
      full = _stk_read_member_path (path, axis < 0 ? "axis" : "distribution");
      return _stk_read_fail (error, STK_ERROR_PARSE, full, _("is missing"));
    }
  c->axis = axis;
  c->distribution = dist;
  max = c->axis == STK_TOL_ROTATION ? STK_TOL_ROTATION_MAX_DEG : STK_TOL_TOLERANCE_MAX_MM;
  if (!stk_json_value_get_double (o, path, "tolerance", TRUE, 0, max, &c->tolerance, error)
      || !stk_json_value_get_double (o, path, "nominal", FALSE, -max, max, &c->nominal, error)
      || !stk_json_value_get_double (o, path, "mean_shift", FALSE, -max, max, &c->mean_shift, error)
      || !stk_json_value_get_double (o, path, "k", FALSE, 0.5, 10, &c->k, error))
    return FALSE;
  if (stk_json_value_member (o, "k") != NULL && c->distribution != STK_TOL_NORMAL)
    {
      full = _stk_read_member_path (path, "k");
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                             _("only a normal distribution takes k (tolerance = k·σ)"));
    }
  if ((c->axis == STK_TOL_PLANE) != (c->distribution == STK_TOL_RADIAL))
    {
      full = _stk_read_member_path (path, "distribution");
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                             _("a radial distribution moves both axes: it takes the axis “plane”, and "
                               "the axis “plane” takes it"));
    }
  if (c->mate != NULL && *c->mate && stk_project_find_mate (r->project, c->mate) == NULL)
    {
      full = _stk_read_member_path (path, "mate");
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("no connector (mate) has the id “%s”"), c->mate);
    }
  if (c->group != NULL && *c->group)
    {
      if (g_hash_table_lookup_extended (groups, c->group, NULL, &other)
          && GPOINTER_TO_INT (other) != (int) c->distribution)
        {
          full = _stk_read_member_path (path, "group");
          return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                                 _("the contributors of the correlated group “%s” must share a distribution"),
                                 c->group);
        }
      g_hash_table_insert (groups, c->group, GINT_TO_POINTER (c->distribution));
    }
  return TRUE;
}

static gboolean
read_contributors (StkProjectReader    *r,
                   const StkJsonValue  *o,
                   StkTolSpec          *spec,
                   GError             **error)
{
  const StkJsonValue *list = NULL;
  guint i = 0;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

  if (!stk_json_value_get_array (o, "tolerance", "contributors", FALSE, &list, error))
    return FALSE;
  for (const StkJsonValue *e = list ? stk_json_value_child (list, NULL) : NULL; e; e = stk_json_value_child (list, e))
    {
      g_autofree char *path = g_strdup_printf ("tolerance.contributors[%u]", i++);
      StkTolUserContributor *c = g_new0 (StkTolUserContributor, 1);

      stk_tol_user_contributor_init (c);
      g_ptr_array_add (spec->contributors, c);
      if (!read_contributor (r, e, path, groups, c, error))
        return FALSE;
    }
  return TRUE;
}

/* Each member names a board: its own placement rotation. */
static gboolean
read_board_rotations (StkProjectReader    *r,
                      const StkJsonValue  *o,
                      StkTolSpec          *spec,
                      GError             **error)
{
  const StkJsonValue *boards = NULL;

  if (!stk_json_value_get_object (o, "tolerance", "board_rotation_deg", FALSE, &boards, error))
    return FALSE;
  for (const StkJsonValue *m = boards ? stk_json_value_child (boards, NULL) : NULL; m;
       m = stk_json_value_child (boards, m))
    {
      StkTolBoardRotation *b = g_new0 (StkTolBoardRotation, 1);

      b->board = g_strdup (m->key);
      g_ptr_array_add (spec->board_rotations, b);
      if (!stk_json_value_get_double (boards, "tolerance.board_rotation_deg", m->key, TRUE, 0, STK_TOL_ROTATION_MAX_DEG,
                                &b->rotation_deg, error))
        return FALSE;
      if (stk_project_find_board (r->project, m->key) == NULL)
        {
          g_autofree char *full = _stk_read_member_path ("tolerance.board_rotation_deg", m->key);

          return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("no board has the id “%s”"),
                                 m->key);
        }
    }
  return TRUE;
}

/* Reading */

gboolean
_stk_read_tolerance (StkProjectReader    *r,
                     const StkJsonValue  *root,
                     GError             **error)
{
  StkTolSpec *spec = stk_project_get_tolerance (r->project);
  const StkJsonValue *o = NULL;
  gint64 samples = STK_TOL_DEFAULT_SAMPLES, seed = STK_TOL_DEFAULT_SEED;

  if (stk_json_value_member (root, "tolerance") == NULL)
    return TRUE;
  if (r->version < 3)
    return _stk_read_fail (error, STK_ERROR_PARSE, "tolerance",
                           _("a member of a later version of the file format than this file's: give the "
                             "file that version or remove the member"));
  if (!stk_json_value_get_object (root, "", "tolerance", TRUE, &o, error)
      || !_stk_read_unknown_members (o, "tolerance", tolerance_members, NULL, error)
      || !stk_json_value_get_int (o, "tolerance", "samples", FALSE, 1, STK_TOL_SAMPLES_MAX, &samples, error)
      || !stk_json_value_get_int (o, "tolerance", "seed", FALSE, 0, STK_TOL_SEED_MAX, &seed, error)
      || !stk_json_value_get_double (o, "tolerance", "target_ppm", FALSE, 0, STK_TOL_TARGET_PPM_MAX, &spec->target_ppm, error)
      || !read_optional (o, "rotation_deg", STK_TOL_ROTATION_MAX_DEG, &spec->rotation_set, &spec->rotation_deg, error)
      || !read_optional (o, "pin_position_mm", STK_TOL_TOLERANCE_MAX_MM, &spec->pin_position_set,
                         &spec->pin_position_mm, error)
      || !read_optional (o, "hole_position_mm", STK_TOL_TOLERANCE_MAX_MM, &spec->hole_position_set,
                         &spec->hole_position_mm, error)
      || !read_optional (o, "pin_clearance_mm", STK_TOL_TOLERANCE_MAX_MM, &spec->pin_clearance_set,
                         &spec->pin_clearance_mm, error)
      || !read_board_rotations (r, o, spec, error)
      || !read_contributors (r, o, spec, error))
    return FALSE;
  spec->samples = (guint64) samples;
  spec->seed = (guint64) seed;
  return TRUE;
}

/* Writing */

static void
set_optional (JsonObject *o,
              const char *member,
              gboolean    set,
              double      value)
{
  if (set)
    json_object_set_double_member (o, member, value);
}

static JsonNode *
contributor_node (const StkTolUserContributor *c)
{
  JsonObject *o = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (c->mate != NULL && *c->mate)
    json_object_set_string_member (o, "mate", c->mate);
  json_object_set_string_member (o, "name", c->name ? c->name : "");
  json_object_set_string_member (o, "axis", stk_tol_axis_to_string (c->axis));
  json_object_set_string_member (o, "distribution", stk_tol_distribution_to_string (c->distribution));
  json_object_set_double_member (o, "nominal", c->nominal);
  json_object_set_double_member (o, "tolerance", c->tolerance);
  if (c->distribution == STK_TOL_NORMAL)
    json_object_set_double_member (o, "k", c->k > 0 ? c->k : 3.0);
  json_object_set_double_member (o, "mean_shift", c->mean_shift);
  if (c->group != NULL && *c->group)
    json_object_set_string_member (o, "group", c->group);
  json_node_take_object (node, o);
  return node;
}

JsonNode *
_stk_tolerance_node (StkProject *project)
{
  const StkTolSpec *spec = stk_project_get_tolerance (project);
  JsonObject *o = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_int_member (o, "samples", (gint64) spec->samples);
  json_object_set_int_member (o, "seed", (gint64) spec->seed);
  json_object_set_double_member (o, "target_ppm", spec->target_ppm);
  set_optional (o, "rotation_deg", spec->rotation_set, spec->rotation_deg);
  set_optional (o, "pin_position_mm", spec->pin_position_set, spec->pin_position_mm);
  set_optional (o, "hole_position_mm", spec->hole_position_set, spec->hole_position_mm);
  set_optional (o, "pin_clearance_mm", spec->pin_clearance_set, spec->pin_clearance_mm);
  if (spec->board_rotations->len > 0)
    {
      JsonObject *boards = json_object_new ();
      JsonNode *boards_node = json_node_new (JSON_NODE_OBJECT);

      for (guint i = 0; i < spec->board_rotations->len; i++)
        {
          const StkTolBoardRotation *b = g_ptr_array_index (spec->board_rotations, i);

          /* a board since removed or renamed: not kept */
          if (stk_project_find_board (project, b->board) != NULL)
            json_object_set_double_member (boards, b->board, b->rotation_deg);
        }
      json_node_take_object (boards_node, boards);
      json_object_set_member (o, "board_rotation_deg", boards_node);
    }
  if (spec->contributors->len > 0)
    {
      JsonArray *list = json_array_new ();
      JsonNode *list_node = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < spec->contributors->len; i++)
        {
          const StkTolUserContributor *c = g_ptr_array_index (spec->contributors, i);

          /* one of a mate since removed or renamed acts on nothing: not kept */
          if (c->mate == NULL || *c->mate == '\0' || stk_project_find_mate (project, c->mate) != NULL)
            json_array_add_element (list, contributor_node (c));
        }
      json_node_take_array (list_node, list);
      json_object_set_member (o, "contributors", list_node);
    }
  json_node_take_object (node, o);
  return node;
}
