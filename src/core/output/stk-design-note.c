/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-design-note"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-check.h"
#include "stk-design-note-private.h"
#include "stk-tolerance.h"
#include "stk-verdict.h"
#include "stk-i18n.h"

static void
block_free (gpointer data)
{
  StkBlock *b = data;

  g_free (b->text);
  g_clear_pointer (&b->rows, g_ptr_array_unref);
  g_free (b->widths);
  g_clear_pointer (&b->plot, stk_drawing_free);
  g_free (b->plot_name);
  g_free (b);
}

StkBlock *
_stk_note_add_block (StkDesignNote     *note,
           StkBlockKind kind,
           const char  *text)
{
  StkBlock *b = g_new0 (StkBlock, 1);

  b->kind = kind;
  b->text = g_strdup (text);
  g_ptr_array_add (note->blocks, b);
  return b;
}

StkBlock *
_stk_note_add_table (StkDesignNote      *note,
           const double *widths,
           guint         n_cols,
           ...)
{
  StkBlock *b = _stk_note_add_block (note, STK_BLOCK_TABLE, NULL);
  GStrvBuilder *header = g_strv_builder_new ();
  va_list args;

  b->n_cols = n_cols;
  b->widths = g_memdup2 (widths, sizeof (double) * n_cols);
  b->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  va_start (args, n_cols);
  for (guint i = 0; i < n_cols; i++)
    g_strv_builder_add (header, va_arg (args, const char *));
  va_end (args);
  g_ptr_array_add (b->rows, g_strv_builder_end (header));
  g_strv_builder_unref (header);
  return b;
}

/* Takes ownership of the cells; NULL cells become empty. */
void
_stk_note_add_row (StkBlock *table,
         ...)
{
  char **row = g_new0 (char *, table->n_cols + 1);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < table->n_cols; i++)
    {
      char *cell = va_arg (args, char *);
      row[i] = cell ? cell : g_strdup ("");
    }
  va_end (args);
  g_ptr_array_add (table->rows, row);
}

const char *
_stk_note_num (NumText *buf,
               double   value)
{
  g_autofree char *text = stk_format_number (value);

  g_strlcpy (buf->s, text, sizeof buf->s);
  return buf->s;
}

/* As the app's check table writes it (stk_format_quantity), in mm. */
char *
_stk_note_unit (double      value,
                const char *unit)
{
  return stk_format_quantity (value, unit, STK_UNITS_MM, STK_SIGN_NEGATIVE);
}

static void
build_title (StkDesignNote    *note,
             StkProject *project,
             GPtrArray  *results,
             GPtrArray  *tol_results)
{
  static const double widths[] = { 1, 3 };
  StkBlock *t;
  StkVerdictCounts counts;
  g_autofree char *verdict = NULL;

  stk_verdict_count (results, &counts);

  _stk_note_add_block (note, STK_BLOCK_TITLE, note->title);
  t = _stk_note_add_table (note, widths, 2, _("Item"), _("Value"));
  _stk_note_add_row (t, g_strdup (_("Project")), g_strdup (stk_project_get_name (project)));
  _stk_note_add_row (t, g_strdup (_("Author")), g_strdup (stk_project_get_author (project)));
  _stk_note_add_row (t, g_strdup (_("Date")), g_strdup (note->date));
  _stk_note_add_row (t, g_strdup (_("Revision")), g_strdup (stk_project_get_revision (project)));
  _stk_note_add_row (t, g_strdup (_("Stackup version")), g_strdup (PACKAGE_VERSION));
  verdict = stk_verdict_describe (&counts);
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, verdict)->emphasis = counts.verdict == STK_VERDICT_FAIL;
  _stk_note_build_tolerance_verdict (note, tol_results);
}

/* "FPC, cover-lay 0.04 mm, reflowed on both sides": the kind with the
 * inputs the soldering cautions read. */
static char *
board_kind_text (const StkBoard *b)
{
  GString *s = g_string_new (b->kind == STK_BOARD_FPC ? _("FPC") : _("rigid"));
  NumText n;

  if (b->kind == STK_BOARD_FPC && b->coverlay_set)
    g_string_append_printf (s, _(", cover-lay %s mm"), _stk_note_num (&n, b->coverlay_thickness_mm));
  else if (b->kind == STK_BOARD_FPC)
    g_string_append (s, _(", cover-lay not given"));
  if (b->double_sided)
    g_string_append (s, _(", reflowed on both sides"));
  return g_string_free (s, FALSE);
}

/* The material as the board editor names it, not its file id. */
static const char *
stiffener_label (StkCatalog      *catalog,
                 StkStiffenerKind kind)
{
  const char *id = stk_stiffener_kind_to_string (kind);
  const StkStiffenerMaterial *m = stk_catalog_find_stiffener_material (catalog, id);

  return m ? m->label : id;
}

static void
build_summary (StkDesignNote    *note,
               StkProject       *project,
               StkCatalog       *catalog)
{
  static const double board_widths[] = { 2.2, 1, 1.2, 2, 1.6, 1.4 };
  static const double mate_widths[] = { 1, 0.8, 1, 0.7, 1.6, 1.6, 1.4 };
  GPtrArray *boards = stk_project_get_boards (project);
  GPtrArray *mates = stk_project_get_mates (project);
  StkBlock *t;

  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Stack summary"));
  /* Top first, as the app lists them and the section draws them. */
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, _("Boards, top first:"));
  t = _stk_note_add_table (note, board_widths, 6, _("Board"), _("Kind"), _("Thickness"), _("Stiffener"),
                 _("Flatness"), _("Placement"));
  for (guint i = boards->len; i-- > 0;)
    {
      StkBoard *b = g_ptr_array_index (boards, i);
      NumText n1;
      char *stiffener = b->kind != STK_BOARD_FPC ? g_strdup ("—")
                        : b->stiffener == STK_STIFFENER_NONE ? g_strdup (_("none"))
                        /* Translators: a stiffener's material and thickness */
                        : g_strdup_printf (_("%s %s mm"), stiffener_label (catalog, b->stiffener),
                                           _stk_note_num (&n1, b->stiffener_thickness_mm));
      char *flat = b->flatness_kind == STK_FLATNESS_WARP_MM
                   ? g_strdup_printf (_("warp %s mm"), _stk_note_num (&n1, b->warp_mm))
                   : g_strdup_printf (_("bow/twist %s %%"), _stk_note_num (&n1, b->bow_twist_percent));

      _stk_note_add_row (t, g_strdup (b->name), board_kind_text (b),
               _stk_note_unit (b->thickness_mm, "mm"), stiffener, flat,
               g_strdup_printf ("± %s mm", _stk_note_num (&n1, b->placement_accuracy_mm)));
    }
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, _("Connector pairs:"));
  t = _stk_note_add_table (note, mate_widths, 7, _("Connector"), _("Series"), _("Mated height"), _("Pins"),
                 _("Socket on"), _("Header on"), _("Position"));
  for (guint i = 0; i < mates->len; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);
      StkBoard *sb = stk_project_find_board (project, m->socket_board);
      StkBoard *hb = stk_project_find_board (project, m->header_board);
      NumText x, y, r;

      _stk_note_add_row (t, g_strdup (m->name), g_strdup (m->series), _stk_note_unit (m->mated_height_mm, "mm"),
               g_strdup_printf ("%u", m->pins), g_strdup (sb ? sb->name : m->socket_board),
               g_strdup (hb ? hb->name : m->header_board),
               /* Translators: a mate's position on its boards: centre x and y, rotation */
               g_strdup_printf (_("x %s, y %s mm, %s°"), _stk_note_num (&x, m->x_mm), _stk_note_num (&y, m->y_mm), _stk_note_num (&r, m->rotation_deg)));
    }
}

static void
add_order_rows (StkBlock         *t,
                const StkSeries  *series,
                const StkProduct *product,
                const StkMate    *mate)
{
  for (StkRole role = STK_ROLE_SOCKET; role <= STK_ROLE_HEADER; role++)
    {
      StkQuantity q = { 0 };
      NumText a;
      const StkTape *tape = stk_series_find_tape (series, product->packaging, role, product->mated_height, product->pins);
      gboolean has_q = stk_series_quantity (series, product->packaging, role, product->mated_height, &q);

      _stk_note_add_row (t, g_strdup (mate->name),
               g_strdup (stk_role_label (role)),
               g_strdup (role == STK_ROLE_SOCKET ? product->socket : product->header),
               g_strdup (product->packaging->label),
               has_q ? g_strdup_printf ("%u", q.reel_pcs) : g_strdup ("?"),
               has_q ? g_strdup_printf ("%u", q.outer_carton_pcs) : g_strdup ("?"),
               /* Translators: the carrier tape's name and its width A */
               tape ? g_strdup_printf (_("%s, %s mm"), tape->tape, _stk_note_num (&a, tape->a)) : g_strdup ("—"));
    }
}

static void
build_ordering (StkDesignNote    *note,
                StkProject *project,
                StkCatalog *catalog)
{
  static const double widths[] = { 0.8, 0.8, 1.4, 1.8, 0.8, 1, 1.1 };
  GPtrArray *mates = stk_project_get_mates (project);
  StkBlock *t;
  g_autoptr(GString) notes = g_string_new (NULL);

  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Ordering"));
  t = _stk_note_add_table (note, widths, 7, _("Connector"), _("Role"), _("Part number"), _("Packaging"),
                 _("Per reel"), _("Outer carton"), _("Tape"));
  for (guint i = 0; i < mates->len; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);
      const StkSeries *series = stk_catalog_find_series (catalog, m->series);
      const StkProduct *product = series ? stk_series_find_product (series, m->mated_height_mm, m->pins, m->packaging) : NULL;

      if (product == NULL)
        {
          _stk_note_add_row (t, g_strdup (m->name), NULL, g_strdup (_("not a catalog combination")), NULL, NULL, NULL, NULL);
          continue;
        }
      add_order_rows (t, series, product, m);
      if (series->inspection != NULL)
        {
          const StkInspection *ins = series->inspection;
          gboolean listed = FALSE;

          for (guint p = 0; p < ins->pins->len; p++)
            listed |= g_array_index (ins->pins, guint, p) == m->pins;
          if (listed)
            g_string_append_printf (notes,
                                    _("%s: for test fixtures, the inspection-use type %s / %s with %u pins is rated %u mating cycles (minimum order %u pieces; %s). "),
                                    m->name, ins->printed_socket, ins->printed_header, m->pins,
                                    ins->mating_cycles, ins->min_order_pcs, ins->source->ref);
        }
      if (series->order_note && strstr (notes->str, series->order_note) == NULL)
        /* Translators: the series, where the catalog says it, its ordering note */
        g_string_append_printf (notes, _("%s (%s): %s "), series->id, product->source->ref, series->order_note);
    }
  for (guint i = 0; i < mates->len; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);
      const StkSeries *series = stk_catalog_find_series (catalog, m->series);
      StkQuantity q;

      if (series && stk_series_quantity (series, stk_series_find_packaging (series, m->packaging),
                                         STK_ROLE_SOCKET, m->mated_height_mm, &q) && q.note)
        /* Translators: a mate, a note on its packing quantity, where the catalog says it */
        g_string_append_printf (notes, _("%s: %s (%s). "), m->name, q.note, q.source->ref);
    }
  if (notes->len)
    _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, notes->str);
}

/* The sources of a record: estimates by their label in this note, catalog
 * values by catalog and section. */
static char *
cite_sources (const StkCheckResult *r,
              GHashTable           *labels)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < r->n_sources; i++)
    {
      const char *label = g_hash_table_lookup (labels, r->sources[i]->ref);
      g_autofree char *one = label ? g_strdup (label) : stk_source_describe (r->sources[i]);

      if (strstr (out->str, one) == NULL)
        g_string_append_printf (out, "%s%s", out->len ? "; " : "", one);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
build_checks (StkDesignNote   *note,
              GPtrArray *results,
              GHashTable *labels)
{
  static const double widths[] = { 0.8, 1.3, 1.3, 0.9, 0.9, 0.9, 3.2 };
  StkBlock *t;

  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Checks"));
  t = _stk_note_add_table (note, widths, 7, _("Status"), _("Check"), _("Subject"), _("Value"), _("Limit"),
                 _("Margin"), _("Explanation and source of the limit"));
  for (guint i = 0; i < results->len; i++)
    {
      StkCheckResult *r = g_ptr_array_index (results, i);
      g_autofree char *src = cite_sources (r, labels);
      /* the long caution texts only where the reviewer must act on them */
      gboolean explain = stk_check_result_get_detail (r) != NULL && r->status >= STK_STATUS_WARNING;
      /* Translators: a check's finding, then its explanation */
      g_autofree char *finding = explain ? g_strdup_printf (_("%s %s"), stk_check_result_get_message (r), stk_check_result_get_detail (r)) : g_strdup (stk_check_result_get_message (r));
      /* Translators: a check's finding, then in brackets "user override; " or
       * nothing, and where its limit comes from */
      char *why = g_strdup_printf (_("%s [%s%s]"), finding, r->user_override ? _("user override; ") : "", src);

      _stk_note_add_row (t, g_utf8_strup (stk_status_label (r->status), -1), g_strdup (stk_check_title (r->check_id)),
               g_strdup (r->subject_label),
               r->has_value ? _stk_note_unit (r->value, r->unit) : NULL,
               r->has_limit ? _stk_note_unit (r->limit, r->unit) : NULL,
               r->has_limit ? _stk_note_unit (r->margin, r->unit) : NULL,
               why);
    }
}

/* The label a source is cited by in this note: "E1", "E2"… in the order
 * the estimates table defines them. */
static char *
label_for (GHashTable      *labels,
           const StkSource *source)
{
  const char *label = g_hash_table_lookup (labels, source->ref);

  if (label == NULL)
    {
      /* Translators: the label the design note gives its n-th estimate or
       * user value ("E1", "E2", …), defined in its table of estimates */
      char *made = g_strdup_printf (_("E%u"), g_hash_table_size (labels) + 1);
      g_hash_table_insert (labels, (gpointer) source->ref, made);
      label = made;
    }
  return g_strdup (label);
}

static void
add_estimate (GHashTable     *seen,
              GHashTable     *labels,
              StkBlock       *t,
              const char     *what,
              const StkValue *value,
              const char     *unit)
{
  g_autofree char *key = NULL;

  if (!stk_value_is_estimate (value))
    return;
  key = g_strdup_printf ("%s|%s", what, value->source->ref);
  if (!g_hash_table_add (seen, g_steal_pointer (&key)))
    return;
  g_hash_table_add (seen, g_strdup_printf ("ref|%s", value->source->ref));
  _stk_note_add_row (t, label_for (labels, value->source), g_strdup (what), _stk_note_unit (value->value, unit),
           g_strdup (stk_prov_kind_label (value->source->kind)),
           g_strdup (stk_source_confidence_label (value->source)),
           g_strdup (stk_source_ref (value->source)));
}

/* A row for a source without a value of its own, once per source. */
static void
add_source_row (GHashTable      *seen,
                GHashTable      *labels,
                StkBlock        *t,
                char            *what,
                const StkSource *source)
{
  if (!g_hash_table_add (seen, g_strdup_printf ("ref|%s", source->ref)))
    {
      g_free (what);
      return;
    }
  _stk_note_add_row (t, label_for (labels, source), what, NULL, g_strdup (stk_prov_kind_label (source->kind)),
           g_strdup (stk_source_confidence_label (source)), g_strdup (stk_source_ref (source)));
}

static void
build_estimates (StkDesignNote    *note,
                 StkProject *project,
                 StkCatalog *catalog,
                 GPtrArray  *results,
                 GHashTable *labels)
{
  static const double widths[] = { 0.5, 2.2, 0.8, 0.9, 0.9, 3.6 };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *mates = stk_project_get_mates (project);
  StkBlock *t;

  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Estimates and user values this design rests on"));
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH,
             _("None of these is printed in the Panasonic catalogs; this note cites each by its label (E1, E2, …), and rows that rest on the same source share its label. Estimates are read off the maker's public CAD data and published boards, each named with its confidence; placeholders have no source and must be confirmed; user values replace an estimate. A verdict never claims more than its weakest source: one that rests on a low-confidence estimate is at most a warning and says so, one that rests on a placeholder is for information only."));
  /* Translators: column headings of the table of estimated values: the note's label ("E1"), the
   * quantity, its value, its kind of source, the estimate's confidence, the source */
  t = _stk_note_add_table (note, widths, 6, _("Label"), _("What"), _("Value"), _("Kind"), _("Confidence"),
                           _("Source"));
  for (guint i = 0; i < mates->len; i++)
    {
      StkMate *m = g_ptr_array_index (mates, i);
      const StkSeries *s = stk_catalog_find_series (catalog, m->series);
      g_autofree char *sh = NULL, *hh = NULL, *sw = NULL, *hw = NULL;
      NumText h;
      StkValue v;

      if (s == NULL)
        continue;
      sw = g_strdup_printf (_("%s socket body width"), s->id);
      hw = g_strdup_printf (_("%s header body width"), s->id);
      sh = g_strdup_printf (_("%s socket height, %s mm mated"), s->id, _stk_note_num (&h, m->mated_height_mm));
      hh = g_strdup_printf (_("%s header height, %s mm mated"), s->id, _stk_note_num (&h, m->mated_height_mm));
      add_estimate (seen, labels, t, sw, &s->socket_body_width, "mm");
      add_estimate (seen, labels, t, hw, &s->header_body_width, "mm");
      v = stk_series_part_height (s, STK_ROLE_SOCKET, m->pins, m->mated_height_mm);
      add_estimate (seen, labels, t, sh, &v, "mm");
      v = stk_series_part_height (s, STK_ROLE_HEADER, m->pins, m->mated_height_mm);
      add_estimate (seen, labels, t, hh, &v, "mm");
      add_source_row (seen, labels, t, g_strdup_printf (_("%s pin numbering (odd/even rows, p ↔ n + 1 − p reversed)"),
                                                  s->id), s->pin_numbering_source);
      add_source_row (seen, labels, t, g_strdup_printf (_("%s recommended PC board pattern"), s->id),
                      s->socket_pattern.source);
    }
  for (guint i = 0; i < results->len; i++)
    {
      StkCheckResult *r = g_ptr_array_index (results, i);
      g_autofree char *what = NULL;
      StkValue v = { r->limit, r->limit_source };

      /* the limit, with its value, then whatever else the verdict rests on */
      what = g_strdup_printf (_("Limit of “%s” (%s)"), stk_check_title (r->check_id), r->subject_label);
      if (r->user_override)
        {
          if (g_hash_table_add (seen, g_strdup_printf ("user|%s", r->check_id)))
            _stk_note_add_row (t, g_strdup ("—"), g_strdup (what), r->has_limit ? _stk_note_unit (r->limit, r->unit) : NULL,
                     g_strdup (_("user value")), g_strdup ("—"), g_strdup (_("entered in the project, replacing the estimate")));
        }
      else if (r->has_limit)
        add_estimate (seen, labels, t, what, &v, r->unit);
      for (guint k = 1; k < r->n_sources; k++)
        if (r->sources[k]->kind != STK_PROV_DATASHEET && r->sources[k]->kind != STK_PROV_DERIVED)
          add_source_row (seen, labels, t, g_strdup (stk_source_name (r->sources[k])), r->sources[k]);
    }
}

/* The series of the design, in the catalog's order. */
static GPtrArray *
series_used (StkCatalog *catalog,
             GPtrArray  *mates)
{
  GPtrArray *all = stk_catalog_get_series (catalog);
  GPtrArray *used = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < mates->len; i++)
    {
      const StkSeries *s = stk_catalog_find_series (catalog, ((StkMate *) g_ptr_array_index (mates, i))->series);
      if (s != NULL)
        g_hash_table_add (seen, (gpointer) s->id);
    }
  for (guint i = 0; i < all->len; i++)
    if (g_hash_table_contains (seen, ((const StkSeries *) g_ptr_array_index (all, i))->id))
      g_ptr_array_add (used, g_ptr_array_index (all, i));
  return used;
}

/* "; printed in the P4 catalog's family notes, which apply to A4S as well"
 * when the catalog of a series in the design does not print the note. */
static char *
printed_elsewhere (const StkNote *sn,
                   GPtrArray     *used)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; i < used->len; i++)
    {
      const StkSeries *s = g_ptr_array_index (used, i);
      if (!stk_note_printed_in (sn, s))
        g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", s->id);
    }
  if (missing->len == 0 || *sn->printed_in_list == '\0')
    return g_strdup ("");
  /* Translators: after a datasheet note's source: which series' catalogs
   * print the note, then the series of the design whose catalogs do not */
  return g_strdup_printf (_("; printed in the %s catalog's family notes, which apply to %s as well"),
                          sn->printed_in_list, missing->str);
}

static void
build_handling (StkDesignNote    *note,
                StkProject *project,
                StkCatalog *catalog)
{
  static const char *const always[] = { "reflow", "hand_soldering", "one_connector", "reverse_insertion",
                                        "storage", "mating_cycles", "fix_boards" };
  static const char *const fpc[] = { "fpc_plate", "drop_separation" };
  GPtrArray *boards = stk_project_get_boards (project);
  GPtrArray *mates = stk_project_get_mates (project);
  g_autoptr(GPtrArray) used = series_used (catalog, mates);
  gboolean has_fpc = FALSE;

  for (guint i = 0; i < boards->len; i++)
    has_fpc |= ((StkBoard *) g_ptr_array_index (boards, i))->kind == STK_BOARD_FPC;

  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Datasheet handling notes for this design"));
  for (guint pass = 0; pass < 2; pass++)
    {
      const char *const *ids = pass == 0 ? always : fpc;
      guint n = pass == 0 ? G_N_ELEMENTS (always) : (has_fpc ? G_N_ELEMENTS (fpc) : 0);

      for (guint i = 0; i < n; i++)
        {
          const StkNote *sn = stk_catalog_find_note (catalog, ids[i]);
          g_autofree char *text = NULL;
          g_autofree char *elsewhere = NULL;

          if (sn == NULL)
            continue;
          /* Translators: a datasheet note: its title, its text, then in
           * brackets its source and perhaps where it is printed */
          elsewhere = printed_elsewhere (sn, used);
          text = g_strdup_printf (_("%s. %s [%s%s]"), sn->title, sn->text, sn->source->ref, elsewhere);
          _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, text);
        }
    }
}

void
stk_design_note_options_init (StkDesignNoteOptions *options)
{
  options->paper = STK_PAPER_A4;
  options->date = NULL;
  options->svg_name = NULL;
}

gboolean
stk_paper_from_string (const char *str,
                       StkPaper   *paper)
{
  if (g_ascii_strcasecmp (str, "a4") == 0)
    *paper = STK_PAPER_A4;
  else if (g_ascii_strcasecmp (str, "letter") == 0)
    *paper = STK_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

StkDesignNote *
stk_design_note_new (StkProject           *project,
              StkCatalog           *catalog,
              const StkDesignNoteOptions *options)
{
  StkDesignNote *note = g_new0 (StkDesignNote, 1);
  g_autoptr(GPtrArray) results = stk_checks_run (project, catalog);
  g_autoptr(GPtrArray) tol_results = stk_tol_results_for_project (project, catalog);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *notes = stk_project_get_notes (project);
  g_autofree char *caption = NULL;
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) estimates = NULL;
  GPtrArray *blocks;
  g_autofree char *scale = NULL;
  g_autofree char *size = NULL;
  StkSheetSpec spec;

  note->options = *options;
  note->date = options->date ? g_strdup (options->date) : g_date_time_format (now, "%Y-%m-%d");
  note->svg_name = g_strdup (options->svg_name);
  note->blocks = g_ptr_array_new_with_free_func (block_free);
  note->title = g_strdup_printf (_("Stack-up design note: %s"), stk_project_get_name (project));
  /* Translators: page footer of the design note: project name, revision, date */
  note->footer = g_strdup_printf (_("%s — revision %s — %s"), stk_project_get_name (project),
                                  stk_project_get_revision (project), note->date);
  stk_sheet_spec_init (&spec);
  spec.size = options->paper == STK_PAPER_LETTER ? STK_SHEET_LETTER : STK_SHEET_A4;
  note->sheets = stk_sheets_new_with_results (project, catalog, &spec, results);
  scale = stk_draw_format_scale (stk_sheets_get_scale (note->sheets));
  size = stk_sheet_spec_describe (&spec);

  /* The estimates are labelled first, so that everything before their
   * table can cite them; their blocks go in after the checks. */
  blocks = note->blocks;
  note->blocks = g_ptr_array_new_with_free_func (block_free);
  build_estimates (note, project, catalog, results, labels);
  estimates = note->blocks;
  note->blocks = blocks;

  build_title (note, project, results, tol_results);
  _stk_note_build_inputs (note, project);
  build_summary (note, project, catalog);
  build_ordering (note, project, catalog);
  _stk_note_build_pins (note, project, catalog, labels);
  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Drawing"));
  /* Translators: the number of drawing sheets, their size and their scale */
  caption = g_strdup_printf (ngettext ("The drawing is on %u %s sheet (landscape, scale %s) after this note: each connector pair seen from its mating side, the top view of the assembly and its sections. Dimensions in mm. Solid lines: datasheet; dashed: estimate; dotted: placeholder.",
                                       "The drawing is on %u %s sheets (landscape, scale %s) after this note: each connector pair seen from its mating side, the top view of the assembly and its sections. Dimensions in mm. Solid lines: datasheet; dashed: estimate; dotted: placeholder.",
                                       stk_sheets_get_n_sheets (note->sheets)),
                             stk_sheets_get_n_sheets (note->sheets), size, scale);
  _stk_note_add_block (note, STK_BLOCK_DRAWING, caption);
  build_checks (note, results, labels);
  _stk_note_build_tolerance (note, project, catalog, tol_results);
  while (estimates->len > 0)
    g_ptr_array_add (note->blocks, g_ptr_array_steal_index (estimates, 0));
  build_handling (note, project, catalog);
  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Notes"));
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, notes && *notes ? notes : _("(none)"));
  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Review"));
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, _("Reviewed by: ______________________   Date: ____________   Signature: ______________________"));
  return note;
}

void
stk_design_note_free (StkDesignNote *note)
{
  if (note == NULL)
    return;
  g_free (note->title);
  g_free (note->footer);
  g_free (note->date);
  g_free (note->svg_name);
  g_ptr_array_unref (note->blocks);
  g_clear_pointer (&note->sheets, stk_sheets_free);
  g_free (note);
}
