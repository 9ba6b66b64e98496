/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-mate.h"

G_BEGIN_DECLS

/* One line of bulk pin entry, as an engineer would jot it down:
 *   "1-6: VBAT 1.2 A"   "pins 7–10 GND"   "11,13,15-17 I2C_SDA 3.3 V signal"
 * Pin ranges first, then the net name, then optional current (A or mA),
 * voltage (V or mV) and kind (supply, ground, signal) in any order. */
typedef struct {
  guint first;
  guint last;
} StkPinRange;

typedef struct {
  GArray    *ranges;       /* StkPinRange, as written */
  char      *net;
  gboolean   has_kind;
  StkNetKind kind;
  gboolean   has_current;
  double     current_a;
  gboolean   has_voltage;
  double     voltage_v;
} StkPinEntry;

/* max_pins: the connector's pin count; pins beyond it are an error. */
StkPinEntry *stk_pin_entry_parse (const char        *text,
                                  guint              max_pins,
                                  GError           **error);
void         stk_pin_entry_free  (StkPinEntry       *entry);
/* Creates or updates the net (values not written keep what the net had;
 * the kind is guessed from the name or current when not written) and
 * assigns the pins to it. */
void         stk_pin_entry_apply (const StkPinEntry *entry,
                                  StkMate           *mate);
/* Before applying: the other nets the entry takes pins from, as a sentence
 * for the user ("Pins 5–6 were I2C_SCL and I2C_SDA."), or NULL if none. */
char        *stk_pin_entry_describe_takeover (const StkPinEntry *entry,
                                              const StkMate     *mate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkPinEntry, stk_pin_entry_free)

G_END_DECLS
