/* skup-store-private.h — what the store's areas share with each other
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-db.h"
#include "skup-record-list.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* The store is one type over several files, one per area (as Text Editor splits its window):
 *   skup-store.c           opening, transactions, change signals and watching other clients
 *   skup-store-rows.c      reading and writing records, the search index, saving
 *   skup-store-rules.c     validation that needs the database
 *   skup-store-delete.c    delete plans and deletes
 *   skup-store-lists.c     lists, counts and search
 *   skup-store-people.c    duplicates and merges
 *   skup-store-events.c    registrations, attendance, organisers, number counters
 *   skup-store-settings.c  the office profile
 *   skup-store-copy.c      moving a whole register between engines
 *   skup-store-logos.c     organisations' logos
 *   skup-store-registrations.c  seats, the waitlist, status history
 *   skup-store-attendance.c     marks, check-in, walk-ins
 *   skup-store-sheets.c    sessions' signed sign-in sheets, kept as evidence
 *   skup-store-certificates.c  certificate templates, issued certificates, their images
 * Only these files (and the engine layer under them) name SQL. */

struct _SkupStore
{
  GObject     parent_instance;

  SkupDb     *db;
  GHashTable *select_sql;   /* GType → SELECT … FROM table t */

  /* The order of the last list read without a search, to answer searches over it (see
   * skup-store-lists.c). Valid while nothing has written to the database since. */
  char       *order_key;
  GArray     *order_ids;
  guint64     order_generation;
  guint64     generation;   /* bumped by every write, ours or another client's */

  gboolean    pending_changes;  /* made inside a transaction still open */
  GArray     *promoted;         /* registrations given a seat, said after the commit */
  guint       watch_id;
};

/* skup-store.c */
/* The connection under the store: for the store's areas, and for tests that look at what
 * was really written. */
SkupDb         *_skup_store_get_db          (SkupStore    *self);
void            _skup_store_emit_changed    (SkupStore    *self,
                                             const char   *kind,
                                             gint64        id);
/* Begins a write transaction; fails with SKUP_ERROR_READ_ONLY etc. */
gboolean        _skup_store_begin_write     (SkupStore    *self,
                                             GError      **error);
/* Commits, or rolls back and keeps @error set if @ok is FALSE. Returns @ok && committed. */
gboolean        _skup_store_end_write       (SkupStore    *self,
                                             gboolean      ok,
                                             GError      **error);
char           *_skup_store_now_stamp       (void);
/* The kind's code in the search index (1 … 7), 0 for kinds that are not searched. */
int             _skup_store_search_code     (SkupRecordClass *klass);
/* Runs a statement that yields one integer (count(*) …) with up to two int arguments. */
gboolean        _skup_store_query_int       (SkupStore    *self,
                                             const char   *sql,
                                             gint64        a,
                                             gint64        b,
                                             gint64       *out,
                                             GError      **error);

/* Says (::promoted) after the outermost commit that @registration_id was given a seat. */
void            _skup_store_queue_promoted  (SkupStore    *self,
                                             gint64        registration_id);

/* skup-store-registrations.c: the write lock held. */
gboolean        _skup_status_holds_seat     (const char   *status);
gboolean        _skup_store_log_status      (SkupStore    *self,
                                             gint64        registration_id,
                                             const char   *status,
                                             const char   *stamp,
                                             GError      **error);
gboolean        _skup_store_insert_registration (SkupStore  *self,
                                                 gint64      event_id,
                                                 gint64      person_id,
                                                 const char *role,
                                                 const char *status,
                                                 gint64     *out_id,
                                                 GError    **error);
/* Gives a free seat of @event_id to the first on the waitlist; @out_promoted_id 0 if none. */
gboolean        _skup_store_promote_waiting (SkupStore    *self,
                                             gint64        event_id,
                                             gint64       *out_promoted_id,
                                             GError      **error);

/* skup-store-attendance.c: writes one cell (the write lock held); SKUP_MARK_NONE clears it. */
gboolean        _skup_store_write_mark      (SkupStore    *self,
                                             gint64        registration_id,
                                             gint64        session_id,
                                             SkupMark      mark,
                                             const char   *check_in_time,
                                             GError      **error);

/* skup-store-rows.c */
const char     *_skup_store_select_sql      (SkupStore    *self,
                                             GType         type);
void            _skup_store_read_row        (SkupStmt     *stmt,
                                             SkupRecord   *record);
gboolean        _skup_store_reload          (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);
gboolean        _skup_store_save_locked     (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);
/* Fills the stored sort keys of every record (after an upgrade from schema 1). */
gboolean        _skup_store_rekey           (SkupStore    *self,
                                             GError      **error);
/* Rebuilds the search index if a migration asked for it (after an upgrade to schema 3). */
gboolean        _skup_store_rebuild_stale_index (SkupStore *self,
                                                 GError   **error);
gboolean        _skup_store_reindex_type    (SkupStore    *self,
                                             GType         type,
                                             GError      **error);
gboolean        _skup_store_unindex_record  (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);
gboolean        _skup_store_index_record    (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);
/* Loads the records with @ids (in any order) into @out, indexed like @ids. A row that no
 * longer exists stays NULL; a read error fails the whole call, with @out unchanged. */
gboolean        _skup_store_load_many       (SkupStore    *self,
                                             GType         type,
                                             const gint64 *ids,
                                             guint         n_ids,
                                             SkupRecord  **out,
                                             GError      **error);

/* Inserts a new, validated record without reading it back or indexing it (imports); the write
 * lock held. */
gboolean        _skup_store_insert_locked   (SkupStore    *self,
                                             SkupRecord   *record,
                                             const char   *stamp,
                                             GError      **error);

/* skup-store-rules.c: runs inside the write transaction, so what it checks holds. */
gboolean        _skup_store_check_with_database (SkupStore  *self,
                                                 SkupRecord *record,
                                                 GError    **error);

/* skup-store-delete.c */
gboolean        _skup_store_apply_delete    (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);

/* skup-store-certificates.c: the write lock held (copying a register). */
gboolean        _skup_store_unseed_certificate_templates (SkupStore *self,
                                                          GError   **error);

SkupRecordList *_skup_record_list_new       (SkupStore    *store,
                                             GType         type,
                                             GArray       *ids);

G_END_DECLS
