/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-assembly-tree"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-assembly-node.h"
#include "stk-assembly-tree.h"
#include "stk-connector-dialog.h"
#include "stk-placement.h"
#include "stk-widget-util.h"

struct _StkAssemblyTree
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkListView        *list_view;
  GtkButton          *remove_button;
  GtkWidget          *up_button;
  GtkWidget          *down_button;

  StkProject         *project;
  StkCatalog         *catalog;
  StkUnits            units;
  GListStore         *roots;
  GtkSingleSelection *selection;
  /* "b:ID" or "m:ID" → StkAssemblyNode: one node per board and mate for
   * as long as it exists, whatever row it moves to. */
  GHashTable         *nodes;
  char               *selected_key;
};

G_DEFINE_FINAL_TYPE (StkAssemblyTree, stk_assembly_tree, GTK_TYPE_WIDGET)

enum {
  SELECT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
node_key (const char *id,
          gboolean    is_mate)
{
  return g_strconcat (is_mate ? "m:" : "b:", id, NULL);
}

static StkAssemblyNode *
ensure_node (StkAssemblyTree *self,
             GHashTable      *used,
             const char      *id,
             gboolean         is_mate)
{
  char *key = node_key (id, is_mate);
  StkAssemblyNode *node = g_hash_table_lookup (self->nodes, key);

  if (node == NULL)
    {
      node = stk_assembly_node_new (id, is_mate);
      g_hash_table_insert (self->nodes, g_strdup (key), node);
    }
  g_hash_table_add (used, key);
  return node;
}

enum {
  BOARD_UNJOINED,
  BOARD_PLACED,
  BOARD_BASE,
};

/* place: BOARD_BASE, _PLACED or _UNJOINED, kept in the node. */
static void
describe_board (StkAssemblyTree *self,
                StkAssemblyNode *node,
                const StkBoard  *board,
                int              place)
{
  g_autofree char *t = stk_format_length (stk_board_stack_thickness (board), self->units);
  g_autofree char *detail = NULL;

  if (place == BOARD_BASE)
    /* Translators: the board the assembly is placed from, then its thickness */
    detail = g_strdup_printf (_("base board, %s thick"), t);
  else if (place == BOARD_UNJOINED)
    detail = g_strdup_printf (_("%s thick, not joined to the base board"), t);
  else
    detail = g_strdup_printf (_("%s thick"), t);
  stk_assembly_node_set_place (node, place);
  stk_assembly_node_set_text (node, board->kind == STK_BOARD_FPC ? _("FPC") : _("Board"), board->name, detail);
}

static void
describe_mate (StkAssemblyTree *self,
               StkAssemblyNode *node,
               const StkMate   *mate,
               StkMateStatus    status)
{
  g_autofree char *h = stk_format_length (mate->mated_height_mm, self->units);
  const char *problem = stk_mate_status_describe (status);
  g_autofree char *detail = NULL;

  /* Translators: series, pin count and mated height of a connector pair: "P4, 40 pins, mated 1.5 mm" */
  detail = g_strdup_printf (ngettext ("%s, %u pin, mated %s", "%s, %u pins, mated %s", mate->pins),
                            mate->series, mate->pins, h);
  if (problem != NULL)
    {
      char *with = g_strdup_printf ("%s: %s", detail, problem);
      g_free (detail);
      detail = with;
    }
  stk_assembly_node_set_place (node, status);
  stk_assembly_node_set_text (node, _("Connector"), stk_mate_get_label (mate), detail);
}

/* Makes store hold want, in order, touching only the run that differs, so
 * rows before and after it keep their widgets and expansion. */
static void
reconcile (GListStore *store,
           GPtrArray  *want)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint head = 0, tail = 0;

  while (head < n && head < want->len)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), head);
      if (item != g_ptr_array_index (want, head))
        break;
      head++;
    }
  while (tail < n - head && tail < want->len - head)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), n - 1 - tail);
      if (item != g_ptr_array_index (want, want->len - 1 - tail))
        break;
      tail++;
    }
  if (head + tail == n && n == want->len)
    return;
  g_list_store_splice (store, head, n - head - tail, want->pdata + head, want->len - head - tail);
}

/* The tree wanted: the children of each board and mate, as node arrays,
 * and the rows at the top. */
typedef struct {
  StkPlacement *pl;
  GPtrArray   **board_children;  /* per board index */
  int          *mate_child;      /* per mate: the board it places, or -1 */
  GPtrArray    *roots;
} Shape;

static void
shape_build (StkAssemblyTree *self,
             GHashTable      *used,
             Shape           *s)
{
  StkPlacement *pl = s->pl;

  s->board_children = g_new0 (GPtrArray *, MAX (pl->n_boards, 1));
  s->mate_child = g_new (int, MAX (pl->n_mates, 1));
  s->roots = g_ptr_array_new ();
  for (guint k = 0; k < pl->n_mates; k++)
    s->mate_child[k] = -1;
  for (guint i = 0; i < pl->n_boards; i++)
    {
      s->board_children[i] = g_ptr_array_new ();
      if (pl->boards[i].via_mate >= 0)
        s->mate_child[pl->boards[i].via_mate] = (int) i;
      describe_board (self, ensure_node (self, used, pl->boards[i].board->id, FALSE), pl->boards[i].board,
                      i == 0 ? BOARD_BASE : pl->boards[i].placed ? BOARD_PLACED : BOARD_UNJOINED);
    }
  /* Roots: the base board, then every board not joined to it. */
  for (guint i = 0; i < pl->n_boards; i++)
    if (i == 0 || !pl->boards[i].placed)
      g_ptr_array_add (s->roots, ensure_node (self, used, pl->boards[i].board->id, FALSE));
  for (guint k = 0; k < pl->n_mates; k++)
    {
      const StkMate *m = pl->mates[k].mate;
      StkAssemblyNode *node = ensure_node (self, used, m->id, TRUE);
      int owner;

      describe_mate (self, node, m, pl->mates[k].status);
      /* Under the board it hangs from; one that places nothing under its
       * socket board (else its header board). */
      if (s->mate_child[k] >= 0)
        owner = pl->boards[s->mate_child[k]].parent;
      else
        owner = stk_project_board_index (self->project, m->socket_board);
      if (owner < 0)
        owner = stk_project_board_index (self->project, m->header_board);
      g_ptr_array_add (owner >= 0 ? s->board_children[owner] : s->roots, node);
    }
}

static void
shape_clear (Shape *s)
{
  for (guint i = 0; i < s->pl->n_boards; i++)
    g_ptr_array_unref (s->board_children[i]);
  g_free (s->board_children);
  g_free (s->mate_child);
  g_ptr_array_unref (s->roots);
  stk_placement_free (s->pl);
}

static void sync_node (StkAssemblyTree *self,
                       Shape           *s,
                       StkAssemblyNode *node);

/* Brings a store to want, after each child's own subtree: a row whose
 * children went from none to some (or back) is put in again, as the tree
 * asks whether a row can expand only when it makes it. */
static void
sync_store (StkAssemblyTree *self,
            Shape           *s,
            GListStore      *store,
            GPtrArray       *want)
{
  g_autoptr(GPtrArray) flipped = g_ptr_array_new ();

  for (guint i = 0; i < want->len; i++)
    {
      StkAssemblyNode *child = g_ptr_array_index (want, i);
      GListModel *grand = G_LIST_MODEL (stk_assembly_node_get_children (child));
      gboolean was_empty = g_list_model_get_n_items (grand) == 0;

      sync_node (self, s, child);
      if (was_empty != (g_list_model_get_n_items (grand) == 0))
        g_ptr_array_add (flipped, child);
    }
  reconcile (store, want);
  for (guint i = 0; i < flipped->len; i++)
    {
      guint pos;

      if (g_list_store_find (store, g_ptr_array_index (flipped, i), &pos))
        g_list_store_splice (store, pos, 1, &flipped->pdata[i], 1);
    }
}

static void
sync_node (StkAssemblyTree *self,
           Shape           *s,
           StkAssemblyNode *node)
{
  g_autoptr(GPtrArray) want = g_ptr_array_new ();
  const char *id = stk_assembly_node_get_id (node);

  if (stk_assembly_node_is_mate (node))
    {
      int k = stk_project_mate_index (self->project, id);

      if (k >= 0 && s->mate_child[k] >= 0)
        {
          g_autofree char *key = node_key (s->pl->boards[s->mate_child[k]].board->id, FALSE);
          g_ptr_array_add (want, g_hash_table_lookup (self->nodes, key));
        }
    }
  else
    {
      int b = stk_project_board_index (self->project, id);

      if (b >= 0)
        g_ptr_array_extend (want, s->board_children[b], NULL, NULL);
    }
  sync_store (self, s, stk_assembly_node_get_children (node), want);
}

static guint
find_row (StkAssemblyTree *self,
          const char      *key)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; key != NULL && i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      StkAssemblyNode *node = gtk_tree_list_row_get_item (row);
      g_autofree char *k = node_key (stk_assembly_node_get_id (node), stk_assembly_node_is_mate (node));

      g_object_unref (node);
      if (g_str_equal (k, key))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The buttons act on what is selected: a board or a connector. */
static void
update_buttons (StkAssemblyTree *self)
{
  gboolean mate = self->selected_key != NULL && g_str_has_prefix (self->selected_key, "m:");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), mate ? "win.remove-mate" : "win.remove-board");
  /* Only connectors reorder (among their board's); the buttons stay in
   * place so the others do not jump. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->up_button), mate ? "win.move-mate-up" : NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->down_button), mate ? "win.move-mate-down" : NULL);
  if (!mate)
    {
      gtk_widget_set_sensitive (self->up_button, FALSE);
      gtk_widget_set_sensitive (self->down_button, FALSE);
    }
}

static void
show_selected (StkAssemblyTree *self)
{
  gtk_single_selection_set_selected (self->selection, find_row (self, self->selected_key));
  update_buttons (self);
}

/* Brings the selected row into view, after a choice made elsewhere (the
 * window, a new connector); not after an edit, which leaves the view where
 * the user scrolled it. */
static void
reveal_selected (StkAssemblyTree *self)
{
  guint pos = gtk_single_selection_get_selected (self->selection);

  if (pos != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", pos);
}

static void
sync_tree (StkAssemblyTree *self)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Shape s = { .pl = stk_placement_new (self->project, self->catalog) };
  GHashTableIter iter;
  gpointer key;

  shape_build (self, used, &s);
  sync_store (self, &s, self->roots, s.roots);
  shape_clear (&s);
  /* Nodes of boards and mates that are gone. */
  g_hash_table_iter_init (&iter, self->nodes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (used, key))
      g_hash_table_iter_remove (&iter);
  show_selected (self);
}

/* One member of one board or connector edited, which cannot move a row:
 * that row is described again, as the placement last said it stands. A
 * keystroke in a chain of 2000 boards then costs one row, not placing the
 * assembly and walking 4000 rows. FALSE: the whole tree must be synced. */
static gboolean
redescribe_one (StkAssemblyTree        *self,
                const StkProjectChange *change)
{
  g_autofree char *key = NULL;
  StkAssemblyNode *node;

  if (!stk_project_change_keeps_joins (change))
    return FALSE;
  if (change->kind == STK_CHANGE_BOARDS)
    {
      const StkBoard *board = stk_project_find_board (self->project, change->id);

      key = node_key (change->id, FALSE);
      node = g_hash_table_lookup (self->nodes, key);
      if (board == NULL || node == NULL)
        return FALSE;
      describe_board (self, node, board, stk_assembly_node_get_place (node));
      return TRUE;
    }
  {
    const StkMate *mate = stk_project_find_mate (self->project, change->id);

    key = node_key (change->id, TRUE);
    node = g_hash_table_lookup (self->nodes, key);
    if (mate == NULL || node == NULL)
      return FALSE;
    describe_mate (self, node, mate, stk_assembly_node_get_place (node));
    return TRUE;
  }
}

static void
on_project_changed_cb (StkProject      *project,
                       StkAssemblyTree *self)
{
  const StkProjectChange *change = stk_project_get_change (project);

  /* Only boards and mates show in the tree: not the title, the
   * requirements, the section cuts or the tolerance settings. */
  if (change->kind != STK_CHANGE_ALL && change->kind != STK_CHANGE_BOARDS && change->kind != STK_CHANGE_MATES)
    return;
  if (redescribe_one (self, change))
    return;
  sync_tree (self);
}

static void
on_selected_cb (StkAssemblyTree *self)
{
  g_autoptr(GtkTreeListRow) row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(StkAssemblyNode) node = NULL;
  g_autofree char *key = NULL;
  const char *id;

  /* Nothing: a row that went with an edit; the window decides what next. */
  if (row == NULL)
    return;
  g_object_ref (row);
  node = gtk_tree_list_row_get_item (row);
  key = node_key (stk_assembly_node_get_id (node), stk_assembly_node_is_mate (node));
  if (g_strcmp0 (key, self->selected_key) == 0)
    return;
  g_free (self->selected_key);
  self->selected_key = g_steal_pointer (&key);
  update_buttons (self);
  id = stk_assembly_node_get_id (node);
  g_signal_emit (self, signals[SELECT], 0, stk_assembly_node_is_mate (node) ? NULL : id,
                 stk_assembly_node_is_mate (node) ? id : NULL);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListStore *children = stk_assembly_node_get_children (STK_ASSEMBLY_NODE (item));

  if (g_list_model_get_n_items (G_LIST_MODEL (children)) == 0)
    return NULL;
  return G_LIST_MODEL (g_object_ref (children));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *kind = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_width_chars (GTK_LABEL (kind), 9);
  gtk_widget_set_valign (kind, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (kind, "caption-heading");
  gtk_widget_add_css_class (kind, "dim-label");
  for (GtkWidget **l = (GtkWidget *[]) { title, detail, NULL }; *l; l++)
    {
      gtk_label_set_xalign (GTK_LABEL (*l), 0);
      gtk_label_set_ellipsize (GTK_LABEL (*l), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (text), *l);
    }
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_box_append (GTK_BOX (box), text);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  /* A screen reader names the row by its board or connector: the title's
   * own text, so a rename reaches it as it reaches the eye. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  g_object_set_data (G_OBJECT (item), "kind", kind);
  g_object_set_data (G_OBJECT (item), "title", title);
  g_object_set_data (G_OBJECT (item), "detail", detail);
  gtk_list_item_set_child (item, expander);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  g_autoptr(StkAssemblyNode) node = gtk_tree_list_row_get_item (row);
  GPtrArray *bindings = g_ptr_array_new ();

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  for (const char **p = (const char *[]) { "kind", "title", "detail", NULL }; *p; p++)
    g_ptr_array_add (bindings, g_object_bind_property (node, *p, g_object_get_data (G_OBJECT (item), *p), "label",
                                                       G_BINDING_SYNC_CREATE));
  /* A connector's problem may not fit the sidebar: the whole line on hover. */
  g_ptr_array_add (bindings, g_object_bind_property (node, "detail", g_object_get_data (G_OBJECT (item), "detail"),
                                                     "tooltip-text", G_BINDING_SYNC_CREATE));
  g_object_set_data_full (G_OBJECT (item), "bindings", bindings, (GDestroyNotify) g_ptr_array_unref);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GPtrArray *bindings = g_object_get_data (G_OBJECT (item), "bindings");

  for (guint i = 0; bindings != NULL && i < bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (bindings, i));
  g_object_set_data (G_OBJECT (item), "bindings", NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

/* The board a new connector goes on: the selected one, or the one the
 * selected connector hangs from (its row's parent), else the base board. */
static char *
carrier_id (StkAssemblyTree *self)
{
  g_autoptr(GtkTreeListRow) row = gtk_single_selection_get_selected_item (self->selection);
  GPtrArray *boards = stk_project_get_boards (self->project);

  if (row != NULL)
    {
      g_autoptr(GtkTreeListRow) parent = NULL;
      g_autoptr(StkAssemblyNode) node = NULL;

      g_object_ref (row);
      node = gtk_tree_list_row_get_item (row);
      if (!stk_assembly_node_is_mate (node))
        return g_strdup (stk_assembly_node_get_id (node));
      parent = gtk_tree_list_row_get_parent (row);
      if (parent != NULL)
        {
          g_autoptr(StkAssemblyNode) board = gtk_tree_list_row_get_item (parent);
          return g_strdup (stk_assembly_node_get_id (board));
        }
    }
  return boards->len > 0 ? g_strdup (((StkBoard *) g_ptr_array_index (boards, 0))->id) : NULL;
}

static void
on_connector_added_cb (StkAssemblyTree *self,
                       const char      *mate_id)
{
  g_free (self->selected_key);
  self->selected_key = node_key (mate_id, TRUE);
  show_selected (self);
  reveal_selected (self);
  g_signal_emit (self, signals[SELECT], 0, NULL, mate_id);
}

static void
add_connector_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StkAssemblyTree *self = STK_ASSEMBLY_TREE (widget);
  g_autofree char *carrier = carrier_id (self);
  GtkWidget *dialog;

  if (carrier == NULL)
    return;
  dialog = stk_connector_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->project, self->catalog, carrier);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_connector_added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stk_assembly_tree_dispose (GObject *object)
{
  StkAssemblyTree *self = STK_ASSEMBLY_TREE (object);

  stk_follow_project (&self->project, NULL, NULL, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_ASSEMBLY_TREE);
  g_clear_object (&self->selection);
  g_clear_object (&self->roots);
  g_clear_pointer (&self->nodes, g_hash_table_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (stk_assembly_tree_parent_class)->dispose (object);
}

static void
stk_assembly_tree_finalize (GObject *object)
{
  g_free (STK_ASSEMBLY_TREE (object)->selected_key);

  G_OBJECT_CLASS (stk_assembly_tree_parent_class)->finalize (object);
}

static void
stk_assembly_tree_class_init (StkAssemblyTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_assembly_tree_dispose;
  object_class->finalize = stk_assembly_tree_finalize;

  /**
   * StkAssemblyTree::select:
   * @board_id: (nullable): the board chosen
   * @mate_id: (nullable): … or the connector
   */
  signals[SELECT] = g_signal_new ("select", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-assembly-tree.ui");
  gtk_widget_class_bind_template_child (widget_class, StkAssemblyTree, box);
  gtk_widget_class_bind_template_child (widget_class, StkAssemblyTree, list_view);
  gtk_widget_class_bind_template_child (widget_class, StkAssemblyTree, remove_button);
  gtk_widget_class_bind_template_child (widget_class, StkAssemblyTree, up_button);
  gtk_widget_class_bind_template_child (widget_class, StkAssemblyTree, down_button);
  gtk_widget_class_install_action (widget_class, "assembly.add-connector", NULL, add_connector_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-assembly-tree");
}

static void
stk_assembly_tree_init (StkAssemblyTree *self)
{
  GtkTreeListModel *tree;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->roots = g_list_store_new (STK_TYPE_ASSEMBLY_NODE);
  /* Open all the way down: a new row shows what it carries. */
  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->roots)), FALSE, TRUE,
                                  create_children_cb, NULL, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assembly.add-connector", FALSE);
  update_buttons (self);
}

GtkWidget *
stk_assembly_tree_new (void)
{
  return g_object_new (STK_TYPE_ASSEMBLY_TREE, NULL);
}

void
stk_assembly_tree_set_project (StkAssemblyTree *self,
                               StkProject      *project,
                               StkCatalog      *catalog)
{
  g_return_if_fail (STK_IS_ASSEMBLY_TREE (self));

  stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self);
  g_set_object (&self->catalog, catalog);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assembly.add-connector", TRUE);
  sync_tree (self);
}

void
stk_assembly_tree_set_units (StkAssemblyTree *self,
                             StkUnits         units)
{
  g_return_if_fail (STK_IS_ASSEMBLY_TREE (self));
  if (self->units == units)
    return;
  self->units = units;
  if (self->project != NULL)
    sync_tree (self);
}

void
stk_assembly_tree_select (StkAssemblyTree *self,
                          const char      *board_id,
                          const char      *mate_id)
{
  g_return_if_fail (STK_IS_ASSEMBLY_TREE (self));

  {
    g_autofree char *key = mate_id != NULL ? node_key (mate_id, TRUE)
                           : board_id != NULL ? node_key (board_id, FALSE) : NULL;

    /* Already selected (the echo of the tree's own click): only brought
     * into view, without looking for its row again. */
    if (g_strcmp0 (key, self->selected_key) == 0)
      {
        reveal_selected (self);
        return;
      }
    g_free (self->selected_key);
    self->selected_key = g_steal_pointer (&key);
  }
  show_selected (self);
  reveal_selected (self);
}
