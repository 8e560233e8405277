/* test-store-rows.c — creating, reading and updating every kind of record, and the fields
 * the store computes for them
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-room.h"
#include "skup-session.h"
#include "skup-venue.h"
#include "store-fixture.h"

#define PREFIX "/skup/store"

/* ---- Create, read, update for every kind of record ---------------------------------------- */

static void
test_crud_organisation (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) parent = add_organisation (f, "UNODC");
  g_autoptr(SkupRecord) organisation = SKUP_RECORD (skup_organisation_new ());
  g_autoptr(SkupRecord) loaded = NULL;

  skup_record_set_string (organisation, "name", "UNODC South-Eastern Europe");
  skup_record_set_string (organisation, "short-name", "UNODC SEE");
  skup_record_set_string (organisation, "sector", "international");
  skup_record_set_int (organisation, "parent-id", skup_record_get_id (parent));
  skup_record_set_string (organisation, "city", "Beograd");
  save_ok (f, organisation);
  g_assert_nonnull (skup_record_get_created_at (organisation));
  g_assert_cmpstr (skup_record_get_string (organisation, "parent-name"), ==, "UNODC");

  loaded = load_ok (f, SKUP_TYPE_ORGANISATION, skup_record_get_id (organisation));
  assert_same_fields (organisation, loaded);

  assert_update_persists (f, loaded, "city", "Novi Sad", "Novi Sad");
  delete_ok (f, loaded, NULL);
  g_assert_cmpint (count_rows (f, "organisations"), ==, 1);
}

static void
test_crud_venue (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SkupRecord) venue = SKUP_RECORD (skup_venue_new ());
  g_autoptr(SkupRecord) loaded = NULL;

  skup_record_set_string (venue, "name", "Палата Србија");
  skup_record_set_string (venue, "address", "Булевар Михајла Пупина 2");
  skup_record_set_string (venue, "city", "Београд");
  skup_record_set_int (venue, "capacity", 300);
  save_ok (f, venue);

  loaded = load_ok (f, SKUP_TYPE_VENUE, skup_record_get_id (venue));
  assert_same_fields (venue, loaded);
  g_assert_cmpint (skup_record_get_int (loaded, "capacity"), ==, 300);

  assert_update_persists (f, loaded, "capacity", "250", "250");
  delete_ok (f, loaded, NULL);
}

static void
test_crud_room (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkupRecord) venue = add_venue (f, "OPENS");
  g_autoptr(SkupRecord) room = add_room (f, skup_record_get_id (venue), "Sala 2");
  g_autoptr(SkupRecord) loaded = load_ok (f, SKUP_TYPE_ROOM, skup_record_get_id (room));
  g_autoptr(SkupRecord) venue_now = NULL;

  assert_same_fields (room, loaded);
  g_assert_cmpint (skup_record_get_int (loaded, "venue-id"), ==, skup_record_get_id (venue));
  venue_now = load_ok (f, SKUP_TYPE_VENUE, skup_record_get_id (venue));
  g_assert_cmpint (skup_record_get_int (venue_now, "rooms-count"), ==, 1);

  assert_update_persists (f, loaded, "capacity", "40", "40");
  delete_ok (f, loaded, NULL);
  g_assert_cmpint (count_rows (f, "venues"), ==, 1);
}

static void
test_crud_person (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkupRecord) drugs = add_organisation (f, "Kancelarija za borbu protiv droga");
  g_autoptr(SkupRecord) duga = add_organisation (f, "Duga");
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(SkupRecord) loaded = NULL;
  g_autofree char *duga_id = NULL;

  skup_record_set_string (person, "given-name", "Јелена");
  skup_record_set_string (person, "family-name", "Петровић");
  skup_record_set_string (person, "email", "jelena@example.org");
  skup_record_set_string (person, "gender", "female");
  skup_record_set_string (person, "consent-date", "2023-05-19");
  skup_record_set_bool (person, "photo-consent", TRUE);
  skup_record_set_int (person, "organisation-id", skup_record_get_id (drugs));
  save_ok (f, person);
  g_assert_cmpstr (skup_record_get_string (person, "organisation-name"), ==,
                   "Kancelarija za borbu protiv droga");

  loaded = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (person));
  assert_same_fields (person, loaded);

  /* Computed fields follow the change. */
  duga_id = g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (duga));
  assert_update_persists (f, loaded, "organisation-id", duga_id, duga_id);
  g_assert_cmpstr (skup_record_get_string (loaded, "organisation-name"), ==, "Duga");
  delete_ok (f, loaded, NULL);
}

static void
test_crud_person_sees_renamed_organisation (Fixture       *f,
                                            gconstpointer  data)
{
  g_autoptr(SkupRecord) organisation = add_organisation (f, "Re Generation");
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(SkupRecord) loaded = NULL;

  skup_record_set_string (person, "given-name", "Stefan");
  skup_record_set_string (person, "family-name", "Pejić");
  skup_record_set_int (person, "organisation-id", skup_record_get_id (organisation));
  save_ok (f, person);

  skup_record_set_string (organisation, "name", "ReGeneration");
  save_ok (f, organisation);
  loaded = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (person));
  g_assert_cmpstr (skup_record_get_string (loaded, "organisation-name"), ==, "ReGeneration");
}

static void
test_crud_project (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) donor = add_organisation (f, "UNODC");
  g_autoptr(SkupRecord) project = SKUP_RECORD (skup_project_new ());
  g_autoptr(SkupRecord) loaded = NULL;

  skup_record_set_string (project, "name", "Biram oporavak");
  skup_record_set_string (project, "code", "BO-2021");
  skup_record_set_int (project, "donor-id", skup_record_get_id (donor));
  skup_record_set_string (project, "start-date", "2021-01-01");
  save_ok (f, project);
  g_assert_cmpstr (skup_record_get_string (project, "donor-name"), ==, "UNODC");

  loaded = load_ok (f, SKUP_TYPE_PROJECT, skup_record_get_id (project));
  assert_same_fields (project, loaded);

  assert_update_persists (f, loaded, "end-date", "31.12.2022.", "2022-12-31");
  delete_ok (f, loaded, NULL);
}

static void
test_crud_event (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SkupRecord) venue = add_venue (f, "Palata Srbija");
  g_autoptr(SkupRecord) room = add_room (f, skup_record_get_id (venue), "Sala Srbija");
  g_autoptr(SkupRecord) event = new_event ("Workshop for Policy Makers", "2019-05-20",
                                           "2019-05-22");
  g_autoptr(SkupRecord) loaded = NULL;
  g_autoptr(GPtrArray) plan = NULL;

  skup_record_set_int (event, "venue-id", skup_record_get_id (venue));
  skup_record_set_int (event, "room-id", skup_record_get_id (room));
  skup_record_set_real (event, "credited-hours", 18.5);
  skup_record_set_string (event, "topics", "Prevencija; lečenje");
  save_ok (f, event);
  g_assert_cmpstr (skup_record_get_string (event, "venue-name"), ==, "Palata Srbija");
  g_assert_cmpint (skup_record_get_int (event, "sessions-count"), ==, 3);

  loaded = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  assert_same_fields (event, loaded);
  g_assert_cmpfloat (skup_record_get_real (loaded, "credited-hours"), ==, 18.5);

  assert_update_persists (f, loaded, "status", "held", "held");
  plan = plan_ok (f, loaded);
  delete_ok (f, loaded, plan);
  g_assert_cmpint (count_rows (f, "sessions"), ==, 0);
}

static void
test_crud_session (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Women and Drugs", "2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) session = SKUP_RECORD (skup_session_new ());
  g_autoptr(SkupRecord) loaded = NULL;

  skup_record_set_int (session, "event-id", skup_record_get_id (event));
  skup_record_set_string (session, "date", "2023-05-19");
  skup_record_set_string (session, "start-time", "14:00");
  skup_record_set_string (session, "end-time", "16:30");
  skup_record_set_string (session, "title", "Popodnevni deo");
  save_ok (f, session);
  g_assert_cmpint (sessions_of (f, skup_record_get_id (event)), ==, 2);

  loaded = load_ok (f, SKUP_TYPE_SESSION, skup_record_get_id (session));
  assert_same_fields (session, loaded);

  assert_update_persists (f, loaded, "end-time", "17:00", "17:00");
  delete_ok (f, loaded, NULL);
  g_assert_cmpint (sessions_of (f, skup_record_get_id (event)), ==, 1);
}

/* ---- Events and their days ---------------------------------------------------------------- */

static void
test_event_sessions_per_day (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Workshop for Policy Makers", "2019-05-20",
                                           "2019-05-22");
  g_autoptr(SkupRecord) one_day = add_event (f, "Consultations", "2019-02-25", "2019-02-25");
  gint64 id = skup_record_get_id (event);

  g_assert_cmpint (sessions_of (f, id), ==, 3);
  g_assert_cmpint (session_on (f, id, "2019-05-20"), >, 0);
  g_assert_cmpint (session_on (f, id, "2019-05-21"), >, 0);
  g_assert_cmpint (session_on (f, id, "2019-05-22"), >, 0);
  g_assert_cmpint (sessions_of (f, skup_record_get_id (one_day)), ==, 1);

  /* Saving again adds nothing. */
  skup_record_set_string (event, "city", "Beograd");
  save_ok (f, event);
  g_assert_cmpint (sessions_of (f, id), ==, 3);
}

static void
test_event_lengthen_adds_sessions (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Rome Consensus 2.0 Summit", "2023-05-02",
                                           "2023-05-03");
  gint64 id = skup_record_get_id (event);

  g_assert_cmpint (sessions_of (f, id), ==, 2);
  skup_record_set_string (event, "end-date", "2023-05-05");
  save_ok (f, event);
  g_assert_cmpint (sessions_of (f, id), ==, 4);
  g_assert_cmpint (session_on (f, id, "2023-05-04"), >, 0);
  g_assert_cmpint (session_on (f, id, "2023-05-05"), >, 0);
  g_assert_cmpint (skup_record_get_int (event, "sessions-count"), ==, 4);
}

/* ---- Saving over someone else's change ---------------------------------------------------- */

/* Two organisers edit the same person: the second save would silently undo the first. */
static void
test_stale_update (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) mine = add_person (f, "Irena", "Molnar");
  gint64 id = skup_record_get_id (mine);
  g_autofree char *location = skup_test_engine_second_location (&f->engine);
  g_autoptr(SkupStore) other = skup_store_open (location, &error);
  g_autoptr(SkupRecord) theirs = NULL, stored = NULL;

  g_assert_no_error (error);
  theirs = skup_store_load (other, SKUP_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  skup_record_set_string (theirs, "city", "Zrenjanin");
  g_assert_true (skup_store_save (other, theirs, &error));
  g_assert_no_error (error);

  skup_record_set_string (mine, "city", "Novi Sad");
  g_assert_false (skup_store_save (f->store, mine, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_STALE);
  g_clear_error (&error);
  stored = load_ok (f, SKUP_TYPE_PERSON, id);
  g_assert_cmpstr (skup_record_get_string (stored, "city"), ==, "Zrenjanin");

  /* Reloaded, the change goes in; a row deleted meanwhile is not written back. */
  skup_record_set_string (stored, "city", "Novi Sad");
  save_ok (f, stored);
  g_assert_true (skup_store_delete (other, theirs, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (skup_store_save (f->store, stored, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (f, "people"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "crud-organisation", test_crud_organisation);
  fixture_add (PREFIX, "crud-venue", test_crud_venue);
  fixture_add (PREFIX, "crud-room", test_crud_room);
  fixture_add (PREFIX, "crud-person", test_crud_person);
  fixture_add (PREFIX, "crud-person-sees-renamed-organisation",
               test_crud_person_sees_renamed_organisation);
  fixture_add (PREFIX, "crud-project", test_crud_project);
  fixture_add (PREFIX, "crud-event", test_crud_event);
  fixture_add (PREFIX, "crud-session", test_crud_session);
  fixture_add (PREFIX, "event-sessions-per-day", test_event_sessions_per_day);
  fixture_add (PREFIX, "event-lengthen-adds-sessions", test_event_lengthen_adds_sessions);
  fixture_add (PREFIX, "stale-update", test_stale_update);

  return g_test_run ();
}
