/* skup-attendance-export-dialog.h — an event's attendance list: its options, then a file
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-context.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ATTENDANCE_EXPORT_DIALOG (skup_attendance_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkupAttendanceExportDialog, skup_attendance_export_dialog, SKUP,
                      ATTENDANCE_EXPORT_DIALOG, AdwWindow)

/* Actions: export.save (asks where, then writes), export.save-to(s) (writes to a path, with
 * no chooser: what the chooser's answer runs, and what tests use). Once written, the dialog
 * closes and its window shows a toast; a failure is said in the dialog, which stays. */
SkupAttendanceExportDialog *skup_attendance_export_dialog_new (GtkWindow   *parent,
                                                               SkupContext *context,
                                                               gint64       event_id);
/* TRUE while a file is being written. */
gboolean    skup_attendance_export_dialog_is_busy   (SkupAttendanceExportDialog *self);
/* Why the last export failed, as the dialog says it, or NULL. */
const char *skup_attendance_export_dialog_get_error (SkupAttendanceExportDialog *self);

G_END_DECLS
