/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check-private.h"

/* The FPC reinforcing plate (family note "When mounting connectors on a
 * FPC"). The model holds one plate per FPC, assumed centred on the
 * connector it backs. */

typedef struct {
  double           length;
  double           width;
  const StkSource *source;
  gboolean         outline_only;
} PatternExtent;

/* Extent of the recommended PC board pattern (an estimate); where none is
 * published the part outline stands in, and the detail says so. */
static gboolean
pattern_extent (const StkSeries *series,
                StkRole          role,
                const StkMate   *mate,
                PatternExtent   *out)
{
  const StkPattern *pattern = role == STK_ROLE_SOCKET ? &series->socket_pattern : &series->header_pattern;
  StkValue dims[STK_N_DIMS];

  stk_series_dimensions (series, role, mate->pins, mate->mated_height_mm, dims);
  out->outline_only = pattern->outline_only;
  if (pattern->outline_only)
    {
      const StkValue *width = role == STK_ROLE_SOCKET ? &series->socket_terminal_width
                                                      : &series->header_terminal_width;
      if (!stk_value_is_set (&dims[STK_DIM_A]) || !stk_value_is_set (width))
        return FALSE;
      out->length = dims[STK_DIM_A].value;
      out->width = width->value;
      out->source = width->source;
      return TRUE;
    }
  if (!stk_value_is_set (&dims[STK_DIM_B]))
    return FALSE;
  out->length = dims[STK_DIM_B].value + pattern->length_extra;
  out->width = pattern->outer_width;
  out->source = pattern->source;
  return TRUE;
}

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
  _stk_check_set_message (r, _("%s reinforcing plate %.4g mm thick; recommended %.4g–%.4g mm"),
                          mat->label, t, mat->min_thickness, mat->max_thickness);
  _stk_check_cite_note (ctx, r, ref->series, note);
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
  double nominal = (emin.value + emax.value) / 2;
  PatternExtent pat;
  g_autofree char *pat_src = NULL;
  g_autofree char *outline = NULL;
  double ext_l, ext_w, lo, hi;
  StkCheckResult *r;
  StkStatus status;

  if (!pattern_extent (ref->series, role, ref->mate, &pat))
    return;
  pat_src = stk_source_describe (pat.source);

  if (board->stiffener_recommended)
    ext_l = ext_w = nominal;
  else
    {
      ext_l = (board->stiffener_length_mm - pat.length) / 2;
      ext_w = (board->stiffener_width_mm - pat.width) / 2;
    }
  lo = MIN (ext_l, ext_w);
  hi = MAX (ext_l, ext_w);
  status = stk_checks_exceeds (emin.value, lo) || stk_checks_exceeds (hi, emax.value)
           ? STK_STATUS_WARNING : STK_STATUS_PASS;
  /* Around an unpublished pattern the verdict would rest on a placeholder
   * width: say what to do rather than pass or warn on it. */
  if (pat.outline_only)
    status = STK_STATUS_INFO;

  r = _stk_check_add_side (results, STK_CHECK_STIFFENER, "outline", status, emin.source, ref, role);
  if (lo - emin.value <= emax.value - hi)
    _stk_check_set_value (r, lo, emin.value, lo - emin.value, "mm");
  else
    _stk_check_set_value (r, hi, emax.value, emax.value - hi, "mm");
  if (board->stiffener_recommended)
    _stk_check_set_message (r, _("Recommended plate outline %.4g × %.4g mm: %.4g mm beyond the pattern on "
                                 "each side (recommended %.4g–%.4g mm; pattern size: %s, %s confidence)"),
                            pat.length + 2 * nominal, pat.width + 2 * nominal, nominal,
                            emin.value, emax.value, stk_prov_kind_label (pat.source->kind),
                            stk_source_confidence_label (pat.source));
  else
    _stk_check_set_message (r, _("Plate %.4g × %.4g mm extends %.4g mm along and %.4g mm across beyond the "
                                 "pattern on each side; recommended %.4g–%.4g mm (pattern size: %s, %s confidence)"),
                            board->stiffener_length_mm, board->stiffener_width_mm, ext_l, ext_w,
                            emin.value, emax.value, stk_prov_kind_label (pat.source->kind),
                            stk_source_confidence_label (pat.source));
  outline = g_strdup_printf (_("Recommended outline: smallest %.4g × %.4g mm, nominal %.4g × %.4g mm, "
                               "largest %.4g × %.4g mm, around a pattern of %.4g × %.4g mm (%s%s)."),
                             pat.length + 2 * emin.value, pat.width + 2 * emin.value,
                             pat.length + 2 * nominal, pat.width + 2 * nominal,
                             pat.length + 2 * emax.value, pat.width + 2 * emax.value,
                             pat.length, pat.width,
                             pat.outline_only ? _("no pattern is published for this part, so its outline "
                                                  "is used: ") : "",
                             pat_src);
  _stk_check_set_detail (r, "%s\n%s", outline, note->text);
  _stk_check_add_family (r, _stk_check_family_note (ctx, ref->series, note));
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
