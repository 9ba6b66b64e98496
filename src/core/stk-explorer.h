/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-check.h"

G_BEGIN_DECLS

/* What a design needs from one connector pair. */
typedef struct {
  guint          signal_pins;
  GPtrArray     *power_nets;          /* StkNet: name and current_a; each gets its own pins */
  double         lower_top_mm;        /* tallest part on the lower board, facing up */
  double         upper_bottom_mm;     /* tallest part on the upper board or FPC, facing down */
  gboolean       any_kind;            /* TRUE: board-to-board and board-to-FPC alike */
  StkSeriesKind  kind;
  double         max_length_mm;       /* 0: no limit */
  double         max_width_mm;        /* 0: no limit */
  guint          mating_cycles;
  char          *packaging;           /* preferred packaging id, NULL for none: ranks, never excludes */
  double         current_derating;
  double         clearance_margin_mm;
} StkExplorerConstraints;

typedef struct {
  const char *check_id;  /* a check id ("electrical", "stack", "mechanical") or a
                          * constraint ("kind", "pins", "length", "width") */
  char       *message;
} StkExplorerReason;

/* One catalog combination (a PRODUCT TYPES row) judged against the constraints. */
typedef struct {
  const StkProduct *product;
  StkStatus         verdict;             /* PASS, or FAIL when any reason excludes it */
  gboolean          preferred_packaging;
  guint             pins_needed;         /* signal pins + pins the power nets need */
  double            length_mm;           /* footprint: overall length A of the longer part */
  const StkSource  *length_source;
  double            width_mm;            /* footprint: width of the wider part (estimates) */
  const StkSource  *width_source;
  GPtrArray        *reasons;             /* StkExplorerReason */
} StkExplorerOption;

StkExplorerConstraints *stk_explorer_constraints_new        (void);
void                    stk_explorer_constraints_free       (StkExplorerConstraints *c);
void                    stk_explorer_constraints_add_power  (StkExplorerConstraints *c,
                                                             const char             *name,
                                                             double                  current_a);

/* Every product of every series, best first: passing ones first, then the
 * smallest footprint area, the preferred packaging, the lowest mated
 * height. StkExplorerOption records, free func set. */
GPtrArray              *stk_explorer_run                    (StkCatalog                   *catalog,
                                                             const StkExplorerConstraints *c);
/* The constraints as command-line options (--signal-pins N, --power NAME=AMPS, …, as
 * `stackup-cli options --help` lists them) writing into c, which must outlive the group.
 * Once a GOptionContext has parsed them, a post-parse hook checks the values and fills
 * c, or fails the parse with G_OPTION_ERROR_BAD_VALUE saying which option is wrong. */
GOptionGroup           *stk_explorer_constraints_option_group (StkExplorerConstraints *c);
/* "stack, length": the ids of the reasons, "" when it passes. */
char                   *stk_explorer_option_excluded_by     (const StkExplorerOption *option);
void                    stk_explorer_option_free            (StkExplorerOption       *option);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkExplorerConstraints, stk_explorer_constraints_free)

G_END_DECLS
