/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-part.h"
#include "fuzz-target.h"

/* Fuzz target: any text as a part number. A number that decodes must
 * decode again, from its normalised form, to the same part. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  StkCatalog *catalog = stk_catalog_get_default ();
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(StkPartInfo) info = NULL;
  g_autoptr(StkPartInfo) again = NULL;
  g_autoptr(GError) error = NULL;

  info = stk_part_decode (catalog, text, &error);
  if (info == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);
  g_assert_nonnull (info->series);
  g_assert_cmpuint (info->n_heights, <=, G_N_ELEMENTS (info->heights));

  again = stk_part_decode (catalog, info->part_number, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->part_number, ==, info->part_number);
  g_assert_true (again->series == info->series);
  g_assert_cmpint (again->role, ==, info->role);
  g_assert_cmpuint (again->pins, ==, info->pins);
  g_assert_cmpuint (again->n_heights, ==, info->n_heights);
  g_assert_true (again->packaging == info->packaging);
  g_assert_cmpint (again->inspection, ==, info->inspection);
  return 0;
}
