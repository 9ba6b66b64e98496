/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-check.h"
#include "stk-check-subject.h"

G_BEGIN_DECLS

/* The checks translate the same few hundred strings on every run; within
 * a run each is looked up once (stk-check.c). */
#undef _
#define _(String) ((char *) _stk_check_gettext (String))
const char     *_stk_check_gettext     (const char            *msgid) G_GNUC_FORMAT (1);

/* Descriptor ids; check_id of every record is one of these. */
#define STK_CHECK_PART          "part"
#define STK_CHECK_WARP          "warp"
#define STK_CHECK_ALIGNMENT     "alignment"
#define STK_CHECK_STIFFENER     "stiffener"
#define STK_CHECK_ELECTRICAL    "electrical"
#define STK_CHECK_REVERSE       "reverse-mating"
#define STK_CHECK_MECHANICAL    "mechanical"
#define STK_CHECK_TEMPERATURE   "temperature"
#define STK_CHECK_STACK         "stack"
#define STK_CHECK_ONE_CONNECTOR "one-connector"

/* A mate with its catalog series, product row and boards looked up. */
typedef struct _StkMateRef {
  const StkMate    *mate;
  const StkSeries  *series;   /* NULL: unknown series */
  const StkProduct *product;  /* NULL: no such row in PRODUCT TYPES */
  const StkBoard   *socket_board;
  const StkBoard   *header_board;
  int               socket_index;
  int               header_index;
  gboolean          checkable;  /* known series, two distinct boards, pins */
} StkMateRef;

/* The mate at index of the project, looked up once per run; TRUE when it
 * can be checked: known series, two distinct boards. */
gboolean        _stk_check_resolve     (const StkCheckContext *ctx,
                                        guint                  index,
                                        StkMateRef            *ref);
typedef void (*StkMateCheckFunc) (const StkCheckContext *ctx,
                                  GPtrArray             *results,
                                  const StkMateRef      *ref);

/* Calls func for every mate that can be checked, in the project's order. */
void            _stk_check_each_mate   (const StkCheckContext *ctx,
                                        GPtrArray             *results,
                                        StkMateCheckFunc       func);
/* A length for a message in the user's unit, "0.05 mm" or "2.0 mil"
 * (_stk_check_num without the unit, for "1.2 × 3.4 mm"): pass it only as
 * an argument of _stk_check_set_message () and the like, which write it
 * when the message is first read. */
const char     *_stk_check_len         (const StkCheckContext *ctx,
                                        double                 mm);
const char     *_stk_check_num         (const StkCheckContext *ctx,
                                        double                 mm);
/* Appends a record about one side of a mate ("mate:<id>/socket"). */
StkCheckResult *_stk_check_add_side    (GPtrArray             *results,
                                        const char            *check_id,
                                        const char            *item,
                                        StkStatus              status,
                                        const StkSource       *limit_source,
                                        const StkMateRef      *ref,
                                        StkRole                role);
/* Appends a record about a whole mate ("mate:<id>"). */
StkCheckResult *_stk_check_add_mate    (GPtrArray             *results,
                                        const char            *check_id,
                                        const char            *item,
                                        StkStatus              status,
                                        const StkSource       *limit_source,
                                        const StkMate         *mate);
/* Appends a record; subject and label are taken (owned). */
StkCheckResult *_stk_check_add         (GPtrArray             *results,
                                        const char            *check_id,
                                        const char            *item,
                                        StkStatus              status,
                                        const StkSource       *limit_source,
                                        char                  *subject,
                                        char                  *subject_label);
/* Declares one more source the verdict rests on (ignored if already there). */
void            _stk_check_rests_on    (StkCheckResult        *result,
                                        const StkSource       *source);
void            _stk_check_set_value   (StkCheckResult        *result,
                                        double                 value,
                                        double                 limit,
                                        double                 margin,
                                        const char            *unit);
/* A figure for information: a value, no limit, no margin. */
void             _stk_check_set_figure      (StkCheckResult        *result,
                                             double                 value,
                                             const char            *unit);
/* Sets a record's message or detail (a recipe, written when first read);
 * wrap: format's first "%s" is the text so far, the arguments given are
 * its second on. */
void            _stk_check_text        (StkCheckMessage      **field,
                                        const char            *format,
                                        ...) G_GNUC_PRINTF (2, 3);
void            _stk_check_wrap_text   (StkCheckMessage      **field,
                                        const char            *format,
                                        ...);
#define _stk_check_set_message(r, ...)  _stk_check_text (&(r)->message_text, __VA_ARGS__)
#define _stk_check_set_detail(r, ...)   _stk_check_text (&(r)->detail_text, __VA_ARGS__)
#define _stk_check_wrap_message(r, ...) _stk_check_wrap_text (&(r)->message_text, __VA_ARGS__)
#define _stk_check_wrap_detail(r, ...)  _stk_check_wrap_text (&(r)->detail_text, __VA_ARGS__)
/* The catalog's sentence on where the series' family notes are printed, for
 * a note the series' own catalog leaves out (A4S: applied from the P4
 * catalog); NULL when the series' own catalog prints the note. */
const char     *_stk_check_family_note (const StkCheckContext *ctx,
                                        const StkSeries       *series,
                                        const StkNote         *note);
/* Appends the family-note sentence (if any) to the message and detail. */
void            _stk_check_add_family  (StkCheckResult        *result,
                                        const StkNote         *note,
                                        const char            *family);
const StkNote  *_stk_check_note        (const StkCheckContext *ctx,
                                        const char            *id);
/* The note's text as the detail, plus the family-note sentence (if any). */
void            _stk_check_cite_note   (const StkCheckContext *ctx,
                                        StkCheckResult        *result,
                                        const StkSeries       *series,
                                        const StkNote         *note);

/* Rules of Stackup's assembly model rather than of a datasheet. */
extern const StkSource _stk_check_assembly_source;

void _stk_check_part          (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_warp          (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_alignment     (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_stiffener     (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_electrical    (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_reverse       (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_mechanical    (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_temperature   (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_stack         (const StkCheckContext *ctx, GPtrArray *results);
void _stk_check_one_connector (const StkCheckContext *ctx, GPtrArray *results);
/* Parts of the temperature and soldering check (stk-checks-handling.c). */
void _stk_check_storage_series (const StkCheckContext *ctx, GPtrArray *results, const StkSeries *series);
void _stk_check_handling      (const StkCheckContext *ctx, GPtrArray *results);
/* The inspection-use type (stk-checks-inspection.c). */
void _stk_check_inspection_part    (const StkCheckContext *ctx, GPtrArray *results, const StkMateRef *ref);
void _stk_check_inspection_cycles  (const StkCheckContext *ctx, GPtrArray *results, const StkMateRef *ref);
void _stk_check_inspection_heights (const StkCheckContext *ctx, GPtrArray *results);

G_END_DECLS
