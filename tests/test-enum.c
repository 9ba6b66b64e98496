/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-json.h"
#include "stk-project-io.h"

/* Every value of the enums a project file spells out, with the string that
 * docs/file-format.md gives for it. */
static const struct {
  int         value;
  const char *name;
} board_kinds[] = {
  { STK_BOARD_RIGID, "rigid" },
  { STK_BOARD_FPC, "fpc" },
}, stiffener_kinds[] = {
  { STK_STIFFENER_NONE, "none" },
  { STK_STIFFENER_GLASS_EPOXY, "glass-epoxy" },
  { STK_STIFFENER_POLYIMIDE, "polyimide" },
  { STK_STIFFENER_SUS, "sus" },
}, flatness_kinds[] = {
  { STK_FLATNESS_WARP_MM, "warp_mm" },
  { STK_FLATNESS_BOW_TWIST_PERCENT, "bow_twist_percent" },
}, net_kinds[] = {
  { STK_NET_SIGNAL, "signal" },
  { STK_NET_SUPPLY, "supply" },
  { STK_NET_GROUND, "ground" },
};

/* A macro, not a function: each enum is its own C type. */
#define ASSERT_NAMES(table, type, to_string, from_string)                       \
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)                              \
    {                                                                           \
      type v = (type) -1;                                                       \
                                                                                \
      g_assert_cmpstr (to_string ((type) table[i].value), ==, table[i].name);   \
      g_assert_true (from_string (table[i].name, &v));                          \
      g_assert_cmpint (v, ==, table[i].value);                                  \
    }

static void
test_strings (void)
{
  ASSERT_NAMES (board_kinds, StkBoardKind, stk_board_kind_to_string, stk_board_kind_from_string);
  ASSERT_NAMES (stiffener_kinds, StkStiffenerKind, stk_stiffener_kind_to_string, stk_stiffener_kind_from_string);
  ASSERT_NAMES (flatness_kinds, StkFlatnessKind, stk_flatness_kind_to_string, stk_flatness_kind_from_string);
  ASSERT_NAMES (net_kinds, StkNetKind, stk_net_kind_to_string, stk_net_kind_from_string);
}

/* Strings are matched exactly; a failed lookup leaves the output alone. */
static void
test_unknown_strings (void)
{
  StkBoardKind board = STK_BOARD_FPC;
  StkStiffenerKind stiffener = STK_STIFFENER_SUS;
  StkFlatnessKind flatness = STK_FLATNESS_BOW_TWIST_PERCENT;
  StkNetKind net = STK_NET_GROUND;

  g_assert_false (stk_board_kind_from_string ("FPC", &board));
  g_assert_false (stk_board_kind_from_string (NULL, &board));
  g_assert_false (stk_stiffener_kind_from_string ("glass epoxy", &stiffener));
  g_assert_false (stk_stiffener_kind_from_string ("", &stiffener));
  g_assert_false (stk_flatness_kind_from_string ("warp", &flatness));
  g_assert_false (stk_net_kind_from_string ("power", &net));
  g_assert_cmpint (board, ==, STK_BOARD_FPC);
  g_assert_cmpint (stiffener, ==, STK_STIFFENER_SUS);
  g_assert_cmpint (flatness, ==, STK_FLATNESS_BOW_TWIST_PERCENT);
  g_assert_cmpint (net, ==, STK_NET_GROUND);
}

static JsonObject *
array_object (JsonObject *o,
              const char *member,
              guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (o, member), index);
}

/* Every value through a saved file and back: written as the documented
 * string, read back as the same value. */
static void
test_file_round_trip (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(StkProject) back = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  guint n_boards = stk_project_get_boards (project)->len;
  JsonObject *mate_json;

  /* one FPC board per stiffener kind, the flatness kinds in turn */
  for (guint i = 0; i < G_N_ELEMENTS (stiffener_kinds); i++)
    {
      g_autofree char *id = g_strdup_printf ("fpc-%u", i);
      StkBoard *b = stk_board_new (id, id, STK_BOARD_FPC);

      b->stiffener = stiffener_kinds[i].value;
      b->flatness_kind = flatness_kinds[i % G_N_ELEMENTS (flatness_kinds)].value;
      stk_project_add_board (project, b, -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (net_kinds); i++)
    stk_mate_add_net (mate, net_kinds[i].name, net_kinds[i].value, 0.1, 3.3);

  text = stk_project_to_json (project);
  root = stk_json_parse (text, strlen (text), STK_PROJECT_MAX_SIZE, "test", &error);
  g_assert_no_error (error);
  back = stk_project_load_data (text, strlen (text), "test.stackup", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < stk_project_get_boards (project)->len; i++)
    {
      const StkBoard *a = g_ptr_array_index (stk_project_get_boards (project), i);
      const StkBoard *b = g_ptr_array_index (stk_project_get_boards (back), i);
      JsonObject *o = array_object (json_node_get_object (root), "boards", i);

      g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, board_kinds[a->kind].name);
      g_assert_cmpstr (json_object_get_string_member (o, "flatness"), ==, flatness_kinds[a->flatness_kind].name);
      g_assert_cmpint (b->kind, ==, a->kind);
      g_assert_cmpint (b->flatness_kind, ==, a->flatness_kind);
      g_assert_cmpint (b->stiffener, ==, a->stiffener);
      if (i >= n_boards)
        g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (o, "stiffener"), "material"),
                         ==, stiffener_kinds[i - n_boards].name);
    }
  mate_json = array_object (json_node_get_object (root), "mates", 0);
  for (guint i = 0; i < G_N_ELEMENTS (net_kinds); i++)
    {
      const StkNet *n = stk_mate_find_net (g_ptr_array_index (stk_project_get_mates (back), 0), net_kinds[i].name);

      g_assert_nonnull (n);
      g_assert_cmpint (n->kind, ==, net_kinds[i].value);
      g_assert_cmpstr (json_object_get_string_member (array_object (mate_json, "nets", i), "kind"), ==,
                       net_kinds[i].name);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/enum/strings", test_strings);
  g_test_add_func ("/stackup/enum/unknown-strings", test_unknown_strings);
  g_test_add_func ("/stackup/enum/file-round-trip", test_file_round_trip);
  return g_test_run ();
}
