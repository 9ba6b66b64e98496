/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-widget-util"

#include "stk-config.h"

#include <math.h>

#include "stk-widget-util.h"

#define TIP_KEY "stk-cell-tooltip"

/* Over a number field that does not have the focus, the wheel scrolls the
 * form: a spin button would take it and change the value, and a user
 * scrolling down a long form silently edited every field passed over. */
static gboolean
on_spin_scroll_cb (GtkEventControllerScroll *controller,
                   double                    dx,
                   double                    dy,
                   gpointer                  user_data)
{
  GtkWidget *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scroller;
  GtkAdjustment *adj;

  if (gtk_widget_get_focus_child (spin) != NULL || gtk_widget_has_focus (spin))
    return FALSE;
  scroller = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    {
      adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      /* GTK's own step for a wheel click. */
      gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) +
                                dy * pow (gtk_adjustment_get_page_size (adj), 2.0 / 3.0));
    }
  return TRUE;
}

void
stk_spin_button_scroll_when_focused (GtkSpinButton *spin)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_spin_scroll_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (spin), scroll);
}

void
stk_entry_set_text_if_changed (GtkEditable *editable,
                               const char  *text)
{
  /* Setting the same text would move the cursor while the user types. */
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text ? text : "");
}

static gboolean
on_cell_query_tooltip_cb (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TIP_KEY);

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
stk_widget_set_cell_tooltip (GtkWidget  *widget,
                             const char *text)
{
  /* gtk_widget_set_tooltip_text() asks the X server where the pointer is on
   * every call (two round trips in GTK 4.8): hundreds of list cells made the
   * window take over a second to appear. The text is read when the tooltip
   * shows instead. */
  if (!gtk_widget_get_has_tooltip (widget))
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), NULL);
      gtk_widget_set_has_tooltip (widget, TRUE);
    }
  g_object_set_data_full (G_OBJECT (widget), TIP_KEY, g_strdup (text), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* One request: the widget (weak, it may go first) and what to run. */
typedef struct {
  GWeakRef      widget;
  StkWidgetFunc func;
  gulong        map_id;
  gulong        paint_id;
} FrameWait;

static void
frame_wait_free (gpointer  data,
                 GClosure *closure)
{
  FrameWait *wait = data;

  g_weak_ref_clear (&wait->widget);
  g_free (wait);
}

static void
on_next_after_paint_cb (GdkFrameClock *clock,
                        FrameWait     *wait)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&wait->widget);
  StkWidgetFunc func = wait->func;

  /* Frees wait. */
  g_signal_handler_disconnect (clock, wait->paint_id);
  /* A widget taken out of its window (or disposed) before the frame has
   * nothing left to show. */
  if (widget != NULL && gtk_widget_get_root (widget) != NULL)
    func (widget);
}

static FrameWait *
frame_wait_new (GtkWidget     *widget,
                StkWidgetFunc  func)
{
  FrameWait *wait = g_new0 (FrameWait, 1);

  g_weak_ref_init (&wait->widget, widget);
  wait->func = func;
  return wait;
}

static void
wait_for_paint (GtkWidget     *widget,
                StkWidgetFunc  func)
{
  FrameWait *wait = frame_wait_new (widget, func);

  wait->paint_id = g_signal_connect_data (gtk_widget_get_frame_clock (widget), "after-paint",
                                          G_CALLBACK (on_next_after_paint_cb), wait,
                                          frame_wait_free, 0);
}

static void
on_map_cb (GtkWidget *widget,
           FrameWait *wait)
{
  wait_for_paint (widget, wait->func);
  /* Frees wait. */
  g_signal_handler_disconnect (widget, wait->map_id);
}

void
stk_widget_after_next_frame (GtkWidget     *widget,
                             StkWidgetFunc  func)
{
  FrameWait *wait;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  if (gtk_widget_get_mapped (widget))
    {
      wait_for_paint (widget, func);
      return;
    }
  wait = frame_wait_new (widget, func);
  wait->map_id = g_signal_connect_data (widget, "map", G_CALLBACK (on_map_cb), wait,
                                        frame_wait_free, 0);
}

gboolean
stk_follow_project (StkProject **slot,
                    StkProject  *project,
                    GCallback    handler,
                    gpointer     instance)
{
  if (*slot == project)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, instance);
  g_set_object (slot, project);
  if (project != NULL)
    g_signal_connect (project, "changed", handler, instance);
  return TRUE;
}
