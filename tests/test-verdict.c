/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <json-glib/json-glib.h>

#include "stk-check.h"
#include "stk-design-note.h"
#include "stk-tolerance.h"
#include "stk-verdict.h"
#include "test-util.h"

/* One verdict, one wording: Pass / Pass with warnings / Fail, information
 * never ranked worse than pass, and the same line from the CLI and the note. */

static GPtrArray *
records (guint pass,
         guint info,
         guint warning,
         guint fail)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_check_result_free);
  const guint n[] = { pass, info, warning, fail };

  for (StkStatus st = STK_STATUS_PASS; st <= STK_STATUS_FAIL; st++)
    for (guint i = 0; i < n[st]; i++)
      {
        StkCheckResult *r = g_new0 (StkCheckResult, 1);
        r->status = st;
        g_ptr_array_add (results, r);
      }
  return results;
}

static char *
describe (guint pass, guint info, guint warning, guint fail, StkVerdict *verdict)
{
  g_autoptr(GPtrArray) results = records (pass, info, warning, fail);
  StkVerdictCounts counts;

  stk_verdict_count (results, &counts);
  g_assert_cmpuint (counts.total, ==, pass + info + warning + fail);
  *verdict = counts.verdict;
  return stk_verdict_describe (&counts);
}

static void
test_words (void)
{
  StkVerdict v;
  g_autofree char *passing = describe (41, 4, 0, 0, &v);
  g_autofree char *one_warning = NULL;
  g_autofree char *failing = NULL;
  g_autofree char *info_only = NULL;
  g_autofree char *nothing = NULL;

  /* Information alone never makes a design less than passing. */
  g_assert_cmpint (v, ==, STK_VERDICT_PASS);
  g_assert_cmpstr (passing, ==, "Pass: 41 passed, 4 for information");
  one_warning = describe (40, 4, 1, 0, &v);
  g_assert_cmpint (v, ==, STK_VERDICT_PASS_WITH_WARNINGS);
  /* "1 warning", never "1 warnings". */
  g_assert_cmpstr (one_warning, ==, "Pass with warnings: 1 warning, 40 passed, 4 for information");
  failing = describe (1, 0, 2, 9, &v);
  g_assert_cmpint (v, ==, STK_VERDICT_FAIL);
  g_assert_cmpstr (failing, ==, "Fail: 9 failed, 2 warnings, 1 passed");
  info_only = describe (0, 3, 0, 0, &v);
  g_assert_cmpint (v, ==, STK_VERDICT_PASS);
  g_assert_cmpstr (info_only, ==, "Pass: 3 for information");
  nothing = describe (0, 0, 0, 0, &v);
  g_assert_cmpstr (nothing, ==, "Pass: no checks apply");
  g_assert_cmpstr (stk_verdict_to_string (STK_VERDICT_PASS_WITH_WARNINGS), ==, "pass-with-warnings");
}

/* A tolerance result as the analysis leaves it: only what the verdict
 * line reads is filled in. */
static StkTolResult *
tol_result (StkStatus        figures_status,
            StkStatus        status,
            const StkSource *weakened_by)
{
  StkTolResult *r = g_new0 (StkTolResult, 1);

  r->target_ppm = 100;
  r->figures_status = figures_status;
  r->status = status;
  r->weakened_by = weakened_by;
  return r;
}

/* The analysis's line, in the checks' words (worked by hand from the rule
 * in docs/checks.md: any fail → Fail, else any warning → Pass with
 * warnings; the reason is the worst connectors'). */
static void
test_tolerance_words (void)
{
  static const StkSource estimate = { STK_PROV_ESTIMATE, "capture", NULL, NULL };
  g_autoptr(GPtrArray) weakened = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_tol_result_free);
  g_autoptr(GPtrArray) mixed = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_tol_result_free);
  g_autoptr(GPtrArray) passing = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_tol_result_free);
  g_autofree char *weakened_line = NULL;
  g_autofree char *mixed_line = NULL;
  g_autofree char *passing_line = NULL;

  /* three fails against an estimated window, each softened to a warning */
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (weakened, tol_result (STK_STATUS_FAIL, STK_STATUS_WARNING, &estimate));
  weakened_line = stk_tol_describe_verdict (weakened);
  g_assert_cmpstr (weakened_line, ==, "Tolerance analysis: Pass with warnings: 3 connectors warn (more than "
                   "the 100 ppm target outside the capture window, which is an estimate)");
  /* a firm fail ranks before a warning whose interval straddles the target */
  g_ptr_array_add (mixed, tol_result (STK_STATUS_WARNING, STK_STATUS_WARNING, NULL));
  g_ptr_array_add (mixed, tol_result (STK_STATUS_FAIL, STK_STATUS_FAIL, NULL));
  g_ptr_array_add (mixed, tol_result (STK_STATUS_PASS, STK_STATUS_PASS, NULL));
  mixed_line = stk_tol_describe_verdict (mixed);
  g_assert_cmpstr (mixed_line, ==, "Tolerance analysis: Fail: 1 connector fails, 1 connector warns, "
                   "1 connector passes (more than the 100 ppm target outside the capture window)");
  g_ptr_array_add (passing, tol_result (STK_STATUS_PASS, STK_STATUS_PASS, NULL));
  g_ptr_array_add (passing, tol_result (STK_STATUS_PASS, STK_STATUS_PASS, NULL));
  passing_line = stk_tol_describe_verdict (passing);
  g_assert_cmpstr (passing_line, ==, "Tolerance analysis: Pass: 2 connectors pass");
  /* only a straddling interval: too near to tell */
  g_ptr_array_remove_index (mixed, 1);
  g_clear_pointer (&mixed_line, g_free);
  mixed_line = stk_tol_describe_verdict (mixed);
  g_assert_cmpstr (mixed_line, ==, "Tolerance analysis: Pass with warnings: 1 connector warns, 1 connector "
                   "passes (the fraction outside the capture window is too near the 100 ppm target to tell)");
}

/* For each example, the CLI's last line and a line of the design note are
 * the verdict line of the records the core computes for the same file,
 * with the tolerance analysis's verdict beside it. Every example's
 * connectors are judged against the catalog's capture estimate and put
 * more than 100 ppm outside it (1636–3251 ppm on the phone, by stackup-cli
 * tolerance), so each is a warning softened from a fail. */
static void
test_same_everywhere (void)
{
  const char *examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(StkProject) project = test_load_example (examples[i]);
      g_autoptr(GPtrArray) results = stk_checks_run (project, stk_catalog_get_default ());
      g_autoptr(StkDesignNote) note = NULL;
      g_autofree char *markdown = NULL;
      g_autofree char *line = NULL;
      g_autofree char *path = test_source_path ("data", "examples", examples[i], NULL);
      g_auto(TestRun) run = { 0 };
      g_auto(GStrv) out_lines = NULL;
      g_autofree char *cli_line = NULL;
      g_autofree char *tolerance = NULL;
      StkDesignNoteOptions options;
      StkVerdictCounts counts;
      guint n;

      stk_verdict_count (results, &counts);
      line = stk_verdict_describe (&counts);
      g_assert_true (g_str_has_prefix (line, i < 2 ? "Pass" : "Fail: "));

      test_run_cli (&run, G_SUBPROCESS_FLAGS_STDERR_PIPE, (const char *const[]) { "check", path, NULL });
      g_assert_cmpint (run.status, ==, i < 2 ? 0 : 1);
      out_lines = g_strsplit (g_strchomp (run.out), "\n", -1);
      n = g_strv_length (out_lines);
      g_assert_cmpuint (n, >, 1);
      tolerance = g_strdup_printf ("Tolerance analysis: Pass with warnings: %u connectors warn (more than the "
                                   "100 ppm target outside the capture window, which is an estimate)",
                                   i == 1 ? 2 : 3);
      cli_line = g_strdup_printf ("%s. %s; stackup-cli tolerance %s gives the figures", line, tolerance, path);
      g_assert_cmpstr (out_lines[n - 1], ==, cli_line);

      {
        g_auto(TestRun) json_run = { 0 };
        g_autoptr(JsonParser) parser = json_parser_new ();
        JsonObject *root, *per_status;

        test_run_cli (&json_run, G_SUBPROCESS_FLAGS_STDERR_PIPE,
                      (const char *const[]) { "check", path, "--json", NULL });
        g_assert_true (json_parser_load_from_data (parser, json_run.out, -1, NULL));
        root = json_node_get_object (json_parser_get_root (parser));
        g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==,
                         stk_verdict_to_string (counts.verdict));
        per_status = json_object_get_object_member (root, "counts");
        for (StkStatus st = STK_STATUS_PASS; st <= STK_STATUS_FAIL; st++)
          g_assert_cmpint (json_object_get_int_member (per_status, stk_status_to_string (st)), ==,
                           counts.count[st]);
      }

      stk_design_note_options_init (&options);
      note = stk_design_note_new (project, stk_catalog_get_default (), &options);
      markdown = stk_design_note_render_markdown (note);
      g_assert_nonnull (strstr (markdown, line));
      /* the analysis's verdict beside the checks', then why the two differ */
      g_assert_nonnull (strstr (markdown, tolerance));
      g_assert_nonnull (strstr (markdown, "the tolerance analysis adds the placement rotation"));
      g_assert_null (strstr (markdown, "Overall: Info"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/verdict/words", test_words);
  g_test_add_func ("/stackup/verdict/tolerance-words", test_tolerance_words);
  g_test_add_func ("/stackup/verdict/same-everywhere", test_same_everywhere);
  return g_test_run ();
}
