/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-catalog.h"

G_BEGIN_DECLS

/* A decoded catalog part number. */
typedef struct {
  char               *part_number;   /* normalised (upper case) */
  const StkSeries    *series;
  StkRole             role;
  guint               pins;
  double              heights[8];    /* mated heights this part serves, ascending */
  guint               n_heights;
  const StkPackaging *packaging;     /* NULL for the inspection variant */
  gboolean            inspection;
  guint               mating_cycles;
  StkValue            dims[STK_N_DIMS];
  const char         *note;          /* e.g. why no mated height is given */
} StkPartInfo;

StkPartInfo *stk_part_decode    (StkCatalog  *catalog,
                                 const char  *part_number,
                                 GError     **error);
void         stk_part_info_free (StkPartInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkPartInfo, stk_part_info_free)

G_END_DECLS
