/* test-store-events.c — an event's organisers, registrations and attendance
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "skup-attendance.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-registration.h"
#include "skup-session.h"
#include "store-fixture.h"

#define PREFIX "/skup/store"

static void
test_crud_event_organisation (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Eliminate Violence", "2023-12-08", "2023-12-08");
  g_autoptr(SkupRecord) dpnsee = add_organisation (f, "DPNSEE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(SkupRecord) link = NULL;
  g_autoptr(SkupRecord) organisation = NULL;
  SkupQuery query = { .filter_field = "event-id", .filter_value = skup_record_get_id (event) };

  g_assert_true (skup_store_add_event_organisation (f->store, skup_record_get_id (event),
                                                    skup_record_get_id (dpnsee), "organiser",
                                                    &error));
  g_assert_no_error (error);
  links = skup_store_list (f->store, SKUP_TYPE_EVENT_ORGANISATION, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);
  link = g_list_model_get_item (links, 0);
  g_assert_cmpstr (skup_record_get_string (link, "role"), ==, "organiser");
  g_assert_cmpstr (skup_record_get_string (link, "organisation-name"), ==, "DPNSEE");
  organisation = load_ok (f, SKUP_TYPE_ORGANISATION, skup_record_get_id (dpnsee));
  g_assert_cmpint (skup_record_get_int (organisation, "events-count"), ==, 1);

  assert_update_persists (f, link, "role", "partner", "partner");
  delete_ok (f, link, NULL);
  g_assert_cmpint (count_rows (f, "event_organisations"), ==, 0);
}

static void
test_crud_registration (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Quality Assurance", "2023-03-06", "2023-03-08");
  g_autoptr(SkupRecord) person = add_person (f, "Victor Anthony", "Capoccia");
  g_autoptr(SkupRecord) loaded = NULL;
  g_autoptr(SkupRecord) event_now = NULL;
  gint64 id = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));

  loaded = load_ok (f, SKUP_TYPE_REGISTRATION, id);
  g_assert_cmpint (skup_record_get_int (loaded, "person-id"), ==, skup_record_get_id (person));
  g_assert_cmpstr (skup_record_get_string (loaded, "role"), ==, "participant");
  g_assert_cmpstr (skup_record_get_string (loaded, "status"), ==, "registered");
  g_assert_cmpstr (skup_record_get_string (loaded, "person-name"), ==, "Victor Anthony Capoccia");
  g_assert_cmpstr (skup_record_get_string (loaded, "event-title"), ==, "Quality Assurance");
  event_now = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  g_assert_cmpint (skup_record_get_int (event_now, "registered-count"), ==, 1);

  assert_update_persists (f, loaded, "role", "trainer", "trainer");
  delete_ok (f, loaded, NULL);
  g_assert_cmpint (count_rows (f, "people"), ==, 1);
}

static SkupRecord *
first_attendance (Fixture *f,
                  gint64   registration_id)
{
  SkupQuery query = { .filter_field = "registration-id", .filter_value = registration_id };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = skup_store_list (f->store, SKUP_TYPE_ATTENDANCE, &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  return g_list_model_get_item (list, 0);
}

static void
test_crud_attendance (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Women and Drugs", "2023-05-21", "2023-05-21");
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  gint64 reg = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  gint64 session = session_on (f, skup_record_get_id (event), "2023-05-21");
  g_autoptr(SkupRecord) first = NULL, second = NULL, event_now = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_set_attendance (f->store, reg, session, "late", "09:40", &error));
  g_assert_no_error (error);
  first = first_attendance (f, reg);
  g_assert_cmpint (skup_record_get_int (first, "session-id"), ==, session);
  g_assert_cmpstr (skup_record_get_string (first, "status"), ==, "late");
  g_assert_cmpstr (skup_record_get_string (first, "check-in-time"), ==, "09:40");
  event_now = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  g_assert_cmpint (skup_record_get_int (event_now, "attended-count"), ==, 1);

  /* Recording again replaces what was there. */
  attend (f, reg, session, "absent");
  second = first_attendance (f, reg);
  g_assert_cmpint (skup_record_get_id (second), ==, skup_record_get_id (first));
  g_assert_cmpstr (skup_record_get_string (second, "status"), ==, "absent");
  g_assert_null (skup_record_get_string (second, "check-in-time"));

  delete_ok (f, second, NULL);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 0);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 1);
}

/* What a person's history shows: of the event's sessions, how many were taken and how many
 * attended (late and left early count as attended, absent and excused do not). */
static void
test_registration_attendance_counts (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Quality Assurance", "2023-11-28", "2023-11-30");
  g_autoptr(SkupRecord) person = add_person (f, "Thomas", "Clausen");
  gint64 reg = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  gint64 event_id = skup_record_get_id (event);
  g_autoptr(SkupRecord) before = load_ok (f, SKUP_TYPE_REGISTRATION, reg);
  g_autoptr(SkupRecord) after = NULL;

  g_assert_cmpint (skup_record_get_int (before, "sessions-total"), ==, 3);
  g_assert_cmpint (skup_record_get_int (before, "sessions-marked"), ==, 0);
  g_assert_cmpint (skup_record_get_int (before, "sessions-attended"), ==, 0);

  attend (f, reg, session_on (f, event_id, "2023-11-28"), "late");
  attend (f, reg, session_on (f, event_id, "2023-11-29"), "left-early");
  attend (f, reg, session_on (f, event_id, "2023-11-30"), "excused");
  after = load_ok (f, SKUP_TYPE_REGISTRATION, reg);
  g_assert_cmpint (skup_record_get_int (after, "sessions-total"), ==, 3);
  g_assert_cmpint (skup_record_get_int (after, "sessions-marked"), ==, 3);
  g_assert_cmpint (skup_record_get_int (after, "sessions-attended"), ==, 2);
}

static void
test_attendance_wrong_event (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupRecord) novi_sad = add_event (f, "Novi Sad", "2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) nis = add_event (f, "Niš", "2023-05-21", "2023-05-21");
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  gint64 reg = add_registration (f, skup_record_get_id (novi_sad), skup_record_get_id (person));
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_store_set_attendance (f->store, reg,
                                             session_on (f, skup_record_get_id (nis), "2023-05-21"),
                                             "present", NULL, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "session-id");
  g_clear_error (&error);
  g_assert_false (skup_store_set_attendance (f->store, reg,
                                             session_on (f, skup_record_get_id (novi_sad),
                                                         "2023-05-19"),
                                             "sleeping", NULL, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "status");
  g_assert_cmpint (count_rows (f, "attendance"), ==, 0);
}

/* A four-day workshop, 27–30 November, with two participants marked on the last two days. */
static SkupRecord *
add_marked_workshop (Fixture *f,
                     gint64  *out_reg)
{
  SkupRecord *event = add_event (f, "Women, Violence", "2023-11-27", "2023-11-30");
  g_autoptr(SkupRecord) irena = add_person (f, "Irena", "Molnar");
  g_autoptr(SkupRecord) stefan = add_person (f, "Stefan", "Pejić");
  gint64 id = skup_record_get_id (event);
  gint64 a = add_registration (f, id, skup_record_get_id (irena));
  gint64 b = add_registration (f, id, skup_record_get_id (stefan));

  attend (f, a, session_on (f, id, "2023-11-29"), "present");
  attend (f, b, session_on (f, id, "2023-11-29"), "late");
  attend (f, a, session_on (f, id, "2023-11-30"), "present");
  attend (f, a, session_on (f, id, "2023-11-27"), "present");
  *out_reg = a;
  return event;
}

static SkupEventDatesPlan *
plan_dates_ok (Fixture    *f,
               SkupRecord *event)
{
  g_autoptr(GError) error = NULL;
  SkupEventDatesPlan *plan = NULL;

  g_assert_true (skup_store_plan_event_dates (f->store, event, &plan, &error));
  g_assert_no_error (error);
  return plan;
}

/* Every attendance row as stored, to see that Undo puts back the very rows. */
static char *
attendance_rows (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (db_of (f), "SELECT id, session_id, status, updated_at FROM attendance "
                                "ORDER BY id", &error);
  GString *rows = g_string_new (NULL);

  g_assert_no_error (error);
  while (skup_stmt_step (stmt, &error) == SKUP_STEP_ROW)
    g_string_append_printf (rows, "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s:%s,",
                            skup_stmt_column_int (stmt, 0), skup_stmt_column_int (stmt, 1),
                            skup_stmt_column_text (stmt, 2), skup_stmt_column_text (stmt, 3));
  g_assert_no_error (error);
  return g_string_free (rows, FALSE);
}

static void
test_shorten_event (Fixture       *f,
                    gconstpointer  data)
{
  gint64 reg;
  g_autoptr(SkupRecord) event = add_marked_workshop (f, &reg);
  gint64 id = skup_record_get_id (event);
  gint64 on_29 = session_on (f, id, "2023-11-29");
  g_autofree char *marks_before = attendance_rows (f);
  g_autoptr(SkupEventDatesPlan) plan = NULL;
  g_autoptr(SkupEventDatesUndo) undo = NULL;
  g_autoptr(SkupRecord) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *marks_after = NULL;

  skup_record_set_string (event, "end-date", "2023-11-28");
  plan = plan_dates_ok (f, event);
  g_assert_cmpuint (plan->session_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (plan->session_ids, gint64, 0), ==, on_29);
  g_assert_cmpuint (plan->session_dates->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (plan->session_dates, 1), ==, "2023-11-30");
  g_assert_cmpuint (plan->n_marks, ==, 3);
  g_assert_cmpuint (plan->n_added, ==, 0);

  /* A plain save still refuses: only the save that was shown the plan removes anything. */
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "end-date");
  g_clear_error (&error);

  g_assert_true (skup_store_save_event_dates (f->store, event, plan, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sessions_of (f, id), ==, 2);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 1);
  saved = load_ok (f, SKUP_TYPE_EVENT, id);
  g_assert_cmpstr (skup_record_get_string (saved, "end-date"), ==, "2023-11-28");

  g_assert_true (skup_store_undo_event_dates (f->store, undo, &error));
  g_assert_no_error (error);
  g_clear_object (&saved);
  saved = load_ok (f, SKUP_TYPE_EVENT, id);
  g_assert_cmpstr (skup_record_get_string (saved, "end-date"), ==, "2023-11-30");
  g_assert_cmpint (sessions_of (f, id), ==, 4);
  g_assert_cmpint (session_on (f, id, "2023-11-29"), ==, on_29);
  /* The very rows come back: ids, statuses and stamps. */
  marks_after = attendance_rows (f);
  g_assert_cmpstr (marks_after, ==, marks_before);
}

static void
test_move_event_undo (Fixture       *f,
                      gconstpointer  data)
{
  gint64 reg;
  g_autoptr(SkupRecord) event = add_marked_workshop (f, &reg);
  gint64 id = skup_record_get_id (event);
  g_autoptr(SkupEventDatesPlan) plan = NULL;
  g_autoptr(SkupEventDatesUndo) undo = NULL;
  g_autoptr(SkupRecord) saved = NULL;
  g_autoptr(GError) error = NULL;

  /* Two days later: the 27th and 28th go, 1 and 2 December come. */
  skup_record_set_string (event, "start-date", "2023-11-29");
  skup_record_set_string (event, "end-date", "2023-12-02");
  plan = plan_dates_ok (f, event);
  g_assert_cmpuint (plan->session_ids->len, ==, 2);
  g_assert_cmpuint (plan->n_marks, ==, 1);
  g_assert_cmpuint (plan->n_added, ==, 2);
  g_assert_true (skup_store_save_event_dates (f->store, event, plan, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sessions_of (f, id), ==, 4);
  g_assert_cmpint (session_on (f, id, "2023-12-02"), >, 0);

  g_assert_true (skup_store_undo_event_dates (f->store, undo, &error));
  g_assert_no_error (error);
  saved = load_ok (f, SKUP_TYPE_EVENT, id);
  g_assert_cmpstr (skup_record_get_string (saved, "start-date"), ==, "2023-11-27");
  g_assert_cmpint (sessions_of (f, id), ==, 4);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM sessions WHERE event_id = ?1 "
                                       "AND date > '2023-11-30'", id), ==, 0);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 4);
}

static void
test_shorten_event_outdated_plan (Fixture       *f,
                                  gconstpointer  data)
{
  gint64 reg;
  g_autoptr(SkupRecord) event = add_marked_workshop (f, &reg);
  g_autoptr(SkupRecord) extra = skup_record_new_for_type (SKUP_TYPE_SESSION);
  g_autoptr(SkupEventDatesPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) saved = NULL;

  skup_record_set_string (event, "end-date", "2023-11-28");
  plan = plan_dates_ok (f, event);
  /* Someone adds an afternoon session on the 30th after the user saw the plan. */
  skup_record_set_int (extra, "event-id", skup_record_get_id (event));
  skup_record_set_string (extra, "date", "2023-11-30");
  save_ok (f, extra);

  g_assert_false (skup_store_save_event_dates (f->store, event, plan, NULL, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE);
  g_assert_cmpint (sessions_of (f, skup_record_get_id (event)), ==, 5);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 4);
  saved = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  g_assert_cmpstr (skup_record_get_string (saved, "end-date"), ==, "2023-11-30");
}

static void
test_lengthen_event_plan (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Quality Assurance", "2023-03-06", "2023-03-08");
  g_autoptr(SkupEventDatesPlan) plan = NULL;

  skup_record_set_string (event, "end-date", "2023-03-10");
  plan = plan_dates_ok (f, event);
  g_assert_cmpuint (plan->session_ids->len, ==, 0);
  g_assert_cmpuint (plan->n_added, ==, 2);
  save_ok (f, event);
  g_assert_cmpint (sessions_of (f, skup_record_get_id (event)), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "crud-event-organisation", test_crud_event_organisation);
  fixture_add (PREFIX, "crud-registration", test_crud_registration);
  fixture_add (PREFIX, "crud-attendance", test_crud_attendance);
  fixture_add (PREFIX, "registration-attendance-counts", test_registration_attendance_counts);
  fixture_add (PREFIX, "attendance-wrong-event", test_attendance_wrong_event);
  fixture_add (PREFIX, "shorten-event", test_shorten_event);
  fixture_add (PREFIX, "move-event-undo", test_move_event_undo);
  fixture_add (PREFIX, "shorten-event-outdated-plan", test_shorten_event_outdated_plan);
  fixture_add (PREFIX, "lengthen-event-plan", test_lengthen_event_plan);

  return g_test_run ();
}
