/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "stk-catalog.h"
#include "stk-io.h"
#include "stk-part.h"

/* One line of tests/data/datasheet-parts.tsv: a part number as the datasheet
 * prints it, with the values read off the datasheet by hand. */
typedef struct {
  char    *part_number;
  char    *series;
  StkRole  role;
  guint    pins;
  double   heights[8];
  guint    n_heights;
  char    *packaging;  /* NULL: not stated (inspection type) */
  gboolean inspection;
  double   dims[STK_N_DIMS];
  gboolean has_dim[STK_N_DIMS];
} Expected;

static void
expected_free (gpointer data)
{
  Expected *e = data;

  g_free (e->part_number);
  g_free (e->series);
  g_free (e->packaging);
  g_free (e);
}

static double
parse_number (const char *text)
{
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);

  g_assert_true (end != text && *end == '\0');
  return v;
}

static Expected *
parse_line (const char *line)
{
  g_auto(GStrv) cells = g_strsplit (line, "\t", -1);
  Expected *e = g_new0 (Expected, 1);

  g_assert_cmpuint (g_strv_length (cells), ==, 12);
  e->part_number = g_strdup (cells[0]);
  e->series = g_strdup (cells[1]);
  g_assert_true (g_str_equal (cells[2], "socket") || g_str_equal (cells[2], "header"));
  e->role = g_str_equal (cells[2], "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER;
  e->pins = (guint) parse_number (cells[3]);
  if (!g_str_equal (cells[4], "-"))
    {
      g_auto(GStrv) hs = g_strsplit (cells[4], ",", -1);
      for (guint i = 0; hs[i] != NULL; i++)
        e->heights[e->n_heights++] = parse_number (hs[i]);
    }
  e->packaging = g_str_equal (cells[5], "-") ? NULL : g_strdup (cells[5]);
  e->inspection = g_str_equal (cells[6], "yes");
  for (guint d = 0; d < STK_N_DIMS; d++)
    if (!g_str_equal (cells[7 + d], "-"))
      {
        e->dims[d] = parse_number (cells[7 + d]);
        e->has_dim[d] = TRUE;
      }
  return e;
}

static GPtrArray *
load_expected (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "datasheet-parts.tsv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = stk_io_read_file (file, 1024 * 1024, &error);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (expected_free);

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#' && !g_str_has_prefix (lines[i], "part_number\t"))
      g_ptr_array_add (rows, parse_line (lines[i]));
  return rows;
}

/* Counted by hand from the PRODUCT TYPES tables: P4 28 sockets + 16 headers;
 * A4S 8 mm 16 sockets + 16 (…124) + 13 (…224) headers, 4 mm 13 + 13, and the
 * inspection type's 16 pin counts for each role. */
static void
test_transcription_complete (void)
{
  g_autoptr(GPtrArray) rows = load_expected ();
  guint p4 = 0, a4s = 0, inspection = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const Expected *e = g_ptr_array_index (rows, i);
      p4 += g_str_equal (e->series, "P4");
      a4s += g_str_equal (e->series, "A4S");
      inspection += e->inspection;
    }
  g_assert_cmpuint (p4, ==, 44);
  g_assert_cmpuint (a4s, ==, 103);
  g_assert_cmpuint (inspection, ==, 32);
}

static void
assert_decodes_to (const Expected *e,
                   const char     *input)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPartInfo) info = stk_part_decode (stk_catalog_get_default (), input, &error);
  g_autofree char *what = g_strdup_printf ("%s (typed as \"%s\")", e->part_number, input);

  g_test_message ("%s", what);
  g_assert_no_error (error);
  g_assert_nonnull (info);
  g_assert_cmpstr (info->part_number, ==, e->part_number);
  g_assert_cmpstr (info->series->id, ==, e->series);
  g_assert_cmpint (info->role, ==, e->role);
  g_assert_cmpuint (info->pins, ==, e->pins);
  g_assert_cmpuint (info->n_heights, ==, e->n_heights);
  for (guint h = 0; h < e->n_heights; h++)
    g_assert_cmpfloat_with_epsilon (info->heights[h], e->heights[h], 1e-9);
  if (e->packaging == NULL)
    g_assert_null (info->packaging);
  else
    g_assert_cmpstr (info->packaging->id, ==, e->packaging);
  g_assert_cmpint (info->inspection, ==, e->inspection);
  /* Insertion and removal life: P4 50, A4S 30, inspection type 3,000. */
  g_assert_cmpuint (info->mating_cycles, ==,
                    e->inspection ? 3000 : g_str_equal (e->series, "P4") ? 50 : 30);
  for (guint d = 0; d < STK_N_DIMS; d++)
    {
      g_autofree char *section = g_strdup_printf ("%s catalog, DIMENSIONS › %s", e->series,
                                                  e->role == STK_ROLE_SOCKET ? "Socket" : "Header");

      g_assert_cmpint (stk_value_is_set (&info->dims[d]), ==, e->has_dim[d]);
      if (!e->has_dim[d])
        continue;
      g_assert_cmpfloat_with_epsilon (info->dims[d].value, e->dims[d], 1e-9);
      g_assert_cmpint (info->dims[d].source->kind, ==, STK_PROV_DATASHEET);
      g_assert_true (g_str_has_prefix (info->dims[d].source->ref, section));
    }
}

static void
test_every_datasheet_part (void)
{
  g_autoptr(GPtrArray) rows = load_expected ();

  for (guint i = 0; i < rows->len; i++)
    assert_decodes_to (g_ptr_array_index (rows, i), ((Expected *) g_ptr_array_index (rows, i))->part_number);
}

static void
test_lowercase_and_spaces (void)
{
  g_autoptr(GPtrArray) rows = load_expected ();

  for (guint i = 0; i < rows->len; i++)
    {
      const Expected *e = g_ptr_array_index (rows, i);
      g_autofree char *lower = g_ascii_strdown (e->part_number, -1);
      g_autofree char *padded = g_strdup_printf ("  %s\t", lower);

      assert_decodes_to (e, lower);
      assert_decodes_to (e, padded);
    }
}

static const Expected *
find_expected (GPtrArray  *rows,
               const char *part_number)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((Expected *) g_ptr_array_index (rows, i))->part_number, part_number))
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* The other direction: the catalog holds no part number that the datasheet
 * does not print, and every (height, pins, packaging) row a part serves is the
 * row that names it. */
static void
test_catalog_matches_transcription (void)
{
  g_autoptr(GPtrArray) rows = load_expected ();
  GPtrArray *all = stk_catalog_get_series (stk_catalog_get_default ());

  for (guint s = 0; s < all->len; s++)
    {
      const StkSeries *series = g_ptr_array_index (all, s);

      for (guint i = 0; i < series->products->len; i++)
        {
          const StkProduct *p = g_ptr_array_index (series->products, i);
          const Expected *sock = find_expected (rows, p->socket);
          const Expected *head = find_expected (rows, p->header);

          g_test_message ("%s %g mm %u pins: %s / %s", series->id, p->mated_height, p->pins, p->socket, p->header);
          g_assert_nonnull (sock);
          g_assert_nonnull (head);
          g_assert_cmpint (sock->role, ==, STK_ROLE_SOCKET);
          g_assert_cmpint (head->role, ==, STK_ROLE_HEADER);
          g_assert_cmpuint (sock->pins, ==, p->pins);
          g_assert_cmpuint (head->pins, ==, p->pins);
          g_assert_cmpstr (sock->packaging, ==, p->packaging->id);
          g_assert_cmpstr (head->packaging, ==, p->packaging->id);
        }
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const Expected *e = g_ptr_array_index (rows, i);
      const StkSeries *series = stk_catalog_find_series (stk_catalog_get_default (), e->series);

      for (guint h = 0; h < e->n_heights; h++)
        {
          const StkProduct *p = stk_series_find_product (series, e->heights[h], e->pins, e->packaging);

          g_test_message ("%s at %g mm", e->part_number, e->heights[h]);
          g_assert_nonnull (p);
          g_assert_cmpstr (e->role == STK_ROLE_SOCKET ? p->socket : p->header, ==, e->part_number);
        }
    }
}

static void
assert_refused (const char *input,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPartInfo) info = stk_part_decode (stk_catalog_get_default (), input, &error);

  g_assert_null (info);
  g_assert_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_no_such_pin_count (void)
{
  assert_refused ("AXK790147G", "AXK790147G: P4 has no 90-pin part");
  assert_refused ("axk890145wg", "AXK890145WG: P4 has no 90-pin part");
  /* "00" is 100 for P4, and A4S has no 100-pin part */
  assert_refused ("AXE500127", "AXE500127: A4S has no 100-pin part");
  assert_refused ("AXE618124", "AXE618124: A4S has no 18-pin part");
}

static void
test_unknown_height_code (void)
{
  /* P4 height digits are 1–4; 5 names no row. */
  assert_refused ("AXK750547G",
                  "AXK750547G: not in the P4 catalog; the 50-pin sockets there are "
                  "AXK750147G, AXK750247G, AXK750347G");
  /* The 3.0 mm table has no 70-pin row, so no AXK870245WG exists. */
  assert_refused ("AXK870245WG",
                  "AXK870245WG: not in the P4 catalog; the 70-pin headers there are AXK870145WG");
  /* A4S 1.0 mm has no 16-pin header; 4 mm packaging has no 70 pins. */
  assert_refused ("AXE616224",
                  "AXE616224: not in the A4S catalog; the 16-pin headers there are "
                  "AXE616124, AXE616124D");
  assert_refused ("AXE570127D",
                  "AXE570127D: not in the A4S catalog; the 70-pin sockets there are AXE570127");
  /* A missing or extra suffix is another part number, not a typo we guess at */
  assert_refused ("AXK750147", "AXK750147: not in the P4 catalog; the 50-pin sockets there are "
                  "AXK750147G, AXK750247G, AXK750347G");
}

static void
test_garbage (void)
{
  assert_refused ("HELLO",
                  "HELLO: not a part number of the catalog (P4 parts start AXK7 or AXK8, A4S parts start AXE5 or AXE6)");
  assert_refused ("AXK6",
                  "AXK6: not a part number of the catalog (P4 parts start AXK7 or AXK8, A4S parts start AXE5 or AXE6)");
  assert_refused ("AXK7", "AXK7: malformed P4 part number (two pin-count digits expected after AXK7)");
  assert_refused ("AXK7X0147G", "AXK7X0147G: malformed P4 part number (two pin-count digits expected after AXK7)");
  assert_refused ("AXE6", "AXE6: malformed A4S part number (two pin-count digits expected after AXE6)");
  /* P4 has no inspection type: an E where the pins go is just malformed */
  assert_refused ("AXK7E2026", "AXK7E2026: malformed P4 part number (two pin-count digits expected after AXK7)");
}

static void
test_empty (void)
{
  assert_refused ("", "the part number is empty");
  assert_refused ("   \t", "the part number is empty");
  assert_refused (NULL, "the part number is empty");
}

/* Found by fuzzing: the refusal quoted the input, so a byte that is not
 * UTF-8 (0xB3 here, from a Latin-1 terminal, say) made the message invalid. */
static void
test_not_utf8 (void)
{
  assert_refused ("AXK86014\xb3WG", "the part number is not valid UTF-8 text");
}

static void
test_inspection_refusals (void)
{
  /* The ☆ table has 16 pin counts; 18 is not among them. */
  assert_refused ("AXE5E1826", "AXE5E1826: the A4S inspection-use type has no 18-pin part");
  assert_refused ("AXE6E0026", "AXE6E0026: the A4S inspection-use type has no 100-pin part");
  assert_refused ("AXE5E-126",
                  "AXE5E-126: malformed inspection-use part number "
                  "(AXE5E**26 with the two-digit pin count for **)");
  assert_refused ("AXE5E1",
                  "AXE5E1: malformed inspection-use part number "
                  "(AXE5E**26 with the two-digit pin count for **)");
  assert_refused ("AXE5E1027",
                  "AXE5E1027: malformed inspection-use part number "
                  "(AXE5E**26 with the two-digit pin count for **: AXE5E1026 for 10 pins)");
  assert_refused ("AXE6E4026D",
                  "AXE6E4026D: malformed inspection-use part number "
                  "(AXE6E**26 with the two-digit pin count for **: AXE6E4026 for 40 pins)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackup/part/transcription-complete", test_transcription_complete);
  g_test_add_func ("/stackup/part/every-datasheet-part", test_every_datasheet_part);
  g_test_add_func ("/stackup/part/lowercase-and-spaces", test_lowercase_and_spaces);
  g_test_add_func ("/stackup/part/catalog-matches-transcription", test_catalog_matches_transcription);
  g_test_add_func ("/stackup/part/no-such-pin-count", test_no_such_pin_count);
  g_test_add_func ("/stackup/part/unknown-height-code", test_unknown_height_code);
  g_test_add_func ("/stackup/part/garbage", test_garbage);
  g_test_add_func ("/stackup/part/empty", test_empty);
  g_test_add_func ("/stackup/part/not-utf8", test_not_utf8);
  g_test_add_func ("/stackup/part/inspection-refusals", test_inspection_refusals);

  return g_test_run ();
}
