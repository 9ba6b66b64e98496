/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project-io"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-catalog.h"
#include "stk-json.h"
#include "stk-project-io-private.h"

/* Ranges as in docs/file-format.md. */
#define MAX_PINS 1000

static const char *const mate_members_v1[] = {
  "id", "name", "series", "height_mm", "pins", "socket_board", "header_board",
  "x_mm", "y_mm", "rotation_deg", "nets", "pin_nets", NULL
};
static const char *const mate_members_v2[] = {
  "id", "name", "series", "mated_height_mm", "pins", "packaging", "socket_board", "header_board",
  "x_mm", "y_mm", "rotation_deg", "nets", "assignment", "inspection", NULL
};
static const char *const mate_members_v3[] = {
  "id", "name", "series", "mated_height_mm", "pins", "packaging", "socket_board", "header_board",
  "x_mm", "y_mm", "rotation_deg", "face", "header_x_mm", "header_y_mm", "header_rotation_deg",
  "nets", "assignment", "inspection", NULL
};
static const char *const net_members[] = { "name", "kind", "current_a", "voltage_v", NULL };
static const char *const range_members[] = { "first", "last", "net", NULL };

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
read_part (StkProjectReader    *r,
           StkMate             *m,
           const StkJsonValue  *o,
           const char          *path,
           GError             **error)
{
  const char *height_member = r->version >= 2 ? "mated_height_mm" : "height_mm";
  g_autofree char *series_path = _stk_read_member_path (path, "series");
  g_autofree char *height_path = _stk_read_member_path (path, height_member);
  g_autofree char *pins_path = _stk_read_member_path (path, "pins");
  g_autofree char *pkg_path = _stk_read_member_path (path, "packaging");
  g_autofree char *h = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GArray) pins = NULL;
  const StkSeries *series;
  const char *series_id = NULL;
  const char *packaging = NULL;
  double height = 0;
  guint n_pins = 0;

  if (!stk_json_value_get_string (o, path, "series", TRUE, &series_id, error))
    return FALSE;
  series = stk_catalog_find_series (r->catalog, series_id);
  if (series == NULL)
    {
      GPtrArray *all = stk_catalog_get_series (r->catalog);
      GString *names = g_string_new (NULL);

      for (guint i = 0; i < all->len; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "", ((const StkSeries *) g_ptr_array_index (all, i))->id);
      valid = g_string_free (names, FALSE);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, series_path,
                   _("unknown series “%s”; Stackup knows %s"), series_id, valid);
    }
  if (!stk_json_value_get_double (o, path, height_member, TRUE, 0, 100, &height, error) ||
      !_stk_read_uint (o, path, "pins", TRUE, 1, MAX_PINS, &n_pins, error))
    return FALSE;
  if (r->version >= 2 && !stk_json_value_get_string (o, path, "packaging", FALSE, &packaging, error))
    return FALSE;
  if (packaging == NULL)
    packaging = stk_series_default_packaging (series)->id;
  h = stk_format_mm (height);
  if (!stk_series_has_height (series, height))
    {
      valid = stk_series_heights_text (series);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, height_path,
                   _("%s has no mated height %s mm; it is made in %s mm"), series->id, h, valid);
    }
  if (stk_series_find_packaging (series, packaging) == NULL)
    {
      valid = join_packagings (series, 0);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, pkg_path,
                   _("%s has no packaging “%s”; it has %s"), series->id, packaging, valid);
    }
  pins = stk_series_pins_for_height (series, height, packaging);
  if (pins->len == 0)
    {
      valid = join_packagings (series, height);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, pkg_path,
                   _("%s %s mm is not made in “%s” packaging; it is made in %s"),
                   series->id, h, packaging, valid);
    }
  if (stk_series_find_product (series, height, n_pins, packaging) == NULL)
    {
      valid = stk_format_pin_list (pins);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, pins_path,
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
read_board_ref (StkProjectReader    *r,
                const StkJsonValue  *o,
                const char          *path,
                const char          *member,
                char               **out,
                GError             **error)
{
  g_autofree char *full = _stk_read_member_path (path, member);
  GPtrArray *boards = stk_project_get_boards (r->project);
  const char *id = NULL;

  if (!stk_json_value_get_string (o, path, member, TRUE, &id, error))
    return FALSE;
  if (stk_project_find_board (r->project, id) == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < boards->len; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "", ((StkBoard *) g_ptr_array_index (boards, i))->id);
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full,
                   _("no board has the id “%s” (boards: %s)"), id, boards->len ? names->str : _("none"));
    }
  *out = g_strdup (id);
  return TRUE;
}

/* Each object of the optional array `member` of a mate, its members checked
 * against `known`, handed to `read` with its path ("mates[0].nets[2]"). */
typedef gboolean (*ReadItem) (StkMate     *m,
                              const StkJsonValue  *item,
                              const char  *item_path,
                              const char  *mate_path,
                              GError     **error);

static gboolean
read_each_object (StkMate             *m,
                  const StkJsonValue  *o,
                  const char          *path,
                  const char          *member,
                  const char *const   *known,
                  ReadItem             read,
                  GError             **error)
{
  const StkJsonValue *items = NULL;
  guint i = 0;

  if (!stk_json_value_get_array (o, path, member, FALSE, &items, error))
    return FALSE;
  for (const StkJsonValue *e = items ? stk_json_value_child (items, NULL) : NULL; e; e = stk_json_value_child (items, e))
    {
      g_autofree char *item_path = g_strdup_printf ("%s.%s[%u]", path, member, i++);
      const StkJsonValue *item;

      if (!_stk_read_node_object (e, item_path, &item, error) ||
          !_stk_read_unknown_members (item, item_path, known, NULL, error) ||
          !read (m, item, item_path, path, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_net (StkMate             *m,
          const StkJsonValue  *n,
          const char          *net_path,
          const char          *mate_path,
          GError             **error)
{
  const char *kinds[] = {
    stk_net_kind_to_string (STK_NET_SIGNAL), stk_net_kind_to_string (STK_NET_SUPPLY),
    stk_net_kind_to_string (STK_NET_GROUND), NULL
  };
  g_autofree char *name_path = _stk_read_member_path (net_path, "name");
  g_autoptr(GError) bad = NULL;
  const char *name = NULL;
  int kind = STK_NET_SIGNAL;
  double current = 0, voltage = 0;

  if (!stk_json_value_get_string (n, net_path, "name", TRUE, &name, error))
    return FALSE;
  if (*name == '\0')
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, name_path, _("must not be empty"));
  if (!stk_net_name_check (m->id, name, &bad))
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, name_path, "%s", bad->message);
  if (stk_mate_find_net (m, name) != NULL)
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, name_path,
                 _("net “%s” is defined twice"), name);
  if (!_stk_read_choice (n, net_path, "kind", kinds, 3, &kind, error) ||
      !stk_json_value_get_double (n, net_path, "current_a", FALSE, 0, 50, &current, error) ||
      !stk_json_value_get_double (n, net_path, "voltage_v", FALSE, 0, 1000, &voltage, error))
    return FALSE;
  stk_mate_add_net (m, name, kind, current, voltage);
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
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, net_path,
                 _("net “%s” is not defined in %s.nets"), net, mate_path);
  return TRUE;
}

/* Version 2: runs of pins, {"first": 1, "last": 6, "net": "VBAT"}. */
static gboolean
read_range (StkMate             *m,
            const StkJsonValue  *a,
            const char          *range_path,
            const char          *mate_path,
            GError             **error)
{
  g_autofree char *net_path = _stk_read_member_path (range_path, "net");
  const char *net = NULL;
  guint first = 0, last;

  if (!_stk_read_uint (a, range_path, "first", TRUE, 1, m->pins, &first, error))
    return FALSE;
  last = first;
  if (!_stk_read_uint (a, range_path, "last", FALSE, first, m->pins, &last, error) ||
      !stk_json_value_get_string (a, range_path, "net", TRUE, &net, error) ||
      !check_net_defined (m, net, net_path, mate_path, error))
    return FALSE;
  for (guint p = first; p <= last; p++)
    if (stk_mate_pin_net (m, p) != NULL)
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, range_path,
                   _("pin %u is already assigned to net “%s”"), p, stk_mate_pin_net (m, p));
  stk_mate_assign_pins (m, first, last, net);
  return TRUE;
}

/* Version 1: one entry per pin, a net name or null. */
static gboolean
read_pin_nets (StkMate             *m,
               const StkJsonValue  *o,
               const char          *path,
               GError             **error)
{
  g_autofree char *list_path = _stk_read_member_path (path, "pin_nets");
  const StkJsonValue *pins = NULL;
  guint i = 0;

  if (!stk_json_value_get_array (o, path, "pin_nets", FALSE, &pins, error))
    return FALSE;
  if (pins == NULL)
    return TRUE;
  if (pins->length != m->pins)
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, list_path,
                 _("must have one entry per pin (%u), got %u"), m->pins, pins->length);
  for (const StkJsonValue *e = stk_json_value_child (pins, NULL); e; e = stk_json_value_child (pins, e), i++)
    {
      g_autofree char *pin_path = NULL;
      const char *net;

      if (e->type == STK_JSON_NULL)
        continue;
      pin_path = g_strdup_printf ("%s[%u]", list_path, i);
      if (e->type != STK_JSON_STRING)
        return _stk_read_fail (error, STK_ERROR_PARSE, pin_path,
                     _("must be a net name or null, got %s"), stk_json_value_type_name (e));
      net = e->v.string;
      if (!check_net_defined (m, net, pin_path, path, error))
        return FALSE;
      stk_mate_assign_pins (m, i + 1, i + 1, net);
    }
  return TRUE;
}

/* Only a series with an inspection-use type of this pin count has one. */
static gboolean
read_inspection (StkProjectReader    *r,
                 StkMate             *m,
                 const StkJsonValue  *o,
                 const char          *path,
                 GError             **error)
{
  const StkSeries *series = stk_catalog_find_series (r->catalog, m->series);
  g_autofree char *part = NULL;
  g_autofree char *member = NULL;

  if (!stk_json_value_get_boolean (o, path, "inspection", FALSE, &m->inspection, error))
    return FALSE;
  if (!m->inspection)
    return TRUE;
  part = series ? stk_series_inspection_part (series, STK_ROLE_SOCKET, m->pins) : NULL;
  if (part != NULL)
    return TRUE;
  member = _stk_read_member_path (path, "inspection");
  if (series == NULL || series->inspection == NULL)
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, member, _("%s has no inspection-use type"), m->series);
  return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, member, _("%s has no inspection-use type with %u pins"),
                         m->series, m->pins);
}

/* A quarter turn: 0 or 90 up to version 2, also 180 and 270 from version 3. */
static gboolean
read_rotation (const StkJsonValue  *o,
               const char          *path,
               const char          *member,
               double               max,
               double              *out,
               GError             **error)
{
  g_autofree char *full = _stk_read_member_path (path, member);

  if (!stk_json_value_get_double (o, path, member, FALSE, 0, max, out, error))
    return FALSE;
  if (*out == 0 || *out == 90 || (max > 90 && (*out == 180 || *out == 270)))
    return TRUE;
  {
    g_autofree char *v = stk_json_format_double (*out);
    if (max > 90)
      return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must be 0, 90, 180 or 270, got %s"), v);
    return _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, full, _("must be 0 or 90, got %s"), v);
  }
}

StkMate *
_stk_read_mate (StkProjectReader    *r,
                const StkJsonValue  *node,
                const char          *path,
                GError             **error)
{
  g_autoptr(StkMate) m = NULL;
  g_autofree char *header_path = _stk_read_member_path (path, "header_board");
  const char *faces[] = { stk_face_to_string (STK_FACE_TOP), stk_face_to_string (STK_FACE_BOTTOM), NULL };
  int face = STK_FACE_TOP;
  const StkJsonValue *o;
  const char *id;

  if (!_stk_read_node_object (node, path, &o, error) ||
      !_stk_read_id (r, o, path, &id, error))
    return NULL;
  m = stk_mate_new (id, NULL, 0, 0, NULL);
  if (!_stk_read_text (o, path, "name", &m->name, error) ||
      !read_part (r, m, o, path, error) ||
      !read_board_ref (r, o, path, "socket_board", &m->socket_board, error) ||
      !read_board_ref (r, o, path, "header_board", &m->header_board, error))
    return NULL;
  if (g_str_equal (m->socket_board, m->header_board))
    {
      _stk_read_fail (error, STK_ERROR_INVALID_ARGUMENT, header_path,
            _("must differ from socket_board (“%s”): a connector joins two boards"), m->socket_board);
      return NULL;
    }
  if (!stk_json_value_get_double (o, path, "x_mm", FALSE, -500, 500, &m->x_mm, error) ||
      !stk_json_value_get_double (o, path, "y_mm", FALSE, -500, 500, &m->y_mm, error) ||
      !read_rotation (o, path, "rotation_deg", r->version >= 3 ? 270 : 90, &m->rotation_deg, error))
    return NULL;
  /* The header where the socket is unless the file says otherwise. */
  m->header_x_mm = m->x_mm;
  m->header_y_mm = m->y_mm;
  m->header_rotation_deg = m->rotation_deg;
  if (r->version >= 3 &&
      (!_stk_read_choice (o, path, "face", faces, G_N_ELEMENTS (faces) - 1, &face, error) ||
       !stk_json_value_get_double (o, path, "header_x_mm", FALSE, -500, 500, &m->header_x_mm, error) ||
       !stk_json_value_get_double (o, path, "header_y_mm", FALSE, -500, 500, &m->header_y_mm, error) ||
       !read_rotation (o, path, "header_rotation_deg", 270, &m->header_rotation_deg, error)))
    return NULL;
  m->face = face;
  if (r->version >= 2 && !read_inspection (r, m, o, path, error))
    return NULL;
  if (!read_each_object (m, o, path, "nets", net_members, read_net, error) ||
      !(r->version >= 2 ? read_each_object (m, o, path, "assignment", range_members, read_range, error)
                        : read_pin_nets (m, o, path, error)) ||
      !_stk_read_kept_members (o, path,
                               r->version >= 3 ? mate_members_v3 : r->version >= 2 ? mate_members_v2 : mate_members_v1,
                               mate_members_v3, &m->extra, error))
    return NULL;
  return g_steal_pointer (&m);
}

void
_stk_read_migrate_column (StkProject *project)
{
  GPtrArray *mates = stk_project_get_mates (project);

  for (guint i = 0; i < mates->len; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);

      m->face = stk_project_board_index (project, m->socket_board) < stk_project_board_index (project, m->header_board)
                ? STK_FACE_TOP : STK_FACE_BOTTOM;
    }
}
