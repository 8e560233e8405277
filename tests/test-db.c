/* test-db.c — the engine layer under the store, on SQLite and on PostgreSQL
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "skup-db.h"
#include "skup-error.h"
#include "skup-test-engines.h"

typedef struct {
  SkupTestEngine engine;
  SkupDb        *db;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->db = skup_db_open (f->engine.location, &error);
  g_assert_no_error (error);
  g_assert_true (skup_db_migrate (f->db, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->db, skup_db_close);
}

static SkupStmt *
prepare_ok (SkupDb     *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  SkupStmt *stmt = skup_db_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  return stmt;
}

static void
exec_ok (SkupDb     *db,
         const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_db_exec (db, sql, &error));
  g_assert_no_error (error);
}

static gint64
count_people (SkupDb *db)
{
  g_autoptr(SkupStmt) stmt = prepare_ok (db, "SELECT count(*) FROM people");

  g_assert_cmpint (skup_stmt_step (stmt, NULL), ==, SKUP_STEP_ROW);
  return skup_stmt_column_int (stmt, 0);
}

/* ---- Values --------------------------------------------------------------------------- */

static void
test_values_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  static const guint8 bytes[] = { 0x89, 'P', 'N', 'G', 0, 0, 0xff, 0, 'x' };
  g_autoptr(GBytes) blob = g_bytes_new_static (bytes, sizeof bytes);
  g_autoptr(GBytes) read = NULL;
  g_autoptr(SkupStmt) ins = NULL;
  g_autoptr(SkupStmt) sel = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  ins = prepare_ok (f->db, "INSERT INTO events (title, kind, start_date, end_date, capacity, "
                           "accreditation_points, description, notes, created_at, updated_at) "
                           "VALUES (?1, 'workshop', '2019-05-20', '2019-05-22', ?2, ?3, ?4, ?5, "
                           "'x', 'x') RETURNING id");
  skup_stmt_bind_text (ins, 1, "Radionica „Žene“ — Ђорђе");
  skup_stmt_bind_int (ins, 2, G_GINT64_CONSTANT (2147483647));
  skup_stmt_bind_real (ins, 3, 12.625);
  skup_stmt_bind_text (ins, 4, "");
  skup_stmt_bind_text (ins, 5, NULL);
  g_assert_cmpint (skup_stmt_step (ins, &error), ==, SKUP_STEP_ROW);
  g_assert_no_error (error);
  id = skup_stmt_column_int (ins, 0);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (skup_stmt_step (ins, &error), ==, SKUP_STEP_DONE);

  sel = prepare_ok (f->db, "SELECT title, capacity, accreditation_points, description, notes "
                           "FROM events WHERE id = ?1");
  skup_stmt_bind_int (sel, 1, id);
  g_assert_cmpint (skup_stmt_step (sel, &error), ==, SKUP_STEP_ROW);
  g_assert_cmpstr (skup_stmt_column_text (sel, 0), ==, "Radionica „Žene“ — Ђорђе");
  g_assert_cmpint (skup_stmt_column_type (sel, 1), ==, SKUP_DB_INT);
  g_assert_cmpint (skup_stmt_column_int (sel, 1), ==, 2147483647);
  g_assert_cmpint (skup_stmt_column_type (sel, 2), ==, SKUP_DB_REAL);
  g_assert_cmpfloat (skup_stmt_column_real (sel, 2), ==, 12.625);
  /* An empty string is not NULL, and NULL is not an empty string. */
  g_assert_cmpstr (skup_stmt_column_text (sel, 3), ==, "");
  g_assert_true (skup_stmt_column_is_null (sel, 4));
  g_assert_null (skup_stmt_column_text (sel, 4));
  skup_stmt_reset (sel);

  /* Bytes with NULs in them come back whole; 64-bit numbers near the limit too. */
  {
    g_autoptr(SkupStmt) set = prepare_ok (f->db, "INSERT INTO settings (key, data, created_at, "
                                                 "updated_at) VALUES (?1, ?2, 'x', 'x')");
    g_autoptr(SkupStmt) get = prepare_ok (f->db, "SELECT data, ?2 FROM settings WHERE key = ?1");

    skup_stmt_bind_text (set, 1, "logo");
    skup_stmt_bind_blob (set, 2, blob);
    g_assert_true (skup_stmt_run (set, &error));
    g_assert_no_error (error);
    skup_stmt_bind_text (get, 1, "logo");
    skup_stmt_bind_int (get, 2, G_MAXINT64 - 1);
    g_assert_cmpint (skup_stmt_step (get, &error), ==, SKUP_STEP_ROW);
    read = skup_stmt_column_blob (get, 0);
    g_assert_cmpint (skup_stmt_column_type (get, 0), ==, SKUP_DB_BLOB);
    g_assert_true (g_bytes_equal (read, blob));
    g_assert_cmpint (skup_stmt_column_int (get, 1), ==, G_MAXINT64 - 1);
  }
}

/* A statement is reused after a reset with new values; changes counts the rows written. */
static void
test_reuse_and_changes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Ana", "Milan", "Jelena" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SkupStmt) ins =
        prepare_ok (f->db, "INSERT INTO people (given_name, family_name, created_at, updated_at) "
                           "VALUES (?1, 'Petrović', 'x', 'x')");

      skup_stmt_bind_text (ins, 1, names[i]);
      g_assert_true (skup_stmt_run (ins, &error));
      g_assert_cmpint (skup_stmt_changes (ins), ==, 1);
    }
  {
    g_autoptr(SkupStmt) upd = prepare_ok (f->db, "UPDATE people SET city = ?1 WHERE given_name <> ?2");

    skup_stmt_bind_text (upd, 1, "Niš");
    skup_stmt_bind_text (upd, 2, "Ana");
    g_assert_true (skup_stmt_run (upd, &error));
    g_assert_cmpint (skup_stmt_changes (upd), ==, 2);
  }
  {
    g_autoptr(SkupStmt) del = prepare_ok (f->db, "DELETE FROM people WHERE given_name = ?1");

    skup_stmt_bind_text (del, 1, "nobody");
    g_assert_true (skup_stmt_run (del, &error));
    g_assert_cmpint (skup_stmt_changes (del), ==, 0);
  }
  g_assert_no_error (error);
  g_assert_cmpint (count_people (f->db), ==, 3);
}

/* ---- Errors ----------------------------------------------------------------------------- */

static void
test_constraint_names_field (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupStmt) ins =
    prepare_ok (f->db, "INSERT INTO people (given_name, family_name, created_at, updated_at) "
                       "VALUES (?1, 'Perić', 'x', 'x')");
  g_autoptr(GError) error = NULL;

  skup_stmt_bind_null (ins, 1);
  g_assert_cmpint (skup_stmt_step (ins, &error), ==, SKUP_STEP_ERROR);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_cmpstr (skup_error_get_field (error), ==, "given-name");
  /* Reported once: a second step does not start it over. */
  g_clear_error (&error);
  g_assert_cmpint (skup_stmt_step (ins, &error), ==, SKUP_STEP_DONE);
  g_assert_cmpint (count_people (f->db), ==, 0);
}

static void
test_bad_statement_is_an_error (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupStmt *stmt = skup_db_prepare (f->db, "SELECT nothing FROM no_such_table WHERE id = ?1",
                                    &error);

  /* SQLite says so at once, PostgreSQL when the statement first runs: never "no rows". */
  if (stmt != NULL)
    {
      skup_stmt_bind_int (stmt, 1, 1);
      g_assert_cmpint (skup_stmt_step (stmt, &error), ==, SKUP_STEP_ERROR);
      skup_stmt_reset (stmt);
    }
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE);
}

/* ---- Transactions ----------------------------------------------------------------------- */

static void
add_person (SkupDb     *db,
            const char *given)
{
  g_autoptr(SkupStmt) ins =
    prepare_ok (db, "INSERT INTO people (given_name, family_name, created_at, updated_at) "
                    "VALUES (?1, 'Lukić', 'x', 'x')");
  g_autoptr(GError) error = NULL;

  skup_stmt_bind_text (ins, 1, given);
  g_assert_true (skup_stmt_run (ins, &error));
  g_assert_no_error (error);
}

static void
test_savepoints (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_db_begin (f->db, TRUE, &error));
  add_person (f->db, "Vesna");
  g_assert_true (skup_db_begin (f->db, TRUE, &error));
  add_person (f->db, "Goran");
  g_assert_cmpuint (skup_db_get_depth (f->db), ==, 2);
  skup_db_rollback (f->db);
  g_assert_cmpint (count_people (f->db), ==, 1);
  g_assert_true (skup_db_commit (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_people (f->db), ==, 1);

  g_assert_true (skup_db_begin (f->db, TRUE, &error));
  add_person (f->db, "Ivan");
  g_assert_true (skup_db_begin (f->db, TRUE, &error));
  add_person (f->db, "Sava");
  g_assert_true (skup_db_commit (f->db, &error));
  skup_db_rollback (f->db);
  g_assert_cmpuint (skup_db_get_depth (f->db), ==, 0);
  g_assert_cmpint (count_people (f->db), ==, 1);
}

/* A statement that fails inside a transaction: SQLite keeps the rest, PostgreSQL aborts the
 * whole transaction. Either way a commit never says "saved" over rows that are gone. */
static void
test_commit_after_failure (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStmt) bad = NULL;
  gboolean committed;

  g_assert_true (skup_db_begin (f->db, TRUE, &error));
  add_person (f->db, "Vesna");
  bad = prepare_ok (f->db, "INSERT INTO people (given_name, family_name, created_at, updated_at) "
                           "VALUES (NULL, 'X', 'x', 'x')");
  g_assert_cmpint (skup_stmt_step (bad, NULL), ==, SKUP_STEP_ERROR);
  skup_stmt_reset (bad);
  committed = skup_db_commit (f->db, &error);
  g_assert_cmpuint (skup_db_get_depth (f->db), ==, 0);
  if (committed)
    {
      g_assert_no_error (error);
      g_assert_cmpint (count_people (f->db), ==, 1);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_cmpint (count_people (f->db), ==, 0);
    }
  /* And the connection goes on working. */
  g_assert_true (skup_db_begin (f->db, TRUE, NULL));
  add_person (f->db, "Goran");
  g_assert_true (skup_db_commit (f->db, NULL));
}

typedef struct {
  const char *location;
  GMutex      lock;
  GCond       cond;
  gboolean    holding;
  gboolean    release;
} LockHolder;

static gpointer
hold_lock (gpointer data)
{
  LockHolder *h = data;
  g_autoptr(SkupDb) db = skup_db_open (h->location, NULL);

  g_assert_true (skup_db_begin (db, TRUE, NULL));
  add_person (db, "Holder");
  g_mutex_lock (&h->lock);
  h->holding = TRUE;
  g_cond_broadcast (&h->cond);
  while (!h->release)
    g_cond_wait (&h->cond, &h->lock);
  g_mutex_unlock (&h->lock);
  g_assert_true (skup_db_commit (db, NULL));
  return NULL;
}

/* Another organiser holds the write lock too long: the writer is told so plainly, after the
 * wait, and its connection works again at once. */
static void
test_busy_then_recover (Fixture       *f,
                        gconstpointer  data)
{
  LockHolder h = { f->engine.location };
  g_autoptr(GError) error = NULL;
  GThread *thread;
  gint64 start;

  g_mutex_init (&h.lock);
  g_cond_init (&h.cond);
  thread = g_thread_new ("holder", hold_lock, &h);
  g_mutex_lock (&h.lock);
  while (!h.holding)
    g_cond_wait (&h.cond, &h.lock);
  g_mutex_unlock (&h.lock);

  start = g_get_monotonic_time ();
  g_assert_false (skup_db_begin (f->db, TRUE, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_BUSY);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_USEC_PER_SEC);
  g_assert_cmpuint (skup_db_get_depth (f->db), ==, 0);
  g_assert_cmpint (count_people (f->db), ==, 0);

  g_mutex_lock (&h.lock);
  h.release = TRUE;
  g_cond_broadcast (&h.cond);
  g_mutex_unlock (&h.lock);
  g_thread_join (thread);
  g_assert_cmpint (count_people (f->db), ==, 1);
  g_mutex_clear (&h.lock);
  g_cond_clear (&h.cond);
}

/* ---- Schema ----------------------------------------------------------------------------- */

static void
test_migrate_idempotent (Fixture       *f,
                         gconstpointer  data)
{
  const char * const *tables = skup_db_tables ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (skup_db_get_schema_version (f->db, &error), ==, SKUP_DB_SCHEMA_VERSION);
  g_assert_true (skup_db_migrate (f->db, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_autoptr(SkupStmt) stmt = prepare_ok (f->db, sql);

      g_assert_cmpint (skup_stmt_step (stmt, &error), ==, SKUP_STEP_ROW);
      g_assert_no_error (error);
    }
}

typedef struct {
  const char *location;
  gboolean    ok;
  char       *message;
} Opener;

static gpointer
open_and_migrate (gpointer data)
{
  Opener *o = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupDb) db = skup_db_open (o->location, &error);

  o->ok = db != NULL && skup_db_migrate (db, NULL, &error);
  o->message = error ? g_strdup (error->message) : NULL;
  return NULL;
}

/* Two organisers open a register nobody has opened yet at the same moment: one makes it, the
 * other waits and finds it made. */
static void
test_migrate_together (Fixture       *f,
                       gconstpointer  data)
{
  for (guint round = 0; round < 6; round++)
    {
      SkupTestEngine e = { 0 };
      Opener openers[2];
      GThread *threads[2];

      skup_test_engine_setup (&e, f->engine.engine);
      for (guint i = 0; i < 2; i++)
        {
          openers[i] = (Opener) { e.location, FALSE, NULL };
          threads[i] = g_thread_new ("opener", open_and_migrate, &openers[i]);
        }
      for (guint i = 0; i < 2; i++)
        {
          g_thread_join (threads[i]);
          g_assert_cmpstr (openers[i].message, ==, NULL);
          g_assert_true (openers[i].ok);
        }
      skup_test_engine_teardown (&e);
    }
}

/* ---- Search ------------------------------------------------------------------------------ */

static GArray *
search (SkupDb     *db,
        const char *a,
        const char *b)
{
  const char *terms[] = { a, b, NULL };
  g_autoptr(GError) error = NULL;
  GArray *ids = skup_db_search (db, 3, terms, NULL, &error);

  g_assert_no_error (error);
  return ids;
}

static void
test_search_index (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GArray) both = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) other_kind = NULL;

  g_assert_true (skup_db_index_put (f->db, 3, 10, "milutin milosevic", "beograd", &error));
  g_assert_true (skup_db_index_put (f->db, 3, 11, "milica petrovic", "pera@example.com", &error));
  g_assert_true (skup_db_index_put (f->db, 4, 10, "milosevic workshop", NULL, &error));
  g_assert_no_error (error);

  one = search (f->db, "milos", NULL);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpint (g_array_index (one, gint64, 0), ==, 10);
  both = search (f->db, "mil", NULL);
  g_assert_cmpuint (both->len, ==, 2);
  none = search (f->db, "mil", "novi");
  g_assert_cmpuint (none->len, ==, 0);
  /* Every term must match some word; an address is words too. */
  {
    g_autoptr(GArray) address = search (f->db, "pet", "example");
    g_assert_cmpuint (address->len, ==, 1);
  }

  /* Put again replaces; remove removes; another kind's entries stay. */
  g_assert_true (skup_db_index_put (f->db, 3, 10, "zoran zoric", NULL, &error));
  g_array_unref (none);
  none = search (f->db, "milos", NULL);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_true (skup_db_index_remove (f->db, 3, 11, &error));
  g_array_unref (none);
  none = search (f->db, "mil", NULL);
  g_assert_cmpuint (none->len, ==, 0);
  {
    const char *terms[] = { "milos", NULL };
    other_kind = skup_db_search (f->db, 4, terms, NULL, &error);
    g_assert_cmpuint (other_kind->len, ==, 1);
  }
}

static void
test_id_sets (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cond = skup_db_in_id_set (f->db, "id", 1);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM people WHERE %s", cond);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < 5; i++)
    add_person (f->db, "X");
  for (gint64 i = 1; i <= 1000; i++)
    g_array_append_val (ids, i);
  for (guint n = 0; n <= 1000; n = n == 0 ? 1 : n * 1000)
    {
      g_autoptr(SkupStmt) stmt = prepare_ok (f->db, sql);

      skup_db_bind_id_set (stmt, 1, (gint64 *) ids->data, n);
      g_assert_cmpint (skup_stmt_step (stmt, &error), ==, SKUP_STEP_ROW);
      g_assert_cmpint (skup_stmt_column_int (stmt, 0), ==, MIN (n, 5));
    }
  g_assert_no_error (error);
}

/* ---- Roles (PostgreSQL) ------------------------------------------------------------------- */

/* The README's recipe, as an administrator would type it: an owner role that owns only the
 * register's schema, an organiser who works as it, and an auditor who may only read. */
static void
test_least_privilege (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *suffix = g_strdup_printf ("%08x", g_random_int ());
  g_autofree char *setup = g_strdup_printf (
    "CREATE ROLE owner_%1$s NOLOGIN; CREATE SCHEMA reg_%1$s AUTHORIZATION owner_%1$s;"
    "CREATE ROLE org_%1$s LOGIN IN ROLE owner_%1$s; ALTER ROLE org_%1$s SET role = owner_%1$s;"
    "CREATE ROLE aud_%1$s LOGIN; GRANT USAGE ON SCHEMA reg_%1$s TO aud_%1$s;"
    "ALTER DEFAULT PRIVILEGES FOR ROLE owner_%1$s IN SCHEMA reg_%1$s "
    "GRANT SELECT ON TABLES TO aud_%1$s;"
    "ALTER DEFAULT PRIVILEGES FOR ROLE owner_%1$s IN SCHEMA reg_%1$s "
    "GRANT SELECT ON SEQUENCES TO aud_%1$s;", suffix);
  g_autofree char *schema = g_strdup_printf ("reg_%s", suffix);
  g_autofree char *org_name = g_strdup_printf ("org_%s", suffix);
  g_autofree char *aud_name = g_strdup_printf ("aud_%s", suffix);
  g_autofree char *organiser = skup_test_engine_location_as (&f->engine, org_name, schema);
  g_autofree char *auditor = skup_test_engine_location_as (&f->engine, aud_name, schema);
  g_autofree char *cleanup = g_strdup_printf (
    "DROP SCHEMA reg_%1$s CASCADE; DROP OWNED BY aud_%1$s; DROP ROLE aud_%1$s;"
    "DROP ROLE org_%1$s; DROP ROLE owner_%1$s;", suffix);
  g_autoptr(GError) error = NULL;

  exec_ok (f->db, setup);
  {
    /* The organiser's first connection makes the tables, owned by the owner role. */
    g_autoptr(SkupDb) db = skup_db_open (organiser, &error);

    g_assert_no_error (error);
    g_assert_true (skup_db_migrate (db, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (skup_db_begin (db, TRUE, &error));
    add_person (db, "Maja");
    g_assert_true (skup_db_commit (db, &error));
  }
  {
    g_autoptr(SkupDb) db = skup_db_open (auditor, &error);
    g_autoptr(SkupStmt) ins = NULL;

    g_assert_no_error (error);
    g_assert_true (skup_db_migrate (db, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_people (db), ==, 1);
    /* Changing anything is refused, and says so plainly. */
    if (skup_db_begin (db, TRUE, &error))
      {
        ins = prepare_ok (db, "INSERT INTO people (given_name, family_name, created_at, "
                              "updated_at) VALUES ('A', 'B', 'x', 'x')");
        g_assert_cmpint (skup_stmt_step (ins, &error), ==, SKUP_STEP_ERROR);
        skup_db_rollback (db);
      }
    g_assert_error (error, SKUP_ERROR, SKUP_ERROR_READ_ONLY);
    g_assert_nonnull (strstr (error->message, "view-only"));
  }
  exec_ok (f->db, cleanup);
}

static void
add (const char      *name,
     GTestFixtureFunc test)
{
  skup_test_engine_add ("/skup/db", name, sizeof (Fixture), NULL,
                        (GTestFixtureFunc) fixture_setup, test,
                        (GTestFixtureFunc) fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("values-round-trip", (GTestFixtureFunc) test_values_round_trip);
  add ("reuse-and-changes", (GTestFixtureFunc) test_reuse_and_changes);
  add ("constraint-names-field", (GTestFixtureFunc) test_constraint_names_field);
  add ("bad-statement-is-an-error", (GTestFixtureFunc) test_bad_statement_is_an_error);
  add ("savepoints", (GTestFixtureFunc) test_savepoints);
  add ("commit-after-failure", (GTestFixtureFunc) test_commit_after_failure);
  add ("busy-then-recover", (GTestFixtureFunc) test_busy_then_recover);
  add ("migrate-idempotent", (GTestFixtureFunc) test_migrate_idempotent);
  add ("migrate-together", (GTestFixtureFunc) test_migrate_together);
  add ("search-index", (GTestFixtureFunc) test_search_index);
  add ("id-sets", (GTestFixtureFunc) test_id_sets);
  skup_test_engine_add_only (SKUP_DB_POSTGRES, "/skup/db", "least-privilege", sizeof (Fixture),
                             NULL, (GTestFixtureFunc) fixture_setup,
                             (GTestFixtureFunc) test_least_privilege,
                             (GTestFixtureFunc) fixture_teardown);

  return g_test_run ();
}
