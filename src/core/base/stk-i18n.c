/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-i18n"

#include "stk-config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "stk-i18n.h"

/* The start of both programs: the user's locale, and Stackup's messages from
 * LOCALEDIR, or from STACKUP_LOCALEDIR when set: the build tree's compiled
 * catalogs for an uninstalled run (`meson devenv` sets it) and the tests'
 * pseudo-translation. The core is a static library inside each program, so
 * its _() and the programs' share the one GETTEXT_PACKAGE domain. */
void
stk_i18n_init (void)
{
  const char *dir = g_getenv ("STACKUP_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir && *dir ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* Between the numbers of a list: "1.5, 2.0, 2.5" but "1,5; 2,0; 2,5". */
const char *
stk_number_list_separator (void)
{
  /* Translators: between the numbers of a list, "1.5, 2.0, 2.5"; write "; "
   * if your numbers have a decimal comma */
  return C_("number list", ", ");
}

/* The font of the drawings and the design note. They draw with cairo's
 * simple text API, which takes one font and has no fallback for glyphs it
 * lacks: a language whose script DejaVu Sans does not cover names a font
 * that does, or its words come out as empty boxes. */
const char *
stk_font_family (void)
{
  /* Translators: the font family of the drawings and the PDF design note;
   * it must have your script's glyphs and Latin letters. Keep "DejaVu Sans"
   * for Latin, Greek and Cyrillic scripts; for Japanese "IPAPGothic" (Debian's
   * fonts-ipafont-gothic) or "Noto Sans CJK JP" */
  return C_("font family", "DejaVu Sans");
}
