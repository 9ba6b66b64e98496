/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-i18n.h"
#include "stk-mate-choice.h"
#include "stk-placement.h"
#include "stk-project-assembly.h"

/* Between the outlines of boards carried side by side. */
#define SIDE_BY_SIDE_GAP_MM 1.0

StkMate *
stk_project_new_mate (StkProject      *self,
                      const StkSeries *series,
                      const char      *socket_board,
                      const char      *header_board)
{
  g_autofree char *id = NULL;
  StkMate *mate;

  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  g_return_val_if_fail (series != NULL && series->heights->len > 0, NULL);

  id = stk_project_unique_id (self, "mate");
  mate = stk_mate_new (id, series->id, g_array_index (series->heights, double, 0), 40,
                       stk_series_default_packaging (series)->id);
  g_free (mate->name);
  mate->name = g_strdup_printf ("J%u", stk_project_get_mates (self)->len + 1);
  mate->socket_board = g_strdup (socket_board);
  mate->header_board = g_strdup (header_board);
  stk_mate_choose_valid (mate, series);
  return mate;
}

typedef struct {
  double x0, y0, x1, y1;
} Box;

/* What a new board on the carrier c must keep clear of, in c's frame: the
 * outlines of the boards it carries and a margin around each of its
 * connectors. */
static GArray *
taken_boxes (StkProject         *self,
             const StkPlacement *pl,
             guint               c)
{
  GArray *taken = g_array_new (FALSE, FALSE, sizeof (Box));
  const StkBoardPlace *cp = &pl->boards[c];
  GPtrArray *mates = stk_project_get_mates (self);

  for (guint i = 0; i < pl->n_boards; i++)
    {
      const StkBoardPlace *bp = &pl->boards[i];
      double x0 = bp->outline[0] - cp->x, y0 = bp->outline[1] - cp->y;
      double x1 = bp->outline[2] - cp->x, y1 = bp->outline[3] - cp->y;
      Box box;

      if (bp->parent != (int) c)
        continue;
      stk_placement_rotate (-cp->rotation_deg, &x0, &y0);
      stk_placement_rotate (-cp->rotation_deg, &x1, &y1);
      box = (Box) { MIN (x0, x1), MIN (y0, y1), MAX (x0, x1), MAX (y0, y1) };
      g_array_append_val (taken, box);
    }
  for (guint k = 0; k < mates->len; k++)
    {
      const StkMate *m = g_ptr_array_index (mates, k);
      gboolean socket = g_strcmp0 (m->socket_board, cp->board->id) == 0;
      double x = socket ? m->x_mm : m->header_x_mm, y = socket ? m->y_mm : m->header_y_mm;
      Box box = { x - STK_OUTLINE_MARGIN_MM, y - STK_OUTLINE_MARGIN_MM, x + STK_OUTLINE_MARGIN_MM, y + STK_OUTLINE_MARGIN_MM };

      if (socket || g_strcmp0 (m->header_board, cp->board->id) == 0)
        g_array_append_val (taken, box);
    }
  return taken;
}

static gboolean
clear_of (GArray *taken,
          double  x,
          double  y,
          double  hx,
          double  hy)
{
  for (guint i = 0; i < taken->len; i++)
    {
      const Box *b = &g_array_index (taken, Box, i);

      if (x - hx < b->x1 + SIDE_BY_SIDE_GAP_MM && x + hx > b->x0 - SIDE_BY_SIDE_GAP_MM
          && y - hy < b->y1 + SIDE_BY_SIDE_GAP_MM && y + hy > b->y0 - SIDE_BY_SIDE_GAP_MM)
        return FALSE;
    }
  return TRUE;
}

/* Where a new socket goes on the carrier c, in c's frame, for a new board
 * whose default outline reaches hx, hy either side of it: on a carrier with
 * an outline of its own, the first place on a 1 mm grid inside it (from
 * its lower left corner) clear of all it carries; else, or when there is
 * none, right of everything, level with the middle of its outline. */
static void
free_spot (StkProject *self,
           StkCatalog *catalog,
           guint       c,
           double      hx,
           double      hy,
           double     *x,
           double     *y)
{
  g_autoptr(StkPlacement) pl = stk_placement_new (self, catalog);
  g_autoptr(GArray) taken = taken_boxes (self, pl, c);
  double own[4], right;

  stk_placement_board_outline (self, catalog, c, own);
  if (pl->boards[c].board->outline_set)
    for (double cy = own[1] + hy; cy <= own[3] - hy; cy += 1.0)
      for (double cx = own[0] + hx; cx <= own[2] - hx; cx += 1.0)
        if (clear_of (taken, cx, cy, hx, hy))
          {
            *x = cx;
            *y = cy;
            return;
          }
  right = own[2];
  for (guint i = 0; i < taken->len; i++)
    right = MAX (right, g_array_index (taken, Box, i).x1);
  *x = right + SIDE_BY_SIDE_GAP_MM + hx;
  *y = (own[1] + own[3]) / 2;
}

void
stk_project_add_carried_board (StkProject *self,
                               StkCatalog *catalog,
                               const char *carrier_id,
                               StkBoard   *board,
                               StkMate    *mate)
{
  int c;
  double hx = STK_OUTLINE_MARGIN_MM, hy = STK_OUTLINE_MARGIN_MM;
  const StkSeries *series;

  g_return_if_fail (STK_IS_PROJECT (self));
  g_return_if_fail (board != NULL && mate != NULL);
  c = stk_project_board_index (self, carrier_id);
  g_return_if_fail (c >= 0);

  /* The new board's default outline: its header, a margin around. */
  series = catalog ? stk_catalog_find_series (catalog, mate->series) : NULL;
  if (series != NULL)
    {
      StkValue dims[STK_N_DIMS];

      stk_series_dimensions (series, STK_ROLE_HEADER, mate->pins, mate->mated_height_mm, dims);
      if (dims[STK_DIM_A].source != NULL)
        hx += dims[STK_DIM_A].value / 2;
      if (series->header_body_width.source != NULL)
        hy += series->header_body_width.value / 2;
    }
  g_free (mate->socket_board);
  g_free (mate->header_board);
  mate->socket_board = g_strdup (carrier_id);
  mate->header_board = g_strdup (board->id);
  mate->header_x_mm = mate->header_y_mm = 0;
  mate->rotation_deg = mate->header_rotation_deg = 0;
  free_spot (self, catalog, (guint) c, hx, hy, &mate->x_mm, &mate->y_mm);
  g_ptr_array_add (stk_project_get_boards (self), board);
  g_ptr_array_add (stk_project_get_mates (self), mate);
  stk_project_changed (self);
}

gboolean
stk_project_check_board_outline (StkProject *self,
                                 const char *board_id,
                                 double      length_mm,
                                 double      width_mm,
                                 double      origin_x_mm,
                                 double      origin_y_mm,
                                 GError    **error)
{
  StkBoard *board = stk_project_find_board (self, board_id);
  GPtrArray *mates = stk_project_get_mates (self);
  double x1 = origin_x_mm + length_mm, y1 = origin_y_mm + width_mm;

  g_return_val_if_fail (board != NULL, FALSE);
  if (!isfinite (length_mm) || !isfinite (width_mm) || !isfinite (origin_x_mm) || !isfinite (origin_y_mm))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("The outline of “%s” needs a number in each field"), board->name);
      return FALSE;
    }
  /* the reader's bounds: what it refuses, the project could not save */
  if (length_mm < STK_OUTLINE_MIN_SIDE_MM || length_mm > STK_OUTLINE_MAX_MM ||
      width_mm < STK_OUTLINE_MIN_SIDE_MM || width_mm > STK_OUTLINE_MAX_MM)
    {
      gboolean length_bad = length_mm < STK_OUTLINE_MIN_SIDE_MM || length_mm > STK_OUTLINE_MAX_MM;

      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   /* Translators: the board's name, then the shortest and longest side in mm */
                   length_bad ? _("The length of “%s” must be from %g to %g mm")
                              : _("The width of “%s” must be from %g to %g mm"),
                   board->name, STK_OUTLINE_MIN_SIDE_MM, STK_OUTLINE_MAX_MM);
      return FALSE;
    }
  if (fabs (origin_x_mm) > STK_OUTLINE_MAX_MM || fabs (origin_y_mm) > STK_OUTLINE_MAX_MM)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   /* Translators: the board's name, then a distance in mm */
                   _("The corner of “%s” must be within %g mm of the board's origin in x and in y"),
                   board->name, STK_OUTLINE_MAX_MM);
      return FALSE;
    }
  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      gboolean socket = g_strcmp0 (m->socket_board, board->id) == 0;
      double x = socket ? m->x_mm : m->header_x_mm, y = socket ? m->y_mm : m->header_y_mm;

      if (!socket && g_strcmp0 (m->header_board, board->id) != 0)
        continue;
      if (x < origin_x_mm || x > x1 || y < origin_y_mm || y > y1)
        {
          g_autofree char *sx = stk_format_length (x, STK_UNITS_MM);
          g_autofree char *sy = stk_format_length (y, STK_UNITS_MM);

          g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                       /* Translators: a connector's name, its x and y, then the board's name */
                       _("%s, at x %s, y %s, would lie outside the outline of “%s”"),
                       stk_mate_get_label (m), sx, sy, board->name);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
stk_project_set_board_outline (StkProject *self,
                               const char *board_id,
                               gboolean    around_connectors,
                               double      length_mm,
                               double      width_mm,
                               double      origin_x_mm,
                               double      origin_y_mm,
                               GError    **error)
{
  StkBoard *board;
  g_autoptr(StkBoard) edit = NULL;

  g_return_val_if_fail (STK_IS_PROJECT (self), FALSE);
  board = stk_project_find_board (self, board_id);
  g_return_val_if_fail (board != NULL, FALSE);

  if (!around_connectors
      && !stk_project_check_board_outline (self, board_id, length_mm, width_mm, origin_x_mm, origin_y_mm, error))
    return FALSE;
  /* Through the editors' path, so the change names the one member that
   * changed, as any board edit does; the numbers stay when the outline
   * goes back to the default. */
  edit = stk_board_copy (board);
  edit->outline_set = !around_connectors;
  if (!around_connectors)
    {
      edit->length_mm = length_mm;
      edit->width_mm = width_mm;
      edit->origin_x_mm = origin_x_mm;
      edit->origin_y_mm = origin_y_mm;
    }
  stk_project_update_board (self, board_id, edit);
  return TRUE;
}
