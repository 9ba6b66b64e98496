/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-io"

#include "stk-config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stk-io.h"

static char *
display_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

static gboolean
refuse_too_large (const char  *name,
                  gsize        max_size,
                  GError     **error)
{
  g_autofree char *limit = g_format_size (max_size);

  g_set_error (error, STK_ERROR, STK_ERROR_TOO_LARGE,
               _("Cannot open “%s”: it is larger than the %s Stackup reads"), name, limit);
  return FALSE;
}

/* Only a regular file is read: a folder, a FIFO (which would block forever)
 * or a device (/dev/zero never ends) is refused by what it is. */
static gboolean
check_regular (const char   *name,
               mode_t        mode,
               GError      **error)
{
  const char *what;

  if (S_ISREG (mode))
    return TRUE;
  if (S_ISDIR (mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("Cannot open “%s”: it is a folder"), name);
      return FALSE;
    }
  if (S_ISFIFO (mode))
    what = _("a named pipe (FIFO)");
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    what = _("a device");
  else if (S_ISSOCK (mode))
    what = _("a socket");
  else
    what = _("something other than a regular file");
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               _("Cannot open “%s”: it is %s; Stackup reads only files"), name, what);
  return FALSE;
}

static GBytes *
read_local (const char  *path,
            const char  *name,
            gsize        max_size,
            GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  struct stat st;
  int fd;
  int saved;

  /* stat() follows symbolic links; nothing is opened before the type is known. */
  if (stat (path, &st) != 0)
    {
      saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Cannot open “%s”: %s"), name, g_strerror (saved));
      return NULL;
    }
  if (!check_regular (name, st.st_mode, error))
    return NULL;
  if ((guint64) st.st_size > max_size)
    {
      refuse_too_large (name, max_size, error);
      return NULL;
    }
  /* O_NONBLOCK: if the file was swapped for a FIFO since stat(), opening
   * does not wait for a writer; fstat() then sees what was really opened. */
  fd = g_open (path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Cannot read “%s”: %s"), name, g_strerror (saved));
      return NULL;
    }
  if (!check_regular (name, st.st_mode, error))
    {
      close (fd);
      return NULL;
    }
  /* The size the file claims is not trusted (/proc files say 0): read at
   * most one byte more than the limit, which is enough to know it is over. */
  buffer = g_byte_array_sized_new ((guint) MIN ((guint64) st.st_size, max_size) + 1);
  for (;;)
    {
      guint8 chunk[65536];
      gsize want = MIN (sizeof chunk, max_size + 1 - buffer->len);
      gssize n = read (fd, chunk, want);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved = errno;
          close (fd);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Cannot read “%s”: %s"), name, g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > max_size)
        {
          close (fd);
          refuse_too_large (name, max_size, error);
          return NULL;
        }
    }
  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Not a local file (a portal or remote URI): GIO, with the same rules. */
static GBytes *
read_gio (GFile       *file,
          const char  *name,
          gsize        max_size,
          GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  GFileType type;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, _("Cannot open “%s”: %s"), name, local_error->message);
      return NULL;
    }
  type = g_file_info_get_file_type (info);
  if (type != G_FILE_TYPE_REGULAR && !check_regular (name, type == G_FILE_TYPE_DIRECTORY ? S_IFDIR : 0, error))
    return NULL;
  stream = g_file_read (file, NULL, &local_error);
  while (stream != NULL && local_error == NULL)
    {
      guint8 chunk[65536];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, MIN (sizeof chunk, max_size + 1 - buffer->len),
                                      NULL, &local_error);

      if (n <= 0)
        break;
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > max_size)
        {
          refuse_too_large (name, max_size, error);
          return NULL;
        }
    }
  if (local_error != NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

GBytes *
stk_io_read_file (GFile  *file,
                  gsize   max_size,
                  GError **error)
{
  g_autofree char *name = display_name (file);
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (max_size < G_MAXUINT, NULL);

  if (path != NULL)
    return read_local (path, name, max_size, error);
  return read_gio (file, name, max_size, error);
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
