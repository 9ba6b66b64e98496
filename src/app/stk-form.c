/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-form"

#include "stk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stk-catalog.h"
#include "stk-form.h"
#include "stk-i18n.h"

#define ROW_KEY    "stk-form-row"
#define TIP_KEY    "stk-cell-tooltip"

typedef struct {
  double   lower_mm;
  double   upper_mm;
  double   step_mm;
  StkUnits units;
} LengthSpec;

/* What a number field shows, rounded to its digits, and the exact value
 * behind it (stk_spin_button_show). */
typedef struct {
  double shown;
  double exact;
} Shown;

#define SHOWN_KEY "stk-shown"

static int
next_row (GtkGrid *form)
{
  int row = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (form), ROW_KEY));

  g_object_set_data (G_OBJECT (form), ROW_KEY, GINT_TO_POINTER (row + 1));
  return row;
}

GtkGrid *
stk_form_new (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  return GTK_GRID (grid);
}

void
stk_form_add_wide (GtkGrid   *form,
                   GtkWidget *widget)
{
  gtk_grid_attach (form, widget, 0, next_row (form), 3, 1);
}

GtkWidget *
stk_form_add_heading (GtkGrid    *form,
                      const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_grid_attach (form, label, 0, next_row (form), 3, 1);
  return label;
}

GtkWidget *
stk_form_add_row (GtkGrid    *form,
                  const char *mnemonic,
                  GtkWidget  *control,
                  const char *suffix)
{
  int row = next_row (form);
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  /* The mnemonic widget also becomes the control's accessible label. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), control);
  gtk_widget_set_hexpand (control, TRUE);
  gtk_grid_attach (form, label, 0, row, 1, 1);
  /* Without a unit the control takes the unit's column too, so every
   * field ends where the lists above it end. */
  gtk_grid_attach (form, control, 1, row, suffix ? 1 : 2, 1);
  g_object_set_data (G_OBJECT (control), "stk-form-label", label);
  if (suffix != NULL)
    {
      GtkWidget *unit = gtk_label_new (suffix);

      gtk_label_set_xalign (GTK_LABEL (unit), 0);
      gtk_widget_add_css_class (unit, "dim-label");
      gtk_grid_attach (form, unit, 2, row, 1, 1);
      g_object_set_data (G_OBJECT (control), "stk-form-suffix", unit);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (control),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, unit, NULL, -1);
    }
  return control;
}

void
stk_form_set_row_visible (GtkWidget *control,
                          gboolean   visible)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (control), "stk-form-label");
  GtkWidget *suffix = g_object_get_data (G_OBJECT (control), "stk-form-suffix");

  gtk_widget_set_visible (control, visible);
  if (label != NULL)
    gtk_widget_set_visible (label, visible);
  if (suffix != NULL)
    gtk_widget_set_visible (suffix, visible);
}

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

GtkSpinButton *
stk_form_add_number (GtkGrid    *form,
                     const char *name,
                     const char *mnemonic,
                     double      lower,
                     double      upper,
                     double      step,
                     guint       digits,
                     const char *unit)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_widget_set_name (spin, name);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  stk_spin_button_scroll_when_focused (GTK_SPIN_BUTTON (spin));
  return GTK_SPIN_BUTTON (stk_form_add_row (form, mnemonic, spin, unit));
}

GtkSpinButton *
stk_form_add_length (GtkGrid    *form,
                     const char *name,
                     const char *mnemonic,
                     double      lower_mm,
                     double      upper_mm,
                     double      step_mm)
{
  /* Translators: the unit millimetre after a length field */
  GtkSpinButton *spin = stk_form_add_number (form, name, mnemonic, lower_mm, upper_mm, step_mm, 3, _("mm"));
  LengthSpec *spec = g_new0 (LengthSpec, 1);

  spec->lower_mm = lower_mm;
  spec->upper_mm = upper_mm;
  spec->step_mm = step_mm;
  spec->units = STK_UNITS_MM;
  g_object_set_data_full (G_OBJECT (spin), "stk-length", spec, g_free);
  return spin;
}

static double
mm_to_display (double   mm,
               StkUnits units)
{
  return units == STK_UNITS_INCH ? mm / STK_MM_PER_MIL : mm;
}

void
stk_spin_button_show (GtkSpinButton *spin,
                      double         shown,
                      double         exact)
{
  double scale = pow (10, gtk_spin_button_get_digits (spin));
  Shown *memo = g_object_get_data (G_OBJECT (spin), SHOWN_KEY);

  if (memo == NULL)
    {
      memo = g_new0 (Shown, 1);
      g_object_set_data_full (G_OBJECT (spin), SHOWN_KEY, memo, g_free);
    }
  gtk_spin_button_set_value (spin, round (shown * scale) / scale);
  /* Read back: the range may have clamped it. */
  memo->shown = gtk_spin_button_get_value (spin);
  memo->exact = exact;
}

gboolean
stk_spin_button_still_shows (GtkSpinButton *spin,
                             double        *exact)
{
  Shown *memo = g_object_get_data (G_OBJECT (spin), SHOWN_KEY);

  if (memo == NULL || gtk_spin_button_get_value (spin) != memo->shown)
    return FALSE;
  *exact = memo->exact;
  return TRUE;
}

void
stk_length_spin_set_units (GtkSpinButton *spin,
                           StkUnits       units)
{
  LengthSpec *spec = g_object_get_data (G_OBJECT (spin), "stk-length");
  GtkWidget *suffix = g_object_get_data (G_OBJECT (spin), "stk-form-suffix");
  double mm;

  g_return_if_fail (spec != NULL);
  if (spec->units == units)
    return;
  mm = stk_length_spin_get_mm (spin);
  spec->units = units;
  /* Digits first: the value is rounded to them when set. */
  gtk_spin_button_set_digits (spin, units == STK_UNITS_INCH ? 2 : 3);
  gtk_spin_button_set_range (spin, mm_to_display (spec->lower_mm, units),
                             mm_to_display (spec->upper_mm, units));
  gtk_spin_button_set_increments (spin, mm_to_display (spec->step_mm, units),
                                  mm_to_display (spec->step_mm, units) * 10);
  stk_spin_button_show (spin, mm_to_display (mm, units), mm);
  /* Translators: "mil" is a thousandth of an inch, the unit of the inch display */
  gtk_label_set_text (GTK_LABEL (suffix), units == STK_UNITS_INCH ? _("mil") : _("mm"));
}

void
stk_length_spin_set_mm (GtkSpinButton *spin,
                        double         mm)
{
  LengthSpec *spec = g_object_get_data (G_OBJECT (spin), "stk-length");

  stk_spin_button_show (spin, mm_to_display (mm, spec->units), mm);
}

double
stk_length_spin_get_mm (GtkSpinButton *spin)
{
  LengthSpec *spec = g_object_get_data (G_OBJECT (spin), "stk-length");
  double v = gtk_spin_button_get_value (spin);
  double mm;

  /* Still what was shown: the exact value behind it, not its rounding. */
  if (stk_spin_button_still_shows (spin, &mm))
    return mm;
  /* Rounded to 0.1 µm so a mil round trip does not leave 0.0500000001 in the file. */
  if (spec->units == STK_UNITS_INCH)
    return round (v * STK_MM_PER_MIL * 1e4) / 1e4;
  return v;
}

GtkSwitch *
stk_form_add_switch (GtkGrid    *form,
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
stk_form_add_choice (GtkGrid           *form,
                     const char        *name,
                     const char        *mnemonic,
                     const char *const *items)
{
  GtkWidget *dd = stk_choice_new (items);

  gtk_widget_set_name (dd, name);
  stk_form_add_row (form, mnemonic, dd, NULL);
  stk_choice_set_labelled_by (STK_CHOICE (dd), g_object_get_data (G_OBJECT (dd), "stk-form-label"));
  return STK_CHOICE (dd);
}

GtkEntry *
stk_form_add_entry (GtkGrid    *form,
                    const char *name,
                    const char *mnemonic)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  return GTK_ENTRY (stk_form_add_row (form, mnemonic, entry, NULL));
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
