/* test-store-rules.c — what only the database can check: dates against sessions, rooms in
 * their venue, duplicates, references; and a failed save changes nothing
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-session.h"
#include "store-fixture.h"

#define PREFIX "/skup/store"

/* ---- Dates and places --------------------------------------------------------------------- */

static void
test_event_shorten_fails (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Workshop for Policy Makers", "2019-05-20",
                                           "2019-05-22");
  g_autoptr(SkupRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  /* The last day has a session (and could have attendance): say so instead of losing it, with
   * the day written as the window writes dates. */
  skup_record_set_string (event, "end-date", "2019-05-21");
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "end-date");
  g_assert_nonnull (strstr (error->message, "on 22 May 2019,"));
  g_clear_error (&error);

  skup_record_set_string (event, "end-date", "2019-05-22");
  skup_record_set_string (event, "start-date", "2019-05-21");
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "start-date");

  stored = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  g_assert_cmpstr (skup_record_get_string (stored, "start-date"), ==, "2019-05-20");
  g_assert_cmpstr (skup_record_get_string (stored, "end-date"), ==, "2019-05-22");
  g_assert_cmpint (sessions_of (f, skup_record_get_id (event)), ==, 3);
}

static void
test_session_outside_event (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Novi Sad", "2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) session = SKUP_RECORD (skup_session_new ());
  g_autoptr(GError) error = NULL;

  skup_record_set_int (session, "event-id", skup_record_get_id (event));
  skup_record_set_string (session, "date", "2023-05-20");
  g_assert_false (skup_store_save (f->store, session, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "date");
  g_assert_nonnull (strstr (error->message, "(19 May 2023)"));
  g_assert_cmpint (skup_record_get_id (session), ==, 0);
  g_clear_error (&error);

  skup_record_set_string (session, "date", "2023-05-18");
  g_assert_false (skup_store_save (f->store, session, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "date");
  g_assert_cmpint (skup_record_get_id (session), ==, 0);
  g_assert_cmpint (sessions_of (f, skup_record_get_id (event)), ==, 1);
}

static void
test_room_not_in_venue (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) palace = add_venue (f, "Palata Srbija");
  g_autoptr(SkupRecord) opens = add_venue (f, "OPENS");
  g_autoptr(SkupRecord) elsewhere = add_room (f, skup_record_get_id (opens), "Sala OPENS");
  g_autoptr(SkupRecord) event = new_event ("Novi Sad", "2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) session = NULL;
  g_autoptr(GError) error = NULL;

  skup_record_set_int (event, "venue-id", skup_record_get_id (palace));
  skup_record_set_int (event, "room-id", skup_record_get_id (elsewhere));
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "room-id");
  g_clear_error (&error);

  skup_record_set_int (event, "room-id", 0);
  save_ok (f, event);
  session = load_ok (f, SKUP_TYPE_SESSION, session_on (f, skup_record_get_id (event),
                                                         "2023-05-19"));
  skup_record_set_int (session, "room-id", skup_record_get_id (elsewhere));
  g_assert_false (skup_store_save (f->store, session, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "room-id");
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM sessions WHERE room_id IS NOT NULL",
                            0), ==, 0);
}

/* ---- Duplicates and references ----------------------------------------------------------- */

static void
test_registration_duplicate (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Novi Sad", "2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  g_autoptr(GError) error = NULL;
  gint64 id = -1;

  add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  g_assert_false (skup_store_register (f->store, skup_record_get_id (event),
                                       skup_record_get_id (person), "trainer", NULL, &id, &error));
  assert_field_error (error, SKUP_ERROR_DUPLICATE, "person-id");
  g_assert_cmpint (id, ==, -1);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 1);
}

static void
test_event_organisation_duplicate (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Eliminate Violence", "2023-12-08", "2023-12-08");
  g_autoptr(SkupRecord) dpnsee = add_organisation (f, "DPNSEE");
  gint64 e = skup_record_get_id (event), o = skup_record_get_id (dpnsee);
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_add_event_organisation (f->store, e, o, "organiser", NULL));
  g_assert_false (skup_store_add_event_organisation (f->store, e, o, "organiser", &error));
  assert_field_error (error, SKUP_ERROR_DUPLICATE, "organisation-id");
  /* The same organisation may also have another role. */
  g_assert_true (skup_store_add_event_organisation (f->store, e, o, "donor", NULL));
  g_assert_cmpint (count_rows (f, "event_organisations"), ==, 2);
}

static void
assert_organisation_refused (Fixture    *f,
                             const char *name)
{
  g_autoptr(SkupRecord) organisation = SKUP_RECORD (skup_organisation_new ());
  g_autoptr(GError) error = NULL;

  skup_record_set_string (organisation, "name", name);
  g_assert_false (skup_store_save (f->store, organisation, &error));
  assert_field_error (error, SKUP_ERROR_DUPLICATE, "name");
  g_assert_cmpint (skup_record_get_id (organisation), ==, 0);
}

static void
test_organisation_name_unique (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SkupRecord) dpnsee = add_organisation (f, "DPNSEE");
  g_autoptr(SkupRecord) prevent = add_organisation (f, "Prevent");
  g_autoptr(SkupRecord) timok = add_organisation (f, "Timočki omladinski centar");
  g_autoptr(GError) error = NULL;

  assert_organisation_refused (f, "dpnsee");
  assert_organisation_refused (f, "Превент");
  assert_organisation_refused (f, "TIMOCKI OMLADINSKI CENTAR");
  g_assert_cmpint (count_rows (f, "organisations"), ==, 3);

  /* Saving an organisation again is not a clash with itself; renaming onto another is. */
  skup_record_set_string (prevent, "name", "PREVENT");
  save_ok (f, prevent);
  skup_record_set_string (prevent, "name", "ДПНСЕЕ");
  g_assert_false (skup_store_save (f->store, prevent, &error));
  assert_field_error (error, SKUP_ERROR_DUPLICATE, "name");
}

static void
test_reference_missing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(SkupRecord) event = new_event ("Novi Sad", "2023-05-19", "2023-05-19");
  g_autoptr(GError) error = NULL;

  skup_record_set_string (person, "given-name", "Irena");
  skup_record_set_string (person, "family-name", "Molnar");
  skup_record_set_int (person, "organisation-id", 999);
  g_assert_false (skup_store_save (f->store, person, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "organisation-id");
  g_clear_error (&error);

  skup_record_set_int (event, "project-id", 41);
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "project-id");
  g_clear_error (&error);

  g_assert_false (skup_store_register (f->store, 7, 8, NULL, NULL, NULL, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "event-id");
  g_assert_cmpint (count_rows (f, "people") + count_rows (f, "events")
                   + count_rows (f, "registrations"), ==, 0);
}

/* ---- Failed saves ------------------------------------------------------------------------ */

static void
test_failed_update_changes_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  g_autoptr(SkupRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  skup_record_set_string (person, "city", "Novi Sad");
  skup_record_set_string (person, "email", "irena@");
  g_assert_false (skup_store_save (f->store, person, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "email");

  stored = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (person));
  g_assert_null (skup_record_get_string (stored, "city"));
  g_assert_null (skup_record_get_string (stored, "email"));
}

/* Makes every insert into sessions fail, as a full disk would. Triggers are the one piece of
 * SQL here the engines write differently. */
static void
refuse_sessions (Fixture *f)
{
  if (fixture_engine (f) == SKUP_DB_SQLITE)
    sql_exec (db_of (f), "CREATE TEMP TRIGGER refuse_sessions BEFORE INSERT ON sessions "
                         "BEGIN SELECT RAISE (ABORT, 'disk full'); END");
  else
    sql_exec (db_of (f), "CREATE FUNCTION refuse_sessions () RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;"
                         "CREATE TRIGGER refuse_sessions BEFORE INSERT ON sessions "
                         "FOR EACH ROW EXECUTE FUNCTION refuse_sessions ()");
}

static void
accept_sessions (Fixture *f)
{
  if (fixture_engine (f) == SKUP_DB_SQLITE)
    sql_exec (db_of (f), "DROP TRIGGER refuse_sessions");
  else
    sql_exec (db_of (f), "DROP TRIGGER refuse_sessions ON sessions;"
                         "DROP FUNCTION refuse_sessions ()");
}

static void
test_failed_insert_rolls_back (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SkupRecord) event = new_event ("Women and Drugs", "2023-05-19", "2023-05-21");
  g_autoptr(GError) error = NULL;
  SkupQuery query = { .search = "women" };

  /* The event row is written before its sessions; make the sessions fail and the whole save
   * must be undone. */
  refuse_sessions (f);
  g_assert_false (skup_store_save (f->store, event, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (skup_record_get_id (event), ==, 0);
  g_assert_cmpint (count_rows (f, "events"), ==, 0);
  g_assert_cmpint (count_rows (f, "sessions"), ==, 0);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_EVENT, &query, NULL), ==, 0);

  /* The store is still usable. */
  accept_sessions (f);
  save_ok (f, event);
  g_assert_cmpint (count_rows (f, "sessions"), ==, 3);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_EVENT, &query, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "event-shorten-fails", test_event_shorten_fails);
  fixture_add (PREFIX, "session-outside-event", test_session_outside_event);
  fixture_add (PREFIX, "room-not-in-venue", test_room_not_in_venue);
  fixture_add (PREFIX, "registration-duplicate", test_registration_duplicate);
  fixture_add (PREFIX, "event-organisation-duplicate", test_event_organisation_duplicate);
  fixture_add (PREFIX, "organisation-name-unique", test_organisation_name_unique);
  fixture_add (PREFIX, "reference-missing", test_reference_missing);
  fixture_add (PREFIX, "failed-update-changes-nothing", test_failed_update_changes_nothing);
  fixture_add (PREFIX, "failed-insert-rolls-back", test_failed_insert_rolls_back);

  return g_test_run ();
}
