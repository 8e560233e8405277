/* skup-text.h — search keys, transliteration, parsing of what people type and writing dates
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "text/skup-catalog.h"

G_BEGIN_DECLS

char      *skup_text_fold               (const char *text);
char      *skup_text_to_latin           (const char *text);
char      *skup_text_to_cyrillic        (const char *text);
gboolean   skup_text_has_cyrillic       (const char *text);
GStrv      skup_text_search_terms       (const char *user_input);
gboolean   skup_text_is_plausible_email (const char *email);
GDateTime *skup_text_parse_date         (const char *text);
gboolean   skup_text_is_iso_date        (const char *text);

/* Dates for people to read, in the language of the user interface */

/* The day examples of a date show ("e.g. 20.05.2024."), so hints and messages agree. */
#define SKUP_TEXT_EXAMPLE_DATE "2024-05-20"

char      *skup_text_format_date         (const char *iso);
char      *skup_text_format_date_range   (const char *start,
                                          const char *end);
char      *skup_text_format_date_numeric (const char *iso);
char      *skup_text_format_date_weekday (const char *iso);

/* The same in a language other than the user interface's: a document's (NULL: the UI's) */
char      *skup_text_format_date_in       (SkupCatalog *catalog,
                                           const char  *iso);
char      *skup_text_format_date_range_in (SkupCatalog *catalog,
                                           const char  *start,
                                           const char  *end);

/* The non-empty @parts joined with " · ", as subtitles read. */
char      *skup_text_join_parts_with    (const char         *separator,
                                         const char * const *parts,
                                         guint               n_parts);
char      *skup_text_join_parts         (const char * const *parts,
                                         guint               n_parts);

G_END_DECLS
