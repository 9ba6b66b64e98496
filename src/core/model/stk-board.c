/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-board"

#include "stk-config.h"

#include "stk-board.h"
#include "stk-enum-private.h"
#include "stk-keepout.h"

G_DEFINE_BOXED_TYPE (StkBoard, stk_board, stk_board_copy, stk_board_free)

static const StkEnumName board_kinds[] = {
  { STK_BOARD_RIGID, "rigid" },
  { STK_BOARD_FPC, "fpc" },
};
static const StkEnumName stiffener_kinds[] = {
  { STK_STIFFENER_NONE, "none" },
  { STK_STIFFENER_GLASS_EPOXY, "glass-epoxy" },
  { STK_STIFFENER_POLYIMIDE, "polyimide" },
  { STK_STIFFENER_SUS, "sus" },
};
static const StkEnumName flatness_kinds[] = {
  { STK_FLATNESS_WARP_MM, "warp_mm" },
  { STK_FLATNESS_BOW_TWIST_PERCENT, "bow_twist_percent" },
};

/* from_string stores through an int pointer */
G_STATIC_ASSERT (sizeof (StkBoardKind) == sizeof (int));
G_STATIC_ASSERT (sizeof (StkStiffenerKind) == sizeof (int));
G_STATIC_ASSERT (sizeof (StkFlatnessKind) == sizeof (int));

/* Defaults describe a typical 0.8 mm four-layer board placed by a line that
 * holds ±0.05 mm, so a new project passes until the user says otherwise. */
StkBoard *
stk_board_new (const char  *id,
               const char  *name,
               StkBoardKind kind)
{
  StkBoard *b = g_new0 (StkBoard, 1);

  b->id = g_strdup (id);
  b->name = g_strdup (name);
  b->kind = kind;
  b->thickness_mm = kind == STK_BOARD_FPC ? 0.1 : 0.8;
  b->flatness_kind = STK_FLATNESS_WARP_MM;
  b->warp_mm = 0.01;
  b->bow_twist_percent = 0.1;
  b->placement_accuracy_mm = 0.05;
  b->component_top_mm = 0.0;
  b->component_bottom_mm = 0.0;
  b->stiffener = kind == STK_BOARD_FPC ? STK_STIFFENER_POLYIMIDE : STK_STIFFENER_NONE;
  b->stiffener_thickness_mm = 0.2;
  b->stiffener_recommended = TRUE;
  b->stiffener_length_mm = 0;
  b->stiffener_width_mm = 0;
  return b;
}

StkBoard *
stk_board_copy (const StkBoard *board)
{
  StkBoard *b = g_memdup2 (board, sizeof *board);

  b->id = g_strdup (board->id);
  b->name = g_strdup (board->name);
  b->keepouts = stk_keepouts_copy (board->keepouts);
  if (board->extra != NULL)
    b->extra = json_object_ref (board->extra);
  return b;
}

void
stk_board_free (StkBoard *board)
{
  if (board == NULL)
    return;
  g_free (board->id);
  g_free (board->name);
  g_clear_pointer (&board->keepouts, g_ptr_array_unref);
  g_clear_pointer (&board->extra, json_object_unref);
  g_free (board);
}

const char *
stk_board_kind_to_string (StkBoardKind kind)
{
  return _stk_enum_to_string (board_kinds, G_N_ELEMENTS (board_kinds), kind);
}

gboolean
stk_board_kind_from_string (const char   *str,
                            StkBoardKind *kind)
{
  return _stk_enum_from_string (board_kinds, G_N_ELEMENTS (board_kinds), str, (int *) kind);
}

const char *
stk_stiffener_kind_to_string (StkStiffenerKind kind)
{
  return _stk_enum_to_string (stiffener_kinds, G_N_ELEMENTS (stiffener_kinds), kind);
}

gboolean
stk_stiffener_kind_from_string (const char       *str,
                                StkStiffenerKind *kind)
{
  return _stk_enum_from_string (stiffener_kinds, G_N_ELEMENTS (stiffener_kinds), str, (int *) kind);
}

const char *
stk_flatness_kind_to_string (StkFlatnessKind kind)
{
  return _stk_enum_to_string (flatness_kinds, G_N_ELEMENTS (flatness_kinds), kind);
}

gboolean
stk_flatness_kind_from_string (const char      *str,
                               StkFlatnessKind *kind)
{
  return _stk_enum_from_string (flatness_kinds, G_N_ELEMENTS (flatness_kinds), str, (int *) kind);
}

double
stk_board_stack_thickness (const StkBoard *board)
{
  if (board->kind == STK_BOARD_FPC && board->stiffener != STK_STIFFENER_NONE)
    return board->thickness_mm + board->stiffener_thickness_mm;
  return board->thickness_mm;
}
