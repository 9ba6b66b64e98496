/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdarg.h>

#include "stk-i18n.h"

G_BEGIN_DECLS

/* A check's message or detail kept as its recipe (a printf format and the
 * arguments it was given) and written out only when first read: most
 * records of a run are never shown, and formatting numbers was most of a
 * run's time. Lengths given through stk_check_message_length () are
 * formatted then too, in the unit they were asked in. The text equals what
 * g_strdup_printf () would have written at the time of the call. */
typedef struct _StkCheckMessage StkCheckMessage;

/* A stand-in for a length in a message: pass it for a "%s". It is only
 * good as an argument of the next few messages made on this thread; the
 * text it points at is empty. */
const char      *stk_check_message_length (double           mm,
                                           StkUnits         units,
                                           gboolean         with_unit);
/* A stand-in for a recipe (taken) in a message: pass it for a "%s". */
const char      *stk_check_message_nested (StkCheckMessage *message);
StkCheckMessage *stk_check_message_new    (const char      *format,
                                           ...) G_GNUC_PRINTF (1, 2);
/* A recipe from format and its arguments. With previous (taken), the
 * format's first argument is previous's text and args are its second on. */
StkCheckMessage *stk_check_message_new_va (StkCheckMessage *previous,
                                           const char      *format,
                                           va_list          args) G_GNUC_PRINTF (2, 0);
/* The text, written on the first call (thread-safe); NULL for NULL. */
const char      *stk_check_message_text   (StkCheckMessage *message);
/* TRUE when a and b write the same text: the same format, arguments equal
 * (strings by content, lengths by value and units), and the same wrapped
 * and nested recipes; neither text is written to find out. NULL equals NULL. */
gboolean         stk_check_message_equal  (const StkCheckMessage *a,
                                           const StkCheckMessage *b);
void             stk_check_message_free   (StkCheckMessage *message);
/* For tests: TRUE writes every text when its recipe is made, as checks
 * did before texts were kept as recipes (FALSE by default). */
void             stk_check_message_set_write_at_once (gboolean at_once);

G_END_DECLS
