/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-gtk-util.h"

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
on_idle_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
test_present_until_painted (GtkWindow *window)
{
  gboolean painted = FALSE, settled = FALSE;
  gulong id;

  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  id = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                         G_CALLBACK (on_after_paint_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), id);
  /* Then whatever the first frame set going, up to the next idle. */
  g_idle_add_full (G_PRIORITY_LOW, on_idle_cb, &settled, NULL);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
}
