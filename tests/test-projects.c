/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-projects.h"

static StkBoard *
board (const char  *id,
       const char  *name,
       StkBoardKind kind,
       double       thickness,
       double       comp_top,
       double       comp_bottom)
{
  StkBoard *b = stk_board_new (id, name, kind);

  b->thickness_mm = thickness;
  b->component_top_mm = comp_top;
  b->component_bottom_mm = comp_bottom;
  return b;
}

static StkMate *
mate (const char *id,
      const char *series,
      double      height,
      guint       pins,
      const char *packaging,
      const char *socket_board,
      const char *header_board)
{
  StkMate *m = stk_mate_new (id, series, height, pins, packaging);

  g_free (m->name);
  m->name = g_ascii_strup (id, -1);
  m->socket_board = g_strdup (socket_board);
  m->header_board = g_strdup (header_board);
  return m;
}

/* A main board, a daughter board on a P4 pair and an FPC on an A4S pair. */
StkProject *
test_project_p4_a4s (void)
{
  StkProject *p = stk_project_new_empty ();
  StkMate *j1, *j2;

  stk_project_set_name (p, "Camera module");
  stk_project_add_board (p, board ("main", "Main board", STK_BOARD_RIGID, 1.0, 1.2, 0), -1);
  stk_project_add_board (p, board ("daughter", "Daughter board", STK_BOARD_RIGID, 0.8, 0.3, 0.5), -1);
  stk_project_add_board (p, board ("fpc", "Camera FPC", STK_BOARD_FPC, 0.12, 0, 0.2), -1);
  j1 = mate ("j1", "P4", 2.0, 60, "embossed", "main", "daughter");
  stk_mate_add_net (j1, "VBAT", STK_NET_SUPPLY, 1.2, 4.2);
  stk_mate_assign_pins (j1, 1, 6, "VBAT");
  stk_project_add_mate (p, j1);
  j2 = mate ("j2", "A4S", 0.8, 30, "8mm", "daughter", "fpc");
  stk_project_add_mate (p, j2);
  return p;
}

/* Four boards and four mates at the largest pin counts: the benchmark load. */
StkProject *
test_project_largest (void)
{
  StkProject *p = test_project_p4_a4s ();
  StkMate *m;

  stk_project_set_name (p, "Largest");
  stk_mate_set_pins (g_ptr_array_index (stk_project_get_mates (p), 0), 100);
  stk_mate_set_pins (g_ptr_array_index (stk_project_get_mates (p), 1), 80);
  stk_project_add_board (p, board ("top", "Top board", STK_BOARD_RIGID, 0.6, 0, 0.8), -1);
  m = mate ("j3", "P4", 3.5, 80, "embossed", "fpc", "top");
  stk_project_add_mate (p, m);
  m = mate ("j4", "P4", 2.0, 100, "embossed", "main", "daughter");
  stk_project_add_mate (p, m);
  return p;
}

/* n mates up a column of n + 1 boards, P4 and A4S in turn, each with a few
 * nets: the synthetic load of the sheet tests and the note benchmark. */
StkProject *
test_project_many (guint n)
{
  StkProject *p = stk_project_new_empty ();

  stk_project_set_name (p, "Many mates");
  for (guint i = 0; i <= n; i++)
    {
      g_autofree char *id = g_strdup_printf ("b%u", i);
      g_autofree char *name = g_strdup_printf ("Board %u", i);
      stk_project_add_board (p, board (id, name, STK_BOARD_RIGID, 0.8, 0, 0), -1);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("j%u", i + 1);
      g_autofree char *lo = g_strdup_printf ("b%u", i);
      g_autofree char *hi = g_strdup_printf ("b%u", i + 1);
      StkMate *m = i % 2 ? mate (id, "A4S", 0.8, 30, "8mm", lo, hi) : mate (id, "P4", 1.5, 40, "embossed", lo, hi);

      stk_mate_add_net (m, "VBAT", STK_NET_SUPPLY, 1.0, 4.2);
      stk_mate_assign_pins (m, 1, 4, "VBAT");
      stk_mate_add_net (m, "GND", STK_NET_GROUND, 1.0, 0);
      stk_mate_assign_pins (m, 5, 8, "GND");
      stk_mate_add_net (m, "SDA", STK_NET_SIGNAL, 0.1, 1.8);
      stk_mate_assign_pins (m, 9, 9, "SDA");
      stk_project_add_mate (p, m);
    }
  return p;
}

const StkPrim *
test_find_text (const StkDrawing *d,
                const char       *text)
{
  guint n;
  const StkPrim *prims = stk_drawing_get_prims (d, &n);

  for (guint i = 0; i < n; i++)
    if (prims[i].kind == STK_PRIM_TEXT && g_str_equal (prims[i].text, text))
      return &prims[i];
  return NULL;
}

guint32
test_pixel (cairo_surface_t *s,
            double           x_mm,
            double           y_mm,
            double           px_per_mm)
{
  int x = (int) (x_mm * px_per_mm), y = (int) (y_mm * px_per_mm);
  const guint8 *row = cairo_image_surface_get_data (s) + y * cairo_image_surface_get_stride (s);

  return ((const guint32 *) (gconstpointer) row)[x] & 0xffffff;
}

StkProject *
test_project_assembly (guint  n_daughters,
                       guint  n_fpcs,
                       double pitch)
{
  StkProject *p = stk_project_new_empty ();
  StkBoard *base = stk_board_new ("base", "Base", STK_BOARD_RIGID);

  base->outline_set = TRUE;
  base->origin_x_mm = -10;
  base->origin_y_mm = -10;
  base->length_mm = n_daughters * pitch;
  base->width_mm = 20;
  stk_project_add_board (p, base, -1);
  for (guint d = 0; d < n_daughters; d++)
    {
      g_autofree char *did = g_strdup_printf ("d%u", d);
      g_autofree char *jid = g_strdup_printf ("j%u", d);
      StkBoard *daughter = stk_board_new (did, did, STK_BOARD_RIGID);
      StkMate *m = stk_mate_new (jid, "P4", 1.5, 40, "embossed");

      daughter->outline_set = TRUE;
      daughter->origin_x_mm = -5;
      daughter->origin_y_mm = -5;
      daughter->length_mm = n_fpcs * 10;
      daughter->width_mm = 10;
      stk_project_add_board (p, daughter, -1);
      m->socket_board = g_strdup ("base");
      m->header_board = g_strdup (did);
      m->x_mm = d * pitch;
      stk_project_add_mate (p, m);
      for (guint f = 0; f < n_fpcs; f++)
        {
          g_autofree char *fid = g_strdup_printf ("f%u-%u", d, f);
          g_autofree char *kid = g_strdup_printf ("k%u-%u", d, f);
          StkMate *k = stk_mate_new (kid, "A4S", 0.8, 20, "8mm");

          stk_project_add_board (p, stk_board_new (fid, fid, STK_BOARD_FPC), -1);
          k->socket_board = g_strdup (did);
          k->header_board = g_strdup (fid);
          k->x_mm = f * 10.0;
          stk_project_add_mate (p, k);
        }
    }
  return p;
}
