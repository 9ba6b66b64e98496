/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-net-list"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-form.h"
#include "stk-net-list.h"
#include "stk-pin-entry.h"

typedef struct {
  StkNetList    *list;
  char          *net;
  StkChoice     *kind;
  StkNumberField *current;
  StkNumberField *voltage;
  GtkLabel      *pins;
} NetRow;

struct _StkNetList
{
  GtkWidget   parent_instance;

  /* the template's */
  GtkWidget  *box;
  GtkListBox *rows_box;
  GtkEntry   *bulk;
  GtkLabel   *message;
  GtkLabel   *unassigned;

  StkProject *project;
  char       *mate_id;
  char       *signature;  /* net names and pins the rows were built for */
  GPtrArray  *rows;       /* NetRow */
  gboolean    painted;    /* the first frame is out: show and fill at once */
};

G_DEFINE_FINAL_TYPE (StkNetList, stk_net_list, GTK_TYPE_WIDGET)

static void on_first_frame (StkNetList *self);

static void
net_row_free (NetRow *row)
{
  g_free (row->net);
  g_free (row);
}

static StkMate *
current_mate (StkNetList *self)
{
  return self->project ? stk_project_find_mate (self->project, self->mate_id) : NULL;
}

static void
append_range (GString *s,
              guint    first,
              guint    last)
{
  if (s->len > 0)
    g_string_append (s, ", ");
  if (first == last)
    g_string_append_printf (s, "%u", first);
  else
    g_string_append_printf (s, "%u–%u", first, last);
}

char *
stk_net_list_format_pins (const StkMate *mate,
                          const char    *net)
{
  GString *s = g_string_new (NULL);
  guint start = 0;

  for (guint p = 1; p <= mate->pins + 1; p++)
    {
      gboolean on = p <= mate->pins && g_strcmp0 (stk_mate_pin_net (mate, p), net) == 0;

      if (on && start == 0)
        start = p;
      else if (!on && start != 0)
        {
          append_range (s, start, p - 1);
          start = 0;
        }
    }
  return g_string_free (s, FALSE);
}

static char *
signature (const StkMate *mate)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%s:%u|", mate->id, mate->pins);
  for (guint i = 0; i < mate->nets->len; i++)
    g_string_append_printf (s, "%s|", ((StkNet *) g_ptr_array_index (mate->nets, i))->name);
  return g_string_free (s, FALSE);
}

/* Edits go to the project on a copy of the mate and come back through its
 * ::changed; a value the net already has changes nothing, so showing it is
 * no edit. */
static void
commit (StkNetList *self,
        StkMate    *edited)
{
  stk_project_update_mate (self->project, self->mate_id, edited);
}

/* Each control writes only its own member: showing one value must not
 * carry the row's other, older values into the model. */
static void
edit_net (NetRow    *row,
          GtkWidget *control)
{
  StkNetList *self = row->list;
  StkMate *mate = current_mate (self);
  g_autoptr(StkMate) edited = NULL;
  StkNet *net;

  if (mate == NULL)
    return;
  edited = stk_mate_copy (mate);
  if ((net = stk_mate_find_net (edited, row->net)) == NULL)
    return;
  if (control == GTK_WIDGET (row->kind))
    {
      guint kind = stk_choice_get_selected (row->kind);

      if (kind == GTK_INVALID_LIST_POSITION)
        return;
      net->kind = (StkNetKind) kind;
    }
  else if (control == GTK_WIDGET (row->current))
    net->current_a = stk_number_field_get_value (row->current);
  else if (control == GTK_WIDGET (row->voltage))
    net->voltage_v = stk_number_field_get_value (row->voltage);
  commit (self, edited);
}

static void
on_row_notify_cb (GtkWidget  *control,
                  GParamSpec *pspec,
                  NetRow     *row)
{
  edit_net (row, control);
}

static void
on_remove_clicked_cb (GtkButton  *button,
                      StkNetList *self)
{
  StkMate *mate = current_mate (self);
  const char *name = g_object_get_data (G_OBJECT (button), "net");
  g_autoptr(StkMate) edited = NULL;
  StkNet *net;

  if (mate == NULL)
    return;
  edited = stk_mate_copy (mate);
  if ((net = stk_mate_find_net (edited, name)) == NULL)
    return;
  for (guint p = 1; p <= edited->pins; p++)
    if (g_strcmp0 (stk_mate_pin_net (edited, p), name) == 0)
      stk_mate_assign_pins (edited, p, p, NULL);
  g_ptr_array_remove (edited->nets, net);
  commit (self, edited);
}

static StkNumberField *
row_field (GtkBox     *box,
           double      upper,
           double      step,
           guint       digits,
           const char *unit,
           const char *accessible)
{
  StkNumberField *field = stk_number_field_new (0, upper, step, digits, unit);
  GtkSpinButton *spin = stk_number_field_get_spin (field);

  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 5);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_box_append (box, GTK_WIDGET (field));
  gtk_box_append (box, gtk_label_new (unit));
  return field;
}

static NetRow *
build_row (StkNetList   *self,
           const StkNet *net)
{
  const char *kinds[] = { _("Signal"), _("Supply"), _("Ground"), NULL };
  NetRow *row = g_new0 (NetRow, 1);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *name = gtk_label_new (net->name);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *a11y_kind = g_strdup_printf (_("Kind of net %s"), net->name);
  g_autofree char *a11y_current = g_strdup_printf (_("Current of net %s in ampere"), net->name);
  g_autofree char *a11y_voltage = g_strdup_printf (_("Voltage of net %s in volt"), net->name);
  g_autofree char *a11y_remove = g_strdup_printf (_("Remove net %s"), net->name);

  row->list = self;
  row->net = g_strdup (net->name);
  gtk_widget_set_margin_start (lines, 6);
  gtk_widget_set_margin_end (lines, 6);
  gtk_widget_set_margin_top (lines, 4);
  gtk_widget_set_margin_bottom (lines, 4);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_width_chars (GTK_LABEL (name), 8);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  /* The name takes the slack, so the controls line up down the list. */
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (box), name);

  row->kind = STK_CHOICE (stk_choice_new ((const char *const *) kinds));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->kind), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_kind, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->kind));
  /* Milliamperes and centivolts: what a pin budget is written in. */
  row->current = row_field (GTK_BOX (box), 20, 0.05, 3, _("A"), a11y_current);
  /* Translators: the unit volt after a net's voltage field */
  row->voltage = row_field (GTK_BOX (box), 60, 0.1, 2, _("V"), a11y_voltage);

  stk_widget_set_cell_tooltip (remove, a11y_remove);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_remove, -1);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "net", g_strdup (net->name), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_box_append (GTK_BOX (lines), box);

  /* The pins get a line of their own: beside the controls they wrapped
   * into a column a few characters wide. */
  row->pins = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (row->pins), "net-pins");
  gtk_label_set_xalign (row->pins, 0);
  gtk_label_set_wrap (row->pins, TRUE);
  gtk_label_set_selectable (row->pins, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row->pins), "dim-label");
  gtk_box_append (GTK_BOX (lines), GTK_WIDGET (row->pins));

  g_signal_connect (row->kind, "notify::selected", G_CALLBACK (on_row_notify_cb), row);
  g_signal_connect (row->current, "notify::value", G_CALLBACK (on_row_notify_cb), row);
  g_signal_connect (row->voltage, "notify::value", G_CALLBACK (on_row_notify_cb), row);
  gtk_list_box_append (self->rows_box, lines);
  return row;
}

static void
show_values (StkNetList    *self,
             const StkMate *mate)
{
  g_autofree char *free_pins = stk_net_list_format_pins (mate, NULL);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      NetRow *row = g_ptr_array_index (self->rows, i);
      StkNet *net = stk_mate_find_net (mate, row->net);
      g_autofree char *pins = stk_net_list_format_pins (mate, row->net);
      g_autofree char *text = NULL;

      if (net == NULL)
        continue;
      /* Translators: the pins of one net, e.g. "pins 1-4, 9"; "none" when it has none */
      text = g_strdup_printf (_("pins %s"), *pins ? pins : _("none"));
      stk_choice_set_selected (row->kind, net->kind);
      stk_number_field_set_value (row->current, net->current_a);
      stk_number_field_set_value (row->voltage, net->voltage_v);
      gtk_label_set_text (row->pins, text);
    }
  /* The count first: "Unassigned: 16 of 20 pins" read as sixteen pins free
   * when it meant pin 16. */
  summary = *free_pins ? g_strdup_printf (ngettext ("%u of %u pin unassigned: %s", "%u of %u pins unassigned: %s",
                                                    mate->pins),
                                          stk_mate_count_net_pins (mate, NULL), mate->pins, free_pins)
                       : g_strdup_printf (ngettext ("The %u pin is assigned", "All %u pins assigned", mate->pins),
                                          mate->pins);
  gtk_label_set_text (self->unassigned, summary);
}

/* The message sits under the entry, at the foot of a long form: once it is
 * laid out, the form scrolls so that the entry and the message show. */
static void
scroll_to_message (StkNetList *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  graphene_rect_t entry, message;

  if (scroller == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->message)))
    return;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  if (gtk_widget_compute_bounds (GTK_WIDGET (self->bulk), content, &entry) &&
      gtk_widget_compute_bounds (GTK_WIDGET (self->message), content, &message))
    gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                               entry.origin.y, message.origin.y + message.size.height);
}

static void
reveal_message (StkNetList *self)
{
  stk_widget_after_next_frame (GTK_WIDGET (self), (StkWidgetFunc) scroll_to_message);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_bulk_activated_cb (StkNetList *self)
{
  StkMate *mate = current_mate (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPinEntry) entry = NULL;
  g_autoptr(StkMate) edited = NULL;
  g_autofree char *takeover = NULL;

  if (mate == NULL)
    return;
  entry = stk_pin_entry_parse (gtk_editable_get_text (GTK_EDITABLE (self->bulk)), mate->pins, &error);
  if (entry == NULL)
    {
      gtk_label_set_text (self->message, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
      reveal_message (self);
      return;
    }
  /* Taking pins from other nets is allowed (that is how a pin is moved)
   * but said, with the names, so nothing changes unseen. */
  takeover = stk_pin_entry_describe_takeover (entry, mate);
  gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
  gtk_label_set_text (self->message, takeover ? takeover : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), takeover != NULL);
  if (takeover != NULL)
    reveal_message (self);
  gtk_editable_set_text (GTK_EDITABLE (self->bulk), "");
  edited = stk_mate_copy (mate);
  stk_pin_entry_apply (entry, edited);
  commit (self, edited);
}

static void
stk_net_list_dispose (GObject *object)
{
  StkNetList *self = STK_NET_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_NET_LIST);
  stk_follow_project (&self->project, NULL, NULL, self);

  G_OBJECT_CLASS (stk_net_list_parent_class)->dispose (object);
}

static void
stk_net_list_finalize (GObject *object)
{
  StkNetList *self = STK_NET_LIST (object);

  g_free (self->mate_id);
  g_free (self->signature);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (stk_net_list_parent_class)->finalize (object);
}

static void
stk_net_list_class_init (StkNetListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_net_list_dispose;
  object_class->finalize = stk_net_list_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-net-list");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-net-list.ui");
  gtk_widget_class_bind_template_child (widget_class, StkNetList, box);
  gtk_widget_class_bind_template_child (widget_class, StkNetList, rows_box);
  gtk_widget_class_bind_template_child (widget_class, StkNetList, bulk);
  gtk_widget_class_bind_template_child (widget_class, StkNetList, message);
  gtk_widget_class_bind_template_child (widget_class, StkNetList, unassigned);
  gtk_widget_class_bind_template_callback (widget_class, on_bulk_activated_cb);
}

static void
stk_net_list_init (StkNetList *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) net_row_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  stk_widget_after_next_frame (GTK_WIDGET (self), (StkWidgetFunc) on_first_frame);
}

StkNetList *
stk_net_list_new (void)
{
  return g_object_new (STK_TYPE_NET_LIST, NULL);
}

/* Rows are built again only when nets come or go (a spin button being
 * typed in keeps its focus); else only their values are shown. */
static void
show_mate (StkNetList *self)
{
  StkMate *mate = current_mate (self);
  g_autofree char *sig = NULL;

  if (mate == NULL || !self->painted)
    return;
  sig = signature (mate);
  if (g_strcmp0 (sig, self->signature) != 0)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rows_box))) != NULL)
        gtk_list_box_remove (self->rows_box, child);
      g_ptr_array_set_size (self->rows, 0);
      for (guint i = 0; i < mate->nets->len; i++)
        g_ptr_array_add (self->rows, build_row (self, g_ptr_array_index (mate->nets, i)));
      gtk_widget_set_visible (GTK_WIDGET (self->rows_box), mate->nets->len > 0);
      g_free (self->signature);
      self->signature = g_steal_pointer (&sig);
    }
  show_values (self, mate);
}

/* The bound mate's nets, pins and pin count, or an undo (::all). */
static void
on_project_changed_cb (StkProject *project,
                       StkNetList *self)
{
  const StkProjectChange *change = stk_project_get_change (project);
  const char *const fields[] = { "nets", "pin_nets", "pins", NULL };

  if (change->kind == STK_CHANGE_ALL
      || (change->kind == STK_CHANGE_MATES && (change->id == NULL || g_strcmp0 (change->id, self->mate_id) == 0)
          && (change->field == NULL || g_strv_contains (fields, change->field))))
    show_mate (self);
}

static void
on_first_frame (StkNetList *self)
{
  self->painted = TRUE;
  gtk_widget_set_visible (self->box, TRUE);
  show_mate (self);
}

void
stk_net_list_bind (StkNetList *self,
                   StkProject *project,
                   const char *mate_id)
{
  g_return_if_fail (STK_IS_NET_LIST (self));

  /* Bound already: the list follows the project by itself. */
  if (!stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self)
      && g_strcmp0 (self->mate_id, mate_id) == 0)
    return;
  g_free (self->mate_id);
  self->mate_id = g_strdup (mate_id);
  show_mate (self);
}
