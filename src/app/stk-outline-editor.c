/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-outline-editor"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-form.h"
#include "stk-outline-editor.h"
#include "stk-placement.h"
#include "stk-project-assembly.h"
#include "stk-widget-util.h"

struct _StkOutlineEditor
{
  GtkWidget      parent_instance;

  /* the template's */
  GtkWidget     *content;
  StkForm       *form;
  GtkLabel      *problem;

  /* the fields, built into the form */
  GtkSwitch     *around;
  StkNumberField *length;
  StkNumberField *width;
  StkNumberField *origin_x;
  StkNumberField *origin_y;
  StkNumberField *fields[5];  /* the four above, NULL-terminated */

  StkProject    *project;
  StkCatalog    *catalog;
  char          *board_id;
};

G_DEFINE_FINAL_TYPE (StkOutlineEditor, stk_outline_editor, GTK_TYPE_WIDGET)

static void
show_problem (StkOutlineEditor *self,
              const char       *text)
{
  gtk_label_set_text (self->problem, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), text != NULL);
}

/* The board's own outline, as stored (what the fields write back), or the
 * default the placement computes around its connectors. */
static void
show_outline (StkOutlineEditor *self,
              int               index,
              const StkBoard   *board)
{
  double o[4];

  if (board->outline_set)
    {
      o[0] = board->length_mm;
      o[1] = board->width_mm;
      o[2] = board->origin_x_mm;
      o[3] = board->origin_y_mm;
    }
  else
    {
      double box[4];

      stk_placement_board_outline (self->project, self->catalog, (guint) index, box);
      o[0] = box[2] - box[0];
      o[1] = box[3] - box[1];
      o[2] = box[0];
      o[3] = box[1];
    }
  for (guint i = 0; i < G_N_ELEMENTS (o); i++)
    stk_number_field_set_value (self->fields[i], o[i]);
}

/* Shows the board as it is. Each control writes only its own value back
 * and the project ignores what it already has, so showing is no edit:
 * the numbers first, then the switch, which reads them when it turns. */
static void
refresh (StkOutlineEditor *self)
{
  int index = self->project ? stk_project_board_index (self->project, self->board_id) : -1;
  StkBoard *board;

  gtk_widget_set_sensitive (self->content, index >= 0);
  if (index < 0)
    return;
  board = g_ptr_array_index (stk_project_get_boards (self->project), index);
  show_outline (self, index, board);
  gtk_switch_set_active (self->around, !board->outline_set);
  for (StkNumberField **f = self->fields; *f; f++)
    gtk_widget_set_sensitive (GTK_WIDGET (*f), board->outline_set);
  show_problem (self, NULL);
}

static void
apply (StkOutlineEditor *self,
       gboolean          around,
       const double      v[4])
{
  g_autoptr(GError) error = NULL;

  if (!stk_project_set_board_outline (self->project, self->board_id, around, v[0], v[1], v[2], v[3], &error))
    show_problem (self, error->message);
}

/* The board's outline with the one number the user changed. Around its
 * connectors the fields only show the default the placement computes. */
static void
on_field_changed_cb (StkNumberField   *field,
                     GParamSpec       *pspec,
                     StkOutlineEditor *self)
{
  StkBoard *board = stk_project_find_board (self->project, self->board_id);
  double v[4];

  if (board == NULL || !board->outline_set)
    return;
  v[0] = board->length_mm;
  v[1] = board->width_mm;
  v[2] = board->origin_x_mm;
  v[3] = board->origin_y_mm;
  for (guint i = 0; i < G_N_ELEMENTS (v); i++)
    if (self->fields[i] == field)
      v[i] = stk_number_field_get_value (field);
  apply (self, FALSE, v);
}

/* Leaving the default starts from it: the fields hold it. */
static void
on_around_changed_cb (StkOutlineEditor *self)
{
  StkBoard *board = stk_project_find_board (self->project, self->board_id);
  double v[4];

  if (board == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (v); i++)
    v[i] = stk_number_field_get_value (self->fields[i]);
  apply (self, gtk_switch_get_active (self->around), v);
}

static void
on_project_changed_cb (StkProject       *project,
                       StkOutlineEditor *self)
{
  const StkProjectChange *change = stk_project_get_change (project);

  const StkMate *mate;

  /* The board's own edits, and its connectors moving (they move the
   * default outline); an edit of another board or of a connector elsewhere
   * leaves it (a keystroke there placed the whole assembly again). */
  switch (change->kind)
    {
    case STK_CHANGE_ALL:
      break;
    case STK_CHANGE_BOARDS:
      if (change->id != NULL && g_strcmp0 (change->id, self->board_id) != 0)
        return;
      break;
    case STK_CHANGE_MATES:
      /* (one whose boards changed may have left this board) */
      mate = change->id ? stk_project_find_mate (project, change->id) : NULL;
      if (mate != NULL && stk_project_change_keeps_joins (change) &&
          g_strcmp0 (mate->socket_board, self->board_id) != 0 && g_strcmp0 (mate->header_board, self->board_id) != 0)
        return;
      break;
    default:
      return;
    }
  refresh (self);
}

/* The fields: their ranges are the model's limits. */
static void
build_fields (StkOutlineEditor *self)
{
  StkForm *f = self->form;

  self->around = stk_form_add_switch (f, "outline-around", _("Around its _connectors"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->around),
                               _("The outline is the box around the board's connectors with a margin; turn off "
                                 "to give its size"));
  self->length = stk_form_add_length (f, "outline-length", _("Outline _length (x)"), STK_OUTLINE_MIN_SIDE_MM, STK_OUTLINE_MAX_MM, 0.1);
  self->width = stk_form_add_length (f, "outline-width", _("Outline _width (y)"), STK_OUTLINE_MIN_SIDE_MM, STK_OUTLINE_MAX_MM, 0.1);
  self->origin_x = stk_form_add_length (f, "outline-origin-x", _("Corner _x"), -STK_OUTLINE_MAX_MM, STK_OUTLINE_MAX_MM, 0.1);
  self->origin_y = stk_form_add_length (f, "outline-origin-y", _("Corner _y"), -STK_OUTLINE_MAX_MM, STK_OUTLINE_MAX_MM, 0.1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->origin_x),
                               _("The outline's lower left corner, in the board's own coordinates (those of its "
                                 "connectors' positions)"));
  self->fields[0] = self->length;
  self->fields[1] = self->width;
  self->fields[2] = self->origin_x;
  self->fields[3] = self->origin_y;
  for (StkNumberField **s = self->fields; *s; s++)
    g_signal_connect (*s, "notify::value", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->around, "notify::active", G_CALLBACK (on_around_changed_cb), self);
}

static void
stk_outline_editor_dispose (GObject *object)
{
  StkOutlineEditor *self = STK_OUTLINE_EDITOR (object);

  stk_follow_project (&self->project, NULL, NULL, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_OUTLINE_EDITOR);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (stk_outline_editor_parent_class)->dispose (object);
}

static void
stk_outline_editor_finalize (GObject *object)
{
  g_free (STK_OUTLINE_EDITOR (object)->board_id);

  G_OBJECT_CLASS (stk_outline_editor_parent_class)->finalize (object);
}

static void
stk_outline_editor_class_init (StkOutlineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_outline_editor_dispose;
  object_class->finalize = stk_outline_editor_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-outline-editor");

  g_type_ensure (STK_TYPE_FORM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-outline-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StkOutlineEditor, content);
  gtk_widget_class_bind_template_child (widget_class, StkOutlineEditor, form);
  gtk_widget_class_bind_template_child (widget_class, StkOutlineEditor, problem);
}

static void
stk_outline_editor_init (StkOutlineEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_fields (self);
}

GtkWidget *
stk_outline_editor_new (void)
{
  return g_object_new (STK_TYPE_OUTLINE_EDITOR, NULL);
}

void
stk_outline_editor_bind (StkOutlineEditor *self,
                         StkProject       *project,
                         StkCatalog       *catalog,
                         const char       *board_id)
{
  g_return_if_fail (STK_IS_OUTLINE_EDITOR (self));

  stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self);
  g_set_object (&self->catalog, catalog);
  g_free (self->board_id);
  self->board_id = g_strdup (board_id);
  refresh (self);
}

void
stk_outline_editor_set_units (StkOutlineEditor *self,
                              StkUnits          units)
{
  g_return_if_fail (STK_IS_OUTLINE_EDITOR (self));
  /* The same lengths in other units: the values stay, nothing is edited. */
  for (StkNumberField **f = self->fields; *f; f++)
    stk_number_field_set_units (*f, units);
}

void
stk_outline_editor_align_with (StkOutlineEditor *self,
                               StkForm          *form)
{
  g_return_if_fail (STK_IS_OUTLINE_EDITOR (self));
  stk_form_align (form, self->form, NULL);
}
