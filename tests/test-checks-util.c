/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-checks-util.h"

#include "test-util.h"

StkProject *
test_checks_p4_project (void)
{
  return stk_project_new ();
}

StkProject *
test_checks_a4s_project (guint pins)
{
  StkProject *p = stk_project_new_empty ();
  StkMate *m = stk_mate_new ("j2", "A4S", 0.8, pins, "8mm");

  stk_project_add_board (p, stk_board_new ("main", "Main board", STK_BOARD_RIGID), -1);
  stk_project_add_board (p, stk_board_new ("fpc", "Display FPC", STK_BOARD_FPC), -1);
  m->socket_board = g_strdup ("main");
  m->header_board = g_strdup ("fpc");
  stk_project_add_mate (p, m);
  return p;
}

GPtrArray *
test_checks_run (StkProject *p,
                 const char *check_id)
{
  GPtrArray *r = stk_checks_run_one (p, stk_catalog_get_default (), check_id);
  g_assert_nonnull (r);
  return r;
}

StkCheckResult *
test_checks_get (GPtrArray  *results,
                 const char *check_id,
                 const char *item,
                 const char *subject)
{
  StkCheckResult *r = stk_checks_find (results, check_id, item, subject);

  if (r == NULL)
    g_error ("no record %s/%s for %s", check_id, item, subject);
  return r;
}

StkStatus
test_checks_status (StkProject *p,
                    const char *check_id,
                    const char *item,
                    const char *subject)
{
  g_autoptr(GPtrArray) results = test_checks_run (p, check_id);
  return test_checks_get (results, check_id, item, subject)->status;
}

void
test_checks_assert_datasheet (const StkCheckResult *r,
                              const char           *ref_part)
{
  g_assert_nonnull (r->limit_source);
  g_assert_cmpint (r->limit_source->kind, ==, STK_PROV_DATASHEET);
  test_assert_contains (r->limit_source->ref, ref_part);
}
