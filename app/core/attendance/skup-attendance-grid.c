/* skup-attendance-grid.c — an event's people × sessions, read at once, written through
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Taking attendance for a thousand people over ten sessions must feel instant, so the grid
 * reads the roster, the sessions and every mark in three queries and keeps the marks as one
 * byte a cell. A change is written to the store first and only then to the grid: what the
 * screen shows is what was saved.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-attendance-grid-private.h"
#include "skup-collate.h"
#include "skup-error.h"
#include "skup-session.h"
#include "skup-text.h"

typedef struct {
  SkupGridPerson  pub;
  char           *sort_key;
  guint8         *marks;       /* n_sessions */
  char          (*times)[6];   /* n_sessions, "" for none */
} Row;

struct _SkupAttendanceGrid
{
  GObject     parent_instance;

  SkupStore  *store;
  gint64      event_id;
  GPtrArray  *rows;        /* Row, in sheet order */
  GPtrArray  *sessions;    /* SkupRecord */
  GHashTable *row_of;      /* registration id → row index + 1 */
  gboolean    writing;
};

G_DEFINE_FINAL_TYPE (SkupAttendanceGrid, skup_attendance_grid, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
row_free (gpointer data)
{
  Row *row = data;

  skup_roster_entry_free (row->pub.entry);
  g_free (row->pub.name);
  g_free (row->pub.search_key);
  g_free (row->sort_key);
  g_free (row->marks);
  g_free (row->times);
  g_free (row);
}

static Row *
row_new (SkupRosterEntry *entry,
         guint            n_sessions)
{
  Row *row = g_new0 (Row, 1);
  const char *given = entry->given_name ? entry->given_name : "";
  const char *family = entry->family_name ? entry->family_name : "";
  g_autofree char *sheet_order = g_strdup_printf ("%s %s", family, given);
  g_autofree char *latin_order = skup_text_to_latin (sheet_order);
  g_autofree char *both = g_strdup_printf ("%s %s %s", given, family,
                                           entry->other_script_name ? entry->other_script_name
                                                                    : "");
  g_autofree char *latin = skup_text_to_latin (both);

  row->pub.entry = entry;
  row->pub.name = g_strstrip (g_strdup_printf ("%s %s", given, family));
  row->pub.search_key = skup_text_fold (latin);
  /* One order for both scripts, the Serbian Latin alphabet's: a sheet mixes them. */
  row->sort_key = skup_collate_key (latin_order, "sr@latin");
  row->marks = g_new0 (guint8, MAX (n_sessions, 1));
  row->times = g_malloc0 (sizeof *row->times * MAX (n_sessions, 1));
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *ra = *(Row * const *) a;
  const Row *rb = *(Row * const *) b;
  int c = g_strcmp0 (ra->sort_key, rb->sort_key);

  if (c != 0)
    return c;
  return ra->pub.entry->registration_id < rb->pub.entry->registration_id ? -1 : 1;
}

static void
index_rows (SkupAttendanceGrid *self)
{
  g_hash_table_remove_all (self->row_of);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      g_hash_table_insert (self->row_of, &row->pub.entry->registration_id,
                           GUINT_TO_POINTER (i + 1));
    }
}

static GPtrArray *
read_sessions (SkupStore  *store,
               gint64      event_id,
               GError    **error)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) list = skup_store_list (store, SKUP_TYPE_SESSION, &query, error);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      SkupRecord *session = g_list_model_get_item (list, i);

      if (session == NULL)
        {
          g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_DATABASE,
                               _("Could not read the event’s sessions."));
          return NULL;
        }
      g_ptr_array_add (sessions, session);
    }
  return g_steal_pointer (&sessions);
}

static int
find_column (GPtrArray *sessions,
             gint64     session_id)
{
  for (guint i = 0; i < sessions->len; i++)
    if (skup_record_get_id (g_ptr_array_index (sessions, i)) == session_id)
      return (int) i;
  return -1;
}

/* Puts @marks into @rows; marks of people not in the grid (the waitlisted) are left out. */
static void
place_marks (GPtrArray  *rows,
             GHashTable *row_of,
             GPtrArray  *sessions,
             GArray     *marks)
{
  for (guint i = 0; i < marks->len; i++)
    {
      const SkupAttendanceMark *mark = &g_array_index (marks, SkupAttendanceMark, i);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, &mark->registration_id));
      int column = find_column (sessions, mark->session_id);
      Row *row;

      if (index == 0 || column < 0)
        continue;
      row = g_ptr_array_index (rows, index - 1);
      row->marks[column] = (guint8) mark->mark;
      g_strlcpy (row->times[column], mark->check_in_time, sizeof row->times[column]);
    }
}

/* Reads the three parts; only when all three were read does the grid take them. */
static gboolean
read_all (SkupAttendanceGrid  *self,
          GError             **error)
{
  g_autoptr(GPtrArray) roster = skup_store_list_roster (self->store, self->event_id, error);
  g_autoptr(GPtrArray) sessions = roster ? read_sessions (self->store, self->event_id, error)
                                         : NULL;
  g_autoptr(GArray) marks = sessions ? skup_store_list_marks (self->store, self->event_id, error)
                                     : NULL;
  g_autoptr(GPtrArray) rows = NULL;

  if (marks == NULL)
    return FALSE;
  rows = g_ptr_array_new_full (roster->len, row_free);
  /* The rows own the entries from here on. */
  g_ptr_array_set_free_func (roster, NULL);
  for (guint i = 0; i < roster->len; i++)
    g_ptr_array_add (rows, row_new (g_ptr_array_index (roster, i), sessions->len));
  g_ptr_array_sort (rows, compare_rows);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  self->rows = g_steal_pointer (&rows);
  self->sessions = g_steal_pointer (&sessions);
  index_rows (self);
  place_marks (self->rows, self->row_of, self->sessions, marks);
  return TRUE;
}

static void
skup_attendance_grid_finalize (GObject *object)
{
  SkupAttendanceGrid *self = SKUP_ATTENDANCE_GRID (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->row_of, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_attendance_grid_parent_class)->finalize (object);
}

static void
skup_attendance_grid_class_init (SkupAttendanceGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_attendance_grid_finalize;

  /**
   * SkupAttendanceGrid::changed:
   * @row: the row, or G_MAXUINT when rows came or went (read everything again)
   * @column: the column, or G_MAXUINT for every column
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
skup_attendance_grid_init (SkupAttendanceGrid *self)
{
  self->row_of = g_hash_table_new (g_int64_hash, g_int64_equal);
}

/**
 * skup_attendance_grid_load:
 *
 * Returns: (transfer full) (nullable): the grid, or %NULL with @error set (a read error is
 *   never an empty grid)
 */
SkupAttendanceGrid *
skup_attendance_grid_load (SkupStore  *store,
                           gint64      event_id,
                           GError    **error)
{
  g_autoptr(SkupAttendanceGrid) self = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_ATTENDANCE_GRID, NULL);
  self->store = g_object_ref (store);
  self->event_id = event_id;
  if (!read_all (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
skup_attendance_grid_reload (SkupAttendanceGrid  *self,
                             GError             **error)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), FALSE);

  if (!read_all (self, error))
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, G_MAXUINT, G_MAXUINT);
  return TRUE;
}

gboolean
skup_attendance_grid_is_writing (SkupAttendanceGrid *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), FALSE);

  return self->writing;
}

SkupStore *
skup_attendance_grid_get_store (SkupAttendanceGrid *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), NULL);

  return self->store;
}

gint64
skup_attendance_grid_get_event_id (SkupAttendanceGrid *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), 0);

  return self->event_id;
}

guint
skup_attendance_grid_get_n_people (SkupAttendanceGrid *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), 0);

  return self->rows->len;
}

guint
skup_attendance_grid_get_n_sessions (SkupAttendanceGrid *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), 0);

  return self->sessions->len;
}

static Row *
get_row (SkupAttendanceGrid *self,
         guint               row)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, row);
}

const SkupGridPerson *
skup_attendance_grid_get_person (SkupAttendanceGrid *self,
                                 guint               row)
{
  Row *r = get_row (self, row);

  return r ? &r->pub : NULL;
}

SkupRecord *
skup_attendance_grid_get_session (SkupAttendanceGrid *self,
                                  guint               column)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), NULL);
  g_return_val_if_fail (column < self->sessions->len, NULL);

  return g_ptr_array_index (self->sessions, column);
}

int
skup_attendance_grid_find_row (SkupAttendanceGrid *self,
                               gint64              registration_id)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), -1);

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->row_of, &registration_id)) - 1;
}

int
skup_attendance_grid_find_today (SkupAttendanceGrid *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), -1);

  for (guint i = 0; i < self->sessions->len; i++)
    if (g_strcmp0 (skup_record_get_string (g_ptr_array_index (self->sessions, i), "date"),
                   today) == 0)
      return (int) i;
  return -1;
}

SkupMark
skup_attendance_grid_get_mark (SkupAttendanceGrid *self,
                               guint               row,
                               guint               column)
{
  Row *r = get_row (self, row);

  g_return_val_if_fail (r != NULL && column < self->sessions->len, SKUP_MARK_NONE);

  return (SkupMark) r->marks[column];
}

const char *
skup_attendance_grid_get_time (SkupAttendanceGrid *self,
                               guint               row,
                               guint               column)
{
  Row *r = get_row (self, row);

  g_return_val_if_fail (r != NULL && column < self->sessions->len, NULL);

  return r->times[column][0] != '\0' ? r->times[column] : NULL;
}

SkupMark
skup_mark_cycle (SkupMark mark)
{
  /* Present and absent first: most cells are one of those, one press away. */
  static const SkupMark next[] = {
    [SKUP_MARK_NONE] = SKUP_MARK_PRESENT,
    [SKUP_MARK_PRESENT] = SKUP_MARK_ABSENT,
    [SKUP_MARK_ABSENT] = SKUP_MARK_LATE,
    [SKUP_MARK_LATE] = SKUP_MARK_LEFT_EARLY,
    [SKUP_MARK_LEFT_EARLY] = SKUP_MARK_EXCUSED,
    [SKUP_MARK_EXCUSED] = SKUP_MARK_NONE,
  };

  return (guint) mark <= SKUP_MARK_LAST ? next[mark] : SKUP_MARK_NONE;
}

/* Writes @mark for @rows (indices) at @column, then takes it into the grid. */
static gboolean
write_cells (SkupAttendanceGrid  *self,
             const guint         *rows,
             guint                n,
             guint                column,
             SkupMark             mark,
             const char          *time,
             GError             **error)
{
  g_autofree gint64 *ids = g_new (gint64, MAX (n, 1));
  gint64 session_id = skup_record_get_id (g_ptr_array_index (self->sessions, column));
  gboolean ok;

  for (guint i = 0; i < n; i++)
    ids[i] = ((Row *) g_ptr_array_index (self->rows, rows[i]))->pub.entry->registration_id;
  self->writing = TRUE;
  ok = skup_store_set_marks (self->store, session_id, ids, n, mark, time, error);
  self->writing = FALSE;
  if (!ok)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      Row *row = g_ptr_array_index (self->rows, rows[i]);

      row->marks[column] = (guint8) mark;
      g_strlcpy (row->times[column], time ? time : "", sizeof row->times[column]);
    }
  for (guint i = 0; i < n; i++)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0, rows[i], column);
  return TRUE;
}

gboolean
skup_attendance_grid_set_mark (SkupAttendanceGrid  *self,
                               guint                row,
                               guint                column,
                               SkupMark             mark,
                               GError             **error)
{
  Row *r = get_row (self, row);

  g_return_val_if_fail (r != NULL && column < self->sessions->len, FALSE);
  g_return_val_if_fail ((guint) mark <= SKUP_MARK_LAST, FALSE);

  /* A check-in time stays while the person still counts as there. */
  return write_cells (self, &row, 1, column, mark,
                      skup_mark_is_attended (mark) && r->times[column][0] != '\0'
                        ? r->times[column] : NULL, error);
}

gboolean
skup_attendance_grid_mark_all_present (SkupAttendanceGrid  *self,
                                       guint                column,
                                       guint               *out_n,
                                       GError             **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), FALSE);
  g_return_val_if_fail (column < self->sessions->len, FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    if (((Row *) g_ptr_array_index (self->rows, i))->marks[column] == SKUP_MARK_NONE)
      g_array_append_val (rows, i);
  if (out_n != NULL)
    *out_n = rows->len;
  if (rows->len == 0)
    return TRUE;
  return write_cells (self, (const guint *) rows->data, rows->len, column, SKUP_MARK_PRESENT,
                      NULL, error);
}

void
skup_attendance_grid_get_totals (SkupAttendanceGrid *self,
                                 guint               column,
                                 SkupGridTotals     *out)
{
  g_return_if_fail (SKUP_IS_ATTENDANCE_GRID (self));
  g_return_if_fail (column < self->sessions->len);

  *out = (SkupGridTotals) { .registered = self->rows->len };
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      const char *gender = row->pub.entry->gender;

      if (row->marks[column] != SKUP_MARK_NONE)
        out->marked++;
      if (!skup_mark_is_attended (row->marks[column]))
        continue;
      out->attended++;
      if (g_strcmp0 (gender, "female") == 0)
        out->women++;
      else if (g_strcmp0 (gender, "male") == 0)
        out->men++;
      else
        out->other++;
    }
}

guint
skup_attendance_grid_get_attended (SkupAttendanceGrid *self,
                                   guint               row)
{
  Row *r = get_row (self, row);
  guint n = 0;

  g_return_val_if_fail (r != NULL, 0);

  for (guint i = 0; i < self->sessions->len; i++)
    n += skup_mark_is_attended (r->marks[i]);
  return n;
}

guint
skup_attendance_grid_get_marked (SkupAttendanceGrid *self,
                                 guint               row)
{
  Row *r = get_row (self, row);
  guint n = 0;

  g_return_val_if_fail (r != NULL, 0);

  for (guint i = 0; i < self->sessions->len; i++)
    n += r->marks[i] != SKUP_MARK_NONE;
  return n;
}

double
skup_attendance_grid_get_rate (SkupAttendanceGrid *self,
                               guint               row)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), 0);

  if (self->sessions->len == 0)
    return 0;
  return (double) skup_attendance_grid_get_attended (self, row) / self->sessions->len;
}

static SkupRosterEntry *
take_roster_entry (SkupAttendanceGrid  *self,
                   gint64               registration_id,
                   GError             **error)
{
  g_autoptr(GPtrArray) roster = skup_store_list_roster (self->store, self->event_id, error);

  if (roster == NULL)
    return NULL;
  for (guint i = 0; i < roster->len; i++)
    {
      SkupRosterEntry *entry = g_ptr_array_index (roster, i);

      if (entry->registration_id == registration_id)
        return g_ptr_array_steal_index_fast (roster, i);
    }
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                       _("That person is not expected at the event."));
  return NULL;
}

/* Reads the new person's marks (a walk-in was marked as they were registered). */
static gboolean
read_row_marks (SkupAttendanceGrid  *self,
                GError             **error)
{
  g_autoptr(GArray) marks = skup_store_list_marks (self->store, self->event_id, error);

  if (marks == NULL)
    return FALSE;
  place_marks (self->rows, self->row_of, self->sessions, marks);
  return TRUE;
}

int
skup_attendance_grid_add_registration (SkupAttendanceGrid  *self,
                                       gint64               registration_id,
                                       GError             **error)
{
  SkupRosterEntry *entry;
  int found;

  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (self), -1);

  found = skup_attendance_grid_find_row (self, registration_id);
  if (found >= 0)
    return found;
  entry = take_roster_entry (self, registration_id, error);
  if (entry == NULL)
    return -1;
  g_ptr_array_add (self->rows, row_new (entry, self->sessions->len));
  g_ptr_array_sort (self->rows, compare_rows);
  index_rows (self);
  if (!read_row_marks (self, error))
    return -1;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, G_MAXUINT, G_MAXUINT);
  return skup_attendance_grid_find_row (self, registration_id);
}

void
skup_attendance_grid_remove_registration (SkupAttendanceGrid *self,
                                          gint64              registration_id)
{
  int row;

  g_return_if_fail (SKUP_IS_ATTENDANCE_GRID (self));

  row = skup_attendance_grid_find_row (self, registration_id);
  if (row < 0)
    return;
  g_ptr_array_remove_index (self->rows, (guint) row);
  index_rows (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, G_MAXUINT, G_MAXUINT);
}

void
_skup_attendance_grid_take_mark (SkupAttendanceGrid *self,
                                 guint               row,
                                 guint               column,
                                 SkupMark            mark,
                                 const char         *time)
{
  Row *r = get_row (self, row);

  g_return_if_fail (r != NULL && column < self->sessions->len);

  r->marks[column] = (guint8) mark;
  g_strlcpy (r->times[column], time ? time : "", sizeof r->times[column]);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, row, column);
}
