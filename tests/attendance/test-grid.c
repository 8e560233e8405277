/* test-grid.c — the attendance grid and check-in at the door, on both engines
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-attendance-grid.h"
#include "skup-check-in.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-registration.h"
#include "skup-session.h"
#include "store-fixture.h"

typedef struct {
  gint64 event_id;
  gint64 ana, marko, jelena;   /* registrations */
} Workshop;

static gint64
register_person (Fixture    *f,
                 gint64      event_id,
                 const char *given,
                 const char *family,
                 const char *gender)
{
  g_autoptr(SkupRecord) person = add_person (f, given, family);

  skup_record_set_string (person, "gender", gender);
  save_ok (f, person);
  return add_registration (f, event_id, skup_record_get_id (person));
}

/* Three days, three people: Марко in Cyrillic, the others in Latin. */
static void
make_workshop (Fixture  *f,
               Workshop *w,
               const char *start,
               const char *end)
{
  g_autoptr(SkupRecord) event = add_event (f, "Harm reduction", start, end);

  w->event_id = skup_record_get_id (event);
  w->jelena = register_person (f, w->event_id, "Jelena", "Živković", "female");
  w->marko = register_person (f, w->event_id, "Марко", "Марковић", "male");
  w->ana = register_person (f, w->event_id, "Ana", "Antić", "female");
}

static SkupAttendanceGrid *
load_grid (Fixture *f,
           gint64   event_id)
{
  g_autoptr(GError) error = NULL;
  SkupAttendanceGrid *grid = skup_attendance_grid_load (f->store, event_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (grid);
  return grid;
}

static guint
row_of (SkupAttendanceGrid *grid,
        gint64              registration_id)
{
  int row = skup_attendance_grid_find_row (grid, registration_id);

  g_assert_cmpint (row, >=, 0);
  return (guint) row;
}

/* Rows in sheet order across scripts (Antić, Марковић = Markovič, Živković); totals by
 * gender; rates; what is written is what a new grid reads. */
static void
test_grid_marks_and_totals (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  g_autoptr(SkupAttendanceGrid) again = NULL;
  g_autoptr(GError) error = NULL;
  SkupGridTotals totals;
  Workshop w;
  guint ana, marko;

  make_workshop (f, &w, "2026-12-08", "2026-12-10");
  grid = load_grid (f, w.event_id);
  g_assert_cmpuint (skup_attendance_grid_get_n_people (grid), ==, 3);
  g_assert_cmpuint (skup_attendance_grid_get_n_sessions (grid), ==, 3);
  g_assert_cmpstr (skup_attendance_grid_get_person (grid, 0)->name, ==, "Ana Antić");
  g_assert_cmpstr (skup_attendance_grid_get_person (grid, 1)->name, ==, "Марко Марковић");
  g_assert_cmpstr (skup_attendance_grid_get_person (grid, 2)->name, ==, "Jelena Živković");

  ana = row_of (grid, w.ana);
  marko = row_of (grid, w.marko);
  g_assert_true (skup_attendance_grid_set_mark (grid, ana, 0, SKUP_MARK_PRESENT, &error));
  g_assert_true (skup_attendance_grid_set_mark (grid, ana, 1, SKUP_MARK_LATE, &error));
  g_assert_true (skup_attendance_grid_set_mark (grid, ana, 2, SKUP_MARK_ABSENT, &error));
  g_assert_true (skup_attendance_grid_set_mark (grid, marko, 0, SKUP_MARK_LEFT_EARLY, &error));
  g_assert_true (skup_attendance_grid_set_mark (grid, marko, 1, SKUP_MARK_EXCUSED, &error));
  g_assert_no_error (error);

  skup_attendance_grid_get_totals (grid, 0, &totals);
  g_assert_cmpuint (totals.attended, ==, 2);
  g_assert_cmpuint (totals.registered, ==, 3);
  g_assert_cmpuint (totals.women, ==, 1);
  g_assert_cmpuint (totals.men, ==, 1);
  g_assert_cmpuint (totals.other, ==, 0);
  skup_attendance_grid_get_totals (grid, 1, &totals);
  g_assert_cmpuint (totals.attended, ==, 1);
  g_assert_cmpuint (totals.marked, ==, 2);

  /* Present, late and left early count; absent and excused do not. */
  g_assert_cmpuint (skup_attendance_grid_get_attended (grid, ana), ==, 2);
  g_assert_cmpfloat_with_epsilon (skup_attendance_grid_get_rate (grid, ana), 2.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (skup_attendance_grid_get_rate (grid, marko), 1.0 / 3, 1e-9);
  g_assert_cmpuint (skup_attendance_grid_get_marked (grid, marko), ==, 2);

  /* Clearing a cell takes the row out of the database. */
  g_assert_true (skup_attendance_grid_set_mark (grid, marko, 1, SKUP_MARK_NONE, &error));
  g_assert_cmpint (count_rows (f, "attendance"), ==, 4);

  again = load_grid (f, w.event_id);
  g_assert_cmpint (skup_attendance_grid_get_mark (again, row_of (again, w.ana), 1), ==,
                   SKUP_MARK_LATE);
  g_assert_cmpint (skup_attendance_grid_get_mark (again, row_of (again, w.marko), 0), ==,
                   SKUP_MARK_LEFT_EARLY);
  g_assert_cmpint (skup_attendance_grid_get_mark (again, row_of (again, w.marko), 1), ==,
                   SKUP_MARK_NONE);
  /* The registration's own numbers agree with the grid's. */
  {
    g_autoptr(SkupRecord) reg = load_ok (f, SKUP_TYPE_REGISTRATION, w.ana);

    g_assert_cmpint (skup_record_get_int (reg, "sessions-attended"), ==, 2);
    g_assert_cmpint (skup_record_get_int (reg, "sessions-marked"), ==, 3);
  }
}

/* Clicking cycles present → absent → late → left early → excused → none. */
static void
test_mark_cycle (void)
{
  SkupMark mark = SKUP_MARK_NONE;
  const SkupMark expected[] = { SKUP_MARK_PRESENT, SKUP_MARK_ABSENT, SKUP_MARK_LATE,
                                SKUP_MARK_LEFT_EARLY, SKUP_MARK_EXCUSED, SKUP_MARK_NONE };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint ((mark = skup_mark_cycle (mark)), ==, expected[i]);
  g_assert_cmpstr (skup_mark_to_nick (SKUP_MARK_LEFT_EARLY), ==, "left-early");
  g_assert_cmpint (skup_mark_from_nick ("excused"), ==, SKUP_MARK_EXCUSED);
  g_assert_cmpint (skup_mark_from_nick ("maybe"), ==, SKUP_MARK_NONE);
}

/* Everyone not yet marked becomes present; marks already there stay. */
static void
test_mark_all_present (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  g_autoptr(GError) error = NULL;
  SkupGridTotals totals;
  Workshop w;
  guint n = 0;

  make_workshop (f, &w, "2026-12-08", "2026-12-09");
  grid = load_grid (f, w.event_id);
  g_assert_true (skup_attendance_grid_set_mark (grid, row_of (grid, w.jelena), 1,
                                                SKUP_MARK_EXCUSED, &error));
  g_assert_true (skup_attendance_grid_mark_all_present (grid, 1, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  skup_attendance_grid_get_totals (grid, 1, &totals);
  g_assert_cmpuint (totals.attended, ==, 2);
  g_assert_cmpuint (totals.marked, ==, 3);
  g_assert_cmpint (skup_attendance_grid_get_mark (grid, row_of (grid, w.jelena), 1), ==,
                   SKUP_MARK_EXCUSED);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM attendance WHERE status = "
                                       "'present'", 0), ==, 2);
}

/* Removing a day that has attendance says what is lost, and takes it. */
static void
test_remove_session_with_attendance (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  g_autoptr(SkupRecord) session = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GError) error = NULL;
  Workshop w;

  make_workshop (f, &w, "2026-12-08", "2026-12-09");
  grid = load_grid (f, w.event_id);
  g_assert_true (skup_attendance_grid_mark_all_present (grid, 1, NULL, &error));
  session = g_object_ref (skup_attendance_grid_get_session (grid, 1));
  plan = plan_ok (f, session);
  g_assert_cmpuint (plan->len, ==, 1);
  g_assert_cmpstr (((SkupConsequence *) plan->pdata[0])->table, ==, "attendance");
  g_assert_cmpuint (((SkupConsequence *) plan->pdata[0])->count, ==, 3);
  g_assert_false (skup_store_delete (f->store, session, NULL, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 3);
  delete_ok (f, session, plan);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 0);
  g_assert_true (skup_attendance_grid_reload (grid, &error));
  g_assert_cmpuint (skup_attendance_grid_get_n_sessions (grid), ==, 1);
}

static SkupCheckIn *
check_in_today (Fixture            *f,
                Workshop           *w,
                SkupAttendanceGrid **out_grid)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GDateTime) yesterday_dt = g_date_time_add_days (now, -1);
  g_autofree char *yesterday = g_date_time_format (yesterday_dt, "%Y-%m-%d");
  SkupAttendanceGrid *grid;

  make_workshop (f, w, yesterday, today);
  grid = *out_grid = load_grid (f, w->event_id);
  g_assert_cmpint (skup_attendance_grid_find_today (grid), ==, 1);
  return skup_check_in_new (grid, 1);
}

/* Typing part of a name in the other script finds the person; Enter checks them in once. */
static void
test_check_in_twice (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  g_autoptr(SkupCheckIn) check_in = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(SkupAttendanceGrid) other = NULL;
  g_autoptr(SkupCheckIn) other_door = NULL;
  Workshop w;
  int row = -1;

  check_in = check_in_today (f, &w, &grid);
  register_person (f, w.event_id, "Anđela", "Antić", "female");
  g_assert_true (skup_attendance_grid_reload (grid, &error));
  found = skup_check_in_find (check_in, "marko mar", 8);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpuint (g_array_index (found, guint, 0), ==, row_of (grid, w.marko));
  g_clear_pointer (&found, g_array_unref);
  found = skup_check_in_find (check_in, "ЖИВ", 8);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpuint (g_array_index (found, guint, 0), ==, row_of (grid, w.jelena));

  g_assert_cmpint (skup_check_in_enter (check_in, "marko mar", &row, &error), ==,
                   SKUP_CHECK_IN_MARKED);
  g_assert_no_error (error);
  g_assert_cmpint (row, ==, (int) row_of (grid, w.marko));
  g_assert_cmpuint (skup_check_in_get_here (check_in), ==, 1);
  g_assert_cmpuint (skup_check_in_get_expected (check_in), ==, 4);
  g_assert_nonnull (skup_attendance_grid_get_time (grid, (guint) row, 1));

  g_assert_cmpint (skup_check_in_enter (check_in, "Марко Марковић", &row, &error), ==,
                   SKUP_CHECK_IN_ALREADY);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_ALREADY);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 1);

  /* A second laptop at the other door, loaded before: it is told too, and nothing changes. */
  other = load_grid (f, w.event_id);
  other_door = skup_check_in_new (other, 1);
  g_assert_true (skup_store_set_marks (f->store,
                                       skup_record_get_id (skup_attendance_grid_get_session (grid, 1)),
                                       &w.ana, 1, SKUP_MARK_PRESENT, "09:01", &error));
  g_assert_cmpint (skup_check_in_enter (other_door, "ana", NULL, &error), ==,
                   SKUP_CHECK_IN_ALREADY);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_ALREADY);
  g_assert_true (g_str_has_suffix (error->message, "09:01."));
  g_clear_error (&error);
  g_assert_cmpuint (skup_check_in_get_here (other_door), ==, 2);

  /* Nobody and several are not checked in. */
  g_assert_cmpint (skup_check_in_enter (check_in, "zoran", NULL, &error), ==,
                   SKUP_CHECK_IN_NO_MATCH);
  g_assert_cmpint (skup_check_in_enter (check_in, "an", NULL, &error), ==,
                   SKUP_CHECK_IN_AMBIGUOUS);
  /* Both are Antić; the whole given name tells them apart. */
  g_assert_cmpint (skup_check_in_enter (check_in, "anđela", NULL, &error), ==,
                   SKUP_CHECK_IN_MARKED);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 3);
}

/* Someone not registered is created, registered and marked at once; undo takes all of it
 * back; an ordinary check-in undone goes back to what the cell held. */
static void
test_walk_in_and_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  g_autoptr(SkupCheckIn) check_in = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *given = NULL, *family = NULL, *name = NULL;
  gint64 people_before;
  Workshop w;
  int row;

  check_in = check_in_today (f, &w, &grid);
  people_before = count_rows (f, "people");
  g_assert_true (skup_check_in_split_name ("  Ana Marija Petrović ", &given, &family));
  g_assert_cmpstr (given, ==, "Ana Marija");
  g_assert_cmpstr (family, ==, "Petrović");
  g_clear_pointer (&given, g_free);
  g_clear_pointer (&family, g_free);
  g_assert_false (skup_check_in_split_name ("Petrović", &given, &family));

  row = skup_check_in_walk_in (check_in, "Stefan", "Pejić", &error);
  g_assert_no_error (error);
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpstr (skup_attendance_grid_get_person (grid, (guint) row)->name, ==,
                   "Stefan Pejić");
  g_assert_cmpint (skup_attendance_grid_get_mark (grid, (guint) row, 1), ==, SKUP_MARK_PRESENT);
  g_assert_cmpuint (skup_check_in_get_here (check_in), ==, 1);
  g_assert_cmpuint (skup_check_in_get_expected (check_in), ==, 4);
  g_assert_cmpint (count_rows (f, "people"), ==, people_before + 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM attendance a JOIN registrations r "
                                       "ON r.id = a.registration_id WHERE r.event_id = ?1",
                            w.event_id), ==, 1);
  /* The walk-in is found by search from now on, in the other script too. */
  {
    g_autoptr(GArray) found = skup_check_in_find (check_in, "пеј", 8);

    g_assert_cmpuint (found->len, ==, 1);
  }

  g_assert_true (skup_check_in_undo (check_in, &name, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Stefan Pejić");
  g_assert_cmpint (count_rows (f, "people"), ==, people_before);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 3);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 0);
  g_assert_cmpuint (skup_check_in_get_expected (check_in), ==, 3);
  g_assert_false (skup_check_in_can_undo (check_in));

  /* An excused person who turns up after all: undo gives the excuse back. */
  g_assert_true (skup_attendance_grid_set_mark (grid, row_of (grid, w.ana), 1, SKUP_MARK_EXCUSED,
                                                &error));
  g_assert_cmpint (skup_check_in_enter (check_in, "ana antic", NULL, &error), ==,
                   SKUP_CHECK_IN_MARKED);
  g_assert_true (skup_check_in_undo (check_in, NULL, &error));
  g_assert_cmpint (skup_attendance_grid_get_mark (grid, row_of (grid, w.ana), 1), ==,
                   SKUP_MARK_EXCUSED);
  {
    g_autofree char *status = sql_text (db_of (f), "SELECT status FROM attendance WHERE "
                                                   "registration_id = ?1", w.ana);

    g_assert_cmpstr (status, ==, "excused");
  }

  /* A walk-in without a family name is a field error, and nothing is written. */
  g_assert_cmpint (skup_check_in_walk_in (check_in, "Stefan", "", &error), ==, -1);
  assert_field_error (error, SKUP_ERROR_INVALID, "family-name");
  g_assert_cmpint (count_rows (f, "people"), ==, people_before);
}

/* Marks for a registration of another event, or a session that is gone, write nothing. */
static void
test_marks_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Workshop w, other;
  gint64 ids[2];
  gint64 session;

  make_workshop (f, &w, "2026-12-08", "2026-12-08");
  make_workshop (f, &other, "2026-12-15", "2026-12-15");
  session = session_on (f, w.event_id, "2026-12-08");
  ids[0] = w.ana;
  ids[1] = other.ana;
  g_assert_false (skup_store_set_marks (f->store, session, ids, 2, SKUP_MARK_PRESENT, NULL,
                                        &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "session-id");
  g_clear_error (&error);
  g_assert_false (skup_store_set_marks (f->store, 9999, ids, 1, SKUP_MARK_PRESENT, NULL,
                                        &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "session-id");
  g_clear_error (&error);
  g_assert_false (skup_store_check_in (f->store, w.ana, session, "9:99", &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "check-in-time");
  g_assert_cmpint (count_rows (f, "attendance"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/attendance/mark-cycle", test_mark_cycle);
  fixture_add ("/skup/attendance", "grid-marks-and-totals", test_grid_marks_and_totals);
  fixture_add ("/skup/attendance", "mark-all-present", test_mark_all_present);
  fixture_add ("/skup/attendance", "remove-session-with-attendance",
               test_remove_session_with_attendance);
  fixture_add ("/skup/attendance", "check-in-twice", test_check_in_twice);
  fixture_add ("/skup/attendance", "walk-in-and-undo", test_walk_in_and_undo);
  fixture_add ("/skup/attendance", "marks-refused", test_marks_refused);

  return g_test_run ();
}
