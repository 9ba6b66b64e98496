/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-board-editor"

#include "stk-config.h"

#include <glib/gi18n.h>

#include "stk-board-editor.h"
#include "stk-keepout-editor.h"
#include "stk-outline-editor.h"
#include "stk-placement.h"

struct _StkBoardEditor
{
  GtkWidget      parent_instance;

  /* the template's */
  GtkWidget     *content;
  StkForm       *form;
  GtkWidget     *stiffener_section;
  StkForm       *stiffener_form;
  StkOutlineEditor *outline;
  StkKeepoutEditor *keepouts;

  /* the fields, built into the forms */
  GtkEntry      *name;
  StkChoice     *kind;
  StkNumberField *thickness;
  StkChoice     *flatness_kind;
  StkNumberField *warp;
  StkNumberField *bow_twist;
  StkNumberField *placement;
  StkNumberField *component_top;
  StkNumberField *component_bottom;
  GtkSwitch     *double_sided;
  StkNumberField *coverlay;
  StkChoice     *stiffener;
  StkNumberField *stiffener_thickness;
  GtkSwitch     *stiffener_recommended;
  StkNumberField *stiffener_length;
  StkNumberField *stiffener_width;

  StkProject    *project;
  StkCatalog    *catalog;
  char          *board_id;
  GArray        *stiffener_kinds; /* StkStiffenerKind by drop-down position */
};

G_DEFINE_FINAL_TYPE (StkBoardEditor, stk_board_editor, GTK_TYPE_WIDGET)

static StkBoard *
current_board (StkBoardEditor *self)
{
  if (self->project == NULL)
    return NULL;
  return stk_project_find_board (self->project, self->board_id);
}

static StkNumberField **
length_fields (StkBoardEditor *self,
              guint          *n)
{
  StkNumberField *list[] = { self->thickness, self->warp, self->placement, self->component_top,
                            self->component_bottom, self->coverlay, self->stiffener_thickness,
                            self->stiffener_length, self->stiffener_width };

  *n = G_N_ELEMENTS (list);
  return g_memdup2 (list, sizeof list);
}

static void
update_visibility (StkBoardEditor *self,
                   const StkBoard *board)
{
  gboolean fpc = board->kind == STK_BOARD_FPC;
  gboolean has_stiffener = fpc && board->stiffener != STK_STIFFENER_NONE;

  stk_form_set_row_visible (self->form, GTK_WIDGET (self->warp), board->flatness_kind == STK_FLATNESS_WARP_MM);
  stk_form_set_row_visible (self->form, GTK_WIDGET (self->bow_twist), board->flatness_kind == STK_FLATNESS_BOW_TWIST_PERCENT);
  stk_form_set_row_visible (self->form, GTK_WIDGET (self->coverlay), fpc);
  gtk_widget_set_visible (self->stiffener_section, fpc);
  stk_form_set_row_visible (self->stiffener_form, GTK_WIDGET (self->stiffener_thickness), has_stiffener);
  stk_form_set_row_visible (self->stiffener_form, GTK_WIDGET (self->stiffener_recommended), has_stiffener);
  stk_form_set_row_visible (self->stiffener_form, GTK_WIDGET (self->stiffener_length), has_stiffener && !board->stiffener_recommended);
  stk_form_set_row_visible (self->stiffener_form, GTK_WIDGET (self->stiffener_width), has_stiffener && !board->stiffener_recommended);
}

static guint
stiffener_position (StkBoardEditor  *self,
                    StkStiffenerKind kind)
{
  for (guint i = 0; i < self->stiffener_kinds->len; i++)
    if (g_array_index (self->stiffener_kinds, StkStiffenerKind, i) == kind)
      return i;
  return 0;
}

/* What the control shows, written into its member of board; each control
 * writes only its own, so that showing one value cannot carry another
 * control's old value into the model. */
static void
read_control (StkBoardEditor *self,
              gpointer        control,
              StkBoard       *board)
{
  if (control == self->name)
    {
      g_free (board->name);
      board->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name)));
    }
  else if (control == self->kind)
    board->kind = stk_choice_get_selected (self->kind) == 1 ? STK_BOARD_FPC : STK_BOARD_RIGID;
  else if (control == self->thickness)
    board->thickness_mm = stk_number_field_get_value (self->thickness);
  else if (control == self->flatness_kind)
    board->flatness_kind = stk_choice_get_selected (self->flatness_kind) == 1
                           ? STK_FLATNESS_BOW_TWIST_PERCENT : STK_FLATNESS_WARP_MM;
  else if (control == self->warp)
    board->warp_mm = stk_number_field_get_value (self->warp);
  else if (control == self->bow_twist)
    board->bow_twist_percent = stk_number_field_get_value (self->bow_twist);
  else if (control == self->placement)
    board->placement_accuracy_mm = stk_number_field_get_value (self->placement);
  else if (control == self->component_top)
    board->component_top_mm = stk_number_field_get_value (self->component_top);
  else if (control == self->component_bottom)
    board->component_bottom_mm = stk_number_field_get_value (self->component_bottom);
  else if (control == self->double_sided)
    board->double_sided = gtk_switch_get_active (self->double_sided);
  else if (control == self->coverlay)
    {
      double mm = stk_number_field_get_value (self->coverlay);

      /* The cover-lay is "not given" until the user enters a value; the 0
       * shown for "not given" is none. */
      if (board->coverlay_set || mm != 0)
        {
          board->coverlay_set = TRUE;
          board->coverlay_thickness_mm = mm;
        }
    }
  else if (control == self->stiffener)
    {
      guint stiff = stk_choice_get_selected (self->stiffener);

      if (stiff < self->stiffener_kinds->len)
        board->stiffener = g_array_index (self->stiffener_kinds, StkStiffenerKind, stiff);
    }
  else if (control == self->stiffener_thickness)
    board->stiffener_thickness_mm = stk_number_field_get_value (self->stiffener_thickness);
  else if (control == self->stiffener_recommended)
    {
      board->stiffener_recommended = gtk_switch_get_active (self->stiffener_recommended);
      /* An outline of one's own starts from the board's, so that it is
       * one the file can hold from the first moment */
      if (!board->stiffener_recommended && (board->stiffener_length_mm < STK_BOARD_STIFFENER_SIDE_MIN_MM
                                             || board->stiffener_width_mm < STK_BOARD_STIFFENER_SIDE_MIN_MM))
        {
          int index = stk_project_board_index (self->project, self->board_id);
          double o[4];

          stk_placement_board_outline (self->project, self->catalog, (guint) index, o);
          board->stiffener_length_mm = CLAMP (o[2] - o[0], STK_BOARD_STIFFENER_SIDE_MIN_MM, STK_BOARD_STIFFENER_SIDE_MAX_MM);
          board->stiffener_width_mm = CLAMP (o[3] - o[1], STK_BOARD_STIFFENER_SIDE_MIN_MM, STK_BOARD_STIFFENER_SIDE_MAX_MM);
        }
    }
  else if (control == self->stiffener_length)
    board->stiffener_length_mm = stk_number_field_get_value (self->stiffener_length);
  else if (control == self->stiffener_width)
    board->stiffener_width_mm = stk_number_field_get_value (self->stiffener_width);
}

/* An edit goes to the project; what it changes comes back through its
 * ::changed, like any other change. A value the board already has changes
 * nothing, so showing the board is no edit. */
static void
edit (StkBoardEditor *self,
      gpointer        control)
{
  StkBoard *board = current_board (self);
  g_autoptr(StkBoard) edited = NULL;

  if (board == NULL)
    return;
  edited = stk_board_copy (board);
  read_control (self, control, edited);
  stk_project_update_board (self->project, self->board_id, edited);
}

static void
on_notify_cb (GtkWidget      *control,
              GParamSpec     *pspec,
              StkBoardEditor *self)
{
  edit (self, control);
}

/* The fields: their ranges are the model's limits, so they are built
 * here rather than in the template. */
static void
build_fields (StkBoardEditor *self)
{
  StkForm *f = self->form, *s = self->stiffener_form;
  const char *kinds[] = { _("Rigid board"), _("FPC (flexible)"), NULL };
  const char *flatness[] = { _("Warp over the connector (mm)"), _("Bow and twist (%)"), NULL };
  const char *none[] = { NULL };

  self->name = stk_form_add_entry (f, "board-name", _("_Name"));
  self->kind = stk_form_add_choice (f, "board-kind", _("_Type"), kinds);
  self->thickness = stk_form_add_length (f, "board-thickness", _("_Thickness"), STK_BOARD_THICKNESS_MIN_MM, 6.0, 0.01);
  self->flatness_kind = stk_form_add_choice (f, "board-flatness-kind", _("_Flatness as"), flatness);
  self->warp = stk_form_add_length (f, "board-warp", _("_Warp"), 0, 2.0, 0.005);
  self->bow_twist = stk_form_add_number (f, "board-bow-twist", _("_Bow and twist"), 0, 5, 0.05, 2, "%");
  self->placement = stk_form_add_length (f, "board-placement", _("_Placement accuracy ±"), 0, 0.5, 0.005);
  self->component_top = stk_form_add_length (f, "board-component-top", _("Tallest part _above"), 0, STK_BOARD_COMPONENT_MAX_MM, 0.05);
  self->component_bottom = stk_form_add_length (f, "board-component-bottom", _("Tallest part _below"), 0, STK_BOARD_COMPONENT_MAX_MM, 0.05);
  self->double_sided = stk_form_add_switch (f, "board-double-sided", _("Reflowed on _both sides"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->double_sided),
                               _("Parts are reflowed on both faces: a connector on the lower face must then be "
                                 "fixed with adhesive"));
  self->coverlay = stk_form_add_length (f, "board-coverlay", _("C_over-lay under connector"), 0, 0.5, 0.005);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->coverlay),
                               _("Cover-lay plus adhesive under the connector, which has no stand-off; not given "
                                 "until you enter it"));

  self->stiffener = stk_form_add_choice (s, "board-stiffener", _("_Stiffener"), none);
  self->stiffener_thickness = stk_form_add_length (s, "board-stiffener-thickness", _("Stiffener t_hickness"),
                                                    STK_BOARD_STIFFENER_THICKNESS_MIN_MM, STK_BOARD_STIFFENER_THICKNESS_MAX_MM, 0.01);
  self->stiffener_recommended = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->stiffener_recommended), GTK_ALIGN_START);
  gtk_widget_set_name (GTK_WIDGET (self->stiffener_recommended), "board-stiffener-recommended");
  stk_form_add_row (s, _("_Recommended outline"), GTK_WIDGET (self->stiffener_recommended), NULL);
  self->stiffener_length = stk_form_add_length (s, "board-stiffener-length", _("Stiffener _length"),
                                                 STK_BOARD_STIFFENER_SIDE_MIN_MM, STK_BOARD_STIFFENER_SIDE_MAX_MM, 0.1);
  self->stiffener_width = stk_form_add_length (s, "board-stiffener-width", _("Stiffener _width"),
                                                STK_BOARD_STIFFENER_SIDE_MIN_MM, STK_BOARD_STIFFENER_SIDE_MAX_MM, 0.1);

  stk_form_align (f, s, NULL);
  stk_outline_editor_align_with (self->outline, f);
  stk_keepout_editor_align_with (self->keepouts, f);

  /* Not ::changed: setting a text deletes, then inserts, and the empty
   * text between the two would read as an edit. The notification comes
   * once, with the text set. */
  g_signal_connect (self->name, "notify::text", G_CALLBACK (on_notify_cb), self);
  g_signal_connect (self->stiffener_recommended, "notify::active", G_CALLBACK (on_notify_cb), self);
  g_signal_connect (self->double_sided, "notify::active", G_CALLBACK (on_notify_cb), self);
  for (StkChoice **dd = (StkChoice *[]) { self->kind, self->flatness_kind, self->stiffener, NULL }; *dd; dd++)
    g_signal_connect (*dd, "notify::selected", G_CALLBACK (on_notify_cb), self);
  g_signal_connect (self->bow_twist, "notify::value", G_CALLBACK (on_notify_cb), self);
  {
    guint n;
    g_autofree StkNumberField **fields = length_fields (self, &n);
    for (guint i = 0; i < n; i++)
      g_signal_connect (fields[i], "notify::value", G_CALLBACK (on_notify_cb), self);
  }
}

static void
fill_stiffeners (StkBoardEditor *self)
{
  GPtrArray *materials = stk_catalog_get_stiffener_materials (self->catalog);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  StkStiffenerKind none = STK_STIFFENER_NONE;

  g_array_set_size (self->stiffener_kinds, 0);
  g_array_append_val (self->stiffener_kinds, none);
  g_ptr_array_add (labels, (gpointer) _("None"));
  for (guint i = 0; i < materials->len; i++)
    {
      const StkStiffenerMaterial *m = g_ptr_array_index (materials, i);
      StkStiffenerKind kind;

      if (!stk_stiffener_kind_from_string (m->id, &kind))
        continue;
      g_array_append_val (self->stiffener_kinds, kind);
      g_ptr_array_add (labels, (gpointer) m->label);
    }
  g_ptr_array_add (labels, NULL);
  stk_choice_set_items (self->stiffener, (const char *const *) labels->pdata, 0);
}

static void
stk_board_editor_dispose (GObject *object)
{
  StkBoardEditor *self = STK_BOARD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_BOARD_EDITOR);
  stk_follow_project (&self->project, NULL, NULL, self);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (stk_board_editor_parent_class)->dispose (object);
}

static void
stk_board_editor_finalize (GObject *object)
{
  StkBoardEditor *self = STK_BOARD_EDITOR (object);

  g_free (self->board_id);
  g_array_unref (self->stiffener_kinds);

  G_OBJECT_CLASS (stk_board_editor_parent_class)->finalize (object);
}

static void
stk_board_editor_class_init (StkBoardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_board_editor_dispose;
  object_class->finalize = stk_board_editor_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-board-editor");

  g_type_ensure (STK_TYPE_FORM);
  g_type_ensure (STK_TYPE_OUTLINE_EDITOR);
  g_type_ensure (STK_TYPE_KEEPOUT_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-board-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StkBoardEditor, content);
  gtk_widget_class_bind_template_child (widget_class, StkBoardEditor, form);
  gtk_widget_class_bind_template_child (widget_class, StkBoardEditor, stiffener_section);
  gtk_widget_class_bind_template_child (widget_class, StkBoardEditor, stiffener_form);
  gtk_widget_class_bind_template_child (widget_class, StkBoardEditor, outline);
  gtk_widget_class_bind_template_child (widget_class, StkBoardEditor, keepouts);
}

static void
stk_board_editor_init (StkBoardEditor *self)
{
  self->stiffener_kinds = g_array_new (FALSE, FALSE, sizeof (StkStiffenerKind));
  gtk_widget_init_template (GTK_WIDGET (self));
  build_fields (self);
}

GtkWidget *
stk_board_editor_new (void)
{
  return g_object_new (STK_TYPE_BOARD_EDITOR, NULL);
}

/* Shows the board as the project has it. Each control is set only where
 * it differs; a control that changes writes its own member back, which
 * the board already has: nothing is emitted. */
static void
show_board (StkBoardEditor *self)
{
  StkBoard *board = current_board (self);

  gtk_widget_set_sensitive (self->content, board != NULL);
  if (board == NULL)
    return;

  stk_entry_set_text_if_changed (GTK_EDITABLE (self->name), board->name);
  stk_choice_set_selected (self->kind, board->kind == STK_BOARD_FPC ? 1 : 0);
  stk_number_field_set_value (self->thickness, board->thickness_mm);
  stk_choice_set_selected (self->flatness_kind, board->flatness_kind == STK_FLATNESS_BOW_TWIST_PERCENT ? 1 : 0);
  stk_number_field_set_value (self->warp, board->warp_mm);
  stk_number_field_set_value (self->bow_twist, board->bow_twist_percent);
  stk_number_field_set_value (self->placement, board->placement_accuracy_mm);
  stk_number_field_set_value (self->component_top, board->component_top_mm);
  stk_number_field_set_value (self->component_bottom, board->component_bottom_mm);
  gtk_switch_set_active (self->double_sided, board->double_sided);
  stk_number_field_set_value (self->coverlay, board->coverlay_set ? board->coverlay_thickness_mm : 0);
  stk_choice_set_selected (self->stiffener, stiffener_position (self, board->stiffener));
  stk_number_field_set_value (self->stiffener_thickness, board->stiffener_thickness_mm);
  gtk_switch_set_active (self->stiffener_recommended, board->stiffener_recommended);
  stk_number_field_set_value (self->stiffener_length, board->stiffener_length_mm);
  stk_number_field_set_value (self->stiffener_width, board->stiffener_width_mm);
  update_visibility (self, board);
}

/* Only what concerns the bound board: its own edits, an undo (::all), or
 * a change naming no board (one removed). */
static void
on_project_changed_cb (StkProject     *project,
                       StkBoardEditor *self)
{
  const StkProjectChange *change = stk_project_get_change (project);

  if (change->kind == STK_CHANGE_ALL
      || (change->kind == STK_CHANGE_BOARDS && (change->id == NULL || g_strcmp0 (change->id, self->board_id) == 0)))
    show_board (self);
}

void
stk_board_editor_bind (StkBoardEditor *self,
                       StkProject     *project,
                       StkCatalog     *catalog,
                       const char     *board_id)
{
  g_return_if_fail (STK_IS_BOARD_EDITOR (self));

  stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self);
  /* Before the board: filling the list selects "none", which no board hears. */
  g_free (self->board_id);
  self->board_id = NULL;
  if (g_set_object (&self->catalog, catalog))
    fill_stiffeners (self);
  self->board_id = g_strdup (board_id);
  stk_outline_editor_bind (self->outline, project, catalog, board_id);
  stk_keepout_editor_bind (self->keepouts, project, board_id);
  show_board (self);
}

void
stk_board_editor_set_units (StkBoardEditor *self,
                            StkUnits        units)
{
  guint n;
  g_autofree StkNumberField **fields = length_fields (self, &n);

  /* Showing the same lengths in other units is no edit: the fields'
   * values stay. */
  for (guint i = 0; i < n; i++)
    stk_number_field_set_units (fields[i], units);
  stk_outline_editor_set_units (self->outline, units);
  stk_keepout_editor_set_units (self->keepouts, units);
}
