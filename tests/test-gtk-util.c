/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-gtk-util.h"

#include "stk-application.h"
#include "stk-assembly-node.h"
#include "stk-project-io.h"

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
on_idle_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
test_present_until_painted (GtkWindow *window)
{
  gboolean painted = FALSE, settled = FALSE;
  gulong id;

  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  id = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                         G_CALLBACK (on_after_paint_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), id);
  /* Then whatever the first frame set going, up to the next idle. */
  g_idle_add_full (G_PRIORITY_LOW, on_idle_cb, &settled, NULL);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

typedef gboolean (*WidgetTest) (GtkWidget    *widget,
                                gconstpointer data);

/* The first widget under root (root included), depth first, that passes. */
static GtkWidget *
find_first (GtkWidget    *root,
            WidgetTest    test,
            gconstpointer data)
{
  if (test (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_first (c, test, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget    *widget,
            gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_named (GtkWidget    *widget,
          gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
is_expander_of (GtkWidget    *widget,
                gconstpointer row)
{
  return GTK_IS_TREE_EXPANDER (widget) && gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (widget)) == row;
}

GtkWidget *
test_find_type (GtkWidget *root,
                GType      type)
{
  return find_first (root, is_of_type, GSIZE_TO_POINTER (type));
}

GtkWidget *
test_find_named (GtkWidget  *root,
                 const char *name)
{
  return find_first (root, is_named, name);
}

StkWindow *
test_open_window (GtkApplication *app,
                  const char     *path)
{
  StkWindow *window = stk_window_new (app);

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_assert_true (stk_window_load_file (window, file));
    }
  test_present_until_painted (GTK_WINDOW (window));
  return window;
}

StkWindow *
test_open_example (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("STACKUP_EXAMPLES_DIR"), name, NULL);
  StkWindow *window = test_open_window (NULL, path);

  test_run_for (50);
  return window;
}

void
test_iterate (void)
{
  for (int i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

GtkWindow *
test_find_toplevel (const char *name)
{
  GListModel *tops = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);
      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (w)), name) == 0)
        return w;
    }
  return NULL;
}

GtkWindow *
test_find_file_chooser (void)
{
  GListModel *tops = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);
      if (GTK_IS_FILE_CHOOSER (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

char *
test_save_project (const char *dir,
                   const char *basename,
                   StkProject *project)
{
  char *path = g_build_filename (dir, basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (stk_project_save_file (project, file, &error));
  g_assert_no_error (error);
  return path;
}

GtkApplication *
test_register_app (void)
{
  GApplication *app = G_APPLICATION (stk_application_new ());
  g_autoptr(GError) error = NULL;

  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  return GTK_APPLICATION (app);
}

GtkSingleSelection *
test_tree_rows (StkWindow *window)
{
  GtkWidget *view = test_find_named (GTK_WIDGET (window), "assembly-tree");

  g_assert_true (GTK_IS_LIST_VIEW (view));
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
}

void
test_tree_select_row (StkWindow *window,
                      guint      position)
{
  GtkSingleSelection *rows = test_tree_rows (window);

  g_assert_cmpuint (position, <, g_list_model_get_n_items (G_LIST_MODEL (rows)));
  gtk_single_selection_set_selected (rows, position);
  test_run_for (50);
}

guint
test_tree_find_row (StkWindow  *window,
                    const char *id,
                    gboolean    is_mate)
{
  GListModel *rows = G_LIST_MODEL (test_tree_rows (window));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(StkAssemblyNode) node = gtk_tree_list_row_get_item (row);

      if (stk_assembly_node_is_mate (node) == is_mate && g_str_equal (stk_assembly_node_get_id (node), id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

GtkWidget *
test_tree_row_widget (StkWindow *window,
                      guint      position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (test_tree_rows (window)), position);

  g_assert_nonnull (row);
  return find_first (test_find_named (GTK_WIDGET (window), "assembly-tree"), is_expander_of, row);
}
