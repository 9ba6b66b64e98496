/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <json-glib/json-glib.h>

#include "stk-check.h"
#include "stk-project-io.h"
#include "test-util.h"

/* A check record's message and detail are kept as a recipe and written
 * when first read (stk-check-message.c). These tests show that what is
 * read is what the checks wrote before that change, and what they write
 * when every text is written at once, whatever happened in between. */

static const char *const examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };

/* tests/data/check-messages-<example>.json was captured from
 * `stackup-cli check --json` on the example before messages became
 * recipes (the build of commit cf19cff), keeping check, item, subject,
 * subject_label, message and detail of each record in order; recaptured
 * once when stk-format's length rule replaced "%.4g" in messages (every
 * change reviewed by hand: "0.06557" → "0.066", "2" → "2.0", "1.200 N" →
 * "1.2 N", nothing else). */
static void
test_captured (gconstpointer data)
{
  const char *example = data;
  g_autofree char *name = g_strdup_printf ("check-messages-%s.json", example);
  g_autofree char *file = g_strdup_printf ("%s.stackup", example);
  g_autofree char *path = test_source_path ("tests", "data", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StkProject) project = test_load_example (file);
  g_autoptr(GPtrArray) results = stk_checks_run (project, stk_catalog_get_default ());
  JsonArray *expected;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  expected = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (expected), ==, results->len);
  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);
      JsonObject *o = json_array_get_object_element (expected, i);

      g_assert_cmpstr (r->check_id, ==, json_object_get_string_member (o, "check"));
      g_assert_cmpstr (r->item, ==, json_object_get_string_member (o, "item"));
      g_assert_cmpstr (r->subject, ==, json_object_get_string_member (o, "subject"));
      g_assert_cmpstr (r->subject_label, ==, json_object_get_string_member (o, "subject_label"));
      g_assert_cmpstr (stk_check_result_get_message (r), ==, json_object_get_string_member (o, "message"));
      g_assert_cmpstr (stk_check_result_get_detail (r), ==,
                       json_object_get_string_member_with_default (o, "detail", NULL));
    }
}

/* The example as it is, and with its verdicts weakened: placement worse
 * than the alignment budget, so the capture allowance (a low-confidence
 * estimate) decides, and the provenance rule wraps those messages. */
static StkProject *
variant (const char *example,
         gboolean    weakened)
{
  StkProject *project = test_load_example (example);
  GPtrArray *boards = stk_project_get_boards (project);

  if (weakened)
    {
      for (guint i = 0; i < boards->len; i++)
        ((StkBoard *) g_ptr_array_index (boards, i))->placement_accuracy_mm = 0.2;
      stk_project_get_requirements (project)->alignment_tolerance_mm = 0.05;
      stk_project_changed (project);
    }
  return project;
}

static gboolean
any_contains (GPtrArray  *results,
              const char *needle)
{
  for (guint i = 0; i < results->len; i++)
    if (strstr (stk_check_result_get_message (g_ptr_array_index (results, i)), needle) != NULL)
      return TRUE;
  return FALSE;
}

/* Every record of every example, in millimetres and in mil, plain and
 * weakened: the text read after the run (after the project's boards were
 * renamed, and after other runs reused every buffer a run uses) equals the
 * text written at once when the record was made. */
static void
test_lazy_equals_eager (void)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  guint compared = 0;
  gboolean any_weakened = FALSE;

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    for (StkUnits units = STK_UNITS_MM; units <= STK_UNITS_INCH; units++)
      for (guint weakened = 0; weakened < 2; weakened++)
        {
          g_autoptr(StkProject) project = variant (examples[e], weakened);
          g_autoptr(GPtrArray) eager = NULL;
          g_autoptr(GPtrArray) lazy = NULL;
          g_autoptr(GPtrArray) other = NULL;
          GPtrArray *boards = stk_project_get_boards (project);

          stk_check_message_set_write_at_once (TRUE);
          eager = stk_checks_run_in (project, catalog, units);
          stk_check_message_set_write_at_once (FALSE);
          lazy = stk_checks_run_in (project, catalog, units);
          /* Names the messages quote, changed and freed after the run. */
          for (guint i = 0; i < boards->len; i++)
            {
              StkBoard *b = g_ptr_array_index (boards, i);
              g_free (b->name);
              b->name = g_strdup ("renamed");
            }
          stk_project_changed (project);
          other = stk_checks_run_in (project, catalog, units == STK_UNITS_MM ? STK_UNITS_INCH : STK_UNITS_MM);
          g_assert_cmpuint (lazy->len, ==, eager->len);
          for (guint i = 0; i < lazy->len; i++)
            {
              const StkCheckResult *a = g_ptr_array_index (eager, i);
              const StkCheckResult *b = g_ptr_array_index (lazy, i);

              g_assert_cmpstr (b->subject, ==, a->subject);
              g_assert_cmpstr (stk_check_result_get_message (b), ==, stk_check_result_get_message (a));
              g_assert_cmpstr (stk_check_result_get_detail (b), ==, stk_check_result_get_detail (a));
              /* Read twice: the same text, written once. */
              g_assert_true (stk_check_result_get_message (b) == stk_check_result_get_message (b));
              compared++;
            }
          if (weakened)
            any_weakened |= any_contains (lazy, "the figures alone would fail");
          g_assert_false (any_contains (other, "Main board"));
        }
  /* 3 examples × 2 units × 2 variants, some 60 to 90 records each. */
  g_assert_cmpuint (compared, >, 12 * 50);
  g_assert_true (any_weakened);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/stackup/check-messages/captured-phone", "phone", test_captured);
  g_test_add_data_func ("/stackup/check-messages/captured-failing", "failing", test_captured);
  g_test_add_func ("/stackup/check-messages/lazy-equals-eager", test_lazy_equals_eager);
  return g_test_run ();
}
