/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-check.h"
#include "stk-drawing.h"
#include "stk-error.h"
#include "stk-facing.h"
#include "stk-project-io.h"
#include "stk-project-keepout.h"
#include "test-projects.h"
#include "test-util.h"

/* Clearance wherever boards face each other, and keep-outs for tall
 * parts (issue 12, "Checks from real geometry").
 *
 * The phone example by hand: the main board (0.8 thick, 0.3 mm parts on
 * top) at z 0; the daughter board (0.6 thick, 0.5 mm parts below) on J3,
 * P4 1.5 mm, at (15, 40): its outline 30 × 20 from (−10, −6) around its
 * header lands at x 5…35, y 34…54, z 0.8 + 1.5 = 2.3. The main board's
 * shield can keep-out, 12 × 10 around (28, 44), 0.8 tall: x 22…34,
 * y 39…49, under the daughter board. The display FPC (0.1 thick, no
 * parts) on J1, A4S 0.8 mm at (12.5, −30), header at the same place in
 * its own frame, so its frame is the plan's: z 1.6, top 1.7. Margin 0.1. */

#define EPS 1e-9

static const StkFacing *
facing (const StkFacings   *fs,
        const StkPlacement *pl,
        const char         *lower,
        const char         *upper)
{
  for (guint i = 0; i < fs->n_facings; i++)
    if (g_str_equal (pl->boards[fs->facings[i].lower].board->id, lower) &&
        g_str_equal (pl->boards[fs->facings[i].upper].board->id, upper))
      return &fs->facings[i];
  return NULL;
}

static StkBoard *
board (StkProject *p,
       const char *id)
{
  return stk_project_find_board (p, id);
}

/* The display FPC given an outline reaching under the daughter board:
 * x 0…40, y −34…50 (its connector at (12.5, −30) inside). */
static void
widen_display_fpc (StkProject *p)
{
  StkBoard *fpc = board (p, "display-fpc");

  fpc->outline_set = TRUE;
  fpc->origin_x_mm = 0;
  fpc->origin_y_mm = -34;
  fpc->length_mm = 40;
  fpc->width_mm = 84;
  stk_project_changed (p);
}

/* J3's gap over the overlap x 5…35, y 34…54: the shield can (0.8) lies in
 * it, taller than the face's 0.3: 0.8 + 0.5 + 0.1 = 1.4 in 1.5. */
static void
test_mate_keepout (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(StkPlacement) pl = stk_placement_new (p, catalog);
  g_autoptr(StkFacings) fs = stk_facings_new (pl);
  g_autoptr(GPtrArray) results = stk_checks_run (p, catalog);
  const StkFacing *f = facing (fs, pl, "main", "daughter");
  StkCheckResult *r;

  g_assert_nonnull (f);
  g_assert_cmpint (f->mate, ==, stk_project_mate_index (p, "j-daughter"));
  g_assert_cmpfloat_with_epsilon (f->overlap[0], 5, EPS);
  g_assert_cmpfloat_with_epsilon (f->overlap[1], 34, EPS);
  g_assert_cmpfloat_with_epsilon (f->overlap[2], 35, EPS);
  g_assert_cmpfloat_with_epsilon (f->overlap[3], 54, EPS);
  g_assert_cmpfloat_with_epsilon (f->gap, 1.5, EPS);
  g_assert_cmpfloat_with_epsilon (f->top_mm, 0.8, EPS);
  g_assert_cmpint (f->top_keepout, ==, 0);
  g_assert_cmpfloat_with_epsilon (f->bottom_mm, 0.5, EPS);
  g_assert_cmpint (f->bottom_keepout, ==, -1);
  r = stk_checks_find (results, "stack", "clearance", "mate:j-daughter");
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 1.4, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 1.5, EPS);
  /* Away from the daughter board the can counts for nothing: the FPC's
   * default outline around J1 lies far from it, 0.3 + 0 + 0.1. */
  r = stk_checks_find (results, "stack", "clearance", "mate:j-display");
  g_assert_cmpfloat_with_epsilon (r->value, 0.4, EPS);
  /* No two boards face each other without a connector. */
  g_assert_cmpuint (fs->n_facings, ==, 3);
}

/* The display FPC widened over the shield can, away from its connector:
 * its clearance is now 0.8 + 0 + 0.1 = 0.9 in 0.8, a failure. The
 * daughter board lies over the FPC (x 5…35, y 34…50) with no connector:
 * gap 2.3 − 1.7 = 0.6, parts 0 + 0.5 + 0.1 = 0.6: it just fits. */
static void
test_overlap_without_mate (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(StkPlacement) pl = NULL;
  g_autoptr(StkFacings) fs = NULL;
  g_autoptr(StkDrawing) all = NULL;
  const StkFacing *f;
  StkCheckResult *r;

  widen_display_fpc (p);
  results = stk_checks_run (p, catalog);
  pl = stk_placement_new (p, catalog);
  fs = stk_facings_new (pl);

  r = stk_checks_find (results, "stack", "clearance", "mate:j-display");
  g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
  g_assert_cmpfloat_with_epsilon (r->value, 0.9, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.8, EPS);

  f = facing (fs, pl, "display-fpc", "daughter");
  g_assert_nonnull (f);
  g_assert_cmpint (f->mate, ==, -1);
  g_assert_cmpfloat_with_epsilon (f->overlap[0], 5, EPS);
  g_assert_cmpfloat_with_epsilon (f->overlap[1], 34, EPS);
  g_assert_cmpfloat_with_epsilon (f->overlap[2], 35, EPS);
  g_assert_cmpfloat_with_epsilon (f->overlap[3], 50, EPS);
  r = stk_checks_find (results, "stack", "clearance", "board:daughter");
  g_assert_nonnull (r);
  g_assert_cmpint (r->status, ==, STK_STATUS_PASS);
  g_assert_cmpfloat_with_epsilon (r->value, 0.6, EPS);
  g_assert_cmpfloat_with_epsilon (r->limit, 0.6, EPS);

  /* The section through J3 (y 40) cuts both: the same numbers, free
   * height 0.6 − 0 − 0.5 = 0.1; and J1's clear height 0.8 − 0.8 = 0. */
  all = stk_drawing_new (p, catalog);
  g_assert_nonnull (test_find_text (all, "Daughter board over Display FPC clear 0.1: needs 0.6 of the 0.6 gap"));
  g_assert_nonnull (test_find_text (all, "J3 daughter clear 0.2: needs 1.4 of the 1.5 gap"));
  g_assert_nonnull (test_find_text (all, "Shield can 0.8"));
}

/* Two keep-outs count together only where they overlap: main's can
 * (0.8, x 22…34, y 39…49) and a 0.9 one under the daughter board at
 * x 6…10, y 35…39 give max (0.8 + 0.5, 0.3 + 0.9) = 1.3; moved under the
 * can, 0.8 + 0.9 = 1.7. */
static void
test_keepout_pairs (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  StkCatalog *catalog = stk_catalog_get_default ();
  StkBoard *d = board (p, "daughter");
  StkKeepout *k;

  /* In the daughter's frame (origin at (15, 40)): (8, 37) is (−7, −3). */
  d->keepouts = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_keepout_free);
  k = stk_keepout_new (STK_FACE_BOTTOM, -7, -3, 4, 4, 0.9, "Coil");
  g_ptr_array_add (d->keepouts, k);
  stk_project_changed (p);
  {
    g_autoptr(StkPlacement) pl = stk_placement_new (p, catalog);
    g_autoptr(StkFacings) fs = stk_facings_new (pl);
    const StkFacing *f = facing (fs, pl, "main", "daughter");

    g_assert_cmpfloat_with_epsilon (f->top_mm + f->bottom_mm, 1.3, EPS);
    g_assert_cmpint (f->top_keepout, ==, 0);
    g_assert_cmpint (f->bottom_keepout, ==, -1);
  }
  /* (28, 44) in plan is (13, 4) in the daughter's frame. */
  k->x_mm = 13;
  k->y_mm = 4;
  stk_project_changed (p);
  {
    g_autoptr(StkPlacement) pl = stk_placement_new (p, catalog);
    g_autoptr(StkFacings) fs = stk_facings_new (pl);
    const StkFacing *f = facing (fs, pl, "main", "daughter");
    g_autoptr(GPtrArray) results = stk_checks_run (p, catalog);
    StkCheckResult *r = stk_checks_find (results, "stack", "clearance", "mate:j-daughter");

    g_assert_cmpfloat_with_epsilon (f->top_mm, 0.8, EPS);
    g_assert_cmpfloat_with_epsilon (f->bottom_mm, 0.9, EPS);
    g_assert_cmpint (f->bottom_keepout, ==, 0);
    /* 0.8 + 0.9 + 0.1 = 1.8 in 1.5: fails. */
    g_assert_cmpint (r->status, ==, STK_STATUS_FAIL);
    g_assert_cmpfloat_with_epsilon (r->value, 1.8, EPS);
  }
}

/* A chain of three: the new project's main board (0.8) and daughter
 * board (0.8, P4 1.5 mm at the origin: z 2.3), and a third board on the
 * daughter's top face (P4 1.5 mm at the origin again: z 2.3 + 0.8 + 1.5
 * = 4.6), each with a 20 × 20 outline around its connector. The daughter
 * covers all of main and top's overlap: they do not face each other.
 * With the daughter shrunk to 10 × 10 they do, with no connector between
 * them: gap 4.6 − 0.8 = 3.8. */
static void
test_shadowed (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  StkCatalog *catalog = stk_catalog_get_default ();
  StkMate *m = stk_mate_new ("j9", "P4", 1.5, 20, "embossed");
  const char *ids[] = { "main", "daughter", "top" };

  stk_project_add_board (p, stk_board_new ("top", "Top board", STK_BOARD_RIGID), -1);
  m->socket_board = g_strdup ("daughter");
  m->header_board = g_strdup ("top");
  stk_project_add_mate (p, m);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      StkBoard *b = board (p, ids[i]);

      b->outline_set = TRUE;
      b->origin_x_mm = b->origin_y_mm = -10;
      b->length_mm = b->width_mm = 20;
    }
  stk_project_changed (p);
  {
    g_autoptr(StkPlacement) pl = stk_placement_new (p, catalog);
    g_autoptr(StkFacings) fs = stk_facings_new (pl);

    g_assert_cmpfloat_with_epsilon (pl->boards[2].z, 4.6, EPS);
    g_assert_nonnull (facing (fs, pl, "main", "daughter"));
    g_assert_nonnull (facing (fs, pl, "daughter", "top"));
    g_assert_null (facing (fs, pl, "main", "top"));
  }
  board (p, "daughter")->origin_x_mm = board (p, "daughter")->origin_y_mm = -5;
  board (p, "daughter")->length_mm = board (p, "daughter")->width_mm = 10;
  stk_project_changed (p);
  {
    g_autoptr(StkPlacement) pl = stk_placement_new (p, catalog);
    g_autoptr(StkFacings) fs = stk_facings_new (pl);
    const StkFacing *f = facing (fs, pl, "main", "top");

    g_assert_nonnull (f);
    g_assert_cmpint (f->mate, ==, -1);
    g_assert_cmpfloat_with_epsilon (f->gap, 3.8, EPS);
  }
}

static void
test_file (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autofree char *json = stk_project_to_json (p);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) back = stk_project_load_data (json, strlen (json), "test", &error);
  g_autofree char *again = NULL;
  const StkKeepout *k;

  g_assert_no_error (error);
  g_assert_nonnull (board (back, "main")->keepouts);
  g_assert_cmpuint (board (back, "main")->keepouts->len, ==, 1);
  k = g_ptr_array_index (board (back, "main")->keepouts, 0);
  g_assert_cmpint (k->face, ==, STK_FACE_TOP);
  g_assert_cmpfloat (k->x_mm, ==, 28);
  g_assert_cmpfloat (k->y_mm, ==, 44);
  g_assert_cmpfloat (k->length_mm, ==, 12);
  g_assert_cmpfloat (k->width_mm, ==, 10);
  g_assert_cmpfloat (k->height_mm, ==, 0.8);
  g_assert_cmpstr (k->label, ==, "Shield can");
  g_assert_null (board (back, "daughter")->keepouts);
  again = stk_project_to_json (back);
  g_assert_cmpstr (json, ==, again);
}

static void
assert_refused (const char *keepout,
                const char *path)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autofree char *json = stk_project_to_json (p);
  g_autofree char *bad = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) back = NULL;
  const char *at = strstr (json, "\"keepouts\"");
  const char *end;

  g_assert_nonnull (at);
  end = strchr (at, ']');
  bad = g_strdup_printf ("%.*s\"keepouts\": [%s%s", (int) (at - json), json, keepout, end);
  back = stk_project_load_data (bad, strlen (bad), "test", &error);
  g_assert_null (back);
  g_assert_nonnull (error);
  if (strstr (error->message, path) == NULL)
    g_error ("“%s” does not name %s", error->message, path);
}

/* Read strictly; each error names the member's path. */
static void
test_refused (void)
{
  assert_refused ("{\"face\": \"side\", \"x_mm\": 0, \"y_mm\": 0, \"length_mm\": 1, \"width_mm\": 1, \"height_mm\": 1}",
                  "boards[0].keepouts[0].face");
  assert_refused ("{\"face\": \"top\", \"x_mm\": 0, \"y_mm\": 0, \"length_mm\": 1, \"width_mm\": 1, \"height_mm\": 0}",
                  "boards[0].keepouts[0].height_mm");
  assert_refused ("{\"face\": \"top\", \"x_mm\": 0, \"y_mm\": 0, \"length_mm\": 1, \"width_mm\": 1}",
                  "boards[0].keepouts[0].height_mm");
  assert_refused ("{\"face\": \"top\", \"x_mm\": 0, \"y_mm\": 0, \"length_mm\": 1, \"width_mm\": 1, \"height_mm\": 1, "
                  "\"colour\": 1}", "boards[0].keepouts[0]");
  assert_refused ("{\"x_mm\": 0, \"y_mm\": 0, \"length_mm\": 1, \"width_mm\": 1, \"height_mm\": 1}",
                  "boards[0].keepouts[0].face");
  assert_refused ("7", "boards[0].keepouts[0]");
  /* under the smallest side, 0.01 mm, which the editors refuse too (bounds) */
  assert_refused ("{\"face\": \"top\", \"x_mm\": 0, \"y_mm\": 0, \"length_mm\": 0.005, \"width_mm\": 1, "
                  "\"height_mm\": 1}", "boards[0].keepouts[0].length_mm");
}

static void
on_changed (StkProject *p,
            gpointer    data)
{
  const StkProjectChange *c = stk_project_get_change (p);
  GString *seen = data;

  g_string_append_printf (seen, "%d:%s:%s;", c->kind, c->id ? c->id : "", c->field ? c->field : "");
}

/* The editor's path: one ::changed naming the board and "keepouts", none
 * when nothing differs, nothing set when one is refused. */
static void
test_api (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_keepout_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("%d:daughter:keepouts;", STK_CHANGE_BOARDS);

  g_signal_connect (p, "changed", G_CALLBACK (on_changed), seen);
  g_ptr_array_add (list, stk_keepout_new (STK_FACE_BOTTOM, 5, 5, 3, 2, 1.2, "Coil"));
  g_assert_true (stk_project_set_keepouts (p, "daughter", list, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seen->str, ==, expected);
  g_assert_true (stk_project_set_keepouts (p, "daughter", list, &error));
  g_assert_cmpstr (seen->str, ==, expected);
  g_ptr_array_add (list, stk_keepout_new (STK_FACE_TOP, 0, 0, 0, 2, 1, "Flat"));
  g_assert_false (stk_project_set_keepouts (p, "daughter", list, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "Keep-out 2 of “Daughter board”"));
  g_assert_cmpuint (board (p, "daughter")->keepouts->len, ==, 1);
  g_assert_cmpstr (seen->str, ==, expected);
}

/* The editors' path refuses exactly what the reader refuses (the save
 * re-reads what it writes): a side or height under 0.01 mm, a 201st
 * keep-out. 200 keep-outs of 0.01 mm, the limit, save and reload. */
static void
test_bounds (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkProject) back = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_keepout_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  const StkKeepout *k;

  g_ptr_array_add (list, stk_keepout_new (STK_FACE_TOP, 0, 0, 0.005, 1, 1, ""));
  g_assert_false (stk_project_set_keepouts (p, "daughter", list, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "Keep-out 1 of “Daughter board” needs a length and a width from 0.01 to 1000 mm, "
                   "a height from 0.01 to 20 mm and its centre within 1000 mm of the board's origin");
  g_clear_error (&error);
  g_ptr_array_set_size (list, 0);
  for (guint i = 0; i < 201; i++)
    g_ptr_array_add (list, stk_keepout_new (STK_FACE_TOP, i, 0, 0.01, 0.01, 0.01, ""));
  g_assert_false (stk_project_set_keepouts (p, "daughter", list, &error));
  g_assert_cmpstr (error->message, ==, "“Daughter board” takes at most 200 keep-outs, got 201");
  g_clear_error (&error);
  g_assert_null (board (p, "daughter")->keepouts);
  g_ptr_array_set_size (list, 200);
  g_assert_true (stk_project_set_keepouts (p, "daughter", list, &error));
  g_assert_no_error (error);
  json = stk_project_to_json (p);
  back = stk_project_load_data (json, strlen (json), "test", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (board (back, "daughter")->keepouts->len, ==, 200);
  k = g_ptr_array_index (board (back, "daughter")->keepouts, 199);
  g_assert_cmpfloat (k->x_mm, ==, 199);
  g_assert_cmpfloat (k->length_mm, ==, 0.01);
  g_assert_cmpfloat (k->height_mm, ==, 0.01);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/keepouts/mate-keepout", test_mate_keepout);
  g_test_add_func ("/stackup/keepouts/overlap-without-mate", test_overlap_without_mate);
  g_test_add_func ("/stackup/keepouts/keepout-pairs", test_keepout_pairs);
  g_test_add_func ("/stackup/keepouts/shadowed", test_shadowed);
  g_test_add_func ("/stackup/keepouts/file", test_file);
  g_test_add_func ("/stackup/keepouts/refused", test_refused);
  g_test_add_func ("/stackup/keepouts/api", test_api);
  g_test_add_func ("/stackup/keepouts/bounds", test_bounds);
  return g_test_run ();
}
