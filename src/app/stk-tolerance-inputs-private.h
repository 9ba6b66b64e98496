/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-tolerance-inputs.h"

G_BEGIN_DECLS

/* The Tolerance page's inputs, split by concern: the settings (this
 * class's .c) and the contributor rows (-rows.c). */

enum { FIG_ROTATION, FIG_PIN, FIG_HOLE, FIG_CLEARANCE, N_FIGS };
enum { RUN_SAMPLES, RUN_SEED, RUN_TARGET, N_RUN };

struct _StkToleranceInputs
{
  GtkWidget      parent_instance;

  GtkSpinButton *run[N_RUN];
  GtkSpinButton *figures[N_FIGS];
  GtkLabel      *sources[N_FIGS];
  GtkBox        *rows_box;
  GtkGrid       *settings;     /* its rows from N_RUN + N_FIGS on: one a board */
  GPtrArray     *board_spins;  /* GtkSpinButton, one a board, its id as "stk-board" */
  GtkGrid       *rows_grid;
  GPtrArray     *rows;         /* Row, of stk-tolerance-inputs-rows.c */
  GPtrArray     *mate_ids;     /* char *, item i + 1 of a row's mate choice */
  StkProject    *project;
};

/* stk-tolerance-inputs.c */
GtkSpinButton *_stk_tolerance_inputs_spin_new       (double              lower,
                                                     double              upper,
                                                     double              step,
                                                     guint               digits);
GtkWidget     *_stk_tolerance_inputs_head_label     (const char         *text);

/* stk-tolerance-inputs-rows.c: the user's contributors as rows */
void           _stk_tolerance_inputs_rebuild_rows   (StkToleranceInputs *self);
void           _stk_tolerance_inputs_clear_rows     (StkToleranceInputs *self);
/* Rebuilds when the number of contributors changed, else updates in place. */
void           _stk_tolerance_inputs_sync_rows      (StkToleranceInputs *self);
void           _stk_tolerance_inputs_add_contributor (StkToleranceInputs *self);

G_END_DECLS
