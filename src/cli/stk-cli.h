/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "stk-catalog.h"
#include "stk-check.h"
#include "stk-project.h"

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
int  stk_cli_tolerance (int argc, char **argv);

/* The --json option every reporting command takes. */
#define STK_CLI_JSON_OPTION(flag) \
  { "json", 0, 0, G_OPTION_ARG_NONE, (flag), N_("Print JSON"), NULL }

/* Shared helpers */
int  stk_cli_fail            (const char *format,
                              ...) G_GNUC_PRINTF (1, 2);
/* Parses a command's options; on bad options prints why and returns FALSE. */
gboolean stk_cli_parse_options (const char         *parameter,
                                const char         *summary,
                                const GOptionEntry *entries,
                                int                *argc,
                                char             ***argv);
/* The same with a group of options of core's as the main group (entries added to it). */
gboolean stk_cli_parse_group   (const char         *parameter,
                                const char         *summary,
                                GOptionGroup       *group,
                                const GOptionEntry *entries,
                                int                *argc,
                                char             ***argv);
/* A number option's text, NULL when not given (value is then left as it
 * is): FALSE, after printing which option takes what, unless it is a whole
 * number from min to max (a max of G_MAXINT, no bound
 * of its own, reads "min or more").
 * Options are read as text so that no value can pose as "not given". */
gboolean stk_cli_int_option    (const char         *command,
                                const char         *option,
                                const char         *text,
                                gint64              min,
                                gint64              max,
                                gint64             *value);
/* The same for a finite number from min to max. */
gboolean stk_cli_double_option (const char         *command,
                                const char         *option,
                                const char         *text,
                                double              min,
                                double              max,
                                double             *value);
/* Loads a project named on the command line; prints why and returns NULL if it cannot. */
StkProject *stk_cli_load_project (const char *arg);
/* One line of a table on stdout: each cell padded to |width| terminal
 * columns (a CJK character takes two), right-aligned for a positive width
 * and left-aligned for a negative one, as printf's %*s; 0 leaves a cell as
 * it is. Cells are separated by a space. */
void stk_cli_print_row       (const int          *widths,
                              const char *const  *cells,
                              guint               n_cells);
/* The width text output keeps to. */
#define STK_CLI_COLUMNS 100
/* text on stdout after indent spaces, broken at spaces into lines of at
 * most STK_CLI_COLUMNS (a word longer stays whole), the lines after the
 * first indented two more. */
void stk_cli_print_wrapped   (int                 indent,
                              const char         *text);
/* Prints node to stdout and frees it. */
void stk_cli_print_json      (JsonNode       *node);
JsonNode *stk_cli_value_json (const StkValue *value);

/* Members of an open JSON object; a NULL string adds no member. */
void stk_cli_add_string  (JsonBuilder     *b,
                          const char      *member,
                          const char      *value);
void stk_cli_add_double  (JsonBuilder     *b,
                          const char      *member,
                          double           value);
void stk_cli_add_int     (JsonBuilder     *b,
                          const char      *member,
                          gint64           value);
void stk_cli_add_boolean (JsonBuilder     *b,
                          const char      *member,
                          gboolean         value);
/* "series", "mated_height_mm", "pins", "packaging", "socket" and "header"
 * of a catalog row, as members of an open object. */
void stk_cli_add_product_members (JsonBuilder      *b,
                                  const StkProduct *product);
/* "provenance", "source" and (if any) "confidence" members of an open object. */
void stk_cli_add_source_members (JsonBuilder     *b,
                                 const StkSource *source);
/* The same as an object under member. */
void stk_cli_add_source  (JsonBuilder     *b,
                          const char      *member,
                          const StkSource *source);
/* When the provenance rule lowered a verdict: "figures_status" (what the
 * figures alone say) and "weakened_by" (the source that would not carry
 * it); nothing when weakened_by is NULL. */
void stk_cli_add_weakened (JsonBuilder     *b,
                           StkStatus        figures_status,
                           const StkSource *weakened_by);

G_END_DECLS
