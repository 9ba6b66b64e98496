/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stk-io.h"

/* A temporary folder per test, removed with all it holds. */
typedef struct {
  char *dir;
} Fixture;

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          g_chmod (path, 0755);
          remove_tree (path);
        }
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

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
  g_chmod (fx->dir, 0755);
  remove_tree (fx->dir);
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
  return g_test_run ();
}
