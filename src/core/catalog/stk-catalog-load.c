/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-catalog"

#include "stk-config.h"

#include <string.h>

#include "stk-catalog-private.h"
#include "stk-json.h"

#define CATALOG_FORMAT "stackup-catalog"
#define CATALOG_MAX_SIZE (1024 * 1024)

gboolean
_stk_catalog_fail (GError     **error,
                   const char  *file,
                   const char  *path,
                   const char  *what)
{
  g_set_error (error, STK_ERROR, STK_ERROR_CATALOG, "%s: %s: %s", file, path, what);
  return FALSE;
}

gboolean
_stk_catalog_prefix_error (GError     **error,
                           const char  *file)
{
  if (error && *error)
    g_prefix_error (error, "%s: ", file);
  return FALSE;
}

/* Series and notes files alike hold one JSON object with their own
 * source table; @ld must be cleared even when this fails. */
gboolean
_stk_catalog_loader_open (StkCatalogLoader  *ld,
                          StkCatalog        *self,
                          const char        *file,
                          const char        *data,
                          gsize              length,
                          JsonObject       **root,
                          GError           **error)
{
  ld->catalog = self;
  ld->file = file;
  ld->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ld->root_node = stk_json_parse (data, length, CATALOG_MAX_SIZE, file, error);
  if (ld->root_node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (ld->root_node))
    return _stk_catalog_fail (error, file, "(root)", "must be an object");
  *root = json_node_get_object (ld->root_node);
  return TRUE;
}

void
_stk_catalog_loader_clear (StkCatalogLoader *ld)
{
  g_clear_pointer (&ld->sources, g_hash_table_unref);
  g_clear_pointer (&ld->root_node, json_node_unref);
}

/* Every table row that is a record, e.g. products[2] or notes[0]. */
gboolean
_stk_catalog_get_element (StkCatalogLoader  *ld,
                          JsonArray         *array,
                          guint              index,
                          const char        *path,
                          JsonObject       **out,
                          GError           **error)
{
  JsonNode *node = json_array_get_element (array, index);

  /* json_array_get_object_element() warns on a non-object; check first. */
  *out = NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return _stk_catalog_fail (error, ld->file, path, "must be an object");
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
_stk_catalog_get_source (StkCatalogLoader  *ld,
                         JsonObject        *o,
                         const char        *path,
                         const char        *member,
                         const StkSource  **out,
                         GError           **error)
{
  const char *name;

  if (!stk_json_get_string (o, path, member, TRUE, &name, error))
    return _stk_catalog_prefix_error (error, ld->file);
  *out = g_hash_table_lookup (ld->sources, name);
  if (*out == NULL)
    {
      g_autofree char *msg = g_strdup_printf ("unknown source \"%s\"", name);
      g_autofree char *full = g_strdup_printf ("%s.%s", path, member);
      return _stk_catalog_fail (error, ld->file, full, msg);
    }
  return TRUE;
}

gboolean
_stk_catalog_get_value (StkCatalogLoader  *ld,
                        JsonObject        *o,
                        const char        *path,
                        const char        *member,
                        StkValue          *out,
                        GError           **error)
{
  JsonObject *v;
  g_autofree char *full = g_strdup_printf ("%s.%s", path, member);

  if (!stk_json_get_object (o, path, member, TRUE, &v, error) ||
      !stk_json_get_double (v, full, "value", TRUE, -1e6, 1e6, &out->value, error))
    return _stk_catalog_prefix_error (error, ld->file);
  return _stk_catalog_get_source (ld, v, full, "source", &out->source, error);
}

const char **
_stk_catalog_get_strv (StkCatalogLoader *ld,
                       JsonArray        *array)
{
  guint n = array ? json_array_get_length (array) : 0;
  const char **v = _stk_catalog_alloc0 (ld->catalog, sizeof (char *) * (n + 1));

  for (guint i = 0; i < n; i++)
    v[i] = _stk_catalog_intern (ld->catalog, json_array_get_string_element (array, i));
  return v;
}

gboolean
_stk_catalog_get_heights (JsonObject  *o,
                          const char  *path,
                          double      *heights,
                          guint       *n_heights,
                          GError     **error)
{
  JsonArray *a;

  *n_heights = 0;
  if (!stk_json_get_array (o, path, "heights", FALSE, &a, error))
    return FALSE;
  if (a == NULL)
    return TRUE;
  for (guint i = 0; i < json_array_get_length (a) && i < STK_MAX_HEIGHTS; i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.heights[%u]", path, i);
      if (!stk_json_node_to_double (json_array_get_element (a, i), p, &heights[i], error))
        return FALSE;
      (*n_heights)++;
    }
  return TRUE;
}

gboolean
_stk_catalog_load_sources (StkCatalogLoader  *ld,
                           JsonObject        *root,
                           GError           **error)
{
  JsonObject *sources;
  g_autoptr(GList) names = NULL;

  if (!stk_json_get_object (root, "", "sources", TRUE, &sources, error))
    return _stk_catalog_prefix_error (error, ld->file);
  names = json_object_get_members (sources);
  for (GList *l = names; l; l = l->next)
    {
      g_autofree char *path = g_strdup_printf ("sources.%s", (char *) l->data);
      JsonObject *o;
      const char *kind = NULL, *ref = NULL, *confidence = NULL, *label = NULL;
      StkSource *src;

      if (!stk_json_get_object (sources, "sources", l->data, TRUE, &o, error) ||
          !stk_json_get_string (o, path, "kind", TRUE, &kind, error) ||
          !stk_json_get_string (o, path, "ref", TRUE, &ref, error) ||
          !stk_json_get_string (o, path, "confidence", FALSE, &confidence, error) ||
          !stk_json_get_string (o, path, "label", FALSE, &label, error))
        return _stk_catalog_prefix_error (error, ld->file);
      src = _stk_catalog_alloc0 (ld->catalog, sizeof *src);
      if (!stk_prov_kind_from_string (kind, &src->kind))
        return _stk_catalog_fail (error, ld->file, path, "unknown provenance kind");
      if (src->kind != STK_PROV_DATASHEET && confidence == NULL)
        return _stk_catalog_fail (error, ld->file, path, "an estimate needs a confidence");
      src->ref = _stk_catalog_intern (ld->catalog, ref);
      src->confidence = _stk_catalog_intern (ld->catalog, confidence);
      src->label = _stk_catalog_intern_text (ld->catalog, label);
      g_hash_table_insert (ld->sources, g_strdup (l->data), src);
    }
  return TRUE;
}

static gboolean
load_series_header (StkCatalogLoader  *ld,
                    StkSeries         *series,
                    JsonObject        *root,
                    GError           **error)
{
  JsonObject *s, *tol;
  JsonArray *features, *apps, *pkgs, *materials;
  const char *id, *title, *document, *kind, *tagline, *mark;
  JsonObject *mats;

  if (!stk_json_get_object (root, "", "series", TRUE, &s, error) ||
      !stk_json_get_string (s, "series", "id", TRUE, &id, error) ||
      !stk_json_get_string (s, "series", "title", TRUE, &title, error) ||
      !stk_json_get_string (s, "series", "document", TRUE, &document, error) ||
      !stk_json_get_string (s, "series", "kind", TRUE, &kind, error) ||
      !stk_json_get_string (s, "series", "tagline", TRUE, &tagline, error) ||
      !stk_json_get_string (s, "series", "orientation_mark", TRUE, &mark, error) ||
      !stk_json_get_array (s, "series", "features", TRUE, &features, error) ||
      !stk_json_get_array (s, "series", "applications", TRUE, &apps, error) ||
      !stk_json_get_array (root, "", "packaging", TRUE, &pkgs, error) ||
      !stk_json_get_object (root, "", "materials", TRUE, &mats, error) ||
      !stk_json_get_array (mats, "materials", "rows", TRUE, &materials, error) ||
      !stk_json_get_object (root, "", "general_tolerance_mm", TRUE, &tol, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (!_stk_catalog_get_value (ld, s, "series", "pitch_mm", &series->pitch, error) ||
      !_stk_catalog_get_value (ld, root, "", "general_tolerance_mm", &series->general_tolerance, error) ||
      !_stk_catalog_get_source (ld, s, "series", "features_source", &series->features_source, error))
    return FALSE;
  series->id = _stk_catalog_intern (ld->catalog, id);
  series->title = _stk_catalog_intern (ld->catalog, title);
  series->document = _stk_catalog_intern (ld->catalog, document);
  series->tagline = _stk_catalog_intern (ld->catalog, tagline);
  series->orientation_mark = _stk_catalog_intern (ld->catalog, mark);
  series->features = _stk_catalog_get_strv (ld, features);
  series->applications = _stk_catalog_get_strv (ld, apps);
  if (g_str_equal (kind, "board-to-board"))
    series->kind = STK_SERIES_BOARD_TO_BOARD;
  else if (g_str_equal (kind, "board-to-fpc"))
    series->kind = STK_SERIES_BOARD_TO_FPC;
  else
    return _stk_catalog_fail (error, ld->file, "series.kind", "must be board-to-board or board-to-fpc");
  for (guint i = 0; i < json_array_get_length (pkgs); i++)
    {
      g_autofree char *path = g_strdup_printf ("packaging[%u]", i);
      JsonObject *o;
      StkPackaging *p = _stk_catalog_alloc0 (ld->catalog, sizeof *p);
      const char *pid, *label, *suffix;

      if (!_stk_catalog_get_element (ld, pkgs, i, path, &o, error))
        return FALSE;
      if (!stk_json_get_string (o, path, "id", TRUE, &pid, error) ||
          !stk_json_get_string (o, path, "label", TRUE, &label, error) ||
          !stk_json_get_string (o, path, "suffix", TRUE, &suffix, error))
        return _stk_catalog_prefix_error (error, ld->file);
      if (!_stk_catalog_get_source (ld, o, path, "source", &p->source, error))
        return FALSE;
      p->id = _stk_catalog_intern (ld->catalog, pid);
      p->label = _stk_catalog_intern_text (ld->catalog, label);
      p->suffix = _stk_catalog_intern (ld->catalog, suffix);
      g_ptr_array_add (series->packagings, p);
    }
  for (guint i = 0; i < json_array_get_length (materials); i++)
    {
      g_autofree char *path = g_strdup_printf ("materials.rows[%u]", i);
      JsonObject *o;
      StkMaterial *m = _stk_catalog_alloc0 (ld->catalog, sizeof *m);
      const char *part, *mat, *surf;

      if (!_stk_catalog_get_element (ld, materials, i, path, &o, error))
        return FALSE;
      if (!stk_json_get_string (o, path, "part", TRUE, &part, error) ||
          !stk_json_get_string (o, path, "material", TRUE, &mat, error) ||
          !stk_json_get_string (o, path, "surface", TRUE, &surf, error))
        return _stk_catalog_prefix_error (error, ld->file);
      m->part = _stk_catalog_intern (ld->catalog, part);
      m->material = _stk_catalog_intern (ld->catalog, mat);
      m->surface = _stk_catalog_intern (ld->catalog, surf);
      g_ptr_array_add (series->materials, m);
    }
  return TRUE;
}

static gboolean
load_products (StkCatalogLoader  *ld,
               StkSeries         *series,
               JsonObject        *root,
               GError           **error)
{
  JsonArray *tables;

  if (!stk_json_get_array (root, "", "products", TRUE, &tables, error))
    return _stk_catalog_prefix_error (error, ld->file);
  for (guint t = 0; t < json_array_get_length (tables); t++)
    {
      g_autofree char *path = g_strdup_printf ("products[%u]", t);
      JsonObject *table;
      const StkSource *src;
      const char *pkg_id;
      const StkPackaging *pkg;
      JsonArray *rows;

      if (!_stk_catalog_get_element (ld, tables, t, path, &table, error) ||
          !_stk_catalog_get_source (ld, table, path, "source", &src, error))
        return FALSE;
      if (!stk_json_get_string (table, path, "packaging", TRUE, &pkg_id, error) ||
          !stk_json_get_array (table, path, "rows", TRUE, &rows, error))
        return _stk_catalog_prefix_error (error, ld->file);
      pkg = stk_series_find_packaging (series, pkg_id);
      if (pkg == NULL)
        return _stk_catalog_fail (error, ld->file, path, "unknown packaging");
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonArray *row = json_array_get_array_element (rows, r);
          g_autofree char *rp = g_strdup_printf ("%s.rows[%u]", path, r);
          StkProduct *p;
          double h, pins;

          if (row == NULL || json_array_get_length (row) != 4)
            return _stk_catalog_fail (error, ld->file, rp, "must be [height, pins, socket, header]");
          if (!stk_json_node_to_double (json_array_get_element (row, 0), rp, &h, error) ||
              !stk_json_node_to_double (json_array_get_element (row, 1), rp, &pins, error))
            return _stk_catalog_prefix_error (error, ld->file);
          p = _stk_catalog_alloc0 (ld->catalog, sizeof *p);
          p->series = series;
          p->mated_height = h;
          p->pins = (guint) pins;
          p->packaging = pkg;
          p->socket = _stk_catalog_intern (ld->catalog, json_array_get_string_element (row, 2));
          p->header = _stk_catalog_intern (ld->catalog, json_array_get_string_element (row, 3));
          p->source = src;
          if (p->socket == NULL || p->header == NULL)
            return _stk_catalog_fail (error, ld->file, rp, "part numbers must be strings");
          g_ptr_array_add (series->products, p);
        }
    }
  return TRUE;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
collect_heights (StkSeries *series)
{
  for (guint i = 0; i < series->products->len; i++)
    {
      const StkProduct *p = g_ptr_array_index (series->products, i);
      if (!stk_series_has_height (series, p->mated_height))
        g_array_append_val (series->heights, p->mated_height);
    }
  g_array_sort (series->heights, compare_double);
}

static gboolean
load_dimension_tables (StkCatalogLoader  *ld,
                       StkSeries         *series,
                       JsonObject        *root,
                       GError           **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonArray *tables;

  if (!stk_json_get_array (root, "", "dimension_tables", TRUE, &tables, error))
    return _stk_catalog_prefix_error (error, ld->file);
  for (guint t = 0; t < json_array_get_length (tables); t++)
    {
      g_autofree char *path = g_strdup_printf ("dimension_tables[%u]", t);
      JsonObject *o;
      StkDimTable *table;
      const char *role, *key;
      JsonArray *columns, *rows;

      if (!_stk_catalog_get_element (ld, tables, t, path, &o, error))
        return FALSE;
      table = _stk_catalog_alloc0 (ld->catalog, sizeof *table);
      if (!stk_json_get_string (o, path, "role", TRUE, &role, error) ||
          !stk_json_get_string (o, path, "key", TRUE, &key, error) ||
          !stk_json_get_array (o, path, "columns", TRUE, &columns, error) ||
          !stk_json_get_array (o, path, "rows", TRUE, &rows, error) ||
          !_stk_catalog_get_heights (o, path, table->heights, &table->n_heights, error))
        return _stk_catalog_prefix_error (error, ld->file);
      if (!_stk_catalog_get_source (ld, o, path, "source", &table->source, error))
        return FALSE;
      table->role = g_str_equal (role, "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER;
      table->by_height = g_str_equal (key, "mated_height");
      table->n_columns = json_array_get_length (columns);
      if (table->n_columns == 0 || table->n_columns > STK_N_DIMS)
        return _stk_catalog_fail (error, ld->file, path, "bad column list");
      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *letter = json_array_get_string_element (columns, c);
          if (letter == NULL || strlen (letter) != 1 || letter[0] < 'A' || letter[0] > 'E')
            return _stk_catalog_fail (error, ld->file, path, "columns must be letters A to E");
          table->columns[c] = (StkDim) (letter[0] - 'A');
        }
      table->n_rows = json_array_get_length (rows);
      table->rows = _stk_catalog_alloc0 (ld->catalog, sizeof (double) * table->n_rows * (table->n_columns + 1));
      for (guint r = 0; r < table->n_rows; r++)
        {
          JsonArray *row = json_array_get_array_element (rows, r);
          g_autofree char *rp = g_strdup_printf ("%s.rows[%u]", path, r);

          if (row == NULL || json_array_get_length (row) != table->n_columns + 1)
            return _stk_catalog_fail (error, ld->file, rp, "wrong number of cells");
          for (guint c = 0; c <= table->n_columns; c++)
            if (!stk_json_node_to_double (json_array_get_element (row, c), rp,
                                          &table->rows[r * (table->n_columns + 1) + c], error))
              return _stk_catalog_prefix_error (error, ld->file);
        }
      g_ptr_array_add (priv->dim_tables, table);
    }
  return TRUE;
}

static gboolean
load_quantities (StkCatalogLoader  *ld,
                 StkSeries         *series,
                 JsonObject        *root,
                 GError           **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonObject *q;
  JsonArray *rows;
  const StkSource *src;
  const char *order_note = NULL;

  if (!stk_json_get_object (root, "", "quantities", TRUE, &q, error) ||
      !stk_json_get_array (q, "quantities", "rows", TRUE, &rows, error) ||
      !stk_json_get_string (q, "quantities", "order_note", FALSE, &order_note, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (!_stk_catalog_get_source (ld, q, "quantities", "source", &src, error))
    return FALSE;
  series->order_note = _stk_catalog_intern_text (ld->catalog, order_note);
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      g_autofree char *path = g_strdup_printf ("quantities.rows[%u]", r);
      JsonObject *o;
      StkQuantityRow *row;
      const char *pkg, *role, *note = NULL;
      gint64 reel, inner, outer;

      if (!_stk_catalog_get_element (ld, rows, r, path, &o, error))
        return FALSE;
      row = _stk_catalog_alloc0 (ld->catalog, sizeof *row);
      if (!stk_json_get_string (o, path, "packaging", TRUE, &pkg, error) ||
          !stk_json_get_string (o, path, "role", TRUE, &role, error) ||
          !_stk_catalog_get_heights (o, path, row->heights, &row->n_heights, error) ||
          !stk_json_get_int (o, path, "reel_pcs", TRUE, 1, 1000000, &reel, error) ||
          !stk_json_get_int (o, path, "inner_carton_pcs", TRUE, 1, 1000000, &inner, error) ||
          !stk_json_get_int (o, path, "outer_carton_pcs", TRUE, 1, 1000000, &outer, error) ||
          !stk_json_get_string (o, path, "note", FALSE, &note, error))
        return _stk_catalog_prefix_error (error, ld->file);
      row->packaging = stk_series_find_packaging (series, pkg);
      if (row->packaging == NULL)
        return _stk_catalog_fail (error, ld->file, path, "unknown packaging");
      row->role = g_str_equal (role, "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER;
      row->q.reel_pcs = (guint) reel;
      row->q.inner_carton_pcs = (guint) inner;
      row->q.outer_carton_pcs = (guint) outer;
      row->q.note = _stk_catalog_intern_text (ld->catalog, note);
      row->q.source = src;
      if (json_object_has_member (o, "source") && !_stk_catalog_get_source (ld, o, path, "source", &row->q.source, error))
        return FALSE;
      if (note != NULL && !_stk_catalog_get_source (ld, o, path, "note_source", &row->q.source, error))
        return FALSE;
      g_ptr_array_add (priv->quantities, row);
    }
  return TRUE;
}

static gboolean
load_specs (StkCatalogLoader  *ld,
            StkSeries         *series,
            JsonObject        *root,
            GError           **error)
{
  JsonArray *specs;

  if (!stk_json_get_array (root, "", "specifications", TRUE, &specs, error))
    return _stk_catalog_prefix_error (error, ld->file);
  for (guint i = 0; i < json_array_get_length (specs); i++)
    {
      g_autofree char *path = g_strdup_printf ("specifications[%u]", i);
      JsonObject *o;
      const char *id, *label, *text, *unit = NULL, *cond = NULL;
      StkSpec *s;

      if (!_stk_catalog_get_element (ld, specs, i, path, &o, error))
        return FALSE;
      s = _stk_catalog_alloc0 (ld->catalog, sizeof *s);
      if (!stk_json_get_string (o, path, "id", TRUE, &id, error) ||
          !stk_json_get_string (o, path, "label", TRUE, &label, error) ||
          !stk_json_get_string (o, path, "text", TRUE, &text, error) ||
          !stk_json_get_string (o, path, "unit", FALSE, &unit, error) ||
          !stk_json_get_string (o, path, "conditions", FALSE, &cond, error) ||
          !stk_json_get_double (o, path, "value", FALSE, -1e9, 1e9, &s->value, error))
        return _stk_catalog_prefix_error (error, ld->file);
      if (!_stk_catalog_get_source (ld, o, path, "source", &s->source, error))
        return FALSE;
      s->has_value = json_object_has_member (o, "value");
      s->id = _stk_catalog_intern (ld->catalog, id);
      s->label = _stk_catalog_intern (ld->catalog, label);
      s->text = _stk_catalog_intern_text (ld->catalog, text);
      s->unit = _stk_catalog_intern (ld->catalog, unit);
      s->conditions = _stk_catalog_intern_text (ld->catalog, cond);
      g_ptr_array_add (series->specs, s);
    }
  return TRUE;
}

/* Insertion rules give a maximum (a total or per contact) whatever the mated
 * height; removal rules a minimum per contact, for the heights they list (none:
 * every height). Rules say by their pins and heights which parts they cover;
 * the self-checks refuse two rules that cover the same part. */
static gboolean
load_force_rules (StkCatalogLoader  *ld,
                  JsonObject        *root,
                  const char        *member,
                  gboolean           removal,
                  GArray            *rules,
                  const char       **text,
                  GError           **error)
{
  JsonObject *o;
  JsonArray *a;

  if (!stk_json_get_object (root, "", member, TRUE, &o, error) ||
      !stk_json_get_string (o, member, "text", TRUE, text, error) ||
      !stk_json_get_array (o, member, "rules", TRUE, &a, error))
    return _stk_catalog_prefix_error (error, ld->file);
  *text = _stk_catalog_intern_text (ld->catalog, *text);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s.rules[%u]", member, i);
      JsonObject *r;
      StkForceRule rule = { 0, G_MAXUINT, { 0 }, 0, -1, -1 };
      gint64 lo = 0, hi = G_MAXUINT;
      gboolean total, max_per_pin, min_per_pin;

      if (!_stk_catalog_get_element (ld, a, i, path, &r, error))
        return FALSE;
      total = json_object_has_member (r, "max_total_n");
      max_per_pin = json_object_has_member (r, "max_per_pin_n");
      min_per_pin = json_object_has_member (r, "min_per_pin_n");
      if (removal ? !min_per_pin || total || max_per_pin : min_per_pin || total == max_per_pin)
        return _stk_catalog_fail (error, ld->file, path,
                                  removal ? "needs min_per_pin_n and no maximum"
                                          : "needs one of max_total_n and max_per_pin_n and no minimum");
      if (!stk_json_get_int (r, path, "min_pins", FALSE, 0, 1000, &lo, error) ||
          !stk_json_get_int (r, path, "max_pins", FALSE, 0, 1000, &hi, error) ||
          !_stk_catalog_get_heights (r, path, rule.heights, &rule.n_heights, error) ||
          !stk_json_get_double (r, path, "max_total_n", FALSE, 0, 1000, &rule.total_n, error) ||
          !stk_json_get_double (r, path, "max_per_pin_n", FALSE, 0, 100, &rule.per_pin_n, error) ||
          !stk_json_get_double (r, path, "min_per_pin_n", FALSE, 0, 100, &rule.per_pin_n, error))
        return _stk_catalog_prefix_error (error, ld->file);
      /* Asked without a height, an insertion rule for some heights would never apply. */
      if (!removal && rule.n_heights > 0)
        return _stk_catalog_fail (error, ld->file, path, "insertion force holds for every mated height: no heights");
      rule.min_pins = (guint) lo;
      rule.max_pins = (guint) hi;
      g_array_append_val (rules, rule);
    }
  return TRUE;
}

static gboolean
load_tapes (StkCatalogLoader  *ld,
            StkSeries         *series,
            JsonObject        *root,
            GError           **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonObject *o;
  JsonArray *rows;
  const char *standard;
  const StkSource *src;

  if (!stk_json_get_object (root, "", "tape", TRUE, &o, error) ||
      !stk_json_get_string (o, "tape", "standard", TRUE, &standard, error) ||
      !stk_json_get_array (o, "tape", "rows", TRUE, &rows, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (!_stk_catalog_get_source (ld, o, "tape", "source", &src, error))
    return FALSE;
  series->tape_standard = _stk_catalog_intern (ld->catalog, standard);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("tape.rows[%u]", i);
      JsonObject *r;
      StkTapeRow *row;
      const char *applies, *tape, *pkg;
      gint64 lo, hi, reel;
      JsonArray *parts;
      JsonNode *b;

      if (!_stk_catalog_get_element (ld, rows, i, path, &r, error))
        return FALSE;
      row = _stk_catalog_alloc0 (ld->catalog, sizeof *row);
      if (!stk_json_get_string (r, path, "applies", TRUE, &applies, error) ||
          !stk_json_get_string (r, path, "tape", TRUE, &tape, error) ||
          !stk_json_get_string (r, path, "packaging", TRUE, &pkg, error) ||
          !stk_json_get_int (r, path, "min_pins", TRUE, 0, 1000, &lo, error) ||
          !stk_json_get_int (r, path, "max_pins", TRUE, 0, 1000, &hi, error) ||
          !stk_json_get_int (r, path, "reel_pcs", TRUE, 1, 1000000, &reel, error) ||
          !stk_json_get_double (r, path, "A", TRUE, 0, 100, &row->tape.a, error) ||
          !stk_json_get_double (r, path, "C", TRUE, 0, 100, &row->tape.c, error) ||
          !stk_json_get_double (r, path, "D", TRUE, 0, 100, &row->tape.d, error) ||
          !stk_json_get_array (r, path, "parts", TRUE, &parts, error))
        return _stk_catalog_prefix_error (error, ld->file);
      b = json_object_get_member (r, "B");
      row->tape.b = -1;
      if (b != NULL && !JSON_NODE_HOLDS_NULL (b) &&
          !stk_json_node_to_double (b, path, &row->tape.b, error))
        return _stk_catalog_prefix_error (error, ld->file);
      row->tape.applies = _stk_catalog_intern (ld->catalog, applies);
      row->tape.tape = _stk_catalog_intern (ld->catalog, tape);
      row->tape.min_pins = (guint) lo;
      row->tape.max_pins = (guint) hi;
      row->tape.reel_pcs = (guint) reel;
      row->tape.source = src;
      if (json_object_has_member (r, "source") && !_stk_catalog_get_source (ld, r, path, "source", &row->tape.source, error))
        return FALSE;
      row->packaging = stk_series_find_packaging (series, pkg);
      if (row->packaging == NULL)
        return _stk_catalog_fail (error, ld->file, path, "unknown packaging");
      for (guint p = 0; p < json_array_get_length (parts); p++)
        {
          JsonArray *part = json_array_get_array_element (parts, p);
          JsonArray *hs = part ? json_array_get_array_element (part, 1) : NULL;
          const char *role = part ? json_array_get_string_element (part, 0) : NULL;
          int ri;

          if (role == NULL || hs == NULL)
            return _stk_catalog_fail (error, ld->file, path, "parts must be [role, [heights]]");
          ri = g_str_equal (role, "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER;
          for (guint h = 0; h < json_array_get_length (hs) && row->n_heights[ri] < STK_MAX_HEIGHTS; h++)
            row->heights[ri][row->n_heights[ri]++] = json_array_get_double_element (hs, h);
        }
      g_ptr_array_add (priv->tapes, row);
      g_ptr_array_add (series->tapes, &row->tape);
    }
  return TRUE;
}

gboolean
_stk_catalog_load_series (StkCatalog  *self,
                          const char  *file,
                          const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_auto(StkCatalogLoader) ld = { 0 };
  StkSeries *series;
  StkSeriesPrivate *priv;
  JsonObject *root;
  const char *format;
  gint64 version;
  JsonObject *forces;

  if (!_stk_catalog_loader_open (&ld, self, file, data, length, &root, error))
    return FALSE;
  if (!stk_json_get_string (root, "", "format", TRUE, &format, error) ||
      !stk_json_get_int (root, "", "version", TRUE, 1, 1, &version, error))
    return _stk_catalog_prefix_error (error, file);
  if (!g_str_equal (format, CATALOG_FORMAT))
    return _stk_catalog_fail (error, file, "format", "not a Stackup catalog");

  series = _stk_catalog_add_series (self);
  priv = series->priv;
  if (!_stk_catalog_load_sources (&ld, root, error) ||
      !load_series_header (&ld, series, root, error) ||
      !_stk_catalog_load_part_numbers (&ld, series, root, error) ||
      !load_products (&ld, series, root, error) ||
      !load_dimension_tables (&ld, series, root, error) ||
      !load_quantities (&ld, series, root, error) ||
      !load_specs (&ld, series, root, error) ||
      !load_force_rules (&ld, root, "insertion_force", FALSE, priv->insertion_rules, &series->insertion_force_text, error) ||
      !load_force_rules (&ld, root, "removal_force", TRUE, priv->removal_rules, &series->removal_force_text, error) ||
      !load_tapes (&ld, series, root, error) ||
      !_stk_catalog_load_geometry (&ld, series, root, error) ||
      !_stk_catalog_load_inspection (&ld, series, root, error))
    return FALSE;
  if (!stk_json_get_object (root, "", "insertion_force", TRUE, &forces, error))
    return _stk_catalog_prefix_error (error, file);
  if (!_stk_catalog_get_source (&ld, forces, "insertion_force", "source", &series->force_source, error))
    return FALSE;
  collect_heights (series);
  return TRUE;
}
