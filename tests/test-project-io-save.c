/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stk-json.h"
#include "stk-project-io.h"
#include "test-util.h"

/* Saving project files: round trips keep every value, and a save that
 * fails leaves the old file as it was. Reading is in test-project-io.c. */

static void
test_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.stackup", NULL);
  const char *names[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = test_example_path (names[i]);
      g_autoptr(StkProject) first = test_load_path (path);
      g_autoptr(StkProject) second = NULL;
      g_autofree char *a = NULL, *b = NULL;

      test_save_path (first, out);
      second = test_load_path (out);
      a = stk_project_to_json (first);
      b = stk_project_to_json (second);
      g_assert_cmpstr (a, ==, b);
      g_assert_cmpuint (stk_project_get_mates (second)->len, ==, stk_project_get_mates (first)->len);
    }
  /* A new project is valid at once, so it must save and open. */
  {
    g_autoptr(StkProject) fresh = stk_project_new ();
    g_autoptr(StkProject) back = NULL;

    test_save_path (fresh, out);
    back = test_load_path (out);
    g_assert_cmpstr (stk_project_get_name (back), ==, stk_project_get_name (fresh));
    g_assert_cmpuint (test_mate_at (back, 0)->pins, ==, 40);
  }
  g_assert_cmpuint (test_count_entries (dir), ==, 1);
  test_remove_tree (dir);
}

/* The title block fields: written when given, read back the same; a file
 * without them (every older file) loads with them empty, and saves as it
 * did before. */
static void
test_title_block_fields (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkProject) back = NULL;
  g_autoptr(StkProject) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *plain = NULL;

  stk_project_set_drawing_number (p, "STK-0042");
  stk_project_set_checker (p, "C. Checker");
  stk_project_set_approver (p, "P. Approver");
  stk_project_set_date (p, "2026-11-30");
  json = stk_project_to_json (p);
  g_assert_nonnull (strstr (json, "STK-0042"));
  back = test_load_text (json, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stk_project_get_drawing_number (back), ==, "STK-0042");
  g_assert_cmpstr (stk_project_get_checker (back), ==, "C. Checker");
  g_assert_cmpstr (stk_project_get_approver (back), ==, "P. Approver");
  g_assert_cmpstr (stk_project_get_date (back), ==, "2026-11-30");

  old = test_load_text ("{ \"format\": \"stackup-project\", \"version\": 2, \"project\": { \"name\": \"Old\" },"
                        " \"boards\": [] }", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stk_project_get_drawing_number (old), ==, "");
  g_assert_cmpstr (stk_project_get_date (old), ==, "");
  plain = stk_project_to_json (old);
  g_assert_null (strstr (plain, "drawing_number"));
  g_assert_null (strstr (plain, "checker"));
}

/* Doubles that json-glib 1.6's generator would write unreadably or that are
 * easy to round wrongly; each must come back bit for bit (−0 as 0). */
static void
test_awkward_numbers (void)
{
  const double values[] = { 1e-8, 1e21, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, -2.5e-7, 1.0 / 3.0 };
  g_autofree char *dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "awkward.stackup", NULL);
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(StkProject) back = NULL;
  g_autoptr(JsonObject) extra = json_object_new ();
  JsonArray *list = json_array_new ();
  g_autofree char *text = NULL;
  JsonArray *read;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    json_array_add_double_element (list, values[i]);
  json_array_add_double_element (list, -0.0);
  json_object_set_array_member (extra, "awkward", list);
  stk_project_set_extra_members (project, extra);
  test_board_at (project, 0)->warp_mm = 1e-8;
  test_board_at (project, 0)->bow_twist_percent = 0.1 + 0.2;
  test_board_at (project, 1)->warp_mm = 5e-324;
  test_mate_at (project, 0)->x_mm = -0.0;
  test_mate_at (project, 0)->y_mm = 1.0 / 3.0;

  text = stk_project_to_json (project);
  g_assert_null (strstr (text, "e-08.0"));
  g_assert_null (strstr (text, "e+21.0"));
  test_save_path (project, out);
  back = test_load_path (out);

  g_assert_true (test_board_at (back, 0)->warp_mm == 1e-8);
  g_assert_true (test_board_at (back, 0)->bow_twist_percent == 0.1 + 0.2);
  g_assert_true (test_board_at (back, 1)->warp_mm == 5e-324);
  g_assert_true (test_mate_at (back, 0)->x_mm == 0.0);
  g_assert_true (test_mate_at (back, 0)->y_mm == 1.0 / 3.0);
  read = json_object_get_array_member (stk_project_get_extra_members (back), "awkward");
  g_assert_cmpuint (json_array_get_length (read), ==, G_N_ELEMENTS (values) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_true (json_array_get_double_element (read, i) == values[i]);
  g_assert_true (json_array_get_double_element (read, G_N_ELEMENTS (values)) == 0.0);
  test_remove_tree (dir);
}

static const char unknown_text[] =
  "{\"format\": \"stackup-project\", \"version\": 2,"
  " \"x-plm\": {\"item\": \"PN-1234\", \"rev\": [1, 2.5, null, true]},"
  " \"boards\": [{\"id\": \"a\", \"kind\": \"rigid\", \"x-layers\": 6},"
  "              {\"id\": \"b\", \"kind\": \"rigid\"}],"
  " \"mates\": [{\"id\": \"j1\", \"series\": \"P4\", \"mated_height_mm\": 1.5, \"pins\": 40,"
  "             \"socket_board\": \"a\", \"header_board\": \"b\", \"x-supplier\": {\"alt\": \"none\"}}]}";

static void
test_unknown_members_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = test_load_text (unknown_text, &error);
  g_autoptr(StkProject) back = NULL;
  g_autoptr(JsonNode) original = test_parse_json (unknown_text);
  g_autofree char *text = NULL;
  JsonObject *root = json_node_get_object (original);
  JsonObject *board0 = json_array_get_object_element (json_object_get_array_member (root, "boards"), 0);
  JsonObject *mate0 = json_array_get_object_element (json_object_get_array_member (root, "mates"), 0);

  g_assert_no_error (error);
  text = stk_project_to_json (project);
  back = test_load_text (text, &error);
  g_assert_no_error (error);
  g_assert_true (stk_json_nodes_equal (json_object_get_member (root, "x-plm"),
                                       json_object_get_member (stk_project_get_extra_members (back), "x-plm")));
  g_assert_true (stk_json_nodes_equal (json_object_get_member (board0, "x-layers"),
                                       json_object_get_member (test_board_at (back, 0)->extra, "x-layers")));
  g_assert_null (test_board_at (back, 1)->extra);
  g_assert_true (stk_json_nodes_equal (json_object_get_member (mate0, "x-supplier"),
                                       json_object_get_member (test_mate_at (back, 0)->extra, "x-supplier")));
  /* Copies of the project keep them too (undo, reload). */
  {
    g_autoptr(StkProject) copy = stk_project_copy (back);
    g_autofree char *copy_text = stk_project_to_json (copy);
    g_assert_cmpstr (copy_text, ==, text);
  }
}

static void
test_save_unwritable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "p.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (stk_project_save_file (project, file, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (test_count_entries (dir), ==, 0);
  test_remove_tree (dir);
}

/* A saved project whose file must survive a failed save unchanged, with no
 * temporary left beside it. */
typedef struct {
  char       *dir;
  char       *path;
  GFile      *file;
  StkProject *project;
  char       *before;
} KeepFixture;

static void
keep_setup (KeepFixture  *fx,
            gconstpointer data)
{
  fx->dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  fx->path = g_build_filename (fx->dir, "keep.stackup", NULL);
  fx->file = g_file_new_for_path (fx->path);
  fx->project = stk_project_new ();
  test_save_path (fx->project, fx->path);
  fx->before = test_read_text (fx->path);
}

static void
keep_teardown (KeepFixture  *fx,
               gconstpointer data)
{
  g_autofree char *after = test_read_text (fx->path);

  g_assert_cmpstr (after, ==, fx->before);
  g_assert_cmpuint (test_count_entries (fx->dir), ==, 1);
  test_remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->path);
  g_object_unref (fx->file);
  g_object_unref (fx->project);
  g_free (fx->before);
}

/* The write fails half-way: a file size limit stops it. */
static void
test_save_failure_keeps_old_file (KeepFixture  *fx,
                                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);

  stk_project_set_notes (fx->project, "a longer note that makes the file grow past the limit");
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 256;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (stk_project_save_file (fx->project, fx->file, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, fx->path));
}

/* A project that would not read back (NaN, a value out of range) is refused
 * before the file is touched. */
static void
test_save_invalid_keeps_old_file (KeepFixture  *fx,
                                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  test_board_at (fx->project, 0)->thickness_mm = NAN;
  g_assert_false (stk_project_save_file (fx->project, fx->file, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "the file was not changed"));
  g_clear_error (&error);

  test_board_at (fx->project, 0)->thickness_mm = 0.8;
  test_board_at (fx->project, 1)->thickness_mm = -1;
  g_assert_false (stk_project_save_file (fx->project, fx->file, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "boards[1].thickness_mm: must be between 0.05 and 10, got -1"));
}

static void
test_save_over_symlink (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "real.stackup", NULL);
  g_autofree char *link = g_build_filename (dir, "link.stackup", NULL);
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(StkProject) back = NULL;
  g_autofree char *link_dest = NULL;

  test_save_path (project, target);
  g_assert_cmpint (symlink ("real.stackup", link), ==, 0);
  stk_project_set_name (project, "Saved through the link");
  test_save_path (project, link);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  link_dest = g_file_read_link (link, NULL);
  g_assert_cmpstr (link_dest, ==, "real.stackup");
  back = test_load_path (target);
  g_assert_cmpstr (stk_project_get_name (back), ==, "Saved through the link");
  g_assert_cmpuint (test_count_entries (dir), ==, 2);
  test_remove_tree (dir);
}

static void
count_changed (guint *count)
{
  (*count)++;
}

/* The mate order is the user's: a move is one edit and survives saving. */
static void
test_move_mate (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.stackup", NULL);
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(StkProject) back = NULL;
  const char *ids[] = { "j2", "j3" };
  guint changes = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      StkMate *m = stk_mate_copy (test_mate_at (project, 0));

      g_free (m->id);
      m->id = g_strdup (ids[i]);
      stk_project_add_mate (project, m);
    }
  g_signal_connect_swapped (project, "changed", G_CALLBACK (count_changed), &changes);
  stk_project_move_mate (project, 0, 2);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (test_mate_at (project, 0)->id, ==, "j2");
  g_assert_cmpstr (test_mate_at (project, 1)->id, ==, "j3");
  g_assert_cmpstr (test_mate_at (project, 2)->id, ==, "j1");
  stk_project_move_mate (project, 1, 0);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpstr (test_mate_at (project, 0)->id, ==, "j3");
  /* Moving onto itself is no edit. */
  stk_project_move_mate (project, 1, 1);
  g_assert_cmpuint (changes, ==, 2);

  test_save_path (project, out);
  back = test_load_path (out);
  g_assert_cmpstr (test_mate_at (back, 0)->id, ==, "j3");
  g_assert_cmpstr (test_mate_at (back, 1)->id, ==, "j2");
  g_assert_cmpstr (test_mate_at (back, 2)->id, ==, "j1");
  test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/project-io/round-trip", test_round_trip);
  g_test_add_func ("/stackup/project-io/title-block-fields", test_title_block_fields);
  g_test_add_func ("/stackup/project-io/awkward-numbers", test_awkward_numbers);
  g_test_add_func ("/stackup/project-io/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/stackup/project-io/save-unwritable", test_save_unwritable);
  g_test_add ("/stackup/project-io/save-failure-keeps-old-file", KeepFixture, NULL,
              keep_setup, test_save_failure_keeps_old_file, keep_teardown);
  g_test_add ("/stackup/project-io/save-invalid-keeps-old-file", KeepFixture, NULL,
              keep_setup, test_save_invalid_keeps_old_file, keep_teardown);
  g_test_add_func ("/stackup/project-io/save-over-symlink", test_save_over_symlink);
  g_test_add_func ("/stackup/project-io/move-mate", test_move_mate);
  return g_test_run ();
}
