/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-preferences-window"

#include "stk-config.h"

#include "stk-preferences-window.h"
#include "stk-settings.h"

struct _StkPreferencesWindow
{
  GtkWindow    parent_instance;

  GtkDropDown *units;
  GtkDropDown *default_series;
  GSettings   *settings;
};

G_DEFINE_FINAL_TYPE (StkPreferencesWindow, stk_preferences_window, GTK_TYPE_WINDOW)

/* The series drop-down lists the schema's choices in this order. */
static const char *const series_ids[] = { "P4", "A4S" };

static gboolean
series_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *id = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (series_ids); i++)
    if (g_str_equal (id, series_ids[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
series_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (series_ids) ? g_variant_new_string (series_ids[i]) : NULL;
}

static gboolean
units_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "inch") ? 1 : 0);
  return TRUE;
}

static GVariant *
units_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "inch" : "mm");
}

static void
stk_preferences_window_dispose (GObject *object)
{
  StkPreferencesWindow *self = STK_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stk_preferences_window_parent_class)->dispose (object);
}

static void
stk_preferences_window_class_init (StkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stackup/Stackup/ui/stk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StkPreferencesWindow, units);
  gtk_widget_class_bind_template_child (widget_class, StkPreferencesWindow, default_series);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stk_preferences_window_init (StkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = stk_settings_new ();
  g_settings_bind_with_mapping (self->settings, "units", self->units, "selected",
                                G_SETTINGS_BIND_DEFAULT, units_get_mapping, units_set_mapping, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "default-series", self->default_series, "selected",
                                G_SETTINGS_BIND_DEFAULT, series_get_mapping, series_set_mapping, NULL, NULL);
}

StkPreferencesWindow *
stk_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (STK_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}
