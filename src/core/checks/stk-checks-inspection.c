/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-check-private.h"

/* A mate of the inspection-use type (A4S catalog, "Connectors for
 * inspection usage"): AXE5E**26 / AXE6E**26 for a test fixture. The catalog
 * gives its 3,000 cycles and says it has the same external dimensions and
 * foot pattern as the standard type, but states no mated height: the
 * records say so rather than take one for a catalog figure. */

void
_stk_check_inspection_part (const StkCheckContext *ctx,
                            GPtrArray             *results,
                            const StkMateRef      *ref)
{
  const StkInspection *insp = ref->series->inspection;
  g_autofree char *socket = NULL;
  g_autofree char *header = NULL;
  g_autofree char *height = NULL;
  g_autofree char *notes = NULL;
  StkCheckResult *r;

  if (!ref->mate->inspection || insp == NULL)
    return;
  notes = g_strjoinv ("\n", (char **) insp->notes);
  socket = stk_series_inspection_part (ref->series, STK_ROLE_SOCKET, ref->mate->pins);
  header = stk_series_inspection_part (ref->series, STK_ROLE_HEADER, ref->mate->pins);
  height = stk_format_mm (ref->mate->mated_height_mm);
  r = _stk_check_add_mate (results, STK_CHECK_PART, "inspection",
                           socket != NULL ? STK_STATUS_INFO : STK_STATUS_FAIL, insp->source, ref->mate);
  if (socket == NULL)
    {
      _stk_check_set_message (r, _("%s has no inspection-use type with %u pins"), ref->series->id, ref->mate->pins);
      return;
    }
  _stk_check_set_message (r, _("Inspection-use type for a test fixture: socket %s, header %s (%u mating cycles). "
                               "Mated height not stated by the catalog: the stack uses %s mm, the standard "
                               "pair's, which the catalog does not give for this part"),
                          socket, header, insp->mating_cycles, height);
  _stk_check_set_detail (r, "%s\n%s", insp->mated_height_note, notes);
}

void
_stk_check_inspection_cycles (const StkCheckContext *ctx,
                              GPtrArray             *results,
                              const StkMateRef      *ref)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  const StkInspection *insp = ref->series->inspection;
  guint need = stk_requirements_total_cycles (req);
  StkCheckResult *r;

  g_assert (insp != NULL);
  r = _stk_check_add_mate (results, STK_CHECK_MECHANICAL, "cycles",
                           stk_checks_exceeds (need, insp->mating_cycles) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                           insp->source, ref->mate);
  _stk_check_set_value (r, need, insp->mating_cycles, (double) insp->mating_cycles - need, "cycles");
  _stk_check_set_message (r, _("%u mating cycles (assembly %u, rework %u, test %u, service %u); the "
                               "inspection-use type is made for %u"),
                          need, req->cycles_assembly, req->cycles_rework, req->cycles_test, req->cycles_service,
                          insp->mating_cycles);
  {
    g_autofree char *notes = g_strjoinv ("\n", (char **) insp->notes);
    _stk_check_set_detail (r, "%s", notes);
  }
}

/* The clearance verdict of an inspection-use mate rests on a height the
 * catalog does not state: at most a warning, and it says why. */
void
_stk_check_inspection_heights (const StkCheckContext *ctx,
                               GPtrArray             *results)
{
  GPtrArray *mates = stk_project_get_mates (ctx->project);

  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      g_autofree char *subject = NULL;
      StkCheckResult *r;

      if (!m->inspection)
        continue;
      subject = stk_subject_mate (m->id);
      r = stk_checks_find (results, STK_CHECK_STACK, "clearance", subject);
      if (r == NULL)
        continue;
      r->status = r->status == STK_STATUS_FAIL ? STK_STATUS_WARNING : STK_STATUS_INFO;
      _stk_check_wrap_message (r, _("%s. The catalog states no mated height for the inspection-use type; this "
                                    "uses the standard pair's"));
    }
}
