/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project-io"

#include "stk-config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-io.h"
#include "stk-json.h"
#include "stk-project-io-private.h"

/* Known members first, in a fixed order, then what the file held that this
 * version does not know; a known name is never written twice. */
static void
append_extra (JsonObject *object,
              JsonObject *extra)
{
  g_autoptr(GList) names = extra ? json_object_get_members (extra) : NULL;

  for (GList *l = names; l; l = l->next)
    if (!json_object_has_member (object, l->data))
      json_object_set_member (object, l->data, json_node_copy (json_object_get_member (extra, l->data)));
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static JsonNode *
array_node (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

static const struct {
  const char *member;
  const char *property;
} title_fields[] = {
  { "drawing_number", "drawing-number" },
  { "checker", "checker" },
  { "approver", "approver" },
  { "date", "date" },
};

static JsonNode *
project_info_node (StkProject *project)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "name", stk_project_get_name (project));
  json_object_set_string_member (o, "author", stk_project_get_author (project));
  json_object_set_string_member (o, "revision", stk_project_get_revision (project));
  json_object_set_string_member (o, "notes", stk_project_get_notes (project));
  /* Title block fields: written only when given, so that files without them
   * save as before. */
  for (guint i = 0; i < G_N_ELEMENTS (title_fields); i++)
    {
      g_autofree char *value = NULL;
      g_object_get (project, title_fields[i].property, &value, NULL);
      if (value && *value)
        json_object_set_string_member (o, title_fields[i].member, value);
    }
  return object_node (o);
}

static JsonNode *
storage_node (const StkRequirements *req)
{
  JsonObject *o = json_object_new ();

  json_object_set_double_member (o, "min_c", req->storage_min_c);
  json_object_set_double_member (o, "max_c", req->storage_max_c);
  json_object_set_boolean_member (o, "packed", req->storage_packed);
  return object_node (o);
}

static JsonNode *
requirements_node (const StkRequirements *req)
{
  JsonObject *o = json_object_new ();
  JsonObject *cycles = json_object_new ();

  json_object_set_double_member (o, "alignment_tolerance_mm", req->alignment_tolerance_mm);
  json_object_set_int_member (cycles, "assembly", req->cycles_assembly);
  json_object_set_int_member (cycles, "rework", req->cycles_rework);
  json_object_set_int_member (cycles, "test", req->cycles_test);
  json_object_set_int_member (cycles, "service", req->cycles_service);
  json_object_set_member (o, "mating_cycles", object_node (cycles));
  json_object_set_double_member (o, "ambient_min_c", req->ambient_min_c);
  json_object_set_double_member (o, "ambient_max_c", req->ambient_max_c);
  json_object_set_double_member (o, "reflow_peak_c", req->reflow_peak_c);
  json_object_set_double_member (o, "iron_temp_c", req->iron_temp_c);
  json_object_set_double_member (o, "iron_time_s", req->iron_time_s);
  json_object_set_double_member (o, "current_derating", req->current_derating);
  json_object_set_double_member (o, "clearance_margin_mm", req->clearance_margin_mm);
  /* Absent means "use the catalog's estimate", which may change with the catalog. */
  if (req->capture_allowance_set)
    json_object_set_double_member (o, "capture_allowance_mm", req->capture_allowance_mm);
  json_object_set_member (o, "storage", storage_node (req));
  return object_node (o);
}

static JsonNode *
stiffener_node (const StkBoard *b)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "material", stk_stiffener_kind_to_string (b->stiffener));
  if (b->stiffener != STK_STIFFENER_NONE)
    {
      json_object_set_double_member (o, "thickness_mm", b->stiffener_thickness_mm);
      json_object_set_boolean_member (o, "recommended_outline", b->stiffener_recommended);
      if (!b->stiffener_recommended)
        {
          json_object_set_double_member (o, "length_mm", b->stiffener_length_mm);
          json_object_set_double_member (o, "width_mm", b->stiffener_width_mm);
        }
    }
  return object_node (o);
}

static JsonNode *
board_node (const StkBoard *b)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "id", b->id);
  json_object_set_string_member (o, "name", b->name ? b->name : "");
  json_object_set_string_member (o, "kind", stk_board_kind_to_string (b->kind));
  json_object_set_double_member (o, "thickness_mm", b->thickness_mm);
  json_object_set_string_member (o, "flatness", stk_flatness_kind_to_string (b->flatness_kind));
  json_object_set_double_member (o, "warp_mm", b->warp_mm);
  json_object_set_double_member (o, "bow_twist_percent", b->bow_twist_percent);
  json_object_set_double_member (o, "placement_accuracy_mm", b->placement_accuracy_mm);
  json_object_set_double_member (o, "component_top_mm", b->component_top_mm);
  json_object_set_double_member (o, "component_bottom_mm", b->component_bottom_mm);
  json_object_set_boolean_member (o, "double_sided", b->double_sided);
  if (b->kind == STK_BOARD_FPC)
    json_object_set_member (o, "stiffener", stiffener_node (b));
  /* Absent means "not given". */
  if (b->kind == STK_BOARD_FPC && b->coverlay_set)
    json_object_set_double_member (o, "coverlay_thickness_mm", b->coverlay_thickness_mm);
  /* Absent means "the box around its connectors". */
  if (b->outline_set)
    {
      JsonObject *outline = json_object_new ();

      json_object_set_double_member (outline, "length_mm", b->length_mm);
      json_object_set_double_member (outline, "width_mm", b->width_mm);
      json_object_set_double_member (outline, "origin_x_mm", b->origin_x_mm);
      json_object_set_double_member (outline, "origin_y_mm", b->origin_y_mm);
      json_object_set_member (o, "outline", object_node (outline));
    }
  /* Absent means none. */
  if (b->keepouts != NULL && b->keepouts->len > 0)
    json_object_set_member (o, "keepouts", _stk_keepouts_node (b));
  append_extra (o, b->extra);
  return object_node (o);
}

static JsonNode *
nets_node (const StkMate *m)
{
  JsonArray *nets = json_array_new ();

  for (guint i = 0; i < m->nets->len; i++)
    {
      const StkNet *n = g_ptr_array_index (m->nets, i);
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "name", n->name);
      json_object_set_string_member (o, "kind", stk_net_kind_to_string (n->kind));
      json_object_set_double_member (o, "current_a", n->current_a);
      json_object_set_double_member (o, "voltage_v", n->voltage_v);
      json_array_add_element (nets, object_node (o));
    }
  return array_node (nets);
}

/* Consecutive pins on one net become one {"first", "last", "net"} run. */
static JsonNode *
assignment_node (const StkMate *m)
{
  JsonArray *runs = json_array_new ();
  guint p = 1;

  while (p <= m->pins)
    {
      const char *net = stk_mate_pin_net (m, p);
      guint last = p;
      JsonObject *o;

      if (net == NULL)
        {
          p++;
          continue;
        }
      while (last < m->pins && g_strcmp0 (stk_mate_pin_net (m, last + 1), net) == 0)
        last++;
      o = json_object_new ();
      json_object_set_int_member (o, "first", p);
      json_object_set_int_member (o, "last", last);
      json_object_set_string_member (o, "net", net);
      json_array_add_element (runs, object_node (o));
      p = last + 1;
    }
  return array_node (runs);
}

static JsonNode *
mate_node (const StkMate *m)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "id", m->id);
  json_object_set_string_member (o, "name", m->name ? m->name : "");
  json_object_set_string_member (o, "series", m->series);
  json_object_set_double_member (o, "mated_height_mm", m->mated_height_mm);
  json_object_set_int_member (o, "pins", m->pins);
  json_object_set_string_member (o, "packaging", m->packaging);
  /* Absent for the standard type, so files without it stay as they were. */
  if (m->inspection)
    json_object_set_boolean_member (o, "inspection", TRUE);
  json_object_set_string_member (o, "socket_board", m->socket_board);
  json_object_set_string_member (o, "header_board", m->header_board);
  json_object_set_double_member (o, "x_mm", m->x_mm);
  json_object_set_double_member (o, "y_mm", m->y_mm);
  json_object_set_double_member (o, "rotation_deg", m->rotation_deg);
  json_object_set_string_member (o, "face", stk_face_to_string (m->face));
  json_object_set_double_member (o, "header_x_mm", m->header_x_mm);
  json_object_set_double_member (o, "header_y_mm", m->header_y_mm);
  json_object_set_double_member (o, "header_rotation_deg", m->header_rotation_deg);
  json_object_set_member (o, "nets", nets_node (m));
  json_object_set_member (o, "assignment", assignment_node (m));
  append_extra (o, m->extra);
  return object_node (o);
}

/* Absent when nothing differs from the defaults: files stay as they were. */
static void
append_tolerance (JsonObject *root,
                  StkProject *project)
{
  if (!stk_tol_spec_is_default (stk_project_get_tolerance (project)))
    json_object_set_member (root, "tolerance", _stk_tolerance_node (project));
}

static JsonNode *
project_node (StkProject *project)
{
  JsonObject *root = json_object_new ();
  JsonArray *boards = json_array_new ();
  JsonArray *mates = json_array_new ();
  GPtrArray *b = stk_project_get_boards (project);
  GPtrArray *m = stk_project_get_mates (project);

  json_object_set_string_member (root, "format", STK_PROJECT_FORMAT);
  json_object_set_int_member (root, "version", STK_PROJECT_FORMAT_VERSION);
  json_object_set_member (root, "project", project_info_node (project));
  json_object_set_member (root, "requirements", requirements_node (stk_project_get_requirements (project)));
  for (guint i = 0; i < b->len; i++)
    json_array_add_element (boards, board_node (g_ptr_array_index (b, i)));
  for (guint i = 0; i < m->len; i++)
    json_array_add_element (mates, mate_node (g_ptr_array_index (m, i)));
  json_object_set_member (root, "boards", array_node (boards));
  json_object_set_member (root, "mates", array_node (mates));
  if (stk_project_get_section_cuts (project)->len > 0)
    json_object_set_member (root, "section_cuts", _stk_section_cuts_node (project));
  append_tolerance (root, project);
  append_extra (root, stk_project_get_extra_members (project));
  return object_node (root);
}

/* The first character that is not JSON white space opens an object or an
 * array (or there is none: the scanner says what is wrong with that). */
static gboolean
starts_like_json (const char *data,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (strchr (" \t\r\n", data[i]) != NULL && data[i] != '\0')
        continue;
      return data[i] == '{' || data[i] == '[';
    }
  return TRUE;
}

StkProject *
stk_project_load_data (const char  *data,
                       gsize        length,
                       const char  *what,
                       GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *what_not_json = NULL;
  StkProject *project;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (what == NULL)
    what = _("project");
  /* A project is a JSON object. Text whose first character opens no JSON
   * value (a README, a CSV) is named for what it is before the scanner says
   * where it stopped. */
  if (!starts_like_json (data, length))
    /* Translators: the start of the error for a file that is not JSON at
     * all, "README.md: not a Stackup project (not JSON): line 1, column 1: …" */
    what_not_json = g_strdup_printf (_("%s: not a Stackup project (not JSON)"), what);
  root = stk_json_parse (data, length, STK_PROJECT_MAX_SIZE, what_not_json ? what_not_json : what, error);
  if (root == NULL)
    return NULL;
  project = _stk_project_from_node (root, error);
  if (project == NULL)
    g_prefix_error (error, "%s: ", what);
  return project;
}

StkProject *
stk_project_load_file (GFile   *file,
                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *what = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = stk_io_read_file (file, STK_PROJECT_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;
  what = g_file_get_basename (file);
  data = g_bytes_get_data (bytes, &length);
  return stk_project_load_data (data, length, what, error);
}

char *
stk_project_to_json (StkProject *project)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);

  root = project_node (project);
  return stk_json_to_string (root, TRUE);
}

/* The text Stackup saves: pretty-printed (two-space indents, easy to read
 * and diff) when that fits the size the reader opens, else compact. The
 * reader's limit is on the file as it is, and indentation can make a
 * project that loads take more than that (deep arrays of unknown members
 * grow most), so the writer gives way, not the limit: a project that
 * loads can be saved unless even its compact form does not fit. */
static char *
project_text (JsonNode *root)
{
  char *text = stk_json_to_string (root, TRUE);

  if (strlen (text) > STK_PROJECT_MAX_SIZE)
    {
      g_free (text);
      text = stk_json_to_string (root, FALSE);
    }
  return text;
}

/* The text is parsed back and compared with what was meant, then read as a
 * project, before the user's file is touched: a saved file always opens. */
gboolean
stk_project_save_file (StkProject  *project,
                       GFile       *file,
                       GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) back = NULL;
  g_autoptr(StkProject) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  char *text;

  g_return_val_if_fail (STK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  root = project_node (project);
  text = project_text (root);
  bytes = g_bytes_new_take (text, strlen (text));
  if (strlen (text) > STK_PROJECT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (strlen (text));
      g_autofree char *limit = g_format_size (STK_PROJECT_MAX_SIZE);

      /* Written, it would not open again. */
      g_set_error (error, STK_ERROR, STK_ERROR_TOO_LARGE,
                   _("Cannot save “%s”: the project takes %s even without indentation, more than the %s Stackup opens; the file was not changed"),
                   name, size, limit);
      return FALSE;
    }
  back = stk_json_parse (text, strlen (text), STK_PROJECT_MAX_SIZE, _("the saved text"), &local_error);
  if (back != NULL && !stk_json_nodes_equal (root, back))
    g_set_error (&local_error, STK_ERROR, STK_ERROR_WRITE,
                 _("the text would not read back as the same values"));
  if (back != NULL && local_error == NULL)
    check = _stk_project_from_node (back, &local_error);
  if (local_error != NULL)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE,
                   _("Cannot save “%s”: %s; the file was not changed"), name, local_error->message);
      return FALSE;
    }
  return stk_io_write_file (file, bytes, error);
}
