/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <string.h>

#include "stk-check-subject.h"

/* The subject ids: each kind's prefix and the separator before its second
 * part, if it has one. The only place they are written. */
#define MATE_PREFIX "mate:"

static const struct {
  StkSubjectKind kind;
  const char    *prefix;
  const char    *separator;  /* NULL: one part */
} subjects[] = {
  { STK_SUBJECT_STACK,     STK_SUBJECT_STACK_ID, NULL },
  { STK_SUBJECT_BOARD,     "board:",             NULL },
  { STK_SUBJECT_MATE_SIDE, MATE_PREFIX,          "/" },
  { STK_SUBJECT_MATE,      MATE_PREFIX,          NULL },
  { STK_SUBJECT_NET,       "net:",               "/" },
};

static char *
build (StkSubjectKind kind,
       const char    *first,
       const char    *second)
{
  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    if (subjects[i].kind == kind)
      return g_strconcat (subjects[i].prefix, first, subjects[i].separator, second, NULL);
  g_return_val_if_reached (NULL);
}

char *
stk_subject_board (const char *board_id)
{
  return build (STK_SUBJECT_BOARD, board_id, NULL);
}

char *
stk_subject_mate (const char *mate_id)
{
  return build (STK_SUBJECT_MATE, mate_id, NULL);
}

char *
stk_subject_mate_side (const char *mate_id,
                       StkRole     role)
{
  return build (STK_SUBJECT_MATE_SIDE, mate_id, stk_role_to_string (role));
}

char *
stk_subject_net (const char *mate_id,
                 const char *net)
{
  return build (STK_SUBJECT_NET, mate_id, net);
}

StkSubjectKind
stk_subject_parse (const char *subject,
                   char      **first,
                   char      **second)
{
  if (first)
    *first = NULL;
  if (second)
    *second = NULL;
  if (subject == NULL)
    return STK_SUBJECT_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    {
      const char *prefix = subjects[i].prefix, *rest, *sep = NULL;

      if (subjects[i].kind == STK_SUBJECT_STACK)
        {
          if (g_str_equal (subject, prefix))
            return STK_SUBJECT_STACK;
          continue;
        }
      if (!g_str_has_prefix (subject, prefix))
        continue;
      rest = subject + strlen (prefix);
      /* Ids hold no separator; the second part (a net name) may. */
      if (subjects[i].separator != NULL)
        sep = strstr (rest, subjects[i].separator);
      if ((subjects[i].separator != NULL) != (sep != NULL) || *rest == '\0' || sep == rest)
        continue;
      if (first)
        *first = sep ? g_strndup (rest, (gsize) (sep - rest)) : g_strdup (rest);
      if (second && sep)
        *second = g_strdup (sep + strlen (subjects[i].separator));
      return subjects[i].kind;
    }
  return STK_SUBJECT_NONE;
}
