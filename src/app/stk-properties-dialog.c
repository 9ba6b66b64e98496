/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-properties-dialog"

#include "stk-config.h"

#include "stk-properties-dialog.h"

struct _StkPropertiesDialog
{
  GtkWindow      parent_instance;

  StkProject    *project;
  GtkEntry      *name;
  GtkEntry      *drawing_number;
  GtkEntry      *author;
  GtkEntry      *checker;
  GtkEntry      *approver;
  GtkEntry      *revision;
  GtkEntry      *date;
  GtkTextBuffer *notes;
};

G_DEFINE_FINAL_TYPE (StkPropertiesDialog, stk_properties_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bind_fields (StkPropertiesDialog *self)
{
  const struct {
    const char *property;
    GObject    *target;
    const char *target_property;
  } fields[] = {
    { "name", G_OBJECT (self->name), "text" },
    { "drawing-number", G_OBJECT (self->drawing_number), "text" },
    { "author", G_OBJECT (self->author), "text" },
    { "checker", G_OBJECT (self->checker), "text" },
    { "approver", G_OBJECT (self->approver), "text" },
    { "revision", G_OBJECT (self->revision), "text" },
    { "date", G_OBJECT (self->date), "text" },
    { "notes", G_OBJECT (self->notes), "text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_object_bind_property (self->project, fields[i].property, fields[i].target, fields[i].target_property,
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
stk_properties_dialog_constructed (GObject *object)
{
  StkPropertiesDialog *self = STK_PROPERTIES_DIALOG (object);

  G_OBJECT_CLASS (stk_properties_dialog_parent_class)->constructed (object);
  g_return_if_fail (STK_IS_PROJECT (self->project));
  bind_fields (self);
}

static void
stk_properties_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  StkPropertiesDialog *self = STK_PROPERTIES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_properties_dialog_dispose (GObject *object)
{
  StkPropertiesDialog *self = STK_PROPERTIES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_PROPERTIES_DIALOG);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (stk_properties_dialog_parent_class)->dispose (object);
}

static void
stk_properties_dialog_class_init (StkPropertiesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = stk_properties_dialog_constructed;
  object_class->set_property = stk_properties_dialog_set_property;
  object_class->dispose = stk_properties_dialog_dispose;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, STK_TYPE_PROJECT,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stackup/Stackup/ui/stk-properties-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, name);
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, drawing_number);
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, author);
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, checker);
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, approver);
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, revision);
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, date);
  gtk_widget_class_bind_template_child (widget_class, StkPropertiesDialog, notes);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stk_properties_dialog_init (StkPropertiesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

StkPropertiesDialog *
stk_properties_dialog_new (GtkWindow  *parent,
                           StkProject *project)
{
  return g_object_new (STK_TYPE_PROPERTIES_DIALOG, "transient-for", parent, "project", project, NULL);
}
