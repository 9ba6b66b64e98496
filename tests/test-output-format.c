/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one list of output formats: what it holds, how a path finds its
 * format, and that each format's writer writes that kind of file. */
#include <string.h>

#include <gio/gio.h>

#include "stk-output-format.h"
#include "test-util.h"

/* The Export… choices as the app has offered them since 0.x, in order. */
static const struct {
  const char *id, *extension, *mime;
  StkOutputContent content;
} expected[] = {
  { "note-pdf-a4", ".pdf", "application/pdf", STK_OUTPUT_NOTE },
  { "note-pdf-letter", ".pdf", "application/pdf", STK_OUTPUT_NOTE },
  { "note-markdown", ".md", "text/markdown", STK_OUTPUT_NOTE },
  { "drawing-pdf", ".pdf", "application/pdf", STK_OUTPUT_DRAWING },
  { "drawing-svg", ".svg", "image/svg+xml", STK_OUTPUT_DRAWING },
  { "drawing-png", ".png", "image/png", STK_OUTPUT_DRAWING },
  { "drawing-dxf", ".dxf", "image/vnd.dxf", STK_OUTPUT_DRAWING },
};

static void
test_list (void)
{
  guint n;
  const StkOutputFormat *list = stk_output_format_list (&n);
  g_autofree char *drawings = stk_output_format_extensions (STK_OUTPUT_DRAWING);
  g_autofree char *notes = stk_output_format_extensions (STK_OUTPUT_NOTE);

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (list[i].id, ==, expected[i].id);
      g_assert_cmpstr (list[i].extension, ==, expected[i].extension);
      g_assert_cmpstr (list[i].mime_type, ==, expected[i].mime);
      g_assert_cmpint (list[i].content, ==, expected[i].content);
      g_assert_nonnull (list[i].label);
      g_assert_nonnull (list[i].write);
      g_assert_true (stk_output_format_find (expected[i].id) == &list[i]);
    }
  g_assert_null (stk_output_format_find ("drawing-jpg"));
  /* each extension once, in the list's order */
  g_assert_cmpstr (drawings, ==, ".pdf, .svg, .png, .dxf");
  g_assert_cmpstr (notes, ==, ".pdf, .md");
}

static void
test_for_path (void)
{
  g_autoptr(GError) error = NULL;

  /* case-insensitive, and a PDF note is the one on the paper asked for */
  g_assert_cmpstr (stk_output_format_for_path (STK_OUTPUT_DRAWING, "/x/Stack.PDF", STK_PAPER_A4, NULL)->id, ==,
                   "drawing-pdf");
  g_assert_cmpstr (stk_output_format_for_path (STK_OUTPUT_NOTE, "n.pdf", STK_PAPER_A4, NULL)->id, ==, "note-pdf-a4");
  g_assert_cmpstr (stk_output_format_for_path (STK_OUTPUT_NOTE, "n.pdf", STK_PAPER_LETTER, NULL)->id, ==,
                   "note-pdf-letter");
  g_assert_cmpstr (stk_output_format_for_path (STK_OUTPUT_NOTE, "n.md", STK_PAPER_LETTER, NULL)->id, ==,
                   "note-markdown");
  g_assert_null (stk_output_format_for_path (STK_OUTPUT_DRAWING, "d.jpg", STK_PAPER_A4, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "Unknown drawing format for “d.jpg”: use .pdf, .svg, .png, .dxf");
  g_clear_error (&error);
  /* a Markdown drawing is not a thing */
  g_assert_null (stk_output_format_for_path (STK_OUTPUT_DRAWING, "d.md", STK_PAPER_A4, &error));
  g_clear_error (&error);
  g_assert_null (stk_output_format_for_path (STK_OUTPUT_NOTE, "n.svg", STK_PAPER_A4, &error));
  g_assert_cmpstr (error->message, ==, "n.svg: unknown design note format (use .pdf, .md)");
}

/* Binary files hold NUL bytes, where g_strstr_len() stops. */
static gboolean
contains (const char *data,
          gsize       len,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* The first bytes of each kind of file, from the formats' specifications:
 * PDF "%PDF-", PNG's eight-byte signature, DXF's first group "0 / SECTION",
 * the note's Markdown heading, SVG's XML declaration. */
static void
assert_kind (const char *mime,
             const char *data,
             gsize       len)
{
  if (g_str_equal (mime, "application/pdf"))
    g_assert_true (len > 5 && memcmp (data, "%PDF-", 5) == 0);
  else if (g_str_equal (mime, "image/png"))
    g_assert_true (len > 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);
  else if (g_str_equal (mime, "image/vnd.dxf"))
    g_assert_true (len > 12 && memcmp (data, "  0\nSECTION\n", 12) == 0);
  else if (g_str_equal (mime, "text/markdown"))
    g_assert_true (len > 2 && memcmp (data, "# ", 2) == 0);
  else if (g_str_equal (mime, "image/svg+xml"))
    g_assert_true (len > 5 && memcmp (data, "<?xml", 5) == 0 && contains (data, len, "<svg"));
  else
    g_assert_not_reached ();
}

static void
test_writers (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autofree char *dir = g_dir_make_tmp ("stackup-formats-XXXXXX", NULL);
  StkOutputOptions options;
  guint n;
  const StkOutputFormat *list = stk_output_format_list (&n);

  stk_output_options_init (&options);
  options.note.date = "2026-12-01";
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strconcat (list[i].id, list[i].extension, NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gsize len;

      g_assert_true (stk_output_format_write (&list[i], project, stk_catalog_get_default (), &options, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      assert_kind (list[i].mime_type, data, len);
      /* A4 is 595.28 × 841.89 pt, Letter 612 × 792 pt: cairo writes the page's MediaBox */
      if (g_str_equal (list[i].id, "note-pdf-letter"))
        g_assert_true (contains (data, len, "/MediaBox [ 0 0 612 792 ]"));
      if (g_str_equal (list[i].id, "note-pdf-a4"))
        g_assert_true (contains (data, len, "/MediaBox [ 0 0 595.275591 841.889764 ]"));
    }
  /* the Markdown note's drawing beside it */
  {
    g_autofree char *svg = g_build_filename (dir, "note-markdown.svg", NULL);
    g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
  }
  test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/output-format/list", test_list);
  g_test_add_func ("/stackup/output-format/for-path", test_for_path);
  g_test_add_func ("/stackup/output-format/writers", test_writers);
  return g_test_run ();
}
