/* skup-store.c — the register: records in SQLite
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "skup-attendance.h"
#include "skup-choices.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-registration.h"
#include "skup-room.h"
#include "skup-schema.h"
#include "skup-session.h"
#include "skup-store-private.h"
#include "skup-text.h"
#include "skup-venue.h"

/* The store is the only place that speaks SQL about records. Record types describe their
 * columns in field tables, so the statements here are built once per type from those tables
 * (column names are ours, never user input) and every value is bound. */

struct _SkupStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt, finalized with the store */
  GHashTable *select_sql;   /* GType → SELECT … FROM table t */
  guint       savepoints;

  /* The order of the last list read without a search, to answer searches over it (see
   * search_in_order()). Valid while nothing has written to the database since. */
  char       *order_key;
  GArray     *order_ids;
  sqlite3_int64 order_changes;
  gint64      order_data_version;
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkupStore, skup_store, G_TYPE_OBJECT)

/* Kinds in the shared search index: rowid = id * 8 + code. */
static int
search_code (SkupRecordClass *klass)
{
  static const char *kinds[] = { NULL, "organisation", "venue", "person", "event", "project" };

  for (guint i = 1; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i], klass->kind))
      return (int) i;
  return 0;
}

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

void
_skup_cached_stmt_reset (SkupCachedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static void
skup_store_finalize (GObject *object)
{
  SkupStore *self = SKUP_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->select_sql, g_hash_table_unref);
  g_clear_pointer (&self->order_key, g_free);
  g_clear_pointer (&self->order_ids, g_array_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (skup_store_parent_class)->finalize (object);
}

static void
skup_store_class_init (SkupStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_store_finalize;

  /**
   * SkupStore::changed:
   * @kind: the record kind ("person", "event" …)
   * @id: the record's id
   *
   * A record was created, changed or deleted: lists showing that kind should refresh.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
skup_store_init (SkupStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->select_sql = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

static void
emit_changed (SkupStore  *self,
              SkupRecord *record)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, SKUP_RECORD_GET_CLASS (record)->kind,
                 skup_record_get_id (record));
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
 * matter (Čačak sorts with C, Ђаковица with Dj). Used for sorting by columns that have no
 * stored sort key. */
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

static gboolean
configure_connection (SkupStore  *self,
                      GError    **error)
{
  sqlite3_create_collation_v2 (self->db, "skup", SQLITE_UTF8, NULL, collate_folded, NULL);

  /* Attendee lists are sensitive: the file is readable by its owner only. */
  if (g_strcmp0 (self->path, ":memory:") != 0)
    g_chmod (self->path, 0600);

  sqlite3_busy_timeout (self->db, 5000);
  return skup_sql_exec (self->db, "PRAGMA foreign_keys = ON", error)
         && skup_sql_exec (self->db, "PRAGMA journal_mode = WAL", error)
         && skup_sql_exec (self->db, "PRAGMA synchronous = NORMAL", error)
         /* Savepoints and CHECK (x IN (…)) build temporary b-trees on every insert; on disk
          * that cost more kernel time than the inserts themselves. */
         && skup_sql_exec (self->db, "PRAGMA temp_store = MEMORY", error)
         /* Search-as-you-type reads thousands of scattered rows per keystroke: mapped pages
          * and a larger cache spare a system call per page (30 → 20 ms on 100,000 people). */
         && skup_sql_exec (self->db, "PRAGMA mmap_size = 268435456", error)
         && skup_sql_exec (self->db, "PRAGMA cache_size = -32768", error);
}

/**
 * skup_store_open:
 * @path: the database file; created (mode 0600) with its folder if missing
 *
 * Opens the register, creating or upgrading its schema (after a backup of any older one).
 *
 * Returns: (transfer full) (nullable): the store
 */
SkupStore *
skup_store_open (const char  *path,
                 GError     **error)
{
  g_autoptr(SkupStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (path, ":memory:") != 0 && !prepare_file (path, error))
    return NULL;

  self = g_object_new (SKUP_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
      != SQLITE_OK)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE, _("Could not open %s: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return NULL;
    }

  /* Look before touching: a file that is not ours, or is from a newer Skup, is refused
   * without its mode or journal being changed. */
  if (skup_schema_check_version (self->db, path, error) < 0
      || !configure_connection (self, error))
    return NULL;
  if (!skup_schema_migrate (self->db, path, NULL, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
skup_store_get_path (SkupStore *self)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  return self->path;
}

gpointer
skup_store_get_handle (SkupStore *self)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  return self->db;
}

/**
 * _skup_store_prepare:
 *
 * Returns: (transfer none): a cached statement; hold it in a g_autoptr(SkupCachedStmt) so it
 *   is reset for the next caller
 */
SkupCachedStmt *
_skup_store_prepare (SkupStore   *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL)
      != SQLITE_OK)
    {
      skup_set_sqlite_error (error, self->db, _("Could not read the register"));
      g_debug ("Failed statement: %s", sql);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Transactions nest as savepoints, so every save is atomic on its own and bulk work can still
 * wrap thousands of saves in one transaction. */
gboolean
skup_store_begin (SkupStore  *self,
                  GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!skup_sql_exec (self->db, "SAVEPOINT skup", error))
    return FALSE;
  self->savepoints++;
  return TRUE;
}

gboolean
skup_store_commit (SkupStore  *self,
                   GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->savepoints > 0, FALSE);

  if (!skup_sql_exec (self->db, "RELEASE skup", error))
    {
      skup_store_rollback (self);
      return FALSE;
    }
  self->savepoints--;
  return TRUE;
}

void
skup_store_rollback (SkupStore *self)
{
  g_return_if_fail (SKUP_IS_STORE (self));
  g_return_if_fail (self->savepoints > 0);

  sqlite3_exec (self->db, "ROLLBACK TO skup", NULL, NULL, NULL);
  sqlite3_exec (self->db, "RELEASE skup", NULL, NULL, NULL);
  self->savepoints--;
}

static gboolean
step_done (SkupStore     *self,
           sqlite3_stmt  *stmt,
           const char    *what,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      skup_set_sqlite_error (error, self->db, what);
      return FALSE;
    }
  return TRUE;
}

static gint64
query_int (SkupStore  *self,
           const char *sql,
           gint64      a,
           gint64      b)
{
  g_autoptr(SkupCachedStmt) stmt = _skup_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

static char *
now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* ---- Reading and writing rows ------------------------------------------------------------ */

static const char *
select_sql (SkupStore *self,
            GType      type)
{
  SkupRecordClass *klass;
  GString *sql;
  char *cached = g_hash_table_lookup (self->select_sql, GSIZE_TO_POINTER (type));

  if (cached != NULL)
    return cached;

  klass = g_type_class_ref (type);
  sql = g_string_new ("SELECT t.id, t.created_at, t.updated_at");
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const SkupField *f = &klass->fields[i];
      if (f->flags & SKUP_FIELD_COMPUTED)
        g_string_append_printf (sql, ", %s", f->column);
      else
        g_string_append_printf (sql, ", t.%s", f->column);
    }
  g_string_append_printf (sql, " FROM %s t", klass->table);
  g_type_class_unref (klass);

  cached = g_string_free (sql, FALSE);
  g_hash_table_insert (self->select_sql, GSIZE_TO_POINTER (type), cached);
  return cached;
}

static void
read_value (sqlite3_stmt *stmt,
            int           col,
            GValue       *value)
{
  gboolean null = sqlite3_column_type (stmt, col) == SQLITE_NULL;

  if (G_VALUE_HOLDS_STRING (value))
    g_value_set_string (value, null ? NULL : (const char *) sqlite3_column_text (stmt, col));
  else if (G_VALUE_HOLDS_INT64 (value))
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, col));
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    g_value_set_boolean (value, sqlite3_column_int (stmt, col) != 0);
  else if (G_VALUE_HOLDS_DOUBLE (value))
    g_value_set_double (value, sqlite3_column_double (stmt, col));
}

/* Fills @record from the current row of a statement made by select_sql(). Values are set
 * directly, without notifications: a freshly read record has nobody watching yet. */
static void
read_row (sqlite3_stmt *stmt,
          SkupRecord   *record)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);

  skup_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  _skup_record_set_stamps (record, (const char *) sqlite3_column_text (stmt, 1),
                           (const char *) sqlite3_column_text (stmt, 2));
  for (guint i = 0; i < klass->n_fields; i++)
    read_value (stmt, (int) i + 3, _skup_record_peek_value (record, i));
}

static void
bind_value (sqlite3_stmt    *stmt,
            int              col,
            const SkupField *field,
            const GValue    *value)
{
  switch (field->type)
    {
    case SKUP_FIELD_INT:
      sqlite3_bind_int64 (stmt, col, g_value_get_int64 (value));
      break;
    case SKUP_FIELD_REF:
      /* 0 means "none": store NULL so the foreign key is not checked. */
      if (g_value_get_int64 (value) > 0)
        sqlite3_bind_int64 (stmt, col, g_value_get_int64 (value));
      else
        sqlite3_bind_null (stmt, col);
      break;
    case SKUP_FIELD_BOOL:
      sqlite3_bind_int (stmt, col, g_value_get_boolean (value) ? 1 : 0);
      break;
    case SKUP_FIELD_REAL:
      sqlite3_bind_double (stmt, col, g_value_get_double (value));
      break;
    case SKUP_FIELD_TEXT:
    case SKUP_FIELD_CHOICE:
    case SKUP_FIELD_DATE:
    case SKUP_FIELD_TIME:
    default:
      sqlite3_bind_text (stmt, col, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      break;
    }
}

static char *
write_sql (SkupRecordClass *klass,
           gboolean         insert)
{
  GString *sql = g_string_new (NULL);
  guint n = 0;

  g_string_append_printf (sql, insert ? "INSERT INTO %s (" : "UPDATE %s SET ", klass->table);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        continue;
      n++;
      g_string_append_printf (sql, insert ? "%s, " : "%s = ?%u, ", klass->fields[i].column, n);
    }
  if (insert)
    {
      g_string_append (sql, "sort_key, created_at, updated_at) VALUES (");
      for (guint i = 1; i <= n; i++)
        g_string_append_printf (sql, "?%u, ", i);
      g_string_append_printf (sql, "?%u, ?%u, ?%u)", n + 1, n + 2, n + 2);
    }
  else
    g_string_append_printf (sql, "sort_key = ?%u, updated_at = ?%u WHERE id = ?%u",
                            n + 1, n + 2, n + 3);

  return g_string_free (sql, FALSE);
}

static gboolean
write_row (SkupStore   *self,
           SkupRecord  *record,
           const char  *stamp,
           GError     **error)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);
  gboolean insert = skup_record_get_id (record) == 0;
  g_autofree char *sql = write_sql (klass, insert);
  g_autofree char *sort_key = skup_record_dup_sort_key (record);
  g_autoptr(SkupCachedStmt) stmt = _skup_store_prepare (self, sql, error);
  int col = 0;

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    if (!(klass->fields[i].flags & SKUP_FIELD_COMPUTED))
      bind_value (stmt, ++col, &klass->fields[i], _skup_record_peek_value (record, i));
  sqlite3_bind_text (stmt, ++col, sort_key ? sort_key : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, ++col, stamp, -1, SQLITE_TRANSIENT);
  if (!insert)
    sqlite3_bind_int64 (stmt, ++col, skup_record_get_id (record));

  if (!step_done (self, stmt, _("Could not save"), error))
    return FALSE;
  if (insert)
    skup_record_set_id (record, sqlite3_last_insert_rowid (self->db));
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                   _("This record was deleted meanwhile; it cannot be saved."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
index_record (SkupStore   *self,
              SkupRecord  *record,
              GError     **error)
{
  int code = search_code (SKUP_RECORD_GET_CLASS (record));
  g_autofree char *key = NULL;
  g_autoptr(SkupCachedStmt) del = NULL;
  g_autoptr(SkupCachedStmt) ins = NULL;

  if (code == 0)
    return TRUE;

  key = skup_record_dup_search_key (record);
  del = _skup_store_prepare (self, "DELETE FROM search_index WHERE rowid = ?1", error);
  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, skup_record_get_id (record) * 8 + code);
  if (!step_done (self, del, _("Could not update the search index"), error))
    return FALSE;

  ins = _skup_store_prepare (self, "INSERT INTO search_index (rowid, key) VALUES (?1, ?2)",
                             error);
  if (ins == NULL)
    return FALSE;
  sqlite3_bind_int64 (ins, 1, skup_record_get_id (record) * 8 + code);
  sqlite3_bind_text (ins, 2, key, -1, SQLITE_TRANSIENT);
  return step_done (self, ins, _("Could not update the search index"), error);
}

static gboolean
unindex_record (SkupStore   *self,
                SkupRecord  *record,
                GError     **error)
{
  int code = search_code (SKUP_RECORD_GET_CLASS (record));
  g_autoptr(SkupCachedStmt) del = NULL;

  if (code == 0)
    return TRUE;
  del = _skup_store_prepare (self, "DELETE FROM search_index WHERE rowid = ?1", error);
  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, skup_record_get_id (record) * 8 + code);
  return step_done (self, del, _("Could not update the search index"), error);
}

static gboolean
reload (SkupStore   *self,
        SkupRecord  *record,
        GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("%s WHERE t.id = ?1",
                                          select_sql (self, G_OBJECT_TYPE (record)));
  g_autoptr(SkupCachedStmt) stmt = _skup_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, skup_record_get_id (record));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND, _("The record no longer exists."));
      return FALSE;
    }
  g_object_freeze_notify (G_OBJECT (record));
  read_row (stmt, record);
  g_object_thaw_notify (G_OBJECT (record));
  return TRUE;
}

/**
 * skup_store_load:
 *
 * Returns: (transfer full) (nullable): the record of @type with @id
 */
SkupRecord *
skup_store_load (SkupStore  *self,
                 GType       type,
                 gint64      id,
                 GError    **error)
{
  g_autoptr(SkupRecord) record = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, SKUP_TYPE_RECORD), NULL);

  record = skup_record_new_for_type (type);
  skup_record_set_id (record, id);
  if (!reload (self, record, error))
    return NULL;
  return g_steal_pointer (&record);
}

#define LOAD_BATCH 64

static gboolean
load_batch (SkupStore     *self,
            GType          type,
            const gint64  *ids,
            guint          n_ids,
            GHashTable    *by_id,
            GError       **error)
{
  g_autoptr(GString) sql = g_string_new (select_sql (self, type));
  g_autoptr(SkupCachedStmt) stmt = NULL;

  /* A fixed number of placeholders keeps one cached statement per type; unused ones are
   * bound to NULL and match nothing. */
  g_string_append (sql, " WHERE t.id IN (?1");
  for (guint i = 2; i <= LOAD_BATCH; i++)
    g_string_append_printf (sql, ", ?%u", i);
  g_string_append (sql, ")");

  stmt = _skup_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    sqlite3_bind_int64 (stmt, (int) i + 1, ids[i]);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      SkupRecord *record = skup_record_new_for_type (type);
      read_row (stmt, record);
      g_hash_table_insert (by_id, &((gint64 *) g_memdup2 (&(gint64){ skup_record_get_id (record) },
                                                           sizeof (gint64)))[0], record);
    }
  return TRUE;
}

gboolean
_skup_store_load_many (SkupStore     *self,
                       GType          type,
                       const gint64  *ids,
                       guint          n_ids,
                       SkupRecord   **out,
                       GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_object_unref);

  for (guint start = 0; start < n_ids; start += LOAD_BATCH)
    if (!load_batch (self, type, ids + start, MIN (LOAD_BATCH, n_ids - start), by_id, error))
      return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      SkupRecord *record = g_hash_table_lookup (by_id, &ids[i]);
      out[i] = record ? g_object_ref (record) : NULL;
    }
  return TRUE;
}

/* ---- Rules that need the database ------------------------------------------------------- */

static gboolean
check_reference (SkupStore        *self,
                 SkupRecord       *record,
                 const SkupField  *field,
                 GError          **error)
{
  g_autofree char *sql = NULL;
  gint64 ref = skup_record_get_int (record, field->name);

  if (ref <= 0)
    return TRUE;
  /* field->extra is a table name from our own field tables, never user input. */
  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE id = ?1", field->extra);
  if (query_int (self, sql, ref, 0) > 0)
    return TRUE;

  skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                        _("%s: the chosen record no longer exists. Choose another."),
                        g_dgettext (GETTEXT_PACKAGE, field->label));
  return FALSE;
}

static gboolean
check_unique_organisation (SkupStore   *self,
                           SkupRecord  *record,
                           GError     **error)
{
  g_autofree char *key = skup_record_dup_sort_key (record);
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self, "SELECT id, name FROM organisations WHERE sort_key = ?1 AND id <> ?2",
                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, skup_record_get_id (record));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  skup_set_field_error (error, SKUP_ERROR_DUPLICATE, "name",
                        _("“%s” is already in the register. Use that organisation instead."),
                        (const char *) sqlite3_column_text (stmt, 1));
  return FALSE;
}

static gboolean
check_room_in_venue (SkupStore   *self,
                     SkupRecord  *record,
                     const char  *venue_field,
                     gint64       venue_id,
                     GError     **error)
{
  gint64 room = skup_record_get_int (record, "room-id");

  if (room <= 0)
    return TRUE;
  if (venue_id <= 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "room-id",
                            _("Choose the venue first: the room must be one of its rooms."));
      return FALSE;
    }
  if (query_int (self, "SELECT count(*) FROM rooms WHERE id = ?1 AND venue_id = ?2", room,
                 venue_id) > 0)
    return TRUE;

  skup_set_field_error (error, SKUP_ERROR_INVALID, "room-id",
                        _("That room is not in the chosen venue."));
  return FALSE;
}

static gboolean
check_event_dates (SkupStore   *self,
                   SkupRecord  *event,
                   GError     **error)
{
  g_autoptr(SkupCachedStmt) stmt = NULL;

  if (skup_record_get_id (event) == 0)
    return TRUE;

  /* Moving an event must not strand sessions (and their attendance) outside it. */
  stmt = _skup_store_prepare (self,
                              "SELECT min(date), max(date) FROM sessions WHERE event_id = ?1 "
                              "AND (date < ?2 OR date > ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, skup_record_get_id (event));
  sqlite3_bind_text (stmt, 2, skup_record_get_string (event, "start-date"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, skup_record_get_string (event, "end-date"), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      gboolean before = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0),
                                   skup_record_get_string (event, "start-date")) < 0;
      skup_set_field_error (error, SKUP_ERROR_INVALID, before ? "start-date" : "end-date",
                            _("The event has a session on %s, outside these dates. Move or "
                              "delete that session first."),
                            (const char *) sqlite3_column_text (stmt, before ? 0 : 1));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_session (SkupStore   *self,
               SkupRecord  *session,
               GError     **error)
{
  g_autoptr(SkupRecord) event = skup_store_load (self, SKUP_TYPE_EVENT,
                                                 skup_record_get_int (session, "event-id"), NULL);
  const char *date = skup_record_get_string (session, "date");

  if (event == NULL)
    return TRUE;  /* check_reference() says so */
  if (g_strcmp0 (date, skup_record_get_string (event, "start-date")) < 0
      || g_strcmp0 (date, skup_record_get_string (event, "end-date")) > 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "date",
                            _("The session must be within the event’s dates (%s to %s)."),
                            skup_record_get_string (event, "start-date"),
                            skup_record_get_string (event, "end-date"));
      return FALSE;
    }
  return check_room_in_venue (self, session, "room-id", skup_record_get_int (event, "venue-id"),
                              error);
}

static gboolean
check_registration (SkupStore   *self,
                    SkupRecord  *reg,
                    GError     **error)
{
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self, "SELECT id FROM registrations WHERE event_id = ?1 AND person_id = ?2 "
                         "AND id <> ?3", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, skup_record_get_int (reg, "event-id"));
  sqlite3_bind_int64 (stmt, 2, skup_record_get_int (reg, "person-id"));
  sqlite3_bind_int64 (stmt, 3, skup_record_get_id (reg));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  skup_set_field_error (error, SKUP_ERROR_DUPLICATE, "person-id",
                        _("This person is already registered for the event."));
  return FALSE;
}

static gboolean
check_event_organisation (SkupStore   *self,
                          SkupRecord  *link,
                          GError     **error)
{
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self, "SELECT id FROM event_organisations WHERE event_id = ?1 "
                         "AND organisation_id = ?2 AND role = ?3 AND id <> ?4", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, skup_record_get_int (link, "event-id"));
  sqlite3_bind_int64 (stmt, 2, skup_record_get_int (link, "organisation-id"));
  sqlite3_bind_text (stmt, 3, skup_record_get_string (link, "role"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, skup_record_get_id (link));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  skup_set_field_error (error, SKUP_ERROR_DUPLICATE, "organisation-id",
                        _("The organisation already has this role in the event."));
  return FALSE;
}

static gboolean
check_with_database (SkupStore   *self,
                     SkupRecord  *record,
                     GError     **error)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].type == SKUP_FIELD_REF
        && !(klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        && !check_reference (self, record, &klass->fields[i], error))
      return FALSE;

  if (SKUP_IS_ORGANISATION (record))
    return check_unique_organisation (self, record, error);
  if (SKUP_IS_EVENT (record))
    return check_event_dates (self, record, error)
           && check_room_in_venue (self, record, "room-id",
                                   skup_record_get_int (record, "venue-id"), error);
  if (SKUP_IS_SESSION (record))
    return check_session (self, record, error);
  if (SKUP_IS_REGISTRATION (record))
    return check_registration (self, record, error);
  if (SKUP_IS_EVENT_ORGANISATION (record))
    return check_event_organisation (self, record, error);
  return TRUE;
}

/* ---- Saving ------------------------------------------------------------------------------ */

/* One session per day of the event, for the days that have none yet: a new three-day
 * workshop is ready for attendance at once, and lengthening an event adds the new days. */
static gboolean
ensure_event_sessions (SkupStore   *self,
                       SkupRecord  *event,
                       const char  *stamp,
                       GError     **error)
{
  g_autoptr(GDateTime) day = skup_text_parse_date (skup_record_get_string (event, "start-date"));
  g_autoptr(GDateTime) last = skup_text_parse_date (skup_record_get_string (event, "end-date"));
  g_autoptr(SkupCachedStmt) stmt = NULL;

  stmt = _skup_store_prepare (self,
                              "INSERT INTO sessions (event_id, date, created_at, updated_at) "
                              "SELECT ?1, ?2, ?3, ?3 WHERE NOT EXISTS (SELECT 1 FROM sessions "
                              "WHERE event_id = ?1 AND date = ?2)", error);
  if (stmt == NULL || day == NULL || last == NULL)
    return stmt != NULL;

  for (guint n = 0; g_date_time_compare (day, last) <= 0 && n < 366; n++)
    {
      g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");
      GDateTime *next;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, skup_record_get_id (event));
      sqlite3_bind_text (stmt, 2, iso, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_TRANSIENT);
      if (!step_done (self, stmt, _("Could not add the event’s sessions"), error))
        return FALSE;

      next = g_date_time_add_days (day, 1);
      g_date_time_unref (day);
      day = next;
    }
  return TRUE;
}

static gboolean
update_person_keys (SkupStore   *self,
                    SkupRecord  *person,
                    GError     **error)
{
  g_autofree char *title = skup_record_dup_title (person);
  g_autofree char *key = skup_text_fold (title);
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self, "UPDATE people SET name_key = ?1 WHERE id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, skup_record_get_id (person));
  return step_done (self, stmt, _("Could not save"), error);
}

static gboolean
save_in_transaction (SkupStore   *self,
                     SkupRecord  *record,
                     GError     **error)
{
  g_autofree char *stamp = now_stamp ();

  if (!write_row (self, record, stamp, error) || !index_record (self, record, error))
    return FALSE;
  if (SKUP_IS_PERSON (record) && !update_person_keys (self, record, error))
    return FALSE;
  if (SKUP_IS_EVENT (record) && !ensure_event_sessions (self, record, stamp, error))
    return FALSE;
  return reload (self, record, error);
}

/**
 * skup_store_save:
 * @record: a new record (id 0) or one loaded from this store
 *
 * Validates and writes @record; on success its id, timestamps and computed fields are
 * fresh. On failure nothing is written and the error names the field at fault.
 */
gboolean
skup_store_save (SkupStore   *self,
                 SkupRecord  *record,
                 GError     **error)
{
  gboolean is_new;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKUP_IS_RECORD (record), FALSE);

  is_new = skup_record_get_id (record) == 0;
  if (!skup_record_validate (record, error) || !check_with_database (self, record, error))
    return FALSE;

  if (!skup_store_begin (self, error))
    return FALSE;
  if (!save_in_transaction (self, record, error))
    {
      skup_store_rollback (self);
      /* A failed insert must not leave the record pretending to be stored. */
      if (is_new)
        skup_record_set_id (record, 0);
      return FALSE;
    }
  if (!skup_store_commit (self, error))
    return FALSE;

  emit_changed (self, record);
  return TRUE;
}

/* ---- Deleting: never more than the user was told ---------------------------------------- */

typedef enum {
  EFFECT_REMOVE_ROOMS,
  EFFECT_REMOVE_SESSIONS,
  EFFECT_REMOVE_REGISTRATIONS,
  EFFECT_REMOVE_ATTENDANCE,
  EFFECT_REMOVE_EVENT_LINKS,
  EFFECT_DETACH_PEOPLE,
  EFFECT_DETACH_CHILD_ORGANISATIONS,
  EFFECT_DETACH_PROJECTS,
  EFFECT_DETACH_EVENTS_VENUE,
  EFFECT_DETACH_EVENTS_ROOM,
  EFFECT_DETACH_SESSIONS_ROOM,
  EFFECT_DETACH_EVENTS_PROJECT,
  EFFECT_KEEP_CERTIFICATES,
} Effect;

/* What deleting a row of @table does to others, in the order the changes must be made. ?1 is
 * the id being deleted. All foreign keys are ON DELETE RESTRICT (certificates aside), so an
 * effect missing here makes the delete fail rather than take rows silently. */
static const struct {
  const char *table;
  const char *affected;
  Effect      effect;
  gboolean    removed;
  const char *count_sql;
  const char *apply_sql;
} effects[] = {
  { "organisations", "event_organisations", EFFECT_REMOVE_EVENT_LINKS, TRUE,
    "SELECT count(*) FROM event_organisations WHERE organisation_id = ?1",
    "DELETE FROM event_organisations WHERE organisation_id = ?1" },
  { "organisations", "people", EFFECT_DETACH_PEOPLE, FALSE,
    "SELECT count(*) FROM people WHERE organisation_id = ?1",
    "UPDATE people SET organisation_id = NULL WHERE organisation_id = ?1" },
  { "organisations", "organisations", EFFECT_DETACH_CHILD_ORGANISATIONS, FALSE,
    "SELECT count(*) FROM organisations WHERE parent_id = ?1",
    "UPDATE organisations SET parent_id = NULL WHERE parent_id = ?1" },
  { "organisations", "projects", EFFECT_DETACH_PROJECTS, FALSE,
    "SELECT count(*) FROM projects WHERE donor_id = ?1",
    "UPDATE projects SET donor_id = NULL WHERE donor_id = ?1" },
  { "venues", "events", EFFECT_DETACH_EVENTS_VENUE, FALSE,
    "SELECT count(*) FROM events WHERE venue_id = ?1",
    "UPDATE events SET venue_id = NULL, room_id = NULL WHERE venue_id = ?1" },
  { "venues", "sessions", EFFECT_DETACH_SESSIONS_ROOM, FALSE,
    "SELECT count(*) FROM sessions WHERE room_id IN (SELECT id FROM rooms WHERE venue_id = ?1)",
    "UPDATE sessions SET room_id = NULL WHERE room_id IN (SELECT id FROM rooms WHERE venue_id = ?1)" },
  { "venues", "rooms", EFFECT_REMOVE_ROOMS, TRUE,
    "SELECT count(*) FROM rooms WHERE venue_id = ?1",
    "DELETE FROM rooms WHERE venue_id = ?1" },
  { "rooms", "events", EFFECT_DETACH_EVENTS_ROOM, FALSE,
    "SELECT count(*) FROM events WHERE room_id = ?1",
    "UPDATE events SET room_id = NULL WHERE room_id = ?1" },
  { "rooms", "sessions", EFFECT_DETACH_SESSIONS_ROOM, FALSE,
    "SELECT count(*) FROM sessions WHERE room_id = ?1",
    "UPDATE sessions SET room_id = NULL WHERE room_id = ?1" },
  { "projects", "events", EFFECT_DETACH_EVENTS_PROJECT, FALSE,
    "SELECT count(*) FROM events WHERE project_id = ?1",
    "UPDATE events SET project_id = NULL WHERE project_id = ?1" },
  { "people", "certificates", EFFECT_KEEP_CERTIFICATES, FALSE,
    "SELECT count(*) FROM certificates WHERE person_id = ?1", NULL },
  { "people", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE person_id = ?1)",
    "DELETE FROM attendance WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE person_id = ?1)" },
  { "people", "registrations", EFFECT_REMOVE_REGISTRATIONS, TRUE,
    "SELECT count(*) FROM registrations WHERE person_id = ?1",
    "DELETE FROM registrations WHERE person_id = ?1" },
  { "events", "certificates", EFFECT_KEEP_CERTIFICATES, FALSE,
    "SELECT count(*) FROM certificates WHERE event_id = ?1", NULL },
  { "events", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE session_id IN "
    "(SELECT id FROM sessions WHERE event_id = ?1)",
    "DELETE FROM attendance WHERE session_id IN (SELECT id FROM sessions WHERE event_id = ?1)" },
  { "events", "registrations", EFFECT_REMOVE_REGISTRATIONS, TRUE,
    "SELECT count(*) FROM registrations WHERE event_id = ?1",
    "DELETE FROM registrations WHERE event_id = ?1" },
  { "events", "sessions", EFFECT_REMOVE_SESSIONS, TRUE,
    "SELECT count(*) FROM sessions WHERE event_id = ?1",
    "DELETE FROM sessions WHERE event_id = ?1" },
  { "events", "event_organisations", EFFECT_REMOVE_EVENT_LINKS, TRUE,
    "SELECT count(*) FROM event_organisations WHERE event_id = ?1",
    "DELETE FROM event_organisations WHERE event_id = ?1" },
  { "sessions", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE session_id = ?1",
    "DELETE FROM attendance WHERE session_id = ?1" },
  { "registrations", "certificates", EFFECT_KEEP_CERTIFICATES, FALSE,
    "SELECT count(*) FROM certificates WHERE registration_id = ?1", NULL },
  { "registrations", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE registration_id = ?1",
    "DELETE FROM attendance WHERE registration_id = ?1" },
};

static char *
describe_effect (Effect effect,
                 guint  n)
{
  const char *fmt = NULL;

  switch (effect)
    {
    case EFFECT_REMOVE_ROOMS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u room.", "Also removes %u rooms.", n);
      break;
    case EFFECT_REMOVE_SESSIONS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u session.", "Also removes %u sessions.",
                         n);
      break;
    case EFFECT_REMOVE_REGISTRATIONS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u registration.",
                         "Also removes %u registrations.", n);
      break;
    case EFFECT_REMOVE_ATTENDANCE:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u attendance record.",
                         "Also removes %u attendance records.", n);
      break;
    case EFFECT_REMOVE_EVENT_LINKS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u link between an event and an organisation.",
                         "Also removes %u links between events and organisations.", n);
      break;
    case EFFECT_DETACH_PEOPLE:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u person will have no organisation.",
                         "%u people will have no organisation.", n);
      break;
    case EFFECT_DETACH_CHILD_ORGANISATIONS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u organisation will have no parent organisation.",
                         "%u organisations will have no parent organisation.", n);
      break;
    case EFFECT_DETACH_PROJECTS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u project will have no donor.",
                         "%u projects will have no donor.", n);
      break;
    case EFFECT_DETACH_EVENTS_VENUE:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u event will have no venue.",
                         "%u events will have no venue.", n);
      break;
    case EFFECT_DETACH_EVENTS_ROOM:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u event will have no room.",
                         "%u events will have no room.", n);
      break;
    case EFFECT_DETACH_SESSIONS_ROOM:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u session will have no room.",
                         "%u sessions will have no room.", n);
      break;
    case EFFECT_DETACH_EVENTS_PROJECT:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u event will belong to no project.",
                         "%u events will belong to no project.", n);
      break;
    case EFFECT_KEEP_CERTIFICATES:
    default:
      fmt = g_dngettext (GETTEXT_PACKAGE,
                         "%u issued certificate is kept as it was issued.",
                         "%u issued certificates are kept as they were issued.", n);
      break;
    }

  return g_strdup_printf (fmt, n);
}

/**
 * skup_store_plan_delete:
 *
 * Returns: (transfer full) (element-type SkupConsequence): what else deleting @record changes;
 *   empty if nothing
 */
GPtrArray *
skup_store_plan_delete (SkupStore   *self,
                        SkupRecord  *record,
                        GError     **error)
{
  const char *table = SKUP_RECORD_GET_CLASS (record)->table;
  g_autoptr(GPtrArray) plan = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_consequence_free);

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (effects); i++)
    {
      SkupConsequence *c;
      gint64 n;

      if (!g_str_equal (effects[i].table, table))
        continue;
      n = query_int (self, effects[i].count_sql, skup_record_get_id (record), 0);
      if (n < 0)
        {
          skup_set_sqlite_error (error, self->db, _("Could not check what depends on this"));
          return NULL;
        }
      if (n == 0)
        continue;

      c = g_new0 (SkupConsequence, 1);
      c->table = effects[i].affected;
      c->count = (guint) n;
      c->removed = effects[i].removed;
      c->description = describe_effect (effects[i].effect, (guint) n);
      g_ptr_array_add (plan, c);
    }

  return g_steal_pointer (&plan);
}

static gboolean
plans_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      SkupConsequence *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      if (x->count != y->count || g_strcmp0 (x->table, y->table) != 0)
        return FALSE;
    }
  return TRUE;
}

static char *
join_plan (GPtrArray *plan)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < plan->len; i++)
    {
      SkupConsequence *c = g_ptr_array_index (plan, i);
      g_string_append_printf (text, "%s%s", i ? " " : "", c->description);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
apply_delete (SkupStore   *self,
              SkupRecord  *record,
              GError     **error)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", klass->table);
  g_autoptr(SkupCachedStmt) del = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (effects); i++)
    {
      g_autoptr(SkupCachedStmt) stmt = NULL;

      if (!g_str_equal (effects[i].table, klass->table) || effects[i].apply_sql == NULL)
        continue;
      stmt = _skup_store_prepare (self, effects[i].apply_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, skup_record_get_id (record));
      if (!step_done (self, stmt, _("Could not delete"), error))
        return FALSE;
    }

  del = _skup_store_prepare (self, sql, error);
  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, skup_record_get_id (record));
  return step_done (self, del, _("Could not delete"), error)
         && unindex_record (self, record, error);
}

/**
 * skup_store_delete:
 * @accepted: (nullable) (element-type SkupConsequence): the plan the user agreed to
 *
 * Deletes @record and makes exactly the changes its plan lists. If the plan is not empty and
 * differs from @accepted, nothing is deleted and the error says what would have happened.
 */
gboolean
skup_store_delete (SkupStore   *self,
                   SkupRecord  *record,
                   GPtrArray   *accepted,
                   GError     **error)
{
  g_autoptr(GPtrArray) plan = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKUP_IS_RECORD (record), FALSE);

  plan = skup_store_plan_delete (self, record, error);
  if (plan == NULL)
    return FALSE;
  if (plan->len > 0 && (accepted == NULL || !plans_equal (plan, accepted)))
    {
      g_autofree char *what = join_plan (plan);
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE,
                   _("Not deleted, because other records depend on it. %s"), what);
      return FALSE;
    }

  if (!skup_store_begin (self, error))
    return FALSE;
  if (!apply_delete (self, record, error))
    {
      skup_store_rollback (self);
      return FALSE;
    }
  if (!skup_store_commit (self, error))
    return FALSE;

  emit_changed (self, record);
  return TRUE;
}

/* ---- Lists ------------------------------------------------------------------------------- */

static char *
sort_expression (SkupRecordClass *klass,
                 const SkupQuery *query)
{
  const SkupField *field;

  if (query == NULL || query->sort == NULL)
    return NULL;
  field = skup_record_class_find_field (klass, query->sort);
  if (field == NULL)
    return NULL;
  /* The title field sorts by its folded key, so Đ sorts with D and Cyrillic with Latin. */
  if ((field == &klass->fields[0] && field->type == SKUP_FIELD_TEXT)
      || g_str_equal (field->name, "family-name"))
    return g_strdup ("t.sort_key");
  /* A computed field is an expression over t already; a column needs the alias. */
  if (field->flags & SKUP_FIELD_COMPUTED)
    return g_strdup_printf ("%s%s", field->column,
                            field->type == SKUP_FIELD_TEXT ? " COLLATE skup" : "");
  return g_strdup_printf ("t.%s%s", field->column,
                          field->type == SKUP_FIELD_TEXT ? " COLLATE skup" : "");
}

/* Builds "SELECT t.id FROM … WHERE … ORDER BY …" for @query. Values are bound by name
 * (:fts, :filter); only names and expressions from our field tables go into the text. */
static char *
list_sql (SkupRecordClass *klass,
          const SkupQuery *query,
          gboolean         with_fts)
{
  GString *sql = g_string_new (NULL);
  g_autofree char *sort = sort_expression (klass, query);

  /* Searching, the matches drive the query (a join, not a membership test over every row):
   * a rare name reads a handful of rows, however large the register. */
  if (with_fts)
    g_string_append_printf (sql, "SELECT t.id FROM search_index s JOIN %s t "
                            "ON t.id = s.rowid >> 3 WHERE search_index MATCH :fts "
                            "AND (s.rowid & 7) = %d", klass->table, search_code (klass));
  else
    g_string_append_printf (sql, "SELECT t.id FROM %s t WHERE 1", klass->table);
  if (query && query->filter_field)
    {
      const SkupField *f = skup_record_class_find_field (klass, query->filter_field);
      if (f == NULL || (f->flags & SKUP_FIELD_COMPUTED))
        return g_string_free (sql, TRUE);
      g_string_append_printf (sql, " AND t.%s = :filter", f->column);
    }
  if (query && query->n_exclude > 0)
    g_string_append (sql, " AND t.id NOT IN (SELECT value FROM json_each (:exclude))");
  if (query && query->trainers_only && g_str_equal (klass->kind, "person"))
    g_string_append (sql, " AND t.is_trainer = 1");
  if (query && query->when != 0 && g_str_equal (klass->kind, "event"))
    g_string_append (sql, query->when > 0 ? " AND t.end_date >= date('now', 'localtime')"
                                          : " AND t.end_date < date('now', 'localtime')");
  if (sort != NULL)
    g_string_append_printf (sql, " ORDER BY %s%s, t.id", sort, query->descending ? " DESC" : "");
  else
    g_string_append_printf (sql, " ORDER BY %s, t.id", klass->default_sort);

  return g_string_free (sql, FALSE);
}

static char *
exclude_json (const SkupQuery *query)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; query != NULL && i < query->n_exclude; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", query->exclude[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static void
bind_list_values (sqlite3_stmt    *stmt,
                  const char      *fts,
                  const SkupQuery *query)
{
  int fts_index = sqlite3_bind_parameter_index (stmt, ":fts");
  int filter_index = sqlite3_bind_parameter_index (stmt, ":filter");
  int exclude_index = sqlite3_bind_parameter_index (stmt, ":exclude");

  if (fts_index > 0)
    sqlite3_bind_text (stmt, fts_index, fts, -1, SQLITE_TRANSIENT);
  if (filter_index > 0)
    sqlite3_bind_int64 (stmt, filter_index, query->filter_value);
  if (exclude_index > 0)
    {
      /* A JSON array bound as one value keeps the statement the same whatever the count. */
      g_autofree char *json = exclude_json (query);
      sqlite3_bind_text (stmt, exclude_index, json, -1, SQLITE_TRANSIENT);
    }
}

static GArray *
run_id_query (SkupStore        *self,
              const char       *sql,
              const char       *fts,
              const SkupQuery  *query,
              GError          **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SkupCachedStmt) stmt = _skup_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_list_values (stmt, fts, query);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      skup_set_sqlite_error (error, self->db, _("Could not read the list"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* What the database looks like now: our own changes, and other connections' commits (the
 * sample data is loaded on a connection of its own). */
static gboolean
read_versions (SkupStore     *self,
               sqlite3_int64 *changes,
               gint64        *data_version)
{
  g_autoptr(SkupCachedStmt) stmt = _skup_store_prepare (self, "PRAGMA data_version", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *changes = sqlite3_total_changes64 (self->db);
  *data_version = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static char *
order_key_for (const char      *base_sql,
               const SkupQuery *query)
{
  g_autofree char *json = exclude_json (query);

  return g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s", base_sql,
                          query ? query->filter_value : 0, json);
}

static void
remember_order (SkupStore       *self,
                const char      *base_sql,
                const SkupQuery *query,
                GArray          *ids)
{
  sqlite3_int64 changes;
  gint64 data_version;

  if (!read_versions (self, &changes, &data_version))
    return;
  g_free (self->order_key);
  self->order_key = order_key_for (base_sql, query);
  g_clear_pointer (&self->order_ids, g_array_unref);
  self->order_ids = g_array_ref (ids);
  self->order_changes = changes;
  self->order_data_version = data_version;
}

static GArray *
remembered_order (SkupStore       *self,
                  const char      *base_sql,
                  const SkupQuery *query)
{
  g_autofree char *key = NULL;
  sqlite3_int64 changes;
  gint64 data_version;

  if (self->order_ids == NULL || !read_versions (self, &changes, &data_version)
      || changes != self->order_changes || data_version != self->order_data_version)
    return NULL;
  key = order_key_for (base_sql, query);
  return g_str_equal (key, self->order_key) ? self->order_ids : NULL;
}

/* Search-as-you-type on a list just shown: the matches, in the order already known. The
 * first letters match a quarter of a large register, and sorting those rows again costs
 * more than the search itself; picking them out of the known order costs a pass over it. */
static GArray *
search_in_order (SkupStore   *self,
                 GArray      *order,
                 int          code,
                 const char  *fts,
                 GError     **error)
{
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self, "SELECT rowid >> 3 FROM search_index WHERE search_index MATCH ?1 "
                               "AND (rowid & 7) = ?2", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree guint8 *matches = NULL;
  gint64 max_id = 0;

  if (stmt == NULL)
    return NULL;
  /* A bit per id: the order holds every id a match can be, so none is out of range. */
  for (guint i = 0; i < order->len; i++)
    max_id = MAX (max_id, g_array_index (order, gint64, i));
  matches = g_malloc0 (max_id / 8 + 1);

  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, code);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      if (id > 0 && id <= max_id)
        matches[id / 8] |= 1 << (id % 8);
    }

  for (guint i = 0; i < order->len; i++)
    {
      gint64 id = g_array_index (order, gint64, i);
      if (matches[id / 8] & (1 << (id % 8)))
        g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

static GArray *
query_ids (SkupStore        *self,
           GType             type,
           const SkupQuery  *query,
           GError          **error)
{
  SkupRecordClass *klass = g_type_class_ref (type);
  int code = search_code (klass);
  g_autofree char *fts = query && code != 0 ? skup_text_fts_query (query->search) : NULL;
  g_autofree char *base_sql = list_sql (klass, query, FALSE);
  g_autofree char *sql = fts ? list_sql (klass, query, TRUE) : NULL;
  GArray *order;
  GArray *ids;

  g_type_class_unref (klass);
  if (base_sql == NULL)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("Unknown filter field."));
      return NULL;
    }

  if (fts == NULL)
    {
      ids = run_id_query (self, base_sql, NULL, query, error);
      if (ids != NULL)
        remember_order (self, base_sql, query, ids);
      return ids;
    }
  order = remembered_order (self, base_sql, query);
  if (order != NULL)
    return search_in_order (self, order, code, fts, error);
  return run_id_query (self, sql, fts, query, error);
}

/**
 * skup_store_list:
 * @query: (nullable): search, filter and order
 *
 * Returns: (transfer full) (nullable): a #SkupRecordList of @type; records are read from the
 *   database only when asked for, a page at a time
 */
GListModel *
skup_store_list (SkupStore        *self,
                 GType             type,
                 const SkupQuery  *query,
                 GError          **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, SKUP_TYPE_RECORD), NULL);

  ids = query_ids (self, type, query, error);
  if (ids == NULL)
    return NULL;
  return G_LIST_MODEL (_skup_record_list_new (self, type, ids));
}

guint
skup_store_count (SkupStore        *self,
                  GType             type,
                  const SkupQuery  *query,
                  GError          **error)
{
  g_autoptr(GArray) ids = query_ids (self, type, query, error);

  return ids ? ids->len : 0;
}

/**
 * skup_store_find_by_title:
 *
 * Returns: the id of the first record of @type whose title folds to the same key as @title
 *   (the full name for people), or 0
 */
gint64
skup_store_find_by_title (SkupStore  *self,
                          GType       type,
                          const char *title)
{
  SkupRecordClass *klass = g_type_class_ref (type);
  g_autofree char *key = skup_text_fold (title);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ?1 ORDER BY id LIMIT 1",
                                          klass->table,
                                          g_type_is_a (type, SKUP_TYPE_PERSON) ? "name_key"
                                                                               : "sort_key");
  g_autoptr(SkupCachedStmt) stmt = _skup_store_prepare (self, sql, NULL);

  g_type_class_unref (klass);
  if (stmt == NULL || key == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* ---- People: duplicates and merges -------------------------------------------------------- */

static void
add_duplicate (GPtrArray    *found,
               sqlite3_stmt *stmt,
               const char   *email,
               const char   *name_key,
               const char   *swapped_key,
               gint64        organisation_id)
{
  SkupDuplicate *d = g_new0 (SkupDuplicate, 1);
  const char *their_email = (const char *) sqlite3_column_text (stmt, 3);
  gboolean same_email = email != NULL && their_email != NULL
                        && g_ascii_strcasecmp (email, their_email) == 0;
  const char *their_key = (const char *) sqlite3_column_text (stmt, 4);
  gboolean same_name = g_strcmp0 (name_key, their_key) == 0
                       || g_strcmp0 (swapped_key, their_key) == 0;
  gboolean same_org = organisation_id > 0 && sqlite3_column_int64 (stmt, 5) == organisation_id;

  d->person_id = sqlite3_column_int64 (stmt, 0);
  d->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  d->organisation = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  if (same_email && same_name)
    d->score = 100, d->reason = g_strdup (_("Same name and email address"));
  else if (same_email)
    d->score = 90, d->reason = g_strdup (_("Same email address"));
  else if (same_org)
    d->score = 85, d->reason = g_strdup (_("Same name and organisation"));
  else
    d->score = 70, d->reason = g_strdup (_("Same name"));
  g_ptr_array_add (found, d);
}

static int
compare_duplicates (gconstpointer a,
                    gconstpointer b)
{
  const SkupDuplicate *x = *(SkupDuplicate **) a, *y = *(SkupDuplicate **) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->person_id < y->person_id ? -1 : x->person_id > y->person_id;
}

/**
 * skup_store_find_duplicates:
 * @person: a person being created or imported (or an existing one)
 *
 * Finds people who are likely the same: the same email, or the same name once case,
 * diacritics and script are folded away (Milošević = Милошевић = Milosevic), either way round.
 *
 * Returns: (transfer full) (element-type SkupDuplicate): the matches, most likely first
 */
GPtrArray *
skup_store_find_duplicates (SkupStore   *self,
                            SkupRecord  *person,
                            GError     **error)
{
  const char *given = skup_record_get_string (person, "given-name");
  const char *family = skup_record_get_string (person, "family-name");
  const char *email = skup_record_get_string (person, "email");
  g_autofree char *forward = g_strdup_printf ("%s %s", given ? given : "", family ? family : "");
  g_autofree char *backward = g_strdup_printf ("%s %s", family ? family : "", given ? given : "");
  g_autofree char *key = skup_text_fold (forward);
  g_autofree char *key_swapped = skup_text_fold (backward);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_duplicate_free);
  g_autoptr(SkupCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKUP_IS_PERSON (person), NULL);

  stmt = _skup_store_prepare (self,
                              "SELECT p.id, p.given_name || ' ' || p.family_name, o.name, p.email, "
                              "p.name_key, p.organisation_id FROM people p "
                              "LEFT JOIN organisations o ON o.id = p.organisation_id "
                              "WHERE p.id <> ?1 AND ((?2 IS NOT NULL AND p.email = ?2 COLLATE NOCASE) "
                              "OR (?3 <> '' AND p.name_key IN (?3, ?4)))", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, skup_record_get_id (person));
  sqlite3_bind_text (stmt, 2, email, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, key ? key : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, key_swapped ? key_swapped : "", -1, SQLITE_TRANSIENT);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_duplicate (found, stmt, email, key, key_swapped,
                   skup_record_get_int (person, "organisation-id"));

  g_ptr_array_sort (found, compare_duplicates);
  return g_steal_pointer (&found);
}

static char *
snapshot_record (SkupRecord *record)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);
  g_autoptr(GKeyFile) file = g_key_file_new ();

  g_key_file_set_int64 (file, klass->kind, "id", skup_record_get_id (record));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *text = NULL;
      if (klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        continue;
      text = skup_record_dup_text (record, klass->fields[i].name);
      if (*text != '\0')
        g_key_file_set_string (file, klass->kind, klass->fields[i].name, text);
    }
  return g_key_file_to_data (file, NULL, NULL);
}

static void
fill_empty_fields (SkupRecord *keep,
                   SkupRecord *drop)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (keep);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GValue *mine = _skup_record_peek_value (keep, i);
      GValue *theirs = _skup_record_peek_value (drop, i);
      gboolean empty;

      if (klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        continue;
      if (G_VALUE_HOLDS_STRING (mine))
        empty = g_value_get_string (mine) == NULL;
      else if (G_VALUE_HOLDS_INT64 (mine))
        empty = g_value_get_int64 (mine) == 0;
      else if (G_VALUE_HOLDS_BOOLEAN (mine))
        empty = !g_value_get_boolean (mine);
      else
        empty = g_value_get_double (mine) == 0.0;
      if (empty)
        g_object_set_property (G_OBJECT (keep), klass->fields[i].name, theirs);
    }
}

static gboolean
run_merge_sql (SkupStore   *self,
               const char  *sql,
               gint64       keep_id,
               gint64       drop_id,
               GError     **error)
{
  g_autoptr(SkupCachedStmt) stmt = _skup_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, keep_id);
  sqlite3_bind_int64 (stmt, 2, drop_id);
  return step_done (self, stmt, _("Could not merge"), error);
}

/* Where both people were registered for the same event, the kept registration takes over the
 * other's attendance for sessions it has none for, and its certificates; the rest of the
 * dropped person's registrations simply change hands. */
static const char *merge_statements[] = {
  "UPDATE attendance SET registration_id = (SELECT k.id FROM registrations k "
  "  JOIN registrations d ON d.event_id = k.event_id WHERE k.person_id = ?1 AND d.person_id = ?2 "
  "  AND d.id = attendance.registration_id) "
  "WHERE registration_id IN (SELECT d.id FROM registrations d JOIN registrations k "
  "  ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2) "
  "AND NOT EXISTS (SELECT 1 FROM attendance a JOIN registrations k ON k.id = a.registration_id "
  "  JOIN registrations d ON d.event_id = k.event_id AND d.id = attendance.registration_id "
  "  WHERE k.person_id = ?1 AND a.session_id = attendance.session_id)",
  "DELETE FROM attendance WHERE registration_id IN (SELECT d.id FROM registrations d "
  "  JOIN registrations k ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2)",
  "UPDATE certificates SET registration_id = (SELECT k.id FROM registrations k "
  "  JOIN registrations d ON d.event_id = k.event_id WHERE k.person_id = ?1 AND d.person_id = ?2 "
  "  AND d.id = certificates.registration_id) "
  "WHERE registration_id IN (SELECT d.id FROM registrations d JOIN registrations k "
  "  ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2)",
  "DELETE FROM registrations WHERE person_id = ?2 AND event_id IN "
  "  (SELECT event_id FROM registrations WHERE person_id = ?1)",
  "UPDATE registrations SET person_id = ?1 WHERE person_id = ?2",
  "UPDATE certificates SET person_id = ?1 WHERE person_id = ?2",
};

static gboolean
merge_in_transaction (SkupStore   *self,
                      SkupRecord  *keep,
                      SkupRecord  *drop,
                      GError     **error)
{
  g_autofree char *snapshot = snapshot_record (drop);
  g_autoptr(SkupCachedStmt) log = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (merge_statements); i++)
    if (!run_merge_sql (self, merge_statements[i], skup_record_get_id (keep),
                        skup_record_get_id (drop), error))
      return FALSE;

  log = _skup_store_prepare (self, "INSERT INTO merges (kind, kept_id, merged_id, merged_record) "
                                   "VALUES ('person', ?1, ?2, ?3)", error);
  if (log == NULL)
    return FALSE;
  sqlite3_bind_int64 (log, 1, skup_record_get_id (keep));
  sqlite3_bind_int64 (log, 2, skup_record_get_id (drop));
  sqlite3_bind_text (log, 3, snapshot, -1, SQLITE_TRANSIENT);
  if (!step_done (self, log, _("Could not merge"), error))
    return FALSE;

  fill_empty_fields (keep, drop);
  return apply_delete (self, drop, error) && skup_store_save (self, keep, error);
}

/**
 * skup_store_merge_people:
 *
 * Merges the person @drop_id into @keep_id: registrations, attendance and certificates move
 * over, empty fields of the kept person are filled from the other, the merge is logged with a
 * copy of the merged person, and @drop_id is deleted.
 */
gboolean
skup_store_merge_people (SkupStore  *self,
                         gint64      keep_id,
                         gint64      drop_id,
                         GError    **error)
{
  g_autoptr(SkupRecord) keep = NULL;
  g_autoptr(SkupRecord) drop = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (keep_id == drop_id)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("A person cannot be merged into themselves."));
      return FALSE;
    }
  keep = skup_store_load (self, SKUP_TYPE_PERSON, keep_id, error);
  drop = keep ? skup_store_load (self, SKUP_TYPE_PERSON, drop_id, error) : NULL;
  if (drop == NULL || !skup_store_begin (self, error))
    return FALSE;

  if (!merge_in_transaction (self, keep, drop, error))
    {
      skup_store_rollback (self);
      return FALSE;
    }
  if (!skup_store_commit (self, error))
    return FALSE;

  emit_changed (self, drop);
  return TRUE;
}

/* ---- Events: registrations, attendance, organisations ------------------------------------ */

/**
 * skup_store_register:
 * @out_registration_id: (out) (optional): the new registration
 *
 * Registers a person for an event; a second registration of the same person fails with a
 * %SKUP_ERROR_DUPLICATE.
 */
gboolean
skup_store_register (SkupStore   *self,
                     gint64       event_id,
                     gint64       person_id,
                     const char  *role,
                     const char  *status,
                     gint64      *out_registration_id,
                     GError     **error)
{
  g_autoptr(SkupRegistration) reg = skup_registration_new ();
  g_autofree char *stamp = now_stamp ();

  skup_record_set_int (SKUP_RECORD (reg), "event-id", event_id);
  skup_record_set_int (SKUP_RECORD (reg), "person-id", person_id);
  skup_record_set_string (SKUP_RECORD (reg), "role", role ? role : "participant");
  skup_record_set_string (SKUP_RECORD (reg), "status", status ? status : "registered");
  skup_record_set_string (SKUP_RECORD (reg), "registered-at", stamp);
  skup_record_set_string (SKUP_RECORD (reg), "status-changed-at", stamp);

  if (!skup_store_save (self, SKUP_RECORD (reg), error))
    return FALSE;
  if (out_registration_id)
    *out_registration_id = skup_record_get_id (SKUP_RECORD (reg));
  return TRUE;
}

/**
 * skup_store_set_attendance:
 * @check_in_time: (nullable): HH:MM
 *
 * Records how a registered person attended one session, replacing what was recorded before.
 */
gboolean
skup_store_set_attendance (SkupStore   *self,
                           gint64       registration_id,
                           gint64       session_id,
                           const char  *status,
                           const char  *check_in_time,
                           GError     **error)
{
  g_autoptr(SkupRecord) check = skup_record_new_for_type (SKUP_TYPE_ATTENDANCE);
  g_autoptr(SkupCachedStmt) stmt = NULL;
  g_autofree char *stamp = now_stamp ();

  skup_record_set_int (check, "registration-id", registration_id);
  skup_record_set_int (check, "session-id", session_id);
  skup_record_set_string (check, "status", status);
  skup_record_set_string (check, "check-in-time", check_in_time);
  if (!skup_record_validate (check, error))
    return FALSE;
  if (query_int (self, "SELECT count(*) FROM registrations r JOIN sessions s "
                       "ON s.event_id = r.event_id WHERE r.id = ?1 AND s.id = ?2",
                 registration_id, session_id) == 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "session-id",
                            _("That session is not part of the event the person is registered for."));
      return FALSE;
    }

  stmt = _skup_store_prepare (self,
                              "INSERT INTO attendance (registration_id, session_id, status, "
                              "check_in_time, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) "
                              "ON CONFLICT (registration_id, session_id) DO UPDATE SET "
                              "status = excluded.status, check_in_time = excluded.check_in_time, "
                              "updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, registration_id);
  sqlite3_bind_int64 (stmt, 2, session_id);
  sqlite3_bind_text (stmt, 3, status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, check_in_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, stamp, -1, SQLITE_TRANSIENT);
  if (!step_done (self, stmt, _("Could not record attendance"), error))
    return FALSE;

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, "attendance", registration_id);
  return TRUE;
}

gboolean
skup_store_add_event_organisation (SkupStore   *self,
                                   gint64       event_id,
                                   gint64       organisation_id,
                                   const char  *role,
                                   GError     **error)
{
  g_autoptr(SkupEventOrganisation) link = skup_event_organisation_new ();

  skup_record_set_int (SKUP_RECORD (link), "event-id", event_id);
  skup_record_set_int (SKUP_RECORD (link), "organisation-id", organisation_id);
  skup_record_set_string (SKUP_RECORD (link), "role", role);
  return skup_store_save (self, SKUP_RECORD (link), error);
}

/* ---- Settings ---------------------------------------------------------------------------- */

/**
 * skup_store_dup_setting:
 *
 * Returns: (transfer full) (nullable): the text value of @key, or %NULL if unset
 */
char *
skup_store_dup_setting (SkupStore  *self,
                        const char *key)
{
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", NULL);

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gboolean
write_setting (SkupStore   *self,
               const char  *key,
               const char  *value,
               GBytes      *data,
               GError     **error)
{
  g_autofree char *stamp = now_stamp ();
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self,
                         "INSERT INTO settings (key, value, data, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (key) DO UPDATE SET "
                         "value = excluded.value, data = excluded.data, "
                         "updated_at = excluded.updated_at", error);
  gsize size = 0;
  gconstpointer bytes = data ? g_bytes_get_data (data, &size) : NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value && *value ? value : NULL, -1, SQLITE_TRANSIENT);
  if (bytes != NULL && size > 0)
    sqlite3_bind_blob64 (stmt, 3, bytes, size, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, stamp, -1, SQLITE_TRANSIENT);
  if (!step_done (self, stmt, _("Could not save the setting"), error))
    return FALSE;

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, "setting", (gint64) 0);
  return TRUE;
}

gboolean
skup_store_set_setting (SkupStore   *self,
                        const char  *key,
                        const char  *value,
                        GError     **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  return write_setting (self, key, value, NULL, error);
}

/**
 * skup_store_dup_setting_data:
 *
 * Returns: (transfer full) (nullable): the bytes stored for @key (an image …), or %NULL
 */
GBytes *
skup_store_dup_setting_data (SkupStore  *self,
                             const char *key)
{
  g_autoptr(SkupCachedStmt) stmt =
    _skup_store_prepare (self, "SELECT data FROM settings WHERE key = ?1", NULL);

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_type (stmt, 0) != SQLITE_BLOB)
    return NULL;
  return g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
}

gboolean
skup_store_set_setting_data (SkupStore   *self,
                             const char  *key,
                             GBytes      *data,
                             GError     **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  return write_setting (self, key, NULL, data, error);
}
