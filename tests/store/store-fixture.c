/* store-fixture.c — one open register per test, on SQLite and on PostgreSQL
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-record-list.h"
#include "skup-room.h"
#include "skup-store-private.h"
#include "skup-venue.h"
#include "store-fixture.h"

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_set_up_closed (Fixture       *f,
                       gconstpointer  data)
{
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

void
fixture_add (const char  *prefix,
             const char  *name,
             FixtureFunc  test)
{
  skup_test_engine_add (prefix, name, sizeof (Fixture), NULL,
                        (GTestFixtureFunc) fixture_set_up, (GTestFixtureFunc) test,
                        (GTestFixtureFunc) fixture_tear_down);
}

void
fixture_add_sqlite_file (const char  *prefix,
                         const char  *name,
                         FixtureFunc  test)
{
  skup_test_engine_add_only (SKUP_DB_SQLITE, prefix, name, sizeof (Fixture), NULL,
                             (GTestFixtureFunc) fixture_set_up_closed, (GTestFixtureFunc) test,
                             (GTestFixtureFunc) fixture_tear_down);
}

/* ---- SQL through the engine layer --------------------------------------------------------- */

SkupDb *
db_of (Fixture *f)
{
  return _skup_store_get_db (f->store);
}

SkupDbEngine
fixture_engine (Fixture *f)
{
  return f->engine.engine;
}

void
sql_exec (SkupDb     *db,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (!skup_db_exec (db, sql, &error))
    g_error ("%s: %s", sql, error->message);
}

static SkupStmt *
sql_prepare (SkupDb     *db,
             const char *sql)
{
  g_autoptr(GError) error = NULL;
  SkupStmt *stmt = skup_db_prepare (db, sql, &error);

  if (stmt == NULL)
    g_error ("%s: %s", sql, error->message);
  return stmt;
}

/* Prepared, with @arg bound if @sql takes it, and on its first row. */
static SkupStmt *
sql_first_row (SkupDb     *db,
               const char *sql,
               gint64      arg)
{
  g_autoptr(GError) error = NULL;
  SkupStmt *stmt = sql_prepare (db, sql);

  /* PostgreSQL refuses a value for a placeholder the statement does not have. */
  if (strstr (sql, "?1") != NULL)
    skup_stmt_bind_int (stmt, 1, arg);
  g_assert_cmpint (skup_stmt_step (stmt, &error), ==, SKUP_STEP_ROW);
  g_assert_no_error (error);
  return stmt;
}

gint64
sql_int (SkupDb     *db,
         const char *sql,
         gint64      arg)
{
  g_autoptr(SkupStmt) stmt = sql_first_row (db, sql, arg);

  return skup_stmt_column_int (stmt, 0);
}

char *
sql_text (SkupDb     *db,
          const char *sql,
          gint64      arg)
{
  g_autoptr(SkupStmt) stmt = sql_first_row (db, sql, arg);

  return g_strdup (skup_stmt_column_text (stmt, 0));
}

gint64
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return sql_int (db_of (f), sql, 0);
}

/* Makes a row look old, so a save visibly keeps created_at and moves updated_at. The record
 * is aged with it: it still holds the row as it now is, so its next save is not stale. */
void
age_row (Fixture    *f,
         SkupRecord *record)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET created_at = '" OLD_STAMP "', "
                                          "updated_at = '" OLD_STAMP "' WHERE id = ?1",
                                          SKUP_RECORD_GET_CLASS (record)->table);
  g_autoptr(SkupStmt) stmt = sql_prepare (db_of (f), sql);
  g_autoptr(GError) error = NULL;

  skup_stmt_bind_int (stmt, 1, skup_record_get_id (record));
  g_assert_true (skup_stmt_run (stmt, &error));
  g_assert_no_error (error);
  g_assert_cmpint (skup_stmt_changes (stmt), ==, 1);
  _skup_record_set_stamps (record, OLD_STAMP, OLD_STAMP);
}

/* Certificates are issued by the certificate service, not saved as records: written here as
 * it writes them. */
gint64
add_certificate (Fixture    *f,
                 const char *number,
                 gint64      person_id,
                 gint64      event_id,
                 gint64      registration_id,
                 const char *recipient)
{
  g_autoptr(SkupStmt) stmt =
    sql_prepare (db_of (f), "INSERT INTO certificates (number, person_id, event_id, "
                            "registration_id, recipient_name, event_title, event_dates, "
                            "issued_at) VALUES (?1, ?2, ?3, ?4, ?5, 'Radionica', "
                            "'20–22. 5. 2019.', '2019-05-22') RETURNING id");
  g_autoptr(GError) error = NULL;
  gint64 id;

  skup_stmt_bind_text (stmt, 1, number);
  skup_stmt_bind_int (stmt, 2, person_id);
  skup_stmt_bind_int (stmt, 3, event_id);
  skup_stmt_bind_int (stmt, 4, registration_id);
  skup_stmt_bind_text (stmt, 5, recipient);
  g_assert_cmpint (skup_stmt_step (stmt, &error), ==, SKUP_STEP_ROW);
  g_assert_no_error (error);
  id = skup_stmt_column_int (stmt, 0);
  g_assert_true (skup_stmt_run (stmt, &error));
  g_assert_no_error (error);
  return id;
}

/* ---- Making and checking records ---------------------------------------------------------- */

void
assert_field_error (const GError *error,
                    int           code,
                    const char   *field)
{
  g_assert_error (error, SKUP_ERROR, code);
  g_assert_cmpstr (skup_error_get_field (error), ==, field);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

void
save_ok (Fixture    *f,
         SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  gboolean saved = skup_store_save (f->store, record, &error);

  /* The error first: its message says why the record was refused. */
  g_assert_no_error (error);
  g_assert_true (saved);
  g_assert_cmpint (skup_record_get_id (record), >, 0);
}

SkupRecord *
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

void
assert_gone (Fixture    *f,
             SkupRecord *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) loaded = skup_store_load (f->store, G_OBJECT_TYPE (record),
                                                  skup_record_get_id (record), &error);

  g_assert_null (loaded);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND);
}

SkupRecord *
add_organisation (Fixture    *f,
                  const char *name)
{
  SkupRecord *organisation = SKUP_RECORD (skup_organisation_new ());

  skup_record_set_string (organisation, "name", name);
  save_ok (f, organisation);
  return organisation;
}

SkupRecord *
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

SkupRecord *
add_venue (Fixture    *f,
           const char *name)
{
  SkupRecord *venue = SKUP_RECORD (skup_venue_new ());

  skup_record_set_string (venue, "name", name);
  skup_record_set_string (venue, "city", "Beograd");
  save_ok (f, venue);
  return venue;
}

SkupRecord *
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

SkupRecord *
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

SkupRecord *
add_event (Fixture    *f,
           const char *title,
           const char *start,
           const char *end)
{
  SkupRecord *event = new_event (title, start, end);

  save_ok (f, event);
  return event;
}

gint64
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

void
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

gint64
session_on (Fixture    *f,
            gint64      event_id,
            const char *date)
{
  g_autoptr(SkupStmt) stmt =
    sql_prepare (db_of (f), "SELECT id FROM sessions WHERE event_id = ?1 AND date = ?2");
  g_autoptr(GError) error = NULL;

  skup_stmt_bind_int (stmt, 1, event_id);
  skup_stmt_bind_text (stmt, 2, date);
  g_assert_cmpint (skup_stmt_step (stmt, &error), ==, SKUP_STEP_ROW);
  g_assert_no_error (error);
  return skup_stmt_column_int (stmt, 0);
}

gint64
sessions_of (Fixture *f,
             gint64   event_id)
{
  return sql_int (db_of (f), "SELECT count(*) FROM sessions WHERE event_id = ?1", event_id);
}

/* Every field, computed ones included, reads the same in both. */
void
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
void
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

void
delete_ok (Fixture    *f,
           SkupRecord *record,
           GPtrArray  *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_delete (f->store, record, plan, &error));
  g_assert_no_error (error);
  assert_gone (f, record);
}

GPtrArray *
plan_ok (Fixture    *f,
         SkupRecord *record)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *plan = skup_store_plan_delete (f->store, record, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* ---- Lists -------------------------------------------------------------------------------- */

GListModel *
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

char *
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

/* Schema 7 taken away: the evaluation tables and the events' test columns. */
void
db_make_v6 (SkupDb *db)
{
  sql_exec (db, "DROP TABLE satisfaction_forms;"
                "DROP TABLE evaluation_scores;"
                "ALTER TABLE events DROP COLUMN test_pass_mark;"
                "ALTER TABLE events DROP COLUMN test_max_score;");
  if (skup_db_get_engine (db) == SKUP_DB_POSTGRES)
    sql_exec (db, "UPDATE skup_schema SET version = 6;");
  else
    sql_exec (db, "PRAGMA user_version = 6;");
}

void
fixture_make_v6 (Fixture *f)
{
  db_make_v6 (db_of (f));
}

/* Schema 6 taken away: its triggers first (they would refuse the rest), then its tables,
 * indexes and columns. */
void
db_make_v5 (SkupDb *db)
{
  db_make_v6 (db);
  if (skup_db_get_engine (db) == SKUP_DB_POSTGRES)
    sql_exec (db, "DROP TRIGGER certificates_never_deleted ON certificates;"
                         "DROP TRIGGER certificates_frozen ON certificates;"
                         "DROP TRIGGER certificates_state_once ON certificates;"
                         "DROP TABLE certificate_assets;"
                         "DROP FUNCTION skup_certificates_never_deleted ();"
                         "DROP FUNCTION skup_certificates_frozen ();"
                         "DROP FUNCTION skup_certificates_state_once ();"
                         "DROP FUNCTION skup_certificate_assets_kept ();"
                         "DROP FUNCTION skup_refuse (TEXT);");
  else
    sql_exec (db, "DROP TRIGGER certificates_never_deleted;"
                         "DROP TRIGGER certificates_frozen;"
                         "DROP TRIGGER certificates_state_once;"
                         "DROP TABLE certificate_assets;");
  sql_exec (db, "DELETE FROM certificate_templates;"
                       "DROP INDEX certificate_templates_built_in;"
                       "DROP INDEX certificates_verification_code;"
                       "DROP INDEX certificates_issue_date;"
                       "ALTER TABLE events DROP COLUMN accreditation_points_lecturers;");
  {
    const char *templates[] = { "built_in", "role", "layout", "paper", "landscape", "accent",
                                "font_family", "title", "preamble", "issued_line",
                                "second_language", "second_script", "second_title",
                                "second_preamble", "second_body", "logos", "signatories",
                                "background" };
    const char *certificates[] = { "verification_code", "state", "supersedes_id",
                                   "superseded_by_id", "correction_reason", "correction_date",
                                   "role", "issue_date", "qr_payload", "snapshot", "design",
                                   "pdf_sha256", "pdf_size" };

    for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
      {
        g_autofree char *sql = g_strdup_printf ("ALTER TABLE certificate_templates DROP COLUMN "
                                                "%s;", templates[i]);
        sql_exec (db, sql);
      }
    for (guint i = 0; i < G_N_ELEMENTS (certificates); i++)
      {
        g_autofree char *sql = g_strdup_printf ("ALTER TABLE certificates DROP COLUMN %s;",
                                                certificates[i]);
        sql_exec (db, sql);
      }
  }
  if (skup_db_get_engine (db) == SKUP_DB_POSTGRES)
    sql_exec (db, "UPDATE skup_schema SET version = 5;");
  else
    sql_exec (db, "PRAGMA user_version = 5;");
}

void
fixture_make_v5 (Fixture *f)
{
  db_make_v5 (db_of (f));
}

void
fixture_make_v4 (Fixture *f)
{
  fixture_make_v5 (f);
  sql_exec (db_of (f), "DROP TABLE registration_history;"
                       "DROP TABLE eligibility_overrides;"
                       "DROP TABLE session_sheets;"
                       "DROP INDEX people_licence_number;"
                       "ALTER TABLE people DROP COLUMN licence_number;"
                       "ALTER TABLE events DROP COLUMN eligibility_rule;"
                       "ALTER TABLE events DROP COLUMN eligibility_percent;"
                       "ALTER TABLE events DROP COLUMN eligibility_staff_always;");
  if (fixture_engine (f) == SKUP_DB_POSTGRES)
    sql_exec (db_of (f), "UPDATE skup_schema SET version = 4;");
  else
    sql_exec (db_of (f), "PRAGMA user_version = 4;");
}
