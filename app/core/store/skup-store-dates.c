/* skup-store-dates.c — new dates for an event: the sessions they remove, and putting them back
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-store-private.h"
#include "skup-text.h"

/* Shortening an event removes its sessions on the days it no longer has, with the attendance
 * recorded at them. The user is shown what goes first (the plan), and the save keeps a copy
 * of every removed row as it was stored, ids and stamps included, so Undo puts back the very
 * rows that certificates and sign-in sheets were made from. */

/* A row as stored: its columns' names and values (an unset GValue is NULL). */
typedef struct {
  GStrv   columns;
  GArray *values;
} SavedRow;

struct _SkupEventDatesUndo
{
  gint64     event_id;
  char      *start_date;
  char      *end_date;
  GPtrArray *sessions;     /* SavedRow */
  GPtrArray *attendance;   /* SavedRow, put back after the sessions they point at */
  GArray    *added_ids;    /* the sessions the save made for new days */
};

static void
saved_row_free (SavedRow *row)
{
  g_strfreev (row->columns);
  g_array_unref (row->values);
  g_free (row);
}

void
skup_event_dates_plan_free (SkupEventDatesPlan *plan)
{
  g_clear_pointer (&plan->session_ids, g_array_unref);
  g_clear_pointer (&plan->session_dates, g_ptr_array_unref);
  g_free (plan);
}

void
skup_event_dates_undo_free (SkupEventDatesUndo *undo)
{
  g_free (undo->start_date);
  g_free (undo->end_date);
  g_clear_pointer (&undo->sessions, g_ptr_array_unref);
  g_clear_pointer (&undo->attendance, g_ptr_array_unref);
  g_clear_pointer (&undo->added_ids, g_array_unref);
  g_free (undo);
}

/* ---- The plan ------------------------------------------------------------------------------ */

static gboolean
collect_outside (SkupStore          *self,
                 SkupRecord         *event,
                 SkupEventDatesPlan *plan,
                 GError            **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "SELECT s.id, s.date, (SELECT count(*) FROM attendance a "
                               "WHERE a.session_id = s.id) FROM sessions s WHERE s.event_id = ?1 "
                               "AND (s.date < ?2 OR s.date > ?3) ORDER BY s.date, s.id", error);
  SkupStep step;

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, skup_record_get_id (event));
  skup_stmt_bind_text (stmt, 2, skup_record_get_string (event, "start-date"));
  skup_stmt_bind_text (stmt, 3, skup_record_get_string (event, "end-date"));
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      gint64 id = skup_stmt_column_int (stmt, 0);
      const char *date = skup_stmt_column_text (stmt, 1);
      GPtrArray *dates = plan->session_dates;

      g_array_append_val (plan->session_ids, id);
      if (dates->len == 0 || g_strcmp0 (g_ptr_array_index (dates, dates->len - 1), date) != 0)
        g_ptr_array_add (dates, g_strdup (date));
      plan->n_marks += skup_stmt_column_int (stmt, 2);
    }
  return step == SKUP_STEP_DONE;
}

/* The days of the event's dates, as ensure_event_sessions() walks them (a year at most). */
static guint
count_days (SkupRecord *event)
{
  g_autoptr(GDateTime) first = skup_text_parse_date (skup_record_get_string (event, "start-date"));
  g_autoptr(GDateTime) last = skup_text_parse_date (skup_record_get_string (event, "end-date"));

  if (first == NULL || last == NULL || g_date_time_compare (first, last) > 0)
    return 0;
  return MIN (g_date_time_difference (last, first) / G_TIME_SPAN_DAY + 1, 366);
}

static gboolean
count_added (SkupStore          *self,
             SkupRecord         *event,
             SkupEventDatesPlan *plan,
             GError            **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "SELECT count(DISTINCT date) FROM sessions WHERE event_id = ?1 "
                               "AND date >= ?2 AND date <= ?3", error);
  guint days = count_days (event);
  gint64 covered;

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, skup_record_get_id (event));
  skup_stmt_bind_text (stmt, 2, skup_record_get_string (event, "start-date"));
  skup_stmt_bind_text (stmt, 3, skup_record_get_string (event, "end-date"));
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  covered = skup_stmt_column_int (stmt, 0);
  plan->n_added = covered < days ? days - (guint) covered : 0;
  return TRUE;
}

static SkupEventDatesPlan *
plan_dates (SkupStore   *self,
            SkupRecord  *event,
            GError     **error)
{
  g_autoptr(SkupEventDatesPlan) plan = g_new0 (SkupEventDatesPlan, 1);

  plan->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  plan->session_dates = g_ptr_array_new_with_free_func (g_free);
  if (!collect_outside (self, event, plan, error) || !count_added (self, event, plan, error))
    return NULL;
  return g_steal_pointer (&plan);
}

/**
 * skup_store_plan_event_dates:
 * @event: an event as edited, before it is saved (a new one removes nothing)
 * @out_plan: (out) (transfer full): what saving it would remove and add
 */
gboolean
skup_store_plan_event_dates (SkupStore           *self,
                             SkupRecord          *event,
                             SkupEventDatesPlan **out_plan,
                             GError             **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKUP_IS_EVENT (event), FALSE);
  g_return_val_if_fail (out_plan != NULL, FALSE);

  *out_plan = plan_dates (self, event, error);
  return *out_plan != NULL;
}

/* ---- Saving -------------------------------------------------------------------------------- */

static void
read_saved_value (SkupStmt *stmt,
                  guint     col,
                  GValue   *value)
{
  switch (skup_stmt_column_type (stmt, col))
    {
    case SKUP_DB_INT:
      g_value_set_int64 (g_value_init (value, G_TYPE_INT64), skup_stmt_column_int (stmt, col));
      break;
    case SKUP_DB_REAL:
      g_value_set_double (g_value_init (value, G_TYPE_DOUBLE), skup_stmt_column_real (stmt, col));
      break;
    case SKUP_DB_TEXT:
      g_value_set_string (g_value_init (value, G_TYPE_STRING), skup_stmt_column_text (stmt, col));
      break;
    case SKUP_DB_BLOB:   /* sessions and attendance have none */
    case SKUP_DB_NULL:
    default:
      break;
    }
}

static SavedRow *
saved_row_new (SkupStmt *stmt)
{
  SavedRow *row = g_new0 (SavedRow, 1);
  guint n = skup_stmt_column_count (stmt);

  row->columns = g_new0 (char *, n + 1);
  row->values = g_array_sized_new (FALSE, TRUE, sizeof (GValue), n);
  g_array_set_clear_func (row->values, (GDestroyNotify) g_value_unset);
  g_array_set_size (row->values, n);
  for (guint i = 0; i < n; i++)
    {
      row->columns[i] = g_strdup (skup_stmt_column_name (stmt, i));
      read_saved_value (stmt, i, &g_array_index (row->values, GValue, i));
    }
  return row;
}

/* Copies the rows of @table whose @column is @id into @out, then deletes them. @table and
 * @column are ours, never user input. */
static gboolean
take_rows (SkupStore   *self,
           const char  *table,
           const char  *column,
           gint64       id,
           GPtrArray   *out,
           GError     **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT * FROM %s WHERE %s = ?1 ORDER BY id",
                                             table, column);
  g_autofree char *delete = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1", table, column);
  g_autoptr(SkupStmt) rows = skup_db_prepare (self->db, select, error);
  g_autoptr(SkupStmt) del = NULL;
  SkupStep step;

  if (rows == NULL)
    return FALSE;
  skup_stmt_bind_int (rows, 1, id);
  while ((step = skup_stmt_step (rows, error)) == SKUP_STEP_ROW)
    g_ptr_array_add (out, saved_row_new (rows));
  if (step != SKUP_STEP_DONE || (del = skup_db_prepare (self->db, delete, error)) == NULL)
    return FALSE;
  skup_stmt_bind_int (del, 1, id);
  return skup_stmt_run (del, error);
}

static GArray *
session_ids_of (SkupStore   *self,
                gint64       event_id,
                GError     **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "SELECT id FROM sessions WHERE event_id = ?1 ORDER BY id", error);

  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, event_id);
  return skup_stmt_collect_ids (stmt, error);
}

static gboolean
contains_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

static gboolean
check_accepted (SkupEventDatesPlan       *now,
                const SkupEventDatesPlan *accepted,
                GError                  **error)
{
  if (accepted == NULL ? now->session_ids->len == 0 : same_ids (now->session_ids,
                                                                accepted->session_ids))
    return TRUE;
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE,
               _("The event’s sessions changed meanwhile. Save again to see what the new "
                 "dates remove."));
  return FALSE;
}

static gboolean
remove_sessions (SkupStore          *self,
                 GArray             *ids,
                 SkupEventDatesUndo *undo,
                 GError            **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (!take_rows (self, "attendance", "session_id", id, undo->attendance, error)
          || !take_rows (self, "sessions", "id", id, undo->sessions, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
note_added (SkupStore          *self,
            GArray             *before,
            SkupEventDatesUndo *undo,
            GError            **error)
{
  g_autoptr(GArray) after = session_ids_of (self, undo->event_id, error);

  if (after == NULL)
    return FALSE;
  for (guint i = 0; i < after->len; i++)
    if (!contains_id (before, g_array_index (after, gint64, i)))
      g_array_append_val (undo->added_ids, g_array_index (after, gint64, i));
  return TRUE;
}

static gboolean
save_dates_locked (SkupStore                *self,
                   SkupRecord               *event,
                   const SkupEventDatesPlan *accepted,
                   SkupEventDatesUndo       *undo,
                   GError                  **error)
{
  g_autoptr(SkupRecord) old = skup_store_load (self, SKUP_TYPE_EVENT, undo->event_id, error);
  g_autoptr(SkupEventDatesPlan) now = NULL;
  g_autoptr(GArray) before = NULL;

  if (old == NULL || (now = plan_dates (self, event, error)) == NULL
      || !check_accepted (now, accepted, error))
    return FALSE;
  undo->start_date = g_strdup (skup_record_get_string (old, "start-date"));
  undo->end_date = g_strdup (skup_record_get_string (old, "end-date"));
  if (!remove_sessions (self, now->session_ids, undo, error)
      || (before = session_ids_of (self, undo->event_id, error)) == NULL)
    return FALSE;
  return _skup_store_save_locked (self, event, error) && note_added (self, before, undo, error);
}

static SkupEventDatesUndo *
undo_new (gint64 event_id)
{
  SkupEventDatesUndo *undo = g_new0 (SkupEventDatesUndo, 1);

  undo->event_id = event_id;
  undo->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) saved_row_free);
  undo->attendance = g_ptr_array_new_with_free_func ((GDestroyNotify) saved_row_free);
  undo->added_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return undo;
}

static void
emit_event_changed (SkupStore *self,
                    gint64     event_id)
{
  _skup_store_emit_changed (self, "session", 0);
  _skup_store_emit_changed (self, "event", event_id);
}

/**
 * skup_store_save_event_dates:
 * @event: an event already in the register, as edited
 * @accepted: (nullable): the plan the user was shown (skup_store_plan_event_dates()); %NULL
 *   if it removed nothing
 * @out_undo: (out) (optional) (transfer full): what was removed and added, for
 *   skup_store_undo_event_dates()
 *
 * Saves @event and, in the same transaction, removes its sessions outside the new dates with
 * the attendance recorded at them (and adds sessions for new days, as any save does).
 */
gboolean
skup_store_save_event_dates (SkupStore                 *self,
                             SkupRecord                *event,
                             const SkupEventDatesPlan  *accepted,
                             SkupEventDatesUndo       **out_undo,
                             GError                   **error)
{
  g_autoptr(SkupEventDatesUndo) undo = NULL;
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKUP_IS_EVENT (event), FALSE);
  g_return_val_if_fail (skup_record_get_id (event) > 0, FALSE);

  if (!skup_record_validate (event, error) || !_skup_store_begin_write (self, error))
    return FALSE;
  undo = undo_new (skup_record_get_id (event));
  ok = save_dates_locked (self, event, accepted, undo, error);
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;

  emit_event_changed (self, undo->event_id);
  if (out_undo != NULL)
    *out_undo = g_steal_pointer (&undo);
  return TRUE;
}

/* ---- Undo ---------------------------------------------------------------------------------- */

static char *
restore_sql (SavedRow *row,
             const char *table)
{
  g_autofree char *names = g_strjoinv (", ", row->columns);
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (%s) VALUES (", table, names);
  for (guint i = 0; i < row->values->len; i++)
    g_string_append_printf (sql, "%s?%u", i ? ", " : "", i + 1);
  g_string_append (sql, ")");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static gboolean
restore_row (SkupStore   *self,
             SavedRow    *row,
             const char  *table,
             GError     **error)
{
  g_autofree char *sql = restore_sql (row, table);
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < row->values->len; i++)
    {
      const GValue *value = &g_array_index (row->values, GValue, i);

      if (G_VALUE_HOLDS_INT64 (value))
        skup_stmt_bind_int (stmt, i + 1, g_value_get_int64 (value));
      else if (G_VALUE_HOLDS_DOUBLE (value))
        skup_stmt_bind_real (stmt, i + 1, g_value_get_double (value));
      else if (G_VALUE_HOLDS_STRING (value))
        skup_stmt_bind_text (stmt, i + 1, g_value_get_string (value));
      else
        skup_stmt_bind_null (stmt, i + 1);
    }
  return skup_stmt_run (stmt, error);
}

static gboolean
restore_rows (SkupStore   *self,
              GPtrArray   *rows,
              const char  *table,
              GError     **error)
{
  for (guint i = 0; i < rows->len; i++)
    if (!restore_row (self, g_ptr_array_index (rows, i), table, error))
      return FALSE;
  return TRUE;
}

/* A session added for a new day that has attendance by now is not taken away silently: the
 * delete fails on the attendance that points at it, and nothing is undone. */
static gboolean
remove_added (SkupStore          *self,
              SkupEventDatesUndo *undo,
              GError            **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "DELETE FROM sessions WHERE id = ?1 AND event_id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < undo->added_ids->len; i++)
    {
      skup_stmt_reset (stmt);
      skup_stmt_bind_int (stmt, 1, g_array_index (undo->added_ids, gint64, i));
      skup_stmt_bind_int (stmt, 2, undo->event_id);
      if (!skup_stmt_run (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The sessions go back before the dates do: saving the old dates then finds their days
 * covered and adds no session of its own. */
static gboolean
undo_locked (SkupStore          *self,
             SkupEventDatesUndo *undo,
             GError            **error)
{
  g_autoptr(SkupRecord) event = NULL;

  if (!remove_added (self, undo, error)
      || !restore_rows (self, undo->sessions, "sessions", error)
      || !restore_rows (self, undo->attendance, "attendance", error))
    return FALSE;
  event = skup_store_load (self, SKUP_TYPE_EVENT, undo->event_id, error);
  if (event == NULL)
    return FALSE;
  skup_record_set_string (event, "start-date", undo->start_date);
  skup_record_set_string (event, "end-date", undo->end_date);
  return skup_record_validate (event, error) && _skup_store_save_locked (self, event, error);
}

/**
 * skup_store_undo_event_dates:
 * @undo: what skup_store_save_event_dates() gave
 *
 * Puts the event's dates, sessions and attendance back as they were before that save.
 */
gboolean
skup_store_undo_event_dates (SkupStore           *self,
                             SkupEventDatesUndo  *undo,
                             GError             **error)
{
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!_skup_store_begin_write (self, error))
    return FALSE;
  ok = undo_locked (self, undo, error);
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;
  emit_event_changed (self, undo->event_id);
  return TRUE;
}
