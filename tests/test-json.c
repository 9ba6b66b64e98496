/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gio/gio.h>

#include "stk-json.h"
#include "stk-project-io.h"

static JsonNode *
parse (const char *text,
       GError    **error)
{
  return stk_json_parse (text, strlen (text), STK_PROJECT_MAX_SIZE, "t.json", error);
}

/* Plain JSON of every shape is taken, and json-glib reads it as JSON means. */
static void
test_accepts_json (void)
{
  static const char *const texts[] = {
    "{}", "[]", "0", "-0", "\"\"", "true", "false", "null", " \t\r\n[ 1 ]\n",
    "[1.5e3, 2E-2, -0.25, 1e+2, 1E5]",
    "[-9223372036854775808, 9223372036854775807]",
    "{\"a\": {\"b\": [null, {\"c\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}]}}",
    "{\"a\": 1, \"b\": 2, \"A\": 3}",
    "[\"\\u00e9\", \"é\", \"\\ud83d\\ude00\", \"😀\"]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = parse (texts[i], &error);

      if (node == NULL)
        g_error ("%s refused: %s", texts[i], error->message);
    }
}

/* The values json-glib gives for escapes, surrogate pairs and the ends of
 * the 64-bit range, worked out by hand: U+1F600 is F0 9F 98 80 in UTF-8. */
static void
test_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("[\"\\ud83d\\ude00\", \"\\u00e9\", -9223372036854775808, 9223372036854775807, 2.5e1]", &error);
  JsonArray *a;

  g_assert_no_error (error);
  a = json_node_get_array (node);
  g_assert_cmpstr (json_array_get_string_element (a, 0), ==, "\xF0\x9F\x98\x80");
  g_assert_cmpstr (json_array_get_string_element (a, 1), ==, "\xC3\xA9");
  g_assert_cmpint (json_array_get_int_element (a, 2), ==, G_MININT64);
  g_assert_cmpint (json_array_get_int_element (a, 3), ==, G_MAXINT64);
  g_assert_cmpfloat (json_array_get_double_element (a, 4), ==, 25.0);
}

typedef struct {
  const char *text;
  StkError    code;
  const char *message;
} Refused;

/* Columns counted by hand, in characters from 1. */
static const Refused refused[] = {
  { "", STK_ERROR_PARSE, "t.json: the file is empty" },
  { "  \n ", STK_ERROR_PARSE, "t.json: the file holds no JSON value" },
  { "[1] [2]", STK_ERROR_PARSE, "line 1, column 5: expected the end of the file after the value, found “[”" },
  { "[1,]", STK_ERROR_PARSE, "line 1, column 4: a comma before “]” is not JSON" },
  { "{\"a\":1,}", STK_ERROR_PARSE, "line 1, column 8: a comma before “}” is not JSON" },
  { "[1 2]", STK_ERROR_PARSE, "line 1, column 4: expected “,” or “]”, found “2”" },
  { "{\"a\" 1}", STK_ERROR_PARSE, "line 1, column 6: expected “:” after the member name, found “1”" },
  { "{\"a\":1]", STK_ERROR_PARSE, "line 1, column 7: expected “,” or “}”, found “]”" },
  { "[\n  1,\n  /* x */ 2]", STK_ERROR_PARSE, "line 3, column 3: a comment (/*) is not JSON" },
  { "[// x\n1]", STK_ERROR_PARSE, "line 1, column 2: a comment (//) is not JSON" },
  { "['a']", STK_ERROR_PARSE, "line 1, column 2: a single-quoted string is not JSON" },
  { "[0x28]", STK_ERROR_PARSE, "line 1, column 2: a hexadecimal number (0x…) is not JSON" },
  { "[+1]", STK_ERROR_PARSE, "line 1, column 2: a number with a leading + is not JSON" },
  { "[.5]", STK_ERROR_PARSE, "line 1, column 2: a number must start with a digit" },
  { "[2.e3]", STK_ERROR_PARSE, "line 1, column 4: a digit must follow the decimal point" },
  { "[2.]", STK_ERROR_PARSE, "line 1, column 4: a digit must follow the decimal point" },
  { "[1e]", STK_ERROR_PARSE, "line 1, column 4: a digit must follow the exponent" },
  { "[01]", STK_ERROR_PARSE, "line 1, column 2: a number with a leading zero is not JSON" },
  { "[-]", STK_ERROR_PARSE, "line 1, column 3: a digit must follow “-”" },
  { "[NaN]", STK_ERROR_PARSE, "line 1, column 2: NaN is not JSON" },
  { "[Infinity]", STK_ERROR_PARSE, "line 1, column 2: Infinity is not JSON" },
  { "[-Infinity]", STK_ERROR_PARSE, "line 1, column 2: -Infinity is not JSON" },
  { "[True]", STK_ERROR_PARSE, "line 1, column 2: “True” is not a JSON value" },
  { "[nul]", STK_ERROR_PARSE, "line 1, column 2: “nul” is not a JSON value" },
  { "{a: 1}", STK_ERROR_PARSE, "line 1, column 2: expected a member name in double quotes, found “a”" },
  { "[\"a\nb\"]", STK_ERROR_PARSE, "line 1, column 4: the control character U+000A inside a string is not JSON" },
  { "[\"\\a\"]", STK_ERROR_PARSE, "line 1, column 3: “\\a” is not a JSON escape" },
  /* Found by fuzzing: the message quoted only the first byte of the character after the backslash. */
  { "[\"\\é\"]", STK_ERROR_PARSE, "line 1, column 3: “\\é” is not a JSON escape" },
  { "[\"\\\xE1\"]", STK_ERROR_PARSE, "line 1, column 4: not a text file: invalid UTF-8 (byte 0xE1)" },
  { "[\"\\u12\"]", STK_ERROR_PARSE, "line 1, column 3: \\u must be followed by four hexadecimal digits" },
  { "[\"abc", STK_ERROR_PARSE, "line 1, column 2: this string is never closed" },
  { "{\"a\": [1, {\"b\"", STK_ERROR_PARSE, "line 1, column 15: the file ends before the JSON value is complete" },
  { "[1]\x01", STK_ERROR_PARSE, "line 1, column 4: expected the end of the file after the value, found the control character U+0001" },
  { "\xEF\xBB\xBF[]", STK_ERROR_PARSE, "line 1, column 1: a byte order mark (BOM) is not JSON" },
  { "[\"\xC3\"]", STK_ERROR_PARSE, "line 1, column 3: not a text file: invalid UTF-8 (byte 0xC3)" },
  /* An overlong "/" and a surrogate written directly in UTF-8. */
  { "[\"\xC0\xAF\"]", STK_ERROR_PARSE, "line 1, column 3: not a text file: invalid UTF-8 (byte 0xC0)" },
  { "[\"\xED\xA0\x80\"]", STK_ERROR_PARSE, "line 1, column 3: not a text file: invalid UTF-8 (byte 0xED)" },
  { "[é]", STK_ERROR_PARSE, "line 1, column 2: expected a value, found “é”" },
  { "[\"é\", x]", STK_ERROR_PARSE, "line 1, column 7: “x” is not a JSON value" },
  /* Valid JSON, values Stackup cannot hold: the JSON path comes first. */
  { "{\"a\": [1, \"x\\u0000y\"]}", STK_ERROR_PARSE, "t.json: a[1]: \\u0000 (a NUL character) is not allowed in text (line 1, column 13)" },
  { "{\"a\": {\"b\\u0000\": 1}}", STK_ERROR_PARSE, "t.json: a: \\u0000 (a NUL character) is not allowed in text (line 1, column 10)" },
  { "{\"n\": \"\\ud800\"}", STK_ERROR_PARSE, "t.json: n: \\ud800 is the first half of a surrogate pair without its second" },
  { "{\"n\": \"\\ud800\\u0041\"}", STK_ERROR_PARSE, "t.json: n: \\ud800 is the first half of a surrogate pair" },
  { "{\"n\": \"\\uDFFF\"}", STK_ERROR_PARSE, "t.json: n: \\uDFFF is the second half of a surrogate pair without its first" },
  { "[18446744073709551616]", STK_ERROR_INVALID_ARGUMENT, "t.json: [0]: 18446744073709551616 is beyond the whole numbers Stackup can hold" },
  { "[9223372036854775808]", STK_ERROR_INVALID_ARGUMENT, "t.json: [0]: 9223372036854775808 is beyond the whole numbers" },
  { "[-9223372036854775809]", STK_ERROR_INVALID_ARGUMENT, "t.json: [0]: -9223372036854775809 is beyond the whole numbers" },
  { "{\"x\": [0, 1e309]}", STK_ERROR_INVALID_ARGUMENT, "t.json: x[1]: 1e309 is beyond the numbers Stackup can hold (line 1, column 11)" },
  { "{\"a\": 1, \"a\": 2}", STK_ERROR_PARSE, "t.json: (top level): the member “a” is given twice in this object (line 1, column 10)" },
  { "{\"a\": 1, \"\\u0061\": 2}", STK_ERROR_PARSE, "the member “a” is given twice" },
};

static void
test_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = parse (refused[i].text, &error);

      g_assert_null (node);
      if (error == NULL || error->domain != STK_ERROR || (StkError) error->code != refused[i].code ||
          strstr (error->message, refused[i].message) == NULL)
        g_error ("%s: expected code %d and “%s”, got %d: %s", refused[i].text, refused[i].code,
                 refused[i].message, error ? error->code : -1, error ? error->message : "(accepted)");
    }
}

static char *
nested (const char *head,
        guint       depth)
{
  GString *s = g_string_new (head);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

/* The crafted files of the stack overflow, at full size: a " hidden where
 * the old bracket count took it for a string and json-glib did not. Each is
 * refused where the non-JSON starts, so json-glib never sees the depth. */
static void
test_deep_attacks (void)
{
  static const struct { const char *head; const char *message; } attacks[] = {
    { "{\"a\": /* \" */ \"deep\": ", "column 7: a comment (/*) is not JSON" },
    { "{\"a\": 'x\"', \"deep\": ", "column 7: a single-quoted string is not JSON" },
    { "{\"a\": // \"\n \"deep\": ", "column 7: a comment (//) is not JSON" },
    { "{\"deep\": ", "nested more than 64 levels deep" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (attacks); i++)
    {
      g_autofree char *text = nested (attacks[i].head, 100000);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = parse (text, &error);

      g_assert_null (node);
      g_assert_nonnull (error);
      if (strstr (error->message, attacks[i].message) == NULL)
        g_error ("attack %u: %s", i, error->message);
    }
}

/* 64 levels are read, 65 are not: the object holding "deep" is the first. */
static void
test_depth_limit (void)
{
  g_autofree char *ok = nested ("{\"deep\": ", STK_JSON_MAX_DEPTH - 1);
  g_autofree char *deep = nested ("{\"deep\": ", STK_JSON_MAX_DEPTH);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) a = parse (ok, &error);
  g_autoptr(JsonNode) b = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (a);
  b = parse (deep, &error);
  g_assert_null (b);
  /* "{\"deep\": " is 9 characters and the 64th [ is the 65th level. */
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "line 1, column 73: nested more than 64 levels deep"));
}

/* Every prefix of a real project is a hostile input: each one is refused
 * with a message (never a crash), except those that only drop the final
 * newline. */
static void
test_truncated (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "phone.stackup", NULL);
  g_autofree char *text = NULL;
  gsize length = 0;
  guint refused_count = 0;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  for (gsize n = 0; n < length; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = stk_json_parse (text, n, STK_PROJECT_MAX_SIZE, "t", &error);

      if (node == NULL)
        {
          g_assert_error (error, STK_ERROR, STK_ERROR_PARSE);
          refused_count++;
        }
    }
  /* phone.stackup ends in "}\n": only the full text minus "\n" also parses. */
  g_assert_cmpuint (refused_count, ==, length - 1);
  g_test_message ("%u truncated copies of phone.stackup refused", refused_count);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/json/accepts-json", test_accepts_json);
  g_test_add_func ("/stackup/json/values", test_values);
  g_test_add_func ("/stackup/json/refused", test_refused);
  g_test_add_func ("/stackup/json/deep-attacks", test_deep_attacks);
  g_test_add_func ("/stackup/json/depth-limit", test_depth_limit);
  g_test_add_func ("/stackup/json/truncated", test_truncated);
  return g_test_run ();
}
