/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-application"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-application.h"
#include "stk-catalog.h"
#include "stk-help-window.h"
#include "stk-preferences-window.h"
#include "stk-window.h"
#include "stk-settings.h"

struct _StkApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  gboolean        recovery_offered;
};

G_DEFINE_FINAL_TYPE (StkApplication, stk_application, GTK_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[4];
} accels[] = {
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-fit", { "<Control>0", "<Control>KP_0", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "app.help", { "F1", NULL } },
};

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *authors[] = { _("The Stackup authors"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Stackup"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Board-to-board stack-ups with Panasonic P4 and A4S connectors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "website", "https://github.com/stackup/stackup",
                         NULL);
}

static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  stk_help_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;
  StkPreferencesWindow *prefs = stk_preferences_window_new (gtk_application_get_active_window (app));

  gtk_window_present (GTK_WINDOW (prefs));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about its own unsaved changes. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

/* Test-only hook: with STACKUP_TEST_QUIT_AFTER_MAPPED set, the first window
 * to be mapped prints its title on stdout and the application quits, so a
 * test can start the real program (tests/test-app.c, /stackup/app/launch). */
static void
on_window_mapped_cb (GtkWindow      *window,
                     StkApplication *self)
{
  g_print ("%s\n", gtk_window_get_title (window));
  g_application_quit (G_APPLICATION (self));
}

/* Test-only hook: STACKUP_TEST_ACTIONS holds detailed action names
 * separated by spaces ("win.add-board win.recover-draft('ID') app.quit");
 * once the first window is mapped they are activated on it in turn, each
 * after what the one before set going. A test drives the real program
 * with it (tests/test-app-recovery.c). */
static gboolean
run_test_action_cb (gpointer data)
{
  GtkWidget *window = data;
  char **next = g_object_get_data (G_OBJECT (window), "stk-test-actions");
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GError) error = NULL;

  if (next == NULL || *next == NULL)
    return G_SOURCE_REMOVE;
  g_object_set_data (G_OBJECT (window), "stk-test-actions", next + 1);
  if (!g_action_parse_detailed_name (*next, &name, &target, &error))
    g_printerr ("STACKUP_TEST_ACTIONS: %s\n", error->message);
  else if (!gtk_widget_activate_action_variant (window, name, target))
    g_printerr ("STACKUP_TEST_ACTIONS: no action %s\n", *next);
  return G_SOURCE_CONTINUE;
}

static void
on_window_mapped_run_actions_cb (GtkWidget *window)
{
  g_auto(GStrv) actions = g_strsplit (g_getenv ("STACKUP_TEST_ACTIONS"), " ", -1);

  /* Kept with the window; the idle runs while the window lives. */
  g_object_set_data_full (G_OBJECT (window), "stk-test-actions-all", g_steal_pointer (&actions),
                          (GDestroyNotify) g_strfreev);
  g_object_set_data (G_OBJECT (window), "stk-test-actions",
                     g_object_get_data (G_OBJECT (window), "stk-test-actions-all"));
  g_idle_add_full (G_PRIORITY_LOW, run_test_action_cb, g_object_ref (window), g_object_unref);
}

static void
present_window (StkApplication *self,
                GtkWindow      *window)
{
  if (g_getenv ("STACKUP_TEST_QUIT_AFTER_MAPPED") != NULL)
    g_signal_connect_object (window, "map", G_CALLBACK (on_window_mapped_cb), self, G_CONNECT_AFTER);
  /* Drafts a crash or kill left are offered once a start, by its first window. */
  if (!self->recovery_offered)
    {
      self->recovery_offered = TRUE;
      stk_window_offer_recovery (STK_WINDOW (window));
      if (g_getenv ("STACKUP_TEST_ACTIONS") != NULL)
        g_signal_connect (window, "map", G_CALLBACK (on_window_mapped_run_actions_cb), NULL);
    }
  gtk_window_present (window);
}

static void
stk_application_activate (GApplication *application)
{
  StkApplication *self = STK_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      StkWindow *w = stk_window_new (GTK_APPLICATION (self));

      /* The example shows a new user what a finished stack-up looks like. */
      if (g_settings_get_boolean (self->settings, "first-start"))
        {
          stk_window_load_example (w);
          g_settings_set_boolean (self->settings, "first-start", FALSE);
        }
      window = GTK_WINDOW (w);
    }
  present_window (self, window);
}

static void
stk_application_open (GApplication  *application,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      StkWindow *w = stk_window_new (GTK_APPLICATION (application));

      stk_window_load_file (w, files[i]);
      present_window (STK_APPLICATION (application), GTK_WINDOW (w));
    }
}

static gpointer
preload_catalog (gpointer data)
{
  stk_catalog_get_default ();
  return NULL;
}

static void
stk_application_startup (GApplication *application)
{
  StkApplication *self = STK_APPLICATION (application);
  static const GActionEntry entries[] = {
    { "about", about_action, NULL, NULL, NULL, { 0 } },
    { "help", help_action, NULL, NULL, NULL, { 0 } },
    { "preferences", preferences_action, NULL, NULL, NULL, { 0 } },
    { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  };

  /* The catalog (JSON parsing and self-checks, a few milliseconds) loads
   * while GTK connects to the display; the first window finds it ready or
   * waits for it in stk_catalog_get_default(). gtk_init() would call
   * setlocale() while that thread formats strings; main() has set the
   * locale already. (A test may have initialized GTK itself.) */
  if (!gtk_is_initialized ())
    gtk_disable_setlocale ();
  g_thread_unref (g_thread_new ("stk-catalog", preload_catalog, NULL));
  G_APPLICATION_CLASS (stk_application_parent_class)->startup (application);

  self->settings = stk_settings_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  stk_application_load_style (gdk_display_get_default ());
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}

static void
stk_application_dispose (GObject *object)
{
  StkApplication *self = STK_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stk_application_parent_class)->dispose (object);
}

static void
stk_application_class_init (StkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = stk_application_dispose;
  app_class->startup = stk_application_startup;
  app_class->activate = stk_application_activate;
  app_class->open = stk_application_open;
}

static void
stk_application_init (StkApplication *self)
{
}

StkApplication *
stk_application_new (void)
{
  StkApplication *self = g_object_new (STK_TYPE_APPLICATION,
                                       "application-id", APP_ID,
                                       "flags", G_APPLICATION_HANDLES_OPEN,
                                       NULL);

  /* Nothing is loaded from resources by convention: GtkApplication would
   * build the shortcuts window for each new window, and the window's
   * win.show-help-overlay builds it when asked. */
  g_application_set_resource_base_path (G_APPLICATION (self), NULL);
  return self;
}

void
stk_application_load_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  g_return_if_fail (GDK_IS_DISPLAY (display));
  gtk_css_provider_load_from_resource (css, "/io/github/stackup/Stackup/ui/stackup.css");
  /* The app icon (About) from the resources, installed or not. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display), "/io/github/stackup/Stackup/icons");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
