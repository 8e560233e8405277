/* skup-attendance-window.h — Take Attendance: an event's grid of people and sessions
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-context.h"
#include "skup-attendance-view.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ATTENDANCE_WINDOW (skup_attendance_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupAttendanceWindow, skup_attendance_window, SKUP, ATTENDANCE_WINDOW,
                      AdwWindow)

/* Actions: attendance.mark-all-present(i) (a session's column),
 * attendance.mark-all-present-here (the cursor's session, Ctrl+Shift+A),
 * attendance.undo-mark-all (the Undo of the toast that follows). The grid is read before this
 * returns. */
SkupAttendanceWindow *skup_attendance_window_new         (GtkWindow            *parent,
                                                          SkupContext          *context,
                                                          gint64                event_id);
SkupAttendanceView   *skup_attendance_window_get_view    (SkupAttendanceWindow *self);
/* (nullable): the grid shown; NULL if it could not be read */
SkupAttendanceGrid   *skup_attendance_window_get_grid    (SkupAttendanceWindow *self);
/* The last message shown in a toast, or NULL (for tests). */
const char           *skup_attendance_window_get_message (SkupAttendanceWindow *self);
/* The last toast shown, or NULL (for tests). */
AdwToast             *skup_attendance_window_get_toast   (SkupAttendanceWindow *self);

G_END_DECLS
