/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-catalog"

#include "stk-config.h"


#include "stk-catalog-private.h"
#include "stk-json.h"

static gboolean
load_pattern (StkCatalogLoader  *ld,
              JsonObject        *geometry,
              const char        *member,
              StkPattern        *pattern,
              GError           **error)
{
  g_autofree char *path = g_strdup_printf ("geometry.%s", member);
  JsonObject *o, *tx = NULL;
  gboolean outline_only = FALSE;

  if (!stk_json_get_object (geometry, "geometry", member, TRUE, &o, error) ||
      !stk_json_get_boolean (o, path, "outline_only", FALSE, &outline_only, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (!_stk_catalog_get_source (ld, o, path, "source", &pattern->source, error))
    return FALSE;
  pattern->outline_only = outline_only;
  if (outline_only)
    return TRUE;
  if (!stk_json_get_double (o, path, "pad_w_mm", TRUE, 0.01, 10, &pattern->pad_w, error) ||
      !stk_json_get_double (o, path, "pad_l_mm", TRUE, 0.01, 10, &pattern->pad_l, error) ||
      !stk_json_get_double (o, path, "row_pitch_mm", TRUE, 0.01, 20, &pattern->row_pitch, error) ||
      !stk_json_get_double (o, path, "outer_width_mm", TRUE, 0.01, 20, &pattern->outer_width, error) ||
      !stk_json_get_double (o, path, "length_extra_mm", TRUE, 0, 20, &pattern->length_extra, error) ||
      !stk_json_get_object (o, path, "terminal_x", FALSE, &tx, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (tx != NULL)
    {
      const char *from;
      g_autofree char *tp = g_strdup_printf ("%s.terminal_x", path);

      pattern->has_terminals = TRUE;
      if (!stk_json_get_string (tx, tp, "from", TRUE, &from, error) ||
          !stk_json_get_double (tx, tp, "offset_mm", TRUE, -10, 10, &pattern->terminal_x_offset, error) ||
          !stk_json_get_double (o, path, "terminal_pad_w_mm", TRUE, 0.01, 10, &pattern->terminal_w, error) ||
          !stk_json_get_double (o, path, "terminal_pad_l_mm", TRUE, 0.01, 10, &pattern->terminal_l, error) ||
          !stk_json_get_double (o, path, "terminal_y_mm", TRUE, 0, 10, &pattern->terminal_y, error))
        return _stk_catalog_prefix_error (error, ld->file);
      pattern->terminal_x_from = (StkDim) (from[0] - 'A');
    }
  return TRUE;
}

/* A geometry quantity is {"value"}, {"from": letter} or {"by_height": [[h, v, source]…]}. */
static gboolean
load_geo_quantity (StkCatalogLoader  *ld,
                   JsonObject        *geometry,
                   const char        *member,
                   StkGeoValue       *out,
                   GError           **error)
{
  g_autofree char *path = g_strdup_printf ("geometry.%s", member);
  JsonObject *o;
  const char *from = NULL;
  JsonArray *by = NULL;

  if (!stk_json_get_object (geometry, "geometry", member, TRUE, &o, error) ||
      !stk_json_get_string (o, path, "from", FALSE, &from, error) ||
      !stk_json_get_array (o, path, "by_height", FALSE, &by, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (by != NULL)
    {
      for (guint i = 0; i < json_array_get_length (by) && i < STK_MAX_HEIGHTS; i++)
        {
          JsonArray *row = json_array_get_array_element (by, i);
          const char *name = row && json_array_get_length (row) == 3 ? json_array_get_string_element (row, 2) : NULL;

          if (name == NULL || (out->by_height_src[i] = g_hash_table_lookup (ld->sources, name)) == NULL)
            return _stk_catalog_fail (error, ld->file, path, "by_height rows must be [height, value, source]");
          out->by_height[i][0] = json_array_get_double_element (row, 0);
          out->by_height[i][1] = json_array_get_double_element (row, 1);
          out->n_by_height++;
        }
      return TRUE;
    }
  if (!_stk_catalog_get_source (ld, o, path, "source", &out->value.source, error))
    return FALSE;
  if (from != NULL)
    {
      out->from_dim = TRUE;
      out->dim = (StkDim) (from[0] - 'A');
      return TRUE;
    }
  if (!stk_json_get_double (o, path, "value", TRUE, 0, 100, &out->value.value, error))
    return _stk_catalog_prefix_error (error, ld->file);
  return TRUE;
}

gboolean
_stk_catalog_load_geometry (StkCatalogLoader  *ld,
                            StkSeries         *series,
                            JsonObject        *root,
                            GError           **error)
{
  StkSeriesPrivate *priv = series->priv;
  JsonObject *g, *hd;
  gint64 holds = 0;
  const char *hold_note = NULL;

  if (!stk_json_get_object (root, "", "geometry", TRUE, &g, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (!_stk_catalog_get_value (ld, g, "geometry", "socket_body_width_mm", &series->socket_body_width, error) ||
      !_stk_catalog_get_value (ld, g, "geometry", "socket_terminal_width_mm", &series->socket_terminal_width, error) ||
      !_stk_catalog_get_value (ld, g, "geometry", "header_body_width_mm", &series->header_body_width, error) ||
      !_stk_catalog_get_value (ld, g, "geometry", "header_terminal_width_mm", &series->header_terminal_width, error) ||
      !_stk_catalog_get_value (ld, g, "geometry", "capture_allowance_mm", &series->capture_allowance, error) ||
      !load_geo_quantity (ld, g, "socket_height_mm", &priv->socket_height, error) ||
      !load_geo_quantity (ld, g, "header_height_mm", &priv->header_height, error) ||
      !load_pattern (ld, g, "socket_pattern", &series->socket_pattern, error) ||
      !load_pattern (ld, g, "header_pattern", &series->header_pattern, error))
    return FALSE;
  if (json_object_has_member (g, "key_spacing_mm") &&
      !load_geo_quantity (ld, g, "key_spacing_mm", &priv->key_spacing, error))
    return FALSE;
  priv->has_key_spacing = json_object_has_member (g, "key_spacing_mm");
  if (!stk_json_get_object (g, "geometry", "socket_hold_downs", TRUE, &hd, error) ||
      !stk_json_get_int (hd, "geometry.socket_hold_downs", "value", TRUE, 0, 8, &holds, error) ||
      !stk_json_get_string (hd, "geometry.socket_hold_downs", "note", FALSE, &hold_note, error))
    return _stk_catalog_prefix_error (error, ld->file);
  series->socket_hold_downs = (guint) holds;
  series->hold_down_note = _stk_catalog_intern (ld->catalog, hold_note);
  {
    JsonObject *pn;
    if (!stk_json_get_object (g, "geometry", "pin_numbering", TRUE, &pn, error))
      return _stk_catalog_prefix_error (error, ld->file);
    if (!_stk_catalog_get_source (ld, pn, "geometry.pin_numbering", "source", &series->pin_numbering_source, error))
      return FALSE;
  }
  return TRUE;
}

/* The inspection-use type has the standard type's dimensions: the height
 * of the dimension table "dimensions_from" (a source name) names. */
static gboolean
inspection_dimensions_height (StkCatalogLoader *ld,
                              StkSeries        *series,
                              JsonObject       *o,
                              double           *height,
                              GError          **error)
{
  GPtrArray *tables = ((StkSeriesPrivate *) series->priv)->dim_tables;
  const StkSource *source;

  if (!_stk_catalog_get_source (ld, o, "inspection", "dimensions_from", &source, error))
    return FALSE;
  for (guint i = 0; i < tables->len; i++)
    {
      const StkDimTable *t = g_ptr_array_index (tables, i);
      if (t->source == source && !t->by_height && t->n_heights > 0)
        {
          *height = t->heights[0];
          return TRUE;
        }
    }
  return _stk_catalog_fail (error, ld->file, "inspection.dimensions_from",
                            "must name the source of a dimension table by pin count for one mated height");
}

gboolean
_stk_catalog_load_inspection (StkCatalogLoader  *ld,
                              StkSeries         *series,
                              JsonObject        *root,
                              GError           **error)
{
  JsonObject *o;
  JsonArray *pins, *notes;
  StkInspection *ins;
  const char *ps, *ph, *note;
  gint64 cycles, min_order;

  if (!stk_json_get_object (root, "", "inspection", FALSE, &o, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (o == NULL)
    return TRUE;
  ins = _stk_catalog_alloc0 (ld->catalog, sizeof *ins);
  if (!stk_json_get_string (o, "inspection", "printed_socket", TRUE, &ps, error) ||
      !stk_json_get_string (o, "inspection", "printed_header", TRUE, &ph, error) ||
      !stk_json_get_string (o, "inspection", "mated_height_note", TRUE, &note, error) ||
      !stk_json_get_int (o, "inspection", "mating_cycles", TRUE, 1, 1000000, &cycles, error) ||
      !stk_json_get_int (o, "inspection", "min_order_pcs", TRUE, 1, 1000000, &min_order, error) ||
      !stk_json_get_array (o, "inspection", "pins", TRUE, &pins, error) ||
      !stk_json_get_array (o, "inspection", "notes", TRUE, &notes, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (!_stk_catalog_get_source (ld, o, "inspection", "source", &ins->source, error))
    return FALSE;
  ins->printed_socket = _stk_catalog_intern (ld->catalog, ps);
  ins->printed_header = _stk_catalog_intern (ld->catalog, ph);
  ins->mated_height_note = _stk_catalog_intern (ld->catalog, note);
  ins->mating_cycles = (guint) cycles;
  ins->min_order_pcs = (guint) min_order;
  ins->notes = _stk_catalog_get_strv (ld, notes);
  if (!inspection_dimensions_height (ld, series, o, &ins->dimensions_height, error))
    return FALSE;
  ins->pins = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (((StkSeriesPrivate *) series->priv)->arrays, ins->pins);
  for (guint i = 0; i < json_array_get_length (pins); i++)
    {
      guint n = (guint) json_array_get_int_element (pins, i);
      g_array_append_val (ins->pins, n);
    }
  series->inspection = ins;
  return TRUE;
}

/* "part_numbers": the prefix of each role; the series' part numbers are
 * decoded from these and the catalog's own tables (stk_part_decode). */
gboolean
_stk_catalog_load_part_numbers (StkCatalogLoader *ld,
                                StkSeries        *series,
                                JsonObject       *root,
                                GError          **error)
{
  JsonObject *s, *o;
  const char *socket, *header;

  if (!stk_json_get_object (root, "", "series", TRUE, &s, error) ||
      !stk_json_get_object (s, "series", "part_numbers", TRUE, &o, error) ||
      !stk_json_get_string (o, "series.part_numbers", "socket_prefix", TRUE, &socket, error) ||
      !stk_json_get_string (o, "series.part_numbers", "header_prefix", TRUE, &header, error))
    return _stk_catalog_prefix_error (error, ld->file);
  if (*socket == '\0' || *header == '\0' || g_str_has_prefix (socket, header) || g_str_has_prefix (header, socket))
    return _stk_catalog_fail (error, ld->file, "series.part_numbers",
                              "the socket and header prefixes must be non-empty and neither may start the other");
  series->socket_prefix = _stk_catalog_intern (ld->catalog, socket);
  series->header_prefix = _stk_catalog_intern (ld->catalog, header);
  return TRUE;
}

gboolean
_stk_catalog_load_notes (StkCatalog  *self,
                         const char  *file,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_auto(StkCatalogLoader) ld = { 0 };
  JsonObject *root, *printed;
  JsonArray *notes;

  if (!_stk_catalog_loader_open (&ld, self, file, data, length, &root, error))
    return FALSE;
  if (!_stk_catalog_load_sources (&ld, root, error))
    return FALSE;
  if (!stk_json_get_array (root, "", "notes", TRUE, &notes, error) ||
      !stk_json_get_object (root, "", "printed_in", TRUE, &printed, error))
    return _stk_catalog_prefix_error (error, file);
  /* _stk_catalog_validate() checks that every series has its sentence. */
  {
    g_autoptr(GList) ids = json_object_get_members (printed);
    for (GList *l = ids; l; l = l->next)
      {
        const char *text;
        if (!stk_json_get_string (printed, "printed_in", l->data, TRUE, &text, error))
          return _stk_catalog_prefix_error (error, file);
        g_hash_table_insert (self->printed_in, (gpointer) _stk_catalog_intern (self, l->data),
                             (gpointer) _stk_catalog_intern_text (self, text));
      }
  }
  for (guint i = 0; i < json_array_get_length (notes); i++)
    {
      g_autofree char *path = g_strdup_printf ("notes[%u]", i);
      JsonObject *o;
      StkNote *note;
      const char *id, *title, *text;
      JsonArray *printed_in, *mats;
      JsonObject *limits;

      if (!_stk_catalog_get_element (&ld, notes, i, path, &o, error))
        return FALSE;
      note = _stk_catalog_alloc0 (self, sizeof *note);
      if (!stk_json_get_string (o, path, "id", TRUE, &id, error) ||
          !stk_json_get_string (o, path, "title", TRUE, &title, error) ||
          !stk_json_get_string (o, path, "text", TRUE, &text, error) ||
          !stk_json_get_array (o, path, "printed_in", TRUE, &printed_in, error) ||
          !stk_json_get_object (o, path, "limits", FALSE, &limits, error) ||
          !stk_json_get_array (o, path, "materials", FALSE, &mats, error))
        return _stk_catalog_prefix_error (error, file);
      if (!_stk_catalog_get_source (&ld, o, path, "source", &note->source, error))
        return FALSE;
      note->id = _stk_catalog_intern (self, id);
      note->title = _stk_catalog_intern_text (self, title);
      note->text = _stk_catalog_intern_text (self, text);
      note->printed_in = _stk_catalog_get_strv (&ld, printed_in);
      {
        g_autofree char *list = g_strjoinv (", ", (char **) note->printed_in);
        note->printed_in_list = _stk_catalog_intern (self, list);
      }
      if (limits != NULL)
        {
          g_autoptr(GList) names = json_object_get_members (limits);
          for (GList *l = names; l; l = l->next)
            {
              StkValue *v = _stk_catalog_alloc0 (self, sizeof *v);
              g_autofree char *lp = g_strdup_printf ("%s.limits", path);
              if (!stk_json_get_double (limits, lp, l->data, TRUE, 0, 1000, &v->value, error))
                return _stk_catalog_prefix_error (error, file);
              v->source = note->source;
              g_hash_table_insert (self->note_limits, (gpointer) _stk_catalog_intern (self, l->data), v);
            }
        }
      for (guint m = 0; mats != NULL && m < json_array_get_length (mats); m++)
        {
          g_autofree char *mp = g_strdup_printf ("%s.materials[%u]", path, m);
          JsonObject *mo;
          StkStiffenerMaterial *sm = _stk_catalog_alloc0 (self, sizeof *sm);
          const char *mid, *label;

          if (!_stk_catalog_get_element (&ld, mats, m, mp, &mo, error))
            return FALSE;
          if (!stk_json_get_string (mo, mp, "id", TRUE, &mid, error) ||
              !stk_json_get_string (mo, mp, "label", TRUE, &label, error) ||
              !stk_json_get_double (mo, mp, "min_mm", TRUE, 0, 10, &sm->min_thickness, error) ||
              !stk_json_get_double (mo, mp, "max_mm", TRUE, 0, 10, &sm->max_thickness, error))
            return _stk_catalog_prefix_error (error, file);
          sm->id = _stk_catalog_intern (self, mid);
          sm->label = _stk_catalog_intern_text (self, label);
          g_ptr_array_add (self->materials, sm);
        }
      g_ptr_array_add (self->notes, note);
    }
  return TRUE;
}
