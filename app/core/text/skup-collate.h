/* skup-collate.h — alphabetical order in a document's language
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *skup_collate_key     (const char *text,
                            const char *language);
int   skup_collate_compare (const char *a,
                            const char *b,
                            const char *language);

G_END_DECLS
