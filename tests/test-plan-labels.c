/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-drawing.h"
#include "stk-project-io.h"
#include "test-projects.h"
#include "test-util.h"

/* The top view's labels (issue 12, "Views"): every label in the column
 * right of the view, none overlapping another text, and every leader
 * from its anchor to its label going round the connector bodies, never
 * through one. */

#define EPS 1e-6

static StkDrawing *
plan_view (StkProject *p,
           double      scale)
{
  guint n = stk_drawing_count_views (p, stk_catalog_get_default ());

  for (guint i = 0; i < n; i++)
    {
      StkDrawing *d = stk_drawing_new_view (p, stk_catalog_get_default (), i, scale);

      if (g_strcmp0 (stk_drawing_get_caption (d), "Top view") == 0)
        return d;
      stk_drawing_free (d);
    }
  g_assert_not_reached ();
}

/* Whether the segment a–b passes through the inside of the box (its
 * edges do not count): Liang–Barsky clipping against the box. */
static gboolean
segment_enters (StkPoint     a,
                StkPoint     b,
                const double box[4])
{
  double t0 = 0, t1 = 1, dx = b.x - a.x, dy = b.y - a.y;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { a.x - (box[0] + EPS), (box[2] - EPS) - a.x, a.y - (box[1] + EPS), (box[3] - EPS) - a.y };

  for (int i = 0; i < 4; i++)
    {
      if (fabs (p[i]) < 1e-12)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      {
        double t = q[i] / p[i];

        if (p[i] < 0)
          t0 = MAX (t0, t);
        else
          t1 = MIN (t1, t);
      }
    }
  return t1 - t0 > 1e-9;
}

/* Returns the number of routed leaders (those with a vertical first run). */
static guint
assert_labels_clear (const char *example,
                     double      scale)
{
  g_autoptr(StkProject) p = test_load_example (example);
  g_autoptr(StkDrawing) d = plan_view (p, scale);
  guint n, routed = 0, leaders = 0, bodies = 0;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);
  const StkPoint *pts = stk_drawing_get_points (d);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (prims[i].kind == STK_PRIM_TEXT && prims[j].kind == STK_PRIM_TEXT &&
          MAX (prims[i].x0, prims[j].x0) < MIN (prims[i].x1, prims[j].x1) - EPS &&
          MAX (prims[i].y0, prims[j].y0) < MIN (prims[i].y1, prims[j].y1) - EPS)
        g_error ("%s at %g: “%s” overlaps “%s”", example, scale, prims[i].text, prims[j].text);

  for (guint i = 0; i < n; i++)
    {
      const StkPrim *l = &prims[i];

      if (l->kind != STK_PRIM_POLY || l->closed || l->ink != STK_INK_DIMENSION || !g_str_equal (l->layer, "DIMENSION"))
        continue;
      leaders++;
      routed += l->n_points == 4;
      for (guint j = 0; j < n; j++)
        {
          const StkPrim *b = &prims[j];
          double box[4] = { b->x0, b->y0, b->x1, b->y1 };

          if (b->kind != STK_PRIM_POLY || !b->closed || !g_str_equal (b->layer, "CONNECTORS"))
            continue;
          bodies += i == 0;
          for (guint k = 0; k + 1 < l->n_points; k++)
            if (segment_enters (pts[l->first + k], pts[l->first + k + 1], box))
              g_error ("%s at %g: the leader of %s crosses the connector body of %s", example, scale,
                       l->subject ? l->subject : "?", b->subject ? b->subject : "?");
        }
    }
  g_assert_cmpuint (leaders, >, 0);
  return routed;
}

static void
test_examples (void)
{
  /* The scales the examples' sheets use (phone 1:1, mezzanine 2:1) and
   * the other; at 1:2 the mezzanine's 60 mm board is too small for the
   * cut letters A and B to keep apart, whatever the labels do. */
  const double scales[] = { 1, 2 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      assert_labels_clear ("phone.stackup", scales[s]);
      assert_labels_clear ("failing.stackup", scales[s]);
      /* The mezzanine's J1 (P4 40 pins at (−15, 0), not turned) has its
       * anchor on its body's upper edge, y = +1.9; run level from there it
       * would cross J2's body (P4 30 pins turned 90° at (15, 0): 8.3 long
       * along y, −4.15…4.15): that leader at least must be routed. */
      g_assert_cmpuint (assert_labels_clear ("mezzanine.stackup", scales[s]), >=, 1);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/plan-labels/examples", test_examples);
  return g_test_run ();
}
