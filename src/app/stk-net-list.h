/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "stk-project.h"

G_BEGIN_DECLS

#define STK_TYPE_NET_LIST (stk_net_list_get_type ())
G_DECLARE_FINAL_TYPE (StkNetList, stk_net_list, STK, NET_LIST, GtkWidget)

/* The pin-assignment table of one mate: a row per net (kind, current,
 * voltage, pins) and a bulk entry line such as "1-6: VBAT 1.2 A". */
StkNetList *stk_net_list_new  (void);
void        stk_net_list_bind (StkNetList *self,
                               StkProject *project,
                               const char *mate_id);
/* "1–6, 9" for the pins of a net; "" if none. */
char       *stk_net_list_format_pins (const StkMate *mate,
                                      const char    *net);

G_END_DECLS
