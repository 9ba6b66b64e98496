/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stk-draw.h"
#include "stk-source.h"

G_BEGIN_DECLS

/* The geometry of a drawing as a flat list of primitives in millimetres
 * (origin top-left, y down). The cairo renderer and the DXF writer both walk
 * this one list, so what is exported is exactly what is drawn. */

/* Lettering heights in paper mm (ISO 3098 capital height h): dimension
 * values and notes, view titles; the renderer sizes fonts so that a capital
 * is exactly this high. STK_CAP_PER_EM is DejaVu Sans's capital height per em,
 * used only to estimate text widths for layout. */
#define STK_LETTER_MM  2.5
#define STK_TITLE_MM   3.5
#define STK_CAP_PER_EM 0.729

typedef enum {
  STK_PRIM_POLY,   /* polyline or polygon */
  STK_PRIM_CIRCLE,
  STK_PRIM_TEXT,
} StkPrimKind;

/* What a primitive is, which decides its colour and line width. */
typedef enum {
  STK_INK_SOCKET,
  STK_INK_HEADER,
  STK_INK_CONTACT,
  STK_INK_METAL,
  STK_INK_PAD,
  STK_INK_STIFFENER,
  STK_INK_BOARD,
  STK_INK_COMPONENT,
  STK_INK_DIMENSION,
  STK_INK_LABEL,
  STK_INK_MARKER,
  STK_INK_FRAME,   /* sheet frame and title block borders: thick */
  STK_INK_RULE,    /* title block inner lines, fold (chain) lines: thin */
  STK_INK_FPC,     /* an FPC's outline in the top view and its cut in a section */
  STK_INK_HIDDEN,  /* a board hidden under the base board in the top view: thin, short dashes */
  STK_N_INKS
} StkInk;

typedef enum {
  STK_ALIGN_LEFT,
  STK_ALIGN_CENTER,
  STK_ALIGN_RIGHT,
} StkAlign;

/* Which option hides a primitive. */
typedef enum {
  STK_GROUP_PART,
  STK_GROUP_DIMENSION,
  STK_GROUP_LEGEND,
} StkGroup;

/* Small fields packed: a sheet strip of a large assembly holds hundreds of
 * thousands of these, copied when views are placed. */
typedef struct {
  const char  *layer;       /* DXF layer, interned */
  const char  *subject;     /* check subject it belongs to, interned, or NULL */
  const char  *text;        /* kept by the drawing */
  double       x, y;        /* CIRCLE centre; TEXT anchor (vertical middle of the text) */
  double       r;           /* CIRCLE radius */
  double       size;        /* TEXT capital height in mm */
  double       x0, y0, x1, y1; /* bounding box */
  guint        first;       /* POLY: index of the first point in the point array */
  guint        n_points;
  StkPrimKind  kind : 8;
  StkInk       ink : 8;
  StkProvKind  prov : 8;    /* line style: solid, dashed (estimate), dotted (placeholder) */
  StkGroup     group : 8;   /* which option hides it */
  StkAlign     align : 8;
  guint8       closed;
  guint8       filled;
  guint8       stroked;
  guint8       in_section;  /* part of the stack section ("stack" highlight) */
  guint8       failing;     /* belongs to what a failing check is about: drawn emphasised */
} StkPrim;

typedef struct {
  double x, y;
} StkPoint;

const StkPrim  *stk_drawing_get_prims    (const StkDrawing *drawing,
                                          guint            *n_prims);
const StkPoint *stk_drawing_get_points   (const StkDrawing *drawing);
/* Translated name for the DXF/SVG title: the project name. */
const char     *stk_drawing_get_title    (const StkDrawing *drawing);
/* Layer name for one part of a mate: "J1_SOCKET". */
char           *stk_drawing_part_layer   (const char       *mate_label,
                                          StkRole           role);
/* Rough width of a text of capital height size, for layout only. */
double          stk_drawing_text_width   (const char       *text,
                                          double            size);
/* Paper mm per drawing mm that the lettering and line widths are sized
 * for: text of size h prints h × scale mm high at this scale. 1 for a sheet. */
double          stk_drawing_get_scale    (const StkDrawing *drawing);
/* A view's name ("J1 connector pair"), or NULL. */
const char     *stk_drawing_get_caption  (const StkDrawing *drawing);
/* An overview (the top view of a large assembly, a section across all of
 * it) does not set the sheet's scale: it is drawn smaller when it must. */
gboolean        stk_drawing_is_overview  (const StkDrawing *drawing);

/* Building (used by the geometry code). */
typedef struct {
  const char  *layer;
  const char  *subject;
  StkInk       ink;
  StkProvKind  prov;
  StkGroup     group;
  gboolean     in_section;
} StkPen;

StkDrawing *_stk_drawing_new_empty (const char        *title,
                                    double             scale);
/* An empty drawing whose layers and subjects are interned with owner's
 * (a reference to them kept): views built from one set share them, and
 * each section no longer writes its own copy of each. Texts stay its own. */
StkDrawing *_stk_drawing_new_sharing (const char       *title,
                                      double            scale,
                                      const StkDrawing *owner);
/* A drawing that keeps nothing but its extents: the same building calls
 * cost a fraction, and _stk_drawing_finish gives the extents the drawing
 * built would have. How the sheets lay out views they build only when a
 * sheet is shown. Its primitives are never read (there are none). */
StkDrawing *_stk_drawing_new_measure (const char      *title,
                                      double           scale);
gboolean    _stk_drawing_is_measure (const StkDrawing *drawing);
/* A drawing's extents, scale and caption in a new measuring one: what a
 * layout needs of a view once its primitives are on a sheet. */
StkDrawing *_stk_drawing_copy_measure (const StkDrawing *drawing);
/* Drawing mm per paper mm: annotation sizes are written as paper mm × unit. */
double      _stk_drawing_unit      (const StkDrawing  *drawing);
void        _stk_drawing_set_caption (StkDrawing      *drawing,
                                      const char      *caption);
void        _stk_drawing_set_overview (StkDrawing     *drawing,
                                       gboolean        overview);
void        _stk_drawing_append    (StkDrawing        *dst,
                                    const StkDrawing  *src,
                                    double             dx,
                                    double             dy,
                                    double             k);
/* Adds drawing's primitives and points to the counts; makes room for as
 * many more: appending many drawings then grows the arrays once. */
void        _stk_drawing_add_size  (const StkDrawing  *drawing,
                                    guint             *n_prims,
                                    guint             *n_points);
void        _stk_drawing_reserve   (StkDrawing        *drawing,
                                    guint              n_prims,
                                    guint              n_points);
/* Adds text to lines, broken between words so that each line is at most
 * width wide at capital height size (estimated widths); returns the number
 * of lines added. */
guint       _stk_drawing_wrap      (GStrvBuilder      *lines,
                                    const char        *text,
                                    double             size,
                                    double             width);
/* Sets failing on every primitive whose subject is one of subjects or
 * under one ("mate:j1" marks "mate:j1/socket"). */
/* The primitives to change in place (stk-drawing-subjects.c marks them). */
StkPrim    *_stk_drawing_get_prims_mutable (StkDrawing *drawing,
                                            guint      *n_prims);
void        _stk_drawing_mark_failing (StkDrawing     *drawing,
                                       GPtrArray      *subjects);
/* The same with subjects made a set once (_stk_drawing_subject_set), for
 * marking many views. */
GHashTable *_stk_drawing_subject_set (GPtrArray     *subjects);
void        _stk_drawing_mark_failing_in (StkDrawing  *drawing,
                                          GHashTable  *set);
void        _stk_drawing_set_extents (StkDrawing      *drawing,
                                      double           width,
                                      double           height);
void        _stk_drawing_set_pen   (StkDrawing        *drawing,
                                    const StkPen      *pen);
void        _stk_drawing_pen       (StkDrawing        *drawing,
                                    StkPen            *pen);
void        _stk_drawing_poly      (StkDrawing        *drawing,
                                    const StkPoint    *points,
                                    guint              n_points,
                                    gboolean           closed,
                                    gboolean           filled);
void        _stk_drawing_rect      (StkDrawing        *drawing,
                                    double             x,
                                    double             y,
                                    double             w,
                                    double             h,
                                    gboolean           filled);
void        _stk_drawing_line      (StkDrawing        *drawing,
                                    double             x0,
                                    double             y0,
                                    double             x1,
                                    double             y1);
void        _stk_drawing_circle    (StkDrawing        *drawing,
                                    double             x,
                                    double             y,
                                    double             r,
                                    gboolean           filled);
void        _stk_drawing_text      (StkDrawing        *drawing,
                                    double             x,
                                    double             y,
                                    double             size,
                                    StkAlign           align,
                                    const char        *text);
/* Only for a measuring drawing: a text of n_chars characters (as
 * stk_drawing_text_width counts them), which a measure need not write. */
void        _stk_drawing_text_measured (StkDrawing    *drawing,
                                        double         x,
                                        double         y,
                                        double         size,
                                        StkAlign       align,
                                        glong          n_chars);
/* The characters stk_drawing_text_width counts in text. */
glong       _stk_drawing_count_chars (const char      *text);
/* Hatched rectangle (a facing component in the section). */
void        _stk_drawing_hatch     (StkDrawing        *drawing,
                                    double             x,
                                    double             y,
                                    double             w,
                                    double             h,
                                    double             spacing);
/* A dimension between two points on a horizontal or vertical line, drawn at
 * offset mm beside them (sign picks the side), with its value text (NULL:
 * the caller places the text). */
void        _stk_drawing_dim       (StkDrawing        *drawing,
                                    double             x0,
                                    double             y0,
                                    double             x1,
                                    double             y1,
                                    double             offset,
                                    const char        *text,
                                    StkProvKind        prov);
/* Sets the extents from the primitives plus a margin. */
void        _stk_drawing_finish    (StkDrawing        *drawing,
                                    double             margin);

/* subject is highlight or lies under it: "mate:j1" covers "mate:j1/socket";
 * "stack" covers everything in the section. A shared view's subject holds
 * several, STK_SUBJECT_OR between them: any one will do. */
gboolean    stk_prim_is_about      (const StkPrim     *prim,
                                    const char        *highlight);
/* Worst of two provenances for the line style: placeholder > estimate > rest. */
StkProvKind stk_prov_worst         (StkProvKind        a,
                                    StkProvKind        b);
/* "10.3", "≈4.1", "3.2?" by provenance; in inch "≈161.4 mil [4.1 mm]". */
char       *stk_drawing_format_value (const StkDrawing *drawing,
                                      double           value,
                                      StkProvKind      prov);
/* A length in a label, in the drawing's units (stk_format_drawing_length). */
char       *_stk_drawing_length    (const StkDrawing  *drawing,
                                    double             mm);
void        _stk_drawing_set_units (StkDrawing        *drawing,
                                    StkUnits           units);
StkUnits    _stk_drawing_get_units (const StkDrawing  *drawing);

G_END_DECLS
