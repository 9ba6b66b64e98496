/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "stk-draft.h"
#include "stk-project-io.h"
#include "test-util.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *tmp = g_dir_make_tmp ("stackup-draft-XXXXXX", NULL);

  /* A folder that does not exist yet: writing creates it. */
  f->dir = g_build_filename (tmp, "stackup", "drafts", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *stackup = g_path_get_dirname (f->dir);
  g_autofree char *tmp = g_path_get_dirname (stackup);

  test_remove_tree (tmp);
  g_free (f->dir);
}

static StkProject *
named_project (const char *name)
{
  StkProject *project = stk_project_new ();

  stk_project_set_name (project, name);
  return project;
}

static char *
file_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
write_draft (Fixture    *f,
             const char *id,
             StkProject *project,
             GFile      *original)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stk_draft_write (f->dir, id, project, original, NULL, &error));
  g_assert_no_error (error);
}

static void
write_record (Fixture    *f,
              const char *id,
              const char *text)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autofree char *path = file_in (f, name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* No folder yet: no drafts, and listing creates nothing. */
static void
test_none (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) drafts = stk_draft_list (f->dir);

  g_assert_cmpuint (drafts->len, ==, 0);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
}

/* A draft says what it belongs to and when it was written, and its project
 * is an ordinary project file. */
static void
test_write_and_list (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StkProject) project = named_project ("Edited");
  g_autoptr(GFile) original = g_file_new_for_path ("/home/someone/boards/phone.stackup");
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(StkProject) loaded = NULL;
  g_autoptr(StkProject) plain = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *plain_json = NULL;
  g_autofree char *project_path = file_in (f, "one.stackup");
  g_autoptr(GError) error = NULL;
  const StkDraft *draft;

  g_assert_true (stk_draft_write (f->dir, "one", project, original, "5eed", &error));
  g_assert_no_error (error);
  after = g_date_time_new_now_local ();
  drafts = stk_draft_list (f->dir);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->id, ==, "one");
  g_assert_nonnull (draft->original);
  g_assert_cmpstr (g_file_peek_path (draft->original), ==, "/home/someone/boards/phone.stackup");
  g_assert_cmpstr (draft->original_sum, ==, "5eed");
  g_assert_cmpint (g_date_time_compare (before, draft->written), <=, 0);
  g_assert_cmpint (g_date_time_compare (draft->written, after), <=, 0);
  g_assert_cmpstr (g_file_peek_path (draft->project), ==, project_path);

  loaded = stk_draft_load (draft, &error);
  g_assert_no_error (error);
  expected = stk_project_to_json (project);
  got = stk_project_to_json (loaded);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpstr (stk_project_get_name (loaded), ==, "Edited");

  /* Any project reader reads it. */
  project_file = g_file_new_for_path (project_path);
  plain = stk_project_load_file (project_file, &error);
  g_assert_no_error (error);
  plain_json = stk_project_to_json (plain);
  g_assert_cmpstr (plain_json, ==, expected);
}

/* An untitled project's draft belongs to no file; drafts come newest first;
 * writing a draft again replaces it. */
static void
test_untitled_order_replace (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(StkProject) first = named_project ("First");
  g_autoptr(StkProject) second = named_project ("Second");
  g_autoptr(StkProject) again = named_project ("First, edited again");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) replaced = NULL;
  g_autoptr(StkProject) loaded = NULL;
  g_autoptr(GError) error = NULL;

  write_draft (f, "a", first, NULL);
  write_draft (f, "b", second, NULL);
  drafts = stk_draft_list (f->dir);
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpstr (((StkDraft *) g_ptr_array_index (drafts, 0))->id, ==, "b");
  g_assert_cmpstr (((StkDraft *) g_ptr_array_index (drafts, 1))->id, ==, "a");
  g_assert_null (((StkDraft *) g_ptr_array_index (drafts, 0))->original);
  g_assert_null (((StkDraft *) g_ptr_array_index (drafts, 0))->original_sum);

  write_draft (f, "a", again, NULL);
  replaced = stk_draft_list (f->dir);
  g_assert_cmpuint (replaced->len, ==, 2);
  g_assert_cmpstr (((StkDraft *) g_ptr_array_index (replaced, 0))->id, ==, "a");
  loaded = stk_draft_load (g_ptr_array_index (replaced, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stk_project_get_name (loaded), ==, "First, edited again");
}

/* Removing takes both files; removing again is no error. */
static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StkProject) project = named_project ("Gone");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *project_path = file_in (f, "x.stackup");
  g_autofree char *record_path = file_in (f, "x.json");

  write_draft (f, "x", project, NULL);
  g_assert_true (g_file_test (project_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (record_path, G_FILE_TEST_EXISTS));
  stk_draft_remove (f->dir, "x");
  stk_draft_remove (f->dir, "x");
  g_assert_false (g_file_test (project_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (record_path, G_FILE_TEST_EXISTS));
  drafts = stk_draft_list (f->dir);
  g_assert_cmpuint (drafts->len, ==, 0);
}

/* A draft whose writer still runs is that program's to keep: our parent
 * (the test runner) runs. One whose writer has ended is offered. */
static void
test_writer_running (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StkProject) project = named_project ("Busy");
  g_autoptr(GPtrArray) drafts = NULL;
  /* cat runs until its input closes: its pid is read while it surely runs. */
  g_autoptr(GSubprocess) ended = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE, NULL, "cat", NULL);
  g_autofree char *live = g_strdup_printf ("{\"format\": \"stackup-draft\", \"version\": 1, \"file\": null, "
                                           "\"written\": \"2026-01-02T03:04:05Z\", \"pid\": %d}", (int) getppid ());
  g_autofree char *dead = NULL;
  int dead_pid;

  g_assert_nonnull (ended);
  g_assert_nonnull (g_subprocess_get_identifier (ended));
  dead_pid = atoi (g_subprocess_get_identifier (ended));
  g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (ended), NULL, NULL));
  g_assert_true (g_subprocess_wait (ended, NULL, NULL));
  dead = g_strdup_printf ("{\"format\": \"stackup-draft\", \"version\": 1, \"file\": null, "
                          "\"written\": \"2026-01-02T03:04:05Z\", \"pid\": %d}", dead_pid);
  write_draft (f, "live", project, NULL);
  write_draft (f, "dead", project, NULL);
  write_record (f, "live", live);
  write_record (f, "dead", dead);
  drafts = stk_draft_list (f->dir);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((StkDraft *) g_ptr_array_index (drafts, 0))->id, ==, "dead");
  /* 03:04:05 UTC as written in the record. */
  {
    g_autoptr(GDateTime) utc = g_date_time_to_utc (((StkDraft *) g_ptr_array_index (drafts, 0))->written);
    g_assert_cmpint (g_date_time_get_hour (utc), ==, 3);
    g_assert_cmpint (g_date_time_get_minute (utc), ==, 4);
    g_assert_cmpint (g_date_time_get_second (utc), ==, 5);
  }
}

/* Half a draft (a kill between its two writes) is cleared away; a file that
 * is no draft record is left alone and not listed. */
static void
test_half_drafts (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StkProject) project = named_project ("Half");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *lone_project = file_in (f, "p.stackup");
  g_autofree char *lone_record = file_in (f, "r.json");
  g_autofree char *other = file_in (f, "other.json");
  g_autofree char *r_project = file_in (f, "r.stackup");
  g_autofree char *p_record = file_in (f, "p.json");

  write_draft (f, "p", project, NULL);
  write_draft (f, "r", project, NULL);
  g_unlink (p_record);
  g_unlink (r_project);
  write_record (f, "other", "{\"format\": \"something-else\"}");
  drafts = stk_draft_list (f->dir);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_assert_false (g_file_test (lone_project, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (lone_record, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/stackup/draft/none", Fixture, NULL, fixture_setup, test_none, fixture_teardown);
  g_test_add ("/stackup/draft/write-and-list", Fixture, NULL, fixture_setup, test_write_and_list, fixture_teardown);
  g_test_add ("/stackup/draft/untitled-order-replace", Fixture, NULL, fixture_setup, test_untitled_order_replace,
              fixture_teardown);
  g_test_add ("/stackup/draft/remove", Fixture, NULL, fixture_setup, test_remove, fixture_teardown);
  g_test_add ("/stackup/draft/writer-running", Fixture, NULL, fixture_setup, test_writer_running, fixture_teardown);
  g_test_add ("/stackup/draft/half-drafts", Fixture, NULL, fixture_setup, test_half_drafts, fixture_teardown);
  return g_test_run ();
}
