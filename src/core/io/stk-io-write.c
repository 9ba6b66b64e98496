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

/* How a save replaces what the user has (local files; GIO's replace falls
 * back to rewriting in place for links and leaves .goutputstream-* files
 * behind when killed, so Stackup does this itself, one behaviour to test):
 *
 * - A symbolic link, or a chain of them, is followed to the final file; that
 *   file is replaced and every link is left as it was.
 * - A file or folder without write permission (0444, a folder the user may
 *   not write) is not replaced, even by root: STK_ERROR_READ_ONLY, so the
 *   application can ask the user and the CLI says so.
 * - The new text is written to ".NAME.stackup-XXXXXX" beside the file (mode
 *   0600 while being written), fsync'ed, given the old file's owner and group
 *   (where permitted) and mode, renamed over the file, and the folder is
 *   fsync'ed so that the rename itself survives a power cut. A kill at any
 *   moment leaves the old file or the new one, never a mix.
 * - A file with more than one hard link cannot be renamed over without
 *   breaking the link, so it is rewritten in place. That is not atomic, so
 *   the complete new text is first written to the temporary file and
 *   fsync'ed; only then is the file overwritten and fsync'ed, and the
 *   temporary removed. If that is interrupted, the temporary holds the whole
 *   new text to recover from.
 * - Temporaries of this target left by an interrupted save (ours, or the
 *   ".NAME.XXXXXX" of earlier versions) are removed after a successful save,
 *   if they are older than this save's own temporary. */

#define TEMP_MARK       ".stackup-"
#define TEMP_RANDOM     6
#define MAX_LINK_CHAIN  40

typedef struct {
  const char *shown;    /* the path as given, for messages */
  char       *path;     /* the final file after every link */
  char       *dir;
  char       *base;
  gboolean    exists;
  struct stat st;       /* of the final file, if it exists */
} Target;

static void
target_clear (Target *t)
{
  g_free (t->path);
  g_free (t->dir);
  g_free (t->base);
}

static gboolean
fail (GError    **error,
      int         code,
      const char *shown,
      int         errsv)
{
  g_set_error (error, STK_ERROR, code, _("Cannot write “%s”: %s"), shown, g_strerror (errsv));
  return FALSE;
}

/* Follows every link of the chain (each relative to the folder of the link
 * that names it) to the file that really holds the data. */
static gboolean
resolve_target (Target   *t,
                GError  **error)
{
  char *current = g_strdup (t->shown);
  struct stat lst;

  for (guint i = 0;; i++)
    {
      g_autofree char *dest = NULL;

      if (lstat (current, &lst) != 0)
        {
          int errsv = errno;

          if (errsv != ENOENT)
            {
              g_free (current);
              return fail (error, STK_ERROR_WRITE, t->shown, errsv);
            }
          t->exists = FALSE;
          break;
        }
      if (!S_ISLNK (lst.st_mode))
        {
          t->exists = TRUE;
          t->st = lst;
          break;
        }
      dest = i < MAX_LINK_CHAIN ? g_file_read_link (current, NULL) : NULL;
      if (dest == NULL)
        {
          g_free (current);
          return fail (error, STK_ERROR_WRITE, t->shown, ELOOP);
        }
      if (!g_path_is_absolute (dest))
        {
          g_autofree char *link_dir = g_path_get_dirname (current);
          char *joined = g_build_filename (link_dir, dest, NULL);

          g_free (dest);
          dest = joined;
        }
      g_free (current);
      current = g_steal_pointer (&dest);
    }
  t->path = current;
  t->dir = g_path_get_dirname (current);
  t->base = g_path_get_basename (current);
  if (t->exists && S_ISDIR (t->st.st_mode))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot write “%s”: it is a folder"), t->shown);
      return FALSE;
    }
  if (t->exists && !S_ISREG (t->st.st_mode))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE,
                   _("Cannot write “%s”: it is not a regular file; Stackup writes only files"), t->shown);
      return FALSE;
    }
  return TRUE;
}

/* No write bit at all counts as read-only even for root, who may write
 * anything: the mode is the owner's statement that it should stay. */
static gboolean
is_read_only (const char        *path,
              const struct stat *st)
{
  return (st->st_mode & 0222) == 0 || (access (path, W_OK) != 0 && errno != ENOENT);
}

static gboolean
check_writable (Target  *t,
                GError **error)
{
  struct stat dir_st;

  if (t->exists && is_read_only (t->path, &t->st))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_READ_ONLY,
                   _("Cannot write “%s”: the file is read-only; it was not changed"), t->shown);
      return FALSE;
    }
  if (stat (t->dir, &dir_st) != 0)
    return fail (error, STK_ERROR_WRITE, t->shown, errno);
  if (is_read_only (t->dir, &dir_st))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_READ_ONLY,
                   _("Cannot write “%s”: its folder is read-only; nothing was changed"), t->shown);
      return FALSE;
    }
  return TRUE;
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
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static gboolean
is_temp_suffix (const char *s)
{
  if (strlen (s) != TEMP_RANDOM)
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isalnum (*s))
      return FALSE;
  return TRUE;
}

/* A new temporary beside the target, created (never opened if it exists)
 * with `mode` under the umask. */
static int
create_temp (Target  *t,
             mode_t   mode,
             char   **out_path)
{
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      char random[TEMP_RANDOM + 1];
      g_autofree char *name = NULL;
      char *path;
      int fd;

      for (guint i = 0; i < TEMP_RANDOM; i++)
        random[i] = chars[g_random_int_range (0, sizeof chars - 1)];
      random[TEMP_RANDOM] = '\0';
      name = g_strdup_printf (".%s" TEMP_MARK "%s", t->base, random);
      path = g_build_filename (t->dir, name, NULL);
      fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
      if (fd >= 0)
        {
          *out_path = path;
          return fd;
        }
      g_free (path);
      if (errno != EEXIST)
        return -1;
    }
  errno = EEXIST;
  return -1;
}

static gint64
mtime_ns (const struct stat *st)
{
  return (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec;
}

/* Temporaries of this target from saves that were killed: same name
 * pattern, a regular file, older than the temporary of this save (both
 * times from the file system's clock). */
static void
remove_stale_temps (Target      *t,
                    const char  *own,
                    gint64       own_mtime)
{
  g_autoptr(GDir) d = g_dir_open (t->dir, 0, NULL);
  g_autofree char *ours = g_strdup_printf (".%s" TEMP_MARK, t->base);
  g_autofree char *legacy = g_strdup_printf (".%s.", t->base);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!(g_str_has_prefix (name, ours) && is_temp_suffix (name + strlen (ours))) &&
          !(g_str_has_prefix (name, legacy) && is_temp_suffix (name + strlen (legacy))))
        continue;
      path = g_build_filename (t->dir, name, NULL);
      if (g_strcmp0 (path, own) != 0 && lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
          mtime_ns (&st) < own_mtime)
        g_unlink (path);
    }
}

static void
sync_folder (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  /* Some file systems cannot fsync a folder; the rename is done either way. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* The file keeps its owner and group where permitted (root, or a group the
 * user is in) and its mode; chown first, as it may clear set-id bits. */
static gboolean
keep_owner_and_mode (int                fd,
                     const struct stat *st)
{
  if (fchown (fd, st->st_uid, st->st_gid) != 0)
    (void) fchown (fd, (uid_t) -1, st->st_gid);
  return fchmod (fd, st->st_mode & 07777) == 0;
}

/* The hard-linked case: the new text is safe in `tmp`, now overwrite. */
static gboolean
overwrite_in_place (Target      *t,
                    const char  *tmp,
                    const guint8 *data,
                    gsize        length,
                    GError     **error)
{
  int fd = g_open (t->path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  gboolean ok;
  int errsv;

  if (fd < 0)
    {
      errsv = errno;
      g_unlink (tmp);
      return fail (error, STK_ERROR_WRITE, t->shown, errsv);
    }
  ok = write_all (fd, data, length) && ftruncate (fd, (off_t) length) == 0 && fsync (fd) == 0;
  errsv = errno;
  if (close (fd) != 0 && ok)
    {
      ok = FALSE;
      errsv = errno;
    }
  if (!ok)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE,
                   _("Cannot write “%s”: %s; the complete new text is in “%s”"),
                   t->shown, g_strerror (errsv), tmp);
      return FALSE;
    }
  g_unlink (tmp);
  return TRUE;
}

gboolean
stk_io_write_path (const char *path,
                   GBytes     *contents,
                   GError    **error)
{
  Target t = { .shown = path };
  g_autofree char *tmp = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);
  struct stat tmp_st;
  gboolean in_place;
  gboolean ok = FALSE;
  int fd;
  int errsv;

  if (!resolve_target (&t, error) || !check_writable (&t, error))
    goto out;
  in_place = t.exists && t.st.st_nlink > 1;
  fd = create_temp (&t, t.exists ? 0600 : 0666, &tmp);
  if (fd < 0)
    {
      fail (error, STK_ERROR_WRITE, path, errno);
      goto out;
    }
  if (fstat (fd, &tmp_st) != 0 || !write_all (fd, data, length) ||
      (t.exists && !in_place && !keep_owner_and_mode (fd, &t.st)) || fsync (fd) != 0)
    {
      errsv = errno;
      close (fd);
      g_unlink (tmp);
      fail (error, STK_ERROR_WRITE, path, errsv);
      goto out;
    }
  if (close (fd) != 0)
    {
      errsv = errno;
      g_unlink (tmp);
      fail (error, STK_ERROR_WRITE, path, errsv);
      goto out;
    }
  if (in_place)
    ok = overwrite_in_place (&t, tmp, data, length, error);
  else if (g_rename (tmp, t.path) != 0)
    {
      errsv = errno;
      g_unlink (tmp);
      fail (error, STK_ERROR_WRITE, path, errsv);
    }
  else
    ok = TRUE;
  if (ok)
    {
      sync_folder (t.dir);
      remove_stale_temps (&t, tmp, mtime_ns (&tmp_st));
    }
out:
  target_clear (&t);
  return ok;
}
