/* skup-record-picker.h — finds a record, or creates it when it is not there (in a popover)
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_RECORD_PICKER (skup_record_picker_get_type ())
G_DECLARE_FINAL_TYPE (SkupRecordPicker, skup_record_picker, SKUP, RECORD_PICKER, AdwBin)

/* The picker is the content of a GtkPopover (a menu button's): it searches afresh each time
 * it is shown, and closes the popover when a record is chosen. */

/* Signals:
 *  "chosen" (gint64 id) — the user picked a record, created one (its id), or chose Clear (0) */
GtkWidget  *skup_record_picker_new             (SkupStore        *store,
                                                GType             record_type);
void        skup_record_picker_set_store       (SkupRecordPicker *self,
                                                SkupStore        *store);
void        skup_record_picker_set_record_type (SkupRecordPicker *self,
                                                GType             record_type);
GType       skup_record_picker_get_record_type (SkupRecordPicker *self);
/* Only records whose @field (a REF field such as "venue-id") is @value; NULL for all. */
void        skup_record_picker_set_filter      (SkupRecordPicker *self,
                                                const char       *field,
                                                gint64            value);
void        skup_record_picker_set_can_clear   (SkupRecordPicker *self,
                                                gboolean          can_clear);
/* What the search entry holds; the results follow at once. */
void        skup_record_picker_set_search_text (SkupRecordPicker *self,
                                                const char       *text);
/* (transfer none): the records shown for the search text. */
GListModel *skup_record_picker_get_results     (SkupRecordPicker *self);
void        skup_record_picker_choose          (SkupRecordPicker *self,
                                                gint64            id);
/* Creates a record named by the search text, as "Create “…”" does; FALSE with the reason
 * shown in the popover (and returned by get_error) when it cannot. */
gboolean    skup_record_picker_create          (SkupRecordPicker *self);
const char *skup_record_picker_get_error       (SkupRecordPicker *self);

G_END_DECLS
