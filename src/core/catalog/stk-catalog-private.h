/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "stk-catalog.h"

G_BEGIN_DECLS

#define STK_MAX_HEIGHTS 8

/* Every record is allocated in blocks and strings owned by the catalog and
 * freed with it, so the loader files reach the fields directly. */
struct _StkCatalog
{
  GObject       parent_instance;

  GStringChunk *strings;
  GPtrArray    *blocks;      /* everything allocated for the records, freed together */
  GPtrArray    *series;      /* StkSeries */
  GPtrArray    *notes;       /* StkNote */
  GPtrArray    *materials;   /* StkStiffenerMaterial */
  GHashTable   *note_limits; /* limit id -> StkValue* */
  GHashTable   *printed_in;  /* series id -> where its catalog prints the family notes */
};

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

/* stk-catalog.c: storage owned by the catalog. */
gpointer    _stk_catalog_alloc0     (StkCatalog *self,
                                     gsize       size);
const char *_stk_catalog_intern     (StkCatalog *self,
                                     const char *str);
const char *_stk_catalog_intern_text (StkCatalog *self,
                                      const char *str);
StkSeries  *_stk_catalog_add_series (StkCatalog *self);

/* Load context: one catalog file at a time. */
typedef struct {
  StkCatalog *catalog;
  const char *file;
  GHashTable *sources;   /* name -> StkSource* */
  JsonNode   *root_node; /* the parsed file, an object */
} StkCatalogLoader;

/* stk-catalog-load.c: validated reading shared by the loader files; every
 * error names the file and the JSON path. */
gboolean     _stk_catalog_fail         (GError          **error,
                                        const char       *file,
                                        const char       *path,
                                        const char       *what);
gboolean     _stk_catalog_prefix_error (GError          **error,
                                        const char       *file);
gboolean     _stk_catalog_loader_open  (StkCatalogLoader *ld,
                                        StkCatalog       *self,
                                        const char       *file,
                                        const char       *data,
                                        gsize             length,
                                        JsonObject      **root,
                                        GError          **error);
void         _stk_catalog_loader_clear (StkCatalogLoader *ld);
gboolean     _stk_catalog_get_element  (StkCatalogLoader *ld,
                                        JsonArray        *array,
                                        guint             index,
                                        const char       *path,
                                        JsonObject      **out,
                                        GError          **error);
gboolean     _stk_catalog_get_source   (StkCatalogLoader *ld,
                                        JsonObject       *o,
                                        const char       *path,
                                        const char       *member,
                                        const StkSource **out,
                                        GError          **error);
gboolean     _stk_catalog_get_value    (StkCatalogLoader *ld,
                                        JsonObject       *o,
                                        const char       *path,
                                        const char       *member,
                                        StkValue         *out,
                                        GError          **error);
const char **_stk_catalog_get_strv     (StkCatalogLoader *ld,
                                        JsonArray        *array);
gboolean     _stk_catalog_get_heights  (JsonObject       *o,
                                        const char       *path,
                                        double           *heights,
                                        guint            *n_heights,
                                        GError          **error);
gboolean     _stk_catalog_load_sources (StkCatalogLoader *ld,
                                        JsonObject       *root,
                                        GError          **error);
gboolean     _stk_catalog_load_series  (StkCatalog       *self,
                                        const char       *file,
                                        const char       *data,
                                        gsize             length,
                                        GError          **error);

/* stk-catalog-load-geometry.c: drawing geometry, inspection and family notes. */
gboolean     _stk_catalog_load_geometry   (StkCatalogLoader *ld,
                                           StkSeries        *series,
                                           JsonObject       *root,
                                           GError          **error);
gboolean     _stk_catalog_load_inspection (StkCatalogLoader *ld,
                                           StkSeries        *series,
                                           JsonObject       *root,
                                           GError          **error);
gboolean     _stk_catalog_load_part_numbers (StkCatalogLoader *ld,
                                             StkSeries        *series,
                                             JsonObject       *series_object,
                                             GError          **error);
gboolean     _stk_catalog_load_notes      (StkCatalog       *self,
                                           const char       *file,
                                           const char       *data,
                                           gsize             length,
                                           GError          **error);

gboolean _stk_catalog_validate (StkCatalog *self,
                                GError    **error);
gboolean _stk_heights_contain  (const double *heights,
                                guint         n_heights,
                                double        height);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StkCatalogLoader, _stk_catalog_loader_clear)

G_END_DECLS
