/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"
#include "stk-check-message.h"
#include "stk-i18n.h"
#include "stk-placement.h"
#include "stk-project.h"

G_BEGIN_DECLS

/* Ordered by severity, so MAX() of two is the worse. */
typedef enum {
  STK_STATUS_PASS,
  STK_STATUS_INFO,
  STK_STATUS_WARNING,
  STK_STATUS_FAIL,
} StkStatus;

#define STK_CHECK_MAX_SOURCES 6

/* How firm a verdict a source can carry (docs/checks.md, "Provenance"). */
typedef enum {
  STK_STRENGTH_NONE, /* a placeholder or an estimate of unknown confidence: information only */
  STK_STRENGTH_LOW,  /* a low-confidence estimate: at most a warning */
  STK_STRENGTH_FIRM, /* datasheet, derived, user value, medium- or high-confidence estimate */
} StkStrength;

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
  /* The message (one line: what was computed against what) and the
   * optional detail (pin pairs, recommended outline, caution text) are
   * written when first read: stk_check_result_get_message () and
   * stk_check_result_get_detail (). */
  StkCheckMessage *message_text;
  StkCheckMessage *detail_text;
  const StkSource *limit_source;  /* where the limit comes from (also sources[0]) */
  gboolean         user_override; /* the limit is a user value replacing an estimate */
  /* Every source the verdict rests on, the limit's first: a derated limit
   * rests on the datasheet's rating and the user's derating. */
  const StkSource *sources[STK_CHECK_MAX_SOURCES];
  guint            n_sources;
  /* The provenance rule: a verdict never claims more certainty than its
   * weakest source. figures_status is what the numbers alone say; when the
   * rule lowered it, status differs and weakened_by names the source. */
  StkStatus        figures_status;
  const StkSource *weakened_by;
} StkCheckResult;

typedef struct {
  StkProject         *project;
  StkCatalog         *catalog;
  StkUnits            units;     /* of the lengths in messages; records' values stay in mm */
  const StkPlacement *placement; /* the assembly, computed once per run for every check */
  struct _StkMateRef *mate_refs; /* every mate resolved once per run (stk-check-private.h) */
} StkCheckContext;

typedef void (*StkCheckFunc) (const StkCheckContext *ctx,
                              GPtrArray             *results);

/* Call a descriptor through stk_checks_run () or stk_checks_run_one (), never
 * its run directly: they apply the provenance rule to the records it adds. */
typedef struct {
  const char  *id;
  const char  *title;   /* N_() marked */
  StkCheckFunc run;
} StkCheckDescriptor;

const StkCheckDescriptor *stk_checks_get_table   (guint          *n_checks);
/* The translated title of a check id ("Board warp"); the id if unknown. */
const char               *stk_check_title        (const char     *check_id);
/* Runs every check; returns StkCheckResult records (free func set). */
GPtrArray                *stk_checks_run         (StkProject     *project,
                                                  StkCatalog     *catalog);
StkStatus                 stk_checks_worst       (GPtrArray      *results);
const char               *stk_check_unit_label   (const char     *unit);
void                      stk_check_result_free  (StkCheckResult *result);
/* One line: what was computed against what. */
const char               *stk_check_result_get_message (const StkCheckResult *result);
/* Pin pairs, recommended outline, caution text; NULL when there is none. */
const char               *stk_check_result_get_detail  (const StkCheckResult *result);
StkStrength               stk_source_strength    (const StkSource *source);
/* Every source of the record on one line, "datasheet: …; user value: …". */
char                     *stk_check_result_describe_sources (const StkCheckResult *result);
const char               *stk_status_to_string   (StkStatus       status); /* "pass", … */
const char               *stk_status_label       (StkStatus       status); /* translated */

/* The same, with the lengths in the messages in units (the app's choice);
 * stk_checks_run () writes millimetres, as files and --json do. */
GPtrArray                *stk_checks_run_in      (StkProject     *project,
                                                  StkCatalog     *catalog,
                                                  StkUnits        units);
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
 * other (only the tallest part per face is given), plus the clearance margin. */
double                    stk_checks_clearance_needed  (double            lower_top_mm,
                                                        double            upper_bottom_mm,
                                                        double            margin_mm);
/* The row of the series with this pin count and the smallest mated height
 * that is at least needed_mm, searching every packaging; of rows that tall,
 * one in preferred_packaging (NULL: any) when there is one. NULL if none. */
const StkProduct         *stk_checks_smallest_fitting  (const StkSeries  *series,
                                                        guint             pins,
                                                        const char       *preferred_packaging,
                                                        double            needed_mm);
/* The FPC reinforcing plate behind one connector side, per axis (0 along
 * the connector, 1 across): the family note's 0.5–1.0 mm a side beyond the
 * recommended PC board pattern, moved out on an axis where the connector
 * body outreaches the pattern, so that even the smallest plate covers the
 * body. The checks and the drawing both use it. */
typedef struct {
  double           pattern[2];      /* the recommended pattern; the part outline where none is published */
  double           body[2];         /* the connector body: A, and the width over the terminals */
  double           ext_min[2];      /* plate per side beyond the pattern, smallest … */
  double           ext_max[2];      /* … and largest */
  gboolean         body_governs[2]; /* the body, not the pattern rule, sets the smallest plate */
  gboolean         outline_only;    /* no pattern published */
  const StkSource *pattern_source;
  const StkSource *body_source[2];
  const StkSource *rule_source;     /* the family note */
} StkPlateWindow;

/* FALSE when the part is not in the dimension tables. */
gboolean                  stk_checks_plate_window      (StkCatalog       *catalog,
                                                        const StkSeries  *series,
                                                        StkRole           role,
                                                        guint             pins,
                                                        double            mated_height_mm,
                                                        StkPlateWindow   *window);
/* TRUE when value exceeds limit by more than rounding noise. */
gboolean                  stk_checks_exceeds           (double            value,
                                                        double            limit);

G_END_DECLS
