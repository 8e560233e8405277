/* test-store-open.c — opening a register, migrating it, and facts every schema keeps
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>

#include "skup-error.h"
#include "skup-organisation.h"
#include "skup-store-private.h"
#include "store-fixture.h"

#define PREFIX "/skup/store"

/* ---- Files beside the register (SQLite) ---------------------------------------------------- */

static guint
count_backups (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->engine.dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".bak"))
      n++;
  return n;
}

/* The backup taken of a register at schema @version. */
static char *
find_backup (Fixture *f,
             int      version)
{
  g_autofree char *base = g_path_get_basename (f->engine.location);
  g_autofree char *prefix = g_strdup_printf ("%s.v%d-", base, version);
  g_autoptr(GDir) dir = g_dir_open (f->engine.dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".bak"))
      return g_build_filename (f->engine.dir, name, NULL);
  return NULL;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static SkupDb *
open_db_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  SkupDb *db = skup_db_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static int
version_of (SkupStore *store)
{
  g_autoptr(GError) error = NULL;
  int version = skup_db_get_schema_version (_skup_store_get_db (store), &error);

  g_assert_no_error (error);
  return version;
}

/* ---- Opening ------------------------------------------------------------------------------ */

/* SQLite only: a folder and a file are made, with the file's mode. */
static void
test_open_creates_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (f->engine.dir, "skup", "data", "skup.db", NULL);
  g_autoptr(SkupStore) store = skup_store_open (nested, &error);

  /* Attendee lists are sensitive: only the owner may read the register. */
  g_assert_no_error (error);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (nested), ==, 0600);
  g_assert_cmpstr (skup_store_get_path (store), ==, nested);
  g_assert_cmpint (version_of (store), ==, SKUP_DB_SCHEMA_VERSION);
  g_assert_cmpuint (count_backups (f), ==, 0);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) organisation = add_organisation (f, "Izlazak");
  g_autoptr(SkupRecord) loaded = NULL;

  g_clear_object (&f->store);
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);

  loaded = load_ok (f, SKUP_TYPE_ORGANISATION, skup_record_get_id (organisation));
  g_assert_cmpstr (skup_record_get_string (loaded, "name"), ==, "Izlazak");
  g_assert_cmpint (version_of (f->store), ==, SKUP_DB_SCHEMA_VERSION);
  /* A register at the current version is not copied aside (a server keeps no files here). */
  if (fixture_engine (f) == SKUP_DB_SQLITE)
    g_assert_cmpuint (count_backups (f), ==, 0);
}

/* SQLite only: an empty file is a database with nothing in it. */
static void
test_migrate_empty_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f->engine.location, "", 0, &error));
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);

  g_assert_cmpint (version_of (f->store), ==, SKUP_DB_SCHEMA_VERSION);
  g_assert_cmpint (count_rows (f, "people"), ==, 0);
  /* Nothing was there to lose, so nothing is backed up. */
  g_assert_cmpuint (count_backups (f), ==, 0);
}

/* A register as version 1 left it: version 2 added the counters, the stored sort keys and
 * the lower() email index; version 3 split the search index's key in two; version 4 added
 * organisations' logos. */
static void
write_v1_fixture (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupDb) db = open_db_ok (path);

  g_assert_true (skup_db_migrate (db, NULL, &error));
  g_assert_no_error (error);
  db_make_v5 (db);
  sql_exec (db, "DROP TABLE registration_history;"
                "DROP TABLE eligibility_overrides;"
                "DROP TABLE session_sheets;"
                "DROP INDEX people_licence_number;"
                "ALTER TABLE people DROP COLUMN licence_number;"
                "ALTER TABLE events DROP COLUMN eligibility_rule;"
                "ALTER TABLE events DROP COLUMN eligibility_percent;"
                "ALTER TABLE events DROP COLUMN eligibility_staff_always;"
                "DROP TABLE organisation_logos;"
                "DROP TABLE counters;"
                "DROP INDEX people_given_name_key;"
                "DROP INDEX people_city_key;"
                "ALTER TABLE people DROP COLUMN given_name_key;"
                "ALTER TABLE people DROP COLUMN city_key;"
                "ALTER TABLE organisations DROP COLUMN city_key;"
                "ALTER TABLE venues DROP COLUMN city_key;"
                "ALTER TABLE projects DROP COLUMN code_key;"
                "DROP INDEX people_email;"
                "CREATE INDEX people_email ON people (email COLLATE NOCASE);"
                "DROP TABLE search_index;"
                "CREATE VIRTUAL TABLE search_index USING fts5 (key, "
                "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');"
                "INSERT INTO people (given_name, family_name) VALUES ('Spisak', 'Učesnika'), "
                "('Сертификати', 'Ниш'), ('Palata', 'Srbija');"
                "PRAGMA user_version = 1;");
}

/* SQLite only: a server register is backed up with pg_dump by whoever runs it. */
static void
test_migrate_old_backup (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(SkupDb) copy = NULL;

  write_v1_fixture (f->engine.location);
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);

  g_assert_cmpint (version_of (f->store), ==, SKUP_DB_SCHEMA_VERSION);
  g_assert_cmpint (count_rows (f, "people"), ==, 3);
  g_assert_cmpint (count_rows (f, "counters"), ==, 0);
  /* The new sort keys were filled for the rows that were there, stamps untouched. */
  {
    g_autofree char *key = sql_text (db_of (f), "SELECT given_name_key FROM people "
                                                "WHERE family_name = 'Ниш'", 0);
    g_autofree char *stamp = sql_text (db_of (f), "SELECT updated_at FROM people "
                                                  "WHERE family_name = 'Ниш'", 0);
    g_assert_cmpstr (key, ==, "sertifikati");
    g_assert_cmpuint (strlen (stamp), ==, strlen ("2026-01-01T00:00:00Z"));
  }

  /* The copy is taken before the migration touches anything, and is as private as the file. */
  g_assert_cmpuint (count_backups (f), ==, 1);
  backup = find_backup (f, 1);
  g_assert_nonnull (backup);
  g_assert_cmpuint (file_mode (backup), ==, 0600);
  copy = open_db_ok (backup);
  g_assert_cmpint (sql_int (copy, "SELECT count(*) FROM people", 0), ==, 3);
  g_assert_cmpint (sql_int (copy, "PRAGMA user_version", 0), ==, 1);
  g_assert_cmpint (sql_int (copy, "SELECT count(*) FROM sqlite_schema WHERE name = 'counters'",
                            0), ==, 0);
}

/* SQLite only: version 0 with tables in it is another program's database. */
static void
test_foreign_tables_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;

  {
    g_autoptr(SkupDb) db = open_db_ok (f->engine.location);

    sql_exec (db, "CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, note TEXT);"
                  "INSERT INTO legacy_notes (note) VALUES ('Spisak učesnika, Niš'), "
                  "('Сертификати'), ('Palata Srbija');");
    g_assert_cmpint (sql_int (db, "PRAGMA user_version", 0), ==, 0);
  }
  g_assert_true (g_file_get_contents (f->engine.location, &before, &before_len, NULL));

  f->store = skup_store_open (f->engine.location, &error);
  g_assert_null (f->store);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP);
  g_assert_true (g_file_get_contents (f->engine.location, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_backups (f), ==, 0);
}

/* A database written by a newer Skup (which, like this one, uses WAL). */
static void
write_future_fixture (const char *path)
{
  g_autoptr(SkupDb) db = open_db_ok (path);

  sql_exec (db, "PRAGMA journal_mode = WAL;"
                "CREATE TABLE people (id INTEGER PRIMARY KEY, names TEXT);"
                "INSERT INTO people (names) VALUES ('Irena Molnar');"
                "PRAGMA user_version = 99;");
}

/* SQLite only: the test compares the file byte for byte. */
static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr(SkupDb) db = NULL;

  write_future_fixture (f->engine.location);
  g_assert_true (g_file_get_contents (f->engine.location, &before, &before_len, NULL));

  f->store = skup_store_open (f->engine.location, &error);
  g_assert_null (f->store);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_TOO_NEW);

  /* Left exactly as the newer version wrote it. */
  g_assert_true (g_file_get_contents (f->engine.location, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_backups (f), ==, 0);
  /* Its one table is in those unchanged bytes; the engine layer, too, still reads version 99
   * and will not even connect to it. */
  g_clear_error (&error);
  db = skup_db_open (f->engine.location, &error);
  g_assert_null (db);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "schema 99"));
}

/* SQLite only: a file that is not a database at all. */
static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  static const char text[] = "Spisak učesnika\nIrena Molnar; Stefan Pejić\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->engine.location, text, -1, NULL));
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_null (f->store);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP);
  g_assert_true (g_file_get_contents (f->engine.location, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

/* ---- Schema facts ------------------------------------------------------------------------- */

/* Every row of every table of the register says when it was made and last changed (the
 * search index, derived keys kept by each engine its own way, is not among those tables). A
 * statement naming a missing column does not prepare. */
static void
test_every_table_has_stamps (Fixture       *f,
                             gconstpointer  data)
{
  const char * const *tables = skup_db_tables ();
  guint n_tables = 0;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT created_at, updated_at FROM %s "
                                              "WHERE 1 = 0", tables[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SkupStmt) stmt = NULL;

      /* Satisfaction forms are anonymous: when one was typed in could tell whose it was. */
      if (g_str_equal (tables[i], "satisfaction_forms"))
        continue;
      stmt = skup_db_prepare (db_of (f), sql, &error);
      g_test_message ("table %s", tables[i]);
      g_assert_no_error (error);
      g_assert_nonnull (stmt);
      g_assert_true (skup_stmt_run (stmt, &error));
      g_assert_no_error (error);
      n_tables++;
    }
  g_assert_cmpuint (n_tables, >=, 14);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add_sqlite_file (PREFIX, "open-creates-file", test_open_creates_file);
  fixture_add (PREFIX, "reopen", test_reopen);
  fixture_add_sqlite_file (PREFIX, "migrate-empty-file", test_migrate_empty_file);
  fixture_add_sqlite_file (PREFIX, "migrate-old-backup", test_migrate_old_backup);
  fixture_add_sqlite_file (PREFIX, "foreign-tables-refused", test_foreign_tables_refused);
  fixture_add_sqlite_file (PREFIX, "too-new", test_too_new);
  fixture_add_sqlite_file (PREFIX, "not-a-database", test_not_a_database);
  fixture_add (PREFIX, "every-table-has-stamps", test_every_table_has_stamps);

  return g_test_run ();
}
