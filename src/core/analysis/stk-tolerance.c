/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup"

#include "stk-config.h"

#include "stk-tolerance.h"

#include <math.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-tolerance-private.h"

/* Three sums make the four outputs: along (the same at both ends, rotation
 * moves the ends across only, to first order), across at the centre, and
 * the rotation's offset at A/2. End 1 (at −A/2) is across − rotation. */
enum { ACC_ALONG, ACC_ACROSS, ACC_ROTATION, N_ACC };
/* The distinct outputs: along, across at end 1, across at end 2. */
enum { OUT_ALONG, OUT_ACROSS1, OUT_ACROSS2, N_OUT };

#define FINE_BINS (STK_TOL_HISTOGRAM_BINS * 32)

typedef struct {
  guint  slot;         /* which draw */
  guint  comp;         /* 0, or 1 for a radial draw's second axis */
  guint  acc;
  guint  contributor;
  double scale;        /* mm per unit of the standard draw */
  double offset;       /* mm: (nominal + shift) × sign × sensitivity */
  double tol;          /* mm: tolerance × sign × sensitivity */
} Term;

typedef struct {
  StkTolDistribution dist;
  double             sd;   /* σ of the standard draw (per axis) */
} Slot;

typedef struct {
  GArray *terms;  /* Term */
  GArray *slots;  /* Slot */
} Model;

static const double out_coef[N_OUT][N_ACC] = {
  { 1, 0, 0 },
  { 0, 1, -1 },
  { 0, 1, 1 },
};
static const guint out_index[STK_TOL_N_OUTPUTS] = { OUT_ALONG, OUT_ACROSS1, OUT_ALONG, OUT_ACROSS2 };

/* Helpers */

static double
standard_sd (StkTolDistribution dist)
{
  switch (dist)
    {
    case STK_TOL_NORMAL: return 1.0;
    case STK_TOL_UNIFORM: return 1.0 / sqrt (3.0);
    case STK_TOL_TRIANGULAR: return 1.0 / sqrt (6.0);
    case STK_TOL_RADIAL: return 0.5; /* a unit disc: E[x²] = 1/4 */
    default: g_return_val_if_reached (1.0);
    }
}

static gboolean
build_model (const StkTolPair *pair,
             Model            *model,
             GError          **error)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (NULL, NULL);

  model->terms = g_array_new (FALSE, FALSE, sizeof (Term));
  model->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  for (guint i = 0; i < pair->contributors->len; i++)
    {
      const StkTolContributor *c = &g_array_index (pair->contributors, StkTolContributor, i);
      double sign = c->sign == 0 ? 1.0 : c->sign;
      double k = c->k > 0 ? c->k : 3.0;
      double sens = c->axis == STK_TOL_ROTATION ? pair->length_mm / 2.0 * G_PI / 180.0 : 1.0;
      double unit = c->distribution == STK_TOL_NORMAL ? c->tolerance / k : c->tolerance;
      gpointer found;
      guint slot;

      if (!(c->tolerance >= 0) || !isfinite (c->tolerance) || !isfinite (c->nominal)
          || !isfinite (c->mean_shift))
        {
          g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                       _("Tolerance contributor “%s” of %s: the tolerance must be a number ≥ 0"),
                       c->name, pair->label);
          return FALSE;
        }
      if ((c->axis == STK_TOL_PLANE) != (c->distribution == STK_TOL_RADIAL))
        {
          g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                       _("Tolerance contributor “%s” of %s: a radial distribution moves both axes, so it takes the plane axis, and the plane axis takes a radial distribution"),
                       c->name, pair->label);
          return FALSE;
        }
      if (c->group != 0 && g_hash_table_lookup_extended (groups, GUINT_TO_POINTER (c->group), NULL, &found))
        {
          slot = GPOINTER_TO_UINT (found);
          if (g_array_index (model->slots, Slot, slot).dist != c->distribution)
            {
              g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                           _("Tolerance contributor “%s” of %s: the contributors of one correlated group must share a distribution"),
                           c->name, pair->label);
              return FALSE;
            }
        }
      else
        {
          Slot s = { c->distribution, standard_sd (c->distribution) };

          slot = model->slots->len;
          g_array_append_val (model->slots, s);
          if (c->group != 0)
            g_hash_table_insert (groups, GUINT_TO_POINTER (c->group), GUINT_TO_POINTER (slot));
        }
      for (guint comp = 0; comp < (c->axis == STK_TOL_PLANE ? 2u : 1u); comp++)
        {
          Term t = {
            .slot = slot,
            .comp = comp,
            .acc = c->axis == STK_TOL_PLANE ? (comp == 0 ? ACC_ALONG : ACC_ACROSS)
                   : c->axis == STK_TOL_ALONG ? ACC_ALONG
                   : c->axis == STK_TOL_ACROSS ? ACC_ACROSS : ACC_ROTATION,
            .contributor = i,
            .scale = sign * sens * unit,
            /* a plane contributor's nominal and shift lie along the connector */
            .offset = comp == 0 ? sign * sens * (c->nominal + c->mean_shift) : 0.0,
            .tol = sign * sens * c->tolerance,
          };
          g_array_append_val (model->terms, t);
        }
    }
  return TRUE;
}

static void
model_clear (Model *model)
{
  g_clear_pointer (&model->terms, g_array_unref);
  g_clear_pointer (&model->slots, g_array_unref);
}

/* Worst case, RSS, the model's σ and every contributor's share, per
 * distinct output; a group's members add before the square. */
static void
analyse (const Model  *model,
         guint         n_contributors,
         StkTolFigures figures[N_OUT],
         double       *shares)
{
  guint n_slots = model->slots->len;
  g_autofree double *sd_sum = g_new (double, n_slots * 2);
  g_autofree double *tol_sum = g_new (double, n_slots * 2);

  for (guint o = 0; o < N_OUT; o++)
    {
      double nominal = 0, worst = 0, rss = 0, var = 0;

      memset (sd_sum, 0, sizeof (double) * n_slots * 2);
      memset (tol_sum, 0, sizeof (double) * n_slots * 2);
      for (guint i = 0; i < model->terms->len; i++)
        {
          const Term *t = &g_array_index (model->terms, Term, i);
          const Slot *s = &g_array_index (model->slots, Slot, t->slot);
          double coef = out_coef[o][t->acc];

          nominal += coef * t->offset;
          sd_sum[t->slot * 2 + t->comp] += coef * t->scale * s->sd;
          tol_sum[t->slot * 2 + t->comp] += coef * t->tol;
        }
      for (guint j = 0; j < n_slots * 2; j++)
        {
          worst += fabs (tol_sum[j]);
          rss += tol_sum[j] * tol_sum[j];
          var += sd_sum[j] * sd_sum[j];
        }
      figures[o].nominal = nominal;
      figures[o].worst = fabs (nominal) + worst;
      figures[o].rss = fabs (nominal) + sqrt (rss);
      figures[o].sigma_model = sqrt (var);
      for (guint i = 0; i < model->terms->len; i++)
        {
          const Term *t = &g_array_index (model->terms, Term, i);
          const Slot *s = &g_array_index (model->slots, Slot, t->slot);
          double a = out_coef[o][t->acc] * t->scale * s->sd;

          if (var > 0)
            shares[t->contributor * STK_TOL_N_OUTPUTS + o] += a * sd_sum[t->slot * 2 + t->comp] / var;
        }
      figures[o].largest = 0;
      for (guint i = 1; i < n_contributors; i++)
        if (shares[i * STK_TOL_N_OUTPUTS + o] > shares[figures[o].largest * STK_TOL_N_OUTPUTS + o])
          figures[o].largest = i;
    }
}

typedef struct {
  guint  draw;
  guint  out;
  double factor;
} HalfTerm;

typedef struct {
  double  sum, sum2, hsum, hsum2, min, max;
  guint64 outside, houtside;
  guint32 fine[FINE_BINS];
} Tally;

static double
quantile (const Tally *tally,
          guint64      n,
          double       low,
          double       width,
          double       p)
{
  double want = p * (double) n, cum = 0;

  for (guint b = 0; b < FINE_BINS; b++)
    {
      if (cum + tally->fine[b] >= want && tally->fine[b] > 0)
        {
          double x = low + width * (b + (want - cum) / tally->fine[b]);
          return CLAMP (x, tally->min, tally->max);
        }
      cum += tally->fine[b];
    }
  return tally->max;
}

static void
wilson (guint64 x,
        guint64 n,
        double *lo,
        double *hi)
{
  const double z = 1.959963984540054;
  double p = (double) x / n, nn = (double) n;
  double denom = 1.0 + z * z / nn;
  double centre = (p + z * z / (2 * nn)) / denom;
  double half = z * sqrt (p * (1 - p) / nn + z * z / (4 * nn * nn)) / denom;

  *lo = MAX (centre - half, 0.0);
  *hi = MIN (centre + half, 1.0);
}

static void
finish (StkTolFigures *f,
        const Tally   *t,
        guint64        n,
        double         capture,
        double         low,
        double         width)
{
  double nn = (double) n;

  f->mean = t->sum / nn;
  f->sigma = sqrt (MAX (t->sum2 / nn - f->mean * f->mean, 0.0) * nn / MAX (nn - 1, 1.0));
  f->range_low = quantile (t, n, low, width, 0.00135);
  f->range_high = quantile (t, n, low, width, 0.99865);
  f->outside = t->outside;
  f->ppm = 1e6 * t->outside / nn;
  wilson (t->outside, n, &f->ppm_low, &f->ppm_high);
  f->ppm_low *= 1e6;
  f->ppm_high *= 1e6;
  f->cp = f->sigma > 0 ? 2.0 * capture / (6.0 * f->sigma) : INFINITY;
  f->cpk = f->sigma > 0 ? MIN (capture - f->mean, f->mean + capture) / (3.0 * f->sigma) : INFINITY;
  {
    double hm = t->hsum / nn;

    f->halved_sigma = sqrt (MAX (t->hsum2 / nn - hm * hm, 0.0) * nn / MAX (nn - 1, 1.0));
  }
  f->halved_ppm = 1e6 * t->houtside / nn;
  f->hist_low = low;
  f->hist_high = low + width * FINE_BINS;
  for (guint b = 0; b < STK_TOL_HISTOGRAM_BINS; b++)
    {
      guint sum = 0;

      for (guint j = 0; j < FINE_BINS / STK_TOL_HISTOGRAM_BINS; j++)
        sum += t->fine[b * (FINE_BINS / STK_TOL_HISTOGRAM_BINS) + j];
      f->histogram[b] = sum;
    }
}

#define CHUNK 65536
#define BLOCK 256  /* divides CHUNK */

/* Counts a chunk into the run's total and reports it; FALSE when cancelled. */
static gboolean
report (const StkTolSettings *settings,
        guint64               chunk,
        guint64               pair_total)
{
  guint64 done = chunk;
  guint64 total = settings->counter ? settings->counter_total : pair_total;

  static GMutex lock;

  /* one report at a time, so a callback needs no lock of its own */
  g_mutex_lock (&lock);
  if (settings->counter)
    done = *settings->counter += chunk;
  if (settings->progress)
    settings->progress (done, total, settings->progress_data);
  g_mutex_unlock (&lock);
  return !g_cancellable_is_cancelled (settings->cancellable);
}

static gboolean
monte_carlo (const Model          *model,
             const StkTolPair     *pair,
             const StkTolSettings *settings,
             guint64               samples,
             guint64               seed,
             StkTolFigures         figures[N_OUT])
{
  guint64 reported = 0;
  guint n_terms = model->terms->len, n_slots = model->slots->len;
  const Term *terms = (const Term *) model->terms->data;
  const Slot *slots = (const Slot *) model->slots->data;
  g_autofree double *draws = g_new0 (double, (n_slots + N_ACC) * 2 + 2);
  g_autofree Tally *tally = g_new0 (Tally, N_OUT);
  double block[N_OUT][BLOCK], hblock[N_OUT][BLOCK];
  double base[N_ACC] = { 0 }, low[N_OUT], width[N_OUT], inv[N_OUT];
  /* the largest contributor's part of each output, to halve it: which
   * draw, which output, by how much */
  g_autofree HalfTerm *halves = g_new0 (HalfTerm, n_terms * N_OUT);
  guint n_halves = 0;
  double capture = fabs (pair->capture_mm);
  /* the terms by sum, each sum's as one run: three sums kept in
   * registers rather than an array indexed per term */
  g_autofree double *term_scale = g_new (double, n_terms + N_ACC);
  g_autofree guint *term_draw = g_new (guint, n_terms + N_ACC);
  guint acc_end[N_ACC];
  guint n_sorted = 0;
  /* Independent normal draws that feed one sum add up to one normal draw
   * of σ² = Σ (scale·σ)²: the sum has exactly the same distribution, so the
   * figures are the same in law, and each sample draws fewer numbers. The
   * draws of the contributor whose halving is tallied stay apart. */
  g_autofree gboolean *folded = g_new0 (gboolean, MAX (n_slots, 1u));
  g_autofree guint *active = g_new (guint, MAX (n_slots, 1u));
  double fold_var[N_ACC] = { 0 };
  guint n_active = 0;
  g_autofree guint *by_kind = g_new (guint, MAX (n_slots, 1u));
  guint kind_start[STK_TOL_RADIAL + 2];
  StkRng rng;

  _stk_rng_seed (&rng, seed);
  for (guint i = 0; i < n_terms; i++)
    {
      base[terms[i].acc] += terms[i].offset;
      for (guint o = 0; o < N_OUT; o++)
        if (terms[i].contributor == figures[o].largest && out_coef[o][terms[i].acc] != 0)
          halves[n_halves++] = (HalfTerm) { terms[i].slot * 2 + terms[i].comp, o,
                                            0.5 * out_coef[o][terms[i].acc] * terms[i].scale };
    }
  for (guint s = 0; s < n_slots; s++)
    {
      double coef[N_ACC] = { 0 };
      guint n_accs = 0, acc = 0;
      gboolean halved = FALSE;

      for (guint h = 0; h < n_halves; h++)
        halved |= halves[h].draw / 2 == s;
      for (guint i = 0; i < n_terms; i++)
        if (terms[i].slot == s)
          coef[terms[i].acc] += terms[i].scale;  /* a group's members in one sum add */
      for (guint a = 0; a < N_ACC; a++)
        if (coef[a] != 0)
          {
            n_accs++;
            acc = a;
          }
      if (slots[s].dist == STK_TOL_NORMAL && n_accs == 1 && !halved)
        {
          folded[s] = TRUE;
          fold_var[acc] += coef[acc] * coef[acc];
        }
      else
        active[n_active++] = s;
    }
  /* the active draws by kind, each kind a loop of its own: no switch per
   * draw in the sample loop */
  {
    guint n = 0;

    for (StkTolDistribution d = STK_TOL_NORMAL; d <= STK_TOL_RADIAL; d++)
      {
        kind_start[d] = n;
        for (guint k = 0; k < n_active; k++)
          if (slots[active[k]].dist == d)
            by_kind[n++] = active[k];
      }
    kind_start[STK_TOL_RADIAL + 1] = n;
  }
  for (guint a = 0; a < N_ACC; a++)
    {
      for (guint i = 0; i < n_terms; i++)
        if (terms[i].acc == a && !folded[terms[i].slot])
          {
            term_scale[n_sorted] = terms[i].scale;
            term_draw[n_sorted++] = terms[i].slot * 2 + terms[i].comp;
          }
      if (fold_var[a] > 0)
        {
          term_scale[n_sorted] = sqrt (fold_var[a]);
          term_draw[n_sorted++] = (n_slots + a) * 2;
        }
      acc_end[a] = n_sorted;
    }
  for (guint o = 0; o < N_OUT; o++)
    {
      /* the histogram spans 1.5 × the worst case either side of nominal
       * (and the window); samples beyond fall in the edge bins */
      double span = 1.5 * MAX (figures[o].worst - fabs (figures[o].nominal), capture);

      if (span <= 0)
        span = 1.0;
      low[o] = figures[o].nominal - span;
      width[o] = 2 * span / FINE_BINS;
      inv[o] = 1.0 / width[o];
      tally[o].min = INFINITY;
      tally[o].max = -INFINITY;
    }

  /* Samples in blocks: first every output of a block, then each output's
   * tally in a loop of its own, which keeps the tally's sums in registers
   * and its histogram in cache. The sums still add in sample order. */
  for (guint64 start = 0; start < samples; start += BLOCK)
    {
      guint nb = (guint) MIN ((guint64) BLOCK, samples - start);

      if (G_UNLIKELY ((start & (CHUNK - 1)) == 0 && start > 0))
        {
          if (!report (settings, start - reported, samples))
            return FALSE;
          reported = start;
        }
      for (guint j = 0; j < nb; j++)
        {
          double along = base[ACC_ALONG], across = base[ACC_ACROSS], rotation = base[ACC_ROTATION];
          double half[N_OUT] = { 0, 0, 0 };
          guint i = 0;

          for (guint k = kind_start[STK_TOL_NORMAL]; k < kind_start[STK_TOL_NORMAL + 1]; k++)
            draws[by_kind[k] * 2] = _stk_rng_normal (&rng);
          for (guint k = kind_start[STK_TOL_UNIFORM]; k < kind_start[STK_TOL_RADIAL]; k++)
            _stk_rng_draw (&rng, slots[by_kind[k]].dist, &draws[by_kind[k] * 2]);
          for (guint k = kind_start[STK_TOL_RADIAL]; k < kind_start[STK_TOL_RADIAL + 1]; k++)
            _stk_rng_disc (&rng, &draws[by_kind[k] * 2]);
          for (guint a = 0; a < N_ACC; a++)
            if (fold_var[a] > 0)
              draws[(n_slots + a) * 2] = _stk_rng_normal (&rng);
          for (; i < acc_end[ACC_ALONG]; i++)
            along += term_scale[i] * draws[term_draw[i]];
          for (; i < acc_end[ACC_ACROSS]; i++)
            across += term_scale[i] * draws[term_draw[i]];
          for (; i < acc_end[ACC_ROTATION]; i++)
            rotation += term_scale[i] * draws[term_draw[i]];
          for (guint h = 0; h < n_halves; h++)
            half[halves[h].out] += halves[h].factor * draws[halves[h].draw];
          block[OUT_ALONG][j] = along;
          block[OUT_ACROSS1][j] = across - rotation;
          block[OUT_ACROSS2][j] = across + rotation;
          for (guint o = 0; o < N_OUT; o++)
            hblock[o][j] = block[o][j] - half[o];
        }
      for (guint o = 0; o < N_OUT; o++)
        {
          Tally *t = &tally[o];
          const double *vs = block[o], *hs = hblock[o];
          double sum = t->sum, sum2 = t->sum2, hsum = t->hsum, hsum2 = t->hsum2;
          double lo = t->min, hi = t->max, l = low[o], f = inv[o];
          guint64 outside = t->outside, houtside = t->houtside;

          for (guint j = 0; j < nb; j++)
            {
              double v = vs[j], h = hs[j];
              double pos = (v - l) * f;
              int bin = pos <= 0 ? 0 : pos >= FINE_BINS - 1 ? FINE_BINS - 1 : (int) pos;

              sum += v;
              sum2 += v * v;
              hsum += h;
              hsum2 += h * h;
              outside += fabs (v) > capture;
              houtside += fabs (h) > capture;
              t->fine[bin]++;
              lo = MIN (lo, v);
              hi = MAX (hi, v);
            }
          t->sum = sum;
          t->sum2 = sum2;
          t->hsum = hsum;
          t->hsum2 = hsum2;
          t->min = lo;
          t->max = hi;
          t->outside = outside;
          t->houtside = houtside;
        }
    }
  for (guint o = 0; o < N_OUT; o++)
    finish (&figures[o], &tally[o], samples, capture, low[o], width[o]);
  return report (settings, samples - reported, samples);
}

/* The verdict against the target, then the provenance rule over the
 * window's and every contributor's source. */
static void
judge (StkTolResult     *result,
       const StkTolPair *pair)
{
  const StkTolFigures *f = &result->outputs[stk_tol_result_worst_output (result)];
  StkStrength weakest = stk_source_strength (pair->capture_source);
  const StkSource *weak_source = pair->capture_source;
  gboolean worst_case_fits = TRUE;

  /* the worst case inside the window passes whatever the sampling says, as
   * the alignment check does: every ± taken at its limit still mates */
  for (guint o = 0; o < STK_TOL_N_OUTPUTS; o++)
    worst_case_fits &= !(result->outputs[o].worst > result->capture_mm + 1e-9);
  result->figures_status = worst_case_fits ? STK_STATUS_PASS
                           : f->ppm_high <= result->target_ppm ? STK_STATUS_PASS
                           : f->ppm_low > result->target_ppm ? STK_STATUS_FAIL
                           : STK_STATUS_WARNING; /* the interval straddles the target */
  for (guint i = 0; i < pair->contributors->len; i++)
    {
      const StkSource *s = g_array_index (pair->contributors, StkTolContributor, i).source;
      StkStrength strength = stk_source_strength (s);

      if (strength < weakest)
        {
          weakest = strength;
          weak_source = s;
        }
    }
  result->status = result->figures_status;
  if (weakest == STK_STRENGTH_NONE)
    result->status = STK_STATUS_INFO;
  else if (weakest == STK_STRENGTH_LOW && result->status == STK_STATUS_FAIL)
    result->status = STK_STATUS_WARNING;
  result->weakened_by = result->status != result->figures_status ? weak_source : NULL;
}

/* Public API */

StkTolResult *
stk_tol_run (const StkTolPair     *pair,
             const StkTolSettings *settings,
             GError              **error)
{
  g_autoptr(StkTolResult) result = g_new0 (StkTolResult, 1);
  StkTolFigures figures[N_OUT] = { { 0 } };
  Model model = { 0 };

  g_return_val_if_fail (pair != NULL && settings != NULL, NULL);

  result->id = g_strdup (pair->id);
  result->label = g_strdup (pair->label);
  result->capture_mm = fabs (pair->capture_mm);
  result->capture_source = pair->capture_source;
  result->samples = settings->samples > 0 ? settings->samples : STK_TOL_DEFAULT_SAMPLES;
  result->seed = settings->seed;
  result->target_ppm = settings->target_ppm;
  result->n_contributors = pair->contributors->len;
  result->shares = g_new0 (double, MAX (pair->contributors->len, 1) * STK_TOL_N_OUTPUTS);
  if (!build_model (pair, &model, error))
    {
      model_clear (&model);
      return NULL;
    }
  {
    g_autofree double *shares = g_new0 (double, MAX (pair->contributors->len, 1) * STK_TOL_N_OUTPUTS);

    analyse (&model, pair->contributors->len, figures, shares);
    if (!monte_carlo (&model, pair, settings, result->samples, result->seed, figures))
      {
        model_clear (&model);
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Tolerance analysis cancelled"));
        return NULL;
      }
    for (guint o = 0; o < STK_TOL_N_OUTPUTS; o++)
      {
        result->outputs[o] = figures[out_index[o]];
        for (guint i = 0; i < pair->contributors->len; i++)
          result->shares[i * STK_TOL_N_OUTPUTS + o] = shares[i * STK_TOL_N_OUTPUTS + out_index[o]];
      }
  }
  model_clear (&model);
  judge (result, pair);
  return g_steal_pointer (&result);
}

StkTolOutput
stk_tol_result_worst_output (const StkTolResult *result)
{
  StkTolOutput worst = 0;

  for (StkTolOutput o = 1; o < STK_TOL_N_OUTPUTS; o++)
    {
      const StkTolFigures *f = &result->outputs[o], *w = &result->outputs[worst];

      if (f->outside > w->outside || (f->outside == w->outside && f->sigma_model > w->sigma_model))
        worst = o;
    }
  return worst;
}

static int
compare_share (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const double *shares = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  double x = shares[i * STK_TOL_N_OUTPUTS], y = shares[j * STK_TOL_N_OUTPUTS];

  /* largest first; equal shares keep the contributors' order */
  if (x != y)
    return x > y ? -1 : 1;
  return (i > j) - (i < j);
}

guint *
stk_tol_result_pareto (const StkTolResult *result,
                       StkTolOutput        output)
{
  guint *order = g_new (guint, MAX (result->n_contributors, 1));

  for (guint i = 0; i < result->n_contributors; i++)
    order[i] = i;
  g_qsort_with_data (order, result->n_contributors, sizeof (guint), compare_share, result->shares + output);
  return order;
}

void
stk_tol_result_free (StkTolResult *result)
{
  if (result == NULL)
    return;
  g_free (result->id);
  g_free (result->label);
  g_free (result->shares);
  g_free (result);
}

double
stk_tol_normal_outside (double mean,
                        double sigma,
                        double limit)
{
  if (sigma <= 0)
    return fabs (mean) > limit ? 1.0 : 0.0;
  return 0.5 * erfc ((limit - mean) / (sigma * G_SQRT2)) + 0.5 * erfc ((limit + mean) / (sigma * G_SQRT2));
}

const char *
stk_tol_output_label (StkTolOutput output)
{
  static const char *const labels[STK_TOL_N_OUTPUTS] = {
    N_("End 1, along"), N_("End 1, across"), N_("End 2, along"), N_("End 2, across"),
  };

  g_return_val_if_fail (output < STK_TOL_N_OUTPUTS, "");
  return _(labels[output]);
}
