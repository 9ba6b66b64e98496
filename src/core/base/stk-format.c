/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stk-format"

#include "stk-config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stk-format.h"

#define SIGNIFICANT_DIGITS 4
#define MAX_DECIMALS       9

/* "-0.0001" rounded to "-0" or "-0.000" has no sign to show. */
static const char *
drop_negative_zero (const char *text)
{
  return text[0] == '-' && strspn (text + 1, "0.") == strlen (text + 1) ? text + 1 : text;
}

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
  digits = drop_negative_zero (buf);
  if (dot == NULL || *dot == '\0' || point == NULL || g_str_equal (point, "."))
    return g_strdup (digits);
  *dot = '\0';
  return g_strconcat (digits, point, dot + 1, NULL);
}

char *
stk_format_number (double value)
{
  double magnitude = fabs (value);
  int decimals = 0;

  /* 4 significant digits: 0.0588 has its first at the second decimal */
  if (magnitude > 0 && isfinite (magnitude))
    decimals = SIGNIFICANT_DIGITS - 1 - (int) floor (log10 (magnitude));
  return stk_format_decimal (value, (guint) CLAMP (decimals, 0, MAX_DECIMALS), 0);
}

char *
stk_format_fixed (double value,
                  guint  decimals)
{
  return stk_format_decimal (value, decimals, decimals);
}

/* Lengths in mm written before in this thread, by their bits, for the
 * decimal point they were written with. A drawing writes the same few
 * lengths thousands of times (every contact pitch and part size of a large
 * assembly); printf-style formatting was a tenth of building it. */
#define MM_CACHE_MAX 4096

typedef struct {
  char       *point;
  GHashTable *texts;  /* gint64 bits → text */
} MmCache;

static void
mm_cache_free (gpointer data)
{
  MmCache *cache = data;

  g_free (cache->point);
  g_hash_table_unref (cache->texts);
  g_free (cache);
}

static MmCache *
mm_cache (void)
{
  static GPrivate key = G_PRIVATE_INIT (mm_cache_free);
  MmCache *cache = g_private_get (&key);
  const char *point = localeconv ()->decimal_point;

  if (cache == NULL)
    {
      cache = g_new0 (MmCache, 1);
      cache->texts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      g_private_set (&key, cache);
    }
  if (g_strcmp0 (cache->point, point) != 0 || g_hash_table_size (cache->texts) >= MM_CACHE_MAX)
    {
      g_hash_table_remove_all (cache->texts);
      g_free (cache->point);
      cache->point = g_strdup (point);
    }
  return cache;
}

char *
stk_format_mm (double mm)
{
  MmCache *cache = mm_cache ();
  gint64 bits;
  const char *known;
  char *text;

  memcpy (&bits, &mm, sizeof bits);
  known = g_hash_table_lookup (cache->texts, &bits);
  if (known != NULL)
    return g_strdup (known);
  text = stk_format_decimal (mm, 3, 1);
  g_hash_table_insert (cache->texts, g_memdup2 (&bits, sizeof bits), g_strdup (text));
  return text;
}

char *
stk_format_length_number (double   mm,
                          StkUnits units)
{
  return units == STK_UNITS_INCH ? stk_format_decimal (mm / STK_MM_PER_MIL, 1, 1) : stk_format_mm (mm);
}

char *
stk_format_length (double   mm,
                   StkUnits units)
{
  g_autofree char *number = stk_format_length_number (mm, units);

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
    return stk_format_mm (mm);
  in_mm = stk_format_length (mm, STK_UNITS_MM);
  in_mil = stk_format_length (mm, STK_UNITS_INCH);
  /* Translators: a length on a dual-dimensioned drawing, the chosen unit first and millimetres in brackets */
  return g_strdup_printf (_("%s [%s]"), in_mil, in_mm);
}

char *
stk_format_quantity (double        value,
                     const char   *unit,
                     StkUnits      units,
                     StkSignStyle  sign)
{
  g_autofree char *magnitude = NULL;
  const char *prefix;

  if (g_strcmp0 (unit, "mm") == 0)
    magnitude = stk_format_length (fabs (value), units);
  else
    {
      g_autofree char *number = stk_format_number (fabs (value));
      const char *label = unit && *unit ? g_dgettext (GETTEXT_PACKAGE, unit) : "";

      magnitude = g_strconcat (number, *label && !g_str_equal (unit, "%") ? " " : "", label, NULL);
    }
  /* the sign of what is shown: -0.0001 A shows as "0 A", unsigned */
  if (value < 0 && strspn (magnitude, "0.,") < strcspn (magnitude, " "))
    prefix = "−";
  else
    prefix = sign == STK_SIGN_ALWAYS ? "+" : "";
  return g_strconcat (prefix, magnitude, NULL);
}

char *
stk_format_c_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("null");
  if (value == 0)
    return g_strdup ("0");
  /* the shortest of %.15g..%.17g that reads back to the same double */
  for (int prec = 15; prec <= 17; prec++)
    {
      g_ascii_formatd (buf, sizeof buf, prec == 15 ? "%.15g" : prec == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

const char *
stk_format_c_fixed (char   *buf,
                    double  value,
                    guint   decimals)
{
  char format[16];
  const char *digits;

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 17u));
  g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);
  digits = drop_negative_zero (buf);
  if (digits != buf)
    memmove (buf, digits, strlen (digits) + 1);
  return buf;
}
