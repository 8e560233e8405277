/* skup-db.h — the engine layer under the store: one statement API, two drivers
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Only the store (app/core/store/) and the engine tests include this header. Nothing here
 * names sqlite3 or libpq: the drivers in sqlite/ and postgres/ do.
 *
 * SQL given to skup_db_prepare() is written once, in what both SQLite and PostgreSQL accept:
 * numbered placeholders ?1 … ?N (the PostgreSQL driver turns them into $1 … $N), today's
 * date bound from C, INSERT … RETURNING id instead of a last-insert id, ON CONFLICT … DO
 * UPDATE for upserts, CAST (?N AS TEXT) / CAST (?N AS BIGINT) where a bare placeholder would
 * leave PostgreSQL without a type (?N IS NULL, ?N || …). Booleans are INTEGER 0/1, dates and
 * times ISO text, ids BIGINT, images BLOB/BYTEA, on both engines. */

typedef enum {
  SKUP_DB_SQLITE,
  SKUP_DB_POSTGRES,
} SkupDbEngine;

typedef enum {
  SKUP_DB_NULL,
  SKUP_DB_INT,
  SKUP_DB_REAL,
  SKUP_DB_TEXT,
  SKUP_DB_BLOB,
} SkupDbType;

/* What skup_stmt_step() returns. */
typedef enum {
  SKUP_STEP_ERROR = -1,
  SKUP_STEP_DONE = 0,
  SKUP_STEP_ROW = 1,
} SkupStep;

typedef struct _SkupDb SkupDb;      /* one connection */
typedef struct _SkupStmt SkupStmt;  /* a prepared statement, owned by its connection's cache */

/* Locations: a file path (or ":memory:") is SQLite; postgresql://… or postgres://… (a libpq
 * URI) is PostgreSQL. */
gboolean      skup_db_location_is_server   (const char   *location);
/* The location with any password taken out, for titles and messages. */
char         *skup_db_location_for_display (const char   *location);

/* Opens a connection, creating the SQLite file (mode 0600) if missing. Does not touch the
 * schema: see skup_db_migrate(). */
SkupDb       *skup_db_open                 (const char   *location,
                                            GError      **error);
void          skup_db_close                (SkupDb       *db);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupDb, skup_db_close)

SkupDbEngine  skup_db_get_engine           (SkupDb       *db);
const char   *skup_db_get_location         (SkupDb       *db);
/* TRUE for a database that lives in memory and vanishes with the connection. */
gboolean      skup_db_is_temporary         (SkupDb       *db);

/* Schema. Checks the version without writing (a foreign or newer database is refused and left
 * as it was), then creates or upgrades the schema to SKUP_DB_SCHEMA_VERSION. Safe when several
 * processes open a new database at once: one creates, the others wait and find it made. An
 * SQLite file with content is copied aside before its first migration. */
#define SKUP_DB_SCHEMA_VERSION 7
/* The setting a migration leaves when the search index must be rebuilt from the records. */
#define SKUP_DB_REINDEX_SETTING "search-index-stale"
gboolean      skup_db_migrate              (SkupDb       *db,
                                            char        **out_backup_path,
                                            GError      **error);
int           skup_db_get_schema_version   (SkupDb       *db,
                                            GError      **error);

/* Statements. The statement is cached by its SQL text and owned by @db; hold it in a
 * g_autoptr(SkupStmt), whose cleanup resets it (never finalizes it) for the next caller. */
SkupStmt     *skup_db_prepare              (SkupDb       *db,
                                            const char   *sql,
                                            GError      **error);
void          skup_stmt_reset              (SkupStmt     *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupStmt, skup_stmt_reset)

/* Placeholders are numbered from 1. Values are copied. A NULL string or blob binds NULL. */
void          skup_stmt_bind_int           (SkupStmt     *stmt,
                                            guint         index,
                                            gint64        value);
void          skup_stmt_bind_real          (SkupStmt     *stmt,
                                            guint         index,
                                            double        value);
void          skup_stmt_bind_text          (SkupStmt     *stmt,
                                            guint         index,
                                            const char   *value);
void          skup_stmt_bind_blob          (SkupStmt     *stmt,
                                            guint         index,
                                            GBytes       *value);
void          skup_stmt_bind_null          (SkupStmt     *stmt,
                                            guint         index);

/* Runs the statement (first call) and moves to its next row. An error is reported once, with
 * @error set and mapped to a SkupError (see skup_db_set_error()); it is never "no rows". */
SkupStep      skup_stmt_step               (SkupStmt     *stmt,
                                            GError      **error);
/* Steps until done; TRUE unless an error happened. */
gboolean      skup_stmt_run                (SkupStmt     *stmt,
                                            GError      **error);
/* Steps until done, collecting the first column of every row (ids); NULL on error. */
GArray       *skup_stmt_collect_ids        (SkupStmt     *stmt,
                                            GError      **error);
/* Rows inserted, updated or deleted by the statement's last run. */
gint64        skup_stmt_changes            (SkupStmt     *stmt);

/* Columns of the current row, numbered from 0. */
guint         skup_stmt_column_count       (SkupStmt     *stmt);
const char   *skup_stmt_column_name        (SkupStmt     *stmt,
                                            guint         col);
SkupDbType    skup_stmt_column_type        (SkupStmt     *stmt,
                                            guint         col);
gboolean      skup_stmt_column_is_null     (SkupStmt     *stmt,
                                            guint         col);
gint64        skup_stmt_column_int         (SkupStmt     *stmt,
                                            guint         col);
double        skup_stmt_column_real        (SkupStmt     *stmt,
                                            guint         col);
/* (transfer none) (nullable): valid until the next step or reset */
const char   *skup_stmt_column_text        (SkupStmt     *stmt,
                                            guint         col);
/* (transfer full) (nullable) */
GBytes       *skup_stmt_column_blob        (SkupStmt     *stmt,
                                            guint         col);

/* Fixed statements with no values (DDL, transaction control): never for data. */
gboolean      skup_db_exec                 (SkupDb       *db,
                                            const char   *sql,
                                            GError      **error);

/* Transactions nest: the outermost is a real transaction, inner ones are savepoints. A write
 * transaction takes the write lock at once (SQLite BEGIN IMMEDIATE), so checks made inside it
 * hold until it commits; every statement waits up to 5 s for a lock held by someone else. */
gboolean      skup_db_begin                (SkupDb       *db,
                                            gboolean      write,
                                            GError      **error);
gboolean      skup_db_commit               (SkupDb       *db,
                                            GError      **error);
void          skup_db_rollback             (SkupDb       *db);
guint         skup_db_get_depth            (SkupDb       *db);

/* The cross-script search index: one folded key per record in two parts, @name (the words of
 * its name, SKUP_FIELD_TITLE) and @other (the rest), @kind a small code per record kind
 * (1 … 7). Terms are folded word prefixes (skup_text_search_terms()). */
gboolean      skup_db_index_put            (SkupDb       *db,
                                            int           kind,
                                            gint64        id,
                                            const char   *name,
                                            const char   *other,
                                            GError      **error);
gboolean      skup_db_index_remove         (SkupDb       *db,
                                            int           kind,
                                            gint64        id,
                                            GError      **error);
/* The ids of @kind whose key (either part) has every one of @terms as a word prefix, in no
 * order. With @out_in_name, also those among them whose name alone has every term: lists
 * show them first. */
GArray       *skup_db_search               (SkupDb              *db,
                                            int                  kind,
                                            const char * const  *terms,
                                            GArray             **out_in_name,
                                            GError             **error);
/* For a list query that searches: a FROM-clause fragment that joins the matches to the table
 * aliased t (" JOIN … s ON s.id = t.id"), using placeholders from ?@first on; bind them with
 * skup_db_bind_search(). s.in_name is 1 where the name alone has every term, else 0: order
 * by "s.in_name DESC" first. Returns the number of placeholders used in @n_params. */
char         *skup_db_search_join          (SkupDb              *db,
                                            int                  kind,
                                            guint                n_terms,
                                            guint                first,
                                            guint               *n_params);
void          skup_db_bind_search          (SkupDb              *db,
                                            SkupStmt            *stmt,
                                            guint                first,
                                            const char * const  *terms);
/* An ORDER BY expression for a text column that has no stored folded key: case, diacritics
 * and script folded as far as the engine can (SQLite: the folding collation). */
char         *skup_db_text_order           (SkupDb       *db,
                                            const char   *expression);
/* An SQL condition "@expression is one of the ids bound at ?@index" (bind with
 * skup_db_bind_id_set()): json_each on SQLite, = ANY on PostgreSQL. */
char         *skup_db_in_id_set            (SkupDb       *db,
                                            const char   *expression,
                                            guint         index);
void          skup_db_bind_id_set          (SkupStmt     *stmt,
                                            guint         index,
                                            const gint64 *ids,
                                            guint         n_ids);

/* Other connections' commits. Call skup_db_notify() inside a write transaction: PostgreSQL
 * sends it to every listening connection when the transaction commits. skup_db_poll_changes()
 * returns TRUE if anyone else committed since the last call (SQLite: data_version; PostgreSQL:
 * LISTEN), with what they named in @out_kinds (nullable, may hold "" for "anything"). */
gboolean      skup_db_notify               (SkupDb       *db,
                                            const char   *kind,
                                            gint64        id,
                                            GError      **error);
gboolean      skup_db_poll_changes         (SkupDb       *db,
                                            GPtrArray    *out_kinds);

/* A consistent copy of an SQLite database into @dest_path (mode 0600). PostgreSQL registers
 * are backed up with pg_dump: this fails with G_IO_ERROR_NOT_SUPPORTED for them. */
gboolean      skup_db_backup               (SkupDb       *db,
                                            const char   *dest_path,
                                            GError      **error);

/* The tables of the register in an order where every table comes after those it refers to
 * (for copying a register), NULL-terminated. */
const char * const *skup_db_tables         (void);
/* After rows were inserted with explicit ids: the next generated id follows the largest. */
/* SQLite runs RETURNING as a trigger, and a statement with a trigger that may fail keeps an
 * undo copy of every page it touches: an INSERT that only wants its new id is several times
 * faster without RETURNING, reading the id afterwards. PostgreSQL keeps no such id. */
gboolean      skup_db_has_last_insert_id   (SkupDb       *db);
gint64        skup_db_last_insert_id       (SkupDb       *db);
gboolean      skup_db_reset_ids            (SkupDb       *db,
                                            const char   *table,
                                            GError      **error);

G_END_DECLS
