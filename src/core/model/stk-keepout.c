/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-keepout"

#include "stk-config.h"

#include "stk-keepout.h"

StkKeepout *
stk_keepout_new (StkFace     face,
                 double      x_mm,
                 double      y_mm,
                 double      length_mm,
                 double      width_mm,
                 double      height_mm,
                 const char *label)
{
  StkKeepout *k = g_new0 (StkKeepout, 1);

  k->face = face;
  k->x_mm = x_mm;
  k->y_mm = y_mm;
  k->length_mm = length_mm;
  k->width_mm = width_mm;
  k->height_mm = height_mm;
  k->label = g_strdup (label ? label : "");
  return k;
}

StkKeepout *
stk_keepout_copy (const StkKeepout *keepout)
{
  return stk_keepout_new (keepout->face, keepout->x_mm, keepout->y_mm, keepout->length_mm, keepout->width_mm,
                          keepout->height_mm, keepout->label);
}

void
stk_keepout_free (StkKeepout *keepout)
{
  if (keepout == NULL)
    return;
  g_free (keepout->label);
  g_free (keepout);
}

gboolean
stk_keepout_equal (const StkKeepout *a,
                   const StkKeepout *b)
{
  return a->face == b->face && a->x_mm == b->x_mm && a->y_mm == b->y_mm && a->length_mm == b->length_mm &&
         a->width_mm == b->width_mm && a->height_mm == b->height_mm && g_strcmp0 (a->label, b->label) == 0;
}

GPtrArray *
stk_keepouts_copy (GPtrArray *keepouts)
{
  GPtrArray *copy;

  if (keepouts == NULL || keepouts->len == 0)
    return NULL;
  copy = g_ptr_array_new_full (keepouts->len, (GDestroyNotify) stk_keepout_free);
  for (guint i = 0; i < keepouts->len; i++)
    g_ptr_array_add (copy, stk_keepout_copy (g_ptr_array_index (keepouts, i)));
  return copy;
}

gboolean
stk_keepouts_equal (GPtrArray *a,
                    GPtrArray *b)
{
  guint na = a ? a->len : 0, nb = b ? b->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!stk_keepout_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

void
stk_keepout_rect (const StkKeepout *keepout,
                  double            rect[4])
{
  rect[0] = keepout->x_mm - keepout->length_mm / 2;
  rect[1] = keepout->y_mm - keepout->width_mm / 2;
  rect[2] = keepout->x_mm + keepout->length_mm / 2;
  rect[3] = keepout->y_mm + keepout->width_mm / 2;
}
