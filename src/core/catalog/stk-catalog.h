/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "stk-error.h"
#include "stk-format.h"
#include "stk-source.h"

G_BEGIN_DECLS

typedef enum {
  STK_ROLE_SOCKET,
  STK_ROLE_HEADER,
} StkRole;

typedef enum {
  STK_SERIES_BOARD_TO_BOARD,
  STK_SERIES_BOARD_TO_FPC,
} StkSeriesKind;

/* Dimension letters as the datasheets use them. */
typedef enum {
  STK_DIM_A, /* overall length */
  STK_DIM_B, /* first to last contact of one row: (n/2 − 1) × pitch */
  STK_DIM_C,
  STK_DIM_D, /* P4 only: by mated height */
  STK_DIM_E, /* P4 header only */
  STK_N_DIMS
} StkDim;

typedef struct _StkSeries StkSeries;

typedef struct {
  const char      *id;     /* "embossed", "8mm", "4mm" */
  const char      *label;
  const char      *suffix; /* "" or "D" */
  const StkSource *source;
} StkPackaging;

/* One row of a PRODUCT TYPES table. */
typedef struct {
  const StkSeries    *series;
  double              mated_height; /* mm */
  guint               pins;
  const StkPackaging *packaging;
  const char         *socket;
  const char         *header;
  const StkSource    *source;
} StkProduct;

typedef struct {
  guint            reel_pcs;
  guint            inner_carton_pcs;
  guint            outer_carton_pcs;
  const char      *note;   /* NULL or a footnote such as the P4 3.5 mm socket's 2,000 per reel */
  const StkSource *source;
} StkQuantity;

typedef struct {
  const char      *applies;  /* the datasheet's "Type/Mated height" cell */
  const char      *tape;     /* "Tape I" */
  guint            min_pins;
  guint            max_pins;
  double           a, b, c, d; /* b < 0: "—" in the datasheet */
  guint            reel_pcs;
  const StkSource *source;
} StkTape;

typedef struct {
  const char      *id;    /* "rated_current_per_pin" */
  const char      *label;
  const char      *text;  /* the datasheet's words */
  const char      *conditions;
  const char      *unit;
  double           value;
  gboolean         has_value;
  const StkSource *source;
} StkSpec;

typedef struct {
  const char *part;
  const char *material;
  const char *surface;
} StkMaterial;

/* Recommended PC board pattern (all estimates, SUPPLEMENT.md). */
typedef struct {
  gboolean         outline_only; /* not published: use the part's outline */
  double           pad_w, pad_l;
  double           row_pitch;    /* centre to centre of the two pad rows */
  double           outer_width;
  double           length_extra; /* pattern length = B + length_extra */
  gboolean         has_terminals;
  double           terminal_w, terminal_l;
  StkDim           terminal_x_from; /* terminal centre x = ±(dim/2 + offset) */
  double           terminal_x_offset;
  double           terminal_y;
  const StkSource *source;
} StkPattern;

typedef struct {
  const char      *id;
  const char      *title;
  const char      *text;
  const StkSource *source;
  const char     **printed_in;      /* ids of the series whose catalogs print the note */
  const char      *printed_in_list; /* the same for messages, "P4" or "P4, A4S"; lives with the catalog */
} StkNote;

typedef struct {
  const char      *id;    /* "glass-epoxy", "polyimide", "sus" */
  const char      *label;
  double           min_thickness;
  double           max_thickness;
} StkStiffenerMaterial;

/* The inspection-use variant (A4S only): AXE5E**26 / AXE6E**26. */
typedef struct {
  const char      *printed_socket; /* "AXE5E**26": ** is the pin count */
  const char      *printed_header;
  GArray          *pins;           /* guint */
  guint            mating_cycles;
  guint            min_order_pcs;
  const char      *mated_height_note;
  const char     **notes;
  double           dimensions_height; /* the standard type's table that gives its dimensions */
  const StkSource *source;
} StkInspection;

struct _StkSeries {
  const char           *id;        /* "P4", "A4S" */
  const char           *title;
  const char           *document;  /* file name under shared/datasheets */
  const char           *tagline;
  /* Part numbers start with a prefix per role; the two pin digits follow. */
  const char           *socket_prefix; /* "AXK7" */
  const char           *header_prefix; /* "AXK8" */
  StkSeriesKind         kind;
  StkValue              pitch;
  const char          **features;
  const char          **applications;
  const StkSource      *features_source;
  const char           *orientation_mark;
  const char           *order_note;
  StkValue              general_tolerance;
  GPtrArray            *packagings;  /* StkPackaging */
  GPtrArray            *products;    /* StkProduct, datasheet order */
  GArray               *heights;     /* double, ascending, distinct */
  GPtrArray            *specs;       /* StkSpec */
  GPtrArray            *materials;   /* StkMaterial */
  GPtrArray            *tapes;       /* StkTape */
  const char           *tape_standard;
  const StkInspection  *inspection;  /* NULL for P4 */
  const char           *insertion_force_text;
  const char           *removal_force_text;
  const StkSource      *force_source;
  /* Geometry estimates, see stk_series_part_geometry() */
  StkValue              socket_body_width;
  StkValue              socket_terminal_width;
  StkValue              header_body_width;
  StkValue              header_terminal_width;
  StkPattern            socket_pattern;
  StkPattern            header_pattern;
  StkValue              capture_allowance;
  const StkSource      *pin_numbering_source;
  guint                 socket_hold_downs;
  const char           *hold_down_note;
  /* private to the catalog */
  gpointer              priv;
};

#define STK_TYPE_CATALOG (stk_catalog_get_type ())
G_DECLARE_FINAL_TYPE (StkCatalog, stk_catalog, STK, CATALOG, GObject)

/* The bundled catalog, loaded once from the GResource; immutable, shared. */
StkCatalog          *stk_catalog_get_default      (void);
StkCatalog          *stk_catalog_new_from_resource(GError         **error);
/* A catalog from a folder holding catalog.json (the index: the series files
 * and the notes file) and the files it names, read through the loader the
 * bundled catalog uses. */
StkCatalog          *stk_catalog_new_from_directory (const char     *directory,
                                                   GError         **error);
StkCatalog          *stk_catalog_new_from_json    (const char     *const *series_json,
                                                   const char      *notes_json,
                                                   GError         **error);

GPtrArray           *stk_catalog_get_series       (StkCatalog      *self);
const StkSeries     *stk_catalog_find_series      (StkCatalog      *self,
                                                   const char      *id);
/* "P4, A4S": the series ids in the catalog's order, for messages. */
char                *stk_catalog_series_list      (StkCatalog      *self);
GPtrArray           *stk_catalog_get_notes        (StkCatalog      *self);
const StkNote       *stk_catalog_find_note        (StkCatalog      *self,
                                                   const char      *id);
const char          *stk_catalog_notes_printed_in (StkCatalog      *self,
                                                   const StkSeries *series);
/* Whether the catalog of @series prints @note itself. */
gboolean             stk_note_printed_in          (const StkNote   *note,
                                                   const StkSeries *series);
GPtrArray           *stk_catalog_get_stiffener_materials (StkCatalog *self);
/* NULL for an id the catalog does not list. */
const StkStiffenerMaterial *stk_catalog_find_stiffener_material (StkCatalog *self,
                                                                 const char *id);
/* Numeric limits of the family notes: "warp_max_mm", "placement_error_low_mm",
 * "placement_error_high_mm", "extension_min_mm", "extension_max_mm". */
StkValue             stk_catalog_note_limit       (StkCatalog      *self,
                                                   const char      *limit_id);

const StkProduct    *stk_series_find_product      (const StkSeries *series,
                                                   double           mated_height,
                                                   guint            pins,
                                                   const char      *packaging_id);
const StkPackaging  *stk_series_find_packaging    (const StkSeries *series,
                                                   const char      *id);
const StkPackaging  *stk_series_default_packaging (const StkSeries *series);
/* Pin counts for one height and packaging, ascending (guint array). */
GArray              *stk_series_pins_for_height   (const StkSeries *series,
                                                   double           mated_height,
                                                   const char      *packaging_id);
gboolean             stk_series_has_height        (const StkSeries *series,
                                                   double           mated_height);
const StkSpec       *stk_series_find_spec         (const StkSeries *series,
                                                   const char      *id);
/* Dimensions of one part: letters the datasheet does not give are unset. */
void                 stk_series_dimensions        (const StkSeries *series,
                                                   StkRole          role,
                                                   guint            pins,
                                                   double           mated_height,
                                                   StkValue         dims[STK_N_DIMS]);
/* Extent of one part's recommended PC board pattern (an estimate): length
 * B + length_extra along the rows, the outer width across them. FALSE (both
 * unset) when no pattern is published for the part or it is not in the
 * tables. */
gboolean             stk_series_pattern_extent    (const StkSeries *series,
                                                   StkRole          role,
                                                   guint            pins,
                                                   double           mated_height,
                                                   StkValue        *length,
                                                   StkValue        *width);
/* "AXE5E2026": the inspection-use part number of this role and pin count;
 * NULL when the series has no inspection-use type with that many pins. */
char                *stk_series_inspection_part   (const StkSeries *series,
                                                   StkRole          role,
                                                   guint            pins);
/* Height above the board of one part; unset when the series has no such part. */
StkValue             stk_series_part_height       (const StkSeries *series,
                                                   StkRole          role,
                                                   guint            pins,
                                                   double           mated_height);
StkValue             stk_series_key_spacing       (const StkSeries *series,
                                                   guint            pins,
                                                   double           mated_height);
gboolean             stk_series_quantity          (const StkSeries *series,
                                                   const StkPackaging *packaging,
                                                   StkRole          role,
                                                   double           mated_height,
                                                   StkQuantity     *out);
const StkTape       *stk_series_find_tape         (const StkSeries *series,
                                                   const StkPackaging *packaging,
                                                   StkRole          role,
                                                   double           mated_height,
                                                   guint            pins);
/* Composite insertion force (max, N) and removal force (min, N) for n contacts. */
gboolean             stk_series_insertion_force   (const StkSeries *series,
                                                   guint            pins,
                                                   double          *max_n,
                                                   char           **rule);
gboolean             stk_series_removal_force     (const StkSeries *series,
                                                   guint            pins,
                                                   double           mated_height,
                                                   double          *min_n,
                                                   char           **rule);
/* Which heights a socket/header part number serves (quirks included). */
GArray              *stk_series_heights_for_part  (const StkSeries *series,
                                                   StkRole          role,
                                                   const char      *part_number);

const char          *stk_role_to_string           (StkRole          role);
const char          *stk_series_kind_to_string    (StkSeriesKind    kind);
const char          *stk_role_label               (StkRole          role);
const char          *stk_series_kind_label        (StkSeriesKind    kind);
/* For messages: "1.5, 2.0, 2.5, 3.0, 3.5" and "20, 24, 30". */
char                *stk_series_heights_text      (const StkSeries *series);
char                *stk_format_pin_list          (GArray          *pins);

G_END_DECLS
