/* test-store-delete.c — deleting: never more than the user was shown, and who hears of it
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

static const SkupConsequence *
find_consequence (GPtrArray  *plan,
                  const char *table)
{
  for (guint i = 0; i < plan->len; i++)
    {
      const SkupConsequence *c = g_ptr_array_index (plan, i);

      g_assert_nonnull (c->description);
      if (g_str_equal (c->table, table))
        return c;
    }
  return NULL;
}

static void
assert_consequence (GPtrArray  *plan,
                    const char *table,
                    guint       n,
                    gboolean    removed)
{
  const SkupConsequence *c = find_consequence (plan, table);

  g_assert_nonnull (c);
  g_assert_cmpuint (c->count, ==, n);
  g_assert_cmpint (c->removed, ==, removed);
}

/* ---- Deleting: never more than the user was shown ----------------------------------------- */

typedef struct
{
  SkupRecord *event;
  gint64      registrations[2];
} BusyEvent;

/* A three-day event with two registrations, three attendance records and an organiser. */
static BusyEvent
add_busy_event (Fixture    *f,
                const char *title,
                const char *start,
                const char *end)
{
  g_autoptr(SkupRecord) ana = add_person (f, "Ana", title);
  g_autoptr(SkupRecord) marko = add_person (f, "Marko", title);
  g_autoptr(SkupRecord) organiser = add_organisation (f, title);
  BusyEvent busy;
  gint64 id;

  busy.event = add_event (f, title, start, end);
  id = skup_record_get_id (busy.event);
  g_assert_cmpint (sessions_of (f, id), ==, 3);
  busy.registrations[0] = add_registration (f, id, skup_record_get_id (ana));
  busy.registrations[1] = add_registration (f, id, skup_record_get_id (marko));
  attend (f, busy.registrations[0], session_on (f, id, start), "present");
  attend (f, busy.registrations[0], session_on (f, id, end), "present");
  attend (f, busy.registrations[1], session_on (f, id, start), "absent");
  g_assert_true (skup_store_add_event_organisation (f->store, id, skup_record_get_id (organiser),
                                                    "organiser", NULL));
  return busy;
}

static void
test_delete_event_needs_plan (Fixture       *f,
                              gconstpointer  data)
{
  BusyEvent busy = add_busy_event (f, "Novi Sad", "2023-05-19", "2023-05-21");
  g_autoptr(SkupRecord) event = busy.event;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();

  g_assert_false (skup_store_delete (f->store, event, NULL, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "2 registrations"));
  g_clear_error (&error);
  g_assert_false (skup_store_delete (f->store, event, empty, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE);

  g_assert_cmpint (count_rows (f, "events"), ==, 1);
  g_assert_cmpint (count_rows (f, "sessions"), ==, 3);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 2);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 3);
  g_assert_cmpint (count_rows (f, "event_organisations"), ==, 1);
}

static void
test_delete_event_with_plan (Fixture       *f,
                             gconstpointer  data)
{
  BusyEvent busy = add_busy_event (f, "Novi Sad", "2023-05-19", "2023-05-21");
  BusyEvent other = add_busy_event (f, "Nis", "2023-05-21", "2023-05-23");
  g_autoptr(SkupRecord) event = busy.event;
  g_autoptr(SkupRecord) kept = other.event;
  g_autoptr(GPtrArray) plan = plan_ok (f, event);

  g_assert_cmpuint (plan->len, ==, 4);
  assert_consequence (plan, "sessions", 3, TRUE);
  assert_consequence (plan, "registrations", 2, TRUE);
  assert_consequence (plan, "attendance", 3, TRUE);
  assert_consequence (plan, "event_organisations", 1, TRUE);
  g_assert_cmpstr (find_consequence (plan, "sessions")->description, ==,
                   "Also removes 3 sessions.");

  delete_ok (f, event, plan);
  /* Exactly the other event's rows are left, and nobody's person record went with it. */
  g_assert_cmpint (count_rows (f, "events"), ==, 1);
  g_assert_cmpint (count_rows (f, "sessions"), ==, 3);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 2);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 3);
  g_assert_cmpint (count_rows (f, "event_organisations"), ==, 1);
  g_assert_cmpint (count_rows (f, "people"), ==, 4);
  g_assert_cmpint (count_rows (f, "organisations"), ==, 2);
  g_assert_cmpint (sessions_of (f, skup_record_get_id (kept)), ==, 3);
}

static void
test_delete_outdated_plan (Fixture       *f,
                           gconstpointer  data)
{
  BusyEvent busy = add_busy_event (f, "Novi Sad", "2023-05-19", "2023-05-21");
  g_autoptr(SkupRecord) event = busy.event;
  g_autoptr(SkupRecord) late = add_person (f, "Zoran", "Kasni");
  g_autoptr(GPtrArray) plan = plan_ok (f, event);
  g_autoptr(GError) error = NULL;

  /* Someone registers while the confirmation is on screen. */
  add_registration (f, skup_record_get_id (event), skup_record_get_id (late));
  g_assert_false (skup_store_delete (f->store, event, plan, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "3 registrations"));
  g_assert_cmpint (count_rows (f, "events"), ==, 1);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 3);
  g_assert_cmpint (count_rows (f, "sessions"), ==, 3);
}

static void
test_delete_organisation_detaches_people (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(SkupRecord) organisation = add_organisation (f, "Jazas Požarevac");
  g_autoptr(SkupRecord) ana = add_person (f, "Ana", "Jovanović");
  g_autoptr(SkupRecord) loaded = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GError) error = NULL;

  skup_record_set_int (ana, "organisation-id", skup_record_get_id (organisation));
  save_ok (f, ana);

  g_assert_false (skup_store_delete (f->store, organisation, NULL, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE);
  plan = plan_ok (f, organisation);
  g_assert_cmpuint (plan->len, ==, 1);
  assert_consequence (plan, "people", 1, FALSE);
  g_assert_cmpstr (find_consequence (plan, "people")->description, ==,
                   "1 person will have no organisation.");

  delete_ok (f, organisation, plan);
  loaded = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (ana));
  g_assert_cmpint (skup_record_get_int (loaded, "organisation-id"), ==, 0);
  g_assert_null (skup_record_get_string (loaded, "organisation-name"));
  g_assert_cmpstr (skup_record_get_string (loaded, "family-name"), ==, "Jovanović");
}

static void
test_delete_person_keeps_certificates (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Workshop", "2019-05-20", "2019-05-22");
  g_autoptr(SkupRecord) person = add_person (f, "Milutin", "Milošević");
  gint64 reg = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  gint64 certificate = add_certificate (f, "UNODC-2019-001", skup_record_get_id (person),
                                        skup_record_get_id (event), reg, "Milutin Milošević");
  g_autoptr(GPtrArray) plan = plan_ok (f, person);
  g_autofree char *recipient = NULL;

  assert_consequence (plan, "certificates", 1, FALSE);
  assert_consequence (plan, "registrations", 1, TRUE);
  g_assert_false (skup_store_delete (f->store, person, NULL, NULL));
  g_assert_cmpint (count_rows (f, "people"), ==, 1);

  delete_ok (f, person, plan);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 0);
  g_assert_cmpint (count_rows (f, "certificates"), ==, 1);
  /* A count, not the condition itself: PostgreSQL answers a condition with a boolean. */
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM certificates WHERE id = ?1 "
                                       "AND person_id IS NULL AND registration_id IS NULL",
                            certificate), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT event_id FROM certificates WHERE id = ?1",
                            certificate), ==, skup_record_get_id (event));
  recipient = sql_text (db_of (f), "SELECT recipient_name FROM certificates WHERE id = ?1",
                        certificate);
  g_assert_cmpstr (recipient, ==, "Milutin Milošević");
}

static void
test_delete_venue_removes_rooms (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(SkupRecord) venue = add_venue (f, "Palata Srbija");
  g_autoptr(SkupRecord) room = add_room (f, skup_record_get_id (venue), "Sala Srbija");
  g_autoptr(SkupRecord) other = add_room (f, skup_record_get_id (venue), "Sala Beograd");
  g_autoptr(SkupRecord) event = new_event ("Launch", "2023-03-01", "2023-03-01");
  g_autoptr(SkupRecord) session = NULL, loaded = NULL;
  g_autoptr(GPtrArray) plan = NULL;

  skup_record_set_int (event, "venue-id", skup_record_get_id (venue));
  skup_record_set_int (event, "room-id", skup_record_get_id (room));
  save_ok (f, event);
  session = load_ok (f, SKUP_TYPE_SESSION,
                     session_on (f, skup_record_get_id (event), "2023-03-01"));
  skup_record_set_int (session, "room-id", skup_record_get_id (other));
  save_ok (f, session);

  plan = plan_ok (f, venue);
  g_assert_cmpuint (plan->len, ==, 3);
  assert_consequence (plan, "rooms", 2, TRUE);
  assert_consequence (plan, "events", 1, FALSE);
  assert_consequence (plan, "sessions", 1, FALSE);
  delete_ok (f, venue, plan);

  g_assert_cmpint (count_rows (f, "rooms"), ==, 0);
  loaded = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  g_assert_cmpint (skup_record_get_int (loaded, "venue-id"), ==, 0);
  g_assert_cmpint (skup_record_get_int (loaded, "room-id"), ==, 0);
  g_assert_cmpstr (skup_record_get_string (loaded, "title"), ==, "Launch");
  g_assert_cmpint (sessions_of (f, skup_record_get_id (event)), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM sessions WHERE room_id IS NULL", 0),
                   ==, 1);
}

static void
test_delete_without_dependents (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(SkupRecord) organisation = add_organisation (f, "Kokoro");
  g_autoptr(SkupRecord) person = add_person (f, "Ana", "Zec");
  g_autoptr(SkupRecord) venue = add_venue (f, "EU info point");
  g_autoptr(GPtrArray) plan = plan_ok (f, organisation);

  g_assert_cmpuint (plan->len, ==, 0);
  delete_ok (f, organisation, NULL);
  delete_ok (f, person, NULL);
  delete_ok (f, venue, plan);
  g_assert_cmpint (count_rows (f, "organisations") + count_rows (f, "people")
                   + count_rows (f, "venues"), ==, 0);
}

/* ---- Telling lists ------------------------------------------------------------------------ */

static void
record_change (SkupStore  *store,
               const char *kind,
               gint64      id,
               GString    *log)
{
  g_string_append_printf (log, "%s:%" G_GINT64_FORMAT " ", kind, id);
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(SkupRecord) organisation = NULL;
  g_autoptr(SkupRecord) nameless = SKUP_RECORD (skup_organisation_new ());
  g_autofree char *expected = NULL;
  gint64 id;

  g_signal_connect (f->store, "changed", G_CALLBACK (record_change), log);
  organisation = add_organisation (f, "Zemlja živih");
  skup_record_set_string (organisation, "city", "Beograd");
  save_ok (f, organisation);
  g_assert_false (skup_store_save (f->store, nameless, NULL));
  delete_ok (f, organisation, NULL);

  /* Created, changed, deleted; the failed save says nothing. */
  id = skup_record_get_id (organisation);
  expected = g_strdup_printf ("organisation:%" G_GINT64_FORMAT " organisation:%" G_GINT64_FORMAT
                              " organisation:%" G_GINT64_FORMAT " ", id, id, id);
  g_assert_cmpstr (log->str, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "delete-event-needs-plan", test_delete_event_needs_plan);
  fixture_add (PREFIX, "delete-event-with-plan", test_delete_event_with_plan);
  fixture_add (PREFIX, "delete-outdated-plan", test_delete_outdated_plan);
  fixture_add (PREFIX, "delete-organisation-detaches-people",
               test_delete_organisation_detaches_people);
  fixture_add (PREFIX, "delete-person-keeps-certificates", test_delete_person_keeps_certificates);
  fixture_add (PREFIX, "delete-venue-removes-rooms", test_delete_venue_removes_rooms);
  fixture_add (PREFIX, "delete-without-dependents", test_delete_without_dependents);
  fixture_add (PREFIX, "changed-signal", test_changed_signal);

  return g_test_run ();
}
