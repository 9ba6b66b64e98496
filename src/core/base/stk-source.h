/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a number comes from. Every value a user sees carries one of these. */
typedef enum {
  STK_PROV_DATASHEET,   /* printed in one of the two Panasonic catalogs */
  STK_PROV_ESTIMATE,    /* read off the makers' CAD data and published boards, with a confidence */
  STK_PROV_PLACEHOLDER, /* no source at all: drawn so the user can see and replace it */
  STK_PROV_USER,        /* entered by the user, overriding an estimate */
  STK_PROV_DERIVED,     /* computed from datasheet values by a formula stated beside it */
} StkProvKind;

typedef struct {
  StkProvKind  kind;
  const char  *ref;        /* "P4 catalog, DIMENSIONS › Socket › Dimension table (A, B, C)" */
  const char  *confidence; /* "high", "medium", "low", "unknown"; NULL for datasheet values */
  const char  *label;      /* an estimate's or placeholder's short name, "mating capture allowance";
                            * NULL for datasheet values (the ref names them) */
} StkSource;

typedef struct {
  double           value;
  const StkSource *source; /* NULL: the value does not exist for this part */
} StkValue;

const char *stk_prov_kind_to_string   (StkProvKind kind);
const char *stk_prov_kind_label       (StkProvKind kind);
const char *stk_source_confidence_label (const StkSource *source);
gboolean    stk_prov_kind_from_string (const char  *str,
                                       StkProvKind *kind);
gboolean    stk_value_is_set          (const StkValue *value);
gboolean    stk_value_is_estimate     (const StkValue *value);
char       *stk_source_describe       (const StkSource *source);
/* The label of an estimate or placeholder, else its ref: what a message
 * names when it asks the user for a better figure. */
const char *stk_source_name           (const StkSource *source);
const char *stk_source_ref            (const StkSource *source);

/* Shared provenance records for values that Stackup derives or the user types. */
const StkSource *stk_source_user      (void);

G_END_DECLS
