/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-explorer"

#include "stk-config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-explorer.h"

/* The constraints as command-line options. The parser lives here, not in
 * the CLI, so that the fuzzer links the very code `stackup-cli options` runs. */

typedef struct {
  StkExplorerConstraints *c;
  char                  **power;
  char                   *kind;
  int                     signal_pins;
  int                     cycles;
} ArgsState;

static void
args_state_free (gpointer data)
{
  ArgsState *state = data;

  g_strfreev (state->power);
  g_free (state->kind);
  g_free (state);
}

static gboolean
parse_power (StkExplorerConstraints *c,
             char                  **power)
{
  for (guint i = 0; power != NULL && power[i] != NULL; i++)
    {
      const char *eq = strchr (power[i], '=');
      g_autofree char *name = eq ? g_strndup (power[i], eq - power[i]) : NULL;
      char *end = NULL;
      double amps = eq ? g_ascii_strtod (eq + 1, &end) : NAN;

      if (name == NULL || *name == '\0' || end == eq + 1 || *end != '\0' || !isfinite (amps) || amps < 0)
        return FALSE;
      stk_explorer_constraints_add_power (c, name, amps);
    }
  return TRUE;
}

static gboolean
is_length (double mm)
{
  return isfinite (mm) && mm >= 0;
}

static gboolean
bad_value (GError    **error,
           const char *message)
{
  g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, message);
  return FALSE;
}

/* Runs once every option is read: checks the values together and moves
 * them into the constraints. */
static gboolean
post_parse_cb (GOptionContext *context,
               GOptionGroup   *group,
               gpointer        data,
               GError        **error)
{
  ArgsState *state = data;
  StkExplorerConstraints *c = state->c;

  if (state->signal_pins < 0 || state->cycles < 0)
    return bad_value (error, _("--signal-pins and --cycles must not be negative"));
  if (!parse_power (c, state->power))
    return bad_value (error, _("--power takes NAME=AMPS with a current of 0 A or more"));
  /* the nets become subjects of the checks run on each option, as a file's would */
  for (guint i = 0; i < c->power_nets->len; i++)
    if (!stk_net_name_check (NULL, ((const StkNet *) g_ptr_array_index (c->power_nets, i))->name, error))
      return FALSE;
  if (c->return_net != NULL && !stk_net_name_check (NULL, c->return_net, error))
    return FALSE;
  for (guint i = 0; !c->return_elsewhere && i < c->power_nets->len; i++)
    {
      const StkNet *n = g_ptr_array_index (c->power_nets, i);

      if (g_strcmp0 (n->name, stk_explorer_constraints_get_return_net (c)) == 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s is the return net: its current is the sum of the supplies, counted for you "
                         "(give only the supplies with --power, or --return-elsewhere)"), n->name);
          return FALSE;
        }
    }
  if (!is_length (c->lower_top_mm) || !is_length (c->upper_bottom_mm) || !is_length (c->max_length_mm) ||
      !is_length (c->max_width_mm) || !is_length (c->clearance_margin_mm))
    return bad_value (error, _("lengths must be finite millimetres of 0 or more"));
  if (!(c->current_derating > 0 && c->current_derating <= 1))
    return bad_value (error, _("--derating must be above 0 and at most 1"));
  if (state->kind == NULL || g_str_equal (state->kind, "board-to-board"))
    c->kind = STK_SERIES_BOARD_TO_BOARD;
  else if (g_str_equal (state->kind, "board-to-fpc"))
    c->kind = STK_SERIES_BOARD_TO_FPC;
  else if (g_str_equal (state->kind, "any"))
    c->any_kind = TRUE;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--kind is board-to-board, board-to-fpc or any, not “%s”"), state->kind);
      return FALSE;
    }
  c->signal_pins = (guint) state->signal_pins;
  c->mating_cycles = (guint) state->cycles;
  return TRUE;
}

GOptionGroup *
stk_explorer_constraints_option_group (StkExplorerConstraints *c)
{
  ArgsState *state = g_new0 (ArgsState, 1);
  GOptionGroup *group;
  const GOptionEntry entries[] = {
    { "signal-pins", 'n', 0, G_OPTION_ARG_INT, &state->signal_pins, N_("Signal pins needed"), "N" },
    { "power", 'P', 0, G_OPTION_ARG_STRING_ARRAY, &state->power, N_("A supply net and its current (repeat)"), "NAME=AMPS" },
    { "ground", 0, 0, G_OPTION_ARG_STRING, &c->return_net, N_("The ground net that returns the supplies' current (default GND)"), "NAME" },
    { "return-elsewhere", 0, 0, G_OPTION_ARG_NONE, &c->return_elsewhere, N_("The supplies' current returns through another path, not this connector"), NULL },
    { "reversal-safe", 0, 0, G_OPTION_ARG_NONE, &c->reversal_safe, N_("Count the pins a layout safe against 180° reverse mating needs"), NULL },
    { "lower-top", 0, 0, G_OPTION_ARG_DOUBLE, &c->lower_top_mm, N_("Tallest part on the lower board, facing up"), "MM" },
    { "upper-bottom", 0, 0, G_OPTION_ARG_DOUBLE, &c->upper_bottom_mm, N_("Tallest part on the upper board, facing down"), "MM" },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &state->kind, N_("The joint: board-to-board (the default), board-to-fpc or any"), "KIND" },
    { "max-length", 0, 0, G_OPTION_ARG_DOUBLE, &c->max_length_mm, N_("Largest footprint length"), "MM" },
    { "max-width", 0, 0, G_OPTION_ARG_DOUBLE, &c->max_width_mm, N_("Largest footprint width"), "MM" },
    { "cycles", 'c', 0, G_OPTION_ARG_INT, &state->cycles, N_("Mating cycles over the product's life"), "N" },
    { "packaging", 'p', 0, G_OPTION_ARG_STRING, &c->packaging, N_("Preferred packaging: embossed, 8mm or 4mm"), "P" },
    { "derating", 0, 0, G_OPTION_ARG_DOUBLE, &c->current_derating, N_("Factor on the rated current per pin"), "F" },
    { "margin", 0, 0, G_OPTION_ARG_DOUBLE, &c->clearance_margin_mm, N_("Clearance margin"), "MM" },
    { NULL }
  };

  state->c = c;
  state->cycles = (int) c->mating_cycles;
  group = g_option_group_new ("constraints", _("Constraints"), _("Show the constraint options"),
                              state, args_state_free);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_group_add_entries (group, entries);
  g_option_group_set_parse_hooks (group, NULL, post_parse_cb);
  return group;
}
