/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-project"

#include "stk-config.h"

#include "stk-section-cut.h"

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

const char *
stk_cut_axis_to_string (StkCutAxis axis)
{
  return axis == STK_CUT_ALONG_Y ? "y" : "x";
}

gboolean
stk_cut_axis_from_string (const char *str,
                          StkCutAxis *axis)
{
  if (g_strcmp0 (str, "x") == 0)
    *axis = STK_CUT_ALONG_X;
  else if (g_strcmp0 (str, "y") == 0)
    *axis = STK_CUT_ALONG_Y;
  else
    return FALSE;
  return TRUE;
}
