/* test-store-people.c — merging duplicate people
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-venue.h"
#include "store-fixture.h"

#define PREFIX "/skup/store"

static void
merge_ok (Fixture *f,
          gint64   keep_id,
          gint64   drop_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_merge_people (f->store, keep_id, drop_id, &error));
  g_assert_no_error (error);
}

static void
test_merge_moves_everything (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupRecord) keep = add_person (f, "Milutin", "Milošević");
  g_autoptr(SkupRecord) drop = add_person (f, "Милутин", "Милошевић");
  g_autoptr(SkupRecord) event = add_event (f, "Workshop", "2019-05-20", "2019-05-20");
  gint64 keep_id = skup_record_get_id (keep), drop_id = skup_record_get_id (drop);
  gint64 reg = add_registration (f, skup_record_get_id (event), drop_id);
  gint64 certificate = add_certificate (f, "UNODC-2019-002", drop_id, skup_record_get_id (event),
                                        reg, "Милутин Милошевић");

  attend (f, reg, session_on (f, skup_record_get_id (event), "2019-05-20"), "present");
  merge_ok (f, keep_id, drop_id);

  assert_gone (f, drop);
  g_assert_cmpint (sql_int (db_of (f), "SELECT person_id FROM registrations WHERE id = ?1", reg),
                   ==, keep_id);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM attendance WHERE registration_id = ?1",
                            reg), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT person_id FROM certificates WHERE id = ?1",
                            certificate), ==, keep_id);
  g_assert_cmpint (sql_int (db_of (f), "SELECT registration_id FROM certificates WHERE id = ?1",
                            certificate), ==, reg);
}

static void
test_merge_same_event (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupRecord) keep = add_person (f, "Irena", "Molnar");
  g_autoptr(SkupRecord) drop = add_person (f, "Irena", "Molnár");
  g_autoptr(SkupRecord) event = add_event (f, "Workshop", "2019-05-20", "2019-05-22");
  gint64 e = skup_record_get_id (event);
  gint64 kept_reg = add_registration (f, e, skup_record_get_id (keep));
  gint64 dropped_reg = add_registration (f, e, skup_record_get_id (drop));
  gint64 certificate = add_certificate (f, "UNODC-2019-003", skup_record_get_id (drop), e,
                                        dropped_reg, "Irena Molnár");
  g_autofree char *first_day = NULL;

  attend (f, kept_reg, session_on (f, e, "2019-05-20"), "present");
  attend (f, dropped_reg, session_on (f, e, "2019-05-20"), "absent");
  attend (f, dropped_reg, session_on (f, e, "2019-05-21"), "late");
  merge_ok (f, skup_record_get_id (keep), skup_record_get_id (drop));

  /* One registration remains, with what it knew plus the day only the other one had. */
  g_assert_cmpint (count_rows (f, "registrations"), ==, 1);
  g_assert_cmpint (count_rows (f, "attendance"), ==, 2);
  first_day = sql_text (db_of (f), "SELECT status FROM attendance WHERE session_id = ?1",
                        session_on (f, e, "2019-05-20"));
  g_assert_cmpstr (first_day, ==, "present");
  g_assert_cmpint (sql_int (db_of (f), "SELECT registration_id FROM attendance "
                                       "WHERE session_id = ?1", session_on (f, e, "2019-05-21")),
                   ==, kept_reg);
  g_assert_cmpint (sql_int (db_of (f), "SELECT registration_id FROM certificates WHERE id = ?1",
                            certificate), ==, kept_reg);
}

static void
test_merge_fills_empty_fields (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SkupRecord) keep = add_person (f, "Stefan", "Pejić");
  g_autoptr(SkupRecord) drop = add_person (f, "Стефан", "Пејић");
  g_autoptr(SkupRecord) merged = NULL;

  skup_record_set_string (keep, "phone", "+381 11 123 456");
  save_ok (f, keep);
  skup_record_set_string (drop, "phone", "+381 64 000 000");
  skup_record_set_string (drop, "email", "stefan@regeneration.org");
  skup_record_set_bool (drop, "is-trainer", TRUE);
  save_ok (f, drop);

  merge_ok (f, skup_record_get_id (keep), skup_record_get_id (drop));
  merged = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (keep));
  g_assert_cmpstr (skup_record_get_string (merged, "email"), ==, "stefan@regeneration.org");
  g_assert_true (skup_record_get_bool (merged, "is-trainer"));
  /* What the kept person had is kept. */
  g_assert_cmpstr (skup_record_get_string (merged, "phone"), ==, "+381 11 123 456");
  g_assert_cmpstr (skup_record_get_string (merged, "given-name"), ==, "Stefan");
  g_assert_cmpint (count_rows (f, "people"), ==, 1);
}

static void
test_merge_logged (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) keep = add_person (f, "Milutin", "Milošević");
  g_autoptr(SkupRecord) drop = add_person (f, "Милутин", "Милошевић");
  g_autofree char *snapshot = NULL;

  merge_ok (f, skup_record_get_id (keep), skup_record_get_id (drop));
  g_assert_cmpint (count_rows (f, "merges"), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT kept_id FROM merges", 0), ==,
                   skup_record_get_id (keep));
  g_assert_cmpint (sql_int (db_of (f), "SELECT merged_id FROM merges", 0), ==,
                   skup_record_get_id (drop));
  snapshot = sql_text (db_of (f), "SELECT merged_record FROM merges", 0);
  g_assert_nonnull (strstr (snapshot, "Милутин"));
  g_assert_nonnull (strstr (snapshot, "Милошевић"));
}

static void
test_merge_into_self (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) person = add_person (f, "Milutin", "Milošević");
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_store_merge_people (f->store, skup_record_get_id (person),
                                           skup_record_get_id (person), &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (skup_store_merge_people (f->store, skup_record_get_id (person), 999, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (f, "people"), ==, 1);
  g_assert_cmpint (count_rows (f, "merges"), ==, 0);
}

static SkupRecord *
add_venue_in (Fixture    *f,
              const char *name,
              const char *city)
{
  SkupRecord *venue = skup_record_new_for_type (SKUP_TYPE_VENUE);

  skup_record_set_string (venue, "name", name);
  skup_record_set_string (venue, "city", city);
  save_ok (f, venue);
  return venue;
}

static GPtrArray *
venue_duplicates (Fixture    *f,
                  const char *name,
                  const char *city)
{
  g_autoptr(SkupRecord) venue = skup_record_new_for_type (SKUP_TYPE_VENUE);
  g_autoptr(GError) error = NULL;
  GPtrArray *found;

  skup_record_set_string (venue, "name", name);
  skup_record_set_string (venue, "city", city);
  found = skup_store_find_duplicates (f->store, venue, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

/* A venue matches by its folded name in the same folded city, across scripts. */
static void
test_venue_duplicates (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupRecord) palace = add_venue_in (f, "Palata Srbija", "Beograd");
  g_autoptr(SkupRecord) nameless = add_venue_in (f, "EU info point", NULL);
  g_autoptr(GPtrArray) cyrillic = venue_duplicates (f, "Палата Србија", "београд");
  g_autoptr(GPtrArray) elsewhere = venue_duplicates (f, "Palata Srbija", "Novi Sad");
  g_autoptr(GPtrArray) no_city = venue_duplicates (f, "Palata Srbija", NULL);
  g_autoptr(GPtrArray) both_empty = venue_duplicates (f, "eu INFO point", "");
  SkupDuplicate *d;

  g_assert_true (skup_store_can_find_duplicates (SKUP_TYPE_VENUE));
  g_assert_true (skup_store_can_find_duplicates (SKUP_TYPE_PERSON));
  g_assert_false (skup_store_can_find_duplicates (SKUP_TYPE_EVENT));

  g_assert_cmpuint (cyrillic->len, ==, 1);
  d = g_ptr_array_index (cyrillic, 0);
  g_assert_cmpint (d->record_id, ==, skup_record_get_id (palace));
  g_assert_cmpstr (d->name, ==, "Palata Srbija");
  g_assert_cmpstr (d->organisation, ==, "Beograd");
  g_assert_nonnull (d->reason);
  g_assert_cmpuint (elsewhere->len, ==, 0);
  /* An empty city matches only an empty city. */
  g_assert_cmpuint (no_city->len, ==, 0);
  g_assert_cmpuint (both_empty->len, ==, 1);
  d = g_ptr_array_index (both_empty, 0);
  g_assert_cmpint (d->record_id, ==, skup_record_get_id (nameless));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "merge-moves-everything", test_merge_moves_everything);
  fixture_add (PREFIX, "merge-same-event", test_merge_same_event);
  fixture_add (PREFIX, "merge-fills-empty-fields", test_merge_fills_empty_fields);
  fixture_add (PREFIX, "merge-logged", test_merge_logged);
  fixture_add (PREFIX, "merge-into-self", test_merge_into_self);
  fixture_add (PREFIX, "venue-duplicates", test_venue_duplicates);

  return g_test_run ();
}
