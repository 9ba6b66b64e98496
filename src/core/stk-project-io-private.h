/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-project-io.h"

G_BEGIN_DECLS

/* The oldest file format version Stackup still reads (and migrates). */
#define STK_PROJECT_OLDEST_VERSION 1

/* stk-project-read.c: validates a parsed file of any supported version and
 * builds the project; errors name the JSON path as written in that file. */
StkProject *_stk_project_from_node (JsonNode    *root,
                                    GError     **error);

G_END_DECLS
