/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-cuts-popover"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-cuts-popover.h"
#include "stk-catalog.h"
#include "stk-placement.h"
#include "stk-widget-util.h"

struct _StkCutsPopover
{
  GtkPopover      parent_instance;

  StkProject     *project;
  GtkListBox     *list;
  GtkLabel       *empty_label;
  GtkDropDown    *axis;
  GtkSpinButton  *at;
  GtkEntry       *label;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (StkCutsPopover, stk_cuts_popover, GTK_TYPE_POPOVER)

static char *
describe (const StkSectionCut *cut)
{
  g_autofree char *at = stk_format_mm (cut->at_mm);
  const char *label = cut->label ? cut->label : _("next letter");

  return cut->axis == STK_CUT_ALONG_X
           /* Translators: a user's section cut in its list: its label, where it runs */
           ? g_strdup_printf (_("%s: along x at y = %s mm"), label, at)
           : g_strdup_printf (_("%s: along y at x = %s mm"), label, at);
}

static gboolean
crosses_boards (StkCutsPopover      *self,
                const StkSectionCut *cut,
                GError             **error)
{
  g_autoptr(StkPlacement) pl = stk_placement_new (self->project, stk_catalog_get_default ());

  return stk_placement_cut_crosses (pl, cut, error);
}

static void
on_remove_clicked_cb (GtkButton      *button,
                      StkCutsPopover *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cut-index"));

  if (self->project != NULL && index < stk_project_get_section_cuts (self->project)->len)
    stk_project_remove_section_cut (self->project, index);
}

static void
rebuild (StkCutsPopover *self)
{
  GPtrArray *cuts = self->project ? stk_project_get_section_cuts (self->project) : NULL;
  g_autoptr(StkPlacement) pl = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (cuts != NULL && cuts->len > 0)
    pl = stk_placement_new (self->project, stk_catalog_get_default ());
  for (guint i = 0; cuts != NULL && i < cuts->len; i++)
    {
      g_autofree char *text = describe (g_ptr_array_index (cuts, i));
      g_autoptr(GError) far = NULL;
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (text);
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      /* A file can hold a cut that crosses no board: kept, and said so. */
      if (!stk_placement_cut_crosses (pl, g_ptr_array_index (cuts, i), &far))
        {
          g_autofree char *marked = g_strdup_printf (_("%s (crosses no board)"), text);

          gtk_label_set_text (GTK_LABEL (name), marked);
          gtk_widget_set_tooltip_text (name, far->message);
        }
      gtk_widget_set_hexpand (name, TRUE);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_set_tooltip_text (remove, _("Remove this cut"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this cut"), -1);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "cut-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), name);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_list_box_append (self->list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), cuts != NULL && cuts->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), cuts == NULL || cuts->len == 0);
}

static void
on_project_changed_cb (StkProject     *project,
                       StkCutsPopover *self)
{
  const StkProjectChange *change = stk_project_get_change (project);

  /* Any edit can move a board onto or off a cut: the marks follow. */
  if (change->kind == STK_CHANGE_ALL || change->kind == STK_CHANGE_VIEWS ||
      stk_project_get_section_cuts (self->project)->len > 0)
    rebuild (self);
}

static void
on_add_clicked_cb (StkCutsPopover *self)
{
  const char *label = gtk_editable_get_text (GTK_EDITABLE (self->label));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  StkSectionCut *cut;

  if (self->project == NULL)
    return;
  /* The CLI's syntax, so that both check a label the same way. */
  text = g_strdup_printf ("%s=%.*g%s%s", gtk_drop_down_get_selected (self->axis) == 0 ? "x" : "y", 17,
                          gtk_spin_button_get_value (self->at), *label ? ":" : "", label);
  g_strdelimit (text, ",", '.');
  cut = stk_section_cut_parse (text, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), cut == NULL);
  if (cut == NULL)
    {
      gtk_label_set_text (self->error_label, _("A label is one to three capital letters A to Z"));
      return;
    }
  /* what the file's reader would refuse, the project could not save; a
   * cut that crosses no board would only draw an empty section */
  if (!stk_section_cut_check_new (stk_project_get_section_cuts (self->project), cut, &error) ||
      !crosses_boards (self, cut, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      stk_section_cut_free (cut);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->label), "");
  stk_project_add_section_cut (self->project, cut);
}

static void
stk_cuts_popover_dispose (GObject *object)
{
  StkCutsPopover *self = STK_CUTS_POPOVER (object);

  stk_follow_project (&self->project, NULL, NULL, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_CUTS_POPOVER);
  G_OBJECT_CLASS (stk_cuts_popover_parent_class)->dispose (object);
}

static void
stk_cuts_popover_class_init (StkCutsPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_cuts_popover_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-cuts-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, StkCutsPopover, list);
  gtk_widget_class_bind_template_child (widget_class, StkCutsPopover, empty_label);
  gtk_widget_class_bind_template_child (widget_class, StkCutsPopover, axis);
  gtk_widget_class_bind_template_child (widget_class, StkCutsPopover, at);
  gtk_widget_class_bind_template_child (widget_class, StkCutsPopover, label);
  gtk_widget_class_bind_template_child (widget_class, StkCutsPopover, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
stk_cuts_popover_init (StkCutsPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild (self);
}

void
stk_cuts_popover_set_project (StkCutsPopover *self,
                              StkProject     *project)
{
  g_return_if_fail (STK_IS_CUTS_POPOVER (self));

  stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self);
  rebuild (self);
}
