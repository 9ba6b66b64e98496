/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-facing"

#include "stk-config.h"

#include "stk-facing.h"

#define EPS_MM 1e-6

/* a ∩ b into out; FALSE when they only touch or lie apart. */
static gboolean
intersect (const double a[4],
           const double b[4],
           double       out[4])
{
  out[0] = MAX (a[0], b[0]);
  out[1] = MAX (a[1], b[1]);
  out[2] = MIN (a[2], b[2]);
  out[3] = MIN (a[3], b[3]);
  return out[2] - out[0] > EPS_MM && out[3] - out[1] > EPS_MM;
}

static gboolean
covers (const double outer[4],
        const double inner[4])
{
  return outer[0] <= inner[0] + EPS_MM && outer[1] <= inner[1] + EPS_MM && outer[2] >= inner[2] - EPS_MM &&
         outer[3] >= inner[3] - EPS_MM;
}

void
stk_facing_keepout_plan (const StkBoardPlace *bp,
                         const StkKeepout    *keepout,
                         double               rect[4])
{
  double r[4], x0, y0, x1, y1;

  stk_keepout_rect (keepout, r);
  x0 = r[0], y0 = r[1], x1 = r[2], y1 = r[3];
  stk_placement_rotate (bp->rotation_deg, &x0, &y0);
  stk_placement_rotate (bp->rotation_deg, &x1, &y1);
  rect[0] = bp->x + MIN (x0, x1);
  rect[1] = bp->y + MIN (y0, y1);
  rect[2] = bp->x + MAX (x0, x1);
  rect[3] = bp->y + MAX (y0, y1);
}

/* The keep-out i of bp on face, if it lies in region: its plan rectangle
 * there. */
static gboolean
keepout_in (const StkBoardPlace *bp,
            guint                i,
            StkFace              face,
            const double         region[4],
            double               out[4])
{
  const StkKeepout *k = g_ptr_array_index (bp->board->keepouts, i);
  double plan[4];

  if (k->face != face)
    return FALSE;
  stk_facing_keepout_plan (bp, k, plan);
  return intersect (plan, region, out);
}

static void
consider (StkFacing *f,
          double     top,
          double     bottom,
          int        top_keepout,
          int        bottom_keepout)
{
  if (top + bottom > f->top_mm + f->bottom_mm + EPS_MM)
    {
      f->top_mm = top;
      f->bottom_mm = bottom;
      f->top_keepout = top_keepout;
      f->bottom_keepout = bottom_keepout;
    }
}

/* The tallest pair of facing heights at one place of the overlap. */
static void
facing_heights (const StkBoardPlace *lo,
                const StkBoardPlace *hi,
                StkFacing           *f)
{
  double face_lo = MAX (lo->board->component_top_mm, 0), face_hi = MAX (hi->board->component_bottom_mm, 0);
  guint n_lo = lo->board->keepouts ? lo->board->keepouts->len : 0;
  guint n_hi = hi->board->keepouts ? hi->board->keepouts->len : 0;
  double rl[4], rh[4], both[4];

  f->top_mm = face_lo;
  f->bottom_mm = face_hi;
  f->top_keepout = f->bottom_keepout = -1;
  for (guint i = 0; i < n_lo; i++)
    if (keepout_in (lo, i, STK_FACE_TOP, f->overlap, rl))
      {
        const StkKeepout *kl = g_ptr_array_index (lo->board->keepouts, i);
        double h = MAX (face_lo, kl->height_mm);

        consider (f, h, face_hi, (int) i, -1);
        for (guint j = 0; j < n_hi; j++)
          if (keepout_in (hi, j, STK_FACE_BOTTOM, rl, both))
            consider (f, h, MAX (face_hi, ((const StkKeepout *) g_ptr_array_index (hi->board->keepouts, j))->height_mm),
                      (int) i, (int) j);
      }
  for (guint j = 0; j < n_hi; j++)
    if (keepout_in (hi, j, STK_FACE_BOTTOM, f->overlap, rh))
      consider (f, face_lo, MAX (face_hi, ((const StkKeepout *) g_ptr_array_index (hi->board->keepouts, j))->height_mm),
                -1, (int) j);
}

static int
joining_mate (const StkPlacement *pl,
              guint               lo,
              guint               hi)
{
  if (pl->boards[hi].parent == (int) lo)
    return pl->boards[hi].via_mate;
  if (pl->boards[lo].parent == (int) hi)
    return pl->boards[lo].via_mate;
  return -1;
}

/* The boards over one lower board, nearest first: each that overlaps it
 * faces it unless one board between them covers their whole overlap; past
 * a board that covers all of the lower board nothing above can face it. */
static void
facings_over (const StkPlacement *pl,
              const guint        *order,
              guint               n,
              guint               i,
              GArray             *out,
              GArray             *seen)
{
  const StkBoardPlace *lo = &pl->boards[order[i]];
  double top = lo->z + lo->board->thickness_mm, cover_top = G_MAXDOUBLE;

  g_array_set_size (seen, 0);
  for (guint j = i + 1; j < n; j++)
    {
      const StkBoardPlace *hi = &pl->boards[order[j]];
      StkFacing f = { order[i], order[j], joining_mate (pl, order[i], order[j]), { 0 }, hi->z - top, 0, 0, -1, -1 };
      gboolean shadowed = FALSE;

      if (hi->z >= cover_top - EPS_MM)
        break;
      if (hi->z < top - EPS_MM || !intersect (lo->outline, hi->outline, f.overlap))
        continue;
      for (guint s = 0; s < seen->len && !shadowed; s++)
        {
          const StkBoardPlace *mid = &pl->boards[g_array_index (seen, guint, s)];

          shadowed = mid->z + mid->board->thickness_mm <= hi->z + EPS_MM && covers (mid->outline, f.overlap);
        }
      if (!shadowed || f.mate >= 0)
        {
          facing_heights (lo, hi, &f);
          g_array_append_val (out, f);
        }
      g_array_append_val (seen, order[j]);
      if (covers (hi->outline, lo->outline))
        cover_top = MIN (cover_top, hi->z + hi->board->thickness_mm);
    }
}

StkFacings *
stk_facings_new (const StkPlacement *placement)
{
  StkFacings *self = g_new0 (StkFacings, 1);
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (StkFacing));
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n;
  g_autofree guint *order = stk_placement_order_by_height (placement, &n);

  self->lower_first = g_new0 (guint, MAX (placement->n_boards, 1));
  self->lower_count = g_new0 (guint, MAX (placement->n_boards, 1));
  for (guint i = 0; i < n; i++)
    {
      self->lower_first[order[i]] = out->len;
      facings_over (placement, order, n, i, out, seen);
      self->lower_count[order[i]] = out->len - self->lower_first[order[i]];
    }
  self->n_facings = out->len;
  self->facings = (StkFacing *) (void *) g_array_free (g_steal_pointer (&out), FALSE);
  self->by_mate = g_new (int, MAX (placement->n_mates, 1));
  for (guint k = 0; k < placement->n_mates; k++)
    self->by_mate[k] = -1;
  for (guint i = 0; i < self->n_facings; i++)
    if (self->facings[i].mate >= 0)
      self->by_mate[self->facings[i].mate] = (int) i;
  return self;
}

void
stk_facings_free (StkFacings *facings)
{
  if (facings == NULL)
    return;
  g_free (facings->facings);
  g_free (facings->by_mate);
  g_free (facings->lower_first);
  g_free (facings->lower_count);
  g_free (facings);
}
