/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-catalog"

#include "stk-config.h"

#include <math.h>

#include "stk-catalog-check.h"
#include "stk-catalog-private.h"
#include "stk-part.h"

#define DIM_EPS 0.005

static gboolean
check_failed (GError    **error,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static gboolean
check_failed (GError    **error,
              const char *format,
              ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, STK_ERROR, STK_ERROR_CATALOG, msg);
  return FALSE;
}

/* Tables keyed by pin count (not by mated height), every series. */
typedef gboolean (*TableCheck) (const StkSeries   *series,
                                const StkDimTable *table,
                                GError           **error);

static gboolean
for_each_pin_table (StkCatalog *catalog,
                    TableCheck  check,
                    GError    **error)
{
  GPtrArray *all = stk_catalog_get_series (catalog);

  for (guint s = 0; s < all->len; s++)
    {
      const StkSeries *series = g_ptr_array_index (all, s);
      StkSeriesPrivate *priv = series->priv;

      for (guint t = 0; t < priv->dim_tables->len; t++)
        {
          const StkDimTable *table = g_ptr_array_index (priv->dim_tables, t);

          if (!table->by_height && !check (series, table, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Every product row of every series, once as socket and once as header. */
typedef gboolean (*PartCheck) (StkCatalog       *catalog,
                               const StkSeries  *series,
                               const StkProduct *product,
                               StkRole           role,
                               GError          **error);

static gboolean
for_each_part (StkCatalog *catalog,
               PartCheck   check,
               GError    **error)
{
  GPtrArray *all = stk_catalog_get_series (catalog);

  for (guint s = 0; s < all->len; s++)
    {
      const StkSeries *series = g_ptr_array_index (all, s);

      for (guint i = 0; i < series->products->len; i++)
        {
          const StkProduct *p = g_ptr_array_index (series->products, i);

          for (StkRole role = STK_ROLE_SOCKET; role <= STK_ROLE_HEADER; role++)
            if (!check (catalog, series, p, role, error))
              return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_b_formula (const StkSeries   *series,
                 const StkDimTable *table,
                 GError           **error)
{
  for (guint r = 0; r < table->n_rows; r++)
    for (guint c = 0; c < table->n_columns; c++)
      {
        const double *row = &table->rows[r * (table->n_columns + 1)];
        double expected = (row[0] / 2 - 1) * series->pitch.value;

        if (table->columns[c] == STK_DIM_B && fabs (row[c + 1] - expected) > DIM_EPS)
          return check_failed (error, "%s %s, %g pins: B = %.2f, but (n/2 − 1) × pitch = %.2f (%s)",
                               series->id, stk_role_to_string (table->role), row[0],
                               row[c + 1], expected, table->source->ref);
      }
  return TRUE;
}

static gboolean
check_a_rises (const StkSeries   *series,
               const StkDimTable *table,
               GError           **error)
{
  guint stride = table->n_columns + 1;

  if (table->columns[0] != STK_DIM_A)
    return TRUE;
  for (guint r = 1; r < table->n_rows; r++)
    {
      const double *prev = &table->rows[(r - 1) * stride];
      const double *row = &table->rows[r * stride];

      if (row[0] <= prev[0] || row[1] <= prev[1])
        return check_failed (error, "%s %s: A does not rise with pins between %g and %g pins (%s)",
                             series->id, stk_role_to_string (table->role),
                             prev[0], row[0], table->source->ref);
    }
  return TRUE;
}

static gboolean
check_dimension_row (StkCatalog       *catalog,
                     const StkSeries  *series,
                     const StkProduct *p,
                     StkRole           role,
                     GError          **error)
{
  StkValue dims[STK_N_DIMS];

  stk_series_dimensions (series, role, p->pins, p->mated_height, dims);
  for (StkDim d = STK_DIM_A; d <= STK_DIM_C; d++)
    if (dims[d].source == NULL)
      return check_failed (error, "%s %s %s (%g mm, %u pins): no dimension %c row",
                           series->id, stk_role_to_string (role),
                           role == STK_ROLE_SOCKET ? p->socket : p->header,
                           p->mated_height, p->pins, 'A' + d);
  return TRUE;
}

static gboolean
check_part_roundtrip (StkCatalog       *catalog,
                      const StkSeries  *series,
                      const StkProduct *p,
                      StkRole           role,
                      GError          **error)
{
  const char *pn = role == STK_ROLE_SOCKET ? p->socket : p->header;
  g_autoptr(StkPartInfo) info = stk_part_decode (catalog, pn, error);
  gboolean height_found = FALSE;

  if (info == NULL)
    return FALSE;
  for (guint h = 0; h < info->n_heights; h++)
    height_found |= fabs (info->heights[h] - p->mated_height) < 1e-6;
  if (info->series != series || info->role != role || info->pins != p->pins ||
      !height_found || info->packaging != p->packaging)
    return check_failed (error, "%s does not decode back to its row (%s, %g mm, %u pins)",
                         pn, series->id, p->mated_height, p->pins);
  return TRUE;
}

static gboolean
rules_overlap (const StkForceRule *a,
               const StkForceRule *b)
{
  if (a->max_pins < b->min_pins || b->max_pins < a->min_pins)
    return FALSE;
  if (a->n_heights == 0 || b->n_heights == 0)
    return TRUE;
  for (guint h = 0; h < a->n_heights; h++)
    if (_stk_heights_contain (b->heights, b->n_heights, a->heights[h]))
      return TRUE;
  return FALSE;
}

/* Two rules for one part would leave the force to the order of the rows. */
static gboolean
check_rules_disjoint (const StkSeries *series,
                      GArray          *rules,
                      const char      *what,
                      GError         **error)
{
  for (guint i = 0; i < rules->len; i++)
    for (guint j = i + 1; j < rules->len; j++)
      if (rules_overlap (&g_array_index (rules, StkForceRule, i), &g_array_index (rules, StkForceRule, j)))
        return check_failed (error, "%s %s rules %u and %u both cover some parts", series->id, what, i, j);
  return TRUE;
}

gboolean
stk_catalog_check_b_formula (StkCatalog *catalog,
                             GError    **error)
{
  return for_each_pin_table (catalog, check_b_formula, error);
}

gboolean
stk_catalog_check_a_rises (StkCatalog *catalog,
                           GError    **error)
{
  return for_each_pin_table (catalog, check_a_rises, error);
}

gboolean
stk_catalog_check_dimension_rows (StkCatalog *catalog,
                                  GError    **error)
{
  return for_each_part (catalog, check_dimension_row, error);
}

gboolean
stk_catalog_check_part_roundtrip (StkCatalog *catalog,
                                  GError    **error)
{
  return for_each_part (catalog, check_part_roundtrip, error);
}

gboolean
stk_catalog_check_force_rules (StkCatalog *catalog,
                               GError    **error)
{
  GPtrArray *all = stk_catalog_get_series (catalog);

  for (guint s = 0; s < all->len; s++)
    {
      const StkSeries *series = g_ptr_array_index (all, s);
      StkSeriesPrivate *priv = series->priv;

      if (!check_rules_disjoint (series, priv->insertion_rules, "insertion force", error) ||
          !check_rules_disjoint (series, priv->removal_rules, "removal force", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
prefixes_clash (const StkSeries *a,
                const StkSeries *b)
{
  const char *pa[] = { a->socket_prefix, a->header_prefix };
  const char *pb[] = { b->socket_prefix, b->header_prefix };

  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      if (g_str_has_prefix (pa[i], pb[j]) || g_str_has_prefix (pb[j], pa[i]))
        return TRUE;
  return FALSE;
}

gboolean
stk_catalog_check_series_facts (StkCatalog *catalog,
                                GError    **error)
{
  GPtrArray *all = stk_catalog_get_series (catalog);

  for (guint s = 0; s < all->len; s++)
    {
      const StkSeries *series = g_ptr_array_index (all, s);

      for (guint t = 0; t < s; t++)
        {
          const StkSeries *other = g_ptr_array_index (all, t);
          if (g_ascii_strcasecmp (series->id, other->id) == 0)
            return check_failed (error, "two series are called %s", series->id);
          if (prefixes_clash (series, other))
            return check_failed (error, "%s and %s part-number prefixes overlap", other->id, series->id);
        }
      if (stk_catalog_notes_printed_in (catalog, series) == NULL)
        return check_failed (error, "notes: printed_in has no sentence for %s", series->id);
    }
  return TRUE;
}

gboolean
_stk_catalog_validate (StkCatalog *self,
                       GError    **error)
{
  return stk_catalog_check_series_facts (self, error) &&
         stk_catalog_check_b_formula (self, error) &&
         stk_catalog_check_a_rises (self, error) &&
         stk_catalog_check_dimension_rows (self, error) &&
         stk_catalog_check_part_roundtrip (self, error) &&
         stk_catalog_check_force_rules (self, error);
}
