/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project-io"

#include "stk-config.h"

#include <math.h>
#include <stdarg.h>
#include <glib/gi18n-lib.h>

#include "stk-catalog.h"
#include "stk-json.h"
#include "stk-project-io-private.h"

/* Ranges accepted in a file; docs/file-format.md lists the same numbers.
 * They bound what can be typed, not what passes a check: a file may hold a
 * design that fails, never one that is meaningless. */
#define MAX_ID_LENGTH       64
#define MAX_PINS            1000
#define MAX_CYCLES          1000000

typedef struct {
  gint64      version;
  StkCatalog *catalog;
  GHashTable *ids;     /* board and mate id → JSON path that defined it */
  StkProject *project;
} Reader;

static const char *const top_members_v1[] = {
  "format", "version", "name", "author", "revision", "notes", "requirements", "boards", "connectors", NULL
};
static const char *const top_members_v2[] = {
  "format", "version", "project", "requirements", "boards", "mates", NULL
};
static const char *const project_members[] = { "name", "author", "revision", "notes", NULL };
static const char *const requirement_members[] = {
  "alignment_tolerance_mm", "mating_cycles", "ambient_min_c", "ambient_max_c", "reflow_peak_c",
  "iron_temp_c", "iron_time_s", "current_derating", "clearance_margin_mm", "capture_allowance_mm", NULL
};
static const char *const cycle_members[] = { "assembly", "rework", "test", "service", NULL };
static const char *const board_members_v1[] = {
  "id", "name", "kind", "thickness_mm", "warp_mm", "placement_accuracy_mm",
  "component_top_mm", "component_bottom_mm", "stiffener", NULL
};
static const char *const board_members_v2[] = {
  "id", "name", "kind", "thickness_mm", "flatness", "warp_mm", "bow_twist_percent",
  "placement_accuracy_mm", "component_top_mm", "component_bottom_mm", "stiffener", NULL
};
static const char *const stiffener_members[] = {
  "material", "thickness_mm", "recommended_outline", "length_mm", "width_mm", NULL
};
static const char *const mate_members_v1[] = {
  "id", "name", "series", "height_mm", "pins", "socket_board", "header_board",
  "x_mm", "y_mm", "rotation_deg", "nets", "pin_nets", NULL
};
static const char *const mate_members_v2[] = {
  "id", "name", "series", "mated_height_mm", "pins", "packaging", "socket_board", "header_board",
  "x_mm", "y_mm", "rotation_deg", "nets", "assignment", NULL
};
static const char *const net_members[] = { "name", "kind", "current_a", "voltage_v", NULL };
static const char *const range_members[] = { "first", "last", "net", NULL };

static gboolean fail (GError    **error,
                      int         code,
                      const char *path,
                      const char *format,
                      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError    **error,
      int         code,
      const char *path,
      const char *format,
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

static char *
member_path (const char *path,
             const char *member)
{
  return *path ? g_strdup_printf ("%s.%s", path, member) : g_strdup (member);
}

static gboolean
is_known (const char *const *known,
          const char        *name)
{
  for (guint i = 0; known[i] != NULL; i++)
    if (g_str_equal (known[i], name))
      return TRUE;
  return FALSE;
}

/* Unknown members are kept (extra != NULL) or refused, see docs/file-format.md. */
static gboolean
take_unknown_members (JsonObject         *object,
                      const char         *path,
                      const char *const  *known,
                      JsonObject        **extra,
                      GError            **error)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l; l = l->next)
    {
      if (is_known (known, l->data))
        continue;
      if (extra == NULL)
        {
          g_autofree char *full = member_path (path, l->data);
          return fail (error, STK_ERROR_PARSE, full,
                       _("unknown member; this version of Stackup does not know it here"));
        }
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_member (*extra, l->data, json_node_copy (json_object_get_member (object, l->data)));
    }
  if (extra != NULL && *extra != NULL)
    json_object_seal (*extra);
  return TRUE;
}

static gboolean
node_object (JsonNode    *node,
             const char  *path,
             JsonObject **out,
             GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, STK_ERROR_PARSE, path, _("must be an object, got %s"), stk_json_node_type_name (node));
  *out = json_node_get_object (node);
  return TRUE;
}

/* A string member replacing *out (owned) when present. */
static gboolean
read_text (JsonObject  *object,
           const char  *path,
           const char  *member,
           char       **out,
           GError     **error)
{
  const char *value = NULL;

  if (!stk_json_get_string (object, path, member, FALSE, &value, error))
    return FALSE;
  if (value != NULL)
    {
      g_free (*out);
      *out = g_strdup (value);
    }
  return TRUE;
}

static gboolean
read_choice (JsonObject        *object,
             const char        *path,
             const char        *member,
             const char *const *names,
             guint              n_names,
             int               *out,
             GError           **error)
{
  const char *value = NULL;
  g_autofree char *full = NULL;
  g_autofree char *valid = NULL;

  if (!stk_json_get_string (object, path, member, FALSE, &value, error))
    return FALSE;
  if (value == NULL)
    return TRUE;
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i], value))
      {
        *out = (int) i;
        return TRUE;
      }
  full = member_path (path, member);
  valid = g_strjoinv (", ", (char **) names);
  return fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must be one of %s, got “%s”"), valid, value);
}

static gboolean
read_uint (JsonObject *object,
           const char *path,
           const char *member,
           gboolean    required,
           gint64      min,
           gint64      max,
           guint      *out,
           GError    **error)
{
  gint64 v = *out;

  if (!stk_json_get_int (object, path, member, required, min, max, &v, error))
    return FALSE;
  *out = (guint) v;
  return TRUE;
}

/* Ids tie mates to boards, so they are short, printable and unique across both. */
static gboolean
read_id (Reader      *r,
         JsonObject  *object,
         const char  *path,
         const char **out,
         GError     **error)
{
  g_autofree char *full = member_path (path, "id");
  const char *id = NULL;
  const char *other;

  if (!stk_json_get_string (object, path, "id", TRUE, &id, error))
    return FALSE;
  if (*id == '\0' || g_utf8_strlen (id, -1) > MAX_ID_LENGTH)
    return fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                 _("must be 1 to %d characters long"), MAX_ID_LENGTH);
  for (const char *p = id; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must not contain control characters"));
  other = g_hash_table_lookup (r->ids, id);
  if (other != NULL)
    return fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                 _("“%s” is already the id of %s; ids must be unique"), id, other);
  g_hash_table_insert (r->ids, g_strdup (id), g_strdup (path));
  *out = id;
  return TRUE;
}

static gboolean
read_project_info (Reader      *r,
                   JsonObject  *root,
                   GError     **error)
{
  JsonObject *info = root;
  const char *path = "";
  g_autofree char *name = g_strdup (stk_project_get_name (r->project));
  g_autofree char *author = g_strdup (stk_project_get_author (r->project));
  g_autofree char *revision = g_strdup (stk_project_get_revision (r->project));
  g_autofree char *notes = g_strdup (stk_project_get_notes (r->project));

  /* Version 1 kept these at the top level. */
  if (r->version >= 2)
    {
      path = "project";
      if (!stk_json_get_object (root, "", "project", FALSE, &info, error))
        return FALSE;
      if (info == NULL)
        return TRUE;
      if (!take_unknown_members (info, path, project_members, NULL, error))
        return FALSE;
    }
  if (!read_text (info, path, "name", &name, error) ||
      !read_text (info, path, "author", &author, error) ||
      !read_text (info, path, "revision", &revision, error) ||
      !read_text (info, path, "notes", &notes, error))
    return FALSE;
  stk_project_set_name (r->project, name);
  stk_project_set_author (r->project, author);
  stk_project_set_revision (r->project, revision);
  stk_project_set_notes (r->project, notes);
  return TRUE;
}

static gboolean
read_requirements (Reader      *r,
                   JsonObject  *root,
                   GError     **error)
{
  StkRequirements *req = stk_project_get_requirements (r->project);
  const char *path = "requirements";
  JsonObject *o = NULL;
  JsonObject *cycles = NULL;

  if (!stk_json_get_object (root, "", "requirements", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  if (!take_unknown_members (o, path, requirement_members, NULL, error) ||
      !stk_json_get_double (o, path, "alignment_tolerance_mm", FALSE, 0, 2, &req->alignment_tolerance_mm, error) ||
      !stk_json_get_object (o, path, "mating_cycles", FALSE, &cycles, error))
    return FALSE;
  if (cycles != NULL &&
      (!take_unknown_members (cycles, "requirements.mating_cycles", cycle_members, NULL, error) ||
       !read_uint (cycles, "requirements.mating_cycles", "assembly", FALSE, 0, MAX_CYCLES, &req->cycles_assembly, error) ||
       !read_uint (cycles, "requirements.mating_cycles", "rework", FALSE, 0, MAX_CYCLES, &req->cycles_rework, error) ||
       !read_uint (cycles, "requirements.mating_cycles", "test", FALSE, 0, MAX_CYCLES, &req->cycles_test, error) ||
       !read_uint (cycles, "requirements.mating_cycles", "service", FALSE, 0, MAX_CYCLES, &req->cycles_service, error)))
    return FALSE;
  if (!stk_json_get_double (o, path, "ambient_min_c", FALSE, -100, 200, &req->ambient_min_c, error) ||
      !stk_json_get_double (o, path, "ambient_max_c", FALSE, -100, 200, &req->ambient_max_c, error) ||
      !stk_json_get_double (o, path, "reflow_peak_c", FALSE, 100, 400, &req->reflow_peak_c, error) ||
      !stk_json_get_double (o, path, "iron_temp_c", FALSE, 100, 500, &req->iron_temp_c, error) ||
      !stk_json_get_double (o, path, "iron_time_s", FALSE, 0, 60, &req->iron_time_s, error) ||
      !stk_json_get_double (o, path, "current_derating", FALSE, 0.01, 1, &req->current_derating, error) ||
      !stk_json_get_double (o, path, "clearance_margin_mm", FALSE, 0, 5, &req->clearance_margin_mm, error))
    return FALSE;
  if (req->ambient_max_c < req->ambient_min_c)
    {
      g_autofree char *lo = stk_json_format_double (req->ambient_min_c);
      g_autofree char *hi = stk_json_format_double (req->ambient_max_c);
      return fail (error, STK_ERROR_INVALID_ARGUMENT, "requirements.ambient_max_c",
                   _("must not be below ambient_min_c (%s), got %s"), lo, hi);
    }
  if (json_object_has_member (o, "capture_allowance_mm"))
    {
      if (!stk_json_get_double (o, path, "capture_allowance_mm", TRUE, 0, 1, &req->capture_allowance_mm, error))
        return FALSE;
      req->capture_allowance_set = TRUE;
    }
  return TRUE;
}

static gboolean
read_stiffener (StkBoard    *b,
                JsonObject  *board,
                const char  *board_path,
                GError     **error)
{
  const char *materials[] = {
    stk_stiffener_kind_to_string (STK_STIFFENER_NONE),
    stk_stiffener_kind_to_string (STK_STIFFENER_GLASS_EPOXY),
    stk_stiffener_kind_to_string (STK_STIFFENER_POLYIMIDE),
    stk_stiffener_kind_to_string (STK_STIFFENER_SUS),
    NULL
  };
  g_autofree char *path = member_path (board_path, "stiffener");
  JsonObject *o = NULL;
  int material = b->stiffener;

  if (!stk_json_get_object (board, board_path, "stiffener", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  if (b->kind != STK_BOARD_FPC)
    return fail (error, STK_ERROR_INVALID_ARGUMENT, path, _("only an FPC board has a stiffener"));
  if (!take_unknown_members (o, path, stiffener_members, NULL, error) ||
      !read_choice (o, path, "material", materials, G_N_ELEMENTS (materials) - 1, &material, error) ||
      !stk_json_get_double (o, path, "thickness_mm", FALSE, 0.05, 1, &b->stiffener_thickness_mm, error) ||
      !stk_json_get_boolean (o, path, "recommended_outline", FALSE, &b->stiffener_recommended, error))
    return FALSE;
  b->stiffener = material;
  /* A chosen outline needs both sides; the recommended one needs neither. */
  return stk_json_get_double (o, path, "length_mm", !b->stiffener_recommended, 0.5, 100, &b->stiffener_length_mm, error) &&
         stk_json_get_double (o, path, "width_mm", !b->stiffener_recommended, 0.5, 100, &b->stiffener_width_mm, error);
}

static StkBoard *
read_board (Reader      *r,
            JsonNode    *node,
            const char  *path,
            GError     **error)
{
  const char *kinds[] = {
    stk_board_kind_to_string (STK_BOARD_RIGID), stk_board_kind_to_string (STK_BOARD_FPC), NULL
  };
  const char *flatness[] = {
    stk_flatness_kind_to_string (STK_FLATNESS_WARP_MM),
    stk_flatness_kind_to_string (STK_FLATNESS_BOW_TWIST_PERCENT), NULL
  };
  g_autoptr(StkBoard) b = NULL;
  JsonObject *o;
  const char *id;
  int kind = -1;
  int flat = STK_FLATNESS_WARP_MM;

  if (!node_object (node, path, &o, error) ||
      !read_id (r, o, path, &id, error))
    return NULL;
  if (!json_object_has_member (o, "kind"))
    {
      g_autofree char *full = member_path (path, "kind");
      fail (error, STK_ERROR_PARSE, full, _("missing"));
      return NULL;
    }
  if (!read_choice (o, path, "kind", kinds, 2, &kind, error))
    return NULL;
  b = stk_board_new (id, id, kind);
  if (!read_text (o, path, "name", &b->name, error) ||
      !stk_json_get_double (o, path, "thickness_mm", FALSE, 0.05, 10, &b->thickness_mm, error) ||
      !stk_json_get_double (o, path, "warp_mm", FALSE, 0, 5, &b->warp_mm, error) ||
      !stk_json_get_double (o, path, "placement_accuracy_mm", FALSE, 0, 2, &b->placement_accuracy_mm, error) ||
      !stk_json_get_double (o, path, "component_top_mm", FALSE, 0, 20, &b->component_top_mm, error) ||
      !stk_json_get_double (o, path, "component_bottom_mm", FALSE, 0, 20, &b->component_bottom_mm, error) ||
      !read_stiffener (b, o, path, error))
    return NULL;
  /* Version 1 knew flatness only as a measured warp. */
  if (r->version >= 2 &&
      (!read_choice (o, path, "flatness", flatness, 2, &flat, error) ||
       !stk_json_get_double (o, path, "bow_twist_percent", FALSE, 0, 10, &b->bow_twist_percent, error)))
    return NULL;
  b->flatness_kind = flat;
  if (!take_unknown_members (o, path, r->version >= 2 ? board_members_v2 : board_members_v1, &b->extra, error))
    return NULL;
  return g_steal_pointer (&b);
}

static char *
join_packagings (const StkSeries *series,
                 double           height)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < series->packagings->len; i++)
    {
      const StkPackaging *p = g_ptr_array_index (series->packagings, i);
      g_autoptr(GArray) pins = stk_series_pins_for_height (series, height, p->id);

      if (height <= 0 || pins->len > 0)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", p->id);
    }
  return g_string_free (s, FALSE);
}

/* Series, height, pins and packaging must name a row of a PRODUCT TYPES table. */
static gboolean
read_part (Reader      *r,
           StkMate     *m,
           JsonObject  *o,
           const char  *path,
           GError     **error)
{
  const char *height_member = r->version >= 2 ? "mated_height_mm" : "height_mm";
  g_autofree char *series_path = member_path (path, "series");
  g_autofree char *height_path = member_path (path, height_member);
  g_autofree char *pins_path = member_path (path, "pins");
  g_autofree char *pkg_path = member_path (path, "packaging");
  g_autofree char *h = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GArray) pins = NULL;
  const StkSeries *series;
  const char *series_id = NULL;
  const char *packaging = NULL;
  double height = 0;
  guint n_pins = 0;

  if (!stk_json_get_string (o, path, "series", TRUE, &series_id, error))
    return FALSE;
  series = stk_catalog_find_series (r->catalog, series_id);
  if (series == NULL)
    {
      GPtrArray *all = stk_catalog_get_series (r->catalog);
      GString *names = g_string_new (NULL);

      for (guint i = 0; i < all->len; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "", ((const StkSeries *) g_ptr_array_index (all, i))->id);
      valid = g_string_free (names, FALSE);
      return fail (error, STK_ERROR_INVALID_ARGUMENT, series_path,
                   _("unknown series “%s”; Stackup knows %s"), series_id, valid);
    }
  if (!stk_json_get_double (o, path, height_member, TRUE, 0, 100, &height, error) ||
      !read_uint (o, path, "pins", TRUE, 1, MAX_PINS, &n_pins, error))
    return FALSE;
  if (r->version >= 2 && !stk_json_get_string (o, path, "packaging", FALSE, &packaging, error))
    return FALSE;
  if (packaging == NULL)
    packaging = stk_series_default_packaging (series)->id;
  h = stk_format_mm (height);
  if (!stk_series_has_height (series, height))
    {
      valid = stk_series_heights_text (series);
      return fail (error, STK_ERROR_INVALID_ARGUMENT, height_path,
                   _("%s has no mated height %s mm; it is made in %s mm"), series->id, h, valid);
    }
  if (stk_series_find_packaging (series, packaging) == NULL)
    {
      valid = join_packagings (series, 0);
      return fail (error, STK_ERROR_INVALID_ARGUMENT, pkg_path,
                   _("%s has no packaging “%s”; it has %s"), series->id, packaging, valid);
    }
  pins = stk_series_pins_for_height (series, height, packaging);
  if (pins->len == 0)
    {
      valid = join_packagings (series, height);
      return fail (error, STK_ERROR_INVALID_ARGUMENT, pkg_path,
                   _("%s %s mm is not made in “%s” packaging; it is made in %s"),
                   series->id, h, packaging, valid);
    }
  if (stk_series_find_product (series, height, n_pins, packaging) == NULL)
    {
      valid = stk_format_pin_list (pins);
      return fail (error, STK_ERROR_INVALID_ARGUMENT, pins_path,
                   _("%s %s mm (%s) has no %u-pin part; pin counts made: %s"),
                   series->id, h, packaging, n_pins, valid);
    }
  g_free (m->series);
  m->series = g_strdup (series->id);
  m->mated_height_mm = height;
  g_free (m->packaging);
  m->packaging = g_strdup (packaging);
  stk_mate_set_pins (m, n_pins);
  return TRUE;
}

static gboolean
read_board_ref (Reader      *r,
                JsonObject  *o,
                const char  *path,
                const char  *member,
                char       **out,
                GError     **error)
{
  g_autofree char *full = member_path (path, member);
  GPtrArray *boards = stk_project_get_boards (r->project);
  const char *id = NULL;

  if (!stk_json_get_string (o, path, member, TRUE, &id, error))
    return FALSE;
  if (stk_project_find_board (r->project, id) == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < boards->len; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "", ((StkBoard *) g_ptr_array_index (boards, i))->id);
      return fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                   _("no board has the id “%s” (boards: %s)"), id, boards->len ? names->str : _("none"));
    }
  *out = g_strdup (id);
  return TRUE;
}

static gboolean
read_nets (StkMate     *m,
           JsonObject  *o,
           const char  *path,
           GError     **error)
{
  const char *kinds[] = {
    stk_net_kind_to_string (STK_NET_SIGNAL), stk_net_kind_to_string (STK_NET_SUPPLY),
    stk_net_kind_to_string (STK_NET_GROUND), NULL
  };
  JsonArray *nets = NULL;

  if (!stk_json_get_array (o, path, "nets", FALSE, &nets, error))
    return FALSE;
  for (guint i = 0; nets != NULL && i < json_array_get_length (nets); i++)
    {
      g_autofree char *net_path = g_strdup_printf ("%s.nets[%u]", path, i);
      g_autofree char *name_path = member_path (net_path, "name");
      JsonObject *n;
      const char *name = NULL;
      int kind = STK_NET_SIGNAL;
      double current = 0, voltage = 0;

      if (!node_object (json_array_get_element (nets, i), net_path, &n, error) ||
          !take_unknown_members (n, net_path, net_members, NULL, error) ||
          !stk_json_get_string (n, net_path, "name", TRUE, &name, error))
        return FALSE;
      if (*name == '\0')
        return fail (error, STK_ERROR_INVALID_ARGUMENT, name_path, _("must not be empty"));
      if (stk_mate_find_net (m, name) != NULL)
        return fail (error, STK_ERROR_INVALID_ARGUMENT, name_path,
                     _("net “%s” is defined twice"), name);
      if (!read_choice (n, net_path, "kind", kinds, 3, &kind, error) ||
          !stk_json_get_double (n, net_path, "current_a", FALSE, 0, 50, &current, error) ||
          !stk_json_get_double (n, net_path, "voltage_v", FALSE, 0, 1000, &voltage, error))
        return FALSE;
      stk_mate_add_net (m, name, kind, current, voltage);
    }
  return TRUE;
}

static gboolean
check_net_defined (StkMate     *m,
                   const char  *net,
                   const char  *net_path,
                   const char  *mate_path,
                   GError     **error)
{
  if (stk_mate_find_net (m, net) == NULL)
    return fail (error, STK_ERROR_INVALID_ARGUMENT, net_path,
                 _("net “%s” is not defined in %s.nets"), net, mate_path);
  return TRUE;
}

/* Version 2: runs of pins, {"first": 1, "last": 6, "net": "VBAT"}. */
static gboolean
read_assignment (StkMate     *m,
                 JsonObject  *o,
                 const char  *path,
                 GError     **error)
{
  JsonArray *ranges = NULL;

  if (!stk_json_get_array (o, path, "assignment", FALSE, &ranges, error))
    return FALSE;
  for (guint i = 0; ranges != NULL && i < json_array_get_length (ranges); i++)
    {
      g_autofree char *range_path = g_strdup_printf ("%s.assignment[%u]", path, i);
      g_autofree char *net_path = member_path (range_path, "net");
      JsonObject *a;
      const char *net = NULL;
      guint first = 0, last;

      if (!node_object (json_array_get_element (ranges, i), range_path, &a, error) ||
          !take_unknown_members (a, range_path, range_members, NULL, error) ||
          !read_uint (a, range_path, "first", TRUE, 1, m->pins, &first, error))
        return FALSE;
      last = first;
      if (!read_uint (a, range_path, "last", FALSE, first, m->pins, &last, error) ||
          !stk_json_get_string (a, range_path, "net", TRUE, &net, error) ||
          !check_net_defined (m, net, net_path, path, error))
        return FALSE;
      for (guint p = first; p <= last; p++)
        if (stk_mate_pin_net (m, p) != NULL)
          return fail (error, STK_ERROR_INVALID_ARGUMENT, range_path,
                       _("pin %u is already assigned to net “%s”"), p, stk_mate_pin_net (m, p));
      stk_mate_assign_pins (m, first, last, net);
    }
  return TRUE;
}

/* Version 1: one entry per pin, a net name or null. */
static gboolean
read_pin_nets (StkMate     *m,
               JsonObject  *o,
               const char  *path,
               GError     **error)
{
  g_autofree char *list_path = member_path (path, "pin_nets");
  JsonArray *pins = NULL;

  if (!stk_json_get_array (o, path, "pin_nets", FALSE, &pins, error))
    return FALSE;
  if (pins == NULL)
    return TRUE;
  if (json_array_get_length (pins) != m->pins)
    return fail (error, STK_ERROR_INVALID_ARGUMENT, list_path,
                 _("must have one entry per pin (%u), got %u"), m->pins, json_array_get_length (pins));
  for (guint i = 0; i < m->pins; i++)
    {
      g_autofree char *pin_path = g_strdup_printf ("%s[%u]", list_path, i);
      JsonNode *e = json_array_get_element (pins, i);
      const char *net;

      if (JSON_NODE_HOLDS_NULL (e))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
        return fail (error, STK_ERROR_PARSE, pin_path,
                     _("must be a net name or null, got %s"), stk_json_node_type_name (e));
      net = json_node_get_string (e);
      if (!check_net_defined (m, net, pin_path, path, error))
        return FALSE;
      stk_mate_assign_pins (m, i + 1, i + 1, net);
    }
  return TRUE;
}

static StkMate *
read_mate (Reader      *r,
           JsonNode    *node,
           const char  *path,
           GError     **error)
{
  g_autoptr(StkMate) m = NULL;
  g_autofree char *header_path = member_path (path, "header_board");
  g_autofree char *rotation_path = member_path (path, "rotation_deg");
  JsonObject *o;
  const char *id;

  if (!node_object (node, path, &o, error) ||
      !read_id (r, o, path, &id, error))
    return NULL;
  m = stk_mate_new (id, NULL, 0, 0, NULL);
  if (!read_text (o, path, "name", &m->name, error) ||
      !read_part (r, m, o, path, error) ||
      !read_board_ref (r, o, path, "socket_board", &m->socket_board, error) ||
      !read_board_ref (r, o, path, "header_board", &m->header_board, error))
    return NULL;
  if (g_str_equal (m->socket_board, m->header_board))
    {
      fail (error, STK_ERROR_INVALID_ARGUMENT, header_path,
            _("must differ from socket_board (“%s”): a mate joins two boards"), m->socket_board);
      return NULL;
    }
  if (!stk_json_get_double (o, path, "x_mm", FALSE, -500, 500, &m->x_mm, error) ||
      !stk_json_get_double (o, path, "y_mm", FALSE, -500, 500, &m->y_mm, error) ||
      !stk_json_get_double (o, path, "rotation_deg", FALSE, 0, 90, &m->rotation_deg, error))
    return NULL;
  if (m->rotation_deg != 0 && m->rotation_deg != 90)
    {
      g_autofree char *v = stk_json_format_double (m->rotation_deg);
      fail (error, STK_ERROR_INVALID_ARGUMENT, rotation_path, _("must be 0 or 90, got %s"), v);
      return NULL;
    }
  if (!read_nets (m, o, path, error) ||
      !(r->version >= 2 ? read_assignment (m, o, path, error) : read_pin_nets (m, o, path, error)) ||
      !take_unknown_members (o, path, r->version >= 2 ? mate_members_v2 : mate_members_v1, &m->extra, error))
    return NULL;
  return g_steal_pointer (&m);
}

static gboolean
read_list (Reader      *r,
           JsonObject  *root,
           const char  *member,
           gboolean     required,
           gboolean     boards,
           GError     **error)
{
  JsonArray *list = NULL;

  if (!stk_json_get_array (root, "", member, required, &list, error))
    return FALSE;
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", member, i);
      JsonNode *node = json_array_get_element (list, i);

      if (boards)
        {
          StkBoard *b = read_board (r, node, path, error);
          if (b == NULL)
            return FALSE;
          g_ptr_array_add (stk_project_get_boards (r->project), b);
        }
      else
        {
          StkMate *m = read_mate (r, node, path, error);
          if (m == NULL)
            return FALSE;
          g_ptr_array_add (stk_project_get_mates (r->project), m);
        }
    }
  return TRUE;
}

static gboolean
read_header (JsonNode  *root,
             gint64    *version,
             GError   **error)
{
  JsonObject *o;
  const char *format = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, STK_ERROR_PARSE, _("(top level)"),
                 _("must be an object, got %s; this is not a Stackup project"),
                 stk_json_node_type_name (root));
  o = json_node_get_object (root);
  if (!stk_json_get_string (o, "", "format", TRUE, &format, error))
    return FALSE;
  if (!g_str_equal (format, STK_PROJECT_FORMAT))
    return fail (error, STK_ERROR_PARSE, "format",
                 _("must be “%s”, got “%s”; this is not a Stackup project"), STK_PROJECT_FORMAT, format);
  if (!stk_json_get_int (o, "", "version", TRUE, STK_PROJECT_OLDEST_VERSION, G_MAXINT32, version, error))
    return FALSE;
  if (*version > STK_PROJECT_FORMAT_VERSION)
    return fail (error, STK_ERROR_NEWER_VERSION, "version",
                 _("the file was written by a newer Stackup (file format version %" G_GINT64_FORMAT
                   "); this one reads up to version %d. Update Stackup to open it"),
                 *version, STK_PROJECT_FORMAT_VERSION);
  return TRUE;
}

StkProject *
_stk_project_from_node (JsonNode  *root,
                        GError   **error)
{
  g_autoptr(StkProject) project = stk_project_new_empty ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonObject) extra = NULL;
  Reader r = { 0, stk_catalog_get_default (), ids, project };
  JsonObject *o;

  if (!read_header (root, &r.version, error))
    return NULL;
  o = json_node_get_object (root);
  if (!read_project_info (&r, o, error) ||
      !read_requirements (&r, o, error) ||
      !read_list (&r, o, "boards", TRUE, TRUE, error) ||
      !read_list (&r, o, r.version >= 2 ? "mates" : "connectors", FALSE, FALSE, error) ||
      !take_unknown_members (o, "", r.version >= 2 ? top_members_v2 : top_members_v1, &extra, error))
    return NULL;
  if (extra != NULL)
    stk_project_set_extra_members (project, extra);
  return g_steal_pointer (&project);
}
