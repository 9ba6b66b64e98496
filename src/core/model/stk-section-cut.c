/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-enum-private.h"
#include "stk-error.h"
#include "stk-project.h"
#include "stk-section-cut.h"

#define MAX_AT_MM 1000.0

StkSectionCut *
stk_section_cut_new (StkCutAxis  axis,
                     double      at_mm,
                     const char *label)
{
  StkSectionCut *cut = g_new0 (StkSectionCut, 1);

  cut->axis = axis;
  cut->at_mm = at_mm;
  cut->label = label && *label ? g_strdup (label) : NULL;
  return cut;
}

StkSectionCut *
stk_section_cut_copy (const StkSectionCut *cut)
{
  return stk_section_cut_new (cut->axis, cut->at_mm, cut->label);
}

void
stk_section_cut_free (StkSectionCut *cut)
{
  if (cut == NULL)
    return;
  g_free (cut->label);
  g_free (cut);
}

static const StkEnumName cut_axes[] = {
  { STK_CUT_ALONG_X, "x" },
  { STK_CUT_ALONG_Y, "y" },
};

const char *
stk_cut_axis_to_string (StkCutAxis axis)
{
  return _stk_enum_to_string (cut_axes, G_N_ELEMENTS (cut_axes), axis);
}

gboolean
stk_cut_axis_from_string (const char *str,
                          StkCutAxis *axis)
{
  return _stk_enum_from_string (cut_axes, G_N_ELEMENTS (cut_axes), str, (int *) axis);
}

StkSectionCut *
stk_section_cut_parse (const char  *text,
                       GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ":", 2);
  g_auto(GStrv) axis_at = g_strsplit (parts[0] ? parts[0] : "", "=", 2);
  const char *label = parts[0] ? parts[1] : NULL;
  StkCutAxis axis;
  char *end = NULL;
  double at;

  if (axis_at[0] == NULL || axis_at[1] == NULL || !stk_cut_axis_from_string (axis_at[0], &axis))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a cut: write x=MM (the line along x at y = MM) or y=MM, and :LABEL if you like"),
                   text);
      return NULL;
    }
  at = g_ascii_strtod (axis_at[1], &end);
  if (end == axis_at[1] || *end != '\0' || !isfinite (at) || fabs (at) > MAX_AT_MM)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("“%s”: the cut's place must be a number of mm from −1000 to 1000"), text);
      return NULL;
    }
  if (label != NULL)
    {
      gboolean ok = *label != '\0' && strlen (label) <= STK_SECTION_CUT_LABEL_MAX;

      for (const char *c = label; ok && *c; c++)
        ok = g_ascii_isupper (*c);
      if (!ok)
        {
          g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                       _("“%s”: a cut's label is one to three capital letters A to Z"), text);
          return NULL;
        }
    }
  return stk_section_cut_new (axis, at, label);
}

gboolean
stk_section_cut_check_new (const GPtrArray     *cuts,
                           const StkSectionCut *cut,
                           GError             **error)
{
  if (cuts->len >= STK_SECTION_CUTS_MAX)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT, _("at most %d cuts, got %u"),
                   STK_SECTION_CUTS_MAX, cuts->len + 1);
      return FALSE;
    }
  for (guint i = 0; cut->label != NULL && i < cuts->len; i++)
    if (g_strcmp0 (((const StkSectionCut *) g_ptr_array_index (cuts, i))->label, cut->label) == 0)
      {
        g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT, _("“%s” names an earlier cut too"), cut->label);
        return FALSE;
      }
  return TRUE;
}

/* Editing through the project */

void
stk_project_add_section_cut (StkProject    *self,
                             StkSectionCut *cut)
{
  g_return_if_fail (STK_IS_PROJECT (self));
  g_return_if_fail (cut != NULL);

  g_ptr_array_add (stk_project_get_section_cuts (self), cut);
  stk_project_changed_one (self, STK_CHANGE_VIEWS, NULL);
}

void
stk_project_remove_section_cut (StkProject *self,
                                guint       index)
{
  g_return_if_fail (STK_IS_PROJECT (self));
  g_return_if_fail (index < stk_project_get_section_cuts (self)->len);

  g_ptr_array_remove_index (stk_project_get_section_cuts (self), index);
  stk_project_changed_one (self, STK_CHANGE_VIEWS, NULL);
}
