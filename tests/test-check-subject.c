/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "stk-check-subject.h"
#include "stk-check.h"
#include "stk-drawing.h"
#include "test-util.h"

/* Subject ids are made in one place (stk-check-subject.c): these tests
 * show the ids it makes, and that every id a check record or a drawn
 * primitive carries is one of them, naming something in the project. */

static void
test_ids (void)
{
  g_autofree char *board = stk_subject_board ("main");
  g_autofree char *mate = stk_subject_mate ("j1");
  g_autofree char *socket = stk_subject_mate_side ("j1", STK_ROLE_SOCKET);
  g_autofree char *header = stk_subject_mate_side ("j1", STK_ROLE_HEADER);
  g_autofree char *net = stk_subject_net ("j1", "VBAT/2");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  /* The forms docs/checks.md and `check --json` promise. */
  g_assert_cmpstr (board, ==, "board:main");
  g_assert_cmpstr (mate, ==, "mate:j1");
  g_assert_cmpstr (socket, ==, "mate:j1/socket");
  g_assert_cmpstr (header, ==, "mate:j1/header");
  g_assert_cmpstr (net, ==, "net:j1/VBAT/2");
  g_assert_cmpstr (STK_SUBJECT_STACK_ID, ==, "stack");

  g_assert_cmpint (stk_subject_parse (net, &first, &second), ==, STK_SUBJECT_NET);
  /* A net name may hold a "/"; a mate id holds none. */
  g_assert_cmpstr (first, ==, "j1");
  g_assert_cmpstr (second, ==, "VBAT/2");
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&second, g_free);
  g_assert_cmpint (stk_subject_parse (header, &first, &second), ==, STK_SUBJECT_MATE_SIDE);
  g_assert_cmpstr (first, ==, "j1");
  g_assert_cmpstr (second, ==, "header");
  g_assert_cmpint (stk_subject_parse ("mate:j1", NULL, NULL), ==, STK_SUBJECT_MATE);
  g_assert_cmpint (stk_subject_parse ("board:main", NULL, NULL), ==, STK_SUBJECT_BOARD);
  g_assert_cmpint (stk_subject_parse ("stack", NULL, NULL), ==, STK_SUBJECT_STACK);
  for (guint i = 0; i < 6; i++)
    {
      const char *bad[] = { "", "mate:", "board", "stacks", "net:j1", "pin:j1/3" };
      g_assert_cmpint (stk_subject_parse (bad[i], NULL, NULL), ==, STK_SUBJECT_NONE);
    }
}

/* subject is an id from the table (made again from its parts, the same
 * text) and names a board, mate or net of the project. */
static void
assert_from_table (StkProject *project,
                   const char *subject)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *again = NULL;
  StkMate *mate = NULL;

  switch (stk_subject_parse (subject, &first, &second))
    {
    case STK_SUBJECT_STACK:
      again = g_strdup (STK_SUBJECT_STACK_ID);
      break;
    case STK_SUBJECT_BOARD:
      g_assert_nonnull (stk_project_find_board (project, first));
      again = stk_subject_board (first);
      break;
    case STK_SUBJECT_MATE:
      g_assert_nonnull (stk_project_find_mate (project, first));
      again = stk_subject_mate (first);
      break;
    case STK_SUBJECT_MATE_SIDE:
      g_assert_nonnull (stk_project_find_mate (project, first));
      g_assert_true (g_str_equal (second, "socket") || g_str_equal (second, "header"));
      again = stk_subject_mate_side (first, g_str_equal (second, "socket") ? STK_ROLE_SOCKET : STK_ROLE_HEADER);
      break;
    case STK_SUBJECT_NET:
      mate = stk_project_find_mate (project, first);
      g_assert_nonnull (mate);
      g_assert_nonnull (stk_mate_find_net (mate, second));
      again = stk_subject_net (first, second);
      break;
    case STK_SUBJECT_NONE:
    default:
      g_error ("“%s” is not a subject id from the table", subject);
    }
  g_assert_cmpstr (again, ==, subject);
}

static void
test_examples (void)
{
  const char *const examples[] = { "phone.stackup", "mezzanine.stackup", "failing.stackup" };
  StkCatalog *catalog = stk_catalog_get_default ();
  guint kinds = 0;

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(StkProject) project = test_load_example (examples[e]);
      g_autoptr(GPtrArray) results = stk_checks_run (project, catalog);
      g_autoptr(StkDrawing) drawing = stk_drawing_new (project, catalog);
      const StkPrim *prims;
      guint n_prims;

      for (guint i = 0; i < results->len; i++)
        {
          const StkCheckResult *r = g_ptr_array_index (results, i);

          assert_from_table (project, r->subject);
          kinds |= 1u << stk_subject_parse (r->subject, NULL, NULL);
        }
      prims = stk_drawing_get_prims (drawing, &n_prims);
      for (guint i = 0; i < n_prims; i++)
        if (prims[i].subject != NULL)
          {
            /* a view shared by connectors drawn alike names each of them */
            const char or[] = { STK_SUBJECT_OR, '\0' };
            g_auto(GStrv) each = g_strsplit (prims[i].subject, or, -1);

            for (guint k = 0; each[k]; k++)
              {
                assert_from_table (project, each[k]);
                kinds |= 1u << stk_subject_parse (each[k], NULL, NULL);
              }
          }
    }
  /* Every kind of id occurs in the examples. */
  g_assert_cmphex (kinds, ==, 1u << STK_SUBJECT_STACK | 1u << STK_SUBJECT_BOARD | 1u << STK_SUBJECT_MATE |
                   1u << STK_SUBJECT_MATE_SIDE | 1u << STK_SUBJECT_NET);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stackup/check-subject/ids", test_ids);
  g_test_add_func ("/stackup/check-subject/examples", test_examples);
  return g_test_run ();
}
