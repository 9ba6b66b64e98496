/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-columns-layout"

#include "stk-config.h"

#include "stk-columns-layout.h"

struct _StkColumnsLayout
{
  GtkLayoutManager parent_instance;

  StkColumn       *columns;
  guint            n_columns;
  int              spacing;
  /* pango_context_get_metrics() shapes a sample text on every call: the
   * width is kept for the font it was measured in. */
  PangoFontDescription *unit_font;
  int              unit;
};

G_DEFINE_FINAL_TYPE (StkColumnsLayout, stk_columns_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The width of an average character in the widget's font, in Pango units. */
static int
char_width (StkColumnsLayout *self,
            GtkWidget        *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);

  if (self->unit_font == NULL || !pango_font_description_equal (font, self->unit_font))
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);

      self->unit = pango_font_metrics_get_approximate_char_width (metrics);
      pango_font_metrics_unref (metrics);
      g_clear_pointer (&self->unit_font, pango_font_description_free);
      self->unit_font = pango_font_description_copy (font);
    }
  return self->unit;
}

static guint
n_cells (StkColumnsLayout *self,
         GtkWidget        *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return MIN (n, self->n_columns);
}

static void
stk_columns_layout_measure (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            GtkOrientation    orientation,
                            int               for_size,
                            int              *minimum,
                            int              *natural,
                            int              *minimum_baseline,
                            int              *natural_baseline)
{
  StkColumnsLayout *self = STK_COLUMNS_LAYOUT (manager);
  guint n = n_cells (self, widget), i = 0;
  int min = 0, nat = 0;
  int unit = orientation == GTK_ORIENTATION_HORIZONTAL ? char_width (self, widget) : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c && i < n; c = gtk_widget_get_next_sibling (c), i++)
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (c))
        continue;
      gtk_widget_measure (c, orientation, -1, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          /* What the columns keep, whatever their text: a row as wide as
           * another whatever it shows; narrower, its parent scrolls. */
          min += MAX (child_min, PANGO_PIXELS (unit * MIN (self->columns[i].min_chars, self->columns[i].chars)));
          nat += MAX (child_min, PANGO_PIXELS (unit * self->columns[i].chars));
        }
      else
        {
          min = MAX (min, child_min);
          nat = MAX (nat, child_nat);
        }
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL && n > 1)
    {
      min += self->spacing * (int) (n - 1);
      nat += self->spacing * (int) (n - 1);
    }
  *minimum = min;
  *natural = nat;
}

/* Shrinks the chosen columns from their width towards their least width,
 * each in proportion to what it can spare; returns what is still missing. */
static int
give_way (int        *width,
          const int  *least,
          const StkColumn *columns,
          guint       n,
          gboolean    expanding,
          int         deficit)
{
  int slack = 0;

  for (guint i = 0; i < n; i++)
    if (columns[i].expand == expanding)
      slack += width[i] - least[i];
  if (slack <= 0 || deficit <= 0)
    return deficit;
  for (guint i = 0; i < n; i++)
    if (columns[i].expand == expanding)
      width[i] -= (int) ((gint64) (width[i] - least[i]) * MIN (deficit, slack) / slack);
  return MAX (deficit - slack, 0);
}

static void
stk_columns_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             int               width,
                             int               height,
                             int               baseline)
{
  StkColumnsLayout *self = STK_COLUMNS_LAYOUT (manager);
  guint n = n_cells (self, widget), n_expand = 0, i = 0;
  int w[32], least[32], total = 0, least_total = 0, room, x = 0, unit = char_width (self, widget);

  g_return_if_fail (n <= G_N_ELEMENTS (w));
  for (i = 0; i < n; i++)
    {
      w[i] = PANGO_PIXELS (unit * self->columns[i].chars);
      least[i] = MIN (w[i], PANGO_PIXELS (unit * self->columns[i].min_chars));
      total += w[i];
      least_total += least[i];
      n_expand += self->columns[i].expand;
    }
  room = MAX (width - (n > 1 ? self->spacing * (int) (n - 1) : 0), 0);
  if (room >= total)
    {
      for (i = 0; i < n; i++)
        if (self->columns[i].expand)
          w[i] += (room - total) / (int) n_expand;
    }
  else if (room >= least_total)
    give_way (w, least, self->columns, n, FALSE,
              give_way (w, least, self->columns, n, TRUE, total - room));
  else
    for (i = 0; i < n; i++)
      w[i] = least_total > 0 ? (int) ((gint64) least[i] * room / least_total) : 0;

  i = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c && i < n; c = gtk_widget_get_next_sibling (c), i++)
    {
      if (gtk_widget_should_layout (c))
        {
          int child_min;

          /* A child never gets less than it needs; the row may then overflow
           * its width, which the parent clips. */
          gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
          gtk_widget_size_allocate (c, &(GtkAllocation) { x, 0, MAX (w[i], child_min), height }, -1);
        }
      x += w[i] + self->spacing;
    }
}

static void
stk_columns_layout_finalize (GObject *object)
{
  StkColumnsLayout *self = STK_COLUMNS_LAYOUT (object);

  g_free (self->columns);
  g_clear_pointer (&self->unit_font, pango_font_description_free);

  G_OBJECT_CLASS (stk_columns_layout_parent_class)->finalize (object);
}

static void
stk_columns_layout_class_init (StkColumnsLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->finalize = stk_columns_layout_finalize;
  layout_class->measure = stk_columns_layout_measure;
  layout_class->allocate = stk_columns_layout_allocate;
}

static void
stk_columns_layout_init (StkColumnsLayout *self)
{
}

GtkLayoutManager *
stk_columns_layout_new (const StkColumn *columns,
                        guint            n_columns,
                        int              spacing)
{
  StkColumnsLayout *self = g_object_new (STK_TYPE_COLUMNS_LAYOUT, NULL);

  g_return_val_if_fail (n_columns <= 32, NULL);
  self->columns = g_memdup2 (columns, sizeof (StkColumn) * n_columns);
  self->n_columns = n_columns;
  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
