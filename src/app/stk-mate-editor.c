/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-mate-editor"

#include "stk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stk-mate-choice.h"
#include "stk-mate-editor.h"
#include "stk-net-list.h"

struct _StkMateEditor
{
  GtkWidget    parent_instance;

  /* the template's */
  GtkWidget   *content;
  StkForm     *form;
  StkForm     *position_form;
  StkNetList  *nets;

  /* the fields, built into the forms */
  GtkEntry    *name;
  StkChoice   *series;
  StkChoice   *height;
  StkChoice   *packaging;
  GtkSwitch   *inspection;
  StkChoice   *pins;
  StkChoice   *socket_board;
  StkChoice   *header_board;
  GtkLabel    *socket_part;
  GtkLabel    *header_part;
  GtkLabel    *part_note;
  StkNumberField *x;
  StkNumberField *y;
  StkChoice   *rotation;
  StkChoice   *face;
  StkNumberField *header_x;
  StkNumberField *header_y;
  StkChoice   *header_rotation;

  StkProject  *project;
  StkCatalog  *catalog;
  char        *mate_id;
  StkUnits     units;
  /* What each drop-down position stands for, as last filled. */
  GArray      *heights;        /* double */
  GPtrArray   *packagings;     /* const StkPackaging * */
  GArray      *pin_counts;     /* guint */
  GPtrArray   *board_ids;      /* char * */
};

G_DEFINE_FINAL_TYPE (StkMateEditor, stk_mate_editor, GTK_TYPE_WIDGET)

static StkMate *
current_mate (StkMateEditor *self)
{
  if (self->project == NULL)
    return NULL;
  return stk_project_find_mate (self->project, self->mate_id);
}

static const StkSeries *
current_series (StkMateEditor *self,
                StkMate       *mate)
{
  return stk_catalog_find_series (self->catalog, mate->series);
}

static GtkLabel *
add_value_label (StkForm    *form,
                 const char *name,
                 const char *mnemonic)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return GTK_LABEL (stk_form_add_row (form, mnemonic, label, NULL));
}

/* "AXK720347G also serves 2.5 mm" when a part number covers two heights. */
static char *
describe_shared_part (StkMateEditor   *self,
                      const StkSeries *series,
                      StkRole          role,
                      const char      *part,
                      double           height)
{
  g_autoptr(GArray) heights = stk_series_heights_for_part (series, role, part);
  g_autoptr(GString) others = g_string_new (NULL);

  for (guint i = 0; i < heights->len; i++)
    {
      double h = g_array_index (heights, double, i);
      g_autofree char *text = NULL;

      if (fabs (h - height) < 1e-6)
        continue;
      text = stk_format_length (h, self->units);
      g_string_append_printf (others, "%s%s", others->len ? ", " : "", text);
    }
  if (others->len == 0)
    return NULL;
  /* Translators: "AXK720347G (socket) is the same part for 3 mm mated height" */
  return g_strdup_printf (_("%s (%s) is the same part for %s mated height"), part,
                          stk_role_label (role), others->str);
}

static void
show_parts (StkMateEditor   *self,
            StkMate         *mate,
            const StkSeries *series)
{
  const StkProduct *p = stk_series_find_product (series, mate->mated_height_mm, mate->pins, mate->packaging);
  g_autofree char *socket_note = NULL;
  g_autofree char *header_note = NULL;
  g_autofree char *note = NULL;

  stk_form_set_row_visible (self->form, GTK_WIDGET (self->inspection), series->inspection != NULL);
  gtk_switch_set_active (self->inspection, mate->inspection);
  if (p != NULL && mate->inspection)
    {
      g_autofree char *socket = stk_series_inspection_part (series, STK_ROLE_SOCKET, mate->pins);
      g_autofree char *header = stk_series_inspection_part (series, STK_ROLE_HEADER, mate->pins);

      gtk_label_set_text (self->socket_part, socket);
      gtk_label_set_text (self->header_part, header);
      /* Translators: the catalog gives no mated height for this type */
      gtk_label_set_text (self->part_note, _("Inspection-use type for a test fixture: the catalog does not state "
                                             "its mated height; the gap uses the standard pair's."));
      gtk_widget_set_visible (GTK_WIDGET (self->part_note), TRUE);
      return;
    }
  if (p == NULL)
    {
      gtk_label_set_text (self->socket_part, _("Not in the catalog"));
      gtk_label_set_text (self->header_part, _("Not in the catalog"));
      gtk_widget_set_visible (GTK_WIDGET (self->part_note), FALSE);
      return;
    }
  gtk_label_set_text (self->socket_part, p->socket);
  gtk_label_set_text (self->header_part, p->header);
  socket_note = describe_shared_part (self, series, STK_ROLE_SOCKET, p->socket, mate->mated_height_mm);
  header_note = describe_shared_part (self, series, STK_ROLE_HEADER, p->header, mate->mated_height_mm);
  note = g_strjoin ("\n", socket_note ? socket_note : header_note,
                    socket_note ? header_note : NULL, NULL);
  gtk_label_set_text (self->part_note, note);
  gtk_widget_set_visible (GTK_WIDGET (self->part_note), socket_note || header_note);
}

static void
fill_series (StkMateEditor *self,
             StkMate       *mate)
{
  GPtrArray *all = stk_catalog_get_series (self->catalog);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  /* A value the catalog lacks selects nothing, rather than the first item
   * (which would read as the user's choice). */
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < all->len; i++)
    {
      const StkSeries *s = g_ptr_array_index (all, i);

      /* Translators: a series in the mate's picker and its kind, "A4S — board-to-FPC" */
      g_ptr_array_add (items, g_strdup_printf (_("%s — %s"), s->id, stk_series_kind_label (s->kind)));
      if (g_ascii_strcasecmp (s->id, mate->series) == 0)
        selected = i;
    }
  g_ptr_array_add (items, NULL);
  stk_choice_set_items (self->series, (const char *const *) items->pdata, selected);
}

static void
fill_choices (StkMateEditor   *self,
              StkMate         *mate,
              const StkSeries *series)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) pins = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;

  g_array_set_size (self->heights, 0);
  for (guint i = 0; i < series->heights->len; i++)
    {
      double h = g_array_index (series->heights, double, i);

      g_array_append_val (self->heights, h);
      g_ptr_array_add (items, stk_format_length (h, self->units));
      if (fabs (h - mate->mated_height_mm) < 1e-6)
        selected = i;
    }
  g_ptr_array_add (items, NULL);
  stk_choice_set_items (self->height, (const char *const *) items->pdata, selected);

  g_ptr_array_set_size (items, 0);
  g_clear_pointer (&self->packagings, g_ptr_array_unref);
  self->packagings = stk_series_packagings_for_height (series, mate->mated_height_mm);
  selected = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < self->packagings->len; i++)
    {
      const StkPackaging *pk = g_ptr_array_index (self->packagings, i);

      g_ptr_array_add (items, g_strdup (pk->label));
      if (g_strcmp0 (pk->id, mate->packaging) == 0)
        selected = i;
    }
  g_ptr_array_add (items, NULL);
  stk_choice_set_items (self->packaging, (const char *const *) items->pdata, selected);

  g_ptr_array_set_size (items, 0);
  pins = stk_series_pins_for_height (series, mate->mated_height_mm, mate->packaging);
  g_array_set_size (self->pin_counts, 0);
  g_array_append_vals (self->pin_counts, pins->data, pins->len);
  selected = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < pins->len; i++)
    {
      guint n = g_array_index (pins, guint, i);

      g_ptr_array_add (items, g_strdup_printf ("%u", n));
      if (n == mate->pins)
        selected = i;
    }
  g_ptr_array_add (items, NULL);
  stk_choice_set_items (self->pins, (const char *const *) items->pdata, selected);
}

static void
fill_boards (StkMateEditor *self,
             StkMate       *mate)
{
  GPtrArray *boards = stk_project_get_boards (self->project);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint socket = GTK_INVALID_LIST_POSITION, header = GTK_INVALID_LIST_POSITION;

  g_ptr_array_set_size (self->board_ids, 0);
  for (guint i = 0; i < boards->len; i++)
    {
      StkBoard *b = g_ptr_array_index (boards, i);

      g_ptr_array_add (self->board_ids, g_strdup (b->id));
      g_ptr_array_add (names, b->name);
      if (g_strcmp0 (b->id, mate->socket_board) == 0)
        socket = i;
      if (g_strcmp0 (b->id, mate->header_board) == 0)
        header = i;
    }
  g_ptr_array_add (names, NULL);
  stk_choice_set_items (self->socket_board, (const char *const *) names->pdata, socket);
  stk_choice_set_items (self->header_board, (const char *const *) names->pdata, header);
}

/* The edit a drop-down stands for, written into mate. Each control writes
 * only its own member (the catalog then brings the rest back to a part it
 * sells), so showing one value carries no other control's old one. */
static void
read_choice (StkMateEditor *self,
             StkChoice     *dd,
             StkMate       *mate)
{
  guint sel = stk_choice_get_selected (dd);
  const StkSeries *series;

  if (dd == self->series)
    series = g_ptr_array_index (stk_catalog_get_series (self->catalog), sel);
  else
    series = current_series (self, mate);
  if (dd == self->height && sel < self->heights->len)
    mate->mated_height_mm = g_array_index (self->heights, double, sel);
  else if (dd == self->packaging && sel < self->packagings->len)
    {
      g_free (mate->packaging);
      mate->packaging = g_strdup (((const StkPackaging *) g_ptr_array_index (self->packagings, sel))->id);
    }
  else if (dd == self->pins && sel < self->pin_counts->len)
    stk_mate_set_pins (mate, g_array_index (self->pin_counts, guint, sel));
  else if (dd == self->socket_board && sel < self->board_ids->len)
    {
      g_free (mate->socket_board);
      mate->socket_board = g_strdup (g_ptr_array_index (self->board_ids, sel));
    }
  else if (dd == self->header_board && sel < self->board_ids->len)
    {
      g_free (mate->header_board);
      mate->header_board = g_strdup (g_ptr_array_index (self->board_ids, sel));
    }
  else if (dd == self->rotation)
    mate->rotation_deg = 90.0 * MIN (sel, 3u);
  else if (dd == self->face)
    mate->face = sel == 1 ? STK_FACE_BOTTOM : STK_FACE_TOP;
  else if (dd == self->header_rotation)
    mate->header_rotation_deg = 90.0 * MIN (sel, 3u);
  if (series != NULL && dd != self->rotation && dd != self->face && dd != self->header_rotation)
    stk_mate_choose_valid (mate, series);
}

static void
read_control (StkMateEditor *self,
              gpointer       control,
              StkMate       *mate)
{
  const StkSeries *series;

  if (control == self->name)
    {
      g_free (mate->name);
      mate->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name)));
    }
  else if (control == self->inspection)
    {
      mate->inspection = gtk_switch_get_active (self->inspection);
      /* A pin count the inspection-use type lacks turns it off again. */
      if ((series = current_series (self, mate)) != NULL)
        stk_mate_choose_valid (mate, series);
    }
  else if (control == self->x)
    mate->x_mm = stk_number_field_get_value (self->x);
  else if (control == self->y)
    mate->y_mm = stk_number_field_get_value (self->y);
  else if (control == self->header_x)
    mate->header_x_mm = stk_number_field_get_value (self->header_x);
  else if (control == self->header_y)
    mate->header_y_mm = stk_number_field_get_value (self->header_y);
  else if (STK_IS_CHOICE (control) && stk_choice_get_selected (control) != GTK_INVALID_LIST_POSITION)
    read_choice (self, control, mate);
}

/* An edit goes to the project, and comes back through its ::changed like
 * any other; what the mate already has changes nothing. */
static void
edit (StkMateEditor *self,
      gpointer       control)
{
  StkMate *mate = current_mate (self);
  g_autoptr(StkMate) edited = NULL;

  if (mate == NULL)
    return;
  edited = stk_mate_copy (mate);
  read_control (self, control, edited);
  stk_project_update_mate (self->project, self->mate_id, edited);
}

static void
on_notify_cb (GtkWidget     *control,
              GParamSpec    *pspec,
              StkMateEditor *self)
{
  edit (self, control);
}

static void
set_choice_if_changed (StkChoice *choice,
                       guint      position)
{
  if (stk_choice_get_selected (choice) != position)
    stk_choice_set_selected (choice, position);
}

/* The fields: their choices are filled from the catalog and the project,
 * their ranges are the file's limits. */
static void
build_fields (StkMateEditor *self)
{
  StkForm *f = self->form, *p = self->position_form;
  const char *none[] = { NULL };
  /* Translators: connector rotation on the board, in degrees */
  const char *rotations[] = { _("0°"), _("90°"), _("180°"), _("270°"), NULL };
  /* Translators: which face of its board the socket is on */
  const char *faces[] = { _("Top (the header board above)"), _("Bottom (the header board below)"), NULL };

  self->name = stk_form_add_entry (f, "mate-name", _("_Name"));
  self->series = stk_form_add_choice (f, "mate-series", _("_Series"), none);
  self->height = stk_form_add_choice (f, "mate-height", _("Mated _height"), none);
  self->pins = stk_form_add_choice (f, "mate-pins", _("_Pins"), none);
  self->packaging = stk_form_add_choice (f, "mate-packaging", _("Pac_kaging"), none);
  self->inspection = stk_form_add_switch (f, "mate-inspection", _("_Inspection-use type"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->inspection),
                               _("For a test fixture: the inspection-use parts, made for many more mating "
                                 "cycles, with the standard type's dimensions"));
  self->socket_board = stk_form_add_choice (f, "mate-socket-board", _("S_ocket on"), none);
  self->header_board = stk_form_add_choice (f, "mate-header-board", _("H_eader on"), none);
  self->socket_part = add_value_label (f, "mate-socket-part", _("Socket part"));
  self->header_part = add_value_label (f, "mate-header-part", _("Header part"));
  self->part_note = add_value_label (f, "mate-part-note", NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->part_note), "dim-label");

  /* The file's limits: ±500 mm, quarter turns. The header's board is
   * placed so that the header lands on the socket. */
  self->x = stk_form_add_length (p, "mate-x", _("Socket centre _X"), -500, 500, 0.05);
  self->y = stk_form_add_length (p, "mate-y", _("Socket centre _Y"), -500, 500, 0.05);
  self->rotation = stk_form_add_choice (p, "mate-rotation", _("Socket _rotation"), rotations);
  self->face = stk_form_add_choice (p, "mate-face", _("Socket _face"), faces);
  self->header_x = stk_form_add_length (p, "mate-header-x", _("Header centre X"), -500, 500, 0.05);
  self->header_y = stk_form_add_length (p, "mate-header-y", _("Header centre Y"), -500, 500, 0.05);
  self->header_rotation = stk_form_add_choice (p, "mate-header-rotation", _("Header rotation"), rotations);
  stk_form_align (f, p, NULL);

  /* Not ::changed: setting a text deletes, then inserts, and the empty
   * text between the two would read as an edit. The notification comes
   * once, with the text set. */
  g_signal_connect (self->name, "notify::text", G_CALLBACK (on_notify_cb), self);
  for (StkNumberField **w = (StkNumberField *[]) { self->x, self->y, self->header_x, self->header_y, NULL }; *w; w++)
    g_signal_connect (*w, "notify::value", G_CALLBACK (on_notify_cb), self);
  g_signal_connect (self->inspection, "notify::active", G_CALLBACK (on_notify_cb), self);
  for (StkChoice **dd = (StkChoice *[]) { self->series, self->height, self->pins, self->packaging,
                                          self->socket_board, self->header_board, self->rotation,
                                          self->face, self->header_rotation, NULL }; *dd; dd++)
    g_signal_connect (*dd, "notify::selected", G_CALLBACK (on_notify_cb), self);
}

static void
stk_mate_editor_dispose (GObject *object)
{
  StkMateEditor *self = STK_MATE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STK_TYPE_MATE_EDITOR);
  stk_follow_project (&self->project, NULL, NULL, self);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (stk_mate_editor_parent_class)->dispose (object);
}

static void
stk_mate_editor_finalize (GObject *object)
{
  StkMateEditor *self = STK_MATE_EDITOR (object);

  g_free (self->mate_id);
  g_array_unref (self->heights);
  g_array_unref (self->pin_counts);
  g_clear_pointer (&self->packagings, g_ptr_array_unref);
  g_ptr_array_unref (self->board_ids);

  G_OBJECT_CLASS (stk_mate_editor_parent_class)->finalize (object);
}

static void
stk_mate_editor_class_init (StkMateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stk_mate_editor_dispose;
  object_class->finalize = stk_mate_editor_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stk-mate-editor");

  g_type_ensure (STK_TYPE_FORM);
  g_type_ensure (STK_TYPE_NET_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stackup/Stackup/ui/stk-mate-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StkMateEditor, content);
  gtk_widget_class_bind_template_child (widget_class, StkMateEditor, form);
  gtk_widget_class_bind_template_child (widget_class, StkMateEditor, position_form);
  gtk_widget_class_bind_template_child (widget_class, StkMateEditor, nets);
}

static void
stk_mate_editor_init (StkMateEditor *self)
{
  self->heights = g_array_new (FALSE, FALSE, sizeof (double));
  self->pin_counts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->packagings = g_ptr_array_new ();
  self->board_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  build_fields (self);
}

GtkWidget *
stk_mate_editor_new (void)
{
  return g_object_new (STK_TYPE_MATE_EDITOR, NULL);
}

/* Shows the mate as the project has it; a control that changes writes
 * back what the mate has, which emits nothing. */
static void
show_mate (StkMateEditor *self)
{
  StkMate *mate = current_mate (self);
  const StkSeries *series;

  gtk_widget_set_sensitive (self->content, mate != NULL);
  stk_net_list_bind (self->nets, self->project, mate ? mate->id : NULL);
  if (mate == NULL || (series = current_series (self, mate)) == NULL)
    return;

  stk_entry_set_text_if_changed (GTK_EDITABLE (self->name), mate->name ? mate->name : mate->id);
  fill_series (self, mate);
  fill_choices (self, mate, series);
  fill_boards (self, mate);
  show_parts (self, mate, series);
  stk_number_field_set_value (self->x, mate->x_mm);
  stk_number_field_set_value (self->y, mate->y_mm);
  stk_number_field_set_value (self->header_x, mate->header_x_mm);
  stk_number_field_set_value (self->header_y, mate->header_y_mm);
  set_choice_if_changed (self->rotation, (guint) (mate->rotation_deg / 90) % 4);
  set_choice_if_changed (self->face, mate->face == STK_FACE_BOTTOM ? 1 : 0);
  set_choice_if_changed (self->header_rotation, (guint) (mate->header_rotation_deg / 90) % 4);
}

/* The bound mate's changes, an undo (::all), and the boards' names and
 * number (the board pickers list them); not a board's thickness. */
static void
on_project_changed_cb (StkProject    *project,
                       StkMateEditor *self)
{
  const StkProjectChange *change = stk_project_get_change (project);

  switch (change->kind)
    {
    case STK_CHANGE_ALL:
      break;
    case STK_CHANGE_MATES:
      if (change->id != NULL && g_strcmp0 (change->id, self->mate_id) != 0)
        return;
      break;
    case STK_CHANGE_BOARDS:
      /* Only the pickers name boards. */
      if ((change->field == NULL || g_str_equal (change->field, "name")) && current_mate (self) != NULL)
        fill_boards (self, current_mate (self));
      return;
    case STK_CHANGE_TITLE:
    case STK_CHANGE_REQUIREMENTS:
    default:
      return;
    }
  show_mate (self);
}

void
stk_mate_editor_bind (StkMateEditor *self,
                      StkProject    *project,
                      StkCatalog    *catalog,
                      const char    *mate_id)
{
  g_return_if_fail (STK_IS_MATE_EDITOR (self));

  stk_follow_project (&self->project, project, G_CALLBACK (on_project_changed_cb), self);
  g_set_object (&self->catalog, catalog);
  g_free (self->mate_id);
  self->mate_id = g_strdup (mate_id);
  show_mate (self);
}

void
stk_mate_editor_set_units (StkMateEditor *self,
                           StkUnits       units)
{
  self->units = units;
  /* Showing the same lengths in other units is no edit: the fields'
   * values stay. */
  stk_number_field_set_units (self->x, units);
  stk_number_field_set_units (self->y, units);
  stk_number_field_set_units (self->header_x, units);
  stk_number_field_set_units (self->header_y, units);
  /* The heights' labels are lengths too. */
  show_mate (self);
}
