/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* Ordered by severity, so MAX() of two is the worse. */
typedef enum {
  STK_STATUS_PASS,
  STK_STATUS_INFO,
  STK_STATUS_WARNING,
  STK_STATUS_FAIL,
} StkStatus;

/* One verdict. The checks panel, the CLI and the design note all render
 * these same records. */
typedef struct {
  const char      *check_id;      /* descriptor id: "warp", "alignment", … (static) */
  const char      *item;          /* which figure of that check: "thickness", "outline",
                                   * "along", "per-pin", … (static, stable, for tools) */
  char            *subject;       /* what it is about, for highlighting:
                                   * "board:<id>", "mate:<id>", "mate:<id>/socket",
                                   * "mate:<id>/header", "net:<mate-id>/<net>", "stack" */
  char            *subject_label; /* "J1 socket on Main board" */
  StkStatus        status;
  gboolean         has_value;
  double           value;         /* computed value */
  gboolean         has_limit;     /* FALSE: the value is a figure given for information */
  double           limit;
  double           margin;        /* positive: room left; negative: by how much it fails */
  const char      *unit;          /* "mm", "%", "A", "V", "N", "°C", "s", "cycles" (static) */
  char            *message;       /* one line: what was computed against what */
  char            *detail;        /* optional: pin pairs, recommended outline, caution text */
  const StkSource *limit_source;  /* where the limit comes from */
  gboolean         user_override; /* the limit is a user value replacing an estimate */
} StkCheckResult;

typedef struct {
  StkProject *project;
  StkCatalog *catalog;
} StkCheckContext;

typedef void (*StkCheckFunc) (const StkCheckContext *ctx,
                              GPtrArray             *results);

typedef struct {
  const char  *id;
  const char  *title;   /* N_() marked */
  StkCheckFunc run;
} StkCheckDescriptor;

const StkCheckDescriptor *stk_checks_get_table   (guint          *n_checks);
/* Runs every check; returns StkCheckResult records (free func set). */
GPtrArray                *stk_checks_run         (StkProject     *project,
                                                  StkCatalog     *catalog);
StkStatus                 stk_checks_worst       (GPtrArray      *results);
void                      stk_check_result_free  (StkCheckResult *result);
const char               *stk_status_to_string   (StkStatus       status); /* "pass", … */
const char               *stk_status_label       (StkStatus       status); /* translated */

/* Runs the one check with this descriptor id (NULL results for an unknown id). */
GPtrArray                *stk_checks_run_one     (StkProject     *project,
                                                  StkCatalog     *catalog,
                                                  const char     *check_id);
/* First record with this check id, item and subject (NULL matches any). */
StkCheckResult           *stk_checks_find        (GPtrArray      *results,
                                                  const char     *check_id,
                                                  const char     *item,
                                                  const char     *subject);

/* Rules shared by the checks and the option explorer, so both judge alike. */
/* Rated current per pin contact × derating; source of the rating. */
double                    stk_checks_pin_current_limit (const StkSeries  *series,
                                                        double            derating,
                                                        const StkSource **source);
/* Fewest pins that carry current_a at per_pin_limit_a each (0 for no current),
 * G_MAXUINT for more than that. */
guint                     stk_checks_pins_for_current  (double            current_a,
                                                        double            per_pin_limit_a);
/* Height two facing boards need: the tallest parts of both may face each
 * other (their positions are not modelled), plus the clearance margin. */
double                    stk_checks_clearance_needed  (double            lower_top_mm,
                                                        double            upper_bottom_mm,
                                                        double            margin_mm);
/* Smallest mated height of the series with a product of this pin count (and
 * packaging, NULL for any) that is at least needed_mm; FALSE if none. */
gboolean                  stk_checks_smallest_height   (const StkSeries  *series,
                                                        guint             pins,
                                                        const char       *packaging_id,
                                                        double            needed_mm,
                                                        double           *height_mm);
/* TRUE when value exceeds limit by more than rounding noise. */
gboolean                  stk_checks_exceeds           (double            value,
                                                        double            limit);

G_END_DECLS
