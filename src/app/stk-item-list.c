/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-item-list"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-item-list.h"

struct _StkItemList
{
  GObject          parent_instance;

  GtkListBox      *box;       /* weak: the window's template owns it */
  StkItemListKind  kind;
  StkProject      *project;
  StkUnits         units;
  char            *selected;  /* the id shown selected */
};

G_DEFINE_FINAL_TYPE (StkItemList, stk_item_list, G_TYPE_OBJECT)

enum {
  ITEM_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ID_KEY       "item-id"
#define TITLE_KEY    "item-title"
#define SUBTITLE_KEY "item-subtitle"

static GtkWidget *
new_row (const char *id)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *t = gtk_label_new (NULL);
  GtkWidget *s = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (t), 0);
  gtk_label_set_xalign (GTK_LABEL (s), 0);
  gtk_label_set_ellipsize (GTK_LABEL (t), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (s), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (s, "dim-label");
  gtk_widget_add_css_class (s, "caption");
  gtk_box_append (GTK_BOX (box), t);
  gtk_box_append (GTK_BOX (box), s);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (row), TITLE_KEY, t);
  g_object_set_data (G_OBJECT (row), SUBTITLE_KEY, s);
  return row;
}

static const char *
row_id (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), ID_KEY);
}

static void
set_label (GtkWidget  *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
}

static void
show_labels (GtkListBoxRow *row,
             const char    *title,
             const char    *subtitle)
{
  GtkWidget *t = g_object_get_data (G_OBJECT (row), TITLE_KEY);

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (t)), title) != 0)
    {
      gtk_label_set_text (GTK_LABEL (t), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
    }
  set_label (g_object_get_data (G_OBJECT (row), SUBTITLE_KEY), subtitle);
}

/* The items in the order the list shows them. */
static guint
n_items (StkItemList *self)
{
  return self->kind == STK_ITEM_LIST_BOARDS ? stk_project_get_boards (self->project)->len
                                            : stk_project_get_mates (self->project)->len;
}

static gpointer
item_at (StkItemList *self,
         guint        position)
{
  GPtrArray *boards = stk_project_get_boards (self->project);

  if (self->kind == STK_ITEM_LIST_BOARDS)
    return g_ptr_array_index (boards, boards->len - 1 - position);
  return g_ptr_array_index (stk_project_get_mates (self->project), position);
}

/* Boards and mates carry their id first. */
static const char *
item_id (gpointer item)
{
  return *(const char **) item;
}

static void
show_item (StkItemList   *self,
           GtkListBoxRow *row,
           gpointer       item)
{
  g_autofree char *sub = NULL;

  if (self->kind == STK_ITEM_LIST_BOARDS)
    {
      const StkBoard *b = item;
      g_autofree char *t = stk_format_length (stk_board_stack_thickness (b), self->units);

      sub = g_strdup_printf ("%s, %s", b->kind == STK_BOARD_FPC ? _("FPC") : _("rigid"), t);
      show_labels (row, b->name, sub);
    }
  else
    {
      const StkMate *m = item;
      g_autofree char *h = stk_format_length (m->mated_height_mm, self->units);
      StkBoard *s = stk_project_find_board (self->project, m->socket_board);
      StkBoard *hd = stk_project_find_board (self->project, m->header_board);

      /* Translators: "P4, 40 pins, 1.5 mm: Main board ↔ Daughter board" */
      sub = g_strdup_printf (_("%s, %u pins, %s: %s ↔ %s"), m->series, m->pins, h,
                             s ? s->name : "?", hd ? hd->name : "?");
      show_labels (row, stk_mate_get_label (m), sub);
    }
}

static void
show_selection (StkItemList *self)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->box);
  GtkListBoxRow *wanted = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->box)); w; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LIST_BOX_ROW (w) && g_strcmp0 (row_id (GTK_LIST_BOX_ROW (w)), self->selected) == 0)
      wanted = GTK_LIST_BOX_ROW (w);
  if (wanted == selected)
    return;
  if (wanted != NULL)
    gtk_list_box_select_row (self->box, wanted);
  else
    gtk_list_box_unselect_all (self->box);
}

/* Brings the rows in line with the items: rows of items gone go, rows of
 * items that stay are kept (moved where they now belong), new items get a
 * row. Labels are set only where they differ. */
static void
reconcile (StkItemList *self)
{
  g_autoptr(GHashTable) rows = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *w, *next;
  guint n = n_items (self);

  for (guint i = 0; i < n; i++)
    g_hash_table_add (ids, (gpointer) item_id (item_at (self, i)));
  for (w = gtk_widget_get_first_child (GTK_WIDGET (self->box)); w; w = next)
    {
      next = gtk_widget_get_next_sibling (w);
      if (!GTK_IS_LIST_BOX_ROW (w))
        continue;
      if (g_hash_table_contains (ids, row_id (GTK_LIST_BOX_ROW (w))))
        g_hash_table_insert (rows, (gpointer) row_id (GTK_LIST_BOX_ROW (w)), w);
      else
        gtk_list_box_remove (self->box, w);
    }
  for (guint i = 0; i < n; i++)
    {
      gpointer item = item_at (self, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->box, (int) i);
      GtkWidget *found = g_hash_table_lookup (rows, item_id (item));

      if (found == NULL)
        {
          row = GTK_LIST_BOX_ROW (new_row (item_id (item)));
          gtk_list_box_insert (self->box, GTK_WIDGET (row), (int) i);
        }
      else if (row != GTK_LIST_BOX_ROW (found))
        {
          row = GTK_LIST_BOX_ROW (g_object_ref (found));
          gtk_list_box_remove (self->box, found);
          gtk_list_box_insert (self->box, GTK_WIDGET (row), (int) i);
          g_object_unref (row);
        }
      show_item (self, row, item);
    }
  show_selection (self);
}

/* One item's labels, when the change names one that has a row. */
static gboolean
show_one (StkItemList *self,
          const char  *id)
{
  int index = self->kind == STK_ITEM_LIST_BOARDS ? stk_project_board_index (self->project, id)
                                                 : stk_project_mate_index (self->project, id);
  GtkListBoxRow *row;
  guint position;

  if (index < 0)
    return FALSE;
  position = self->kind == STK_ITEM_LIST_BOARDS ? n_items (self) - 1 - (guint) index : (guint) index;
  row = gtk_list_box_get_row_at_index (self->box, (int) position);
  if (row == NULL || g_strcmp0 (row_id (row), id) != 0)
    return FALSE;
  show_item (self, row, item_at (self, position));
  return TRUE;
}

/* Mate rows name their boards: a board's new name shows there too. */
static void
show_all_labels (StkItemList *self)
{
  for (guint i = 0; i < n_items (self); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->box, (int) i);

      if (row != NULL)
        show_item (self, row, item_at (self, i));
    }
}

static void
on_project_changed_cb (StkProject  *project,
                       StkItemList *self)
{
  const StkProjectChange *change = stk_project_get_change (project);
  StkChangeKind own = self->kind == STK_ITEM_LIST_BOARDS ? STK_CHANGE_BOARDS : STK_CHANGE_MATES;

  if (self->box == NULL)
    return;
  if (change->kind == own && change->field != NULL && change->id != NULL && show_one (self, change->id))
    return;
  if (change->kind == own || change->kind == STK_CHANGE_ALL)
    reconcile (self);
  else if (self->kind == STK_ITEM_LIST_MATES && change->kind == STK_CHANGE_BOARDS
           && (change->field == NULL || g_str_equal (change->field, "name")))
    show_all_labels (self);
}

static void
on_row_selected_cb (GtkListBox    *box,
                    GtkListBoxRow *row,
                    StkItemList   *self)
{
  /* Rows selected to show the selection are no choice of the user's. */
  if (row == NULL || g_strcmp0 (row_id (row), self->selected) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (row_id (row));
  g_signal_emit (self, signals[ITEM_SELECTED], 0, self->selected);
}

static void
stk_item_list_dispose (GObject *object)
{
  StkItemList *self = STK_ITEM_LIST (object);

  if (self->box != NULL)
    g_signal_handlers_disconnect_by_data (self->box, self);
  g_clear_weak_pointer (&self->box);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (stk_item_list_parent_class)->dispose (object);
}

static void
stk_item_list_finalize (GObject *object)
{
  StkItemList *self = STK_ITEM_LIST (object);

  g_free (self->selected);

  G_OBJECT_CLASS (stk_item_list_parent_class)->finalize (object);
}

static void
stk_item_list_class_init (StkItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stk_item_list_dispose;
  object_class->finalize = stk_item_list_finalize;

  signals[ITEM_SELECTED] = g_signal_new ("item-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
stk_item_list_init (StkItemList *self)
{
}

StkItemList *
stk_item_list_new (GtkListBox      *box,
                   StkItemListKind  kind)
{
  StkItemList *self = g_object_new (STK_TYPE_ITEM_LIST, NULL);

  g_return_val_if_fail (GTK_IS_LIST_BOX (box), self);
  g_set_weak_pointer (&self->box, box);
  self->kind = kind;
  g_signal_connect (box, "row-selected", G_CALLBACK (on_row_selected_cb), self);
  return self;
}

void
stk_item_list_set_project (StkItemList *self,
                           StkProject  *project)
{
  g_return_if_fail (STK_IS_ITEM_LIST (self));

  if (self->project == project)
    return;
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect (project, "changed", G_CALLBACK (on_project_changed_cb), self);
  if (project != NULL && self->box != NULL)
    reconcile (self);
}

void
stk_item_list_set_units (StkItemList *self,
                         StkUnits     units)
{
  g_return_if_fail (STK_IS_ITEM_LIST (self));

  if (self->units == units)
    return;
  self->units = units;
  if (self->project != NULL && self->box != NULL)
    show_all_labels (self);
}

void
stk_item_list_select (StkItemList *self,
                      const char  *id)
{
  g_return_if_fail (STK_IS_ITEM_LIST (self));

  g_free (self->selected);
  self->selected = g_strdup (id);
  if (self->project != NULL && self->box != NULL)
    show_selection (self);
}
