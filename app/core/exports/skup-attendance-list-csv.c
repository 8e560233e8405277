/* skup-attendance-list-csv.c — the attendance list as one CSV table
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One header row, then a row a person: the chosen details, a mark a session (empty where
 * none was taken, or the person was not registered for that session's event) and the
 * attendance % as a number (66.7), so a spreadsheet can sort and sum it.
 */

#include "config.h"

#include <math.h>

#include "skup-attendance-list.h"

static void
write_header (SkupAttendanceList *self,
              SkupCsvWriter      *csv)
{
  SkupListColumns columns = self->options.columns;

  for (guint bit = 0; bit < SKUP_LIST_N_COLUMNS; bit++)
    {
      SkupListColumns column = 1 << bit;

      if (!(columns & column))
        continue;
      if (column == SKUP_LIST_SESSIONS)
        for (guint s = 0; s < self->sessions->len; s++)
          {
            g_autofree char *title = skup_attendance_list_dup_session_title (self, s);

            skup_csv_writer_add_text (csv, title);
          }
      else
        skup_csv_writer_add_text (csv, skup_list_column_title (column));
    }
  skup_csv_writer_end_row (csv);
}

static void
write_person (SkupAttendanceList   *self,
              SkupCsvWriter        *csv,
              const SkupListPerson *person)
{
  SkupListColumns columns = self->options.columns;

  for (guint bit = 0; bit < SKUP_LIST_N_COLUMNS; bit++)
    {
      SkupListColumns column = 1 << bit;

      if (!(columns & column))
        continue;
      if (column == SKUP_LIST_SESSIONS)
        for (guint s = 0; s < self->sessions->len; s++)
          skup_csv_writer_add_text (csv, skup_list_mark_label (person->marks[s]));
      else if (column == SKUP_LIST_RATE)
        /* A percentage with one decimal: 2 of 3 sessions is 66.7. */
        skup_csv_writer_add_number (csv, round (skup_list_person_get_rate (person) * 1000) / 10);
      else
        skup_csv_writer_add_text (csv, skup_list_person_get_detail (person, column));
    }
  skup_csv_writer_end_row (csv);
}

static SkupCsvWriter *
write_all (SkupAttendanceList *self,
           SkupCsvDialect      dialect)
{
  SkupCsvWriter *csv = skup_csv_writer_new (dialect);

  write_header (self, csv);
  for (guint i = 0; i < self->people->len; i++)
    write_person (self, csv, g_ptr_array_index (self->people, i));
  return csv;
}

/**
 * skup_attendance_list_to_csv:
 * @self: a list
 * @dialect: RFC 4180, or Excel's (BOM, `;`, decimal comma)
 *
 * Returns: (transfer full): the whole file's text
 */
char *
skup_attendance_list_to_csv (SkupAttendanceList *self,
                             SkupCsvDialect      dialect)
{
  g_autoptr(SkupCsvWriter) csv = write_all (self, dialect);

  return skup_csv_writer_steal_text (csv);
}

gboolean
skup_attendance_list_write_csv (SkupAttendanceList *self,
                                SkupCsvDialect      dialect,
                                const char         *path,
                                GError            **error)
{
  g_autoptr(SkupCsvWriter) csv = write_all (self, dialect);

  return skup_csv_writer_write_file (csv, path, error);
}
