/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-drawing"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-check.h"
#include "stk-check-cache.h"
#include "stk-drawing-views.h"
#include "stk-sheet.h"

/* The views of a project, each its own drawing so that a sheet layout can
 * place them: one per mate (socket and header as they meet), the stack
 * section, and the legend (paper sized, no geometry). */

/* Paper mm, times the drawing's unit. */
#define PAIR_GAP_MM   12.0  /* between the socket view and the fold line */
#define LEGEND_ROW_MM 4.4
#define LEGEND_LINE_MM 8.0
#define VIEW_GAP_MM   8.0   /* between views stacked in one drawing */

static void
legend_pen (StkDrawing  *d,
            StkInk       ink,
            StkProvKind  prov)
{
  StkPen pen = { "LEGEND", NULL, ink, prov, STK_GROUP_LEGEND, FALSE };

  _stk_drawing_set_pen (d, &pen);
}

/* At paper size whatever the scale: built at 1:1 and placed as is. One
 * narrow column, so that it fits the corner left of an A4 landscape title
 * block (77 × 40 mm). */
static StkDrawing *
new_legend (StkProject *project,
            gboolean    failing)
{
  static const struct {
    StkInk      ink;
    StkProvKind prov;
    int         swatch;   /* 0 line, 1 filled box, 2 box, 3 hatch, 4 dot, 5 failing, 6 hatched box */
    const char *text;
  } rows[] = {
    { STK_INK_SOCKET, STK_PROV_DATASHEET, 0, N_("solid: datasheet") },
    { STK_INK_SOCKET, STK_PROV_ESTIMATE, 0, N_("dashed: estimate, value ≈") },
    { STK_INK_SOCKET, STK_PROV_PLACEHOLDER, 0, N_("dotted: placeholder, value ?") },
    { STK_INK_RULE, STK_PROV_DERIVED, 0, N_("chain: fold line, section cut") },
    { STK_INK_BOARD, STK_PROV_DATASHEET, 6, N_("board; hatched: cut by a section") },
    { STK_INK_FPC, STK_PROV_DATASHEET, 1, N_("FPC") },
    { STK_INK_HIDDEN, STK_PROV_DATASHEET, 0, N_("hidden: under the base board") },
    { STK_INK_PAD, STK_PROV_DATASHEET, 1, N_("recommended PC board pattern") },
    { STK_INK_STIFFENER, STK_PROV_DATASHEET, 2, N_("FPC stiffener") },
    { STK_INK_COMPONENT, STK_PROV_DATASHEET, 3, N_("tallest facing components, keep-outs") },
    /* Translators: the drawing's marker of pin 1 of a connector */
    { STK_INK_MARKER, STK_PROV_DATASHEET, 4, N_("pin 1 (numbering estimate)") },
    { STK_INK_LABEL, STK_PROV_DATASHEET, 5, N_("what a failing check is about") },
  };
  StkDrawing *d = _stk_drawing_new_empty (stk_project_get_name (project), 1.0);

  for (guint i = 0; i < G_N_ELEMENTS (rows) - (failing ? 0 : 1); i++)
    {
      double y = i * LEGEND_ROW_MM;

      legend_pen (d, rows[i].ink, rows[i].prov);
      switch (rows[i].swatch)
        {
        case 0:
          _stk_drawing_line (d, 0, y, LEGEND_LINE_MM, y);
          break;
        case 1:
        case 2:
          _stk_drawing_rect (d, 1, y - 1.25, LEGEND_LINE_MM - 2, 2.5, rows[i].swatch == 1);
          break;
        case 3:
          _stk_drawing_hatch (d, 1, y - 1.25, LEGEND_LINE_MM - 2, 2.5, 1.0);
          break;
        case 6:
          _stk_drawing_rect (d, 1, y - 1.25, LEGEND_LINE_MM - 2, 2.5, TRUE);
          legend_pen (d, STK_INK_RULE, STK_PROV_DATASHEET);
          _stk_drawing_hatch (d, 1, y - 1.25, LEGEND_LINE_MM - 2, 2.5, 1.0);
          break;
        case 5:
          {
            /* Its line in the colour the failing parts are drawn in. */
            StkPen pen = { "LEGEND", "legend:failing", STK_INK_LABEL, STK_PROV_DATASHEET, STK_GROUP_LEGEND, FALSE };
            g_autoptr(GPtrArray) self = g_ptr_array_new ();

            g_ptr_array_add (self, (gpointer) "legend:failing");
            _stk_drawing_set_pen (d, &pen);
            _stk_drawing_rect (d, 1, y - 1.25, LEGEND_LINE_MM - 2, 2.5, TRUE);
            _stk_drawing_mark_failing (d, self);
          }
          break;
        default:
          _stk_drawing_circle (d, LEGEND_LINE_MM / 2, y, 0.6, TRUE);
        }
      legend_pen (d, STK_INK_LABEL, STK_PROV_DATASHEET);
      _stk_drawing_text (d, LEGEND_LINE_MM + 2, y, STK_LETTER_MM, STK_ALIGN_LEFT, _(rows[i].text));
    }
  _stk_drawing_finish (d, 0.5);
  return d;
}

/* Up to this many names in a shared pair view's caption; past it the
 * first ones and how many more (the top view and the design note list all). */
#define CAPTION_NAMES 4

/* "J1", "J1 and J2", "J1, J2, J3 and J4", "J1, J2, J3 and 1996 more", with
 * ": socket and header". */
static char *
pair_caption (GPtrArray   *mates,
              const guint *members,
              guint        n)
{
  guint shown = n <= CAPTION_NAMES ? n : CAPTION_NAMES - 1;
  guint listed = shown == n ? n - 1 : shown;  /* before the "and" */
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *list = NULL;

  for (guint i = 0; i < MAX (listed, 1); i++)
    {
      if (i > 0)
        /* Translators: between the names in a list of connectors, "J1, J2 and J3" */
        g_string_append (names, _(", "));
      g_string_append (names, stk_mate_get_label (g_ptr_array_index (mates, members[i])));
    }
  if (n == 1)
    list = g_string_free (g_steal_pointer (&names), FALSE);
  else if (shown == n)
    /* Translators: the last two of a list of connectors, "J1, J2 and J3" */
    list = g_strdup_printf (_("%s and %s"), names->str, stk_mate_get_label (g_ptr_array_index (mates, members[n - 1])));
  else
    /* Translators: a list of connectors cut short, "J1, J2, J3 and 1996 more" */
    list = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more", n - shown), names->str,
                            n - shown);
  /* Translators: a view's name, e.g. "J1 display: socket and header" or "J1 and J2: socket and header" */
  return g_strdup_printf (_("%s: socket and header"), list);
}

/* Which mates share each pair view: those whose socket and header would
 * be drawn alike (_stk_part_same_drawing), keyed on their parts at 1:1 (the
 * same parts at any scale are alike too: each field scales with the unit). */
typedef struct {
  const StkPart *socket, *header;
  guint          pair;
} PairKey;

static guint
pair_key_hash (gconstpointer key)
{
  const PairKey *k = key;

  return _stk_part_drawing_hash (k->socket) * 33 + _stk_part_drawing_hash (k->header);
}

static gboolean
pair_key_equal (gconstpointer a,
                gconstpointer b)
{
  const PairKey *x = a, *y = b;

  return _stk_part_same_drawing (x->socket, y->socket) && _stk_part_same_drawing (x->header, y->header);
}

/* Once per set of views: every view built asks first. */
static void
group_pairs (StkViews *v)
{
  guint n;
  g_autofree PairKey *keys = NULL;
  g_autofree guint *pair_of = NULL;
  g_autofree guint *fill = NULL;
  g_autoptr(GHashTable) firsts = NULL;

  if (v->pair_start != NULL)
    return;
  n = stk_project_get_mates (v->project)->len;
  keys = g_new (PairKey, n);
  pair_of = g_new (guint, n);
  firsts = g_hash_table_new (pair_key_hash, pair_key_equal);
  for (guint k = 0; k < n; k++)
    {
      const PairKey *first;

      keys[k] = (PairKey) { _stk_views_part (v, k, STK_ROLE_SOCKET), _stk_views_part (v, k, STK_ROLE_HEADER), v->n_pairs };
      first = g_hash_table_lookup (firsts, &keys[k]);
      if (first != NULL)
        pair_of[k] = first->pair;
      else
        {
          g_hash_table_add (firsts, &keys[k]);
          pair_of[k] = v->n_pairs++;
        }
    }
  /* Each pair view's mates together, in project order. */
  v->pair_start = g_new0 (guint, v->n_pairs + 1);
  for (guint k = 0; k < n; k++)
    v->pair_start[pair_of[k] + 1]++;
  for (guint i = 0; i < v->n_pairs; i++)
    v->pair_start[i + 1] += v->pair_start[i];
  fill = g_memdup2 (v->pair_start, v->n_pairs * sizeof *fill);
  v->pair_mates = g_new (guint, MAX (n, 1));
  for (guint k = 0; k < n; k++)
    v->pair_mates[fill[pair_of[k]]++] = k;
}

/* Socket and header of the mates of one pair view (its first mate's, named
 * for all), each seen from its mating side, the header turned over about a
 * chain line so that folding the sheet along it lays each header pin on the
 * socket pin it mates with. */
static StkDrawing *
new_pair (StkViews *v,
          guint     pair,
          double    scale)
{
  GPtrArray *mates = stk_project_get_mates (v->project);
  const guint *members = &v->pair_mates[v->pair_start[pair]];
  guint n = v->pair_start[pair + 1] - v->pair_start[pair], k = members[0];
  const StkMate *mate = g_ptr_array_index (mates, k);
  StkDrawing *d = _stk_views_new_drawing (v, scale);
  double u = _stk_drawing_unit (d);
  StkPart own[2], shared[2];
  const StkPart *sock_p, *head_p;
  double ws, hs, wh, hh, cx_s, cx_h, fold, top, bottom, right_s, left_h, gap = PAIR_GAP_MM * u;
  g_autofree char *caption = NULL;
  g_autofree const StkMate **sharers = NULL;
  double note_w;
  StkPen pen = { "TEXT", NULL, STK_INK_LABEL, STK_PROV_DATASHEET, STK_GROUP_PART, FALSE };

  _stk_drawing_reserve (d, v->pair_size[0], v->pair_size[1]);
  _stk_drawing_set_units (d, v->units);
  /* At 1:1 the parts the top view and the sections resolved serve as they are. */
  if (u == 1.0)
    {
      sock_p = _stk_views_part_for_view (v, k, STK_ROLE_SOCKET);
      head_p = _stk_views_part_for_view (v, k, STK_ROLE_HEADER);
    }
  else
    {
      _stk_part_init (&own[0], v->project, v->catalog, mate, STK_ROLE_SOCKET, u, v->units);
      _stk_part_init (&own[1], v->project, v->catalog, mate, STK_ROLE_HEADER, u, v->units);
      sock_p = &own[0];
      head_p = &own[1];
    }
  if (n > 1)
    {
      sharers = g_new (const StkMate *, n);
      for (guint i = 0; i < n; i++)
        sharers[i] = g_ptr_array_index (mates, members[i]);
      _stk_part_share (&shared[0], sock_p, v->project, sharers, n, !v->measure);
      _stk_part_share (&shared[1], head_p, v->project, sharers, n, !v->measure);
      sock_p = &shared[0];
      head_p = &shared[1];
    }
  _stk_part_view_size (sock_p, &ws, &hs);
  _stk_part_view_size (head_p, &wh, &hh);
  /* Mate labels first: the caption a sheet writes under the view. */
  caption = pair_caption (mates, members, n);
  _stk_drawing_set_caption (d, caption);
  _stk_drawing_set_pen (d, &pen);
  _stk_drawing_text (d, 0, STK_TITLE_MM / 2 * u, STK_TITLE_MM * u, STK_ALIGN_LEFT, caption);
  top = 7 * u;

  /* The fold line lies halfway between the two parts' centres, clear of both views. */
  cx_s = _stk_part_centre_x (sock_p);
  right_s = ws - cx_s;
  left_h = _stk_part_centre_x (head_p);
  fold = cx_s + MAX (right_s, (right_s + left_h) / 2) + gap;
  cx_h = 2 * fold - cx_s;
  _stk_part_draw_view (d, sock_p, 0, top);
  _stk_part_draw_view (d, head_p, cx_h - left_h, top);
  bottom = top + MAX (hs, hh);

  pen.ink = STK_INK_RULE;
  pen.prov = STK_PROV_DERIVED;
  _stk_drawing_set_pen (d, &pen);
  _stk_drawing_line (d, fold, top, fold, bottom);
  pen.ink = STK_INK_LABEL;
  pen.prov = STK_PROV_DATASHEET;
  _stk_drawing_set_pen (d, &pen);
  /* Translators: under the socket and header views of a mate */
  /* The mirror error is laying the header out as the socket is drawn: say
   * what the two board layouts share instead. Wrapped to the pair's width. */
  /* Most pairs of a project wrap it to the same width: wrapped once. */
  note_w = MAX (cx_h - left_h + wh, 80 * u);
  if (v->fold_lines == NULL || v->fold_width != note_w || v->fold_unit != u)
    {
      g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

      _stk_drawing_wrap (lines, _("Fold on the chain line: header pin 1 lands on socket pin 1. Both board layouts "
                                  "seen from above: header pin 1 at the x, y of socket pin 1."),
                         STK_LETTER_MM * u, note_w);
      g_strfreev (v->fold_lines);
      v->fold_lines = g_strv_builder_end (lines);
      v->fold_width = note_w;
      v->fold_unit = u;
    }
  for (guint i = 0; v->fold_lines[i]; i++)
    _stk_drawing_text (d, 0, bottom + (3 + 4 * i) * u, STK_LETTER_MM * u, STK_ALIGN_LEFT, v->fold_lines[i]);
  if (n > 1)
    {
      _stk_part_clear (&shared[0]);
      _stk_part_clear (&shared[1]);
    }
  if (u != 1.0)
    {
      _stk_part_clear (&own[0]);
      _stk_part_clear (&own[1]);
    }
  _stk_drawing_finish (d, u);
  if (!v->measure)
    {
      v->pair_size[0] = v->pair_size[1] = 0;
      _stk_drawing_add_size (d, &v->pair_size[0], &v->pair_size[1]);
    }
  return d;
}

/* Views: one per distinct pair (group_pairs), the top view, one section
 * per cut (a cut through each placed mate, then the user's), the legend. */
static guint
count_views (StkViews *v)
{
  group_pairs (v);
  return v->n_pairs + 1 + v->cuts->len + 1;
}

/* View index, from v's one placement and parts. */
static StkDrawing *
new_view (StkViews *v,
          guint     index,
          double    scale)
{
  group_pairs (v);
  if (index < v->n_pairs)
    return new_pair (v, index, scale);
  index -= v->n_pairs;
  if (index == 0)
    return _stk_views_new_plan (v, scale);
  index--;
  if (index < v->cuts->len)
    return _stk_views_new_section (v, index, scale);
  g_return_val_if_fail (index == v->cuts->len, NULL);
  return new_legend (v->project, FALSE);
}

guint
stk_drawing_count_views (StkProject *project,
                         StkCatalog *catalog)
{
  g_autoptr(StkViews) v = NULL;

  g_return_val_if_fail (STK_IS_PROJECT (project), 0);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), 0);

  v = _stk_views_new (project, catalog, STK_UNITS_MM);
  return count_views (v);
}

StkDrawing *
stk_drawing_new_view (StkProject *project,
                      StkCatalog *catalog,
                      guint       index,
                      double      scale)
{
  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (scale > 0, NULL);

  {
    g_autoptr(StkViews) v = _stk_views_new (project, catalog, STK_UNITS_MM);
    return new_view (v, index, scale);
  }
}

/* Room for the views not yet built, guessed from those built so far, so
 * that the whole drawing's arrays (hundreds of thousands of primitives on a
 * large assembly) grow about once rather than by a copy at each doubling.
 * reserved: primitives room was made for; returns the new figure. */
static guint
reserve_for_rest (StkDrawing       *all,
                  const StkDrawing *view,
                  guint             index,
                  guint             n_views,
                  guint             reserved)
{
  guint n_prims = 0, n_points = 0, view_prims = 0, view_points = 0;
  double ahead = 1.1 * n_views / (index + 1);

  _stk_drawing_add_size (all, &n_prims, &n_points);
  _stk_drawing_add_size (view, &view_prims, &view_points);
  if (n_prims + view_prims <= reserved)
    return reserved;
  /* The mean view so far times the views, a tenth over. */
  reserved = (guint) ((n_prims + view_prims) * ahead);
  _stk_drawing_reserve (all, reserved - n_prims, (guint) ((n_points + view_points) * ahead) - n_points);
  return reserved;
}

static StkDrawing *
new_all (StkProject *project,
         StkCatalog *catalog,
         double      scale,
         StkUnits    units)
{
  StkDrawing *all;
  g_autoptr(StkViews) v = NULL;
  guint n, reserved = 0;
  double y = 0, width = 0;

  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);

  all = _stk_drawing_new_empty (stk_project_get_name (project), scale);
  v = _stk_views_new (project, catalog, units);
  n = count_views (v);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StkDrawing) view = new_view (v, i, scale);
      double w, h, k = stk_drawing_get_scale (view) / scale;

      stk_drawing_get_extents (view, &w, &h);
      reserved = reserve_for_rest (all, view, i, n, reserved);
      _stk_drawing_append (all, view, 0, y, k);
      y += h * k + VIEW_GAP_MM / scale;
      width = MAX (width, w * k);
    }
  _stk_drawing_set_extents (all, width, MAX (0, y - VIEW_GAP_MM / scale));
  _stk_drawing_set_units (all, units);
  return all;
}

StkDrawing *
stk_drawing_new_at_scale (StkProject *project,
                          StkCatalog *catalog,
                          double      scale)
{
  return new_all (project, catalog, scale, STK_UNITS_MM);
}

StkDrawing *
stk_drawing_new_in (StkProject *project,
                    StkCatalog *catalog,
                    StkUnits    units)
{
  return new_all (project, catalog, 1.0, units);
}

StkDrawing *
stk_drawing_new (StkProject *project,
                 StkCatalog *catalog)
{
  return stk_drawing_new_at_scale (project, catalog, 1.0);
}

/* The sheets' source of a project's views: kept by the sheets while they
 * build views, with a reference on the project and catalog. */
typedef struct {
  StkProject *project;
  StkCatalog *catalog;
  StkViews   *views;
  GPtrArray  *failing;      /* subjects of the failing checks */
  GHashTable *failing_set;  /* the same as a set, made once for all views */
} ProjectViews;

static void
project_views_free (gpointer data)
{
  ProjectViews *pv = data;

  g_hash_table_unref (pv->failing_set);
  g_ptr_array_unref (pv->failing);
  _stk_views_free (pv->views);
  g_object_unref (pv->catalog);
  g_object_unref (pv->project);
  g_free (pv);
}

/* Each view with what a failing check is about drawn emphasised (nothing
 * to mark in a view only measured). */
static StkDrawing *
build_project_view (gpointer user_data,
                    guint    index,
                    double   scale,
                    gboolean measure)
{
  ProjectViews *pv = user_data;
  StkDrawing *d;

  if (index + 1 == count_views (pv->views))
    return new_legend (pv->views->project, pv->failing->len > 0);
  pv->views->measure = measure;
  d = new_view (pv->views, index, scale);
  pv->views->measure = FALSE;
  if (!measure)
    _stk_drawing_mark_failing_in (d, pv->failing_set);
  return d;
}

static GPtrArray *
failing_subjects (GPtrArray *results)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *subjects = g_ptr_array_new_with_free_func (g_free);

  /* Each subject once, in record order; a set, not a search of the list, so
   * that thousands of failing records cost no more than they number. */
  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);

      if (r->status == STK_STATUS_FAIL && r->subject && g_hash_table_add (seen, r->subject))
        g_ptr_array_add (subjects, g_strdup (r->subject));
    }
  return subjects;
}

/* "Dimensions in mm", then the general tolerance of each catalog the
 * connectors come from, cited by title and section. */
static char *
tolerance_notes (StkProject *project,
                 StkCatalog *catalog)
{
  GPtrArray *mates = stk_project_get_mates (project);
  g_autoptr(GString) notes = g_string_new (_("Dimensions in mm. Board and component values as entered."));
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *mate = g_ptr_array_index (mates, i);
      const StkSeries *s = stk_catalog_find_series (catalog, mate->series);
      g_autofree char *tol = NULL;

      if (s == NULL || s->general_tolerance.source == NULL || g_ptr_array_find (seen, s, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) s);
      tol = stk_format_mm (s->general_tolerance.value);
      g_string_append_c (notes, '\n');
      /* Translators: a title block line: series, tolerance in mm, the catalog section that gives it */
      g_string_append_printf (notes, _("%s connectors: ±%s mm unless stated (%s)"), s->id, tol,
                              s->general_tolerance.source->ref);
    }
  return g_string_free (g_steal_pointer (&notes), FALSE);
}

StkSheets *
stk_sheets_new (StkProject         *project,
                StkCatalog         *catalog,
                const StkSheetSpec *spec)
{
  /* the project's run for these units, if the app (or a note) already made it */
  g_autoptr(GPtrArray) results = stk_checks_run_cached (project, catalog, spec->units);

  return stk_sheets_new_with_results (project, catalog, spec, results);
}

static StkSheets *
new_project_sheets (StkProject         *project,
                    StkCatalog         *catalog,
                    const StkSheetSpec *spec,
                    GPtrArray          *results,
                    gboolean            lazy)
{
  ProjectViews *pv = g_new0 (ProjectViews, 1);
  StkViewSource views = { 0, build_project_view, pv, project_views_free };
  g_autofree char *notes = tolerance_notes (project, catalog);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%F");
  const char *date = *stk_project_get_date (project) ? stk_project_get_date (project) : today;
  StkTitleBlock title = {
    _("Board-to-board stack-up"), stk_project_get_name (project), stk_project_get_drawing_number (project),
    stk_project_get_revision (project), date, stk_project_get_author (project), stk_project_get_checker (project),
    stk_project_get_approver (project), notes,
  };

  pv->project = g_object_ref (project);
  pv->catalog = g_object_ref (catalog);
  pv->views = _stk_views_new (project, catalog, spec->units);
  pv->failing = failing_subjects (results);
  pv->failing_set = _stk_drawing_subject_set (pv->failing);
  views.n_views = count_views (pv->views);
  return stk_sheets_new_for_views (&views, spec, &title, lazy);
}

StkSheets *
stk_sheets_new_with_results (StkProject         *project,
                             StkCatalog         *catalog,
                             const StkSheetSpec *spec,
                             GPtrArray          *results)
{
  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), NULL);

  return new_project_sheets (project, catalog, spec, results, FALSE);
}

StkSheets *
stk_sheets_new_lazy (StkProject         *project,
                     StkCatalog         *catalog,
                     const StkSheetSpec *spec,
                     GPtrArray          *results)
{
  g_return_val_if_fail (STK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (STK_IS_CATALOG (catalog), NULL);

  return new_project_sheets (project, catalog, spec, results, TRUE);
}
