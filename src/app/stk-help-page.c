/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-help-page"

#include "stk-config.h"

#include <string.h>

#include "stk-help-page.h"

static void
block_free (StkHelpBlock *b)
{
  g_free (b->text);
  g_free (b->section);
  g_free (b);
}

static void
page_free (StkHelpPage *p)
{
  g_free (p->id);
  g_free (p->title);
  g_free (p->desc);
  g_free (p->guide);
  g_ptr_array_unref (p->blocks);
  g_free (p);
}

typedef struct {
  StkHelpPage       *page;
  const char *folder;
  GString    *text;        /* the block being read, or NULL */
  BlockKind   kind;
  char       *section;     /* id of the section whose title is next */
  GString    *desc;        /* the page's <desc> while read */
  int         info_depth;
  int         skip_depth;  /* inside a figure's <desc> */
  GArray     *lists;       /* BlockKind of the open <steps>/<list> */
  guint       step;
  gboolean    item_started;
  gboolean    in_keyseq;
  gboolean    key_seen;
  char       *link_xref;
  gsize       link_start;
} Reader;

static void
set_str (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static const char *
attr (const char **names,
      const char **values,
      const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

/* Collapses runs of white space to one space (not in code). */
static char *
tidy (const char *text,
      BlockKind   kind)
{
  GString *s = g_string_new (NULL);
  gboolean space = FALSE;

  if (kind == BLOCK_CODE)
    {
      g_string_append (s, text);
      return g_strstrip (g_string_free (s, FALSE));
    }
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = s->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (s, ' ');
      space = FALSE;
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

static void
begin_block (Reader   *r,
             BlockKind kind)
{
  if (r->text != NULL)
    return;
  r->text = g_string_new (NULL);
  r->kind = kind;
}

static void
end_block (Reader *r)
{
  StkHelpBlock *b;

  if (r->text == NULL)
    return;
  b = g_new0 (StkHelpBlock, 1);
  b->kind = r->kind;
  b->text = tidy (r->text->str, r->kind);
  b->number = r->step;
  if (r->kind == BLOCK_HEADING)
    b->section = g_steal_pointer (&r->section);
  if (r->kind == BLOCK_TITLE && r->page->title == NULL)
    r->page->title = g_strdup (b->text);
  g_ptr_array_add (r->page->blocks, b);
  g_string_free (r->text, TRUE);
  r->text = NULL;
}

static BlockKind
open_list (Reader *r)
{
  return r->lists->len ? g_array_index (r->lists, BlockKind, r->lists->len - 1) : BLOCK_PARA;
}

static void
on_start_cb (GMarkupParseContext  *context,
             const char           *element,
             const char          **names,
             const char          **values,
             gpointer              data,
             GError              **error)
{
  Reader *r = data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next ? stack->next->data : "";

  if (r->skip_depth > 0 || (g_str_equal (element, "desc") && !g_str_equal (parent, "info")))
    {
      r->skip_depth++;
      return;
    }
  if (g_str_equal (element, "info"))
    r->info_depth++;
  if (r->info_depth > 0)
    {
      if (g_str_equal (element, "link") && g_strcmp0 (attr (names, values, "type"), "guide") == 0)
        set_str (&r->page->guide, attr (names, values, "xref"));
      else if (g_str_equal (element, "desc") && r->info_depth == 1 && g_str_equal (parent, "info"))
        r->desc = g_string_new (NULL);
      return;
    }
  if (g_str_equal (element, "section"))
    set_str (&r->section, attr (names, values, "id"));
  else if (g_str_equal (element, "title"))
    begin_block (r, g_str_equal (parent, "page") ? BLOCK_TITLE
                    : g_str_equal (parent, "figure") ? BLOCK_CAPTION : BLOCK_HEADING);
  else if (g_str_equal (element, "p") && g_str_equal (parent, "item") && !r->item_started)
    {
      r->item_started = TRUE;
      begin_block (r, open_list (r));
    }
  else if (g_str_equal (element, "p"))
    begin_block (r, g_str_equal (parent, "note") ? BLOCK_NOTE : BLOCK_PARA);
  else if (g_str_equal (element, "screen") || (g_str_equal (element, "code") && r->text == NULL))
    begin_block (r, BLOCK_CODE);
  else if (g_str_equal (element, "steps") || g_str_equal (element, "list"))
    {
      BlockKind kind = g_str_equal (element, "steps") ? BLOCK_STEP : BLOCK_ITEM;
      g_array_append_val (r->lists, kind);
      if (kind == BLOCK_STEP)
        r->step = 0;
    }
  else if (g_str_equal (element, "item"))
    {
      r->item_started = FALSE;
      if (open_list (r) == BLOCK_STEP)
        r->step++;
    }
  else if (g_str_equal (element, "media") && attr (names, values, "src") != NULL)
    {
      StkHelpBlock *b = g_new0 (StkHelpBlock, 1);
      b->kind = BLOCK_FIGURE;
      b->text = g_build_filename (r->folder, attr (names, values, "src"), NULL);
      g_ptr_array_add (r->page->blocks, b);
    }
  else if (g_str_equal (element, "keyseq"))
    {
      r->in_keyseq = TRUE;
      r->key_seen = FALSE;
    }
  else if (g_str_equal (element, "key") && r->in_keyseq && r->text != NULL)
    {
      if (r->key_seen)
        g_string_append_c (r->text, '+');
      r->key_seen = TRUE;
    }
  else if (g_str_equal (element, "link") && r->text != NULL)
    {
      set_str (&r->link_xref, attr (names, values, "xref"));
      r->link_start = r->text->len;
    }
}

static void
on_end_cb (GMarkupParseContext  *context,
           const char           *element,
           gpointer              data,
           GError              **error)
{
  Reader *r = data;

  if (r->skip_depth > 0)
    {
      r->skip_depth--;
      return;
    }
  if (r->info_depth > 0)
    {
      if (g_str_equal (element, "desc") && r->desc != NULL && r->page->desc == NULL)
        r->page->desc = tidy (r->desc->str, BLOCK_PARA);
      if (g_str_equal (element, "desc") && r->desc != NULL)
        g_string_free (g_steal_pointer (&r->desc), TRUE);
      if (g_str_equal (element, "info"))
        r->info_depth--;
      return;
    }
  if (g_str_equal (element, "title") || g_str_equal (element, "p") || g_str_equal (element, "screen") ||
      (g_str_equal (element, "code") && r->kind == BLOCK_CODE))
    end_block (r);
  else if (g_str_equal (element, "steps") || g_str_equal (element, "list"))
    g_array_set_size (r->lists, r->lists->len - 1);
  else if (g_str_equal (element, "keyseq"))
    r->in_keyseq = FALSE;
  else if (g_str_equal (element, "link") && r->text != NULL && r->link_xref != NULL &&
           r->text->len == r->link_start)
    g_string_append_printf (r->text, "%c%s%c", STK_HELP_XREF_OPEN, r->link_xref, STK_HELP_XREF_CLOSE);
}

static void
on_text_cb (GMarkupParseContext  *context,
            const char           *text,
            gsize                 length,
            gpointer              data,
            GError              **error)
{
  Reader *r = data;

  if (r->skip_depth > 0)
    return;
  if (r->desc != NULL)
    g_string_append_len (r->desc, text, (gssize) length);
  else if (r->info_depth == 0 && r->text != NULL)
    g_string_append_len (r->text, text, (gssize) length);
}

static StkHelpPage *
read_page (const char  *folder,
           const char  *file_name,
           GError     **error)
{
  static const GMarkupParser parser = { on_start_cb, on_end_cb, on_text_cb, NULL, NULL };
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GArray) lists = g_array_new (FALSE, FALSE, sizeof (BlockKind));
  StkHelpPage *page = g_new0 (StkHelpPage, 1);
  Reader r = { .page = page, .folder = folder, .lists = lists };
  gsize length;
  gboolean ok;

  page->id = g_strndup (file_name, strlen (file_name) - strlen (".page"));
  page->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &r, NULL);
  ok = g_file_get_contents (path, &data, &length, error) &&
       g_markup_parse_context_parse (context, data, (gssize) length, error) &&
       g_markup_parse_context_end_parse (context, error);
  if (r.text != NULL)
    g_string_free (r.text, TRUE);
  if (r.desc != NULL)
    g_string_free (r.desc, TRUE);
  g_free (r.section);
  g_free (r.link_xref);
  if (!ok)
    {
      g_prefix_error (error, "%s: ", path);
      page_free (page);
      return NULL;
    }
  if (page->title == NULL)
    page->title = g_strdup (page->id);
  return page;
}

/* Where the index lists a page: its sections in order (0 for the index,
 * 1 + the section's place), as Yelp shows them. */
static guint
rank (const StkHelpPage      *page,
      const GPtrArray *sections)
{
  if (g_str_equal (page->id, "index"))
    return 0;
  for (guint i = 0; i < sections->len; i++)
    {
      g_autofree char *guide = g_strconcat ("index#", (const char *) g_ptr_array_index (sections, i), NULL);
      if (g_strcmp0 (page->guide, guide) == 0)
        return 1 + i;
    }
  return 1 + sections->len;
}

/* Within a section by title, as Yelp orders a guide's links. */
static int
compare_pages (gconstpointer a,
               gconstpointer b,
               gpointer      sections)
{
  const StkHelpPage *pa = *(StkHelpPage **) a, *pb = *(StkHelpPage **) b;
  guint ra = rank (pa, sections), rb = rank (pb, sections);

  return ra != rb ? (ra < rb ? -1 : 1) : g_utf8_collate (pa->title, pb->title);
}

GPtrArray *
stk_help_read_pages (const char *folder)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GError) error = NULL;
      StkHelpPage *page;

      if (!g_str_has_suffix (name, ".page"))
        continue;
      page = read_page (folder, name, &error);
      if (page == NULL)
        g_warning ("%s", error->message);
      else
        g_ptr_array_add (pages, page);
    }
  {
    g_autoptr(GPtrArray) sections = g_ptr_array_new ();

    for (guint i = 0; i < pages->len; i++)
      {
        const StkHelpPage *p = g_ptr_array_index (pages, i);

        for (guint j = 0; g_str_equal (p->id, "index") && j < p->blocks->len; j++)
          {
            const StkHelpBlock *b = g_ptr_array_index (p->blocks, j);
            if (b->kind == BLOCK_HEADING && b->section != NULL)
              g_ptr_array_add (sections, b->section);
          }
      }
    g_ptr_array_sort_with_data (pages, compare_pages, sections);
  }
  return pages;
}

