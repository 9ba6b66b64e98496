/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "stk-board.h"
#include "stk-mate.h"
#include "stk-section-cut.h"

G_BEGIN_DECLS

/* Design requirements the checks measure against. */
typedef struct {
  double   alignment_tolerance_mm;   /* ± board-to-board, both axes, of the mechanical fixing */
  guint    cycles_assembly;
  guint    cycles_rework;
  guint    cycles_test;
  guint    cycles_service;
  double   ambient_min_c;
  double   ambient_max_c;
  double   reflow_peak_c;
  double   iron_temp_c;
  double   iron_time_s;
  double   current_derating;         /* factor on the rated current, 0 < f ≤ 1 */
  double   clearance_margin_mm;      /* between facing components and the other board */
  gboolean capture_allowance_set;    /* the user overrides the catalog estimate */
  double   capture_allowance_mm;
  double   storage_min_c;            /* where the connectors wait before assembly */
  double   storage_max_c;
  gboolean storage_packed;           /* still in their emboss packing */
} StkRequirements;

/* What a ::changed emission is about; also its detail ("changed::mates"). */
typedef enum {
  STK_CHANGE_ALL,           /* anything, or several things ("all") */
  STK_CHANGE_TITLE,         /* name, author, revision, notes ("title") */
  STK_CHANGE_BOARDS,        /* a board added, moved, or edited ("boards") */
  STK_CHANGE_MATES,         /* a mate added, removed, moved or edited ("mates") */
  STK_CHANGE_REQUIREMENTS,  /* the requirements ("requirements") */
  STK_CHANGE_VIEWS,         /* the user's section cuts ("views") */
  STK_CHANGE_TOLERANCE,     /* the tolerance analysis's settings and contributors ("tolerance") */
} StkChangeKind;

typedef struct {
  StkChangeKind  kind;
  const char    *id;        /* the board or mate, NULL for several or none */
  /* The one member of it that changed, as the struct names it
   * ("thickness_mm", "pin_nets"); NULL when several did, or the item was
   * added, removed or moved. */
  const char    *field;
} StkProjectChange;

#define STK_TYPE_PROJECT (stk_project_get_type ())
G_DECLARE_FINAL_TYPE (StkProject, stk_project, STK, PROJECT, GObject)

/* A new project is valid at once: a main board and a daughter board joined
 * by one P4 pair, defaults that pass every check. */
StkProject      *stk_project_new                (void);
StkProject      *stk_project_new_empty          (void);
StkProject      *stk_project_copy               (StkProject *self);

const char      *stk_project_get_name           (StkProject *self);
/* What to call it: its name, or "Untitled stack-up" when it has none. */
const char      *stk_project_get_label          (StkProject *self);
void             stk_project_set_name           (StkProject *self,
                                                 const char *name);
const char      *stk_project_get_author         (StkProject *self);
void             stk_project_set_author         (StkProject *self,
                                                 const char *author);
const char      *stk_project_get_revision       (StkProject *self);
void             stk_project_set_revision       (StkProject *self,
                                                 const char *revision);
/* Title block fields of the drawing (ISO 7200); "" when not given. The date is free text. */
const char      *stk_project_get_drawing_number (StkProject *self);
void             stk_project_set_drawing_number (StkProject *self,
                                                 const char *drawing_number);
const char      *stk_project_get_checker        (StkProject *self);
void             stk_project_set_checker        (StkProject *self,
                                                 const char *checker);
const char      *stk_project_get_approver       (StkProject *self);
void             stk_project_set_approver       (StkProject *self,
                                                 const char *approver);
const char      *stk_project_get_date           (StkProject *self);
void             stk_project_set_date           (StkProject *self,
                                                 const char *date);
const char      *stk_project_get_notes          (StkProject *self);
void             stk_project_set_notes          (StkProject *self,
                                                 const char *notes);

/* Boards, bottom to top; mates in the order the user made them. Lookups
 * by id take constant time (a hash table the project keeps current). */
GPtrArray       *stk_project_get_boards         (StkProject *self);
GPtrArray       *stk_project_get_mates          (StkProject *self);
StkRequirements *stk_project_get_requirements   (StkProject *self);
StkBoard        *stk_project_find_board         (StkProject *self,
                                                 const char *id);
int              stk_project_board_index        (StkProject *self,
                                                 const char *id);
StkMate         *stk_project_find_mate          (StkProject *self,
                                                 const char *id);
int              stk_project_mate_index         (StkProject *self,
                                                 const char *id);
/* A fresh id not yet used by a board or mate: "board-3". */
char            *stk_project_unique_id          (StkProject *self,
                                                 const char *prefix);

/* Editing. Each call emits ::changed once. Views edit items through
 * stk_project_update_board () and its kin below; code that edits the
 * structs returned above directly (a reader, a test) follows with
 * stk_project_changed (). */
void             stk_project_add_board          (StkProject *self,
                                                 StkBoard   *board,
                                                 int         position);
void             stk_project_remove_board       (StkProject *self,
                                                 guint       index);
void             stk_project_move_board         (StkProject *self,
                                                 guint       from,
                                                 guint       to);
void             stk_project_add_mate           (StkProject *self,
                                                 StkMate    *mate);
void             stk_project_remove_mate        (StkProject *self,
                                                 guint       index);
void             stk_project_move_mate          (StkProject *self,
                                                 guint       from,
                                                 guint       to);
void             stk_project_changed            (StkProject *self);
/* After editing one thing: emits ::changed with its detail and record. */
void             stk_project_changed_one        (StkProject    *self,
                                                 StkChangeKind  kind,
                                                 const char    *id);
/* During a ::changed emission, what it is about. */
const StkProjectChange *stk_project_get_change  (StkProject *self);
/* After editing one member of one thing: emits ::changed naming it. */
void             stk_project_changed_field      (StkProject    *self,
                                                 StkChangeKind  kind,
                                                 const char    *id,
                                                 const char    *field);
/* The change edited one member of one board or mate that decides neither
 * which boards are joined nor what the placement says of a connector (a
 * board's thickness, a connector's pins or position; not its boards or its
 * turns): a view of the assembly's structure need not place it again. */
gboolean         stk_project_change_keeps_joins (const StkProjectChange *change);
/* Grows by one with every ::changed: what results derived from the
 * project (the checks) are keyed on. */
guint64          stk_project_get_serial         (StkProject *self);

/* The editors' path (stk-project-edit.c): copy the item, change the copy,
 * hand it back. What differs from the stored item is copied into it (the
 * item stays the same struct; value's id is ignored) and one ::changed
 * names the item and, when one member differs, that member. Nothing
 * differs: nothing is emitted, FALSE. */
gboolean         stk_project_update_board       (StkProject            *self,
                                                 const char            *id,
                                                 const StkBoard        *value);
gboolean         stk_project_update_mate        (StkProject            *self,
                                                 const char            *id,
                                                 const StkMate         *value);
gboolean         stk_project_update_requirements (StkProject           *self,
                                                  const StkRequirements *value);
/* Replaces the whole content with that of other (undo, reload). */
void             stk_project_assign             (StkProject *self,
                                                 StkProject *other);

/* Members of the file this version does not know, kept for saving. */
JsonObject      *stk_project_get_extra_members  (StkProject *self);
void             stk_project_set_extra_members  (StkProject *self,
                                                 JsonObject *extra);

/* The user's section cuts (StkSectionCut), in the order made; the
 * drawing adds one through each connector of its own. */
GPtrArray       *stk_project_get_section_cuts   (StkProject    *self);
/* Takes cut; emits ::changed::views. */
void             stk_project_add_section_cut    (StkProject    *self,
                                                 StkSectionCut *cut);
void             stk_project_remove_section_cut (StkProject    *self,
                                                 guint          index);

void             stk_requirements_init_defaults (StkRequirements *req);
guint            stk_requirements_total_cycles  (const StkRequirements *req);

G_END_DECLS
