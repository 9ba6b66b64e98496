/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-export"

#include "stk-config.h"

#include <string.h>

#include "stk-drawing.h"
#include "stk-export.h"

/* ASCII DXF R2000 (AC1015), the oldest version whose $INSUNITS readers
 * honour: y up, millimetres. Every object has a handle and its owner, as
 * R2000 wants. Fills become their outlines: CAD wants the edges. */


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
  [STK_INK_FRAME] = 7,
  [STK_INK_RULE] = 7,
  [STK_INK_FPC] = 2,
  [STK_INK_HIDDEN] = 8,
};

typedef struct {
  GString *out;
  double   height;       /* for flipping y */
  double   k;            /* drawing mm per unit of the primitives */
  guint    next_handle;  /* handles are hexadecimal and unique in the file */
  guint    model_space;  /* the *Model_Space block record: owner of every entity */
} Dxf;

/* The handles of the fixed objects, given before any other. */
enum {
  H_LTYPE_TABLE = 1, H_LAYER_TABLE, H_STYLE_TABLE, H_VIEW_TABLE, H_UCS_TABLE, H_VPORT_TABLE,
  H_APPID_TABLE, H_DIMSTYLE_TABLE, H_BLOCK_RECORD_TABLE, H_MODEL_SPACE, H_PAPER_SPACE,
  H_ROOT_DICT, H_GROUP_DICT, H_FIRST_FREE,
};

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

  group_str (dxf, code, stk_format_c_fixed (buf, value, 4));
}

static void
group_handle (Dxf  *dxf,
              int   code,
              guint handle)
{
  g_string_append_printf (dxf->out, "%3d\n%X\n", code, handle);
}

/* A new object's type, handle and owner. */
static void
object (Dxf        *dxf,
        const char *type,
        guint       owner)
{
  group_str (dxf, 0, type);
  group_handle (dxf, 5, dxf->next_handle++);
  group_handle (dxf, 330, owner);
}

static void
point (Dxf   *dxf,
       int    code,
       double x,
       double y)
{
  group_num (dxf, code, x * dxf->k);
  group_num (dxf, code + 10, (dxf->height - y) * dxf->k);
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
  if (p->prov == STK_PROV_ESTIMATE || p->ink == STK_INK_HIDDEN)
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
  object (dxf, "LTYPE", H_LTYPE_TABLE);
  group_str (dxf, 100, "AcDbSymbolTableRecord");
  group_str (dxf, 100, "AcDbLinetypeTableRecord");
  group_str (dxf, 2, name);
  group_int (dxf, 70, 0);
  group_str (dxf, 3, description);
  group_int (dxf, 72, 65);
  group_int (dxf, 73, n);
  group_num (dxf, 40, total);
  for (int i = 0; i < n; i++)
    {
      group_num (dxf, 49, pattern[i]);
      group_int (dxf, 74, 0);
    }
}

static void
write_header (Dxf   *dxf,
              double width,
              guint  handle_seed)
{
  group_str (dxf, 0, "SECTION");
  group_str (dxf, 2, "HEADER");
  group_str (dxf, 9, "$ACADVER");
  group_str (dxf, 1, "AC1015");
  group_str (dxf, 9, "$DWGCODEPAGE");
  group_str (dxf, 3, "ANSI_1252");
  group_str (dxf, 9, "$HANDSEED");
  group_handle (dxf, 5, handle_seed);
  group_str (dxf, 9, "$INSUNITS");
  group_int (dxf, 70, 4); /* millimetres */
  group_str (dxf, 9, "$MEASUREMENT");
  group_int (dxf, 70, 1); /* metric */
  group_str (dxf, 9, "$EXTMIN");
  point (dxf, 10, 0, dxf->height);
  group_str (dxf, 9, "$EXTMAX");
  point (dxf, 10, width, 0);
  group_str (dxf, 0, "ENDSEC");
  group_str (dxf, 0, "SECTION");
  group_str (dxf, 2, "CLASSES");
  group_str (dxf, 0, "ENDSEC");
}

static void
begin_table (Dxf        *dxf,
             const char *name,
             guint       handle,
             int         count)
{
  group_str (dxf, 0, "TABLE");
  group_str (dxf, 2, name);
  group_handle (dxf, 5, handle);
  group_handle (dxf, 330, 0);
  group_str (dxf, 100, "AcDbSymbolTable");
  group_int (dxf, 70, count);
}

static void
write_layer (Dxf        *dxf,
             const char *name,
             int         colour)
{
  object (dxf, "LAYER", H_LAYER_TABLE);
  group_str (dxf, 100, "AcDbSymbolTableRecord");
  group_str (dxf, 100, "AcDbLayerTableRecord");
  group_str (dxf, 2, name);
  group_int (dxf, 70, 0);
  group_int (dxf, 62, colour);
  group_str (dxf, 6, "CONTINUOUS");
}

static void
write_block_record (Dxf        *dxf,
                    guint       handle,
                    const char *name)
{
  group_str (dxf, 0, "BLOCK_RECORD");
  group_handle (dxf, 5, handle);
  group_handle (dxf, 330, H_BLOCK_RECORD_TABLE);
  group_str (dxf, 100, "AcDbSymbolTableRecord");
  group_str (dxf, 100, "AcDbBlockTableRecord");
  group_str (dxf, 2, name);
}

static void
write_tables (Dxf           *dxf,
              const StkPrim *prims,
              guint          n)
{
  static const double dashed[] = { 0.4, -0.2 };
  static const double dotted[] = { 0.0, -0.15 };
  static const struct { const char *name; guint handle; } empty_tables[] = {
    { "VPORT", H_VPORT_TABLE }, { "VIEW", H_VIEW_TABLE }, { "UCS", H_UCS_TABLE },
  };
  g_autoptr(GPtrArray) layers = g_ptr_array_new ();
  g_autoptr(GArray) colours = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < n; i++)
    if (!g_ptr_array_find_with_equal_func (layers, prims[i].layer, g_str_equal, NULL))
      {
        g_ptr_array_add (layers, (gpointer) prims[i].layer);
        g_array_append_val (colours, ink_aci[prims[i].ink]);
      }
  group_str (dxf, 0, "SECTION");
  group_str (dxf, 2, "TABLES");
  for (guint i = 0; i < G_N_ELEMENTS (empty_tables); i++)
    {
      begin_table (dxf, empty_tables[i].name, empty_tables[i].handle, 0);
      group_str (dxf, 0, "ENDTAB");
    }

  begin_table (dxf, "LTYPE", H_LTYPE_TABLE, 5);
  write_ltype (dxf, "BYBLOCK", "", NULL, 0);
  write_ltype (dxf, "BYLAYER", "", NULL, 0);
  write_ltype (dxf, "CONTINUOUS", "Solid line: datasheet", NULL, 0);
  write_ltype (dxf, "DASHED", "Dashed: estimate (read off CAD data)", dashed, 2);
  write_ltype (dxf, "DOTTED", "Dotted: placeholder", dotted, 2);
  group_str (dxf, 0, "ENDTAB");

  /* Layer 0 exists in every drawing; then one layer per part, as drawn. */
  begin_table (dxf, "LAYER", H_LAYER_TABLE, (int) layers->len + 1);
  write_layer (dxf, "0", 7);
  for (guint i = 0; i < layers->len; i++)
    write_layer (dxf, g_ptr_array_index (layers, i), g_array_index (colours, int, i));
  group_str (dxf, 0, "ENDTAB");

  begin_table (dxf, "STYLE", H_STYLE_TABLE, 1);
  object (dxf, "STYLE", H_STYLE_TABLE);
  group_str (dxf, 100, "AcDbSymbolTableRecord");
  group_str (dxf, 100, "AcDbTextStyleTableRecord");
  group_str (dxf, 2, "STANDARD");
  group_int (dxf, 70, 0);
  group_num (dxf, 40, 0);
  group_num (dxf, 41, 1);
  group_str (dxf, 3, "txt");
  group_str (dxf, 0, "ENDTAB");

  begin_table (dxf, "APPID", H_APPID_TABLE, 1);
  object (dxf, "APPID", H_APPID_TABLE);
  group_str (dxf, 100, "AcDbSymbolTableRecord");
  group_str (dxf, 100, "AcDbRegAppTableRecord");
  group_str (dxf, 2, "ACAD");
  group_int (dxf, 70, 0);
  group_str (dxf, 0, "ENDTAB");

  begin_table (dxf, "DIMSTYLE", H_DIMSTYLE_TABLE, 0);
  group_str (dxf, 100, "AcDbDimStyleTable");
  group_str (dxf, 0, "ENDTAB");

  begin_table (dxf, "BLOCK_RECORD", H_BLOCK_RECORD_TABLE, 2);
  write_block_record (dxf, H_MODEL_SPACE, "*Model_Space");
  write_block_record (dxf, H_PAPER_SPACE, "*Paper_Space");
  group_str (dxf, 0, "ENDTAB");
  group_str (dxf, 0, "ENDSEC");
}

static void
write_blocks (Dxf *dxf)
{
  static const struct { guint owner; const char *name; } blocks[] = {
    { H_MODEL_SPACE, "*Model_Space" }, { H_PAPER_SPACE, "*Paper_Space" },
  };

  group_str (dxf, 0, "SECTION");
  group_str (dxf, 2, "BLOCKS");
  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      object (dxf, "BLOCK", blocks[i].owner);
      group_str (dxf, 100, "AcDbEntity");
      group_str (dxf, 8, "0");
      group_str (dxf, 100, "AcDbBlockBegin");
      group_str (dxf, 2, blocks[i].name);
      group_int (dxf, 70, 0);
      point (dxf, 10, 0, dxf->height);
      group_str (dxf, 3, blocks[i].name);
      group_str (dxf, 1, "");
      object (dxf, "ENDBLK", blocks[i].owner);
      group_str (dxf, 100, "AcDbEntity");
      group_str (dxf, 8, "0");
      group_str (dxf, 100, "AcDbBlockEnd");
    }
  group_str (dxf, 0, "ENDSEC");
}

static void
write_objects (Dxf *dxf)
{
  group_str (dxf, 0, "SECTION");
  group_str (dxf, 2, "OBJECTS");
  group_str (dxf, 0, "DICTIONARY");
  group_handle (dxf, 5, H_ROOT_DICT);
  group_handle (dxf, 330, 0);
  group_str (dxf, 100, "AcDbDictionary");
  group_int (dxf, 281, 1);
  group_str (dxf, 3, "ACAD_GROUP");
  group_handle (dxf, 350, H_GROUP_DICT);
  group_str (dxf, 0, "DICTIONARY");
  group_handle (dxf, 5, H_GROUP_DICT);
  group_handle (dxf, 330, H_ROOT_DICT);
  group_str (dxf, 100, "AcDbDictionary");
  group_int (dxf, 281, 1);
  group_str (dxf, 0, "ENDSEC");
}

static void
entity (Dxf           *dxf,
        const char    *type,
        const char    *subclass,
        const StkPrim *p)
{
  object (dxf, type, H_MODEL_SPACE);
  group_str (dxf, 100, "AcDbEntity");
  group_str (dxf, 8, p->layer);
  group_str (dxf, 6, linetype (p));
  group_str (dxf, 100, subclass);
}

static void
write_prim (Dxf            *dxf,
            const StkPrim  *p,
            const StkPoint *pts)
{
  if (p->kind == STK_PRIM_CIRCLE)
    {
      entity (dxf, "CIRCLE", "AcDbCircle", p);
      point (dxf, 10, p->x, p->y);
      group_num (dxf, 40, p->r * dxf->k);
    }
  else if (p->kind == STK_PRIM_TEXT)
    {
      g_autofree char *text = dxf_text (p->text);
      entity (dxf, "TEXT", "AcDbText", p);
      point (dxf, 10, p->x, p->y);
      group_num (dxf, 40, p->size * dxf->k); /* TEXT height: the capital height, as drawn */
      group_str (dxf, 1, text);
      group_str (dxf, 7, "STANDARD");
      group_int (dxf, 72, p->align); /* 0 left, 1 centre, 2 right */
      point (dxf, 11, p->x, p->y);
      group_str (dxf, 100, "AcDbText");
      group_int (dxf, 73, 2);        /* middle */
    }
  else if (p->n_points == 2 && !p->closed)
    {
      entity (dxf, "LINE", "AcDbLine", p);
      point (dxf, 10, pts[p->first].x, pts[p->first].y);
      point (dxf, 11, pts[p->first + 1].x, pts[p->first + 1].y);
    }
  else
    {
      entity (dxf, "LWPOLYLINE", "AcDbPolyline", p);
      group_int (dxf, 90, (int) p->n_points);
      group_int (dxf, 70, p->closed ? 1 : 0);
      for (guint i = 0; i < p->n_points; i++)
        {
          group_num (dxf, 10, pts[p->first + i].x * dxf->k);
          group_num (dxf, 20, (dxf->height - pts[p->first + i].y) * dxf->k);
        }
    }
}

GBytes *
stk_export_dxf (const StkDrawing *drawing,
                double            k)
{
  Dxf dxf = { g_string_sized_new (64 * 1024), 0, k, H_FIRST_FREE, H_MODEL_SPACE };
  g_autoptr(GString) body = NULL;
  const StkPrim *prims;
  const StkPoint *pts = stk_drawing_get_points (drawing);
  double width;
  guint n;

  stk_drawing_get_extents (drawing, &width, &dxf.height);
  prims = stk_drawing_get_prims (drawing, &n);
  /* The header names the next free handle, so it is written last, in front. */
  write_tables (&dxf, prims, n);
  write_blocks (&dxf);
  group_str (&dxf, 0, "SECTION");
  group_str (&dxf, 2, "ENTITIES");
  for (guint i = 0; i < n; i++)
    write_prim (&dxf, &prims[i], pts);
  group_str (&dxf, 0, "ENDSEC");
  write_objects (&dxf);
  group_str (&dxf, 0, "EOF");

  body = g_steal_pointer (&dxf.out);
  dxf.out = g_string_sized_new (body->len + 1024);
  write_header (&dxf, width, dxf.next_handle);
  g_string_append_len (dxf.out, body->str, body->len);
  return g_string_free_to_bytes (dxf.out);
}
