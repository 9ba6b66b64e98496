/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-keepout-editor"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-choice.h"
#include "stk-keepout-editor.h"
#include "stk-project-keepout.h"
#include "stk-widget-util.h"

#define NEW_SIZE_MM   5.0
#define NEW_HEIGHT_MM 1.0

struct _StkKeepoutEditor
{
  GtkWidget       parent_instance;

  /* the template's */
  GtkWidget      *content;
  StkForm        *list_form;
  GtkWidget      *remove;
  StkForm        *form;
  GtkLabel       *problem;

  /* the fields, built into the forms */
  StkChoice      *list;
  GtkEntry       *label;
  StkChoice      *face;
  StkNumberField *x;
  StkNumberField *y;
  StkNumberField *length;
  StkNumberField *width;
  StkNumberField *height;
  StkNumberField *fields[6];  /* x … height, NULL-terminated */

  StkProject     *project;
  char           *board_id;
};

G_DEFINE_FINAL_TYPE (StkKeepoutEditor, stk_keepout_editor, GTK_TYPE_WIDGET)

static void on_field_changed_cb (StkKeepoutEditor *self);
static void on_picked_cb        (StkKeepoutEditor *self);

static StkBoard *
board (StkKeepoutEditor *self)
{
  return self->project ? stk_project_find_board (self->project, self->board_id) : NULL;
}

static guint
n_keepouts (StkBoard *b)
{
  return b && b->keepouts ? b->keepouts->len : 0;
}

/* Filling the fields from the board is not an edit. */
static void
block_fields (StkKeepoutEditor *self,
              gboolean          block)
{
  GObject *others[] = { G_OBJECT (self->label), G_OBJECT (self->face) };

  for (StkNumberField **f = self->fields; *f; f++)
    if (block)
      g_signal_handlers_block_by_func (*f, on_field_changed_cb, self);
    else
      g_signal_handlers_unblock_by_func (*f, on_field_changed_cb, self);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (block)
      g_signal_handlers_block_by_func (others[i], on_field_changed_cb, self);
    else
      g_signal_handlers_unblock_by_func (others[i], on_field_changed_cb, self);
  if (block)
    g_signal_handlers_block_by_func (self->list, on_picked_cb, self);
  else
    g_signal_handlers_unblock_by_func (self->list, on_picked_cb, self);
}

static void
show_problem (StkKeepoutEditor *self,
              const char       *text)
{
  gtk_label_set_text (self->problem, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), text != NULL);
}

/* "Shield can", or "Keep-out 2" for one without a label. */
static char *
item_name (const StkKeepout *k,
           guint             i)
{
  if (k->label && *k->label)
    return g_strdup (k->label);
  /* Translators: a keep-out without a label in the list, numbered from 1 */
  return g_strdup_printf (_("Keep-out %u"), i + 1);
}

static void
show_fields (StkKeepoutEditor *self,
             const StkKeepout *k)
{
  for (StkNumberField **f = self->fields; *f; f++)
    gtk_widget_set_sensitive (GTK_WIDGET (*f), k != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->label), k != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->face), k != NULL);
  gtk_widget_set_sensitive (self->remove, k != NULL);
  /* A board with none shows no fields: greyed out, they still held the
   * last board's keep-out, which read as this board's. */
  gtk_widget_set_visible (GTK_WIDGET (self->form), k != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->list_form), k != NULL);
  if (k == NULL)
    return;
  stk_entry_set_text_if_changed (GTK_EDITABLE (self->label), k->label);
  stk_choice_set_selected (self->face, k->face == STK_FACE_BOTTOM ? 1 : 0);
  stk_number_field_set_value (self->x, k->x_mm);
  stk_number_field_set_value (self->y, k->y_mm);
  stk_number_field_set_value (self->length, k->length_mm);
  stk_number_field_set_value (self->width, k->width_mm);
  stk_number_field_set_value (self->height, k->height_mm);
}

static void
refresh_at (StkKeepoutEditor *self,
            guint             picked)
{
  StkBoard *b = board (self);
  guint n = n_keepouts (b);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;

  gtk_widget_set_sensitive (self->content, b != NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = item_name (g_ptr_array_index (b->keepouts, i), i);

      g_strv_builder_add (names, name);
    }
  items = g_strv_builder_end (names);
  picked = n == 0 ? 0 : MIN (picked, n - 1);
  block_fields (self, TRUE);
  stk_choice_set_items (self->list, (const char *const *) items, picked);
  gtk_widget_set_sensitive (GTK_WIDGET (self->list), n > 0);
  show_fields (self, n > 0 ? g_ptr_array_index (b->keepouts, picked) : NULL);
  block_fields (self, FALSE);
}

static void
refresh (StkKeepoutEditor *self)
{
  refresh_at (self, stk_choice_get_selected (self->list));
  show_problem (self, NULL);
}

/* The board's keep-outs with the picked one replaced by the fields'. */
static void
apply (StkKeepoutEditor *self)
{
  StkBoard *b = board (self);
  guint picked = stk_choice_get_selected (self->list);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  StkKeepout *k;

  if (picked >= n_keepouts (b))
    return;
  list = stk_keepouts_copy (b->keepouts);
  k = g_ptr_array_index (list, picked);
  g_free (k->label);
  k->label = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->label)));
  k->face = stk_choice_get_selected (self->face) == 1 ? STK_FACE_BOTTOM : STK_FACE_TOP;
  k->x_mm = stk_number_field_get_value (self->x);
  k->y_mm = stk_number_field_get_value (self->y);
  k->length_mm = stk_number_field_get_value (self->length);
  k->width_mm = stk_number_field_get_value (self->width);
  k->height_mm = stk_number_field_get_value (self->height);
  if (stk_project_set_keepouts (self->project, self->board_id, list, &error))
    show_problem (self, NULL);
  else
    show_problem (self, error->message);
}

static void
on_field_changed_cb (StkKeepoutEditor *self)
{
  apply (self);
}

static void
on_picked_cb (StkKeepoutEditor *self)
{
  refresh (self);
}

/* A new keep-out on the top face, in the middle of the board's outline
 * when it has one given. */
static void
on_add_clicked_cb (StkKeepoutEditor *self)
{
  StkBoard *b = board (self);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  double x = 0, y = 0;

  if (b == NULL)
    return;
  list = stk_keepouts_copy (b->keepouts);
  if (list == NULL)
    list = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_keepout_free);
  if (b->outline_set)
    {
      x = b->origin_x_mm + b->length_mm / 2;
      y = b->origin_y_mm + b->width_mm / 2;
    }
  g_ptr_array_add (list, stk_keepout_new (STK_FACE_TOP, x, y, NEW_SIZE_MM, NEW_SIZE_MM, NEW_HEIGHT_MM, ""));
  if (stk_project_set_keepouts (self->project, self->board_id, list, &error))
    refresh_at (self, list->len - 1);
  else
    show_problem (self, error->message);
}

static void
on_remove_clicked_cb (StkKeepoutEditor *self)
{
  StkBoard *b = board (self);
  guint picked = stk_choice_get_selected (self->list);
  g_autoptr(GPtrArray) list = NULL;

  if (picked >= n_keepouts (b))
    return;
  list = stk_keepouts_copy (b->keepouts);
  g_ptr_array_remove_index (list, picked);
  stk_project_set_keepouts (self->project, self->board_id, list, NULL);
  refresh_at (self, picked > 0 ? picked - 1 : 0);
}

static void
on_project_changed_cb (StkProject       *project,
                       StkKeepoutEditor *self)
{
  const StkProjectChange *change = stk_project_get_change (project);

  if (change->kind == STK_CHANGE_ALL ||
      (change->kind == STK_CHANGE_BOARDS && (change->id == NULL || g_strcmp0 (change->id, self->board_id) == 0)))
    refresh_at (self, stk_choice_get_selected (self->list));
}

/* The fields: their ranges are the model's limits. */
static void
build_fields (StkKeepoutEditor *self)
{
  StkForm *f = self->form;
  const char *faces[] = { _("Top"), _("Bottom"), NULL };

  self->list = stk_form_add_choice (self->list_form, "keepout-list", _("_Keep-out"), NULL);
  self->label = stk_form_add_entry (f, "keepout-label", _("La_bel"));
  self->face = stk_form_add_choice (f, "keepout-face", _("_Face"), faces);
  self->x = stk_form_add_length (f, "keepout-x", _("Centre _x"), -STK_KEEPOUT_MAX_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, 0.1);
  self->y = stk_form_add_length (f, "keepout-y", _("Centre _y"), -STK_KEEPOUT_MAX_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, 0.1);
  self->length = stk_form_add_length (f, "keepout-length", _("Le_ngth (x)"),
                                      STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, 0.1);
  self->width = stk_form_add_length (f, "keepout-width", _("_Width (y)"),
                                     STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_SIZE_MM, 0.1);
  self->height = stk_form_add_length (f, "keepout-height", _("_Height"),
                                      STK_KEEPOUT_MIN_SIZE_MM, STK_KEEPOUT_MAX_HEIGHT_MM, 0.05);
  self->fields[0] = self->x;
  self->fields[1] = self->y;
  self->fields[2] = self->length;
  self->fields[3] = self->width;
  self->fields[4] = self->height;
  for (StkNumberField **s = self->fields; *s; s++)
    g_signal_connect_swapped (*s, "notify::value", G_CALLBACK (on_field_changed_cb), self);
  /* Not ::changed: setting a text deletes, then inserts; notify::text
   * comes once, with the text set. */
  g_signal_connect_swapped (self->label, "notify::text", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->face, "notify::selected", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->list, "notify::selected", G_CALLBACK (on_picked_cb), self);
}

static void
stk_keepout_editor_dispose (GObject *object)
{
  StkKeepoutEditor *self = STK_KEEPOUT_EDITOR (object);

  stk_follow_project (&self->project, NULL, NULL, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_KEEPOUT_EDITOR);

  G_OBJECT_CLASS (stk_keepout_editor_parent_class)->dispose (object);
}

static void
stk_keepout_editor_finalize (GObject *object)
{
  g_free (STK_KEEPOUT_EDITOR (object)->board_id);

  G_OBJECT_CLASS (stk_keepout_editor_parent_class)->finalize (object);
}

static void
stk_keepout_editor_class_init (StkKeepoutEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_keepout_editor_dispose;
  object_class->finalize = stk_keepout_editor_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-keepout-editor");

  g_type_ensure (STK_TYPE_FORM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-keepout-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StkKeepoutEditor, content);
  gtk_widget_class_bind_template_child (widget_class, StkKeepoutEditor, list_form);
  gtk_widget_class_bind_template_child (widget_class, StkKeepoutEditor, remove);
  gtk_widget_class_bind_template_child (widget_class, StkKeepoutEditor, form);
  gtk_widget_class_bind_template_child (widget_class, StkKeepoutEditor, problem);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
stk_keepout_editor_init (StkKeepoutEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_fields (self);
}

GtkWidget *
stk_keepout_editor_new (void)
{
  return g_object_new (STK_TYPE_KEEPOUT_EDITOR, NULL);
}

void
stk_keepout_editor_bind (StkKeepoutEditor *self,
                         StkProject       *project,
                         const char       *board_id)
{
  gboolean other_board;

  g_return_if_fail (STK_IS_KEEPOUT_EDITOR (self));

  stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self);
  other_board = g_strcmp0 (self->board_id, board_id) != 0;
  g_free (self->board_id);
  self->board_id = g_strdup (board_id);
  refresh_at (self, other_board ? 0 : stk_choice_get_selected (self->list));
  show_problem (self, NULL);
}

void
stk_keepout_editor_set_units (StkKeepoutEditor *self,
                              StkUnits          units)
{
  g_return_if_fail (STK_IS_KEEPOUT_EDITOR (self));
  block_fields (self, TRUE);
  for (StkNumberField **f = self->fields; *f; f++)
    stk_number_field_set_units (*f, units);
  block_fields (self, FALSE);
}

void
stk_keepout_editor_align_with (StkKeepoutEditor *self,
                               StkForm          *form)
{
  g_return_if_fail (STK_IS_KEEPOUT_EDITOR (self));
  stk_form_align (form, self->list_form, self->form, NULL);
}
