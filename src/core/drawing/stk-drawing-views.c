/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-check-subject.h"
#include "stk-drawing-views.h"

/* A connector's section is partial: the connector and this much of the
 * line on either side (drawing mm), enough for its plate, the facing
 * parts beside it and the boards' edges of an FPC's default outline. */
#define CUT_MARGIN_MM 8.0
#define LEADER_MM     3.0

static void
cut_clear (gpointer data)
{
  g_free (((StkCut *) data)->label);
}

/* Section letters skip I, O and Q, which read as digits: A … Z, AA …
 * ZZ, AAA … (at most 8 letters for a guint). */
static void
letter_label (guint n,
              char  buf[16])
{
  static const char letters[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
  guint base = sizeof letters - 1;
  char rev[16];
  guint len = 0;

  do
    {
      rev[len++] = letters[n % base];
      n = n / base;
    }
  while (n-- > 0);
  for (guint i = 0; i < len; i++)
    buf[i] = rev[len - 1 - i];
  buf[len] = '\0';
}

/* The next letters not among the user's: the letters given here only grow,
 * so none comes twice. */
static char *
next_free_label (GHashTable *used,
                 guint      *next)
{
  for (;;)
    {
      char label[16];

      letter_label ((*next)++, label);
      if (!g_hash_table_contains (used, label))
        return g_strdup (label);
    }
}

/* The longer of the two parts' overall lengths A, or 0. */
static double
mate_length (StkCatalog    *catalog,
             const StkMate *mate)
{
  const StkSeries *s = catalog ? stk_catalog_find_series (catalog, mate->series) : NULL;
  double len = 0;

  for (guint r = 0; s != NULL && r < 2; r++)
    {
      StkValue dims[STK_N_DIMS];

      stk_series_dimensions (s, r == 0 ? STK_ROLE_SOCKET : STK_ROLE_HEADER, mate->pins, mate->mated_height_mm, dims);
      if (dims[STK_DIM_A].source != NULL)
        len = MAX (len, dims[STK_DIM_A].value);
    }
  return len;
}

/* One cut per placed mate along the connector's long axis through its
 * centre (the section shows its whole length, both boards, the parts and
 * the gap); then the user's. Letters the user gave are not given twice. */
static void
make_cuts (StkViews *v)
{
  GPtrArray *user = stk_project_get_section_cuts (v->project);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint next = 0;

  for (guint i = 0; i < user->len; i++)
    {
      const StkSectionCut *c = g_ptr_array_index (user, i);

      if (c->label)
        g_hash_table_add (used, g_strdup (c->label));
    }
  for (guint k = 0; k < v->pl->n_mates; k++)
    {
      const StkMatePlace *mp = &v->pl->mates[k];
      StkCut cut = { 0 };
      double half = mate_length (v->catalog, mp->mate) / 2 + CUT_MARGIN_MM;

      if (mp->status != STK_MATE_PLACED)
        continue;
      cut.along_x = fmod (mp->rotation_deg, 180) == 0;
      cut.at = cut.along_x ? mp->y : mp->x;
      cut.from = (cut.along_x ? mp->x : mp->y) - half;
      cut.to = (cut.along_x ? mp->x : mp->y) + half;
      cut.mate = (int) k;
      cut.label = next_free_label (used, &next);
      g_array_append_val (v->cuts, cut);
    }
  for (guint i = 0; i < user->len; i++)
    {
      const StkSectionCut *c = g_ptr_array_index (user, i);
      StkCut cut = { c->axis == STK_CUT_ALONG_X, c->at_mm, 0, 0, -1, NULL };

      cut.label = c->label ? g_strdup (c->label) : next_free_label (used, &next);
      g_array_append_val (v->cuts, cut);
    }
}

/* Each placed mate listed once, at its lower board. */
static void
index_mates (StkViews *v)
{
  const StkPlacement *pl = v->pl;
  guint *fill;

  v->mates_start = g_new0 (guint, pl->n_boards + 1);
  for (guint k = 0; k < pl->n_mates; k++)
    if (pl->mates[k].status == STK_MATE_PLACED)
      v->mates_start[pl->mates[k].lower + 1]++;
  for (guint i = 0; i < pl->n_boards; i++)
    v->mates_start[i + 1] += v->mates_start[i];
  v->mates_at = g_new (guint, MAX (v->mates_start[pl->n_boards], 1));
  fill = g_memdup2 (v->mates_start, sizeof (guint) * (pl->n_boards + 1));
  for (guint k = 0; k < pl->n_mates; k++)
    if (pl->mates[k].status == STK_MATE_PLACED)
      v->mates_at[fill[pl->mates[k].lower]++] = k;
  g_free (fill);
}

StkViews *
_stk_views_new (StkProject *project,
                StkCatalog *catalog,
                StkUnits    units)
{
  StkViews *v = g_new0 (StkViews, 1);

  v->project = project;
  v->catalog = catalog;
  v->units = units;
  v->pl = stk_placement_new (project, catalog);
  v->by_z = stk_placement_order_by_height (v->pl, &v->n_by_z);
  v->facings = stk_facings_new (v->pl);
  for (guint i = 0; i < v->pl->n_boards; i++)
    v->max_thick = MAX (v->max_thick, stk_board_stack_thickness (v->pl->boards[i].board));
  index_mates (v);
  v->parts = g_new0 (StkPart, 2 * MAX (v->pl->n_mates, 1));
  v->parts_ready = g_new0 (gboolean, 2 * MAX (v->pl->n_mates, 1));
  v->cuts = g_array_new (FALSE, FALSE, sizeof (StkCut));
  g_array_set_clear_func (v->cuts, cut_clear);
  make_cuts (v);
  return v;
}

void
_stk_views_free (StkViews *views)
{
  if (views == NULL)
    return;
  g_free (views->by_z);
  g_free (views->mates_start);
  g_free (views->mates_at);
  g_free (views->pair_start);
  g_free (views->pair_mates);
  for (guint i = 0; i < 2 * views->pl->n_mates; i++)
    if (views->parts_ready[i])
      _stk_part_clear (&views->parts[i]);
  g_free (views->parts);
  g_free (views->parts_ready);
  g_strfreev (views->fold_lines);
  for (guint i = 0; views->board_subjects != NULL && i < views->pl->n_boards; i++)
    g_free (views->board_subjects[i]);
  g_free (views->board_subjects);
  for (guint k = 0; views->mate_subjects != NULL && k < views->pl->n_mates; k++)
    g_free (views->mate_subjects[k]);
  g_free (views->mate_subjects);
  g_free (views->section_drawn);
  g_clear_pointer (&views->section_boards, g_array_unref);
  g_clear_pointer (&views->section_labels, g_array_unref);
  g_clear_pointer (&views->lengths, g_hash_table_unref);
  stk_drawing_free (views->strings);
  g_array_unref (views->cuts);
  stk_facings_free (views->facings);
  stk_placement_free (views->pl);
  g_free (views);
}

/* Item i's subject, written by make from its id when first asked. */
static const char *
subject_once (char       ***subjects,
              guint         n,
              guint         i,
              char       *(*make) (const char *id),
              const char   *id)
{
  if (*subjects == NULL)
    *subjects = g_new0 (char *, MAX (n, 1));
  if ((*subjects)[i] == NULL)
    (*subjects)[i] = make (id);
  return (*subjects)[i];
}

const char *
_stk_views_board_subject (StkViews *v,
                          guint     i)
{
  return subject_once (&v->board_subjects, v->pl->n_boards, i, stk_subject_board, v->pl->boards[i].board->id);
}

const char *
_stk_views_mate_subject (StkViews *v,
                         guint     k)
{
  return subject_once (&v->mate_subjects, v->pl->n_mates, k, stk_subject_mate, v->pl->mates[k].mate->id);
}

const char *
_stk_views_length (StkViews *v,
                   double    mm)
{
  gint64 bits;
  char *text;

  /* By its bits: 0 and −0 are written apart, as each NaN is its own. */
  memcpy (&bits, &mm, sizeof bits);
  if (v->lengths == NULL)
    v->lengths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  text = g_hash_table_lookup (v->lengths, &bits);
  if (text == NULL)
    {
      text = stk_format_drawing_length (mm, v->units);
      g_hash_table_insert (v->lengths, g_memdup2 (&bits, sizeof bits), text);
    }
  return text;
}

const StkPart *
_stk_views_part (StkViews *v,
                 guint     k,
                 StkRole   role)
{
  guint i = 2 * k + (role == STK_ROLE_HEADER);

  if (!v->parts_ready[i])
    {
      _stk_part_init_geometry (&v->parts[i], v->project, v->catalog, v->pl->mates[k].mate, role, 1.0, v->units);
      v->parts_ready[i] = TRUE;
    }
  return &v->parts[i];
}

const StkPart *
_stk_views_part_for_view (StkViews *v,
                          guint     k,
                          StkRole   role)
{
  StkPart *part = (StkPart *) _stk_views_part (v, k, role);

  _stk_part_init_view (part);
  return part;
}

static void
box_in_plan (const StkMatePlace *mp,
             double              length,
             double              width,
             StkBox             *box)
{
  double hx = length / 2, hy = width / 2;

  stk_placement_rotate (mp->rotation_deg, &hx, &hy);
  box->cx = mp->x;
  box->cy = mp->y;
  box->hx = fabs (hx);
  box->hy = fabs (hy);
}

static gboolean
on_lower_board (const StkViews *v,
                const StkPart  *part,
                guint           k)
{
  const StkMatePlace *mp = &v->pl->mates[k];

  return part->board == v->pl->boards[mp->lower].board;
}

gboolean
_stk_views_part_box (const StkViews *v,
                     const StkPart  *part,
                     guint           k,
                     StkBox         *box)
{
  const StkMatePlace *mp = &v->pl->mates[k];
  double h = part->height.value;

  if (!part->ok || mp->status != STK_MATE_PLACED)
    return FALSE;
  /* Length along the pair's axis, body width across: a part turned 90°
   * shows its width along x. */
  box_in_plan (mp, part->dims[STK_DIM_A].value, part->body_w.value, box);
  box->z0 = on_lower_board (v, part, k) ? mp->z0 : mp->z1 - h;
  box->z1 = on_lower_board (v, part, k) ? mp->z0 + h : mp->z1;
  return TRUE;
}

gboolean
_stk_views_plate_box (const StkViews *v,
                      const StkPart  *part,
                      guint           k,
                      StkBox         *box)
{
  const StkMatePlace *mp = &v->pl->mates[k];
  const StkBoard *b = part->board;
  double st, len, wid;

  if (!part->ok || mp->status != STK_MATE_PLACED || b == NULL || b->kind != STK_BOARD_FPC ||
      b->stiffener == STK_STIFFENER_NONE)
    return FALSE;
  st = b->stiffener_thickness_mm;
  /* The recommended plate at its largest, else the part's own outline. */
  len = part->stiffener && part->st_len[1] > 0 ? part->st_len[1] : part->dims[STK_DIM_A].value;
  wid = part->stiffener && part->st_w[1] > 0 ? part->st_w[1] : part->body_w.value;
  box_in_plan (mp, len, wid, box);
  /* Behind the part, on the face away from the mate. */
  if (on_lower_board (v, part, k))
    {
      box->z0 = mp->z0 - b->thickness_mm - st;
      box->z1 = mp->z0 - b->thickness_mm;
    }
  else
    {
      box->z0 = mp->z1 + b->thickness_mm;
      box->z1 = mp->z1 + b->thickness_mm + st;
    }
  return TRUE;
}

void
_stk_views_pen (StkDrawing  *d,
                const char  *layer,
                const char  *subject,
                StkInk       ink,
                StkProvKind  prov,
                StkGroup     group,
                gboolean     in_section)
{
  StkPen pen = { layer, subject, ink, prov, group, in_section };

  _stk_drawing_set_pen (d, &pen);
}

void
_stk_side_label_add (GArray       *labels,
                     double        ax,
                     double        ay,
                     char        **text,
                     const char   *subject,
                     StkProvKind   prov,
                     StkInk        ink)
{
  StkSideLabel l = { ax, ay, ay, g_steal_pointer (text), subject, prov, ink, ay, 0 };

  g_array_append_val (labels, l);
}

/* The characters format writes with args when its conversions are all %s
 * (and %%); FALSE for any other (positional ones a translation may use). */
static gboolean
count_format (const char *format,
              va_list     args,
              glong      *n_chars)
{
  glong n = 0;

  for (const char *c = format; *c; c++)
    {
      const char *arg;

      if (*c != '%')
        {
          n += ((guchar) *c & 0xC0) != 0x80;
          continue;
        }
      if (c[1] == '%')
        {
          n++;
          c++;
          continue;
        }
      if (c[1] != 's')
        return FALSE;
      c++;
      arg = va_arg (args, const char *);
      n += _stk_drawing_count_chars (arg ? arg : "(null)");
    }
  *n_chars = n;
  return TRUE;
}

void
_stk_side_label_addf (GArray      *labels,
                      StkDrawing  *d,
                      double       ax,
                      double       ay,
                      const char  *subject,
                      StkProvKind  prov,
                      StkInk       ink,
                      const char  *format,
                      ...)
{
  StkSideLabel l = { ax, ay, ay, NULL, subject, prov, ink, ay, 0 };
  gboolean counted = FALSE;
  va_list args;

  if (_stk_drawing_is_measure (d))
    {
      va_start (args, format);
      counted = count_format (format, args, &l.n_chars);
      va_end (args);
    }
  if (!counted)
    {
      va_start (args, format);
      l.text = g_strdup_vprintf (format, args);
      va_end (args);
    }
  g_array_append_val (labels, l);
}

static int
compare_anchor_y (gconstpointer a,
                  gconstpointer b)
{
  double ya = ((const StkSideLabel *) a)->lane, yb = ((const StkSideLabel *) b)->lane;

  return (ya > yb) - (ya < yb);
}

/* Labels as near their anchors as they go without touching each other:
 * pushed apart top to bottom, then moved up together by their mean
 * displacement. */
void
_stk_side_labels_draw (StkDrawing *d,
                       GArray     *labels,
                       double      col_x,
                       double      pitch)
{
  double u = _stk_drawing_unit (d), shift = 0;
  StkPen current;
  gboolean in_section;

  /* In a section as the view's own pen says: the top view's labels are not. */
  _stk_drawing_pen (d, &current);
  in_section = current.in_section;
  g_array_sort (labels, compare_anchor_y);
  for (guint i = 0; i < labels->len; i++)
    {
      StkSideLabel *l = &g_array_index (labels, StkSideLabel, i);
      l->y = i == 0 ? l->lane : MAX (l->lane, g_array_index (labels, StkSideLabel, i - 1).y + pitch);
      shift += (l->y - l->lane) / labels->len;
    }
  for (guint i = 0; i < labels->len; i++)
    {
      StkSideLabel *l = &g_array_index (labels, StkSideLabel, i);
      /* Down or up to its lane first when the view routed it round something. */
      gboolean routed = l->lane != l->ay;
      StkPoint leader[4] = { { l->ax, l->ay }, { l->ax, l->lane }, { col_x - LEADER_MM / 2 * u, l->lane },
                             { col_x - 0.5 * u, l->y - shift } };
      StkPen pen = { "DIMENSION", l->subject, STK_INK_DIMENSION, l->prov, STK_GROUP_DIMENSION, in_section };

      _stk_drawing_set_pen (d, &pen);
      _stk_drawing_poly (d, routed ? leader : leader + 1, routed ? 4 : 3, FALSE, FALSE);
      pen.ink = l->ink;
      pen.prov = STK_PROV_DATASHEET;
      _stk_drawing_set_pen (d, &pen);
      if (l->text != NULL)
        _stk_drawing_text (d, col_x, l->y - shift, STK_LETTER_MM * u, STK_ALIGN_LEFT, l->text);
      else
        _stk_drawing_text_measured (d, col_x, l->y - shift, STK_LETTER_MM * u, STK_ALIGN_LEFT, l->n_chars);
      g_free (l->text);
    }
  g_array_set_size (labels, 0);
}

StkDrawing *
_stk_views_new_drawing (StkViews *views,
                        double    scale)
{
  const char *title = stk_project_get_name (views->project);

  if (views->measure)
    return _stk_drawing_new_measure (title, scale);
  /* The drawings keep the strings when the views are gone. */
  if (views->strings == NULL)
    views->strings = _stk_drawing_new_empty (NULL, 1.0);
  return _stk_drawing_new_sharing (title, scale, views->strings);
}
