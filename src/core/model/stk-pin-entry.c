/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-pin-entry"

#include "stk-config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "stk-error.h"
#include "stk-pin-entry.h"

static char *
normalise (const char *text)
{
  GString *s = g_string_new (NULL);

  /* En and em dashes are what a word processor makes of "1-6". */
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2013 || c == 0x2014 || c == 0x2212)
        g_string_append_c (s, '-');
      else if (c == ':' || c == ';' || g_unichar_isspace (c))
        g_string_append_c (s, ' ');
      else if (c == ',')
        g_string_append (s, ", ");
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static gboolean
is_range_token (const char *tok)
{
  if (!g_ascii_isdigit (*tok))
    return FALSE;
  for (const char *p = tok; *p; p++)
    if (!g_ascii_isdigit (*p) && *p != '-' && *p != ',' && *p != '.')
      return FALSE;
  return TRUE;
}

static gboolean
parse_pin (const char *str,
           guint      *pin)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (str, 10, 1, G_MAXUINT, &v, NULL))
    return FALSE;
  *pin = (guint) v;
  return TRUE;
}

/* "5-7" or "5..7" or "5", one comma-separated item. */
static gboolean
parse_range (const char  *item,
             guint        max_pins,
             StkPinRange *range,
             GError     **error)
{
  g_auto(GStrv) ends = NULL;
  g_autofree char *dots = g_strdup (item);
  char *dd;

  while ((dd = strstr (dots, "..")) != NULL)
    memmove (dd, dd + 1, strlen (dd));
  for (char *p = dots; *p; p++)
    if (*p == '.')
      *p = '-';
  ends = g_strsplit (dots, "-", 0);
  if (g_strv_length (ends) > 2 || !parse_pin (ends[0], &range->first)
      || (ends[1] != NULL ? !parse_pin (ends[1], &range->last) : !parse_pin (ends[0], &range->last)))
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a pin or a range of pins such as 1-6"), item);
      return FALSE;
    }
  if (range->first > range->last)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("The range %u-%u runs backwards"), range->first, range->last);
      return FALSE;
    }
  if (range->last > max_pins)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("Pin %u does not exist: the connector has %u pins"), range->last, max_pins);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_ranges (const char  *tok,
              guint        max_pins,
              GArray      *ranges,
              GError     **error)
{
  g_auto(GStrv) items = g_strsplit (tok, ",", 0);

  for (guint i = 0; items[i] != NULL; i++)
    {
      StkPinRange r;

      if (items[i][0] == '\0')
        continue;
      if (!parse_range (items[i], max_pins, &r, error))
        return FALSE;
      g_array_append_val (ranges, r);
    }
  return TRUE;
}

static gboolean
parse_kind (const char *word,
            StkNetKind *kind)
{
  static const struct { const char *word; StkNetKind kind; } words[] = {
    { "supply", STK_NET_SUPPLY }, { "power", STK_NET_SUPPLY }, { "pwr", STK_NET_SUPPLY },
    { "ground", STK_NET_GROUND }, { "gnd", STK_NET_GROUND }, { "return", STK_NET_GROUND },
    { "signal", STK_NET_SIGNAL }, { "sig", STK_NET_SIGNAL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (word, words[i].word) == 0)
      {
        *kind = words[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* A number with a unit, the unit attached ("1.2A") or the next token ("1.2 A").
 * Returns how many tokens it used, 0 if tok is not a quantity. */
static guint
parse_quantity (char      **toks,
                double     *value,
                char       *unit)
{
  char *end = NULL;
  const char *u;
  double v;

  if (!g_ascii_isdigit (toks[0][0]) && toks[0][0] != '.')
    return 0;
  v = g_ascii_strtod (toks[0], &end);
  u = *end ? end : toks[1];
  if (u == NULL)
    return 0;
  if (g_ascii_strcasecmp (u, "A") == 0 || g_ascii_strcasecmp (u, "V") == 0)
    *value = v;
  else if (g_ascii_strcasecmp (u, "mA") == 0 || g_ascii_strcasecmp (u, "mV") == 0)
    *value = v / 1000.0;
  else
    return 0;
  *unit = g_ascii_toupper (u[strlen (u) - 1]);
  return *end ? 1 : 2;
}

StkPinEntry *
stk_pin_entry_parse (const char  *text,
                     guint        max_pins,
                     GError     **error)
{
  g_autoptr(StkPinEntry) entry = g_new0 (StkPinEntry, 1);
  g_autofree char *norm = NULL;
  g_auto(GStrv) toks = NULL;
  guint i = 0;

  g_return_val_if_fail (text != NULL, NULL);

  entry->ranges = g_array_new (FALSE, FALSE, sizeof (StkPinRange));
  norm = normalise (text);
  toks = g_strsplit_set (g_strstrip (norm), " ", 0);
  /* Collapse the empty tokens that runs of spaces leave. */
  for (guint r = 0, w = 0;; r++)
    {
      if (toks[r] != NULL && toks[r][0] == '\0')
        {
          g_free (toks[r]);
          continue;
        }
      toks[w++] = toks[r];
      if (toks[r] == NULL)
        break;
    }

  if (toks[i] != NULL && (g_ascii_strcasecmp (toks[i], "pin") == 0 || g_ascii_strcasecmp (toks[i], "pins") == 0))
    i++;
  for (; toks[i] != NULL && is_range_token (toks[i]); i++)
    if (!parse_ranges (toks[i], max_pins, entry->ranges, error))
      return NULL;
  if (entry->ranges->len == 0)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("Start with the pins, for example “1-6: VBAT 1.2 A”"));
      return NULL;
    }
  if (toks[i] == NULL)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                   _("Name the net after the pins, for example “1-6: VBAT”"));
      return NULL;
    }
  if (!stk_net_name_check (NULL, toks[i], error))
    return NULL;
  entry->net = g_strdup (toks[i++]);

  while (toks[i] != NULL)
    {
      double v;
      char unit = 0;
      guint used = parse_quantity (&toks[i], &v, &unit);

      if (used > 0 && unit == 'A' && !entry->has_current && v >= 0)
        {
          entry->has_current = TRUE;
          entry->current_a = v;
        }
      else if (used > 0 && unit == 'V' && !entry->has_voltage && v >= 0)
        {
          entry->has_voltage = TRUE;
          entry->voltage_v = v;
        }
      else if (used == 0 && !entry->has_kind && parse_kind (toks[i], &entry->kind))
        {
          entry->has_kind = TRUE;
          used = 1;
        }
      else
        {
          g_set_error (error, STK_ERROR, STK_ERROR_INVALID_ARGUMENT,
                       _("“%s” is not a current (1.2 A), a voltage (3.3 V) or a kind (supply, ground, signal)"),
                       toks[i]);
          return NULL;
        }
      i += used;
    }
  return g_steal_pointer (&entry);
}

void
stk_pin_entry_free (StkPinEntry *entry)
{
  if (entry == NULL)
    return;
  g_clear_pointer (&entry->ranges, g_array_unref);
  g_free (entry->net);
  g_free (entry);
}

static StkNetKind
guess_kind (const StkPinEntry *entry,
            const StkNet      *existing)
{
  g_autofree char *up = g_ascii_strup (entry->net, -1);

  if (entry->has_kind)
    return entry->kind;
  if (g_str_has_prefix (up, "GND") || g_str_has_suffix (up, "GND") || g_str_has_prefix (up, "VSS"))
    return STK_NET_GROUND;
  if (existing != NULL)
    return existing->kind;
  return entry->has_current && entry->current_a > 0 ? STK_NET_SUPPLY : STK_NET_SIGNAL;
}

void
stk_pin_entry_apply (const StkPinEntry *entry,
                     StkMate           *mate)
{
  StkNet *existing = stk_mate_find_net (mate, entry->net);
  double current = existing ? existing->current_a : 0;
  double voltage = existing ? existing->voltage_v : 0;
  StkNetKind kind = guess_kind (entry, existing);

  if (entry->has_current)
    current = entry->current_a;
  if (entry->has_voltage)
    voltage = entry->voltage_v;
  stk_mate_add_net (mate, entry->net, kind, current, voltage);
  for (guint i = 0; i < entry->ranges->len; i++)
    {
      const StkPinRange *r = &g_array_index (entry->ranges, StkPinRange, i);
      stk_mate_assign_pins (mate, r->first, r->last, entry->net);
    }
}

char *
stk_pin_entry_describe_takeover (const StkPinEntry *entry,
                                 const StkMate     *mate)
{
  g_autoptr(GPtrArray) nets = g_ptr_array_new ();
  g_autoptr(GString) pins = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_pins = 0, run_start = 0, run_end = 0;

  g_return_val_if_fail (entry != NULL && mate != NULL, NULL);

  for (guint i = 0; i < entry->ranges->len; i++)
    {
      const StkPinRange *r = &g_array_index (entry->ranges, StkPinRange, i);

      for (guint pin = r->first; pin <= r->last; pin++)
        {
          const char *owner = stk_mate_pin_net (mate, pin);

          if (owner == NULL || g_str_equal (owner, entry->net))
            continue;
          n_pins++;
          if (!g_ptr_array_find_with_equal_func (nets, owner, g_str_equal, NULL))
            g_ptr_array_add (nets, (gpointer) owner);
          /* Consecutive pins as one run: "5–6, 9". */
          if (run_end != 0 && pin == run_end + 1)
            run_end = pin;
          else
            {
              if (run_end != 0)
                g_string_append_printf (pins, run_start == run_end ? "%s%u" : "%s%u–%u",
                                        pins->len ? ", " : "", run_start, run_end);
              run_start = run_end = pin;
            }
        }
    }
  if (n_pins == 0)
    return NULL;
  g_string_append_printf (pins, run_start == run_end ? "%s%u" : "%s%u–%u",
                          pins->len ? ", " : "", run_start, run_end);
  for (guint i = 0; i < nets->len; i++)
    /* Translators: joins net names: "I2C_SCL, I2C_SDA and VIO" */
    g_string_append_printf (names, "%s%s", i == 0 ? "" : i + 1 == nets->len ? _(" and ") : _(", "),
                            (const char *) g_ptr_array_index (nets, i));
  /* Translators: pins an assignment moves to a net from other nets */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Pin %s was %s.", "Pins %s were %s.", n_pins),
                          pins->str, names->str);
}
