/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-drawing-private.h"
#include "stk-facing.h"

G_BEGIN_DECLS

/* The assembly's views: the top view and the sections, all from one
 * placement (stk-placement), the geometry the checks use.
 *
 * A cut is a vertical plane through a line in plan, in the base board's
 * frame. A section along x is seen looking toward +y, one along y looking
 * toward −x: in both the coordinate along the line grows to the right. */
typedef struct {
  gboolean  along_x;    /* the line runs along x at y = at; else along y at x = at */
  double    at;
  double    from, to;   /* the part of the line drawn (partial section); from ≥ to: all of it */
  int       mate;       /* the mate it runs through, or -1 for the user's cut */
  char     *label;      /* "A": the section is "A–A" */
} StkCut;

/* One connector part placed in plan: its rectangle, the same for the top
 * view and the sections. */
typedef struct {
  double cx, cy;        /* centre in plan */
  double hx, hy;        /* half extents along x and y after rotation */
  double z0, z1;        /* bottom and top */
} StkBox;

/* Texts a section writes again and again, each translated once per set of
 * views (a gettext call takes a lock and a hash; the chain's 1999 sections
 * made a dozen each). STK_VIEWS_TR (v, slot, the text marked for
 * translation) stands where the text is used, so that xgettext still finds
 * it with its comment. */
typedef enum {
  STK_TR_BOARD_LABEL,
  STK_TR_PART_LABEL,
  STK_TR_SOCKET,
  STK_TR_HEADER,
  STK_TR_KEEPOUT,
  STK_TR_KEEPOUT_LABEL,
  STK_TR_CLEAR,
  STK_TR_OVER,
  STK_TR_MATED,
  STK_TR_INSPECTION,
  STK_TR_BRANCH,
  STK_TR_SECTION,
  STK_TR_ALONG_X,
  STK_TR_ALONG_Y,
  STK_N_TR
} StkViewsText;

#define STK_VIEWS_TR(v, slot, text) _stk_views_tr ((v)->tr, (slot), (v)->tr[slot] != NULL ? NULL : (text))

typedef struct {
  StkProject    *project;
  StkCatalog    *catalog;
  StkUnits       units;
  StkPlacement  *pl;
  StkFacings    *facings;       /* where boards face each other: the clearance check's records */
  GArray        *cuts;          /* StkCut: one per placed mate, then the user's */
  guint         *by_z;          /* placed boards, lowest first */
  guint          n_by_z;
  double         max_thick;     /* thickest board with its plate: bounds searches in height */
  guint         *mates_start;   /* per board: offsets into mates_at (n_boards + 1) */
  guint         *mates_at;      /* placed mates, each listed at its lower board */
  StkPart       *parts;         /* socket and header of each mate, resolved when first asked */
  gboolean      *parts_ready;
  /* Primitives and points of the last pair view and the last section: the
   * next of its kind starts with that much room. */
  guint          pair_size[2], section_size[2];
  /* The pair views: mates whose socket and header are drawn alike share
   * one, in order of their first mate (grouped when first counted). */
  guint         *pair_start;    /* per pair view: offsets into pair_mates (n_pairs + 1); NULL: not grouped yet */
  guint         *pair_mates;    /* mate indexes, each pair view's together, in project order */
  guint          n_pairs;
  GHashTable    *failing_set;   /* subjects of failing checks (not owned), or NULL: mates that fail get pair views of their own */
  /* The pair views' fold note as last wrapped, and for what width and unit. */
  double         fold_width, fold_unit;
  char         **fold_lines;
  gboolean       measure;       /* views built now keep only their extents (_stk_drawing_new_measure) */
  char         **board_subjects; /* per board, written when first asked (_stk_views_board_subject) */
  char         **mate_subjects;  /* per mate, the same */
  const char    *tr[STK_N_TR];   /* translated when first used (STK_VIEWS_TR) */
  StkDrawing    *strings;        /* empty: the layers and subjects of the views built, interned once for all */
  GHashTable    *lengths;        /* bits of a length in mm (gint64) → its text (_stk_views_length) */
  /* A section's scratch, one for all sections (a chain has thousands),
   * left empty by each: per board, whether it cuts it (all 0 between
   * sections); the boards it cuts (guint); its side labels. */
  guint8        *section_drawn;
  GArray        *section_boards;
  GArray        *section_labels;
} StkViews;

/* tr[slot], set to text first unless text is NULL; a format argument, so
 * that the compiler still checks the arguments against the text. */
static inline const char *_stk_views_tr (const char  **tr,
                                         StkViewsText  slot,
                                         const char   *text) G_GNUC_FORMAT (3);
static inline const char *
_stk_views_tr (const char  **tr,
               StkViewsText  slot,
               const char   *text)
{
  if (text != NULL)
    tr[slot] = text;
  return tr[slot];
}

StkViews   *_stk_views_new        (StkProject     *project,
                                   StkCatalog     *catalog,
                                   StkUnits        units);
void        _stk_views_free       (StkViews       *views);
/* Mate k's socket or header, catalog values resolved once for all views
 * (its notes are wrapped for 1:1: the assembly views do not show them). */
const StkPart *_stk_views_part    (StkViews       *views,
                                   guint           k,
                                   StkRole         role);
/* The same with what the part's own view needs (_stk_part_init_view). */
const StkPart *_stk_views_part_for_view (StkViews *views,
                                         guint     k,
                                         StkRole   role);
/* Board i's and mate k's subject ids, written once for all views (the top
 * view and the sections name them again and again); they live as long as
 * the views. */
const char *_stk_views_board_subject (StkViews *views,
                                      guint     i);
const char *_stk_views_mate_subject  (StkViews *views,
                                      guint     k);
/* A length as the views write it (_stk_drawing_length in their units),
 * written once per set of views: a chain's boards are all as thick, its
 * gaps all as tall. It lives as long as the views. */
const char *_stk_views_length     (StkViews       *views,
                                   double          mm);
/* The socket or header of placed mate k as a box; FALSE without catalog size. */
gboolean    _stk_views_part_box   (const StkViews *views,
                                   const StkPart  *part,
                                   guint           k,
                                   StkBox         *box);
/* Its stiffener plate, on an FPC with one; FALSE otherwise. */
gboolean    _stk_views_plate_box  (const StkViews *views,
                                   const StkPart  *part,
                                   guint           k,
                                   StkBox         *box);
/* An empty view drawing at scale: measuring when views->measure is set. */
StkDrawing *_stk_views_new_drawing (StkViews      *views,
                                   double          scale);
StkDrawing *_stk_views_new_plan   (StkViews       *views,
                                   double          scale);
StkDrawing *_stk_views_new_section (StkViews      *views,
                                   guint           cut,
                                   double          scale);
/* Sets the pen: in_section marks what the "stack" highlight covers. */
void        _stk_views_pen        (StkDrawing     *d,
                                   const char     *layer,
                                   const char     *subject,
                                   StkInk          ink,
                                   StkProvKind     prov,
                                   StkGroup        group,
                                   gboolean        in_section);
/* Side labels: a column of texts right of a view, each tied to its
 * anchor by a leader, as near it as they go without touching. A label
 * keeps its subject as given: one of the views' or parts' strings, which
 * outlive the labels. */
typedef struct {
  double       ax, ay;
  double       y;
  char        *text;
  const char  *subject;
  StkProvKind  prov;
  StkInk       ink;
  double       lane;    /* the leader's level run at this y (ay unless a view routes it) */
  glong        n_chars; /* text NULL (measuring): how many characters it has */
} StkSideLabel;

void        _stk_side_label_add   (GArray         *labels,
                                   double          ax,
                                   double          ay,
                                   char          **text,
                                   const char     *subject,
                                   StkProvKind     prov,
                                   StkInk          ink);
/* A label written from format, whose arguments are strings, as
 * g_strdup_printf would write it; measuring (d a measure), only its
 * characters are counted: nothing reads the text of a measure. */
void        _stk_side_label_addf  (GArray         *labels,
                                   StkDrawing     *d,
                                   double          ax,
                                   double          ay,
                                   const char     *subject,
                                   StkProvKind     prov,
                                   StkInk          ink,
                                   const char     *format,
                                   ...) G_GNUC_PRINTF (8, 9);
void        _stk_side_labels_draw (StkDrawing     *d,
                                   GArray         *labels,
                                   double          col_x,
                                   double          pitch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StkViews, _stk_views_free)

G_END_DECLS
