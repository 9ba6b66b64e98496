/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-number-field"

#include "stk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stk-number-field.h"
#include "stk-widget-util.h"

struct _StkNumberField
{
  GtkWidget      parent_instance;

  GtkSpinButton *spin;
  gboolean       length;   /* value in mm, shown in units */
  StkUnits       units;
  double         lower;    /* in mm for a length */
  double         upper;
  double         step;
  char          *unit;     /* a plain number's unit, or NULL */
  double         value;    /* exact */
  double         shown;    /* what the spin was given for it */
};

G_DEFINE_FINAL_TYPE (StkNumberField, stk_number_field, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static double
to_display (StkNumberField *self,
            double          value)
{
  return self->length && self->units == STK_UNITS_INCH ? value / STK_MM_PER_MIL : value;
}

/* The value the field stands for: the exact one while it shows it, else
 * what the user entered. */
static double
read_value (StkNumberField *self)
{
  double v = gtk_spin_button_get_value (self->spin);

  if (v == self->shown)
    return self->value;
  /* Rounded to 0.1 µm so a mil round trip does not leave 0.0500000001 in the file. */
  if (self->length && self->units == STK_UNITS_INCH)
    return round (v * STK_MM_PER_MIL * 1e4) / 1e4;
  return v;
}

/* Remembers what the spin is to show before showing it: its value-changed
 * then reads the exact value back, and nothing is notified. Clamped to
 * lower..upper, the range the spin ends with. */
static void
show_within (StkNumberField *self,
             double          lower,
             double          upper)
{
  double scale = pow (10, gtk_spin_button_get_digits (self->spin));

  self->shown = CLAMP (round (to_display (self, self->value) * scale) / scale, lower, upper);
  gtk_spin_button_set_value (self->spin, self->shown);
  /* Read back: the adjustment has the last word. */
  self->shown = gtk_spin_button_get_value (self->spin);
}

static void
on_spin_value_changed_cb (StkNumberField *self)
{
  double v = read_value (self);

  if (v == self->value)
    return;
  self->value = v;
  self->shown = gtk_spin_button_get_value (self->spin);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static gboolean
stk_number_field_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (STK_NUMBER_FIELD (widget)->spin));
}

static gboolean
stk_number_field_mnemonic_activate (GtkWidget *widget,
                                    gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (STK_NUMBER_FIELD (widget)->spin), group_cycling);
}

static void
stk_number_field_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StkNumberField *self = STK_NUMBER_FIELD (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_UNIT:
      g_value_set_string (value, stk_number_field_get_unit (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_number_field_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StkNumberField *self = STK_NUMBER_FIELD (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      stk_number_field_set_value (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_number_field_dispose (GObject *object)
{
  StkNumberField *self = STK_NUMBER_FIELD (object);

  if (self->spin != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->spin));
  self->spin = NULL;

  G_OBJECT_CLASS (stk_number_field_parent_class)->dispose (object);
}

static void
stk_number_field_finalize (GObject *object)
{
  StkNumberField *self = STK_NUMBER_FIELD (object);

  g_free (self->unit);

  G_OBJECT_CLASS (stk_number_field_parent_class)->finalize (object);
}

static void
stk_number_field_class_init (StkNumberFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = stk_number_field_get_property;
  object_class->set_property = stk_number_field_set_property;
  object_class->dispose = stk_number_field_dispose;
  object_class->finalize = stk_number_field_finalize;
  widget_class->grab_focus = stk_number_field_grab_focus;
  widget_class->mnemonic_activate = stk_number_field_mnemonic_activate;

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-number-field");
}

static void
stk_number_field_init (StkNumberField *self)
{
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new (NULL, 1, 0));
  gtk_spin_button_set_numeric (self->spin, TRUE);
  stk_spin_button_scroll_when_focused (self->spin);
  gtk_widget_set_parent (GTK_WIDGET (self->spin), GTK_WIDGET (self));
  g_signal_connect_swapped (self->spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), self);
}

/* The spin's range, digits and steps for the units; the value is shown
 * again without being changed. */
static void
configure (StkNumberField *self,
           guint           digits)
{
  double lower = to_display (self, self->lower), upper = to_display (self, self->upper);
  double step = to_display (self, self->step), old_lower, old_upper;

  /* Each step leaves the spin showing what it stands for: the range is
   * the union of both until the value is in, so that no clamp of the old
   * one reads as an edit. Digits before the value, which is rounded to them. */
  gtk_spin_button_get_range (self->spin, &old_lower, &old_upper);
  gtk_spin_button_set_range (self->spin, MIN (lower, old_lower), MAX (upper, old_upper));
  gtk_spin_button_set_digits (self->spin, digits);
  gtk_spin_button_set_increments (self->spin, step, step * 10);
  show_within (self, lower, upper);
  gtk_spin_button_set_range (self->spin, lower, upper);
}

StkNumberField *
stk_number_field_new (double      lower,
                      double      upper,
                      double      step,
                      guint       digits,
                      const char *unit)
{
  StkNumberField *self = g_object_new (STK_TYPE_NUMBER_FIELD, NULL);

  self->lower = lower;
  self->upper = upper;
  self->step = step;
  self->unit = g_strdup (unit);
  self->value = CLAMP (0, lower, upper);
  configure (self, digits);
  return self;
}

StkNumberField *
stk_number_field_new_length (double lower_mm,
                             double upper_mm,
                             double step_mm)
{
  StkNumberField *self = stk_number_field_new (lower_mm, upper_mm, step_mm, 3, NULL);

  self->length = TRUE;
  self->units = STK_UNITS_MM;
  return self;
}

double
stk_number_field_get_value (StkNumberField *self)
{
  g_return_val_if_fail (STK_IS_NUMBER_FIELD (self), 0);
  return self->value;
}

void
stk_number_field_set_value (StkNumberField *self,
                            double          value)
{
  double lower, upper;
  gboolean changed;

  g_return_if_fail (STK_IS_NUMBER_FIELD (self));

  changed = value != self->value;
  self->value = value;
  gtk_spin_button_get_range (self->spin, &lower, &upper);
  show_within (self, lower, upper);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

void
stk_number_field_set_units (StkNumberField *self,
                            StkUnits        units)
{
  g_return_if_fail (STK_IS_NUMBER_FIELD (self));
  g_return_if_fail (self->length);

  if (self->units == units)
    return;
  self->units = units;
  configure (self, units == STK_UNITS_INCH ? 2 : 3);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
stk_number_field_get_unit (StkNumberField *self)
{
  g_return_val_if_fail (STK_IS_NUMBER_FIELD (self), NULL);

  if (!self->length)
    return self->unit;
  /* Translators: "mil" is a thousandth of an inch, the unit of the inch display */
  return self->units == STK_UNITS_INCH ? _("mil") : _("mm");
}

GtkSpinButton *
stk_number_field_get_spin (StkNumberField *self)
{
  g_return_val_if_fail (STK_IS_NUMBER_FIELD (self), NULL);
  return self->spin;
}
