/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-io"

#include "stk-config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stk-io.h"

static char *
display_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

GBytes *
stk_io_read_file (GFile  *file,
                  gsize   max_size,
                  GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = display_name (file);
  g_autofree char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, _("Cannot open “%s”: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("Cannot open “%s”: it is a folder"), name);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, STK_ERROR, STK_ERROR_TOO_LARGE,
                   _("Cannot open “%s”: it is %s, larger than the %s Stackup reads"), name, size, limit);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, G_IO_ERROR, local_error->code, _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }
  if (length > max_size)
    {
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, STK_ERROR, STK_ERROR_TOO_LARGE,
                   _("Cannot open “%s”: larger than the %s Stackup reads"), name, limit);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Local files only: GIO's replace falls back to rewriting in place for links
 * and leaves .goutputstream-* files behind when killed; doing the
 * temp-and-rename here keeps one behaviour we can test. */
gboolean
stk_io_write_path (const char *path,
                   GBytes     *contents,
                   GError    **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);
  int fd;
  int saved;

  target = g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? g_file_read_link (path, NULL) : g_strdup (path);
  if (target != NULL && !g_path_is_absolute (target) && g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autofree char *link_dir = g_path_get_dirname (path);
      char *resolved = g_build_filename (link_dir, target, NULL);
      g_free (target);
      target = resolved;
    }
  if (target == NULL)
    target = g_strdup (path);
  if (g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot write “%s”: it is a folder"), path);
      return FALSE;
    }
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_WRONLY, 0666 & ~0022);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      g_unlink (tmp);
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (close (fd) != 0 || g_rename (tmp, target) != 0)
    {
      saved = errno;
      g_unlink (tmp);
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
stk_io_write_file (GFile  *file,
                   GBytes *contents,
                   GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *name = display_name (file);
      g_autoptr(GError) local_error = NULL;
      gsize length;
      const char *data = g_bytes_get_data (contents, &length);

      /* Not a local file (a portal or remote URI): GIO's replace is the only way. */
      if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &local_error))
        {
          g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot write “%s”: %s"), name, local_error->message);
          return FALSE;
        }
      return TRUE;
    }
  return stk_io_write_path (path, contents, error);
}
