/* test-store-shared.c — several organisers on one register: two connections at once
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "skup-error.h"
#include "skup-person.h"
#include "skup-record-list.h"
#include "skup-store-private.h"
#include "store-fixture.h"

/* A second organiser: another connection to the fixture's register. */
static SkupStore *
open_second (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = skup_test_engine_second_location (&f->engine);
  SkupStore *other = skup_store_open (location, &error);

  g_assert_no_error (error);
  return other;
}

/* ---- Stale saves ----------------------------------------------------------------------- */

static void
test_stale_save_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkupStore) other = open_second (f);
  g_autoptr(SkupRecord) person = add_person (f, "Milan", "Petrović");
  g_autoptr(SkupRecord) mine = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (person));
  g_autoptr(SkupRecord) theirs = skup_store_load (other, SKUP_TYPE_PERSON,
                                                  skup_record_get_id (person), NULL);
  g_autoptr(SkupRecord) now = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (theirs);
  skup_record_set_string (theirs, "position", "Director");
  g_assert_true (skup_store_save (other, theirs, &error));
  g_assert_no_error (error);

  /* The first organiser still has the old version open: saving it would undo their edit. */
  skup_record_set_string (mine, "position", "Advisor");
  g_assert_false (skup_store_save (f->store, mine, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_STALE);
  g_clear_error (&error);
  now = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (person));
  g_assert_cmpstr (skup_record_get_string (now, "position"), ==, "Director");

  /* Reloaded, the same edit goes through. */
  skup_record_set_string (now, "position", "Advisor");
  save_ok (f, now);
  g_clear_object (&theirs);
  theirs = skup_store_load (other, SKUP_TYPE_PERSON, skup_record_get_id (person), NULL);
  g_assert_cmpstr (skup_record_get_string (theirs, "position"), ==, "Advisor");
}

static void
test_save_deleted_meanwhile (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupStore) other = open_second (f);
  g_autoptr(SkupRecord) person = add_person (f, "Ana", "Jović");
  g_autoptr(SkupRecord) theirs = skup_store_load (other, SKUP_TYPE_PERSON,
                                                  skup_record_get_id (person), NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_delete (other, theirs, NULL, &error));
  g_assert_no_error (error);
  skup_record_set_string (person, "city", "Niš");
  g_assert_false (skup_store_save (f->store, person, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (f, "people"), ==, 0);
}

/* ---- Hearing of the other organiser's changes ------------------------------------------ */

typedef struct {
  GPtrArray *kinds;
} Heard;

static void
on_changed (SkupStore  *store,
            const char *kind,
            gint64      id,
            Heard      *heard)
{
  g_ptr_array_add (heard->kinds, g_strdup (kind));
}

/* Polls @store as the window's watch does, for up to two seconds. */
static gboolean
heard_within_two_seconds (SkupStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      if (skup_store_poll_changes (store))
        return TRUE;
      g_usleep (20 * 1000);
    }
  return FALSE;
}

static void
test_other_connection_heard (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupStore) other = open_second (f);
  Heard heard = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(SkupRecord) person = NULL;

  g_signal_connect (other, "changed", G_CALLBACK (on_changed), &heard);
  g_assert_false (skup_store_poll_changes (other));

  person = add_person (f, "Jelena", "Marković");
  g_assert_true (heard_within_two_seconds (other));
  g_assert_cmpuint (heard.kinds->len, >=, 1);
  /* PostgreSQL says what changed when its notification has arrived ("" until then, or on
   * SQLite: something changed). Never another kind. */
  for (guint i = 0; i < heard.kinds->len; i++)
    g_assert_true (g_str_equal (g_ptr_array_index (heard.kinds, i), "")
                   || (fixture_engine (f) == SKUP_DB_POSTGRES
                       && g_str_equal (g_ptr_array_index (heard.kinds, i), "person")));

  /* The one that saved is not told of its own change. The other is told once, or on
   * PostgreSQL at most once more when the change's notification follows its counter; then
   * it settles: nothing more is heard without another change. */
  g_assert_false (skup_store_poll_changes (f->store));
  if (skup_store_poll_changes (other))
    g_assert_cmpint (fixture_engine (f), ==, SKUP_DB_POSTGRES);
  g_usleep (300 * 1000);
  skup_store_poll_changes (other);
  g_assert_false (skup_store_poll_changes (other));
  g_assert_false (skup_store_poll_changes (f->store));
  g_ptr_array_unref (heard.kinds);
}

static void
test_rolled_back_not_heard (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SkupStore) other = open_second (f);
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(GError) error = NULL;
  Heard heard = { g_ptr_array_new_with_free_func (g_free) };

  g_signal_connect (other, "changed", G_CALLBACK (on_changed), &heard);
  g_assert_false (skup_store_poll_changes (other));
  g_assert_true (skup_store_begin (f->store, &error));
  skup_record_set_string (person, "given-name", "Ivan");
  skup_record_set_string (person, "family-name", "Ilić");
  g_assert_true (skup_store_save (f->store, person, &error));
  skup_store_rollback (f->store);
  g_usleep (300 * 1000);
  /* Nobody is told of a person who was never saved. (On PostgreSQL the write counter is a
   * sequence, which a rollback does not give back: the other connection may read its lists
   * again once, needlessly, but hears of no record.) */
  if (fixture_engine (f) == SKUP_DB_SQLITE)
    g_assert_false (skup_store_poll_changes (other));
  else
    skup_store_poll_changes (other);
  g_assert_false (g_ptr_array_find_with_equal_func (heard.kinds, "person", g_str_equal, NULL));
  g_assert_cmpint (count_rows (f, "people"), ==, 0);
  g_ptr_array_unref (heard.kinds);
}

/* ---- Numbers two organisers take at once -------------------------------------------------- */

typedef struct {
  char   *location;
  GArray *numbers;
} Taker;

static gpointer
take_numbers (gpointer data)
{
  Taker *taker = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (taker->location, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 50; i++)
    {
      gint64 n = 0;

      g_assert_true (skup_store_begin (store, &error));
      g_assert_true (skup_store_next_number (store, "certificate", 2026, &n, &error));
      g_assert_no_error (error);
      g_array_append_val (taker->numbers, n);
      /* A moment inside the transaction, so the other taker really has to wait. */
      if (i % 7 == 0)
        g_usleep (2000);
      g_assert_true (skup_store_commit (store, &error));
      g_assert_no_error (error);
    }
  return NULL;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
test_numbers_without_gaps (Fixture       *f,
                           gconstpointer  data)
{
  Taker takers[2];
  GThread *threads[2];
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 n = 0;

  for (guint t = 0; t < 2; t++)
    {
      takers[t].location = skup_test_engine_second_location (&f->engine);
      takers[t].numbers = g_array_new (FALSE, FALSE, sizeof (gint64));
      threads[t] = g_thread_new ("taker", take_numbers, &takers[t]);
    }
  for (guint t = 0; t < 2; t++)
    {
      g_thread_join (threads[t]);
      g_array_append_vals (all, takers[t].numbers->data, takers[t].numbers->len);
      g_array_unref (takers[t].numbers);
      g_free (takers[t].location);
    }

  g_array_sort (all, compare_int64);
  g_assert_cmpuint (all->len, ==, 100);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (g_array_index (all, gint64, i), ==, (gint64) i + 1);

  /* A number taken by an issue that is rolled back is given back; another year starts at 1. */
  g_assert_true (skup_store_begin (f->store, &error));
  g_assert_true (skup_store_next_number (f->store, "certificate", 2026, &n, &error));
  g_assert_cmpint (n, ==, 101);
  skup_store_rollback (f->store);
  g_assert_true (skup_store_begin (f->store, &error));
  g_assert_true (skup_store_next_number (f->store, "certificate", 2026, &n, &error));
  g_assert_cmpint (n, ==, 101);
  g_assert_true (skup_store_next_number (f->store, "certificate", 2027, &n, &error));
  g_assert_cmpint (n, ==, 1);
  g_assert_true (skup_store_commit (f->store, &error));
  g_assert_no_error (error);
}

/* ---- A writer waits for another writer instead of failing at once ----------------------- */

typedef struct {
  SkupStore *store;
  GMutex     lock;
  GCond      cond;
  gboolean   holding;
} Holder;

static gpointer
hold_write_lock (gpointer data)
{
  Holder *holder = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

  g_assert_true (skup_store_begin (holder->store, &error));
  skup_record_set_string (person, "given-name", "Vesna");
  skup_record_set_string (person, "family-name", "Lukić");
  g_assert_true (skup_store_save (holder->store, person, &error));
  g_mutex_lock (&holder->lock);
  holder->holding = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->lock);
  g_usleep (1500 * 1000);
  g_assert_true (skup_store_commit (holder->store, &error));
  g_assert_no_error (error);
  return NULL;
}

static void
test_writer_waits_for_writer (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SkupStore) other = open_second (f);
  Holder holder = { other };
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(GError) error = NULL;
  GThread *thread;
  gint64 start;

  g_mutex_init (&holder.lock);
  g_cond_init (&holder.cond);
  thread = g_thread_new ("holder", hold_write_lock, &holder);
  g_mutex_lock (&holder.lock);
  while (!holder.holding)
    g_cond_wait (&holder.cond, &holder.lock);
  g_mutex_unlock (&holder.lock);

  start = g_get_monotonic_time ();
  skup_record_set_string (person, "given-name", "Goran");
  skup_record_set_string (person, "family-name", "Đurić");
  g_assert_true (skup_store_save (f->store, person, &error));
  g_assert_no_error (error);
  /* It waited for the other transaction (1.5 s) rather than failing in milliseconds. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);

  g_thread_join (thread);
  g_mutex_clear (&holder.lock);
  g_cond_clear (&holder.cond);
  g_assert_cmpint (count_rows (f, "people"), ==, 2);
}

/* ---- Ids far beyond anything the register counts to ---------------------------------- */

static void
test_search_huge_id (Fixture       *f,
                     gconstpointer  data)
{
  const gint64 huge = G_GINT64_CONSTANT (9007199254740993);
  g_autoptr(SkupStmt) ins = skup_db_prepare (db_of (f),
                                             "INSERT INTO people (id, given_name, family_name, "
                                             "created_at, updated_at) VALUES (?1, 'Zoran', "
                                             "'Zorić', '2026-01-01T00:00:00Z', "
                                             "'2026-01-01T00:00:00Z')", NULL);
  g_autoptr(SkupRecord) small = add_person (f, "Zorana", "Zec");
  g_autoptr(SkupRecord) person = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) found = NULL;
  SkupQuery query = { .search = "zor" };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (ins);
  skup_stmt_bind_int (ins, 1, huge);
  g_assert_true (skup_stmt_run (ins, &error));
  skup_stmt_reset (ins);
  /* Saved once through the store, the row gets its keys and its search entry. */
  person = load_ok (f, SKUP_TYPE_PERSON, huge);
  save_ok (f, person);

  /* The list just shown answers the search from its known order. */
  all = list_ok (f, SKUP_TYPE_PERSON, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  found = list_ok (f, SKUP_TYPE_PERSON, &query);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);
  g_assert_cmpuint (skup_record_list_find (SKUP_RECORD_LIST (found), huge), !=, G_MAXUINT);
  g_assert_cmpuint (skup_record_list_find (SKUP_RECORD_LIST (found), skup_record_get_id (small)),
                    !=, G_MAXUINT);
}

/* ---- A damaged page is an error, never an empty record -------------------------------- */

static void
test_list_read_error_reported (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SkupRecord) a = add_person (f, "Petar", "Perić");
  g_autoptr(SkupRecord) b = add_person (f, "Sava", "Savić");
  g_autoptr(GListModel) list = list_ok (f, SKUP_TYPE_PERSON, NULL);
  g_autoptr(SkupRecord) row = NULL;
  g_autoptr(GError) error = NULL;

  /* The table vanishes between the list and its first page (as a damaged file or a dropped
   * connection would make it unreadable): the list must say so. */
  sql_exec (db_of (f), "ALTER TABLE people RENAME TO people_gone");
  row = g_list_model_get_item (list, 0);
  g_assert_nonnull (row);
  g_assert_false (skup_record_list_get_error (SKUP_RECORD_LIST (list), &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add ("/skup/store-shared", "stale-save-refused", test_stale_save_refused);
  fixture_add ("/skup/store-shared", "save-deleted-meanwhile", test_save_deleted_meanwhile);
  fixture_add ("/skup/store-shared", "other-connection-heard", test_other_connection_heard);
  fixture_add ("/skup/store-shared", "rolled-back-not-heard", test_rolled_back_not_heard);
  fixture_add ("/skup/store-shared", "numbers-without-gaps", test_numbers_without_gaps);
  fixture_add ("/skup/store-shared", "writer-waits-for-writer", test_writer_waits_for_writer);
  fixture_add ("/skup/store-shared", "search-huge-id", test_search_huge_id);
  fixture_add ("/skup/store-shared", "list-read-error-reported", test_list_read_error_reported);

  return g_test_run ();
}
