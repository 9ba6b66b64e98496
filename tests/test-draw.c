/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-drawing.h"
#include "test-projects.h"
#include "test-util.h"

#define PX_PER_MM 10.0

/* Every view drawn for a 10:1 sheet: geometry in drawing mm, lettering
 * 0.25 drawing mm (2.5 mm on paper). */
static StkDrawing *
drawing_for (StkProject *project)
{
  return stk_drawing_new_at_scale (project, stk_catalog_get_default (), 10);
}

/* The closed outline on a layer whose bounding box is widest. */
static const StkPrim *
widest_outline (const StkDrawing *d,
                const char       *layer,
                gboolean          in_section)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n), *best = NULL;

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_POLY && prims[i].closed && !prims[i].filled &&
        prims[i].in_section == in_section && g_str_equal (prims[i].layer, layer) &&
        (best == NULL || prims[i].x1 - prims[i].x0 > best->x1 - best->x0))
      best = &prims[i];
  g_assert_nonnull (best);
  return best;
}

static cairo_surface_t *
render (const StkDrawing *d,
        gboolean          dark,
        const char       *highlight)
{
  double w, h;
  cairo_surface_t *s;
  cairo_t *cr;
  StkDrawOptions o;

  stk_drawing_get_extents (d, &w, &h);
  s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w * PX_PER_MM), (int) ceil (h * PX_PER_MM));
  cr = cairo_create (s);
  cairo_scale (cr, PX_PER_MM, PX_PER_MM);
  stk_draw_options_init (&o);
  o.dark = dark;
  o.highlight = highlight;
  o.min_line_mm = 1 / PX_PER_MM;
  stk_draw_render (cr, d, &o);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  return s;
}

static guint32
pixel (cairo_surface_t *s,
       double           x_mm,
       double           y_mm)
{
  return test_pixel (s, x_mm, y_mm, PX_PER_MM);
}

static int
brightness (guint32 rgb)
{
  return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
}

static void
test_extents (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkDrawing) d = drawing_for (p);
  double w, h;

  stk_drawing_get_extents (d, &w, &h);
  /* Two top views side by side (P4 40-pin socket A 10.3, header A 9.1) and
   * a section below them: wider than both parts, far smaller than a page. */
  g_assert_cmpfloat (w, >, 10.3 + 9.1);
  g_assert_cmpfloat (w, <, 150);
  g_assert_cmpfloat (h, >, 4.1 + 3.1);
  g_assert_cmpfloat (h, <, 150);
}

/* The default project's socket is P4, 40 pins: A 10.3, B 7.6 (datasheet). */
static void
test_socket_outline_and_pixels (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkDrawing) d = drawing_for (p);
  const StkPrim *body = widest_outline (d, "J1_SOCKET", FALSE);
  double cx = (body->x0 + body->x1) / 2, cy = (body->y0 + body->y1) / 2;
  cairo_surface_t *light, *dark;

  g_assert_cmpfloat_with_epsilon (body->x1 - body->x0, 10.3, 1e-9);
  /* Body width is the STEP-model estimate (SUPPLEMENT.md): dashed. */
  g_assert_cmpint (body->prov, ==, STK_PROV_ESTIMATE);
  g_assert_cmpfloat_with_epsilon (body->y1 - body->y0, 4.1, 1e-9);

  light = render (d, FALSE, NULL);
  dark = render (d, TRUE, NULL);
  /* Pin 1's contact sits at x = −B/2 on the row at the top edge of the body. */
  g_assert_cmpint (brightness (pixel (light, cx - 7.6 / 2, body->y0 + 0.1)), <, 300);
  g_assert_cmpint (brightness (pixel (dark, cx - 7.6 / 2, body->y0 + 0.1)), >, 450);
  /* Between the two contact rows the socket is empty: background. */
  g_assert_cmpint (brightness (pixel (light, cx, cy)), ==, 3 * 255);
  g_assert_cmpint (brightness (pixel (dark, cx, cy)), <, 150);
  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_highlight (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkDrawing) d = drawing_for (p);
  const StkPrim *body = widest_outline (d, "J1_SOCKET", FALSE);
  double cx = (body->x0 + body->x1) / 2;
  cairo_surface_t *plain = render (d, FALSE, NULL);
  cairo_surface_t *lit = render (d, FALSE, "mate:j1/socket");
  cairo_surface_t *other = render (d, FALSE, "mate:j1/header");
  guint32 c = pixel (lit, cx - 7.6 / 2, body->y0 + 0.1);

  /* Emphasis is a red, not the contact's grey. */
  g_assert_cmpint ((c >> 16) & 0xff, >, 2 * (c & 0xff));
  g_assert_cmpuint (pixel (plain, cx - 7.6 / 2, body->y0 + 0.1), !=, c);
  g_assert_cmpuint (pixel (other, cx - 7.6 / 2, body->y0 + 0.1), ==, pixel (plain, cx - 7.6 / 2, body->y0 + 0.1));
  cairo_surface_destroy (plain);
  cairo_surface_destroy (lit);
  cairo_surface_destroy (other);
}

static void
test_provenance_styles (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkDrawing) d = drawing_for (p);
  const StkPrim *header = widest_outline (d, "J1_HEADER", FALSE);

  /* SUPPLEMENT.md: the P4 header width was not found: a placeholder, dotted. */
  g_assert_cmpint (header->prov, ==, STK_PROV_PLACEHOLDER);
  g_assert_cmpfloat_with_epsilon (header->x1 - header->x0, 9.1, 1e-9);
  /* Values say where they come from: datasheet A plain, estimate ≈, placeholder ?. */
  g_assert_nonnull (test_find_text (d, "A 10.3"));
  g_assert_nonnull (test_find_text (d, "≈4.1"));
  g_assert_nonnull (test_find_text (d, "3.2?"));
  g_assert_nonnull (test_find_text (d, "solid: datasheet"));
}

/* FPC stiffener: recommended pattern + 0.5 … 1.0 mm per side (family notes).
 * A4S 30-pin header pattern: B 5.6 + 2.05 long, 2.4 wide (SUPPLEMENT.md). */
static void
test_stiffener (void)
{
  g_autoptr(StkProject) p = test_project_p4_a4s ();
  g_autoptr(StkDrawing) d = drawing_for (p);
  guint n, found = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    {
      double w = prims[i].x1 - prims[i].x0, h = prims[i].y1 - prims[i].y0;
      if (prims[i].kind != STK_PRIM_POLY || prims[i].in_section || !g_str_equal (prims[i].layer, "STIFFENER"))
        continue;
      g_assert_cmpstr (prims[i].subject, ==, "board:fpc");
      if (fabs (w - (7.65 + 1.0)) < 1e-9 && fabs (h - (2.4 + 1.0)) < 1e-9)
        found |= 1;
      if (fabs (w - (7.65 + 2.0)) < 1e-9 && fabs (h - (2.4 + 2.0)) < 1e-9)
        found |= 2;
    }
  g_assert_cmpuint (found, ==, 3);
}

static gboolean
boxes_meet (const StkPrim *a,
            const StkPrim *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
is_section_outline (const StkPrim *p)
{
  return p->in_section && p->kind == STK_PRIM_POLY && p->closed &&
         (p->ink == STK_INK_SOCKET || p->ink == STK_INK_HEADER || p->ink == STK_INK_BOARD || p->ink == STK_INK_FPC ||
          p->ink == STK_INK_STIFFENER || p->ink == STK_INK_COMPONENT);
}

/* No section label sits on another label or on a board, connector,
 * stiffener or component outline, for every example and the thin 0.8 mm
 * A4S gaps. */
static void
assert_section_labels_clear (StkProject *project)
{
  g_autoptr(StkDrawing) d = drawing_for (project);
  guint n, labels = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    {
      if (!prims[i].in_section || prims[i].kind != STK_PRIM_TEXT)
        continue;
      labels++;
      for (guint j = 0; j < n; j++)
        if (j != i && ((prims[j].kind == STK_PRIM_TEXT && prims[j].in_section) || is_section_outline (&prims[j])) &&
            boxes_meet (&prims[i], &prims[j]))
          g_error ("\"%s\" overlaps %s \"%s\" on layer %s", prims[i].text,
                   prims[j].kind == STK_PRIM_TEXT ? "text" : "outline",
                   prims[j].text ? prims[j].text : "", prims[j].layer);
    }
  g_assert_cmpuint (labels, >, 3);
}

static void
test_section_labels (void)
{
  const char *examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };
  g_autoptr(StkProject) def = stk_project_new ();
  g_autoptr(StkProject) pa = test_project_p4_a4s ();
  g_autoptr(StkProject) largest = test_project_largest ();

  assert_section_labels_clear (def);
  assert_section_labels_clear (pa);
  assert_section_labels_clear (largest);
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(StkProject) p = test_load_example (examples[i]);
      assert_section_labels_clear (p);
    }
}

/* The text in a section (the pair views' titles say the same). */
static const StkPrim *
section_text (const StkDrawing *d,
              const char       *text)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_TEXT && prims[i].in_section && g_str_equal (prims[i].text, text))
      return &prims[i];
  return NULL;
}

/* The socket and header outlines overlap in a section: each is named in
 * the label column right of the geometry, in its own colour, with the part
 * number of its top view. */
static void
test_section_part_labels (void)
{
  g_autoptr(StkProject) p = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) d = drawing_for (p);
  const StkPrim *sock = widest_outline (d, "J1_DISPLAY_SOCKET", TRUE);
  const StkPrim *s_text = section_text (d, "J1 display socket AXE520127");
  const StkPrim *h_text = section_text (d, "J1 display header AXE620124");

  g_assert_nonnull (s_text);
  g_assert_nonnull (h_text);
  g_assert_cmpint (s_text->ink, ==, STK_INK_SOCKET);
  g_assert_cmpint (h_text->ink, ==, STK_INK_HEADER);
  g_assert_true (s_text->in_section && h_text->in_section);
  g_assert_cmpfloat (s_text->x0, >, sock->x1);
  /* The header is on the upper board (the FPC), so it is named first. */
  g_assert_cmpfloat (h_text->y1, <=, s_text->y0);
}

/* Socket and header seen from their mating sides, the header turned over:
 * reflecting the socket's pin 1 dot about the fold line lands on the
 * header's. Default project: P4 40 pins, socket and header B 7.6. */
static void
test_pin1_fold (void)
{
  g_autoptr(StkProject) p = stk_project_new ();
  g_autoptr(StkDrawing) d = stk_drawing_new_view (p, stk_catalog_get_default (), 0, 5);
  const StkPrim *sock = widest_outline (d, "J1_SOCKET", FALSE);
  const StkPrim *head = widest_outline (d, "J1_HEADER", FALSE);
  const StkPrim *dots[2] = { NULL, NULL };
  double fold = -1;
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);
  const StkPoint *pts = stk_drawing_get_points (d);

  for (guint i = 0; i < n; i++)
    {
      if (prims[i].kind == STK_PRIM_CIRCLE && prims[i].ink == STK_INK_MARKER)
        dots[g_str_equal (prims[i].layer, "J1_HEADER")] = &prims[i];
      if (prims[i].kind == STK_PRIM_POLY && prims[i].ink == STK_INK_RULE)
        fold = pts[prims[i].first].x;
    }
  g_assert_nonnull (dots[0]);
  g_assert_nonnull (dots[1]);
  g_assert_cmpfloat (fold, >, sock->x1);
  g_assert_cmpfloat (fold, <, head->x0);
  /* Socket pin 1 at the left end of its row (x = centre − B/2), the
   * header's at the right end: mirror images about the fold. */
  g_assert_cmpfloat_with_epsilon (dots[0]->x, (sock->x0 + sock->x1) / 2 - 7.6 / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (dots[1]->x, (head->x0 + head->x1) / 2 + 7.6 / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (2 * fold - dots[0]->x, dots[1]->x, 1e-9);
  g_assert_cmpfloat_with_epsilon (dots[0]->y, dots[1]->y, 1e-9);
  /* The viewing directions are written: the socket is on the lower board. */
  g_assert_nonnull (test_find_text (d, "seen from above (mating side)"));
  g_assert_nonnull (test_find_text (d, "seen from below (mating side)"));
}

/* The sections name each mated height: "J1 mated 1.5". */
static void
test_section_heights (void)
{
  g_autoptr(StkProject) p = test_load_example ("mezzanine.stackup");
  g_autoptr(StkDrawing) d = drawing_for (p);
  GPtrArray *mates = stk_project_get_mates (p);

  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      g_autofree char *mm = stk_format_mm (m->mated_height_mm);
      g_autofree char *value = g_strdup_printf ("%s mated %s", stk_mate_get_label (m), mm);
      guint n, found = 0;
      const StkPrim *prims = stk_drawing_get_prims (d, &n);

      for (guint k = 0; k < n; k++)
        found += prims[k].kind == STK_PRIM_TEXT && prims[k].in_section &&
                 g_strcmp0 (prims[k].layer, "DIMENSION") == 0 && g_str_equal (prims[k].text, value);
      g_assert_cmpuint (found, >=, 1);
    }
}

/* A sheet shown as its outline: a 210 × 297 mm frame at 1 px per mm on
 * white, a 1 mm (1 px) hairline. The pixel on its left edge at mid height
 * is drawn in the frame's ink (dark on light, light on dark), the centre
 * of the sheet stays as it was. */
static void
test_sheet_outline (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 220, 310);
      cairo_t *cr = cairo_create (s);
      StkDrawOptions o;
      guint32 ground = dark ? 0x000000 : 0xffffff;
      guint32 edge, centre;

      stk_draw_options_init (&o);
      o.dark = dark;
      o.min_line_mm = 1.0;
      cairo_set_source_rgb (cr, dark ? 0 : 1, dark ? 0 : 1, dark ? 0 : 1);
      cairo_paint (cr);
      /* The hairline centred on x = 5.5 fills pixel column 5 whole. */
      cairo_translate (cr, 5.5, 5.5);
      stk_draw_sheet_outline (cr, 210, 297, &o);
      cairo_surface_flush (s);
      edge = test_pixel (s, 5, 150, 1);
      centre = test_pixel (s, 110, 150, 1);
      g_assert_cmpuint (centre, ==, ground);
      g_assert_cmpuint (edge, !=, ground);
      /* Dark mode draws it lighter than the light mode's ink. */
      if (dark)
        g_assert_cmpuint (edge & 0xff, >, 0x40);
      else
        g_assert_cmpuint (edge & 0xff, <, 0xc0);
      cairo_destroy (cr);
      cairo_surface_destroy (s);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/draw/extents", test_extents);
  g_test_add_func ("/stackup/draw/socket-pixels", test_socket_outline_and_pixels);
  g_test_add_func ("/stackup/draw/highlight", test_highlight);
  g_test_add_func ("/stackup/draw/provenance-styles", test_provenance_styles);
  g_test_add_func ("/stackup/draw/stiffener", test_stiffener);
  g_test_add_func ("/stackup/draw/section-labels", test_section_labels);
  g_test_add_func ("/stackup/draw/section-part-labels", test_section_part_labels);
  g_test_add_func ("/stackup/draw/pin1-fold", test_pin1_fold);
  g_test_add_func ("/stackup/draw/section-heights", test_section_heights);
  g_test_add_func ("/stackup/draw/sheet-outline", test_sheet_outline);
  return g_test_run ();
}
