/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project-io"

#include "stk-config.h"

#include <stdarg.h>
#include <glib/gi18n-lib.h>

#include "stk-json.h"
#include "stk-project-io-private.h"

/* Ranges accepted in a file; docs/file-format.md lists the same numbers.
 * They bound what can be typed, not what passes a check: a file may hold a
 * design that fails, never one that is meaningless. */
#define MAX_ID_LENGTH 64
#define MAX_CYCLES    1000000

static const char *const top_members_v1[] = {
  "format", "version", "name", "author", "revision", "notes", "requirements", "boards", "connectors", NULL
};
static const char *const top_members_v2[] = {
  "format", "version", "project", "requirements", "boards", "mates", NULL
};
static const char *const top_members_v3[] = {
  "format", "version", "project", "requirements", "boards", "mates", "section_cuts", "tolerance", NULL
};
static const char *const project_members[] = {
  "name", "author", "revision", "notes", "drawing_number", "checker", "approver", "date", NULL
};
static const char *const requirement_members[] = {
  "alignment_tolerance_mm", "mating_cycles", "ambient_min_c", "ambient_max_c", "reflow_peak_c",
  "iron_temp_c", "iron_time_s", "current_derating", "clearance_margin_mm", "capture_allowance_mm",
  "storage", NULL
};
static const char *const storage_members[] = { "min_c", "max_c", "packed", NULL };
static const char *const cycle_members[] = { "assembly", "rework", "test", "service", NULL };
static const char *const board_members_v1[] = {
  "id", "name", "kind", "thickness_mm", "warp_mm", "placement_accuracy_mm",
  "component_top_mm", "component_bottom_mm", "stiffener", NULL
};
static const char *const board_members_v2[] = {
  "id", "name", "kind", "thickness_mm", "flatness", "warp_mm", "bow_twist_percent",
  "placement_accuracy_mm", "component_top_mm", "component_bottom_mm", "stiffener", "double_sided",
  "coverlay_thickness_mm", NULL
};
static const char *const board_members_v3[] = {
  "id", "name", "kind", "thickness_mm", "flatness", "warp_mm", "bow_twist_percent",
  "placement_accuracy_mm", "component_top_mm", "component_bottom_mm", "stiffener", "double_sided",
  "coverlay_thickness_mm", "outline", "keepouts", NULL
};
static const char *const outline_members[] = {
  "length_mm", "width_mm", "origin_x_mm", "origin_y_mm", NULL
};
static const char *const stiffener_members[] = {
  "material", "thickness_mm", "recommended_outline", "length_mm", "width_mm", NULL
};

gboolean
_stk_read_fail (GError     **error,
                int          code,
                const char  *path,
                const char  *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, STK_ERROR, code, "%s: %s", path, message);
  return FALSE;
}

char *
_stk_read_member_path (const char *path,
                       const char *member)
{
  return *path ? g_strdup_printf ("%s.%s", path, member) : g_strdup (member);
}

static gboolean
is_known (const char *const *known,
          const char        *name)
{
  for (guint i = 0; known[i] != NULL; i++)
    if (known[i][0] == name[0] && g_str_equal (known[i], name))
      return TRUE;
  return FALSE;
}

/* Unknown members are kept (extra != NULL) or refused, see docs/file-format.md.
 * A kept member is written back as read; the scanner has refused numbers
 * beyond a double (1e400), which could not be. */
gboolean
_stk_read_unknown_members (const StkJsonValue  *object,
                           const char          *path,
                           const char *const   *known,
                           JsonObject         **extra,
                           GError             **error)
{
  for (const StkJsonValue *m = stk_json_value_child (object, NULL); m; m = stk_json_value_child (object, m))
    {
      if (is_known (known, m->key))
        continue;
      if (extra == NULL)
        {
          g_autofree char *full = _stk_read_member_path (path, m->key);
          return _stk_read_fail (error, STK_ERROR_PARSE, full,
                                 _("unknown member; this version of Stackup does not know it here"));
        }
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_member (*extra, m->key, stk_json_value_to_node (m));
    }
  if (extra != NULL && *extra != NULL)
    json_object_seal (*extra);
  return TRUE;
}

/* Members this file's version does not know are kept and written back
 * (a newer minor addition survives a round trip) — except those a later
 * version of the format defines: written back into the current version,
 * they would be read by its rules, which this file never met. */
gboolean
_stk_read_kept_members (const StkJsonValue  *object,
                        const char          *path,
                        const char *const   *known,
                        const char *const   *newest,
                        JsonObject         **extra,
                        GError             **error)
{
  for (const StkJsonValue *m = stk_json_value_child (object, NULL); known != newest && m;
       m = stk_json_value_child (object, m))
    if (!is_known (known, m->key) && is_known (newest, m->key))
      {
        g_autofree char *full = _stk_read_member_path (path, m->key);
        return _stk_read_fail (error, STK_ERROR_PARSE, full,
                               _("a member of a later version of the file format than this file's: give the "
                                 "file that version or remove the member"));
      }
  return _stk_read_unknown_members (object, path, known, extra, error);
}

gboolean
_stk_read_node_object (const StkJsonValue  *node,
                       const char          *path,
                       const StkJsonValue **out,
                       GError             **error)
{
  if (node->type != STK_JSON_OBJECT)
    return _stk_read_fail (error, STK_ERROR_PARSE, path, _("must be an object, got %s"), stk_json_value_type_name (node));
  *out = node;
  return TRUE;
}

/* A string member replacing *out (owned) when present. */
gboolean
_stk_read_text (const StkJsonValue  *object,
                const char          *path,
                const char          *member,
                char               **out,
                GError             **error)
{
  const char *value = NULL;

  if (!stk_json_value_get_string (object, path, member, FALSE, &value, error))
    return FALSE;
  if (value != NULL)
    {
      g_free (*out);
      *out = g_strdup (value);
    }
  return TRUE;
}

gboolean
_stk_read_choice (const StkJsonValue  *object,
                  const char          *path,
                  const char          *member,
                  const char *const   *names,
                  guint                n_names,
                  int                 *out,
                  GError             **error)
{
  const char *value = NULL;
  g_autofree char *full = NULL;
  g_autofree char *valid = NULL;

  if (!stk_json_value_get_string (object, path, member, FALSE, &value, error))
    return FALSE;
  if (value == NULL)
    return TRUE;
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i], value))
      {
        *out = (int) i;
        return TRUE;
      }
  full = _stk_read_member_path (path, member);
  valid = g_strjoinv (", ", (char **) names);
  return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must be one of %s, got “%s”"), valid, value);
}

gboolean
_stk_read_uint (const StkJsonValue  *object,
                const char          *path,
                const char          *member,
                gboolean             required,
                gint64               min,
                gint64               max,
                guint               *out,
                GError             **error)
{
  gint64 v = *out;

  if (!stk_json_value_get_int (object, path, member, required, min, max, &v, error))
    return FALSE;
  *out = (guint) v;
  return TRUE;
}

/* Ids tie mates to boards, so they are short, printable and unique across both. */
gboolean
_stk_read_id (StkProjectReader    *r,
              const StkJsonValue  *object,
              const char          *path,
              const char         **out,
              GError             **error)
{
  g_autofree char *full = _stk_read_member_path (path, "id");
  const char *id = NULL;
  const char *other;

  if (!stk_json_value_get_string (object, path, "id", TRUE, &id, error))
    return FALSE;
  if (*id == '\0' || g_utf8_strlen (id, -1) > MAX_ID_LENGTH)
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                 _("must be 1 to %d characters long"), MAX_ID_LENGTH);
  for (const char *p = id; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must not contain control characters"));
  other = g_hash_table_lookup (r->ids, id);
  if (other != NULL)
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                 _("“%s” is already the id of %s; ids must be unique"), id, other);
  g_hash_table_insert (r->ids, g_strdup (id), g_strdup (path));
  *out = id;
  return TRUE;
}

static gboolean
read_project_info (StkProjectReader    *r,
                   const StkJsonValue  *root,
                   GError             **error)
{
  const StkJsonValue *info = root;
  const char *path = "";
  g_autofree char *name = g_strdup (stk_project_get_name (r->project));
  g_autofree char *author = g_strdup (stk_project_get_author (r->project));
  g_autofree char *revision = g_strdup (stk_project_get_revision (r->project));
  g_autofree char *notes = g_strdup (stk_project_get_notes (r->project));

  /* Version 1 kept these at the top level. */
  if (r->version >= 2)
    {
      path = "project";
      if (!stk_json_value_get_object (root, "", "project", FALSE, &info, error))
        return FALSE;
      if (info == NULL)
        return TRUE;
      if (!_stk_read_unknown_members (info, path, project_members, NULL, error))
        return FALSE;
    }
  if (!_stk_read_text (info, path, "name", &name, error) ||
      !_stk_read_text (info, path, "author", &author, error) ||
      !_stk_read_text (info, path, "revision", &revision, error) ||
      !_stk_read_text (info, path, "notes", &notes, error))
    return FALSE;
  stk_project_set_name (r->project, name);
  stk_project_set_author (r->project, author);
  stk_project_set_revision (r->project, revision);
  stk_project_set_notes (r->project, notes);
  /* Title block fields (version 2 only, all optional). */
  for (guint i = 4; r->version >= 2 && project_members[i]; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *property = g_strdelimit (g_strdup (project_members[i]), "_", '-');

      g_object_get (r->project, property, &value, NULL);
      if (!_stk_read_text (info, path, project_members[i], &value, error))
        return FALSE;
      g_object_set (r->project, property, value, NULL);
    }
  return TRUE;
}

static gboolean
read_storage (StkRequirements     *req,
              const StkJsonValue  *requirements,
              const char          *requirements_path,
              GError             **error)
{
  g_autofree char *path = _stk_read_member_path (requirements_path, "storage");
  const StkJsonValue *o = NULL;

  if (!stk_json_value_get_object (requirements, requirements_path, "storage", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  if (!_stk_read_unknown_members (o, path, storage_members, NULL, error) ||
      !stk_json_value_get_double (o, path, "min_c", FALSE, -100, 200, &req->storage_min_c, error) ||
      !stk_json_value_get_double (o, path, "max_c", FALSE, -100, 200, &req->storage_max_c, error) ||
      !stk_json_value_get_boolean (o, path, "packed", FALSE, &req->storage_packed, error))
    return FALSE;
  if (req->storage_max_c < req->storage_min_c)
    {
      g_autofree char *full = _stk_read_member_path (path, "max_c");
      g_autofree char *lo = stk_json_format_double (req->storage_min_c);
      g_autofree char *hi = stk_json_format_double (req->storage_max_c);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must not be below min_c (%s), got %s"),
                             lo, hi);
    }
  return TRUE;
}

static gboolean
read_requirements (StkProjectReader    *r,
                   const StkJsonValue  *root,
                   GError             **error)
{
  StkRequirements *req = stk_project_get_requirements (r->project);
  const char *path = "requirements";
  const StkJsonValue *o = NULL;
  const StkJsonValue *cycles = NULL;

  /* A file that leaves a cycle count out means the format's default
   * (docs/file-format.md), which stays as it was when such files were
   * written: not the budget a new project starts from. */
  req->cycles_assembly = 1;
  req->cycles_rework = 2;
  req->cycles_test = 3;
  req->cycles_service = 4;
  if (!stk_json_value_get_object (root, "", "requirements", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  if (!_stk_read_unknown_members (o, path, requirement_members, NULL, error) ||
      !stk_json_value_get_double (o, path, "alignment_tolerance_mm", FALSE, 0, 2, &req->alignment_tolerance_mm, error) ||
      !stk_json_value_get_object (o, path, "mating_cycles", FALSE, &cycles, error))
    return FALSE;
  if (cycles != NULL &&
      (!_stk_read_unknown_members (cycles, "requirements.mating_cycles", cycle_members, NULL, error) ||
       !_stk_read_uint (cycles, "requirements.mating_cycles", "assembly", FALSE, 0, MAX_CYCLES, &req->cycles_assembly, error) ||
       !_stk_read_uint (cycles, "requirements.mating_cycles", "rework", FALSE, 0, MAX_CYCLES, &req->cycles_rework, error) ||
       !_stk_read_uint (cycles, "requirements.mating_cycles", "test", FALSE, 0, MAX_CYCLES, &req->cycles_test, error) ||
       !_stk_read_uint (cycles, "requirements.mating_cycles", "service", FALSE, 0, MAX_CYCLES, &req->cycles_service, error)))
    return FALSE;
  if (!stk_json_value_get_double (o, path, "ambient_min_c", FALSE, -100, 200, &req->ambient_min_c, error) ||
      !stk_json_value_get_double (o, path, "ambient_max_c", FALSE, -100, 200, &req->ambient_max_c, error) ||
      !stk_json_value_get_double (o, path, "reflow_peak_c", FALSE, 100, 400, &req->reflow_peak_c, error) ||
      !stk_json_value_get_double (o, path, "iron_temp_c", FALSE, 100, 500, &req->iron_temp_c, error) ||
      !stk_json_value_get_double (o, path, "iron_time_s", FALSE, 0, 60, &req->iron_time_s, error) ||
      !stk_json_value_get_double (o, path, "current_derating", FALSE, 0.01, 1, &req->current_derating, error) ||
      !stk_json_value_get_double (o, path, "clearance_margin_mm", FALSE, 0, 5, &req->clearance_margin_mm, error))
    return FALSE;
  if (req->ambient_max_c < req->ambient_min_c)
    {
      g_autofree char *lo = stk_json_format_double (req->ambient_min_c);
      g_autofree char *hi = stk_json_format_double (req->ambient_max_c);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, "requirements.ambient_max_c",
                   _("must not be below ambient_min_c (%s), got %s"), lo, hi);
    }
  if (stk_json_value_member (o, "capture_allowance_mm") != NULL)
    {
      if (!stk_json_value_get_double (o, path, "capture_allowance_mm", TRUE, 0, 1, &req->capture_allowance_mm, error))
        return FALSE;
      req->capture_allowance_set = TRUE;
    }
  return read_storage (req, o, path, error);
}

static gboolean
read_stiffener (StkBoard            *b,
                const StkJsonValue  *board,
                const char          *board_path,
                GError             **error)
{
  const char *materials[] = {
    stk_stiffener_kind_to_string (STK_STIFFENER_NONE),
    stk_stiffener_kind_to_string (STK_STIFFENER_GLASS_EPOXY),
    stk_stiffener_kind_to_string (STK_STIFFENER_POLYIMIDE),
    stk_stiffener_kind_to_string (STK_STIFFENER_SUS),
    NULL
  };
  g_autofree char *path = _stk_read_member_path (board_path, "stiffener");
  const StkJsonValue *o = NULL;
  int material = b->stiffener;

  if (!stk_json_value_get_object (board, board_path, "stiffener", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  if (b->kind != STK_BOARD_FPC)
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, path, _("only an FPC board has a stiffener"));
  if (!_stk_read_unknown_members (o, path, stiffener_members, NULL, error) ||
      !_stk_read_choice (o, path, "material", materials, G_N_ELEMENTS (materials) - 1, &material, error) ||
      !stk_json_value_get_double (o, path, "thickness_mm", FALSE, STK_BOARD_STIFFENER_THICKNESS_MIN_MM,
                                  STK_BOARD_STIFFENER_THICKNESS_MAX_MM, &b->stiffener_thickness_mm, error) ||
      !stk_json_value_get_boolean (o, path, "recommended_outline", FALSE, &b->stiffener_recommended, error))
    return FALSE;
  b->stiffener = material;
  /* A chosen outline needs both sides; the recommended one needs neither. */
  return stk_json_value_get_double (o, path, "length_mm", !b->stiffener_recommended, STK_BOARD_STIFFENER_SIDE_MIN_MM,
                                    STK_BOARD_STIFFENER_SIDE_MAX_MM, &b->stiffener_length_mm, error) &&
         stk_json_value_get_double (o, path, "width_mm", !b->stiffener_recommended, STK_BOARD_STIFFENER_SIDE_MIN_MM,
                                    STK_BOARD_STIFFENER_SIDE_MAX_MM, &b->stiffener_width_mm, error);
}

/* Version 3: the board's outline; absent, the box around its connectors. */
static gboolean
read_outline (StkBoard            *b,
              const StkJsonValue  *board,
              const char          *board_path,
              GError             **error)
{
  g_autofree char *path = _stk_read_member_path (board_path, "outline");
  const StkJsonValue *o = NULL;

  if (!stk_json_value_get_object (board, board_path, "outline", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  b->outline_set = TRUE;
  return _stk_read_unknown_members (o, path, outline_members, NULL, error) &&
         stk_json_value_get_double (o, path, "length_mm", TRUE, STK_OUTLINE_MIN_SIDE_MM, STK_OUTLINE_MAX_MM,
                                    &b->length_mm, error) &&
         stk_json_value_get_double (o, path, "width_mm", TRUE, STK_OUTLINE_MIN_SIDE_MM, STK_OUTLINE_MAX_MM,
                                    &b->width_mm, error) &&
         stk_json_value_get_double (o, path, "origin_x_mm", FALSE, -STK_OUTLINE_MAX_MM, STK_OUTLINE_MAX_MM,
                                    &b->origin_x_mm, error) &&
         stk_json_value_get_double (o, path, "origin_y_mm", FALSE, -STK_OUTLINE_MAX_MM, STK_OUTLINE_MAX_MM,
                                    &b->origin_y_mm, error);
}

static gboolean
read_coverlay (StkBoard            *b,
               const StkJsonValue  *board,
               const char          *board_path,
               GError             **error)
{
  if (stk_json_value_member (board, "coverlay_thickness_mm") == NULL)
    return TRUE;
  if (b->kind != STK_BOARD_FPC)
    {
      g_autofree char *path = _stk_read_member_path (board_path, "coverlay_thickness_mm");
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, path, _("only an FPC board has a cover-lay"));
    }
  b->coverlay_set = TRUE;
  return stk_json_value_get_double (board, board_path, "coverlay_thickness_mm", TRUE, 0, STK_BOARD_COVERLAY_MAX_MM, &b->coverlay_thickness_mm,
                              error);
}

static StkBoard *
read_board (StkProjectReader    *r,
            const StkJsonValue  *node,
            const char          *path,
            GError             **error)
{
  const char *kinds[] = {
    stk_board_kind_to_string (STK_BOARD_RIGID), stk_board_kind_to_string (STK_BOARD_FPC), NULL
  };
  const char *flatness[] = {
    stk_flatness_kind_to_string (STK_FLATNESS_WARP_MM),
    stk_flatness_kind_to_string (STK_FLATNESS_BOW_TWIST_PERCENT), NULL
  };
  g_autoptr(StkBoard) b = NULL;
  const StkJsonValue *o;
  const char *id;
  int kind = -1;
  int flat = STK_FLATNESS_WARP_MM;

  if (!_stk_read_node_object (node, path, &o, error) ||
      !_stk_read_id (r, o, path, &id, error))
    return NULL;
  if (stk_json_value_member (o, "kind") == NULL)
    {
      g_autofree char *full = _stk_read_member_path (path, "kind");
      _stk_read_fail (error, STK_ERROR_PARSE, full, _("missing"));
      return NULL;
    }
  if (!_stk_read_choice (o, path, "kind", kinds, 2, &kind, error))
    return NULL;
  b = stk_board_new (id, id, kind);
  if (!_stk_read_text (o, path, "name", &b->name, error) ||
      !stk_json_value_get_double (o, path, "thickness_mm", FALSE, STK_BOARD_THICKNESS_MIN_MM, STK_BOARD_THICKNESS_MAX_MM,
                                  &b->thickness_mm, error) ||
      !stk_json_value_get_double (o, path, "warp_mm", FALSE, 0, STK_BOARD_WARP_MAX_MM, &b->warp_mm, error) ||
      !stk_json_value_get_double (o, path, "placement_accuracy_mm", FALSE, 0, STK_BOARD_PLACEMENT_MAX_MM,
                                  &b->placement_accuracy_mm, error) ||
      !stk_json_value_get_double (o, path, "component_top_mm", FALSE, 0, STK_BOARD_COMPONENT_MAX_MM, &b->component_top_mm, error) ||
      !stk_json_value_get_double (o, path, "component_bottom_mm", FALSE, 0, STK_BOARD_COMPONENT_MAX_MM,
                                  &b->component_bottom_mm, error) ||
      !read_stiffener (b, o, path, error))
    return NULL;
  /* Version 1 knew flatness only as a measured warp. */
  if (r->version >= 2 &&
      (!_stk_read_choice (o, path, "flatness", flatness, 2, &flat, error) ||
       !stk_json_value_get_double (o, path, "bow_twist_percent", FALSE, 0, STK_BOARD_BOW_TWIST_MAX_PERCENT,
                                  &b->bow_twist_percent, error) ||
       !stk_json_value_get_boolean (o, path, "double_sided", FALSE, &b->double_sided, error) ||
       !read_coverlay (b, o, path, error)))
    return NULL;
  b->flatness_kind = flat;
  if (r->version >= 3 && (!read_outline (b, o, path, error) || !_stk_read_keepouts (b, o, path, error)))
    return NULL;
  if (!_stk_read_kept_members (o, path,
                               r->version >= 3 ? board_members_v3 : r->version >= 2 ? board_members_v2 : board_members_v1,
                               board_members_v3, &b->extra, error))
    return NULL;
  return g_steal_pointer (&b);
}

static gboolean
read_list (StkProjectReader    *r,
           const StkJsonValue  *root,
           const char          *member,
           gboolean             required,
           gboolean             boards,
           GError             **error)
{
  const StkJsonValue *list = NULL;
  guint i = 0;

  if (!stk_json_value_get_array (root, "", member, required, &list, error))
    return FALSE;
  for (const StkJsonValue *node = list ? stk_json_value_child (list, NULL) : NULL; node;
       node = stk_json_value_child (list, node))
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", member, i++);

      if (boards)
        {
          StkBoard *b = read_board (r, node, path, error);
          if (b == NULL)
            return FALSE;
          g_ptr_array_add (stk_project_get_boards (r->project), b);
        }
      else
        {
          StkMate *m = _stk_read_mate (r, node, path, error);
          if (m == NULL)
            return FALSE;
          g_ptr_array_add (stk_project_get_mates (r->project), m);
        }
    }
  return TRUE;
}

static gboolean
read_header (const StkJsonValue  *root,
             gint64              *version,
             GError             **error)
{
  const StkJsonValue *o;
  const char *format = NULL;

  if (root->type != STK_JSON_OBJECT)
    return _stk_read_fail (error, STK_ERROR_PARSE, _("(top level)"),
                 _("must be an object, got %s; this is not a Stackup project"),
                 stk_json_value_type_name (root));
  o = root;
  if (!stk_json_value_get_string (o, "", "format", TRUE, &format, error))
    return FALSE;
  if (!g_str_equal (format, STK_PROJECT_FORMAT))
    return _stk_read_fail (error, STK_ERROR_PARSE, "format",
                 _("must be “%s”, got “%s”; this is not a Stackup project"), STK_PROJECT_FORMAT, format);
  if (!stk_json_value_get_int (o, "", "version", TRUE, STK_PROJECT_OLDEST_VERSION, G_MAXINT32, version, error))
    return FALSE;
  if (*version > STK_PROJECT_FORMAT_VERSION)
    return _stk_read_fail (error, STK_ERROR_NEWER_VERSION, "version",
                 _("the file was written by a newer Stackup (file format version %d); "
                   "this one reads up to version %d. Update Stackup to open it"),
                 (int) *version, STK_PROJECT_FORMAT_VERSION);
  return TRUE;
}

StkProject *
_stk_project_from_json (const StkJsonValue  *root,
                        GError             **error)
{
  g_autoptr(StkProject) project = stk_project_new_empty ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonObject) extra = NULL;
  StkProjectReader r = { 0, stk_catalog_get_default (), ids, project };
  const StkJsonValue *o;

  if (!read_header (root, &r.version, error))
    return NULL;
  o = root;
  if (!read_project_info (&r, o, error) ||
      !read_requirements (&r, o, error) ||
      !read_list (&r, o, "boards", TRUE, TRUE, error) ||
      !read_list (&r, o, r.version >= 2 ? "mates" : "connectors", FALSE, FALSE, error) ||
      !_stk_read_tolerance (&r, o, error) ||
      !_stk_read_section_cuts (&r, o, error) ||
      !_stk_read_kept_members (o, "",
                               r.version >= 3 ? top_members_v3 : r.version >= 2 ? top_members_v2 : top_members_v1,
                               top_members_v3, &extra, error))
    return NULL;
  if (extra != NULL)
    stk_project_set_extra_members (project, extra);
  if (r.version < 3)
    _stk_read_migrate_column (project);
  return g_steal_pointer (&project);
}
