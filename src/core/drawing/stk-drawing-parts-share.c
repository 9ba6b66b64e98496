/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <string.h>

#include "stk-check-subject.h"
#include "stk-drawing-private.h"

/* Which connector parts are drawn alike, so that one view stands for all
 * of them, and that view's part: its subjects naming each. */

static gboolean
same_source (const StkSource *a,
             const StkSource *b)
{
  if (a == b)
    return TRUE;
  return a != NULL && b != NULL && a->kind == b->kind && g_strcmp0 (a->ref, b->ref) == 0 &&
         g_strcmp0 (a->confidence, b->confidence) == 0 && g_strcmp0 (a->label, b->label) == 0;
}

static gboolean
same_value (const StkValue *a,
            const StkValue *b)
{
  return a->value == b->value && same_source (a->source, b->source);
}

static gboolean
same_board (const StkBoard *a,
            const StkBoard *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  /* Its kind names it in a shared view's title; the stiffener fields are
   * what the plate drawn and its note come from. */
  return a->kind == b->kind && a->stiffener == b->stiffener && a->stiffener_thickness_mm == b->stiffener_thickness_mm &&
         a->stiffener_recommended == b->stiffener_recommended && a->stiffener_length_mm == b->stiffener_length_mm &&
         a->stiffener_width_mm == b->stiffener_width_mm;
}

/* Every field _stk_part_draw_view draws from, but the mate's and board's
 * names (a shared view writes neither) and the subjects and layer (a shared
 * view holds each mate's). A field added to StkPart and drawn must be
 * compared here, and hashed below if it is cheap to. The fields only the
 * part's own view needs (left_room, side_step, the notes, the view size:
 * _stk_part_init_view) are not compared: they are made from the fields
 * compared here, so the parts are compared as the top view and sections
 * resolve them, without writing those for every connector. */
gboolean
_stk_part_same_drawing (const StkPart *a,
                        const StkPart *b)
{
  if (a->series != b->series || a->role != b->role || a->u != b->u || a->units != b->units ||
      a->faces_up != b->faces_up || a->mirrored != b->mirrored || a->ok != b->ok ||
      a->mate->pins != b->mate->pins || a->mate->mated_height_mm != b->mate->mated_height_mm ||
      g_strcmp0 (a->mate->packaging, b->mate->packaging) != 0 || g_strcmp0 (a->part_number, b->part_number) != 0 ||
      !same_board (a->board, b->board))
    return FALSE;
  for (guint i = 0; i < STK_N_DIMS; i++)
    if (!same_value (&a->dims[i], &b->dims[i]))
      return FALSE;
  if (!same_value (&a->body_w, &b->body_w) || !same_value (&a->tip_w, &b->tip_w) ||
      !same_value (&a->height, &b->height) || a->pattern != b->pattern ||
      a->pat_len != b->pat_len || a->pat_w != b->pat_w || a->half_len != b->half_len || a->half_w != b->half_w)
    return FALSE;
  if (a->stiffener != b->stiffener || a->stiffener_user != b->stiffener_user ||
      a->st_covers_body != b->st_covers_body || a->st_prov != b->st_prov ||
      memcmp (a->st_len, b->st_len, sizeof a->st_len) != 0 || memcmp (a->st_w, b->st_w, sizeof a->st_w) != 0 ||
      memcmp (a->st_ext, b->st_ext, sizeof a->st_ext) != 0)
    return FALSE;
  return TRUE;
}

guint
_stk_part_drawing_hash (const StkPart *part)
{
  guint h = g_direct_hash (part->series);

  h = h * 31 + part->role;
  h = h * 31 + part->mate->pins;
  h = h * 31 + g_double_hash (&part->mate->mated_height_mm);
  h = h * 31 + (part->part_number ? g_str_hash (part->part_number) : 0);
  h = h * 31 + (part->board ? 1 + part->board->kind : 0);
  h = h * 31 + (guint) part->stiffener * 2 + (guint) part->faces_up;
  return h;
}

void
_stk_subject_append_alternative (GString *subjects,
                                 char    *subject)
{
  if (subjects->len > 0)
    g_string_append_c (subjects, STK_SUBJECT_OR);
  g_string_append (subjects, subject);
  g_free (subject);
}

void
_stk_part_share (StkPart              *shared,
                 const StkPart        *part,
                 StkProject           *project,
                 const StkMate *const *mates,
                 guint                 n_mates,
                 gboolean              with_subjects)
{
  g_autoptr(GString) subjects = g_string_new (NULL);
  g_autoptr(GString) boards = g_string_new (NULL);

  *shared = *part;
  shared->layer = g_strdup (part->layer);
  shared->notes = g_strdupv (part->notes);
  shared->sharers = mates;
  shared->n_sharers = n_mates;
  if (!with_subjects)
    {
      shared->subject = g_strdup (part->subject);
      shared->board_subject = g_strdup (part->board_subject);
      return;
    }
  for (guint i = 0; i < n_mates; i++)
    {
      const StkMate *m = mates[i];
      const StkBoard *b = stk_project_find_board (project, part->role == STK_ROLE_SOCKET ? m->socket_board
                                                                                          : m->header_board);

      _stk_subject_append_alternative (subjects, stk_subject_mate_side (m->id, part->role));
      if (b != NULL)
        _stk_subject_append_alternative (boards, stk_subject_board (b->id));
    }
  shared->subject = g_string_free (g_steal_pointer (&subjects), FALSE);
  shared->board_subject = part->board_subject ? g_string_free (g_steal_pointer (&boards), FALSE) : NULL;
}
