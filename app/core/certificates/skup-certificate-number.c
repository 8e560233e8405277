/* skup-certificate-number.c — certificate numbers from a pattern and a checked prefix
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-certificate-number.h"
#include "skup-error.h"

/* The rule lives here, not in the window: the command line and other clients issue too,
 * and a number is printed, read out and typed back, so it must never be ambiguous. Letters of
 * any script are fine (an office may write its prefix in Cyrillic); spaces and punctuation
 * other than "-" and "/" would be ambiguous in a number read out or typed back. */
char *
skup_certificate_prefix_problem (const char *prefix)
{
  guint max = SKUP_CERTIFICATE_PREFIX_MAX_LENGTH;

  g_return_val_if_fail (prefix != NULL, NULL);

  if (g_utf8_strlen (prefix, -1) > max)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Use at most %u character.",
                                         "Use at most %u characters.", max), max);
  for (const char *p = prefix; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && !g_ascii_isdigit (c) && c != '-' && c != '/')
        return g_strdup (_("Use only letters, digits, “-” and “/”."));
    }
  return NULL;
}

gboolean
skup_certificate_prefix_check (const char  *prefix,
                               GError     **error)
{
  g_autofree char *problem = skup_certificate_prefix_problem (prefix != NULL ? prefix : "");

  if (problem == NULL)
    return TRUE;
  /* Translators: %s says what is wrong ("Use only letters, digits, “-” and “/”.") */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
               _("The certificate prefix in Preferences cannot start a number. %s"), problem);
  return FALSE;
}

/* The next {…} of @pattern from @p: its name in @out_name, the end in @out_end. */
static gboolean
next_field (const char  *p,
            const char **out_start,
            const char **out_end,
            char       **out_name)
{
  const char *open = strchr (p, '{');
  const char *close = open ? strchr (open, '}') : NULL;

  if (open == NULL || close == NULL)
    return FALSE;
  *out_start = open;
  *out_end = close + 1;
  *out_name = g_strndup (open + 1, (gsize) (close - open - 1));
  return TRUE;
}

/* Writes field @name, or fails for a name the pattern may not hold. */
static gboolean
append_field (GString    *out,
              const char *name,
              const char *prefix,
              int         year,
              gint64      seq)
{
  if (g_str_equal (name, "prefix"))
    g_string_append (out, prefix);
  else if (g_str_equal (name, "year"))
    g_string_append_printf (out, "%04d", year);
  else if (g_str_equal (name, "seq"))
    g_string_append_printf (out, "%" G_GINT64_FORMAT, seq);
  else if (g_str_has_prefix (name, "seq:0") && strlen (name) == 6 && g_ascii_isdigit (name[5]))
    g_string_append_printf (out, "%0*" G_GINT64_FORMAT, name[5] - '0', seq);
  else
    return FALSE;
  return TRUE;
}

static char *
expand (const char  *pattern,
        const char  *prefix,
        int          year,
        gint64       seq,
        GError     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = pattern, *start, *end;
  char *name;
  gboolean has_year = FALSE, has_seq = FALSE;

  while (next_field (p, &start, &end, &name))
    {
      g_autofree char *field = name;

      g_string_append_len (out, p, start - p);
      if (!append_field (out, field, prefix, year, seq))
        {
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("The certificate number pattern holds {%s}: use {prefix}, {year}, "
                         "{seq} or {seq:04}."), field);
          return NULL;
        }
      has_year |= g_str_equal (field, "year");
      has_seq |= g_str_has_prefix (field, "seq");
      p = end;
    }
  g_string_append (out, p);
  if (!has_year || !has_seq)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("A certificate number pattern needs {year} and {seq}: numbers "
                             "start again each year."));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
skup_certificate_pattern_check (const char  *pattern,
                                GError     **error)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (pattern != NULL, FALSE);
  number = expand (pattern, "P", 2000, 1, error);
  return number != NULL;
}

char *
skup_certificate_number_format (const char  *pattern,
                                const char  *prefix,
                                int          year,
                                gint64       seq,
                                GError     **error)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (pattern != NULL, NULL);

  if (!skup_certificate_prefix_check (prefix, error))
    return NULL;
  number = expand (pattern, prefix != NULL ? prefix : "", year, seq, error);
  if (number == NULL)
    return NULL;
  /* No prefix: "-2026-0001" would start with a separator. */
  if ((prefix == NULL || *prefix == '\0') && (number[0] == '-' || number[0] == '/'))
    return g_strdup (number + 1);
  return g_steal_pointer (&number);
}
