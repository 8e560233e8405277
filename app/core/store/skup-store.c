/* skup-store.c — the register: opening, transactions and other organisers' changes
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-store-certificates.h"
#include "skup-store-private.h"

/* The store is the only place that speaks SQL about records. Record types describe their
 * columns in field tables, so the statements are built once per type from those tables
 * (column names are ours, never user input) and every value is bound. The SQL is written once
 * for both engines; what differs lives in the drivers under db/. */

enum {
  SIGNAL_CHANGED,
  SIGNAL_PROMOTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkupStore, skup_store, G_TYPE_OBJECT)

void
skup_consequence_free (SkupConsequence *c)
{
  if (c == NULL)
    return;
  g_free (c->description);
  g_free (c);
}

void
skup_duplicate_free (SkupDuplicate *d)
{
  if (d == NULL)
    return;
  g_free (d->name);
  g_free (d->organisation);
  g_free (d->reason);
  g_free (d);
}

static void
skup_store_finalize (GObject *object)
{
  SkupStore *self = SKUP_STORE (object);

  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_pointer (&self->select_sql, g_hash_table_unref);
  g_clear_pointer (&self->order_key, g_free);
  g_clear_pointer (&self->order_ids, g_array_unref);
  g_clear_pointer (&self->promoted, g_array_unref);
  g_clear_pointer (&self->db, skup_db_close);

  G_OBJECT_CLASS (skup_store_parent_class)->finalize (object);
}

static void
skup_store_class_init (SkupStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_store_finalize;

  /**
   * SkupStore::changed:
   * @kind: the record kind ("person", "event" …), or "" for changes by another organiser
   *   whose kind is not known
   * @id: the record's id, or 0
   *
   * Records were created, changed or deleted: lists showing that kind should refresh.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);

  /**
   * SkupStore::promoted:
   * @registration_id: the registration that was on the waitlist
   *
   * A seat was freed (someone cancelled, declined or was removed) and given to the first on
   * the waitlist: the window tells the organiser who. Emitted after the commit.
   */
  signals[SIGNAL_PROMOTED] =
    g_signal_new ("promoted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
skup_store_init (SkupStore *self)
{
  self->select_sql = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->promoted = g_array_new (FALSE, FALSE, sizeof (gint64));
}

SkupDb *
_skup_store_get_db (SkupStore *self)
{
  return self->db;
}

/* Emitted only once the change is committed, so a handler that reads the database sees it;
 * changes made inside a caller's transaction are told as one when it commits. Other clients
 * hear of it too (PostgreSQL: NOTIFY; SQLite needs nothing, they watch data_version). */
static void
flush_promoted (SkupStore *self)
{
  g_autoptr(GArray) ids = NULL;

  if (self->promoted->len == 0)
    return;
  ids = g_steal_pointer (&self->promoted);
  self->promoted = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ids->len; i++)
    g_signal_emit (self, signals[SIGNAL_PROMOTED], 0, g_array_index (ids, gint64, i));
}

void
_skup_store_emit_changed (SkupStore  *self,
                          const char *kind,
                          gint64      id)
{
  self->generation++;
  if (skup_db_get_depth (self->db) > 0)
    {
      self->pending_changes = TRUE;
      return;
    }
  skup_db_notify (self->db, kind, id, NULL);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, kind, id);
  flush_promoted (self);
}

void
_skup_store_queue_promoted (SkupStore *self,
                            gint64     registration_id)
{
  g_array_append_val (self->promoted, registration_id);
}

/**
 * skup_store_dup_user_name:
 *
 * Returns: (transfer full): who is writing, for logs: the user's real name, else their login
 */
char *
skup_store_dup_user_name (SkupStore *self)
{
  const char *real = g_get_real_name ();

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

char *
_skup_store_now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  /* Microseconds: a stamp is also the version a save checks against (see
   * skup-store-rows.c), so two saves in one second must differ. */
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

/* The kind's number in the shared search index; 0 for a kind not searched. */
int
_skup_store_search_code (SkupRecordClass *klass)
{
  return klass->info != NULL ? klass->info->search_code : 0;
}

gboolean
_skup_store_query_int (SkupStore   *self,
                       const char  *sql,
                       gint64       a,
                       gint64       b,
                       gint64      *out,
                       GError     **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, a);
  skup_stmt_bind_int (stmt, 2, b);
  switch (skup_stmt_step (stmt, error))
    {
    case SKUP_STEP_ROW:
      *out = skup_stmt_column_int (stmt, 0);
      return TRUE;
    case SKUP_STEP_DONE:
      *out = 0;
      return TRUE;
    case SKUP_STEP_ERROR:
    default:
      return FALSE;
    }
}

/**
 * skup_store_default_path:
 *
 * Returns: (transfer full): $SKUP_DATABASE if set, else skup/skup.db in the user data folder
 */
char *
skup_store_default_path (void)
{
  const char *env = g_getenv ("SKUP_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "skup", "skup.db", NULL);
}

/**
 * skup_store_canonical_location:
 * @location: (nullable): what was given with --database or $SKUP_DATABASE
 *
 * Returns: (transfer full): a file path made absolute, or a server URI or ":memory:" as it is;
 *   the default register for %NULL or ""
 */
char *
skup_store_canonical_location (const char *location)
{
  if (location == NULL || location[0] == '\0')
    return skup_store_default_path ();
  if (skup_db_location_is_server (location) || g_str_equal (location, ":memory:"))
    return g_strdup (location);
  return g_canonicalize_filename (location, NULL);
}

/**
 * skup_store_open:
 * @location: a database file (created, mode 0600, with its folder if missing), ":memory:",
 *   or a postgresql:// URI
 *
 * Opens the register, creating or upgrading its schema (after a backup of an older file).
 *
 * Returns: (transfer full) (nullable): the store
 */
SkupStore *
skup_store_open (const char  *location,
                 GError     **error)
{
  g_autoptr(SkupStore) self = NULL;
  g_autoptr(SkupDb) db = NULL;
  g_autoptr(GError) reindex_error = NULL;
  g_autoptr(GError) seed_error = NULL;
  int version;

  g_return_val_if_fail (location != NULL, NULL);

  db = skup_db_open (location, error);
  if (db == NULL)
    return NULL;
  version = skup_db_get_schema_version (db, error);
  if (version < 0 || !skup_db_migrate (db, NULL, error))
    return NULL;

  self = g_object_new (SKUP_TYPE_STORE, NULL);
  self->db = g_steal_pointer (&db);
  if (version == 1 && !_skup_store_rekey (self, error))
    return NULL;
  /* Not fatal: the old index still finds everything (only unranked), and someone who may only
   * read the register, or who lost the race to rebuild it, must still be able to open it. */
  if (!_skup_store_rebuild_stale_index (self, &reindex_error))
    g_debug ("Search index not rebuilt: %s", reindex_error->message);
  /* Not fatal either, for the same reader: the built-ins are there once anyone wrote them. */
  if (!skup_store_seed_certificate_templates (self, &seed_error))
    g_debug ("Built-in certificate templates not added: %s", seed_error->message);
  /* The first poll only learns where the other connections stand. */
  skup_db_poll_changes (self->db, NULL);
  return g_steal_pointer (&self);
}

/**
 * skup_store_probe:
 * @location: a register's location
 * @out_version: (out) (optional): its schema version, 0 for an empty database
 *
 * Connects to @location and reads its schema version without changing anything: the Test
 * button of a connection dialog. A file that does not exist yet is not created.
 *
 * Returns: %TRUE if Skup could open @location as a register
 */
gboolean
skup_store_probe (const char  *location,
                  int         *out_version,
                  GError     **error)
{
  g_autoptr(SkupDb) db = NULL;
  int version;

  g_return_val_if_fail (location != NULL, FALSE);

  if (!skup_db_location_is_server (location) && !g_str_equal (location, ":memory:")
      && !g_file_test (location, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND, _("There is no register at %s."),
                   location);
      return FALSE;
    }
  db = skup_db_open (location, error);
  if (db == NULL)
    return FALSE;
  version = skup_db_get_schema_version (db, error);
  if (version < 0)
    return FALSE;
  if (out_version)
    *out_version = version;
  return TRUE;
}

/**
 * skup_store_open_temporary:
 *
 * Returns: (transfer full) (nullable): an empty register in memory, gone with the store
 */
SkupStore *
skup_store_open_temporary (GError **error)
{
  return skup_store_open (":memory:", error);
}

const char *
skup_store_get_path (SkupStore *self)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  return skup_db_get_location (self->db);
}

char *
skup_store_dup_display_name (SkupStore *self)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  return skup_db_location_for_display (skup_db_get_location (self->db));
}

gboolean
skup_store_is_shared (SkupStore *self)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  return skup_db_get_engine (self->db) == SKUP_DB_POSTGRES;
}

gboolean
skup_store_is_temporary (SkupStore *self)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  return skup_db_is_temporary (self->db);
}

/* ---- Transactions ------------------------------------------------------------------------ */

/* Transactions nest as savepoints, so every save is atomic on its own and bulk work can still
 * wrap thousands of saves in one transaction. */
gboolean
skup_store_begin (SkupStore  *self,
                  GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  return _skup_store_begin_write (self, error);
}

gboolean
skup_store_commit (SkupStore  *self,
                   GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (skup_db_get_depth (self->db) > 0, FALSE);

  if (!skup_db_commit (self->db, error))
    return FALSE;
  if (skup_db_get_depth (self->db) == 0 && self->pending_changes)
    {
      self->pending_changes = FALSE;
      _skup_store_emit_changed (self, "", 0);
    }
  return TRUE;
}

void
skup_store_rollback (SkupStore *self)
{
  g_return_if_fail (SKUP_IS_STORE (self));
  g_return_if_fail (skup_db_get_depth (self->db) > 0);

  skup_db_rollback (self->db);
  if (skup_db_get_depth (self->db) == 0)
    {
      self->pending_changes = FALSE;
      /* Nobody was given a seat after all. */
      g_array_set_size (self->promoted, 0);
    }
}

gboolean
_skup_store_begin_write (SkupStore  *self,
                         GError    **error)
{
  return skup_db_begin (self->db, TRUE, error);
}

gboolean
_skup_store_end_write (SkupStore  *self,
                       gboolean    ok,
                       GError    **error)
{
  if (!ok)
    {
      skup_store_rollback (self);
      return FALSE;
    }
  return skup_store_commit (self, error);
}

/* ---- Other organisers ---------------------------------------------------------------------- */

gboolean
skup_store_poll_changes (SkupStore *self)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  /* Inside our own transaction the view is our own; look again once it is over. */
  if (skup_db_get_depth (self->db) > 0 || !skup_db_poll_changes (self->db, kinds))
    return FALSE;
  if (kinds->len == 0)
    g_ptr_array_add (kinds, g_strdup (""));
  /* Told here only: passing another organiser's change on to the others would echo. */
  self->generation++;
  for (guint i = 0; i < kinds->len; i++)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0, g_ptr_array_index (kinds, i), (gint64) 0);
  return TRUE;
}

static gboolean
on_watch_tick (gpointer data)
{
  skup_store_poll_changes (SKUP_STORE (data));
  return G_SOURCE_CONTINUE;
}

void
skup_store_watch (SkupStore *self,
                  gboolean   watch)
{
  g_return_if_fail (SKUP_IS_STORE (self));

  if (!watch)
    g_clear_handle_id (&self->watch_id, g_source_remove);
  else if (self->watch_id == 0)
    self->watch_id = g_timeout_add_seconds (1, on_watch_tick, self);
}

/* ---- Numbers ------------------------------------------------------------------------------ */

/**
 * skup_store_next_number:
 * @counter: the counter's name ("certificate")
 * @year: numbers start again at 1 each year
 *
 * Takes the next number of @counter for @year. One statement increments and returns it, and
 * the row it changed stays locked until the caller's transaction ends.
 */
gboolean
skup_store_next_number (SkupStore   *self,
                        const char  *counter,
                        int          year,
                        gint64      *out_number,
                        GError     **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  g_autofree char *stamp = _skup_store_now_stamp ();

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (counter != NULL && out_number != NULL, FALSE);
  g_return_val_if_fail (skup_db_get_depth (self->db) > 0, FALSE);

  stmt = skup_db_prepare (self->db,
                          "INSERT INTO counters (name, year, value, created_at, updated_at) "
                          "VALUES (?1, ?2, 1, ?3, ?3) ON CONFLICT (name, year) DO UPDATE SET "
                          "value = counters.value + 1, updated_at = excluded.updated_at "
                          "RETURNING value", error);
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_text (stmt, 1, counter);
  skup_stmt_bind_int (stmt, 2, year);
  skup_stmt_bind_text (stmt, 3, stamp);
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  *out_number = skup_stmt_column_int (stmt, 0);
  return skup_stmt_run (stmt, error);
}
