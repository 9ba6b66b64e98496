/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-check-private.h"

/* What the catalogs say about handling the connectors before and while they
 * are soldered, where the project says enough to judge it: the storage
 * temperature (SPECIFICATIONS), a connector on the underside of a board
 * reflowed on both sides, and the cover-lay under a connector on an FPC
 * (both from the family notes, printed in both catalogs). The records
 * belong to the temperature and soldering check. */

static const StkSpec *
storage_spec (const StkSeries *series,
              gboolean         packed,
              gboolean         max)
{
  const char *id = packed ? (max ? "storage_temp_packed_max" : "storage_temp_packed_min")
                          : (max ? "storage_temp_product_max" : "storage_temp_product_min");
  const StkSpec *s = stk_series_find_spec (series, id);

  g_assert (s != NULL && s->has_value);
  return s;
}

void
_stk_check_storage_series (const StkCheckContext *ctx,
                           GPtrArray             *results,
                           const StkSeries       *series)
{
  const StkRequirements *req = stk_project_get_requirements (ctx->project);
  const StkSpec *lo = storage_spec (series, req->storage_packed, FALSE);
  const StkSpec *hi = storage_spec (series, req->storage_packed, TRUE);
  const char *how = req->storage_packed ? _("in the emboss packing") : _("as the product alone");
  StkCheckResult *r;

  r = _stk_check_add (results, STK_CHECK_TEMPERATURE, "storage-min",
                      stk_checks_exceeds (lo->value, req->storage_min_c) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                      lo->source, g_strdup (STK_SUBJECT_STACK_ID), g_strdup_printf (_("%s connectors"), series->id));
  _stk_check_set_value (r, req->storage_min_c, lo->value, req->storage_min_c - lo->value, "°C");
  _stk_check_set_message (r, _("Stored %s down to %.4g °C; rated for storage %s down to %.4g °C"),
                          how, req->storage_min_c, how, lo->value);
  if (lo->conditions != NULL)
    /* Translators: the catalog's storage temperature text, then its conditions */
    _stk_check_set_detail (r, _("%s (%s)"), lo->text, lo->conditions);
  else
    _stk_check_set_detail (r, "%s", lo->text);

  r = _stk_check_add (results, STK_CHECK_TEMPERATURE, "storage-max",
                      stk_checks_exceeds (req->storage_max_c, hi->value) ? STK_STATUS_FAIL : STK_STATUS_PASS,
                      hi->source, g_strdup (STK_SUBJECT_STACK_ID), g_strdup_printf (_("%s connectors"), series->id));
  _stk_check_set_value (r, req->storage_max_c, hi->value, hi->value - req->storage_max_c, "°C");
  _stk_check_set_message (r, _("Stored %s up to %.4g °C; rated for storage %s up to %.4g °C"),
                          how, req->storage_max_c, how, hi->value);
  if (hi->conditions != NULL)
    /* Translators: the catalog's storage temperature text, then its conditions */
    _stk_check_set_detail (r, _("%s (%s)"), hi->text, hi->conditions);
  else
    _stk_check_set_detail (r, "%s", hi->text);
}

/* The connector of one side sits on its board's lower face when that board
 * is the upper of the two the mate joins. */
static void
underside_side (const StkCheckContext *ctx,
                GPtrArray             *results,
                const StkMateRef      *ref,
                StkRole                role)
{
  const StkBoard *board = role == STK_ROLE_SOCKET ? ref->socket_board : ref->header_board;
  const StkNote *note = _stk_check_note (ctx, "underside_adhesive");
  /* The socket is on its board's lower face when the mate says so; the
   * header then faces up, and the other way round. */
  gboolean lower_face = (role == STK_ROLE_SOCKET) == (ref->mate->face == STK_FACE_BOTTOM);
  StkCheckResult *r;

  if (!board->double_sided)
    return;
  r = _stk_check_add_side (results, STK_CHECK_TEMPERATURE, "underside-reflow",
                           lower_face ? STK_STATUS_WARNING : STK_STATUS_PASS, note->source, ref, role);
  if (lower_face)
    _stk_check_set_message (r, _("On the lower face of %s, which is reflowed on both sides: fix the connector "
                                 "with adhesive or other means"), board->name);
  else
    _stk_check_set_message (r, _("On the upper face of %s, which is reflowed on both sides: double reflow "
                                 "on the same side is possible"), board->name);
  _stk_check_set_detail (r, _("%s\nStackup takes the face toward the board below as the underside; if your "
                              "line reflows that face last, the connector does not hang during a reflow."),
                         note->text);
}

static void
coverlay_side (const StkCheckContext *ctx,
               GPtrArray             *results,
               const StkMateRef      *ref,
               StkRole                role)
{
  const StkBoard *board = role == STK_ROLE_SOCKET ? ref->socket_board : ref->header_board;
  const StkNote *note = _stk_check_note (ctx, "coverlay");
  StkCheckResult *r;

  if (board->kind != STK_BOARD_FPC)
    return;
  /* The catalogs give no figure, only "minimize": a caution, never a verdict. */
  r = _stk_check_add_side (results, STK_CHECK_TEMPERATURE, "coverlay", STK_STATUS_INFO, note->source, ref, role);
  if (board->coverlay_set)
    {
      _stk_check_set_figure (r, board->coverlay_thickness_mm, "mm");
      _stk_check_set_message (r, _("Cover-lay and adhesive %s under the connector on %s: the connector has "
                                   "no stand-off, keep it as thin as you can (the catalogs give no limit)"),
                              _stk_check_len (ctx, board->coverlay_thickness_mm), board->name);
    }
  else
    _stk_check_set_message (r, _("Cover-lay and adhesive thickness under the connector on %s not given: the "
                                 "connector has no stand-off, keep it as thin as you can"), board->name);
  _stk_check_cite_note (ctx, r, ref->series, note);
}

static void
handling_mate (const StkCheckContext *ctx,
               GPtrArray             *results,
               const StkMateRef      *ref)
{
  underside_side (ctx, results, ref, STK_ROLE_SOCKET);
  underside_side (ctx, results, ref, STK_ROLE_HEADER);
  coverlay_side (ctx, results, ref, STK_ROLE_SOCKET);
  coverlay_side (ctx, results, ref, STK_ROLE_HEADER);
}

void
_stk_check_handling (const StkCheckContext *ctx,
                     GPtrArray             *results)
{
  _stk_check_each_mate (ctx, results, handling_mate);
}
