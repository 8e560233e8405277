/* skup-db.c — the engine layer: statement cache, transactions and one error vocabulary
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-db-private.h"

/* Copy order: every table after the tables it refers to. */
const char * const _skup_db_table_names[] = {
  "settings", "organisations", "venues", "rooms", "people", "projects", "events",
  "event_organisations", "sessions", "registrations", "attendance", "certificate_templates",
  "certificates", "merges", "counters",
  "organisation_logos",
  "registration_history", "eligibility_overrides", "session_sheets",
  "certificate_assets",
  "evaluation_scores", "satisfaction_forms",
  NULL,
};

/* What a migration does alike on both engines, run after the engine's own part of it:
 * version 2's stored folded keys (the text columns lists sort by, filled by the store) and
 * an email index on lower(), which both engines have; version 3's note that the search index
 * must be rebuilt, which the store does (it can read records) and then removes. A note in the
 * register, not a check of the version at opening: a rebuild cut short is done again. */
const char * const _skup_db_shared_migrations[SKUP_DB_SCHEMA_VERSION] = {
  NULL,
  "ALTER TABLE people ADD COLUMN given_name_key TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE people ADD COLUMN city_key TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE organisations ADD COLUMN city_key TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE venues ADD COLUMN city_key TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE projects ADD COLUMN code_key TEXT NOT NULL DEFAULT '';\n"
  "CREATE INDEX people_given_name_key ON people (given_name_key);\n"
  "CREATE INDEX people_city_key ON people (city_key);\n"
  "DROP INDEX people_email;\n"
  "CREATE INDEX people_email ON people (lower(email));\n",
  /* Only a register with records has an index to rebuild. */
  "INSERT INTO settings (key, value) SELECT '" SKUP_DB_REINDEX_SETTING "', '1' WHERE EXISTS "
  "(SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM venues) OR EXISTS "
  "(SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM projects);\n",
  /* Version 4's logo table differs only in its types (BLOB, BYTEA): each engine makes it. */
  NULL,
  /* Version 5: people's professional licence numbers (health and social-protection
   * accreditation puts them on certificates); an event's rule for certificates (at least
   * eligibility_percent of the sessions, or every one; trainers and speakers always or not)
   * and its own capacity (0: its room's, if any). The tables of version 5 are each
   * engine's. */
  "ALTER TABLE people ADD COLUMN licence_number TEXT;\n"
  "CREATE INDEX people_licence_number ON people (licence_number);\n"
  "ALTER TABLE events ADD COLUMN eligibility_rule TEXT NOT NULL DEFAULT 'percent' "
  "CHECK (eligibility_rule IN ('percent','every-session'));\n"
  "ALTER TABLE events ADD COLUMN eligibility_percent INTEGER NOT NULL DEFAULT 80 "
  "CHECK (eligibility_percent BETWEEN 0 AND 100);\n"
  "ALTER TABLE events ADD COLUMN eligibility_staff_always INTEGER NOT NULL DEFAULT 1 "
  "CHECK (eligibility_staff_always IN (0, 1));\n",
  /* Version 6's certificate columns and triggers are each engine's (types, trigger syntax). */
  NULL,
  /* Version 7: the most points an event's pre- or post-test gives and the points that pass
   * it (NULL: no pass mark). The score and form tables are each engine's (REAL, identity). */
  "ALTER TABLE events ADD COLUMN test_max_score INTEGER NOT NULL DEFAULT 100 "
  "CHECK (test_max_score > 0);\n"
  "ALTER TABLE events ADD COLUMN test_pass_mark INTEGER CHECK (test_pass_mark >= 0);\n",
};

const char * const *
skup_db_tables (void)
{
  return _skup_db_table_names;
}

gboolean
skup_db_location_is_server (const char *location)
{
  return location != NULL
         && (g_str_has_prefix (location, "postgresql://")
             || g_str_has_prefix (location, "postgres://"));
}

/**
 * skup_db_location_for_display:
 *
 * Returns: (transfer full): @location without a password (postgresql://user:secret@host/db
 *   becomes postgresql://user@host/db), or a copy of a file path
 */
char *
skup_db_location_for_display (const char *location)
{
  const char *scheme_end, *at, *colon;

  g_return_val_if_fail (location != NULL, NULL);

  if (!skup_db_location_is_server (location))
    return g_strdup (location);
  scheme_end = strstr (location, "://") + 3;
  at = strchr (scheme_end, '@');
  colon = at ? memchr (scheme_end, ':', (gsize) (at - scheme_end)) : NULL;
  if (colon == NULL)
    return g_strdup (location);
  return g_strdup_printf ("%.*s%s", (int) (colon - location), location, at);
}

void
_skup_db_init_base (SkupDb             *db,
                    const SkupDbDriver *driver,
                    const char         *location)
{
  db->driver = driver;
  db->location = g_strdup (location);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) driver->finalize);
}

void
_skup_stmt_init_base (SkupStmt   *stmt,
                      SkupDb     *db,
                      const char *sql)
{
  stmt->db = db;
  stmt->sql = g_strdup (sql);
}

/**
 * skup_db_open:
 * @location: a file path, ":memory:", or a postgresql:// URI
 *
 * Returns: (transfer full) (nullable): the connection
 */
SkupDb *
skup_db_open (const char  *location,
              GError     **error)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (skup_db_location_is_server (location))
    return _skup_db_postgres_driver.open (location, error);
  return _skup_db_sqlite_driver.open (location, error);
}

void
skup_db_close (SkupDb *db)
{
  if (db == NULL)
    return;
  /* Statements first: SQLite refuses to close a connection with live statements. */
  g_clear_pointer (&db->statements, g_hash_table_unref);
  g_clear_pointer (&db->location, g_free);
  db->driver->close (db);
}

SkupDbEngine
skup_db_get_engine (SkupDb *db)
{
  return db->driver->engine;
}

const char *
skup_db_get_location (SkupDb *db)
{
  return db->location;
}

gboolean
skup_db_is_temporary (SkupDb *db)
{
  return db->driver->is_temporary (db);
}

static gboolean
run_migrations (SkupDb  *db,
                int      from,
                GError **error)
{
  const SkupDbDriver *driver = db->driver;
  /* The version number is ours, never user data. */
  g_autofree char *bump = g_strdup_printf (driver->set_version, SKUP_DB_SCHEMA_VERSION);

  for (int v = from; v < SKUP_DB_SCHEMA_VERSION; v++)
    if (!driver->exec (db, driver->migrations[v], error)
        || (_skup_db_shared_migrations[v] != NULL
            && !driver->exec (db, _skup_db_shared_migrations[v], error)))
      {
        g_prefix_error (error, _("Could not upgrade the register to version %d: "), v + 1);
        return FALSE;
      }
  return driver->exec (db, bump, error);
}

static gboolean
migrate_locked (SkupDb  *db,
                GError **error)
{
  int version;

  if (db->driver->lock_migration != NULL && !db->driver->lock_migration (db, error))
    return FALSE;
  version = db->driver->schema_version (db, error);
  if (version < 0)
    return FALSE;
  if (version == SKUP_DB_SCHEMA_VERSION)
    return TRUE;
  return run_migrations (db, version, error);
}

/**
 * skup_db_migrate:
 *
 * Brings the register to SKUP_DB_SCHEMA_VERSION. The version is checked once without any lock
 * (so an up-to-date register opens without waiting for anyone's write, and a foreign or newer
 * one is refused untouched), and again under the write lock, where all migrations run in one
 * transaction: a second process opening a new register waits, then finds it made.
 */
gboolean
skup_db_migrate (SkupDb  *db,
                 char   **out_backup_path,
                 GError **error)
{
  int version = db->driver->schema_version (db, error);

  if (version < 0)
    return FALSE;
  if (version == SKUP_DB_SCHEMA_VERSION)
    return TRUE;
  if (db->driver->before_migration != NULL
      && !db->driver->before_migration (db, version, out_backup_path, error))
    return FALSE;

  if (!skup_db_begin (db, TRUE, error))
    return FALSE;
  if (!migrate_locked (db, error))
    {
      skup_db_rollback (db);
      return FALSE;
    }
  return skup_db_commit (db, error);
}

int
skup_db_get_schema_version (SkupDb  *db,
                            GError **error)
{
  return db->driver->schema_version (db, error);
}

/**
 * skup_db_prepare:
 *
 * Returns: (transfer none) (nullable): the cached statement for @sql
 */
SkupStmt *
skup_db_prepare (SkupDb      *db,
                 const char  *sql,
                 GError     **error)
{
  SkupStmt *stmt = g_hash_table_lookup (db->statements, sql);

  if (stmt != NULL)
    return stmt;
  stmt = db->driver->prepare (db, sql, error);
  if (stmt == NULL)
    {
      g_debug ("Failed statement: %s", sql);
      return NULL;
    }
  g_hash_table_insert (db->statements, stmt->sql, stmt);
  return stmt;
}

void
skup_stmt_reset (SkupStmt *stmt)
{
  stmt->db->driver->reset (stmt);
}

void
skup_stmt_bind_int (SkupStmt *stmt,
                    guint     index,
                    gint64    value)
{
  stmt->db->driver->bind_int (stmt, index, value);
}

void
skup_stmt_bind_real (SkupStmt *stmt,
                     guint     index,
                     double    value)
{
  stmt->db->driver->bind_real (stmt, index, value);
}

void
skup_stmt_bind_text (SkupStmt   *stmt,
                     guint       index,
                     const char *value)
{
  if (value == NULL)
    stmt->db->driver->bind_null (stmt, index);
  else
    stmt->db->driver->bind_text (stmt, index, value);
}

void
skup_stmt_bind_blob (SkupStmt *stmt,
                     guint     index,
                     GBytes   *value)
{
  gsize size = 0;
  gconstpointer data = value ? g_bytes_get_data (value, &size) : NULL;

  if (value == NULL)
    stmt->db->driver->bind_null (stmt, index);
  else
    stmt->db->driver->bind_blob (stmt, index, data, size);
}

void
skup_stmt_bind_null (SkupStmt *stmt,
                     guint     index)
{
  stmt->db->driver->bind_null (stmt, index);
}

SkupStep
skup_stmt_step (SkupStmt  *stmt,
                GError   **error)
{
  return stmt->db->driver->step (stmt, error);
}

gboolean
skup_stmt_run (SkupStmt  *stmt,
               GError   **error)
{
  SkupStep step;

  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    ;
  return step == SKUP_STEP_DONE;
}

gint64
skup_stmt_changes (SkupStmt *stmt)
{
  return stmt->changes;
}

guint
skup_stmt_column_count (SkupStmt *stmt)
{
  return stmt->db->driver->column_count (stmt);
}

const char *
skup_stmt_column_name (SkupStmt *stmt,
                       guint     col)
{
  return stmt->db->driver->column_name (stmt, col);
}

SkupDbType
skup_stmt_column_type (SkupStmt *stmt,
                       guint     col)
{
  return stmt->db->driver->column_type (stmt, col);
}

gboolean
skup_stmt_column_is_null (SkupStmt *stmt,
                          guint     col)
{
  return stmt->db->driver->column_type (stmt, col) == SKUP_DB_NULL;
}

gint64
skup_stmt_column_int (SkupStmt *stmt,
                      guint     col)
{
  return stmt->db->driver->column_int (stmt, col);
}

double
skup_stmt_column_real (SkupStmt *stmt,
                       guint     col)
{
  return stmt->db->driver->column_real (stmt, col);
}

const char *
skup_stmt_column_text (SkupStmt *stmt,
                       guint     col)
{
  return stmt->db->driver->column_text (stmt, col);
}

GBytes *
skup_stmt_column_blob (SkupStmt *stmt,
                       guint     col)
{
  return stmt->db->driver->column_blob (stmt, col);
}

gboolean
skup_db_exec (SkupDb      *db,
              const char  *sql,
              GError     **error)
{
  return db->driver->exec (db, sql, error);
}

/* ---- Transactions ----------------------------------------------------------------------- */

/* Nesting: every save is atomic on its own and bulk work can still wrap thousands of saves in
 * one transaction. A read transaction that later writes cannot take the write lock on SQLite
 * without risking a deadlock, so a nested write inside an outer read is refused outright. */
gboolean
skup_db_begin (SkupDb    *db,
               gboolean   write,
               GError   **error)
{
  const char *sql;

  /* Writing into a damaged file could make it worse and hide what was lost: the user is
   * told to restore a backup instead. */
  if (write && db->damaged)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP,
                           _("The register is damaged, so Skup will not change it. Restore it "
                             "from a backup; nothing was saved."));
      return FALSE;
    }
  if (db->depth == 0)
    sql = db->driver->begin_sql (db, write);
  else if (write && !db->writing)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_DATABASE,
                           "internal error: a write inside a read transaction");
      g_critical ("skup_db_begin: a write inside a read transaction");
      return FALSE;
    }
  else
    sql = "SAVEPOINT skup";

  if (!db->driver->exec (db, sql, error))
    return FALSE;
  if (db->depth == 0)
    db->writing = write;
  db->depth++;
  return TRUE;
}

gboolean
skup_db_commit (SkupDb  *db,
                GError **error)
{
  g_return_val_if_fail (db->depth > 0, FALSE);

  if (!db->driver->exec (db, db->depth == 1 ? "COMMIT" : "RELEASE SAVEPOINT skup", error))
    {
      skup_db_rollback (db);
      return FALSE;
    }
  db->depth--;
  return TRUE;
}

void
skup_db_rollback (SkupDb *db)
{
  g_return_if_fail (db->depth > 0);

  if (db->depth == 1)
    db->driver->exec (db, "ROLLBACK", NULL);
  else
    {
      db->driver->exec (db, "ROLLBACK TO SAVEPOINT skup", NULL);
      db->driver->exec (db, "RELEASE SAVEPOINT skup", NULL);
    }
  db->depth--;
}

guint
skup_db_get_depth (SkupDb *db)
{
  return db->depth;
}

/* ---- Search and engine-specific fragments -------------------------------------------------- */

gboolean
skup_db_index_put (SkupDb      *db,
                   int          kind,
                   gint64       id,
                   const char  *name,
                   const char  *other,
                   GError     **error)
{
  return db->driver->index_put (db, kind, id, name ? name : "", other ? other : "", error);
}

gboolean
skup_db_index_remove (SkupDb  *db,
                      int      kind,
                      gint64   id,
                      GError **error)
{
  return db->driver->index_remove (db, kind, id, error);
}

GArray *
skup_db_search (SkupDb              *db,
                int                  kind,
                const char * const  *terms,
                GArray             **out_in_name,
                GError             **error)
{
  g_autoptr(GArray) in_name = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *ids = db->driver->search (db, kind, terms, in_name, error);

  if (ids != NULL && out_in_name != NULL)
    *out_in_name = g_steal_pointer (&in_name);
  return ids;
}

char *
skup_db_search_join (SkupDb *db,
                     int     kind,
                     guint   n_terms,
                     guint   first,
                     guint  *n_params)
{
  return db->driver->search_join (db, kind, n_terms, first, n_params);
}

void
skup_db_bind_search (SkupDb              *db,
                     SkupStmt            *stmt,
                     guint                first,
                     const char * const  *terms)
{
  db->driver->bind_search (stmt, first, terms);
}

char *
skup_db_text_order (SkupDb     *db,
                    const char *expression)
{
  return db->driver->text_order (db, expression);
}

char *
skup_db_in_id_set (SkupDb     *db,
                   const char *expression,
                   guint       index)
{
  return db->driver->in_id_set (db, expression, index);
}

void
skup_db_bind_id_set (SkupStmt     *stmt,
                     guint         index,
                     const gint64 *ids,
                     guint         n_ids)
{
  stmt->db->driver->bind_id_set (stmt, index, ids, n_ids);
}

gboolean
skup_db_notify (SkupDb      *db,
                const char  *kind,
                gint64       id,
                GError     **error)
{
  return db->driver->notify (db, kind, id, error);
}

gboolean
skup_db_poll_changes (SkupDb    *db,
                      GPtrArray *out_kinds)
{
  return db->driver->poll_changes (db, out_kinds);
}

gboolean
skup_db_backup (SkupDb      *db,
                const char  *dest_path,
                GError     **error)
{
  return db->driver->backup (db, dest_path, error);
}

gboolean
skup_db_has_last_insert_id (SkupDb *db)
{
  return db->driver->last_insert_id != NULL;
}

/**
 * skup_db_last_insert_id:
 *
 * Only where skup_db_has_last_insert_id() says the engine keeps it.
 *
 * Returns: the id the connection's last INSERT made
 */
gint64
skup_db_last_insert_id (SkupDb *db)
{
  g_return_val_if_fail (db->driver->last_insert_id != NULL, 0);

  return db->driver->last_insert_id (db);
}

gboolean
skup_db_reset_ids (SkupDb      *db,
                   const char  *table,
                   GError     **error)
{
  return db->driver->reset_ids (db, table, error);
}

char *
_skup_db_join_ids (const gint64 *ids,
                   guint         n_ids,
                   char          open,
                   char          close)
{
  GString *text = g_string_new (NULL);

  g_string_append_c (text, open);
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  g_string_append_c (text, close);
  return g_string_free (text, FALSE);
}

GArray *
skup_stmt_collect_ids (SkupStmt  *stmt,
                      GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SkupStep step;

  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      gint64 id = skup_stmt_column_int (stmt, 0);
      g_array_append_val (ids, id);
    }
  return step == SKUP_STEP_DONE ? g_steal_pointer (&ids) : NULL;
}

/* For the drivers' search: rows of (id, in_name); every id goes into the result, those whose
 * name matched into @in_name too. */
GArray *
_skup_db_collect_matches (SkupStmt  *stmt,
                          GArray    *in_name,
                          GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SkupStep step;

  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      gint64 id = skup_stmt_column_int (stmt, 0);

      g_array_append_val (ids, id);
      if (skup_stmt_column_int (stmt, 1) != 0)
        g_array_append_val (in_name, id);
    }
  return step == SKUP_STEP_DONE ? g_steal_pointer (&ids) : NULL;
}

/* ---- Errors ------------------------------------------------------------------------------ */

/**
 * skup_db_set_error:
 *
 * One vocabulary of failures for both engines: a person reads "someone else is saving" or
 * "view-only for you", not an SQLite or PostgreSQL code; the engine's own words follow for
 * whoever has to look into it.
 */
void
skup_db_set_error (GError        **error,
                   SkupDbFailure   failure,
                   const char     *what,
                   const char     *column,
                   const char     *detail)
{
  g_autofree char *field = column ? g_strdelimit (g_strdup (column), "_", '-') : NULL;

  if (what == NULL)
    what = _("The register failed");
  switch (failure)
    {
    case SKUP_DB_FAILURE_BUSY:
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_BUSY,
                   _("%s: someone else is saving to the register. Try again in a moment."),
                   what);
      break;
    case SKUP_DB_FAILURE_CONNECTION:
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_CONNECTION,
                   _("%s: the register cannot be reached (%s)."), what, detail ? detail : "");
      break;
    case SKUP_DB_FAILURE_PERMISSION:
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_READ_ONLY,
                   _("%s: this register is view-only for you. Ask whoever manages it for "
                     "the right to change it."), what);
      break;
    case SKUP_DB_FAILURE_CONSTRAINT:
      skup_set_field_error (error, SKUP_ERROR_INVALID, field,
                            _("%s: the database refused the change (%s)."), what,
                            detail ? detail : "");
      break;
    case SKUP_DB_FAILURE_CORRUPT:
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP,
                   _("%s: the register is damaged or is not a Skup register (%s)."), what,
                   detail ? detail : "");
      break;
    case SKUP_DB_FAILURE_OTHER:
    default:
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE, "%s: %s", what, detail ? detail : "");
      break;
    }
}
