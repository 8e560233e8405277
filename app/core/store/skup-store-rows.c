/* skup-store-rows.c — reading and writing records, and keeping the search index
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-project.h"
#include "skup-venue.h"
#include "skup-person.h"
#include "skup-record-private.h"
#include "skup-store-private.h"
#include "skup-text.h"

const char *
_skup_store_select_sql (SkupStore *self,
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
read_value (SkupStmt *stmt,
            guint     col,
            GValue   *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    g_value_set_string (value, skup_stmt_column_text (stmt, col));
  else if (G_VALUE_HOLDS_INT64 (value))
    g_value_set_int64 (value, skup_stmt_column_int (stmt, col));
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    g_value_set_boolean (value, skup_stmt_column_int (stmt, col) != 0);
  else if (G_VALUE_HOLDS_DOUBLE (value))
    g_value_set_double (value, skup_stmt_column_real (stmt, col));
}

/* Fills @record from the current row of a statement made by _skup_store_select_sql(). Values
 * are set directly, without notifications: a freshly read record has nobody watching yet. */
void
_skup_store_read_row (SkupStmt   *stmt,
                      SkupRecord *record)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);

  skup_record_set_id (record, skup_stmt_column_int (stmt, 0));
  _skup_record_set_stamps (record, skup_stmt_column_text (stmt, 1),
                           skup_stmt_column_text (stmt, 2));
  for (guint i = 0; i < klass->n_fields; i++)
    read_value (stmt, i + 3, _skup_record_peek_value (record, i));
}

static void
bind_value (SkupStmt        *stmt,
            guint            col,
            const SkupField *field,
            const GValue    *value)
{
  switch (field->type)
    {
    case SKUP_FIELD_INT:
      /* A column where NULL means "not set" (and 0 would mean nothing either) reads back as 0. */
      if ((field->flags & SKUP_FIELD_ZERO_IS_NULL) && g_value_get_int64 (value) == 0)
        skup_stmt_bind_null (stmt, col);
      else
        skup_stmt_bind_int (stmt, col, g_value_get_int64 (value));
      break;
    case SKUP_FIELD_REF:
      /* 0 means "none": store NULL so the foreign key is not checked. */
      if (g_value_get_int64 (value) > 0)
        skup_stmt_bind_int (stmt, col, g_value_get_int64 (value));
      else
        skup_stmt_bind_null (stmt, col);
      break;
    case SKUP_FIELD_BOOL:
      skup_stmt_bind_int (stmt, col, g_value_get_boolean (value) ? 1 : 0);
      break;
    case SKUP_FIELD_REAL:
      skup_stmt_bind_real (stmt, col, g_value_get_double (value));
      break;
    case SKUP_FIELD_TEXT:
    case SKUP_FIELD_CHOICE:
    case SKUP_FIELD_DATE:
    case SKUP_FIELD_TIME:
    default:
      skup_stmt_bind_text (stmt, col, g_value_get_string (value));
      break;
    }
}

/* The stored key a text field sorts by: case, diacritics and script folded in C, so both
 * engines order it the same way with a plain comparison. */
static void
bind_folded (SkupStmt     *stmt,
             guint         col,
             const GValue *value)
{
  g_autofree char *key = skup_text_fold (g_value_get_string (value));

  skup_stmt_bind_text (stmt, col, key ? key : "");
}

/* How write_row() writes: the statements differ, so each has its own text. */
typedef enum
{
  WRITE_UPDATE,
  WRITE_INSERT_RETURNING,  /* the engine tells the new id only through RETURNING */
  WRITE_INSERT,            /* the new id is read afterwards (see skup_db_last_insert_id()) */
  N_WRITES
} WriteKind;

/* An update names the stamp it read: a row someone else saved since has another one, and
 * the update changes nothing (see write_row()). A record that was never read (no stamp) is
 * written as it is. */
static char *
write_sql (SkupRecordClass *klass,
           WriteKind        kind)
{
  gboolean insert = kind != WRITE_UPDATE;
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
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & SKUP_FIELD_SORT_KEY)
      {
        n++;
        g_string_append_printf (sql, insert ? "%s_key, " : "%s_key = ?%u, ",
                                klass->fields[i].column, n);
      }
  /* a person's folded name, for duplicates: in the same statement, not a second one */
  if (g_type_is_a (G_TYPE_FROM_CLASS (klass), SKUP_TYPE_PERSON))
    g_string_append_printf (sql, insert ? "name_key, " : "name_key = ?%u, ", ++n);
  if (insert)
    {
      g_string_append (sql, "sort_key, created_at, updated_at) VALUES (");
      for (guint i = 1; i <= n; i++)
        g_string_append_printf (sql, "?%u, ", i);
      g_string_append_printf (sql, "?%u, ?%u, ?%u)", n + 1, n + 2, n + 2);
      if (kind == WRITE_INSERT_RETURNING)
        g_string_append (sql, " RETURNING id");
    }
  else
    g_string_append_printf (sql, "sort_key = ?%u, updated_at = ?%u WHERE id = ?%u "
                            "AND (CAST(?%u AS TEXT) IS NULL OR updated_at = ?%u)",
                            n + 1, n + 2, n + 3, n + 4, n + 4);

  return g_string_free (sql, FALSE);
}

/* The statement of a kind depends only on its fields: built once a kind and direction, not
 * once a row (an import writes a hundred thousand). Worker threads write too, hence the lock;
 * the texts live as long as the program, as the classes do. */
G_LOCK_DEFINE_STATIC (write_sql_cache);

static const char *
cached_write_sql (SkupRecordClass *klass,
                  WriteKind        kind)
{
  static GHashTable *cache[N_WRITES];
  char *sql;

  G_LOCK (write_sql_cache);
  if (cache[kind] == NULL)
    cache[kind] = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sql = g_hash_table_lookup (cache[kind], klass);
  if (sql == NULL)
    {
      sql = write_sql (klass, kind);
      g_hash_table_insert (cache[kind], klass, sql);
    }
  G_UNLOCK (write_sql_cache);
  return sql;
}

/* Why an update changed nothing: the row is gone, or someone saved it since we read it. */
static void
set_unchanged_error (SkupStore   *self,
                     SkupRecord  *record,
                     GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE id = ?1",
                                          SKUP_RECORD_GET_CLASS (record)->table);
  gint64 n = 0;

  if (!_skup_store_query_int (self, sql, skup_record_get_id (record), 0, &n, error))
    return;
  if (n == 0)
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                 _("This record was deleted meanwhile; it cannot be saved."));
  else
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_STALE,
                 _("Someone else changed this record after you opened it. Reload it to see "
                   "their changes, then make yours again."));
}

static gboolean
write_row (SkupStore   *self,
           SkupRecord  *record,
           const char  *stamp,
           GError     **error)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);
  gboolean insert = skup_record_get_id (record) == 0;
  gboolean returning = insert && !skup_db_has_last_insert_id (self->db);
  const char *sql = cached_write_sql (klass, !insert ? WRITE_UPDATE
                                             : returning ? WRITE_INSERT_RETURNING
                                             : WRITE_INSERT);
  g_autofree char *sort_key = skup_record_dup_sort_key (record);
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);
  guint col = 0;

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    if (!(klass->fields[i].flags & SKUP_FIELD_COMPUTED))
      bind_value (stmt, ++col, &klass->fields[i], _skup_record_peek_value (record, i));
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & SKUP_FIELD_SORT_KEY)
      bind_folded (stmt, ++col, _skup_record_peek_value (record, i));
  if (SKUP_IS_PERSON (record))
    {
      g_autofree char *title = skup_record_dup_title (record);
      g_autofree char *name_key = skup_text_fold (title);

      skup_stmt_bind_text (stmt, ++col, name_key ? name_key : "");
    }
  skup_stmt_bind_text (stmt, ++col, sort_key ? sort_key : "");
  skup_stmt_bind_text (stmt, ++col, stamp);
  if (!insert)
    {
      skup_stmt_bind_int (stmt, ++col, skup_record_get_id (record));
      skup_stmt_bind_text (stmt, ++col, skup_record_get_updated_at (record));
    }

  if (returning)
    {
      if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
        return FALSE;
      skup_record_set_id (record, skup_stmt_column_int (stmt, 0));
      return skup_stmt_run (stmt, error);
    }
  if (insert)
    {
      if (!skup_stmt_run (stmt, error))
        return FALSE;
      skup_record_set_id (record, skup_db_last_insert_id (self->db));
      return TRUE;
    }
  if (!skup_stmt_run (stmt, error))
    return FALSE;
  if (skup_stmt_changes (stmt) == 0)
    {
      set_unchanged_error (self, record, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_skup_store_index_record (SkupStore   *self,
                          SkupRecord  *record,
                          GError     **error)
{
  int code = _skup_store_search_code (SKUP_RECORD_GET_CLASS (record));
  g_autofree char *name = NULL;
  g_autofree char *other = NULL;

  if (code == 0)
    return TRUE;
  skup_record_dup_search_keys (record, &name, &other);
  return skup_db_index_put (self->db, code, skup_record_get_id (record), name, other, error);
}

gboolean
_skup_store_unindex_record (SkupStore   *self,
                            SkupRecord  *record,
                            GError     **error)
{
  int code = _skup_store_search_code (SKUP_RECORD_GET_CLASS (record));

  if (code == 0)
    return TRUE;
  return skup_db_index_remove (self->db, code, skup_record_get_id (record), error);
}

gboolean
_skup_store_reload (SkupStore   *self,
                    SkupRecord  *record,
                    GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("%s WHERE t.id = ?1",
                                          _skup_store_select_sql (self, G_OBJECT_TYPE (record)));
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, skup_record_get_id (record));
  switch (skup_stmt_step (stmt, error))
    {
    case SKUP_STEP_ROW:
      break;
    case SKUP_STEP_DONE:
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND, _("The record no longer exists."));
      return FALSE;
    case SKUP_STEP_ERROR:
    default:
      return FALSE;
    }
  g_object_freeze_notify (G_OBJECT (record));
  _skup_store_read_row (stmt, record);
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
  if (!_skup_store_reload (self, record, error))
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
  g_autoptr(GString) sql = g_string_new (_skup_store_select_sql (self, type));
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  /* A fixed number of placeholders keeps one cached statement per type; unused ones are
   * bound to NULL and match nothing. */
  g_string_append (sql, " WHERE t.id IN (?1");
  for (guint i = 2; i <= LOAD_BATCH; i++)
    g_string_append_printf (sql, ", ?%u", i);
  g_string_append (sql, ")");

  stmt = skup_db_prepare (self->db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < LOAD_BATCH; i++)
    {
      if (i < n_ids)
        skup_stmt_bind_int (stmt, i + 1, ids[i]);
      else
        skup_stmt_bind_null (stmt, i + 1);
    }

  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      SkupRecord *record = skup_record_new_for_type (type);
      gint64 *key = g_new (gint64, 1);

      _skup_store_read_row (stmt, record);
      *key = skup_record_get_id (record);
      g_hash_table_insert (by_id, key, record);
    }
  return step == SKUP_STEP_DONE;
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

  /* Everything is read before anything is handed out, so a failure leaves @out as it was. */
  for (guint start = 0; start < n_ids; start += LOAD_BATCH)
    if (!load_batch (self, type, ids + start, MIN (LOAD_BATCH, n_ids - start), by_id, error))
      return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      SkupRecord *record = g_hash_table_lookup (by_id, &ids[i]);

      g_clear_object (&out[i]);
      out[i] = record ? g_object_ref (record) : NULL;
    }
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
  g_autoptr(SkupStmt) stmt = NULL;

  stmt = skup_db_prepare (self->db,
                          "INSERT INTO sessions (event_id, date, created_at, updated_at) "
                          "SELECT ?1, CAST(?2 AS TEXT), CAST(?3 AS TEXT), CAST(?3 AS TEXT) "
                          "WHERE NOT EXISTS (SELECT 1 FROM sessions "
                          "WHERE event_id = ?1 AND date = ?2)", error);
  if (stmt == NULL || day == NULL || last == NULL)
    return stmt != NULL;

  for (guint n = 0; g_date_time_compare (day, last) <= 0 && n < 366; n++)
    {
      g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");
      GDateTime *next;

      skup_stmt_reset (stmt);
      skup_stmt_bind_int (stmt, 1, skup_record_get_id (event));
      skup_stmt_bind_text (stmt, 2, iso);
      skup_stmt_bind_text (stmt, 3, stamp);
      if (!skup_stmt_run (stmt, error))
        {
          g_prefix_error (error, "%s", _("Could not add the event’s sessions: "));
          return FALSE;
        }

      next = g_date_time_add_days (day, 1);
      g_date_time_unref (day);
      day = next;
    }
  return TRUE;
}

/* Inside the write transaction: the database checks and the write see the same register. */
gboolean
_skup_store_save_locked (SkupStore   *self,
                         SkupRecord  *record,
                         GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();

  if (!_skup_store_check_with_database (self, record, error))
    return FALSE;
  if (!write_row (self, record, stamp, error) || !_skup_store_index_record (self, record, error))
    return FALSE;
  if (SKUP_IS_EVENT (record) && !ensure_event_sessions (self, record, stamp, error))
    return FALSE;
  return _skup_store_reload (self, record, error);
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
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKUP_IS_RECORD (record), FALSE);

  is_new = skup_record_get_id (record) == 0;
  if (!skup_record_validate (record, error) || !_skup_store_begin_write (self, error))
    return FALSE;
  ok = _skup_store_save_locked (self, record, error);
  if (!_skup_store_end_write (self, ok, error))
    {
      /* A failed insert must not leave the record pretending to be stored. */
      if (is_new)
        skup_record_set_id (record, 0);
      return FALSE;
    }

  _skup_store_emit_changed (self, SKUP_RECORD_GET_CLASS (record)->kind,
                            skup_record_get_id (record));
  return TRUE;
}

/* A register from before version 2 has empty stored keys: fill them once, without touching
 * the rows' stamps (nobody edited them). */
static gboolean
rekey_type (SkupStore  *self,
            GType       type,
            GError    **error)
{
  SkupRecordClass *klass = g_type_class_ref (type);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(SkupStmt) stmt = NULL;
  guint n = 0, col;

  g_string_append_printf (sql, "UPDATE %s SET ", klass->table);
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & SKUP_FIELD_SORT_KEY)
      g_string_append_printf (sql, "%s%s_key = ?%u", n ? ", " : "", klass->fields[i].column,
                              n + 1), n++;
  g_string_append_printf (sql, " WHERE id = ?%u", n + 1);
  g_type_class_unref (klass);
  if (n == 0)
    return TRUE;

  all = skup_store_list (self, type, NULL, error);
  stmt = all ? skup_db_prepare (self->db, sql->str, error) : NULL;
  if (stmt == NULL)
    return FALSE;
  for (guint r = 0; r < g_list_model_get_n_items (all); r++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (all, r);
      SkupRecordClass *rc = SKUP_RECORD_GET_CLASS (record);

      skup_stmt_reset (stmt);
      col = 0;
      for (guint i = 0; i < rc->n_fields; i++)
        if (rc->fields[i].flags & SKUP_FIELD_SORT_KEY)
          bind_folded (stmt, ++col, _skup_record_peek_value (record, i));
      skup_stmt_bind_int (stmt, ++col, skup_record_get_id (record));
      if (!skup_stmt_run (stmt, error))
        return FALSE;
    }
  return skup_record_list_get_error (SKUP_RECORD_LIST (all), error);
}

gboolean
_skup_store_rekey (SkupStore  *self,
                   GError    **error)
{
  const GType types[] = { SKUP_TYPE_PERSON, SKUP_TYPE_ORGANISATION, SKUP_TYPE_VENUE,
                          SKUP_TYPE_PROJECT };
  gboolean ok = TRUE;

  if (!_skup_store_begin_write (self, error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (types); i++)
    ok = rekey_type (self, types[i], error);
  return _skup_store_end_write (self, ok, error);
}

/* Puts every record of @type into the search index again. */
gboolean
_skup_store_reindex_type (SkupStore  *self,
                          GType       type,
                          GError    **error)
{
  g_autoptr(GListModel) all = skup_store_list (self, type, NULL, error);
  guint n;

  if (all == NULL)
    return FALSE;
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (all, i);

      if (!_skup_store_index_record (self, record, error))
        return FALSE;
    }
  return skup_record_list_get_error (SKUP_RECORD_LIST (all), error);
}

static gboolean
reindex_locked (SkupStore  *self,
                GError    **error)
{
  const GType types[] = { SKUP_TYPE_ORGANISATION, SKUP_TYPE_VENUE, SKUP_TYPE_PERSON,
                          SKUP_TYPE_EVENT, SKUP_TYPE_PROJECT };
  g_autoptr(SkupStmt) done = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (!_skup_store_reindex_type (self, types[i], error))
      return FALSE;
  done = skup_db_prepare (self->db, "DELETE FROM settings WHERE key = ?1", error);
  if (done == NULL)
    return FALSE;
  skup_stmt_bind_text (done, 1, SKUP_DB_REINDEX_SETTING);
  return skup_stmt_run (done, error);
}

static gboolean
index_is_stale (SkupStore  *self,
                gboolean   *out_stale,
                GError    **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, "SELECT 1 FROM settings WHERE key = ?1",
                                              error);
  SkupStep step;

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_text (stmt, 1, SKUP_DB_REINDEX_SETTING);
  step = skup_stmt_step (stmt, error);
  *out_stale = step == SKUP_STEP_ROW;
  return step != SKUP_STEP_ERROR;
}

/* An upgrade to schema 3 leaves a note that the search index must be made again from the
 * records (its name words were not told apart before). The note is read again under the
 * write lock: when two Skups open the register at once, one rebuilds, the other finds it
 * done. */
gboolean
_skup_store_rebuild_stale_index (SkupStore  *self,
                                 GError    **error)
{
  gboolean stale = FALSE;
  gboolean ok;

  if (!index_is_stale (self, &stale, error))
    return FALSE;
  if (!stale)
    return TRUE;
  if (!_skup_store_begin_write (self, error))
    return FALSE;
  ok = index_is_stale (self, &stale, error) && (!stale || reindex_locked (self, error));
  return _skup_store_end_write (self, ok, error);
}

/* An import's insert of a new, validated record, the write lock held: the same checks and
 * keys as a save, but no reload of the row (nothing computed is read back) and no search
 * index entry, which the caller writes afterwards with _skup_store_index_record(). */
gboolean
_skup_store_insert_locked (SkupStore   *self,
                           SkupRecord  *record,
                           const char  *stamp,
                           GError     **error)
{
  g_assert (skup_record_get_id (record) == 0);

  if (!_skup_store_check_with_database (self, record, error))
    return FALSE;
  return write_row (self, record, stamp, error);
}
