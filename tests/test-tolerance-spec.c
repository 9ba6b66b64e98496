/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "stk-error.h"
#include "stk-project-io.h"
#include "stk-tolerance.h"
#include "test-util.h"

/* The project's tolerance data: kept through save and load, read strictly
 * with errors that name the JSON path, defaults that say where they come
 * from, and the user's contributors and groups in the Monte Carlo against
 * closed forms worked by hand. */

static const char *const change_detail = "changed::tolerance";

static void
on_changed_cb (StkProject *project,
               guint      *count)
{
  (*count)++;
}

/* The mezzanine example with a "tolerance" member of the given text. */
static char *
mezzanine_with (const char *tolerance)
{
  g_autofree char *src = test_source_path ("data", "examples", "mezzanine.stackup", NULL);
  g_autofree char *text = NULL;
  g_autofree char *member = g_strdup_printf ("\"version\": 3, \"tolerance\": %s,", tolerance);
  GString *edited;

  g_assert_true (g_file_get_contents (src, &text, NULL, NULL));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "\"version\": 3,", member, 1), ==, 1);
  return g_string_free (edited, FALSE);
}

static void
test_defaults (void)
{
  g_autoptr(StkProject) project = stk_project_new ();
  g_autofree char *json = stk_project_to_json (project);
  const StkTolSpec *spec = stk_project_get_tolerance (project);
  StkValue v;

  /* nothing set: no member in the file */
  g_assert_null (strstr (json, "\"tolerance\""));
  g_assert_cmpuint (spec->samples, ==, 1000000);
  g_assert_cmpuint (spec->seed, ==, 1);
  g_assert_cmpfloat (spec->target_ppm, ==, 100);
  /* the catalogs give none of these: Stackup's assumptions, labelled */
  v = stk_tol_spec_rotation (spec);
  g_assert_cmpfloat (v.value, ==, 0.1);
  g_assert_cmpint (v.source->kind, ==, STK_PROV_ESTIMATE);
  g_assert_cmpstr (v.source->label, ==, "placement rotation");
  v = stk_tol_spec_pin_position (spec);
  g_assert_cmpfloat (v.value, ==, 0.05);
  g_assert_cmpstr (v.source->label, ==, "locating-pin position");
  v = stk_tol_spec_hole_position (spec);
  g_assert_cmpfloat (v.value, ==, 0.075);
  g_assert_cmpstr (v.source->label, ==, "hole position");
  /* the clearance follows the requirements' ±0.05 (a new project's): 0.1 */
  v = stk_tol_spec_pin_clearance (spec, stk_project_get_requirements (project));
  g_assert_cmpfloat_with_epsilon (v.value, 2 * stk_project_get_requirements (project)->alignment_tolerance_mm, 1e-12);
  g_assert_cmpint (v.source->kind, ==, STK_PROV_USER);
  /* a figure of the user's is the user's */
  stk_project_set_tolerance_rotation (project, 0.3);
  v = stk_tol_spec_rotation (spec);
  g_assert_cmpfloat (v.value, ==, 0.3);
  g_assert_true (v.source == stk_source_user ());
  stk_project_set_tolerance_rotation (project, -1);
  g_assert_cmpint (stk_tol_spec_rotation (spec).source->kind, ==, STK_PROV_ESTIMATE);
}

static void
test_round_trip (void)
{
  g_autoptr(StkProject) project = test_load_example ("mezzanine.stackup");
  g_autoptr(StkProject) again = NULL;
  g_autoptr(StkProject) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  StkTolUserContributor c;
  const StkTolSpec *spec;
  const StkTolUserContributor *read;
  guint changes = 0;

  g_signal_connect (project, change_detail, G_CALLBACK (on_changed_cb), &changes);
  stk_project_set_tolerance_run (project, 5000, 77, 12.5);
  stk_project_set_tolerance_run (project, 5000, 77, 12.5); /* no change: no signal */
  stk_project_set_tolerance_rotation (project, 0.25);
  stk_project_set_tolerance_fixing (project, 0.02, -1, 0.1);
  stk_project_set_tolerance_board_rotation (project, "mid", 0.05);
  stk_tol_user_contributor_init (&c);
  c.mate = g_strdup ("j2");
  c.name = g_strdup ("Bracket");
  c.distribution = STK_TOL_TRIANGULAR;
  c.tolerance = 0.05;
  c.nominal = 0.01;
  c.mean_shift = -0.005;
  c.group = g_strdup ("frame");
  stk_project_add_tolerance_contributor (project, &c);
  g_free (c.name);
  c.name = g_strdup ("Frame twist");
  c.axis = STK_TOL_ROTATION;
  c.tolerance = 0.2;
  stk_project_add_tolerance_contributor (project, &c);
  stk_tol_user_contributor_clear (&c);
  /* run, rotation, fixing, a board's rotation and two contributors: six changes */
  g_assert_cmpuint (changes, ==, 6);

  first = stk_project_to_json (project);
  again = test_load_text (first, &error);
  g_assert_no_error (error);
  spec = stk_project_get_tolerance (again);
  g_assert_cmpuint (spec->samples, ==, 5000);
  g_assert_cmpuint (spec->seed, ==, 77);
  g_assert_cmpfloat (spec->target_ppm, ==, 12.5);
  g_assert_true (spec->rotation_set && spec->rotation_deg == 0.25);
  g_assert_true (spec->pin_position_set && spec->pin_position_mm == 0.02);
  g_assert_false (spec->hole_position_set);
  g_assert_true (spec->pin_clearance_set && spec->pin_clearance_mm == 0.1);
  /* the board's own rotation, the others the project's */
  g_assert_cmpfloat (stk_tol_spec_board_rotation (spec, "mid").value, ==, 0.05);
  g_assert_cmpfloat (stk_tol_spec_board_rotation (spec, "main").value, ==, 0.25);
  g_assert_cmpuint (spec->contributors->len, ==, 2);
  read = g_ptr_array_index (spec->contributors, 0);
  g_assert_cmpstr (read->mate, ==, "j2");
  g_assert_cmpstr (read->name, ==, "Bracket");
  g_assert_cmpint (read->axis, ==, STK_TOL_ACROSS);
  g_assert_cmpint (read->distribution, ==, STK_TOL_TRIANGULAR);
  g_assert_cmpfloat (read->tolerance, ==, 0.05);
  g_assert_cmpfloat (read->nominal, ==, 0.01);
  g_assert_cmpfloat (read->mean_shift, ==, -0.005);
  g_assert_cmpstr (read->group, ==, "frame");
  read = g_ptr_array_index (spec->contributors, 1);
  g_assert_cmpint (read->axis, ==, STK_TOL_ROTATION);
  /* load → save → load: the same text */
  second = stk_project_to_json (again);
  g_assert_cmpstr (first, ==, second);
  /* undo snapshots are copies: the copy holds it too */
  copy = stk_project_copy (project);
  g_assert_cmpuint (stk_project_get_tolerance (copy)->contributors->len, ==, 2);

  /* editing and removing */
  stk_tol_user_contributor_copy (&c, g_ptr_array_index (stk_project_get_tolerance (project)->contributors, 1));
  stk_project_set_tolerance_contributor (project, 1, &c, NULL); /* the same: no signal */
  g_assert_cmpuint (changes, ==, 6);
  c.tolerance = 0.3;
  stk_project_set_tolerance_contributor (project, 1, &c, NULL);
  stk_tol_user_contributor_clear (&c);
  stk_project_remove_tolerance_contributor (project, 0);
  g_assert_cmpuint (changes, ==, 8);
  g_assert_cmpuint (stk_project_get_tolerance (project)->contributors->len, ==, 1);
  g_assert_cmpfloat (((StkTolUserContributor *) g_ptr_array_index (stk_project_get_tolerance (project)->contributors, 0))->tolerance, ==, 0.3);
}

static const struct {
  const char *member;
  const char *message;
} bad_files[] = {
  { "{ \"samples\": 0 }", "tolerance.samples: must be between 1 and 1000000000, got 0" },
  { "{ \"spread\": 1 }", "tolerance.spread: unknown member" },
  /* 2⁵³: the first seed a double cannot hold with its neighbours apart */
  { "{ \"seed\": 9007199254740992 }", "tolerance.seed: must be between 0 and 9007199254740991" },
  { "{ \"rotation_deg\": 50 }", "tolerance.rotation_deg: must be between 0 and 45, got 50" },
  { "{ \"pin_clearance_mm\": -0.1 }", "tolerance.pin_clearance_mm: must be between 0 and 10" },
  { "{ \"contributors\": [ { \"axis\": \"along\", \"distribution\": \"normal\", \"tolerance\": 0.1 } ] }",
    "tolerance.contributors[0].name" },
  { "{ \"contributors\": [ { \"name\": \"P\", \"axis\": \"along\", \"distribution\": \"radial\", \"tolerance\": 0.1 } ] }",
    "tolerance.contributors[0].distribution: a radial distribution" },
  { "{ \"contributors\": [ { \"name\": \"P\", \"axis\": \"sideways\", \"distribution\": \"normal\", \"tolerance\": 0.1 } ] }",
    "tolerance.contributors[0].axis: must be one of along, across, rotation, plane, got “sideways”" },
  { "{ \"contributors\": [ { \"name\": \"P\", \"mate\": \"j9\", \"axis\": \"along\", \"distribution\": \"normal\", \"tolerance\": 0.1 } ] }",
    "tolerance.contributors[0].mate: no connector (mate) has the id “j9”" },
  { "{ \"contributors\": [ { \"name\": \"P\", \"axis\": \"along\", \"distribution\": \"uniform\", \"k\": 2, \"tolerance\": 0.1 } ] }",
    "tolerance.contributors[0].k: only a normal distribution takes k" },
  { "{ \"contributors\": [ { \"name\": \"P\", \"axis\": \"along\", \"distribution\": \"normal\", \"tolerance\": 0.1, \"group\": \"g\" },"
    " { \"name\": \"Q\", \"axis\": \"along\", \"distribution\": \"uniform\", \"tolerance\": 0.1, \"group\": \"g\" } ] }",
    "tolerance.contributors[1].group: the contributors of the correlated group “g” must share a distribution" },
  { "{ \"contributors\": [ { \"name\": \"P\", \"axis\": \"along\", \"distribution\": \"normal\" } ] }",
    "tolerance.contributors[0].tolerance" },
  { "[]", "tolerance" },
  { "{ \"board_rotation_deg\": { \"nowhere\": 0.1 } }",
    "tolerance.board_rotation_deg.nowhere: no board has the id “nowhere”" },
  { "{ \"board_rotation_deg\": { \"main\": 90 } }",
    "tolerance.board_rotation_deg.main: must be between 0 and 45, got 90" },
};

static void
test_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *text = mezzanine_with (bad_files[i].member);
      g_autoptr(GError) error = NULL;
      g_autoptr(StkProject) project = test_load_text (text, &error);

      g_assert_null (project);
      g_assert_nonnull (error);
      test_assert_contains (error->message, bad_files[i].message);
    }
  /* a version 2 file may not hold it */
  {
    g_autofree char *src = test_source_path ("tests", "data", "v2", "phone.stackup", NULL);
    g_autofree char *text = NULL;
    g_autoptr(GString) edited = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(StkProject) project = NULL;

    g_assert_true (g_file_get_contents (src, &text, NULL, NULL));
    edited = g_string_new (text);
    g_assert_cmpuint (g_string_replace (edited, "\"version\": 2,", "\"version\": 2, \"tolerance\": {},", 1), ==, 1);
    project = test_load_text (edited->str, &error);
    g_assert_null (project);
    test_assert_contains (error->message, "tolerance: a member of a later version");
  }
}

/* A project whose only spread is the user's: boards placed exactly, no
 * rotation, an exact fixing, the user's capture window. */
static StkProject *
bare_project (double capture)
{
  StkProject *project = test_load_example ("mezzanine.stackup");
  GPtrArray *boards = stk_project_get_boards (project);
  StkRequirements *req = stk_project_get_requirements (project);

  for (guint i = 0; i < boards->len; i++)
    ((StkBoard *) g_ptr_array_index (boards, i))->placement_accuracy_mm = 0;
  req->capture_allowance_set = TRUE;
  req->capture_allowance_mm = capture;
  stk_project_set_tolerance_rotation (project, 0);
  stk_project_set_tolerance_fixing (project, 0, 0, 0);
  stk_project_set_tolerance_run (project, 200000, 3, 100);
  return project;
}

static void
add_user (StkProject        *project,
          const char        *mate,
          StkTolAxis         axis,
          StkTolDistribution dist,
          double             tolerance,
          const char        *group)
{
  StkTolUserContributor c;

  stk_tol_user_contributor_init (&c);
  c.mate = g_strdup (mate);
  c.name = g_strdup ("user");
  c.axis = axis;
  c.distribution = dist;
  c.tolerance = tolerance;
  c.group = g_strdup (group);
  stk_project_add_tolerance_contributor (project, &c);
  stk_tol_user_contributor_clear (&c);
}

static GPtrArray *
run (StkProject *project)
{
  g_autoptr(GPtrArray) pairs = stk_tol_pairs_from_project (project, stk_catalog_get_default (), NULL);
  g_autoptr(GError) error = NULL;
  StkTolSettings settings;
  GPtrArray *results;

  stk_tol_settings_from_project (&settings, project);
  results = stk_tol_run_all (pairs, &settings, &error);
  g_assert_no_error (error);
  return results;
}

/* The Monte Carlo figure against the exact one. The engine's 95 % interval
 * misses the true value for one seed in twenty by design (seed 3 here, after
 * the sampler started drawing independent normals of one sum as one, is
 * such a seed: 2.7 σ out), so the test widens it to 99.9 % (z 3.29 for
 * 1.96): a biased engine still fails, an unlucky seed does not. */
static void
assert_within (const StkTolFigures *f,
               double               exact_ppm)
{
  double half = (f->ppm_high - f->ppm_low) / 2 * 3.29 / 1.96;

  g_assert_cmpfloat (fabs (f->ppm - exact_ppm), <=, half);
}

static void
test_user_contributors (void)
{
  g_autoptr(StkProject) project = bare_project (0.4);
  g_autoptr(GPtrArray) results = NULL;
  const StkTolResult *j1, *j2;
  const StkTolFigures *f;

  /* along: three normals ±0.3, k = 3 on every connector: σ √3 × 0.1 =
   * 0.173205; outside ±0.4: 2 Q(0.4 / 0.173205) = 2 Q(2.309401) =
   * erfc(1.632993) = 0.020921, 20,921 ppm */
  for (guint i = 0; i < 3; i++)
    add_user (project, NULL, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, NULL);
  /* across, j2 only: two uniforms ±0.25; their sum is triangular on
   * ±0.5, P(|S| > 0.4) = (0.5 − 0.4)² / (4 × 0.25²) = 0.04, 40,000 ppm */
  add_user (project, "j2", STK_TOL_ACROSS, STK_TOL_UNIFORM, 0.25, NULL);
  add_user (project, "j2", STK_TOL_ACROSS, STK_TOL_UNIFORM, 0.25, NULL);
  results = run (project);
  j1 = g_ptr_array_index (results, 0);
  j2 = g_ptr_array_index (results, 1);
  f = &j1->outputs[STK_TOL_END1_ALONG];
  g_assert_cmpfloat_with_epsilon (f->sigma_model, 0.173205, 1e-6);
  g_assert_cmpfloat_with_epsilon (f->worst, 0.9, 1e-12);
  assert_within (f, 20921);
  /* the uniforms act on j2 alone */
  g_assert_cmpfloat (j1->outputs[STK_TOL_END1_ACROSS].worst, ==, 0);
  assert_within (&j2->outputs[STK_TOL_END1_ACROSS], 40000);
  assert_within (&j2->outputs[STK_TOL_END2_ACROSS], 40000);
  g_assert_cmpfloat_with_epsilon (j2->outputs[STK_TOL_END1_ACROSS].worst, 0.5, 1e-12);
}

static void
test_groups (void)
{
  g_autoptr(StkProject) together = bare_project (1.0);
  g_autoptr(StkProject) apart = bare_project (1.0);
  g_autoptr(GPtrArray) rt = NULL;
  g_autoptr(GPtrArray) ra = NULL;
  const StkTolFigures *t, *a;

  /* two normals of σ 0.1 (±0.3, k = 3): one group adds them to 2σ = 0.2,
   * independent they make √2 σ = 0.141421 */
  add_user (together, NULL, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, "frame");
  add_user (together, NULL, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, "frame");
  add_user (apart, NULL, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, NULL);
  add_user (apart, NULL, STK_TOL_ALONG, STK_TOL_NORMAL, 0.3, NULL);
  rt = run (together);
  ra = run (apart);
  t = &((StkTolResult *) g_ptr_array_index (rt, 0))->outputs[STK_TOL_END1_ALONG];
  a = &((StkTolResult *) g_ptr_array_index (ra, 0))->outputs[STK_TOL_END1_ALONG];
  g_assert_cmpfloat_with_epsilon (t->sigma_model, 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (a->sigma_model, 0.141421, 1e-6);
  /* the samples agree: 200,000 of them put σ within 0.5 % (its standard
   * error is σ / √(2n) = 0.16 %) */
  g_assert_cmpfloat_with_epsilon (t->sigma, 0.2, 0.001);
  g_assert_cmpfloat_with_epsilon (a->sigma, 0.141421, 0.0007);
}

/* A contributor's name: the project refuses exactly what the reader
 * refuses (the save re-reads what it writes): none, or 201 characters.
 * 200 characters, the most, save and reload; the reader, given 201, names
 * the member. "é" is one character in two bytes: counted as one. */
static void
test_name_bounds (void)
{
  g_autoptr(StkProject) project = test_load_example ("mezzanine.stackup");
  g_autoptr(StkProject) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) edited = NULL;
  g_autofree char *json = NULL;
  g_autofree char *long_name = NULL;
  StkTolUserContributor c;
  guint changes = 0;

  for (guint i = 0; i < 200; i++)
    g_string_append (name, "é");
  stk_tol_user_contributor_init (&c);
  c.name = g_strdup ("Bracket");
  c.tolerance = 0.05;
  stk_project_add_tolerance_contributor (project, &c);
  g_signal_connect (project, change_detail, G_CALLBACK (on_changed_cb), &changes);
  g_free (c.name);
  c.name = g_strdup ("");
  g_assert_false (stk_project_set_tolerance_contributor (project, 0, &c, &error));
  g_assert_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "A contributor's name must be 1 to 200 characters long");
  g_clear_error (&error);
  g_free (c.name);
  c.name = g_strconcat (name->str, "x", NULL);
  g_assert_false (stk_project_set_tolerance_contributor (project, 0, &c, &error));
  g_assert_cmpstr (error->message, ==, "A contributor's name must be 1 to 200 characters long");
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 0);
  g_free (c.name);
  c.name = g_strdup (name->str);
  g_assert_true (stk_project_set_tolerance_contributor (project, 0, &c, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  stk_tol_user_contributor_clear (&c);

  json = stk_project_to_json (project);
  back = test_load_text (json, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((StkTolUserContributor *) g_ptr_array_index (stk_project_get_tolerance (back)->contributors, 0))->name,
                   ==, name->str);
  g_clear_object (&back);
  edited = g_string_new (json);
  long_name = g_strconcat (name->str, "x", NULL);
  g_assert_cmpuint (g_string_replace (edited, name->str, long_name, 1), ==, 1);
  back = test_load_text (edited->str, &error);
  g_assert_null (back);
  test_assert_contains (error->message, "tolerance.contributors[0].name: must be 1 to 200 characters long");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/tolerance-spec/defaults", test_defaults);
  g_test_add_func ("/stackup/tolerance-spec/round-trip", test_round_trip);
  g_test_add_func ("/stackup/tolerance-spec/errors", test_errors);
  g_test_add_func ("/stackup/tolerance-spec/user-contributors", test_user_contributors);
  g_test_add_func ("/stackup/tolerance-spec/groups", test_groups);
  g_test_add_func ("/stackup/tolerance-spec/name-bounds", test_name_bounds);
  return g_test_run ();
}
