/* skup-reference-row.h — a form row for a field that refers to another record
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"
#include "skup-record-picker.h"

G_BEGIN_DECLS

#define SKUP_TYPE_REFERENCE_ROW (skup_reference_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupReferenceRow, skup_reference_row, SKUP, REFERENCE_ROW, AdwActionRow)

/* Properties: "value" (gint64, the chosen record's id, 0 for none; notifies when the user
 * chooses), "required" (no Clear), "hint" (the subtitle shown when nothing is chosen). */
GtkWidget        *skup_reference_row_new        (SkupStore        *store,
                                                 GType             record_type);
gint64            skup_reference_row_get_value  (SkupReferenceRow *self);
void              skup_reference_row_set_value  (SkupReferenceRow *self,
                                                 gint64            id);
void              skup_reference_row_set_required (SkupReferenceRow *self,
                                                 gboolean          required);
void              skup_reference_row_set_hint   (SkupReferenceRow *self,
                                                 const char       *hint);
/* The popover that searches and creates; for tests and for filters (rooms of a venue). */
SkupRecordPicker *skup_reference_row_get_picker (SkupReferenceRow *self);

G_END_DECLS
