/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-project-keepout.h"

/* Keep-outs as one edit of one board. */

gboolean
stk_project_check_keepout (StkProject       *self,
                           const char       *board_id,
                           guint             index,
                           const StkKeepout *k,
                           GError          **error)
{
  StkBoard *board = stk_project_find_board (self, board_id);

  g_return_val_if_fail (board != NULL, FALSE);
  /* the reader's bounds: what it refuses, the project could not save */
  if (!isfinite (k->x_mm) || !isfinite (k->y_mm) || fabs (k->x_mm) > STK_KEEPOUT_MAX_SIZE_MM ||
      fabs (k->y_mm) > STK_KEEPOUT_MAX_SIZE_MM || !(k->length_mm >= STK_KEEPOUT_MIN_SIZE_MM) ||
      !(k->width_mm >= STK_KEEPOUT_MIN_SIZE_MM) || k->length_mm > STK_KEEPOUT_MAX_SIZE_MM ||
      k->width_mm > STK_KEEPOUT_MAX_SIZE_MM || !(k->height_mm >= STK_KEEPOUT_MIN_SIZE_MM) ||
      k->height_mm > STK_KEEPOUT_MAX_HEIGHT_MM)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   /* Translators: keep-out number (1-based), board name, then sizes in mm */
                   _("Keep-out %u of “%s” needs a length and a width from %g to %g mm, a height from %g to %g mm "
                     "and its centre within %g mm of the board's origin"),
                   index + 1, board->name, STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM,
                   STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_HEIGHT_MM, STK_KEEPOUT_MAX_SIZE_MM);
      return FALSE;
    }
  return TRUE;
}

gboolean
stk_project_set_keepouts (StkProject *self,
                          const char *board_id,
                          GPtrArray  *keepouts,
                          GError    **error)
{
  StkBoard *board;

  g_return_val_if_fail (STK_IS_PROJECT (self), FALSE);
  board = stk_project_find_board (self, board_id);
  g_return_val_if_fail (board != NULL, FALSE);

  if (keepouts != NULL && keepouts->len > STK_KEEPOUTS_MAX)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   /* Translators: board name, the most keep-outs, how many were given */
                   _("“%s” takes at most %d keep-outs, got %u"), board->name, STK_KEEPOUTS_MAX, keepouts->len);
      return FALSE;
    }
  for (guint i = 0; keepouts != NULL && i < keepouts->len; i++)
    if (!stk_project_check_keepout (self, board_id, i, g_ptr_array_index (keepouts, i), error))
      return FALSE;
  if (stk_keepouts_equal (board->keepouts, keepouts))
    return TRUE;
  g_clear_pointer (&board->keepouts, g_ptr_array_unref);
  board->keepouts = stk_keepouts_copy (keepouts);
  stk_project_changed_field (self, STK_CHANGE_BOARDS, board->id, "keepouts");
  return TRUE;
}
