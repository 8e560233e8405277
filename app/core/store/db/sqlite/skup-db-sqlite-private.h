/* skup-db-sqlite-private.h — the SQLite driver's connection, shared by its two files
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "skup-db-private.h"

G_BEGIN_DECLS

typedef struct {
  SkupDb   base;
  sqlite3 *handle;
  gint64   data_version;   /* PRAGMA data_version at the last poll */
} SkupSqliteDb;

typedef struct {
  SkupStmt      base;
  sqlite3_stmt *handle;
  gboolean      done;
} SkupSqliteStmt;

#define SQLITE_DB(db) ((SkupSqliteDb *) (db))

void     _skup_sqlite_set_error (GError      **error,
                                 sqlite3      *handle,
                                 const char   *what);
gboolean _skup_sqlite_exec      (SkupDb       *db,
                                 const char   *sql,
                                 GError      **error);
gboolean _skup_sqlite_before_migration (SkupDb  *db,
                                        int      version,
                                        char   **out_backup_path,
                                        GError **error);
extern const char * const _skup_sqlite_migrations[SKUP_DB_SCHEMA_VERSION];
int      _skup_sqlite_version   (SkupDb       *db,
                                 GError      **error);
gboolean _skup_sqlite_backup    (SkupDb       *db,
                                 const char   *dest_path,
                                 GError      **error);

G_END_DECLS
