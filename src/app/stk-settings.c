/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-settings"
#define G_SETTINGS_ENABLE_BACKEND

#include "stk-config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gsettingsbackend.h>

#include "stk-settings.h"

/* The compiled schema the program carries, from the build's data/. */
#define CARRIED_SCHEMA "/io/github/stackup/Stackup/gschemas.compiled"

typedef struct {
  GSettingsSchema  *schema;
  GSettingsBackend *backend; /* NULL: the system's (dconf) */
} SettingsSource;

/* GSettingsSchemaSource reads only from a folder: the carried file is
 * written to a private one, mapped, and removed again at once. */
static GSettingsSchema *
load_carried_schema (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gboolean written;

  bytes = g_resources_lookup_data (CARRIED_SCHEMA, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  dir = g_dir_make_tmp ("stackup-schema-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "gschemas.compiled", NULL);
  written = g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (written)
    source = g_settings_schema_source_new_from_directory (dir, NULL, TRUE, error);
  g_unlink (path);
  g_rmdir (dir);
  if (source == NULL)
    return NULL;
  return g_settings_schema_source_lookup (source, APP_ID, FALSE);
}

/* An installed schema serves only if it has every key this build reads. */
static gboolean
schema_has_keys_of (GSettingsSchema *installed,
                    GSettingsSchema *carried)
{
  g_auto(GStrv) keys = g_settings_schema_list_keys (carried);

  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_settings_schema_has_key (installed, keys[i]))
      return FALSE;
  return TRUE;
}

static gpointer
find_source (gpointer data)
{
  SettingsSource *found = g_new0 (SettingsSource, 1);
  GSettingsSchemaSource *system = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) installed = NULL;
  g_autoptr(GSettingsSchema) carried = NULL;
  g_autoptr(GError) error = NULL;

  if (system != NULL)
    installed = g_settings_schema_source_lookup (system, APP_ID, TRUE);
  carried = load_carried_schema (&error);
  if (carried == NULL)
    g_error ("The settings schema the program carries cannot be read: %s", error->message);

  if (installed != NULL && schema_has_keys_of (installed, carried))
    {
      found->schema = g_steal_pointer (&installed);
      return found;
    }

  g_message (installed != NULL
             ? _("The installed settings schema %s is older than this program. Stackup runs on its default settings and forgets changes to them when it quits.")
             : _("The settings schema %s is not installed. Stackup runs on its default settings and forgets changes to them when it quits."),
             APP_ID);
  found->schema = g_steal_pointer (&carried);
  found->backend = g_memory_settings_backend_new ();
  return found;
}

GSettings *
stk_settings_new (void)
{
  static GOnce once = G_ONCE_INIT;
  SettingsSource *source = g_once (&once, find_source, NULL);

  return g_settings_new_full (source->schema, source->backend, NULL);
}
