/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-part"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-catalog-private.h"
#include "stk-part.h"

/* Panasonic's part numbers: a prefix per series and role (the catalog's
 * "part_numbers"), then two pin digits ("00" for 100). Everything after the
 * digits is matched against the catalog's own tables. */
static const char *
role_prefix (const StkSeries *series,
             StkRole          role)
{
  return role == STK_ROLE_SOCKET ? series->socket_prefix : series->header_prefix;
}

static const StkSeries *
find_prefix (StkCatalog *catalog,
             const char *pn,
             StkRole    *role)
{
  GPtrArray *all = stk_catalog_get_series (catalog);

  for (guint i = 0; i < all->len; i++)
    for (StkRole r = STK_ROLE_SOCKET; r <= STK_ROLE_HEADER; r++)
      if (g_str_has_prefix (pn, role_prefix (g_ptr_array_index (all, i), r)))
        {
          *role = r;
          return g_ptr_array_index (all, i);
        }
  return NULL;
}

/* "P4 parts start AXK7 or AXK8, A4S parts start AXE5 or AXE6" */
static char *
list_prefixes (StkCatalog *catalog)
{
  GPtrArray *all = stk_catalog_get_series (catalog);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < all->len; i++)
    {
      const StkSeries *series = g_ptr_array_index (all, i);
      if (i > 0)
        /* Translators: between two series' "P4 parts start AXK7 or AXK8" in a list */
        g_string_append (s, _(", "));
      /* Translators: the start of a series' part numbers: "P4 parts start AXK7 or AXK8" */
      g_string_append_printf (s, _("%s parts start %s or %s"), series->id, series->socket_prefix,
                              series->header_prefix);
    }
  return g_string_free (s, FALSE);
}

/* "AXE5E" of "AXE5E**26": what an inspection-use part number starts with. */
static gboolean
is_inspection_part (const StkSeries *series,
                    StkRole          role,
                    const char      *pn,
                    gsize           *digits_at)
{
  const char *printed, *stars;

  if (series->inspection == NULL)
    return FALSE;
  printed = role == STK_ROLE_SOCKET ? series->inspection->printed_socket : series->inspection->printed_header;
  stars = strstr (printed, "**");
  *digits_at = stars ? (gsize) (stars - printed) : strlen (printed);
  return strncmp (pn, printed, *digits_at) == 0;
}

void
stk_part_info_free (StkPartInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->part_number);
  g_free (info);
}

static gboolean
series_has_pins (const StkSeries *series,
                 guint            pins)
{
  for (guint i = 0; i < series->products->len; i++)
    if (((const StkProduct *) g_ptr_array_index (series->products, i))->pins == pins)
      return TRUE;
  return FALSE;
}

static int
pins_from_digits (const char *digits)
{
  if (!g_ascii_isdigit (digits[0]) || !g_ascii_isdigit (digits[1]))
    return -1;
  return (digits[0] == '0' && digits[1] == '0') ? 100 : (digits[0] - '0') * 10 + (digits[1] - '0');
}

/* "70-pin sockets in the catalog: AXK770147G (1.5 mm), …" to help a typo. */
static char *
list_alternatives (const StkSeries *series,
                   StkRole          role,
                   guint            pins)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < series->products->len; i++)
    {
      const StkProduct *p = g_ptr_array_index (series->products, i);
      const char *pn = role == STK_ROLE_SOCKET ? p->socket : p->header;
      if (p->pins != pins || !g_hash_table_add (seen, (gpointer) pn))
        continue;
      g_string_append_printf (s, "%s%s", s->len ? ", " : "", pn);
    }
  return g_string_free (s, FALSE);
}

/* "AXE5E**26" with 40 pins -> "AXE5E4026" */
static char *
fill_pin_digits (const char *printed,
                 guint       pins)
{
  g_autofree char *digits = g_strdup_printf ("%02u", pins % 100);
  g_auto(GStrv) parts = g_strsplit (printed, "**", 2);

  return g_strjoin (digits, parts[0], parts[1] ? parts[1] : "", NULL);
}

static StkPartInfo *
decode_inspection (StkCatalog      *catalog,
                   const StkSeries *series,
                   StkRole          role,
                   const char      *pn,
                   GError         **error)
{
  const StkInspection *ins = series->inspection;
  const char *printed = role == STK_ROLE_SOCKET ? ins->printed_socket : ins->printed_header;
  g_autofree char *expected = NULL;
  StkPartInfo *info;
  gsize at = 0;
  int pins;
  gboolean listed = FALSE;

  is_inspection_part (series, role, pn, &at);
  pins = strlen (pn) >= at + 2 ? pins_from_digits (pn + at) : -1;
  if (pins < 0)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART,
                   _("%s: malformed inspection-use part number (%s with the two-digit pin count for **)"),
                   pn, printed);
      return NULL;
    }
  expected = fill_pin_digits (printed, (guint) pins);
  if (!g_str_equal (expected, pn))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART,
                   _("%s: malformed inspection-use part number (%s with the two-digit pin count for **: %s for %d pins)"),
                   pn, printed, expected, pins);
      return NULL;
    }
  for (guint i = 0; i < ins->pins->len; i++)
    listed |= g_array_index (ins->pins, guint, i) == (guint) pins;
  if (!listed)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART,
                   _("%s: the %s inspection-use type has no %d-pin part"), pn, series->id, pins);
      return NULL;
    }
  info = g_new0 (StkPartInfo, 1);
  info->part_number = g_strdup (pn);
  info->series = series;
  info->role = role;
  info->pins = (guint) pins;
  info->inspection = TRUE;
  info->mating_cycles = ins->mating_cycles;
  info->note = ins->mated_height_note;
  /* Same external dimensions as the standard type, from the table the
   * catalog names. */
  stk_series_dimensions (series, role, info->pins, ins->dimensions_height, info->dims);
  return info;
}

StkPartInfo *
stk_part_decode (StkCatalog  *catalog,
                 const char  *part_number,
                 GError     **error)
{
  g_autofree char *pn = NULL;
  const StkSeries *series = NULL;
  StkRole role = STK_ROLE_SOCKET;
  StkPartInfo *info;
  g_autoptr(GArray) heights = NULL;
  gsize at;
  int pins;

  g_return_val_if_fail (STK_IS_CATALOG (catalog), NULL);

  /* The messages below quote the part number, and a GError message is UTF-8. */
  if (part_number != NULL && !g_utf8_validate (part_number, -1, NULL))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART, _("the part number is not valid UTF-8 text"));
      return NULL;
    }
  pn = g_ascii_strup (part_number ? part_number : "", -1);
  g_strstrip (pn);
  if (*pn == '\0')
    {
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART, _("the part number is empty"));
      return NULL;
    }
  series = find_prefix (catalog, pn, &role);
  if (series == NULL)
    {
      g_autofree char *known = list_prefixes (catalog);
      /* Translators: a part number no series of the catalog starts like,
       * then how the series' part numbers start */
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART, _("%s: not a part number of the catalog (%s)"),
                   pn, known);
      return NULL;
    }
  if (is_inspection_part (series, role, pn, &at))
    return decode_inspection (catalog, series, role, pn, error);

  at = strlen (role_prefix (series, role));
  pins = strlen (pn) >= at + 2 ? pins_from_digits (pn + at) : -1;
  if (pins < 0)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART,
                   _("%s: malformed %s part number (two pin-count digits expected after %s)"),
                   pn, series->id, role_prefix (series, role));
      return NULL;
    }
  if (!series_has_pins (series, (guint) pins))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART,
                   _("%s: %s has no %d-pin part"), pn, series->id, pins);
      return NULL;
    }

  heights = stk_series_heights_for_part (series, role, pn);
  if (heights->len == 0)
    {
      g_autofree char *alts = list_alternatives (series, role, (guint) pins);
      g_set_error (error, STK_ERROR, STK_ERROR_UNKNOWN_PART,
                   role == STK_ROLE_SOCKET ? _("%s: not in the %s catalog; the %d-pin sockets there are %s")
                                           : _("%s: not in the %s catalog; the %d-pin headers there are %s"),
                   pn, series->id, pins, alts);
      return NULL;
    }

  info = g_new0 (StkPartInfo, 1);
  info->part_number = g_steal_pointer (&pn);
  info->series = series;
  info->role = role;
  info->pins = (guint) pins;
  info->n_heights = MIN (heights->len, G_N_ELEMENTS (info->heights));
  for (guint i = 0; i < info->n_heights; i++)
    info->heights[i] = g_array_index (heights, double, i);
  for (guint i = 0; i < series->products->len; i++)
    {
      const StkProduct *p = g_ptr_array_index (series->products, i);
      if (g_str_equal (role == STK_ROLE_SOCKET ? p->socket : p->header, info->part_number))
        {
          info->packaging = p->packaging;
          break;
        }
    }
  info->mating_cycles = (guint) stk_series_find_spec (series, "mating_cycles")->value;
  stk_series_dimensions (series, role, info->pins, info->heights[0], info->dims);
  return info;
}
