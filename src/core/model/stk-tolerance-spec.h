/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-project.h"
#include "stk-source.h"

G_BEGIN_DECLS

/* What the project holds for the tolerance analysis (the file's optional
 * "tolerance" member, docs/file-format.md): the run's settings, the
 * placement rotation and the board-to-board fixing, and the contributors
 * the user adds. Figures left unset take the defaults below, each with
 * its provenance. */

typedef enum {
  STK_TOL_NORMAL,     /* tolerance = k·σ */
  STK_TOL_UNIFORM,    /* anywhere within ±tolerance */
  STK_TOL_TRIANGULAR, /* within ±tolerance, peaked at the middle */
  STK_TOL_RADIAL,     /* anywhere in a disc of radius tolerance (a pin in a hole) */
} StkTolDistribution;

typedef enum {
  STK_TOL_ALONG,    /* mm along the connector (its length, A) */
  STK_TOL_ACROSS,   /* mm across it */
  STK_TOL_ROTATION, /* degrees about the connector centre: moves the ends across by ±A/2·θ */
  STK_TOL_PLANE,    /* mm in both axes at once; the distribution must be radial */
} StkTolAxis;

#define STK_TOL_N_DISTRIBUTIONS 4
#define STK_TOL_N_AXES 4

/* A contributor the user adds. */
typedef struct {
  char              *mate;         /* the mate it acts on; NULL or "": every connector */
  char              *name;
  StkTolAxis         axis;
  StkTolDistribution distribution;
  double             nominal;      /* mm, or degrees for rotation */
  double             tolerance;    /* ± (the radius for radial) */
  double             k;            /* normal only: tolerance = k·σ */
  double             mean_shift;
  char              *group;        /* correlation group; NULL or "": independent */
} StkTolUserContributor;

/* A board's own placement rotation, over the project's figure. */
typedef struct {
  char   *board;
  double  rotation_deg;
} StkTolBoardRotation;

typedef struct {
  guint64   samples;              /* Monte Carlo samples per connector */
  guint64   seed;
  double    target_ppm;           /* ≤ this many ppm outside the window passes */
  /* unset: the default below */
  gboolean  rotation_set;
  double    rotation_deg;         /* ± placement rotation of every connector on its board */
  gboolean  pin_position_set;
  double    pin_position_mm;      /* ± position of the locating pin (radius of its zone) */
  gboolean  hole_position_set;
  double    hole_position_mm;     /* ± position of the hole it enters */
  gboolean  pin_clearance_set;
  double    pin_clearance_mm;     /* hole diameter − pin diameter */
  GPtrArray *contributors;        /* StkTolUserContributor */
  GPtrArray *board_rotations;     /* StkTolBoardRotation, in the order set */
} StkTolSpec;

#define STK_TOL_DEFAULT_SAMPLES 1000000
#define STK_TOL_DEFAULT_TARGET_PPM 100.0
#define STK_TOL_DEFAULT_SEED 1
/* The run's ranges, for the file's reader, the CLI and the app's fields alike. */
#define STK_TOL_SAMPLES_MAX G_GINT64_CONSTANT (1000000000)
/* every seed a double holds exactly (2^53 - 1): the app edits it as a number */
#define STK_TOL_SEED_MAX G_GINT64_CONSTANT (9007199254740991)
#define STK_TOL_TARGET_PPM_MAX 1e6
#define STK_TOL_ROTATION_MAX_DEG 45.0
/* a contributor's tolerance, a position or the pin's clearance, in mm */
#define STK_TOL_TOLERANCE_MAX_MM 10.0

StkTolSpec *stk_tol_spec_new            (void);
StkTolSpec *stk_tol_spec_copy           (const StkTolSpec *spec);
void        stk_tol_spec_free           (StkTolSpec       *spec);
/* Nothing differs from a new spec: the file needs no "tolerance" member. */
gboolean    stk_tol_spec_is_default     (const StkTolSpec *spec);

/* The figures the analysis uses, the user's or the defaults, with sources. */
StkValue    stk_tol_spec_rotation       (const StkTolSpec      *spec);
/* The board's own rotation if it has one, else the project's. */
StkValue    stk_tol_spec_board_rotation (const StkTolSpec      *spec,
                                         const char            *board);
StkValue    stk_tol_spec_pin_position   (const StkTolSpec      *spec);
StkValue    stk_tol_spec_hole_position  (const StkTolSpec      *spec);
/* Unset, twice the requirements' ± board-to-board alignment tolerance. */
StkValue    stk_tol_spec_pin_clearance  (const StkTolSpec      *spec,
                                         const StkRequirements *req);

/* A contributor's name: 1 to STK_TOL_NAME_MAX characters, in the file
 * (its reader) and in the editors alike. */
#define STK_TOL_NAME_MAX 200

/* Whether name can name a contributor; FALSE with the reader's reason. */
gboolean    stk_tol_contributor_name_check (const char                  *name,
                                            GError                     **error);
void        stk_tol_user_contributor_init  (StkTolUserContributor       *c);
void        stk_tol_user_contributor_clear (StkTolUserContributor       *c);
void        stk_tol_user_contributor_copy  (StkTolUserContributor       *dest,
                                            const StkTolUserContributor *src);

const char *stk_tol_distribution_to_string   (StkTolDistribution  distribution);
gboolean    stk_tol_distribution_from_string (const char         *name,
                                              StkTolDistribution *distribution);
const char *stk_tol_axis_to_string           (StkTolAxis          axis);
gboolean    stk_tol_axis_from_string         (const char         *name,
                                              StkTolAxis         *axis);

/* Editing through the project: each call that changes something emits
 * ::changed::tolerance once. */
StkTolSpec *stk_project_get_tolerance            (StkProject *self);
void        stk_project_set_tolerance_run        (StkProject *self,
                                                  guint64     samples,
                                                  guint64     seed,
                                                  double      target_ppm);
/* A negative value unsets the figure (the default applies again). */
void        stk_project_set_tolerance_rotation   (StkProject *self,
                                                  double      rotation_deg);
/* A board's own rotation; a negative value unsets it. */
void        stk_project_set_tolerance_board_rotation (StkProject *self,
                                                      const char *board,
                                                      double      rotation_deg);
void        stk_project_set_tolerance_fixing     (StkProject *self,
                                                  double      pin_position_mm,
                                                  double      hole_position_mm,
                                                  double      pin_clearance_mm);
/* Appends a copy; returns its index. */
guint       stk_project_add_tolerance_contributor    (StkProject                  *self,
                                                      const StkTolUserContributor *c);
/* FALSE, and nothing changes, when c's name fails
 * stk_tol_contributor_name_check (the file could not hold it). */
gboolean    stk_project_set_tolerance_contributor    (StkProject                  *self,
                                                      guint                        index,
                                                      const StkTolUserContributor *c,
                                                      GError                     **error);
void        stk_project_remove_tolerance_contributor (StkProject                  *self,
                                                      guint                        index);

G_END_DECLS
