/* skup-store-private.h — what the core's own modules share with the store
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "skup-record-list.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* A statement owned by the store's cache: the cleanup resets it instead of finalizing. */
typedef sqlite3_stmt SkupCachedStmt;
void _skup_cached_stmt_reset (SkupCachedStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCachedStmt, _skup_cached_stmt_reset)

SkupCachedStmt *_skup_store_prepare      (SkupStore    *self,
                                          const char   *sql,
                                          GError      **error);
/* Loads the records with @ids (in any order) into @out, indexed like @ids; missing ones stay
 * NULL. */
gboolean        _skup_store_load_many    (SkupStore    *self,
                                          GType         type,
                                          const gint64 *ids,
                                          guint         n_ids,
                                          SkupRecord  **out,
                                          GError      **error);
SkupRecordList *_skup_record_list_new    (SkupStore    *store,
                                          GType         type,
                                          GArray       *ids);

G_END_DECLS
