/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-check.h"

/* Projects and look-ups shared by the check table's tests. */

/* stk_project_new (): Main board (bottom) carries the socket, Daughter board
 * the header of a P4 1.5 mm, 40-pin pair "j1". */
StkProject     *test_checks_p4_project       (void);
/* Main board (rigid, bottom) with the socket, an FPC on top with the header
 * of an A4S 0.8 mm pair "j2" in 8 mm packaging. */
StkProject     *test_checks_a4s_project      (guint                 pins);

/* The records of one check on p, which must exist. */
GPtrArray      *test_checks_run              (StkProject           *p,
                                              const char           *check_id);
/* The one record of check/item/subject, which must exist. */
StkCheckResult *test_checks_get              (GPtrArray            *results,
                                              const char           *check_id,
                                              const char           *item,
                                              const char           *subject);
/* The status of that record after a fresh run of the check. */
StkStatus       test_checks_status           (StkProject           *p,
                                              const char           *check_id,
                                              const char           *item,
                                              const char           *subject);
/* Fails unless r's limit comes from a datasheet whose reference contains
 * ref_part. */
void            test_checks_assert_datasheet (const StkCheckResult *r,
                                              const char           *ref_part);
