/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-error.h"
#include "stk-placement.h"
#include "stk-project.h"

/* The project model itself: lookups by id kept current through edits, change
 * notifications, and the assembly: boards placed in 3D by their mates. */

static StkProject *
three_boards (void)
{
  StkProject *p = stk_project_new_empty ();

  stk_project_add_board (p, stk_board_new ("a", "A", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("b", "B", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("c", "C", STK_BOARD_FPC), -1);
  return p;
}

static void
test_lookup_follows_edits (void)
{
  g_autoptr(StkProject) p = three_boards ();
  StkBoard *b;

  /* Added in order a, b, c: indexes 0, 1, 2. */
  g_assert_cmpint (stk_project_board_index (p, "a"), ==, 0);
  g_assert_cmpint (stk_project_board_index (p, "c"), ==, 2);
  g_assert_null (stk_project_find_board (p, "nope"));
  g_assert_cmpint (stk_project_board_index (p, NULL), ==, -1);

  /* Moving c to the bottom: c, a, b. */
  stk_project_move_board (p, 2, 0);
  g_assert_cmpint (stk_project_board_index (p, "c"), ==, 0);
  g_assert_cmpint (stk_project_board_index (p, "b"), ==, 2);

  /* Removing a (now index 1): c, b. */
  stk_project_remove_board (p, 1);
  g_assert_cmpint (stk_project_board_index (p, "a"), ==, -1);
  g_assert_cmpint (stk_project_board_index (p, "b"), ==, 1);

  /* An id edited in place, announced by stk_project_changed(). */
  b = stk_project_find_board (p, "b");
  g_free (b->id);
  b->id = g_strdup ("renamed");
  stk_project_changed (p);
  g_assert_null (stk_project_find_board (p, "b"));
  g_assert_true (stk_project_find_board (p, "renamed") == b);

  /* Appended straight to the array, as the reader does. */
  g_ptr_array_add (stk_project_get_boards (p), stk_board_new ("d", "D", STK_BOARD_RIGID));
  g_assert_cmpint (stk_project_board_index (p, "d"), ==, 2);
}

static void
test_mate_lookup (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  StkMate *m = stk_mate_new ("j2", "P4", 1.5, 40, "embossed");

  /* stk_project_new() holds j1; j2 is added second. */
  stk_project_add_mate (p, m);
  g_assert_cmpint (stk_project_mate_index (p, "j1"), ==, 0);
  g_assert_true (stk_project_find_mate (p, "j2") == m);
  stk_project_remove_mate (p, 0);
  g_assert_null (stk_project_find_mate (p, "j1"));
  g_assert_cmpint (stk_project_mate_index (p, "j2"), ==, 0);
}

/* Two boards with one id (a program can build that; the reader refuses it):
 * the first one is found, as a search from the bottom would. */
static void
test_duplicate_id_finds_first (void)
{
  g_autoptr(StkProject) p = three_boards ();

  stk_project_add_board (p, stk_board_new ("a", "Second A", STK_BOARD_RIGID), -1);
  g_assert_cmpint (stk_project_board_index (p, "a"), ==, 0);
}


static StkMate *
join (StkProject *p,
      const char *id,
      const char *series,
      double      height,
      guint       pins,
      const char *socket_board,
      const char *header_board)
{
  StkMate *m = stk_mate_new (id, series, height, pins, g_str_equal (series, "P4") ? "embossed" : "8mm");

  m->socket_board = g_strdup (socket_board);
  m->header_board = g_strdup (header_board);
  stk_project_add_mate (p, m);
  return m;
}

static void
assert_near (double a,
             double b)
{
  g_assert_cmpfloat_with_epsilon (a, b, 1e-9);
}

/* Placement worked by hand (see the comments for each number). */
static void
test_placement_rotated (void)
{
  g_autoptr(StkProject) p = stk_project_new_empty ();
  g_autoptr(StkPlacement) pl = NULL;
  StkBoard *main_b = stk_board_new ("main", "Main", STK_BOARD_RIGID);
  StkBoard *fpc = stk_board_new ("fpc", "FPC", STK_BOARD_FPC);
  StkMate *j1, *j2;

  main_b->thickness_mm = 1.0;
  stk_project_add_board (p, main_b, -1);
  stk_project_add_board (p, stk_board_new ("cam", "Camera", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, fpc, -1);
  /* j1: socket on main's top face at (10, 5) turned 90°; header on cam at
   * (2, 0), not turned. */
  j1 = join (p, "j1", "P4", 1.5, 40, "main", "cam");
  j1->x_mm = 10;
  j1->y_mm = 5;
  j1->rotation_deg = 90;
  j1->header_x_mm = 2;
  /* j2: socket on the FPC at (1, 1) turned 90°, on its top face, so main
   * (the header board) lies above the FPC; header on main at (-10, 0)
   * turned 180°. */
  j2 = join (p, "j2", "A4S", 0.8, 30, "fpc", "main");
  j2->x_mm = 1;
  j2->y_mm = 1;
  j2->rotation_deg = 90;
  j2->header_x_mm = -10;
  j2->header_rotation_deg = 180;
  stk_project_changed (p);
  pl = stk_placement_new (p, NULL);

  /* main is the base board: origin, unturned, z 0. */
  g_assert_true (pl->boards[0].placed);
  assert_near (pl->boards[0].z, 0);
  /* cam: turned 0 + 90 - 0 = 90; its (2, 0) turned 90° is (0, 2), so its
   * origin is (10, 5) - (0, 2) = (10, 3); z = 0 + 1.0 + 1.5 = 2.5. */
  g_assert_cmpint (pl->mates[0].status, ==, STK_MATE_PLACED);
  assert_near (pl->boards[1].rotation_deg, 90);
  assert_near (pl->boards[1].x, 10);
  assert_near (pl->boards[1].y, 3);
  assert_near (pl->boards[1].z, 2.5);
  g_assert_cmpint (pl->boards[1].parent, ==, 0);
  assert_near (pl->mates[0].x, 10);
  assert_near (pl->mates[0].y, 5);
  assert_near (pl->mates[0].z0, 1.0);
  assert_near (pl->mates[0].z1, 2.5);
  /* fpc: the pair turned 0 + 180 = 180, the FPC 180 - 90 = 90; its (1, 1)
   * turned 90° is (-1, 1), so its origin is (-10, 0) - (-1, 1) = (-9, -1);
   * below main: z = 0 - 0.8 - 0.1 (FPC default thickness) = -0.9. */
  g_assert_cmpint (pl->mates[1].status, ==, STK_MATE_PLACED);
  assert_near (pl->mates[1].rotation_deg, 180);
  assert_near (pl->boards[2].rotation_deg, 90);
  assert_near (pl->boards[2].x, -9);
  assert_near (pl->boards[2].y, -1);
  assert_near (pl->boards[2].z, -0.9);
  g_assert_cmpint (pl->mates[1].lower, ==, 2);
  g_assert_cmpint (pl->mates[1].upper, ==, 0);
  assert_near (pl->mates[1].z0, -0.8);
  assert_near (pl->mates[1].z1, 0);
  /* The envelope in height: the FPC hangs under main, so its 0.2 mm plate
   * is on its lower face: -0.9 - 0.2 = -1.1; up to the top of cam,
   * 2.5 + 0.8 = 3.3. */
  assert_near (pl->z_min, -1.1);
  assert_near (pl->z_max, 3.3);
  g_assert_cmpuint (pl->n_collisions, ==, 0);
}

static void
set_outline (StkProject *p,
             const char *id,
             double      x,
             double      y,
             double      length,
             double      width)
{
  StkBoard *b = stk_project_find_board (p, id);

  b->outline_set = TRUE;
  b->origin_x_mm = x;
  b->origin_y_mm = y;
  b->length_mm = length;
  b->width_mm = width;
}

/* Two daughter boards side by side on one main board: placed, no collision,
 * until one is moved onto the other. */
static void
test_side_by_side_and_collision (void)
{
  g_autoptr(StkProject) p = stk_project_new_empty ();
  g_autoptr(StkPlacement) apart = NULL;
  g_autoptr(StkPlacement) overlapping = NULL;
  StkMate *j2;

  stk_project_add_board (p, stk_board_new ("main", "Main", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("d1", "D1", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("d2", "D2", STK_BOARD_RIGID), -1);
  join (p, "j1", "P4", 1.5, 40, "main", "d1")->x_mm = -5;
  j2 = join (p, "j2", "P4", 1.5, 40, "main", "d2");
  j2->x_mm = 5;
  /* Each daughter 8 × 6 mm around its header at its (0, 0). */
  set_outline (p, "d1", -4, -3, 8, 6);
  set_outline (p, "d2", -4, -3, 8, 6);
  stk_project_changed (p);
  apart = stk_placement_new (p, NULL);
  /* d1 spans x -9 to -1, d2 1 to 9, both at z 0.8 + 1.5 = 2.3. */
  assert_near (apart->boards[1].outline[0], -9);
  assert_near (apart->boards[2].outline[0], 1);
  assert_near (apart->boards[1].z, 2.3);
  assert_near (apart->boards[2].z, 2.3);
  g_assert_cmpint (apart->mates[1].status, ==, STK_MATE_PLACED);
  g_assert_cmpuint (apart->n_collisions, ==, 0);

  /* d2 at x 2: spans -2 to 6, overlapping d1 by 1 mm. */
  j2->x_mm = 2;
  stk_project_changed (p);
  overlapping = stk_placement_new (p, NULL);
  g_assert_cmpuint (overlapping->n_collisions, ==, 1);
  g_assert_cmpuint (overlapping->collisions[0].a, ==, 1);
  g_assert_cmpuint (overlapping->collisions[0].b, ==, 2);
}

/* Boards a, b, c, d; a-b joined by j1, b-c by j2. */
static StkProject *
chain_abc_and_d (void)
{
  StkProject *p = three_boards ();

  stk_project_add_board (p, stk_board_new ("d", "D", STK_BOARD_RIGID), -1);
  join (p, "j1", "P4", 1.5, 40, "a", "b");
  join (p, "j2", "P4", 1.5, 40, "b", "c");
  return p;
}

/* Boards a, b, c joined a-b (j1), b-c (j2), c-a (j3). From the base board
 * a the walk takes a's mates in order: j1 places b, j3 places c; then from
 * b, j2 reaches c, already placed: j2 closes the loop. A fourth mate a-b
 * repeats j1's pair. */
static void
test_loop_and_duplicate (void)
{
  g_autoptr(StkProject) p = chain_abc_and_d ();
  g_autoptr(StkPlacement) pl = NULL;

  join (p, "j3", "P4", 1.5, 40, "c", "a");
  join (p, "j4", "P4", 2.0, 40, "b", "a");
  join (p, "j5", "P4", 2.0, 40, "d", "d");
  pl = stk_placement_new (p, NULL);
  g_assert_cmpint (pl->mates[0].status, ==, STK_MATE_PLACED);
  g_assert_cmpint (pl->mates[2].status, ==, STK_MATE_PLACED);
  g_assert_cmpint (pl->mates[1].status, ==, STK_MATE_LOOP);
  g_assert_cmpint (pl->mates[3].status, ==, STK_MATE_DUPLICATE_PAIR);
  g_assert_cmpint (pl->mates[3].other, ==, 0);
  g_assert_cmpint (pl->mates[4].status, ==, STK_MATE_SAME_BOARD);
  /* d is joined to nothing but itself: not placed. */
  g_assert_false (pl->boards[3].placed);
}

static void
test_can_join (void)
{
  g_autoptr(StkProject) p = chain_abc_and_d ();
  g_autoptr(GError) error = NULL;

  g_assert_true (stk_placement_can_join (p, "c", "d", &error));
  g_assert_no_error (error);
  g_assert_false (stk_placement_can_join (p, "b", "a", &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "shall not be connected with multiple connectors"));
  g_clear_error (&error);
  g_assert_false (stk_placement_can_join (p, "a", "c", &error));
  g_assert_nonnull (strstr (error->message, "loop"));
  g_clear_error (&error);
  g_assert_false (stk_placement_can_join (p, "a", "a", &error));
  g_assert_nonnull (strstr (error->message, "two different boards"));
}

/* The default outline: the box around the board's parts plus 2 mm. The new
 * project's main board carries a P4 40-pin socket at (0, 0), unturned: the
 * P4 datasheet's socket table gives A = 10.3 mm for 40 pins, so x spans
 * ±5.15, ±7.15 with the margin; across, half the body width plus 2 mm. */
static void
test_default_outline (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  double outline[4];

  stk_placement_board_outline (p, stk_catalog_get_default (), 0, outline);
  assert_near (outline[0], -7.15);
  assert_near (outline[2], 7.15);
  g_assert_cmpfloat (outline[1], <, -2.0);
}

static void
on_mates_changed (StkProject *project,
                  gpointer    user_data)
{
  GPtrArray *seen = user_data;
  const StkProjectChange *c = stk_project_get_change (project);

  g_ptr_array_add (seen, g_strdup_printf ("%d:%s", c->kind, c->id ? c->id : "-"));
}

static void
test_change_detail (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *mates = g_strdup_printf ("%d:j2", STK_CHANGE_MATES);
  g_autofree char *all = g_strdup_printf ("%d:-", STK_CHANGE_ALL);

  g_signal_connect (p, "changed::mates", G_CALLBACK (on_mates_changed), seen);
  stk_project_set_name (p, "Not about mates");
  stk_project_add_board (p, stk_board_new ("third", "Third", STK_BOARD_RIGID), -1);
  g_assert_cmpuint (seen->len, ==, 0);
  stk_project_add_mate (p, stk_mate_new ("j2", "P4", 1.5, 40, "embossed"));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, mates);
  /* A plain stk_project_changed() reaches only handlers of every change. */
  stk_project_changed (p);
  g_assert_cmpuint (seen->len, ==, 1);
  g_signal_handlers_disconnect_by_func (p, on_mates_changed, seen);
  g_signal_connect (p, "changed", G_CALLBACK (on_mates_changed), seen);
  stk_project_changed (p);
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, all);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/project/lookup-follows-edits", test_lookup_follows_edits);
  g_test_add_func ("/stackup/project/mate-lookup", test_mate_lookup);
  g_test_add_func ("/stackup/project/duplicate-id-finds-first", test_duplicate_id_finds_first);
  g_test_add_func ("/stackup/project/placement-rotated", test_placement_rotated);
  g_test_add_func ("/stackup/project/side-by-side-and-collision", test_side_by_side_and_collision);
  g_test_add_func ("/stackup/project/loop-and-duplicate", test_loop_and_duplicate);
  g_test_add_func ("/stackup/project/can-join", test_can_join);
  g_test_add_func ("/stackup/project/default-outline", test_default_outline);
  g_test_add_func ("/stackup/project/change-detail", test_change_detail);
  return g_test_run ();
}
