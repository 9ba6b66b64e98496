/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-preferences-window"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-catalog.h"
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

/* The series drop-down lists the catalog's series in its order; an id the
 * catalog does not list shows (and means) its first series. */
static gboolean
series_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  GPtrArray *all = stk_catalog_get_series (stk_catalog_get_default ());
  const StkSeries *series = stk_catalog_find_series (stk_catalog_get_default (), g_variant_get_string (variant, NULL));
  guint index = 0;

  g_ptr_array_find (all, series, &index);
  g_value_set_uint (value, index);
  return TRUE;
}

static GVariant *
series_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  GPtrArray *all = stk_catalog_get_series (stk_catalog_get_default ());
  guint i = g_value_get_uint (value);

  return i < all->len ? g_variant_new_string (((const StkSeries *) g_ptr_array_index (all, i))->id) : NULL;
}

static GListModel *
series_model (void)
{
  GPtrArray *all = stk_catalog_get_series (stk_catalog_get_default ());
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < all->len; i++)
    {
      const StkSeries *s = g_ptr_array_index (all, i);
      /* Translators: a connector series and its kind: "P4 (board-to-board)" */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), s->id, stk_series_kind_label (s->kind));
      gtk_string_list_append (list, label);
    }
  return G_LIST_MODEL (list);
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

  {
    g_autoptr(GListModel) series = series_model ();
    gtk_drop_down_set_model (self->default_series, series);
  }
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
