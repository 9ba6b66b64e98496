/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-canvas"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stk-canvas.h"
#include "stk-check-cache.h"
#include "stk-print.h"
#include "stk-settings.h"
#include "stk-drawing.h"
#include "stk-sheet.h"

#define FIT_PADDING_PX 16.0
#define ZOOM_MIN       0.1   /* px per mm: a few stacked A3 sheets still fit a window */
#define ZOOM_MAX       2000.0
/* The drawing opens with its usual lettering this many pixels high (em),
 * about GNOME's caption text: fitted whole, a sheet's 2.5 mm lettering can
 * come out smaller than that. */
#define READABLE_EM_PX 11.0
#define SCROLL_STEP    1.2
/* A sheet drawn smaller than this is only its outline: its lettering could
 * not be read, and a large assembly fitted whole would otherwise build
 * hundreds of sheets to show specks (at ZOOM_MIN every sheet size is one). */
#define SHEET_DETAIL_PX 40.0

struct _StkCanvas
{
  GtkWidget   parent_instance;

  StkProject *project;
  StkCatalog *catalog;
  /* The sheets one under another; each is built when it first comes into
   * sight, so an edit of a large assembly costs its layout and the sheets
   * on screen, not all of them. */
  StkSheets  *sheets;
  StkDrawing *strip;        /* every sheet, built only when asked for (stk_canvas_get_drawing) */
  GSettings  *settings;     /* the last print's sheets, which the page view shows */
  char       *highlight;
  StkStatus   highlight_status;
  StkUnits    units;
  gboolean    dark;

  /* View: widget px = origin + zoom × drawing mm. */
  double      zoom;
  double      origin_x;
  double      origin_y;
  gboolean    fitted;       /* keep fitting as the widget or drawing changes */
  gboolean    readable;     /* ...at least at a zoom where the lettering reads */
  double      drag_origin_x;
  double      drag_origin_y;
  double      pointer_x;
  double      pointer_y;
  gboolean    has_pointer;
};

G_DEFINE_FINAL_TYPE (StkCanvas, stk_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIGHLIGHT,
  PROP_HIGHLIGHT_STATUS,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
style_is_dark (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  const char *env = g_getenv ("GTK_THEME");
  g_autofree char *theme = NULL;
  gboolean prefer_dark = FALSE;

  if (settings == NULL)
    return FALSE;
  g_object_get (settings, "gtk-application-prefer-dark-theme", &prefer_dark,
                "gtk-theme-name", &theme, NULL);
  /* GTK_THEME=Adwaita:dark overrides the settings without changing them. */
  return prefer_dark || (theme != NULL && g_str_has_suffix (theme, "-dark")) ||
         (env != NULL && (g_str_has_suffix (env, ":dark") || g_str_has_suffix (env, "-dark")));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The em size of the drawing's smaller common text (the lower quartile:
 * dimension values, not titles), in mm, read from the first sheet, where
 * the drawing opens; 0 if none. */
static double
usual_text_mm (const StkSheets *sheets)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (stk_sheets_get_sheet (sheets, 0), &n);

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_TEXT)
      g_array_append_val (sizes, prims[i].size);
  if (sizes->len == 0)
    return 0;
  g_array_sort (sizes, compare_doubles);
  return g_array_index (sizes, double, sizes->len / 4);
}

/* Fits the drawing in the widget; in the readable view (how it opens) not
 * smaller than its lettering can be read at, starting from its top left
 * corner if it then overflows. */
static void
fit (StkCanvas *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double dw, dh, text_mm;

  if (self->sheets == NULL || w <= 2 * FIT_PADDING_PX || h <= 2 * FIT_PADDING_PX)
    return;
  stk_sheets_get_strip_size (self->sheets, &dw, &dh);
  if (dw <= 0 || dh <= 0)
    return;
  self->zoom = MIN ((w - 2 * FIT_PADDING_PX) / dw, (h - 2 * FIT_PADDING_PX) / dh);
  text_mm = self->readable ? usual_text_mm (self->sheets) : 0;
  if (text_mm > 0)
    self->zoom = MAX (self->zoom, READABLE_EM_PX / text_mm);
  self->zoom = CLAMP (self->zoom, ZOOM_MIN, ZOOM_MAX);
  self->origin_x = dw * self->zoom <= w - 2 * FIT_PADDING_PX ? (w - dw * self->zoom) / 2 : FIT_PADDING_PX;
  self->origin_y = dh * self->zoom <= h - 2 * FIT_PADDING_PX ? (h - dh * self->zoom) / 2 : FIT_PADDING_PX;
}

static void
rebuild (StkCanvas *self)
{
  g_clear_pointer (&self->strip, stk_drawing_free);
  g_clear_pointer (&self->sheets, stk_sheets_free);
  if (self->project != NULL)
    {
      /* The page view: the sheets that print and export, one under another. */
      StkSheetSpec spec;
      /* The checks panel's records: the checks run once per edit. */
      g_autoptr(GPtrArray) results = stk_checks_run_cached (self->project, self->catalog, self->units);

      stk_print_sheet_spec (self->settings, NULL, &spec);
      spec.units = self->units;
      self->sheets = stk_sheets_new_lazy (self->project, self->catalog, &spec, results);
    }
  if (self->fitted)
    fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_style_changed_cb (StkCanvas *self)
{
  gboolean dark = style_is_dark ();

  if (dark == self->dark)
    return;
  self->dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  StkCanvas      *self)
{
  self->drag_origin_x = self->origin_x;
  self->drag_origin_y = self->origin_y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   StkCanvas      *self)
{
  self->origin_x = self->drag_origin_x + dx;
  self->origin_y = self->drag_origin_y + dy;
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                StkCanvas      *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              StkCanvas                *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
}

static void
on_leave_cb (StkCanvas *self)
{
  self->has_pointer = FALSE;
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *scroll,
              double                    dx,
              double                    dy,
              StkCanvas                *self)
{
  double x = self->has_pointer ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double y = self->has_pointer ? self->pointer_y : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (dy == 0)
    return FALSE;
  stk_canvas_zoom_at (self, pow (SCROLL_STEP, -dy), x, y);
  return TRUE;
}

static void
stk_canvas_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  StkCanvas *self = STK_CANVAS (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);
  StkDrawOptions options;
  cairo_t *cr;

  if (self->sheets == NULL || w <= 0 || h <= 0)
    return;
  stk_draw_options_init (&options);
  options.dark = self->dark;
  options.highlight = self->highlight;
  options.highlight_status = self->highlight_status;
  /* The widget's own "view" background is the paper. */
  options.background = FALSE;
  options.min_line_mm = 1.0 / (self->zoom * gtk_widget_get_scale_factor (widget));

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_translate (cr, self->origin_x, self->origin_y);
  cairo_scale (cr, self->zoom, self->zoom);
  /* Only the sheets in sight are drawn, and built the first time they are. */
  {
    double top = -self->origin_y / self->zoom, bottom = (h - self->origin_y) / self->zoom;
    double sw, sh;
    guint n = stk_sheets_get_n_sheets (self->sheets);

    /* The sheets lie at equal steps: those in sight are a run of them. */
    double pitch = n > 1 ? stk_sheets_get_sheet_y (self->sheets, 1) : G_MAXDOUBLE;
    guint first = (guint) CLAMP (floor (top / pitch), 0, n);
    guint last = (guint) CLAMP (floor (bottom / pitch), 0, n);

    stk_sheets_get_size (self->sheets, &sw, &sh);
    for (guint i = first; i < n && i <= last; i++)
      {
        double y = stk_sheets_get_sheet_y (self->sheets, i);

        if (y + sh < top || y > bottom)
          continue;
        cairo_save (cr);
        cairo_translate (cr, 0, y);
        if (sh * self->zoom < SHEET_DETAIL_PX)
          stk_draw_sheet_outline (cr, sw, sh, &options);
        else
          stk_draw_render (cr, stk_sheets_get_sheet (self->sheets, i), &options);
        cairo_restore (cr);
      }
  }
  cairo_destroy (cr);
}

static void
stk_canvas_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  StkCanvas *self = STK_CANVAS (widget);

  if (self->fitted)
    fit (self);
}

static void
stk_canvas_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StkCanvas *self = STK_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHT:
      g_value_set_string (value, self->highlight);
      break;
    case PROP_HIGHLIGHT_STATUS:
      g_value_set_int (value, self->highlight_status);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_canvas_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StkCanvas *self = STK_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHT:
      stk_canvas_set_highlight (self, g_value_get_string (value));
      break;
    case PROP_HIGHLIGHT_STATUS:
      stk_canvas_set_highlight_status (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_canvas_dispose (GObject *object)
{
  StkCanvas *self = STK_CANVAS (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->strip, stk_drawing_free);
  g_clear_pointer (&self->sheets, stk_sheets_free);
  g_clear_pointer (&self->highlight, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stk_canvas_parent_class)->dispose (object);
}

static void
stk_canvas_class_init (StkCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_canvas_dispose;
  object_class->get_property = stk_canvas_get_property;
  object_class->set_property = stk_canvas_set_property;
  widget_class->snapshot = stk_canvas_snapshot;
  widget_class->size_allocate = stk_canvas_size_allocate;

  properties[PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A StkStatus: the colour of the highlight. */
  properties[PROP_HIGHLIGHT_STATUS] =
    g_param_spec_int ("highlight-status", NULL, NULL, STK_STATUS_PASS, STK_STATUS_FAIL, STK_STATUS_FAIL,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "stk-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stk_canvas_init (StkCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkSettings *settings = gtk_settings_get_default ();

  self->zoom = 4;
  self->highlight_status = STK_STATUS_FAIL;
  self->fitted = TRUE;
  self->readable = TRUE;
  gtk_widget_add_css_class (widget, "view");
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_vexpand (widget, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Dimensioned drawing of the stack-up"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Scroll to zoom, drag to pan, Ctrl+0 to fit"), -1);

  /* Any button pans: primary for a mouse, middle as in CAD tools. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (widget, motion);

  if (settings != NULL)
    {
      g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme",
                               G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "notify::gtk-theme-name",
                               G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->dark = style_is_dark ();
  self->settings = stk_settings_new ();
  g_signal_connect_object (self->settings, "changed::print-settings", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::print-scale", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
}

GtkWidget *
stk_canvas_new (void)
{
  return g_object_new (STK_TYPE_CANVAS, NULL);
}

void
stk_canvas_set_project (StkCanvas  *self,
                        StkProject *project,
                        StkCatalog *catalog)
{
  g_return_if_fail (STK_IS_CANVAS (self));

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  g_set_object (&self->catalog, catalog);
  if (project != NULL)
    g_signal_connect_swapped (project, "changed", G_CALLBACK (rebuild), self);
  self->fitted = TRUE;
  self->readable = TRUE;
  rebuild (self);
}

const StkDrawing *
stk_canvas_get_drawing (StkCanvas *self)
{
  g_return_val_if_fail (STK_IS_CANVAS (self), NULL);

  if (self->strip == NULL && self->sheets != NULL)
    self->strip = stk_sheets_new_strip (self->sheets);
  return self->strip;
}

const StkSheets *
stk_canvas_get_sheets (StkCanvas *self)
{
  g_return_val_if_fail (STK_IS_CANVAS (self), NULL);
  return self->sheets;
}

const char *
stk_canvas_get_highlight (StkCanvas *self)
{
  g_return_val_if_fail (STK_IS_CANVAS (self), NULL);
  return self->highlight;
}

void
stk_canvas_set_highlight (StkCanvas  *self,
                          const char *subject)
{
  g_return_if_fail (STK_IS_CANVAS (self));

  if (g_strcmp0 (self->highlight, subject) == 0)
    return;
  g_free (self->highlight);
  self->highlight = g_strdup (subject);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stk_canvas_set_units (StkCanvas *self,
                      StkUnits   units)
{
  g_return_if_fail (STK_IS_CANVAS (self));

  if (self->units == units)
    return;
  self->units = units;
  rebuild (self);
}

StkStatus
stk_canvas_get_highlight_status (StkCanvas *self)
{
  g_return_val_if_fail (STK_IS_CANVAS (self), STK_STATUS_FAIL);
  return self->highlight_status;
}

void
stk_canvas_set_highlight_status (StkCanvas *self,
                                 StkStatus  status)
{
  g_return_if_fail (STK_IS_CANVAS (self));

  if (self->highlight_status == status)
    return;
  self->highlight_status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_STATUS]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
stk_canvas_get_dark (StkCanvas *self)
{
  g_return_val_if_fail (STK_IS_CANVAS (self), FALSE);
  return self->dark;
}

double
stk_canvas_get_zoom (StkCanvas *self)
{
  g_return_val_if_fail (STK_IS_CANVAS (self), 0);
  return self->zoom;
}

void
stk_canvas_zoom_at (StkCanvas *self,
                    double     factor,
                    double     x,
                    double     y)
{
  double zoom;

  g_return_if_fail (STK_IS_CANVAS (self));

  zoom = CLAMP (self->zoom * factor, ZOOM_MIN, ZOOM_MAX);
  /* The drawing point under (x, y) stays under it. */
  self->origin_x = x - (x - self->origin_x) * zoom / self->zoom;
  self->origin_y = y - (y - self->origin_y) * zoom / self->zoom;
  self->zoom = zoom;
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stk_canvas_zoom_fit (StkCanvas *self)
{
  g_return_if_fail (STK_IS_CANVAS (self));

  self->fitted = TRUE;
  self->readable = FALSE;
  fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stk_canvas_to_widget (StkCanvas *self,
                      double     x_mm,
                      double     y_mm,
                      double    *x,
                      double    *y)
{
  g_return_if_fail (STK_IS_CANVAS (self));

  *x = self->origin_x + self->zoom * x_mm;
  *y = self->origin_y + self->zoom * y_mm;
}
