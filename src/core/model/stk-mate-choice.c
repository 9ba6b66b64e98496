/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-mate-choice"

#include "stk-config.h"

#include <math.h>

#include "stk-mate-choice.h"

#define HEIGHT_EPS 1e-6

GPtrArray *
stk_series_packagings_for_height (const StkSeries *series,
                                  double           mated_height)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < series->packagings->len; i++)
    {
      const StkPackaging *pk = g_ptr_array_index (series->packagings, i);
      g_autoptr(GArray) pins = stk_series_pins_for_height (series, mated_height, pk->id);

      if (pins->len > 0)
        g_ptr_array_add (out, (gpointer) pk);
    }
  return out;
}

static guint
nearest_pins (GArray *pins,
              guint   wanted)
{
  guint best = g_array_index (pins, guint, 0);

  for (guint i = 1; i < pins->len; i++)
    {
      guint p = g_array_index (pins, guint, i);
      if (abs ((int) p - (int) wanted) < abs ((int) best - (int) wanted))
        best = p;
    }
  return best;
}

gboolean
stk_mate_choose_valid (StkMate         *mate,
                       const StkSeries *series)
{
  g_autoptr(GPtrArray) packagings = NULL;
  g_autoptr(GArray) pins = NULL;
  const StkPackaging *pk = NULL;

  g_return_val_if_fail (mate != NULL && series != NULL, FALSE);

  if (series->heights->len == 0)
    return FALSE;
  if (g_strcmp0 (mate->series, series->id) != 0)
    {
      g_free (mate->series);
      mate->series = g_strdup (series->id);
    }
  if (!stk_series_has_height (series, mate->mated_height_mm))
    mate->mated_height_mm = g_array_index (series->heights, double, 0);

  packagings = stk_series_packagings_for_height (series, mate->mated_height_mm);
  for (guint i = 0; i < packagings->len; i++)
    if (g_strcmp0 (((const StkPackaging *) g_ptr_array_index (packagings, i))->id, mate->packaging) == 0)
      pk = g_ptr_array_index (packagings, i);
  if (pk == NULL)
    {
      const StkPackaging *def = stk_series_default_packaging (series);
      pk = g_ptr_array_find (packagings, def, NULL) ? def : g_ptr_array_index (packagings, 0);
      g_free (mate->packaging);
      mate->packaging = g_strdup (pk->id);
    }

  pins = stk_series_pins_for_height (series, mate->mated_height_mm, pk->id);
  if (stk_series_find_product (series, mate->mated_height_mm, mate->pins, pk->id) == NULL)
    stk_mate_set_pins (mate, nearest_pins (pins, mate->pins));
  /* The inspection-use type only where the series makes one with these pins. */
  if (mate->inspection)
    {
      g_autofree char *part = stk_series_inspection_part (series, STK_ROLE_SOCKET, mate->pins);
      mate->inspection = part != NULL;
    }
  return TRUE;
}
