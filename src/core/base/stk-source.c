/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-source"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-source.h"

static const struct {
  StkProvKind kind;
  const char *id;
  const char *label;
} prov_kinds[] = {
  { STK_PROV_DATASHEET, "datasheet", N_("datasheet") },
  { STK_PROV_ESTIMATE, "estimate", N_("estimate") },
  { STK_PROV_PLACEHOLDER, "placeholder", N_("placeholder") },
  { STK_PROV_USER, "user", N_("user value") },
  { STK_PROV_DERIVED, "derived", N_("derived") },
};

static const StkSource user_source = {
  STK_PROV_USER, N_("Entered by the user, overriding the catalog value"), NULL,
};

const char *
stk_prov_kind_to_string (StkProvKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (prov_kinds); i++)
    if (prov_kinds[i].kind == kind)
      return prov_kinds[i].id;
  g_return_val_if_reached ("unknown");
}

const char *
stk_prov_kind_label (StkProvKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (prov_kinds); i++)
    if (prov_kinds[i].kind == kind)
      return _(prov_kinds[i].label);
  g_return_val_if_reached ("?");
}

/* An estimate's confidence as people read it: the catalog writes "high",
 * "medium", "low" or "unknown"; "—" when there is none. */
const char *
stk_source_confidence_label (const StkSource *source)
{
  const char *c = source ? source->confidence : NULL;

  if (c == NULL)
    return "—";
  /* Translators: the confidence of an estimate, as in "estimate, high confidence" */
  if (g_str_equal (c, "high"))
    return C_("confidence", "high");
  if (g_str_equal (c, "medium"))
    return C_("confidence", "medium");
  if (g_str_equal (c, "low"))
    return C_("confidence", "low");
  if (g_str_equal (c, "unknown"))
    return C_("confidence", "unknown");
  return c;
}

gboolean
stk_prov_kind_from_string (const char  *str,
                           StkProvKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (prov_kinds); i++)
    if (g_strcmp0 (str, prov_kinds[i].id) == 0)
      {
        *kind = prov_kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

gboolean
stk_value_is_set (const StkValue *value)
{
  return value != NULL && value->source != NULL;
}

gboolean
stk_value_is_estimate (const StkValue *value)
{
  return stk_value_is_set (value) && value->source->kind != STK_PROV_DATASHEET &&
         value->source->kind != STK_PROV_DERIVED;
}

/* "estimate, medium confidence: two independent KiCad footprints …" — the one-line form used by
 * the checks panel, the CLI and the design note alike. */
char *
stk_source_describe (const StkSource *source)
{
  if (source == NULL)
    return g_strdup (_("no source"));
  if (source->confidence != NULL)
    /* Translators: a source of a value: its kind ("estimate"), the confidence ("high", "medium",
     * "low") and the reference */
    return g_strdup_printf (_("%s, %s confidence: %s"),
                            stk_prov_kind_label (source->kind),
                            stk_source_confidence_label (source), stk_source_ref (source));
  /* Translators: a source of a value: its kind ("datasheet") and the reference */
  return g_strdup_printf (_("%s: %s"), stk_prov_kind_label (source->kind), stk_source_ref (source));
}

const char *
stk_source_name (const StkSource *source)
{
  g_return_val_if_fail (source != NULL, "?");
  return source->label ? g_dgettext (GETTEXT_PACKAGE, source->label) : stk_source_ref (source);
}

/* The reference as people read it. The catalog's are citations, kept as
 * printed; the few sources Stackup itself defines are N_() marked. */
const char *
stk_source_ref (const StkSource *source)
{
  g_return_val_if_fail (source != NULL, "?");
  return source->ref && *source->ref ? g_dgettext (GETTEXT_PACKAGE, source->ref) : "";
}

const StkSource *
stk_source_user (void)
{
  return &user_source;
}
