/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-series"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-catalog-private.h"
#include "stk-i18n.h"

#define HEIGHT_EPS 1e-6

gboolean
_stk_heights_contain (const double *heights,
                      guint         n_heights,
                      double        height)
{
  if (n_heights == 0)
    return TRUE;
  for (guint i = 0; i < n_heights; i++)
    if (fabs (heights[i] - height) < HEIGHT_EPS)
      return TRUE;
  return FALSE;
}

const char *
stk_role_to_string (StkRole role)
{
  return role == STK_ROLE_SOCKET ? "socket" : "header";
}

const char *
stk_series_kind_to_string (StkSeriesKind kind)
{
  return kind == STK_SERIES_BOARD_TO_BOARD ? "board-to-board" : "board-to-FPC";
}

/* The words people read; the _to_string ids above are for files and --json. */
const char *
stk_role_label (StkRole role)
{
  /* Translators: the connector half with the receptacle contacts, as
   * Panasonic's catalog names it (ソケット, Buchse) */
  return role == STK_ROLE_SOCKET ? C_("role", "socket")
  /* Translators: the connector half with the post contacts that go into the
   * socket, as Panasonic's catalog names it (ヘッダ, Stecker) */
                                 : C_("role", "header");
}

const char *
stk_series_kind_label (StkSeriesKind kind)
{
  return kind == STK_SERIES_BOARD_TO_BOARD ? _("board-to-board") : _("board-to-FPC");
}

char *
stk_series_heights_text (const StkSeries *series)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < series->heights->len; i++)
    {
      g_autofree char *h = stk_format_mm (g_array_index (series->heights, double, i));
      g_string_append_printf (s, "%s%s", i ? stk_number_list_separator () : "", h);
    }
  return g_string_free (s, FALSE);
}

char *
stk_format_pin_list (GArray *pins)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < pins->len; i++)
    g_string_append_printf (s, "%s%u", i ? ", " : "", g_array_index (pins, guint, i));
  return g_string_free (s, FALSE);
}

const StkPackaging *
stk_series_find_packaging (const StkSeries *series,
                           const char      *id)
{
  for (guint i = 0; id != NULL && i < series->packagings->len; i++)
    {
      const StkPackaging *p = g_ptr_array_index (series->packagings, i);
      if (g_ascii_strcasecmp (p->id, id) == 0)
        return p;
    }
  return NULL;
}

const StkPackaging *
stk_series_default_packaging (const StkSeries *series)
{
  return g_ptr_array_index (series->packagings, 0);
}

const StkProduct *
stk_series_find_product (const StkSeries *series,
                         double           mated_height,
                         guint            pins,
                         const char      *packaging_id)
{
  const StkPackaging *pkg = packaging_id ? stk_series_find_packaging (series, packaging_id)
                                         : stk_series_default_packaging (series);

  if (pkg == NULL)
    return NULL;
  for (guint i = 0; i < series->products->len; i++)
    {
      const StkProduct *p = g_ptr_array_index (series->products, i);
      if (p->pins == pins && p->packaging == pkg && fabs (p->mated_height - mated_height) < HEIGHT_EPS)
        return p;
    }
  return NULL;
}

gboolean
stk_series_has_height (const StkSeries *series,
                       double           mated_height)
{
  return series->heights->len > 0 &&
         _stk_heights_contain ((double *) (gpointer) series->heights->data, series->heights->len, mated_height);
}

GArray *
stk_series_pins_for_height (const StkSeries *series,
                            double           mated_height,
                            const char      *packaging_id)
{
  GArray *pins = g_array_new (FALSE, FALSE, sizeof (guint));
  const StkPackaging *pkg = packaging_id ? stk_series_find_packaging (series, packaging_id)
                                         : stk_series_default_packaging (series);

  for (guint i = 0; pkg != NULL && i < series->products->len; i++)
    {
      const StkProduct *p = g_ptr_array_index (series->products, i);
      if (p->packaging == pkg && fabs (p->mated_height - mated_height) < HEIGHT_EPS)
        g_array_append_val (pins, p->pins);
    }
  return pins;
}

const StkSpec *
stk_series_find_spec (const StkSeries *series,
                      const char      *id)
{
  for (guint i = 0; i < series->specs->len; i++)
    {
      const StkSpec *s = g_ptr_array_index (series->specs, i);
      if (g_str_equal (s->id, id))
        return s;
    }
  return NULL;
}

void
stk_series_dimensions (const StkSeries *series,
                       StkRole          role,
                       guint            pins,
                       double           mated_height,
                       StkValue         dims[STK_N_DIMS])
{
  StkSeriesPrivate *priv = series->priv;

  for (guint d = 0; d < STK_N_DIMS; d++)
    dims[d] = (StkValue) { 0, NULL };
  for (guint t = 0; t < priv->dim_tables->len; t++)
    {
      const StkDimTable *table = g_ptr_array_index (priv->dim_tables, t);
      double key = table->by_height ? mated_height : (double) pins;

      if (table->role != role)
        continue;
      if (!table->by_height && !_stk_heights_contain (table->heights, table->n_heights, mated_height))
        continue;
      for (guint r = 0; r < table->n_rows; r++)
        {
          const double *row = &table->rows[r * (table->n_columns + 1)];
          if (fabs (row[0] - key) > HEIGHT_EPS)
            continue;
          for (guint c = 0; c < table->n_columns; c++)
            if (dims[table->columns[c]].source == NULL)
              dims[table->columns[c]] = (StkValue) { row[c + 1], table->source };
        }
    }
}

gboolean
stk_series_pattern_extent (const StkSeries *series,
                           StkRole          role,
                           guint            pins,
                           double           mated_height,
                           StkValue        *length,
                           StkValue        *width)
{
  const StkPattern *pattern = role == STK_ROLE_SOCKET ? &series->socket_pattern : &series->header_pattern;
  StkValue dims[STK_N_DIMS];

  *length = *width = (StkValue) { 0, NULL };
  stk_series_dimensions (series, role, pins, mated_height, dims);
  if (pattern->outline_only || !stk_value_is_set (&dims[STK_DIM_B]))
    return FALSE;
  *length = (StkValue) { dims[STK_DIM_B].value + pattern->length_extra, pattern->source };
  *width = (StkValue) { pattern->outer_width, pattern->source };
  return TRUE;
}

char *
stk_series_inspection_part (const StkSeries *series,
                            StkRole          role,
                            guint            pins)
{
  const StkInspection *insp = series->inspection;
  g_auto(GStrv) halves = NULL;
  g_autofree char *digits = NULL;
  gboolean listed = FALSE;

  for (guint i = 0; insp != NULL && i < insp->pins->len; i++)
    listed |= g_array_index (insp->pins, guint, i) == pins;
  if (!listed)
    return NULL;
  /* The catalog prints the number with "**" for the pin count. */
  halves = g_strsplit (role == STK_ROLE_SOCKET ? insp->printed_socket : insp->printed_header, "**", 2);
  digits = g_strdup_printf ("%02u", pins % 100);
  return g_strjoinv (digits, halves);
}

static StkValue
resolve_geo (const StkSeries   *series,
             const StkGeoValue *g,
             StkRole            role,
             guint              pins,
             double             mated_height)
{
  StkValue none = { 0, NULL };

  if (g->n_by_height > 0)
    {
      for (guint i = 0; i < g->n_by_height; i++)
        if (fabs (g->by_height[i][0] - mated_height) < HEIGHT_EPS)
          return (StkValue) { g->by_height[i][1], g->by_height_src[i] };
      return none;
    }
  if (g->from_dim)
    {
      StkValue dims[STK_N_DIMS];

      stk_series_dimensions (series, role, pins, mated_height, dims);
      if (dims[g->dim].source == NULL)
        return none;
      return (StkValue) { dims[g->dim].value, g->value.source };
    }
  return g->value;
}

/* A part the dimension tables do not list (a pin count the series does not
 * make at this height) has no height either, whatever other parts measure. */
StkValue
stk_series_part_height (const StkSeries *series,
                        StkRole          role,
                        guint            pins,
                        double           mated_height)
{
  StkSeriesPrivate *priv = series->priv;
  StkValue dims[STK_N_DIMS];
  StkValue none = { 0, NULL };

  stk_series_dimensions (series, role, pins, mated_height, dims);
  if (dims[STK_DIM_A].source == NULL)
    return none;
  return resolve_geo (series, role == STK_ROLE_SOCKET ? &priv->socket_height : &priv->header_height,
                      role, pins, mated_height);
}

StkValue
stk_series_key_spacing (const StkSeries *series,
                        guint            pins,
                        double           mated_height)
{
  StkSeriesPrivate *priv = series->priv;
  StkValue none = { 0, NULL };

  if (!priv->has_key_spacing)
    return none;
  return resolve_geo (series, &priv->key_spacing, STK_ROLE_SOCKET, pins, mated_height);
}

gboolean
stk_series_quantity (const StkSeries    *series,
                     const StkPackaging *packaging,
                     StkRole             role,
                     double              mated_height,
                     StkQuantity        *out)
{
  StkSeriesPrivate *priv = series->priv;
  const StkQuantityRow *found = NULL;

  /* Later rows are the datasheet's exceptions (the P4 3.5 mm socket), so they win. */
  for (guint i = 0; i < priv->quantities->len; i++)
    {
      const StkQuantityRow *row = g_ptr_array_index (priv->quantities, i);
      if (row->packaging == packaging && row->role == role &&
          _stk_heights_contain (row->heights, row->n_heights, mated_height))
        found = row;
    }
  if (found == NULL)
    return FALSE;
  *out = found->q;
  return TRUE;
}

const StkTape *
stk_series_find_tape (const StkSeries    *series,
                      const StkPackaging *packaging,
                      StkRole             role,
                      double              mated_height,
                      guint               pins)
{
  StkSeriesPrivate *priv = series->priv;

  for (guint i = 0; i < priv->tapes->len; i++)
    {
      const StkTapeRow *row = g_ptr_array_index (priv->tapes, i);
      if (row->packaging == packaging && row->n_heights[role] > 0 &&
          _stk_heights_contain (row->heights[role], row->n_heights[role], mated_height) &&
          pins >= row->tape.min_pins && pins <= row->tape.max_pins)
        return &row->tape;
    }
  return NULL;
}

/* The one rule whose pins and heights (none: every height) cover the part;
 * the self-checks refuse rules that overlap, so their order does not matter. */
static const StkForceRule *
find_force_rule (GArray *rules,
                 guint   pins,
                 double  mated_height)
{
  for (guint i = 0; i < rules->len; i++)
    {
      const StkForceRule *r = &g_array_index (rules, StkForceRule, i);
      if (pins >= r->min_pins && pins <= r->max_pins &&
          _stk_heights_contain (r->heights, r->n_heights, mated_height))
        return r;
    }
  return NULL;
}

gboolean
stk_series_insertion_force (const StkSeries *series,
                            guint            pins,
                            double          *max_n,
                            char           **rule)
{
  StkSeriesPrivate *priv = series->priv;
  /* Insertion rules list no heights (the loader refuses them), so any height will do. */
  const StkForceRule *r = find_force_rule (priv->insertion_rules, pins, NAN);
  g_autofree char *newtons = NULL;

  if (r == NULL)
    return FALSE;
  newtons = stk_format_number (r->total_n >= 0 ? r->total_n : r->per_pin_n);
  *max_n = r->total_n >= 0 ? r->total_n : r->per_pin_n * pins;
  if (rule != NULL && r->total_n >= 0)
    *rule = g_strdup_printf (_("max. %s N for %u contacts or fewer"), newtons, r->max_pins);
  else if (rule != NULL)
    *rule = g_strdup_printf (_("max. %s N per contact × %u contacts"), newtons, pins);
  return TRUE;
}

gboolean
stk_series_removal_force (const StkSeries *series,
                          guint            pins,
                          double           mated_height,
                          double          *min_n,
                          char           **rule)
{
  StkSeriesPrivate *priv = series->priv;
  const StkForceRule *r = find_force_rule (priv->removal_rules, pins, mated_height);

  if (r == NULL)
    return FALSE;
  *min_n = r->per_pin_n * pins;
  if (rule)
    {
      g_autofree char *per_pin = stk_format_number (r->per_pin_n);
      *rule = g_strdup_printf (_("min. %s N per contact × %u contacts"), per_pin, pins);
    }
  return TRUE;
}

GArray *
stk_series_heights_for_part (const StkSeries *series,
                             StkRole          role,
                             const char      *part_number)
{
  GArray *heights = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < series->products->len; i++)
    {
      const StkProduct *p = g_ptr_array_index (series->products, i);
      const char *pn = role == STK_ROLE_SOCKET ? p->socket : p->header;
      gboolean seen = FALSE;

      if (!g_str_equal (pn, part_number))
        continue;
      for (guint h = 0; h < heights->len; h++)
        seen |= fabs (g_array_index (heights, double, h) - p->mated_height) < HEIGHT_EPS;
      if (!seen)
        g_array_append_val (heights, p->mated_height);
    }
  return heights;
}
