/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-export"

#include "stk-config.h"

#include <string.h>

#include "stk-drawing.h"
#include "stk-export.h"

/* ASCII DXF R12, y up, millimetres. Fills become their outlines: CAD wants
 * the edges. */

#define CAP_PER_EM 0.72

/* AutoCAD colour index per ink. */
static const int ink_aci[STK_N_INKS] = {
  [STK_INK_SOCKET] = 5,
  [STK_INK_HEADER] = 30,
  [STK_INK_CONTACT] = 8,
  [STK_INK_METAL] = 9,
  [STK_INK_PAD] = 40,
  [STK_INK_STIFFENER] = 6,
  [STK_INK_BOARD] = 3,
  [STK_INK_COMPONENT] = 8,
  [STK_INK_DIMENSION] = 7,
  [STK_INK_LABEL] = 7,
  [STK_INK_MARKER] = 1,
};

typedef struct {
  GString *out;
  double   height;  /* for flipping y */
} Dxf;

static void
group_str (Dxf        *dxf,
           int         code,
           const char *value)
{
  g_string_append_printf (dxf->out, "%3d\n%s\n", code, value);
}

static void
group_int (Dxf *dxf,
           int  code,
           int  value)
{
  g_string_append_printf (dxf->out, "%3d\n%6d\n", code, value);
}

static void
group_num (Dxf   *dxf,
           int    code,
           double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  group_str (dxf, code, g_ascii_formatd (buf, sizeof buf, "%.4f", value));
}

static void
point (Dxf   *dxf,
       int    code,
       double x,
       double y)
{
  group_num (dxf, code, x);
  group_num (dxf, code + 10, dxf->height - y);
  group_num (dxf, code + 20, 0);
}

/* DXF text is 8-bit; anything else goes as \U+XXXX, which CAD reads. */
static char *
dxf_text (const char *utf8)
{
  GString *s = g_string_new (NULL);

  for (const char *p = utf8; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 0x80)
        g_string_append_c (s, (char) c);
      else
        g_string_append_printf (s, "\\U+%04X", c);
    }
  return g_string_free (s, FALSE);
}

static const char *
linetype (const StkPrim *p)
{
  if (p->filled || p->kind == STK_PRIM_TEXT)
    return "CONTINUOUS";
  if (p->prov == STK_PROV_ESTIMATE)
    return "DASHED";
  if (p->prov == STK_PROV_PLACEHOLDER)
    return "DOTTED";
  return "CONTINUOUS";
}

static void
write_ltype (Dxf          *dxf,
             const char   *name,
             const char   *description,
             const double *pattern,
             int           n)
{
  double total = 0;

  for (int i = 0; i < n; i++)
    total += ABS (pattern[i]);
  group_str (dxf, 0, "LTYPE");
  group_str (dxf, 2, name);
  group_int (dxf, 70, 0);
  group_str (dxf, 3, description);
  group_int (dxf, 72, 65);
  group_int (dxf, 73, n);
  group_num (dxf, 40, total);
  for (int i = 0; i < n; i++)
    group_num (dxf, 49, pattern[i]);
}

static void
write_header (Dxf   *dxf,
              double width)
{
  group_str (dxf, 0, "SECTION");
  group_str (dxf, 2, "HEADER");
  group_str (dxf, 9, "$ACADVER");
  group_str (dxf, 1, "AC1009");
  group_str (dxf, 9, "$INSUNITS");
  group_int (dxf, 70, 4); /* millimetres */
  group_str (dxf, 9, "$MEASUREMENT");
  group_int (dxf, 70, 1); /* metric */
  group_str (dxf, 9, "$EXTMIN");
  point (dxf, 10, 0, dxf->height);
  group_str (dxf, 9, "$EXTMAX");
  point (dxf, 10, width, 0);
  group_str (dxf, 0, "ENDSEC");
}

static void
write_tables (Dxf           *dxf,
              const StkPrim *prims,
              guint          n)
{
  static const double dashed[] = { 0.4, -0.2 };
  static const double dotted[] = { 0.0, -0.15 };
  g_autoptr(GPtrArray) layers = g_ptr_array_new ();
  g_autoptr(GArray) colours = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < n; i++)
    if (!g_ptr_array_find (layers, prims[i].layer, NULL))
      {
        g_ptr_array_add (layers, (gpointer) prims[i].layer);
        g_array_append_val (colours, ink_aci[prims[i].ink]);
      }
  group_str (dxf, 0, "SECTION");
  group_str (dxf, 2, "TABLES");
  group_str (dxf, 0, "TABLE");
  group_str (dxf, 2, "LTYPE");
  group_int (dxf, 70, 3);
  write_ltype (dxf, "CONTINUOUS", "Solid line: datasheet", NULL, 0);
  write_ltype (dxf, "DASHED", "Dashed: estimate (read off CAD data)", dashed, 2);
  write_ltype (dxf, "DOTTED", "Dotted: placeholder", dotted, 2);
  group_str (dxf, 0, "ENDTAB");
  group_str (dxf, 0, "TABLE");
  group_str (dxf, 2, "LAYER");
  group_int (dxf, 70, (int) layers->len);
  for (guint i = 0; i < layers->len; i++)
    {
      group_str (dxf, 0, "LAYER");
      group_str (dxf, 2, g_ptr_array_index (layers, i));
      group_int (dxf, 70, 0);
      group_int (dxf, 62, g_array_index (colours, int, i));
      group_str (dxf, 6, "CONTINUOUS");
    }
  group_str (dxf, 0, "ENDTAB");
  group_str (dxf, 0, "ENDSEC");
}

static void
entity (Dxf           *dxf,
        const char    *type,
        const StkPrim *p)
{
  group_str (dxf, 0, type);
  group_str (dxf, 8, p->layer);
  group_str (dxf, 6, linetype (p));
}

static void
write_prim (Dxf            *dxf,
            const StkPrim  *p,
            const StkPoint *pts)
{
  if (p->kind == STK_PRIM_CIRCLE)
    {
      entity (dxf, "CIRCLE", p);
      point (dxf, 10, p->x, p->y);
      group_num (dxf, 40, p->r);
    }
  else if (p->kind == STK_PRIM_TEXT)
    {
      g_autofree char *text = dxf_text (p->text);
      entity (dxf, "TEXT", p);
      point (dxf, 10, p->x, p->y);
      group_num (dxf, 40, p->size * CAP_PER_EM);
      group_str (dxf, 1, text);
      group_int (dxf, 72, p->align); /* 0 left, 1 centre, 2 right */
      point (dxf, 11, p->x, p->y);
      group_int (dxf, 73, 2);        /* middle */
    }
  else if (p->n_points == 2 && !p->closed)
    {
      entity (dxf, "LINE", p);
      point (dxf, 10, pts[p->first].x, pts[p->first].y);
      point (dxf, 11, pts[p->first + 1].x, pts[p->first + 1].y);
    }
  else
    {
      entity (dxf, "POLYLINE", p);
      group_int (dxf, 66, 1);
      point (dxf, 10, 0, dxf->height);
      group_int (dxf, 70, p->closed ? 1 : 0);
      for (guint i = 0; i < p->n_points; i++)
        {
          group_str (dxf, 0, "VERTEX");
          group_str (dxf, 8, p->layer);
          point (dxf, 10, pts[p->first + i].x, pts[p->first + i].y);
        }
      group_str (dxf, 0, "SEQEND");
      group_str (dxf, 8, p->layer);
    }
}

GBytes *
stk_export_dxf (const StkDrawing *drawing)
{
  Dxf dxf = { g_string_sized_new (64 * 1024), 0 };
  const StkPrim *prims;
  const StkPoint *pts = stk_drawing_get_points (drawing);
  double width;
  guint n;

  stk_drawing_get_extents (drawing, &width, &dxf.height);
  prims = stk_drawing_get_prims (drawing, &n);
  write_header (&dxf, width);
  write_tables (&dxf, prims, n);
  group_str (&dxf, 0, "SECTION");
  group_str (&dxf, 2, "ENTITIES");
  for (guint i = 0; i < n; i++)
    write_prim (&dxf, &prims[i], pts);
  group_str (&dxf, 0, "ENDSEC");
  group_str (&dxf, 0, "EOF");
  return g_string_free_to_bytes (dxf.out);
}
