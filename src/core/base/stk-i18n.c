/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-i18n"

#include "stk-config.h"

#include <locale.h>
#include <string.h>
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

/* A number for people to read, in their locale's decimal separator ("1,5"
 * in German): at most max_decimals, trailing zeros dropped down to
 * min_decimals. Project files, --json and the numbers inside DXF and SVG use
 * g_ascii_* formatting instead and never follow the locale. */
char *
stk_format_decimal (double value,
                    guint  max_decimals,
                    guint  min_decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[16];
  const char *point = localeconv ()->decimal_point;
  const char *digits;
  char *dot, *end;

  g_snprintf (format, sizeof format, "%%.%uf", MIN (max_decimals, 17u));
  g_ascii_formatd (buf, sizeof buf, format, value);
  dot = strchr (buf, '.');
  if (dot != NULL)
    {
      end = buf + strlen (buf) - 1;
      while (*end == '0' && end - dot > (int) min_decimals)
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
    }
  /* -0.0001 rounds to "-0" */
  digits = buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1) ? buf + 1 : buf;
  if (dot == NULL || *dot == '\0' || point == NULL || g_str_equal (point, "."))
    return g_strdup (digits);
  *dot = '\0';
  return g_strconcat (digits, point, dot + 1, NULL);
}

/* "0.05", "1.2", "260": up to three decimals, the precision every screen and
 * the design note use. */
char *
stk_format_number (double value)
{
  return stk_format_decimal (value, 3, 0);
}

char *
stk_format_length (double   mm,
                   StkUnits units)
{
  g_autofree char *number = units == STK_UNITS_INCH ? stk_format_decimal (mm / STK_MM_PER_MIL, 1, 1)
                                                    : stk_format_decimal (mm, 3, 1);

  return stk_format_with_unit (number, units);
}

char *
stk_format_with_unit (const char *number,
                      StkUnits    units)
{
  if (units == STK_UNITS_INCH)
    /* Translators: a length in mil, thousandths of an inch: "31.5 mil" */
    return g_strdup_printf (_("%s mil"), number);
  /* Translators: a length in millimetres: "0.8 mm" */
  return g_strdup_printf (_("%s mm"), number);
}

char *
stk_format_drawing_length (double   mm,
                           StkUnits units)
{
  g_autofree char *in_mm = NULL;
  g_autofree char *in_mil = NULL;

  if (units != STK_UNITS_INCH)
    return stk_format_decimal (mm, 3, 1);
  in_mm = stk_format_length (mm, STK_UNITS_MM);
  in_mil = stk_format_length (mm, STK_UNITS_INCH);
  /* Translators: a length on a dual-dimensioned drawing, the chosen unit first and millimetres in brackets */
  return g_strdup_printf (_("%s [%s]"), in_mil, in_mm);
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
