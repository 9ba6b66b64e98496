/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-draft"

#include "stk-config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stk-draft.h"
#include "stk-io.h"
#include "stk-json.h"
#include "stk-project-io.h"

#define DRAFT_FORMAT   "stackup-draft"
#define DRAFT_VERSION  1
/* A record is a few hundred bytes; anything much larger is not one. */
#define RECORD_MAX_SIZE (64 * 1024)

static char *
draft_path (const char *dir,
            const char *id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* A process that still runs keeps its drafts up to date itself. */
static gboolean
writer_runs (gint64 pid)
{
  if (pid <= 0 || pid == getpid () || pid > G_MAXINT)
    return FALSE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

void
stk_draft_free (StkDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_clear_object (&draft->project);
  g_clear_object (&draft->original);
  g_free (draft->original_sum);
  g_clear_pointer (&draft->written, g_date_time_unref);
  g_free (draft);
}

char *
stk_draft_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "stackup", "drafts", NULL);
}

char *
stk_draft_new_id (void)
{
  return g_uuid_string_random ();
}

gboolean
stk_draft_write (const char  *dir,
                 const char  *id,
                 StkProject  *project,
                 GFile       *original,
                 const char  *original_sum,
                 GError     **error)
{
  g_autofree char *project_path = NULL;
  g_autofree char *record_path = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *written = g_date_time_format_iso8601 (now);
  g_autofree char *uri = original ? g_file_get_uri (original) : NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_val_if_fail (dir != NULL && id != NULL, FALSE);
  g_return_val_if_fail (STK_IS_PROJECT (project), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot create the drafts folder “%s”: %s"),
                   dir, g_strerror (saved));
      return FALSE;
    }
  project_path = draft_path (dir, id, ".stackup");
  project_file = g_file_new_for_path (project_path);
  if (!stk_project_save_file (project, project_file, error))
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, DRAFT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, DRAFT_VERSION);
  json_builder_set_member_name (builder, "file");
  if (uri != NULL)
    json_builder_add_string_value (builder, uri);
  else
    json_builder_add_null_value (builder);
  if (original_sum != NULL)
    {
      json_builder_set_member_name (builder, "file-sha256");
      json_builder_add_string_value (builder, original_sum);
    }
  json_builder_set_member_name (builder, "written");
  json_builder_add_string_value (builder, written);
  json_builder_set_member_name (builder, "pid");
  json_builder_add_int_value (builder, getpid ());
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = stk_json_to_string (root, TRUE);
  record_path = draft_path (dir, id, ".json");
  bytes = g_bytes_new_take (text, strlen (text));
  return stk_io_write_path (record_path, bytes, error);
}

/* The draft that the record at path describes, or NULL if it is not one. */
static StkDraft *
read_record (const char *dir,
             const char *id,
             const char *path,
             gint64     *pid)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = stk_io_read_file (file, RECORD_MAX_SIZE, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(StkDraft) draft = NULL;
  g_autoptr(GDateTime) utc = NULL;
  JsonObject *object;
  const char *format = NULL, *written = NULL, *uri = NULL, *sum = NULL;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  root = stk_json_parse (data, length, RECORD_MAX_SIZE, path, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);
  if (!stk_json_get_string (object, "", "format", TRUE, &format, NULL) || g_strcmp0 (format, DRAFT_FORMAT) != 0
      || !stk_json_get_string (object, "", "written", TRUE, &written, NULL)
      || !stk_json_get_int (object, "", "pid", TRUE, 0, G_MAXINT64, pid, NULL))
    return NULL;
  if (json_object_has_member (object, "file") && !json_object_get_null_member (object, "file")
      && !stk_json_get_string (object, "", "file", TRUE, &uri, NULL))
    return NULL;
  if (!stk_json_get_string (object, "", "file-sha256", FALSE, &sum, NULL))
    return NULL;
  utc = g_date_time_new_from_iso8601 (written, NULL);
  if (utc == NULL)
    return NULL;

  draft = g_new0 (StkDraft, 1);
  draft->id = g_strdup (id);
  draft->written = g_date_time_to_local (utc);
  draft->original = uri ? g_file_new_for_uri (uri) : NULL;
  draft->original_sum = g_strdup (sum);
  {
    g_autofree char *project_path = draft_path (dir, id, ".stackup");
    draft->project = g_file_new_for_path (project_path);
  }
  return g_steal_pointer (&draft);
}

/* A project without its record: a kill between the two writes of a first
 * draft, or between the two removals. Nothing says what it belongs to. */
static void
remove_if_orphan (const char *dir,
                  const char *name)
{
  g_autofree char *id = g_strndup (name, strlen (name) - strlen (".stackup"));
  g_autofree char *record = draft_path (dir, id, ".json");

  if (!g_file_test (record, G_FILE_TEST_EXISTS))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
}

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  const StkDraft *da = *(StkDraft **) a;
  const StkDraft *db = *(StkDraft **) b;

  return -g_date_time_compare (da->written, db->written);
}

GPtrArray *
stk_draft_list (const char *dir)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_draft_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return drafts;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *path = NULL;
      StkDraft *draft;
      gint64 pid = 0;

      if (g_str_has_suffix (name, ".stackup"))
        {
          remove_if_orphan (dir, name);
          continue;
        }
      if (!g_str_has_suffix (name, ".json"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".json"));
      path = g_build_filename (dir, name, NULL);
      draft = read_record (dir, id, path, &pid);
      if (draft == NULL || writer_runs (pid))
        {
          stk_draft_free (draft);
          continue;
        }
      if (!g_file_query_exists (draft->project, NULL))
        {
          stk_draft_remove (dir, id);
          stk_draft_free (draft);
          continue;
        }
      g_ptr_array_add (drafts, draft);
    }
  g_ptr_array_sort (drafts, newest_first);
  return drafts;
}

StkProject *
stk_draft_load (const StkDraft  *draft,
                GError         **error)
{
  g_return_val_if_fail (draft != NULL, NULL);

  return stk_project_load_file (draft->project, error);
}

void
stk_draft_remove (const char *dir,
                  const char *id)
{
  g_autofree char *project_path = NULL;
  g_autofree char *record_path = NULL;

  g_return_if_fail (dir != NULL && id != NULL);

  /* The record goes first: a project without its record is never listed. */
  record_path = draft_path (dir, id, ".json");
  project_path = draft_path (dir, id, ".stackup");
  g_unlink (record_path);
  g_unlink (project_path);
}
