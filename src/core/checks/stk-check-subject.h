/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"

G_BEGIN_DECLS

/* What a check record (and a drawn primitive) is about, as a stable id
 * tools and the highlight use: "stack", "board:<id>", "mate:<id>",
 * "mate:<id>/socket", "mate:<id>/header", "net:<mate-id>/<net>". Every
 * such id is made here, from the table in stk-check-subject.c. */
typedef enum {
  STK_SUBJECT_NONE,      /* not a subject id */
  STK_SUBJECT_STACK,     /* the whole assembly */
  STK_SUBJECT_BOARD,
  STK_SUBJECT_MATE,
  STK_SUBJECT_MATE_SIDE, /* one connector of a mate: its socket or its header */
  STK_SUBJECT_NET,       /* a net of a mate */
} StkSubjectKind;

#define STK_SUBJECT_STACK_ID "stack"
/* A drawn primitive standing for several connectors (one view shared by
 * parts drawn alike) holds each one's subject, this control character
 * between them; subjects hold none: ids and net names are refused with a
 * control character by the file's reader and the editors alike
 * (stk_net_name_check, docs/file-format.md). */
#define STK_SUBJECT_OR '\x1f'

char          *stk_subject_board     (const char *board_id);
char          *stk_subject_mate      (const char *mate_id);
char          *stk_subject_mate_side (const char *mate_id,
                                      StkRole     role);
char          *stk_subject_net       (const char *mate_id,
                                      const char *net);
/* The kind of a subject id; with parts, its one or two parts (owned),
 * e.g. the mate id and "socket" (both NULL for the stack). */
StkSubjectKind stk_subject_parse     (const char *subject,
                                      char      **first,
                                      char      **second);

G_END_DECLS
