/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-check.h"

G_BEGIN_DECLS

/* What a design needs from one connector pair. */
typedef struct {
  guint          signal_pins;
  GPtrArray     *power_nets;          /* StkNet: supply nets, name and current_a; each gets its own pins */
  /* The supplies' current comes back on a ground net through the same
   * connector, which needs pins for the sum, unless it returns elsewhere
   * (another connector, the chassis). */
  char          *return_net;          /* its name; NULL: "GND" */
  gboolean       return_elsewhere;
  /* Lay the pins out so a mating turned by 180° is safe: each supply on
   * pairs of pins p and n + 1 − p, so it meets only itself. */
  gboolean       reversal_safe;
  double         lower_top_mm;        /* tallest part on the lower board, facing up */
  double         upper_bottom_mm;     /* tallest part on the upper board or FPC, facing down */
  /* The joint: between two rigid boards (BOARD_TO_BOARD) or a rigid board
   * and an FPC (BOARD_TO_FPC); any_kind puts each series on the joint it is
   * made for. The kind chooses the boards the option is checked between,
   * never the series. */
  gboolean       any_kind;
  StkSeriesKind  kind;
  double         max_length_mm;       /* 0: no limit */
  double         max_width_mm;        /* 0: no limit */
  guint          mating_cycles;
  char          *packaging;           /* preferred packaging id, NULL for none: ranks, never excludes */
  double         current_derating;
  double         clearance_margin_mm;
  /* The other requirements the checks read (temperatures, alignment,
   * capture allowance…): a new project's defaults, or the bound project's.
   * Derating, margin and cycles above take precedence. */
  StkRequirements requirements;
  StkUnits       units;               /* of the lengths in the reasons' messages (figures stay mm) */
} StkExplorerConstraints;

typedef struct {
  const char *check_id;  /* a check id ("electrical", "stack", "mechanical", …) or a
                          * constraint ("pins", "length", "width") */
  StkStatus   status;    /* FAIL: excludes the option; WARNING: a caution it passes with */
  char       *message;
} StkExplorerReason;

/* One catalog combination (a PRODUCT TYPES row) judged against the
 * constraints: the checks (stk_checks_run) run on a project of two boards
 * joined by this product, and the footprint and pin count constraints. */
typedef struct {
  const StkProduct *product;
  StkStatus         verdict;             /* FAIL when any reason excludes it, WARNING when a check
                                          * warns, else PASS (info records are not verdicts) */
  gboolean          preferred_packaging;
  guint             pins_needed;         /* signal + supply + return pins */
  guint             supply_pins;         /* for the supplies' currents; even when reversal-safe */
  guint             return_pins;         /* for the sum of the supplies, 0 when it returns elsewhere */
  /* Footprint: the larger of body and recommended pattern, over socket and
   * header; the filters and the ranking use it. The source is that of the
   * value that governs (the body when both are equal). */
  double            length_mm;
  const StkSource  *length_source;
  double            width_mm;
  const StkSource  *width_source;
  double            body_length_mm;      /* overall length A of the longer part */
  const StkSource  *body_length_source;
  double            body_width_mm;       /* the wider part over its terminals */
  const StkSource  *body_width_source;
  double            pattern_length_mm;   /* recommended PC board pattern of either part */
  const StkSource  *pattern_length_source; /* estimates; NULL when no pattern is published */
  double            pattern_width_mm;
  const StkSource  *pattern_width_source;
  GPtrArray        *reasons;             /* StkExplorerReason: exclusions (FAIL) first, then
                                          * warnings; one per check id */
} StkExplorerOption;

StkExplorerConstraints *stk_explorer_constraints_new        (void);
void                    stk_explorer_constraints_free       (StkExplorerConstraints *c);
void                    stk_explorer_constraints_add_power  (StkExplorerConstraints *c,
                                                             const char             *name,
                                                             double                  current_a);
/* The return net's name: return_net, or "GND". */
const char             *stk_explorer_constraints_get_return_net (const StkExplorerConstraints *c);

/* Every product of every series, best first: passing ones first, then the
 * smallest footprint area, the preferred packaging, the lowest mated
 * height. StkExplorerOption records, free func set. */
GPtrArray              *stk_explorer_run                    (StkCatalog                   *catalog,
                                                             const StkExplorerConstraints *c);
/* The project the checks judge the option by: two boards joined by its
 * product, the nets (the return net with the supplies' sum) and, when a
 * reversal-safe layout is asked for and fits, its pin assignment. */
StkProject             *stk_explorer_option_project         (const StkExplorerConstraints *c,
                                                             const StkExplorerOption      *option);
/* Makes the mate that product: series, mated height, pins (keeping the
 * assignment that fits) and packaging. */
void                    stk_explorer_set_mate_product       (StkMate                 *mate,
                                                             const StkProduct        *product);

/* The constraints as command-line options (--signal-pins N, --power NAME=AMPS, …, as
 * `stackup-cli options --help` lists them) writing into c, which must outlive the group.
 * Once a GOptionContext has parsed them, a post-parse hook checks the values and fills
 * c, or fails the parse with G_OPTION_ERROR_BAD_VALUE saying which option is wrong. */
GOptionGroup           *stk_explorer_constraints_option_group (StkExplorerConstraints *c);
/* "stack, length": the ids of the reasons that exclude it, "" when it fits. */
char                   *stk_explorer_option_excluded_by     (const StkExplorerOption *option);
void                    stk_explorer_option_free            (StkExplorerOption       *option);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkExplorerConstraints, stk_explorer_constraints_free)

G_END_DECLS
