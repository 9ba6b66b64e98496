/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-catalog"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "stk-catalog-private.h"
#include "stk-json.h"

struct _StkCatalog
{
  GObject       parent_instance;

  GStringChunk *strings;
  GPtrArray    *blocks;      /* everything allocated for the records, freed together */
  GPtrArray    *series;      /* StkSeries */
  GPtrArray    *notes;       /* StkNote */
  GPtrArray    *materials;   /* StkStiffenerMaterial */
  GHashTable   *note_limits; /* limit id -> StkValue* */
  char         *printed_in_p4;
  char         *printed_in_a4s;
};

G_DEFINE_FINAL_TYPE (StkCatalog, stk_catalog, G_TYPE_OBJECT)

#define CATALOG_FORMAT "stackup-catalog"
#define CATALOG_MAX_SIZE (1024 * 1024)

static const char *const bundled_series[] = {
  "/io/github/stackup/Stackup/catalog/p4.json",
  "/io/github/stackup/Stackup/catalog/a4s.json",
};
#define BUNDLED_NOTES "/io/github/stackup/Stackup/catalog/notes.json"

/* Load context: one series file at a time. */
typedef struct {
  StkCatalog *catalog;
  const char *file;
  GHashTable *sources; /* name -> StkSource* */
} Loader;

static gpointer
alloc0 (StkCatalog *self,
        gsize       size)
{
  gpointer p = g_malloc0 (size);
  g_ptr_array_add (self->blocks, p);
  return p;
}

static const char *
intern (StkCatalog *self,
        const char *str)
{
  return str ? g_string_chunk_insert_const (self->strings, str) : NULL;
}

static gboolean
fail (GError    **error,
      const char *file,
      const char *path,
      const char *what)
{
  g_set_error (error, STK_ERROR, STK_ERROR_CATALOG, "%s: %s: %s", file, path, what);
  return FALSE;
}

static gboolean
prefix_error (GError    **error,
              const char *file)
{
  if (error && *error)
    g_prefix_error (error, "%s: ", file);
  return FALSE;
}

static gboolean
load_sources (Loader     *ld,
              JsonObject *root,
              GError    **error)
{
  JsonObject *sources;
  g_autoptr(GList) names = NULL;

  if (!stk_json_get_object (root, "", "sources", TRUE, &sources, error))
    return prefix_error (error, ld->file);
  names = json_object_get_members (sources);
  for (GList *l = names; l; l = l->next)
    {
      g_autofree char *path = g_strdup_printf ("sources.%s", (char *) l->data);
      JsonObject *o;
      const char *kind = NULL, *ref = NULL, *confidence = NULL;
      StkSource *src;

      if (!stk_json_get_object (sources, "sources", l->data, TRUE, &o, error) ||
          !stk_json_get_string (o, path, "kind", TRUE, &kind, error) ||
          !stk_json_get_string (o, path, "ref", TRUE, &ref, error) ||
          !stk_json_get_string (o, path, "confidence", FALSE, &confidence, error))
        return prefix_error (error, ld->file);
      src = alloc0 (ld->catalog, sizeof *src);
      if (!stk_prov_kind_from_string (kind, &src->kind))
        return fail (error, ld->file, path, "unknown provenance kind");
      if (src->kind != STK_PROV_DATASHEET && confidence == NULL)
        return fail (error, ld->file, path, "an estimate needs a confidence");
      src->ref = intern (ld->catalog, ref);
      src->confidence = intern (ld->catalog, confidence);
      g_hash_table_insert (ld->sources, g_strdup (l->data), src);
    }
  return TRUE;
}

static gboolean
get_source (Loader           *ld,
            JsonObject       *o,
            const char       *path,
            const char       *member,
            const StkSource **out,
            GError          **error)
{
  const char *name;

  if (!stk_json_get_string (o, path, member, TRUE, &name, error))
    return prefix_error (error, ld->file);
  *out = g_hash_table_lookup (ld->sources, name);
  if (*out == NULL)
    {
      g_autofree char *msg = g_strdup_printf ("unknown source \"%s\"", name);
      g_autofree char *full = g_strdup_printf ("%s.%s", path, member);
      return fail (error, ld->file, full, msg);
    }
  return TRUE;
}

static gboolean
get_value (Loader     *ld,
           JsonObject *o,
           const char *path,
           const char *member,
           StkValue   *out,
           GError    **error)
{
  JsonObject *v;
  g_autofree char *full = g_strdup_printf ("%s.%s", path, member);

  if (!stk_json_get_object (o, path, member, TRUE, &v, error) ||
      !stk_json_get_double (v, full, "value", TRUE, -1e6, 1e6, &out->value, error))
    return prefix_error (error, ld->file);
  return get_source (ld, v, full, "source", &out->source, error);
}

static const char **
get_strv (Loader     *ld,
          JsonArray  *array)
{
  guint n = array ? json_array_get_length (array) : 0;
  const char **v = alloc0 (ld->catalog, sizeof (char *) * (n + 1));

  for (guint i = 0; i < n; i++)
    v[i] = intern (ld->catalog, json_array_get_string_element (array, i));
  return v;
}

static gboolean
get_heights (JsonObject *o,
             const char *path,
             double     *heights,
             guint      *n_heights,
             GError    **error)
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

static gboolean
load_products (Loader     *ld,
               StkSeries  *series,
               JsonObject *root,
               GError    **error)
{
  JsonArray *tables;

  if (!stk_json_get_array (root, "", "products", TRUE, &tables, error))
    return prefix_error (error, ld->file);
  for (guint t = 0; t < json_array_get_length (tables); t++)
    {
      g_autofree char *path = g_strdup_printf ("products[%u]", t);
      JsonObject *table = json_array_get_object_element (tables, t);
      const StkSource *src;
      const char *pkg_id;
      const StkPackaging *pkg;
      JsonArray *rows;

      if (table == NULL)
        return fail (error, ld->file, path, "must be an object");
      if (!get_source (ld, table, path, "source", &src, error))
        return FALSE;
      if (!stk_json_get_string (table, path, "packaging", TRUE, &pkg_id, error) ||
          !stk_json_get_array (table, path, "rows", TRUE, &rows, error))
        return prefix_error (error, ld->file);
      pkg = stk_series_find_packaging (series, pkg_id);
      if (pkg == NULL)
        return fail (error, ld->file, path, "unknown packaging");
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonArray *row = json_array_get_array_element (rows, r);
          g_autofree char *rp = g_strdup_printf ("%s.rows[%u]", path, r);
          StkProduct *p;
          double h, pins;

          if (row == NULL || json_array_get_length (row) != 4)
            return fail (error, ld->file, rp, "must be [height, pins, socket, header]");
          if (!stk_json_node_to_double (json_array_get_element (row, 0), rp, &h, error) ||
              !stk_json_node_to_double (json_array_get_element (row, 1), rp, &pins, error))
            return prefix_error (error, ld->file);
          p = alloc0 (ld->catalog, sizeof *p);
          p->series = series;
          p->mated_height = h;
          p->pins = (guint) pins;
          p->packaging = pkg;
          p->socket = intern (ld->catalog, json_array_get_string_element (row, 2));
          p->header = intern (ld->catalog, json_array_get_string_element (row, 3));
          p->source = src;
          if (p->socket == NULL || p->header == NULL)
            return fail (error, ld->file, rp, "part numbers must be strings");
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
load_dimension_tables (Loader     *ld,
                       StkSeries  *series,
                       JsonObject *root,
                       GError    **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonArray *tables;

  if (!stk_json_get_array (root, "", "dimension_tables", TRUE, &tables, error))
    return prefix_error (error, ld->file);
  for (guint t = 0; t < json_array_get_length (tables); t++)
    {
      g_autofree char *path = g_strdup_printf ("dimension_tables[%u]", t);
      JsonObject *o = json_array_get_object_element (tables, t);
      StkDimTable *table;
      const char *role, *key;
      JsonArray *columns, *rows;

      if (o == NULL)
        return fail (error, ld->file, path, "must be an object");
      table = alloc0 (ld->catalog, sizeof *table);
      if (!stk_json_get_string (o, path, "role", TRUE, &role, error) ||
          !stk_json_get_string (o, path, "key", TRUE, &key, error) ||
          !stk_json_get_array (o, path, "columns", TRUE, &columns, error) ||
          !stk_json_get_array (o, path, "rows", TRUE, &rows, error) ||
          !get_heights (o, path, table->heights, &table->n_heights, error))
        return prefix_error (error, ld->file);
      if (!get_source (ld, o, path, "source", &table->source, error))
        return FALSE;
      table->role = g_str_equal (role, "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER;
      table->by_height = g_str_equal (key, "mated_height");
      table->n_columns = json_array_get_length (columns);
      if (table->n_columns == 0 || table->n_columns > STK_N_DIMS)
        return fail (error, ld->file, path, "bad column list");
      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *letter = json_array_get_string_element (columns, c);
          if (letter == NULL || strlen (letter) != 1 || letter[0] < 'A' || letter[0] > 'E')
            return fail (error, ld->file, path, "columns must be letters A to E");
          table->columns[c] = (StkDim) (letter[0] - 'A');
        }
      table->n_rows = json_array_get_length (rows);
      table->rows = alloc0 (ld->catalog, sizeof (double) * table->n_rows * (table->n_columns + 1));
      for (guint r = 0; r < table->n_rows; r++)
        {
          JsonArray *row = json_array_get_array_element (rows, r);
          g_autofree char *rp = g_strdup_printf ("%s.rows[%u]", path, r);

          if (row == NULL || json_array_get_length (row) != table->n_columns + 1)
            return fail (error, ld->file, rp, "wrong number of cells");
          for (guint c = 0; c <= table->n_columns; c++)
            if (!stk_json_node_to_double (json_array_get_element (row, c), rp,
                                          &table->rows[r * (table->n_columns + 1) + c], error))
              return prefix_error (error, ld->file);
        }
      g_ptr_array_add (priv->dim_tables, table);
    }
  return TRUE;
}

static gboolean
load_quantities (Loader     *ld,
                 StkSeries  *series,
                 JsonObject *root,
                 GError    **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonObject *q;
  JsonArray *rows;
  const StkSource *src;
  const char *order_note = NULL;

  if (!stk_json_get_object (root, "", "quantities", TRUE, &q, error) ||
      !stk_json_get_array (q, "quantities", "rows", TRUE, &rows, error) ||
      !stk_json_get_string (q, "quantities", "order_note", FALSE, &order_note, error))
    return prefix_error (error, ld->file);
  if (!get_source (ld, q, "quantities", "source", &src, error))
    return FALSE;
  series->order_note = intern (ld->catalog, order_note);
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      g_autofree char *path = g_strdup_printf ("quantities.rows[%u]", r);
      JsonObject *o = json_array_get_object_element (rows, r);
      StkQuantityRow *row;
      const char *pkg, *role, *note = NULL;
      gint64 reel, inner, outer;

      if (o == NULL)
        return fail (error, ld->file, path, "must be an object");
      row = alloc0 (ld->catalog, sizeof *row);
      if (!stk_json_get_string (o, path, "packaging", TRUE, &pkg, error) ||
          !stk_json_get_string (o, path, "role", TRUE, &role, error) ||
          !get_heights (o, path, row->heights, &row->n_heights, error) ||
          !stk_json_get_int (o, path, "reel_pcs", TRUE, 1, 1000000, &reel, error) ||
          !stk_json_get_int (o, path, "inner_carton_pcs", TRUE, 1, 1000000, &inner, error) ||
          !stk_json_get_int (o, path, "outer_carton_pcs", TRUE, 1, 1000000, &outer, error) ||
          !stk_json_get_string (o, path, "note", FALSE, &note, error))
        return prefix_error (error, ld->file);
      row->packaging = stk_series_find_packaging (series, pkg);
      if (row->packaging == NULL)
        return fail (error, ld->file, path, "unknown packaging");
      row->role = g_str_equal (role, "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER;
      row->q.reel_pcs = (guint) reel;
      row->q.inner_carton_pcs = (guint) inner;
      row->q.outer_carton_pcs = (guint) outer;
      row->q.note = intern (ld->catalog, note);
      row->q.source = src;
      if (json_object_has_member (o, "source") && !get_source (ld, o, path, "source", &row->q.source, error))
        return FALSE;
      if (note != NULL && !get_source (ld, o, path, "note_source", &row->q.source, error))
        return FALSE;
      g_ptr_array_add (priv->quantities, row);
    }
  return TRUE;
}

static gboolean
load_specs (Loader     *ld,
            StkSeries  *series,
            JsonObject *root,
            GError    **error)
{
  JsonArray *specs;

  if (!stk_json_get_array (root, "", "specifications", TRUE, &specs, error))
    return prefix_error (error, ld->file);
  for (guint i = 0; i < json_array_get_length (specs); i++)
    {
      g_autofree char *path = g_strdup_printf ("specifications[%u]", i);
      JsonObject *o = json_array_get_object_element (specs, i);
      const char *id, *label, *text, *unit = NULL, *cond = NULL;
      StkSpec *s;

      if (o == NULL)
        return fail (error, ld->file, path, "must be an object");
      s = alloc0 (ld->catalog, sizeof *s);
      if (!stk_json_get_string (o, path, "id", TRUE, &id, error) ||
          !stk_json_get_string (o, path, "label", TRUE, &label, error) ||
          !stk_json_get_string (o, path, "text", TRUE, &text, error) ||
          !stk_json_get_string (o, path, "unit", FALSE, &unit, error) ||
          !stk_json_get_string (o, path, "conditions", FALSE, &cond, error) ||
          !stk_json_get_double (o, path, "value", FALSE, -1e9, 1e9, &s->value, error))
        return prefix_error (error, ld->file);
      if (!get_source (ld, o, path, "source", &s->source, error))
        return FALSE;
      s->has_value = json_object_has_member (o, "value");
      s->id = intern (ld->catalog, id);
      s->label = intern (ld->catalog, label);
      s->text = intern (ld->catalog, text);
      s->unit = intern (ld->catalog, unit);
      s->conditions = intern (ld->catalog, cond);
      g_ptr_array_add (series->specs, s);
    }
  return TRUE;
}

static gboolean
load_force_rules (Loader      *ld,
                  JsonObject  *root,
                  const char  *member,
                  GArray      *rules,
                  const char **text,
                  GError     **error)
{
  JsonObject *o;
  JsonArray *a;

  if (!stk_json_get_object (root, "", member, TRUE, &o, error) ||
      !stk_json_get_string (o, member, "text", TRUE, text, error) ||
      !stk_json_get_array (o, member, "rules", TRUE, &a, error))
    return prefix_error (error, ld->file);
  *text = intern (ld->catalog, *text);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s.rules[%u]", member, i);
      JsonObject *r = json_array_get_object_element (a, i);
      StkForceRule rule = { 0, G_MAXUINT, { 0 }, 0, -1, -1 };
      gint64 lo = 0, hi = G_MAXUINT;

      if (r == NULL)
        return fail (error, ld->file, path, "must be an object");
      if (!stk_json_get_int (r, path, "min_pins", FALSE, 0, 1000, &lo, error) ||
          !stk_json_get_int (r, path, "max_pins", FALSE, 0, 1000, &hi, error) ||
          !get_heights (r, path, rule.heights, &rule.n_heights, error) ||
          !stk_json_get_double (r, path, "max_total_n", FALSE, 0, 1000, &rule.total_n, error) ||
          !stk_json_get_double (r, path, "max_per_pin_n", FALSE, 0, 100, &rule.per_pin_n, error) ||
          !stk_json_get_double (r, path, "min_per_pin_n", FALSE, 0, 100, &rule.per_pin_n, error))
        return prefix_error (error, ld->file);
      rule.min_pins = (guint) lo;
      rule.max_pins = (guint) hi;
      g_array_append_val (rules, rule);
    }
  return TRUE;
}

static gboolean
load_tapes (Loader     *ld,
            StkSeries  *series,
            JsonObject *root,
            GError    **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonObject *o;
  JsonArray *rows;
  const char *standard;
  const StkSource *src;

  if (!stk_json_get_object (root, "", "tape", TRUE, &o, error) ||
      !stk_json_get_string (o, "tape", "standard", TRUE, &standard, error) ||
      !stk_json_get_array (o, "tape", "rows", TRUE, &rows, error))
    return prefix_error (error, ld->file);
  if (!get_source (ld, o, "tape", "source", &src, error))
    return FALSE;
  series->tape_standard = intern (ld->catalog, standard);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("tape.rows[%u]", i);
      JsonObject *r = json_array_get_object_element (rows, i);
      StkTapeRow *row;
      const char *applies, *tape, *pkg;
      gint64 lo, hi, reel;
      JsonArray *parts;
      JsonNode *b;

      if (r == NULL)
        return fail (error, ld->file, path, "must be an object");
      row = alloc0 (ld->catalog, sizeof *row);
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
        return prefix_error (error, ld->file);
      b = json_object_get_member (r, "B");
      row->tape.b = -1;
      if (b != NULL && !JSON_NODE_HOLDS_NULL (b) &&
          !stk_json_node_to_double (b, path, &row->tape.b, error))
        return prefix_error (error, ld->file);
      row->tape.applies = intern (ld->catalog, applies);
      row->tape.tape = intern (ld->catalog, tape);
      row->tape.min_pins = (guint) lo;
      row->tape.max_pins = (guint) hi;
      row->tape.reel_pcs = (guint) reel;
      row->tape.source = src;
      if (json_object_has_member (r, "source") && !get_source (ld, r, path, "source", &row->tape.source, error))
        return FALSE;
      row->packaging = stk_series_find_packaging (series, pkg);
      if (row->packaging == NULL)
        return fail (error, ld->file, path, "unknown packaging");
      for (guint p = 0; p < json_array_get_length (parts); p++)
        {
          JsonArray *part = json_array_get_array_element (parts, p);
          JsonArray *hs = part ? json_array_get_array_element (part, 1) : NULL;
          const char *role = part ? json_array_get_string_element (part, 0) : NULL;
          int ri;

          if (role == NULL || hs == NULL)
            return fail (error, ld->file, path, "parts must be [role, [heights]]");
          ri = g_str_equal (role, "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER;
          for (guint h = 0; h < json_array_get_length (hs) && row->n_heights[ri] < STK_MAX_HEIGHTS; h++)
            row->heights[ri][row->n_heights[ri]++] = json_array_get_double_element (hs, h);
        }
      g_ptr_array_add (priv->tapes, row);
      g_ptr_array_add (series->tapes, &row->tape);
    }
  return TRUE;
}

static gboolean
load_pattern (Loader     *ld,
              JsonObject *geometry,
              const char *member,
              StkPattern *pattern,
              GError    **error)
{
  g_autofree char *path = g_strdup_printf ("geometry.%s", member);
  JsonObject *o, *tx = NULL;
  gboolean outline_only = FALSE;

  if (!stk_json_get_object (geometry, "geometry", member, TRUE, &o, error) ||
      !stk_json_get_boolean (o, path, "outline_only", FALSE, &outline_only, error))
    return prefix_error (error, ld->file);
  if (!get_source (ld, o, path, "source", &pattern->source, error))
    return FALSE;
  pattern->outline_only = outline_only;
  if (outline_only)
    return TRUE;
  if (!stk_json_get_double (o, path, "pad_w_mm", TRUE, 0.01, 10, &pattern->pad_w, error) ||
      !stk_json_get_double (o, path, "pad_l_mm", TRUE, 0.01, 10, &pattern->pad_l, error) ||
      !stk_json_get_double (o, path, "row_pitch_mm", TRUE, 0.01, 20, &pattern->row_pitch, error) ||
      !stk_json_get_double (o, path, "outer_width_mm", TRUE, 0.01, 20, &pattern->outer_width, error) ||
      !stk_json_get_double (o, path, "length_extra_mm", TRUE, 0, 20, &pattern->length_extra, error) ||
      !stk_json_get_object (o, path, "terminal_x", FALSE, &tx, error))
    return prefix_error (error, ld->file);
  if (tx != NULL)
    {
      const char *from;
      g_autofree char *tp = g_strdup_printf ("%s.terminal_x", path);

      pattern->has_terminals = TRUE;
      if (!stk_json_get_string (tx, tp, "from", TRUE, &from, error) ||
          !stk_json_get_double (tx, tp, "offset_mm", TRUE, -10, 10, &pattern->terminal_x_offset, error) ||
          !stk_json_get_double (o, path, "terminal_pad_w_mm", TRUE, 0.01, 10, &pattern->terminal_w, error) ||
          !stk_json_get_double (o, path, "terminal_pad_l_mm", TRUE, 0.01, 10, &pattern->terminal_l, error) ||
          !stk_json_get_double (o, path, "terminal_y_mm", TRUE, 0, 10, &pattern->terminal_y, error))
        return prefix_error (error, ld->file);
      pattern->terminal_x_from = (StkDim) (from[0] - 'A');
    }
  return TRUE;
}

/* A geometry quantity is {"value"}, {"from": letter} or {"by_height": [[h, v, source]…]}. */
static gboolean
load_geo_quantity (Loader       *ld,
                   JsonObject   *geometry,
                   const char   *member,
                   StkGeoValue  *out,
                   GError      **error)
{
  g_autofree char *path = g_strdup_printf ("geometry.%s", member);
  JsonObject *o;
  const char *from = NULL;
  JsonArray *by = NULL;

  if (!stk_json_get_object (geometry, "geometry", member, TRUE, &o, error) ||
      !stk_json_get_string (o, path, "from", FALSE, &from, error) ||
      !stk_json_get_array (o, path, "by_height", FALSE, &by, error))
    return prefix_error (error, ld->file);
  if (by != NULL)
    {
      for (guint i = 0; i < json_array_get_length (by) && i < STK_MAX_HEIGHTS; i++)
        {
          JsonArray *row = json_array_get_array_element (by, i);
          const char *name = row && json_array_get_length (row) == 3 ? json_array_get_string_element (row, 2) : NULL;

          if (name == NULL || (out->by_height_src[i] = g_hash_table_lookup (ld->sources, name)) == NULL)
            return fail (error, ld->file, path, "by_height rows must be [height, value, source]");
          out->by_height[i][0] = json_array_get_double_element (row, 0);
          out->by_height[i][1] = json_array_get_double_element (row, 1);
          out->n_by_height++;
        }
      return TRUE;
    }
  if (!get_source (ld, o, path, "source", &out->value.source, error))
    return FALSE;
  if (from != NULL)
    {
      out->from_dim = TRUE;
      out->dim = (StkDim) (from[0] - 'A');
      return TRUE;
    }
  if (!stk_json_get_double (o, path, "value", TRUE, 0, 100, &out->value.value, error))
    return prefix_error (error, ld->file);
  return TRUE;
}

static gboolean
load_geometry (Loader     *ld,
               StkSeries  *series,
               JsonObject *root,
               GError    **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonObject *g, *hd;
  gint64 holds = 0;
  const char *hold_note = NULL;

  if (!stk_json_get_object (root, "", "geometry", TRUE, &g, error))
    return prefix_error (error, ld->file);
  if (!get_value (ld, g, "geometry", "socket_body_width_mm", &series->socket_body_width, error) ||
      !get_value (ld, g, "geometry", "socket_terminal_width_mm", &series->socket_terminal_width, error) ||
      !get_value (ld, g, "geometry", "header_body_width_mm", &series->header_body_width, error) ||
      !get_value (ld, g, "geometry", "header_terminal_width_mm", &series->header_terminal_width, error) ||
      !get_value (ld, g, "geometry", "capture_allowance_mm", &series->capture_allowance, error) ||
      !load_geo_quantity (ld, g, "socket_height_mm", &priv->socket_height, error) ||
      !load_geo_quantity (ld, g, "header_height_mm", &priv->header_height, error) ||
      !load_pattern (ld, g, "socket_pattern", &series->socket_pattern, error) ||
      !load_pattern (ld, g, "header_pattern", &series->header_pattern, error))
    return FALSE;
  if (json_object_has_member (g, "key_spacing_mm") &&
      !load_geo_quantity (ld, g, "key_spacing_mm", &priv->key_spacing, error))
    return FALSE;
  priv->has_key_spacing = json_object_has_member (g, "key_spacing_mm");
  if (!stk_json_get_object (g, "geometry", "socket_hold_downs", TRUE, &hd, error) ||
      !stk_json_get_int (hd, "geometry.socket_hold_downs", "value", TRUE, 0, 8, &holds, error) ||
      !stk_json_get_string (hd, "geometry.socket_hold_downs", "note", FALSE, &hold_note, error))
    return prefix_error (error, ld->file);
  series->socket_hold_downs = (guint) holds;
  series->hold_down_note = intern (ld->catalog, hold_note);
  {
    JsonObject *pn;
    if (!stk_json_get_object (g, "geometry", "pin_numbering", TRUE, &pn, error))
      return prefix_error (error, ld->file);
    if (!get_source (ld, pn, "geometry.pin_numbering", "source", &series->pin_numbering_source, error))
      return FALSE;
  }
  return TRUE;
}

static gboolean
load_inspection (Loader     *ld,
                 StkSeries  *series,
                 JsonObject *root,
                 GError    **error)
{
  JsonObject *o;
  JsonArray *pins, *notes;
  StkInspection *ins;
  const char *ps, *ph, *note;
  gint64 cycles, min_order;

  if (!stk_json_get_object (root, "", "inspection", FALSE, &o, error))
    return prefix_error (error, ld->file);
  if (o == NULL)
    return TRUE;
  ins = alloc0 (ld->catalog, sizeof *ins);
  if (!stk_json_get_string (o, "inspection", "printed_socket", TRUE, &ps, error) ||
      !stk_json_get_string (o, "inspection", "printed_header", TRUE, &ph, error) ||
      !stk_json_get_string (o, "inspection", "mated_height_note", TRUE, &note, error) ||
      !stk_json_get_int (o, "inspection", "mating_cycles", TRUE, 1, 1000000, &cycles, error) ||
      !stk_json_get_int (o, "inspection", "min_order_pcs", TRUE, 1, 1000000, &min_order, error) ||
      !stk_json_get_array (o, "inspection", "pins", TRUE, &pins, error) ||
      !stk_json_get_array (o, "inspection", "notes", TRUE, &notes, error))
    return prefix_error (error, ld->file);
  if (!get_source (ld, o, "inspection", "source", &ins->source, error))
    return FALSE;
  ins->printed_socket = intern (ld->catalog, ps);
  ins->printed_header = intern (ld->catalog, ph);
  ins->mated_height_note = intern (ld->catalog, note);
  ins->mating_cycles = (guint) cycles;
  ins->min_order_pcs = (guint) min_order;
  ins->notes = get_strv (ld, notes);
  ins->pins = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (((StkSeriesPrivate *) series->priv)->arrays, ins->pins);
  for (guint i = 0; i < json_array_get_length (pins); i++)
    {
      guint n = (guint) json_array_get_int_element (pins, i);
      g_array_append_val (ins->pins, n);
    }
  series->inspection = ins;
  return TRUE;
}

static void
series_private_free (gpointer data)
{
  StkSeries *series = data;
  StkSeriesPrivate *priv = series->priv;

  g_ptr_array_unref (series->packagings);
  g_ptr_array_unref (series->products);
  g_array_unref (series->heights);
  g_ptr_array_unref (series->specs);
  g_ptr_array_unref (series->materials);
  g_ptr_array_unref (series->tapes);
  g_ptr_array_unref (priv->dim_tables);
  g_ptr_array_unref (priv->quantities);
  g_ptr_array_unref (priv->tapes);
  g_array_unref (priv->insertion_rules);
  g_array_unref (priv->removal_rules);
  g_ptr_array_unref (priv->arrays);
  g_free (priv);
  g_free (series);
}

static StkSeries *
series_new (void)
{
  StkSeries *series = g_new0 (StkSeries, 1);
  StkSeriesPrivate *priv = g_new0 (StkSeriesPrivate, 1);

  series->priv = priv;
  series->packagings = g_ptr_array_new ();
  series->products = g_ptr_array_new ();
  series->heights = g_array_new (FALSE, FALSE, sizeof (double));
  series->specs = g_ptr_array_new ();
  series->materials = g_ptr_array_new ();
  series->tapes = g_ptr_array_new ();
  priv->dim_tables = g_ptr_array_new ();
  priv->quantities = g_ptr_array_new ();
  priv->tapes = g_ptr_array_new ();
  priv->insertion_rules = g_array_new (FALSE, FALSE, sizeof (StkForceRule));
  priv->removal_rules = g_array_new (FALSE, FALSE, sizeof (StkForceRule));
  priv->arrays = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return series;
}

static gboolean
load_series_header (Loader     *ld,
                    StkSeries  *series,
                    JsonObject *root,
                    GError    **error)
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
    return prefix_error (error, ld->file);
  if (!get_value (ld, s, "series", "pitch_mm", &series->pitch, error) ||
      !get_value (ld, root, "", "general_tolerance_mm", &series->general_tolerance, error) ||
      !get_source (ld, s, "series", "features_source", &series->features_source, error))
    return FALSE;
  series->id = intern (ld->catalog, id);
  series->title = intern (ld->catalog, title);
  series->document = intern (ld->catalog, document);
  series->tagline = intern (ld->catalog, tagline);
  series->orientation_mark = intern (ld->catalog, mark);
  series->features = get_strv (ld, features);
  series->applications = get_strv (ld, apps);
  if (g_str_equal (kind, "board-to-board"))
    series->kind = STK_SERIES_BOARD_TO_BOARD;
  else if (g_str_equal (kind, "board-to-fpc"))
    series->kind = STK_SERIES_BOARD_TO_FPC;
  else
    return fail (error, ld->file, "series.kind", "must be board-to-board or board-to-fpc");
  for (guint i = 0; i < json_array_get_length (pkgs); i++)
    {
      g_autofree char *path = g_strdup_printf ("packaging[%u]", i);
      JsonObject *o = json_array_get_object_element (pkgs, i);
      StkPackaging *p = alloc0 (ld->catalog, sizeof *p);
      const char *pid, *label, *suffix;

      if (o == NULL)
        return fail (error, ld->file, path, "must be an object");
      if (!stk_json_get_string (o, path, "id", TRUE, &pid, error) ||
          !stk_json_get_string (o, path, "label", TRUE, &label, error) ||
          !stk_json_get_string (o, path, "suffix", TRUE, &suffix, error))
        return prefix_error (error, ld->file);
      if (!get_source (ld, o, path, "source", &p->source, error))
        return FALSE;
      p->id = intern (ld->catalog, pid);
      p->label = intern (ld->catalog, label);
      p->suffix = intern (ld->catalog, suffix);
      g_ptr_array_add (series->packagings, p);
    }
  for (guint i = 0; i < json_array_get_length (materials); i++)
    {
      g_autofree char *path = g_strdup_printf ("materials.rows[%u]", i);
      JsonObject *o = json_array_get_object_element (materials, i);
      StkMaterial *m = alloc0 (ld->catalog, sizeof *m);
      const char *part, *mat, *surf;

      if (o == NULL ||
          !stk_json_get_string (o, path, "part", TRUE, &part, error) ||
          !stk_json_get_string (o, path, "material", TRUE, &mat, error) ||
          !stk_json_get_string (o, path, "surface", TRUE, &surf, error))
        return o == NULL ? fail (error, ld->file, path, "must be an object") : prefix_error (error, ld->file);
      m->part = intern (ld->catalog, part);
      m->material = intern (ld->catalog, mat);
      m->surface = intern (ld->catalog, surf);
      g_ptr_array_add (series->materials, m);
    }
  return TRUE;
}

static gboolean
load_series (StkCatalog  *self,
             const char  *file,
             const char  *data,
             gsize        length,
             GError     **error)
{
  g_autoptr(JsonNode) root_node = NULL;
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Loader ld = { self, file, sources };
  StkSeries *series;
  StkSeriesPrivate *priv;
  JsonObject *root;
  const char *format;
  gint64 version;
  JsonObject *forces;

  root_node = stk_json_parse (data, length, CATALOG_MAX_SIZE, file, error);
  if (root_node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (error, file, "(root)", "must be an object");
  root = json_node_get_object (root_node);
  if (!stk_json_get_string (root, "", "format", TRUE, &format, error) ||
      !stk_json_get_int (root, "", "version", TRUE, 1, 1, &version, error))
    return prefix_error (error, file);
  if (!g_str_equal (format, CATALOG_FORMAT))
    return fail (error, file, "format", "not a Stackup catalog");

  series = series_new ();
  priv = series->priv;
  g_ptr_array_add (self->series, series);
  if (!load_sources (&ld, root, error) ||
      !load_series_header (&ld, series, root, error) ||
      !load_products (&ld, series, root, error) ||
      !load_dimension_tables (&ld, series, root, error) ||
      !load_quantities (&ld, series, root, error) ||
      !load_specs (&ld, series, root, error) ||
      !load_force_rules (&ld, root, "insertion_force", priv->insertion_rules, &series->insertion_force_text, error) ||
      !load_force_rules (&ld, root, "removal_force", priv->removal_rules, &series->removal_force_text, error) ||
      !load_tapes (&ld, series, root, error) ||
      !load_geometry (&ld, series, root, error) ||
      !load_inspection (&ld, series, root, error))
    return FALSE;
  if (!stk_json_get_object (root, "", "insertion_force", TRUE, &forces, error))
    return prefix_error (error, file);
  if (!get_source (&ld, forces, "insertion_force", "source", &series->force_source, error))
    return FALSE;
  collect_heights (series);
  return TRUE;
}

static gboolean
load_notes (StkCatalog  *self,
            const char  *file,
            const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(JsonNode) root_node = stk_json_parse (data, length, CATALOG_MAX_SIZE, file, error);
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Loader ld = { self, file, sources };
  JsonObject *root, *printed;
  JsonArray *notes;
  const char *p4, *a4s;

  if (root_node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (error, file, "(root)", "must be an object");
  root = json_node_get_object (root_node);
  if (!load_sources (&ld, root, error))
    return FALSE;
  if (!stk_json_get_array (root, "", "notes", TRUE, &notes, error) ||
      !stk_json_get_object (root, "", "printed_in", TRUE, &printed, error) ||
      !stk_json_get_string (printed, "printed_in", "P4", TRUE, &p4, error) ||
      !stk_json_get_string (printed, "printed_in", "A4S", TRUE, &a4s, error))
    return prefix_error (error, file);
  self->printed_in_p4 = g_strdup (p4);
  self->printed_in_a4s = g_strdup (a4s);
  for (guint i = 0; i < json_array_get_length (notes); i++)
    {
      g_autofree char *path = g_strdup_printf ("notes[%u]", i);
      JsonObject *o = json_array_get_object_element (notes, i);
      StkNote *note;
      const char *id, *title, *text;
      JsonArray *printed_in, *mats;
      JsonObject *limits;

      if (o == NULL)
        return fail (error, file, path, "must be an object");
      note = alloc0 (self, sizeof *note);
      if (!stk_json_get_string (o, path, "id", TRUE, &id, error) ||
          !stk_json_get_string (o, path, "title", TRUE, &title, error) ||
          !stk_json_get_string (o, path, "text", TRUE, &text, error) ||
          !stk_json_get_array (o, path, "printed_in", TRUE, &printed_in, error) ||
          !stk_json_get_object (o, path, "limits", FALSE, &limits, error) ||
          !stk_json_get_array (o, path, "materials", FALSE, &mats, error))
        return prefix_error (error, file);
      if (!get_source (&ld, o, path, "source", &note->source, error))
        return FALSE;
      note->id = intern (self, id);
      note->title = intern (self, title);
      note->text = intern (self, text);
      for (guint p = 0; p < json_array_get_length (printed_in); p++)
        {
          const char *s = json_array_get_string_element (printed_in, p);
          note->printed_in_p4 |= g_strcmp0 (s, "P4") == 0;
          note->printed_in_a4s |= g_strcmp0 (s, "A4S") == 0;
        }
      if (limits != NULL)
        {
          g_autoptr(GList) names = json_object_get_members (limits);
          for (GList *l = names; l; l = l->next)
            {
              StkValue *v = alloc0 (self, sizeof *v);
              g_autofree char *lp = g_strdup_printf ("%s.limits", path);
              if (!stk_json_get_double (limits, lp, l->data, TRUE, 0, 1000, &v->value, error))
                return prefix_error (error, file);
              v->source = note->source;
              g_hash_table_insert (self->note_limits, (gpointer) intern (self, l->data), v);
            }
        }
      for (guint m = 0; mats != NULL && m < json_array_get_length (mats); m++)
        {
          g_autofree char *mp = g_strdup_printf ("%s.materials[%u]", path, m);
          JsonObject *mo = json_array_get_object_element (mats, m);
          StkStiffenerMaterial *sm = alloc0 (self, sizeof *sm);
          const char *mid, *label;

          if (mo == NULL ||
              !stk_json_get_string (mo, mp, "id", TRUE, &mid, error) ||
              !stk_json_get_string (mo, mp, "label", TRUE, &label, error) ||
              !stk_json_get_double (mo, mp, "min_mm", TRUE, 0, 10, &sm->min_thickness, error) ||
              !stk_json_get_double (mo, mp, "max_mm", TRUE, 0, 10, &sm->max_thickness, error))
            return mo == NULL ? fail (error, file, mp, "must be an object") : prefix_error (error, file);
          sm->id = intern (self, mid);
          sm->label = intern (self, label);
          g_ptr_array_add (self->materials, sm);
        }
      g_ptr_array_add (self->notes, note);
    }
  return TRUE;
}

static void
stk_catalog_finalize (GObject *object)
{
  StkCatalog *self = STK_CATALOG (object);

  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->materials, g_ptr_array_unref);
  g_clear_pointer (&self->note_limits, g_hash_table_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_free (self->printed_in_p4);
  g_free (self->printed_in_a4s);

  G_OBJECT_CLASS (stk_catalog_parent_class)->finalize (object);
}

static void
stk_catalog_class_init (StkCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stk_catalog_finalize;
}

static void
stk_catalog_init (StkCatalog *self)
{
  self->strings = g_string_chunk_new (4096);
  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (series_private_free);
  self->notes = g_ptr_array_new ();
  self->materials = g_ptr_array_new ();
  self->note_limits = g_hash_table_new (g_str_hash, g_str_equal);
}

StkCatalog *
stk_catalog_new_from_json (const char *const *series_json,
                           const char        *notes_json,
                           GError           **error)
{
  g_autoptr(StkCatalog) self = g_object_new (STK_TYPE_CATALOG, NULL);

  for (guint i = 0; series_json[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("catalog[%u]", i);
      if (!load_series (self, name, series_json[i], strlen (series_json[i]), error))
        return NULL;
    }
  if (!load_notes (self, "notes", notes_json, strlen (notes_json), error))
    return NULL;
  if (!_stk_catalog_validate (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

StkCatalog *
stk_catalog_new_from_resource (GError **error)
{
  g_autoptr(StkCatalog) self = g_object_new (STK_TYPE_CATALOG, NULL);
  g_autoptr(GBytes) notes = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bundled_series); i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (bundled_series[i], 0, error);
      const char *file = strrchr (bundled_series[i], '/') + 1;
      gsize len;
      const char *data;

      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &len);
      if (!load_series (self, file, data, len, error))
        return NULL;
    }
  notes = g_resources_lookup_data (BUNDLED_NOTES, 0, error);
  if (notes == NULL)
    return NULL;
  if (!load_notes (self, "notes.json", g_bytes_get_data (notes, NULL), g_bytes_get_size (notes), error))
    return NULL;
  if (!_stk_catalog_validate (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* The bundled catalog is immutable once loaded, so sharing one instance
 * between windows, the CLI and tests is safe. A broken bundle is a build
 * defect, not a user error, hence the hard stop. */
StkCatalog *
stk_catalog_get_default (void)
{
  static gsize once;
  static StkCatalog *catalog;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GError) error = NULL;

      catalog = stk_catalog_new_from_resource (&error);
      if (catalog == NULL)
        g_error ("The bundled catalog is broken: %s", error->message);
      g_once_init_leave (&once, 1);
    }
  return catalog;
}

GPtrArray *
stk_catalog_get_series (StkCatalog *self)
{
  g_return_val_if_fail (STK_IS_CATALOG (self), NULL);
  return self->series;
}

const StkSeries *
stk_catalog_find_series (StkCatalog *self,
                         const char *id)
{
  g_return_val_if_fail (STK_IS_CATALOG (self), NULL);
  for (guint i = 0; id != NULL && i < self->series->len; i++)
    {
      const StkSeries *s = g_ptr_array_index (self->series, i);
      if (g_ascii_strcasecmp (s->id, id) == 0)
        return s;
    }
  return NULL;
}

GPtrArray *
stk_catalog_get_notes (StkCatalog *self)
{
  return self->notes;
}

const StkNote *
stk_catalog_find_note (StkCatalog *self,
                       const char *id)
{
  for (guint i = 0; i < self->notes->len; i++)
    {
      const StkNote *n = g_ptr_array_index (self->notes, i);
      if (g_str_equal (n->id, id))
        return n;
    }
  return NULL;
}

const char *
stk_catalog_notes_printed_in (StkCatalog      *self,
                              const StkSeries *series)
{
  return g_str_equal (series->id, "P4") ? self->printed_in_p4 : self->printed_in_a4s;
}

GPtrArray *
stk_catalog_get_stiffener_materials (StkCatalog *self)
{
  return self->materials;
}

StkValue
stk_catalog_note_limit (StkCatalog *self,
                        const char *limit_id)
{
  StkValue *v = g_hash_table_lookup (self->note_limits, limit_id);
  StkValue none = { 0, NULL };

  g_return_val_if_fail (v != NULL, none);
  return *v;
}
