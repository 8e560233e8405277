/* test-attendance-list.c — the attendance list read, and written as CSV, XLSX and PDF
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture's right answers were counted by hand:
 *   Harm reduction, 20–22 May 2026, three sessions (a day each):
 *     Ana Antić          present, late, absent        2 of 3  66.7 %
 *     Đorđe Jovanovic    left early, excused, —       1 of 3  33.3 %  (own Cyrillic spelling)
 *     Марко Марковић     present ×3 (a trainer)       3 of 3   100 %
 *     Zoran Zec          cancelled: never listed
 *   present per session: 3, 2, 1
 *   Follow-up, 10 June 2026 (same project): Ana present.  Other, 1 September: Ana absent.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "exports/skup-attendance-list.h"
#include "skup-error.h"
#include "skup-event-organisation.h"
#include "skup-project.h"
#include "skup-session.h"
#include "store-fixture.h"

typedef struct {
  gint64 event, follow_up, other, project;
  gint64 sessions[3];
} Register;

static gint64
register_person (Fixture    *f,
                 gint64      event_id,
                 SkupRecord *person)
{
  save_ok (f, person);
  return add_registration (f, event_id, skup_record_get_id (person));
}

static SkupRecord *
new_person (Fixture    *f,
            const char *given,
            const char *family)
{
  return add_person (f, given, family);
}

static void
add_organiser (Fixture *f,
               gint64   event_id,
               gint64   organisation_id)
{
  g_autoptr(SkupRecord) link = SKUP_RECORD (g_object_new (SKUP_TYPE_EVENT_ORGANISATION, NULL));

  skup_record_set_int (link, "event-id", event_id);
  skup_record_set_int (link, "organisation-id", organisation_id);
  skup_record_set_string (link, "role", "organiser");
  save_ok (f, link);
}

static gint64
add_project_event (Fixture    *f,
                   gint64      project_id,
                   const char *title,
                   const char *start,
                   const char *end)
{
  g_autoptr(SkupRecord) event = new_event (title, start, end);

  if (project_id > 0)
    skup_record_set_int (event, "project-id", project_id);
  skup_record_set_string (event, "city", "Niš");
  save_ok (f, event);
  return skup_record_get_id (event);
}

static void
make_register (Fixture  *f,
               Register *r)
{
  g_autoptr(SkupRecord) project = SKUP_RECORD (g_object_new (SKUP_TYPE_PROJECT, NULL));
  g_autoptr(SkupRecord) centre = add_organisation (f, "Centar Sigurnost");
  g_autoptr(SkupRecord) ana = new_person (f, "Ana", "Antić");
  g_autoptr(SkupRecord) djordje = new_person (f, "Đorđe", "Jovanovic");
  g_autoptr(SkupRecord) marko = new_person (f, "Марко", "Марковић");
  g_autoptr(SkupRecord) zoran = new_person (f, "Zoran", "Zec");
  g_autoptr(GError) error = NULL;
  const char *days[] = { "2026-05-20", "2026-05-21", "2026-05-22" };
  gint64 ana_reg, djordje_reg, marko_reg, zoran_reg;

  skup_record_set_string (project, "name", "Zdravlje");
  save_ok (f, project);
  r->project = skup_record_get_id (project);
  skup_record_set_string (centre, "sector", "civil-society");
  save_ok (f, centre);
  r->event = add_project_event (f, r->project, "Harm reduction", days[0], days[2]);
  r->follow_up = add_project_event (f, r->project, "Follow-up", "2026-06-10", "2026-06-10");
  r->other = add_project_event (f, 0, "Other", "2026-09-01", "2026-09-01");
  add_organiser (f, r->event, skup_record_get_id (centre));
  for (guint i = 0; i < 3; i++)
    r->sessions[i] = session_on (f, r->event, days[i]);

  skup_record_set_int (ana, "organisation-id", skup_record_get_id (centre));
  skup_record_set_string (ana, "position", "Nurse");
  skup_record_set_string (ana, "city", "Beograd");
  skup_record_set_string (ana, "gender", "female");
  skup_record_set_string (ana, "email", "ana@example.org");
  skup_record_set_string (ana, "phone", "+381 11 123");
  skup_record_set_string (ana, "licence-number", "L-123");
  ana_reg = register_person (f, r->event, ana);
  skup_record_set_string (djordje, "other-script-name", "Ђорђе Јовановић");
  djordje_reg = register_person (f, r->event, djordje);
  marko_reg = register_person (f, r->event, marko);
  g_assert_true (skup_store_set_registration_role (f->store, marko_reg, "trainer", &error));
  zoran_reg = register_person (f, r->event, zoran);
  g_assert_true (skup_store_set_registration_status (f->store, zoran_reg, "cancelled", NULL,
                                                     &error));
  g_assert_no_error (error);

  attend (f, ana_reg, r->sessions[0], "present");
  attend (f, ana_reg, r->sessions[1], "late");
  attend (f, ana_reg, r->sessions[2], "absent");
  attend (f, djordje_reg, r->sessions[0], "left-early");
  attend (f, djordje_reg, r->sessions[1], "excused");
  for (guint i = 0; i < 3; i++)
    attend (f, marko_reg, r->sessions[i], "present");
  /* A cancelled person's old mark must not bring them back. */
  attend (f, zoran_reg, r->sessions[0], "present");

  attend (f, add_registration (f, r->follow_up, skup_record_get_id (ana)),
          session_on (f, r->follow_up, "2026-06-10"), "present");
  attend (f, add_registration (f, r->other, skup_record_get_id (ana)),
          session_on (f, r->other, "2026-09-01"), "absent");
}

static SkupAttendanceList *
read_ok (Fixture                         *f,
         const SkupAttendanceListOptions *options)
{
  g_autoptr(GError) error = NULL;
  SkupAttendanceList *list = skup_attendance_list_read (f->store, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static const SkupListPerson *
person (SkupAttendanceList *list,
        guint               i)
{
  g_assert_cmpuint (i, <, list->people->len);
  return g_ptr_array_index (list->people, i);
}

static const char *
name_of (SkupAttendanceList *list,
         guint               i)
{
  return skup_list_person_get_detail (person (list, i), SKUP_LIST_NAME);
}

/* Every column, in order, in the RFC 4180 dialect; cancelled Zoran not listed. */
static void
test_every_column (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autofree char *csv = NULL;
  SkupAttendanceListOptions options;
  Register r;

  make_register (f, &r);
  skup_attendance_list_options_init (&options, r.event);
  options.columns = SKUP_LIST_ALL_COLUMNS;
  list = read_ok (f, &options);
  csv = skup_attendance_list_to_csv (list, SKUP_CSV_RFC4180);
  g_assert_cmpstr (csv, ==,
    "Name,Organisation,Sector,Position,City,Gender,Email,Phone,Role,Licence number,"
    "20.05.,21.05.,22.05.,Attendance %\r\n"
    "Ana Antić,Centar Sigurnost,Civil society,Nurse,Beograd,Female,ana@example.org,"
    "\"'+381 11 123\",Participant,L-123,Present,Late,Absent,66.7\r\n"
    "Đorđe Jovanovic,,,,,,,,Participant,,Left early,Excused,,33.3\r\n"
    "Marko Marković,,,,,,,,Trainer,,Present,Present,Present,100\r\n");
}

/* The phone starts with +: the CSV writer's rule neutralises it, quoted; Excel's dialect. */
static void
test_excel_dialect (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autofree char *csv = NULL;
  SkupAttendanceListOptions options;
  Register r;

  make_register (f, &r);
  skup_attendance_list_options_init (&options, r.event);
  options.columns = SKUP_LIST_NAME | SKUP_LIST_PHONE | SKUP_LIST_RATE;
  list = read_ok (f, &options);
  csv = skup_attendance_list_to_csv (list, SKUP_CSV_EXCEL);
  g_assert_true (g_str_has_prefix (csv, SKUP_CSV_BOM "Name;Phone;Attendance %\r\n"));
  g_assert_nonnull (strstr (csv, "Ana Antić;\"'+381 11 123\";66,7\r\n"));
  g_assert_nonnull (strstr (csv, "Đorđe Jovanovic;;33,3\r\n"));
}

/* Attendance % on the hand-counted marks; present per session. */
static void
test_rates (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  SkupAttendanceListOptions options;
  Register r;

  make_register (f, &r);
  skup_attendance_list_options_init (&options, r.event);
  list = read_ok (f, &options);
  g_assert_cmpuint (list->people->len, ==, 3);
  g_assert_cmpuint (list->sessions->len, ==, 3);
  g_assert_cmpuint (person (list, 0)->attended, ==, 2);
  g_assert_cmpuint (person (list, 0)->expected, ==, 3);
  g_assert_cmpfloat_with_epsilon (skup_list_person_get_rate (person (list, 0)), 2.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (skup_list_person_get_rate (person (list, 1)), 1.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (skup_list_person_get_rate (person (list, 2)), 1.0, 1e-9);
  g_assert_cmpuint (skup_attendance_list_count_present (list, 0), ==, 3);
  g_assert_cmpuint (skup_attendance_list_count_present (list, 1), ==, 2);
  g_assert_cmpuint (skup_attendance_list_count_present (list, 2), ==, 1);
  g_assert_cmpint (person (list, 1)->marks[2], ==, SKUP_MARK_NONE);
}

/* One session: its marks only, the rate of that session. */
static void
test_one_session (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autoptr(GError) error = NULL;
  SkupAttendanceListOptions options;
  Register r;

  make_register (f, &r);
  skup_attendance_list_options_init (&options, r.event);
  options.session_id = r.sessions[1];
  list = read_ok (f, &options);
  g_assert_cmpuint (list->sessions->len, ==, 1);
  g_assert_cmpstr (((SkupListSession *) g_ptr_array_index (list->sessions, 0))->date, ==,
                   "2026-05-21");
  g_assert_cmpuint (list->people->len, ==, 3);
  g_assert_cmpint (person (list, 0)->marks[0], ==, SKUP_MARK_LATE);
  g_assert_cmpfloat_with_epsilon (skup_list_person_get_rate (person (list, 0)), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (skup_list_person_get_rate (person (list, 1)), 0.0, 1e-9);

  /* Another event's session is not this event's. */
  options.session_id = session_on (f, r.follow_up, "2026-06-10");
  g_assert_null (skup_attendance_list_read (f->store, &options, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
}

/* A project's events: Ana once, over four sessions; Marko not expected at the follow-up. */
static void
test_project (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autofree char *csv = NULL;
  SkupAttendanceListOptions options = { .scope = { .kind = SKUP_REPORT_SCOPE_PROJECT },
                                        .columns = SKUP_LIST_NAME | SKUP_LIST_SESSIONS
                                                   | SKUP_LIST_RATE };
  Register r;

  make_register (f, &r);
  options.scope.id = r.project;
  list = read_ok (f, &options);
  g_assert_cmpuint (list->events->len, ==, 2);
  g_assert_cmpuint (list->sessions->len, ==, 4);
  g_assert_cmpuint (list->people->len, ==, 3);
  g_assert_cmpstr (name_of (list, 0), ==, "Ana Antić");
  g_assert_cmpuint (person (list, 0)->expected, ==, 4);
  g_assert_cmpuint (person (list, 0)->attended, ==, 3);
  g_assert_cmpuint (person (list, 2)->expected, ==, 3);
  g_assert_false (skup_list_person_expects (person (list, 2), 3));
  csv = skup_attendance_list_to_csv (list, SKUP_CSV_RFC4180);
  g_assert_true (g_str_has_prefix (csv, "Name,Harm reduction · 20.05.,Harm reduction · 21.05.,"
                                        "Harm reduction · 22.05.,Follow-up · 10.06.,"
                                        "Attendance %\r\nAna Antić,Present,Late,Absent,Present,75\r\n"));
  g_assert_nonnull (strstr (csv, "Marko Marković,Present,Present,Present,,100\r\n"));
}

/* Events overlapping a range: the 22nd overlaps Harm reduction; September is outside. */
static void
test_date_range (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) both = NULL;
  g_autoptr(SkupAttendanceList) june = NULL;
  SkupAttendanceListOptions options = { .scope = { .kind = SKUP_REPORT_SCOPE_RANGE,
                                                   .from = "2026-05-22", .to = "2026-06-30" },
                                        .columns = SKUP_LIST_DEFAULT_COLUMNS };
  Register r;

  make_register (f, &r);
  both = read_ok (f, &options);
  g_assert_cmpuint (both->events->len, ==, 2);
  g_assert_cmpint (((SkupListEvent *) g_ptr_array_index (both->events, 0))->id, ==, r.event);
  g_assert_cmpint (((SkupListEvent *) g_ptr_array_index (both->events, 1))->id, ==, r.follow_up);
  g_strlcpy (options.scope.from, "2026-06-01", sizeof options.scope.from);
  june = read_ok (f, &options);
  g_assert_cmpuint (june->events->len, ==, 1);
  g_assert_cmpuint (june->people->len, ==, 1);
  g_assert_cmpstr (name_of (june, 0), ==, "Ana Antić");
}

/* Cyrillic: Ana transliterated; Đorđe's own spelling (a machine would write Јовановиц);
 * the order is the Cyrillic alphabet's (А, Ј, М). */
static void
test_script (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  SkupAttendanceListOptions options;
  Register r;

  make_register (f, &r);
  skup_attendance_list_options_init (&options, r.event);
  options.cyrillic = TRUE;
  list = read_ok (f, &options);
  g_assert_cmpstr (name_of (list, 0), ==, "Ана Антић");
  g_assert_cmpstr (name_of (list, 1), ==, "Ђорђе Јовановић");
  g_assert_cmpstr (name_of (list, 2), ==, "Марко Марковић");
}

/* A read error is an error, never an empty list. */
static void
test_missing_event (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupAttendanceListOptions options;

  skup_attendance_list_options_init (&options, 4242);
  g_assert_null (skup_attendance_list_read (f->store, &options, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
}

static char *
run_python (const char *script,
            const char *path)
{
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* What openpyxl sees: sheet names, header, real percentages and dates, frozen, filtered. */
static const char *xlsx_script =
  "import sys, datetime, openpyxl\n"
  "wb = openpyxl.load_workbook(sys.argv[1])\n"
  "print(wb.sheetnames)\n"
  "for ws in wb:\n"
  "    print(ws.title, len(ws.title) <= 31, ws.freeze_panes, ws.auto_filter.ref)\n"
  "    print([c.value for c in ws[1]])\n"
  "s = wb['Summary']\n"
  "print(repr(s['F2'].value), s['F2'].number_format, s['F2'].data_type)\n"
  "d = wb.worksheets[2]['C2']\n"
  "print(isinstance(d.value, datetime.datetime), d.value.date())\n";

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) session = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-list-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "list.xlsx", NULL);
  g_autofree char *out = NULL;
  SkupAttendanceListOptions options;
  Register r;

  make_register (f, &r);
  session = load_ok (f, SKUP_TYPE_SESSION, r.sessions[1]);
  skup_record_set_string (session, "title", "Policy: a very long session title [part 2]");
  save_ok (f, session);
  skup_attendance_list_options_init (&options, r.event);
  list = read_ok (f, &options);
  g_assert_true (skup_attendance_list_write_xlsx (list, path, &error));
  g_assert_no_error (error);
  out = run_python (xlsx_script, path);
  g_assert_cmpstr (out, ==,
    "['Summary', '20.05.', '21.05. Policy- a very long sess', '22.05.']\n"
    "Summary True A2 A1:F4\n"
    "['Name', 'Organisation', '20.05.', '21.05.', '22.05.', 'Attendance %']\n"
    "20.05. True A2 A1:D4\n"
    "['Name', 'Organisation', 'Date', 'Attendance']\n"
    "21.05. Policy- a very long sess True A2 A1:D4\n"
    "['Name', 'Organisation', 'Date', 'Attendance']\n"
    "22.05. True A2 A1:D4\n"
    "['Name', 'Organisation', 'Date', 'Attendance']\n"
    "0.6666666666666666 0% n\n"
    "True 2026-05-21\n");
  skup_test_remove_tree (dir);
}

/* A project's workbook: one combined summary, an event a column, and the events' dates. */
static const char *combined_script =
  "import sys, datetime, openpyxl\n"
  "wb = openpyxl.load_workbook(sys.argv[1])\n"
  "print(wb.sheetnames)\n"
  "s = wb['Summary']\n"
  "for row in s.iter_rows(values_only=True):\n"
  "    print(row)\n"
  "print(s['B2'].number_format, s.freeze_panes, s.auto_filter.ref)\n"
  "e = wb['Events']\n"
  "print(type(e['B2'].value).__name__, e['B2'].value.date(), e['E2'].value)\n";

static void
test_xlsx_project (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-list-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "project.xlsx", NULL);
  g_autofree char *out = NULL;
  SkupAttendanceListOptions options = { .scope = { .kind = SKUP_REPORT_SCOPE_PROJECT },
                                        .columns = SKUP_LIST_NAME | SKUP_LIST_SESSIONS
                                                   | SKUP_LIST_RATE };
  Register r;

  make_register (f, &r);
  options.scope.id = r.project;
  list = read_ok (f, &options);
  g_assert_true (skup_attendance_list_write_xlsx (list, path, &error));
  g_assert_no_error (error);
  out = run_python (combined_script, path);
  g_assert_cmpstr (out, ==,
    "['Summary', 'Events']\n"
    "('Name', 'Harm reduction', 'Follow-up', 'Attendance %')\n"
    "('Ana Antić', 0.6666666666666666, 1, 0.75)\n"
    "('Đorđe Jovanovic', 0.3333333333333333, None, 0.3333333333333333)\n"
    "('Marko Marković', 1, None, 1)\n"
    "0% A2 A1:D4\n"
    "datetime 2026-05-20 3\n");
  skup_test_remove_tree (dir);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* 200 people: several pages, each numbered "Page x of N", the header on each, the totals. */
static void
test_pdf_pages (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-list-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "list.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  g_auto(GStrv) pages = NULL;
  SkupAttendanceListOptions options;
  Register r;
  guint n;

  make_register (f, &r);
  g_assert_true (skup_store_begin (f->store, &error));
  for (guint i = 0; i < 197; i++)
    {
      g_autofree char *family = g_strdup_printf ("Petrović %03u", i);
      g_autoptr(SkupRecord) someone = add_person (f, "Petar", family);

      attend (f, add_registration (f, r.event, skup_record_get_id (someone)), r.sessions[0],
              "present");
    }
  g_assert_true (skup_store_commit (f->store, &error));
  skup_attendance_list_options_init (&options, r.event);
  list = read_ok (f, &options);
  g_assert_cmpuint (list->people->len, ==, 200);
  g_assert_true (skup_attendance_list_write_pdf (list, NULL, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  n = g_strv_length (pages) - 1;   /* pdftotext ends every page with a form feed */
  g_assert_cmpuint (n, >, 3);
  last = g_strdup_printf ("Page %u of %u", n, n);
  for (guint p = 0; p < n; p++)
    {
      g_autofree char *label = g_strdup_printf ("Page %u of %u", p + 1, n);

      g_assert_nonnull (strstr (pages[p], label));
      g_assert_nonnull (strstr (pages[p], "Attendance %"));
      g_assert_nonnull (strstr (pages[p], "Harm reduction"));
    }
  g_assert_nonnull (strstr (pages[0], "Organisers: Centar Sigurnost"));
  /* The totals row: 200 present at the first session, 2 and 1 at the others. */
  g_assert_true (g_regex_match_simple ("Total present +200 +2 +1", pages[n - 1], 0, 0));
  skup_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add ("/skup/attendance-list", "every-column", test_every_column);
  fixture_add ("/skup/attendance-list", "excel-dialect", test_excel_dialect);
  fixture_add ("/skup/attendance-list", "rates", test_rates);
  fixture_add ("/skup/attendance-list", "one-session", test_one_session);
  fixture_add ("/skup/attendance-list", "project", test_project);
  fixture_add ("/skup/attendance-list", "date-range", test_date_range);
  fixture_add ("/skup/attendance-list", "script", test_script);
  fixture_add ("/skup/attendance-list", "missing-event", test_missing_event);
  fixture_add ("/skup/attendance-list", "xlsx", test_xlsx);
  fixture_add ("/skup/attendance-list", "xlsx-project", test_xlsx_project);
  fixture_add ("/skup/attendance-list", "pdf-pages", test_pdf_pages);
  return g_test_run ();
}
