/* skup-date-row.h — a form row for a calendar date: typed or picked from a calendar
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SKUP_TYPE_DATE_ROW (skup_date_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupDateRow, skup_date_row, SKUP, DATE_ROW, AdwEntryRow)

GtkWidget *skup_date_row_new      (void);
/* The date the text names, as YYYY-MM-DD; NULL when the text is empty or not a date. */
char      *skup_date_row_dup_date (SkupDateRow *self);
/* Shows @iso (YYYY-MM-DD, or NULL for none) in the display format. */
void       skup_date_row_set_date (SkupDateRow *self,
                                   const char  *iso);

G_END_DECLS
