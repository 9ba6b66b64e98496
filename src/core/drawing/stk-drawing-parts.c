/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-check.h"
#include "stk-drawing-private.h"

/* Paper mm, times the drawing's unit. */
#define LINE_PITCH_MM 4.0   /* from one 2.5 mm text line to the next */
#define TITLE_H_MM    (3 * LINE_PITCH_MM + 2.0) /* three text lines and the air under them */
#define DIM_STEP_MM   6.0   /* distance between stacked dimension lines */
#define DIM_GAP_MM    3.0   /* from the geometry to the first dimension line */
#define SIDE_STEP_MM  13.0  /* vertical dimensions need room for their text */
#define LEFT_MM       16.0  /* the pattern width dimension and its text */
#define MARKER_R_MM   0.6   /* pin 1 dot */
/* Drawing mm */
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

static char *
stiffener_note (const StkPart *p)
{
  g_autofree char *lo = stk_format_drawing_length (p->st_ext[0], p->units);
  g_autofree char *hi = stk_format_drawing_length (p->st_ext[1], p->units);
  g_autofree char *len_lo = stk_format_drawing_length (p->st_len[0], p->units);
  g_autofree char *len_hi = stk_format_drawing_length (p->st_len[1], p->units);
  g_autofree char *w_lo = stk_format_drawing_length (p->st_w[0], p->units);
  g_autofree char *w_hi = stk_format_drawing_length (p->st_w[1], p->units);

  if (p->stiffener_user)
    return g_strdup (_("Stiffener: user outline"));
  if (p->st_covers_body)
    /* Translators: the recommended FPC reinforcing plate outline, length range × width range */
    return g_strdup_printf (_("Stiffener: %s–%s × %s–%s mm, covering the connector body (recommended)"),
                            len_lo, len_hi, w_lo, w_hi);
  /* Translators: the recommended FPC reinforcing plate outline */
  return g_strdup_printf (_("Stiffener: pattern + %s to %s mm per side (recommended)"), lo, hi);
}

/* How wide a dimension's value is written, for layout. */
static double
value_width (const StkPart  *p,
             const StkValue *v)
{
  g_autofree char *text = stk_format_drawing_length (v->value, p->units);

  /* One more character for a provenance mark ("≈", "?"). */
  return stk_drawing_text_width (text, STK_LETTER_MM * p->u) + STK_LETTER_MM * p->u;
}

/* Room for the values beside the vertical dimensions: millimetres fit the
 * fixed steps; "≈161.4 mil [4.1 mm]" on a dual-dimensioned drawing needs
 * more, or the values run into each other. */
static void
room_for_values (StkPart *p)
{
  StkValue pattern = { p->pat_w, p->pattern ? p->pattern->source : NULL };
  double u = p->u;

  p->side_step = SIDE_STEP_MM * u;
  p->left_room = LEFT_MM * u;
  p->side_step = MAX (p->side_step, MAX (value_width (p, &p->body_w), value_width (p, &p->tip_w)) + 2 * u);
  if (p->pattern != NULL && !p->pattern->outline_only)
    p->left_room = MAX (p->left_room, value_width (p, &pattern) + (DIM_GAP_MM + 2) * u);
}

/* The notes under a view, wrapped to the width of its geometry (at least
 * 60 mm on paper), so that a long note does not make the view wide. */
static void
wrap_notes (StkPart *p)
{
  double u = p->u, width = MAX (p->left_room + 2 * p->half_len + DIM_GAP_MM * u + 2 * p->side_step, 60 * u);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  if (p->pattern->outline_only)
    p->n_pattern_lines = _stk_drawing_wrap (lines, _("Pattern not published: part outline shown (placeholder)"),
                                            STK_LETTER_MM * u, width);
  if (p->stiffener)
    {
      g_autofree char *note = stiffener_note (p);
      _stk_drawing_wrap (lines, note, STK_LETTER_MM * u, width);
    }
  p->notes = g_strv_builder_end (lines);
  p->n_notes = g_strv_length (p->notes);
}

void
_stk_part_init_geometry (StkPart        *part,
                         StkProject     *project,
                         StkCatalog     *catalog,
                         const StkMate  *mate,
                         StkRole         role,
                         double          unit,
                         StkUnits        units)
{
  const StkSeries *s = stk_catalog_find_series (catalog, mate->series);
  gboolean socket = role == STK_ROLE_SOCKET;
  const StkProduct *product;
  StkValue ext_min, ext_max;
  StkPlateWindow window;

  *part = (StkPart) { 0 };
  part->u = unit;
  part->units = units;
  part->series = s;
  part->mate = mate;
  part->role = role;
  part->board = stk_project_find_board (project, socket ? mate->socket_board : mate->header_board);
  part->layer = stk_drawing_part_layer (stk_mate_get_label (mate), role);
  part->subject = stk_subject_mate_side (mate->id, role);
  part->board_subject = part->board ? stk_subject_board (part->board->id) : NULL;
  {
    int si = stk_project_board_index (project, mate->socket_board);
    int hi = stk_project_board_index (project, mate->header_board);
    /* The lower board's part faces up; the header is drawn turned over. */
    part->faces_up = (si <= hi) == socket;
    part->mirrored = !socket;
  }
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
  part->half_w = MAX (part->half_w, MAX (part->tip_w.value, part->pat_w) / 2 + 3 * MARKER_R_MM * unit);
}

void
_stk_part_clear (StkPart *part)
{
  g_clear_pointer (&part->layer, g_free);
  g_clear_pointer (&part->subject, g_free);
  g_clear_pointer (&part->board_subject, g_free);
  g_clear_pointer (&part->notes, g_strfreev);
}

/* Three short lines, so that a long part number and board name do not make
 * the view far wider than the part: "J1 socket AXK740147G", "on Main board",
 * "seen from above (mating side)". */
static char *
view_title (const StkPart *p)
{
  const char *number = p->part_number ? p->part_number : _("(no catalog part)");

  /* A shared view's caption names its connectors. */
  if (p->n_sharers > 1)
    /* Translators: title of a part view several connectors share, e.g. "socket AXK740147G" */
    return g_strdup_printf (C_("shared view", "%s %s"), stk_role_label (p->role), number);
  /* Translators: view title, e.g. "J1 socket AXK740147G" */
  return g_strdup_printf (_("%s %s %s"), stk_mate_get_label (p->mate), stk_role_label (p->role), number);
}

static char *
view_board (const StkPart *p)
{
  if (p->board == NULL)
    return g_strdup_printf (_("on %s"), _("no board"));
  /* Shared by connectors on different boards: their kind is what they share. */
  if (p->n_sharers > 1)
    return g_strdup (p->board->kind == STK_BOARD_FPC ? _("on each connector's FPC") : _("on each connector's board"));
  /* Translators: second line of a view title, e.g. "on Main board" */
  return g_strdup_printf (_("on %s"), p->board->name);
}

static const char *
view_direction (const StkPart *p)
{
  return p->faces_up ? _("seen from above (mating side)") : _("seen from below (mating side)");
}

double
_stk_part_centre_x (const StkPart *part)
{
  return part->left_room + part->half_len;
}

/* The view's size: its geometry and dimensions, or its three title lines
 * when they are wider. Measured when asked: only a pair view asks, while
 * the top view and the sections resolve every part. */
void
_stk_part_view_size (const StkPart *part,
                     double        *width,
                     double        *height)
{
  g_autofree char *title = view_title (part);
  g_autofree char *board = view_board (part);
  double u = part->u;
  double text = MAX (stk_drawing_text_width (title, STK_LETTER_MM * u),
                     MAX (stk_drawing_text_width (board, STK_LETTER_MM * u),
                          stk_drawing_text_width (view_direction (part), STK_LETTER_MM * u)));

  *width = MAX (part->left_room + 2 * part->half_len + DIM_GAP_MM * u + 2 * part->side_step, text + u);
  *height = (TITLE_H_MM + 2 * DIM_STEP_MM + 5.0) * u + 2 * part->half_w +
            (DIM_STEP_MM + 6.0) * u + part->n_notes * LINE_PITCH_MM * u;
}

void
_stk_part_init (StkPart        *part,
                StkProject     *project,
                StkCatalog     *catalog,
                const StkMate  *mate,
                StkRole         role,
                double          unit,
                StkUnits        units)
{
  _stk_part_init_geometry (part, project, catalog, mate, role, unit, units);
  _stk_part_init_view (part);
}

/* Its dimension values' room and notes: the part's own view needs them,
 * the top view and the sections do not. */
void
_stk_part_init_view (StkPart *part)
{
  if (part->view_ready)
    return;
  if (part->ok)
    {
      room_for_values (part);
      wrap_notes (part);
    }
  part->view_ready = TRUE;
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
      centred_rect (d, cx - b / 2 + k * p->series->pitch.value, cy + side * pat->row_pitch / 2, pat->pad_w, pat->pad_l, TRUE);
  if (pat->has_terminals)
    {
      double tx = p->dims[pat->terminal_x_from].value / 2 + pat->terminal_x_offset;
      for (int sx = -1; sx <= 1; sx += 2)
        for (int sy = -1; sy <= 1; sy += 2)
          centred_rect (d, cx + sx * tx, cy + sy * pat->terminal_y, pat->terminal_w, pat->terminal_l, TRUE);
    }
}

/* A contact's subject: its net's in the part's mate, or in each mate a
 * shared view stands for (the part's own where a mate has no net there);
 * NULL: the part's. */
static char *
contact_subject (const StkPart *p,
                 guint          pin)
{
  g_autoptr(GString) subjects = NULL;
  gboolean any = FALSE;

  if (p->n_sharers <= 1)
    {
      const char *net = stk_mate_pin_net (p->mate, pin);
      return net ? stk_subject_net (p->mate->id, net) : NULL;
    }
  for (guint i = 0; i < p->n_sharers && !any; i++)
    any = stk_mate_pin_net (p->sharers[i], pin) != NULL;
  if (!any)
    return NULL;
  subjects = g_string_new (NULL);
  for (guint i = 0; i < p->n_sharers; i++)
    {
      const StkMate *m = p->sharers[i];
      const char *net = stk_mate_pin_net (m, pin);

      _stk_subject_append_alternative (subjects, net ? stk_subject_net (m->id, net) : stk_subject_mate_side (m->id, p->role));
    }
  return g_string_free (g_steal_pointer (&subjects), FALSE);
}

/* Pins a and b are on the same net (or none) in each mate the part's view stands for. */
static gboolean
same_nets (const StkPart *p,
           guint          a,
           guint          b)
{
  const StkMate *const *mates = p->n_sharers > 0 ? p->sharers : &p->mate;

  for (guint i = 0; i < MAX (p->n_sharers, 1); i++)
    if (g_strcmp0 (stk_mate_pin_net (mates[i], a), stk_mate_pin_net (mates[i], b)) != 0)
      return FALSE;
  return TRUE;
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
  double mx = p->mirrored ? -1 : 1;
  g_autofree char *subject = NULL;

  /* Odd pins on one row, even on the other, pins 1 and 2 facing (the pin numbering estimate). */
  for (guint pin = 1; pin <= p->mate->pins; pin++)
    {
      guint k = (pin - 1) / 2;
      double y = pin % 2 ? -1 : 1;

      /* A shared view's subjects are long: written again only when a net changes. */
      /* A measure keeps no subject: the alternatives of a view many
       * connectors share are not written for it. */
      if (!_stk_drawing_is_measure (d) && (pin == 1 || !same_nets (p, pin - 1, pin)))
        {
          g_free (subject);
          subject = contact_subject (p, pin);
        }
      use_pen (d, p->layer, subject ? subject : p->subject, STK_INK_CONTACT, prov);
      _stk_drawing_rect (d, cx + mx * (-b / 2 + k * p->series->pitch.value) - CONTACT_W_MM / 2,
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
  {
    double u = p->u, mx = p->mirrored ? -1 : 1;
    double px = cx - mx * p->dims[STK_DIM_B].value / 2;
    double py = cy - MAX (p->tip_w.value, p->pat_w) / 2 - 1.5 * MARKER_R_MM * u;

    use_pen (d, p->layer, p->subject, STK_INK_MARKER,
             s->pin_numbering_source ? s->pin_numbering_source->kind : STK_PROV_PLACEHOLDER);
    _stk_drawing_circle (d, px, py, MARKER_R_MM * u, TRUE);
    use_pen (d, p->layer, p->subject, STK_INK_MARKER, STK_PROV_DATASHEET);
    /* Outside the row, away from the part's middle. */
    _stk_drawing_text (d, px - mx * 2 * MARKER_R_MM * u, py, STK_LETTER_MM * u,
                       p->mirrored ? STK_ALIGN_LEFT : STK_ALIGN_RIGHT, "1");
  }
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
  g_autofree char *text = letter ? g_strconcat (letter, " ", value, NULL) : NULL;

  _stk_drawing_dim (d, x0, y0, x1, y1, offset, text ? text : value, prov_of (v));
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
  double u = p->u;

  dim_value (d, cx - a / 2, cy - body / 2, cx + a / 2, cy - body / 2, -(above + 2 * DIM_STEP_MM * u), "A",
             &p->dims[STK_DIM_A]);
  if (p->dims[STK_DIM_C].source)
    {
      double c = p->dims[STK_DIM_C].value;
      dim_value (d, cx - c / 2, cy - body / 2, cx + c / 2, cy - body / 2, -(above + DIM_STEP_MM * u), "C",
                 &p->dims[STK_DIM_C]);
    }
  dim_value (d, cx - b / 2, cy + tips / 2, cx + b / 2, cy + tips / 2,
             p->half_w - tips / 2 + DIM_GAP_MM * u, "B", &p->dims[STK_DIM_B]);
  dim_value (d, cx + a / 2, cy - body / 2, cx + a / 2, cy + body / 2, right + DIM_GAP_MM * u, NULL, &p->body_w);
  if (tips > body + 1e-6)
    dim_value (d, cx + a / 2, cy - tips / 2, cx + a / 2, cy + tips / 2, right + DIM_GAP_MM * u + p->side_step,
               NULL, &p->tip_w);
  if (!p->pattern->outline_only)
    {
      StkValue w = { p->pat_w, p->pattern->source };
      dim_value (d, cx - p->pat_len / 2, cy - p->pat_w / 2, cx - p->pat_len / 2, cy + p->pat_w / 2,
                 -(p->half_len - p->pat_len / 2 + DIM_GAP_MM * u), NULL, &w);
    }
}

void
_stk_part_draw_view (StkDrawing    *d,
                     const StkPart *p,
                     double         x,
                     double         y)
{
  double cx, cy, u = p->u;
  g_autofree char *title = view_title (p);
  g_autofree char *board = view_board (p);
  double note_y;

  cx = x + p->left_room + p->half_len;
  cy = y + (TITLE_H_MM + 2 * DIM_STEP_MM + 5.0) * u + p->half_w;
  use_pen (d, p->layer, p->subject, STK_INK_LABEL, STK_PROV_DATASHEET);
  _stk_drawing_text (d, x, y + STK_LETTER_MM / 2 * u, STK_LETTER_MM * u, STK_ALIGN_LEFT, title);
  _stk_drawing_text (d, x, y + (LINE_PITCH_MM + STK_LETTER_MM / 2) * u, STK_LETTER_MM * u, STK_ALIGN_LEFT, board);
  _stk_drawing_text (d, x, y + (2 * LINE_PITCH_MM + STK_LETTER_MM / 2) * u, STK_LETTER_MM * u, STK_ALIGN_LEFT,
                     view_direction (p));
  if (!p->ok)
    {
      use_pen (d, p->layer, p->subject, STK_INK_LABEL, STK_PROV_PLACEHOLDER);
      _stk_drawing_text (d, x, y + TITLE_H_MM * u, STK_LETTER_MM * u, STK_ALIGN_LEFT,
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

  note_y = cy + p->half_w + (DIM_STEP_MM + 6.0 - LINE_PITCH_MM + STK_LETTER_MM / 2) * u;
  for (guint i = 0; p->notes && p->notes[i]; i++)
    {
      gboolean pattern_note = i < p->n_pattern_lines;

      use_pen (d, pattern_note ? "PATTERN" : "STIFFENER", pattern_note ? p->subject : p->board_subject,
               STK_INK_LABEL, pattern_note ? STK_PROV_PLACEHOLDER : p->st_prov);
      _stk_drawing_text (d, x, note_y, STK_LETTER_MM * u, STK_ALIGN_LEFT, p->notes[i]);
      note_y += LINE_PITCH_MM * u;
    }
}
