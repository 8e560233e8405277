/* skup-db-private.h — what the engine layer shares with its drivers
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-db.h"
#include "skup-error.h"

G_BEGIN_DECLS

typedef struct _SkupDbDriver SkupDbDriver;

/* A driver's connection embeds this as its first member; its statements embed SkupStmt. */
struct _SkupDb
{
  const SkupDbDriver *driver;
  char               *location;
  GHashTable         *statements;  /* SQL text → SkupStmt, finalized with the connection */
  guint               depth;       /* open transactions: 1 the real one, more are savepoints */
  gboolean            writing;     /* the outermost transaction holds the write lock */
  gboolean            damaged;     /* a read found the file damaged: no more writes to it */
};

struct _SkupStmt
{
  SkupDb *db;
  char   *sql;
  gint64  changes;
};

/* Every driver function gets its own connection or statement type by casting. Fallible
 * functions set @error through skup_db_set_error() so the user reads one kind of message
 * whichever engine failed. */
struct _SkupDbDriver
{
  SkupDbEngine engine;

  SkupDb     *(*open)            (const char *location, GError **error);
  void        (*close)           (SkupDb *db);
  gboolean    (*is_temporary)    (SkupDb *db);
  /* Migrations (see skup_db_migrate(), which runs them alike for both engines):
   * migrations[N] takes version N to N + 1, then _skup_db_shared_migrations[N]; set_version is
   * a format with one %d. before_migration (nullable) runs outside the write lock, once an
   * upgrade is known to be needed; lock_migration (nullable) inside it, before the version is
   * read again. */
  const char * const *migrations;
  const char *set_version;
  gboolean    (*before_migration)(SkupDb *db, int version, char **out_backup_path,
                                  GError **error);
  gboolean    (*lock_migration)  (SkupDb *db, GError **error);
  int         (*schema_version)  (SkupDb *db, GError **error);

  SkupStmt   *(*prepare)         (SkupDb *db, const char *sql, GError **error);
  void        (*finalize)        (SkupStmt *stmt);
  void        (*reset)           (SkupStmt *stmt);
  void        (*bind_int)        (SkupStmt *stmt, guint index, gint64 value);
  void        (*bind_real)       (SkupStmt *stmt, guint index, double value);
  void        (*bind_text)       (SkupStmt *stmt, guint index, const char *value);
  void        (*bind_blob)       (SkupStmt *stmt, guint index, gconstpointer data, gsize size);
  void        (*bind_null)       (SkupStmt *stmt, guint index);
  /* Sets stmt->changes when the statement is done. */
  SkupStep    (*step)            (SkupStmt *stmt, GError **error);
  guint       (*column_count)    (SkupStmt *stmt);
  const char *(*column_name)     (SkupStmt *stmt, guint col);
  SkupDbType  (*column_type)     (SkupStmt *stmt, guint col);
  gint64      (*column_int)      (SkupStmt *stmt, guint col);
  double      (*column_real)     (SkupStmt *stmt, guint col);
  const char *(*column_text)     (SkupStmt *stmt, guint col);
  GBytes     *(*column_blob)     (SkupStmt *stmt, guint col);

  gboolean    (*exec)            (SkupDb *db, const char *sql, GError **error);
  /* The statement that starts the outermost transaction. */
  const char *(*begin_sql)       (SkupDb *db, gboolean write);

  gboolean    (*index_put)       (SkupDb *db, int kind, gint64 id, const char *name,
                                  const char *other, GError **error);
  gboolean    (*index_remove)    (SkupDb *db, int kind, gint64 id, GError **error);
  /* Fills @out_in_name (never NULL here) with the matches whose name has every term. */
  GArray     *(*search)          (SkupDb *db, int kind, const char * const *terms,
                                  GArray *out_in_name, GError **error);
  char       *(*search_join)     (SkupDb *db, int kind, guint n_terms, guint first,
                                  guint *n_params);
  void        (*bind_search)     (SkupStmt *stmt, guint first, const char * const *terms);
  char       *(*text_order)      (SkupDb *db, const char *expression);
  char       *(*in_id_set)       (SkupDb *db, const char *expression, guint index);
  void        (*bind_id_set)     (SkupStmt *stmt, guint index, const gint64 *ids, guint n_ids);

  gboolean    (*notify)          (SkupDb *db, const char *kind, gint64 id, GError **error);
  gboolean    (*poll_changes)    (SkupDb *db, GPtrArray *out_kinds);
  gboolean    (*backup)          (SkupDb *db, const char *dest_path, GError **error);
  gboolean    (*reset_ids)       (SkupDb *db, const char *table, GError **error);
  /* Nullable: the id the connection's last INSERT made, for an engine that keeps it. */
  gint64      (*last_insert_id)  (SkupDb *db);
};

extern const SkupDbDriver _skup_db_sqlite_driver;
extern const SkupDbDriver _skup_db_postgres_driver;

/* Called by a driver's open() once its connection is allocated (zeroed, SkupDb first). */
void  _skup_db_init_base   (SkupDb             *db,
                            const SkupDbDriver *driver,
                            const char         *location);
/* Called by a driver's prepare() for a new statement before it is cached. */
void  _skup_stmt_init_base (SkupStmt           *stmt,
                            SkupDb             *db,
                            const char         *sql);

/* "{1,2,3}"-style text of @ids between @open and @close, for binding an id set as one value. */
char   *_skup_db_join_ids     (const gint64 *ids,
                               guint         n_ids,
                               char          open,
                               char          close);

/* Steps through rows of (id, in_name) from a driver's search: every id is returned, those with
 * a non-zero in_name are also appended to @in_name. NULL on error. */
GArray *_skup_db_collect_matches  (SkupStmt     *stmt,
                                   GArray       *in_name,
                                   GError      **error);

/* The kinds of engine failure a person is told about, whichever engine had it. */
typedef enum {
  SKUP_DB_FAILURE_OTHER,
  SKUP_DB_FAILURE_BUSY,          /* locked by another writer beyond the wait */
  SKUP_DB_FAILURE_CONNECTION,    /* the server went away, the file is unreachable */
  SKUP_DB_FAILURE_PERMISSION,    /* read-only file, or a role without the grant */
  SKUP_DB_FAILURE_CONSTRAINT,    /* the schema refused a value: @column names it if known */
  SKUP_DB_FAILURE_CORRUPT,       /* the file is damaged or not a database */
} SkupDbFailure;

/* Sets a SKUP_ERROR for @failure: @what says what was being done ("Could not save"),
 * @detail is the engine's own message (kept for the log and the details line). */
void  skup_db_set_error    (GError       **error,
                            SkupDbFailure  failure,
                            const char    *what,
                            const char    *column,
                            const char    *detail);

/* The part of each migration (migrations[N] takes version N to N + 1) that both engines
 * run alike, or NULL. */
extern const char * const _skup_db_shared_migrations[SKUP_DB_SCHEMA_VERSION];

/* The table list, shared by both drivers' DDL and by copying. */
extern const char * const _skup_db_table_names[];

G_END_DECLS
