/* skup-attendance-list.h — who was expected, who came: the list donors and ministries ask for
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is read from the register at once (the marks through the attendance grid, so
 * they mean what the attendance window shows) and then written as CSV, XLSX or PDF without
 * going back to the register.
 *
 * Rows: everyone registered for the events in scope, except the cancelled, the declined and
 * the waitlisted (the grid's people), once per person across events, by family name then
 * given name in the list's script. With one session, everyone expected at that session.
 *
 * Attendance %: the sessions a person attended (present, late or left early) of the sessions
 * they were expected at — every session of each event they are registered for, or the one
 * session listed. Absent, excused and not taken count as not attended; a person expected at
 * no session has 0 %.
 */

#pragma once

#include "skup-csv.h"
#include "skup-page.h"
#include "skup-report.h"
#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupListColumns:
 *
 * The columns an organiser may choose, written in this order. %SKUP_LIST_SESSIONS is a
 * column per session (its mark); %SKUP_LIST_RATE the attendance %.
 */
typedef enum
{
  SKUP_LIST_NAME         = 1 << 0,
  SKUP_LIST_ORGANISATION = 1 << 1,
  SKUP_LIST_SECTOR       = 1 << 2,
  SKUP_LIST_POSITION     = 1 << 3,
  SKUP_LIST_CITY         = 1 << 4,
  SKUP_LIST_GENDER       = 1 << 5,
  SKUP_LIST_EMAIL        = 1 << 6,
  SKUP_LIST_PHONE        = 1 << 7,
  SKUP_LIST_ROLE         = 1 << 8,
  SKUP_LIST_LICENCE      = 1 << 9,
  SKUP_LIST_SESSIONS     = 1 << 10,
  SKUP_LIST_RATE         = 1 << 11,
} SkupListColumns;

#define SKUP_LIST_N_COLUMNS 12
#define SKUP_LIST_ALL_COLUMNS ((SkupListColumns) ((1 << SKUP_LIST_N_COLUMNS) - 1))
#define SKUP_LIST_DEFAULT_COLUMNS (SKUP_LIST_NAME | SKUP_LIST_ORGANISATION | SKUP_LIST_SESSIONS \
                                   | SKUP_LIST_RATE)

/* A cell of a person at a session of an event they are not registered for. */
#define SKUP_LIST_NOT_EXPECTED 0xff

typedef enum
{
  SKUP_LIST_FORMAT_CSV,
  SKUP_LIST_FORMAT_EXCEL_CSV,
  SKUP_LIST_FORMAT_XLSX,
  SKUP_LIST_FORMAT_PDF,
} SkupListFormat;

/**
 * SkupAttendanceListOptions:
 * @scope: one event, a project's events, or the events overlapping a range
 * @session_id: with one event, only this session; 0 for every session
 * @columns: what to write
 * @cyrillic: names in Cyrillic rather than Latin
 */
typedef struct
{
  SkupReportScope  scope;
  gint64           session_id;
  SkupListColumns  columns;
  gboolean         cyrillic;
} SkupAttendanceListOptions;

typedef struct
{
  gint64  id;
  char   *title;
  char   *start_date;    /* ISO */
  char   *end_date;      /* ISO */
  char   *dates;         /* as a reader writes them */
  char   *place;         /* venue, city */
  char   *organisers;    /* "A, B" */
  guint   first_session; /* its sessions in the list's, from here */
  guint   n_sessions;
} SkupListEvent;

typedef struct
{
  gint64  id;
  guint   event;         /* index in the list's events */
  char   *date;          /* ISO */
  char   *title;         /* nullable */
  char   *header;        /* short: "20.05." or "20.05. 09:00" */
} SkupListSession;

typedef struct
{
  gint64  person_id;
  char   *details[SKUP_LIST_N_COLUMNS];   /* by the bit of each detail column; never NULL */
  guint8 *marks;         /* a SkupMark per session of the list, or SKUP_LIST_NOT_EXPECTED */
  guint   attended;
  guint   expected;
  char   *sort_key;
} SkupListPerson;

typedef struct
{
  SkupAttendanceListOptions options;
  GPtrArray *events;     /* (element-type SkupListEvent) by start date */
  GPtrArray *sessions;   /* (element-type SkupListSession) event by event, by date and time */
  GPtrArray *people;     /* (element-type SkupListPerson) in alphabetical order */
} SkupAttendanceList;

void                skup_attendance_list_options_init (SkupAttendanceListOptions *options,
                                                       gint64                     event_id);
gboolean            skup_list_columns_parse      (const char                *list,
                                                  SkupListColumns           *columns,
                                                  GError                   **error);
const char         *skup_list_column_title       (SkupListColumns            column);

SkupAttendanceList *skup_attendance_list_read    (SkupStore                 *store,
                                                  const SkupAttendanceListOptions *options,
                                                  GError                   **error);
SkupAttendanceList *skup_attendance_list_ref     (SkupAttendanceList        *self);
void                skup_attendance_list_unref   (SkupAttendanceList        *self);

const char         *skup_list_person_get_detail  (const SkupListPerson      *person,
                                                  SkupListColumns            column);
double              skup_list_person_get_rate    (const SkupListPerson      *person);
/* "Present", "Late" … in the window's language; "" for none or not expected. */
const char         *skup_list_mark_label         (guint8                     mark);
/* Attended marks at @session (present, late, left early). */
guint               skup_attendance_list_count_present (SkupAttendanceList  *self,
                                                        guint                session);
/* The session's column title: its short header, after its event's title when the list has
 * several events. (transfer full) */
char               *skup_attendance_list_dup_session_title (SkupAttendanceList *self,
                                                            guint               session);
/* Whether @person was expected at @session. */
gboolean            skup_list_person_expects     (const SkupListPerson      *person,
                                                  guint                      session);

/* Writers (skup-attendance-list-csv.c, -xlsx.c, -pdf.c). */
char               *skup_attendance_list_to_csv  (SkupAttendanceList        *self,
                                                  SkupCsvDialect             dialect);
gboolean            skup_attendance_list_write_csv  (SkupAttendanceList     *self,
                                                     SkupCsvDialect          dialect,
                                                     const char             *path,
                                                     GError                **error);
gboolean            skup_attendance_list_write_xlsx (SkupAttendanceList     *self,
                                                     const char             *path,
                                                     GError                **error);
gboolean            skup_attendance_list_write_pdf  (SkupAttendanceList     *self,
                                                     const SkupPageSetup    *page,
                                                     const char             *path,
                                                     GError                **error);
/* Any of the four; @page is for the PDF only (NULL: A4 upright). */
gboolean            skup_attendance_list_write      (SkupAttendanceList     *self,
                                                     SkupListFormat          format,
                                                     const SkupPageSetup    *page,
                                                     const char             *path,
                                                     GError                **error);
const char         *skup_list_format_extension      (SkupListFormat          format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupAttendanceList, skup_attendance_list_unref)

G_END_DECLS
