/* skup-schema.h — creating and migrating the database
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The schema version this build writes (PRAGMA user_version). */
#define SKUP_SCHEMA_VERSION 1

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

gboolean skup_schema_migrate      (sqlite3     *db,
                                   const char  *path,
                                   char       **out_backup_path,
                                   GError     **error);
int      skup_schema_get_version  (sqlite3     *db);
int      skup_schema_check_version (sqlite3    *db,
                                   const char  *path,
                                   GError     **error);
gboolean skup_schema_backup       (sqlite3     *db,
                                   const char  *dest_path,
                                   GError     **error);
gboolean skup_sql_exec            (sqlite3     *db,
                                   const char  *sql,
                                   GError     **error);
void     skup_set_sqlite_error    (GError     **error,
                                   sqlite3     *db,
                                   const char  *what);

G_END_DECLS
