/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stk-io.h"
#include "test-util.h"

/* A temporary folder per test, removed with all it holds. */
typedef struct {
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fx,
               gconstpointer  data)
{
  fx->dir = g_dir_make_tmp ("stackup-io-XXXXXX", NULL);
  g_assert_nonnull (fx->dir);
}

static void
fixture_teardown (Fixture       *fx,
                  gconstpointer  data)
{
  test_remove_tree (fx->dir);
  g_free (fx->dir);
}

static GBytes *
read_path (const char *path,
           gsize       max_size,
           GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return stk_io_read_file (file, max_size, error);
}

static char *
write_text (Fixture    *fx,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (fx->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* A FIFO with no writer would block open() and read() forever: it is
 * refused by its type before it is opened (this test would hang, not fail,
 * if it were opened for reading). */
static void
test_read_fifo (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fx->dir, "pipe.stackup", NULL);
  g_autofree char *link = g_build_filename (fx->dir, "link.stackup", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  bytes = read_path (fifo, 1024, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "pipe.stackup”: it is a named pipe (FIFO); Stackup reads only files"));
  g_clear_error (&error);

  /* Through a symbolic link it is the same FIFO. */
  g_assert_cmpint (symlink ("pipe.stackup", link), ==, 0);
  bytes = read_path (link, 1024, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* /dev/zero never ends; it used to be read for 4 GB. */
static void
test_read_device (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_path ("/dev/zero", 1024, &error);

  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "“/dev/zero”: it is a device; Stackup reads only files"));
}

static void
test_read_folder (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_path (fx->dir, 1024, &error);

  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "it is a folder"));
}

static void
test_read_missing (Fixture       *fx,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "none.stackup", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_path (path, 1024, &error);

  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "none.stackup"));
}

/* A regular file, directly or through a link; exactly the limit is read,
 * one byte more is refused. */
static void
test_read_limits (Fixture       *fx,
                  gconstpointer  data)
{
  g_autofree char *path = write_text (fx, "ten.txt", "0123456789");
  g_autofree char *link = g_build_filename (fx->dir, "link.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_path (path, 10, &error);

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "0123456789", 10);
  g_clear_pointer (&bytes, g_bytes_unref);

  g_assert_cmpint (symlink (path, link), ==, 0);
  bytes = read_path (link, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 10);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = read_path (path, 9, &error);
  g_assert_null (bytes);
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_LARGE);
}

/* A /proc file says it has 0 bytes and has more: the limit holds anyway. */
static void
test_read_size_not_trusted (void)
{
  struct stat st;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (stat ("/proc/self/maps", &st) != 0 || st.st_size != 0)
    {
      g_test_skip ("no /proc/self/maps of size 0 here");
      return;
    }
  bytes = read_path ("/proc/self/maps", 16, &error);
  g_assert_null (bytes);
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_LARGE);
}

static void
write_bytes (const char *path,
             const char *text,
             GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  stk_io_write_path (path, bytes, error);
}

static void
assert_write (const char *path,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  write_bytes (path, text, &error);
  g_assert_no_error (error);
}

static void
assert_contents (const char *path,
                 const char *text)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);
}

static struct stat
stat_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (lstat (path, &st), ==, 0);
  return st;
}

/* A new file gets 0666 less the umask, like any program's; an existing
 * file keeps its mode whatever it was (0600 used to become 0644). */
static void
test_write_keeps_mode (Fixture       *fx,
                       gconstpointer  data)
{
  static const mode_t modes[] = { 0600, 0640, 0755, 0604 };
  g_autofree char *path = g_build_filename (fx->dir, "p.stackup", NULL);
  mode_t old_umask = umask (022);

  assert_write (path, "new");
  g_assert_cmpint (stat_of (path).st_mode & 07777, ==, 0644);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);
      assert_write (path, "again");
      g_assert_cmpint (stat_of (path).st_mode & 07777, ==, modes[i]);
    }
  assert_contents (path, "again");
  g_assert_cmpuint (test_count_entries (fx->dir), ==, 1);
  umask (old_umask);
}

/* Owner and group are kept where permitted: root may give the file back to
 * its owner, so this needs root (uid and gid 1 are "daemon" on Debian, but
 * any number works for chown). */
static void
test_write_keeps_owner (Fixture       *fx,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "p.stackup", NULL);
  struct stat st;

  if (geteuid () != 0)
    {
      g_test_skip ("keeping another user's ownership needs root; not root here");
      return;
    }
  assert_write (path, "old");
  g_assert_cmpint (chown (path, 1, 2), ==, 0);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  assert_write (path, "new");
  st = stat_of (path);
  g_assert_cmpuint (st.st_uid, ==, 1);
  g_assert_cmpuint (st.st_gid, ==, 2);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  assert_contents (path, "new");
}

/* Two names of one file: both show the new text, still one inode with two
 * links, and no temporary is left. */
static void
test_write_keeps_hard_link (Fixture       *fx,
                            gconstpointer  data)
{
  g_autofree char *a = g_build_filename (fx->dir, "a.stackup", NULL);
  g_autofree char *b = g_build_filename (fx->dir, "b.stackup", NULL);
  struct stat before, after_a, after_b;

  assert_write (a, "a longer old text than the new one");
  g_assert_cmpint (link (a, b), ==, 0);
  before = stat_of (a);
  assert_write (a, "new");
  after_a = stat_of (a);
  after_b = stat_of (b);
  g_assert_cmpuint (after_a.st_ino, ==, before.st_ino);
  g_assert_cmpuint (after_b.st_ino, ==, before.st_ino);
  g_assert_cmpuint (after_a.st_nlink, ==, 2);
  assert_contents (b, "new");
  g_assert_cmpuint (test_count_entries (fx->dir), ==, 2);
}

/* top -> mid (relative) -> sub/real (absolute): the real file gets the text,
 * both links stay links to what they named (the middle one used to be
 * replaced by a regular file and the real file left unchanged). */
static void
test_write_symlink_chain (Fixture       *fx,
                          gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (fx->dir, "sub", NULL);
  g_autofree char *real = g_build_filename (sub, "real.stackup", NULL);
  g_autofree char *mid = g_build_filename (fx->dir, "mid.stackup", NULL);
  g_autofree char *top = g_build_filename (fx->dir, "top.stackup", NULL);
  g_autofree char *mid_dest = NULL;
  g_autofree char *top_dest = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  assert_write (real, "old");
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink (real, mid), ==, 0);
  g_assert_cmpint (symlink ("mid.stackup", top), ==, 0);
  assert_write (top, "new");

  g_assert_true (S_ISLNK (stat_of (top).st_mode));
  g_assert_true (S_ISLNK (stat_of (mid).st_mode));
  top_dest = g_file_read_link (top, NULL);
  mid_dest = g_file_read_link (mid, NULL);
  g_assert_cmpstr (top_dest, ==, "mid.stackup");
  g_assert_cmpstr (mid_dest, ==, real);
  assert_contents (real, "new");
  g_assert_cmpint (stat_of (real).st_mode & 07777, ==, 0600);
  g_assert_cmpuint (test_count_entries (fx->dir), ==, 3);
  g_assert_cmpuint (test_count_entries (sub), ==, 1);
}

/* A link to a file not yet there creates that file and keeps the link. */
static void
test_write_dangling_link (Fixture       *fx,
                          gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fx->dir, "link.stackup", NULL);
  g_autofree char *real = g_build_filename (fx->dir, "real.stackup", NULL);

  g_assert_cmpint (symlink ("real.stackup", link), ==, 0);
  assert_write (link, "new");
  g_assert_true (S_ISLNK (stat_of (link).st_mode));
  assert_contents (real, "new");
}

static void
assert_read_only_refused (const char *path,
                          const char *message)
{
  g_autoptr(GError) error = NULL;

  write_bytes (path, "new", &error);
  g_assert_error (error, STK_ERROR, STK_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, message));
}

/* 0444 is the owner's word that the file stays: refused, even for root, and
 * left as it was. So is a file in a folder nobody may write. */
static void
test_write_read_only (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "ro.stackup", NULL);
  g_autofree char *sub = g_build_filename (fx->dir, "ro-folder", NULL);
  g_autofree char *inner = g_build_filename (sub, "p.stackup", NULL);
  g_autofree char *fresh = g_build_filename (sub, "new.stackup", NULL);
  struct stat before;

  assert_write (path, "old");
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = stat_of (path);
  assert_read_only_refused (path, "ro.stackup”: the file is read-only; it was not changed");
  assert_contents (path, "old");
  g_assert_cmpuint (stat_of (path).st_ino, ==, before.st_ino);
  g_assert_cmpint (stat_of (path).st_mode & 07777, ==, 0444);
  g_assert_cmpuint (test_count_entries (fx->dir), ==, 1);

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  assert_write (inner, "old");
  g_assert_cmpint (g_chmod (sub, 0555), ==, 0);
  assert_read_only_refused (inner, "p.stackup”: its folder is read-only; nothing was changed");
  assert_read_only_refused (fresh, "new.stackup”: its folder is read-only");
  assert_contents (inner, "old");
  g_assert_cmpuint (test_count_entries (sub), ==, 1);
}

static void
make_file (const char *dir,
           const char *name,
           gint64      age_s)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  struct timespec times[2];

  g_assert_true (g_file_set_contents (path, "partial", -1, NULL));
  g_assert_cmpint (clock_gettime (CLOCK_REALTIME, &times[0]), ==, 0);
  times[0].tv_sec -= age_s;
  times[1] = times[0];
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
}

/* What a killed save leaves is removed by the next successful one: only
 * this target's temporaries by their exact pattern, and only older ones
 * (a newer one may be another save under way). */
static void
test_write_removes_stale_temps (Fixture       *fx,
                                gconstpointer  data)
{
  static const struct { const char *name; gint64 age_s; gboolean kept; } files[] = {
    { ".p.stackup.stackup-AbC123", 3600, FALSE },  /* ours, killed an hour ago */
    { ".p.stackup.Xy12ab", 60, FALSE },            /* earlier versions' pattern */
    { ".p.stackup.stackup-AbC12", 3600, TRUE },    /* five random characters */
    { ".p.stackup.stackup-AbC1234", 3600, TRUE },  /* seven */
    { ".p.stackup.stackup-AbC-23", 3600, TRUE },   /* not a random character */
    { ".q.stackup.stackup-AbC123", 3600, TRUE },   /* another file's */
    { "p.stackup.stackup-AbC123", 3600, TRUE },    /* not hidden */
    { ".p.stackup.stackup-Future", -3600, TRUE },  /* newer than this save */
  };
  g_autofree char *path = g_build_filename (fx->dir, "p.stackup", NULL);

  assert_write (path, "old");
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    make_file (fx->dir, files[i].name, files[i].age_s);
  assert_write (path, "new");
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *p = g_build_filename (fx->dir, files[i].name, NULL);

      if (g_file_test (p, G_FILE_TEST_EXISTS) != files[i].kept)
        g_error ("%s: expected %s", files[i].name, files[i].kept ? "kept" : "removed");
    }
  assert_contents (path, "new");
  g_assert_cmpuint (test_count_entries (fx->dir), ==, 1 + 6);
}

/* Neither a folder nor a FIFO is written into (a FIFO would block). */
static void
test_write_not_a_file (Fixture       *fx,
                       gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fx->dir, "pipe.stackup", NULL);
  g_autoptr(GError) error = NULL;

  write_bytes (fx->dir, "x", &error);
  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_clear_error (&error);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  write_bytes (fifo, "x", &error);
  g_assert_error (error, STK_ERROR, STK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "it is not a regular file"));
  g_assert_cmpuint (test_count_entries (fx->dir), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/stackup/io/read-fifo", Fixture, NULL, fixture_setup, test_read_fifo, fixture_teardown);
  g_test_add_func ("/stackup/io/read-device", test_read_device);
  g_test_add ("/stackup/io/read-folder", Fixture, NULL, fixture_setup, test_read_folder, fixture_teardown);
  g_test_add ("/stackup/io/read-missing", Fixture, NULL, fixture_setup, test_read_missing, fixture_teardown);
  g_test_add ("/stackup/io/read-limits", Fixture, NULL, fixture_setup, test_read_limits, fixture_teardown);
  g_test_add_func ("/stackup/io/read-size-not-trusted", test_read_size_not_trusted);
  g_test_add ("/stackup/io/write-keeps-mode", Fixture, NULL, fixture_setup, test_write_keeps_mode, fixture_teardown);
  g_test_add ("/stackup/io/write-keeps-owner", Fixture, NULL, fixture_setup, test_write_keeps_owner, fixture_teardown);
  g_test_add ("/stackup/io/write-keeps-hard-link", Fixture, NULL, fixture_setup, test_write_keeps_hard_link, fixture_teardown);
  g_test_add ("/stackup/io/write-symlink-chain", Fixture, NULL, fixture_setup, test_write_symlink_chain, fixture_teardown);
  g_test_add ("/stackup/io/write-dangling-link", Fixture, NULL, fixture_setup, test_write_dangling_link, fixture_teardown);
  g_test_add ("/stackup/io/write-read-only", Fixture, NULL, fixture_setup, test_write_read_only, fixture_teardown);
  g_test_add ("/stackup/io/write-removes-stale-temps", Fixture, NULL, fixture_setup, test_write_removes_stale_temps, fixture_teardown);
  g_test_add ("/stackup/io/write-not-a-file", Fixture, NULL, fixture_setup, test_write_not_a_file, fixture_teardown);
  return g_test_run ();
}
