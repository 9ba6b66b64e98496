/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"

G_BEGIN_DECLS

/* Self-checks of the catalog data, run at load and by the test suite. */
gboolean stk_catalog_check_b_formula      (StkCatalog *catalog,
                                           GError    **error);
gboolean stk_catalog_check_a_rises        (StkCatalog *catalog,
                                           GError    **error);
gboolean stk_catalog_check_dimension_rows (StkCatalog *catalog,
                                           GError    **error);
gboolean stk_catalog_check_part_roundtrip (StkCatalog *catalog,
                                           GError    **error);
/* Series ids and part-number prefixes are distinct (no prefix starts
 * another series' prefix) and every series has its sentence on where the
 * family notes are printed. */
gboolean stk_catalog_check_series_facts   (StkCatalog *catalog,
                                           GError    **error);
/* No two insertion (or removal) force rules cover the same part. */
gboolean stk_catalog_check_force_rules    (StkCatalog *catalog,
                                           GError    **error);

G_END_DECLS
