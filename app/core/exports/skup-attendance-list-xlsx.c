/* skup-attendance-list-xlsx.c — the attendance list as a workbook
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One event: a Summary sheet (the details, a column a session with its mark, the attendance
 * % as a real percentage), then a sheet a session listing who was expected there with the
 * session's date (a real date) and their mark, so a sheet can be printed or filtered alone.
 *
 * A set of events (a project, a date range): one combined Summary sheet with a column an
 * event — the share of that event's sessions the person attended, empty where they were not
 * registered — and the attendance % over every event, then an Events sheet with each event's
 * dates. A sheet a session of twenty events would be hundreds of sheets nobody reads; the
 * marks session by session are in the CSV and the PDF.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-attendance-list.h"
#include "skup-xlsx.h"

/* The detail columns chosen, in order. */
static guint
detail_columns (SkupAttendanceList *self,
                SkupListColumns    *out)
{
  guint n = 0;

  for (guint bit = 0; bit < SKUP_LIST_N_COLUMNS; bit++)
    {
      SkupListColumns column = 1 << bit;

      if ((self->options.columns & column) && column != SKUP_LIST_SESSIONS
          && column != SKUP_LIST_RATE)
        out[n++] = column;
    }
  return n;
}

static void
write_details (SkupXlsxSheet         *sheet,
               guint                  row,
               const SkupListPerson  *person,
               const SkupListColumns *details,
               guint                  n_details)
{
  for (guint c = 0; c < n_details; c++)
    skup_xlsx_write_text (sheet, row, c, skup_list_person_get_detail (person, details[c]));
}

/* The header: the details, then @extra titles. */
static void
write_titles (SkupXlsxSheet         *sheet,
              const SkupListColumns *details,
              guint                  n_details,
              GPtrArray             *extra)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint c = 0; c < n_details; c++)
    g_ptr_array_add (titles, (gpointer) skup_list_column_title (details[c]));
  for (guint i = 0; i < extra->len; i++)
    g_ptr_array_add (titles, g_ptr_array_index (extra, i));
  skup_xlsx_write_header (sheet, 0, (const char *const *) titles->pdata, titles->len);
}

static gboolean
has (SkupAttendanceList *self,
     SkupListColumns     column)
{
  return (self->options.columns & column) != 0;
}

static void
write_event_summary (SkupAttendanceList *self,
                     SkupXlsx           *book)
{
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, _("Summary"));
  SkupListColumns details[SKUP_LIST_N_COLUMNS];
  guint n_details = detail_columns (self, details);
  g_autoptr(GPtrArray) extra = g_ptr_array_new_with_free_func (g_free);
  guint n_sessions = has (self, SKUP_LIST_SESSIONS) ? self->sessions->len : 0;

  for (guint s = 0; s < n_sessions; s++)
    g_ptr_array_add (extra, skup_attendance_list_dup_session_title (self, s));
  if (has (self, SKUP_LIST_RATE))
    g_ptr_array_add (extra, g_strdup (skup_list_column_title (SKUP_LIST_RATE)));
  write_titles (sheet, details, n_details, extra);
  for (guint i = 0; i < self->people->len; i++)
    {
      const SkupListPerson *person = g_ptr_array_index (self->people, i);

      write_details (sheet, i + 1, person, details, n_details);
      for (guint s = 0; s < n_sessions; s++)
        skup_xlsx_write_text (sheet, i + 1, n_details + s, skup_list_mark_label (person->marks[s]));
      if (has (self, SKUP_LIST_RATE))
        skup_xlsx_write_percent (sheet, i + 1, n_details + n_sessions,
                                 skup_list_person_get_rate (person));
    }
}

/* "20.05. Opening", or the date alone: who came to one session. */
static void
write_session_sheet (SkupAttendanceList *self,
                     SkupXlsx           *book,
                     guint               s)
{
  const SkupListSession *session = g_ptr_array_index (self->sessions, s);
  g_autofree char *name = session->title != NULL && *session->title != '\0'
                          ? g_strdup_printf ("%s %s", session->header, session->title)
                          : g_strdup (session->header);
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, name);
  SkupListColumns details[SKUP_LIST_N_COLUMNS];
  guint n_details = detail_columns (self, details);
  g_autoptr(GPtrArray) extra = g_ptr_array_new ();
  guint row = 1;

  g_ptr_array_add (extra, (gpointer) C_("attendance list", "Date"));
  g_ptr_array_add (extra, (gpointer) C_("attendance list", "Attendance"));
  write_titles (sheet, details, n_details, extra);
  for (guint i = 0; i < self->people->len; i++)
    {
      const SkupListPerson *person = g_ptr_array_index (self->people, i);

      if (!skup_list_person_expects (person, s))
        continue;
      write_details (sheet, row, person, details, n_details);
      skup_xlsx_write_iso_date (sheet, row, n_details, session->date);
      skup_xlsx_write_text (sheet, row, n_details + 1, skup_list_mark_label (person->marks[s]));
      row++;
    }
}

/* The share of @event's sessions @person attended, or -1 when not registered for it. */
static double
event_rate (const SkupListPerson *person,
            const SkupListEvent  *event)
{
  guint attended = 0, expected = 0;

  for (guint s = event->first_session; s < event->first_session + event->n_sessions; s++)
    if (person->marks[s] != SKUP_LIST_NOT_EXPECTED)
      {
        expected++;
        attended += skup_mark_is_attended ((SkupMark) person->marks[s]) ? 1 : 0;
      }
  return expected > 0 ? (double) attended / expected : -1;
}

static void
write_combined_summary (SkupAttendanceList *self,
                        SkupXlsx           *book)
{
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, _("Summary"));
  SkupListColumns details[SKUP_LIST_N_COLUMNS];
  guint n_details = detail_columns (self, details);
  g_autoptr(GPtrArray) extra = g_ptr_array_new ();
  guint n_events = has (self, SKUP_LIST_SESSIONS) ? self->events->len : 0;

  for (guint e = 0; e < n_events; e++)
    g_ptr_array_add (extra, ((SkupListEvent *) g_ptr_array_index (self->events, e))->title);
  if (has (self, SKUP_LIST_RATE))
    g_ptr_array_add (extra, (gpointer) skup_list_column_title (SKUP_LIST_RATE));
  write_titles (sheet, details, n_details, extra);
  for (guint i = 0; i < self->people->len; i++)
    {
      const SkupListPerson *person = g_ptr_array_index (self->people, i);

      write_details (sheet, i + 1, person, details, n_details);
      for (guint e = 0; e < n_events; e++)
        {
          double rate = event_rate (person, g_ptr_array_index (self->events, e));

          if (rate >= 0)
            skup_xlsx_write_percent (sheet, i + 1, n_details + e, rate);
        }
      if (has (self, SKUP_LIST_RATE))
        skup_xlsx_write_percent (sheet, i + 1, n_details + n_events,
                                 skup_list_person_get_rate (person));
    }
}

static void
write_events_sheet (SkupAttendanceList *self,
                    SkupXlsx           *book)
{
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, _("Events"));
  const char *titles[] = { C_("attendance list", "Event"), C_("attendance list", "Start"),
                           C_("attendance list", "End"), C_("attendance list", "Place"),
                           C_("attendance list", "Sessions") };

  skup_xlsx_write_header (sheet, 0, titles, G_N_ELEMENTS (titles));
  for (guint e = 0; e < self->events->len; e++)
    {
      const SkupListEvent *event = g_ptr_array_index (self->events, e);

      skup_xlsx_write_text (sheet, e + 1, 0, event->title);
      skup_xlsx_write_iso_date (sheet, e + 1, 1, event->start_date);
      skup_xlsx_write_iso_date (sheet, e + 1, 2, event->end_date);
      skup_xlsx_write_text (sheet, e + 1, 3, event->place);
      skup_xlsx_write_int (sheet, e + 1, 4, event->n_sessions);
    }
}

/**
 * skup_attendance_list_write_xlsx:
 * @self: a list
 * @path: the workbook to write
 * @error: where to put why it could not be written
 *
 * See the top of this file for the sheets.
 *
 * Returns: whether the file was written
 */
gboolean
skup_attendance_list_write_xlsx (SkupAttendanceList *self,
                                 const char         *path,
                                 GError            **error)
{
  SkupXlsx *book = skup_xlsx_new (path, error);

  if (book == NULL)
    return FALSE;
  if (self->events->len == 1)
    {
      write_event_summary (self, book);
      for (guint s = 0; s < self->sessions->len; s++)
        write_session_sheet (self, book, s);
    }
  else
    {
      write_combined_summary (self, book);
      write_events_sheet (self, book);
    }
  /* Closing frees the workbook, written or not. */
  return skup_xlsx_close (book, error);
}
