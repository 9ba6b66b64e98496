/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "stk-project.h"

/* The project model itself: lookups by id, kept current through edits. */

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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/project/lookup-follows-edits", test_lookup_follows_edits);
  g_test_add_func ("/stackup/project/mate-lookup", test_mate_lookup);
  g_test_add_func ("/stackup/project/duplicate-id-finds-first", test_duplicate_id_finds_first);
  return g_test_run ();
}
