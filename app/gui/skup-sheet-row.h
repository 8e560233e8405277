/* skup-sheet-row.h — the signed sign-in sheet of one session: attach, view, export, remove
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SHEET_ROW (skup_sheet_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupSheetRow, skup_sheet_row, SKUP, SHEET_ROW, AdwActionRow)

/* Properties: "store" and "session-id" (construct-only), "error" (what went wrong, said in
 * the subtitle; NULL when all is well), "busy" (a file is being read or written).
 * Signals: "sheet-changed", after the row attached or removed the session's sheet.
 * Actions: "sheet.attach", "sheet.view", "sheet.export", "sheet.remove" (asks first). */
GtkWidget  *skup_sheet_row_new            (SkupStore    *store,
                                           gint64        session_id);
gint64      skup_sheet_row_get_session_id (SkupSheetRow *self);
const char *skup_sheet_row_get_error      (SkupSheetRow *self);
gboolean    skup_sheet_row_get_busy       (SkupSheetRow *self);
/* What the file chooser calls with the file the user chose: reads it in the background and
 * attaches it, or says at the row why it will not do. */
void        skup_sheet_row_attach_file    (SkupSheetRow *self,
                                           GFile        *file);
/* What the save dialog calls: writes the sheet, checked against its digest, to @file. */
void        skup_sheet_row_export_to_file (SkupSheetRow *self,
                                           GFile        *file);

G_END_DECLS
