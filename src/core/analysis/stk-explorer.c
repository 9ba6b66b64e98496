/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-explorer"

#include "stk-config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stk-explorer.h"

/* The explorer judges an option by running the checks themselves on a
 * small project built from it: a lower board and an upper board (rigid, or
 * an FPC for a board-to-FPC joint) joined by the product, carrying the power
 * nets, under the constraints' requirements. What the checks fail excludes
 * the option and what they warn about is listed with it, so the explorer and
 * `check` can never disagree. Only what a project cannot say is judged here:
 * the pins the nets need and the footprint limits. */

/* One project per joint kind, re-filled for each option: building a project
 * per option would cost more than the checks. */
typedef struct {
  StkProject *project[2];  /* by StkBoardKind of the upper board */
  StkMate    *mate[2];
} Scratch;

static void
reason_free (gpointer data)
{
  StkExplorerReason *r = data;

  g_free (r->message);
  g_free (r);
}

static void
add_reason (StkExplorerOption *o,
            const char        *check_id,
            StkStatus          status,
            char              *message)
{
  StkExplorerReason *r = g_new0 (StkExplorerReason, 1);

  r->check_id = check_id;
  r->status = status;
  r->message = message;
  g_ptr_array_add (o->reasons, r);
  o->verdict = MAX (o->verdict, status);
}

static void
exclude (StkExplorerOption *o,
         const char        *check_id,
         char              *message)
{
  add_reason (o, check_id, STK_STATUS_FAIL, message);
}

/* Every failing or warning record becomes a reason, one per check id and
 * status, its messages joined. */
static void
add_check_reasons (StkExplorerOption *o,
                   GPtrArray         *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      const StkCheckResult *r = g_ptr_array_index (results, i);
      StkExplorerReason *last = o->reasons->len ? g_ptr_array_index (o->reasons, o->reasons->len - 1) : NULL;

      if (r->status < STK_STATUS_WARNING)
        continue;
      if (last != NULL && last->status == r->status && g_str_equal (last->check_id, r->check_id))
        {
          char *joined = g_strdup_printf ("%s; %s", last->message, stk_check_result_get_message (r));
          g_free (last->message);
          last->message = joined;
        }
      else
        add_reason (o, r->check_id, r->status, g_strdup (stk_check_result_get_message (r)));
    }
}

const char *
stk_explorer_constraints_get_return_net (const StkExplorerConstraints *c)
{
  return c->return_net != NULL && *c->return_net ? c->return_net : "GND";
}

/* What the return net carries: the sum of the supplies. */
static double
supply_current (const StkExplorerConstraints *c)
{
  double sum = 0;

  for (guint i = 0; c->power_nets != NULL && i < c->power_nets->len; i++)
    sum += fabs (((const StkNet *) g_ptr_array_index (c->power_nets, i))->current_a);
  return sum;
}

/* Pins for one supply: the fewest that carry it, rounded up to whole pairs
 * for a reversal-safe layout. */
static guint
supply_pins (const StkExplorerConstraints *c,
             const StkNet                 *net,
             double                        per_pin)
{
  guint k = stk_checks_pins_for_current (net->current_a, per_pin);

  return c->reversal_safe && k < G_MAXUINT ? k + k % 2 : k;
}

/* The reversal-safe layout: supply i on pins 1…k/2 and their partners n + 1
 * − p (the same net meets itself turned by 180°), then from the first free
 * pin the return pins and the signal pins; the rest stay unassigned. Only
 * called when everything fits. */
static void
lay_out_pins (StkMate                      *mate,
              const StkExplorerConstraints *c,
              const StkExplorerOption      *o,
              double                        per_pin)
{
  guint n = mate->pins, pair = 1, next;

  for (guint i = 0; c->power_nets != NULL && i < c->power_nets->len; i++)
    {
      const StkNet *net = g_ptr_array_index (c->power_nets, i);
      for (guint k = supply_pins (c, net, per_pin) / 2; k > 0; k--, pair++)
        {
          stk_mate_assign_pins (mate, pair, pair, net->name);
          stk_mate_assign_pins (mate, n + 1 - pair, n + 1 - pair, net->name);
        }
    }
  next = pair;
  if (o->return_pins > 0)
    stk_mate_assign_pins (mate, next, next + o->return_pins - 1, stk_explorer_constraints_get_return_net (c));
  next += o->return_pins;
  if (c->signal_pins > 0)
    stk_mate_assign_pins (mate, next, next + c->signal_pins - 1, "SIG");
}

static StkBoardKind
upper_kind (const StkExplorerConstraints *c,
            const StkSeries              *series)
{
  StkSeriesKind joint = c->any_kind ? series->kind : c->kind;

  return joint == STK_SERIES_BOARD_TO_FPC ? STK_BOARD_FPC : STK_BOARD_RIGID;
}

/* A lower rigid board facing an upper one of this kind, the socket below,
 * one mate carrying the power nets, and the constraints' requirements. */
static void
scratch_build (Scratch                      *s,
               const StkExplorerConstraints *c,
               StkBoardKind                  kind)
{
  StkProject *project = stk_project_new_empty ();
  StkBoard *lower = stk_board_new ("lower", _("Lower board"), STK_BOARD_RIGID);
  StkBoard *upper = stk_board_new ("upper", kind == STK_BOARD_FPC ? _("FPC") : _("Upper board"), kind);
  StkMate *mate = stk_mate_new ("option", "", 0, 0, "");
  StkRequirements *req = stk_project_get_requirements (project);

  lower->component_top_mm = c->lower_top_mm;
  upper->component_bottom_mm = c->upper_bottom_mm;
  stk_project_add_board (project, lower, -1);
  stk_project_add_board (project, upper, -1);
  mate->socket_board = g_strdup (lower->id);
  mate->header_board = g_strdup (upper->id);
  for (guint i = 0; c->power_nets != NULL && i < c->power_nets->len; i++)
    {
      const StkNet *n = g_ptr_array_index (c->power_nets, i);
      stk_mate_add_net (mate, n->name, STK_NET_SUPPLY, n->current_a, 0);
    }
  if (!c->return_elsewhere && supply_current (c) > 0)
    stk_mate_add_net (mate, stk_explorer_constraints_get_return_net (c), STK_NET_GROUND, supply_current (c), 0);
  stk_project_add_mate (project, mate);

  *req = c->requirements;
  req->current_derating = c->current_derating;
  req->clearance_margin_mm = c->clearance_margin_mm;
  /* Cycles given as one total stay one total. */
  if (stk_requirements_total_cycles (req) != c->mating_cycles)
    {
      req->cycles_assembly = c->mating_cycles;
      req->cycles_rework = req->cycles_test = req->cycles_service = 0;
    }
  s->project[kind] = project;
  s->mate[kind] = mate;
}

static void
scratch_clear (Scratch *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (s->project); i++)
    g_clear_object (&s->project[i]);
}

/* The checks' records for the product in the scratch project. */
/* The scratch project of the option's joint, holding the option. */
static StkProject *
scratch_fill (Scratch                      *s,
              const StkExplorerConstraints *c,
              const StkExplorerOption      *o)
{
  const StkProduct *p = o->product;
  StkBoardKind kind = upper_kind (c, p->series);
  StkMate *mate;

  if (s->project[kind] == NULL)
    scratch_build (s, c, kind);
  mate = s->mate[kind];
  stk_explorer_set_mate_product (mate, p);
  stk_mate_assign_pins (mate, 1, p->pins, NULL);
  if (c->reversal_safe && p->pins >= o->pins_needed)
    lay_out_pins (mate, c, o, stk_checks_pin_current_limit (p->series, c->current_derating, NULL));
  return s->project[kind];
}

/* The larger of a and b, with its source; a (the body) wins a tie. */
static void
take_larger (double          *mm,
             const StkSource **source,
             double           other_mm,
             const StkSource *other_source)
{
  if (*source == NULL || stk_checks_exceeds (other_mm, *mm))
    {
      *mm = other_mm;
      *source = other_source;
    }
}

/* Body and recommended pattern of socket and header: the footprint a board
 * gives up is the land pattern where it is larger than the part (P4: 5.70 mm
 * across the pads against 5.10 mm over the terminal tips). */
static void
footprint (const StkProduct  *product,
           StkExplorerOption *o)
{
  const StkSeries *s = product->series;
  const StkRole roles[] = { STK_ROLE_SOCKET, STK_ROLE_HEADER };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      const StkValue *w = roles[i] == STK_ROLE_SOCKET ? &s->socket_terminal_width : &s->header_terminal_width;
      StkValue dims[STK_N_DIMS], pl, pw;

      stk_series_dimensions (s, roles[i], product->pins, product->mated_height, dims);
      if (stk_value_is_set (&dims[STK_DIM_A]))
        take_larger (&o->body_length_mm, &o->body_length_source, dims[STK_DIM_A].value, dims[STK_DIM_A].source);
      if (stk_value_is_set (w))
        take_larger (&o->body_width_mm, &o->body_width_source, w->value, w->source);
      if (stk_series_pattern_extent (s, roles[i], product->pins, product->mated_height, &pl, &pw))
        {
          take_larger (&o->pattern_length_mm, &o->pattern_length_source, pl.value, pl.source);
          take_larger (&o->pattern_width_mm, &o->pattern_width_source, pw.value, pw.source);
        }
    }
  o->length_mm = o->body_length_mm;
  o->length_source = o->body_length_source;
  o->width_mm = o->body_width_mm;
  o->width_source = o->body_width_source;
  if (o->pattern_length_source != NULL)
    {
      take_larger (&o->length_mm, &o->length_source, o->pattern_length_mm, o->pattern_length_source);
      take_larger (&o->width_mm, &o->width_source, o->pattern_width_mm, o->pattern_width_source);
    }
}

/* "recommended pattern, estimate, medium confidence": what a footprint
 * figure is and how sure it is. */
static char *
footprint_basis (const StkExplorerOption *o,
                 const StkSource         *source)
{
  const char *what = source == o->pattern_length_source || source == o->pattern_width_source ? _("recommended pattern") : _("part body");

  if (source->confidence != NULL)
    return g_strdup_printf (_("%s, %s, %s confidence"), what, stk_prov_kind_label (source->kind),
                            source->confidence);
  return g_strdup_printf ("%s, %s", what, stk_prov_kind_label (source->kind));
}

/* A sum of pin counts that stops at G_MAXUINT: one that wrapped around would
 * look like a few pins (a fuzzer's --power VBAT=1e37 found it). */
static guint
add_saturated (guint a,
               guint b)
{
  return b > G_MAXUINT - a ? G_MAXUINT : a + b;
}

/* Signal, supply and return pins on this series; the per-pin limit. */
static double
count_pins (const StkExplorerConstraints *c,
            const StkSeries              *series,
            StkExplorerOption            *o)
{
  double per_pin = stk_checks_pin_current_limit (series, c->current_derating, NULL);

  o->supply_pins = 0;
  for (guint i = 0; c->power_nets != NULL && i < c->power_nets->len; i++)
    o->supply_pins = add_saturated (o->supply_pins, supply_pins (c, g_ptr_array_index (c->power_nets, i), per_pin));
  o->return_pins = c->return_elsewhere ? 0 : stk_checks_pins_for_current (supply_current (c), per_pin);
  o->pins_needed = add_saturated (add_saturated (c->signal_pins, o->supply_pins), o->return_pins);
  return per_pin;
}

static StkExplorerOption *
judge (const StkExplorerConstraints *c,
       const StkProduct             *p,
       Scratch                      *scratch,
       StkCatalog                   *catalog)
{
  const StkSeries *s = p->series;
  StkExplorerOption *o = g_new0 (StkExplorerOption, 1);
  g_autoptr(GPtrArray) results = NULL;
  double per_pin;

  o->product = p;
  o->verdict = STK_STATUS_PASS;
  o->reasons = g_ptr_array_new_with_free_func (reason_free);
  o->preferred_packaging = c->packaging == NULL || g_ascii_strcasecmp (c->packaging, p->packaging->id) == 0;
  per_pin = count_pins (c, s, o);
  footprint (p, o);

  if (p->pins < o->pins_needed)
    {
      g_autofree char *amps = stk_format_number (per_pin);
      exclude (o, "pins", g_strdup_printf (_("%u pins, %u needed: %u signal + %u supply%s + %u return (%s) at "
                                             "%s A per pin"),
                                           p->pins, o->pins_needed, c->signal_pins, o->supply_pins,
                                           c->reversal_safe ? _(" in pairs for a reversal-safe layout") : "",
                                           o->return_pins, c->return_elsewhere ? _("returns elsewhere")
                                                                              : stk_explorer_constraints_get_return_net (c),
                                           amps));
    }
  results = stk_checks_run_in (scratch_fill (scratch, c, o), catalog, c->units);
  add_check_reasons (o, results);
  if (c->max_length_mm > 0 && stk_checks_exceeds (o->length_mm, c->max_length_mm))
    {
      g_autofree char *basis = footprint_basis (o, o->length_source);
      g_autofree char *length = stk_format_length (o->length_mm, c->units);
      g_autofree char *most = stk_format_length (c->max_length_mm, c->units);

      /* Translators: a footprint length, why it is that long, the length allowed */
      exclude (o, "length", g_strdup_printf (_("%s long (%s), at most %s"), length, basis, most));
    }
  if (c->max_width_mm > 0 && stk_checks_exceeds (o->width_mm, c->max_width_mm))
    {
      g_autofree char *basis = footprint_basis (o, o->width_source);
      g_autofree char *width = stk_format_length (o->width_mm, c->units);
      g_autofree char *most = stk_format_length (c->max_width_mm, c->units);

      /* Translators: a footprint width, why it is that wide, the width allowed */
      exclude (o, "width", g_strdup_printf (_("%s wide (%s), at most %s"), width, basis, most));
    }
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
  c->requirements = req;
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
  g_free (c->return_net);
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
  Scratch scratch = { { NULL } };

  for (guint s = 0; s < series->len; s++)
    {
      const StkSeries *ser = g_ptr_array_index (series, s);
      for (guint i = 0; i < ser->products->len; i++)
        g_ptr_array_add (options, judge (c, g_ptr_array_index (ser->products, i), &scratch, catalog));
    }
  scratch_clear (&scratch);
  g_ptr_array_sort (options, compare_options);
  return options;
}

StkProject *
stk_explorer_option_project (const StkExplorerConstraints *c,
                             const StkExplorerOption      *option)
{
  Scratch scratch = { { NULL } };
  StkProject *project = g_object_ref (scratch_fill (&scratch, c, option));

  scratch_clear (&scratch);
  return project;
}

void
stk_explorer_set_mate_product (StkMate          *mate,
                               const StkProduct *product)
{
  g_free (mate->series);
  mate->series = g_strdup (product->series->id);
  mate->mated_height_mm = product->mated_height;
  stk_mate_set_pins (mate, product->pins);
  g_free (mate->packaging);
  mate->packaging = g_strdup (product->packaging->id);
}

char *
stk_explorer_option_excluded_by (const StkExplorerOption *option)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < option->reasons->len; i++)
    {
      const StkExplorerReason *r = g_ptr_array_index (option->reasons, i);
      if (r->status == STK_STATUS_FAIL)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", r->check_id);
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
