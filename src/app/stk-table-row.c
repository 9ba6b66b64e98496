/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-table-row"

#include "stk-config.h"

#include "stk-table-row.h"

#define SPACING 12

typedef struct {
  char        *text;
  char        *tooltip;
  PangoLayout *layout;  /* built when first drawn; width follows the column */
  int          x;
  int          width;
} Cell;

struct _StkTableRow
{
  GtkWidget       parent_instance;

  StkTableColumn *columns;
  Cell           *cells;
  guint           n_columns;
  GtkImage       *icon;

  /* pango_context_get_metrics() shapes a sample text on every call: the
   * character width and line height are kept for the font they were
   * measured in. */
  PangoFontDescription *metrics_font;
  int             char_width;   /* Pango units */
  int             line_height;  /* pixels */
  PangoFontDescription *layout_font;  /* the row's own, its layouts' */
};

G_DEFINE_FINAL_TYPE (StkTableRow, stk_table_row, GTK_TYPE_WIDGET)

static void
drop_layouts (StkTableRow *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    g_clear_object (&self->cells[i].layout);
}

/* Widths and height come from the font the row sits in, not its own: a
 * failing row drawn in bold (a larger font in some themes) lines up with
 * the others and with the header. */
static void
update_metrics (StkTableRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  PangoContext *context = gtk_widget_get_pango_context (parent ? parent : GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PangoFontMetrics *metrics;

  if (self->metrics_font != NULL && pango_font_description_equal (font, self->metrics_font))
    return;
  metrics = pango_context_get_metrics (context, NULL, NULL);
  self->char_width = pango_font_metrics_get_approximate_char_width (metrics);
  self->line_height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) +
                                         pango_font_metrics_get_descent (metrics));
  pango_font_metrics_unref (metrics);
  g_clear_pointer (&self->metrics_font, pango_font_description_free);
  self->metrics_font = pango_font_description_copy (font);
}

static int
declared (StkTableRow *self,
          int          chars)
{
  return PANGO_PIXELS (self->char_width * chars);
}

/* Shrinks the chosen columns from their width towards their least width,
 * each in proportion to what it can spare; returns what is still missing. */
static int
give_way (StkTableRow *self,
          int         *width,
          const int   *least,
          gboolean     expanding,
          int          deficit)
{
  int slack = 0;

  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i].expand == expanding)
      slack += width[i] - least[i];
  if (slack <= 0 || deficit <= 0)
    return deficit;
  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i].expand == expanding)
      width[i] -= (int) ((gint64) (width[i] - least[i]) * MIN (deficit, slack) / slack);
  return MAX (deficit - slack, 0);
}

static void
place_columns (StkTableRow *self,
               int          row_width)
{
  guint n = self->n_columns, n_expand = 0;
  g_autofree int *w = g_new (int, n);
  g_autofree int *least = g_new (int, n);
  int total = 0, least_total = 0, x = 0;
  int room = MAX (row_width - SPACING * (int) (n - 1), 0);

  for (guint i = 0; i < n; i++)
    {
      w[i] = declared (self, self->columns[i].chars);
      least[i] = MIN (w[i], declared (self, self->columns[i].min_chars));
      total += w[i];
      least_total += least[i];
      n_expand += self->columns[i].expand;
    }
  if (room >= total)
    {
      for (guint i = 0; i < n && n_expand > 0; i++)
        if (self->columns[i].expand)
          w[i] += (room - total) / (int) n_expand;
    }
  else if (room >= least_total)
    give_way (self, w, least, FALSE, give_way (self, w, least, TRUE, total - room));
  else
    for (guint i = 0; i < n; i++)
      w[i] = least_total > 0 ? (int) ((gint64) least[i] * room / least_total) : 0;

  for (guint i = 0; i < n; i++)
    {
      Cell *cell = &self->cells[i];

      if (cell->width != w[i] && cell->layout != NULL)
        pango_layout_set_width (cell->layout, w[i] * PANGO_SCALE);
      /* Right to left, the first column is the rightmost. */
      cell->x = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? row_width - x - w[i] : x;
      cell->width = w[i];
      x += w[i] + SPACING;
    }
}

static PangoLayout *
cell_layout (StkTableRow *self,
             guint        column)
{
  Cell *cell = &self->cells[column];

  if (cell->layout == NULL)
    {
      cell->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), cell->text);
      pango_layout_set_single_paragraph_mode (cell->layout, TRUE);
      pango_layout_set_ellipsize (cell->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (cell->layout, cell->width * PANGO_SCALE);
      if (self->columns[column].numeric)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
          pango_layout_set_attributes (cell->layout, attrs);
          pango_attr_list_unref (attrs);
          pango_layout_set_alignment (cell->layout, PANGO_ALIGN_RIGHT);
        }
    }
  return cell->layout;
}

static gboolean
shows_icon (StkTableRow *self,
            guint        column)
{
  return column == 0 && self->icon != NULL;
}

static void
stk_table_row_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  StkTableRow *self = STK_TABLE_ROW (widget);
  int spacing = SPACING * (int) (self->n_columns - 1);

  update_metrics (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = spacing;
      for (guint i = 0; i < self->n_columns; i++)
        {
          *minimum += declared (self, MIN (self->columns[i].min_chars, self->columns[i].chars));
          *natural += declared (self, self->columns[i].chars);
        }
    }
  else
    {
      int icon_min = 0, icon_nat = 0;

      if (self->icon != NULL)
        gtk_widget_measure (GTK_WIDGET (self->icon), orientation, -1, &icon_min, &icon_nat, NULL, NULL);
      *minimum = MAX (self->line_height, icon_min);
      *natural = MAX (self->line_height, icon_nat);
    }
}

static void
stk_table_row_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  StkTableRow *self = STK_TABLE_ROW (widget);

  update_metrics (self);
  place_columns (self, width);
  if (self->icon != NULL)
    gtk_widget_size_allocate (GTK_WIDGET (self->icon),
                              &(GtkAllocation) { self->cells[0].x, 0, self->cells[0].width, height }, -1);
}

static void
stk_table_row_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  StkTableRow *self = STK_TABLE_ROW (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  for (guint i = 0; i < self->n_columns; i++)
    {
      Cell *cell = &self->cells[i];
      PangoLayout *layout;
      int text_height;

      if (shows_icon (self, i) || cell->text == NULL || cell->width <= 0)
        continue;
      layout = cell_layout (self, i);
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (cell->x, (height - text_height) / 2));
      gtk_snapshot_append_layout (snapshot, layout, &color);
      gtk_snapshot_restore (snapshot);
    }
  if (self->icon != NULL)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->icon), snapshot);
}

static void
stk_table_row_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  gtk_widget_queue_allocate (widget);
  GTK_WIDGET_CLASS (stk_table_row_parent_class)->direction_changed (widget, previous);
}

static void
stk_table_row_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  StkTableRow *self = STK_TABLE_ROW (widget);
  const PangoFontDescription *font;

  GTK_WIDGET_CLASS (stk_table_row_parent_class)->css_changed (widget, change);
  /* A new font (a failing row turns bold) needs new layouts, and a new font
   * around the row new widths; a new colour only a redraw, which GTK
   * queues. */
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (self->layout_font == NULL || !pango_font_description_equal (font, self->layout_font))
    {
      drop_layouts (self);
      g_clear_pointer (&self->layout_font, pango_font_description_free);
      self->layout_font = pango_font_description_copy (font);
      g_clear_pointer (&self->metrics_font, pango_font_description_free);
      gtk_widget_queue_resize (widget);
    }
}

static gboolean
stk_table_row_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  const char *text = stk_table_row_get_tooltip_at (STK_TABLE_ROW (widget), x);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
stk_table_row_dispose (GObject *object)
{
  StkTableRow *self = STK_TABLE_ROW (object);

  if (self->icon != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->icon));
      self->icon = NULL;
    }
  drop_layouts (self);

  G_OBJECT_CLASS (stk_table_row_parent_class)->dispose (object);
}

static void
stk_table_row_finalize (GObject *object)
{
  StkTableRow *self = STK_TABLE_ROW (object);

  for (guint i = 0; i < self->n_columns; i++)
    {
      g_free (self->cells[i].text);
      g_free (self->cells[i].tooltip);
    }
  g_free (self->cells);
  g_free (self->columns);
  g_clear_pointer (&self->metrics_font, pango_font_description_free);
  g_clear_pointer (&self->layout_font, pango_font_description_free);

  G_OBJECT_CLASS (stk_table_row_parent_class)->finalize (object);
}

static void
stk_table_row_class_init (StkTableRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_table_row_dispose;
  object_class->finalize = stk_table_row_finalize;
  widget_class->measure = stk_table_row_measure;
  widget_class->size_allocate = stk_table_row_size_allocate;
  widget_class->snapshot = stk_table_row_snapshot;
  widget_class->css_changed = stk_table_row_css_changed;
  widget_class->direction_changed = stk_table_row_direction_changed;
  widget_class->query_tooltip = stk_table_row_query_tooltip;
  gtk_widget_class_set_css_name (widget_class, "stk-table-row");
}

static void
stk_table_row_init (StkTableRow *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
stk_table_row_new (const StkTableColumn *columns,
                   guint                 n_columns)
{
  StkTableRow *self;

  g_return_val_if_fail (columns != NULL && n_columns > 0, NULL);

  self = g_object_new (STK_TYPE_TABLE_ROW, NULL);
  self->columns = g_memdup2 (columns, sizeof (StkTableColumn) * n_columns);
  self->cells = g_new0 (Cell, n_columns);
  self->n_columns = n_columns;
  return GTK_WIDGET (self);
}

GtkImage *
stk_table_row_get_icon (StkTableRow *self)
{
  g_return_val_if_fail (STK_IS_TABLE_ROW (self), NULL);

  if (self->icon == NULL)
    {
      self->icon = GTK_IMAGE (gtk_image_new ());
      gtk_widget_set_halign (GTK_WIDGET (self->icon), GTK_ALIGN_CENTER);
      gtk_widget_set_parent (GTK_WIDGET (self->icon), GTK_WIDGET (self));
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  return self->icon;
}

void
stk_table_row_set_text (StkTableRow *self,
                        guint        column,
                        const char  *text,
                        const char  *tooltip)
{
  Cell *cell;

  g_return_if_fail (STK_IS_TABLE_ROW (self));
  g_return_if_fail (column < self->n_columns);

  cell = &self->cells[column];
  if (g_strcmp0 (tooltip, text) == 0)
    tooltip = NULL;
  if (g_strcmp0 (cell->tooltip, tooltip) != 0)
    {
      g_free (cell->tooltip);
      cell->tooltip = g_strdup (tooltip);
    }
  if (g_strcmp0 (cell->text, text) == 0)
    return;
  g_free (cell->text);
  cell->text = g_strdup (text);
  if (cell->layout != NULL)
    pango_layout_set_text (cell->layout, text ? text : "", -1);
  /* The size does not depend on the text. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
stk_table_row_get_n_columns (StkTableRow *self)
{
  g_return_val_if_fail (STK_IS_TABLE_ROW (self), 0);
  return self->n_columns;
}

const char *
stk_table_row_get_text (StkTableRow *self,
                        guint        column)
{
  g_return_val_if_fail (STK_IS_TABLE_ROW (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);
  return self->cells[column].text;
}

void
stk_table_row_get_column_extent (StkTableRow *self,
                                 guint        column,
                                 int         *x,
                                 int         *width)
{
  g_return_if_fail (STK_IS_TABLE_ROW (self));
  g_return_if_fail (column < self->n_columns);
  *x = self->cells[column].x;
  *width = self->cells[column].width;
}

gboolean
stk_table_row_is_ellipsized (StkTableRow *self,
                             guint        column)
{
  g_return_val_if_fail (STK_IS_TABLE_ROW (self), FALSE);
  g_return_val_if_fail (column < self->n_columns, FALSE);
  if (self->cells[column].text == NULL)
    return FALSE;
  return pango_layout_is_ellipsized (cell_layout (self, column));
}

const char *
stk_table_row_get_tooltip_at (StkTableRow *self,
                              int          x)
{
  g_return_val_if_fail (STK_IS_TABLE_ROW (self), NULL);

  for (guint i = 0; i < self->n_columns; i++)
    {
      Cell *cell = &self->cells[i];
      const char *text = cell->tooltip ? cell->tooltip : cell->text;

      /* A gap belongs to the column before it. */
      if (x >= cell->x && x < cell->x + cell->width + SPACING)
        return text != NULL && *text != '\0' ? text : NULL;
    }
  return NULL;
}
