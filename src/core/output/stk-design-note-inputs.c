/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-design-note"

#include "stk-config.h"

#include <glib/gi18n-lib.h>

#include "stk-design-note-private.h"

/* What the reviewer signs for: every input the checks measure against, and
 * which pin meets which once the boards are put together. */

static void
row (StkBlock   *t,
     const char *what,
     char       *value)
{
  _stk_note_add_row (t, g_strdup (what), value);
}

void
_stk_note_build_inputs (StkDesignNote *note,
                        StkProject    *project)
{
  static const double widths[] = { 2.4, 2 };
  static const double board_widths[] = { 2.2, 1, 1.6, 1.6 };
  const StkRequirements *req = stk_project_get_requirements (project);
  GPtrArray *boards = stk_project_get_boards (project);
  StkBlock *t;
  NumText a, b;

  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Inputs"));
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, _("The requirements the checks measure against, as entered in the project:"));
  t = _stk_note_add_table (note, widths, 2, _("Requirement"), _("Value"));
  row (t, _("Board-to-board alignment tolerance"), g_strdup_printf ("± %s mm", _stk_note_num (&a, req->alignment_tolerance_mm)));
  /* Translators: a temperature range, "-20 to 60 °C" */
  row (t, _("Ambient temperature"), g_strdup_printf (_("%s to %s °C"), _stk_note_num (&a, req->ambient_min_c),
                                                     _stk_note_num (&b, req->ambient_max_c)));
  row (t, _("Reflow peak temperature"), _stk_note_unit (req->reflow_peak_c, "°C"));
  /* Translators: a soldering iron's temperature and time, "300 °C, 3 s" */
  row (t, _("Soldering iron"), g_strdup_printf (_("%s °C, %s s"), _stk_note_num (&a, req->iron_temp_c),
                                               _stk_note_num (&b, req->iron_time_s)));
  /* Translators: mating cycles over the product's life, by cause */
  row (t, _("Mating cycles"), g_strdup_printf (_("%u (assembly %u, rework %u, test %u, service %u)"),
                                              req->cycles_assembly + req->cycles_rework + req->cycles_test +
                                              req->cycles_service, req->cycles_assembly, req->cycles_rework,
                                              req->cycles_test, req->cycles_service));
  row (t, _("Current derating"), g_strdup_printf ("× %s", _stk_note_num (&a, req->current_derating)));
  row (t, _("Clearance margin to facing components"), _stk_note_unit (req->clearance_margin_mm, "mm"));
  if (req->capture_allowance_set)
    row (t, _("Mating capture allowance (user value)"), _stk_note_unit (req->capture_allowance_mm, "mm"));

  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, _("Tallest components on each board face, as entered "
                                                    "(top board first):"));
  t = _stk_note_add_table (note, board_widths, 4, _("Board"), _("Thickness"), _("Components on top"),
                           _("Components underneath"));
  /* Top first, as the app lists the boards and the section draws them. */
  for (guint i = boards->len; i-- > 0;)
    {
      const StkBoard *bd = g_ptr_array_index (boards, i);

      _stk_note_add_row (t, g_strdup (bd->name), _stk_note_unit (bd->thickness_mm, "mm"),
                         _stk_note_unit (bd->component_top_mm, "mm"), _stk_note_unit (bd->component_bottom_mm, "mm"));
    }
}

/* One row per run of consecutive pins on the same net: "1–4". */
static char *
pin_range (guint first,
           guint last)
{
  return first == last ? g_strdup_printf ("%u", first) : g_strdup_printf ("%u–%u", first, last);
}

static void
build_pin_table (StkDesignNote  *note,
                 StkProject     *project,
                 const StkMate  *m)
{
  static const double widths[] = { 1, 1.6, 1, 1.6 };
  const StkBoard *sb = stk_project_find_board (project, m->socket_board);
  const StkBoard *hb = stk_project_find_board (project, m->header_board);
  g_autofree char *heading = NULL;
  g_autofree char *s_col = NULL;
  g_autofree char *h_col = NULL;
  StkBlock *t;
  guint first = 0;

  heading = g_strdup_printf (_("%s: socket on %s, header on %s"), stk_mate_get_label (m),
                             sb ? sb->name : m->socket_board, hb ? hb->name : m->header_board);
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, heading);
  if (!stk_mate_has_assignment (m))
    {
      _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, _("No pin assignment entered."));
      return;
    }
  /* Translators: a pin-table column, the net name on the named board */
  s_col = g_strdup_printf (_("Net on %s"), sb ? sb->name : m->socket_board);
  h_col = g_strdup_printf (_("Net on %s"), hb ? hb->name : m->header_board);
  t = _stk_note_add_table (note, widths, 4, _("Socket pin"), s_col, _("Header pin"), h_col);
  for (guint p = 1; p <= m->pins + 1; p++)
    {
      const char *net = p <= m->pins ? stk_mate_pin_net (m, p) : NULL;
      const char *run = first ? stk_mate_pin_net (m, first) : NULL;

      /* A run ends at a pin on another net or at the last pin. */
      if (first && (p > m->pins || g_strcmp0 (net, run) != 0 || p != first + 1))
        {
          if (run)
            _stk_note_add_row (t, pin_range (first, p - 1), g_strdup (run), pin_range (first, p - 1), g_strdup (run));
          first = 0;
        }
      if (first == 0 && p <= m->pins)
        first = p;
    }
}

void
_stk_note_build_pins (StkDesignNote *note,
                      StkProject    *project,
                      StkCatalog    *catalog,
                      GHashTable    *labels)
{
  GPtrArray *mates = stk_project_get_mates (project);
  g_autoptr(GString) intro = g_string_new (NULL);
  g_autoptr(GPtrArray) cited = g_ptr_array_new ();

  if (mates->len == 0)
    return;
  for (guint i = 0; i < mates->len; i++)
    {
      const StkMate *m = g_ptr_array_index (mates, i);
      const StkSeries *s = stk_catalog_find_series (catalog, m->series);
      const char *label = s && s->pin_numbering_source ? g_hash_table_lookup (labels, s->pin_numbering_source->ref) : NULL;

      if (label && !g_ptr_array_find_with_equal_func (cited, label, g_str_equal, NULL))
        g_ptr_array_add (cited, (gpointer) label);
    }
  _stk_note_add_block (note, STK_BLOCK_HEADING, _("Pin assignment as mated"));
  g_string_append (intro, _("Each header pin mates the socket pin of the same number. The catalogs print no pin "
                            "numbering: this rests on the pin numbering convention estimate"));
  for (guint i = 0; i < cited->len; i++)
    g_string_append_printf (intro, "%s%s", i ? ", " : " (", (const char *) g_ptr_array_index (cited, i));
  g_string_append (intro, cited->len ? ")" : "");
  g_string_append (intro, _(". Seen from the same side, the header's pads are the mirror image of the socket's: "
                            "lay the header out from its own drawing (seen from below, turned over onto the "
                            "socket about the fold line), never by copying the socket's pattern. Runs of pins "
                            "on one net are listed as a range; pins without a net are left out."));
  _stk_note_add_block (note, STK_BLOCK_PARAGRAPH, intro->str);
  for (guint i = 0; i < mates->len; i++)
    build_pin_table (note, project, g_ptr_array_index (mates, i));
}
