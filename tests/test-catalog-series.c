/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A third series is data only: a catalog folder with the bundled P4 and A4S
 * files, the bundled notes (plus the sentence every series needs) and the
 * made-up series X9 of tests/data/catalog-third loads through the loader the
 * bundled catalog uses, and its part numbers decode, with no change to C. */
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stk-catalog.h"
#include "stk-check.h"
#include "stk-mate.h"
#include "stk-part.h"
#include "stk-project.h"

#define X9_SENTENCE "The X9 test catalog prints no family notes; they apply to X9 as well."

typedef struct {
  char *dir;
} Folder;

static void
write_file (const char *dir,
            const char *name,
            const char *text,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
}

static char *
bundled (const char *name)
{
  g_autofree char *path = g_strdup_printf ("/io/github/stackup/Stackup/catalog/%s", name);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
test_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "catalog-third", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* @x9_edit: NULL, or "from\nto": the first "from" in x9.json becomes "to". */
static void
folder_fill (Folder     *f,
             const char *x9_edit)
{
  g_autoptr(GError) error = NULL;
  const char *names[] = { "p4.json", "a4s.json" };
  g_autofree char *notes = bundled ("notes.json");
  g_autoptr(GString) with_x9 = g_string_new (notes);
  g_autoptr(GString) x9 = g_string_new (NULL);
  g_autofree char *x9_text = test_data ("x9.json");
  g_autofree char *index = test_data ("catalog.json");
  const char *at = strstr (with_x9->str, "\"printed_in\": {");

  f->dir = g_dir_make_tmp ("stackup-catalog-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = bundled (names[i]);
      write_file (f->dir, names[i], text, -1);
    }
  g_assert_nonnull (at);
  g_string_insert (with_x9, at - with_x9->str + strlen ("\"printed_in\": {"), "\n  \"X9\": \"" X9_SENTENCE "\",");
  write_file (f->dir, "notes.json", with_x9->str, -1);
  g_string_assign (x9, x9_text);
  if (x9_edit != NULL)
    {
      g_auto(GStrv) ft = g_strsplit (x9_edit, "\n", 2);
      const char *hit = strstr (x9->str, ft[0]);
      gssize pos;

      g_assert_nonnull (hit);
      pos = hit - x9->str;
      g_string_erase (x9, pos, (gssize) strlen (ft[0]));
      g_string_insert (x9, pos, ft[1]);
    }
  write_file (f->dir, "x9.json", x9->str, -1);
  write_file (f->dir, "catalog.json", index, -1);
}

static void
folder_setup (Folder       *f,
              gconstpointer data)
{
  folder_fill (f, data);
}

static void
folder_teardown (Folder       *f,
                 gconstpointer data)
{
  const char *names[] = { "p4.json", "a4s.json", "x9.json", "notes.json", "catalog.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
assert_dims (const StkPartInfo *info,
             double             a,
             double             b,
             double             c,
             double             d)
{
  const double want[] = { a, b, c, d };

  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_assert_nonnull (info->dims[i].source);
      g_assert_cmpfloat_with_epsilon (info->dims[i].value, want[i], 1e-9);
    }
}

static void
test_third_series_loads (Folder       *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkCatalog) catalog = stk_catalog_new_from_directory (f->dir, &error);
  g_autoptr(StkPartInfo) socket = NULL;
  g_autoptr(StkPartInfo) header = NULL;
  g_autoptr(StkPartInfo) p4 = NULL;
  const StkSeries *x9;

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (stk_catalog_get_series (catalog)->len, ==, 3);
  x9 = stk_catalog_find_series (catalog, "X9");
  g_assert_nonnull (x9);
  /* x9.json: 0.5 mm pitch, prefixes ZQ5 (socket) and ZQ6 (header) */
  g_assert_cmpfloat (x9->pitch.value, ==, 0.5);
  g_assert_cmpstr (x9->socket_prefix, ==, "ZQ5");
  g_assert_cmpstr (x9->header_prefix, ==, "ZQ6");
  g_assert_cmpstr (stk_catalog_notes_printed_in (catalog, x9), ==, X9_SENTENCE);

  /* x9.json's rows, read by hand: ZQ520100 is the 20-pin socket of 1.0 mm,
   * A 6.5, B (20/2 − 1) × 0.5 = 4.5, C 3.5, D 0.95 (socket D at 1.0 mm). */
  socket = stk_part_decode (catalog, "zq520100", &error);
  g_assert_no_error (error);
  g_assert_true (socket->series == x9);
  g_assert_cmpint (socket->role, ==, STK_ROLE_SOCKET);
  g_assert_cmpuint (socket->pins, ==, 20);
  g_assert_cmpuint (socket->n_heights, ==, 1);
  g_assert_cmpfloat (socket->heights[0], ==, 1.0);
  g_assert_cmpstr (socket->packaging->id, ==, "embossed");
  assert_dims (socket, 6.5, 4.5, 3.5, 0.95);
  /* ZQ610100: the 10-pin header, A 3.5, B (10/2 − 1) × 0.5 = 2.0, C 1.0, D 0.8 */
  header = stk_part_decode (catalog, "ZQ610100", &error);
  g_assert_no_error (error);
  g_assert_cmpint (header->role, ==, STK_ROLE_HEADER);
  g_assert_cmpuint (header->pins, ==, 10);
  assert_dims (header, 3.5, 2.0, 1.0, 0.8);
  /* The bundled series decode as before beside it (P4 datasheet: AXK740147G
   * is the 40-pin socket of 1.5 mm). */
  p4 = stk_part_decode (catalog, "AXK740147G", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (p4->series->id, ==, "P4");
  g_assert_cmpuint (p4->pins, ==, 40);
  g_assert_true (stk_part_decode (catalog, "HELLO", &error) == NULL);
  g_assert_cmpstr (error->message, ==,
                   "HELLO: not a part number of the catalog (P4 parts start AXK7 or AXK8, "
                   "A4S parts start AXE5 or AXE6, X9 parts start ZQ5 or ZQ6)");
  g_clear_error (&error);
  g_assert_true (stk_part_decode (catalog, "ZQ530100", &error) == NULL);
  g_assert_cmpstr (error->message, ==, "ZQ530100: X9 has no 30-pin part");
}

/* A mate of the new series is checked like any other; the warp note is
 * printed only in the P4 catalog (notes.json), so X9's results carry X9's
 * sentence on where its family notes are. */
static void
test_third_series_checks (Folder       *f,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkCatalog) catalog = stk_catalog_new_from_directory (f->dir, &error);
  g_autoptr(StkProject) project = stk_project_new ();
  g_autoptr(GPtrArray) results = NULL;
  StkMate *mate = g_ptr_array_index (stk_project_get_mates (project), 0);
  const StkCheckResult *warp;

  g_assert_no_error (error);
  g_free (mate->series);
  mate->series = g_strdup ("X9");
  mate->mated_height_mm = 1.0;
  mate->pins = 20;
  results = stk_checks_run (project, catalog);
  g_assert_cmpuint (results->len, >, 0);
  warp = stk_checks_find (results, "warp", NULL, NULL);
  g_assert_nonnull (warp);
  g_assert_nonnull (stk_check_result_get_detail (warp));
  g_assert_nonnull (strstr (stk_check_result_get_detail (warp), X9_SENTENCE));
  g_assert_nonnull (strstr (stk_check_result_get_message (warp), "(family note printed in the P4 catalog)"));

  /* a series no file names: the message lists the three the index does */
  g_free (mate->series);
  mate->series = g_strdup ("Q1");
  g_clear_pointer (&results, g_ptr_array_unref);
  results = stk_checks_run (project, catalog);
  g_assert_cmpstr (stk_check_result_get_message (stk_checks_find (results, "part", "product", NULL)), ==,
                   "Unknown series “Q1”: the catalog holds P4, A4S, X9");
}

static void
test_prefix_clash_refused (Folder       *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkCatalog) catalog = stk_catalog_new_from_directory (f->dir, &error);

  g_assert_null (catalog);
  g_assert_error (error, STK_ERROR, STK_ERROR_CATALOG);
  g_assert_cmpstr (error->message, ==, "P4 and X9 part-number prefixes overlap");
}

static void
test_missing_file_named (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stackup-catalog-XXXXXX", &error);
  g_autofree char *index = test_data ("catalog.json");
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  g_autoptr(StkCatalog) catalog = NULL;

  write_file (dir, "catalog.json", index, -1);
  catalog = stk_catalog_new_from_directory (dir, &error);
  g_assert_null (catalog);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "p4.json"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/stackup/catalog-series/third-series-loads", Folder, NULL,
              folder_setup, test_third_series_loads, folder_teardown);
  g_test_add ("/stackup/catalog-series/third-series-checks", Folder, NULL,
              folder_setup, test_third_series_checks, folder_teardown);
  g_test_add ("/stackup/catalog-series/prefix-clash-refused", Folder,
              "\"socket_prefix\": \"ZQ5\"\n\"socket_prefix\": \"AXK\"",
              folder_setup, test_prefix_clash_refused, folder_teardown);
  g_test_add_func ("/stackup/catalog-series/missing-file-named", test_missing_file_named);
  return g_test_run ();
}
