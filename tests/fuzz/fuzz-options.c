/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "stk-explorer.h"
#include "fuzz-target.h"

/* Fuzz target: the `options` command line, one argument per input line,
 * read by the parser stackup-cli uses; what it accepts is explored. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", 64);
  g_autoptr(StkExplorerConstraints) c = stk_explorer_constraints_new ();
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char **argv = g_new0 (char *, g_strv_length (lines) + 2);
  char **args = argv;
  int argc = 0;

  /* --help would print and exit: the CLI's business, not the parser's. */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_main_group (context, stk_explorer_constraints_option_group (c));
  argv[argc++] = (char *) "options";
  for (guint i = 0; lines[i] != NULL; i++)
    argv[argc++] = lines[i];
  if (!g_option_context_parse (context, &argc, &args, &error))
    {
      g_assert_nonnull (error);
      return 0;
    }

  options = stk_explorer_run (stk_catalog_get_default (), c);
  for (guint i = 0; i < options->len; i++)
    {
      const StkExplorerOption *o = g_ptr_array_index (options, i);
      g_autofree char *ids = stk_explorer_option_excluded_by (o);
      guint failing = 0;

      for (guint k = 0; k < o->reasons->len; k++)
        failing += ((const StkExplorerReason *) g_ptr_array_index (o->reasons, k))->status == STK_STATUS_FAIL;
      /* An excluded option says why; one that fits has nothing that fails
       * against it (a warning may stand with it). */
      g_assert_cmpint (o->verdict == STK_STATUS_FAIL, ==, failing > 0);
      g_assert_cmpint (ids[0] == '\0', ==, failing == 0);
      g_assert_true (o->length_mm > 0 && o->width_mm > 0);
    }
  return 0;
}
