/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For tests/kill-during-save.sh: saves two big versions of a project in
 * turn until killed, or says which version a file holds.
 *   kill-save-helper init PATH    write the old version once
 *   kill-save-helper loop PATH    save new, old, new, ... until killed
 *   kill-save-helper verify PATH  print "old" or "new" (exit 0), or why not (exit 1) */
#include <string.h>

#include <gio/gio.h>

#include "stk-project-io.h"

/* The two versions differ in name and in the size of their notes (about 1.5
 * and 2.5 MB of text, under the 4 MiB limit), so a write takes long enough
 * to be killed in the middle and a mix of the two would show. */
static StkProject *
version (gboolean is_new)
{
  StkProject *project = stk_project_new ();
  GString *notes = g_string_new (NULL);
  guint lines = is_new ? 50000 : 30000;

  for (guint i = 0; i < lines; i++)
    g_string_append_printf (notes, "%s line %u of the notes, to make the file big.\n", is_new ? "New" : "Old", i);
  stk_project_set_name (project, is_new ? "new" : "old");
  stk_project_set_notes (project, notes->str);
  g_string_free (notes, TRUE);
  return project;
}

static int
save (StkProject *project,
      GFile      *file)
{
  g_autoptr(GError) error = NULL;

  if (!stk_project_save_file (project, file, &error))
    {
      g_printerr ("kill-save-helper: %s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(StkProject) old_version = NULL;
  g_autoptr(StkProject) new_version = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: kill-save-helper init|loop|verify PATH\n");
      return 2;
    }
  file = g_file_new_for_path (argv[2]);
  old_version = version (FALSE);
  new_version = version (TRUE);
  if (g_str_equal (argv[1], "init"))
    return save (old_version, file);
  if (g_str_equal (argv[1], "loop"))
    {
      for (guint i = 0;; i++)
        if (save (i % 2 == 0 ? new_version : old_version, file) != 0)
          return 1;
    }
  if (g_str_equal (argv[1], "verify"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StkProject) read = stk_project_load_file (file, &error);
      g_autofree char *text = NULL;
      g_autofree char *old_text = stk_project_to_json (old_version);
      g_autofree char *new_text = stk_project_to_json (new_version);

      if (read == NULL)
        {
          g_print ("unreadable: %s\n", error->message);
          return 1;
        }
      text = stk_project_to_json (read);
      if (g_str_equal (text, old_text) || g_str_equal (text, new_text))
        {
          g_print ("%s\n", stk_project_get_name (read));
          return 0;
        }
      g_print ("neither version\n");
      return 1;
    }
  g_printerr ("usage: kill-save-helper init|loop|verify PATH\n");
  return 2;
}
