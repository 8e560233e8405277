/* skup-attendance-view.h — an event's people × sessions, drawn as one scrollable grid
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/attendance/skup-attendance-grid.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ATTENDANCE_VIEW (skup_attendance_view_get_type ())
G_DECLARE_FINAL_TYPE (SkupAttendanceView, skup_attendance_view, SKUP, ATTENDANCE_VIEW, GtkWidget)

/* Put it in a GtkScrolledWindow (it is a GtkScrollable). Signals: ::write-failed (const char
 * *message) when a mark could not be written: the cell keeps its mark. */
GtkWidget          *skup_attendance_view_new              (void);
SkupAttendanceGrid *skup_attendance_view_get_grid         (SkupAttendanceView *self);
/* Shows @grid (or nothing), keeping the cursor where it can. */
void                skup_attendance_view_set_grid         (SkupAttendanceView *self,
                                                           SkupAttendanceGrid *grid);
guint               skup_attendance_view_get_cursor_row    (SkupAttendanceView *self);
guint               skup_attendance_view_get_cursor_column (SkupAttendanceView *self);
/* Moves the cursor (clamped to the grid) and scrolls it into view. */
void                skup_attendance_view_set_cursor       (SkupAttendanceView *self,
                                                           guint               row,
                                                           guint               column);

/* What the view shows, for the window and tests (transfer full). */
/* "Mon 02.03. 09:00–13:00" */
char               *skup_attendance_view_dup_session_label (SkupAttendanceView *self,
                                                            guint               column);
/* The footer of a column: "34 / 60 present\n♀ 20 ♂ 13 · 1" */
char               *skup_attendance_view_dup_totals_text  (SkupAttendanceView *self,
                                                           guint               column);
/* The rate of a row: "4/5 · 80 %" */
char               *skup_attendance_view_dup_rate_text    (SkupAttendanceView *self,
                                                           guint               row);
/* What a screen reader is told of the cursor: "<name>, <session>: <mark>" (transfer none). */
const char         *skup_attendance_view_get_cursor_label (SkupAttendanceView *self);
/* The rows drawn by the last frame (0 before the first): only the visible ones are. */
guint               skup_attendance_view_get_n_drawn_rows (SkupAttendanceView *self);
guint               skup_attendance_view_get_first_drawn_row (SkupAttendanceView *self);

G_END_DECLS
