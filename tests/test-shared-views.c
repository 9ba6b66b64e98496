/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-drawing.h"
#include "stk-sheet.h"
#include "test-projects.h"
#include "test-util.h"

/* Mates whose socket-and-header views would be drawn alike share one view
 * (issue 12, point 6: a drafter draws identical items once and lists who
 * uses them). The projects are built here, so the expectations follow from
 * their mates: which have the same series, pins, height and boards of the
 * same kind and stiffener, read off the code below, not off the drawing. */

/* A base board carrying one daughter board (or FPC) per mate, each mate
 * 40 cm along x from the last so that nothing collides. */
static StkProject *
carrier (void)
{
  StkProject *p = stk_project_new_empty ();

  stk_project_add_board (p, stk_board_new ("base", "Base", STK_BOARD_RIGID), -1);
  return p;
}

static StkMate *
add_mate (StkProject       *p,
          const char       *id,
          const char       *series,
          double            height,
          guint             pins,
          const char       *packaging,
          StkBoardKind      kind,
          StkStiffenerKind  stiffener)
{
  g_autofree char *board_id = g_strconcat ("on-", id, NULL);
  StkBoard *b = stk_board_new (board_id, board_id, kind);
  StkMate *m = stk_mate_new (id, series, height, pins, packaging);

  b->stiffener = stiffener;
  stk_project_add_board (p, b, -1);
  m->socket_board = g_strdup ("base");
  m->header_board = g_strdup (board_id);
  m->x_mm = 400.0 * stk_project_get_mates (p)->len;
  stk_project_add_mate (p, m);
  return m;
}

/* j1, j2, j3: P4 40 pins at 1.5 mm to rigid boards, alike; j4 the same
 * at 2.0 mm, a different part. */
static StkProject *
three_alike (void)
{
  StkProject *p = carrier ();

  add_mate (p, "j1", "P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_STIFFENER_NONE);
  add_mate (p, "j2", "P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_STIFFENER_NONE);
  add_mate (p, "j3", "P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_STIFFENER_NONE);
  add_mate (p, "j4", "P4", 2.0, 40, "embossed", STK_BOARD_RIGID, STK_STIFFENER_NONE);
  return p;
}

static StkDrawing *
view (StkProject *p,
      guint       index,
      double      scale)
{
  return stk_drawing_new_view (p, stk_catalog_get_default (), index, scale);
}

/* How many of d's primitives with a subject are about highlight, and how
 * many have a subject at all. */
static guint
count_about (const StkDrawing *d,
             const char       *highlight,
             guint            *with_subject)
{
  guint n, about = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  *with_subject = 0;
  for (guint i = 0; i < n; i++)
    if (prims[i].subject != NULL)
      {
        (*with_subject)++;
        about += stk_prim_is_about (&prims[i], highlight);
      }
  return about;
}

/* 2 pair views (j1–j3 together, j4), the top view, a section per placed
 * mate (4), the legend: 8. The first pair view is drawn from j1 and named
 * for all three, at 1:1 (the parts the assembly views share) and at 5:1
 * (parts resolved for the scale); the second is j4's as before. */
static void
test_captions (void)
{
  g_autoptr(StkProject) p = three_alike ();
  const double scales[] = { 1.0, 5.0 };

  g_assert_cmpuint (stk_drawing_count_views (p, stk_catalog_get_default ()), ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(StkDrawing) shared = view (p, 0, scales[i]);
      g_autoptr(StkDrawing) own = view (p, 1, scales[i]);

      g_assert_cmpstr (stk_drawing_get_caption (shared), ==, "j1, j2 and j3: socket and header");
      g_assert_cmpstr (stk_drawing_get_caption (own), ==, "j4: socket and header");
      /* A shared view names no single mate or board in its part titles. */
      g_assert_nonnull (test_find_text (shared, "socket AXK740147G"));
      /* The socket's title is about each socket, in project order, on the
       * first mate's DXF layer. */
      g_assert_cmpstr (test_find_text (shared, "socket AXK740147G")->subject, ==,
                       "mate:j1/socket\x1fmate:j2/socket\x1fmate:j3/socket");
      g_assert_cmpstr (test_find_text (shared, "socket AXK740147G")->layer, ==, "J1_SOCKET");
      g_assert_nonnull (test_find_text (shared, "on each connector's board"));
      g_assert_null (test_find_text (shared, "on on-j1"));
      g_assert_nonnull (test_find_text (own, "on on-j4"));
    }
}

/* Up to four names in full; past that three and how many more. */
static void
test_long_caption (void)
{
  g_autoptr(StkProject) four = carrier ();
  g_autoptr(StkProject) six = carrier ();
  const char *ids[] = { "a", "b", "c", "d", "e", "f" };

  for (guint i = 0; i < 6; i++)
    {
      if (i < 4)
        add_mate (four, ids[i], "P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_STIFFENER_NONE);
      add_mate (six, ids[i], "P4", 1.5, 40, "embossed", STK_BOARD_RIGID, STK_STIFFENER_NONE);
    }
  {
    g_autoptr(StkDrawing) d4 = view (four, 0, 1.0);
    g_autoptr(StkDrawing) d6 = view (six, 0, 1.0);

    g_assert_cmpstr (stk_drawing_get_caption (d4), ==, "a, b, c and d: socket and header");
    g_assert_cmpstr (stk_drawing_get_caption (d6), ==, "a, b, c and 3 more: socket and header");
  }
  /* one pair view, the top view, six sections, the legend */
  g_assert_cmpuint (stk_drawing_count_views (six, stk_catalog_get_default ()), ==, 9);
}

/* The canvas highlight of the third member lights every primitive of the
 * shared view that has a subject (each is about all three), and none of
 * j4's view; its socket alone lights the socket's primitives only. */
static void
test_highlight (void)
{
  g_autoptr(StkProject) p = three_alike ();
  g_autoptr(StkDrawing) shared = view (p, 0, 1.0);
  g_autoptr(StkDrawing) own = view (p, 1, 1.0);
  guint with_subject, own_with_subject, sockets, headers;

  g_assert_cmpuint (count_about (shared, "mate:j3", &with_subject), ==, with_subject);
  g_assert_cmpuint (with_subject, >, 100);
  g_assert_cmpuint (count_about (shared, "mate:j1", &with_subject), ==, with_subject);
  g_assert_cmpuint (count_about (own, "mate:j3", &own_with_subject), ==, 0);
  g_assert_cmpuint (count_about (shared, "mate:j4", &with_subject), ==, 0);
  /* "mate:j" is no mate: a prefix of an id is not the id */
  g_assert_cmpuint (count_about (shared, "mate:j", &with_subject), ==, 0);
  sockets = count_about (shared, "mate:j3/socket", &with_subject);
  headers = count_about (shared, "mate:j3/header", &with_subject);
  g_assert_cmpuint (sockets, >, 0);
  g_assert_cmpuint (headers, >, 0);
  g_assert_cmpuint (sockets + headers, ==, with_subject);
}

static guint
count_failing (const StkDrawing *d)
{
  guint n, failing = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    failing += prims[i].failing;
  return failing;
}

/* A failing check on the second member marks the shared view as the
 * sheets mark it (_stk_drawing_mark_failing_in over the failing subjects):
 * all of it for the mate, the header's primitives for its header. */
static void
test_failing (void)
{
  g_autoptr(StkProject) p = three_alike ();
  g_autoptr(StkDrawing) mate = view (p, 0, 1.0);
  g_autoptr(StkDrawing) header = view (p, 0, 1.0);
  g_autoptr(StkDrawing) other = view (p, 1, 1.0);
  g_autoptr(GPtrArray) j2 = g_ptr_array_new ();
  g_autoptr(GPtrArray) j2_header = g_ptr_array_new ();
  guint with_subject;

  g_ptr_array_add (j2, (gpointer) "mate:j2");
  g_ptr_array_add (j2_header, (gpointer) "mate:j2/header");
  _stk_drawing_mark_failing (mate, j2);
  _stk_drawing_mark_failing (header, j2_header);
  _stk_drawing_mark_failing (other, j2);
  count_about (mate, "mate:j1", &with_subject);
  g_assert_cmpuint (count_failing (mate), ==, with_subject);
  g_assert_cmpuint (count_failing (header), ==, count_about (header, "mate:j1/header", &with_subject));
  g_assert_cmpuint (count_failing (header), >, 0);
  g_assert_cmpuint (count_failing (header), <, count_failing (mate));
  g_assert_cmpuint (count_failing (other), ==, 0);
}

/* The last member of a shared view, asked by a subject that is exactly
 * one of its alternatives: j3's header side marks what j1's header side
 * would (the same primitives: each names all three). And k1 and k3 on FPCs
 * with stiffeners share a view whose plate is about both FPCs: a failing
 * record on the last one's FPC, "board:on-k3", marks the plate as one on
 * "board:on-k1" would. Before, only the prefixes of the last alternative
 * were asked, and neither was marked. */
static void
test_failing_last (void)
{
  g_autoptr(StkProject) p = three_alike ();
  g_autoptr(StkProject) fpcs = carrier ();
  g_autoptr(StkDrawing) header = view (p, 0, 1.0);
  g_autoptr(StkDrawing) plate = NULL;
  g_autoptr(GPtrArray) j3_header = g_ptr_array_new ();
  g_autoptr(GPtrArray) k3_fpc = g_ptr_array_new ();
  guint with_subject;

  g_ptr_array_add (j3_header, (gpointer) "mate:j3/header");
  _stk_drawing_mark_failing (header, j3_header);
  g_assert_cmpuint (count_failing (header), >, 0);
  g_assert_cmpuint (count_failing (header), ==, count_about (header, "mate:j1/header", &with_subject));

  add_mate (fpcs, "k1", "A4S", 0.8, 20, "8mm", STK_BOARD_FPC, STK_STIFFENER_POLYIMIDE);
  add_mate (fpcs, "k3", "A4S", 0.8, 20, "8mm", STK_BOARD_FPC, STK_STIFFENER_POLYIMIDE);
  plate = view (fpcs, 0, 1.0);
  g_assert_cmpstr (stk_drawing_get_caption (plate), ==, "k1 and k3: socket and header");
  g_ptr_array_add (k3_fpc, (gpointer) "board:on-k3");
  _stk_drawing_mark_failing (plate, k3_fpc);
  g_assert_cmpuint (count_failing (plate), >, 0);
  g_assert_cmpuint (count_failing (plate), ==, count_about (plate, "board:on-k1", &with_subject));
}

/* The same A4S part drawn differently is not shared: k1 and k3 on FPCs
 * with the default (polyimide) stiffener share; k2 on an FPC without one
 * (no plate, no stiffener note), k4 on a rigid board (no plate) and k5 at
 * another height (other dimensions) each have their own: 4 pair views. */
static void
test_not_shared (void)
{
  g_autoptr(StkProject) p = carrier ();
  const char *captions[] = {
    "k1 and k3: socket and header", "k2: socket and header", "k4: socket and header", "k5: socket and header",
  };

  add_mate (p, "k1", "A4S", 0.8, 20, "8mm", STK_BOARD_FPC, STK_STIFFENER_POLYIMIDE);
  add_mate (p, "k2", "A4S", 0.8, 20, "8mm", STK_BOARD_FPC, STK_STIFFENER_NONE);
  add_mate (p, "k3", "A4S", 0.8, 20, "8mm", STK_BOARD_FPC, STK_STIFFENER_POLYIMIDE);
  add_mate (p, "k4", "A4S", 0.8, 20, "8mm", STK_BOARD_RIGID, STK_STIFFENER_NONE);
  add_mate (p, "k5", "A4S", 1.0, 20, "8mm", STK_BOARD_FPC, STK_STIFFENER_POLYIMIDE);
  /* four pair views, the top view, five sections, the legend */
  g_assert_cmpuint (stk_drawing_count_views (p, stk_catalog_get_default ()), ==, 11);
  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    {
      g_autoptr(StkDrawing) d = view (p, i, 1.0);
      g_assert_cmpstr (stk_drawing_get_caption (d), ==, captions[i]);
    }
  {
    /* The shared FPC view says FPC, and its plate is about both FPCs. */
    g_autoptr(StkDrawing) d = view (p, 0, 1.0);
    guint with_subject;

    g_assert_nonnull (test_find_text (d, "on each connector's FPC"));
    g_assert_cmpuint (count_about (d, "board:on-k3", &with_subject), >, 0);
    g_assert_cmpuint (count_about (d, "board:on-k3", &with_subject), ==,
                      count_about (d, "board:on-k1", &with_subject));
  }
}

/* The sheets lay out the shared views like any other: 2 pair views, the
 * top view, 4 sections and the legend are 8 placements. */
static void
test_sheets (void)
{
  g_autoptr(StkProject) p = three_alike ();
  g_autoptr(StkSheets) sheets = NULL;
  StkSheetSpec spec;
  guint sheet, n = 0;
  double x, y, k;

  stk_sheet_spec_init (&spec);
  sheets = stk_sheets_new (p, stk_catalog_get_default (), &spec);
  while (stk_sheets_get_placement (sheets, n, &sheet, &x, &y, &k))
    n++;
  g_assert_cmpuint (n, ==, 8);
}

/* Whether a caption is written on any of the sheets. */
static gboolean
sheets_say (const StkSheets *sheets,
            const char      *text)
{
  for (guint i = 0; i < stk_sheets_get_n_sheets (sheets); i++)
    if (test_find_text (stk_sheets_get_sheet (sheets, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* j1, j2 and j3 drawn alike, each with a supply net on pins 1 and 2; 50 A
 * on j2's is far over what two P4 contacts carry (the current check fails,
 * about "net:j2/VBAT"). On the sheets j2 gets a view of its own, red, and
 * j1 and j3 share theirs: 3 pair views, not 2 (and 9 views, not 8). With
 * the same current on all three they share one again. */
static void
test_failing_apart (void)
{
  g_autoptr(StkProject) p = three_alike ();
  GPtrArray *mates = stk_project_get_mates (p);
  StkSheetSpec spec;

  stk_sheet_spec_init (&spec);
  for (guint i = 0; i < 3; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);

      stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, i == 1 ? 50.0 : 0.1, 3.8);
      stk_mate_assign_pins (m, 1, 2, "VBAT");
    }
  {
    g_autoptr(StkSheets) sheets = stk_sheets_new (p, stk_catalog_get_default (), &spec);
    guint sheet, n = 0;
    double x, y, k;

    while (stk_sheets_get_placement (sheets, n, &sheet, &x, &y, &k))
      n++;
    g_assert_cmpuint (n, ==, 9);
    g_assert_true (sheets_say (sheets, "j1 and j3: socket and header"));
    g_assert_true (sheets_say (sheets, "j2: socket and header"));
  }
  for (guint i = 0; i < 3; i++)
    stk_mate_find_net (g_ptr_array_index (mates, i), "VBAT")->current_a = 50.0;
  /* (the sheets take the checks the project keeps per change) */
  stk_project_changed (p);
  {
    g_autoptr(StkSheets) sheets = stk_sheets_new (p, stk_catalog_get_default (), &spec);

    g_assert_true (sheets_say (sheets, "j1, j2 and j3: socket and header"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/shared-views/captions", test_captions);
  g_test_add_func ("/stackup/shared-views/long-caption", test_long_caption);
  g_test_add_func ("/stackup/shared-views/highlight", test_highlight);
  g_test_add_func ("/stackup/shared-views/failing", test_failing);
  g_test_add_func ("/stackup/shared-views/failing-last", test_failing_last);
  g_test_add_func ("/stackup/shared-views/not-shared", test_not_shared);
  g_test_add_func ("/stackup/shared-views/sheets", test_sheets);
  g_test_add_func ("/stackup/shared-views/failing-apart", test_failing_apart);
  return g_test_run ();
}
