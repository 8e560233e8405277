/* skup-attendance-grid.h — an event's people × sessions, read at once, written through
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupGridPerson:
 * @entry: who, as the roster has them (name, gender, role, organisation …)
 * @name: "Given Family", as shown
 * @search_key: the name and the other script's name folded to plain Latin, for check-in
 *
 * One row of the grid: a registration that expects to attend (invited, registered or
 * confirmed), in the order of a sign-in sheet (family name, then given name).
 */
typedef struct {
  SkupRosterEntry *entry;
  char            *name;
  char            *search_key;
} SkupGridPerson;

/**
 * SkupGridTotals:
 * @attended: present, late or left early
 * @registered: the people of the grid
 * @marked: cells with any mark
 * @women: attended, by the person's gender
 * @men:
 * @other: other, not stated or not known
 */
typedef struct {
  guint attended;
  guint registered;
  guint marked;
  guint women;
  guint men;
  guint other;
} SkupGridTotals;

#define SKUP_TYPE_ATTENDANCE_GRID (skup_attendance_grid_get_type ())
G_DECLARE_FINAL_TYPE (SkupAttendanceGrid, skup_attendance_grid, SKUP, ATTENDANCE_GRID, GObject)

/* Reads the event's people, sessions and marks in three queries. */
SkupAttendanceGrid *skup_attendance_grid_load (SkupStore          *store,
                                               gint64              event_id,
                                               GError            **error);
SkupStore      *skup_attendance_grid_get_store      (SkupAttendanceGrid *self);
gint64          skup_attendance_grid_get_event_id   (SkupAttendanceGrid *self);
guint           skup_attendance_grid_get_n_people   (SkupAttendanceGrid *self);
guint           skup_attendance_grid_get_n_sessions (SkupAttendanceGrid *self);
const SkupGridPerson *skup_attendance_grid_get_person (SkupAttendanceGrid *self,
                                                       guint               row);
/* (transfer none): the session record (date, times, title) */
SkupRecord     *skup_attendance_grid_get_session    (SkupAttendanceGrid *self,
                                                     guint               column);
/* The row of @registration_id, or -1. */
int             skup_attendance_grid_find_row       (SkupAttendanceGrid *self,
                                                     gint64              registration_id);
/* The column of today's session (the first of today's if several), else -1. */
int             skup_attendance_grid_find_today     (SkupAttendanceGrid *self);
SkupMark        skup_attendance_grid_get_mark       (SkupAttendanceGrid *self,
                                                     guint               row,
                                                     guint               column);
/* "HH:MM" or NULL */
const char     *skup_attendance_grid_get_time       (SkupAttendanceGrid *self,
                                                     guint               row,
                                                     guint               column);
/* Writes one cell (SKUP_MARK_NONE clears it) and emits ::changed. On failure nothing
 * changes. */
gboolean        skup_attendance_grid_set_mark       (SkupAttendanceGrid *self,
                                                     guint               row,
                                                     guint               column,
                                                     SkupMark            mark,
                                                     GError            **error);
/* The mark after @mark when a cell is clicked: none → present → absent → late → left early →
 * excused → none. */
SkupMark        skup_mark_cycle                     (SkupMark            mark);
/* Marks everyone not yet marked at @column present, in one transaction. Returns how many
 * were marked through @out_n. */
gboolean        skup_attendance_grid_mark_all_present (SkupAttendanceGrid *self,
                                                       guint               column,
                                                       guint              *out_n,
                                                       GError            **error);
void            skup_attendance_grid_get_totals     (SkupAttendanceGrid *self,
                                                     guint               column,
                                                     SkupGridTotals     *out_totals);
/* Sessions attended by @row, and the share of all sessions (0 … 1; 0 without sessions). */
guint           skup_attendance_grid_get_attended   (SkupAttendanceGrid *self,
                                                     guint               row);
double          skup_attendance_grid_get_rate       (SkupAttendanceGrid *self,
                                                     guint               row);
/* Sessions at which @row's attendance was taken (any mark). */
guint           skup_attendance_grid_get_marked     (SkupAttendanceGrid *self,
                                                     guint               row);
/* Adds a row for a registration made after loading (a walk-in), keeping the order; returns
 * its row. */
int             skup_attendance_grid_add_registration (SkupAttendanceGrid *self,
                                                       gint64              registration_id,
                                                       GError            **error);
/* Takes out the row of @registration_id (an undone walk-in). */
void            skup_attendance_grid_remove_registration (SkupAttendanceGrid *self,
                                                          gint64              registration_id);

/* Reads everything again (another organiser's changes); emits ::changed (G_MAXUINT,
 * G_MAXUINT). On failure the grid keeps what it had. */
gboolean        skup_attendance_grid_reload         (SkupAttendanceGrid *self,
                                                     GError            **error);
/* TRUE while the grid writes to the store: its own ::changed from the store can be told
 * from other writers' (a window need not reload for its own marks). */
gboolean        skup_attendance_grid_is_writing     (SkupAttendanceGrid *self);

/* ::changed (guint row, guint column): a cell's mark changed; row G_MAXUINT means rows were
 * added or removed, column G_MAXUINT every column of the row. */

G_END_DECLS
