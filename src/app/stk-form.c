/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-form"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-form.h"

/* A row's other parts, by its control. */
typedef struct {
  GtkWidget *label;
  GtkWidget *suffix;
} FormRow;

struct _StkForm
{
  GtkWidget   parent_instance;

  GtkGrid    *grid;
  int         n_rows;
  GHashTable *rows;  /* control → FormRow; the grid holds the widgets */
  /* The columns shared with the forms it is aligned with (NULL: none);
   * they hold the labels and units of the rows shown, as a grid counts
   * only those. */
  GtkSizeGroup *labels;
  GtkSizeGroup *units;
};

G_DEFINE_FINAL_TYPE (StkForm, stk_form, GTK_TYPE_WIDGET)

static int
next_row (StkForm *self)
{
  return self->n_rows++;
}

static void
stk_form_dispose (GObject *object)
{
  StkForm *self = STK_FORM (object);

  if (self->grid != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->grid));
  self->grid = NULL;
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->labels);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (stk_form_parent_class)->dispose (object);
}

static void
stk_form_class_init (StkFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_form_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-form");
}

static void
stk_form_init (StkForm *self)
{
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 8);
  gtk_widget_set_parent (GTK_WIDGET (self->grid), GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

StkForm *
stk_form_new (void)
{
  return g_object_new (STK_TYPE_FORM, NULL);
}

/* Puts widget in group while it is shown: a hidden row takes no width in
 * a grid, nor in the forms aligned with it. */
static void
share_while_shown (GtkSizeGroup *group,
                   GtkWidget    *widget,
                   gboolean      shown)
{
  if (group == NULL || widget == NULL || shown == gtk_widget_get_visible (widget))
    return;
  if (shown)
    gtk_size_group_add_widget (group, widget);
  else
    gtk_size_group_remove_widget (group, widget);
}

void
stk_form_align (StkForm *form,
                ...)
{
  /* One pair of groups however many forms are aligned, and in how many
   * calls: the first form's, if it is aligned already. */
  g_autoptr(GtkSizeGroup) labels = form->labels ? g_object_ref (form->labels) : gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  g_autoptr(GtkSizeGroup) units = form->units ? g_object_ref (form->units) : gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  va_list args;

  va_start (args, form);
  for (StkForm *f = form; f != NULL; f = va_arg (args, StkForm *))
    {
      GHashTableIter iter;
      FormRow *row;

      /* aligned already: with these, or (a mistake) with others */
      if (f->labels != NULL)
        {
          g_warn_if_fail (f->labels == labels);
          continue;
        }
      g_set_object (&f->labels, labels);
      g_set_object (&f->units, units);
      g_hash_table_iter_init (&iter, f->rows);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
        {
          if (gtk_widget_get_visible (row->label))
            gtk_size_group_add_widget (labels, row->label);
          if (row->suffix != NULL && gtk_widget_get_visible (row->suffix))
            gtk_size_group_add_widget (units, row->suffix);
        }
    }
  va_end (args);
}

GtkWidget *
stk_form_add_row (StkForm    *form,
                  const char *mnemonic,
                  GtkWidget  *control,
                  const char *suffix)
{
  FormRow *row = g_new0 (FormRow, 1);
  int line = next_row (form);
  /* A number field's spin button is what takes the focus and is read. */
  GtkWidget *target = STK_IS_NUMBER_FIELD (control)
                      ? GTK_WIDGET (stk_number_field_get_spin (STK_NUMBER_FIELD (control))) : control;

  row->label = gtk_label_new_with_mnemonic (mnemonic);
  gtk_label_set_xalign (GTK_LABEL (row->label), 1);
  /* The mnemonic widget also becomes the control's accessible label. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (row->label), target);
  gtk_widget_set_hexpand (control, TRUE);
  gtk_grid_attach (form->grid, row->label, 0, line, 1, 1);
  /* Without a unit the control takes the unit's column too, so every
   * field ends where the lists above it end. */
  gtk_grid_attach (form->grid, control, 1, line, suffix ? 1 : 2, 1);
  if (suffix != NULL)
    {
      row->suffix = gtk_label_new (suffix);
      gtk_label_set_xalign (GTK_LABEL (row->suffix), 0);
      gtk_widget_add_css_class (row->suffix, "dim-label");
      gtk_grid_attach (form->grid, row->suffix, 2, line, 1, 1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      row->suffix, NULL, -1);
    }
  g_hash_table_insert (form->rows, control, row);
  return control;
}

static FormRow *
row_of (StkForm   *form,
        GtkWidget *control)
{
  FormRow *row = g_hash_table_lookup (form->rows, control);

  g_return_val_if_fail (row != NULL, NULL);
  return row;
}

GtkWidget *
stk_form_get_label (StkForm   *form,
                    GtkWidget *control)
{
  FormRow *row = row_of (form, control);

  return row ? row->label : NULL;
}

void
stk_form_set_row_visible (StkForm   *form,
                          GtkWidget *control,
                          gboolean   visible)
{
  FormRow *row = row_of (form, control);

  gtk_widget_set_visible (control, visible);
  if (row == NULL)
    return;
  share_while_shown (form->labels, row->label, visible);
  share_while_shown (form->units, row->suffix, visible);
  gtk_widget_set_visible (row->label, visible);
  if (row->suffix != NULL)
    gtk_widget_set_visible (row->suffix, visible);
}

static StkNumberField *
add_field (StkForm        *form,
           StkNumberField *field,
           const char     *name,
           const char     *mnemonic)
{
  FormRow *row;

  gtk_widget_set_name (GTK_WIDGET (stk_number_field_get_spin (field)), name);
  stk_form_add_row (form, mnemonic, GTK_WIDGET (field), stk_number_field_get_unit (field));
  row = row_of (form, GTK_WIDGET (field));
  /* A length's unit follows the display units. */
  if (row != NULL && row->suffix != NULL)
    g_object_bind_property (field, "unit", row->suffix, "label", G_BINDING_DEFAULT);
  return field;
}

StkNumberField *
stk_form_add_number (StkForm    *form,
                     const char *name,
                     const char *mnemonic,
                     double      lower,
                     double      upper,
                     double      step,
                     guint       digits,
                     const char *unit)
{
  return add_field (form, stk_number_field_new (lower, upper, step, digits, unit), name, mnemonic);
}

StkNumberField *
stk_form_add_length (StkForm    *form,
                     const char *name,
                     const char *mnemonic,
                     double      lower_mm,
                     double      upper_mm,
                     double      step_mm)
{
  return add_field (form, stk_number_field_new_length (lower_mm, upper_mm, step_mm), name, mnemonic);
}

GtkSwitch *
stk_form_add_switch (StkForm    *form,
                     const char *name,
                     const char *mnemonic)
{
  GtkWidget *sw = gtk_switch_new ();

  gtk_widget_set_halign (sw, GTK_ALIGN_START);
  gtk_widget_set_name (sw, name);
  stk_form_add_row (form, mnemonic, sw, NULL);
  return GTK_SWITCH (sw);
}

StkChoice *
stk_form_add_choice (StkForm           *form,
                     const char        *name,
                     const char        *mnemonic,
                     const char *const *items)
{
  GtkWidget *dd = stk_choice_new (items);

  gtk_widget_set_name (dd, name);
  stk_form_add_row (form, mnemonic, dd, NULL);
  stk_choice_set_labelled_by (STK_CHOICE (dd), stk_form_get_label (form, dd));
  return STK_CHOICE (dd);
}

GtkEntry *
stk_form_add_entry (StkForm    *form,
                    const char *name,
                    const char *mnemonic)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  return GTK_ENTRY (stk_form_add_row (form, mnemonic, entry, NULL));
}
