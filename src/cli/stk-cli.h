/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "stk-catalog.h"

G_BEGIN_DECLS

/* Exit codes: 0 success, 1 a check failed, 2 bad input. */
#define STK_CLI_OK         0
#define STK_CLI_CHECK_FAIL 1
#define STK_CLI_BAD_INPUT  2

typedef struct {
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} StkCliCommand;

int  stk_cli_catalog (int argc, char **argv);
int  stk_cli_part    (int argc, char **argv);
int  stk_cli_pair    (int argc, char **argv);
int  stk_cli_check   (int argc, char **argv);
int  stk_cli_options (int argc, char **argv);
int  stk_cli_export  (int argc, char **argv);

/* Shared helpers */
int  stk_cli_fail            (const char *format,
                              ...) G_GNUC_PRINTF (1, 2);
int  stk_cli_parse_options   (GOptionContext *context,
                              int            *argc,
                              char         ***argv);
void stk_cli_print_json      (JsonNode       *node);
JsonNode *stk_cli_value_json (const StkValue *value);
/* "provenance", "source" and (if any) "confidence" members of an open object. */
void stk_cli_add_source_members (JsonBuilder     *b,
                                 const StkSource *source);

G_END_DECLS
