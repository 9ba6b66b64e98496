/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-requirements-editor"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-requirements-editor.h"

typedef enum { FIELD_LENGTH, FIELD_DOUBLE, FIELD_UINT } FieldKind;

/* The template's forms, under their headings. */
typedef enum { SECTION_GENERAL, SECTION_CYCLES, SECTION_TEMPERATURES, SECTION_CURRENT, N_SECTIONS } Section;

/* The requirements are plain numbers, so one table describes the fields. */
typedef struct {
  Section     section;
  const char *name;
  const char *mnemonic;
  FieldKind   kind;
  gsize       offset;
  double      lower, upper, step;
  guint       digits;
  const char *unit;
} Field;

static const Field fields[] = {
  { SECTION_GENERAL, "req-alignment", N_("_Alignment tolerance ±"), FIELD_LENGTH, G_STRUCT_OFFSET (StkRequirements, alignment_tolerance_mm), 0, 1, 0.005, 3, NULL },
  { SECTION_GENERAL, "req-clearance", N_("C_learance margin"), FIELD_LENGTH, G_STRUCT_OFFSET (StkRequirements, clearance_margin_mm), 0, 5, 0.01, 3, NULL },
  { SECTION_CYCLES, "req-cycles-assembly", N_("A_ssembly"), FIELD_UINT, G_STRUCT_OFFSET (StkRequirements, cycles_assembly), 0, 1000, 1, 0, N_("cycles") },
  { SECTION_CYCLES, "req-cycles-rework", N_("_Rework"), FIELD_UINT, G_STRUCT_OFFSET (StkRequirements, cycles_rework), 0, 1000, 1, 0, N_("cycles") },
  { SECTION_CYCLES, "req-cycles-test", N_("_Test"), FIELD_UINT, G_STRUCT_OFFSET (StkRequirements, cycles_test), 0, 1000, 1, 0, N_("cycles") },
  { SECTION_CYCLES, "req-cycles-service", N_("Ser_vice"), FIELD_UINT, G_STRUCT_OFFSET (StkRequirements, cycles_service), 0, 1000, 1, 0, N_("cycles") },
  { SECTION_TEMPERATURES, "req-ambient-min", N_("Ambient _minimum"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, ambient_min_c), -80, 200, 1, 0, N_("°C") },
  { SECTION_TEMPERATURES, "req-ambient-max", N_("Ambient ma_ximum"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, ambient_max_c), -80, 200, 1, 0, N_("°C") },
  { SECTION_TEMPERATURES, "req-storage-min", N_("Storage mi_nimum"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, storage_min_c), -80, 200, 1, 0, N_("°C") },
  { SECTION_TEMPERATURES, "req-storage-max", N_("Storage maxim_um"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, storage_max_c), -80, 200, 1, 0, N_("°C") },
  { SECTION_TEMPERATURES, "req-reflow-peak", N_("Reflow _peak"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, reflow_peak_c), 150, 300, 1, 0, N_("°C") },
  { SECTION_TEMPERATURES, "req-iron-temp", N_("Soldering _iron"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, iron_temp_c), 150, 450, 5, 0, N_("°C") },
  /* Translators: the field units in this table ("°C", "s" for seconds, "cycles", "× rated") stand
   * after a number field; keep SI symbols as your standards write them */
  { SECTION_TEMPERATURES, "req-iron-time", N_("Iron contact ti_me"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, iron_time_s), 0, 30, 0.5, 1, N_("s") },
  { SECTION_CURRENT, "req-derating", N_("Current _derating"), FIELD_DOUBLE, G_STRUCT_OFFSET (StkRequirements, current_derating), 0.1, 1, 0.05, 2, N_("× rated") },
  { SECTION_CURRENT, "req-capture", N_("Ca_pture allowance"), FIELD_LENGTH, G_STRUCT_OFFSET (StkRequirements, capture_allowance_mm), 0, 1, 0.005, 3, NULL },
};

struct _StkRequirementsEditor
{
  GtkWidget      parent_instance;

  /* the template's */
  GtkWidget      *content;
  StkForm        *forms[N_SECTIONS];
  StkNumberField *spins[G_N_ELEMENTS (fields)];
  GtkSwitch     *capture_override;
  GtkSwitch     *storage_packed;

  StkProject    *project;
};

G_DEFINE_FINAL_TYPE (StkRequirementsEditor, stk_requirements_editor, GTK_TYPE_WIDGET)

static gpointer
field_ptr (StkRequirements *req,
           const Field     *field)
{
  return G_STRUCT_MEMBER_P (req, field->offset);
}

/* Each control writes only its own member into a copy, which goes to the
 * project; a value the project has already changes nothing, so showing
 * the requirements is no edit. */
static void
edit (StkRequirementsEditor *self,
      gpointer               control)
{
  StkRequirements req;

  if (self->project == NULL)
    return;
  req = *stk_project_get_requirements (self->project);
  if (control == self->capture_override)
    req.capture_allowance_set = gtk_switch_get_active (self->capture_override);
  else if (control == self->storage_packed)
    req.storage_packed = gtk_switch_get_active (self->storage_packed);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (control != self->spins[i])
        continue;
      if (fields[i].kind == FIELD_UINT)
        *(guint *) field_ptr (&req, &fields[i]) = (guint) stk_number_field_get_value (self->spins[i]);
      else
        *(double *) field_ptr (&req, &fields[i]) = stk_number_field_get_value (self->spins[i]);
    }
  stk_project_update_requirements (self->project, &req);
}

static void
on_notify_cb (GtkWidget             *control,
              GParamSpec            *pspec,
              StkRequirementsEditor *self)
{
  edit (self, control);
}

static void
show_requirements (StkRequirementsEditor *self)
{
  StkRequirements *req;

  if (self->project == NULL)
    return;
  req = stk_project_get_requirements (self->project);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i].kind == FIELD_UINT)
        stk_number_field_set_value (self->spins[i], *(guint *) field_ptr (req, &fields[i]));
      else
        stk_number_field_set_value (self->spins[i], *(double *) field_ptr (req, &fields[i]));
      if (g_str_equal (fields[i].name, "req-capture"))
        gtk_widget_set_sensitive (GTK_WIDGET (self->spins[i]), req->capture_allowance_set);
    }
  gtk_switch_set_active (self->capture_override, req->capture_allowance_set);
  gtk_switch_set_active (self->storage_packed, req->storage_packed);
}

static void
on_project_changed_cb (StkProject            *project,
                       StkRequirementsEditor *self)
{
  StkChangeKind kind = stk_project_get_change (project)->kind;

  if (kind == STK_CHANGE_ALL || kind == STK_CHANGE_REQUIREMENTS)
    show_requirements (self);
}

static void
stk_requirements_editor_dispose (GObject *object)
{
  StkRequirementsEditor *self = STK_REQUIREMENTS_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_REQUIREMENTS_EDITOR);
  stk_follow_project (&self->project, NULL, NULL, self);

  G_OBJECT_CLASS (stk_requirements_editor_parent_class)->dispose (object);
}

static void
stk_requirements_editor_class_init (StkRequirementsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_requirements_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-requirements-editor");

  g_type_ensure (STK_TYPE_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stackup/Stackup/ui/stk-requirements-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StkRequirementsEditor, content);
  gtk_widget_class_bind_template_child_full (widget_class, "general_form", FALSE,
                                             G_STRUCT_OFFSET (StkRequirementsEditor, forms[SECTION_GENERAL]));
  gtk_widget_class_bind_template_child_full (widget_class, "cycles_form", FALSE,
                                             G_STRUCT_OFFSET (StkRequirementsEditor, forms[SECTION_CYCLES]));
  gtk_widget_class_bind_template_child_full (widget_class, "temperatures_form", FALSE,
                                             G_STRUCT_OFFSET (StkRequirementsEditor, forms[SECTION_TEMPERATURES]));
  gtk_widget_class_bind_template_child_full (widget_class, "current_form", FALSE,
                                             G_STRUCT_OFFSET (StkRequirementsEditor, forms[SECTION_CURRENT]));
}

static void
stk_requirements_editor_init (StkRequirementsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *fd = &fields[i];
      StkForm *f = self->forms[fd->section];

      if (g_str_equal (fd->name, "req-capture"))
        {
          self->capture_override = GTK_SWITCH (gtk_switch_new ());
          gtk_widget_set_halign (GTK_WIDGET (self->capture_override), GTK_ALIGN_START);
          gtk_widget_set_name (GTK_WIDGET (self->capture_override), "req-capture-override");
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_override),
                                       _("Replace the catalog's estimated self-alignment capture range with your own value"));
          stk_form_add_row (f, _("_Own capture allowance"), GTK_WIDGET (self->capture_override), NULL);
          g_signal_connect (self->capture_override, "notify::active", G_CALLBACK (on_notify_cb), self);
        }
      if (fd->kind == FIELD_LENGTH)
        self->spins[i] = stk_form_add_length (f, fd->name, _(fd->mnemonic), fd->lower, fd->upper, fd->step);
      else
        self->spins[i] = stk_form_add_number (f, fd->name, _(fd->mnemonic), fd->lower, fd->upper,
                                              fd->step, fd->digits, _(fd->unit));
      g_signal_connect (self->spins[i], "notify::value", G_CALLBACK (on_notify_cb), self);
      if (g_str_equal (fd->name, "req-storage-max"))
        {
          self->storage_packed = stk_form_add_switch (f, "req-storage-packed", _("Stored in the _emboss packing"));
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->storage_packed),
                                       _("The connectors wait on their reels rather than as the product alone: the "
                                         "catalogs rate the two storage ranges differently"));
          g_signal_connect (self->storage_packed, "notify::active", G_CALLBACK (on_notify_cb), self);
        }
    }
  stk_form_align (self->forms[SECTION_GENERAL], self->forms[SECTION_CYCLES], self->forms[SECTION_TEMPERATURES],
                  self->forms[SECTION_CURRENT], NULL);
}

GtkWidget *
stk_requirements_editor_new (void)
{
  return g_object_new (STK_TYPE_REQUIREMENTS_EDITOR, NULL);
}

void
stk_requirements_editor_bind (StkRequirementsEditor *self,
                              StkProject            *project)
{
  g_return_if_fail (STK_IS_REQUIREMENTS_EDITOR (self));

  stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self);
  show_requirements (self);
}

void
stk_requirements_editor_set_units (StkRequirementsEditor *self,
                                   StkUnits               units)
{
  /* No edit: the fields' values stay. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].kind == FIELD_LENGTH)
      stk_number_field_set_units (self->spins[i], units);
}
