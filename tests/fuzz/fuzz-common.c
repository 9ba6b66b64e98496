/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

#include "fuzz-target.h"

/* A warning or a critical is a finding too: the tests run with
 * G_DEBUG=fatal-warnings, and a user would see the message. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}
