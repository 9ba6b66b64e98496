/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-mate"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-enum-private.h"
#include "stk-error.h"
#include "stk-mate.h"

G_DEFINE_BOXED_TYPE (StkMate, stk_mate, stk_mate_copy, stk_mate_free)

static const StkEnumName net_kinds[] = {
  { STK_NET_SIGNAL, "signal" },
  { STK_NET_SUPPLY, "supply" },
  { STK_NET_GROUND, "ground" },
};
static const StkEnumName faces[] = {
  { STK_FACE_TOP, "top" },
  { STK_FACE_BOTTOM, "bottom" },
};

/* from_string stores through an int pointer */
G_STATIC_ASSERT (sizeof (StkNetKind) == sizeof (int));
G_STATIC_ASSERT (sizeof (StkFace) == sizeof (int));

StkNet *
stk_net_new (const char *name,
             StkNetKind  kind,
             double      current_a,
             double      voltage_v)
{
  StkNet *n = g_new0 (StkNet, 1);

  n->name = g_strdup (name);
  n->kind = kind;
  n->current_a = current_a;
  n->voltage_v = voltage_v;
  return n;
}

StkNet *
stk_net_copy (const StkNet *net)
{
  return stk_net_new (net->name, net->kind, net->current_a, net->voltage_v);
}

gboolean
stk_net_name_check (const char  *mate_id,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  gboolean clean = TRUE;

  g_return_val_if_fail (name != NULL, FALSE);

  /* the name as it can be read: each control character as \xNN */
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        {
          g_string_append_printf (shown, "\\x%02X", c);
          clean = FALSE;
        }
      else
        g_string_append_unichar (shown, c);
    }
  if (clean)
    return TRUE;
  if (mate_id != NULL)
    /* Translators: a net's name with its control characters written \x1F,
     * and the connector's id: "net “A\x1FB” of J1 holds a control character…" */
    g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                 _("net “%s” of %s holds a control character: net names, like ids, must not"),
                 shown->str, mate_id);
  else
    /* Translators: a net's name with its control characters written \x1F */
    g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                 _("net “%s” holds a control character: net names, like ids, must not"), shown->str);
  return FALSE;
}

void
stk_net_free (StkNet *net)
{
  if (net == NULL)
    return;
  g_free (net->name);
  g_free (net);
}

const char *
stk_net_kind_to_string (StkNetKind kind)
{
  return _stk_enum_to_string (net_kinds, G_N_ELEMENTS (net_kinds), kind);
}

gboolean
stk_net_kind_from_string (const char *str,
                          StkNetKind *kind)
{
  return _stk_enum_from_string (net_kinds, G_N_ELEMENTS (net_kinds), str, (int *) kind);
}

const char *
stk_face_to_string (StkFace face)
{
  return _stk_enum_to_string (faces, G_N_ELEMENTS (faces), face);
}

gboolean
stk_face_from_string (const char *str,
                      StkFace    *face)
{
  return _stk_enum_from_string (faces, G_N_ELEMENTS (faces), str, (int *) face);
}

StkMate *
stk_mate_new (const char *id,
              const char *series,
              double      mated_height_mm,
              guint       pins,
              const char *packaging)
{
  StkMate *m = g_new0 (StkMate, 1);

  m->id = g_strdup (id);
  m->name = g_strdup (id);
  m->series = g_strdup (series);
  m->mated_height_mm = mated_height_mm;
  m->packaging = g_strdup (packaging);
  m->nets = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_net_free);
  m->pin_nets = g_ptr_array_new_with_free_func (g_free);
  stk_mate_set_pins (m, pins);
  return m;
}

StkMate *
stk_mate_copy (const StkMate *mate)
{
  StkMate *m = stk_mate_new (mate->id, mate->series, mate->mated_height_mm, mate->pins, mate->packaging);

  g_free (m->name);
  m->name = g_strdup (mate->name);
  m->socket_board = g_strdup (mate->socket_board);
  m->header_board = g_strdup (mate->header_board);
  m->x_mm = mate->x_mm;
  m->y_mm = mate->y_mm;
  m->rotation_deg = mate->rotation_deg;
  m->face = mate->face;
  m->header_x_mm = mate->header_x_mm;
  m->header_y_mm = mate->header_y_mm;
  m->header_rotation_deg = mate->header_rotation_deg;
  m->inspection = mate->inspection;
  if (mate->extra != NULL)
    m->extra = json_object_ref (mate->extra);
  for (guint i = 0; i < mate->nets->len; i++)
    g_ptr_array_add (m->nets, stk_net_copy (g_ptr_array_index (mate->nets, i)));
  for (guint i = 0; i < mate->pin_nets->len; i++)
    {
      g_free (g_ptr_array_index (m->pin_nets, i));
      g_ptr_array_index (m->pin_nets, i) = g_strdup (g_ptr_array_index (mate->pin_nets, i));
    }
  return m;
}

void
stk_mate_free (StkMate *mate)
{
  if (mate == NULL)
    return;
  g_free (mate->id);
  g_free (mate->name);
  g_free (mate->series);
  g_free (mate->packaging);
  g_free (mate->socket_board);
  g_free (mate->header_board);
  g_ptr_array_unref (mate->nets);
  g_ptr_array_unref (mate->pin_nets);
  g_clear_pointer (&mate->extra, json_object_unref);
  g_free (mate);
}

void
stk_mate_set_pins (StkMate *mate,
                   guint    pins)
{
  mate->pins = pins;
  g_ptr_array_set_size (mate->pin_nets, pins);
}

StkNet *
stk_mate_find_net (const StkMate *mate,
                   const char    *name)
{
  for (guint i = 0; i < mate->nets->len; i++)
    {
      StkNet *n = g_ptr_array_index (mate->nets, i);
      if (g_strcmp0 (n->name, name) == 0)
        return n;
    }
  return NULL;
}

StkNet *
stk_mate_add_net (StkMate    *mate,
                  const char *name,
                  StkNetKind  kind,
                  double      current_a,
                  double      voltage_v)
{
  StkNet *n = stk_mate_find_net (mate, name);

  if (n == NULL)
    {
      n = stk_net_new (name, kind, current_a, voltage_v);
      g_ptr_array_add (mate->nets, n);
    }
  else
    {
      n->kind = kind;
      n->current_a = current_a;
      n->voltage_v = voltage_v;
    }
  return n;
}

void
stk_mate_assign_pins (StkMate    *mate,
                      guint       first,
                      guint       last,
                      const char *net)
{
  g_return_if_fail (first >= 1 && first <= last);

  for (guint p = first; p <= last && p <= mate->pins; p++)
    {
      g_free (g_ptr_array_index (mate->pin_nets, p - 1));
      g_ptr_array_index (mate->pin_nets, p - 1) = (net && *net) ? g_strdup (net) : NULL;
    }
}

const char *
stk_mate_get_label (const StkMate *mate)
{
  g_return_val_if_fail (mate != NULL, NULL);
  return mate->name != NULL && *mate->name ? mate->name : mate->id;
}

const char *
stk_mate_pin_net (const StkMate *mate,
                  guint          pin)
{
  if (pin < 1 || pin > mate->pins)
    return NULL;
  return g_ptr_array_index (mate->pin_nets, pin - 1);
}

guint
stk_mate_count_net_pins (const StkMate *mate,
                         const char    *net)
{
  guint n = 0;

  for (guint p = 0; p < mate->pin_nets->len; p++)
    if (g_strcmp0 (g_ptr_array_index (mate->pin_nets, p), net) == 0)
      n++;
  return n;
}

gboolean
stk_mate_has_assignment (const StkMate *mate)
{
  for (guint p = 0; p < mate->pin_nets->len; p++)
    if (g_ptr_array_index (mate->pin_nets, p) != NULL)
      return TRUE;
  return FALSE;
}
