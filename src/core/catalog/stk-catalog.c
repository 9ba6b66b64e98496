/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-catalog"

#include "stk-config.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "stk-catalog-private.h"
#include "stk-json.h"

G_DEFINE_FINAL_TYPE (StkCatalog, stk_catalog, G_TYPE_OBJECT)

#define BUNDLED_DIRECTORY "/io/github/stackup/Stackup/catalog"
/* The index names the series files and the notes file: the list of series
 * is data, so a series is added by its file and a line in the index. */
#define INDEX_FILE   "catalog.json"
#define INDEX_FORMAT "stackup-catalog-index"

/* Reads one file of a catalog folder: the bundled resources or a directory. */
typedef GBytes *(*CatalogReadFunc) (const char *directory,
                                    const char *file,
                                    GError    **error);

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

gpointer
_stk_catalog_alloc0 (StkCatalog *self,
                     gsize       size)
{
  gpointer p = g_malloc0 (size);
  g_ptr_array_add (self->blocks, p);
  return p;
}

const char *
_stk_catalog_intern (StkCatalog *self,
                     const char *str)
{
  return str ? g_string_chunk_insert_const (self->strings, str) : NULL;
}

/* Words people read (labels, notes, specification texts) in the user's
 * language; po/catalog-strings.py gives xgettext the same fields. */
const char *
_stk_catalog_intern_text (StkCatalog *self,
                          const char *str)
{
  return _stk_catalog_intern (self, str && *str ? g_dgettext (GETTEXT_PACKAGE, str) : str);
}

/* A new, empty series owned by the catalog, for the loader to fill. */
StkSeries *
_stk_catalog_add_series (StkCatalog *self)
{
  StkSeries *series = series_new ();

  g_ptr_array_add (self->series, series);
  return series;
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
  g_clear_pointer (&self->printed_in, g_hash_table_unref);

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
  self->printed_in = g_hash_table_new (g_str_hash, g_str_equal);
}

static GBytes *
read_resource (const char *directory,
               const char *file,
               GError    **error)
{
  g_autofree char *path = g_build_path ("/", directory, file, NULL);

  return g_resources_lookup_data (path, 0, error);
}

static GBytes *
read_file (const char *directory,
           const char *file,
           GError    **error)
{
  g_autofree char *path = g_build_filename (directory, file, NULL);
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

typedef gboolean (*CatalogLoadFunc) (StkCatalog *self,
                                     const char *file,
                                     const char *data,
                                     gsize       length,
                                     GError    **error);

static gboolean
load_file (StkCatalog     *self,
           CatalogReadFunc read,
           const char     *directory,
           const char     *file,
           CatalogLoadFunc load,
           GError        **error)
{
  g_autoptr(GBytes) bytes = read (directory, file, error);

  if (bytes == NULL)
    return FALSE;
  return load (self, file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

/* The index, then every series it names in its order, then the notes. */
static StkCatalog *
load_indexed (CatalogReadFunc read,
              const char     *directory,
              GError        **error)
{
  g_autoptr(StkCatalog) self = g_object_new (STK_TYPE_CATALOG, NULL);
  g_autoptr(GBytes) index = read (directory, INDEX_FILE, error);
  g_auto(StkCatalogLoader) ld = { 0 };
  JsonObject *root;
  JsonArray *series;
  const char *format, *notes;
  gint64 version;

  if (index == NULL ||
      !_stk_catalog_loader_open (&ld, self, INDEX_FILE, g_bytes_get_data (index, NULL), g_bytes_get_size (index),
                                 &root, error))
    return NULL;
  if (!stk_json_get_string (root, "", "format", TRUE, &format, error) ||
      !stk_json_get_int (root, "", "version", TRUE, 1, 1, &version, error) ||
      !stk_json_get_array (root, "", "series", TRUE, &series, error) ||
      !stk_json_get_string (root, "", "notes", TRUE, &notes, error))
    {
      _stk_catalog_prefix_error (error, INDEX_FILE);
      return NULL;
    }
  if (!g_str_equal (format, INDEX_FORMAT))
    {
      _stk_catalog_fail (error, INDEX_FILE, "format", "not a Stackup catalog index");
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (series); i++)
    {
      JsonNode *node = json_array_get_element (series, i);
      const char *file = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;

      if (file == NULL)
        {
          g_autofree char *path = g_strdup_printf ("series[%u]", i);
          _stk_catalog_fail (error, INDEX_FILE, path, "must be a file name");
          return NULL;
        }
      if (!load_file (self, read, directory, file, _stk_catalog_load_series, error))
        return NULL;
    }
  if (!load_file (self, read, directory, notes, _stk_catalog_load_notes, error) ||
      !_stk_catalog_validate (self, error))
    return NULL;
  return g_steal_pointer (&self);
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
      if (!_stk_catalog_load_series (self, name, series_json[i], strlen (series_json[i]), error))
        return NULL;
    }
  if (!_stk_catalog_load_notes (self, "notes", notes_json, strlen (notes_json), error))
    return NULL;
  if (!_stk_catalog_validate (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

StkCatalog *
stk_catalog_new_from_resource (GError **error)
{
  return load_indexed (read_resource, BUNDLED_DIRECTORY, error);
}

StkCatalog *
stk_catalog_new_from_directory (const char *directory,
                                GError    **error)
{
  g_return_val_if_fail (directory != NULL, NULL);
  return load_indexed (read_file, directory, error);
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

char *
stk_catalog_series_list (StkCatalog *self)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (STK_IS_CATALOG (self), NULL);
  for (guint i = 0; i < self->series->len; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", ((const StkSeries *) g_ptr_array_index (self->series, i))->id);
  return g_string_free (s, FALSE);
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
  return g_hash_table_lookup (self->printed_in, series->id);
}

gboolean
stk_note_printed_in (const StkNote   *note,
                     const StkSeries *series)
{
  return g_strv_contains (note->printed_in, series->id);
}

GPtrArray *
stk_catalog_get_stiffener_materials (StkCatalog *self)
{
  return self->materials;
}

const StkStiffenerMaterial *
stk_catalog_find_stiffener_material (StkCatalog *self,
                                     const char *id)
{
  for (guint i = 0; i < self->materials->len; i++)
    {
      const StkStiffenerMaterial *m = g_ptr_array_index (self->materials, i);

      if (g_strcmp0 (m->id, id) == 0)
        return m;
    }
  return NULL;
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
