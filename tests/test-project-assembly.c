/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-error.h"
#include "stk-placement.h"
#include "stk-project-assembly.h"
#include "stk-project-io.h"
#include "test-util.h"

/* Editing the project as an assembly: a board added with the connector
 * that carries it (one change), outlines set and refused, and a carrier
 * whose connector moves taking its whole subtree with it. */

static StkMate *
joined (const char *id,
        const char *socket,
        const char *header,
        double      x,
        double      y)
{
  StkMate *m = stk_mate_new (id, "P4", 1.5, 40, "embossed");

  m->socket_board = g_strdup (socket);
  m->header_board = g_strdup (header);
  m->x_mm = x;
  m->y_mm = y;
  return m;
}

/* base carries mid (J1 at (10, 5)), mid carries top (J2 at (3, 4) on mid,
 * header at (1, 1) on top); nothing rotated. */
static StkProject *
chain (void)
{
  StkProject *p = stk_project_new_empty ();
  StkMate *j2 = joined ("j2", "mid", "top", 3, 4);

  stk_project_add_board (p, stk_board_new ("base", "Base", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("mid", "Mid", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("top", "Top", STK_BOARD_FPC), -1);
  stk_project_add_mate (p, joined ("j1", "base", "mid", 10, 5));
  j2->header_x_mm = 1;
  j2->header_y_mm = 1;
  stk_project_add_mate (p, j2);
  return p;
}

/* Each ::changed as "kind id field" ("-" for none), as the views read it. */
static void
record_change (StkProject *p,
               GPtrArray  *seen)
{
  const StkProjectChange *c = stk_project_get_change (p);
  const char *kinds[] = { "all", "title", "boards", "mates", "requirements", "views" };

  g_ptr_array_add (seen, g_strdup_printf ("%s %s %s", kinds[c->kind], c->id ? c->id : "-", c->field ? c->field : "-"));
}

/* Moving J1 on the base board by (+7, −2) moves mid and top by the same
 * amount, the connectors too: positions below the base are relative to the
 * parent's connector. By hand, before: mid's (0, 0) under J1's header at
 * (0, 0) on mid, so at (10, 5); J2 at 10 + 3, 5 + 4 = (13, 9); top's (0, 0)
 * at J2 minus its header (1, 1) = (12, 8). After: each + (7, −2). */
static void
test_subtree_follows (void)
{
  g_autoptr(StkProject) p = chain ();
  g_autoptr(StkPlacement) before = stk_placement_new (p, NULL);
  g_autoptr(StkPlacement) after = NULL;
  StkMate *j1 = stk_project_find_mate (p, "j1");

  g_assert_cmpfloat (before->boards[1].x, ==, 10);
  g_assert_cmpfloat (before->boards[1].y, ==, 5);
  g_assert_cmpfloat (before->mates[1].x, ==, 13);
  g_assert_cmpfloat (before->mates[1].y, ==, 9);
  g_assert_cmpfloat (before->boards[2].x, ==, 12);
  g_assert_cmpfloat (before->boards[2].y, ==, 8);

  j1->x_mm = 17;
  j1->y_mm = 3;
  stk_project_changed_one (p, STK_CHANGE_MATES, "j1");
  after = stk_placement_new (p, NULL);
  g_assert_cmpfloat (after->boards[1].x, ==, 17);
  g_assert_cmpfloat (after->boards[1].y, ==, 3);
  g_assert_cmpfloat (after->mates[1].x, ==, 20);
  g_assert_cmpfloat (after->mates[1].y, ==, 7);
  g_assert_cmpfloat (after->boards[2].x, ==, 19);
  g_assert_cmpfloat (after->boards[2].y, ==, 6);
  /* The outlines go with them: top's default box is about its header at
   * (1, 1), 2 mm around a point without a catalog: x 19 + 1 ± 2. */
  g_assert_cmpfloat (after->boards[2].outline[0], ==, 18);
  g_assert_cmpfloat (after->boards[2].outline[2], ==, 22);
}

/* Turning J1 by 90° turns the subtree about it: mid's frame turns, so J2 at
 * (3, 4) on mid lies at (10 − 4, 5 + 3) = (6, 8) in plan, and top (header
 * (1, 1) turned: (−1, 1)) at (6 + 1, 8 − 1) = (7, 7). */
static void
test_subtree_turns (void)
{
  g_autoptr(StkProject) p = chain ();
  g_autoptr(StkPlacement) pl = NULL;

  stk_project_find_mate (p, "j1")->rotation_deg = 90;
  pl = stk_placement_new (p, NULL);
  g_assert_cmpfloat (pl->boards[1].rotation_deg, ==, 90);
  g_assert_cmpfloat (pl->mates[1].x, ==, 6);
  g_assert_cmpfloat (pl->mates[1].y, ==, 8);
  g_assert_cmpfloat (pl->boards[2].x, ==, 7);
  g_assert_cmpfloat (pl->boards[2].y, ==, 7);
}

/* Heights follow the same way: mid lies on the base board (0.8 thick, the
 * default for a rigid board) plus J1's 1.5 mm, at 2.3; top on mid plus
 * J2's 1.5, at 2.3 + 0.8 + 1.5 = 4.6. J1 at 2.0 mm lifts both by 0.5. */
static void
test_subtree_rises (void)
{
  g_autoptr(StkProject) p = chain ();
  g_autoptr(StkPlacement) before = stk_placement_new (p, NULL);
  g_autoptr(StkPlacement) after = NULL;

  g_assert_cmpfloat_with_epsilon (before->boards[1].z, 2.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (before->boards[2].z, 4.6, 1e-9);
  stk_project_find_mate (p, "j1")->mated_height_mm = 2.0;
  after = stk_placement_new (p, NULL);
  g_assert_cmpfloat_with_epsilon (after->boards[1].z, 2.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (after->boards[2].z, 5.1, 1e-9);
}

/* A board added with its connector is one change: one ::changed about
 * several items (a board's editor and a connector's board pickers both
 * follow it), and the new board hangs under the carrier, beside what it carried already (no
 * collision), its header at its own (0, 0). */
static void
test_add_carried_board (void)
{
  g_autoptr(StkProject) p = chain ();
  StkCatalog *catalog = stk_catalog_get_default ();
  const StkSeries *p4 = stk_catalog_find_series (catalog, "P4");
  StkMate *mate = stk_project_new_mate (p, p4, "ignored", "ignored");
  g_autoptr(StkPlacement) pl = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  int b, m;

  /* Two mates so far: the third is J3, its id fresh. */
  g_assert_cmpstr (mate->name, ==, "J3");
  g_assert_cmpstr (mate->id, ==, "mate-1");
  g_signal_connect (p, "changed", G_CALLBACK (record_change), changes);
  stk_project_add_carried_board (p, catalog, "base", stk_board_new ("new", "New", STK_BOARD_FPC), mate);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "all - -");
  b = stk_project_board_index (p, "new");
  m = stk_project_mate_index (p, "mate-1");
  g_assert_cmpint (b, ==, 3);
  g_assert_cmpstr (stk_project_find_mate (p, "mate-1")->socket_board, ==, "base");
  g_assert_cmpstr (stk_project_find_mate (p, "mate-1")->header_board, ==, "new");
  pl = stk_placement_new (p, catalog);
  g_assert_true (pl->boards[b].placed);
  g_assert_cmpint (pl->boards[b].parent, ==, 0);
  g_assert_cmpint (pl->boards[b].via_mate, ==, m);
  g_assert_cmpuint (pl->n_collisions, ==, 0);
  /* Side by side with mid, not over it: its outline starts right of mid's. */
  g_assert_cmpfloat (pl->boards[b].outline[0], >, pl->boards[1].outline[2]);
  g_assert_cmpfloat (pl->mates[m].x, ==, pl->boards[b].x);
}

/* On a carrier with an outline of its own the new board goes inside it,
 * clear of what it carries. phone.stackup: the main board is 70 × 140 from
 * (−35, −70) and carries nothing near its lower left corner (its
 * connectors are at (12.5, −30), (−20, 45) and (15, 40)). A P4 40-pin
 * header is 9.1 mm long (datasheet: A = 19 × 0.4 + 1.5) and 3.2 wide (the
 * catalog's placeholder), so the new board's default outline reaches
 * 9.1 / 2 + 2 = 6.55 and 3.2 / 2 + 2 = 3.6 either side of it: the first
 * place from that corner is (−35 + 6.55, −70 + 3.6) = (−28.45, −66.4). */
static void
test_add_on_outlined_carrier (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  StkCatalog *catalog = stk_catalog_get_default ();
  StkMate *mate = stk_project_new_mate (p, stk_catalog_find_series (catalog, "P4"), NULL, NULL);
  g_autoptr(StkPlacement) pl = NULL;

  g_assert_cmpuint (mate->pins, ==, 40);
  stk_project_add_carried_board (p, catalog, "main", stk_board_new ("new", "New", STK_BOARD_RIGID), mate);
  g_assert_cmpfloat_with_epsilon (mate->x_mm, -28.45, 1e-9);
  g_assert_cmpfloat_with_epsilon (mate->y_mm, -66.4, 1e-9);
  pl = stk_placement_new (p, catalog);
  g_assert_cmpuint (pl->n_collisions, ==, 0);
  /* Inside the main board's outline. */
  g_assert_cmpfloat (pl->boards[4].outline[0], >=, -35 - 1e-9);
  g_assert_cmpfloat (pl->boards[4].outline[1], >=, -70 - 1e-9);
}

/* Outlines: refused with a reason for sizes not above zero and for a
 * connector left outside, nothing changed then; accepted and dropped again
 * for the default, one change each, naming the board and, when one
 * member changed, that member (as every board edit does). Mid carries
 * J1's header at (0, 0) and J2's socket at (3, 4). */
static void
test_outline (void)
{
  g_autoptr(StkProject) p = chain ();
  g_autoptr(GError) error = NULL;
  StkBoard *mid = stk_project_find_board (p, "mid");
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (p, "changed", G_CALLBACK (record_change), changes);
  g_assert_false (stk_project_set_board_outline (p, "mid", FALSE, 0, 10, -1, -1, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "The length of “Mid” must be from 0.5 to 1000 mm");
  g_clear_error (&error);
  g_assert_false (stk_project_set_board_outline (p, "mid", FALSE, 10, -2, -1, -1, &error));
  g_assert_cmpstr (error->message, ==, "The width of “Mid” must be from 0.5 to 1000 mm");
  g_clear_error (&error);
  /* The file's reader refuses a side under 0.5 mm or over 1000 mm and a
   * corner beyond ±1000 mm (docs/file-format.md), so the editors must too:
   * the save re-reads what it writes. */
  g_assert_false (stk_project_set_board_outline (p, "mid", FALSE, 0.3, 10, -1, -1, &error));
  g_assert_cmpstr (error->message, ==, "The length of “Mid” must be from 0.5 to 1000 mm");
  g_clear_error (&error);
  g_assert_false (stk_project_set_board_outline (p, "mid", FALSE, 10, 1000.5, -1, -1, &error));
  g_assert_cmpstr (error->message, ==, "The width of “Mid” must be from 0.5 to 1000 mm");
  g_clear_error (&error);
  g_assert_false (stk_project_set_board_outline (p, "mid", FALSE, 10, 10, -1001, -1, &error));
  g_assert_cmpstr (error->message, ==, "The corner of “Mid” must be within 1000 mm of the board's origin in x and in y");
  g_clear_error (&error);
  /* x −1 … 3, y −1 … 3: J2 at y 4 is out. */
  g_assert_false (stk_project_set_board_outline (p, "mid", FALSE, 4, 4, -1, -1, &error));
  g_assert_cmpstr (error->message, ==, "j2, at x 3.0 mm, y 4.0 mm, would lie outside the outline of “Mid”");
  g_clear_error (&error);
  g_assert_false (mid->outline_set);
  g_assert_cmpuint (changes->len, ==, 0);

  /* From the default: the flag and four numbers, so no one member. */
  g_assert_true (stk_project_set_board_outline (p, "mid", FALSE, 20, 10, -2, -2, &error));
  g_assert_no_error (error);
  g_assert_true (mid->outline_set);
  g_assert_cmpfloat (mid->length_mm, ==, 20);
  g_assert_cmpfloat (mid->origin_y_mm, ==, -2);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "boards mid -");
  /* The same again changes nothing; the length alone is named. */
  g_assert_true (stk_project_set_board_outline (p, "mid", FALSE, 20, 10, -2, -2, NULL));
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_true (stk_project_set_board_outline (p, "mid", FALSE, 25, 10, -2, -2, NULL));
  g_assert_cmpstr (g_ptr_array_index (changes, 1), ==, "boards mid length_mm");
  /* Back to the default: the flag alone; the numbers stay for next time. */
  g_assert_true (stk_project_set_board_outline (p, "mid", TRUE, 0, 0, 0, 0, NULL));
  g_assert_false (mid->outline_set);
  g_assert_cmpfloat (mid->length_mm, ==, 25);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (changes, 2), ==, "boards mid outline_set");
}

/* An outline at the reader's limit is taken and the file holds it (the
 * save re-reads what it writes). Mid's J1 header at (0, 0) and J2 socket
 * at (3, 4) lie inside x, y −500 … 500, a 1000 mm square. */
static void
test_outline_limit (void)
{
  g_autoptr(StkProject) p = chain ();
  g_autoptr(StkProject) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  g_assert_true (stk_project_set_board_outline (p, "mid", FALSE, 1000, 1000, -500, -500, &error));
  g_assert_no_error (error);
  json = stk_project_to_json (p);
  back = stk_project_load_data (json, strlen (json), "test", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (stk_project_find_board (back, "mid")->length_mm, ==, 1000);
  g_assert_cmpfloat (stk_project_find_board (back, "mid")->width_mm, ==, 1000);
  g_assert_cmpfloat (stk_project_find_board (back, "mid")->origin_y_mm, ==, -500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/project-assembly/subtree-follows", test_subtree_follows);
  g_test_add_func ("/stackup/project-assembly/subtree-turns", test_subtree_turns);
  g_test_add_func ("/stackup/project-assembly/subtree-rises", test_subtree_rises);
  g_test_add_func ("/stackup/project-assembly/add-carried-board", test_add_carried_board);
  g_test_add_func ("/stackup/project-assembly/add-on-outlined-carrier", test_add_on_outlined_carrier);
  g_test_add_func ("/stackup/project-assembly/outline", test_outline);
  g_test_add_func ("/stackup/project-assembly/outline-limit", test_outline_limit);
  return g_test_run ();
}
