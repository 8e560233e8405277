/* skup-store-copy.c — moving a whole register from one engine to another
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-store-private.h"
#include "skup-venue.h"

/* Rows are copied as they are stored, ids and stamps included, table by table in an order
 * where every table follows those it refers to. A column that refers to its own table is
 * filled in a second pass, once every row it may point at is there. The search index is not
 * copied (the engines keep it differently) but rebuilt from the copied records. */

static const struct {
  const char *table;
  const char *column;
} self_references[] = {
  { "organisations", "parent_id" },
};

static const char *
self_reference (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (self_references); i++)
    if (g_str_equal (self_references[i].table, table))
      return self_references[i].column;
  return NULL;
}

static gboolean
count_table (SkupStore   *self,
             const char  *table,
             gint64      *out,
             GError     **error)
{
  /* The table name is one of ours (skup_db_tables()), never user input. */
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return _skup_store_query_int (self, sql, 0, 0, out, error);
}

/**
 * skup_store_count_rows:
 *
 * Returns: (transfer full) (element-type utf8): "table=N" for every table of the register
 */
GPtrArray *
skup_store_count_rows (SkupStore  *self,
                       GError    **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  const char * const *tables = skup_db_tables ();

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      gint64 n = 0;

      if (!count_table (self, tables[i], &n, error))
        return NULL;
      g_ptr_array_add (counts, g_strdup_printf ("%s=%" G_GINT64_FORMAT, tables[i], n));
    }
  return g_steal_pointer (&counts);
}

static gboolean
check_empty (SkupStore  *to,
             GError    **error)
{
  const char * const *tables = skup_db_tables ();

  for (guint i = 0; tables[i] != NULL; i++)
    {
      gint64 n = 0;

      if (!count_table (to, tables[i], &n, error))
        return FALSE;
      if (n > 0)
        {
          g_autofree char *where = skup_store_dup_display_name (to);
          /* The count as text: a format macro inside _() would cut the message short. */
          g_autofree char *rows = g_strdup_printf ("%" G_GINT64_FORMAT, n);

          g_set_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE,
                       /* Translators: “%s is not empty (its table people has 12 rows) …” */
                       _("%s is not empty (its table %s has %s rows). Skup copies a register "
                         "only into an empty one, so nothing is mixed up or overwritten."),
                       where, tables[i], rows);
          return FALSE;
        }
    }
  return TRUE;
}

static char *
insert_sql (SkupStmt   *row,
            const char *table,
            const char *skip)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n = skup_stmt_column_count (row);

  g_string_append_printf (sql, "INSERT INTO %s (", table);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "", skup_stmt_column_name (row, i));
  g_string_append (sql, ") VALUES (");
  /* Placeholders are numbered without gaps: PostgreSQL cannot type one that is never used. */
  for (guint i = 0, p = 0; i < n; i++)
    {
      gboolean deferred = skip != NULL && g_str_equal (skup_stmt_column_name (row, i), skip);

      if (deferred)
        g_string_append_printf (sql, "%sNULL", i ? ", " : "");
      else
        g_string_append_printf (sql, "%s?%u", i ? ", " : "", ++p);
    }
  g_string_append (sql, ")");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static void
bind_column (SkupStmt *dest,
             guint     index,
             SkupStmt *row,
             guint     col)
{
  switch (skup_stmt_column_type (row, col))
    {
    case SKUP_DB_INT:
      skup_stmt_bind_int (dest, index, skup_stmt_column_int (row, col));
      break;
    case SKUP_DB_REAL:
      skup_stmt_bind_real (dest, index, skup_stmt_column_real (row, col));
      break;
    case SKUP_DB_BLOB:
      {
        g_autoptr(GBytes) bytes = skup_stmt_column_blob (row, col);
        skup_stmt_bind_blob (dest, index, bytes);
      }
      break;
    case SKUP_DB_TEXT:
      skup_stmt_bind_text (dest, index, skup_stmt_column_text (row, col));
      break;
    case SKUP_DB_NULL:
    default:
      skup_stmt_bind_null (dest, index);
      break;
    }
}

static gboolean
copy_row (SkupStore   *to,
          SkupStmt    *row,
          const char  *table,
          const char  *skip,
          GError     **error)
{
  g_autofree char *sql = insert_sql (row, table, skip);
  g_autoptr(SkupStmt) ins = skup_db_prepare (to->db, sql, error);
  guint n;

  if (ins == NULL)
    return FALSE;
  n = skup_stmt_column_count (row);
  for (guint i = 0, p = 0; i < n; i++)
    if (skip == NULL || !g_str_equal (skup_stmt_column_name (row, i), skip))
      bind_column (ins, ++p, row, i);
  return skup_stmt_run (ins, error);
}

static gboolean
link_self_references (SkupStore   *from,
                      SkupStore   *to,
                      const char  *table,
                      const char  *column,
                      GError     **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT id, %s FROM %s WHERE %s IS NOT NULL",
                                             column, table, column);
  g_autofree char *update = g_strdup_printf ("UPDATE %s SET %s = ?2 WHERE id = ?1", table,
                                             column);
  g_autoptr(SkupStmt) rows = skup_db_prepare (from->db, select, error);
  g_autoptr(SkupStmt) upd = skup_db_prepare (to->db, update, error);
  SkupStep step;

  if (rows == NULL || upd == NULL)
    return FALSE;
  while ((step = skup_stmt_step (rows, error)) == SKUP_STEP_ROW)
    {
      skup_stmt_reset (upd);
      skup_stmt_bind_int (upd, 1, skup_stmt_column_int (rows, 0));
      skup_stmt_bind_int (upd, 2, skup_stmt_column_int (rows, 1));
      if (!skup_stmt_run (upd, error))
        return FALSE;
    }
  return step == SKUP_STEP_DONE;
}

static gboolean
copy_table (SkupStore   *from,
            SkupStore   *to,
            const char  *table,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", table);
  g_autoptr(SkupStmt) rows = skup_db_prepare (from->db, sql, error);
  const char *skip = self_reference (table);
  SkupStep step;

  if (rows == NULL)
    return FALSE;
  while ((step = skup_stmt_step (rows, error)) == SKUP_STEP_ROW)
    if (!copy_row (to, rows, table, skip, error))
      return FALSE;
  if (step != SKUP_STEP_DONE)
    return FALSE;
  if (skip != NULL && !link_self_references (from, to, table, skip, error))
    return FALSE;
  return skup_db_reset_ids (to->db, table, error);
}

static gboolean
counts_equal (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static gboolean
copy_locked (SkupStore  *from,
             SkupStore  *to,
             GPtrArray  *source_counts,
             GError    **error)
{
  const char * const *tables = skup_db_tables ();
  const GType searched[] = {
    SKUP_TYPE_ORGANISATION, SKUP_TYPE_VENUE, SKUP_TYPE_PERSON, SKUP_TYPE_EVENT, SKUP_TYPE_PROJECT,
  };
  g_autoptr(GPtrArray) copied = NULL;

  if (!_skup_store_unseed_certificate_templates (to, error) || !check_empty (to, error))
    return FALSE;
  for (guint i = 0; tables[i] != NULL; i++)
    if (!copy_table (from, to, tables[i], error))
      {
        g_prefix_error (error, _("Could not copy the table %s: "), tables[i]);
        return FALSE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (searched); i++)
    if (!_skup_store_reindex_type (to, searched[i], error))
      return FALSE;

  copied = skup_store_count_rows (to, error);
  if (copied == NULL)
    return FALSE;
  if (!counts_equal (source_counts, copied))
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_DATABASE,
                           _("The copy does not hold as many rows as the original; nothing "
                             "was kept."));
      return FALSE;
    }
  return TRUE;
}

/**
 * skup_store_copy:
 * @out_counts: (element-type utf8) (nullable): gets "table=N" for every table copied
 *
 * Copies the whole register @from into the empty register @to in one transaction on @to,
 * read from one consistent view of @from. If anything fails, @to stays empty.
 */
gboolean
skup_store_copy (SkupStore  *from,
                 SkupStore  *to,
                 GPtrArray  *out_counts,
                 GError    **error)
{
  g_autoptr(GPtrArray) counts = NULL;
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (from), FALSE);
  g_return_val_if_fail (SKUP_IS_STORE (to), FALSE);

  if (!skup_db_begin (from->db, FALSE, error))
    return FALSE;
  counts = skup_store_count_rows (from, error);
  ok = counts != NULL && _skup_store_begin_write (to, error);
  if (ok)
    ok = _skup_store_end_write (to, copy_locked (from, to, counts, error), error);
  skup_db_rollback (from->db);
  if (!ok)
    return FALSE;

  for (guint i = 0; out_counts != NULL && i < counts->len; i++)
    g_ptr_array_add (out_counts, g_strdup (g_ptr_array_index (counts, i)));
  _skup_store_emit_changed (to, "", 0);
  return TRUE;
}
