/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-explorer"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-explorer.h"

/* The explorer judges with the same rules as the checks (stk-check.h), so
 * an option it passes gives a passing current, stack and cycles check. */

static void
reason_free (gpointer data)
{
  StkExplorerReason *r = data;

  g_free (r->message);
  g_free (r);
}

static void
exclude (StkExplorerOption *o,
         const char        *check_id,
         char              *message)
{
  StkExplorerReason *r = g_new0 (StkExplorerReason, 1);

  r->check_id = check_id;
  r->message = message;
  g_ptr_array_add (o->reasons, r);
  o->verdict = STK_STATUS_FAIL;
}

/* The longer and the wider of socket and header, each with its source. */
static void
footprint (const StkProduct  *product,
           StkExplorerOption *o)
{
  const StkSeries *s = product->series;
  StkValue sdims[STK_N_DIMS], hdims[STK_N_DIMS];
  const StkValue *sw = &s->socket_terminal_width, *hw = &s->header_terminal_width;
  gboolean socket_longer;

  stk_series_dimensions (s, STK_ROLE_SOCKET, product->pins, product->mated_height, sdims);
  stk_series_dimensions (s, STK_ROLE_HEADER, product->pins, product->mated_height, hdims);
  socket_longer = !stk_value_is_set (&hdims[STK_DIM_A]) || sdims[STK_DIM_A].value >= hdims[STK_DIM_A].value;
  o->length_mm = socket_longer ? sdims[STK_DIM_A].value : hdims[STK_DIM_A].value;
  o->length_source = socket_longer ? sdims[STK_DIM_A].source : hdims[STK_DIM_A].source;
  o->width_mm = sw->value >= hw->value ? sw->value : hw->value;
  o->width_source = sw->value >= hw->value ? sw->source : hw->source;
}

static guint
pins_needed (const StkExplorerConstraints *c,
             const StkSeries              *series,
             double                       *per_pin,
             double                       *total_a)
{
  guint pins = c->signal_pins;

  *per_pin = stk_checks_pin_current_limit (series, c->current_derating, NULL);
  *total_a = 0;
  for (guint i = 0; c->power_nets != NULL && i < c->power_nets->len; i++)
    {
      const StkNet *n = g_ptr_array_index (c->power_nets, i);
      guint more = stk_checks_pins_for_current (n->current_a, *per_pin);

      /* Saturate: a sum that wrapped around would look like a few pins. */
      pins = more > G_MAXUINT - pins ? G_MAXUINT : pins + more;
      *total_a += fabs (n->current_a);
    }
  return pins;
}

static StkExplorerOption *
judge (const StkExplorerConstraints *c,
       const StkProduct             *p)
{
  const StkSeries *s = p->series;
  StkExplorerOption *o = g_new0 (StkExplorerOption, 1);
  const StkSpec *total_spec = stk_series_find_spec (s, "rated_current_total");
  const StkSpec *life = stk_series_find_spec (s, "mating_cycles");
  double need_mm = stk_checks_clearance_needed (c->lower_top_mm, c->upper_bottom_mm, c->clearance_margin_mm);
  double per_pin, total_a;

  g_assert (total_spec != NULL && life != NULL);
  o->product = p;
  o->verdict = STK_STATUS_PASS;
  o->reasons = g_ptr_array_new_with_free_func (reason_free);
  o->preferred_packaging = c->packaging == NULL || g_ascii_strcasecmp (c->packaging, p->packaging->id) == 0;
  o->pins_needed = pins_needed (c, s, &per_pin, &total_a);
  footprint (p, o);

  if (!c->any_kind && s->kind != c->kind)
    exclude (o, "kind", g_strdup_printf (_("%s is %s, not %s"), s->id, stk_series_kind_to_string (s->kind),
                                         stk_series_kind_to_string (c->kind)));
  if (p->pins < o->pins_needed)
    exclude (o, "pins", g_strdup_printf (_("%u pins, %u needed (%u signal + power at %.4g A per pin)"),
                                         p->pins, o->pins_needed, c->signal_pins, per_pin));
  if (stk_checks_exceeds (total_a, total_spec->value))
    exclude (o, "electrical", g_strdup_printf (_("%.4g A in total, rated %.4g A"), total_a, total_spec->value));
  if (stk_checks_exceeds (need_mm, p->mated_height))
    exclude (o, "stack", g_strdup_printf (_("facing parts and margin need %.4g mm, mated height %.4g mm"),
                                          need_mm, p->mated_height));
  if (stk_checks_exceeds (c->mating_cycles, life->value))
    exclude (o, "mechanical", g_strdup_printf (_("%u mating cycles, life %g"), c->mating_cycles, life->value));
  if (c->max_length_mm > 0 && stk_checks_exceeds (o->length_mm, c->max_length_mm))
    exclude (o, "length", g_strdup_printf (_("%.4g mm long, at most %.4g mm"), o->length_mm, c->max_length_mm));
  if (c->max_width_mm > 0 && stk_checks_exceeds (o->width_mm, c->max_width_mm))
    exclude (o, "width", g_strdup_printf (_("%.4g mm wide (estimate), at most %.4g mm"), o->width_mm,
                                          c->max_width_mm));
  return o;
}

static int
compare_options (gconstpointer a,
                 gconstpointer b)
{
  const StkExplorerOption *x = *(StkExplorerOption **) a;
  const StkExplorerOption *y = *(StkExplorerOption **) b;
  double area_x = x->length_mm * x->width_mm, area_y = y->length_mm * y->width_mm;

  if (x->verdict != y->verdict)
    return x->verdict < y->verdict ? -1 : 1;
  if (fabs (area_x - area_y) > 1e-9)
    return area_x < area_y ? -1 : 1;
  if (x->preferred_packaging != y->preferred_packaging)
    return x->preferred_packaging ? -1 : 1;
  if (fabs (x->product->mated_height - y->product->mated_height) > 1e-9)
    return x->product->mated_height < y->product->mated_height ? -1 : 1;
  if (x->reasons->len != y->reasons->len)
    return x->reasons->len < y->reasons->len ? -1 : 1;
  return g_strcmp0 (x->product->socket, y->product->socket);
}

StkExplorerConstraints *
stk_explorer_constraints_new (void)
{
  StkExplorerConstraints *c = g_new0 (StkExplorerConstraints, 1);
  StkRequirements req;

  /* The same defaults as a new project's requirements. */
  stk_requirements_init_defaults (&req);
  c->power_nets = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_net_free);
  c->kind = STK_SERIES_BOARD_TO_BOARD;
  c->mating_cycles = stk_requirements_total_cycles (&req);
  c->current_derating = req.current_derating;
  c->clearance_margin_mm = req.clearance_margin_mm;
  return c;
}

void
stk_explorer_constraints_free (StkExplorerConstraints *c)
{
  if (c == NULL)
    return;
  g_clear_pointer (&c->power_nets, g_ptr_array_unref);
  g_free (c->packaging);
  g_free (c);
}

void
stk_explorer_constraints_add_power (StkExplorerConstraints *c,
                                    const char             *name,
                                    double                  current_a)
{
  g_ptr_array_add (c->power_nets, stk_net_new (name, STK_NET_SUPPLY, current_a, 0));
}

GPtrArray *
stk_explorer_run (StkCatalog                   *catalog,
                  const StkExplorerConstraints *c)
{
  GPtrArray *options = g_ptr_array_new_with_free_func ((GDestroyNotify) stk_explorer_option_free);
  GPtrArray *series = stk_catalog_get_series (catalog);

  for (guint s = 0; s < series->len; s++)
    {
      const StkSeries *ser = g_ptr_array_index (series, s);
      for (guint i = 0; i < ser->products->len; i++)
        g_ptr_array_add (options, judge (c, g_ptr_array_index (ser->products, i)));
    }
  g_ptr_array_sort (options, compare_options);
  return options;
}

char *
stk_explorer_option_excluded_by (const StkExplorerOption *option)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < option->reasons->len; i++)
    {
      const StkExplorerReason *r = g_ptr_array_index (option->reasons, i);
      g_string_append_printf (s, "%s%s", i ? ", " : "", r->check_id);
    }
  return g_string_free (s, FALSE);
}

void
stk_explorer_option_free (StkExplorerOption *option)
{
  if (option == NULL)
    return;
  g_ptr_array_unref (option->reasons);
  g_free (option);
}
