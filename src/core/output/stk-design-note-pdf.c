/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-design-note"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "stk-design-note-private.h"
#include "stk-i18n.h"

#define MARGIN 18.0
#define PT (25.4 / 72.0)        /* one point in mm */
#define BODY_SIZE (8.5 * PT)
#define SMALL_SIZE (7.0 * PT)
#define LINE (1.3)              /* line height factor */
#define CELL_PAD 1.0

typedef struct {
  cairo_t       *cr;
  const StkDesignNote *note;
  double         page_w, page_h;
  double         y;
  guint          page;
  guint          total;     /* 0 on the counting pass */
} Layout;

/* The counting pass only needs positions: skipping glyphs and the drawing
 * there halves the time to make a note. */
static void
show_text (Layout     *lo,
           const char *text)
{
  if (lo->total > 0)
    cairo_show_text (lo->cr, text);
}


static void
set_font (cairo_t *cr,
          double   size,
          gboolean bold)
{
  cairo_select_font_face (cr, stk_font_family (), CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
}

static const cairo_user_data_key_t widths_key;

/* Widths measured so far for one font size and weight, by text. */
typedef struct {
  double      size;
  int         weight;
  GHashTable *widths;
} FontWidths;

static void
font_widths_free (gpointer data)
{
  GArray *fonts = data;

  for (guint i = 0; i < fonts->len; i++)
    g_hash_table_unref (g_array_index (fonts, FontWidths, i).widths);
  g_array_unref (fonts);
}

/* Advance width of text in the current font. A note measures the same words
 * again and again (both passes, every table row): the widths are kept on the
 * context, per font, by text. */
static double
text_width (cairo_t    *cr,
            const char *text)
{
  GArray *fonts = cairo_get_user_data (cr, &widths_key);
  FontWidths *font = NULL;
  cairo_matrix_t m;
  cairo_text_extents_t ext;
  int weight = cairo_toy_font_face_get_weight (cairo_get_font_face (cr));
  gpointer found;

  if (fonts == NULL)
    {
      fonts = g_array_new (FALSE, FALSE, sizeof (FontWidths));
      cairo_set_user_data (cr, &widths_key, fonts, font_widths_free);
    }
  cairo_get_font_matrix (cr, &m);
  for (guint i = 0; i < fonts->len && font == NULL; i++)
    if (g_array_index (fonts, FontWidths, i).size == m.xx && g_array_index (fonts, FontWidths, i).weight == weight)
      font = &g_array_index (fonts, FontWidths, i);
  if (font == NULL)
    {
      FontWidths fw = { m.xx, weight, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free) };
      g_array_append_val (fonts, fw);
      font = &g_array_index (fonts, FontWidths, fonts->len - 1);
    }
  found = g_hash_table_lookup (font->widths, text);
  if (found)
    return *(double *) found;
  cairo_text_extents (cr, text, &ext);
  g_hash_table_insert (font->widths, g_strdup (text), g_memdup2 (&ext.x_advance, sizeof (double)));
  return ext.x_advance;
}

/* Splits a word wider than the line between characters; the last piece
 * stays in line. */
static void
split_word (cairo_t   *cr,
            GPtrArray *lines,
            GString   *line,
            double     width)
{
  while (text_width (cr, line->str) > width && g_utf8_strlen (line->str, -1) > 1)
    {
      const char *cut = line->str;
      GString *head = g_string_new (NULL);

      while (*cut)
        {
          const char *next = g_utf8_next_char (cut);
          g_string_append_len (head, cut, next - cut);
          if (text_width (cr, head->str) > width)
            {
              g_string_truncate (head, head->len - (next - cut));
              break;
            }
          cut = next;
        }
      if (head->len == 0)
        {
          g_string_free (head, TRUE);
          break;
        }
      g_ptr_array_add (lines, g_string_free (head, FALSE));
      g_string_erase (line, 0, cut - line->str);
    }
}

/* Greedy word wrap with the current font. Each word is measured once and
 * the widths added up (the toy font API does not kern), which keeps a
 * long table cell linear in its length. */
static GPtrArray *
wrap (cairo_t    *cr,
      const char *text,
      double      width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) paragraphs = g_strsplit (text ? text : "", "\n", -1);
  double space = text_width (cr, " ");

  for (guint p = 0; paragraphs[p]; p++)
    {
      g_auto(GStrv) words = g_strsplit (paragraphs[p], " ", -1);
      GString *line = g_string_new (NULL);
      double used = 0;

      for (guint w = 0; words[w]; w++)
        {
          double ww = text_width (cr, words[w]);

          if (line->len > 0 && used + space + ww <= width)
            {
              g_string_append_c (line, ' ');
              g_string_append (line, words[w]);
              used += space + ww;
              continue;
            }
          if (line->len > 0)
            g_ptr_array_add (lines, g_strdup (line->str));
          g_string_assign (line, words[w]);
          used = ww;
          if (ww > width)
            {
              split_word (cr, lines, line, width);
              used = text_width (cr, line->str);
            }
        }
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  return lines;
}

static void
draw_footer (Layout *lo)
{
  g_autofree char *page = lo->total ? g_strdup_printf (_("Page %u of %u"), lo->page, lo->total)
                                    : g_strdup_printf (_("Page %u"), lo->page);
  cairo_t *cr = lo->cr;

  set_font (cr, SMALL_SIZE, FALSE);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, MARGIN, lo->page_h - MARGIN / 2);
  show_text (lo, lo->note->footer);
  cairo_move_to (cr, lo->page_w - MARGIN - text_width (cr, page), lo->page_h - MARGIN / 2);
  show_text (lo, page);
  cairo_move_to (cr, MARGIN, lo->page_h - MARGIN / 2 - 4);
  cairo_line_to (cr, lo->page_w - MARGIN, lo->page_h - MARGIN / 2 - 4);
  cairo_set_line_width (cr, 0.15);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
}

static void
new_page (Layout *lo)
{
  if (lo->page > 0)
    cairo_show_page (lo->cr);
  lo->page++;
  lo->y = MARGIN;
  draw_footer (lo);
}

static double
bottom (Layout *lo)
{
  return lo->page_h - MARGIN - 6;
}

static void
ensure (Layout *lo,
        double  height)
{
  if (lo->y + height > bottom (lo) && lo->y > MARGIN)
    new_page (lo);
}

static void
draw_lines (Layout    *lo,
            GPtrArray *lines,
            double     x,
            double     size)
{
  for (guint i = 0; i < lines->len; i++)
    {
      ensure (lo, size * LINE);
      cairo_move_to (lo->cr, x, lo->y + size);
      show_text (lo, g_ptr_array_index (lines, i));
      lo->y += size * LINE;
    }
}

static void
draw_text_block (Layout     *lo,
                 const char *text,
                 double      size,
                 gboolean    bold,
                 double      space_before)
{
  g_autoptr(GPtrArray) lines = NULL;

  set_font (lo->cr, size, bold);
  lines = wrap (lo->cr, text, lo->page_w - 2 * MARGIN);
  lo->y += space_before;
  ensure (lo, size * LINE * MIN (lines->len, 3));
  draw_lines (lo, lines, MARGIN, size);
}

static double
row_height (cairo_t   *cr,
            char     **row,
            double    *col_w,
            guint      n_cols,
            GPtrArray **wrapped)
{
  double h = 0;

  for (guint c = 0; c < n_cols; c++)
    {
      wrapped[c] = wrap (cr, row[c], col_w[c] - 2 * CELL_PAD);
      h = MAX (h, wrapped[c]->len * SMALL_SIZE * LINE);
    }
  return h + 2 * CELL_PAD;
}

static void
draw_row (Layout     *lo,
          char      **row,
          double     *col_w,
          guint       n_cols,
          gboolean    header)
{
  cairo_t *cr = lo->cr;
  GPtrArray *wrapped[16] = { NULL };
  double h, x = MARGIN;

  set_font (cr, SMALL_SIZE, header);
  h = row_height (cr, row, col_w, n_cols, wrapped);
  if (header)
    {
      cairo_set_source_rgb (cr, 0.88, 0.9, 0.93);
      cairo_rectangle (cr, MARGIN, lo->y, lo->page_w - 2 * MARGIN, h);
      cairo_fill (cr);
    }
  for (guint c = 0; c < n_cols; c++)
    {
      gboolean fail = !header && c == 0 && g_strcmp0 (row[0], "FAIL") == 0;
      gboolean warn = !header && c == 0 && g_strcmp0 (row[0], "WARNING") == 0;

      if (fail || warn)
        {
          cairo_set_source_rgb (cr, fail ? 0.85 : 0.95, fail ? 0.1 : 0.6, 0.1);
          cairo_rectangle (cr, x, lo->y, col_w[c], h);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          set_font (cr, SMALL_SIZE, TRUE);
        }
      else
        {
          cairo_set_source_rgb (cr, 0, 0, 0);
          set_font (cr, SMALL_SIZE, header);
        }
      for (guint l = 0; l < wrapped[c]->len; l++)
        {
          cairo_move_to (cr, x + CELL_PAD, lo->y + CELL_PAD + SMALL_SIZE * (l + 1) * LINE - SMALL_SIZE * (LINE - 1));
          show_text (lo, g_ptr_array_index (wrapped[c], l));
        }
      x += col_w[c];
      g_ptr_array_unref (wrapped[c]);
    }
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.1);
  cairo_move_to (cr, MARGIN, lo->y + h);
  cairo_line_to (cr, lo->page_w - MARGIN, lo->y + h);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  lo->y += h;
}

/* Data rows kept with a table's header on its first page. */
#define KEEP_ROWS 2

/* The height of the table's row r (row 0 the header). */
static double
table_row_height (Layout         *lo,
                  const StkBlock *b,
                  double         *col_w,
                  guint           n_cols,
                  guint           r)
{
  GPtrArray *wrapped[16] = { NULL };
  double h;

  set_font (lo->cr, SMALL_SIZE, r == 0);
  h = row_height (lo->cr, g_ptr_array_index (b->rows, r), col_w, n_cols, wrapped);
  for (guint c = 0; c < n_cols; c++)
    g_ptr_array_unref (wrapped[c]);
  return h;
}

/* The columns' widths on the page; returns their number. */
static guint
table_columns (Layout         *lo,
               const StkBlock *b,
               double          col_w[16])
{
  double total = 0;
  guint n = MIN (b->n_cols, 16);

  for (guint c = 0; c < n; c++)
    total += b->widths[c];
  for (guint c = 0; c < n; c++)
    col_w[c] = b->widths[c] / total * (lo->page_w - 2 * MARGIN);
  return n;
}

/* The header with its first rows: what must share a page, so that no
 * header is left alone at the foot of one. */
static double
table_keep_height (Layout         *lo,
                   const StkBlock *b)
{
  double col_w[16];
  guint n = table_columns (lo, b, col_w);
  double keep = 1.5;

  for (guint r = 0; r <= KEEP_ROWS && r < b->rows->len; r++)
    keep += table_row_height (lo, b, col_w, n, r);
  return keep;
}

static void
draw_table (Layout         *lo,
            const StkBlock *b)
{
  double col_w[16];
  guint n = table_columns (lo, b, col_w);

  ensure (lo, table_keep_height (lo, b));
  lo->y += 1.5;
  for (guint r = 0; r < b->rows->len; r++)
    {
      char **row = g_ptr_array_index (b->rows, r);
      double h = table_row_height (lo, b, col_w, n, r);

      if (lo->y + h > bottom (lo))
        {
          new_page (lo);
          if (r > 0)
            draw_row (lo, g_ptr_array_index (b->rows, 0), col_w, n, TRUE);
        }
      draw_row (lo, row, col_w, n, r == 0);
    }
}

/* Room a block needs on the page of the heading before it, so no heading is
 * left alone at the foot of a page. */
static double
keep_with_heading (Layout         *lo,
                   const StkBlock *next)
{
  if (next != NULL && next->kind == STK_BLOCK_TABLE)
    return table_keep_height (lo, next);
  return 10;
}

/* A paragraph's height, with the space above it. */
static double
paragraph_height (Layout         *lo,
                  const StkBlock *b)
{
  g_autoptr(GPtrArray) lines = NULL;

  set_font (lo->cr, BODY_SIZE, b->emphasis);
  lines = wrap (lo->cr, b->text, lo->page_w - 2 * MARGIN);
  return 1.5 + lines->len * BODY_SIZE * LINE;
}

/* A sub-heading keeps its part's opening on its page: the paragraphs up
 * to and with the first figure (one connector's verdict, figures and
 * histogram read together). */
static double
keep_with_subheading (Layout *lo,
                      guint   next)
{
  double h = 0;

  for (guint i = next; i < lo->note->blocks->len; i++)
    {
      const StkBlock *b = g_ptr_array_index (lo->note->blocks, i);
      double w, plot_h;

      if (b->kind == STK_BLOCK_PLOT)
        {
          stk_drawing_get_extents (b->plot, &w, &plot_h);
          return h + plot_h + 2;
        }
      if (b->kind != STK_BLOCK_PARAGRAPH)
        break;
      h += paragraph_height (lo, b);
    }
  return MAX (h, 10);
}

/* The sheets come after the note's last page, each a page of its own size,
 * drawn by the one drawing path. */
static void
draw_sheets (Layout *lo)
{
  cairo_surface_t *surface = cairo_get_target (lo->cr);
  StkDrawOptions options;
  double w, h;

  if (lo->total == 0)
    return;
  stk_draw_options_init (&options);
  stk_sheets_get_size (lo->note->sheets, &w, &h);
  for (guint i = 0; i < stk_sheets_get_n_sheets (lo->note->sheets); i++)
    {
      cairo_pdf_surface_set_size (surface, w / PT, h / PT);
      stk_draw_render (lo->cr, stk_sheets_get_sheet (lo->note->sheets, i), &options);
      cairo_show_page (lo->cr);
    }
}

/* A figure in the flow of the text, by the one drawing path. */
static void
draw_plot (Layout         *lo,
           const StkBlock *b)
{
  StkDrawOptions options;
  double w, h;

  stk_drawing_get_extents (b->plot, &w, &h);
  ensure (lo, h + 2);
  if (lo->total > 0)
    {
      stk_draw_options_init (&options);
      options.background = FALSE;
      cairo_save (lo->cr);
      cairo_translate (lo->cr, MARGIN, lo->y);
      stk_draw_render (lo->cr, b->plot, &options);
      cairo_restore (lo->cr);
    }
  lo->y += h + 2;
}

static void
render (Layout *lo)
{
  new_page (lo);
  for (guint i = 0; i < lo->note->blocks->len; i++)
    {
      const StkBlock *b = g_ptr_array_index (lo->note->blocks, i);

      switch (b->kind)
        {
        case STK_BLOCK_TITLE:
          draw_text_block (lo, b->text, 16 * PT, TRUE, 0);
          lo->y += 2;
          break;
        case STK_BLOCK_HEADING:
          ensure (lo, 12 + keep_with_heading (lo, i + 1 < lo->note->blocks->len
                                                  ? g_ptr_array_index (lo->note->blocks, i + 1) : NULL));
          draw_text_block (lo, b->text, 11 * PT, TRUE, 4);
          break;
        case STK_BLOCK_SUBHEADING:
          ensure (lo, 10 + keep_with_subheading (lo, i + 1));
          draw_text_block (lo, b->text, BODY_SIZE, TRUE, 3);
          break;
        case STK_BLOCK_PARAGRAPH:
          /* a paragraph that leads into a table ("Boards, top first:")
           * goes with the table's header and first rows */
          if (i + 1 < lo->note->blocks->len
              && ((const StkBlock *) g_ptr_array_index (lo->note->blocks, i + 1))->kind == STK_BLOCK_TABLE)
            ensure (lo, paragraph_height (lo, b)
                        + table_keep_height (lo, g_ptr_array_index (lo->note->blocks, i + 1)));
          if (b->emphasis)
            cairo_set_source_rgb (lo->cr, 0.75, 0, 0);
          draw_text_block (lo, b->text, BODY_SIZE, b->emphasis, 1.5);
          cairo_set_source_rgb (lo->cr, 0, 0, 0);
          break;
        case STK_BLOCK_TABLE:
          draw_table (lo, b);
          break;
        case STK_BLOCK_DRAWING:
          draw_text_block (lo, b->text, BODY_SIZE, FALSE, 1.5);
          break;
        case STK_BLOCK_PLOT:
          draw_plot (lo, b);
          break;
        }
    }
  cairo_show_page (lo->cr);
  draw_sheets (lo);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  if (closure)
    g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Runs the layout once to count pages, then again with "Page N of M". */
static guint
render_pass (const StkDesignNote *note,
             double         page_w,
             double         page_h,
             guint          total,
             GByteArray    *out,
             cairo_status_t *status)
{
  /* The counting pass only needs positions: a one-pixel image takes the
   * drawing for nothing, where a PDF would be written and compressed. Its
   * fonts are measured unhinted, as a PDF measures them, so both passes
   * break lines and pages alike. */
  cairo_surface_t *surface = total == 0 ? cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1)
                                        : cairo_pdf_surface_create_for_stream (append_bytes, out, page_w / PT,
                                                                               page_h / PT);
  cairo_t *cr = cairo_create (surface);
  Layout lo = { cr, note, page_w, page_h, 0, 0, total };
  cairo_font_options_t *font_options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (cr, font_options);
  cairo_font_options_destroy (font_options);
  if (total > 0)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, note->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Stackup " PACKAGE_VERSION);
    }
  cairo_scale (cr, 1 / PT, 1 / PT);
  render (&lo);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  *status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return lo.page;
}

GBytes *
stk_design_note_render_pdf (StkDesignNote *note,
                     GError **error)
{
  double w = note->options.paper == STK_PAPER_LETTER ? 215.9 : 210.0;
  double h = note->options.paper == STK_PAPER_LETTER ? 279.4 : 297.0;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cairo_status_t status;
  guint pages;

  pages = render_pass (note, w, h, 0, NULL, &status);
  if (status == CAIRO_STATUS_SUCCESS && render_pass (note, w, h, pages, out, &status) != pages)
    g_warning ("design note: the counting pass found %u pages, the PDF has others", pages);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_WRITE, _("Cannot make the design note PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
