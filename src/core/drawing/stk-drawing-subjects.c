/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <string.h>

#include "stk-check-subject.h"
#include "stk-drawing.h"

/* Which primitives a check subject is about: the canvas's highlight and
 * the sheets' marks of failing parts. */

/* One subject (up to the end or the next STK_SUBJECT_OR) is highlight or
 * lies under it. */
static gboolean
one_is_about (const char *subject,
              const char *highlight,
              gsize       n)
{
  return strncmp (subject, highlight, n) == 0 &&
         (subject[n] == '\0' || subject[n] == '/' || subject[n] == STK_SUBJECT_OR);
}

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
  if (one_is_about (p->subject, highlight, n))
    return TRUE;
  /* A view shared by several connectors: each one's subject in turn. */
  for (const char *or = strchr (p->subject, STK_SUBJECT_OR); or != NULL; or = strchr (or + 1, STK_SUBJECT_OR))
    if (one_is_about (or + 1, highlight, n))
      return TRUE;
  return FALSE;
}

/* What stk_prim_is_about () asks of each subject, asked of a set: one of
 * its alternatives, or a part of one ending before a "/". buf: room to
 * copy an alternative into. */
static gboolean
subject_in (GHashTable *set,
            const char *subject,
            GString    *buf)
{
  if (g_hash_table_contains (set, subject))
    return TRUE;
  for (const char *start = subject; start != NULL;)
    {
      const char *or = strchr (start, STK_SUBJECT_OR);
      gsize len = or ? (gsize) (or - start) : strlen (start);

      g_string_truncate (buf, 0);
      g_string_append_len (buf, start, len);
      /* Whole: the subject itself was asked above when it has one
       * alternative; the last of several was not. */
      if ((or != NULL || start != subject) && g_hash_table_contains (set, buf->str))
        return TRUE;
      for (char *slash = strchr (buf->str, '/'); slash != NULL; slash = strchr (slash + 1, '/'))
        {
          gboolean found;

          *slash = '\0';
          found = g_hash_table_contains (set, buf->str);
          *slash = '/';
          if (found)
            return TRUE;
        }
      start = or ? or + 1 : NULL;
    }
  return FALSE;
}

/* subject_in (), remembered for a subject that names several connectors: a
 * shared view's pens switch between a few such subjects, each listing
 * every member. */
static gboolean
subject_in_once (GHashTable  *set,
                 const char  *subject,
                 GString     *buf,
                 GHashTable **answers)
{
  gpointer known;
  gboolean answer;

  if (strchr (subject, STK_SUBJECT_OR) == NULL)
    return subject_in (set, subject, buf);
  if (*answers == NULL)
    *answers = g_hash_table_new (NULL, NULL);
  if (g_hash_table_lookup_extended (*answers, subject, NULL, &known))
    return GPOINTER_TO_INT (known);
  answer = subject_in (set, subject, buf);
  g_hash_table_insert (*answers, (gpointer) subject, GINT_TO_POINTER (answer));
  return answer;
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
  g_autoptr(GString) buf = g_string_sized_new (64);
  g_autoptr(GHashTable) shared = NULL; /* answers for subjects naming several: long, asked once each */

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
          answer = subject_in_once (set, asked, buf, &shared);
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
