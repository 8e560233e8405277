/* test-store.c — the register in SQLite: opening and migrating, saving, deleting, lists, merges
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "skup-attendance.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-record-list.h"
#include "skup-registration.h"
#include "skup-room.h"
#include "skup-schema.h"
#include "skup-session.h"
#include "skup-store.h"
#include "skup-venue.h"

#define OLD_STAMP "2000-01-01T00:00:00Z"

/* Each test gets a folder of its own with skup.db in it; the store is open unless the test
 * was added with fixture_set_up_closed (migration tests make the file themselves). */
typedef struct
{
  char      *tmpdir;
  char      *path;
  SkupStore *store;
} Fixture;

static void
fixture_set_up_closed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tmpdir = g_dir_make_tmp ("skup-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->tmpdir, "skup.db", NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up_closed (f, data);
  f->store = skup_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->tmpdir);
  g_free (f->path);
  g_free (f->tmpdir);
}

/* ---- SQL straight on the file, to see what the store really wrote ------------------------- */

static sqlite3 *
db_of (Fixture *f)
{
  return skup_store_get_handle (f->store);
}

static void
sql_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static sqlite3_stmt *
sql_prepare (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

/* The first column of the first row of @sql, with ?1 bound to @arg if it has a parameter. */
static gint64
sql_int (sqlite3    *db,
         const char *sql,
         gint64      arg)
{
  g_autoptr(sqlite3_stmt) stmt = sql_prepare (db, sql);

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
sql_text (sqlite3    *db,
          const char *sql,
          gint64      arg)
{
  g_autoptr(sqlite3_stmt) stmt = sql_prepare (db, sql);

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gint64
count (Fixture    *f,
       const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return sql_int (db_of (f), sql, 0);
}

/* Makes a row look old, so a save visibly moves updated_at (stamps have whole seconds). */
static void
age_row (Fixture    *f,
         SkupRecord *record)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET created_at = '" OLD_STAMP "', "
                                          "updated_at = '" OLD_STAMP "' WHERE id = ?1",
                                          SKUP_RECORD_GET_CLASS (record)->table);
  g_autoptr(sqlite3_stmt) stmt = sql_prepare (db_of (f), sql);

  sqlite3_bind_int64 (stmt, 1, skup_record_get_id (record));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (db_of (f)), ==, 1);
}

static gint64
add_certificate (Fixture    *f,
                 const char *number,
                 gint64      person_id,
                 gint64      event_id,
                 gint64      registration_id,
                 const char *recipient)
{
  g_autoptr(sqlite3_stmt) stmt =
    sql_prepare (db_of (f), "INSERT INTO certificates (number, person_id, event_id, "
                            "registration_id, recipient_name, event_title, event_dates, "
                            "issued_at) VALUES (?1, ?2, ?3, ?4, ?5, 'Radionica', "
                            "'20–22. 5. 2019.', '2019-05-22')");

  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_int64 (stmt, 3, event_id);
  sqlite3_bind_int64 (stmt, 4, registration_id);
  sqlite3_bind_text (stmt, 5, recipient, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  return sqlite3_last_insert_rowid (db_of (f));
}

/* ---- Making records ----------------------------------------------------------------------- */

static void
assert_field_error (const GError *error,
                    int           code,
                    const char   *field)
{
  g_assert_error (error, SKUP_ERROR, code);
  g_assert_cmpstr (skup_error_get_field (error), ==, field);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
save_ok (Fixture    *f,
         SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_save (f->store, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (skup_record_get_id (record), >, 0);
}

static SkupRecord *
load_ok (Fixture *f,
         GType    type,
         gint64   id)
{
  g_autoptr(GError) error = NULL;
  SkupRecord *record = skup_store_load (f->store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static void
assert_gone (Fixture    *f,
             SkupRecord *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) loaded = skup_store_load (f->store, G_OBJECT_TYPE (record),
                                                  skup_record_get_id (record), &error);

  g_assert_null (loaded);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
}

static SkupRecord *
add_organisation (Fixture    *f,
                  const char *name)
{
  SkupRecord *organisation = SKUP_RECORD (skup_organisation_new ());

  skup_record_set_string (organisation, "name", name);
  save_ok (f, organisation);
  return organisation;
}

static SkupRecord *
add_person (Fixture    *f,
            const char *given,
            const char *family)
{
  SkupRecord *person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  save_ok (f, person);
  return person;
}

static SkupRecord *
add_venue (Fixture    *f,
           const char *name)
{
  SkupRecord *venue = SKUP_RECORD (skup_venue_new ());

  skup_record_set_string (venue, "name", name);
  skup_record_set_string (venue, "city", "Beograd");
  save_ok (f, venue);
  return venue;
}

static SkupRecord *
add_room (Fixture    *f,
          gint64      venue_id,
          const char *name)
{
  SkupRecord *room = SKUP_RECORD (skup_room_new ());

  skup_record_set_string (room, "name", name);
  skup_record_set_int (room, "venue-id", venue_id);
  save_ok (f, room);
  return room;
}

static SkupRecord *
new_event (const char *title,
           const char *start,
           const char *end)
{
  SkupRecord *event = SKUP_RECORD (skup_event_new ());

  skup_record_set_string (event, "title", title);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "status", "planned");
  skup_record_set_string (event, "start-date", start);
  skup_record_set_string (event, "end-date", end);
  return event;
}

static SkupRecord *
add_event (Fixture    *f,
           const char *title,
           const char *start,
           const char *end)
{
  SkupRecord *event = new_event (title, start, end);

  save_ok (f, event);
  return event;
}

static gint64
add_registration (Fixture *f,
                  gint64   event_id,
                  gint64   person_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (skup_store_register (f->store, event_id, person_id, NULL, NULL, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
attend (Fixture    *f,
        gint64      registration_id,
        gint64      session_id,
        const char *status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_set_attendance (f->store, registration_id, session_id, status,
                                            NULL, &error));
  g_assert_no_error (error);
}

/* The event's session on @date (events get one per day). */
static gint64
session_on (Fixture    *f,
            gint64      event_id,
            const char *date)
{
  g_autoptr(sqlite3_stmt) stmt =
    sql_prepare (db_of (f), "SELECT id FROM sessions WHERE event_id = ?1 AND date = ?2");

  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static gint64
sessions_of (Fixture *f,
             gint64   event_id)
{
  return sql_int (db_of (f), "SELECT count(*) FROM sessions WHERE event_id = ?1", event_id);
}

/* Every field, computed ones included, reads the same in both. */
static void
assert_same_fields (SkupRecord *a,
                    SkupRecord *b)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (a);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  g_assert_cmpint (skup_record_get_id (a), ==, skup_record_get_id (b));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *x = skup_record_dup_text (a, klass->fields[i].name);
      g_autofree char *y = skup_record_dup_text (b, klass->fields[i].name);

      g_test_message ("field %s", klass->fields[i].name);
      g_assert_cmpstr (x, ==, y);
    }
}

/* Sets @field from @typed, saves, and checks the change is in the database and stamped. */
static void
assert_update_persists (Fixture    *f,
                        SkupRecord *record,
                        const char *field,
                        const char *typed,
                        const char *stored)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) loaded = NULL;
  g_autofree char *text = NULL;

  age_row (f, record);
  g_assert_true (skup_record_set_from_text (record, field, typed, &error));
  g_assert_no_error (error);
  save_ok (f, record);
  g_assert_cmpstr (skup_record_get_created_at (record), ==, OLD_STAMP);
  g_assert_cmpstr (skup_record_get_updated_at (record), !=, OLD_STAMP);

  loaded = load_ok (f, G_OBJECT_TYPE (record), skup_record_get_id (record));
  text = skup_record_dup_text (loaded, field);
  g_assert_cmpstr (text, ==, stored);
  assert_same_fields (record, loaded);
}

static void
delete_ok (Fixture    *f,
           SkupRecord *record,
           GPtrArray  *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_delete (f->store, record, plan, &error));
  g_assert_no_error (error);
  assert_gone (f, record);
}

static GPtrArray *
plan_ok (Fixture    *f,
         SkupRecord *record)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *plan = skup_store_plan_delete (f->store, record, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

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

/* ---- Opening and migrating ---------------------------------------------------------------- */

static guint
count_backups (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->tmpdir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".bak"))
      n++;
  return n;
}

static char *
find_backup (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->tmpdir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "skup.db.v0-") && g_str_has_suffix (name, ".bak"))
      return g_build_filename (f->tmpdir, name, NULL);
  return NULL;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
test_open_creates_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (f->tmpdir, "skup", "data", "skup.db", NULL);
  g_autoptr(SkupStore) store = skup_store_open (nested, &error);

  /* Attendee lists are sensitive: only the owner may read the register. */
  g_assert_no_error (error);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (nested), ==, 0600);
  g_assert_cmpstr (skup_store_get_path (store), ==, nested);
  g_assert_cmpint (sql_int (skup_store_get_handle (store), "PRAGMA user_version", 0), ==,
                   SKUP_SCHEMA_VERSION);
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
  f->store = skup_store_open (f->path, &error);
  g_assert_no_error (error);

  loaded = load_ok (f, SKUP_TYPE_ORGANISATION, skup_record_get_id (organisation));
  g_assert_cmpstr (skup_record_get_string (loaded, "name"), ==, "Izlazak");
  g_assert_cmpint (sql_int (db_of (f), "PRAGMA user_version", 0), ==, SKUP_SCHEMA_VERSION);
  g_assert_cmpuint (count_backups (f), ==, 0);
}

static void
test_migrate_empty_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, &error));
  f->store = skup_store_open (f->path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sql_int (db_of (f), "PRAGMA user_version", 0), ==, SKUP_SCHEMA_VERSION);
  g_assert_cmpint (count (f, "people"), ==, 0);
  /* Nothing was there to lose, so nothing is backed up. */
  g_assert_cmpuint (count_backups (f), ==, 0);
}

/* A database from before Skup had a schema: user_version 0, but with someone's data in it. */
static void
write_v0_fixture (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql_exec (db, "CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, note TEXT);"
                "INSERT INTO legacy_notes (note) VALUES ('Spisak učesnika, Niš'), "
                "('Сертификати'), ('Palata Srbija');");
  g_assert_cmpint (sql_int (db, "PRAGMA user_version", 0), ==, 0);
  sqlite3_close (db);
}

static void
test_migrate_v0_backup (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  sqlite3 *copy = NULL;

  write_v0_fixture (f->path);
  f->store = skup_store_open (f->path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sql_int (db_of (f), "PRAGMA user_version", 0), ==, SKUP_SCHEMA_VERSION);
  g_assert_cmpint (count (f, "legacy_notes"), ==, 3);
  g_assert_cmpint (count (f, "people"), ==, 0);

  /* The copy is taken before the migration touches anything, and is as private as the file. */
  g_assert_cmpuint (count_backups (f), ==, 1);
  backup = find_backup (f);
  g_assert_nonnull (backup);
  g_assert_cmpuint (file_mode (backup), ==, 0600);
  g_assert_cmpint (sqlite3_open_v2 (backup, &copy, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sql_int (copy, "SELECT count(*) FROM legacy_notes", 0), ==, 3);
  g_assert_cmpint (sql_int (copy, "PRAGMA user_version", 0), ==, 0);
  g_assert_cmpint (sql_int (copy, "SELECT count(*) FROM sqlite_schema WHERE name = 'people'", 0),
                   ==, 0);
  sqlite3_close (copy);
}

/* A database written by a newer Skup (which, like this one, uses WAL). */
static void
write_future_fixture (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql_exec (db, "PRAGMA journal_mode = WAL;"
                "CREATE TABLE people (id INTEGER PRIMARY KEY, names TEXT);"
                "INSERT INTO people (names) VALUES ('Irena Molnar');"
                "PRAGMA user_version = 99;");
  sqlite3_close (db);
}

static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;
  sqlite3 *db = NULL;

  write_future_fixture (f->path);
  g_assert_true (g_file_get_contents (f->path, &before, &before_len, NULL));

  f->store = skup_store_open (f->path, &error);
  g_assert_null (f->store);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_TOO_NEW);

  /* Left exactly as the newer version wrote it. */
  g_assert_true (g_file_get_contents (f->path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_backups (f), ==, 0);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version", 0), ==, 99);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM sqlite_schema", 0), ==, 1);
  sqlite3_close (db);
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  static const char text[] = "Spisak učesnika\nIrena Molnar; Stefan Pejić\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->path, text, -1, NULL));
  f->store = skup_store_open (f->path, &error);
  g_assert_null (f->store);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP);
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

/* ---- Create, read, update, delete for every kind of record -------------------------------- */

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
  g_assert_cmpint (count (f, "organisations"), ==, 1);
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
  g_assert_cmpint (count (f, "venues"), ==, 1);
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
  g_assert_cmpint (count (f, "sessions"), ==, 0);
}

static void
test_crud_event_organisation (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Eliminate Violence", "2023-12-08", "2023-12-08");
  g_autoptr(SkupRecord) dpnsee = add_organisation (f, "DPNSEE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(SkupRecord) link = NULL;
  g_autoptr(SkupRecord) organisation = NULL;
  SkupQuery query = { .filter_field = "event-id", .filter_value = skup_record_get_id (event) };

  g_assert_true (skup_store_add_event_organisation (f->store, skup_record_get_id (event),
                                                    skup_record_get_id (dpnsee), "organiser",
                                                    &error));
  g_assert_no_error (error);
  links = skup_store_list (f->store, SKUP_TYPE_EVENT_ORGANISATION, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);
  link = g_list_model_get_item (links, 0);
  g_assert_cmpstr (skup_record_get_string (link, "role"), ==, "organiser");
  g_assert_cmpstr (skup_record_get_string (link, "organisation-name"), ==, "DPNSEE");
  organisation = load_ok (f, SKUP_TYPE_ORGANISATION, skup_record_get_id (dpnsee));
  g_assert_cmpint (skup_record_get_int (organisation, "events-count"), ==, 1);

  assert_update_persists (f, link, "role", "partner", "partner");
  delete_ok (f, link, NULL);
  g_assert_cmpint (count (f, "event_organisations"), ==, 0);
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
  g_assert_cmpint (count (f, "event_organisations"), ==, 2);
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

static void
test_crud_registration (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Quality Assurance", "2023-03-06", "2023-03-08");
  g_autoptr(SkupRecord) person = add_person (f, "Victor Anthony", "Capoccia");
  g_autoptr(SkupRecord) loaded = NULL;
  g_autoptr(SkupRecord) event_now = NULL;
  gint64 id = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));

  loaded = load_ok (f, SKUP_TYPE_REGISTRATION, id);
  g_assert_cmpint (skup_record_get_int (loaded, "person-id"), ==, skup_record_get_id (person));
  g_assert_cmpstr (skup_record_get_string (loaded, "role"), ==, "participant");
  g_assert_cmpstr (skup_record_get_string (loaded, "status"), ==, "registered");
  g_assert_cmpstr (skup_record_get_string (loaded, "person-name"), ==, "Victor Anthony Capoccia");
  g_assert_cmpstr (skup_record_get_string (loaded, "event-title"), ==, "Quality Assurance");
  event_now = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  g_assert_cmpint (skup_record_get_int (event_now, "registered-count"), ==, 1);

  assert_update_persists (f, loaded, "role", "trainer", "trainer");
  delete_ok (f, loaded, NULL);
  g_assert_cmpint (count (f, "people"), ==, 1);
}

static SkupRecord *
first_attendance (Fixture *f,
                  gint64   registration_id)
{
  SkupQuery query = { .filter_field = "registration-id", .filter_value = registration_id };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = skup_store_list (f->store, SKUP_TYPE_ATTENDANCE, &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  return g_list_model_get_item (list, 0);
}

static void
test_crud_attendance (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Women and Drugs", "2023-05-21", "2023-05-21");
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  gint64 reg = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  gint64 session = session_on (f, skup_record_get_id (event), "2023-05-21");
  g_autoptr(SkupRecord) first = NULL, second = NULL, event_now = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_set_attendance (f->store, reg, session, "late", "09:40", &error));
  g_assert_no_error (error);
  first = first_attendance (f, reg);
  g_assert_cmpint (skup_record_get_int (first, "session-id"), ==, session);
  g_assert_cmpstr (skup_record_get_string (first, "status"), ==, "late");
  g_assert_cmpstr (skup_record_get_string (first, "check-in-time"), ==, "09:40");
  event_now = load_ok (f, SKUP_TYPE_EVENT, skup_record_get_id (event));
  g_assert_cmpint (skup_record_get_int (event_now, "attended-count"), ==, 1);

  /* Recording again replaces what was there. */
  attend (f, reg, session, "absent");
  second = first_attendance (f, reg);
  g_assert_cmpint (skup_record_get_id (second), ==, skup_record_get_id (first));
  g_assert_cmpstr (skup_record_get_string (second, "status"), ==, "absent");
  g_assert_null (skup_record_get_string (second, "check-in-time"));

  delete_ok (f, second, NULL);
  g_assert_cmpint (count (f, "attendance"), ==, 0);
  g_assert_cmpint (count (f, "registrations"), ==, 1);
}

/* What a person's history shows: of the event's sessions, how many were taken and how many
 * attended (late and left early count as attended, absent and excused do not). */
static void
test_registration_attendance_counts (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Quality Assurance", "2023-11-28", "2023-11-30");
  g_autoptr(SkupRecord) person = add_person (f, "Thomas", "Clausen");
  gint64 reg = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  gint64 event_id = skup_record_get_id (event);
  g_autoptr(SkupRecord) before = load_ok (f, SKUP_TYPE_REGISTRATION, reg);
  g_autoptr(SkupRecord) after = NULL;

  g_assert_cmpint (skup_record_get_int (before, "sessions-total"), ==, 3);
  g_assert_cmpint (skup_record_get_int (before, "sessions-marked"), ==, 0);
  g_assert_cmpint (skup_record_get_int (before, "sessions-attended"), ==, 0);

  attend (f, reg, session_on (f, event_id, "2023-11-28"), "late");
  attend (f, reg, session_on (f, event_id, "2023-11-29"), "left-early");
  attend (f, reg, session_on (f, event_id, "2023-11-30"), "excused");
  after = load_ok (f, SKUP_TYPE_REGISTRATION, reg);
  g_assert_cmpint (skup_record_get_int (after, "sessions-total"), ==, 3);
  g_assert_cmpint (skup_record_get_int (after, "sessions-marked"), ==, 3);
  g_assert_cmpint (skup_record_get_int (after, "sessions-attended"), ==, 2);
}

static void
test_attendance_wrong_event (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupRecord) novi_sad = add_event (f, "Novi Sad", "2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) nis = add_event (f, "Niš", "2023-05-21", "2023-05-21");
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  gint64 reg = add_registration (f, skup_record_get_id (novi_sad), skup_record_get_id (person));
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_store_set_attendance (f->store, reg,
                                             session_on (f, skup_record_get_id (nis), "2023-05-21"),
                                             "present", NULL, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "session-id");
  g_clear_error (&error);
  g_assert_false (skup_store_set_attendance (f->store, reg,
                                             session_on (f, skup_record_get_id (novi_sad),
                                                         "2023-05-19"),
                                             "sleeping", NULL, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "status");
  g_assert_cmpint (count (f, "attendance"), ==, 0);
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

static void
test_event_shorten_fails (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Workshop for Policy Makers", "2019-05-20",
                                           "2019-05-22");
  g_autoptr(SkupRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  /* The last day has a session (and could have attendance): say so instead of losing it. */
  skup_record_set_string (event, "end-date", "2019-05-21");
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "end-date");
  g_assert_nonnull (strstr (error->message, "2019-05-22"));
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
  g_assert_cmpint (count (f, "registrations"), ==, 1);
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
  g_assert_cmpint (count (f, "organisations"), ==, 3);

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
  g_assert_cmpint (count (f, "people") + count (f, "events") + count (f, "registrations"), ==, 0);
}

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

static void
test_failed_insert_rolls_back (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SkupRecord) event = new_event ("Women and Drugs", "2023-05-19", "2023-05-21");
  g_autoptr(GError) error = NULL;
  SkupQuery query = { .search = "women" };

  /* The event row is written before its sessions; make the sessions fail, as a full disk
   * would, and the whole save must be undone. */
  sql_exec (db_of (f), "CREATE TEMP TRIGGER refuse_sessions BEFORE INSERT ON sessions "
                       "BEGIN SELECT RAISE (ABORT, 'disk full'); END");
  g_assert_false (skup_store_save (f->store, event, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (skup_record_get_id (event), ==, 0);
  g_assert_cmpint (count (f, "events"), ==, 0);
  g_assert_cmpint (count (f, "sessions"), ==, 0);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_EVENT, &query, NULL), ==, 0);

  /* The store is still usable. */
  sql_exec (db_of (f), "DROP TRIGGER refuse_sessions");
  save_ok (f, event);
  g_assert_cmpint (count (f, "sessions"), ==, 3);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_EVENT, &query, NULL), ==, 1);
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

  g_assert_cmpint (count (f, "events"), ==, 1);
  g_assert_cmpint (count (f, "sessions"), ==, 3);
  g_assert_cmpint (count (f, "registrations"), ==, 2);
  g_assert_cmpint (count (f, "attendance"), ==, 3);
  g_assert_cmpint (count (f, "event_organisations"), ==, 1);
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
  g_assert_cmpint (count (f, "events"), ==, 1);
  g_assert_cmpint (count (f, "sessions"), ==, 3);
  g_assert_cmpint (count (f, "registrations"), ==, 2);
  g_assert_cmpint (count (f, "attendance"), ==, 3);
  g_assert_cmpint (count (f, "event_organisations"), ==, 1);
  g_assert_cmpint (count (f, "people"), ==, 4);
  g_assert_cmpint (count (f, "organisations"), ==, 2);
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
  g_assert_cmpint (count (f, "events"), ==, 1);
  g_assert_cmpint (count (f, "registrations"), ==, 3);
  g_assert_cmpint (count (f, "sessions"), ==, 3);
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
  g_assert_cmpint (count (f, "people"), ==, 1);

  delete_ok (f, person, plan);
  g_assert_cmpint (count (f, "registrations"), ==, 0);
  g_assert_cmpint (count (f, "certificates"), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT person_id IS NULL AND registration_id IS NULL "
                                       "FROM certificates WHERE id = ?1", certificate), ==, 1);
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
  session = load_ok (f, SKUP_TYPE_SESSION, session_on (f, skup_record_get_id (event), "2023-03-01"));
  skup_record_set_int (session, "room-id", skup_record_get_id (other));
  save_ok (f, session);

  plan = plan_ok (f, venue);
  g_assert_cmpuint (plan->len, ==, 3);
  assert_consequence (plan, "rooms", 2, TRUE);
  assert_consequence (plan, "events", 1, FALSE);
  assert_consequence (plan, "sessions", 1, FALSE);
  delete_ok (f, venue, plan);

  g_assert_cmpint (count (f, "rooms"), ==, 0);
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
  g_assert_cmpint (count (f, "organisations") + count (f, "people") + count (f, "venues"), ==, 0);
}

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

/* ---- Lists -------------------------------------------------------------------------------- */

static GListModel *
list_ok (Fixture         *f,
         GType            type,
         const SkupQuery *query)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = skup_store_list (f->store, type, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_assert_true (SKUP_IS_RECORD_LIST (list));
  g_assert_true (g_list_model_get_item_type (list) == type);
  return list;
}

/* The titles of the list's records, joined by "|". */
static char *
list_titles (GListModel *list)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (list, i);
      g_autofree char *title = skup_record_dup_title (record);

      g_string_append_printf (titles, "%s%s", i ? "|" : "", title);
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

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
  SkupQuery trainers = { .trainers_only = TRUE };

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
  SkupQuery trainers = { .trainers_only = TRUE };
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, &error), ==, 0);
  add_people (f);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, &error), ==, 5);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, &trainers, &error), ==, 2);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, NULL, &error), ==, 0);
  g_assert_no_error (error);
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

  g_assert_cmpint (count (f, "organisations"), ==, 0);
  g_assert_cmpint (count (f, "events"), ==, 0);
  g_assert_cmpint (count (f, "sessions"), ==, 0);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, &search, NULL), ==, 0);

  g_assert_true (skup_store_begin (f->store, &error));
  kept = add_organisation (f, "Izlazak");
  g_assert_true (skup_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "organisations"), ==, 1);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, &search, NULL), ==, 1);
}

/* ---- Merging duplicate people ------------------------------------------------------------- */

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
  g_assert_cmpint (count (f, "registrations"), ==, 1);
  g_assert_cmpint (count (f, "attendance"), ==, 2);
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
  g_assert_cmpint (count (f, "people"), ==, 1);
}

static void
test_merge_logged (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) keep = add_person (f, "Milutin", "Milošević");
  g_autoptr(SkupRecord) drop = add_person (f, "Милутин", "Милошевић");
  g_autofree char *snapshot = NULL;

  merge_ok (f, skup_record_get_id (keep), skup_record_get_id (drop));
  g_assert_cmpint (count (f, "merges"), ==, 1);
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
  g_assert_cmpint (count (f, "people"), ==, 1);
  g_assert_cmpint (count (f, "merges"), ==, 0);
}

#define ADD(path, func) \
  g_test_add ("/skup/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_CLOSED(path, func) \
  g_test_add ("/skup/store/" path, Fixture, NULL, fixture_set_up_closed, func, fixture_tear_down)

static gboolean
table_has_column (sqlite3    *db,
                  const char *table,
                  const char *column)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM pragma_table_info (?1) "
                                           "WHERE name = ?2", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, column, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0) == 1;
}

/* Every row of every table says when it was made and last changed (the search index, an
 * FTS table of derived keys, aside). */
static void
test_every_table_has_stamps (Fixture       *f,
                             gconstpointer  data)
{
  sqlite3 *db = skup_store_get_handle (f->store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n_tables = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' "
                                           "AND name NOT LIKE 'search_index%'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);

      g_test_message ("table %s", table);
      g_assert_true (table_has_column (db, table, "created_at"));
      g_assert_true (table_has_column (db, table, "updated_at"));
      n_tables++;
    }
  g_assert_cmpuint (n_tables, >=, 14);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_CLOSED ("open-creates-file", test_open_creates_file);
  ADD ("reopen", test_reopen);
  ADD_CLOSED ("migrate-empty-file", test_migrate_empty_file);
  ADD_CLOSED ("migrate-v0-backup", test_migrate_v0_backup);
  ADD_CLOSED ("too-new", test_too_new);
  ADD_CLOSED ("not-a-database", test_not_a_database);
  ADD ("registration-attendance-counts", test_registration_attendance_counts);
  ADD ("every-table-has-stamps", test_every_table_has_stamps);

  ADD ("crud-organisation", test_crud_organisation);
  ADD ("crud-venue", test_crud_venue);
  ADD ("crud-room", test_crud_room);
  ADD ("crud-person", test_crud_person);
  ADD ("crud-person-sees-renamed-organisation", test_crud_person_sees_renamed_organisation);
  ADD ("crud-project", test_crud_project);
  ADD ("crud-event", test_crud_event);
  ADD ("crud-event-organisation", test_crud_event_organisation);
  ADD ("event-organisation-duplicate", test_event_organisation_duplicate);
  ADD ("crud-session", test_crud_session);
  ADD ("crud-registration", test_crud_registration);
  ADD ("crud-attendance", test_crud_attendance);
  ADD ("attendance-wrong-event", test_attendance_wrong_event);

  ADD ("event-sessions-per-day", test_event_sessions_per_day);
  ADD ("event-lengthen-adds-sessions", test_event_lengthen_adds_sessions);
  ADD ("event-shorten-fails", test_event_shorten_fails);
  ADD ("session-outside-event", test_session_outside_event);
  ADD ("room-not-in-venue", test_room_not_in_venue);
  ADD ("registration-duplicate", test_registration_duplicate);
  ADD ("organisation-name-unique", test_organisation_name_unique);
  ADD ("reference-missing", test_reference_missing);
  ADD ("failed-update-changes-nothing", test_failed_update_changes_nothing);
  ADD ("failed-insert-rolls-back", test_failed_insert_rolls_back);

  ADD ("delete-event-needs-plan", test_delete_event_needs_plan);
  ADD ("delete-event-with-plan", test_delete_event_with_plan);
  ADD ("delete-outdated-plan", test_delete_outdated_plan);
  ADD ("delete-organisation-detaches-people", test_delete_organisation_detaches_people);
  ADD ("delete-person-keeps-certificates", test_delete_person_keeps_certificates);
  ADD ("delete-venue-removes-rooms", test_delete_venue_removes_rooms);
  ADD ("delete-without-dependents", test_delete_without_dependents);
  ADD ("changed-signal", test_changed_signal);

  ADD ("list-people-by-family-name", test_list_people_by_family_name);
  ADD ("list-sort-by-field", test_list_sort_by_field);
  ADD ("list-sort-by-field-serbian", test_list_sort_by_field_serbian);
  ADD ("list-sort-by-computed-field", test_list_sort_by_computed_field);
  ADD ("list-items-filled", test_list_items_filled);
  ADD ("list-pages", test_list_pages);
  ADD ("list-filter-field", test_list_filter_field);
  ADD ("list-trainers-only", test_list_trainers_only);
  ADD ("list-events-when", test_list_events_when);
  ADD ("list-registrations-by-name", test_list_registrations_by_name);
  ADD ("count", test_count);
  ADD ("transaction-rollback", test_transaction_rollback);

  ADD ("merge-moves-everything", test_merge_moves_everything);
  ADD ("merge-same-event", test_merge_same_event);
  ADD ("merge-fills-empty-fields", test_merge_fills_empty_fields);
  ADD ("merge-logged", test_merge_logged);
  ADD ("merge-into-self", test_merge_into_self);

  return g_test_run ();
}
