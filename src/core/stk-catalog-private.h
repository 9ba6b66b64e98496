/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"

G_BEGIN_DECLS

#define STK_MAX_HEIGHTS 8

typedef struct {
  StkRole          role;
  gboolean         by_height;    /* key column is the mated height, else the pin count */
  double           heights[STK_MAX_HEIGHTS]; /* restricts a by-pins table to these heights */
  guint            n_heights;
  StkDim           columns[STK_N_DIMS];
  guint            n_columns;
  double          *rows;         /* n_rows × (1 + n_columns) */
  guint            n_rows;
  const StkSource *source;
} StkDimTable;

typedef struct {
  const StkPackaging *packaging;
  StkRole             role;
  double              heights[STK_MAX_HEIGHTS];
  guint               n_heights;
  StkQuantity         q;
} StkQuantityRow;

typedef struct {
  const StkPackaging *packaging;
  double              heights[2][STK_MAX_HEIGHTS]; /* per role */
  guint               n_heights[2];
  StkTape             tape;
} StkTapeRow;

typedef struct {
  guint  min_pins, max_pins;
  double heights[STK_MAX_HEIGHTS];
  guint  n_heights;
  double total_n;   /* > 0: a fixed total */
  double per_pin_n; /* > 0: per contact */
} StkForceRule;

typedef struct {
  StkValue         value;    /* fixed value, or source only when from_dim */
  gboolean         from_dim;
  StkDim           dim;
  double           by_height[STK_MAX_HEIGHTS][2];
  const StkSource *by_height_src[STK_MAX_HEIGHTS];
  guint            n_by_height;
} StkGeoValue;

typedef struct {
  GPtrArray   *dim_tables;   /* StkDimTable */
  GPtrArray   *quantities;   /* StkQuantityRow */
  GPtrArray   *tapes;        /* StkTapeRow */
  GArray      *insertion_rules;
  GArray      *removal_rules;
  StkGeoValue  socket_height;
  StkGeoValue  header_height;
  StkGeoValue  key_spacing;
  gboolean     has_key_spacing;
  GPtrArray   *arrays;       /* GArrays owned by the series */
} StkSeriesPrivate;

gboolean _stk_catalog_validate (StkCatalog *self,
                                GError    **error);
gboolean _stk_heights_contain  (const double *heights,
                                guint         n_heights,
                                double        height);

G_END_DECLS
