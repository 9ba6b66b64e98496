/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stackup-cli"

#include "stk-config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "stk-cli.h"
#include "stk-i18n.h"
#include "stk-part.h"

static void
add_heights (JsonBuilder  *b,
             const double *heights,
             guint         n)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    json_builder_add_double_value (b, heights[i]);
  json_builder_end_array (b);
}

static JsonNode *
part_to_json (const StkPartInfo *info)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

  json_builder_begin_object (b);
  stk_cli_add_string (b, "part_number", info->part_number);
  stk_cli_add_string (b, "series", info->series->id);
  stk_cli_add_string (b, "role", stk_role_to_string (info->role));
  stk_cli_add_int (b, "pins", info->pins);
  json_builder_set_member_name (b, "mated_heights_mm");
  add_heights (b, info->heights, info->n_heights);
  stk_cli_add_string (b, "packaging", info->packaging ? info->packaging->id : "inspection");
  stk_cli_add_boolean (b, "inspection", info->inspection);
  stk_cli_add_int (b, "mating_cycles", info->mating_cycles);
  stk_cli_add_string (b, "note", info->note);
  json_builder_set_member_name (b, "dimensions_mm");
  json_builder_begin_object (b);
  for (StkDim d = 0; d < STK_N_DIMS; d++)
    if (stk_value_is_set (&info->dims[d]))
      {
        char letter[2] = { (char) ('A' + d), 0 };
        json_builder_set_member_name (b, letter);
        json_builder_add_value (b, stk_cli_value_json (&info->dims[d]));
      }
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* "  Label:         value", the labels in a column as wide as the English. */
static void
print_field (const char *label,
             const char *value)
{
  stk_cli_print_row ((const int[]) { 1, -14, 0 }, (const char *const[]) { "", label, value }, 3);
}

static void
print_part (const StkPartInfo *info)
{
  g_autoptr(GString) heights = g_string_new (NULL);
  g_autofree char *series = g_strdup_printf ("%s (%s)", info->series->id, stk_series_kind_label (info->series->kind));
  g_autofree char *role = g_strconcat (stk_role_label (info->role), info->inspection ? _(" (inspection use)") : "",
                                       NULL);
  g_autofree char *pins = g_strdup_printf ("%u", info->pins);
  g_autofree char *cycles = g_strdup_printf ("%u", info->mating_cycles);

  for (guint i = 0; i < info->n_heights; i++)
    {
      g_autofree char *h = stk_format_mm (info->heights[i]);
      g_string_append_printf (heights, "%s%s mm", i ? stk_number_list_separator () : "", h);
    }
  printf ("%s\n", info->part_number);
  print_field (_("Series:"), series);
  print_field (_("Role:"), role);
  print_field (_("Pins:"), pins);
  print_field (_("Mated height:"), info->n_heights ? heights->str : _("not stated"));
  if (info->n_heights > 1)
    print_field ("", _("(this part serves more than one mated height)"));
  print_field (_("Packaging:"), info->packaging ? info->packaging->label : _("inspection-use type"));
  print_field (_("Mating cycles:"), cycles);
  if (info->note)
    print_field (_("Note:"), info->note);
  printf ("  %s\n", _("Dimensions (mm):"));
  for (StkDim d = 0; d < STK_N_DIMS; d++)
    if (stk_value_is_set (&info->dims[d]))
      {
        g_autofree char *v = stk_format_mm (info->dims[d].value);
        g_autofree char *src = stk_source_describe (info->dims[d].source);
        printf ("    %c = %-6s %s\n", 'A' + d, v, src);
      }
}

int
stk_cli_part (int    argc,
              char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    STK_CLI_JSON_OPTION (&json),
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StkPartInfo) info = NULL;

  if (!stk_cli_parse_options (_("PART-NUMBER"),
                              _("Decode a P4 or A4S part number.\n\nExamples:\n  stackup-cli part AXK700147G\n  stackup-cli part AXE5E4026 --json"),
                              entries, &argc, &argv))
    return STK_CLI_BAD_INPUT;
  if (argc != 2)
    return stk_cli_fail (_("part: give exactly one part number (try --help)"));
  info = stk_part_decode (stk_catalog_get_default (), argv[1], &error);
  if (info == NULL)
    return stk_cli_fail ("%s", error->message);
  if (json)
    stk_cli_print_json (part_to_json (info));
  else
    print_part (info);
  return STK_CLI_OK;
}

static JsonNode *
product_to_json (const StkProduct *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

  json_builder_begin_object (b);
  stk_cli_add_product_members (b, p);
  stk_cli_add_string (b, "source", p->source->ref);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

int
stk_cli_catalog (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    STK_CLI_JSON_OPTION (&json),
    { NULL }
  };
  GPtrArray *all = stk_catalog_get_series (stk_catalog_get_default ());
  g_autoptr(JsonArray) array = json_array_new ();
  /* Numbers right-aligned under their headings: "1.5 mm", "  20". */
  static const int widths[] = { -6, 6, 4, -9, -12, 0 };

  if (!stk_cli_parse_options (NULL,
                              _("List every catalog combination with both part numbers."),
                              entries, &argc, &argv))
    return STK_CLI_BAD_INPUT;
  if (argc != 1)
    return stk_cli_fail (_("catalog: unexpected argument “%s”"), argv[1]);

  if (!json)
    /* Translators: column headings of `stackup-cli catalog`; Socket and
     * Header are the two connector halves, as in Panasonic's catalog */
    stk_cli_print_row (widths, (const char *const[]) { _("Series"), _("Height"), _("Pins"), _("Packing"),
                                                       _("Socket"), _("Header") }, 6);
  for (guint s = 0; s < all->len; s++)
    {
      const StkSeries *series = g_ptr_array_index (all, s);

      for (guint i = 0; i < series->products->len; i++)
        {
          const StkProduct *p = g_ptr_array_index (series->products, i);
          g_autofree char *h = stk_format_mm (p->mated_height);
          g_autofree char *height = g_strdup_printf ("%s mm", h);
          g_autofree char *pins = g_strdup_printf ("%u", p->pins);

          if (json)
            json_array_add_element (array, product_to_json (p));
          else
            stk_cli_print_row (widths, (const char *const[]) { series->id, height, pins, p->packaging->id,
                                                               p->socket, p->header }, 6);
        }
    }
  if (json)
    stk_cli_print_json (json_node_init_array (json_node_alloc (), array));
  return STK_CLI_OK;
}

/* "Packaging: embossed (P4); 8mm, 4mm (A4S)" from the catalog. */
static char *
packagings_text (StkCatalog *catalog)
{
  GPtrArray *all = stk_catalog_get_series (catalog);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < all->len; i++)
    {
      const StkSeries *s = g_ptr_array_index (all, i);

      g_string_append (list, i ? "; " : "");
      for (guint p = 0; p < s->packagings->len; p++)
        g_string_append_printf (list, "%s%s", p ? ", " : "", ((const StkPackaging *) g_ptr_array_index (s->packagings, p))->id);
      g_string_append_printf (list, " (%s)", s->id);
    }
  /* Translators: the packaging ids of each series: "embossed (P4); 8mm, 4mm (A4S)" */
  return g_strdup_printf (_("Packaging: %s"), list->str);
}

int
stk_cli_pair (int    argc,
              char **argv)
{
  g_autofree char *series_id = NULL, *height_s = NULL, *packaging = NULL, *pins_s = NULL;
  gint64 pins = 0;
  gboolean json = FALSE;
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autofree char *known = stk_catalog_series_list (catalog);
  /* Translators: the series of the catalog: "P4, A4S" */
  g_autofree char *series_help = g_strdup_printf (_("The series: %s"), known);
  g_autofree char *packaging_help = packagings_text (catalog);
  GOptionEntry entries[] = {
    { "series", 's', 0, G_OPTION_ARG_STRING, &series_id, series_help, "S" },
    { "height", 'H', 0, G_OPTION_ARG_STRING, &height_s, N_("Mated height in mm"), "H" },
    { "pins", 'n', 0, G_OPTION_ARG_STRING, &pins_s, N_("Pin count"), "N" },
    { "packaging", 'p', 0, G_OPTION_ARG_STRING, &packaging, packaging_help, "P" },
    STK_CLI_JSON_OPTION (&json),
    { NULL }
  };
  const StkSeries *series;
  const StkProduct *product;
  double height;
  char *end = NULL;

  if (!stk_cli_parse_options (NULL,
                              _("Give the socket and header part numbers for one choice.\n\nExamples:\n  stackup-cli pair --series P4 --height 3.0 --pins 40\n  stackup-cli pair --series A4S --height 0.8 --pins 24 --packaging 4mm --json"),
                              entries, &argc, &argv))
    return STK_CLI_BAD_INPUT;
  if (argc != 1)
    return stk_cli_fail (_("pair: unexpected argument “%s”"), argv[1]);
  if (series_id == NULL || height_s == NULL || pins_s == NULL)
    return stk_cli_fail (_("pair: --series, --height and --pins are all required (try --help)"));
  if (!stk_cli_int_option ("pair", "--pins", pins_s, 1, G_MAXINT, &pins))
    return STK_CLI_BAD_INPUT;
  series = stk_catalog_find_series (catalog, series_id);
  if (series == NULL)
    return stk_cli_fail (_("pair: unknown series “%s” (the catalog holds %s)"), series_id, known);
  height = g_ascii_strtod (height_s, &end);
  if (end == height_s || *end != '\0' || !isfinite (height))
    return stk_cli_fail (_("pair: --height: “%s” is not a number of millimetres"), height_s);
  if (!stk_series_has_height (series, height))
    {
      g_autofree char *list = stk_series_heights_text (series);
      return stk_cli_fail (_("pair: %s has no %s mm mated height (heights: %s mm)"), series->id, height_s, list);
    }
  if (packaging != NULL && stk_series_find_packaging (series, packaging) == NULL)
    return stk_cli_fail (_("pair: %s has no “%s” packaging"), series->id, packaging);
  product = stk_series_find_product (series, height, (guint) pins, packaging);
  if (product == NULL)
    {
      const StkPackaging *pkg = packaging ? stk_series_find_packaging (series, packaging) : stk_series_default_packaging (series);
      g_autoptr(GArray) list = stk_series_pins_for_height (series, height, pkg->id);
      g_autofree char *counts = stk_format_pin_list (list);
      g_autofree char *h = stk_format_mm (height);

      if (list->len == 0)
        return stk_cli_fail (_("pair: %s %s mm is not made in %s packaging"), series->id, h, pkg->label);
      return stk_cli_fail (_("pair: %s %s mm (%s) has no %d-pin part; pin counts: %s"),
                           series->id, h, pkg->id, (int) pins, counts);
    }

  if (json)
    {
      g_autoptr(StkPartInfo) s = stk_part_decode (catalog, product->socket, NULL);
      g_autoptr(StkPartInfo) h = stk_part_decode (catalog, product->header, NULL);
      g_autoptr(JsonNode) node = product_to_json (product);
      JsonObject *o = json_node_get_object (node);

      json_object_set_member (o, "socket_part", part_to_json (s));
      json_object_set_member (o, "header_part", part_to_json (h));
      stk_cli_print_json (g_steal_pointer (&node));
    }
  else
    {
      g_autofree char *h = stk_format_mm (product->mated_height);
      g_autoptr(GArray) sh = stk_series_heights_for_part (series, STK_ROLE_SOCKET, product->socket);
      g_autoptr(GArray) hh = stk_series_heights_for_part (series, STK_ROLE_HEADER, product->header);
      StkQuantity qs, qh;

      printf (_("%s, %s mm mated height, %u pins, %s\n"), series->id, h, product->pins, product->packaging->label);
      g_autofree char *socket = g_strconcat (product->socket, sh->len > 1 ? _("  (also serves another mated height)") : "",
                                             NULL);
      g_autofree char *header = g_strconcat (product->header, hh->len > 1 ? _("  (shared by several mated heights)") : "",
                                             NULL);

      stk_cli_print_row ((const int[]) { 1, -8, 0 }, (const char *const[]) { "", _("Socket:"), socket }, 3);
      stk_cli_print_row ((const int[]) { 1, -8, 0 }, (const char *const[]) { "", _("Header:"), header }, 3);
      if (stk_series_quantity (series, product->packaging, STK_ROLE_SOCKET, height, &qs) &&
          stk_series_quantity (series, product->packaging, STK_ROLE_HEADER, height, &qh))
        printf (_("  Packing: socket %u per reel / %u per outer carton, header %u per reel / %u per outer carton\n"),
                qs.reel_pcs, qs.outer_carton_pcs, qh.reel_pcs, qh.outer_carton_pcs);
      printf ("  %s: %s\n", _("Source"), product->source->ref);
    }
  return STK_CLI_OK;
}
