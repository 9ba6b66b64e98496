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
  char            *subject;       /* what it is about, for highlighting:
                                   * "board:<id>", "mate:<id>", "mate:<id>/socket",
                                   * "mate:<id>/header", "net:<mate-id>/<net>", "stack" */
  char            *subject_label; /* "J1 socket on Main board" */
  StkStatus        status;
  gboolean         has_value;
  double           value;         /* computed value */
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

G_END_DECLS
