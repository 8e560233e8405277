/* test-store-lists.c — lists: their order, filters, paging and counts; and transactions
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-record-list.h"
#include "skup-registration.h"
#include "skup-session.h"
#include "store-fixture.h"

#define PREFIX "/skup/store"

static void
assert_list (Fixture         *f,
             GType            type,
             const SkupQuery *query,
             const char      *expected)
{
  g_autoptr(GListModel) list = list_ok (f, type, query);
  g_autofree char *titles = list_titles (list);

  g_assert_cmpstr (titles, ==, expected);
  g_assert_cmpuint (skup_store_count (f->store, type, query, NULL), ==,
                    g_list_model_get_n_items (list));
}

static void
add_people (Fixture *f)
{
  static const char *people[][3] = {
    { "Zoran", "Antić", "Niš" },
    { "Ана", "Ђурић", "Beograd" },
    { "Milica", "Dabić", "Novi Sad" },
    { "Stefan", "Pejić", "Beograd" },
    { "Irena", "Molnar", "Zrenjanin" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

      skup_record_set_string (person, "given-name", people[i][0]);
      skup_record_set_string (person, "family-name", people[i][1]);
      skup_record_set_string (person, "city", people[i][2]);
      skup_record_set_bool (person, "is-trainer", g_str_equal (people[i][0], "Irena")
                                                  || g_str_equal (people[i][0], "Stefan"));
      save_ok (f, person);
    }
}

/* ---- Order ------------------------------------------------------------------------------- */

static void
test_list_people_by_family_name (Fixture       *f,
                                 gconstpointer  data)
{
  SkupQuery by_family = { .sort = "family-name" };
  SkupQuery descending = { .sort = "family-name", .descending = TRUE };

  add_people (f);
  /* Ђурић (Đurić) sorts with D, after Dabić. */
  assert_list (f, SKUP_TYPE_PERSON, NULL,
               "Zoran Antić|Milica Dabić|Ана Ђурић|Irena Molnar|Stefan Pejić");
  assert_list (f, SKUP_TYPE_PERSON, &by_family,
               "Zoran Antić|Milica Dabić|Ана Ђурић|Irena Molnar|Stefan Pejić");
  assert_list (f, SKUP_TYPE_PERSON, &descending,
               "Stefan Pejić|Irena Molnar|Ана Ђурић|Milica Dabić|Zoran Antić");
}

static void
test_list_sort_by_field (Fixture       *f,
                         gconstpointer  data)
{
  SkupQuery by_city = { .sort = "city" };
  SkupQuery by_city_descending = { .sort = "city", .descending = TRUE };

  add_people (f);
  /* Equal cities keep a stable order (by id). */
  assert_list (f, SKUP_TYPE_PERSON, &by_city,
               "Ана Ђурић|Stefan Pejić|Zoran Antić|Milica Dabić|Irena Molnar");
  assert_list (f, SKUP_TYPE_PERSON, &by_city_descending,
               "Irena Molnar|Milica Dabić|Zoran Antić|Ана Ђурић|Stefan Pejić");
}

static void
test_list_sort_by_field_serbian (Fixture       *f,
                                 gconstpointer  data)
{
  static const char *cities[] = { "Šabac", "Zrenjanin", "Čačak", "Ниш", "Beograd", "Đakovica" };
  SkupQuery by_city = { .sort = "city" };

  /* Sorting a column sorts as people read it: Č with C, Š with S, Cyrillic with Latin. */
  for (gsize i = 0; i < G_N_ELEMENTS (cities); i++)
    {
      g_autoptr(SkupRecord) person = add_person (f, "Ime", cities[i]);

      skup_record_set_string (person, "city", cities[i]);
      save_ok (f, person);
    }
  assert_list (f, SKUP_TYPE_PERSON, &by_city,
               "Ime Beograd|Ime Čačak|Ime Đakovica|Ime Ниш|Ime Šabac|Ime Zrenjanin");
}

static void
test_list_sort_by_computed_field (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(SkupRecord) unodc = add_organisation (f, "UNODC");
  g_autoptr(SkupRecord) duga = add_organisation (f, "Duga");
  g_autoptr(SkupRecord) ana = add_person (f, "Ana", "Antić");
  g_autoptr(SkupRecord) zoran = add_person (f, "Zoran", "Zec");
  SkupQuery by_organisation = { .sort = "organisation-name" };

  /* A column view sorts people by the organisation column, which is computed. */
  skup_record_set_int (ana, "organisation-id", skup_record_get_id (unodc));
  skup_record_set_int (zoran, "organisation-id", skup_record_get_id (duga));
  save_ok (f, ana);
  save_ok (f, zoran);
  assert_list (f, SKUP_TYPE_PERSON, &by_organisation, "Zoran Zec|Ana Antić");
}

static void
test_list_registrations_by_name (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Niš", "2023-05-21", "2023-05-21");
  g_autoptr(SkupRecord) zec = add_person (f, "Ana", "Zec");
  g_autoptr(SkupRecord) antic = add_person (f, "Zoran", "Antić");
  g_autoptr(SkupRecord) djuric = add_person (f, "Милица", "Ђурић");
  SkupQuery query = { .filter_field = "event-id", .filter_value = skup_record_get_id (event) };

  /* An attendance list or sign-in sheet is alphabetical by family name, like the people list. */
  add_registration (f, skup_record_get_id (event), skup_record_get_id (zec));
  add_registration (f, skup_record_get_id (event), skup_record_get_id (antic));
  add_registration (f, skup_record_get_id (event), skup_record_get_id (djuric));
  assert_list (f, SKUP_TYPE_REGISTRATION, &query, "Zoran Antić|Милица Ђурић|Ana Zec");
}

/* ---- Items and pages ---------------------------------------------------------------------- */

static void
test_list_items_filled (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) organisation = add_organisation (f, "Nova Plus");
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(GListModel) list = NULL;
  g_autoptr(SkupRecord) item = NULL;

  skup_record_set_string (person, "given-name", "Jelena");
  skup_record_set_string (person, "family-name", "Petrović");
  skup_record_set_string (person, "email", "jelena@novaplus.org");
  skup_record_set_bool (person, "is-trainer", TRUE);
  skup_record_set_int (person, "organisation-id", skup_record_get_id (organisation));
  save_ok (f, person);

  list = list_ok (f, SKUP_TYPE_PERSON, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_null (g_list_model_get_item (list, 1));
  item = g_list_model_get_item (list, 0);
  assert_same_fields (person, item);
  g_assert_cmpstr (skup_record_get_string (item, "organisation-name"), ==, "Nova Plus");
  g_assert_cmpint (skup_record_list_get_id (SKUP_RECORD_LIST (list), 0), ==,
                   skup_record_get_id (person));
  g_assert_cmpuint (skup_record_list_find (SKUP_RECORD_LIST (list), skup_record_get_id (person)),
                    ==, 0);
}

static void
test_list_pages (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;

  /* More than two pages, read out of order, as a view scrolling around does. */
  g_assert_true (skup_store_begin (f->store, NULL));
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *family = g_strdup_printf ("Prezime%03u", i);
      g_autoptr(SkupRecord) person = add_person (f, "Ime", family);
    }
  g_assert_true (skup_store_commit (f->store, NULL));

  list = list_ok (f, SKUP_TYPE_PERSON, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 150);
  for (guint step = 0; step < 150; step++)
    {
      guint i = (step * 67) % 150;
      g_autoptr(SkupRecord) item = g_list_model_get_item (list, i);
      g_autofree char *family = g_strdup_printf ("Prezime%03u", i);

      g_assert_cmpstr (skup_record_get_string (item, "family-name"), ==, family);
      g_assert_cmpint (skup_record_get_id (item), ==,
                       skup_record_list_get_id (SKUP_RECORD_LIST (list), i));
    }
}

/* ---- Filters and counts -------------------------------------------------------------------- */

static void
test_list_filter_field (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) summit = add_event (f, "Summit", "2023-05-02", "2023-05-05");
  g_autoptr(SkupRecord) meeting = add_event (f, "Expert Meeting", "2023-05-25", "2023-05-25");
  SkupQuery sessions = { .filter_field = "event-id", .filter_value = skup_record_get_id (summit) };
  SkupQuery bogus = { .filter_field = "no-such-field", .filter_value = 1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) none = NULL;

  assert_list (f, SKUP_TYPE_SESSION, &sessions, "2023-05-02|2023-05-03|2023-05-04|2023-05-05");
  sessions.filter_value = skup_record_get_id (meeting);
  assert_list (f, SKUP_TYPE_SESSION, &sessions, "2023-05-25");

  none = skup_store_list (f->store, SKUP_TYPE_SESSION, &bogus, &error);
  g_assert_null (none);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
}

static void
test_list_trainers_only (Fixture       *f,
                         gconstpointer  data)
{
  SkupQuery trainers = { .only_if = "is-trainer" };

  add_people (f);
  assert_list (f, SKUP_TYPE_PERSON, &trainers, "Irena Molnar|Stefan Pejić");
}

static char *
days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
test_list_events_when (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *two_days_ago = days_from_today (-2);
  g_autofree char *yesterday = days_from_today (-1);
  g_autofree char *today = days_from_today (0);
  g_autofree char *next_month = days_from_today (30);
  g_autoptr(SkupRecord) old = add_event (f, "Consultations", "2019-02-25", "2019-02-25");
  g_autoptr(SkupRecord) recent = add_event (f, "Finished yesterday", two_days_ago, yesterday);
  g_autoptr(SkupRecord) running = add_event (f, "Ends today", two_days_ago, today);
  g_autoptr(SkupRecord) future = add_event (f, "Next month", next_month, next_month);
  SkupQuery upcoming = { .when = 1 };
  SkupQuery past = { .when = -1 };

  /* Newest first. */
  assert_list (f, SKUP_TYPE_EVENT, &upcoming, "Next month|Ends today");
  assert_list (f, SKUP_TYPE_EVENT, &past, "Finished yesterday|Consultations");
  assert_list (f, SKUP_TYPE_EVENT, NULL,
               "Next month|Ends today|Finished yesterday|Consultations");
}

static void
test_count (Fixture       *f,
            gconstpointer  data)
{
  SkupQuery trainers = { .only_if = "is-trainer" };
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, &error), ==, 0);
  add_people (f);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, &error), ==, 5);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, &trainers, &error), ==, 2);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, NULL, &error), ==, 0);
  g_assert_no_error (error);
}

/* ---- Transactions ------------------------------------------------------------------------- */

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) organisation = NULL, event = NULL, kept = NULL;
  SkupQuery search = { .search = "Izlazak" };

  g_assert_true (skup_store_begin (f->store, &error));
  organisation = add_organisation (f, "Izlazak");
  event = add_event (f, "Social Cohesion", "2021-09-06", "2021-09-06");
  skup_store_rollback (f->store);

  g_assert_cmpint (count_rows (f, "organisations"), ==, 0);
  g_assert_cmpint (count_rows (f, "events"), ==, 0);
  g_assert_cmpint (count_rows (f, "sessions"), ==, 0);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, &search, NULL), ==, 0);

  g_assert_true (skup_store_begin (f->store, &error));
  kept = add_organisation (f, "Izlazak");
  g_assert_true (skup_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "organisations"), ==, 1);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, &search, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "list-people-by-family-name", test_list_people_by_family_name);
  fixture_add (PREFIX, "list-sort-by-field", test_list_sort_by_field);
  fixture_add (PREFIX, "list-sort-by-field-serbian", test_list_sort_by_field_serbian);
  fixture_add (PREFIX, "list-sort-by-computed-field", test_list_sort_by_computed_field);
  fixture_add (PREFIX, "list-registrations-by-name", test_list_registrations_by_name);
  fixture_add (PREFIX, "list-items-filled", test_list_items_filled);
  fixture_add (PREFIX, "list-pages", test_list_pages);
  fixture_add (PREFIX, "list-filter-field", test_list_filter_field);
  fixture_add (PREFIX, "list-trainers-only", test_list_trainers_only);
  fixture_add (PREFIX, "list-events-when", test_list_events_when);
  fixture_add (PREFIX, "count", test_count);
  fixture_add (PREFIX, "transaction-rollback", test_transaction_rollback);

  return g_test_run ();
}
