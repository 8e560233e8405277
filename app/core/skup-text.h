/* skup-text.h — search keys, transliteration and parsing of what people type
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *skup_text_fold               (const char *text);
char      *skup_text_to_latin           (const char *text);
char      *skup_text_to_cyrillic        (const char *text);
gboolean   skup_text_has_cyrillic       (const char *text);
GStrv      skup_text_search_terms       (const char *user_input);
gboolean   skup_text_is_plausible_email (const char *email);
GDateTime *skup_text_parse_date         (const char *text);
gboolean   skup_text_is_iso_date        (const char *text);

G_END_DECLS
