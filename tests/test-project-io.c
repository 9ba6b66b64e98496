/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gio/gio.h>

#include "stk-json.h"
#include "stk-project-io.h"
#include "test-util.h"

/* Reading project files: the examples, older versions migrated, and every
 * way a file can be refused. Saving and round trips are in
 * test-project-io-save.c. */

/* Values read straight off the example files. */
static void
test_examples_load (void)
{
  g_autofree char *phone_path = test_example_path ("phone.stackup");
  g_autofree char *mezz_path = test_example_path ("mezzanine.stackup");
  g_autofree char *fail_path = test_example_path ("failing.stackup");
  g_autoptr(StkProject) phone = test_load_path (phone_path);
  g_autoptr(StkProject) mezz = test_load_path (mezz_path);
  g_autoptr(StkProject) failing = test_load_path (fail_path);
  StkMate *j;
  StkBoard *fpc;

  /* Main board, display FPC, camera FPC, daughter board. */
  g_assert_cmpuint (stk_project_get_boards (phone)->len, ==, 4);
  g_assert_cmpuint (stk_project_get_mates (phone)->len, ==, 3);
  g_assert_cmpstr (test_mate_at (phone, 1)->header_board, ==, "camera-fpc");
  g_assert_cmpfloat (test_mate_at (phone, 1)->rotation_deg, ==, 90);
  g_assert_true (test_board_at (phone, 0)->outline_set);
  g_assert_cmpfloat (test_board_at (phone, 0)->length_mm, ==, 70);
  fpc = test_board_at (phone, 1);
  g_assert_cmpint (fpc->kind, ==, STK_BOARD_FPC);
  g_assert_cmpint (fpc->stiffener, ==, STK_STIFFENER_POLYIMIDE);
  g_assert_true (fpc->stiffener_recommended);
  j = test_mate_at (phone, 0);
  g_assert_cmpstr (j->series, ==, "A4S");
  g_assert_cmpuint (j->pins, ==, 20);
  g_assert_cmpstr (j->packaging, ==, "8mm");
  /* VBAT on 1-2 and 19-20: every VBAT pin p faces pin 21 − p, also VBAT. */
  for (guint p = 1; p <= j->pins; p++)
    if (g_strcmp0 (stk_mate_pin_net (j, p), "VBAT") == 0)
      g_assert_cmpstr (stk_mate_pin_net (j, j->pins + 1 - p), ==, "VBAT");
  g_assert_cmpuint (stk_mate_count_net_pins (j, "VBAT"), ==, 4);
  g_assert_cmpuint (stk_mate_count_net_pins (j, "GND"), ==, 4);
  g_assert_null (stk_mate_pin_net (j, 16));
  /* VIO on 10-11: each is the other's mirror, so a reversed mating keeps it on VIO */
  g_assert_cmpstr (stk_mate_pin_net (j, 10), ==, "VIO");
  g_assert_cmpstr (stk_mate_pin_net (j, 11), ==, "VIO");

  g_assert_cmpuint (stk_project_get_boards (mezz)->len, ==, 3);
  g_assert_cmpuint (stk_project_get_mates (mezz)->len, ==, 2);
  g_assert_cmpint (test_board_at (mezz, 0)->flatness_kind, ==, STK_FLATNESS_BOW_TWIST_PERCENT);
  g_assert_cmpstr (test_mate_at (mezz, 0)->socket_board, ==, "main");
  g_assert_cmpstr (test_mate_at (mezz, 0)->header_board, ==, "mid");
  /* Two daughter boards side by side on the carrier. */
  g_assert_cmpstr (test_mate_at (mezz, 1)->socket_board, ==, "main");
  g_assert_cmpstr (test_mate_at (mezz, 1)->header_board, ==, "top");
  g_assert_cmpint (test_mate_at (mezz, 1)->face, ==, STK_FACE_TOP);
  g_assert_cmpfloat (test_mate_at (mezz, 1)->rotation_deg, ==, 90);
  g_assert_cmpfloat (stk_project_get_requirements (mezz)->alignment_tolerance_mm, ==, 0.04);

  g_assert_cmpfloat (test_board_at (failing, 0)->warp_mm, ==, 0.05);
  g_assert_cmpint (test_board_at (failing, 2)->stiffener, ==, STK_STIFFENER_NONE);
  j = test_mate_at (failing, 0);
  g_assert_cmpstr (stk_mate_pin_net (j, 1), ==, "VBAT");
  g_assert_cmpstr (stk_mate_pin_net (j, 20), ==, "GND");
  g_assert_cmpstr (test_mate_at (failing, 1)->socket_board, ==, test_mate_at (failing, 0)->socket_board);
  g_assert_cmpstr (test_mate_at (failing, 1)->header_board, ==, test_mate_at (failing, 0)->header_board);
  g_assert_true (strstr (stk_project_get_notes (failing), "warp") != NULL);
}

/* The examples are in the canonical form: serialising what was read gives
 * the same JSON values back. */
static void
test_examples_canonical (void)
{
  const char *names[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = test_example_path (names[i]);
      g_autofree char *original = test_read_text (path);
      g_autoptr(StkProject) project = test_load_path (path);
      g_autofree char *written = stk_project_to_json (project);
      g_autoptr(JsonNode) a = test_parse_json (original);
      g_autoptr(JsonNode) b = test_parse_json (written);

      g_assert_true (stk_json_nodes_equal (a, b));
    }
}

static void
test_newer_version_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project =
    test_load_text ("{\"format\": \"stackup-project\", \"version\": 4, \"boards\": [], \"hologram\": {}}", &error);

  g_assert_null (project);
  g_assert_error (error, STK_ERROR, STK_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "test.stackup: version: "));
  g_assert_nonnull (strstr (error->message, "written by a newer Stackup (file format version 4)"));
  g_assert_nonnull (strstr (error->message, "reads up to version 3"));
}

/* Golden files: a version 1 or 2 file, loaded and saved, gives the
 * hand-checked version 3 file beside it (docs/file-format.md, "Versions 1
 * and 2"): the column becomes placements, each socket on the face toward
 * the board above, each header where its socket is. */
static void
check_migration (const char  *version_dir,
                 const char **names,
                 guint        n_names)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "migrated.stackup", NULL);

  for (guint i = 0; i < n_names; i++)
    {
      g_autofree char *old_name = g_strdup_printf ("%s.stackup", names[i]);
      g_autofree char *new_name = g_strdup_printf ("%s.expected.stackup", names[i]);
      g_autofree char *old_path = g_test_build_filename (G_TEST_DIST, "data", version_dir, old_name, NULL);
      g_autofree char *new_path = g_test_build_filename (G_TEST_DIST, "data", version_dir, new_name, NULL);
      g_autoptr(StkProject) project = test_load_path (old_path);
      g_autofree char *expected = test_read_text (new_path);
      g_autofree char *saved = NULL;
      g_autoptr(JsonNode) a = NULL;
      g_autoptr(JsonNode) b = NULL;

      test_save_path (project, out);
      saved = test_read_text (out);
      a = test_parse_json (expected);
      b = test_parse_json (saved);
      if (!stk_json_nodes_equal (a, b))
        g_error ("%s/%s migrated to:\n%s", version_dir, old_name, saved);
    }
  test_remove_tree (dir);
}

static void
test_v1_migration (void)
{
  const char *names[] = { "display", "minimal" };

  check_migration ("v1", names, G_N_ELEMENTS (names));
}

/* phone: a column of three boards, every socket below its header (face
 * top); failing: two mates on one pair, kept as they are; upside: the
 * socket on the upper board, so on its bottom face. */
static void
test_v2_migration (void)
{
  const char *names[] = { "phone", "failing", "upside" };

  check_migration ("v2", names, G_N_ELEMENTS (names));
}

typedef struct {
  const char *file;
  StkError    code;
  const char *message;
} Malformed;

static const Malformed malformed[] = {
  { "not-json", STK_ERROR_PARSE, "not-json.stackup: line 2, column 1: the file ends before the JSON value is complete" },
  { "empty", STK_ERROR_PARSE, "empty.stackup: the file is empty" },
  { "not-utf8", STK_ERROR_PARSE, "line 1, column 66: not a text file: invalid UTF-8 (byte 0xFF)" },
  { "top-array", STK_ERROR_PARSE, "(top level): must be an object, got an array" },
  { "wrong-format", STK_ERROR_PARSE, "format: must be “stackup-project”, got “kicad-pcb”" },
  { "no-format", STK_ERROR_PARSE, "no-format.stackup: format: missing" },
  { "no-version", STK_ERROR_PARSE, "version: missing" },
  { "version-string", STK_ERROR_PARSE, "version: must be a whole number, got a string" },
  { "version-zero", STK_ERROR_INVALID_ARGUMENT, "version: must be between 1 and" },
  { "no-boards", STK_ERROR_PARSE, "boards: missing" },
  { "boards-object", STK_ERROR_PARSE, "boards: must be an array, got an object" },
  { "board-not-object", STK_ERROR_PARSE, "boards[0]: must be an object, got a number" },
  { "board-no-id", STK_ERROR_PARSE, "boards[0].id: missing" },
  { "board-empty-id", STK_ERROR_INVALID_ARGUMENT, "boards[0].id: must be 1 to 64 characters long" },
  { "board-duplicate-id", STK_ERROR_INVALID_ARGUMENT, "boards[1].id: “main” is already the id of boards[0]" },
  { "board-no-kind", STK_ERROR_PARSE, "boards[0].kind: missing" },
  { "board-bad-kind", STK_ERROR_INVALID_ARGUMENT, "boards[0].kind: must be one of rigid, fpc, got “ceramic”" },
  /* Found by fuzzing: kept as an unknown member of version 1, it was saved
   * into version 3, whose reader refuses a cover-lay on a rigid board. */
  { "v1-later-member", STK_ERROR_PARSE, "boards[0].coverlay_thickness_mm: a member of a later version of the file "
    "format than this file's: give the file that version or remove the member" },
  { "board-thickness-negative", STK_ERROR_INVALID_ARGUMENT, "boards[1].thickness_mm: must be between 0.05 and 10, got -1" },
  { "board-thickness-string", STK_ERROR_PARSE, "boards[0].thickness_mm: must be a number, got a string" },
  { "board-warp-infinite", STK_ERROR_INVALID_ARGUMENT, "boards[0].warp_mm: 1e400 is beyond the numbers Stackup can hold (line 7, column 32)" },
  { "board-bad-flatness", STK_ERROR_INVALID_ARGUMENT, "boards[0].flatness: must be one of warp_mm, bow_twist_percent, got “flat”" },
  { "board-bow-twist-range", STK_ERROR_INVALID_ARGUMENT, "boards[0].bow_twist_percent: must be between 0 and 10, got 25" },
  { "rigid-with-stiffener", STK_ERROR_INVALID_ARGUMENT, "boards[0].stiffener: only an FPC board has a stiffener" },
  { "stiffener-bad-material", STK_ERROR_INVALID_ARGUMENT, "boards[1].stiffener.material: must be one of none, glass-epoxy, polyimide, sus, got “carbon”" },
  { "stiffener-outline-missing", STK_ERROR_PARSE, "boards[1].stiffener.length_mm: missing" },
  { "stiffener-unknown-member", STK_ERROR_PARSE, "boards[1].stiffener.colour: unknown member" },
  { "requirements-ambient-reversed", STK_ERROR_INVALID_ARGUMENT, "requirements.ambient_max_c: must not be below ambient_min_c (20), got -10" },
  { "requirements-storage-reversed", STK_ERROR_INVALID_ARGUMENT, "requirements.storage.max_c: must not be below min_c (30), got -5" },
  { "requirements-storage-packed-string", STK_ERROR_PARSE, "requirements.storage.packed: must be true or false, got a string" },
  { "rigid-with-coverlay", STK_ERROR_INVALID_ARGUMENT, "boards[0].coverlay_thickness_mm: only an FPC board has a cover-lay" },
  { "coverlay-too-thick", STK_ERROR_INVALID_ARGUMENT, "boards[1].coverlay_thickness_mm: must be between 0 and 1, got 1.5" },
  { "board-double-sided-number", STK_ERROR_PARSE, "boards[0].double_sided: must be true or false, got a number" },
  { "requirements-derating-zero", STK_ERROR_INVALID_ARGUMENT, "requirements.current_derating: must be between 0.01 and 1, got 0" },
  { "requirements-cycles-fraction", STK_ERROR_PARSE, "requirements.mating_cycles.rework: must be a whole number written without a decimal point or exponent, got 2.5" },
  { "requirements-unknown-member", STK_ERROR_PARSE, "requirements.ambient_mn_c: unknown member" },
  { "project-name-number", STK_ERROR_PARSE, "project.name: must be a string, got a number" },
  { "project-unknown-member", STK_ERROR_PARSE, "project.title: unknown member" },
  { "mate-unknown-series", STK_ERROR_INVALID_ARGUMENT, "mates[0].series: unknown series “P5”; Stackup knows P4, A4S" },
  { "mate-bad-height", STK_ERROR_INVALID_ARGUMENT, "mates[0].mated_height_mm: P4 has no mated height 1.8 mm; it is made in 1.5, 2.0, 2.5, 3.0, 3.5 mm" },
  { "mate-bad-pins", STK_ERROR_INVALID_ARGUMENT, "mates[0].pins: P4 3.5 mm (embossed) has no 24-pin part; pin counts made: 20, 30, 40" },
  { "mate-pins-zero", STK_ERROR_INVALID_ARGUMENT, "mates[0].pins: must be between 1 and 1000, got 0" },
  { "mate-pins-decimal-point", STK_ERROR_PARSE, "mates[0].pins: must be written as a whole number without a decimal point or exponent (40)" },
  { "mate-bad-packaging", STK_ERROR_INVALID_ARGUMENT, "mates[0].packaging: A4S has no packaging “reel”; it has 8mm, 4mm" },
  { "mate-packaging-height", STK_ERROR_INVALID_ARGUMENT, "mates[0].packaging: A4S 1.0 mm is not made in “4mm” packaging; it is made in 8mm" },
  { "mate-unknown-board", STK_ERROR_INVALID_ARGUMENT, "mates[0].socket_board: no board has the id “mian” (boards: main, top)" },
  { "mate-same-board", STK_ERROR_INVALID_ARGUMENT, "mates[0].header_board: must differ from socket_board (“main”)" },
  { "mate-id-clashes-board", STK_ERROR_INVALID_ARGUMENT, "mates[0].id: “main” is already the id of boards[0]" },
  { "mate-rotation", STK_ERROR_INVALID_ARGUMENT, "mates[0].rotation_deg: must be 0 or 90, got 45" },
  /* Version 3: quarter turns, a face, an outline of four known members. */
  { "mate-header-rotation", STK_ERROR_INVALID_ARGUMENT, "mates[0].header_rotation_deg: must be 0, 90, 180 or 270, got 45" },
  { "mate-v2-rotation-180", STK_ERROR_INVALID_ARGUMENT, "mates[0].rotation_deg: must be between 0 and 90, got 180" },
  { "mate-face", STK_ERROR_INVALID_ARGUMENT, "mates[0].face: must be one of top, bottom, got “side”" },
  { "board-outline-unknown-member", STK_ERROR_PARSE, "boards[1].outline.depth_mm: unknown member" },
  { "mate-net-bad-kind", STK_ERROR_INVALID_ARGUMENT, "mates[0].nets[0].kind: must be one of signal, supply, ground, got “power”" },
  { "mate-net-current-negative", STK_ERROR_INVALID_ARGUMENT, "mates[0].nets[0].current_a: must be between 0 and 50, got -0.5" },
  { "mate-net-duplicate", STK_ERROR_INVALID_ARGUMENT, "mates[0].nets[1].name: net “GND” is defined twice" },
  /* U+001F is STK_SUBJECT_OR, the separator of listed subjects */
  { "mate-net-control-character", STK_ERROR_INVALID_ARGUMENT,
    "mates[0].nets[1].name: net “SCL\\x1FSDA” of j1 holds a control character: net names, like ids, must not" },
  { "mate-pin-out-of-range", STK_ERROR_INVALID_ARGUMENT, "mates[0].assignment[0].last: must be between 39 and 40, got 41" },
  { "mate-undefined-net", STK_ERROR_INVALID_ARGUMENT, "mates[0].assignment[1].net: net “VBUS” is not defined in mates[0].nets" },
  { "mate-overlapping-pins", STK_ERROR_INVALID_ARGUMENT, "mates[0].assignment[1]: pin 2 is already assigned to net “GND”" },
  { "unknown-member-infinite", STK_ERROR_INVALID_ARGUMENT, "plugin.gain[1]: -1e999 is beyond the numbers Stackup can hold (line 25, column 15)" },
  { "v1-pin-nets-length", STK_ERROR_INVALID_ARGUMENT, "connectors[0].pin_nets: must have one entry per pin (20), got 3" },
  { "v1-bad-height", STK_ERROR_INVALID_ARGUMENT, "connectors[0].height_mm: P4 has no mated height 1.7 mm" },
  /* Not JSON (RFC 8259), though json-glib would take it: refused with line
   * and column, counted by hand in each file (columns in characters). */
  { "json-hex-number", STK_ERROR_PARSE, "json-hex-number.stackup: line 19, column 12: a hexadecimal number (0x…) is not JSON" },
  { "json-leading-plus", STK_ERROR_PARSE, "line 19, column 12: a number with a leading + is not JSON" },
  { "json-leading-zero", STK_ERROR_PARSE, "line 19, column 12: a number with a leading zero is not JSON" },
  { "json-block-comment", STK_ERROR_PARSE, "line 19, column 16: a comment (/*) is not JSON" },
  { "json-line-comment", STK_ERROR_PARSE, "line 19, column 16: a comment (//) is not JSON" },
  { "json-unquoted-name", STK_ERROR_PARSE, "line 19, column 4: expected a member name in double quotes, found “p”" },
  { "json-single-quotes", STK_ERROR_PARSE, "line 17, column 14: a single-quoted string is not JSON" },
  { "json-trailing-comma-object", STK_ERROR_PARSE, "line 22, column 3: a comma before “}” is not JSON" },
  { "json-trailing-comma-array", STK_ERROR_PARSE, "line 13, column 2: a comma before “]” is not JSON" },
  { "json-nan", STK_ERROR_PARSE, "line 18, column 23: NaN is not JSON" },
  { "json-dot-five", STK_ERROR_PARSE, "line 18, column 23: a number must start with a digit" },
  { "json-dot-exponent", STK_ERROR_PARSE, "line 18, column 25: a digit must follow the decimal point" },
  { "json-control-character", STK_ERROR_PARSE, "line 25, column 13: the control character U+0009 inside a string is not JSON" },
  { "json-bad-escape", STK_ERROR_PARSE, "line 25, column 12: “\\x” is not a JSON escape" },
  { "json-bom", STK_ERROR_PARSE, "line 1, column 1: a byte order mark (BOM) is not JSON" },
  /* The crafted file of the stack overflow: its " inside a comment fooled the
   * old bracket count, so json-glib got 80 levels; the comment is refused. */
  { "json-comment-hides-quote", STK_ERROR_PARSE, "line 1, column 45: a comment (/*) is not JSON" },
  /* JSON, but not a value Stackup can hold: refused with the JSON path and
   * the text the file has. */
  { "json-pins-2-64", STK_ERROR_INVALID_ARGUMENT, "mates[0].pins: 18446744073709551616 is beyond the whole numbers Stackup can hold (-9223372036854775808 to 9223372036854775807) (line 19, column 12)" },
  { "json-pins-huge-negative", STK_ERROR_INVALID_ARGUMENT, "mates[0].pins: -18446744073709551617 is beyond the whole numbers" },
  { "json-nul-escape", STK_ERROR_PARSE, "project.name: \\u0000 (a NUL character) is not allowed in text (line 25, column 13)" },
  { "json-lone-high-surrogate", STK_ERROR_PARSE, "project.name: \\ud800 is the first half of a surrogate pair without its second; it is not a character (line 25, column 12)" },
  { "json-lone-low-surrogate", STK_ERROR_PARSE, "project.name: \\udc00 is the second half of a surrogate pair without its first" },
  { "json-member-twice", STK_ERROR_PARSE, "boards[0]: the member “kind” is given twice in this object (line 7, column 21)" },
};

static void
test_malformed (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "malformed", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint files = 0;

  g_assert_cmpuint (G_N_ELEMENTS (malformed), >=, 30);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *base = g_strdup_printf ("%s.stackup", malformed[i].file);
      g_autofree char *path = g_build_filename (dir, base, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(StkProject) project = stk_project_load_file (file, &error);

      g_assert_null (project);
      if (error == NULL || error->domain != STK_ERROR || (StkError) error->code != malformed[i].code ||
          strstr (error->message, malformed[i].message) == NULL)
        g_error ("%s: expected code %d and “%s”, got %d: %s", base, malformed[i].code,
                 malformed[i].message, error ? error->code : -1, error ? error->message : "(no error)");
    }
  /* Every file in the folder is in the table, so none goes untested. */
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
        if (g_str_has_prefix (name, malformed[i].file) && strlen (name) == strlen (malformed[i].file) + strlen (".stackup"))
          listed = TRUE;
      if (!listed)
        g_error ("%s is not in the malformed table", name);
      files++;
    }
  g_assert_cmpuint (files, ==, G_N_ELEMENTS (malformed));
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = NULL;
  gsize n = STK_PROJECT_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (n);
  const char head[] = "{\"format\": \"stackup-project\", \"version\": 2, \"boards\": [], \"pad\": \"";

  memset (data, 'x', n);
  memcpy (data, head, strlen (head));
  data[n - 2] = '"';
  data[n - 1] = '}';
  project = stk_project_load_data (data, n, "huge.stackup", &error);
  g_assert_null (project);
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, data, (gssize) n, NULL));
  project = stk_project_load_file (file, &error);
  g_assert_null (project);
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.stackup"));
  test_remove_tree (dir);
}

static void
test_too_deep (void)
{
  const guint depth = 100000;
  GString *s = g_string_new ("{\"format\": \"stackup-project\", \"version\": 2, \"boards\": [], \"deep\": ");
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  g_string_append_c (s, '}');
  data = g_string_free (s, FALSE);
  project = test_load_text (data, &error);
  g_assert_null (project);
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_DEEP);
  g_clear_error (&error);

  /* Just over the limit is refused; brackets inside strings do not count. */
  s = g_string_new ("{\"format\": \"stackup-project\", \"version\": 2, \"boards\": [], \"n\": \"[[[[\", \"deep\": ");
  for (guint i = 0; i < STK_JSON_MAX_DEPTH; i++)
    g_string_append (s, "{\"a\":");
  g_string_append (s, "1");
  for (guint i = 0; i < STK_JSON_MAX_DEPTH; i++)
    g_string_append_c (s, '}');
  g_string_append_c (s, '}');
  g_free (data);
  data = g_string_free (s, FALSE);
  g_clear_object (&project);
  project = test_load_text (data, &error);
  g_assert_null (project);
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_DEEP);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/project-io/examples-load", test_examples_load);
  g_test_add_func ("/stackup/project-io/examples-canonical", test_examples_canonical);
  g_test_add_func ("/stackup/project-io/newer-version-refused", test_newer_version_refused);
  g_test_add_func ("/stackup/project-io/v1-migration", test_v1_migration);
  g_test_add_func ("/stackup/project-io/v2-migration", test_v2_migration);
  g_test_add_func ("/stackup/project-io/malformed", test_malformed);
  g_test_add_func ("/stackup/project-io/too-large", test_too_large);
  g_test_add_func ("/stackup/project-io/too-deep", test_too_deep);
  return g_test_run ();
}
