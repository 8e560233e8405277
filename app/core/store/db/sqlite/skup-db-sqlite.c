/* skup-db-sqlite.c — the embedded engine: one file on the organiser's own computer
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "skup-db-sqlite-private.h"
#include "skup-text.h"

#define STMT(s) ((SkupSqliteStmt *) (s))
#define HANDLE(db) (SQLITE_DB (db)->handle)

static SkupDbFailure
failure_for (int code)
{
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SKUP_DB_FAILURE_BUSY;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return SKUP_DB_FAILURE_PERMISSION;
    case SQLITE_CONSTRAINT:
      return SKUP_DB_FAILURE_CONSTRAINT;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return SKUP_DB_FAILURE_CORRUPT;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      return SKUP_DB_FAILURE_CONNECTION;
    default:
      return SKUP_DB_FAILURE_OTHER;
    }
}

/* "NOT NULL constraint failed: people.given_name" names the column; CHECK messages name an
 * expression, so only the first form gives a field. */
static char *
column_from_message (const char *message)
{
  const char *colon = strstr (message, "failed: ");
  const char *dot;

  if (colon == NULL || !g_str_has_prefix (message, "NOT NULL"))
    return NULL;
  dot = strchr (colon, '.');
  return dot ? g_strdup (dot + 1) : NULL;
}

void
_skup_sqlite_set_error (GError     **error,
                        sqlite3     *handle,
                        const char  *what)
{
  const char *message = sqlite3_errmsg (handle);
  int code = sqlite3_extended_errcode (handle);
  g_autofree char *column = column_from_message (message);
  g_autofree char *detail = g_strdup_printf ("%s, SQLite %d", message, code);

  skup_db_set_error (error, failure_for (code), what, column, detail);
}

gboolean
_skup_sqlite_exec (SkupDb      *db,
                   const char  *sql,
                   GError     **error)
{
  if (sqlite3_exec (HANDLE (db), sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _skup_sqlite_set_error (error, HANDLE (db), _("Could not update the register"));
      return FALSE;
    }
  return TRUE;
}

/* ---- Opening ------------------------------------------------------------------------------ */

static gboolean
is_memory (const char *location)
{
  return g_str_equal (location, ":memory:");
}

static gboolean
prepare_file (const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Orders text the way people expect in this region: case, diacritics and script do not
 * matter (Čačak sorts with C, Ђаковица with Dj). For columns that have no stored sort key. */
static int
collate_folded (void       *user_data,
                int         len_a,
                const void *a,
                int         len_b,
                const void *b)
{
  g_autofree char *sa = g_strndup (a, (gsize) len_a);
  g_autofree char *sb = g_strndup (b, (gsize) len_b);
  g_autofree char *fa = skup_text_fold (sa);
  g_autofree char *fb = skup_text_fold (sb);
  int cmp = strcmp (fa, fb);

  return cmp != 0 ? cmp : strcmp (sa, sb);
}

static gboolean register_search_functions (sqlite3 *handle);

/* The busy timeout comes first: even reading the version can meet a writer's lock. */
static gboolean
configure (SkupDb  *db,
           GError **error)
{
  sqlite3 *handle = HANDLE (db);

  sqlite3_busy_timeout (handle, 5000);
  sqlite3_extended_result_codes (handle, 1);
  sqlite3_create_collation_v2 (handle, "skup", SQLITE_UTF8, NULL, collate_folded, NULL);
  if (!register_search_functions (handle))
    {
      _skup_sqlite_set_error (error, handle, _("Could not open the register"));
      return FALSE;
    }
  return _skup_sqlite_exec (db, "PRAGMA foreign_keys = ON", error)
         /* Savepoints and CHECK (x IN (…)) build temporary b-trees on every insert; on disk
          * that cost more kernel time than the inserts themselves. */
         && _skup_sqlite_exec (db, "PRAGMA temp_store = MEMORY", error)
         /* Search-as-you-type reads thousands of scattered rows per keystroke: mapped pages
          * and a larger cache spare a system call per page. */
         && _skup_sqlite_exec (db, "PRAGMA mmap_size = 268435456", error)
         && _skup_sqlite_exec (db, "PRAGMA cache_size = -32768", error);
}

/* Changing the journal of a file another process has just opened needs a lock that the busy
 * timeout does not wait for: a second Skup started at the same moment waits here instead. */
static gboolean
set_wal (SkupDb  *db,
         GError **error)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (sqlite3_exec (HANDLE (db), "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK)
    {
      if ((sqlite3_errcode (HANDLE (db)) & 0xff) != SQLITE_BUSY
          || g_get_monotonic_time () > deadline)
        {
          _skup_sqlite_set_error (error, HANDLE (db), _("Could not open the register"));
          return FALSE;
        }
      g_usleep (10 * 1000);
    }
  return TRUE;
}

/* Only once the file is known to be ours (or new) are its mode and journal changed. */
static gboolean
configure_file (SkupDb  *db,
                GError **error)
{
  if (is_memory (db->location))
    return TRUE;
  /* Attendee lists are sensitive: the file is readable by its owner only. */
  g_chmod (db->location, 0600);
  return set_wal (db, error) && _skup_sqlite_exec (db, "PRAGMA synchronous = NORMAL", error);
}

static SkupDb *
sqlite_open (const char  *location,
             GError     **error)
{
  SkupSqliteDb *self;
  SkupDb *db;

  if (!is_memory (location) && !prepare_file (location, error))
    return NULL;

  self = g_new0 (SkupSqliteDb, 1);
  db = &self->base;
  _skup_db_init_base (db, &_skup_db_sqlite_driver, location);
  if (sqlite3_open_v2 (location, &self->handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_CONNECTION, _("Could not open %s: %s"),
                   location, self->handle ? sqlite3_errmsg (self->handle) : g_strerror (ENOMEM));
      skup_db_close (db);
      return NULL;
    }
  if (!configure (db, error) || _skup_sqlite_version (db, error) < 0
      || !configure_file (db, error))
    {
      skup_db_close (db);
      return NULL;
    }
  return db;
}

static void
sqlite_close (SkupDb *db)
{
  sqlite3_close (HANDLE (db));
  g_free (db);
}

static gboolean
sqlite_is_temporary (SkupDb *db)
{
  return db->location == NULL || is_memory (db->location);
}

/* ---- Statements --------------------------------------------------------------------------- */

static SkupStmt *
sqlite_prepare (SkupDb      *db,
                const char  *sql,
                GError     **error)
{
  SkupSqliteStmt *stmt;
  sqlite3_stmt *handle = NULL;

  if (sqlite3_prepare_v3 (HANDLE (db), sql, -1, SQLITE_PREPARE_PERSISTENT, &handle, NULL)
      != SQLITE_OK)
    {
      _skup_sqlite_set_error (error, HANDLE (db), _("Could not read the register"));
      return NULL;
    }
  stmt = g_new0 (SkupSqliteStmt, 1);
  _skup_stmt_init_base (&stmt->base, db, sql);
  stmt->handle = handle;
  return &stmt->base;
}

static void
sqlite_finalize (SkupStmt *stmt)
{
  sqlite3_finalize (STMT (stmt)->handle);
  g_free (stmt->sql);
  g_free (stmt);
}

static void
sqlite_reset (SkupStmt *stmt)
{
  sqlite3_reset (STMT (stmt)->handle);
  sqlite3_clear_bindings (STMT (stmt)->handle);
  STMT (stmt)->done = FALSE;
}

static void
sqlite_bind_int (SkupStmt *stmt,
                 guint     index,
                 gint64    value)
{
  sqlite3_bind_int64 (STMT (stmt)->handle, (int) index, value);
}

static void
sqlite_bind_real (SkupStmt *stmt,
                  guint     index,
                  double    value)
{
  sqlite3_bind_double (STMT (stmt)->handle, (int) index, value);
}

static void
sqlite_bind_text (SkupStmt   *stmt,
                  guint       index,
                  const char *value)
{
  sqlite3_bind_text (STMT (stmt)->handle, (int) index, value, -1, SQLITE_TRANSIENT);
}

static void
sqlite_bind_blob (SkupStmt      *stmt,
                  guint          index,
                  gconstpointer  data,
                  gsize          size)
{
  /* A zero-length blob is still a blob, not NULL: SQLite needs a non-NULL pointer for that. */
  sqlite3_bind_blob64 (STMT (stmt)->handle, (int) index, size ? data : "", size,
                       SQLITE_TRANSIENT);
}

static void
sqlite_bind_null (SkupStmt *stmt,
                  guint     index)
{
  sqlite3_bind_null (STMT (stmt)->handle, (int) index);
}

/* A statement that reported an error or finished stays so until it is reset: a caller that
 * steps again does not silently start it over. */
static SkupStep
sqlite_step (SkupStmt  *stmt,
             GError   **error)
{
  SkupSqliteStmt *self = STMT (stmt);
  int rc;

  if (self->done)
    return SKUP_STEP_DONE;
  rc = sqlite3_step (self->handle);
  if (rc == SQLITE_ROW)
    return SKUP_STEP_ROW;
  self->done = TRUE;
  if (rc == SQLITE_DONE)
    {
      stmt->changes = sqlite3_stmt_readonly (self->handle) ? 0 : sqlite3_changes64 (HANDLE (stmt->db));
      return SKUP_STEP_DONE;
    }
  if (failure_for (rc) == SKUP_DB_FAILURE_CORRUPT)
    stmt->db->damaged = TRUE;
  _skup_sqlite_set_error (error, HANDLE (stmt->db),
                          sqlite3_stmt_readonly (self->handle) ? _("Could not read the register")
                                                               : _("Could not save"));
  return SKUP_STEP_ERROR;
}

static guint
sqlite_column_count (SkupStmt *stmt)
{
  return (guint) sqlite3_column_count (STMT (stmt)->handle);
}

static const char *
sqlite_column_name (SkupStmt *stmt,
                    guint     col)
{
  return sqlite3_column_name (STMT (stmt)->handle, (int) col);
}

static SkupDbType
sqlite_column_type (SkupStmt *stmt,
                    guint     col)
{
  switch (sqlite3_column_type (STMT (stmt)->handle, (int) col))
    {
    case SQLITE_INTEGER:
      return SKUP_DB_INT;
    case SQLITE_FLOAT:
      return SKUP_DB_REAL;
    case SQLITE_BLOB:
      return SKUP_DB_BLOB;
    case SQLITE_NULL:
      return SKUP_DB_NULL;
    case SQLITE_TEXT:
    default:
      return SKUP_DB_TEXT;
    }
}

static gint64
sqlite_column_int (SkupStmt *stmt,
                   guint     col)
{
  return sqlite3_column_int64 (STMT (stmt)->handle, (int) col);
}

static double
sqlite_column_real (SkupStmt *stmt,
                    guint     col)
{
  return sqlite3_column_double (STMT (stmt)->handle, (int) col);
}

static const char *
sqlite_column_text (SkupStmt *stmt,
                    guint     col)
{
  return (const char *) sqlite3_column_text (STMT (stmt)->handle, (int) col);
}

static GBytes *
sqlite_column_blob (SkupStmt *stmt,
                    guint     col)
{
  sqlite3_stmt *handle = STMT (stmt)->handle;
  gconstpointer data;

  if (sqlite3_column_type (handle, (int) col) == SQLITE_NULL)
    return NULL;
  data = sqlite3_column_blob (handle, (int) col);
  return g_bytes_new (data, (gsize) sqlite3_column_bytes (handle, (int) col));
}

static const char *
sqlite_begin_sql (SkupDb   *db,
                  gboolean  write)
{
  /* IMMEDIATE takes the write lock now, waiting for it with the busy timeout; a deferred
   * transaction would read first and then fail at once when it tries to upgrade. */
  return write ? "BEGIN IMMEDIATE" : "BEGIN";
}

/* ---- Search: FTS5, one row per record, rowid = id × 8 + kind ---------------------------- */

/* search_index's columns are (name, other). */
#define SEARCH_NAME_COLUMN 0

static gboolean
sqlite_index_remove (SkupDb  *db,
                     int      kind,
                     gint64   id,
                     GError **error)
{
  g_autoptr(SkupStmt) del = skup_db_prepare (db, "DELETE FROM search_index WHERE rowid = ?1",
                                             error);

  if (del == NULL)
    return FALSE;
  skup_stmt_bind_int (del, 1, id * 8 + kind);
  return skup_stmt_run (del, error);
}

static gboolean
sqlite_index_put (SkupDb      *db,
                  int          kind,
                  gint64       id,
                  const char  *name,
                  const char  *other,
                  GError     **error)
{
  g_autoptr(SkupStmt) ins = NULL;

  if (!sqlite_index_remove (db, kind, id, error))
    return FALSE;
  ins = skup_db_prepare (db, "INSERT INTO search_index (rowid, name, other) VALUES (?1, ?2, ?3)",
                         error);
  if (ins == NULL)
    return FALSE;
  skup_stmt_bind_int (ins, 1, id * 8 + kind);
  skup_stmt_bind_text (ins, 2, name);
  skup_stmt_bind_text (ins, 3, other);
  return skup_stmt_run (ins, error);
}

/* The FTS5 auxiliary function skup_in_name (search_index): 1 when every phrase of the query
 * (every typed term) has a hit in the name column, so the record's name alone matches. The
 * match itself looks at both columns. One pass over the hits the match found anyway: no second
 * full-text query for the ranking. */
static void
fts_in_name (const Fts5ExtensionApi  *api,
             Fts5Context             *fts,
             sqlite3_context         *ctx,
             int                      n_values,
             sqlite3_value          **values)
{
  int n_phrases = api->xPhraseCount (fts);

  for (int p = 0; p < n_phrases; p++)
    {
      Fts5PhraseIter iter;
      int col = -1;

      if (api->xPhraseFirstColumn (fts, p, &iter, &col) != SQLITE_OK)
        {
          sqlite3_result_error_code (ctx, SQLITE_ERROR);
          return;
        }
      while (col >= 0 && col != SEARCH_NAME_COLUMN)
        api->xPhraseNextColumn (fts, &iter, &col);
      if (col != SEARCH_NAME_COLUMN)
        {
          sqlite3_result_int (ctx, 0);
          return;
        }
    }
  sqlite3_result_int (ctx, 1);
}

/* FTS5 hands out its extension API through a pointer bound to SELECT fts5(?1). */
static gboolean
register_search_functions (sqlite3 *handle)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, "SELECT fts5 (?1)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  return api != NULL
         && api->xCreateFunction (api, "skup_in_name", NULL, fts_in_name, NULL) == SQLITE_OK;
}

/* Each term a quoted prefix phrase, joined by spaces (AND): always a valid MATCH, whatever
 * was typed, since terms hold only folded letters and digits. */
static char *
match_expression (const char * const *terms)
{
  g_autoptr(GString) match = g_string_new (NULL);

  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_string_append_printf (match, "%s\"", i ? " " : "");
      for (const char *p = terms[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append (match, "\"*");
    }
  return g_string_free (g_steal_pointer (&match), FALSE);
}

static GArray *
sqlite_search (SkupDb              *db,
               int                  kind,
               const char * const  *terms,
               GArray              *in_name,
               GError             **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (db, "SELECT rowid >> 3, skup_in_name (search_index) FROM search_index "
                         "WHERE search_index MATCH ?1 AND (rowid & 7) = ?2", error);
  g_autofree char *match = match_expression (terms);

  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_text (stmt, 1, match);
  skup_stmt_bind_int (stmt, 2, kind);
  return _skup_db_collect_matches (stmt, in_name, error);
}

/* The matches drive the query (a join, not a membership test over every row): a rare name
 * reads a handful of rows, however large the register. */
static char *
sqlite_search_join (SkupDb *db,
                    int     kind,
                    guint   n_terms,
                    guint   first,
                    guint  *n_params)
{
  *n_params = 1;
  return g_strdup_printf (" JOIN (SELECT rowid >> 3 AS id, skup_in_name (search_index) AS in_name "
                          "FROM search_index WHERE search_index MATCH ?%u AND (rowid & 7) = %d) s "
                          "ON s.id = t.id", first, kind);
}

static void
sqlite_bind_search (SkupStmt           *stmt,
                    guint               first,
                    const char * const *terms)
{
  g_autofree char *match = match_expression (terms);

  skup_stmt_bind_text (stmt, first, match);
}

static char *
sqlite_text_order (SkupDb     *db,
                   const char *expression)
{
  return g_strdup_printf ("%s COLLATE skup", expression);
}

static char *
sqlite_in_id_set (SkupDb     *db,
                  const char *expression,
                  guint       index)
{
  return g_strdup_printf ("%s IN (SELECT value FROM json_each (?%u))", expression, index);
}

/* A JSON array bound as one value keeps the statement the same whatever the count. */
static void
sqlite_bind_id_set (SkupStmt     *stmt,
                    guint         index,
                    const gint64 *ids,
                    guint         n_ids)
{
  g_autofree char *json = _skup_db_join_ids (ids, n_ids, '[', ']');

  skup_stmt_bind_text (stmt, index, json);
}

/* ---- Other connections' changes ------------------------------------------------------------ */

static gboolean
sqlite_notify (SkupDb      *db,
               const char  *kind,
               gint64       id,
               GError     **error)
{
  /* Another process sees the commit through data_version; there is no payload to send. */
  return TRUE;
}

static gboolean
sqlite_poll_changes (SkupDb    *db,
                     GPtrArray *out_kinds)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (db, "PRAGMA data_version", NULL);
  gint64 version;
  gboolean changed;

  if (stmt == NULL || skup_stmt_step (stmt, NULL) != SKUP_STEP_ROW)
    return FALSE;
  version = skup_stmt_column_int (stmt, 0);
  changed = SQLITE_DB (db)->data_version != 0 && version != SQLITE_DB (db)->data_version;
  SQLITE_DB (db)->data_version = version;
  if (changed && out_kinds != NULL)
    g_ptr_array_add (out_kinds, g_strdup (""));
  return changed;
}

static gint64
sqlite_last_insert_id (SkupDb *db)
{
  return sqlite3_last_insert_rowid (HANDLE (db));
}

static gboolean
sqlite_reset_ids (SkupDb      *db,
                  const char  *table,
                  GError     **error)
{
  /* INTEGER PRIMARY KEY always continues after the largest id. */
  return TRUE;
}

const SkupDbDriver _skup_db_sqlite_driver = {
  .engine = SKUP_DB_SQLITE,
  .open = sqlite_open,
  .close = sqlite_close,
  .is_temporary = sqlite_is_temporary,
  .migrations = _skup_sqlite_migrations,
  .set_version = "PRAGMA user_version = %d",
  .before_migration = _skup_sqlite_before_migration,
  .schema_version = _skup_sqlite_version,
  .prepare = sqlite_prepare,
  .finalize = sqlite_finalize,
  .reset = sqlite_reset,
  .bind_int = sqlite_bind_int,
  .bind_real = sqlite_bind_real,
  .bind_text = sqlite_bind_text,
  .bind_blob = sqlite_bind_blob,
  .bind_null = sqlite_bind_null,
  .step = sqlite_step,
  .column_count = sqlite_column_count,
  .column_name = sqlite_column_name,
  .column_type = sqlite_column_type,
  .column_int = sqlite_column_int,
  .column_real = sqlite_column_real,
  .column_text = sqlite_column_text,
  .column_blob = sqlite_column_blob,
  .exec = _skup_sqlite_exec,
  .begin_sql = sqlite_begin_sql,
  .index_put = sqlite_index_put,
  .index_remove = sqlite_index_remove,
  .search = sqlite_search,
  .search_join = sqlite_search_join,
  .bind_search = sqlite_bind_search,
  .text_order = sqlite_text_order,
  .in_id_set = sqlite_in_id_set,
  .bind_id_set = sqlite_bind_id_set,
  .notify = sqlite_notify,
  .poll_changes = sqlite_poll_changes,
  .backup = _skup_sqlite_backup,
  .reset_ids = sqlite_reset_ids,
  .last_insert_id = sqlite_last_insert_id,
};
