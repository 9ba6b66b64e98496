/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "stk-config.h"

#include "stk-check-cache.h"
#include "stk-project.h"

/* What each ::changed said, as "detail id field" lines. */
typedef struct {
  GPtrArray *seen;
} Recorder;

static void
on_changed_cb (StkProject *project,
               Recorder   *rec)
{
  const StkProjectChange *c = stk_project_get_change (project);
  const char *kinds[] = { "all", "title", "boards", "mates", "requirements" };

  g_ptr_array_add (rec->seen, g_strdup_printf ("%s %s %s", kinds[c->kind], c->id ? c->id : "-",
                                               c->field ? c->field : "-"));
}

static void
recorder_init (Recorder   *rec,
               StkProject *project)
{
  rec->seen = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (project, "changed", G_CALLBACK (on_changed_cb), rec);
}

/* stk_project_new () has boards "main" and "daughter" and mate "j1". */
static void
test_update_board (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  StkBoard *stored = stk_project_find_board (project, "main");
  g_autoptr(StkBoard) edit = stk_board_copy (stored);
  Recorder rec;
  guint64 serial = stk_project_get_serial (project);

  recorder_init (&rec, project);
  /* The value it has: nothing happens. */
  g_assert_false (stk_project_update_board (project, "main", edit));
  g_assert_cmpuint (rec.seen->len, ==, 0);
  g_assert_cmpuint (stk_project_get_serial (project), ==, serial);

  /* One member: named; the struct stays the one the project holds. */
  edit->thickness_mm = 1.2;
  g_assert_true (stk_project_update_board (project, "main", edit));
  g_assert_true (stk_project_find_board (project, "main") == stored);
  g_assert_cmpfloat (stored->thickness_mm, ==, 1.2);
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 0), ==, "boards main thickness_mm");
  g_assert_cmpuint (stk_project_get_serial (project), ==, serial + 1);

  /* Two members: the item only. */
  edit->kind = STK_BOARD_FPC;
  g_free (edit->name);
  edit->name = g_strdup ("Carrier");
  g_assert_true (stk_project_update_board (project, "main", edit));
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 1), ==, "boards main -");
  g_assert_cmpstr (stored->name, ==, "Carrier");
  g_assert_cmpint (stored->kind, ==, STK_BOARD_FPC);

  /* The id is not edited this way; an unknown id changes nothing. */
  g_free (edit->id);
  edit->id = g_strdup ("other");
  edit->warp_mm = 0.07;
  g_assert_true (stk_project_update_board (project, "main", edit));
  g_assert_cmpstr (stored->id, ==, "main");
  g_assert_false (stk_project_update_board (project, "nowhere", edit));
  g_assert_cmpuint (rec.seen->len, ==, 3);
  g_ptr_array_unref (rec.seen);
}

static void
test_update_mate (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  StkMate *stored = stk_project_find_mate (project, "j1");
  g_autoptr(StkMate) edit = stk_mate_copy (stored);
  Recorder rec;

  recorder_init (&rec, project);
  g_assert_false (stk_project_update_mate (project, "j1", edit));

  edit->x_mm = 3.5;
  g_assert_true (stk_project_update_mate (project, "j1", edit));
  g_assert_cmpfloat (stored->x_mm, ==, 3.5);

  /* A net added: its list; then pins given to it: the pin table. */
  stk_mate_add_net (edit, "VBAT", STK_NET_SUPPLY, 1.0, 4.2);
  g_assert_true (stk_project_update_mate (project, "j1", edit));
  g_assert_nonnull (stk_mate_find_net (stored, "VBAT"));
  g_assert_true (stk_mate_find_net (stored, "VBAT") != stk_mate_find_net (edit, "VBAT"));
  stk_mate_assign_pins (edit, 1, 4, "VBAT");
  g_assert_true (stk_project_update_mate (project, "j1", edit));
  g_assert_cmpuint (stk_mate_count_net_pins (stored, "VBAT"), ==, 4);
  /* The current of a net is part of the net list. */
  stk_mate_find_net (edit, "VBAT")->current_a = 2.0;
  g_assert_true (stk_project_update_mate (project, "j1", edit));
  g_assert_cmpfloat (stk_mate_find_net (stored, "VBAT")->current_a, ==, 2.0);

  g_assert_cmpuint (rec.seen->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 0), ==, "mates j1 x_mm");
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 1), ==, "mates j1 nets");
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 2), ==, "mates j1 pin_nets");
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 3), ==, "mates j1 nets");
  g_ptr_array_unref (rec.seen);
}

static void
test_update_requirements (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  StkRequirements req = *stk_project_get_requirements (project);
  Recorder rec;

  recorder_init (&rec, project);
  g_assert_false (stk_project_update_requirements (project, &req));
  req.cycles_test = 7;
  g_assert_true (stk_project_update_requirements (project, &req));
  g_assert_cmpuint (stk_project_get_requirements (project)->cycles_test, ==, 7);
  req.storage_packed = !req.storage_packed;
  req.iron_time_s = 4;
  g_assert_true (stk_project_update_requirements (project, &req));
  g_assert_cmpuint (rec.seen->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 0), ==, "requirements - cycles_test");
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 1), ==, "requirements - -");
  g_ptr_array_unref (rec.seen);
}

/* A title field names its property. */
static void
test_title_field (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  Recorder rec;

  recorder_init (&rec, project);
  stk_project_set_author (project, "Ada");
  stk_project_set_author (project, "Ada");
  g_assert_cmpuint (rec.seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rec.seen, 0), ==, "title - author");
  g_ptr_array_unref (rec.seen);
}

/* The checks run once per change of the project, however many ask. */
static void
test_checks_cached (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(StkBoard) edit = stk_board_copy (stk_project_find_board (project, "main"));
  guint runs = stk_checks_get_run_count ();
  g_autoptr(GPtrArray) a = stk_checks_run_cached (project, catalog, STK_UNITS_MM);
  g_autoptr(GPtrArray) b = stk_checks_run_cached (project, catalog, STK_UNITS_MM);
  g_autoptr(GPtrArray) c = NULL;
  g_autoptr(GPtrArray) d = NULL;

  g_assert_true (a == b);
  g_assert_cmpuint (stk_checks_get_run_count (), ==, runs + 1);
  edit->thickness_mm = 1.0;
  stk_project_update_board (project, "main", edit);
  c = stk_checks_run_cached (project, catalog, STK_UNITS_MM);
  g_assert_true (c != a);
  g_assert_cmpuint (stk_checks_get_run_count (), ==, runs + 2);
  /* Other units write other messages. */
  d = stk_checks_run_cached (project, catalog, STK_UNITS_INCH);
  g_assert_cmpuint (stk_checks_get_run_count (), ==, runs + 3);
}

/* Two runs of one project give equal records; a board's thickness changes
 * records about that board's stack and leaves the storage temperature
 * records (about the requirements only) equal. */
static void
test_results_equal (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) a = stk_checks_run (project, catalog);
  g_autoptr(GPtrArray) b = stk_checks_run (project, catalog);
  g_autoptr(GPtrArray) c = NULL;
  g_autoptr(StkBoard) edit = stk_board_copy (stk_project_find_board (project, "main"));
  guint differ = 0;

  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (stk_check_result_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)));
  edit->thickness_mm = 1.2;
  stk_project_update_board (project, "main", edit);
  c = stk_checks_run (project, catalog);
  g_assert_cmpuint (a->len, ==, c->len);
  for (guint i = 0; i < a->len; i++)
    {
      const StkCheckResult *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (c, i);

      g_assert_true (stk_check_result_same_subject (x, y));
      if (g_str_equal (x->check_id, "temperature"))
        g_assert_true (stk_check_result_equal (x, y));
      differ += !stk_check_result_equal (x, y);
    }
  /* At least the stack height over the main board changed. */
  g_assert_cmpuint (differ, >, 0);
}

/* Which edits leave the assembly's joins as they were: any one member of
 * a board (a board decides nothing of what is joined), a connector's pins,
 * position, face or nets; not its boards or its turns (a turn other than a
 * multiple of 90° places nothing), nor an edit of several members, nor one
 * naming no item (hand-worked from the placement's rules, stk-placement.c). */
static void
test_keeps_joins (void)
{
  struct { StkChangeKind kind; const char *id, *field; gboolean keeps; } cases[] = {
    { STK_CHANGE_BOARDS, "main", "thickness_mm", TRUE },
    { STK_CHANGE_BOARDS, "main", "length_mm", TRUE },
    { STK_CHANGE_MATES, "j1", "pins", TRUE },
    { STK_CHANGE_MATES, "j1", "x_mm", TRUE },
    { STK_CHANGE_MATES, "j1", "face", TRUE },
    { STK_CHANGE_MATES, "j1", "pin_nets", TRUE },
    { STK_CHANGE_MATES, "j1", "socket_board", FALSE },
    { STK_CHANGE_MATES, "j1", "header_board", FALSE },
    { STK_CHANGE_MATES, "j1", "rotation_deg", FALSE },
    { STK_CHANGE_MATES, "j1", "header_rotation_deg", FALSE },
    { STK_CHANGE_MATES, "j1", NULL, FALSE },
    { STK_CHANGE_BOARDS, NULL, NULL, FALSE },
    { STK_CHANGE_REQUIREMENTS, NULL, "ambient_max_c", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      StkProjectChange c = { cases[i].kind, cases[i].id, cases[i].field };

      g_assert_cmpint (stk_project_change_keeps_joins (&c), ==, cases[i].keeps);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/project-edit/board", test_update_board);
  g_test_add_func ("/stackup/project-edit/mate", test_update_mate);
  g_test_add_func ("/stackup/project-edit/requirements", test_update_requirements);
  g_test_add_func ("/stackup/project-edit/title-field", test_title_field);
  g_test_add_func ("/stackup/project-edit/checks-cached", test_checks_cached);
  g_test_add_func ("/stackup/project-edit/results-equal", test_results_equal);
  g_test_add_func ("/stackup/project-edit/keeps-joins", test_keeps_joins);
  return g_test_run ();
}
