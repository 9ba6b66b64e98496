/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-check-subject.h"
#include "stk-drawing.h"

G_BEGIN_DECLS

/* One connector part of a mate as drawn: catalog values resolved once,
 * shared by its pair view, the top view and the sections. */
typedef struct {
  const StkSeries  *series;       /* NULL: unknown series */
  const StkMate    *mate;
  StkRole           role;
  const StkBoard   *board;
  double            u;            /* drawing mm per paper mm */
  StkUnits          units;        /* of the lengths in its labels */
  double            left_room;    /* left of the geometry: the pattern width and its value */
  double            side_step;    /* between the vertical dimensions on the right, for their values */
  gboolean          faces_up;     /* on the lower board: seen from above */
  gboolean          mirrored;     /* drawn turned over, as it lands on its mate */
  gboolean          ok;           /* A and B known: the part exists */
  StkValue          dims[STK_N_DIMS];
  StkValue          body_w, tip_w, height;
  const StkPattern *pattern;
  const char       *part_number;
  double            pat_len, pat_w;   /* pattern extent (outline-only: the part outline) */
  gboolean          stiffener;
  gboolean          stiffener_user;
  double            st_len[2], st_w[2]; /* recommended min and max, or the user outline twice */
  double            st_ext[2];          /* extension per side, min and max */
  gboolean          st_covers_body;     /* the body, not the pattern rule, sets the recommended plate */
  StkProvKind       st_prov;
  double            half_len, half_w;   /* half extents of everything in the top view */
  char            **notes;        /* lines under the view, wrapped */
  guint             n_notes;
  guint             n_pattern_lines; /* the first lines: the pattern note */
  char             *layer;
  char             *subject;
  char             *board_subject; /* "board:<id>" or NULL */
  gboolean          view_ready;   /* left_room, side_step and notes set (_stk_part_init_view) */
  /* A view shared by mates drawn alike (_stk_part_share): all of them, the
   * part's own first; subject and board_subject then name each in turn. */
  const StkMate *const *sharers;
  guint             n_sharers;
} StkPart;

void        _stk_part_init       (StkPart       *part,
                                  StkProject    *project,
                                  StkCatalog    *catalog,
                                  const StkMate *mate,
                                  StkRole        role,
                                  double         unit,
                                  StkUnits       units);
/* Only what the top view and the sections draw; _stk_part_init_view adds
 * what the part's own view needs. */
void        _stk_part_init_geometry (StkPart       *part,
                                     StkProject    *project,
                                     StkCatalog    *catalog,
                                     const StkMate *mate,
                                     StkRole        role,
                                     double         unit,
                                     StkUnits       units);
void        _stk_part_init_view  (StkPart       *part);
void        _stk_part_clear      (StkPart       *part);
/* TRUE when the two parts' views (_stk_part_draw_view) would be drawn alike
 * but for their mates' names, boards' names and subjects: one view can stand
 * for both. The hash agrees with it. */
gboolean    _stk_part_same_drawing (const StkPart *a,
                                    const StkPart *b);
guint       _stk_part_drawing_hash (const StkPart *part);
/* shared: part's view standing for mates (part's own first, all drawn alike
 * by _stk_part_same_drawing): titled without a mate's or board's name, its
 * primitives about each mate (without subjects: only part's own, for a
 * view only measured). Cleared with _stk_part_clear; mates must outlive it. */
void        _stk_part_share      (StkPart       *shared,
                                  const StkPart *part,
                                  StkProject    *project,
                                  const StkMate *const *mates,
                                  guint          n_mates,
                                  gboolean       subjects);
/* Adds subject (freed) to subjects, STK_SUBJECT_OR before it unless first. */
void        _stk_subject_append_alternative (GString    *subjects,
                                             char       *subject);
void        _stk_part_view_size  (const StkPart *part,
                                  double        *width,
                                  double        *height);
/* x of the part's centre in its view, from the view's left edge. */
double      _stk_part_centre_x   (const StkPart *part);
void        _stk_part_draw_view  (StkDrawing    *drawing,
                                  const StkPart *part,
                                  double         x,
                                  double         y);
/* placement: the project's (with no catalog), shared by the section views
 * of one drawing; NULL: computed here. */
double      _stk_drawing_section (StkDrawing    *drawing,
                                  StkProject    *project,
                                  const StkPlacement *placement,
                                  StkPart       *parts,
                                  guint          first_mate,
                                  guint          n_mates,
                                  double         x,
                                  double         y);

G_END_DECLS
