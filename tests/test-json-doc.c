/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-json.h"
#include "stk-project-io.h"

static StkJsonDoc *
parse (const char *text,
       GError    **error)
{
  return stk_json_doc_parse (text, strlen (text), STK_PROJECT_MAX_SIZE, "t.json", error);
}

static StkJsonDoc *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  StkJsonDoc *doc = parse (text, &error);

  g_assert_no_error (error);
  return doc;
}

/* Values in document order, counted by hand: the object, "a"'s array, 1,
 * the inner object, its null, "c"'s string: six, of which the array holds
 * four (itself, 1, the object, the null). */
static void
test_layout (void)
{
  g_autoptr(StkJsonDoc) doc = parse_ok ("{\"a\": [1, {\"b\": null}], \"c\": \"x\"}");
  const StkJsonValue *root = stk_json_doc_get_root (doc);
  const StkJsonValue *a, *one, *inner, *c;

  g_assert_cmpint (root->type, ==, STK_JSON_OBJECT);
  g_assert_cmpuint (root->length, ==, 2);
  g_assert_cmpuint (root->size, ==, 6);
  g_assert_null (root->key);

  a = stk_json_value_child (root, NULL);
  g_assert_cmpstr (a->key, ==, "a");
  g_assert_cmpint (a->type, ==, STK_JSON_ARRAY);
  g_assert_cmpuint (a->length, ==, 2);
  g_assert_cmpuint (a->size, ==, 4);
  one = stk_json_value_child (a, NULL);
  g_assert_cmpint (one->type, ==, STK_JSON_INT);
  g_assert_cmpint (one->v.integer, ==, 1);
  g_assert_null (one->key);
  inner = stk_json_value_child (a, one);
  g_assert_cmpint (inner->type, ==, STK_JSON_OBJECT);
  g_assert_cmpint (stk_json_value_member (inner, "b")->type, ==, STK_JSON_NULL);
  g_assert_null (stk_json_value_child (a, inner));

  c = stk_json_value_child (root, a);
  g_assert_true (c == stk_json_value_member (root, "c"));
  g_assert_cmpstr (c->v.string, ==, "x");
  g_assert_null (stk_json_value_child (root, c));
  g_assert_null (stk_json_value_member (root, "b"));
  g_assert_null (stk_json_value_member (one, "a"));

  /* Empty containers hold nothing and are one value each. */
  g_clear_pointer (&doc, stk_json_doc_free);
  doc = parse_ok ("[{}, []]");
  root = stk_json_doc_get_root (doc);
  g_assert_cmpuint (root->size, ==, 3);
  g_assert_null (stk_json_value_child (stk_json_value_child (root, NULL), NULL));
}

/* Escapes, surrogate pairs, raw UTF-8 and the ends of the 64-bit range, as
 * JSON defines them: U+1F600 is F0 9F 98 80 in UTF-8, é is C3 A9. */
static void
test_values (void)
{
  g_autoptr(StkJsonDoc) doc = parse_ok ("{\"\\u00e9t\\u00e9\": [\"\\ud83d\\ude00\", \"😀\", \"a\\\"\\\\\\/\\b\\f\\n\\r\\tz\","
                                        " -9223372036854775808, 9223372036854775807, -0, 2.5e1, 40.0, true, false]}");
  const StkJsonValue *list = stk_json_value_child (stk_json_doc_get_root (doc), NULL);
  const StkJsonValue *v = NULL;
  static const StkJsonType types[] = {
    STK_JSON_STRING, STK_JSON_STRING, STK_JSON_STRING, STK_JSON_INT, STK_JSON_INT, STK_JSON_INT,
    STK_JSON_DOUBLE, STK_JSON_DOUBLE, STK_JSON_BOOLEAN, STK_JSON_BOOLEAN,
  };
  const StkJsonValue *e[G_N_ELEMENTS (types)];
  guint n = 0;

  g_assert_cmpstr (list->key, ==, "\xC3\xA9t\xC3\xA9");
  while ((v = stk_json_value_child (list, v)) != NULL)
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (types));
      g_assert_cmpint (v->type, ==, types[n]);
      e[n++] = v;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (types));
  g_assert_cmpstr (e[0]->v.string, ==, "\xF0\x9F\x98\x80");
  g_assert_cmpstr (e[1]->v.string, ==, "\xF0\x9F\x98\x80");
  g_assert_cmpstr (e[2]->v.string, ==, "a\"\\/\b\f\n\r\tz");
  g_assert_cmpint (e[3]->v.integer, ==, G_MININT64);
  g_assert_cmpint (e[4]->v.integer, ==, G_MAXINT64);
  g_assert_cmpint (e[5]->v.integer, ==, 0);
  g_assert_cmpfloat (e[6]->v.number, ==, 25.0);
  g_assert_cmpfloat (e[7]->v.number, ==, 40.0);
  g_assert_true (e[8]->v.boolean);
  g_assert_false (e[9]->v.boolean);
}

/* Decoded text is never longer than its JSON, so one buffer the size of
 * the text holds it all: a file of nothing but escapes fills it most. */
static void
test_escape_heavy (void)
{
  GString *text = g_string_new ("[\"");
  g_autoptr(StkJsonDoc) doc = NULL;
  g_autofree char *json = NULL;
  const StkJsonValue *s;

  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "\\ud83d\\ude00\\n");
  g_string_append (text, "\"]");
  json = g_string_free (text, FALSE);
  doc = parse_ok (json);
  s = stk_json_value_child (stk_json_doc_get_root (doc), NULL);
  /* 1000 × (4 bytes of the emoji + 1 newline) */
  g_assert_cmpuint (strlen (s->v.string), ==, 5000);
  g_assert_cmpint (memcmp (s->v.string + 4995, "\xF0\x9F\x98\x80\n", 5), ==, 0);
}

/* A member name twice is refused in small objects (compared with the
 * members before it) and in large ones (past 32 members, a hash table),
 * with the JSON path and the place of the second name. */
static void
test_duplicates (void)
{
  GString *big = g_string_new ("{");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StkJsonDoc) doc = parse (("{\"a\": {\"x\": 1,\n \"x\": 2}}"), &error);

  g_assert_null (doc);
  g_assert_error (error, STK_ERROR, STK_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "t.json: a: the member “x” is given twice in this object (line 2, column 2)");
  g_clear_error (&error);

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (big, "\"k%u\":0,", i);
  g_string_append (big, "\"k5\":0}");
  text = g_string_free (big, FALSE);
  doc = parse (text, &error);
  g_assert_null (doc);
  /* "{" then ten members "kN":0, of 7 characters and thirty of 8: the
   * repeated name starts at character 1 + 70 + 240 + 1. */
  g_assert_cmpstr (error->message, ==,
                   "t.json: (top level): the member “k5” is given twice in this object (line 1, column 312)");
  g_clear_error (&error);

  /* The same names in different objects are not repeats. */
  doc = parse ("[{\"a\": 1}, {\"a\": 2, \"b\": {\"a\": 3}}]", &error);
  g_assert_no_error (error);
}

/* 64 levels are a tree, 65 are refused where the 65th opens. */
static void
test_depth (void)
{
  g_autofree char *ok = g_strnfill (STK_JSON_MAX_DEPTH, '[');
  g_autofree char *deep = g_strnfill (STK_JSON_MAX_DEPTH + 1, '[');
  GString *closed = g_string_new (ok);
  g_autofree char *ok_closed = NULL;
  g_autoptr(StkJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < STK_JSON_MAX_DEPTH; i++)
    g_string_append_c (closed, ']');
  ok_closed = g_string_free (closed, FALSE);
  doc = parse_ok (ok_closed);
  g_assert_cmpuint (stk_json_doc_get_root (doc)->size, ==, STK_JSON_MAX_DEPTH);
  g_clear_pointer (&doc, stk_json_doc_free);

  doc = parse (deep, &error);
  g_assert_null (doc);
  g_assert_error (error, STK_ERROR, STK_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "t.json: line 1, column 65: nested more than 64 levels deep"));
}

typedef struct {
  const char *member;
  const char *message;
} GetterCase;

/* Each getter's message for one wrong value; the same text read through
 * json-glib's getters says the same. Ranges as the reader gives them. */
static void
test_getters (void)
{
  static const char text[] =
    "{\"s\": 5, \"d\": -1, \"i\": 40.0, \"f\": 2.5, \"r\": 7, \"b\": null, \"o\": [], \"a\": {}, \"ok\": 0.5}";
  static const GetterCase cases[] = {
    { "missing", "boards[1].missing: missing" },
    { "s", "boards[1].s: must be a string, got a number" },
    { "d", "boards[1].d: must be between 0.05 and 10, got -1" },
    { "i", "boards[1].i: must be written as a whole number without a decimal point or exponent (40)" },
    { "f", "boards[1].f: must be a whole number written without a decimal point or exponent, got 2.5" },
    { "r", "boards[1].r: must be between 0 and 5, got 7" },
    { "b", "boards[1].b: must be true or false, got null" },
    { "o", "boards[1].o: must be an object, got an array" },
    { "a", "boards[1].a: must be an array, got an object" },
  };
  g_autoptr(StkJsonDoc) doc = parse_ok (text);
  g_autoptr(JsonNode) node = stk_json_parse (text, strlen (text), STK_PROJECT_MAX_SIZE, "t.json", NULL);
  const StkJsonValue *root = stk_json_doc_get_root (doc);
  JsonObject *object = json_node_get_object (node);
  double d = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *m = cases[i].member;
      const char *path = "boards[1]";
      g_autoptr(GError) mine = NULL;
      g_autoptr(GError) theirs = NULL;
      const StkJsonValue *value = NULL;
      JsonObject *o = NULL;
      JsonArray *a = NULL;
      const char *s = NULL;
      gint64 n = 0;
      gboolean b = FALSE;

      if (g_str_equal (m, "s") || g_str_equal (m, "missing"))
        {
          g_assert_false (stk_json_value_get_string (root, path, m, TRUE, &s, &mine));
          g_assert_false (stk_json_get_string (object, path, m, TRUE, &s, &theirs));
        }
      else if (g_str_equal (m, "d"))
        {
          g_assert_false (stk_json_value_get_double (root, path, m, FALSE, 0.05, 10, &d, &mine));
          g_assert_false (stk_json_get_double (object, path, m, FALSE, 0.05, 10, &d, &theirs));
        }
      else if (g_str_equal (m, "i") || g_str_equal (m, "f") || g_str_equal (m, "r"))
        {
          g_assert_false (stk_json_value_get_int (root, path, m, FALSE, 0, 5, &n, &mine));
          g_assert_false (stk_json_get_int (object, path, m, FALSE, 0, 5, &n, &theirs));
        }
      else if (g_str_equal (m, "b"))
        {
          g_assert_false (stk_json_value_get_boolean (root, path, m, FALSE, &b, &mine));
          g_assert_false (stk_json_get_boolean (object, path, m, FALSE, &b, &theirs));
        }
      else if (g_str_equal (m, "o"))
        {
          g_assert_false (stk_json_value_get_object (root, path, m, FALSE, &value, &mine));
          g_assert_false (stk_json_get_object (object, path, m, FALSE, &o, &theirs));
        }
      else
        {
          g_assert_false (stk_json_value_get_array (root, path, m, FALSE, &value, &mine));
          g_assert_false (stk_json_get_array (object, path, m, FALSE, &a, &theirs));
        }
      g_assert_nonnull (mine);
      g_assert_cmpstr (mine->message, ==, cases[i].message);
      g_assert_cmpstr (theirs->message, ==, cases[i].message);
    }

  /* Present and valid; absent and optional leaves the value as it was. */
  g_assert_true (stk_json_value_get_double (root, "", "ok", TRUE, 0, 1, &d, NULL));
  g_assert_cmpfloat (d, ==, 0.5);
  g_assert_true (stk_json_value_get_double (root, "", "none", FALSE, 0, 1, &d, NULL));
  g_assert_cmpfloat (d, ==, 0.5);
  g_assert_cmpstr (stk_json_value_type_name (root), ==, "an object");
}

/* A subtree copied to json-glib keeps member order, types and values:
 * written out it is the text it came from. */
static void
test_to_node (void)
{
  static const char text[] = "{\"z\":[1,2.5,\"x\",null,true,{}],\"a\":{\"k\":[]},\"m\":-7}";
  g_autoptr(StkJsonDoc) doc = parse_ok (text);
  g_autoptr(JsonNode) node = stk_json_value_to_node (stk_json_doc_get_root (doc));
  g_autofree char *back = stk_json_to_string (node, FALSE);
  JsonArray *z;

  g_assert_cmpstr (back, ==, text);
  z = json_object_get_array_member (json_node_get_object (node), "z");
  g_assert_cmpuint (json_node_get_value_type (json_array_get_element (z, 0)), ==, G_TYPE_INT64);
  g_assert_cmpuint (json_node_get_value_type (json_array_get_element (z, 1)), ==, G_TYPE_DOUBLE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/json-doc/layout", test_layout);
  g_test_add_func ("/stackup/json-doc/values", test_values);
  g_test_add_func ("/stackup/json-doc/escape-heavy", test_escape_heavy);
  g_test_add_func ("/stackup/json-doc/duplicates", test_duplicates);
  g_test_add_func ("/stackup/json-doc/depth", test_depth);
  g_test_add_func ("/stackup/json-doc/getters", test_getters);
  g_test_add_func ("/stackup/json-doc/to-node", test_to_node);
  return g_test_run ();
}
