/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Nothing visible is hard-coded in English: the app runs in a pseudo
 * translation (po/make-pseudo-po.sh wraps every message in ⟦…⟧; the test
 * environment sets LANGUAGE=en_XA and STACKUP_LOCALEDIR to the build's po
 * folder), this walks every shown widget of the main pages, the menus and
 * pickers, the dialogs, the preferences and the shortcuts window, and every
 * text people read must carry the markers. What is allowed without them is
 * data, never words: numbers (with a unit symbol), the names the project
 * gives its boards, mates and nets, and the catalog's part numbers and
 * series. The CLI's help, check report and design note, and the drawing's
 * labels are held to the same rule. */
#include <string.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "stk-application.h"
#include "stk-choice.h"
#include "stk-export.h"
#include "stk-i18n.h"
#include "stk-keepout.h"
#include "stk-part.h"
#include "stk-preferences-window.h"
#include "stk-checks-panel.h"
#include "stk-table-row.h"
#include "stk-window.h"
#include "test-gtk-util.h"
#include "test-util.h"

#define OPEN  "⟦"
#define CLOSE "⟧"

typedef struct {
  GHashTable *data;   /* texts that are the project's or the catalog's own */
  GPtrArray  *bad;    /* "where: widget: “text”" */
  const char *where;
  guint       n_words; /* texts with words checked, so far */
} Walk;

static void
iterate (void)
{
  for (int i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static gboolean
is_marked (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text));

  return g_str_has_prefix (t, OPEN) && g_str_has_suffix (t, CLOSE);
}

/* A number, perhaps signed, with a unit symbol or a translated unit:
 * "0.8 mm", "−0.05", "20", "1:1", "60 V", "30 ⟦cycles⟧", "+⟦0.27 mm⟧". Unit
 * symbols are SI symbols that no language spells otherwise. */
static gboolean
is_quantity (const char *text)
{
  static GRegex *re;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^[−+±≈-]?\\s?([0-9][0-9.,:]*\\s?(mm|mil|A|V|N|°C|s|%|°|" OPEN "[^" CLOSE "]*" CLOSE ")?"
                                         "|" OPEN ".*" CLOSE ")$",
                                         G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (re, text, 0, NULL);
}

static gboolean
has_letter (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Records text unless it is marked or data; widget NULL for the CLI. */
static void
check_text (Walk       *w,
            GtkWidget  *widget,
            const char *what,
            const char *text)
{
  g_autofree char *t = NULL;

  if (text == NULL)
    return;
  t = g_strstrip (g_strdup (text));
  if (!has_letter (t))
    return;
  w->n_words++;
  if (is_marked (t) || is_quantity (t) || g_hash_table_contains (w->data, t))
    return;
  if (widget == NULL)
    g_ptr_array_add (w->bad, g_strdup_printf ("%s: “%s”", w->where, t));
  else
    g_ptr_array_add (w->bad, g_strdup_printf ("%s: %s%s%s %s: “%s”", w->where, G_OBJECT_TYPE_NAME (widget),
                                              gtk_widget_get_name (widget)[0] ? "#" : "",
                                              gtk_widget_get_name (widget), what, t));
}

static void
walk_widget (Walk      *w,
             GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  check_text (w, widget, "tooltip", gtk_widget_get_tooltip_text (widget));
  /* What the user typed; keys as GTK itself names them (in the shortcuts
   * window and beside menu items); the shortcuts window's own header
   * ("Shortcuts", its search) in GTK's words. */
  if (GTK_IS_TEXT (widget) || GTK_IS_SHORTCUT_LABEL (widget) || g_str_equal (gtk_widget_get_css_name (widget), "accelerator") ||
      (GTK_IS_HEADER_BAR (widget) && GTK_IS_SHORTCUTS_WINDOW (gtk_widget_get_root (widget))))
    return;
  if (GTK_IS_LABEL (widget))
    check_text (w, widget, "label", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_WINDOW (widget))
    check_text (w, widget, "title", gtk_window_get_title (GTK_WINDOW (widget)));
  if (STK_IS_TABLE_ROW (widget))
    {
      StkTableRow *row = STK_TABLE_ROW (widget);

      for (guint i = 0; i < stk_table_row_get_n_columns (row); i++)
        {
          int x, width;

          check_text (w, widget, "cell", stk_table_row_get_text (row, i));
          stk_table_row_get_column_extent (row, i, &x, &width);
          check_text (w, widget, "cell tooltip", stk_table_row_get_tooltip_at (row, x));
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    walk_widget (w, c);
}

/* Walks root and asserts it showed at least min_words texts with words, so a
 * page that failed to show cannot pass unseen. */
static void
walk (Walk       *w,
      const char *where,
      GtkWidget  *root,
      guint       min_words)
{
  guint before = w->n_words;

  w->where = where;
  walk_widget (w, root);
  g_test_message ("%s: %u texts", where, w->n_words - before);
  g_assert_cmpuint (w->n_words - before, >=, min_words);
}

/* Every "ref" the catalog files give: citations of the datasheets' sections
 * and of the estimates' evidence, quoted as the catalog writes them. */
static void
add_catalog_refs (GHashTable *data,
                  JsonNode   *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (o);

      for (GList *l = members; l; l = l->next)
        {
          JsonNode *child = json_object_get_member (o, l->data);

          if (g_str_equal (l->data, "ref") && JSON_NODE_HOLDS_VALUE (child))
            g_hash_table_add (data, g_strdup (json_node_get_string (child)));
          else
            add_catalog_refs (data, child);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        add_catalog_refs (data, json_array_get_element (a, i));
    }
}

/* The project's own names (none for NULL), the catalog's series, part
 * numbers and citations are data. */
static GHashTable *
data_texts (StkProject *project)
{
  GHashTable *data = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *boards = project ? stk_project_get_boards (project) : NULL;
  GPtrArray *mates = project ? stk_project_get_mates (project) : NULL;

  if (project != NULL)
    {
      g_hash_table_add (data, g_strdup (stk_project_get_name (project)));
      g_hash_table_add (data, g_strdup (stk_project_get_author (project)));
      g_hash_table_add (data, g_strdup (stk_project_get_revision (project)));
    }
  for (guint i = 0; boards != NULL && i < boards->len; i++)
    {
      const StkBoard *b = g_ptr_array_index (boards, i);

      g_hash_table_add (data, g_strdup (b->name));
      /* Keep-out labels are the user's words too ("Shield can"). */
      for (guint k = 0; b->keepouts != NULL && k < b->keepouts->len; k++)
        g_hash_table_add (data, g_strdup (((StkKeepout *) g_ptr_array_index (b->keepouts, k))->label));
    }
  /* Symbols, not words: section letters ("A" at both ends of cut A–A)
   * and the names of the base board's axes on the top view. */
  for (char c = 'A'; c <= 'Z'; c++)
    g_hash_table_add (data, g_strdup_printf ("%c", c));
  g_hash_table_add (data, g_strdup ("x"));
  g_hash_table_add (data, g_strdup ("y"));
  for (guint i = 0; mates != NULL && i < mates->len; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);

      g_hash_table_add (data, g_strdup (m->name));
      for (guint n = 0; n < m->nets->len; n++)
        g_hash_table_add (data, g_strdup (((StkNet *) g_ptr_array_index (m->nets, n))->name));
    }
  for (GPtrArray *all = stk_catalog_get_series (stk_catalog_get_default ()); all; all = NULL)
    for (guint s = 0; s < all->len; s++)
      {
        const StkSeries *series = g_ptr_array_index (all, s);

        g_hash_table_add (data, g_strdup (series->id));
        for (guint p = 0; p < series->products->len; p++)
          {
            const StkProduct *product = g_ptr_array_index (series->products, p);

            g_hash_table_add (data, g_strdup (product->socket));
            g_hash_table_add (data, g_strdup (product->header));
            g_hash_table_add (data, g_strdup_printf ("%s / %s", product->socket, product->header));
          }
      }
  for (const char *const *f = (const char *const[]) { "p4.json", "a4s.json", "notes.json", NULL }; *f; f++)
    {
      g_autofree char *path = test_source_path ("data", "catalog", *f, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();

      g_assert_true (json_parser_load_from_file (parser, path, NULL));
      add_catalog_refs (data, json_parser_get_root (parser));
    }
  return data;
}

static void
assert_all_marked (Walk *w)
{
  for (guint i = 0; i < w->bad->len; i++)
    g_test_message ("not translated: %s", (const char *) g_ptr_array_index (w->bad, i));
  g_assert_cmpuint (w->bad->len, ==, 0);
}

/* The items every picker under root offers in its popover. (The strings,
 * not the popover: one low in a scrolled form would pop up off screen.) */
static void
walk_choices (Walk       *w,
              const char *where,
              GtkWidget  *root)
{
  if (!gtk_widget_get_mapped (root))
    return;
  w->where = where;
  if (STK_IS_CHOICE (root))
    {
      GListModel *items = stk_choice_get_model (STK_CHOICE (root));

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        check_text (w, root, "item", gtk_string_list_get_string (GTK_STRING_LIST (items), i));
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    walk_choices (w, where, c);
}

static GtkWidget *
find_toplevel (const char *name)
{
  GListModel *tops = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (tops, i);
      if (g_strcmp0 (gtk_widget_get_name (w), name) == 0)
        return w;
    }
  g_assert_not_reached ();
}

static void
show_sidebar_page (StkWindow  *window,
                   const char *name)
{
  GtkStackSwitcher *switcher = GTK_STACK_SWITCHER (test_find_type (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER));

  gtk_stack_set_visible_child_name (gtk_stack_switcher_get_stack (switcher), name);
  test_run_for (50);
}

/* Selects the base board (the tree's first row) or the first connector on
 * it (the second row), as a click on its row does. */
static void
select_first_row (StkWindow *window,
                  gboolean   boards)
{
  test_tree_select_row (window, boards ? 0 : 1);
}

/* The test is only worth something if the pseudo translation is loaded. */
static void
test_pseudo_loaded (void)
{
  g_assert_cmpstr (_("Stack"), ==, OPEN "Stack" CLOSE);
}

static void
test_window (void)
{
  g_autoptr(StkApplication) app = stk_application_new ();
  g_autofree char *phone = g_build_filename (g_getenv ("STACKUP_EXAMPLES_DIR"), "phone.stackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (phone);
  g_autoptr(GHashTable) data = NULL;
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_free);
  Walk w = { NULL, bad, NULL };
  StkWindow *window;
  g_autofree char *dir = g_dir_make_tmp ("stackup-pseudo-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.stackup", NULL);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  GtkWidget *shortcuts, *prefs, *dialog;
  GtkMenuButton *menu;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = stk_window_new (GTK_APPLICATION (app));
  g_assert_true (stk_window_load_file (window, file));
  test_present_until_painted (GTK_WINDOW (window));
  data = data_texts (stk_window_get_project (window));
  /* The window's subtitle names the file. */
  g_hash_table_add (data, g_file_get_path (file));
  /* At least so many texts are checked on each page (the checks list
   * builds only the rows in view, which still show a hundred and more), so
   * a page that failed to show cannot pass. */
  w.data = data;

  /* The Stack page with a board, then a mate, in the editor; the checks
   * panel and the drawing's window around them. */
  show_sidebar_page (window, "stack");
  /* The explanation of a selected check is checked with the rest. */
  stk_checks_panel_select (STK_CHECKS_PANEL (test_find_type (GTK_WIDGET (window), STK_TYPE_CHECKS_PANEL)), 0);
  select_first_row (window, TRUE);
  walk (&w, "stack page, board", GTK_WIDGET (window), 200);
  walk_choices (&w, "board pickers", GTK_WIDGET (window));
  select_first_row (window, FALSE);
  walk (&w, "stack page, mate", GTK_WIDGET (window), 200);
  walk_choices (&w, "mate pickers", GTK_WIDGET (window));

  show_sidebar_page (window, "requirements");
  /* fewer: the checks list under the drawing shows some six rows here */
  walk (&w, "requirements page", GTK_WIDGET (window), 150);

  show_sidebar_page (window, "explorer");
  walk (&w, "options page", GTK_WIDGET (window), 200);
  walk_choices (&w, "options pickers", GTK_WIDGET (window));

  menu = GTK_MENU_BUTTON (test_find_named (GTK_WIDGET (window), "primary-menu"));
  gtk_menu_button_popup (menu);
  test_run_for (50);
  walk (&w, "main menu", GTK_WIDGET (gtk_menu_button_get_popover (menu)), 8);
  gtk_menu_button_popdown (menu);
  iterate ();

  prefs = GTK_WIDGET (stk_preferences_window_new (GTK_WINDOW (window)));
  test_present_until_painted (GTK_WINDOW (prefs));
  walk (&w, "preferences", prefs, 5);
  walk_choices (&w, "preferences pickers", prefs);
  gtk_window_destroy (GTK_WINDOW (prefs));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  test_run_for (100);
  walk (&w, "shortcuts", shortcuts, 15);
  gtk_window_close (GTK_WINDOW (shortcuts));

  /* Unsaved changes: New asks first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-board", NULL));
  test_run_for (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  test_run_for (50);
  dialog = find_toplevel ("stk-save-changes-dialog");
  walk (&w, "save changes", dialog, 5);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  test_run_for (50);

  /* A file that cannot be opened: the dialog and the reader's reason. */
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"stackup-project\", \"version\": 2, \"boards\": [",
                                      -1, NULL));
  g_assert_false (stk_window_load_file (window, broken_file));
  test_run_for (50);
  dialog = find_toplevel ("stk-error-dialog");
  walk (&w, "error dialog", dialog, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (broken);
  g_rmdir (dir);

  assert_all_marked (&w);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

/* A text line of the CLI, checked like a label. */
static void
check_line (Walk       *w,
            const char *line)
{
  check_text (w, NULL, NULL, line);
}

/* `stackup-cli --help`: every line is marked but the examples, which are
 * command lines, and the command names before their marked summaries. */
static void
check_help (Walk       *w,
            const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  w->where = "stackup-cli --help";
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      if (g_str_has_prefix (l, "  stackup-cli "))
        continue;
      if (g_str_has_prefix (l, "  ") && strstr (l, OPEN) != NULL)
        l = strstr (l, OPEN);
      check_line (w, l);
    }
}

/* `stackup-cli check`: per result "Status check-id subject: message" and
 * "Limit: source", then the counts. The check id is an identifier, like a
 * command name; the subject is a board or mate name or marked. */
static void
check_report (Walk       *w,
              const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint results = 0;

  w->where = "stackup-cli check";
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      const char *rest;

      /* the verdict line is one message made of messages ("⟦⟦⟦Pass⟧: …⟧.
       * ⟦Tolerance analysis: …⟧; …⟧"), a result row starts with its status */
      if (!g_str_has_prefix (lines[i], OPEN) || g_str_has_prefix (lines[i], OPEN OPEN)
          || strstr (lines[i], CLOSE " ") == NULL)
        {
          check_line (w, lines[i]);
          continue;
        }
      /* ⟦Pass⟧ part            J1 display: ⟦Socket …⟧ */
      words = g_strsplit (lines[i], " ", 2);
      check_line (w, words[0]);
      rest = g_strchug (words[1]);
      rest = strchr (rest, ' ');
      g_assert_nonnull (rest);
      {
        g_auto(GStrv) parts = g_strsplit (g_strchug ((char *) rest), ": " OPEN, 2);
        g_autofree char *message = g_strconcat (OPEN, parts[1], NULL);

        g_assert_nonnull (parts[1]);
        check_line (w, parts[0]);
        check_line (w, message);
      }
      results++;
    }
  g_assert_cmpuint (results, >, 10);
}

/* The Markdown design note: headings, paragraphs and every table cell; the
 * project's own notes are its data. */
static void
check_note (Walk       *w,
            const char *md)
{
  g_auto(GStrv) lines = g_strsplit (md, "\n", -1);
  guint cells = 0;

  w->where = "design note";
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *l = lines[i];

      if (g_str_has_prefix (l, "|"))
        {
          g_auto(GStrv) row = g_strsplit (l, " | ", -1);

          if (g_str_has_prefix (l, "| ---"))
            continue;
          for (guint c = 0; row[c] != NULL; c++)
            {
              g_autofree char *cell = g_strdup (row[c]);

              g_strdelimit (cell, "|", ' ');
              check_line (w, cell);
              cells++;
            }
          continue;
        }
      if (g_str_has_prefix (l, "!["))
        {
          g_auto(GStrv) alt = g_strsplit_set (l + 2, "]", 2);
          check_line (w, alt[0]);
          continue;
        }
      while (*l == '#')
        l++;
      /* **bold** is Markdown, not text */
      if (g_str_has_prefix (l, "**") && g_str_has_suffix (l, "**") && strlen (l) > 4)
        {
          g_autofree char *bold = g_strndup (l + 2, strlen (l) - 4);
          check_line (w, bold);
          continue;
        }
      check_line (w, l);
    }
  g_assert_cmpuint (cells, >, 100);
}

/* The CLI's human output in the pseudo translation, for a passing example
 * and for the one that fails on purpose (failure and warning messages). */
static void
cli_example (Walk       *w,
             const char *name,
             int         check_status)
{
  g_autofree char *path = test_source_path ("data", "examples", name, NULL);
  g_autofree char *dir = g_dir_make_tmp ("stackup-pseudo-XXXXXX", NULL);
  g_autofree char *md_path = g_build_filename (dir, "note.md", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "note.svg", NULL);
  g_autofree char *md = NULL;
  g_autoptr(StkProject) project = test_load_example (name);
  g_autoptr(GHashTable) data = data_texts (project);
  g_auto(TestRun) check = { 0 };
  g_auto(TestRun) export = { 0 };
  GHashTable *outer = w->data;

  g_hash_table_add (data, g_strdup (stk_project_get_notes (project)));
  w->data = data;
  test_run_cli (&check, G_SUBPROCESS_FLAGS_STDERR_MERGE, (const char *[]) { "check", path, NULL });
  test_run_cli (&export, G_SUBPROCESS_FLAGS_STDERR_MERGE,
                (const char *[]) { "export", path, "--note", md_path, NULL });
  g_assert_cmpint (check.status, ==, check_status);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));

  check_report (w, check.out);
  w->where = "stackup-cli export";
  check_line (w, export.out);
  check_note (w, md);
  w->data = outer;
  g_unlink (md_path);
  g_unlink (svg_path);
  g_rmdir (dir);
}

static void
test_cli (void)
{
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) data = data_texts (NULL);
  g_auto(TestRun) help = { 0 };
  Walk w = { data, bad, NULL, 0 };

  test_run_cli (&help, G_SUBPROCESS_FLAGS_STDERR_MERGE, (const char *[]) { "--help", NULL });
  g_assert_cmpint (help.status, ==, 0);
  check_help (&w, help.out);
  cli_example (&w, "phone.stackup", 0);
  cli_example (&w, "failing.stackup", 1);
  assert_all_marked (&w);
}

/* "\U+27E6" in a DXF string is ⟦: DXF R12 writes non-ASCII that way. */
static char *
dxf_unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p; )
    {
      /* always four hex digits: "\U+27E6Display" */
      if (g_str_has_prefix (p, "\\U+") && strlen (p) >= 7)
        {
          g_autofree char *hex = g_strndup (p + 3, 4);

          g_string_append_unichar (out, (gunichar) g_ascii_strtoull (hex, NULL, 16));
          p += 7;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* The drawing's labels, read back from its DXF TEXT entities: the
 * datasheet's dimension letters (A 6.5) are data like the numbers. */
static void
test_drawing (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) drawing = stk_drawing_new (project, stk_catalog_get_default ());
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) data = data_texts (project);
  g_autoptr(GBytes) dxf = NULL;
  g_autoptr(GRegex) dimension = g_regex_new ("^[A-E] ", 0, 0, NULL);
  g_auto(GStrv) lines = NULL;
  StkExportOptions options;
  Walk w = { data, bad, "drawing", 0 };
  gboolean entities = FALSE;
  /* A long note is wrapped over several TEXT entities: they are read as
   * one text from the line that opens ⟦ to the one that closes it. */
  g_autoptr(GString) wrapped = g_string_new (NULL);

  stk_export_options_init (&options);
  dxf = stk_export_drawing_bytes (drawing, STK_EXPORT_DXF, &options, NULL);
  g_assert_nonnull (dxf);
  lines = g_strsplit (g_bytes_get_data (dxf, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i += 2)
    {
      g_autofree char *text = NULL, *plain = NULL;

      entities |= g_str_equal (g_strstrip (lines[i + 1]), "ENTITIES");
      if (!entities || g_ascii_strtoll (g_strstrip (lines[i]), NULL, 10) != 1)
        continue;
      text = dxf_unescape (lines[i + 1]);
      if (wrapped->len > 0 || (strstr (text, "⟦") != NULL && strstr (strstr (text, "⟦"), "⟧") == NULL))
        {
          g_string_append_printf (wrapped, "%s%s", wrapped->len > 0 ? " " : "", text);
          if (strstr (text, "⟧") == NULL)
            continue;
          g_free (text);
          text = g_string_free (g_steal_pointer (&wrapped), FALSE);
          wrapped = g_string_new (NULL);
        }
      plain = g_regex_replace_literal (dimension, text, -1, 0, "", 0, NULL);
      check_line (&w, plain);
    }
  g_assert_cmpuint (wrapped->len, ==, 0);
  g_assert_cmpuint (w.n_words, >, 15);
  assert_all_marked (&w);
}

int
main (int    argc,
      char **argv)
{
  stk_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/pseudo-locale/loaded", test_pseudo_loaded);
  g_test_add_func ("/stackup/pseudo-locale/window", test_window);
  g_test_add_func ("/stackup/pseudo-locale/cli", test_cli);
  g_test_add_func ("/stackup/pseudo-locale/drawing", test_drawing);
  return g_test_run ();
}
