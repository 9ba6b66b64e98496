/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-connector-dialog"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-connector-dialog.h"
#include "stk-placement.h"
#include "stk-project-assembly.h"
#include "stk-settings.h"

struct _StkConnectorDialog
{
  GtkWindow       parent_instance;

  GtkLabel       *intro;
  GtkCheckButton *new_choice;
  GtkWidget      *new_grid;
  GtkDropDown    *kind;
  GtkEntry       *name;
  GtkDropDown    *existing;
  GtkLabel       *existing_note;
  GtkButton      *add_button;

  StkProject     *project;
  StkCatalog     *catalog;
  char           *carrier_id;
  GPtrArray      *joinable;      /* board ids, one per row of existing */
  char           *default_name;  /* the name offered, while the user keeps it */
};

G_DEFINE_FINAL_TYPE (StkConnectorDialog, stk_connector_dialog, GTK_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_fpc (StkConnectorDialog *self)
{
  return gtk_drop_down_get_selected (self->kind) == 1;
}

/* "Board 4" or "FPC 4": the name follows the kind until the user types one. */
static void
offer_name (StkConnectorDialog *self)
{
  guint n = stk_project_get_boards (self->project)->len + 1;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name));

  if (self->default_name != NULL && !g_str_equal (text, self->default_name))
    return;
  g_free (self->default_name);
  self->default_name = is_fpc (self) ? g_strdup_printf (_("FPC %u"), n) : g_strdup_printf (_("Board %u"), n);
  gtk_editable_set_text (GTK_EDITABLE (self->name), self->default_name);
}

static void
update_sensitivity (StkConnectorDialog *self)
{
  gboolean fresh = gtk_check_button_get_active (self->new_choice);

  gtk_widget_set_sensitive (self->new_grid, fresh);
  gtk_widget_set_sensitive (GTK_WIDGET (self->existing), !fresh && self->joinable->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), fresh || self->joinable->len > 0);
}

/* The boards a connector from the carrier may join. */
static void
fill_joinable (StkConnectorDialog *self)
{
  GPtrArray *boards = stk_project_get_boards (self->project);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  StkBoard *carrier = stk_project_find_board (self->project, self->carrier_id);

  for (guint i = 0; i < boards->len; i++)
    {
      StkBoard *b = g_ptr_array_index (boards, i);

      if (stk_placement_can_join (self->project, self->carrier_id, b->id, NULL))
        {
          g_ptr_array_add (self->joinable, g_strdup (b->id));
          gtk_string_list_append (names, b->name);
        }
    }
  gtk_drop_down_set_model (self->existing, G_LIST_MODEL (names));
  if (self->joinable->len == 0)
    {
      g_autofree char *note = g_strdup_printf (_("Every other board is joined to “%s” already, directly or "
                                                 "through others: another connector would repeat a pair or "
                                                 "close a loop."), carrier->name);
      gtk_label_set_text (self->existing_note, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->existing_note), self->joinable->len == 0);
}

static const StkSeries *
default_series (StkConnectorDialog *self)
{
  g_autoptr(GSettings) settings = stk_settings_new ();
  g_autofree char *id = g_settings_get_string (settings, "default-series");
  const StkSeries *series = stk_catalog_find_series (self->catalog, id);

  return series ? series : g_ptr_array_index (stk_catalog_get_series (self->catalog), 0);
}

static void
on_add_clicked_cb (StkConnectorDialog *self)
{
  const StkSeries *series = default_series (self);
  g_autofree char *mate_id = NULL;
  StkMate *mate;

  if (gtk_check_button_get_active (self->new_choice))
    {
      g_autofree char *id = stk_project_unique_id (self->project, "board");
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name))));
      StkBoard *board = stk_board_new (id, *name ? name : self->default_name,
                                       is_fpc (self) ? STK_BOARD_FPC : STK_BOARD_RIGID);

      mate = stk_project_new_mate (self->project, series, self->carrier_id, id);
      mate_id = g_strdup (mate->id);
      stk_project_add_carried_board (self->project, self->catalog, self->carrier_id, board, mate);
    }
  else
    {
      guint pos = gtk_drop_down_get_selected (self->existing);

      if (pos >= self->joinable->len)
        return;
      mate = stk_project_new_mate (self->project, series, self->carrier_id, g_ptr_array_index (self->joinable, pos));
      mate_id = g_strdup (mate->id);
      stk_project_add_mate (self->project, mate);
    }
  g_signal_emit (self, signals[ADDED], 0, mate_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
stk_connector_dialog_dispose (GObject *object)
{
  StkConnectorDialog *self = STK_CONNECTOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_CONNECTOR_DIALOG);
  g_clear_object (&self->project);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (stk_connector_dialog_parent_class)->dispose (object);
}

static void
stk_connector_dialog_finalize (GObject *object)
{
  StkConnectorDialog *self = STK_CONNECTOR_DIALOG (object);

  g_free (self->carrier_id);
  g_free (self->default_name);
  g_ptr_array_unref (self->joinable);

  G_OBJECT_CLASS (stk_connector_dialog_parent_class)->finalize (object);
}

static void
stk_connector_dialog_class_init (StkConnectorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_connector_dialog_dispose;
  object_class->finalize = stk_connector_dialog_finalize;

  /**
   * StkConnectorDialog::added:
   * @mate_id: the connector made
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-connector-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, intro);
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, new_choice);
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, new_grid);
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, kind);
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, name);
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, existing);
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, existing_note);
  gtk_widget_class_bind_template_child (widget_class, StkConnectorDialog, add_button);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stk_connector_dialog_init (StkConnectorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->joinable = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  g_signal_connect_swapped (self->new_choice, "toggled", G_CALLBACK (update_sensitivity), self);
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (offer_name), self);
}

GtkWidget *
stk_connector_dialog_new (GtkWindow  *parent,
                          StkProject *project,
                          StkCatalog *catalog,
                          const char *carrier_id)
{
  StkConnectorDialog *self;
  StkBoard *carrier;
  g_autofree char *intro = NULL;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  carrier = stk_project_find_board (project, carrier_id);
  g_return_val_if_fail (carrier != NULL, NULL);

  self = g_object_new (STK_TYPE_CONNECTOR_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->catalog = g_object_ref (catalog);
  self->carrier_id = g_strdup (carrier_id);
  /* Translators: the series of the new connector (P4, A4S), then the board it goes on */
  intro = g_strdup_printf (_("A %s connector on “%s” joins it to:"), default_series (self)->id, carrier->name);
  gtk_label_set_text (self->intro, intro);
  offer_name (self);
  fill_joinable (self);
  update_sensitivity (self);
  return GTK_WIDGET (self);
}
