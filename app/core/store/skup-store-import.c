/* skup-store-import.c — the register's side of importing many records at once
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-record.h"
#include "skup-store-import.h"
#include "skup-store-private.h"

/**
 * skup_store_foreach_person_key:
 * @func: called once a person, in id order
 *
 * Reads every person's email and folded name in one pass, so an import can match thousands
 * of rows against a table it builds once instead of asking the register row by row.
 *
 * Returns: %TRUE unless the register could not be read
 */
gboolean
skup_store_foreach_person_key (SkupStore          *self,
                               SkupPersonKeyFunc   func,
                               gpointer            user_data,
                               GError            **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  stmt = skup_db_prepare (self->db, "SELECT id, email, name_key FROM people ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    func (skup_stmt_column_int (stmt, 0), skup_stmt_column_text (stmt, 1),
          skup_stmt_column_text (stmt, 2), user_data);
  return step != SKUP_STEP_ERROR;
}

/* SQLite's full-text index flushes what it holds in memory at every later statement of the
 * transaction that may need undoing (a savepoint for each insert into people): written row
 * by row, a hundred thousand people leave it a hundred thousand tiny segments, most of an
 * import's time. So the batch keeps the records and indexes them all after the inserts. */
struct _SkupImportBatch
{
  SkupStore *store;
  GPtrArray *unindexed;  /* (element-type SkupRecord) */
  char      *stamp;      /* one for the whole import: the rows came in together */
};

/**
 * skup_import_batch_new:
 * @store: the register, with a transaction open (skup_store_begin())
 *
 * Returns: (transfer full): a batch; write it with skup_import_batch_flush() before the
 *   transaction commits
 */
SkupImportBatch *
skup_import_batch_new (SkupStore *store)
{
  SkupImportBatch *batch = g_new0 (SkupImportBatch, 1);

  batch->store = g_object_ref (store);
  batch->unindexed = g_ptr_array_new_with_free_func (g_object_unref);
  batch->stamp = _skup_store_now_stamp ();
  return batch;
}

/**
 * skup_import_batch_insert:
 * @record: a new record (id 0) that skup_record_validate() accepted
 *
 * Inserts @record with the checks a save makes, but without a savepoint of its own or
 * reading the row back: its id is set, its computed fields are not. It is found by search
 * once the batch is flushed, and announced when the transaction commits.
 *
 * Returns: %TRUE if it was written
 */
gboolean
skup_import_batch_insert (SkupImportBatch  *batch,
                          SkupRecord       *record,
                          GError          **error)
{
  SkupStore *self = batch->store;

  g_return_val_if_fail (skup_record_get_id (record) == 0, FALSE);
  g_return_val_if_fail (skup_db_get_depth (self->db) > 0, FALSE);

  if (!_skup_store_insert_locked (self, record, batch->stamp, error))
    return FALSE;
  g_ptr_array_add (batch->unindexed, g_object_ref (record));
  _skup_store_emit_changed (self, SKUP_RECORD_GET_CLASS (record)->kind,
                            skup_record_get_id (record));
  return TRUE;
}

/**
 * skup_import_batch_flush:
 *
 * Writes the search index entries of the records inserted so far.
 *
 * Returns: %TRUE if they were written
 */
gboolean
skup_import_batch_flush (SkupImportBatch  *batch,
                         GError          **error)
{
  for (guint i = 0; i < batch->unindexed->len; i++)
    if (!_skup_store_index_record (batch->store, batch->unindexed->pdata[i], error))
      return FALSE;
  g_ptr_array_set_size (batch->unindexed, 0);
  return TRUE;
}

void
skup_import_batch_free (SkupImportBatch *batch)
{
  g_clear_object (&batch->store);
  g_clear_pointer (&batch->unindexed, g_ptr_array_unref);
  g_free (batch->stamp);
  g_free (batch);
}
