/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-choice"

#include "stk-config.h"

#include "stk-choice.h"

struct _StkChoice
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkLabel      *label;
  GtkStringList *items;
  guint          selected;
  /* Built on first opening. */
  GtkPopover    *popover;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (StkChoice, stk_choice, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (StkChoice *self)
{
  const char *text = stk_choice_get_string (self);

  gtk_label_set_text (self->label, text ? text : "");
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     StkChoice     *self)
{
  gtk_menu_button_popdown (self->button);
  stk_choice_set_selected (self, gtk_list_box_row_get_index (row));
}

static GtkWidget *
item_row (const char *text,
          gboolean    selected)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_opacity (check, selected ? 1 : 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  return box;
}

static void
on_popover_shown_cb (StkChoice *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, self->selected);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Runs each time the popover is about to open: the rows show the items and
 * the selection as they are now. */
static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  StkChoice *self = STK_CHOICE (user_data);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  GtkWidget *child;

  if (self->popover == NULL)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      self->popover = GTK_POPOVER (gtk_popover_new ());
      gtk_widget_add_css_class (GTK_WIDGET (self->popover), "menu");
      self->list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_widget_add_css_class (GTK_WIDGET (self->list), "stk-choice-list");
      gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 400);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
      gtk_popover_set_child (self->popover, scroller);
      g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
      g_signal_connect_swapped (self->popover, "map", G_CALLBACK (on_popover_shown_cb), self);
      gtk_menu_button_set_popover (button, GTK_WIDGET (self->popover));
    }
  /* As wide as the button at least, as GtkDropDown's list is. */
  gtk_widget_set_size_request (GTK_WIDGET (self->popover), gtk_widget_get_width (GTK_WIDGET (self)), -1);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < n; i++)
    {
      gtk_list_box_append (self->list, item_row (gtk_string_list_get_string (self->items, i), i == self->selected));
      /* The checkmark says it to the eye, the state to a screen reader. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_list_box_get_row_at_index (self->list, i)),
                                   GTK_ACCESSIBLE_STATE_SELECTED, i == self->selected, -1);
    }
}

static gboolean
stk_choice_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (STK_CHOICE (widget)->button));
}

static gboolean
stk_choice_mnemonic_activate (GtkWidget *widget,
                              gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (STK_CHOICE (widget)->button), group_cycling);
}

static void
stk_choice_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StkChoice *self = STK_CHOICE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_choice_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StkChoice *self = STK_CHOICE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      stk_choice_set_selected (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_choice_dispose (GObject *object)
{
  StkChoice *self = STK_CHOICE (object);

  if (self->button != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->button));
      self->button = NULL;
    }
  g_clear_object (&self->items);

  G_OBJECT_CLASS (stk_choice_parent_class)->dispose (object);
}

static void
stk_choice_class_init (StkChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_choice_dispose;
  object_class->get_property = stk_choice_get_property;
  object_class->set_property = stk_choice_set_property;
  widget_class->grab_focus = stk_choice_grab_focus;
  widget_class->mnemonic_activate = stk_choice_mnemonic_activate;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-choice");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
stk_choice_init (StkChoice *self)
{
  self->items = gtk_string_list_new (NULL);
  self->selected = GTK_INVALID_LIST_POSITION;
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->button, GTK_WIDGET (self->label));
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  /* GTK 4.8 centres the label and arrow in a box of its own; GtkDropDown
   * has the text at the start and the arrow at the end. */
  gtk_widget_set_halign (gtk_widget_get_parent (GTK_WIDGET (self->label)), GTK_ALIGN_FILL);
  gtk_menu_button_set_create_popup_func (self->button, create_popup, self, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
}

GtkWidget *
stk_choice_new (const char *const *items)
{
  StkChoice *self = g_object_new (STK_TYPE_CHOICE, NULL);

  if (items != NULL && items[0] != NULL)
    stk_choice_set_items (self, items, 0);
  return GTK_WIDGET (self);
}

GListModel *
stk_choice_get_model (StkChoice *self)
{
  g_return_val_if_fail (STK_IS_CHOICE (self), NULL);
  return G_LIST_MODEL (self->items);
}

static gboolean
same_items (GtkStringList     *list,
            const char *const *items)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (n != g_strv_length ((char **) items))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), items[i]) != 0)
      return FALSE;
  return TRUE;
}

void
stk_choice_set_items (StkChoice         *self,
                      const char *const *items,
                      guint              selected)
{
  g_return_if_fail (STK_IS_CHOICE (self));
  g_return_if_fail (items != NULL);

  if (!same_items (self->items, items))
    {
      gtk_string_list_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)), items);
      /* The old position may name another item now. */
      self->selected = GTK_INVALID_LIST_POSITION;
    }
  stk_choice_set_selected (self, selected);
  update_label (self);
}

guint
stk_choice_get_selected (StkChoice *self)
{
  g_return_val_if_fail (STK_IS_CHOICE (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
stk_choice_set_selected (StkChoice *self,
                         guint      position)
{
  g_return_if_fail (STK_IS_CHOICE (self));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->items)))
    position = GTK_INVALID_LIST_POSITION;
  if (self->selected == position)
    return;
  self->selected = position;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

void
stk_choice_set_labelled_by (StkChoice *self,
                            GtkWidget *label)
{
  g_return_if_fail (STK_IS_CHOICE (self));
  g_return_if_fail (GTK_IS_WIDGET (label));

  /* Focus lands on the inner button: it must carry the field's name too. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
}

const char *
stk_choice_get_string (StkChoice *self)
{
  g_return_val_if_fail (STK_IS_CHOICE (self), NULL);
  if (self->selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (self->items, self->selected);
}
