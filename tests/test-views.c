/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-check.h"
#include "stk-drawing.h"
#include "stk-i18n.h"
#include "stk-placement.h"
#include "stk-project-io.h"
#include "test-projects.h"
#include "test-util.h"

/* The assembly's top view and true sections (issue 12, "Views").
 *
 * The phone example: main board 0.8 thick at z 0; J1 display (A4S 20 pins,
 * 0.8 mated) at (12.5, −30) turned 0°, J2 camera (A4S 10 pins, 0.8) at
 * (−20, 45) turned 90°, J3 daughter (P4 30 pins, 1.5) at (15, 40). Its
 * views: the three pairs (0–2), the top view (3), the sections A (J1),
 * B (J2), C (J3) (4–6), the user's cuts, the legend. */

#define PLAN  3
#define SEC_A 4
#define SEC_B 5
#define SEC_C 6
#define PX_PER_MM 40.0

static StkDrawing *
view (StkProject *p,
      guint       index)
{
  /* 10:1: lettering 0.25 drawing mm, the geometry in drawing mm. */
  return stk_drawing_new_view (p, stk_catalog_get_default (), index, 10);
}

/* The n-th closed polygon on a layer with an ink, in drawing order. */
static const StkPrim *
nth_poly (const StkDrawing *d,
          const char       *layer,
          StkInk            ink,
          guint             nth)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_POLY && prims[i].closed && prims[i].ink == ink &&
        g_str_equal (prims[i].layer, layer) && nth-- == 0)
      return &prims[i];
  return NULL;
}

/* The board rectangle with a subject, filled (its cut in a section). */
static const StkPrim *
board_rect (const StkDrawing *d,
            const char       *subject)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_POLY && prims[i].filled && g_strcmp0 (prims[i].subject, subject) == 0 &&
        (prims[i].ink == STK_INK_BOARD || prims[i].ink == STK_INK_FPC))
      return &prims[i];
  return NULL;
}

static guint
count_text (const StkDrawing *d,
            const char       *text)
{
  guint n, found = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    found += prims[i].kind == STK_PRIM_TEXT && g_str_equal (prims[i].text, text);
  return found;
}

/* In the top view the camera socket, turned 90°, shows its body width
 * 2.5 (A4S catalog) along x and its length A = 0.2 × 10 + 2.5 = 4.5 along
 * y; the display socket, not turned, A = 0.2 × 20 + 2.5 = 6.5 along x.
 * Pin 1 is marked once per connector; every cut is lettered at both ends. */
static void
test_plan (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) d = view (p, PLAN);
  const StkPrim *display = nth_poly (d, "CONNECTORS", STK_INK_SOCKET, 0);
  const StkPrim *camera = nth_poly (d, "CONNECTORS", STK_INK_SOCKET, 1);
  const StkPrim *main_board = board_rect (d, "board:main");
  guint n, dots = 0, chains = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  g_assert_cmpstr (stk_drawing_get_caption (d), ==, "Top view");
  g_assert_nonnull (test_find_text (d, "looking down on the base board, Main board; x right, y up"));
  g_assert_cmpfloat_with_epsilon (display->x1 - display->x0, 6.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (display->y1 - display->y0, 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (camera->x1 - camera->x0, 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (camera->y1 - camera->y0, 4.5, 1e-9);
  /* Real places: the main board 70 × 140 from (−35, −70); the display
   * socket's centre 12.5 − (−35) = 47.5 right of its left edge and, y
   * up, 70 − (−30) = 100 below its top edge; the camera's 15 and 25. */
  g_assert_cmpfloat_with_epsilon (main_board->x1 - main_board->x0, 70, 1e-9);
  g_assert_cmpfloat_with_epsilon (main_board->y1 - main_board->y0, 140, 1e-9);
  g_assert_cmpfloat_with_epsilon ((display->x0 + display->x1) / 2 - main_board->x0, 47.5, 1e-9);
  g_assert_cmpfloat_with_epsilon ((display->y0 + display->y1) / 2 - main_board->y0, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon ((camera->x0 + camera->x1) / 2 - main_board->x0, 15, 1e-9);
  g_assert_cmpfloat_with_epsilon ((camera->y0 + camera->y1) / 2 - main_board->y0, 25, 1e-9);
  for (guint i = 0; i < n; i++)
    {
      dots += prims[i].kind == STK_PRIM_CIRCLE && prims[i].ink == STK_INK_MARKER;
      chains += prims[i].kind == STK_PRIM_POLY && g_str_equal (prims[i].layer, "CUTS") &&
                prims[i].ink == STK_INK_RULE && prims[i].prov == STK_PROV_DERIVED;
    }
  g_assert_cmpuint (dots, ==, 3);
  g_assert_cmpuint (chains, ==, 3);
  g_assert_cmpuint (count_text (d, "A"), ==, 2);
  g_assert_cmpuint (count_text (d, "B"), ==, 2);
  g_assert_cmpuint (count_text (d, "C"), ==, 2);
  /* The camera's pin 1: socket frame (−B/2, above the row) turned 90°
   * lands left of the body (x < centre) at its lower end (y down: larger). */
  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_CIRCLE && prims[i].ink == STK_INK_MARKER &&
        g_strcmp0 (prims[i].subject, "mate:j-camera/socket") == 0)
      {
        g_assert_cmpfloat (prims[i].x, <, camera->x0);
        g_assert_cmpfloat (prims[i].y, >, (camera->y0 + camera->y1) / 2);
      }
}

/* Section A–A along J1: the main board hatched at z 0…0.8, the display
 * FPC 0.8 mated height above it (z 1.6…1.7), the socket cut along its
 * length 6.5; the drawing's y is −z. */
static void
test_section_boards (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) d = view (p, SEC_A);
  const StkPrim *main_board = board_rect (d, "board:main");
  const StkPrim *fpc = board_rect (d, "board:display-fpc");
  const StkPrim *socket = nth_poly (d, "J1_DISPLAY_SOCKET", STK_INK_SOCKET, 0);

  g_assert_cmpstr (stk_drawing_get_caption (d), ==, "Section A–A");
  g_assert_nonnull (test_find_text (d, "along J1 display, seen from −y"));
  g_assert_nonnull (main_board);
  g_assert_nonnull (fpc);
  g_assert_cmpint (fpc->ink, ==, STK_INK_FPC);
  g_assert_cmpfloat_with_epsilon (main_board->y1 - main_board->y0, 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (fpc->y1 - fpc->y0, 0.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (main_board->y0 - fpc->y1, 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (socket->x1 - socket->x0, 6.5, 1e-9);
  /* The socket stands on the main board's top face. */
  g_assert_cmpfloat_with_epsilon (socket->y1, main_board->y0, 1e-9);
  /* Hatched: thin lines on the board's layer inside its rectangle. */
  {
    guint n, hatch = 0;
    const StkPrim *prims = stk_drawing_get_prims (d, &n);

    for (guint i = 0; i < n; i++)
      hatch += prims[i].kind == STK_PRIM_POLY && !prims[i].closed && prims[i].ink == STK_INK_RULE &&
               g_strcmp0 (prims[i].subject, "board:main") == 0 && prims[i].y0 >= main_board->y0 - 1e-9 &&
               prims[i].y1 <= main_board->y1 + 1e-9;
    g_assert_cmpuint (hatch, >, 10);
  }
}

/* The camera pair is turned 90°: its own section B–B runs along y and
 * cuts the socket along its length 4.5; a user's cut along x through its
 * centre (y = 45) cuts it across: its body width 2.5, not its length. */
static void
test_section_rotated (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) b = view (p, SEC_B);
  g_autoptr(StkDrawing) user = NULL;
  const StkPrim *along, *across;

  g_assert_nonnull (test_find_text (b, "along J2 camera, seen from +x"));
  along = nth_poly (b, "J2_CAMERA_SOCKET", STK_INK_SOCKET, 0);
  g_assert_cmpfloat_with_epsilon (along->x1 - along->x0, 4.5, 1e-9);
  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_X, 45, "K"));
  user = view (p, SEC_C + 1);
  g_assert_cmpstr (stk_drawing_get_caption (user), ==, "Section K–K");
  g_assert_nonnull (test_find_text (user, "at y = 45.0, seen from −y"));
  across = nth_poly (user, "J2_CAMERA_SOCKET", STK_INK_SOCKET, 0);
  g_assert_nonnull (across);
  g_assert_cmpfloat_with_epsilon (across->x1 - across->x0, 2.5, 1e-9);
  /* The line y = 45 also cuts the daughter board's pair at (15, 40)? Its
   * P4 socket is 4.1 wide across (y 37.95…42.05): no. */
  g_assert_null (nth_poly (user, "J3_DAUGHTER_SOCKET", STK_INK_SOCKET, 0));
  /* The user's cut is lettered in the top view too. */
  {
    g_autoptr(StkDrawing) plan = view (p, PLAN);
    g_assert_cmpuint (count_text (plan, "K"), ==, 2);
  }
}

/* The numbers a section writes are the stack check's: the clearance
 * record's need (value) and gap (limit), the branch record's height. */
static void
assert_same_numbers (const char *example)
{
  g_autoptr(StkProject) p = test_load_example (example);
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autoptr(GPtrArray) results = stk_checks_run (p, catalog);
  g_autoptr(StkDrawing) all = stk_drawing_new (p, catalog);
  GPtrArray *mates = stk_project_get_mates (p);
  guint checked = 0;

  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      g_autofree char *subject = g_strdup_printf ("mate:%s", m->id);
      StkCheckResult *clear = stk_checks_find (results, "stack", "clearance", subject);
      StkCheckResult *branch = stk_checks_find (results, "stack", "branch", subject);
      double margin = stk_project_get_requirements (p)->clearance_margin_mm;
      g_autofree char *need = NULL, *gap = NULL, *free_mm = NULL, *text = NULL, *height = NULL;

      if (clear == NULL || branch == NULL)
        continue;
      need = stk_format_drawing_length (clear->value, STK_UNITS_MM);
      gap = stk_format_drawing_length (clear->limit, STK_UNITS_MM);
      /* The free height is the gap less both facing heights, which are
       * the record's need less the margin (the facing heights may come
       * from a keep-out: the phone's shield can, 0.8, under the daughter). */
      free_mm = stk_format_drawing_length (clear->limit - (clear->value - margin), STK_UNITS_MM);
      if (clear->value - margin > 1e-9)
        {
          text = g_strdup_printf ("%s clear %s: needs %s of the %s gap", stk_mate_get_label (m), free_mm, need, gap);
          if (test_find_text (all, text) == NULL)
            g_error ("%s: no \"%s\" in the sections", example, text);
        }
      {
        g_autofree char *branch_mm = stk_format_drawing_length (branch->value, STK_UNITS_MM);

        height = g_strdup_printf ("branch %s", branch_mm);
      }
      if (test_find_text (all, height) == NULL)
        g_error ("%s: no \"%s\" in the sections", example, height);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

static void
test_same_numbers (void)
{
  assert_same_numbers ("phone.stackup");
  assert_same_numbers ("mezzanine.stackup");
  assert_same_numbers ("failing.stackup");
}

static guint32
pixel (cairo_surface_t *s,
       double           x_mm,
       double           y_mm)
{
  return test_pixel (s, x_mm, y_mm, PX_PER_MM);
}

/* By pixels: section A–A rendered at 40 px per drawing mm (the hatch
 * lines 0.085 mm apart across, one pixel wide). Inside the
 * main board's cut, halfway between two hatch lines, the board's green
 * (0.15, 0.55, 0.33) at a quarter over white: about (201, 225, 212),
 * green the largest; above the FPC, outside everything, white paper. */
static void
test_section_pixels (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) d = view (p, SEC_A);
  const StkPrim *main_board = board_rect (d, "board:main");
  const StkPrim *fpc = board_rect (d, "board:display-fpc");
  double w, h, spacing = 1.2 / 10;   /* hatch pitch: 1.2 paper mm at 10:1 */
  cairo_surface_t *s;
  cairo_t *cr;
  StkDrawOptions o;
  guint32 rgb;
  /* A point 0.4 mm below the board's top, on x + y = 33.5 pitches from
   * its corner: halfway between the 33rd and 34th hatch lines. */
  double px = main_board->x0 + 33.5 * spacing - 0.4, py = main_board->y0 + 0.4;

  g_assert_cmpfloat (py, >, main_board->y0);
  g_assert_cmpfloat (py, <, main_board->y1);
  stk_drawing_get_extents (d, &w, &h);
  s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w * PX_PER_MM), (int) ceil (h * PX_PER_MM));
  cr = cairo_create (s);
  cairo_scale (cr, PX_PER_MM, PX_PER_MM);
  stk_draw_options_init (&o);
  o.min_line_mm = 1 / PX_PER_MM;
  stk_draw_render (cr, d, &o);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  rgb = pixel (s, px, py);
  g_assert_cmpint ((rgb >> 8) & 0xff, >, (rgb >> 16) & 0xff);
  g_assert_cmpint ((rgb >> 8) & 0xff, >, rgb & 0xff);
  g_assert_cmpint ((rgb >> 8) & 0xff, <, 250);
  g_assert_cmpuint (pixel (s, (fpc->x0 + fpc->x1) / 2, fpc->y0 - 1.0), ==, 0xffffff);
  cairo_surface_destroy (s);
}

/* By pixels: the top view drawn for 1:1 and rendered at 10 px per mm.
 * The camera socket's outline, 2.5 wide along x, is socket blue
 * (0.10, 0.37, 0.71): on its left edge, halfway up, blue is the largest
 * channel; 5 mm left of it the main board's green at a quarter over
 * white (about 201, 225, 212), green the largest. */
static void
test_plan_pixels (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) d = stk_drawing_new_view (p, stk_catalog_get_default (), PLAN, 1);
  const StkPrim *camera = nth_poly (d, "CONNECTORS", STK_INK_SOCKET, 1);
  double w, h, px = 10;
  cairo_surface_t *s;
  cairo_t *cr;
  StkDrawOptions o;
  guint32 edge, board;

  stk_drawing_get_extents (d, &w, &h);
  s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w * px), (int) ceil (h * px));
  cr = cairo_create (s);
  cairo_scale (cr, px, px);
  stk_draw_options_init (&o);
  o.min_line_mm = 1 / px;
  stk_draw_render (cr, d, &o);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  edge = test_pixel (s, camera->x0, (camera->y0 + camera->y1) / 2, px);
  board = test_pixel (s, camera->x0 - 5, (camera->y0 + camera->y1) / 2, px);
  g_assert_cmpint (edge & 0xff, >, (edge >> 8) & 0xff);
  g_assert_cmpint (edge & 0xff, >, (edge >> 16) & 0xff);
  g_assert_cmpint ((board >> 8) & 0xff, >, board & 0xff);
  g_assert_cmpint ((board >> 8) & 0xff, >, (board >> 16) & 0xff);
  g_assert_cmpint ((board >> 8) & 0xff, <, 250);
  cairo_surface_destroy (s);
}

/* A board under the base board is hidden in the top view: an outline in
 * thin dashes, not filled. The mezzanine's boards all lie above, so one is
 * hung under the default project's main board here: the socket on its
 * bottom face. */
static void
test_plan_hidden (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  StkMate *m = g_ptr_array_index (stk_project_get_mates (p), 0);
  g_autoptr(StkDrawing) d = NULL;
  guint n, hidden = 0;
  const StkPrim *prims;

  m->face = STK_FACE_BOTTOM;
  stk_project_changed (p);
  d = view (p, 1);   /* one pair, then the top view */
  prims = stk_drawing_get_prims (d, &n);
  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_POLY && prims[i].ink == STK_INK_HIDDEN)
      {
        g_assert_cmpstr (prims[i].subject, ==, "board:daughter");
        g_assert_false (prims[i].filled);
        hidden++;
      }
  g_assert_cmpuint (hidden, ==, 1);
}

/* The user's cuts are project data: kept on save and load, read strictly
 * with errors naming the JSON path, a version 3 member only. */
static void
test_cuts_file (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  GPtrArray *cuts;
  const StkSectionCut *c;

  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_X, 12.5, "K"));
  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_Y, -20, NULL));
  json = stk_project_to_json (p);
  test_assert_contains (json, "\"section_cuts\"");
  again = stk_project_load_data (json, strlen (json), "test.stackup", &error);
  g_assert_no_error (error);
  cuts = stk_project_get_section_cuts (again);
  g_assert_cmpuint (cuts->len, ==, 2);
  c = g_ptr_array_index (cuts, 0);
  g_assert_cmpint (c->axis, ==, STK_CUT_ALONG_X);
  g_assert_cmpfloat (c->at_mm, ==, 12.5);
  g_assert_cmpstr (c->label, ==, "K");
  c = g_ptr_array_index (cuts, 1);
  g_assert_cmpint (c->axis, ==, STK_CUT_ALONG_Y);
  g_assert_cmpfloat (c->at_mm, ==, -20);
  g_assert_null (c->label);
  json2 = stk_project_to_json (again);
  g_assert_cmpstr (json, ==, json2);
}

static void
assert_refused (const char *cuts,
                gint64      version,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_strdup_printf ("{\"format\": \"stackup-project\", \"version\": %d, "
                                           "\"boards\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"rigid\", "
                                           "\"thickness_mm\": 0.8}], \"section_cuts\": %s}", (int) version, cuts);
  g_autoptr(StkProject) p = stk_project_load_data (json, strlen (json), "test.stackup", &error);

  g_assert_null (p);
  g_assert_nonnull (error);
  test_assert_contains (error->message, path);
}

static void
test_cuts_refused (void)
{
  assert_refused ("[{\"axis\": \"z\", \"at_mm\": 1}]", 3, "section_cuts[0].axis");
  assert_refused ("[{\"axis\": \"x\"}]", 3, "section_cuts[0]");
  assert_refused ("[{\"axis\": \"x\", \"at_mm\": 1, \"label\": \"a1\"}]", 3, "section_cuts[0].label");
  assert_refused ("[{\"axis\": \"x\", \"at_mm\": 1, \"depth\": 2}]", 3, "section_cuts[0].depth");
  assert_refused ("[{\"axis\": \"x\", \"at_mm\": 1, \"label\": \"K\"}, "
                  "{\"axis\": \"y\", \"at_mm\": 2, \"label\": \"K\"}]", 3, "section_cuts[1].label");
  assert_refused ("{}", 3, "section_cuts");
  /* Version 2 had no cuts: the member is refused, not carried into version 3. */
  assert_refused ("[]", 2, "section_cuts");
}

/* The editors' check holds a new cut to what the file's reader takes back
 * (the save re-reads what it writes): a label used once, 100 cuts at most.
 * The messages are the reader's. A project at the limit saves and reloads. */
static void
test_cuts_bounds (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkProject) again = NULL;
  g_autoptr(StkSectionCut) twin = stk_section_cut_new (STK_CUT_ALONG_Y, 3, "K");
  g_autoptr(StkSectionCut) extra = stk_section_cut_new (STK_CUT_ALONG_X, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json101 = NULL;
  g_autofree char *json = NULL;
  GPtrArray *cuts = stk_project_get_section_cuts (p);

  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_X, 12.5, "K"));
  g_assert_false (stk_section_cut_check_new (cuts, twin, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "“K” names an earlier cut too");
  g_clear_error (&error);
  /* the label K plus 99 cuts without one: 100, the most */
  for (guint i = 1; i < 100; i++)
    {
      g_assert_true (stk_section_cut_check_new (cuts, extra, &error));
      stk_project_add_section_cut (p, stk_section_cut_copy (extra));
    }
  g_assert_false (stk_section_cut_check_new (cuts, extra, &error));
  g_assert_cmpstr (error->message, ==, "at most 100 cuts, got 101");
  g_clear_error (&error);
  json = stk_project_to_json (p);
  again = stk_project_load_data (json, strlen (json), "test.stackup", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stk_project_get_section_cuts (again)->len, ==, 100);
  /* the reader, given the 101st, says the same */
  json101 = g_string_new (json);
  g_assert_nonnull (strstr (json, "\"section_cuts\""));
  g_string_insert (json101, strchr (strstr (json, "\"section_cuts\""), '[') - json + 1,
                   "{\"axis\": \"x\", \"at_mm\": 1}, ");
  g_assert_null (stk_project_load_data (json101->str, json101->len, "test.stackup", &error));
  test_assert_contains (error->message, "section_cuts: at most 100 cuts, got 101");
}

/* Adding and removing a cut emits ::changed::views; the views follow. */
static void
count_change (StkProject *p,
              guint      *n)
{
  g_assert_cmpint (stk_project_get_change (p)->kind, ==, STK_CHANGE_VIEWS);
  (*n)++;
}

static void
test_cuts_api (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  guint n = 0, views = stk_drawing_count_views (p, stk_catalog_get_default ());

  g_signal_connect (p, "changed::views", G_CALLBACK (count_change), &n);
  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_Y, 0, NULL));
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (stk_drawing_count_views (p, stk_catalog_get_default ()), ==, views + 1);
  stk_project_remove_section_cut (p, 0);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (stk_drawing_count_views (p, stk_catalog_get_default ()), ==, views);
}

/* Whether a cut crosses a placed board, edges included. The phone's
 * boards lie from x −35 to 35 and y −70 to 70 (the main board, 70 × 140
 * from (−35, −70), holds the others): y = 70 is its edge, 70.5 is off;
 * x = −35.5 is off to the left. */
static void
test_cut_crosses (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkPlacement) pl = stk_placement_new (p, stk_catalog_get_default ());
  g_autoptr(StkSectionCut) edge = stk_section_cut_new (STK_CUT_ALONG_X, 70, "K");
  g_autoptr(StkSectionCut) off_y = stk_section_cut_new (STK_CUT_ALONG_X, 70.5, "Z");
  g_autoptr(StkSectionCut) off_x = stk_section_cut_new (STK_CUT_ALONG_Y, -35.5, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (stk_placement_cut_crosses (pl, edge, &error));
  g_assert_no_error (error);
  g_assert_false (stk_placement_cut_crosses (pl, off_y, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cut Z, along x at y = 70.5 mm, crosses no board: the boards lie from y = -70.0 to 70.0 mm");
  g_clear_error (&error);
  g_assert_false (stk_placement_cut_crosses (pl, off_x, &error));
  g_assert_cmpstr (error->message, ==,
                   "The cut along y at x = -35.5 mm crosses no board: the boards lie from x = -35.0 to 35.0 mm");
}

/* A cut kept from a file that lies far off (y = 500, the boards end at
 * 70) does not enlarge the top view: drawn, its line and letters would
 * make the view over 430 mm tall at 1:1; instead the view keeps its size
 * but for one line of lettering (LINE_MM 4 + 2.5 at 10:1: under 1 mm) and
 * names the cut. Its own section still says it crosses no board. A cut
 * 0.2 mm past the edge, inside the 3 drawing-mm margin (0.3 mm at 10:1),
 * is drawn; one 1 mm past it is not. */
static void
test_cut_far (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) plain = view (p, PLAN);
  g_autoptr(StkDrawing) far = NULL;
  g_autoptr(StkDrawing) section = NULL;
  g_autoptr(StkDrawing) near = NULL;
  double w0, h0, w1, h1;

  stk_drawing_get_extents (plain, &w0, &h0);
  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_X, 500, "Z"));
  far = view (p, PLAN);
  stk_drawing_get_extents (far, &w1, &h1);
  g_assert_cmpfloat_with_epsilon (w1, w0, 1e-9);
  g_assert_cmpfloat (h1, >=, h0);
  g_assert_cmpfloat (h1, <, h0 + 1);
  g_assert_cmpuint (count_text (far, "Z"), ==, 0);
  g_assert_cmpuint (count_text (far, "Off the assembly, not drawn here: Z–Z (y = 500.0)"), ==, 1);
  section = view (p, SEC_C + 1);
  g_assert_cmpstr (stk_drawing_get_caption (section), ==, "Section Z–Z");
  g_assert_cmpuint (count_text (section, "The cut crosses no board"), ==, 1);

  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_X, 70.2, "N"));
  stk_project_add_section_cut (p, stk_section_cut_new (STK_CUT_ALONG_X, 71, "M"));
  near = view (p, PLAN);
  g_assert_cmpuint (count_text (near, "N"), ==, 2);
  g_assert_cmpuint (count_text (near, "M"), ==, 0);
  g_assert_cmpuint (count_text (near, "Off the assembly, not drawn here: Z–Z (y = 500.0), M–M (y = 71.0)"), ==, 1);
}

/* The failing example's J2 signals joins the main and daughter boards,
 * which J1 power already joins: it places nothing (a duplicate pair), yet
 * both its boards are placed, so the top view draws its parts where they
 * are, in thin dashes, labelled not placed, and says why under the view
 * as the assembly tree says it. Main board at
 * the origin; the daughter placed by J1, whose parts both sit at (0, 0)
 * unturned, so the daughter's frame is the main board's: J2's socket
 * (20, 0) on the main board and its header (20, 0) on the daughter both
 * centre at (20, 0), 20 right of J1's. P4 catalog, 24 pins: socket A 7.1, header A 5.9;
 * body widths 4.1 (socket) and 3.2 (header, placeholder). */
static void
test_plan_unplaced (void)
{
  g_autoptr(StkProject) p = test_load_example ("failing.stackup");
  g_autoptr(StkDrawing) d = view (p, 3);   /* three pairs, then the top view */
  /* J1's socket, placed at the origin: where the drawing puts (0, 0) */
  const StkPrim *j1 = nth_poly (d, "CONNECTORS", STK_INK_SOCKET, 0);
  guint n, found = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  g_assert_cmpstr (stk_drawing_get_caption (d), ==, "Top view");
  g_assert_cmpstr (j1->subject, ==, "mate:j1/socket");
  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_POLY && prims[i].ink == STK_INK_HIDDEN &&
        g_str_has_prefix (prims[i].subject ? prims[i].subject : "", "mate:j2/"))
      {
        gboolean socket = g_str_equal (prims[i].subject, "mate:j2/socket");

        g_assert_false (prims[i].filled);
        g_assert_cmpfloat_with_epsilon ((prims[i].x0 + prims[i].x1) / 2 - (j1->x0 + j1->x1) / 2, 20, 1e-9);
        g_assert_cmpfloat_with_epsilon ((prims[i].y0 + prims[i].y1) / 2 - (j1->y0 + j1->y1) / 2, 0, 1e-9);
        g_assert_cmpfloat_with_epsilon (prims[i].x1 - prims[i].x0, socket ? 7.1 : 5.9, 1e-9);
        g_assert_cmpfloat_with_epsilon (prims[i].y1 - prims[i].y0, socket ? 4.1 : 3.2, 1e-9);
        found++;
      }
  g_assert_cmpuint (found, ==, 2);
  g_assert_cmpuint (count_text (d, "J2 signals, not placed"), ==, 1);
  g_assert_cmpuint (count_text (d, "J2 signals, not placed: a second connector between the same boards"), ==, 1);
  /* Not placed: no section cuts it; J1 and J3 have theirs, A and B. */
  g_assert_cmpuint (count_text (d, "A"), ==, 2);
  g_assert_cmpuint (count_text (d, "B"), ==, 2);
  g_assert_cmpuint (count_text (d, "C"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/views/plan", test_plan);
  g_test_add_func ("/stackup/views/plan-hidden", test_plan_hidden);
  g_test_add_func ("/stackup/views/section-boards", test_section_boards);
  g_test_add_func ("/stackup/views/section-rotated", test_section_rotated);
  g_test_add_func ("/stackup/views/same-numbers", test_same_numbers);
  g_test_add_func ("/stackup/views/section-pixels", test_section_pixels);
  g_test_add_func ("/stackup/views/plan-pixels", test_plan_pixels);
  g_test_add_func ("/stackup/views/cuts-file", test_cuts_file);
  g_test_add_func ("/stackup/views/cuts-refused", test_cuts_refused);
  g_test_add_func ("/stackup/views/cuts-api", test_cuts_api);
  g_test_add_func ("/stackup/views/cuts-bounds", test_cuts_bounds);
  g_test_add_func ("/stackup/views/cut-crosses", test_cut_crosses);
  g_test_add_func ("/stackup/views/cut-far", test_cut_far);
  g_test_add_func ("/stackup/views/plan-unplaced", test_plan_unplaced);
  return g_test_run ();
}
