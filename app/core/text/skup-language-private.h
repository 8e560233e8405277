/* skup-language-private.h — telling languages apart by their gettext or BCP 47 names
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* Whether @language is @code or a variant of it: "sr" is "sr", "sr_RS", "sr@latin",
 * "sr_RS.UTF-8@latin" and "sr-Latn", but "srn" (Sranan) is not. */
static inline gboolean
_skup_language_is (const char *language,
                   const char *code)
{
  gsize len = strlen (code);

  if (language == NULL || g_ascii_strncasecmp (language, code, len) != 0)
    return FALSE;
  return language[len] == '\0' || strchr ("_@.-", language[len]) != NULL;
}

/* Whether @language names Serbian's Latin script: "sr@latin", "sr_RS@latin", "sr-Latn". */
static inline gboolean
_skup_language_is_serbian_latin (const char *language)
{
  return _skup_language_is (language, "sr")
         && (strstr (language, "@latin") != NULL || strstr (language, "-Latn") != NULL);
}

G_END_DECLS
