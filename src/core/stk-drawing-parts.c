/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check.h"
#include "stk-drawing-private.h"

#define TITLE_MM      0.8
#define NOTE_MM       0.5
#define BOARD_LINE_MM 0.6
#define TITLE_H_MM    2.4   /* two title lines and the air under them */
#define DIM_STEP_MM   1.0   /* distance between stacked dimension lines */
#define SIDE_STEP_MM  2.6   /* vertical dimensions need room for their text */
#define CONTACT_W_MM  0.2

static StkProvKind
prov_of (const StkValue *v)
{
  return v->source ? v->source->kind : STK_PROV_PLACEHOLDER;
}

/* A value the catalog does not give is drawn from a stand-in, dotted. */
static StkValue
or_placeholder (StkValue v,
                double   fallback)
{
  static const StkSource placeholder = { STK_PROV_PLACEHOLDER, "no value in the catalog", "unknown" };

  if (v.source == NULL)
    return (StkValue) { fallback, &placeholder };
  return v;
}

void
_stk_part_init (StkPart        *part,
                StkProject     *project,
                StkCatalog     *catalog,
                const StkMate  *mate,
                StkRole         role)
{
  const StkSeries *s = stk_catalog_find_series (catalog, mate->series);
  gboolean socket = role == STK_ROLE_SOCKET;
  const StkProduct *product;
  StkValue ext_min, ext_max;
  StkPlateWindow window;

  *part = (StkPart) { 0 };
  part->series = s;
  part->mate = mate;
  part->role = role;
  part->board = stk_project_find_board (project, socket ? mate->socket_board : mate->header_board);
  part->layer = stk_drawing_part_layer (stk_mate_get_label (mate), role);
  part->subject = g_strdup_printf ("mate:%s/%s", mate->id, stk_role_to_string (role));
  part->board_subject = part->board ? g_strdup_printf ("board:%s", part->board->id) : NULL;
  if (s == NULL)
    return;
  stk_series_dimensions (s, role, mate->pins, mate->mated_height_mm, part->dims);
  part->ok = part->dims[STK_DIM_A].source != NULL && part->dims[STK_DIM_B].source != NULL;
  if (!part->ok)
    return;
  product = stk_series_find_product (s, mate->mated_height_mm, mate->pins, mate->packaging);
  part->part_number = product ? (socket ? product->socket : product->header) : NULL;
  part->body_w = or_placeholder (socket ? s->socket_body_width : s->header_body_width, 2.5);
  part->tip_w = or_placeholder (socket ? s->socket_terminal_width : s->header_terminal_width,
                                part->body_w.value);
  part->height = or_placeholder (stk_series_part_height (s, role, mate->pins, mate->mated_height_mm),
                                 mate->mated_height_mm * 0.6);
  part->pattern = socket ? &s->socket_pattern : &s->header_pattern;
  if (part->pattern->outline_only)
    {
      part->pat_len = part->dims[STK_DIM_A].value;
      part->pat_w = MAX (part->tip_w.value, part->body_w.value);
    }
  else
    {
      part->pat_len = part->dims[STK_DIM_B].value + part->pattern->length_extra;
      part->pat_w = part->pattern->outer_width;
    }

  part->half_len = MAX (part->dims[STK_DIM_A].value, part->pat_len) / 2;
  part->half_w = MAX (MAX (part->tip_w.value, part->body_w.value), part->pat_w) / 2;
  if (part->board && part->board->kind == STK_BOARD_FPC && part->board->stiffener != STK_STIFFENER_NONE)
    {
      part->stiffener = TRUE;
      part->stiffener_user = !part->board->stiffener_recommended;
      ext_min = stk_catalog_note_limit (catalog, "extension_min_mm");
      ext_max = stk_catalog_note_limit (catalog, "extension_max_mm");
      if (part->stiffener_user)
        {
          part->st_len[0] = part->st_len[1] = part->board->stiffener_length_mm;
          part->st_w[0] = part->st_w[1] = part->board->stiffener_width_mm;
          part->st_prov = STK_PROV_USER;
        }
      else if (stk_checks_plate_window (catalog, s, role, mate->pins, mate->mated_height_mm, &window))
        {
          /* the plate the stiffener check recommends, covering the body */
          part->st_len[0] = window.pattern[0] + 2 * window.ext_min[0];
          part->st_len[1] = window.pattern[0] + 2 * window.ext_max[0];
          part->st_w[0] = window.pattern[1] + 2 * window.ext_min[1];
          part->st_w[1] = window.pattern[1] + 2 * window.ext_max[1];
          part->st_prov = stk_prov_worst (part->pattern->source->kind, prov_of (&ext_max));
          part->st_covers_body = window.body_governs[0] || window.body_governs[1];
          part->st_ext[0] = ext_min.value;
          part->st_ext[1] = ext_max.value;
        }
      part->half_len = MAX (part->half_len, part->st_len[1] / 2);
      part->half_w = MAX (part->half_w, part->st_w[1] / 2);
    }
  /* Room for the pin 1 marker beyond the outermost outline. */
  part->half_w = MAX (part->half_w, MAX (part->tip_w.value, part->pat_w) / 2 + 0.45);
  part->n_notes = (part->pattern->outline_only ? 1 : 0) + (part->stiffener ? 1 : 0);
}

void
_stk_part_clear (StkPart *part)
{
  g_clear_pointer (&part->layer, g_free);
  g_clear_pointer (&part->subject, g_free);
  g_clear_pointer (&part->board_subject, g_free);
}

/* Two lines, so that a long part number and board name do not make the view
 * far wider than the part: "J1 socket AXK740147G", "on Main board". */
static char *
view_title (const StkPart *p)
{
  /* Translators: view title, e.g. "J1 socket AXK740147G" */
  return g_strdup_printf (_("%s %s %s"), stk_mate_get_label (p->mate),
                          stk_role_label (p->role),
                          p->part_number ? p->part_number : _("(no catalog part)"));
}

static char *
view_board (const StkPart *p)
{
  /* Translators: second line of a view title, e.g. "on Main board" */
  return g_strdup_printf (_("on %s"), p->board ? p->board->name : _("no board"));
}

static double
value_text_width (const StkDrawing *d,
                  const StkValue   *v)
{
  g_autofree char *text = stk_drawing_format_value (d, v->value, prov_of (v));

  return stk_drawing_text_width (text, STK_DIM_TEXT_MM);
}

/* Room beside the vertical dimensions for their values: millimetres fit
 * the fixed steps, "≈161.4 mil [4.1 mm]" on a dual-dimensioned drawing
 * needs more. right: between the two dimensions on the right; else the
 * margin left of the pattern's dimension. */
static double
side_room (const StkDrawing *d,
           const StkPart    *p,
           gboolean          right)
{
  StkValue pattern = { p->pat_w, p->pattern->source };

  if (right)
    return MAX (SIDE_STEP_MM, MAX (value_text_width (d, &p->body_w), value_text_width (d, &p->tip_w)) + 0.6);
  return p->pattern->outline_only ? 4.5 : MAX (4.5, value_text_width (d, &pattern) + 1.2);
}

void
_stk_part_view_size (const StkDrawing *d,
                     const StkPart    *part,
                     double           *width,
                     double           *height)
{
  g_autofree char *title = view_title (part);
  g_autofree char *board = view_board (part);

  *width = MAX (side_room (d, part, FALSE) + 2 * part->half_len + 2 * side_room (d, part, TRUE) + 2.2,
                MAX (stk_drawing_text_width (title, TITLE_MM), stk_drawing_text_width (board, BOARD_LINE_MM)) + 1);
  *height = TITLE_H_MM + 3.0 + 2 * part->half_w + 2.0 + part->n_notes * 0.9;
}

static void
use_pen (StkDrawing  *d,
         const char  *layer,
         const char  *subject,
         StkInk       ink,
         StkProvKind  prov)
{
  StkPen pen = { layer, subject, ink, prov, STK_GROUP_PART, FALSE };

  _stk_drawing_set_pen (d, &pen);
}

static void
centred_rect (StkDrawing *d,
              double      cx,
              double      cy,
              double      w,
              double      h,
              gboolean    filled)
{
  _stk_drawing_rect (d, cx - w / 2, cy - h / 2, w, h, filled);
}

static void
draw_pattern (StkDrawing    *d,
              const StkPart *p,
              double         cx,
              double         cy)
{
  const StkPattern *pat = p->pattern;
  double b = p->dims[STK_DIM_B].value;
  guint per_row = p->mate->pins / 2;

  if (p->stiffener)
    {
      use_pen (d, "STIFFENER", p->board_subject, STK_INK_STIFFENER, p->st_prov);
      for (guint i = 0; i < (p->stiffener_user ? 1u : 2u); i++)
        centred_rect (d, cx, cy, p->st_len[i], p->st_w[i], FALSE);
    }
  if (pat->outline_only)
    {
      use_pen (d, "PATTERN", p->subject, STK_INK_PAD, STK_PROV_PLACEHOLDER);
      centred_rect (d, cx, cy, p->pat_len, p->pat_w, FALSE);
      return;
    }
  use_pen (d, "PATTERN", p->subject, STK_INK_PAD, pat->source->kind);
  /* The pads are fills, which cannot be dashed: their extent carries the style. */
  centred_rect (d, cx, cy, p->pat_len, p->pat_w, FALSE);
  for (guint k = 0; k < per_row; k++)
    for (int side = -1; side <= 1; side += 2)
      centred_rect (d, cx - b / 2 + k * 0.4, cy + side * pat->row_pitch / 2, pat->pad_w, pat->pad_l, TRUE);
  if (pat->has_terminals)
    {
      double tx = p->dims[pat->terminal_x_from].value / 2 + pat->terminal_x_offset;
      for (int sx = -1; sx <= 1; sx += 2)
        for (int sy = -1; sy <= 1; sy += 2)
          centred_rect (d, cx + sx * tx, cy + sy * pat->terminal_y, pat->terminal_w, pat->terminal_l, TRUE);
    }
}

static void
draw_contacts (StkDrawing    *d,
               const StkPart *p,
               double         cx,
               double         cy)
{
  double b = p->dims[STK_DIM_B].value;
  double body = p->body_w.value;
  double inner = body / 2 - MIN (0.6, body / 4);
  double outer = MAX (p->tip_w.value, body) / 2;
  StkProvKind prov = stk_prov_worst (prov_of (&p->dims[STK_DIM_B]), prov_of (&p->tip_w));
  const char *mate_id = p->mate->id;

  /* Odd pins on one row, even on the other, pins 1 and 2 facing (the pin numbering estimate). */
  for (guint pin = 1; pin <= p->mate->pins; pin++)
    {
      guint k = (pin - 1) / 2;
      double y = pin % 2 ? -1 : 1;
      const char *net = stk_mate_pin_net (p->mate, pin);
      g_autofree char *subject = net ? g_strdup_printf ("net:%s/%s", mate_id, net) : NULL;

      use_pen (d, p->layer, subject ? subject : p->subject, STK_INK_CONTACT, prov);
      _stk_drawing_rect (d, cx - b / 2 + k * 0.4 - CONTACT_W_MM / 2,
                         y < 0 ? cy - outer : cy + inner, CONTACT_W_MM, outer - inner, TRUE);
    }
}

static void
draw_features (StkDrawing    *d,
               const StkPart *p,
               double         cx,
               double         cy)
{
  const StkSeries *s = p->series;
  double body = p->body_w.value;
  StkValue keys = stk_series_key_spacing (s, p->mate->pins, p->mate->mated_height_mm);

  if (keys.source && p->dims[STK_DIM_C].source)
    {
      double c = p->dims[STK_DIM_C].value;
      use_pen (d, p->layer, p->subject, p->role == STK_ROLE_SOCKET ? STK_INK_SOCKET : STK_INK_HEADER,
               keys.source->kind);
      for (int sx = -1; sx <= 1; sx += 2)
        for (int sy = -1; sy <= 1; sy += 2)
          centred_rect (d, cx + sx * c / 2, cy + sy * (body / 2 - 0.15), 0.5, 0.3, FALSE);
    }
  if (p->role == STK_ROLE_SOCKET && s->socket_hold_downs > 0)
    {
      const StkPattern *pat = p->pattern;
      gboolean known = pat->has_terminals && !pat->outline_only;
      double tx = known ? p->dims[pat->terminal_x_from].value / 2 + pat->terminal_x_offset
                        : p->dims[STK_DIM_A].value / 2 - 0.4;
      double ty = known ? pat->terminal_y : body / 2 - 0.4;

      use_pen (d, p->layer, p->subject, STK_INK_METAL, known ? pat->source->kind : STK_PROV_PLACEHOLDER);
      for (int sx = -1; sx <= 1; sx += 2)
        for (int sy = -1; sy <= 1; sy += 2)
          centred_rect (d, cx + sx * tx, cy + sy * ty, 0.6, 0.6, TRUE);
    }
  use_pen (d, p->layer, p->subject, STK_INK_MARKER,
           s->pin_numbering_source ? s->pin_numbering_source->kind : STK_PROV_PLACEHOLDER);
  _stk_drawing_circle (d, cx - p->dims[STK_DIM_B].value / 2,
                       cy - MAX (p->tip_w.value, p->pat_w) / 2 - 0.3, 0.13, TRUE);
}

static void
dim_value (StkDrawing     *d,
           double          x0,
           double          y0,
           double          x1,
           double          y1,
           double          offset,
           const char     *letter,
           const StkValue *v)
{
  g_autofree char *value = stk_drawing_format_value (d, v->value, prov_of (v));
  g_autofree char *text = letter ? g_strdup_printf ("%s %s", letter, value) : g_strdup (value);

  _stk_drawing_dim (d, x0, y0, x1, y1, offset, text, prov_of (v));
}

static void
draw_dims (StkDrawing    *d,
           const StkPart *p,
           double         cx,
           double         cy)
{
  double a = p->dims[STK_DIM_A].value, b = p->dims[STK_DIM_B].value;
  double body = p->body_w.value, tips = MAX (p->tip_w.value, body);
  double above = p->half_w - body / 2;
  double right = p->half_len - a / 2;

  dim_value (d, cx - a / 2, cy - body / 2, cx + a / 2, cy - body / 2, -(above + 2 * DIM_STEP_MM), "A",
             &p->dims[STK_DIM_A]);
  if (p->dims[STK_DIM_C].source)
    {
      double c = p->dims[STK_DIM_C].value;
      dim_value (d, cx - c / 2, cy - body / 2, cx + c / 2, cy - body / 2, -(above + DIM_STEP_MM), "C",
                 &p->dims[STK_DIM_C]);
    }
  dim_value (d, cx - b / 2, cy + tips / 2, cx + b / 2, cy + tips / 2,
             p->half_w - tips / 2 + DIM_STEP_MM * 0.8, "B", &p->dims[STK_DIM_B]);
  dim_value (d, cx + a / 2, cy - body / 2, cx + a / 2, cy + body / 2, right + 0.8, NULL, &p->body_w);
  if (tips > body + 1e-6)
    dim_value (d, cx + a / 2, cy - tips / 2, cx + a / 2, cy + tips / 2, right + 0.8 + side_room (d, p, TRUE), NULL,
               &p->tip_w);
  if (!p->pattern->outline_only)
    {
      StkValue w = { p->pat_w, p->pattern->source };
      dim_value (d, cx - p->pat_len / 2, cy - p->pat_w / 2, cx - p->pat_len / 2, cy + p->pat_w / 2,
                 -(p->half_len - p->pat_len / 2 + 0.8), NULL, &w);
    }
}

void
_stk_part_draw_view (StkDrawing    *d,
                     const StkPart *p,
                     double         x,
                     double         y)
{
  double w, h, cx, cy;
  g_autofree char *title = view_title (p);
  g_autofree char *board = view_board (p);
  double note_y;

  _stk_part_view_size (d, p, &w, &h);
  cx = x + side_room (d, p, FALSE) + p->half_len;
  cy = y + TITLE_H_MM + 3.0 + p->half_w;
  use_pen (d, p->layer, p->subject, STK_INK_LABEL, STK_PROV_DATASHEET);
  _stk_drawing_text (d, x, y + TITLE_MM / 2, TITLE_MM, STK_ALIGN_LEFT, title);
  _stk_drawing_text (d, x, y + TITLE_MM + 0.2 + BOARD_LINE_MM / 2, BOARD_LINE_MM, STK_ALIGN_LEFT, board);
  if (!p->ok)
    {
      use_pen (d, p->layer, p->subject, STK_INK_LABEL, STK_PROV_PLACEHOLDER);
      _stk_drawing_text (d, x, y + TITLE_H_MM, NOTE_MM, STK_ALIGN_LEFT,
                         _("No dimensions: this series, height and pin count is not in the catalog."));
      return;
    }
  draw_pattern (d, p, cx, cy);
  use_pen (d, p->layer, p->subject, p->role == STK_ROLE_SOCKET ? STK_INK_SOCKET : STK_INK_HEADER,
           stk_prov_worst (prov_of (&p->dims[STK_DIM_A]), prov_of (&p->body_w)));
  centred_rect (d, cx, cy, p->dims[STK_DIM_A].value, p->body_w.value, FALSE);
  draw_contacts (d, p, cx, cy);
  draw_features (d, p, cx, cy);
  draw_dims (d, p, cx, cy);

  note_y = cy + p->half_w + 2.0 + NOTE_MM / 2;
  if (p->pattern->outline_only)
    {
      use_pen (d, "PATTERN", p->subject, STK_INK_LABEL, STK_PROV_PLACEHOLDER);
      _stk_drawing_text (d, x, note_y, NOTE_MM, STK_ALIGN_LEFT,
                         _("Pattern not published: part outline shown (placeholder)"));
      note_y += 0.9;
    }
  if (p->stiffener)
    {
      g_autofree char *lo = _stk_drawing_length (d, p->st_ext[0]);
      g_autofree char *hi = _stk_drawing_length (d, p->st_ext[1]);
      g_autofree char *len_lo = _stk_drawing_length (d, p->st_len[0]);
      g_autofree char *len_hi = _stk_drawing_length (d, p->st_len[1]);
      g_autofree char *w_lo = _stk_drawing_length (d, p->st_w[0]);
      g_autofree char *w_hi = _stk_drawing_length (d, p->st_w[1]);
      g_autofree char *note = p->stiffener_user ? g_strdup (_("Stiffener: user outline"))
        /* Translators: the recommended FPC reinforcing plate outline */
        : p->st_covers_body
        /* Translators: the recommended FPC reinforcing plate outline, length range × width range */
        ? g_strdup_printf (_("Stiffener: %s–%s × %s–%s mm, covering the connector body (recommended)"),
                           len_lo, len_hi, w_lo, w_hi)
        : g_strdup_printf (_("Stiffener: pattern + %s to %s mm per side (recommended)"), lo, hi);

      use_pen (d, "STIFFENER", p->board_subject, STK_INK_LABEL, p->st_prov);
      _stk_drawing_text (d, x, note_y, NOTE_MM, STK_ALIGN_LEFT, note);
    }
}
