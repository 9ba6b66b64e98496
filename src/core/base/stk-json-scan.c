/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-json"

#include "stk-config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-json.h"
#include "stk-json-doc-private.h"

/* The one JSON parser Stackup runs: a strict RFC 8259 scanner that builds
 * the flat tree of stk-json-doc.h as it checks the text.
 *
 * json-glib 1.6's parser is lenient (comments, single quotes, hex numbers,
 * "2.e3") and recurses without limit. A pre-check that reads the text
 * differently from the parser can be fooled: the old bracket counter took a "
 * inside a comment for the start of a string, json-glib did not, and 100 000
 * levels got past it. So this one pass accepts exactly JSON and nothing else,
 * with a stack of fixed size and no recursion, and its tree is what is read
 * (copied into json-glib nodes where a caller wants those).
 *
 * It also refuses what JSON allows but Stackup cannot hold faithfully, naming
 * the JSON path: \u0000 and lone surrogates (they are not UTF-8 text), whole
 * numbers beyond 64 bits and numbers beyond a double (json-glib turned them
 * into -1 or infinity), and a member name given twice in one object (readers
 * disagree on which one counts).
 *
 * The tree: each value is appended when it starts, a container's size is
 * set when it closes, and strings are decoded into one buffer as long as the
 * text (decoded text is never longer than its JSON, quotes included). */

/* Up to this many members, a repeated name is found by comparing with the
 * members before it (a mate has 17); beyond, by a hash table. */
#define LINEAR_KEYS 32

typedef enum {
  EXPECT_VALUE,
  EXPECT_FIRST_ELEMENT,   /* after [ */
  EXPECT_NEXT_ELEMENT,    /* after , in an array */
  EXPECT_FIRST_KEY,       /* after { */
  EXPECT_NEXT_KEY,        /* after , in an object */
  EXPECT_COLON,
  EXPECT_COMMA_OR_CLOSE,  /* after a value */
} Expect;

typedef struct {
  gboolean    is_object;
  gboolean    has_key;   /* objects: a member name has been read */
  guint       index;     /* arrays: the element being read */
  guint       node;      /* the container's index in values */
  const char *key;       /* objects: the member being read, decoded */
  GHashTable *keys;      /* large objects: the names seen so far */
} Frame;

typedef struct {
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  gsize       line_start;
  guint       depth;
  Frame       frames[STK_JSON_MAX_DEPTH];
  const char *what;
  GError    **error;
  GArray     *values;    /* StkJsonValue */
  char       *strings;
  gsize       strings_len;
} Scanner;

static guint
column_at (Scanner *sc,
           gsize    at)
{
  guint column = 1;

  /* Characters, not bytes: count every byte that starts a UTF-8 sequence. */
  for (gsize i = sc->line_start; i < at && i < sc->length; i++)
    if (((guchar) sc->data[i] & 0xC0) != 0x80)
      column++;
  return column;
}

/* A mistake in the syntax: where it is matters more than the JSON path. */
static gboolean G_GNUC_PRINTF (3, 4)
syntax_error (Scanner    *sc,
              gsize       at,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (sc->error, STK_ERROR, STK_ERROR_PARSE, _("%s: line %u, column %u: %s"),
               sc->what, sc->line, column_at (sc, at), message);
  return FALSE;
}

static char *
current_path (Scanner *sc)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < sc->depth; i++)
    {
      Frame *f = &sc->frames[i];

      if (!f->is_object)
        g_string_append_printf (path, "[%u]", f->index);
      else if (f->has_key)
        g_string_append_printf (path, "%s%s", path->len > 0 ? "." : "", f->key);
    }
  if (path->len == 0)
    g_string_append (path, _("(top level)"));
  return g_string_free (path, FALSE);
}

/* Valid syntax, but a value Stackup cannot take: the JSON path comes first,
 * as in every other message about a file's contents. */
static gboolean G_GNUC_PRINTF (4, 5)
value_error (Scanner    *sc,
             gsize       at,
             int         code,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = current_path (sc);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (sc->error, STK_ERROR, code, _("%s: %s: %s (line %u, column %u)"),
               sc->what, path, message, sc->line, column_at (sc, at));
  return FALSE;
}

/* What was found where something else was expected, named the way a person
 * reading the file would see it. */
static gboolean
unexpected (Scanner    *sc,
            const char *expected)
{
  const char *p = sc->data + sc->pos;
  gsize left = sc->length - sc->pos;
  guchar b = (guchar) *p;
  char found[8] = { 0 };

  if (left >= 2 && p[0] == '/' && (p[1] == '*' || p[1] == '/'))
    return syntax_error (sc, sc->pos, _("a comment (%.2s) is not JSON"), p);
  if (b == '\'')
    return syntax_error (sc, sc->pos, _("a single-quoted string is not JSON; use double quotes"));
  if (b == '\0')
    return syntax_error (sc, sc->pos, _("not a text file: a NUL byte"));
  if (b < 0x20 || b == 0x7F)
    return syntax_error (sc, sc->pos, _("expected %s, found the control character U+%04X"), expected, b);
  if (b >= 0x80)
    {
      gunichar ch = g_utf8_get_char_validated (p, (gssize) left);

      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        return syntax_error (sc, sc->pos, _("not a text file: invalid UTF-8 (byte 0x%02X)"), b);
      g_unichar_to_utf8 (ch, found);
    }
  else
    found[0] = (char) b;
  return syntax_error (sc, sc->pos, _("expected %s, found “%s”"), expected, found);
}

static void
skip_whitespace (Scanner *sc)
{
  while (sc->pos < sc->length)
    {
      char c = sc->data[sc->pos];

      if (c == '\n')
        {
          sc->line++;
          sc->line_start = sc->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      sc->pos++;
    }
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      value = value * 16 + d;
    }
  return value;
}

/* One \uXXXX escape (a surrogate pair counts as one), at sc->pos. */
static gboolean
scan_unicode_escape (Scanner  *sc,
                     char    **w)
{
  gsize at = sc->pos;
  const char *p = sc->data + at;
  int unit = sc->length - at >= 6 ? hex4 (p + 2) : -1;
  gunichar ch;

  if (unit < 0)
    return syntax_error (sc, at, _("\\u must be followed by four hexadecimal digits"));
  if (unit == 0)
    return value_error (sc, at, STK_ERROR_PARSE, _("\\u0000 (a NUL character) is not allowed in text"));
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return value_error (sc, at, STK_ERROR_PARSE,
                        _("\\u%.4s is the second half of a surrogate pair without its first; it is not a character"),
                        p + 2);
  ch = (gunichar) unit;
  sc->pos += 6;
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      int low = sc->length - sc->pos >= 6 && p[6] == '\\' && p[7] == 'u' ? hex4 (p + 8) : -1;

      if (low < 0xDC00 || low > 0xDFFF)
        return value_error (sc, at, STK_ERROR_PARSE,
                            _("\\u%.4s is the first half of a surrogate pair without its second; it is not a character"),
                            p + 2);
      ch = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
      sc->pos += 6;
    }
  *w += g_unichar_to_utf8 (ch, *w);
  return TRUE;
}

/* A string at sc->pos, decoded into the strings buffer: *out is its text. */
static gboolean
scan_string (Scanner     *sc,
             const char **out)
{
  gsize start = sc->pos;
  char *text = sc->strings + sc->strings_len;
  char *w = text;

  sc->pos++;
  while (sc->pos < sc->length)
    {
      guchar b = (guchar) sc->data[sc->pos];

      if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\')
        {
          *w++ = (char) b;
          sc->pos++;
        }
      else if (b == '"')
        {
          sc->pos++;
          *w++ = '\0';
          sc->strings_len += (gsize) (w - text);
          *out = text;
          return TRUE;
        }
      else if (b == '\\')
        {
          char e = sc->pos + 1 < sc->length ? sc->data[sc->pos + 1] : '\0';
          const char *plain = strchr ("\"\\/bfnrt", e);

          if (e == 'u')
            {
              if (!scan_unicode_escape (sc, &w))
                return FALSE;
              continue;
            }
          if ((guchar) e >= 0x80)
            {
              /* Quote the whole character: its first byte alone is not UTF-8. */
              const char *after = sc->data + sc->pos + 1;
              gunichar ch = g_utf8_get_char_validated (after, (gssize) (sc->length - sc->pos - 1));

              if (ch == (gunichar) -1 || ch == (gunichar) -2)
                return syntax_error (sc, sc->pos + 1, _("not a text file: invalid UTF-8 (byte 0x%02X)"), (guchar) e);
              return syntax_error (sc, sc->pos, _("“\\%.*s” is not a JSON escape"),
                                   (int) (g_utf8_next_char (after) - after), after);
            }
          if (e == '\0' || plain == NULL)
            return syntax_error (sc, sc->pos, _("“\\%c” is not a JSON escape"), e ? e : ' ');
          *w++ = "\"\\/\b\f\n\r\t"[plain - "\"\\/bfnrt"];
          sc->pos += 2;
        }
      else if (b == '\0')
        return syntax_error (sc, sc->pos, _("not a text file: a NUL byte"));
      else if (b < 0x20)
        return syntax_error (sc, sc->pos,
                             _("the control character U+%04X inside a string is not JSON; write it as an escape such as \\n"),
                             b);
      else
        {
          gunichar ch = g_utf8_get_char_validated (sc->data + sc->pos, (gssize) (sc->length - sc->pos));
          gsize n;

          if (ch == (gunichar) -1 || ch == (gunichar) -2)
            return syntax_error (sc, sc->pos, _("not a text file: invalid UTF-8 (byte 0x%02X)"), b);
          n = (gsize) g_unichar_to_utf8 (ch, NULL);
          memcpy (w, sc->data + sc->pos, n);
          w += n;
          sc->pos += n;
        }
    }
  sc->pos = start;
  return syntax_error (sc, start, _("this string is never closed"));
}

/* The value starting here, as the next in document order. */
static StkJsonValue *
add_value (Scanner     *sc,
           StkJsonType  type)
{
  StkJsonValue *v;

  g_array_set_size (sc->values, sc->values->len + 1);
  v = &g_array_index (sc->values, StkJsonValue, sc->values->len - 1);
  v->type = type;
  v->length = 0;
  v->size = 1;
  v->key = NULL;
  if (sc->depth > 0)
    {
      Frame *f = &sc->frames[sc->depth - 1];

      g_array_index (sc->values, StkJsonValue, f->node).length++;
      if (f->is_object)
        v->key = f->key;
    }
  return v;
}

static void
skip_digits (Scanner *sc)
{
  while (sc->pos < sc->length && g_ascii_isdigit (sc->data[sc->pos]))
    sc->pos++;
}

static gboolean
peek_digit (Scanner *sc)
{
  return sc->pos < sc->length && g_ascii_isdigit (sc->data[sc->pos]);
}

static gboolean
scan_number (Scanner *sc)
{
  gsize start = sc->pos;
  gboolean whole = TRUE;
  char buf[64];
  g_autofree char *heap = NULL;
  char *literal;
  gsize len;
  double number;

  if (sc->data[sc->pos] == '-')
    {
      sc->pos++;
      if (sc->pos < sc->length && sc->data[sc->pos] == 'I')
        return syntax_error (sc, start, _("-Infinity is not JSON"));
      if (!peek_digit (sc))
        return syntax_error (sc, sc->pos, _("a digit must follow “-”"));
    }
  if (sc->data[sc->pos] == '0')
    {
      sc->pos++;
      if (sc->pos < sc->length && (sc->data[sc->pos] == 'x' || sc->data[sc->pos] == 'X'))
        return syntax_error (sc, start, _("a hexadecimal number (0x…) is not JSON"));
      if (peek_digit (sc))
        return syntax_error (sc, start, _("a number with a leading zero is not JSON"));
    }
  else
    skip_digits (sc);
  if (sc->pos < sc->length && sc->data[sc->pos] == '.')
    {
      sc->pos++;
      whole = FALSE;
      if (!peek_digit (sc))
        return syntax_error (sc, sc->pos, _("a digit must follow the decimal point"));
      skip_digits (sc);
    }
  if (sc->pos < sc->length && (sc->data[sc->pos] == 'e' || sc->data[sc->pos] == 'E'))
    {
      sc->pos++;
      whole = FALSE;
      if (sc->pos < sc->length && (sc->data[sc->pos] == '+' || sc->data[sc->pos] == '-'))
        sc->pos++;
      if (!peek_digit (sc))
        return syntax_error (sc, sc->pos, _("a digit must follow the exponent"));
      skip_digits (sc);
    }

  /* The text is not NUL-terminated: strto* read a copy. */
  len = sc->pos - start;
  literal = len < sizeof buf ? memcpy (buf, sc->data + start, len) : (heap = g_strndup (sc->data + start, len));
  literal[len] = '\0';
  errno = 0;
  if (whole)
    {
      gint64 value = g_ascii_strtoll (literal, NULL, 10);

      if (errno == ERANGE)
        {
          /* The limits as text: xgettext cannot read a message that a
           * format macro splits. */
          g_autofree char *lo = g_strdup_printf ("%" G_GINT64_FORMAT, G_MININT64);
          g_autofree char *hi = g_strdup_printf ("%" G_GINT64_FORMAT, G_MAXINT64);

          /* Translators: a number in the file, then the smallest and largest whole numbers */
          return value_error (sc, start, STK_ERROR_INVALID_ARGUMENT,
                              _("%s is beyond the whole numbers Stackup can hold (%s to %s)"), literal, lo, hi);
        }
      add_value (sc, STK_JSON_INT)->v.integer = value;
    }
  else if (!isfinite (number = g_ascii_strtod (literal, NULL)))
    return value_error (sc, start, STK_ERROR_INVALID_ARGUMENT,
                        _("%s is beyond the numbers Stackup can hold"), literal);
  else
    add_value (sc, STK_JSON_DOUBLE)->v.number = number;
  return TRUE;
}

/* true, false, null; and a clear word for the usual non-JSON words. */
static gboolean
scan_word (Scanner *sc)
{
  gsize start = sc->pos;
  g_autofree char *word = NULL;

  while (sc->pos < sc->length && (g_ascii_isalnum (sc->data[sc->pos]) || sc->data[sc->pos] == '_'))
    sc->pos++;
  word = g_strndup (sc->data + start, sc->pos - start);
  if (g_str_equal (word, "true") || g_str_equal (word, "false"))
    {
      add_value (sc, STK_JSON_BOOLEAN)->v.boolean = *word == 't';
      return TRUE;
    }
  if (g_str_equal (word, "null"))
    {
      add_value (sc, STK_JSON_NULL);
      return TRUE;
    }
  if (g_str_equal (word, "NaN") || g_str_equal (word, "Infinity"))
    return syntax_error (sc, start, _("%s is not JSON"), word);
  return syntax_error (sc, start, _("“%s” is not a JSON value (text needs double quotes)"), word);
}

static gboolean
push (Scanner  *sc,
      gboolean  is_object)
{
  Frame *f;

  if (sc->depth == STK_JSON_MAX_DEPTH)
    {
      g_set_error (sc->error, STK_ERROR, STK_ERROR_TOO_DEEP,
                   _("%s: line %u, column %u: nested more than %u levels deep; this is not a file Stackup wrote"),
                   sc->what, sc->line, column_at (sc, sc->pos), STK_JSON_MAX_DEPTH);
      return FALSE;
    }
  add_value (sc, is_object ? STK_JSON_OBJECT : STK_JSON_ARRAY);
  f = &sc->frames[sc->depth++];
  f->is_object = is_object;
  f->has_key = FALSE;
  f->index = 0;
  f->node = sc->values->len - 1;
  sc->pos++;
  return TRUE;
}

static void
pop (Scanner *sc)
{
  Frame *f = &sc->frames[--sc->depth];

  g_array_index (sc->values, StkJsonValue, f->node).size = sc->values->len - f->node;
  g_clear_pointer (&f->keys, g_hash_table_unref);
  sc->pos++;
}

static gboolean
has_member (Scanner    *sc,
            Frame      *f,
            const char *key)
{
  const StkJsonValue *object = &g_array_index (sc->values, StkJsonValue, f->node);
  const StkJsonValue *member = object + 1;

  if (f->keys != NULL)
    return !g_hash_table_add (f->keys, (char *) key);
  if (object->length < LINEAR_KEYS)
    {
      for (guint i = 0; i < object->length; i++, member += member->size)
        if (member->key[0] == key[0] && strcmp (member->key, key) == 0)
          return TRUE;
      return FALSE;
    }
  f->keys = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < object->length; i++, member += member->size)
    g_hash_table_add (f->keys, (char *) member->key);
  return !g_hash_table_add (f->keys, (char *) key);
}

static gboolean
scan_key (Scanner *sc)
{
  Frame *f = &sc->frames[sc->depth - 1];
  gsize at = sc->pos;
  const char *key = NULL;

  f->has_key = FALSE;
  if (!scan_string (sc, &key))
    return FALSE;
  f->key = key;
  if (has_member (sc, f, key))
    return value_error (sc, at, STK_ERROR_PARSE,
                        _("the member “%s” is given twice in this object"), key);
  f->has_key = TRUE;
  return TRUE;
}

static gboolean
scan_value (Scanner *sc,
            Expect  *expect)
{
  char c = sc->data[sc->pos];

  *expect = EXPECT_COMMA_OR_CLOSE;
  if (c == '{' || c == '[')
    {
      *expect = c == '{' ? EXPECT_FIRST_KEY : EXPECT_FIRST_ELEMENT;
      return push (sc, c == '{');
    }
  if (c == '"')
    {
      const char *text = NULL;

      if (!scan_string (sc, &text))
        return FALSE;
      add_value (sc, STK_JSON_STRING)->v.string = text;
      return TRUE;
    }
  if (c == '-' || g_ascii_isdigit (c))
    return scan_number (sc);
  if (g_ascii_isalpha (c))
    return scan_word (sc);
  if (c == '+')
    return syntax_error (sc, sc->pos, _("a number with a leading + is not JSON"));
  if (c == '.')
    return syntax_error (sc, sc->pos, _("a number must start with a digit (0.5, not .5)"));
  return unexpected (sc, _("a value"));
}

static gboolean
scan_after_value (Scanner *sc,
                  Expect  *expect)
{
  Frame *f;
  char c = sc->data[sc->pos];

  if (sc->depth == 0)
    return unexpected (sc, _("the end of the file after the value"));
  f = &sc->frames[sc->depth - 1];
  if (c == ',')
    {
      sc->pos++;
      if (f->is_object)
        *expect = EXPECT_NEXT_KEY;
      else
        {
          f->index++;
          *expect = EXPECT_NEXT_ELEMENT;
        }
      return TRUE;
    }
  if (c == (f->is_object ? '}' : ']'))
    {
      pop (sc);
      return TRUE;
    }
  return unexpected (sc, f->is_object ? _("“,” or “}”") : _("“,” or “]”"));
}

/* A ] or } where an element or member could start: it closes an empty
 * array or object, or follows a comma, which JSON does not allow. */
static gboolean
close_empty (Scanner  *sc,
             Expect   *expect,
             gboolean  after_comma)
{
  if (after_comma)
    return syntax_error (sc, sc->pos, _("a comma before “%c” is not JSON"), sc->data[sc->pos]);
  *expect = EXPECT_COMMA_OR_CLOSE;
  pop (sc);
  return TRUE;
}

static gboolean
scan_step (Scanner *sc,
           Expect  *expect)
{
  char c = sc->data[sc->pos];

  switch (*expect)
    {
    case EXPECT_FIRST_ELEMENT:
    case EXPECT_NEXT_ELEMENT:
      if (c == ']')
        return close_empty (sc, expect, *expect == EXPECT_NEXT_ELEMENT);
      return scan_value (sc, expect);
    case EXPECT_VALUE:
      return scan_value (sc, expect);
    case EXPECT_FIRST_KEY:
    case EXPECT_NEXT_KEY:
      if (c == '}')
        return close_empty (sc, expect, *expect == EXPECT_NEXT_KEY);
      if (c != '"')
        return unexpected (sc, _("a member name in double quotes"));
      *expect = EXPECT_COLON;
      return scan_key (sc);
    case EXPECT_COLON:
      if (c != ':')
        return unexpected (sc, _("“:” after the member name"));
      sc->pos++;
      *expect = EXPECT_VALUE;
      return TRUE;
    case EXPECT_COMMA_OR_CLOSE:
    default:
      return scan_after_value (sc, expect);
    }
}

StkJsonDoc *
_stk_json_scan_doc (const char  *data,
                    gsize        length,
                    const char  *what,
                    GError     **error)
{
  Scanner sc = { .data = data, .length = length, .line = 1, .what = what, .error = error };
  Expect expect = EXPECT_VALUE;
  gboolean ok = TRUE;
  StkJsonDoc *doc;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      syntax_error (&sc, 0, _("a byte order mark (BOM) is not JSON; save the file as UTF-8 without it"));
      return NULL;
    }
  /* A saved project holds a value per 15 to 30 bytes; the array grows if need be. */
  sc.values = g_array_sized_new (FALSE, FALSE, sizeof (StkJsonValue), (guint) MIN (length / 32 + 16, G_MAXUINT / 2));
  sc.strings = g_malloc (length + 1);
  for (;;)
    {
      skip_whitespace (&sc);
      if (sc.pos == sc.length)
        break;
      if (!scan_step (&sc, &expect))
        {
          ok = FALSE;
          break;
        }
    }
  if (ok && sc.depth == 0 && expect == EXPECT_VALUE)
    {
      g_set_error (error, STK_ERROR, STK_ERROR_PARSE, _("%s: the file holds no JSON value"), what);
      ok = FALSE;
    }
  else if (ok && (sc.depth > 0 || expect != EXPECT_COMMA_OR_CLOSE))
    ok = syntax_error (&sc, sc.pos, _("the file ends before the JSON value is complete"));
  for (guint i = 0; i < STK_JSON_MAX_DEPTH; i++)
    g_clear_pointer (&sc.frames[i].keys, g_hash_table_unref);
  if (!ok)
    {
      g_array_unref (sc.values);
      g_free (sc.strings);
      return NULL;
    }
  doc = g_new (StkJsonDoc, 1);
  doc->values = sc.values;
  doc->strings = sc.strings;
  return doc;
}
