/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-help-window"

#include "stk-config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "stk-help-page.h"
#include "stk-help-window.h"

/* The guide without GNOME's help viewer: the pages stk-help-page reads,
 * shown as labels and pictures, with the index's links as buttons. */

struct _StkHelpWindow
{
  GtkWindow   parent_instance;

  /* the template's */
  GtkListBox *list;
  GtkBox     *content;
  GtkScrolledWindow *scroller;

  GPtrArray  *pages;   /* StkHelpPage, index first */
  const StkHelpPage *shown;
  gboolean    syncing;
};

G_DEFINE_FINAL_TYPE (StkHelpWindow, stk_help_window, GTK_TYPE_WINDOW)

/* ---- showing a page ----------------------------------------------------- */

static const StkHelpPage *
find_page (StkHelpWindow *self,
           const char    *id)
{
  for (guint i = 0; i < self->pages->len; i++)
    {
      const StkHelpPage *p = g_ptr_array_index (self->pages, i);
      if (g_str_equal (p->id, id))
        return p;
    }
  return NULL;
}

/* The text with each empty link replaced by its page's title. */
static char *
resolve_links (StkHelpWindow *self,
               const char    *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      const char *end = *p == STK_HELP_XREF_OPEN ? strchr (p, STK_HELP_XREF_CLOSE) : NULL;

      if (end == NULL)
        {
          g_string_append_c (s, *p);
          continue;
        }
      {
        g_autofree char *id = g_strndup (p + 1, (gsize) (end - p - 1));
        const StkHelpPage *target = find_page (self, id);

        g_string_append_printf (s, "“%s”", target ? target->title : id);
        p = end;
      }
    }
  return g_string_free (s, FALSE);
}

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
on_link_clicked_cb (GtkButton     *button,
                    StkHelpWindow *self)
{
  stk_help_window_show_page (self, g_object_get_data (G_OBJECT (button), "page-id"));
}

/* On the index: a button for each page its section lists. */
static void
add_section_links (StkHelpWindow *self,
                   const char    *section)
{
  g_autofree char *guide = g_strconcat ("index#", section, NULL);

  for (guint i = 0; i < self->pages->len; i++)
    {
      const StkHelpPage *p = g_ptr_array_index (self->pages, i);
      GtkWidget *button, *box;

      if (g_strcmp0 (p->guide, guide) != 0)
        continue;
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_box_append (GTK_BOX (box), text_label (p->title, "heading"));
      if (p->desc != NULL)
        gtk_box_append (GTK_BOX (box), text_label (p->desc, "dim-label"));
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "page-id", g_strdup (p->id), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_link_clicked_cb), self);
      gtk_box_append (self->content, button);
    }
}

static GtkWidget *
block_widget (StkHelpWindow *self,
              const StkHelpBlock   *b)
{
  g_autofree char *text = b->kind == BLOCK_FIGURE ? NULL : resolve_links (self, b->text);
  g_autofree char *numbered = NULL;
  GtkWidget *w;

  switch (b->kind)
    {
    case BLOCK_TITLE:
      return text_label (text, "title-1");
    case BLOCK_HEADING:
      return text_label (text, "title-3");
    case BLOCK_CAPTION:
    case BLOCK_NOTE:
      return text_label (text, "dim-label");
    case BLOCK_CODE:
      w = text_label (text, "monospace");
      gtk_label_set_wrap (GTK_LABEL (w), FALSE);
      return w;
    case BLOCK_ITEM:
    case BLOCK_STEP:
      numbered = b->kind == BLOCK_STEP ? g_strdup_printf ("%u.  %s", b->number, text)
                                       : g_strdup_printf ("•  %s", text);
      w = text_label (numbered, NULL);
      gtk_widget_set_margin_start (w, 12);
      return w;
    case BLOCK_FIGURE:
      w = gtk_picture_new_for_filename (b->text);
      gtk_picture_set_can_shrink (GTK_PICTURE (w), TRUE);
      gtk_picture_set_content_fit (GTK_PICTURE (w), GTK_CONTENT_FIT_SCALE_DOWN);
      gtk_widget_set_size_request (w, -1, 320);
      gtk_widget_set_halign (w, GTK_ALIGN_START);
      return w;
    case BLOCK_PARA:
    default:
      return text_label (text, NULL);
    }
}

static void
render (StkHelpWindow *self,
        const StkHelpPage    *page)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  for (guint i = 0; i < page->blocks->len; i++)
    {
      const StkHelpBlock *b = g_ptr_array_index (page->blocks, i);

      gtk_box_append (self->content, block_widget (self, b));
      if (b->kind == BLOCK_HEADING && b->section != NULL && g_str_equal (page->id, "index"))
        add_section_links (self, b->section);
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
on_row_selected_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    StkHelpWindow *self)
{
  if (row != NULL && !self->syncing)
    stk_help_window_show_page (self, g_object_get_data (G_OBJECT (row), "page-id"));
}

/* The sidebar's rows, one per page. */
static void
add_pages (StkHelpWindow *self,
           const char    *folder)
{
  self->pages = stk_help_read_pages (folder);
  for (guint i = 0; i < self->pages->len; i++)
    {
      const StkHelpPage *p = g_ptr_array_index (self->pages, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (p->title);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "page-id", g_strdup (p->id), g_free);
      gtk_list_box_append (self->list, row);
    }
}

static void
stk_help_window_dispose (GObject *object)
{
  StkHelpWindow *self = STK_HELP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_HELP_WINDOW);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->shown = NULL;
  G_OBJECT_CLASS (stk_help_window_parent_class)->dispose (object);
}

static void
stk_help_window_class_init (StkHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = stk_help_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StkHelpWindow, list);
  gtk_widget_class_bind_template_child (widget_class, StkHelpWindow, content);
  gtk_widget_class_bind_template_child (widget_class, StkHelpWindow, scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
}

static void
stk_help_window_init (StkHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

StkHelpWindow *
stk_help_window_new (GtkWindow  *parent,
                     const char *folder)
{
  StkHelpWindow *self = g_object_new (STK_TYPE_HELP_WINDOW, NULL);
  const StkHelpPage *index;

  g_return_val_if_fail (folder != NULL, NULL);

  add_pages (self, folder);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  index = find_page (self, "index");
  if (index != NULL)
    gtk_window_set_title (GTK_WINDOW (self), index->title);
  if (self->pages->len > 0)
    stk_help_window_show_page (self, ((StkHelpPage *) g_ptr_array_index (self->pages, 0))->id);
  return self;
}

gboolean
stk_help_window_show_page (StkHelpWindow *self,
                           const char    *page_id)
{
  const StkHelpPage *page;
  GtkListBoxRow *row;

  g_return_val_if_fail (STK_IS_HELP_WINDOW (self), FALSE);

  page = find_page (self, page_id);
  if (page == NULL)
    return FALSE;
  self->shown = page;
  render (self, page);
  self->syncing = TRUE;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_str_equal (g_object_get_data (G_OBJECT (row), "page-id"), page_id))
      gtk_list_box_select_row (self->list, row);
  self->syncing = FALSE;
  return TRUE;
}

const char *
stk_help_window_get_page (StkHelpWindow *self)
{
  g_return_val_if_fail (STK_IS_HELP_WINDOW (self), NULL);
  return self->shown ? self->shown->id : NULL;
}

/* ---- finding and opening the guide -------------------------------------- */

/* base/LANG/stackup (installed) or base/LANG (the source tree's help/),
 * in the user's languages, then C. */
static char *
folder_in (const char *base,
           gboolean    installed)
{
  const char *const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *folder = installed ? g_build_filename (base, "help", languages[i], "stackup", NULL)
                                          : g_build_filename (base, languages[i], NULL);
      g_autofree char *index = g_build_filename (folder, "index.page", NULL);

      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&folder);
    }
  return NULL;
}

char *
stk_help_find_folder (void)
{
  const char *uninstalled = g_getenv ("STACKUP_HELP_DIR");
  const char *const *dirs = g_get_system_data_dirs ();
  char *folder;

  if (uninstalled != NULL)
    return folder_in (uninstalled, FALSE);
  if ((folder = folder_in (g_get_user_data_dir (), TRUE)) != NULL)
    return folder;
  for (guint i = 0; dirs[i] != NULL; i++)
    if ((folder = folder_in (dirs[i], TRUE)) != NULL)
      return folder;
  return NULL;
}

static void
show_here (GtkWindow *parent)
{
  g_autofree char *folder = stk_help_find_folder ();
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *dialog;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (STK_IS_HELP_WINDOW (w))
        {
          gtk_window_present (w);
          return;
        }
    }
  if (folder != NULL)
    {
      gtk_window_present (GTK_WINDOW (stk_help_window_new (parent, folder)));
      return;
    }
  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                   _("The user guide is not installed"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Reinstall Stackup with its help pages, or read the "
                                              "stackup-cli manual page."));
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_help_shown_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    return;
  g_debug ("help:stackup: %s", error->message);
  show_here (GTK_WINDOW (source));
}

/* GNOME's help viewer where it can open help:stackup: a handler for the
 * scheme is installed, or the sandbox's portal asks the host. An
 * uninstalled run has no installed pages for it to find. */
static gboolean
help_viewer_available (void)
{
  g_autoptr(GAppInfo) handler = NULL;

  if (g_getenv ("STACKUP_HELP_DIR") != NULL)
    return FALSE;
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return TRUE;
  handler = g_app_info_get_default_for_uri_scheme ("help");
  return handler != NULL;
}

void
stk_help_show (GtkWindow *parent)
{
  if (parent != NULL && help_viewer_available ())
    gtk_show_uri_full (parent, "help:stackup", GDK_CURRENT_TIME, NULL, on_help_shown_cb, NULL);
  else
    show_here (parent);
}
