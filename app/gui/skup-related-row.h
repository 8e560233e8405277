/* skup-related-row.h — a row of a related list: a record's title and what it is to the page's
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SKUP_TYPE_RELATED_ROW (skup_related_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupRelatedRow, skup_related_row, SKUP, RELATED_ROW, AdwActionRow)

/* A row showing @title and @subtitle; activating it opens the record of @type and @id
 * (G_TYPE_INVALID for a row that opens nothing). */
GtkWidget *skup_related_row_new            (const char     *title,
                                            const char     *subtitle,
                                            GType           type,
                                            gint64          id);
GType      skup_related_row_get_target_type (SkupRelatedRow *self);
gint64     skup_related_row_get_target_id  (SkupRelatedRow *self);

G_END_DECLS
