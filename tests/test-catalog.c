/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include <gio/gio.h>

#include "stk-catalog.h"
#include "stk-catalog-check.h"

static StkCatalog *
catalog (void)
{
  return stk_catalog_get_default ();
}

static void
test_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkCatalog) fresh = stk_catalog_new_from_resource (&error);
  const StkSeries *p4, *a4s;

  g_assert_no_error (error);
  g_assert_nonnull (fresh);
  g_assert_cmpuint (stk_catalog_get_series (fresh)->len, ==, 2);
  p4 = stk_catalog_find_series (fresh, "P4");
  a4s = stk_catalog_find_series (fresh, "a4s");
  g_assert_nonnull (p4);
  g_assert_nonnull (a4s);
  g_assert_cmpint (p4->kind, ==, STK_SERIES_BOARD_TO_BOARD);
  g_assert_cmpint (a4s->kind, ==, STK_SERIES_BOARD_TO_FPC);
  g_assert_cmpfloat_with_epsilon (p4->pitch.value, 0.4, 1e-9);
  g_assert_cmpint (p4->pitch.source->kind, ==, STK_PROV_DATASHEET);
  /* Row counts of the PRODUCT TYPES tables: P4 9+8+8+7+3, A4S 16+13 (8 mm) + 13 (4 mm) */
  g_assert_cmpuint (p4->products->len, ==, 35);
  g_assert_cmpuint (a4s->products->len, ==, 42);
  g_assert_cmpuint (p4->heights->len, ==, 5);
  g_assert_cmpuint (a4s->heights->len, ==, 2);
  g_assert_null (stk_catalog_find_series (fresh, "F4S"));
}

static void
test_self_checks (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stk_catalog_check_b_formula (catalog (), &error));
  g_assert_no_error (error);
  g_assert_true (stk_catalog_check_a_rises (catalog (), &error));
  g_assert_no_error (error);
  g_assert_true (stk_catalog_check_dimension_rows (catalog (), &error));
  g_assert_no_error (error);
  g_assert_true (stk_catalog_check_part_roundtrip (catalog (), &error));
  g_assert_no_error (error);
  g_assert_true (stk_catalog_check_force_rules (catalog (), &error));
  g_assert_no_error (error);
}

/* The bundled catalog file @file with one edit: the first @from after
 * @anchor becomes @to. The other series is left out. */
static StkCatalog *
catalog_with_edit (const char  *file,
                   const char  *anchor,
                   const char  *from,
                   const char  *to,
                   GError     **error)
{
  g_autofree char *resource = g_strdup_printf ("/io/github/stackup/Stackup/catalog/%s", file);
  g_autoptr(GBytes) data = g_resources_lookup_data (resource, 0, NULL);
  g_autoptr(GBytes) notes = g_resources_lookup_data ("/io/github/stackup/Stackup/catalog/notes.json", 0, NULL);
  g_autofree char *notes_text = g_strndup (g_bytes_get_data (notes, NULL), g_bytes_get_size (notes));
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  const char *start = strstr (text->str, anchor);
  const char *cell = start ? strstr (start, from) : NULL;
  const char *series[] = { NULL, NULL };
  gssize pos;

  g_assert_nonnull (cell);
  pos = cell - text->str;
  g_string_erase (text, pos, (gssize) strlen (from));
  g_string_insert (text, pos, to);
  series[0] = text->str;
  return stk_catalog_new_from_json (series, notes_text, error);
}

/* A copy of the bundled P4 data with one B cell changed must be refused. */
static void
test_self_check_catches_bad_b (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StkCatalog) broken = catalog_with_edit ("p4.json", "\"dimension_tables\"", "[40, 10.3, 7.6, 5.6]",
                                                    "[40, 10.3, 7.7, 5.6]", &error);

  g_assert_null (broken);
  g_assert_error (error, STK_ERROR, STK_ERROR_CATALOG);
  g_assert_nonnull (strstr (error->message, "P4 socket, 40 pins: B = 7.70"));
}

static void
test_self_check_catches_missing_row (void)
{
  g_autoptr(GError) error = NULL;
  /* the 1.0 mm header table's 44-pin row becomes a 46-pin row */
  g_autoptr(StkCatalog) broken = catalog_with_edit ("a4s.json", "\"source\": \"header10_dim\"",
                                                    "[44, 10.6, 8.4, 10.0]", "[46, 10.6, 8.4, 10.0]", &error);

  g_assert_null (broken);
  g_assert_error (error, STK_ERROR, STK_ERROR_CATALOG);
}

static void
test_quirks (void)
{
  const StkSeries *p4 = stk_catalog_find_series (catalog (), "P4");
  const StkSeries *a4s = stk_catalog_find_series (catalog (), "A4S");
  g_autoptr(GArray) s25 = stk_series_heights_for_part (p4, STK_ROLE_SOCKET, "AXK740347G");
  g_autoptr(GArray) h145 = stk_series_heights_for_part (p4, STK_ROLE_HEADER, "AXK840145WG");
  g_autoptr(GArray) a4s_sock = stk_series_heights_for_part (a4s, STK_ROLE_SOCKET, "AXE540127");
  g_autoptr(GArray) p30 = stk_series_pins_for_height (p4, 3.0, NULL);
  g_autoptr(GArray) a10 = stk_series_pins_for_height (a4s, 1.0, "8mm");
  g_autoptr(GArray) a4mm10 = stk_series_pins_for_height (a4s, 1.0, "4mm");
  const StkProduct *p100 = stk_series_find_product (p4, 1.5, 100, NULL);
  StkQuantity q;

  /* P4 2.5 and 3.0 mm share the socket; 1.5/2.0/2.5 share the header. */
  g_assert_cmpuint (s25->len, ==, 2);
  g_assert_cmpfloat (g_array_index (s25, double, 0), ==, 2.5);
  g_assert_cmpfloat (g_array_index (s25, double, 1), ==, 3.0);
  g_assert_cmpuint (h145->len, ==, 3);
  g_assert_cmpuint (a4s_sock->len, ==, 2);
  /* 3.0 mm has no 70-pin row */
  g_assert_cmpuint (p30->len, ==, 7);
  for (guint i = 0; i < p30->len; i++)
    g_assert_cmpuint (g_array_index (p30, guint, i), !=, 70);
  g_assert_null (stk_series_find_product (p4, 2.0, 100, NULL));
  g_assert_nonnull (p100);
  g_assert_cmpstr (p100->socket, ==, "AXK700147G");
  g_assert_cmpstr (p100->header, ==, "AXK800145WG");
  g_assert_cmpuint (a10->len, ==, 13);
  g_assert_cmpuint (a4mm10->len, ==, 0);
  g_assert_nonnull (stk_series_find_product (a4s, 0.8, 64, "4mm"));
  g_assert_null (stk_series_find_product (a4s, 0.8, 54, "4mm"));
  g_assert_cmpstr (stk_series_find_product (a4s, 0.8, 64, "4mm")->socket, ==, "AXE564127D");

  /* The P4 3.5 mm socket is 2,000 per reel, its header 3,000. */
  g_assert_true (stk_series_quantity (p4, stk_series_default_packaging (p4), STK_ROLE_SOCKET, 3.5, &q));
  g_assert_cmpuint (q.reel_pcs, ==, 2000);
  g_assert_cmpuint (q.outer_carton_pcs, ==, 4000);
  g_assert_nonnull (q.note);
  g_assert_true (stk_series_quantity (p4, stk_series_default_packaging (p4), STK_ROLE_HEADER, 3.5, &q));
  g_assert_cmpuint (q.reel_pcs, ==, 3000);
  g_assert_true (stk_series_quantity (p4, stk_series_default_packaging (p4), STK_ROLE_SOCKET, 3.0, &q));
  g_assert_cmpuint (q.reel_pcs, ==, 3000);
  g_assert_true (stk_series_quantity (a4s, stk_series_find_packaging (a4s, "4mm"), STK_ROLE_HEADER, 0.8, &q));
  g_assert_cmpuint (q.reel_pcs, ==, 15000);
  g_assert_cmpuint (q.outer_carton_pcs, ==, 30000);
  g_assert_false (stk_series_quantity (a4s, stk_series_find_packaging (a4s, "4mm"), STK_ROLE_HEADER, 1.0, &q));
}

static void
test_specs_and_forces (void)
{
  const StkSeries *p4 = stk_catalog_find_series (catalog (), "P4");
  const StkSeries *a4s = stk_catalog_find_series (catalog (), "A4S");
  double f;
  g_autofree char *rule = NULL;

  g_assert_cmpfloat (stk_series_find_spec (p4, "rated_current_per_pin")->value, ==, 0.3);
  g_assert_cmpfloat (stk_series_find_spec (a4s, "rated_current_total")->value, ==, 5.0);
  g_assert_cmpfloat (stk_series_find_spec (p4, "rated_voltage")->value, ==, 60);
  g_assert_cmpfloat (stk_series_find_spec (p4, "contact_resistance")->value, ==, 70);
  g_assert_cmpfloat (stk_series_find_spec (a4s, "contact_resistance")->value, ==, 90);
  g_assert_cmpfloat (stk_series_find_spec (p4, "mating_cycles")->value, ==, 50);
  g_assert_cmpfloat (stk_series_find_spec (a4s, "mating_cycles")->value, ==, 30);
  g_assert_cmpfloat (stk_series_find_spec (p4, "reflow_peak_max")->value, ==, 260);
  g_assert_cmpfloat (stk_series_find_spec (a4s, "iron_time_2")->value, ==, 3);
  g_assert_cmpfloat (stk_series_find_spec (p4, "unit_weight_socket")->value, ==, 0.04);
  g_assert_cmpfloat (stk_series_find_spec (a4s, "storage_temp_packed_max")->value, ==, 50);
  g_assert_false (stk_series_find_spec (p4, "thermal_shock")->has_value);
  g_assert_nonnull (strstr (stk_series_find_spec (p4, "h2s")->text, "48 hours"));

  g_assert_true (stk_series_insertion_force (p4, 24, &f, &rule));
  g_assert_cmpfloat_with_epsilon (f, 29.43, 1e-9);
  g_assert_true (stk_series_insertion_force (p4, 30, &f, NULL));
  g_assert_cmpfloat_with_epsilon (f, 30 * 0.981, 1e-9);
  g_assert_true (stk_series_insertion_force (a4s, 40, &f, NULL));
  g_assert_cmpfloat_with_epsilon (f, 48.0, 1e-9);
  g_assert_true (stk_series_removal_force (p4, 40, 1.5, &f, NULL));
  g_assert_cmpfloat_with_epsilon (f, 40 * 0.0588, 1e-9);
  g_assert_true (stk_series_removal_force (p4, 40, 2.0, &f, NULL));
  g_assert_cmpfloat_with_epsilon (f, 40 * 0.118, 1e-9);
  g_assert_true (stk_series_removal_force (a4s, 40, 1.0, &f, NULL));
  g_assert_cmpfloat_with_epsilon (f, 40 * 0.165, 1e-9);
}

/* SPECIFICATIONS, Composite insertion / removal force, in N for one part.
 * P4: insertion max. 29.43 N for 24 contacts or less, max. 0.981 N per contact
 * for 30 or more; removal min. 0.0588 N per contact at 1.5 mm, 0.118 N at 2.0 to
 * 3.5 mm. A4S: insertion max. 1.200 N, removal min. 0.165 N per contact. */
static void
datasheet_forces (const char *series,
                  guint       pins,
                  double      h,
                  double     *insertion,
                  double     *removal)
{
  if (g_str_equal (series, "P4"))
    {
      *insertion = pins <= 24 ? 29.43 : 0.981 * pins;
      *removal = (h < 1.75 ? 0.0588 : 0.118) * pins;
    }
  else
    {
      *insertion = 1.200 * pins;
      *removal = 0.165 * pins;
    }
}

static void
test_forces_every_part (void)
{
  const char *ids[] = { "P4", "A4S" };
  const StkSeries *p4 = stk_catalog_find_series (catalog (), "P4");
  const StkSeries *a4s = stk_catalog_find_series (catalog (), "A4S");
  double f;
  char *rule;

  for (guint s = 0; s < G_N_ELEMENTS (ids); s++)
    {
      const StkSeries *series = stk_catalog_find_series (catalog (), ids[s]);

      for (guint i = 0; i < series->products->len; i++)
        {
          const StkProduct *p = g_ptr_array_index (series->products, i);
          double insertion, removal;

          datasheet_forces (ids[s], p->pins, p->mated_height, &insertion, &removal);
          g_assert_true (stk_series_insertion_force (series, p->pins, &f, NULL));
          g_assert_cmpfloat_with_epsilon (f, insertion, 1e-9);
          g_assert_true (stk_series_removal_force (series, p->pins, p->mated_height, &f, NULL));
          g_assert_cmpfloat_with_epsilon (f, removal, 1e-9);
        }
    }

  /* a few worked by hand, with the rule the checks print */
  g_assert_true (stk_series_insertion_force (p4, 20, &f, &rule));
  g_assert_cmpfloat_with_epsilon (f, 29.43, 1e-9);
  g_assert_cmpstr (rule, ==, "max. 29.43 N for 24 contacts or fewer");
  g_free (rule);
  g_assert_true (stk_series_insertion_force (p4, 100, &f, &rule));
  g_assert_cmpfloat_with_epsilon (f, 98.1, 1e-9);
  g_assert_cmpstr (rule, ==, "max. 0.981 N per contact × 100 contacts");
  g_free (rule);
  g_assert_true (stk_series_removal_force (p4, 20, 1.5, &f, &rule));
  g_assert_cmpfloat_with_epsilon (f, 1.176, 1e-9);
  g_assert_cmpstr (rule, ==, "min. 0.0588 N per contact × 20 contacts");
  g_free (rule);
  g_assert_true (stk_series_removal_force (p4, 80, 3.0, &f, NULL));
  g_assert_cmpfloat_with_epsilon (f, 9.44, 1e-9);
  g_assert_true (stk_series_insertion_force (a4s, 80, &f, &rule));
  g_assert_cmpfloat_with_epsilon (f, 96.0, 1e-9);
  g_assert_cmpstr (rule, ==, "max. 1.2 N per contact × 80 contacts");
  g_free (rule);
  g_assert_true (stk_series_removal_force (a4s, 10, 0.8, &f, &rule));
  g_assert_cmpfloat_with_epsilon (f, 1.65, 1e-9);
  g_assert_cmpstr (rule, ==, "min. 0.165 N per contact × 10 contacts");
  g_free (rule);

  /* What the datasheets do not say: 25 to 29 P4 contacts, heights not made. */
  g_assert_false (stk_series_insertion_force (p4, 26, &f, NULL));
  g_assert_false (stk_series_removal_force (p4, 40, 1.8, &f, NULL));
  g_assert_false (stk_series_removal_force (a4s, 40, 1.5, &f, NULL));
}

/* Force rules must say which parts they cover, and no part may have two. */
static void
test_force_rules_refused (void)
{
  const struct {
    const char *file, *anchor, *from, *to, *message;
  } cases[] = {
    { "p4.json", "\"insertion_force\"", "\"max_pins\": 24,", "\"max_pins\": 30,",
      "P4 insertion force rules 0 and 1 both cover some parts" },
    { "p4.json", "\"removal_force\"", "\"heights\": [1.5],", "\"heights\": [1.5, 2.0],",
      "P4 removal force rules 0 and 1 both cover some parts" },
    { "p4.json", "\"insertion_force\"", "\"max_pins\": 24,", "\"max_pins\": 24, \"heights\": [1.5],",
      "insertion_force.rules[0]: insertion force holds for every mated height" },
    { "p4.json", "\"insertion_force\"", "\"max_pins\": 24,", "\"max_pins\": 24, \"max_per_pin_n\": 1,",
      "insertion_force.rules[0]: needs one of max_total_n and max_per_pin_n" },
    { "a4s.json", "\"removal_force\"", "\"min_per_pin_n\"", "\"max_per_pin_n\"",
      "removal_force.rules[0]: needs min_per_pin_n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StkCatalog) broken = catalog_with_edit (cases[i].file, cases[i].anchor, cases[i].from,
                                                        cases[i].to, &error);

      g_assert_null (broken);
      g_assert_error (error, STK_ERROR, STK_ERROR_CATALOG);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

static void
test_dimensions (void)
{
  const StkSeries *p4 = stk_catalog_find_series (catalog (), "P4");
  const StkSeries *a4s = stk_catalog_find_series (catalog (), "A4S");
  StkValue d[STK_N_DIMS];
  StkValue h;

  stk_series_dimensions (p4, STK_ROLE_SOCKET, 100, 1.5, d);
  g_assert_cmpfloat (d[STK_DIM_A].value, ==, 22.30);
  g_assert_cmpfloat (d[STK_DIM_D].value, ==, 1.50);
  g_assert_null (d[STK_DIM_E].source);
  stk_series_dimensions (p4, STK_ROLE_SOCKET, 40, 3.0, d);
  g_assert_cmpfloat (d[STK_DIM_D].value, ==, 2.42);
  stk_series_dimensions (p4, STK_ROLE_HEADER, 80, 3.5, d);
  g_assert_cmpfloat (d[STK_DIM_A].value, ==, 17.10);
  g_assert_cmpfloat (d[STK_DIM_D].value, ==, 2.26);
  g_assert_cmpfloat (d[STK_DIM_E].value, ==, 1.26);
  g_assert_cmpint (d[STK_DIM_E].source->kind, ==, STK_PROV_DATASHEET);
  stk_series_dimensions (a4s, STK_ROLE_HEADER, 34, 0.8, d);
  g_assert_cmpfloat (d[STK_DIM_C].value, ==, 8.00);
  stk_series_dimensions (a4s, STK_ROLE_HEADER, 34, 1.0, d);
  g_assert_null (d[STK_DIM_A].source); /* the 1.0 mm table has no 34-pin row */

  h = stk_series_part_height (a4s, STK_ROLE_SOCKET, 10, 0.8);
  g_assert_cmpfloat (h.value, ==, 0.77);
  g_assert_cmpint (h.source->kind, ==, STK_PROV_ESTIMATE);
  g_assert_cmpstr (h.source->confidence, ==, "high");
  h = stk_series_part_height (p4, STK_ROLE_SOCKET, 40, 2.0);
  g_assert_cmpfloat (h.value, ==, 1.92);
  g_assert_cmpint (h.source->kind, ==, STK_PROV_ESTIMATE);
  g_assert_cmpint (p4->header_body_width.source->kind, ==, STK_PROV_PLACEHOLDER);
  g_assert_cmpint (a4s->socket_body_width.source->kind, ==, STK_PROV_DATASHEET);
  g_assert_cmpfloat (a4s->socket_body_width.value, ==, 2.5);
}

/* Part heights from the datasheets' D tables and SUPPLEMENT.md, by mated
 * height. No table in either catalog makes a height depend on the pin count,
 * so every product row must give its height's value; a pin count the
 * dimension tables do not list must give no height rather than another
 * part's. */
static double
expected_part_height (const char *series,
                      StkRole     role,
                      double      h)
{
  if (g_str_equal (series, "P4") && role == STK_ROLE_SOCKET)
    return h < 1.75 ? 1.50 : h < 2.25 ? 1.92 : h < 3.25 ? 2.42 : 2.92; /* socket D */
  if (g_str_equal (series, "P4"))
    return h < 2.75 ? 1.31 : 2.26; /* header D, a placeholder */
  if (role == STK_ROLE_SOCKET)
    return 0.77;
  return 0.65 + (h - 0.8); /* 0.8 mm header 0.65; the 1.0 mm one assumed 0.2 taller */
}

static void
test_part_height (void)
{
  const char *ids[] = { "P4", "A4S" };
  const StkSeries *p4 = stk_catalog_find_series (catalog (), "P4");
  const StkSeries *a4s = stk_catalog_find_series (catalog (), "A4S");
  StkValue h;

  for (guint s = 0; s < G_N_ELEMENTS (ids); s++)
    {
      const StkSeries *series = stk_catalog_find_series (catalog (), ids[s]);

      for (guint i = 0; i < series->products->len; i++)
        {
          const StkProduct *p = g_ptr_array_index (series->products, i);

          for (StkRole role = STK_ROLE_SOCKET; role <= STK_ROLE_HEADER; role++)
            {
              h = stk_series_part_height (series, role, p->pins, p->mated_height);
              g_assert_nonnull (h.source);
              g_assert_cmpfloat_with_epsilon (h.value, expected_part_height (ids[s], role, p->mated_height), 1e-9);
            }
        }
    }
  h = stk_series_part_height (p4, STK_ROLE_HEADER, 30, 3.5);
  g_assert_cmpint (h.source->kind, ==, STK_PROV_PLACEHOLDER);

  /* P4 makes 20, 24, 30 … pins: 22 is no part at any height. */
  g_assert_null (stk_series_part_height (p4, STK_ROLE_SOCKET, 22, 2.0).source);
  g_assert_null (stk_series_part_height (p4, STK_ROLE_HEADER, 22, 1.5).source);
  /* A4S 34 pins: a 0.8 mm header exists, a 1.0 mm one does not; the socket
   * AXE534127 serves both heights. */
  g_assert_nonnull (stk_series_part_height (a4s, STK_ROLE_HEADER, 34, 0.8).source);
  g_assert_null (stk_series_part_height (a4s, STK_ROLE_HEADER, 34, 1.0).source);
  h = stk_series_part_height (a4s, STK_ROLE_SOCKET, 34, 1.0);
  g_assert_cmpfloat (h.value, ==, 0.77);
  g_assert_null (stk_series_part_height (a4s, STK_ROLE_SOCKET, 36, 0.8).source);
  /* a height the series does not make */
  g_assert_null (stk_series_part_height (p4, STK_ROLE_SOCKET, 40, 1.8).source);
}

static void
test_notes (void)
{
  StkValue warp = stk_catalog_note_limit (catalog (), "warp_max_mm");
  const StkNote *fpc = stk_catalog_find_note (catalog (), "fpc_plate");
  GPtrArray *mats = stk_catalog_get_stiffener_materials (catalog ());

  g_assert_cmpfloat (warp.value, ==, 0.03);
  g_assert_cmpint (warp.source->kind, ==, STK_PROV_DATASHEET);
  g_assert_cmpfloat (stk_catalog_note_limit (catalog (), "placement_error_high_mm").value, ==, 0.3);
  g_assert_cmpfloat (stk_catalog_note_limit (catalog (), "extension_min_mm").value, ==, 0.5);
  g_assert_nonnull (fpc);
  /* notes.json: "fpc_plate" is printed in ["P4"], "one_connector" in ["P4", "A4S"] */
  g_assert_true (stk_note_printed_in (fpc, stk_catalog_find_series (catalog (), "P4")));
  g_assert_false (stk_note_printed_in (fpc, stk_catalog_find_series (catalog (), "A4S")));
  g_assert_true (stk_note_printed_in (stk_catalog_find_note (catalog (), "one_connector"),
                                      stk_catalog_find_series (catalog (), "A4S")));
  g_assert_cmpstr (fpc->printed_in_list, ==, "P4");
  g_assert_cmpstr (stk_catalog_find_note (catalog (), "one_connector")->printed_in_list, ==, "P4, A4S");
  g_assert_cmpuint (mats->len, ==, 3);
  g_assert_cmpfloat (((StkStiffenerMaterial *) g_ptr_array_index (mats, 2))->max_thickness, ==, 0.2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/catalog/loads", test_loads);
  g_test_add_func ("/stackup/catalog/self-checks", test_self_checks);
  g_test_add_func ("/stackup/catalog/self-check-catches-bad-b", test_self_check_catches_bad_b);
  g_test_add_func ("/stackup/catalog/self-check-catches-missing-row", test_self_check_catches_missing_row);
  g_test_add_func ("/stackup/catalog/quirks", test_quirks);
  g_test_add_func ("/stackup/catalog/specs-and-forces", test_specs_and_forces);
  g_test_add_func ("/stackup/catalog/forces-every-part", test_forces_every_part);
  g_test_add_func ("/stackup/catalog/force-rules-refused", test_force_rules_refused);
  g_test_add_func ("/stackup/catalog/dimensions", test_dimensions);
  g_test_add_func ("/stackup/catalog/part-height", test_part_height);
  g_test_add_func ("/stackup/catalog/notes", test_notes);
  return g_test_run ();
}
