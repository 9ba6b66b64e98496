/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include "stk-project.h"

/* The editors' one path into the model: an edited copy handed back, the
 * difference copied in, one ::changed that names what changed. Comparing
 * first is what lets a view show a value without an echo: setting what is
 * already there emits nothing. */

typedef enum {
  FIELD_STRING,  /* char *, NULL and "" distinct */
  FIELD_DOUBLE,
  FIELD_INT,     /* int-sized: enums, gboolean, guint */
} FieldType;

typedef struct {
  const char *name;   /* the member's name, what StkProjectChange.field says */
  gsize       offset;
  FieldType   type;
  gboolean    joins;  /* which boards a mate joins, or whether it can place one (its turns) */
} Field;

G_STATIC_ASSERT (sizeof (StkBoardKind) == sizeof (int));
G_STATIC_ASSERT (sizeof (StkFace) == sizeof (int));
G_STATIC_ASSERT (sizeof (guint) == sizeof (int));

#define BOARD_FIELD(member, type) { #member, G_STRUCT_OFFSET (StkBoard, member), type }
#define MATE_FIELD(member, type) { #member, G_STRUCT_OFFSET (StkMate, member), type, FALSE }
#define MATE_JOIN_FIELD(member, type) { #member, G_STRUCT_OFFSET (StkMate, member), type, TRUE }
#define REQ_FIELD(member, type) { #member, G_STRUCT_OFFSET (StkRequirements, member), type }

/* Every member an editor may change; a member added to the structs is
 * added here too, or its edits are not seen (tests/test-project-edit.c
 * changes each one). Ids are not edited, and the unknown members ride along. */
static const Field board_fields[] = {
  BOARD_FIELD (name, FIELD_STRING),
  BOARD_FIELD (kind, FIELD_INT),
  BOARD_FIELD (thickness_mm, FIELD_DOUBLE),
  BOARD_FIELD (flatness_kind, FIELD_INT),
  BOARD_FIELD (warp_mm, FIELD_DOUBLE),
  BOARD_FIELD (bow_twist_percent, FIELD_DOUBLE),
  BOARD_FIELD (placement_accuracy_mm, FIELD_DOUBLE),
  BOARD_FIELD (component_top_mm, FIELD_DOUBLE),
  BOARD_FIELD (component_bottom_mm, FIELD_DOUBLE),
  BOARD_FIELD (double_sided, FIELD_INT),
  BOARD_FIELD (coverlay_set, FIELD_INT),
  BOARD_FIELD (coverlay_thickness_mm, FIELD_DOUBLE),
  BOARD_FIELD (stiffener, FIELD_INT),
  BOARD_FIELD (stiffener_thickness_mm, FIELD_DOUBLE),
  BOARD_FIELD (stiffener_recommended, FIELD_INT),
  BOARD_FIELD (stiffener_length_mm, FIELD_DOUBLE),
  BOARD_FIELD (stiffener_width_mm, FIELD_DOUBLE),
  BOARD_FIELD (outline_set, FIELD_INT),
  BOARD_FIELD (length_mm, FIELD_DOUBLE),
  BOARD_FIELD (width_mm, FIELD_DOUBLE),
  BOARD_FIELD (origin_x_mm, FIELD_DOUBLE),
  BOARD_FIELD (origin_y_mm, FIELD_DOUBLE),
};

static const Field mate_fields[] = {
  MATE_FIELD (name, FIELD_STRING),
  MATE_FIELD (series, FIELD_STRING),
  MATE_FIELD (mated_height_mm, FIELD_DOUBLE),
  MATE_FIELD (pins, FIELD_INT),
  MATE_FIELD (packaging, FIELD_STRING),
  MATE_FIELD (inspection, FIELD_INT),
  MATE_JOIN_FIELD (socket_board, FIELD_STRING),
  MATE_JOIN_FIELD (header_board, FIELD_STRING),
  MATE_FIELD (x_mm, FIELD_DOUBLE),
  MATE_FIELD (y_mm, FIELD_DOUBLE),
  MATE_JOIN_FIELD (rotation_deg, FIELD_DOUBLE),
  MATE_FIELD (face, FIELD_INT),
  MATE_FIELD (header_x_mm, FIELD_DOUBLE),
  MATE_FIELD (header_y_mm, FIELD_DOUBLE),
  MATE_JOIN_FIELD (header_rotation_deg, FIELD_DOUBLE),
};

static const Field requirement_fields[] = {
  REQ_FIELD (alignment_tolerance_mm, FIELD_DOUBLE),
  REQ_FIELD (cycles_assembly, FIELD_INT),
  REQ_FIELD (cycles_rework, FIELD_INT),
  REQ_FIELD (cycles_test, FIELD_INT),
  REQ_FIELD (cycles_service, FIELD_INT),
  REQ_FIELD (ambient_min_c, FIELD_DOUBLE),
  REQ_FIELD (ambient_max_c, FIELD_DOUBLE),
  REQ_FIELD (reflow_peak_c, FIELD_DOUBLE),
  REQ_FIELD (iron_temp_c, FIELD_DOUBLE),
  REQ_FIELD (iron_time_s, FIELD_DOUBLE),
  REQ_FIELD (current_derating, FIELD_DOUBLE),
  REQ_FIELD (clearance_margin_mm, FIELD_DOUBLE),
  REQ_FIELD (capture_allowance_set, FIELD_INT),
  REQ_FIELD (capture_allowance_mm, FIELD_DOUBLE),
  REQ_FIELD (storage_min_c, FIELD_DOUBLE),
  REQ_FIELD (storage_max_c, FIELD_DOUBLE),
  REQ_FIELD (storage_packed, FIELD_INT),
};

static gboolean
field_equal (const Field   *field,
             gconstpointer  a,
             gconstpointer  b)
{
  switch (field->type)
    {
    case FIELD_STRING:
      return g_strcmp0 (G_STRUCT_MEMBER (const char *, a, field->offset),
                        G_STRUCT_MEMBER (const char *, b, field->offset)) == 0;
    case FIELD_DOUBLE:
      return G_STRUCT_MEMBER (double, a, field->offset) == G_STRUCT_MEMBER (double, b, field->offset);
    case FIELD_INT:
    default:
      return G_STRUCT_MEMBER (int, a, field->offset) == G_STRUCT_MEMBER (int, b, field->offset);
    }
}

static void
field_copy (const Field   *field,
            gpointer       dest,
            gconstpointer  src)
{
  switch (field->type)
    {
    case FIELD_STRING:
      g_free (G_STRUCT_MEMBER (char *, dest, field->offset));
      G_STRUCT_MEMBER (char *, dest, field->offset) = g_strdup (G_STRUCT_MEMBER (const char *, src, field->offset));
      break;
    case FIELD_DOUBLE:
      G_STRUCT_MEMBER (double, dest, field->offset) = G_STRUCT_MEMBER (double, src, field->offset);
      break;
    case FIELD_INT:
    default:
      G_STRUCT_MEMBER (int, dest, field->offset) = G_STRUCT_MEMBER (int, src, field->offset);
      break;
    }
}

/* Copies the members of src that differ into dest; how many did, the
 * first one's name in *which. */
static guint
copy_differences (const Field   *fields,
                  guint          n_fields,
                  gpointer       dest,
                  gconstpointer  src,
                  const char   **which)
{
  guint n = 0;

  for (guint i = 0; i < n_fields; i++)
    if (!field_equal (&fields[i], dest, src))
      {
        if (n++ == 0)
          *which = fields[i].name;
        field_copy (&fields[i], dest, src);
      }
  return n;
}

gboolean
stk_project_update_board (StkProject     *self,
                          const char     *id,
                          const StkBoard *value)
{
  StkBoard *board;
  const char *which = NULL;
  guint n;

  g_return_val_if_fail (STK_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if ((board = stk_project_find_board (self, id)) == NULL)
    return FALSE;
  n = copy_differences (board_fields, G_N_ELEMENTS (board_fields), board, value, &which);
  if (n == 0)
    return FALSE;
  stk_project_changed_field (self, STK_CHANGE_BOARDS, id, n == 1 ? which : NULL);
  return TRUE;
}

static gboolean
nets_equal (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const StkNet *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->name, y->name) != 0 || x->kind != y->kind || x->current_a != y->current_a
          || x->voltage_v != y->voltage_v)
        return FALSE;
    }
  return TRUE;
}

static gboolean
pin_nets_equal (GPtrArray *a,
                GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

gboolean
stk_project_update_mate (StkProject    *self,
                         const char    *id,
                         const StkMate *value)
{
  StkMate *mate;
  const char *which = NULL;
  guint n;

  g_return_val_if_fail (STK_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  /* A pin count changed without stk_mate_set_pins () would leave the
   * stored mate with a pin list of another length. */
  g_return_val_if_fail (value->pin_nets->len == value->pins, FALSE);

  if ((mate = stk_project_find_mate (self, id)) == NULL)
    return FALSE;
  n = copy_differences (mate_fields, G_N_ELEMENTS (mate_fields), mate, value, &which);
  if (!nets_equal (mate->nets, value->nets))
    {
      g_ptr_array_set_size (mate->nets, 0);
      for (guint i = 0; i < value->nets->len; i++)
        g_ptr_array_add (mate->nets, stk_net_copy (g_ptr_array_index (value->nets, i)));
      if (n++ == 0)
        which = "nets";
    }
  if (!pin_nets_equal (mate->pin_nets, value->pin_nets))
    {
      g_ptr_array_set_size (mate->pin_nets, 0);
      for (guint i = 0; i < value->pin_nets->len; i++)
        g_ptr_array_add (mate->pin_nets, g_strdup (g_ptr_array_index (value->pin_nets, i)));
      if (n++ == 0)
        which = "pin_nets";
    }
  if (n == 0)
    return FALSE;
  stk_project_changed_field (self, STK_CHANGE_MATES, id, n == 1 ? which : NULL);
  return TRUE;
}

gboolean
stk_project_update_requirements (StkProject            *self,
                                 const StkRequirements *value)
{
  const char *which = NULL;
  guint n;

  g_return_val_if_fail (STK_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  n = copy_differences (requirement_fields, G_N_ELEMENTS (requirement_fields),
                        stk_project_get_requirements (self), value, &which);
  if (n == 0)
    return FALSE;
  stk_project_changed_field (self, STK_CHANGE_REQUIREMENTS, NULL, n == 1 ? which : NULL);
  return TRUE;
}

gboolean
stk_project_change_keeps_joins (const StkProjectChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);

  if (change->id == NULL || change->field == NULL)
    return FALSE;
  /* No member of a board decides which boards are joined or placed. */
  if (change->kind == STK_CHANGE_BOARDS)
    return TRUE;
  if (change->kind != STK_CHANGE_MATES)
    return FALSE;
  /* Its nets are members of their own, outside the table. */
  if (g_str_equal (change->field, "nets") || g_str_equal (change->field, "pin_nets"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (mate_fields); i++)
    if (g_str_equal (mate_fields[i].name, change->field))
      return !mate_fields[i].joins;
  return FALSE;
}
