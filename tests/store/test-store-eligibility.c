/* test-store-eligibility.c — verdicts on certificates given by hand, on SQLite and on
 * PostgreSQL
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "skup-eligibility.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-registration.h"
#include "skup-store-private.h"
#include "store-fixture.h"

#define PREFIX "/skup/store-eligibility"

/* Helpers ***********************************************************************/

typedef struct {
  gint64 event_id;
  gint64 ana;     /* registrations */
  gint64 boris;
} Event;

/* A three-day workshop (a session a day) with two participants. */
static Event
add_workshop (Fixture    *f,
              const char *title)
{
  g_autoptr(SkupRecord) event = add_event (f, title, "2023-05-19", "2023-05-21");
  g_autoptr(SkupRecord) ana = add_person (f, "Ana", "Jovanović");
  g_autoptr(SkupRecord) boris = add_person (f, "Boris", "Petrović");
  Event workshop = { skup_record_get_id (event) };

  workshop.ana = add_registration (f, workshop.event_id, skup_record_get_id (ana));
  workshop.boris = add_registration (f, workshop.event_id, skup_record_get_id (boris));
  return workshop;
}

static void
override_ok (Fixture    *f,
             gint64      registration_id,
             int         eligible,
             const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_override_eligibility (f->store, registration_id, eligible, reason,
                                                  &error));
  g_assert_no_error (error);
}

static GPtrArray *
log_of (Fixture *f,
        gint64   registration_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *log = skup_store_list_overrides (f->store, registration_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (log);
  return log;
}

static GPtrArray *
in_force (Fixture *f,
          gint64   event_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *overrides = skup_store_list_event_overrides (f->store, event_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (overrides);
  return overrides;
}

static void
assert_override (SkupOverride *entry,
                 gint64        registration_id,
                 int           eligible,
                 const char   *reason)
{
  g_assert_cmpint (entry->registration_id, ==, registration_id);
  g_assert_cmpint (entry->eligible, ==, eligible);
  g_assert_cmpstr (entry->reason, ==, reason);
}

static char *
expected_user_name (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

static void
on_changed (SkupStore  *store,
            const char *kind,
            gint64      id,
            GString    *heard)
{
  g_string_append_printf (heard, "%s:%" G_GINT64_FORMAT ";", kind, id);
}

/* Tests ***************************************************************************/

static void
test_logged_with_who_and_when (Fixture       *f,
                               gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autofree char *who = expected_user_name ();
  SkupOverride *entry;

  override_ok (f, w.ana, 1, "  Ill on the last day, with a doctor's note ");
  after = g_date_time_new_now_utc ();

  log = log_of (f, w.ana);
  g_assert_cmpuint (log->len, ==, 1);
  entry = g_ptr_array_index (log, 0);
  /* The reason is kept without the white space typed around it. */
  assert_override (entry, w.ana, 1, "Ill on the last day, with a doctor's note");
  g_assert_cmpstr (entry->changed_by, ==, who);
  when = g_date_time_new_from_iso8601 (entry->changed_at, NULL);
  g_assert_nonnull (when);
  g_assert_cmpint (g_date_time_compare (when, before), >=, 0);
  g_assert_cmpint (g_date_time_compare (when, after), <=, 0);
  g_assert_cmpint (count_rows (f, "eligibility_overrides"), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT eligible FROM eligibility_overrides "
                                       "WHERE registration_id = ?1", w.ana), ==, 1);
}

static void
test_replaced_and_lifted (Fixture       *f,
                          gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GPtrArray) after_lift = NULL;

  override_ok (f, w.ana, 1, "Doctor's note");
  override_ok (f, w.ana, 0, "The note was for another week");
  now = in_force (f, w.event_id);
  g_assert_cmpuint (now->len, ==, 1);
  assert_override (g_ptr_array_index (now, 0), w.ana, 0, "The note was for another week");

  override_ok (f, w.ana, -1, "Back to the attendance taken");
  after_lift = in_force (f, w.event_id);
  g_assert_cmpuint (after_lift->len, ==, 0);

  /* Nothing is ever rewritten: the log keeps all three, oldest first. */
  log = log_of (f, w.ana);
  g_assert_cmpuint (log->len, ==, 3);
  assert_override (g_ptr_array_index (log, 0), w.ana, 1, "Doctor's note");
  assert_override (g_ptr_array_index (log, 1), w.ana, 0, "The note was for another week");
  assert_override (g_ptr_array_index (log, 2), w.ana, -1, "Back to the attendance taken");
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM eligibility_overrides "
                                       "WHERE eligible IS NULL", 0), ==, 1);

  /* And a verdict after the lift is in force again. */
  override_ok (f, w.ana, 1, "The right note came");
  g_clear_pointer (&now, g_ptr_array_unref);
  now = in_force (f, w.event_id);
  g_assert_cmpuint (now->len, ==, 1);
  assert_override (g_ptr_array_index (now, 0), w.ana, 1, "The right note came");
}

/* Each registration's latest verdict, of this event only, in registration order. */
static void
test_event_overrides (Fixture       *f,
                      gconstpointer  data)
{
  Event belgrade = add_workshop (f, "Workshop — Belgrade");
  Event nis = add_workshop (f, "Workshop — Niš");
  g_autoptr(GPtrArray) overrides = NULL;
  g_autoptr(GPtrArray) whole = NULL;
  g_autoptr(GError) error = NULL;

  override_ok (f, belgrade.boris, 0, "Left after an hour");
  override_ok (f, belgrade.ana, 0, "Wrong person signed");
  override_ok (f, belgrade.ana, 1, "It was her after all");
  override_ok (f, nis.ana, 1, "Another event");

  overrides = in_force (f, belgrade.event_id);
  g_assert_cmpuint (overrides->len, ==, 2);
  assert_override (g_ptr_array_index (overrides, 0), belgrade.ana, 1, "It was her after all");
  assert_override (g_ptr_array_index (overrides, 1), belgrade.boris, 0, "Left after an hour");

  whole = skup_store_list_event_override_log (f->store, belgrade.event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (whole->len, ==, 3);
  assert_override (g_ptr_array_index (whole, 0), belgrade.ana, 0, "Wrong person signed");
  assert_override (g_ptr_array_index (whole, 1), belgrade.ana, 1, "It was her after all");
  assert_override (g_ptr_array_index (whole, 2), belgrade.boris, 0, "Left after an hour");
}

static void
test_reason_required (Fixture       *f,
                      gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  const char *blanks[] = { NULL, "", "   ", "\t\n" };

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (skup_store_override_eligibility (f->store, w.ana, 1, blanks[i], &error));
      assert_field_error (error, SKUP_ERROR_INVALID, "reason");
    }
  g_assert_cmpint (count_rows (f, "eligibility_overrides"), ==, 0);
}

static void
test_unknown_registration (Fixture       *f,
                           gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_store_override_eligibility (f->store, w.boris + 100, 1, "Doctor's note",
                                                   &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (f, "eligibility_overrides"), ==, 0);
}

static void
test_emits_changed (Fixture       *f,
                    gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  g_autoptr(GString) heard = g_string_new ("");
  g_autofree char *expected = g_strdup_printf ("registration:%" G_GINT64_FORMAT ";", w.boris);
  g_autoptr(GError) error = NULL;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), heard);
  override_ok (f, w.boris, 0, "Left after an hour");
  g_assert_cmpstr (heard->str, ==, expected);
  /* A refused verdict says nothing. */
  g_assert_false (skup_store_override_eligibility (f->store, w.boris, 1, " ", &error));
  g_assert_cmpstr (heard->str, ==, expected);
  g_signal_handlers_disconnect_by_data (f->store, heard);
}

/* The log goes with the registration. */
static void
test_cascade_on_delete (Fixture       *f,
                        gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  g_autoptr(SkupRecord) registration = load_ok (f, SKUP_TYPE_REGISTRATION, w.ana);
  g_autoptr(GPtrArray) plan = NULL;

  override_ok (f, w.ana, 1, "Doctor's note");
  override_ok (f, w.boris, 0, "Left after an hour");
  plan = plan_ok (f, registration);
  delete_ok (f, registration, plan);
  g_assert_cmpint (count_rows (f, "eligibility_overrides"), ==, 1);
}

static void
set_mark (Fixture  *f,
          gint64    session_id,
          gint64    registration_id,
          SkupMark  mark)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_set_marks (f->store, session_id, &registration_id, 1, mark, NULL,
                                       &error));
  g_assert_no_error (error);
}

static GPtrArray *
standings_ok (Fixture *f,
              gint64   event_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *standings = skup_eligibility_list (f->store, event_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (standings);
  return standings;
}

static void
assert_standing (GPtrArray    *standings,
                 guint         index,
                 gint64        registration_id,
                 const char   *name,
                 SkupStanding  standing,
                 const char   *reason)
{
  SkupStandingEntry *entry = g_ptr_array_index (standings, index);

  g_assert_cmpint (entry->registration_id, ==, registration_id);
  g_assert_cmpstr (entry->name, ==, name);
  g_assert_cmpint (entry->standing, ==, standing);
  g_assert_cmpstr (entry->reason, ==, reason);
}

/* The standings follow the marks as skup_store_set_marks() writes them, the event's rule, the
 * roles and the verdicts given by hand; in sheet order, the cancelled left out. */
static void
test_list_follows_marks (Fixture       *f,
                         gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  g_autoptr(SkupRecord) stefan = add_person (f, "Stefan", "Pejić");
  g_autoptr(SkupRecord) mira = add_person (f, "Mira", "Antić");
  gint64 day1 = session_on (f, w.event_id, "2023-05-19");
  gint64 day2 = session_on (f, w.event_id, "2023-05-20");
  gint64 day3 = session_on (f, w.event_id, "2023-05-21");
  gint64 trainer = 0;
  gint64 cancelled = add_registration (f, w.event_id, skup_record_get_id (mira));
  gint64 both[2] = { w.ana, w.boris };
  g_autoptr(GPtrArray) standings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 promoted = 0;

  g_assert_true (skup_store_register (f->store, w.event_id, skup_record_get_id (stefan),
                                      "trainer", NULL, &trainer, &error));
  g_assert_true (skup_store_set_registration_status (f->store, cancelled, "cancelled",
                                                     &promoted, &error));
  g_assert_no_error (error);
  g_assert_true (skup_store_set_marks (f->store, day1, both, 2, SKUP_MARK_PRESENT, "09:00",
                                       &error));
  g_assert_no_error (error);
  set_mark (f, day2, w.ana, SKUP_MARK_LEFT_EARLY);
  set_mark (f, day2, w.boris, SKUP_MARK_ABSENT);

  /* 80 % of three sessions is all three. */
  standings = standings_ok (f, w.event_id);
  g_assert_cmpuint (standings->len, ==, 3);
  assert_standing (standings, 0, w.ana, "Ana Jovanović", SKUP_STANDING_NOT_YET,
                   "Attended 2 of 3 sessions; 3 needed. 1 session is still to be taken.");
  assert_standing (standings, 1, trainer, "Stefan Pejić", SKUP_STANDING_ELIGIBLE, "Trainer.");
  assert_standing (standings, 2, w.boris, "Boris Petrović", SKUP_STANDING_NOT_ELIGIBLE,
                   "Attended 1 of 3 sessions; 3 needed.");
  g_assert_false (((SkupStandingEntry *) g_ptr_array_index (standings, 2))->overridden);
  g_assert_cmpstr (((SkupStandingEntry *) g_ptr_array_index (standings, 1))->role, ==, "trainer");

  set_mark (f, day3, w.ana, SKUP_MARK_LATE);
  override_ok (f, w.boris, 1, "Ill on the second day, with a doctor's note");
  g_clear_pointer (&standings, g_ptr_array_unref);
  standings = standings_ok (f, w.event_id);
  assert_standing (standings, 0, w.ana, "Ana Jovanović", SKUP_STANDING_ELIGIBLE,
                   "Attended 3 of 3 sessions; 3 needed.");
  assert_standing (standings, 2, w.boris, "Boris Petrović", SKUP_STANDING_ELIGIBLE,
                   "Decided by hand: Ill on the second day, with a doctor's note");
  g_assert_true (((SkupStandingEntry *) g_ptr_array_index (standings, 2))->overridden);

  /* A mark taken back counts no more; a lifted verdict leaves the rule to judge. */
  set_mark (f, day3, w.ana, SKUP_MARK_NONE);
  override_ok (f, w.boris, -1, "Back to the attendance taken");
  g_clear_pointer (&standings, g_ptr_array_unref);
  standings = standings_ok (f, w.event_id);
  assert_standing (standings, 0, w.ana, "Ana Jovanović", SKUP_STANDING_NOT_YET,
                   "Attended 2 of 3 sessions; 3 needed. 1 session is still to be taken.");
  assert_standing (standings, 2, w.boris, "Boris Petrović", SKUP_STANDING_NOT_ELIGIBLE,
                   "Attended 1 of 3 sessions; 3 needed.");
  g_assert_false (((SkupStandingEntry *) g_ptr_array_index (standings, 2))->overridden);
}

/* The rule is the event's as saved: every session, and trainers like anyone else. */
static void
test_list_follows_rule (Fixture       *f,
                        gconstpointer  data)
{
  Event w = add_workshop (f, "Women, Violence, and the Use of Drugs");
  g_autoptr(SkupRecord) event = load_ok (f, SKUP_TYPE_EVENT, w.event_id);
  gint64 day1 = session_on (f, w.event_id, "2023-05-19");
  g_autoptr(GPtrArray) standings = NULL;

  set_mark (f, day1, w.ana, SKUP_MARK_PRESENT);
  skup_record_set_string (event, "eligibility-rule", "percent");
  skup_record_set_int (event, "eligibility-percent", 30);
  save_ok (f, event);
  standings = standings_ok (f, w.event_id);
  assert_standing (standings, 0, w.ana, "Ana Jovanović", SKUP_STANDING_ELIGIBLE,
                   "Attended 1 of 3 sessions; 1 needed.");

  skup_record_set_string (event, "eligibility-rule", "every-session");
  save_ok (f, event);
  g_clear_pointer (&standings, g_ptr_array_unref);
  standings = standings_ok (f, w.event_id);
  assert_standing (standings, 0, w.ana, "Ana Jovanović", SKUP_STANDING_NOT_YET,
                   "Attended 1 of 3 sessions; every one needed. 2 sessions are still to be "
                   "taken.");
}

static void
test_list_unknown_event (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standings = skup_eligibility_list (f->store, 4242, &error);

  g_assert_null (standings);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "logged-with-who-and-when", test_logged_with_who_and_when);
  fixture_add (PREFIX, "replaced-and-lifted", test_replaced_and_lifted);
  fixture_add (PREFIX, "event-overrides", test_event_overrides);
  fixture_add (PREFIX, "reason-required", test_reason_required);
  fixture_add (PREFIX, "unknown-registration", test_unknown_registration);
  fixture_add (PREFIX, "emits-changed", test_emits_changed);
  fixture_add (PREFIX, "cascade-on-delete", test_cascade_on_delete);
  fixture_add (PREFIX, "list-follows-marks", test_list_follows_marks);
  fixture_add (PREFIX, "list-follows-rule", test_list_follows_rule);
  fixture_add (PREFIX, "list-unknown-event", test_list_unknown_event);

  return g_test_run ();
}
