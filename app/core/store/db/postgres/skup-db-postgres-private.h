/* skup-db-postgres-private.h — the PostgreSQL driver's connection, shared by its two files
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libpq-fe.h>

#include "skup-db-private.h"

G_BEGIN_DECLS

/* Advisory lock keys (first half of the two-key form; the second is the register's schema). */
#define SKUP_PG_LOCK_MIGRATE 7353070
#define SKUP_PG_LOCK_WRITE   7353071

typedef struct {
  SkupDb   base;
  PGconn  *conn;
  /* A register is one schema, and several may share a database: the write lock and the
   * change channel are the register's own, keyed by its schema's oid. */
  gint32   schema_key;
  char    *channel;      /* skup_changes_<schema oid> */
  char    *begin_write;  /* BEGIN and the register's write lock */
  guint    n_prepared;   /* server-side statements made, for their names */
  /* Every write transaction takes a number from the sequence skup_writes: the last number
   * seen tells a reader, synchronously, whether anyone wrote since (notifications arrive a
   * moment later; a remembered list order must not wait for them). */
  gint64   writes_seen;
} SkupPgDb;

#define PG_DB(db) ((SkupPgDb *) (db))

void     _skup_pg_set_error (GError         **error,
                             SkupDb          *db,
                             const PGresult  *result,
                             const char      *what);
gboolean _skup_pg_exec      (SkupDb          *db,
                             const char      *sql,
                             GError         **error);
gboolean _skup_pg_lock_migration (SkupDb  *db,
                                  GError **error);
extern const char * const _skup_pg_migrations[SKUP_DB_SCHEMA_VERSION];
int      _skup_pg_version   (SkupDb          *db,
                             GError         **error);

G_END_DECLS
