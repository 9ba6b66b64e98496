/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-check.h"
#include "stk-draw.h"
#include "stk-project.h"
#include "stk-tolerance-spec.h"

G_BEGIN_DECLS

/* Tolerance analysis of one mated connector pair: how far the header lands
 * from the socket at both ends of the connector, along and across it, by
 * worst case, root-sum-square and a seeded Monte Carlo, against the capture
 * window. The input is plain data (StkTolPair), so any model (today's
 * project, a 3-D assembly) can fill it; see docs/checks.md, "Tolerance". */

typedef struct {
  char              *name;         /* "Socket placement X" */
  StkTolAxis         axis;
  StkTolDistribution distribution;
  double             nominal;      /* mm or degrees off the ideal position */
  double             tolerance;    /* ± (mm or degrees); the radius for radial */
  double             k;            /* normal only: tolerance = k·σ; 0 means 3 */
  double             mean_shift;   /* added to the nominal: a process offset */
  double             sign;         /* +1 moves the header, −1 the socket; 0 means +1 */
  guint              group;        /* 0: independent; the same non-zero id: one shared draw */
  const StkSource   *source;
} StkTolContributor;

typedef struct {
  char            *id;             /* the mate id */
  char            *label;
  double           length_mm;      /* A: the ends lie at ±A/2 */
  double           capture_mm;     /* the window is ±capture on each axis */
  const StkSource *capture_source;
  GArray          *contributors;   /* StkTolContributor; names freed with the pair */
} StkTolPair;

/* The four figures a pair is judged on: along and across at each end. */
typedef enum {
  STK_TOL_END1_ALONG,
  STK_TOL_END1_ACROSS,
  STK_TOL_END2_ALONG,
  STK_TOL_END2_ACROSS,
  STK_TOL_N_OUTPUTS
} StkTolOutput;

#define STK_TOL_HISTOGRAM_BINS 256

typedef struct {
  double  nominal;        /* the offset with every contributor at its nominal + shift */
  double  worst;          /* |nominal| + Σ |sensitivity × tolerance| */
  double  rss;            /* |nominal| + √Σ (sensitivity × tolerance)²: each ± taken as the same k */
  double  sigma_model;    /* σ from the distributions, no sampling */
  /* Monte Carlo */
  double  mean;
  double  sigma;
  double  range_low;      /* 0.135 % and 99.865 % quantiles: the 99.73 % range */
  double  range_high;
  guint64 outside;        /* samples beyond ±capture */
  double  ppm;
  double  ppm_low;        /* 95 % Wilson interval */
  double  ppm_high;
  double  cp;
  double  cpk;
  /* the contributor with the largest share of the variance, and the same
   * samples with its tolerance halved */
  guint   largest;
  double  halved_sigma;
  double  halved_ppm;
  double  hist_low;       /* histogram of the samples over [hist_low, hist_high] */
  double  hist_high;
  guint   histogram[STK_TOL_HISTOGRAM_BINS];
} StkTolFigures;

typedef struct {
  char           *id;
  char           *label;
  double          capture_mm;
  const StkSource *capture_source;
  guint64         samples;
  guint64         seed;
  double          target_ppm;
  StkTolFigures   outputs[STK_TOL_N_OUTPUTS];
  guint           n_contributors;
  /* share of the variance, contributor i on output o at [i * STK_TOL_N_OUTPUTS + o];
   * sums to 1 per output (correlated members share their group's covariance) */
  double         *shares;
  StkStatus       figures_status;  /* what the figures alone say */
  StkStatus       status;          /* after the provenance rule */
  const StkSource *weakened_by;
} StkTolResult;

/* Called from the worker threads with the samples drawn so far over all
 * pairs of the run (done ≤ total), every 65,536 samples of a pair and at
 * its end; one call at a time. */
typedef void (*StkTolProgress) (guint64  done,
                                guint64  total,
                                gpointer data);

typedef struct {
  guint64        samples;      /* 0 means 10⁶ */
  guint64        seed;
  double         target_ppm;   /* ≤ this many ppm outside the window passes */
  GCancellable  *cancellable;  /* optional: a cancelled run returns G_IO_ERROR_CANCELLED */
  StkTolProgress progress;     /* optional */
  gpointer       progress_data;
  /* private: the run's shared sample counter */
  guint64       *counter;
  guint64        counter_total;
} StkTolSettings;

StkTolPair   *stk_tol_pair_new          (const char        *id,
                                         const char        *label,
                                         double             length_mm,
                                         double             capture_mm,
                                         const StkSource   *capture_source);
void          stk_tol_pair_free         (StkTolPair        *pair);
/* Appends a copy of contributor (its name copied). */
void          stk_tol_pair_add          (StkTolPair        *pair,
                                         const StkTolContributor *contributor);

/* Runs one pair. FALSE with error when a contributor cannot be drawn (a
 * negative tolerance, a plane contributor that is not radial, members of a
 * group with different distributions). */
StkTolResult *stk_tol_run               (const StkTolPair     *pair,
                                         const StkTolSettings *settings,
                                         GError              **error);
/* Runs every pair (StkTolPair) on all cores; each pair's seed derives from
 * settings->seed and its index, so the figures do not depend on threads.
 * Returns StkTolResult records in the pairs' order. */
GPtrArray    *stk_tol_run_all           (GPtrArray            *pairs,
                                         const StkTolSettings *settings,
                                         GError              **error);
void          stk_tol_result_free       (StkTolResult      *result);
/* The output with the most samples outside the window (ties: the widest
 * spread, then the first). */
StkTolOutput  stk_tol_result_worst_output (const StkTolResult *result);

/* The contributors' indices by their share of the variance of output,
 * largest first (n_contributors of them); the Pareto every view shows. */
guint        *stk_tol_result_pareto     (const StkTolResult *result,
                                         StkTolOutput        output);

/* The fraction of N(mean, σ²) beyond ±limit: the exact normal tail. */
double        stk_tol_normal_outside    (double             mean,
                                         double             sigma,
                                         double             limit);
const char   *stk_tol_output_label      (StkTolOutput       output); /* translated */

/* The histogram of one output (samples, the capture limits, a title) as a
 * drawing of width × height paper mm at scale 1, for stk_draw_render(). */
StkDrawing   *stk_tol_histogram_new     (const StkTolResult *result,
                                         StkTolOutput        output,
                                         double              width,
                                         double              height);

/* The Pareto of output: the contributors' shares of its variance, largest
 * first (at most ten), as bars in a drawing width paper mm wide and
 * stk_tol_pareto_height() high, for stk_draw_render(). */
StkDrawing   *stk_tol_pareto_new        (const StkTolResult *result,
                                         const StkTolPair   *pair,
                                         StkTolOutput        output,
                                         double              width);
double        stk_tol_pareto_height     (const StkTolResult *result,
                                         StkTolOutput        output);

/* Options of the adapter beyond the project. */
typedef struct {
  gboolean catalog_placement;  /* each part at the top of the catalog's ±0.2–0.3 mm band of
                                * mounting equipment (datasheet), not its board's figure */
} StkTolProjectOptions;

/* The adapter from the project: per mate, the socket's and the header's
 * placement (X and Y: normal, ± = 3σ, the board's placement accuracy or,
 * asked for, the catalog band's top; rotation: the project's figure or
 * Stackup's assumption), the board-to-board fixing (locating-pin position,
 * hole position and the pin's play in its hole, each a disc), the user's
 * contributors of that mate or of every mate, and the capture window (the
 * user's value or the catalog estimate). StkTolPair records; mates whose
 * series or boards cannot be resolved are left out. */
GPtrArray    *stk_tol_pairs_from_project (StkProject      *project,
                                          StkCatalog      *catalog,
                                          const StkTolProjectOptions *options);
/* Samples, seed and target from the project; no cancellable or progress. */
void          stk_tol_settings_from_project (StkTolSettings *settings,
                                             StkProject     *project);
/* The project's analysis as it stands, kept on the project: a run of
 * stk_tol_pairs_from_project (no options) with the project's settings,
 * started when the project's serial was serial, is remembered only if the
 * project has not changed since; recall gives it back (a new reference)
 * while the project stays unchanged, else NULL. So the design note written
 * after the app's Tolerance page finished does not run it again. */
void          stk_tol_results_remember  (StkProject      *project,
                                         StkCatalog      *catalog,
                                         guint64          serial,
                                         GPtrArray       *results);
GPtrArray    *stk_tol_results_recall    (StkProject      *project,
                                         StkCatalog      *catalog);
/* The project's analysis as it stands: the remembered run while the
 * project is unchanged, else a run now with the project's settings (then
 * remembered), so the note, `stackup-cli check` and the app's summaries
 * give the figures of the Tolerance page. NULL when no mate is analysed. */
GPtrArray    *stk_tol_results_for_project (StkProject    *project,
                                           StkCatalog    *catalog);
/* The analysis's verdict for the summaries beside the checks' verdict, in
 * the checks' words, with the count per status and why the worst is so:
 * "Tolerance analysis: Pass with warnings: 3 connectors warn (more than
 * the 100 ppm target outside the capture window, which is an estimate)".
 * Translated; results as stk_tol_run_all gives them. */
char         *stk_tol_describe_verdict  (GPtrArray       *results);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkTolPair, stk_tol_pair_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkTolResult, stk_tol_result_free)

G_END_DECLS
