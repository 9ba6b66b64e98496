/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-check"

#include "stk-config.h"

#include <string.h>

#include "stk-check-message.h"
#include "stk-format.h"

#define MAX_ARGS 16
/* Stand-ins given out and not yet taken by a message: a message takes at
 * most a dozen, and each is taken by the message it is an argument of. */
#define N_SLOTS 64

typedef enum {
  ARG_INT,      /* int, or smaller: promoted */
  ARG_LONG,
  ARG_LONG_LONG,
  ARG_SIZE,
  ARG_DOUBLE,
  ARG_STRING,   /* copied into the recipe */
  ARG_LENGTH,   /* a length, formatted when the text is written */
  ARG_PREVIOUS, /* the text of the recipe this one wraps */
  ARG_NESTED,   /* the text of a recipe given as an argument (owned) */
} ArgKind;

typedef struct {
  ArgKind kind;
  union {
    long long   i;
    double      d;
    const char *s;
    StkCheckMessage *nested;
    struct {
      double   mm;
      StkUnits units;
      gboolean with_unit;
    } len;
  } v;
} Arg;

/* One conversion of a format: where it starts and ends, the argument it
 * takes (0-based), and the kind of that argument. */
typedef struct {
  const char *start, *end;  /* '%' … conversion letter, inclusive */
  const char *body;         /* after "N$", if any */
  guint       arg;
  ArgKind     kind;
} Spec;

struct _StkCheckMessage {
  char            *text;      /* written on first read */
  const char      *format;    /* static or translated: lives as long as the program */
  StkCheckMessage *previous;
  guint            n_args;
  Arg              args[];    /* then the copied strings */
};

/* What a stand-in stands for: a length, or a recipe. */
typedef struct {
  char             empty;     /* what the stand-in points at: "" */
  double           mm;
  StkUnits         units;
  gboolean         with_unit;
  StkCheckMessage *nested;
} Slot;

static gboolean write_at_once;

static _Thread_local Slot slots[N_SLOTS];
static _Thread_local guint next_slot;

static const char *
stand_in (Slot value)
{
  Slot *slot = &slots[next_slot++ % N_SLOTS];

  /* A recipe never taken is not kept forever. */
  stk_check_message_free (slot->nested);
  *slot = value;
  return &slot->empty;
}

const char *
stk_check_message_length (double   mm,
                          StkUnits units,
                          gboolean with_unit)
{
  return stand_in ((Slot) { '\0', mm, units, with_unit, NULL });
}

const char *
stk_check_message_nested (StkCheckMessage *message)
{
  return stand_in ((Slot) { .nested = message });
}

static Slot *
find_slot (const char *s)
{
  gsize offset;

  if (s < &slots[0].empty || s > &slots[N_SLOTS - 1].empty)
    return NULL;
  offset = (gsize) (s - &slots[0].empty);
  return offset % sizeof (Slot) == 0 ? &slots[offset / sizeof (Slot)] : NULL;
}

/* Parses format's conversions into specs; FALSE for one this module does
 * not know (a "*" width, "%n", "%p"…), which no check writes. */
static gboolean
parse (const char *format,
       Spec       *specs,
       guint      *n_specs)
{
  guint n = 0, next_arg = 0;

  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p + 1, '%'))
    {
      Spec spec = { .start = p };
      const char *q = p + 1;
      int longs = 0;
      gboolean size = FALSE;

      if (*q == '%')
        {
          p = q;
          continue;
        }
      if (g_ascii_isdigit (*q))
        {
          const char *d = q;
          guint index = 0;

          while (g_ascii_isdigit (*d))
            index = index * 10 + (guint) (*d++ - '0');
          if (*d == '$' && index > 0)
            {
              spec.arg = index - 1;
              q = d + 1;
            }
          else
            spec.arg = next_arg++;
        }
      else
        spec.arg = next_arg++;
      spec.body = q;
      while (strchr ("-+ #0'", *q) != NULL && *q != '\0')
        q++;
      while (g_ascii_isdigit (*q) || *q == '.')
        q++;
      for (; *q == 'l' || *q == 'h' || *q == 'z'; q++)
        {
          longs += *q == 'l';
          size |= *q == 'z';
        }
      if (*q == '\0' || n == MAX_ARGS || spec.arg >= MAX_ARGS)
        return FALSE;
      if (strchr ("diuxXoc", *q) != NULL)
        spec.kind = size ? ARG_SIZE : longs >= 2 ? ARG_LONG_LONG : longs == 1 ? ARG_LONG : ARG_INT;
      else if (strchr ("fFeEgGaA", *q) != NULL && longs == 0 && !size)
        spec.kind = ARG_DOUBLE;
      else if (*q == 's' && longs == 0 && !size)
        spec.kind = ARG_STRING;
      else
        return FALSE;
      spec.end = q;
      specs[n++] = spec;
      p = q;
    }
  *n_specs = n;
  return TRUE;
}

/* The formats are the checks' own strings (or their translations), so
 * each is parsed once per thread and looked up by its address. */
typedef struct {
  const char *format;
  guint       n_specs;
  Spec        specs[MAX_ARGS];
} Parsed;

#define N_PARSED 128

static const Parsed *
parse_cached (const char *format)
{
  static _Thread_local Parsed cache[N_PARSED];
  Parsed *p = &cache[((guintptr) format >> 3) % N_PARSED];

  if (p->format != format)
    {
      p->format = NULL;
      if (!parse (format, p->specs, &p->n_specs))
        return NULL;
      p->format = format;
    }
  return p;
}

StkCheckMessage *
stk_check_message_new_va (StkCheckMessage *previous,
                          const char      *format,
                          va_list          args)
{
  const Parsed *parsed;
  Arg taken[MAX_ARGS];
  gboolean seen[MAX_ARGS] = { FALSE };
  guint n_args = 0, first = previous != NULL ? 1 : 0;
  gsize strings = 0;
  StkCheckMessage *m;
  char *arena;

  g_return_val_if_fail (format != NULL, NULL);
  parsed = parse_cached (format);
  if (parsed == NULL)
    {
      /* Not a recipe this module can keep: the text now, as before. */
      g_critical ("stk-check: a message format this module cannot keep: %s", format);
      m = g_new0 (StkCheckMessage, 1);
      m->text = g_strdup_vprintf (format, args);
      stk_check_message_free (previous);
      return m;
    }
  for (guint i = 0; i < parsed->n_specs; i++)
    {
      const Spec *spec = &parsed->specs[i];

      taken[spec->arg].kind = spec->kind;
      seen[spec->arg] = TRUE;
      n_args = MAX (n_args, spec->arg + 1);
    }
  if (previous != NULL && (n_args == 0 || taken[0].kind != ARG_STRING))
    {
      g_critical ("stk-check: a wrapping format whose first argument is not a string: %s", format);
      n_args = MAX (n_args, 1);
      taken[0] = (Arg) { .kind = ARG_STRING };
      seen[0] = TRUE;
    }
  if (previous != NULL)
    taken[0].kind = ARG_PREVIOUS;
  /* The arguments in their order, as printf takes them. */
  for (guint i = first; i < n_args; i++)
    {
      Slot *slot;

      if (!seen[i])
        {
          g_critical ("stk-check: argument %u of a message format is never used: %s", i + 1, format);
          taken[i] = (Arg) { .kind = ARG_INT };
          continue;
        }
      switch (taken[i].kind)
        {
        case ARG_INT: taken[i].v.i = va_arg (args, int); break;
        case ARG_LONG: taken[i].v.i = va_arg (args, long); break;
        case ARG_LONG_LONG: taken[i].v.i = va_arg (args, long long); break;
        case ARG_SIZE: taken[i].v.i = (long long) va_arg (args, gsize); break;
        case ARG_DOUBLE: taken[i].v.d = va_arg (args, double); break;
        case ARG_STRING:
          taken[i].v.s = va_arg (args, const char *);
          slot = taken[i].v.s != NULL ? find_slot (taken[i].v.s) : NULL;
          if (slot != NULL && slot->nested != NULL)
            {
              taken[i].kind = ARG_NESTED;
              taken[i].v.nested = g_steal_pointer (&slot->nested);
            }
          else if (slot != NULL)
            {
              taken[i].kind = ARG_LENGTH;
              taken[i].v.len.mm = slot->mm;
              taken[i].v.len.units = slot->units;
              taken[i].v.len.with_unit = slot->with_unit;
            }
          else
            strings += strlen (taken[i].v.s ? taken[i].v.s : "(null)") + 1;
          break;
        case ARG_LENGTH:
        case ARG_PREVIOUS:
        case ARG_NESTED:
        default:
          break;
        }
    }
  /* One block: the recipe, its arguments, the strings they name. */
  m = g_malloc0 (sizeof *m + n_args * sizeof (Arg) + strings);
  m->format = format;
  m->previous = previous;
  m->n_args = n_args;
  arena = (char *) (m->args + n_args);
  for (guint i = 0; i < n_args; i++)
    {
      m->args[i] = taken[i];
      if (taken[i].kind == ARG_STRING)
        {
          const char *s = taken[i].v.s ? taken[i].v.s : "(null)";
          gsize len = strlen (s) + 1;

          memcpy (arena, s, len);
          m->args[i].v.s = arena;
          arena += len;
        }
    }
  if (g_atomic_int_get (&write_at_once))
    stk_check_message_text (m);
  return m;
}

void
stk_check_message_set_write_at_once (gboolean at_once)
{
  g_atomic_int_set (&write_at_once, at_once);
}

/* stk-format's rule for lengths, so a message and the value column agree. */
static char *
length_text (const Arg *arg)
{
  g_autofree char *number = stk_format_length_number (arg->v.len.mm, arg->v.len.units);

  return arg->v.len.with_unit ? stk_format_with_unit (number, arg->v.len.units) : g_steal_pointer (&number);
}

/* The format's conversions are checked when the recipe is made; here each
 * is handed to printf alone, without its "N$". */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
write_text (StkCheckMessage *m)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = m->format;
  const Parsed *cached = parse_cached (m->format);
  Spec specs[MAX_ARGS];
  guint n_specs;

  /* A recipe is only made of a format that parses. A copy: writing a
   * wrapped or nested text parses other formats, which may take its place
   * in the cache. */
  g_assert (cached != NULL);
  n_specs = cached->n_specs;
  memcpy (specs, cached->specs, n_specs * sizeof (Spec));
  for (guint i = 0; i < n_specs; i++)
    {
      const Arg *arg = &m->args[specs[i].arg];
      char one[32];
      gsize body = (gsize) (specs[i].end - specs[i].body) + 1;
      g_autofree char *owned = NULL;

      /* Up to the conversion, "%%" made "%" by printf as it was before. */
      for (; p < specs[i].start; p++)
        {
          g_string_append_c (out, *p);
          if (p[0] == '%' && p[1] == '%')
            p++;
        }
      p = specs[i].end + 1;
      one[0] = '%';
      memcpy (one + 1, specs[i].body, MIN (body, sizeof one - 2));
      one[MIN (body, sizeof one - 2) + 1] = '\0';
      switch (arg->kind)
        {
        case ARG_INT: g_string_append_printf (out, one, (int) arg->v.i); break;
        case ARG_LONG: g_string_append_printf (out, one, (long) arg->v.i); break;
        case ARG_LONG_LONG: g_string_append_printf (out, one, arg->v.i); break;
        case ARG_SIZE: g_string_append_printf (out, one, (gsize) arg->v.i); break;
        case ARG_DOUBLE: g_string_append_printf (out, one, arg->v.d); break;
        case ARG_STRING: g_string_append_printf (out, one, arg->v.s); break;
        case ARG_LENGTH:
          owned = length_text (arg);
          g_string_append_printf (out, one, owned);
          break;
        case ARG_PREVIOUS:
          g_string_append_printf (out, one, stk_check_message_text (m->previous));
          break;
        case ARG_NESTED:
          g_string_append_printf (out, one, stk_check_message_text (arg->v.nested));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  for (; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (p[0] == '%' && p[1] == '%')
        p++;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
#pragma GCC diagnostic pop

StkCheckMessage *
stk_check_message_new (const char *format,
                       ...)
{
  StkCheckMessage *m;
  va_list args;

  va_start (args, format);
  m = stk_check_message_new_va (NULL, format, args);
  va_end (args);
  return m;
}

const char *
stk_check_message_text (StkCheckMessage *message)
{
  char *text;

  if (message == NULL)
    return NULL;
  text = g_atomic_pointer_get (&message->text);
  if (text != NULL)
    return text;
  text = write_text (message);
  /* Two threads may write it at once: the first one's text is kept. */
  if (!g_atomic_pointer_compare_and_exchange (&message->text, NULL, text))
    {
      g_free (text);
      text = g_atomic_pointer_get (&message->text);
    }
  return text;
}

static gboolean
arg_equal (const Arg *a,
           const Arg *b)
{
  if (a->kind != b->kind)
    return FALSE;
  switch (a->kind)
    {
    case ARG_DOUBLE:
      return a->v.d == b->v.d;
    case ARG_STRING:
      return g_strcmp0 (a->v.s, b->v.s) == 0;
    case ARG_LENGTH:
      return a->v.len.mm == b->v.len.mm && a->v.len.units == b->v.len.units
             && a->v.len.with_unit == b->v.len.with_unit;
    case ARG_PREVIOUS:
      return TRUE;  /* compared through ->previous */
    case ARG_NESTED:
      return stk_check_message_equal (a->v.nested, b->v.nested);
    default:
      return a->v.i == b->v.i;
    }
}

gboolean
stk_check_message_equal (const StkCheckMessage *a,
                         const StkCheckMessage *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  /* A text already written settles it cheaply. */
  if (a->text != NULL && b->text != NULL)
    return g_str_equal (a->text, b->text);
  if (a->format != b->format || a->n_args != b->n_args || !stk_check_message_equal (a->previous, b->previous))
    return FALSE;
  for (guint i = 0; i < a->n_args; i++)
    if (!arg_equal (&a->args[i], &b->args[i]))
      return FALSE;
  return TRUE;
}

void
stk_check_message_free (StkCheckMessage *message)
{
  while (message != NULL)
    {
      StkCheckMessage *previous = message->previous;

      for (guint i = 0; i < message->n_args; i++)
        if (message->args[i].kind == ARG_NESTED)
          stk_check_message_free (message->args[i].v.nested);
      g_free (message->text);
      g_free (message);
      message = previous;
    }
}
