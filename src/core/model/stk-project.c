/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-id-index.h"
#include "stk-project.h"
#include "stk-tolerance-spec.h"

struct _StkProject
{
  GObject          parent_instance;

  char            *name;
  char            *author;
  char            *revision;
  char            *notes;
  /* title block fields of the drawing (ISO 7200) */
  char            *drawing_number;
  char            *checker;
  char            *approver;
  char            *date;
  GPtrArray       *boards;  /* StkBoard, bottom to top */
  GPtrArray       *mates;   /* StkMate */
  StkRequirements  requirements;
  JsonObject      *extra;   /* unknown top-level members, kept on save */
  GPtrArray       *section_cuts; /* StkSectionCut */
  StkTolSpec      *tolerance;
  /* id → position, marked stale by every editing call (stk-id-index.h) */
  StkIdIndex       board_ids;
  StkIdIndex       mate_ids;
  StkProjectChange change;  /* what the ::changed being emitted is about */
  guint64          serial;  /* ::changed emissions so far */
};

G_DEFINE_FINAL_TYPE (StkProject, stk_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_AUTHOR,
  PROP_REVISION,
  PROP_NOTES,
  PROP_DRAWING_NUMBER,
  PROP_CHECKER,
  PROP_APPROVER,
  PROP_DATE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value ? value : "");
  return TRUE;
}

static void
set_string_property (StkProject *self,
                     char      **field,
                     const char *value,
                     guint       prop)
{
  if (set_string (field, value))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
      stk_project_changed_field (self, STK_CHANGE_TITLE, NULL, g_param_spec_get_name (properties[prop]));
    }
}

static void
stk_project_finalize (GObject *object)
{
  StkProject *self = STK_PROJECT (object);

  g_free (self->name);
  g_free (self->author);
  g_free (self->revision);
  g_free (self->notes);
  g_free (self->drawing_number);
  g_free (self->checker);
  g_free (self->approver);
  g_free (self->date);
  g_clear_pointer (&self->boards, g_ptr_array_unref);
  g_clear_pointer (&self->mates, g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->section_cuts, g_ptr_array_unref);
  g_clear_pointer (&self->tolerance, stk_tol_spec_free);
  _stk_id_index_clear (&self->board_ids);
  _stk_id_index_clear (&self->mate_ids);

  G_OBJECT_CLASS (stk_project_parent_class)->finalize (object);
}

static void
stk_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  StkProject *self = STK_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_REVISION:
      g_value_set_string (value, self->revision);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_DRAWING_NUMBER:
      g_value_set_string (value, self->drawing_number);
      break;
    case PROP_CHECKER:
      g_value_set_string (value, self->checker);
      break;
    case PROP_APPROVER:
      g_value_set_string (value, self->approver);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_project_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  StkProject *self = STK_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      stk_project_set_name (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      stk_project_set_author (self, g_value_get_string (value));
      break;
    case PROP_REVISION:
      stk_project_set_revision (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      stk_project_set_notes (self, g_value_get_string (value));
      break;
    case PROP_DRAWING_NUMBER:
      stk_project_set_drawing_number (self, g_value_get_string (value));
      break;
    case PROP_CHECKER:
      stk_project_set_checker (self, g_value_get_string (value));
      break;
    case PROP_APPROVER:
      stk_project_set_approver (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      stk_project_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stk_project_class_init (StkProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stk_project_finalize;
  object_class->get_property = stk_project_get_property;
  object_class->set_property = stk_project_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVISION] =
    g_param_spec_string ("revision", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRAWING_NUMBER] =
    g_param_spec_string ("drawing-number", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKER] =
    g_param_spec_string ("checker", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROVER] =
    g_param_spec_string ("approver", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any edit, so views can redraw and recheck. Detailed by
   * what changed ("changed::mates"); stk_project_get_change() says which
   * item during the emission. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stk_project_init (StkProject *self)
{
  self->name = g_strdup ("");
  self->author = g_strdup ("");
  self->revision = g_strdup ("A");
  self->notes = g_strdup ("");
  self->drawing_number = g_strdup ("");
  self->checker = g_strdup ("");
  self->approver = g_strdup ("");
  self->date = g_strdup ("");
  self->boards = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_board_free);
  self->mates = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_mate_free);
  self->extra = json_object_new ();
  self->section_cuts = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_section_cut_free);
  /* Keys are copies: an id edited in place must not leave a dangling key. */
  _stk_id_index_init (&self->board_ids);
  _stk_id_index_init (&self->mate_ids);
  stk_requirements_init_defaults (&self->requirements);
  self->tolerance = stk_tol_spec_new ();
}

StkProject *
stk_project_new_empty (void)
{
  return g_object_new (STK_TYPE_PROJECT, NULL);
}

StkProject *
stk_project_new (void)
{
  StkProject *self = stk_project_new_empty ();
  StkMate *mate;

  g_free (self->name);
  self->name = g_strdup (_("Untitled stack-up"));
  g_ptr_array_add (self->boards, stk_board_new ("main", _("Main board"), STK_BOARD_RIGID));
  g_ptr_array_add (self->boards, stk_board_new ("daughter", _("Daughter board"), STK_BOARD_RIGID));
  mate = stk_mate_new ("j1", "P4", 1.5, 40, "embossed");
  mate->socket_board = g_strdup ("main");
  mate->header_board = g_strdup ("daughter");
  g_ptr_array_add (self->mates, mate);
  return self;
}

StkProject *
stk_project_copy (StkProject *self)
{
  StkProject *copy = stk_project_new_empty ();

  stk_project_assign (copy, self);
  return copy;
}

const char *
stk_project_get_name (StkProject *self)
{
  return self->name;
}

const char *
stk_project_get_label (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  return self->name != NULL && *self->name ? self->name : _("Untitled stack-up");
}

void
stk_project_set_name (StkProject *self,
                      const char *name)
{
  set_string_property (self, &self->name, name, PROP_NAME);
}

const char *
stk_project_get_author (StkProject *self)
{
  return self->author;
}

void
stk_project_set_author (StkProject *self,
                        const char *author)
{
  set_string_property (self, &self->author, author, PROP_AUTHOR);
}

const char *
stk_project_get_revision (StkProject *self)
{
  return self->revision;
}

void
stk_project_set_revision (StkProject *self,
                          const char *revision)
{
  set_string_property (self, &self->revision, revision, PROP_REVISION);
}

const char *
stk_project_get_drawing_number (StkProject *self)
{
  return self->drawing_number;
}

void
stk_project_set_drawing_number (StkProject *self,
                               const char *drawing_number)
{
  set_string_property (self, &self->drawing_number, drawing_number, PROP_DRAWING_NUMBER);
}

const char *
stk_project_get_checker (StkProject *self)
{
  return self->checker;
}

void
stk_project_set_checker (StkProject *self,
                        const char *checker)
{
  set_string_property (self, &self->checker, checker, PROP_CHECKER);
}

const char *
stk_project_get_approver (StkProject *self)
{
  return self->approver;
}

void
stk_project_set_approver (StkProject *self,
                         const char *approver)
{
  set_string_property (self, &self->approver, approver, PROP_APPROVER);
}

const char *
stk_project_get_date (StkProject *self)
{
  return self->date;
}

void
stk_project_set_date (StkProject *self,
                     const char *date)
{
  set_string_property (self, &self->date, date, PROP_DATE);
}

const char *
stk_project_get_notes (StkProject *self)
{
  return self->notes;
}

void
stk_project_set_notes (StkProject *self,
                       const char *notes)
{
  set_string_property (self, &self->notes, notes, PROP_NOTES);
}

GPtrArray *
stk_project_get_boards (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  return self->boards;
}

GPtrArray *
stk_project_get_mates (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  return self->mates;
}

StkRequirements *
stk_project_get_requirements (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  return &self->requirements;
}

int
stk_project_board_index (StkProject *self,
                         const char *id)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), -1);
  return _stk_id_index_lookup (&self->board_ids, self->boards, id);
}

StkBoard *
stk_project_find_board (StkProject *self,
                        const char *id)
{
  int i = stk_project_board_index (self, id);
  return i < 0 ? NULL : g_ptr_array_index (self->boards, i);
}

int
stk_project_mate_index (StkProject *self,
                        const char *id)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), -1);
  return _stk_id_index_lookup (&self->mate_ids, self->mates, id);
}

StkMate *
stk_project_find_mate (StkProject *self,
                       const char *id)
{
  int i = stk_project_mate_index (self, id);
  return i < 0 ? NULL : g_ptr_array_index (self->mates, i);
}

char *
stk_project_unique_id (StkProject *self,
                       const char *prefix)
{
  for (guint n = 1;; n++)
    {
      char *id = g_strdup_printf ("%s-%u", prefix, n);
      if (stk_project_find_board (self, id) == NULL && stk_project_find_mate (self, id) == NULL)
        return id;
      g_free (id);
    }
}

static const char *const change_details[] = {
  [STK_CHANGE_ALL] = "all",
  [STK_CHANGE_TITLE] = "title",
  [STK_CHANGE_BOARDS] = "boards",
  [STK_CHANGE_MATES] = "mates",
  [STK_CHANGE_REQUIREMENTS] = "requirements",
  [STK_CHANGE_VIEWS] = "views",
  [STK_CHANGE_TOLERANCE] = "tolerance",
};

void
stk_project_changed_field (StkProject    *self,
                           StkChangeKind  kind,
                           const char    *id,
                           const char    *field)
{
  g_autofree char *held = g_strdup (id);
  StkProjectChange outer;

  g_return_if_fail (STK_IS_PROJECT (self));
  g_return_if_fail (kind < G_N_ELEMENTS (change_details));
  self->board_ids.stale = self->mate_ids.stale = TRUE;
  /* Before the emission: a handler asking for derived results must not
   * get those of the project as it was. */
  self->serial++;
  /* A handler may edit again: the inner emission's record is its own. */
  outer = self->change;
  self->change = (StkProjectChange) { kind, held, field };
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (change_details[kind]));
  self->change = outer;
}

void
stk_project_changed_one (StkProject    *self,
                         StkChangeKind  kind,
                         const char    *id)
{
  stk_project_changed_field (self, kind, id, NULL);
}

guint64
stk_project_get_serial (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), 0);
  return self->serial;
}

void
stk_project_changed (StkProject *self)
{
  stk_project_changed_one (self, STK_CHANGE_ALL, NULL);
}

const StkProjectChange *
stk_project_get_change (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  return &self->change;
}

void
stk_project_add_board (StkProject *self,
                       StkBoard   *board,
                       int         position)
{
  g_return_if_fail (STK_IS_PROJECT (self));
  g_return_if_fail (board != NULL);

  if (position < 0 || (guint) position > self->boards->len)
    position = (int) self->boards->len;
  g_ptr_array_insert (self->boards, position, board);
  stk_project_changed_one (self, STK_CHANGE_BOARDS, board->id);
}

/* Mates that referenced the removed board are removed with it: a mate
 * hanging in the air has nothing to check. */
void
stk_project_remove_board (StkProject *self,
                          guint       index)
{
  StkBoard *board;

  g_return_if_fail (index < self->boards->len);

  board = g_ptr_array_index (self->boards, index);
  for (guint i = self->mates->len; i > 0; i--)
    {
      StkMate *m = g_ptr_array_index (self->mates, i - 1);
      if (g_strcmp0 (m->socket_board, board->id) == 0 || g_strcmp0 (m->header_board, board->id) == 0)
        g_ptr_array_remove_index (self->mates, i - 1);
    }
  g_ptr_array_remove_index (self->boards, index);
  stk_project_changed (self);
}

static void
move_item (StkProject *self,
           GPtrArray  *items,
           guint       from,
           guint       to)
{
  g_return_if_fail (from < items->len && to < items->len);
  if (from == to)
    return;
  g_ptr_array_insert (items, (int) to, g_ptr_array_steal_index (items, from));
  stk_project_changed_one (self, items == self->boards ? STK_CHANGE_BOARDS : STK_CHANGE_MATES,
                           *(char **) g_ptr_array_index (items, to));
}

void
stk_project_move_board (StkProject *self,
                        guint       from,
                        guint       to)
{
  move_item (self, self->boards, from, to);
}

void
stk_project_add_mate (StkProject *self,
                      StkMate    *mate)
{
  g_return_if_fail (STK_IS_PROJECT (self));
  g_ptr_array_add (self->mates, mate);
  stk_project_changed_one (self, STK_CHANGE_MATES, mate->id);
}

void
stk_project_remove_mate (StkProject *self,
                         guint       index)
{
  g_autofree char *id = NULL;

  g_return_if_fail (index < self->mates->len);
  id = g_strdup (((StkMate *) g_ptr_array_index (self->mates, index))->id);
  g_ptr_array_remove_index (self->mates, index);
  stk_project_changed_one (self, STK_CHANGE_MATES, id);
}

void
stk_project_move_mate (StkProject *self,
                       guint       from,
                       guint       to)
{
  move_item (self, self->mates, from, to);
}

void
stk_project_assign (StkProject *self,
                    StkProject *other)
{
  g_return_if_fail (STK_IS_PROJECT (self) && STK_IS_PROJECT (other));
  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  /* Notify per property, but one ::changed at the end: every listener
   * rebuilds its view on ::changed, so five emissions cost five rebuilds. */
  if (set_string (&self->name, other->name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (set_string (&self->author, other->author))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
  if (set_string (&self->revision, other->revision))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
  if (set_string (&self->notes, other->notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
  if (set_string (&self->drawing_number, other->drawing_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAWING_NUMBER]);
  if (set_string (&self->checker, other->checker))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKER]);
  if (set_string (&self->approver, other->approver))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROVER]);
  if (set_string (&self->date, other->date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  g_ptr_array_set_size (self->boards, 0);
  for (guint i = 0; i < other->boards->len; i++)
    g_ptr_array_add (self->boards, stk_board_copy (g_ptr_array_index (other->boards, i)));
  g_ptr_array_set_size (self->mates, 0);
  for (guint i = 0; i < other->mates->len; i++)
    g_ptr_array_add (self->mates, stk_mate_copy (g_ptr_array_index (other->mates, i)));
  self->requirements = other->requirements;
  g_ptr_array_set_size (self->section_cuts, 0);
  for (guint i = 0; i < other->section_cuts->len; i++)
    g_ptr_array_add (self->section_cuts, stk_section_cut_copy (g_ptr_array_index (other->section_cuts, i)));
  stk_tol_spec_free (self->tolerance);
  self->tolerance = stk_tol_spec_copy (other->tolerance);
  stk_project_set_extra_members (self, other->extra);
  g_object_thaw_notify (G_OBJECT (self));
  stk_project_changed (self);
}

JsonObject *
stk_project_get_extra_members (StkProject *self)
{
  return self->extra;
}

void
stk_project_set_extra_members (StkProject *self,
                               JsonObject *extra)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) names = extra ? json_object_get_members (extra) : NULL;

  for (GList *l = names; l; l = l->next)
    json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (extra, l->data)));
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = copy;
}

/* The user's section cuts: edited through stk-section-cut.c. */

GPtrArray *
stk_project_get_section_cuts (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  return self->section_cuts;
}

/* Tolerance analysis: its editing calls are in stk-tolerance-spec.c. */

StkTolSpec *
stk_project_get_tolerance (StkProject *self)
{
  g_return_val_if_fail (STK_IS_PROJECT (self), NULL);
  return self->tolerance;
}
