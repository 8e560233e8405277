/* test-registrar.c — seats, the waitlist, promotion and each status's history, on both engines
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-error.h"
#include "skup-event.h"
#include "skup-registration.h"
#include "skup-room.h"
#include "store-fixture.h"

static gint64
id_of (SkupRecord *record)
{
  return skup_record_get_id (record);
}

static SkupRecord *
add_event_for (Fixture    *f,
               guint       capacity)
{
  g_autoptr(SkupRecord) event = new_event ("Harm reduction training", "2026-12-08",
                                           "2026-12-09");

  skup_record_set_int (event, "capacity", capacity);
  save_ok (f, event);
  return g_steal_pointer (&event);
}

static gint64
add_people (Fixture    *f,
            guint       n,
            gint64     *out_ids)
{
  static const char * const names[] = { "Ana", "Boris", "Vesna", "Goran", "Dragana", "Đorđe" };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) person = add_person (f, names[i % G_N_ELEMENTS (names)], "Jović");

      out_ids[i] = id_of (person);
    }
  return out_ids[0];
}

static char *
status_of (Fixture *f,
           gint64   registration_id)
{
  return sql_text (db_of (f), "SELECT status FROM registrations WHERE id = ?1", registration_id);
}

static void
assert_seats (Fixture *f,
              gint64   event_id,
              guint    capacity,
              guint    taken,
              guint    waitlisted)
{
  g_autoptr(GError) error = NULL;
  SkupEventSeats seats;

  g_assert_true (skup_store_count_seats (f->store, event_id, &seats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seats.capacity, ==, capacity);
  g_assert_cmpuint (seats.taken, ==, taken);
  g_assert_cmpuint (seats.waitlisted, ==, waitlisted);
}

/* Beyond the capacity people go on the waitlist; those registered already are left alone. */
static void
test_capacity_waitlist (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event_for (f, 2);
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary;
  gint64 people[4];
  g_autofree char *third = NULL;

  add_people (f, 4, people);
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 3, "participant",
                                             &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.registered, ==, 2);
  g_assert_cmpuint (summary.waitlisted, ==, 1);
  g_assert_cmpuint (summary.already, ==, 0);
  g_assert_cmpuint (summary.ids->len, ==, 3);
  third = status_of (f, g_array_index (summary.ids, gint64, 2));
  g_assert_cmpstr (third, ==, "waitlisted");
  assert_seats (f, id_of (event), 2, 2, 1);
  skup_register_summary_clear (&summary);

  /* Again with one more: three were there, one is new and waits too. */
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 4, "participant",
                                             &summary, &error));
  g_assert_cmpuint (summary.already, ==, 3);
  g_assert_cmpuint (summary.waitlisted, ==, 1);
  g_assert_cmpuint (summary.registered, ==, 0);
  skup_register_summary_clear (&summary);
  assert_seats (f, id_of (event), 2, 2, 2);
}

/* Without its own capacity an event has its room's; without a room, no limit. */
static void
test_capacity_from_room (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkupRecord) venue = add_venue (f, "Hotel Moskva");
  g_autoptr(SkupRecord) room = add_room (f, id_of (venue), "Sala 1");
  g_autoptr(SkupRecord) event = add_event_for (f, 0);
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary;
  gint64 people[3];

  add_people (f, 3, people);
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 3, NULL, &summary,
                                             &error));
  g_assert_cmpuint (summary.registered, ==, 3);
  skup_register_summary_clear (&summary);
  assert_seats (f, id_of (event), 0, 3, 0);

  skup_record_set_int (room, "capacity", 2);
  save_ok (f, room);
  skup_record_set_int (event, "venue-id", id_of (venue));
  skup_record_set_int (event, "room-id", id_of (room));
  save_ok (f, event);
  assert_seats (f, id_of (event), 2, 3, 0);
}

static void
on_promoted (SkupStore *store,
             gint64     registration_id,
             gpointer   data)
{
  g_array_append_val ((GArray *) data, registration_id);
}

/* A confirmed person cancels: the first who waited gets the seat, in the same write, and the
 * store says who after the commit. Taking someone off the waitlist into a full event fails. */
static void
test_cancel_promotes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event_for (f, 1);
  g_autoptr(GArray) heard = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary;
  gint64 people[3], promoted = -1, first, second, third;
  g_autofree char *status = NULL;

  add_people (f, 3, people);
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 3, NULL, &summary,
                                             &error));
  first = g_array_index (summary.ids, gint64, 0);
  second = g_array_index (summary.ids, gint64, 1);
  third = g_array_index (summary.ids, gint64, 2);
  skup_register_summary_clear (&summary);

  g_assert_false (skup_store_set_registration_status (f->store, second, "confirmed", NULL,
                                                      &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_FULL);
  g_clear_error (&error);
  status = status_of (f, second);
  g_assert_cmpstr (status, ==, "waitlisted");
  g_clear_pointer (&status, g_free);

  g_assert_true (skup_store_set_registration_status (f->store, first, "confirmed", &promoted,
                                                     &error));
  g_assert_cmpint (promoted, ==, 0);
  g_signal_connect (f->store, "promoted", G_CALLBACK (on_promoted), heard);
  g_assert_true (skup_store_set_registration_status (f->store, first, "cancelled", &promoted,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpint (promoted, ==, second);
  g_assert_cmpuint (heard->len, ==, 1);
  g_assert_cmpint (g_array_index (heard, gint64, 0), ==, second);
  status = status_of (f, second);
  g_assert_cmpstr (status, ==, "registered");
  g_clear_pointer (&status, g_free);
  status = status_of (f, third);
  g_assert_cmpstr (status, ==, "waitlisted");
  assert_seats (f, id_of (event), 1, 1, 1);

  /* Removing the one with the seat gives it to the next. */
  {
    g_autoptr(SkupRecord) reg = load_ok (f, SKUP_TYPE_REGISTRATION, second);

    delete_ok (f, reg, NULL);
  }
  g_clear_pointer (&status, g_free);
  status = status_of (f, third);
  g_assert_cmpstr (status, ==, "registered");
  g_assert_cmpuint (heard->len, ==, 2);
  g_signal_handlers_disconnect_by_data (f->store, heard);
}

/* A promotion rolled back with its transaction is never announced. */
static void
test_promotion_rolled_back (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event_for (f, 1);
  g_autoptr(GArray) heard = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary;
  gint64 people[2];
  g_autofree char *status = NULL;

  add_people (f, 2, people);
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 2, NULL, &summary,
                                             &error));
  g_signal_connect (f->store, "promoted", G_CALLBACK (on_promoted), heard);
  g_assert_true (skup_store_begin (f->store, &error));
  g_assert_true (skup_store_set_registration_status (f->store,
                                                     g_array_index (summary.ids, gint64, 0),
                                                     "declined", NULL, &error));
  skup_store_rollback (f->store);
  g_assert_cmpuint (heard->len, ==, 0);
  status = status_of (f, g_array_index (summary.ids, gint64, 1));
  g_assert_cmpstr (status, ==, "waitlisted");
  skup_register_summary_clear (&summary);
  g_signal_handlers_disconnect_by_data (f->store, heard);
}

/* Every status a registration had, with the date it changed. */
static void
test_status_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event_for (f, 0);
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(SkupRecord) reg = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (skup_store_register (f->store, id_of (event), id_of (person), "trainer", NULL,
                                      &id, &error));
  g_assert_true (skup_store_set_registration_status (f->store, id, "confirmed", NULL, &error));
  g_assert_true (skup_store_set_registration_status (f->store, id, "cancelled", NULL, &error));
  g_assert_no_error (error);
  history = skup_store_list_status_history (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpstr (((SkupStatusChange *) history->pdata[0])->status, ==, "registered");
  g_assert_cmpstr (((SkupStatusChange *) history->pdata[1])->status, ==, "confirmed");
  g_assert_cmpstr (((SkupStatusChange *) history->pdata[2])->status, ==, "cancelled");
  g_assert_nonnull (((SkupStatusChange *) history->pdata[2])->changed_at);
  g_assert_nonnull (((SkupStatusChange *) history->pdata[2])->changed_by);

  reg = load_ok (f, SKUP_TYPE_REGISTRATION, id);
  g_assert_cmpstr (skup_record_get_string (reg, "status-changed-at"), ==,
                   ((SkupStatusChange *) history->pdata[2])->changed_at);
  g_assert_cmpstr (skup_record_get_string (reg, "role"), ==, "trainer");

  /* A status outside the vocabulary is refused as a form would refuse it. */
  g_assert_false (skup_store_set_registration_status (f->store, id, "maybe", NULL, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "status");
}

/* The same workshop in another city: everyone who did not cancel, with their roles. */
static void
test_copy_participants (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) belgrade = add_event_for (f, 0);
  g_autoptr(SkupRecord) nis = add_event ( f, "Harm reduction training, Niš", "2027-01-12",
                                         "2027-01-12");
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary;
  gint64 people[3];

  add_people (f, 3, people);
  g_assert_true (skup_store_register_people (f->store, id_of (belgrade), people, 3, "speaker",
                                             &summary, &error));
  g_assert_true (skup_store_set_registration_status (f->store,
                                                     g_array_index (summary.ids, gint64, 2),
                                                     "cancelled", NULL, &error));
  skup_register_summary_clear (&summary);

  g_assert_true (skup_store_copy_participants (f->store, id_of (belgrade), id_of (nis),
                                               &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.registered, ==, 2);
  skup_register_summary_clear (&summary);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM registrations WHERE event_id = ?1 "
                                       "AND role = 'speaker'", id_of (nis)), ==, 2);
  /* An unknown event writes nothing. */
  g_assert_false (skup_store_copy_participants (f->store, 999, id_of (nis), NULL, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "event-id");
  g_assert_cmpint (count_rows (f, "registrations"), ==, 5);
}

/* Someone who cancelled and is added again comes back, with a seat if there is one. */
static void
test_register_again_after_cancelling (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event_for (f, 1);
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary;
  gint64 people[2];
  gint64 first;
  g_autofree char *status = NULL;
  g_autoptr(GPtrArray) history = NULL;

  add_people (f, 2, people);
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 1, NULL, &summary,
                                             &error));
  first = g_array_index (summary.ids, gint64, 0);
  skup_register_summary_clear (&summary);
  g_assert_true (skup_store_set_registration_status (f->store, first, "cancelled", NULL, &error));
  g_assert_true (skup_store_register_people (f->store, id_of (event), people + 1, 1, NULL, NULL,
                                             &error));
  /* The seat went to the second; the first comes back to the waitlist. */
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 1, NULL, &summary,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.waitlisted, ==, 1);
  g_assert_cmpuint (summary.already, ==, 0);
  g_assert_cmpint (g_array_index (summary.ids, gint64, 0), ==, first);
  skup_register_summary_clear (&summary);
  status = status_of (f, first);
  g_assert_cmpstr (status, ==, "waitlisted");
  history = skup_store_list_status_history (f->store, first, &error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 2);
}

/* An unknown person among several: nobody is registered. */
static void
test_register_unknown_person (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event_for (f, 0);
  g_autoptr(GError) error = NULL;
  gint64 people[3];

  add_people (f, 2, people);
  people[2] = 4242;
  g_assert_false (skup_store_register_people (f->store, id_of (event), people, 3, NULL, NULL,
                                              &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "person-id");
  g_assert_cmpint (count_rows (f, "registrations"), ==, 0);
}

/* ---- Two organisers, one last seat ------------------------------------------------------- */

typedef struct {
  char     *location;
  gint64    event_id;
  gint64    person_id;
  GMutex    lock;
  GCond     cond;
  gboolean  holding;   /* the first organiser has taken the seat, not yet committed */
  char     *status;
} Race;

static gpointer
take_last_seat (gpointer data)
{
  Race *race = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (race->location, &error);
  gint64 id = 0;

  g_assert_no_error (error);
  g_assert_true (skup_store_begin (store, &error));
  g_assert_true (skup_store_register (store, race->event_id, race->person_id, NULL, NULL, &id,
                                      &error));
  g_assert_no_error (error);
  g_mutex_lock (&race->lock);
  race->holding = TRUE;
  g_cond_signal (&race->cond);
  g_mutex_unlock (&race->lock);
  /* The other organiser presses Add now, while this transaction is still open. */
  g_usleep (300 * 1000);
  g_assert_true (skup_store_commit (store, &error));
  g_assert_no_error (error);
  return NULL;
}

static void
test_two_clients_last_seat (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event_for (f, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *mine = NULL, *theirs = NULL;
  g_autoptr(SkupStore) second = NULL;
  gint64 people[4], id = 0;
  Race race = { 0 };
  GThread *thread;

  add_people (f, 4, people);
  g_assert_true (skup_store_register_people (f->store, id_of (event), people, 2, NULL, NULL,
                                             &error));
  race.location = skup_test_engine_second_location (&f->engine);
  race.event_id = id_of (event);
  race.person_id = people[2];
  g_mutex_init (&race.lock);
  g_cond_init (&race.cond);
  second = skup_store_open (race.location, &error);
  g_assert_no_error (error);

  thread = g_thread_new ("organiser", take_last_seat, &race);
  g_mutex_lock (&race.lock);
  while (!race.holding)
    g_cond_wait (&race.cond, &race.lock);
  g_mutex_unlock (&race.lock);
  g_assert_true (skup_store_register (second, id_of (event), people[3], NULL, NULL, &id, &error));
  g_assert_no_error (error);
  g_thread_join (thread);

  theirs = sql_text (db_of (f), "SELECT status FROM registrations WHERE person_id = ?1",
                     people[2]);
  mine = status_of (f, id);
  g_assert_cmpstr (theirs, ==, "registered");
  g_assert_cmpstr (mine, ==, "waitlisted");
  assert_seats (f, id_of (event), 3, 3, 1);
  g_mutex_clear (&race.lock);
  g_cond_clear (&race.cond);
  g_free (race.location);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add ("/skup/registrar", "capacity-waitlist", test_capacity_waitlist);
  fixture_add ("/skup/registrar", "capacity-from-room", test_capacity_from_room);
  fixture_add ("/skup/registrar", "cancel-promotes", test_cancel_promotes);
  fixture_add ("/skup/registrar", "promotion-rolled-back", test_promotion_rolled_back);
  fixture_add ("/skup/registrar", "status-history", test_status_history);
  fixture_add ("/skup/registrar", "copy-participants", test_copy_participants);
  fixture_add ("/skup/registrar", "register-unknown-person", test_register_unknown_person);
  fixture_add ("/skup/registrar", "register-again-after-cancelling",
               test_register_again_after_cancelling);
  fixture_add ("/skup/registrar", "two-clients-last-seat", test_two_clients_last_seat);

  return g_test_run ();
}
