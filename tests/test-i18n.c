/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers people read follow their locale (German writes 1,5); numbers in
 * files, --json, DXF and SVG never do. The tests set de_DE.UTF-8 and
 * ja_JP.UTF-8 themselves; the build compiles both into its own folder
 * (LOCPATH), so no system locale has to be installed. */
#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stk-check.h"
#include "stk-design-note.h"
#include "stk-export.h"
#include "stk-i18n.h"
#include "stk-project-io.h"
#include "test-util.h"

/* Switches the whole process, numbers and messages, to locale. */
static void
use_locale (const char *locale)
{
  g_assert_nonnull (setlocale (LC_ALL, locale));
  g_setenv ("LC_ALL", locale, TRUE);
}

static void
restore_c_locale (void)
{
  use_locale ("C.UTF-8");
}

static char *
check_message (GPtrArray  *results,
               const char *check_id,
               const char *item)
{
  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);

      if (g_str_equal (r->check_id, check_id) && g_str_equal (r->item, item))
        return g_strdup (stk_check_result_get_message (r));
    }
  g_assert_not_reached ();
}

/* The formatter's rules, in the C locale: three decimals at most, trailing
 * zeros dropped down to the minimum asked for, no "-0". */
static void
test_format_c (void)
{
  struct { double value; guint max, min; const char *text; } cases[] = {
    { 1.5, 3, 0, "1.5" },
    { 0.05, 3, 0, "0.05" },
    { 260, 3, 0, "260" },
    { 2.0, 3, 1, "2.0" },       /* stk_format_mm: the datasheets' "2.0 mm" */
    { 2.42, 3, 1, "2.42" },
    { 1.23456, 2, 0, "1.23" },  /* rounded, not cut */
    { -0.0001, 3, 0, "0" },     /* rounds to zero: no sign */
    { -0.0, 4, 4, "0.0000" },   /* a negative zero itself */
    { -0.00004, 4, 4, "0.0000" },
    { -0.00006, 4, 4, "-0.0001" },
    { -1.25, 3, 0, "-1.25" },
    { 12345.5, 3, 0, "12345.5" },
  };

  use_locale ("C.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = stk_format_decimal (cases[i].value, cases[i].max, cases[i].min);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* stk-format's rule for quantities that are not lengths: four significant
 * digits, trailing zeros dropped, no exponent, no "-0" (worked by hand:
 * 0.066666 has its first digit at the second decimal, so five decimals). */
static void
test_format_number_rule (void)
{
  static const struct { double value; const char *text; } cases[] = {
    { 0.0588, "0.0588" },     /* P4 removal force per contact */
    { 29.43, "29.43" },
    { 1.2, "1.2" },
    { 0.066666, "0.06667" },
    { 5, "5" },
    { 12345.6, "12346" },     /* never 1.235e+04 */
    { 0.00001234, "0.00001234" },
    { -1e-12, "0" },          /* rounds to zero: no sign */
    { -2.5, "-2.5" },
  };
  g_autofree char *german = NULL;

  use_locale ("C.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = stk_format_number (cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
  /* statistics keep their decimals */
  {
    g_autofree char *fixed = stk_format_fixed (0.03, 3);
    g_assert_cmpstr (fixed, ==, "0.030");
  }
  use_locale ("de_DE.UTF-8");
  german = stk_format_number (0.0588);
  g_assert_cmpstr (german, ==, "0,0588");
  restore_c_locale ();
}

/* A check's value, limit or margin: lengths by the length rule in the unit
 * chosen, other units after the number ("%" without a space), the minus
 * sign U+2212, "+" for a margin. 0.1 mm = 3.937 mil → "3.9 mil". */
static void
test_format_quantity (void)
{
  static const struct {
    double value; const char *unit; StkUnits units; StkSignStyle sign; const char *text;
  } cases[] = {
    { 0.066, "mm", STK_UNITS_MM, STK_SIGN_NEGATIVE, "0.066 mm" },
    { 1, "mm", STK_UNITS_MM, STK_SIGN_NEGATIVE, "1.0 mm" },
    { -0.1, "mm", STK_UNITS_MM, STK_SIGN_ALWAYS, "−0.1 mm" },
    { 0.1, "mm", STK_UNITS_INCH, STK_SIGN_ALWAYS, "+3.9 mil" },
    { 0.3, "A", STK_UNITS_INCH, STK_SIGN_NEGATIVE, "0.3 A" },
    { 12, "%", STK_UNITS_MM, STK_SIGN_NEGATIVE, "12%" },
    { 3000, "", STK_UNITS_MM, STK_SIGN_NEGATIVE, "3000" },
    { -1e-12, "A", STK_UNITS_MM, STK_SIGN_NEGATIVE, "0 A" },
  };

  use_locale ("C.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = stk_format_quantity (cases[i].value, cases[i].unit, cases[i].units, cases[i].sign);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Numbers for programs keep the decimal point in any locale and never
 * write "-0"; JSON gets the shortest text that reads back exactly
 * (0.1 + 0.2 is not 0.3 in binary: it needs 17 digits). */
static void
test_format_machine (void)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  use_locale ("de_DE.UTF-8");
  a = stk_format_c_double (0.8);
  b = stk_format_c_double (0.1 + 0.2);
  c = stk_format_c_double (NAN);
  d = stk_format_c_double (-0.0);
  g_assert_cmpstr (a, ==, "0.8");
  g_assert_cmpstr (b, ==, "0.30000000000000004");
  g_assert_cmpstr (c, ==, "null");
  g_assert_cmpstr (d, ==, "0");
  g_assert_cmpstr (stk_format_c_fixed (buf, 12.5, 4), ==, "12.5000");
  g_assert_cmpstr (stk_format_c_fixed (buf, -0.00001, 4), ==, "0.0000");
  g_assert_cmpstr (stk_format_c_fixed (buf, -3.26, 1), ==, "-3.3");
  restore_c_locale ();
}

/* One family: the number a check writes in its message is the one the
 * check table and the design note show for its value. phone.stackup's
 * tallest branch: 0.8 mm main board + 1.5 mm mated height + 0.6 mm
 * daughter board = 2.9 mm, and the same in German. */
static void
test_format_one_family (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };
  const char *want[] = { "2.9 mm", "2,9 mm" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(StkDesignNote) note = NULL;
      g_autofree char *md = NULL, *cell = NULL;
      StkDesignNoteOptions options;
      const StkCheckResult *stack;

      use_locale (locales[l]);
      results = stk_checks_run (project, stk_catalog_get_default ());
      stack = stk_checks_find (results, "stack", "total", NULL);
      g_assert_nonnull (stack);
      cell = stk_format_quantity (stack->value, stack->unit, STK_UNITS_MM, STK_SIGN_NEGATIVE);
      g_assert_cmpstr (cell, ==, want[l]);
      g_assert_nonnull (strstr (stk_check_result_get_message (stack), want[l]));
      stk_design_note_options_init (&options);
      options.date = "2026-12-01";
      note = stk_design_note_new (project, stk_catalog_get_default (), &options);
      md = stk_design_note_render_markdown (note);
      g_assert_nonnull (strstr (md, want[l]));
    }
  restore_c_locale ();
}

/* German: a decimal comma everywhere people read numbers. */
static void
test_format_german (void)
{
  g_autofree char *n = NULL, *mm = NULL, *list = NULL, *scale = NULL;

  use_locale ("de_DE.UTF-8");
  n = stk_format_number (1.5);
  mm = stk_format_mm (2.0);
  scale = stk_draw_format_scale (1 / 2.5);
  g_assert_cmpstr (n, ==, "1,5");
  g_assert_cmpstr (mm, ==, "2,0");
  g_assert_cmpstr (scale, ==, "1:2,5");
  /* P4's heights (1.5, 2.0, 2.5, 3.0, 3.5 mm, from the catalog), joined by
   * the separator of a number list, untranslated here: ", " */
  list = stk_series_heights_text (stk_catalog_find_series (stk_catalog_get_default (), "P4"));
  g_assert_cmpstr (list, ==, "1,5, 2,0, 2,5, 3,0, 3,5");
  restore_c_locale ();
}

/* One formatter for lengths in either unit. 0.8 mm / 0.0254 mm per mil =
 * 31.496 mil → "31.5 mil"; 0.05 mm = 1.9685 mil → "2.0 mil" (one decimal,
 * kept); 1 mm keeps its datasheet decimal, "1.0 mm". On a drawing the
 * millimetres go in brackets after the mil; in mm the bare number, as the
 * drawing's labels have always been. In German the mil get a comma too. */
static void
test_format_length (void)
{
  static const struct {
    double      mm;
    StkUnits    units;
    const char *text;
    const char *drawing;
  } cases[] = {
    { 0.8, STK_UNITS_INCH, "31.5 mil", "31.5 mil [0.8 mm]" },
    { 0.05, STK_UNITS_INCH, "2.0 mil", "2.0 mil [0.05 mm]" },
    { 0.8, STK_UNITS_MM, "0.8 mm", "0.8" },
    { 1, STK_UNITS_MM, "1.0 mm", "1.0" },
  };
  g_autofree char *german = NULL;

  use_locale ("C.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = stk_format_length (cases[i].mm, cases[i].units);
      g_autofree char *drawing = stk_format_drawing_length (cases[i].mm, cases[i].units);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (drawing, ==, cases[i].drawing);
    }
  use_locale ("de_DE.UTF-8");
  german = stk_format_length (0.8, STK_UNITS_INCH);
  g_assert_cmpstr (german, ==, "31,5 mil");
  restore_c_locale ();
}

/* Japanese writes a decimal point, like English. */
static void
test_format_japanese (void)
{
  g_autofree char *n = NULL;

  use_locale ("ja_JP.UTF-8");
  n = stk_format_number (1.5);
  g_assert_cmpstr (n, ==, "1.5");
  restore_c_locale ();
}

/* On screen and in the note a German user reads 1,9 mm; the project file
 * keeps 0.8 and stays readable in any locale. */
static void
test_project_german (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autoptr(StkProject) again = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(StkDesignNote) note = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL, *stack = NULL, *md = NULL;
  StkDesignNoteOptions options;

  use_locale ("de_DE.UTF-8");

  /* phone.stackup: the tallest branch is the daughter board: main board
   * 0.8 mm + 1.5 mm mated height + 0.6 mm daughter board = 2.9 mm in all;
   * the main board's outline is 70 × 140 mm. */
  results = stk_checks_run (project, stk_catalog_get_default ());
  stack = check_message (results, "stack", "total");
  g_assert_nonnull (strstr (stack, "2,9 mm"));
  g_assert_nonnull (strstr (stack, "70,0 × 140,0 mm"));
  g_assert_null (strstr (stack, "2.9"));

  stk_design_note_options_init (&options);
  options.date = "2026-12-01";
  note = stk_design_note_new (project, stk_catalog_get_default (), &options);
  md = stk_design_note_render_markdown (note);
  /* The board table's thickness cell and J1's position (x 12.5 mm). */
  g_assert_nonnull (strstr (md, "| 0,8 mm |"));
  g_assert_nonnull (strstr (md, "x 12,5, y -30 mm"));

  json = stk_project_to_json (project);
  g_assert_nonnull (strstr (json, "\"thickness_mm\": 0.8"));
  g_assert_nonnull (strstr (json, "\"x_mm\": 12.5"));
  g_assert_null (strstr (json, "0,8"));
  again = stk_project_load_data (json, strlen (json), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  restore_c_locale ();
}

/* The CLI under German: prose with 1,9 mm, --json with plain JSON numbers. */
static void
test_cli_german (void)
{
  g_autofree char *phone = test_source_path ("data", "examples", "phone.stackup", NULL);
  g_auto(TestRun) text = { 0 };
  g_auto(TestRun) json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *results;
  gboolean found = FALSE;

  use_locale ("de_DE.UTF-8");
  test_run_cli (&text, G_SUBPROCESS_FLAGS_STDERR_MERGE, (const char *[]) { "check", phone, NULL });
  test_run_cli (&json, G_SUBPROCESS_FLAGS_STDERR_MERGE, (const char *[]) { "check", phone, "--json", NULL });
  restore_c_locale ();

  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "spans 2,9 mm"));
  g_assert_cmpint (json.status, ==, 0);
  /* A decimal comma would not parse, or would split a number in two. */
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
  g_assert_no_error (error);
  results = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *r = json_array_get_object_element (results, i);

      if (g_str_equal (json_object_get_string_member (r, "check"), "stack") &&
          g_str_equal (json_object_get_string_member (r, "item"), "total"))
        {
          /* 0.8 main board + 1.5 mated height + 0.6 daughter board */
          g_assert_cmpfloat_with_epsilon (json_object_get_double_member (r, "value"), 2.9, 1e-9);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* DXF group values and SVG attributes are for programs: decimal points. */
static void
test_exports_german (void)
{
  g_autoptr(StkProject) project = test_load_example ("phone.stackup");
  g_autoptr(StkDrawing) drawing = NULL;
  g_autoptr(GBytes) dxf = NULL, svg = NULL;
  g_autofree char *dxf_text = NULL, *svg_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) comma_attr = g_regex_new ("=\"-?[0-9]+,[0-9]", 0, 0, NULL);
  g_auto(GStrv) lines = NULL;
  StkExportOptions o;
  guint numbers = 0;

  use_locale ("de_DE.UTF-8");
  drawing = stk_drawing_new (project, stk_catalog_get_default ());
  stk_export_options_init (&o);
  dxf = stk_export_drawing_bytes (drawing, STK_EXPORT_DXF, &o, &error);
  g_assert_no_error (error);
  svg = stk_export_drawing_bytes (drawing, STK_EXPORT_SVG, &o, &error);
  g_assert_no_error (error);
  restore_c_locale ();

  /* DXF: a group code line, then its value; codes 10-59 are coordinates,
   * lengths and angles, which must read back as plain numbers. */
  /* Exported bytes carry no terminating NUL: copy them into strings. */
  dxf_text = g_strndup (g_bytes_get_data (dxf, NULL), g_bytes_get_size (dxf));
  svg_text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  lines = g_strsplit (dxf_text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i += 2)
    {
      gint64 code = g_ascii_strtoll (g_strstrip (lines[i]), NULL, 10);
      const char *value = g_strstrip (lines[i + 1]);
      char *end = NULL;

      if (code < 10 || code > 59)
        continue;
      g_ascii_strtod (value, &end);
      g_assert_true (end != value && *end == '\0');
      g_assert_null (strchr (value, ','));
      numbers++;
    }
  g_assert_cmpuint (numbers, >, 100);
  g_assert_false (g_regex_match (comma_attr, svg_text, 0, NULL));
}

/* The checks keep each translation they looked up while the language
 * stays: runs in German, C, then German again each write their own
 * language. de.po translates "%.4g V; rated voltage %.4g V" as
 * "%.4g V; Nennspannung %.4g V". In a child process whose first message
 * is looked up in German with the build's catalogs: GLib decides once per
 * process whether to translate at all. */
static void
test_checks_follow_language (void)
{
  g_autoptr(StkProject) project = NULL;
  g_autofree char *po = NULL;
  const char *expected[] = { "Nennspannung", "rated voltage", "Nennspannung" };
  const char *locales[] = { "de_DE.UTF-8", "C.UTF-8", "de_DE.UTF-8" };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  po = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
  use_locale (locales[0]);
  bindtextdomain (GETTEXT_PACKAGE, po);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  project = test_load_example ("phone.stackup");
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autoptr(GPtrArray) results = NULL;
      g_autofree char *voltage = NULL;

      use_locale (locales[i]);
      results = stk_checks_run (project, stk_catalog_get_default ());
      voltage = check_message (results, "electrical", "voltage");
      if (strstr (voltage, expected[i]) == NULL)
        g_error ("in %s: “%s” does not say “%s”", locales[i], voltage, expected[i]);
    }
  restore_c_locale ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  stk_i18n_init ();
  g_test_add_func ("/stackup/i18n/format/c", test_format_c);
  g_test_add_func ("/stackup/i18n/format/german", test_format_german);
  g_test_add_func ("/stackup/i18n/format/japanese", test_format_japanese);
  g_test_add_func ("/stackup/i18n/format/length", test_format_length);
  g_test_add_func ("/stackup/i18n/format/number-rule", test_format_number_rule);
  g_test_add_func ("/stackup/i18n/format/quantity", test_format_quantity);
  g_test_add_func ("/stackup/i18n/format/machine", test_format_machine);
  g_test_add_func ("/stackup/i18n/format/one-family", test_format_one_family);
  g_test_add_func ("/stackup/i18n/project/german", test_project_german);
  g_test_add_func ("/stackup/i18n/cli/german", test_cli_german);
  g_test_add_func ("/stackup/i18n/exports/german", test_exports_german);
  g_test_add_func ("/stackup/i18n/checks/follow-language", test_checks_follow_language);
  return g_test_run ();
}
