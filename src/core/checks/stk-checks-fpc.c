/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check-private.h"

/* The FPC reinforcing plate (family note "When mounting connectors on a
 * FPC"). The model holds one plate per FPC, assumed centred on the
 * connector it backs. */

static const StkStiffenerMaterial *
find_material (StkCatalog      *catalog,
               StkStiffenerKind kind)
{
  GPtrArray *materials = stk_catalog_get_stiffener_materials (catalog);
  const char *id = stk_stiffener_kind_to_string (kind);

  for (guint i = 0; i < materials->len; i++)
    {
      const StkStiffenerMaterial *m = g_ptr_array_index (materials, i);
      if (g_strcmp0 (m->id, id) == 0)
        return m;
    }
  return NULL;
}

static void
plate_thickness (const StkCheckContext *ctx,
                 GPtrArray             *results,
                 const StkMateRef      *ref,
                 StkRole                role,
                 const StkBoard        *board,
                 const StkNote         *note)
{
  const StkStiffenerMaterial *mat = find_material (ctx->catalog, board->stiffener);
  double t = board->stiffener_thickness_mm;
  gboolean below, above;
  StkCheckResult *r;

  g_assert (mat != NULL);
  below = stk_checks_exceeds (mat->min_thickness, t);
  above = stk_checks_exceeds (t, mat->max_thickness);
  r = _stk_check_add_side (results, STK_CHECK_STIFFENER, "thickness",
                           below || above ? STK_STATUS_WARNING : STK_STATUS_PASS, note->source, ref, role);
  /* show the bound that binds: the nearer one */
  if (t - mat->min_thickness <= mat->max_thickness - t)
    _stk_check_set_value (r, t, mat->min_thickness, t - mat->min_thickness, "mm");
  else
    _stk_check_set_value (r, t, mat->max_thickness, mat->max_thickness - t, "mm");
  _stk_check_set_message (r, _("%s reinforcing plate %s thick; recommended %s–%s"),
                          mat->label, _stk_check_len (ctx, t), _stk_check_num (ctx, mat->min_thickness),
                          _stk_check_len (ctx, mat->max_thickness));
  _stk_check_cite_note (ctx, r, ref->series, note);
}

/* "the connector body governs the length, …" */
static const char *
governs_text (const StkPlateWindow *w)
{
  if (w->body_governs[0] && w->body_governs[1])
    return _("the connector body governs both axes");
  if (w->body_governs[0])
    return _("the connector body governs the length, the pattern rule the width");
  if (w->body_governs[1])
    return _("the connector body governs the width, the pattern rule the length");
  return _("the pattern rule governs both axes");
}

/* The bound nearest to being crossed, of the two axes' four. */
static void
set_binding_bound (StkCheckResult       *r,
                   const StkPlateWindow *w,
                   const double         *ext)
{
  double best_margin = INFINITY, value = 0, limit = 0;

  for (guint i = 0; i < 2; i++)
    for (guint b = 0; b < 2; b++)
      {
        double bound = b == 0 ? w->ext_min[i] : w->ext_max[i];
        double margin = b == 0 ? ext[i] - bound : bound - ext[i];

        if (margin < best_margin)
          {
            best_margin = margin;
            value = ext[i];
            limit = bound;
          }
      }
  _stk_check_set_value (r, value, limit, best_margin, "mm");
}

static void
plate_outline (const StkCheckContext *ctx,
               GPtrArray             *results,
               const StkMateRef      *ref,
               StkRole                role,
               const StkBoard        *board,
               const StkNote         *note)
{
  StkValue emin = stk_catalog_note_limit (ctx->catalog, "extension_min_mm");
  StkValue emax = stk_catalog_note_limit (ctx->catalog, "extension_max_mm");
  StkPlateWindow w;
  double ext[2], size[2][3];
  g_autofree char *pat_src = NULL;
  StkCheckResult *r;
  StkStatus status = STK_STATUS_PASS;

  if (!stk_checks_plate_window (ctx->catalog, ref->series, role, ref->mate->pins, ref->mate->mated_height_mm, &w))
    return;
  pat_src = stk_source_describe (w.pattern_source);
  for (guint i = 0; i < 2; i++)
    {
      double plate = i == 0 ? board->stiffener_length_mm : board->stiffener_width_mm;

      ext[i] = board->stiffener_recommended ? (w.ext_min[i] + w.ext_max[i]) / 2 : (plate - w.pattern[i]) / 2;
      if (stk_checks_exceeds (w.ext_min[i], ext[i]) || stk_checks_exceeds (ext[i], w.ext_max[i]))
        status = STK_STATUS_WARNING;
      size[i][0] = w.pattern[i] + 2 * w.ext_min[i];
      size[i][1] = w.pattern[i] + w.ext_min[i] + w.ext_max[i];
      size[i][2] = w.pattern[i] + 2 * w.ext_max[i];
    }

  /* The rule is the note's; where its window sits rests on the pattern (an
   * estimate, or the outline over a placeholder width: then the provenance
   * rule makes the record information) and on the body. */
  r = _stk_check_add_side (results, STK_CHECK_STIFFENER, "outline", status, w.rule_source, ref, role);
  _stk_check_rests_on (r, w.pattern_source);
  _stk_check_rests_on (r, w.body_source[0]);
  _stk_check_rests_on (r, w.body_source[1]);
  set_binding_bound (r, &w, ext);
  if (board->stiffener_recommended)
    _stk_check_set_message (r, _("Recommended plate outline %s × %s: %s beyond the pattern along and "
                                 "%s across on each side, covering the %s × %s connector body (%s; "
                                 "pattern rule %s–%s a side; pattern size: %s, %s confidence)"),
                            _stk_check_num (ctx, size[0][1]), _stk_check_len (ctx, size[1][1]), _stk_check_len (ctx, ext[0]), _stk_check_len (ctx, ext[1]),
                            _stk_check_num (ctx, w.body[0]), _stk_check_len (ctx, w.body[1]), governs_text (&w),
                            _stk_check_num (ctx, emin.value), _stk_check_len (ctx, emax.value), stk_prov_kind_label (w.pattern_source->kind),
                            stk_source_confidence_label (w.pattern_source));
  else
    _stk_check_set_message (r, _("Plate %s × %s extends %s along and %s across beyond the "
                                 "pattern on each side; recommended %s–%s along and %s–%s across "
                                 "(%s; pattern size: %s, %s confidence)"),
                            _stk_check_num (ctx, board->stiffener_length_mm), _stk_check_len (ctx, board->stiffener_width_mm), _stk_check_len (ctx, ext[0]),
                            _stk_check_len (ctx, ext[1]), _stk_check_num (ctx, w.ext_min[0]), _stk_check_len (ctx, w.ext_max[0]), _stk_check_num (ctx, w.ext_min[1]),
                            _stk_check_len (ctx, w.ext_max[1]), governs_text (&w),
                            stk_prov_kind_label (w.pattern_source->kind),
                            stk_source_confidence_label (w.pattern_source));
  _stk_check_set_detail (r, _("Recommended outline: smallest %s × %s, nominal %s × %s, "
                              "largest %s × %s, around a pattern of %s × %s (%s%s) and a "
                              "connector body of %s × %s; %s."),
                            _stk_check_num (ctx, size[0][0]), _stk_check_len (ctx, size[1][0]), _stk_check_num (ctx, size[0][1]), _stk_check_len (ctx, size[1][1]),
                            _stk_check_num (ctx, size[0][2]), _stk_check_len (ctx, size[1][2]), _stk_check_num (ctx, w.pattern[0]), _stk_check_len (ctx, w.pattern[1]),
                            w.outline_only ? _("no pattern is published for this part, so its outline "
                                               "is used: ") : "",
                            pat_src, _stk_check_num (ctx, w.body[0]), _stk_check_len (ctx, w.body[1]), governs_text (&w));
  _stk_check_wrap_detail (r, "%s\n%s", note->text);
  _stk_check_add_family (r, note, _stk_check_family_note (ctx, ref->series, note));
}

static void
stiffener_side (const StkCheckContext *ctx,
                GPtrArray             *results,
                const StkMateRef      *ref,
                StkRole                role)
{
  const StkBoard *board = role == STK_ROLE_SOCKET ? ref->socket_board : ref->header_board;
  const StkNote *note = _stk_check_note (ctx, "fpc_plate");
  StkCheckResult *r;

  if (board->kind != STK_BOARD_FPC)
    return;
  if (board->stiffener == STK_STIFFENER_NONE)
    {
      r = _stk_check_add_side (results, STK_CHECK_STIFFENER, "presence", STK_STATUS_WARNING,
                               note->source, ref, role);
      _stk_check_set_message (r, _("No reinforcing plate behind the connector on the FPC: mating can "
                                   "detach the solder"));
      _stk_check_cite_note (ctx, r, ref->series, note);
      return;
    }
  plate_thickness (ctx, results, ref, role, board, note);
  plate_outline (ctx, results, ref, role, board, note);
}

/* Always shown for a connector on an FPC: the lock is only temporary. */
static void
drop_caution (const StkCheckContext *ctx,
              GPtrArray             *results,
              const StkMateRef      *ref)
{
  const StkNote *note = _stk_check_note (ctx, "drop_separation");
  StkCheckResult *r;

  if (ref->socket_board->kind != STK_BOARD_FPC && ref->header_board->kind != STK_BOARD_FPC)
    return;
  r = _stk_check_add_mate (results, STK_CHECK_STIFFENER, "drop-caution", STK_STATUS_INFO,
                           note->source, ref->mate);
  _stk_check_set_message (r, _("The temporary lock can separate when the product is dropped: hold the FPC "
                               "in place"));
  _stk_check_cite_note (ctx, r, ref->series, note);
}

static void
stiffener_mate (const StkCheckContext *ctx,
                GPtrArray             *results,
                const StkMateRef      *ref)
{
  stiffener_side (ctx, results, ref, STK_ROLE_SOCKET);
  stiffener_side (ctx, results, ref, STK_ROLE_HEADER);
  drop_caution (ctx, results, ref);
}

void
_stk_check_stiffener (const StkCheckContext *ctx,
                      GPtrArray             *results)
{
  _stk_check_each_mate (ctx, results, stiffener_mate);
}

gboolean
stk_checks_plate_window (StkCatalog      *catalog,
                         const StkSeries *series,
                         StkRole          role,
                         guint            pins,
                         double           mated_height_mm,
                         StkPlateWindow  *w)
{
  const StkPattern *pattern = role == STK_ROLE_SOCKET ? &series->socket_pattern : &series->header_pattern;
  const StkValue *width = role == STK_ROLE_SOCKET ? &series->socket_terminal_width : &series->header_terminal_width;
  StkValue emin = stk_catalog_note_limit (catalog, "extension_min_mm");
  StkValue emax = stk_catalog_note_limit (catalog, "extension_max_mm");
  StkValue dims[STK_N_DIMS];

  *w = (StkPlateWindow) { .outline_only = pattern->outline_only, .rule_source = emin.source };
  stk_series_dimensions (series, role, pins, mated_height_mm, dims);
  if (!stk_value_is_set (&dims[STK_DIM_A]) || !stk_value_is_set (&dims[STK_DIM_B]) || !stk_value_is_set (width))
    return FALSE;
  w->body[0] = dims[STK_DIM_A].value;
  w->body[1] = width->value;
  w->body_source[0] = dims[STK_DIM_A].source;
  w->body_source[1] = width->source;
  /* Where no pattern is published the part outline stands in. */
  w->pattern[0] = pattern->outline_only ? w->body[0] : dims[STK_DIM_B].value + pattern->length_extra;
  w->pattern[1] = pattern->outline_only ? w->body[1] : pattern->outer_width;
  w->pattern_source = pattern->outline_only ? width->source : pattern->source;
  for (guint i = 0; i < 2; i++)
    {
      /* per side from the pattern's edge to the body's */
      double cover = (w->body[i] - w->pattern[i]) / 2;

      w->body_governs[i] = stk_checks_exceeds (cover, emin.value);
      w->ext_min[i] = MAX (emin.value, cover);
      w->ext_max[i] = w->ext_min[i] + (emax.value - emin.value);
    }
  return TRUE;
}
