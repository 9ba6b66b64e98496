/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <string.h>

#include "stk-check-subject.h"
#include "stk-drawing.h"

/* Which primitives a check subject is about: the canvas's highlight and
 * the sheets' marks of failing parts. */

gboolean
stk_prim_is_about (const StkPrim *p,
                   const char    *highlight)
{
  gsize n;

  if (highlight == NULL)
    return FALSE;
  if (p->in_section && g_str_equal (highlight, STK_SUBJECT_STACK_ID))
    return TRUE;
  if (p->subject == NULL)
    return FALSE;
  n = strlen (highlight);
  return strncmp (p->subject, highlight, n) == 0 && (p->subject[n] == '\0' || p->subject[n] == '/');
}

/* What stk_prim_is_about () asks of each subject, asked of a set: the
 * subject itself, a part of it ending before a "/". */
static gboolean
subject_in (GHashTable *set,
            const char *subject)
{
  if (g_hash_table_contains (set, subject))
    return TRUE;
  for (const char *slash = strchr (subject, '/'); slash != NULL; slash = strchr (slash + 1, '/'))
    {
      g_autofree char *whole = g_strndup (subject, slash - subject);
      if (g_hash_table_contains (set, whole))
        return TRUE;
    }
  return FALSE;
}

GHashTable *
_stk_drawing_subject_set (GPtrArray *subjects)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint k = 0; k < subjects->len; k++)
    g_hash_table_add (set, g_ptr_array_index (subjects, k));
  return set;
}

/* Prims × subjects would grow with the square of a project: each prim's
 * subject is looked up in the set, or "stack" for the section. Prims drawn
 * with one pen share one interned subject, asked once. */
void
_stk_drawing_mark_failing_in (StkDrawing *drawing,
                              GHashTable *set)
{
  gboolean stack = g_hash_table_contains (set, STK_SUBJECT_STACK_ID);
  const char *asked = NULL;
  gboolean answer = FALSE;

  guint n;
  StkPrim *prims = _stk_drawing_get_prims_mutable (drawing, &n);

  for (guint i = 0; i < n; i++)
    {
      StkPrim *p = &prims[i];

      if (p->in_section && stack)
        p->failing = TRUE;
      if (p->subject == NULL || p->failing)
        continue;
      if (p->subject != asked)
        {
          asked = p->subject;
          answer = subject_in (set, asked);
        }
      p->failing = answer;
    }
}

void
_stk_drawing_mark_failing (StkDrawing *drawing,
                           GPtrArray  *subjects)
{
  g_autoptr(GHashTable) set = _stk_drawing_subject_set (subjects);

  _stk_drawing_mark_failing_in (drawing, set);
}
