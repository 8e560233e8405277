/* skup-store-attendance.c — who came: marks per session, check-in at the door, walk-ins
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A mark is one row of attendance (registration × session). The grid reads all of an
 * event's marks in one query and writes a session's column in one transaction; a check-in
 * reads the cell again under the write lock, so two laptops at two doors cannot both check
 * the same person in, and the second one is told since when they are here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-attendance.h"
#include "skup-error.h"
#include "skup-person.h"
#include "skup-store-private.h"

static const char * const mark_nicks[] = {
  [SKUP_MARK_NONE] = NULL,
  [SKUP_MARK_PRESENT] = "present",
  [SKUP_MARK_LATE] = "late",
  [SKUP_MARK_LEFT_EARLY] = "left-early",
  [SKUP_MARK_ABSENT] = "absent",
  [SKUP_MARK_EXCUSED] = "excused",
};

const char *
skup_mark_to_nick (SkupMark mark)
{
  return (guint) mark <= SKUP_MARK_LAST ? mark_nicks[mark] : NULL;
}

SkupMark
skup_mark_from_nick (const char *nick)
{
  for (guint i = SKUP_MARK_PRESENT; nick != NULL && i <= SKUP_MARK_LAST; i++)
    if (g_str_equal (nick, mark_nicks[i]))
      return (SkupMark) i;
  return SKUP_MARK_NONE;
}

/* Present, late and left early are all "attended", on every screen and report. */
gboolean
skup_mark_is_attended (SkupMark mark)
{
  return mark == SKUP_MARK_PRESENT || mark == SKUP_MARK_LATE || mark == SKUP_MARK_LEFT_EARLY;
}

GArray *
skup_store_list_marks (SkupStore  *self,
                       gint64      event_id,
                       GError    **error)
{
  g_autoptr(GArray) out = g_array_new (FALSE, TRUE, sizeof (SkupAttendanceMark));
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = skup_db_prepare (self->db, "SELECT a.registration_id, a.session_id, a.status, "
                                    "a.check_in_time FROM attendance a "
                                    "JOIN sessions s ON s.id = a.session_id "
                                    "WHERE s.event_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, event_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      SkupAttendanceMark mark = { 0 };
      const char *time = skup_stmt_column_text (stmt, 3);

      mark.registration_id = skup_stmt_column_int (stmt, 0);
      mark.session_id = skup_stmt_column_int (stmt, 1);
      mark.mark = skup_mark_from_nick (skup_stmt_column_text (stmt, 2));
      if (time != NULL)
        g_strlcpy (mark.check_in_time, time, sizeof mark.check_in_time);
      g_array_append_val (out, mark);
    }
  return step == SKUP_STEP_DONE ? g_steal_pointer (&out) : NULL;
}

/* The event of @session_id; fails with a field error for a session that is not there. */
static gboolean
session_event (SkupStore  *self,
               gint64      session_id,
               gint64     *out_event_id,
               GError    **error)
{
  if (!_skup_store_query_int (self, "SELECT event_id FROM sessions WHERE id = ?1", session_id, 0,
                              out_event_id, error))
    return FALSE;
  if (*out_event_id == 0)
    skup_set_field_error (error, SKUP_ERROR_INVALID, "session-id",
                          _("That session is not part of the event any more."));
  return *out_event_id != 0;
}

static gboolean
check_registrations (SkupStore     *self,
                     gint64         event_id,
                     const gint64  *registration_ids,
                     guint          n,
                     GError       **error)
{
  for (guint i = 0; i < n; i++)
    {
      gint64 found = 0;

      if (!_skup_store_query_int (self, "SELECT count(*) FROM registrations WHERE id = ?1 "
                                        "AND event_id = ?2", registration_ids[i], event_id,
                                  &found, error))
        return FALSE;
      if (found == 0)
        {
          skup_set_field_error (error, SKUP_ERROR_INVALID, "session-id",
                                _("That session is not part of the event the person is "
                                  "registered for."));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_mark (SkupStore   *self,
            gint64       registration_id,
            gint64       session_id,
            SkupMark     mark,
            const char  *check_in_time,
            const char  *stamp,
            GError     **error)
{
  g_autoptr(SkupStmt) stmt = NULL;

  if (mark == SKUP_MARK_NONE)
    {
      stmt = skup_db_prepare (self->db, "DELETE FROM attendance WHERE registration_id = ?1 AND "
                                        "session_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      skup_stmt_bind_int (stmt, 1, registration_id);
      skup_stmt_bind_int (stmt, 2, session_id);
      return skup_stmt_run (stmt, error);
    }
  stmt = skup_db_prepare (self->db,
                          "INSERT INTO attendance (registration_id, session_id, status, "
                          "check_in_time, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) "
                          "ON CONFLICT (registration_id, session_id) DO UPDATE SET "
                          "status = excluded.status, check_in_time = excluded.check_in_time, "
                          "updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, registration_id);
  skup_stmt_bind_int (stmt, 2, session_id);
  skup_stmt_bind_text (stmt, 3, skup_mark_to_nick (mark));
  skup_stmt_bind_text (stmt, 4, check_in_time);
  skup_stmt_bind_text (stmt, 5, stamp);
  return skup_stmt_run (stmt, error);
}

gboolean
_skup_store_write_mark (SkupStore   *self,
                        gint64       registration_id,
                        gint64       session_id,
                        SkupMark     mark,
                        const char  *check_in_time,
                        GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  gint64 event_id = 0;

  return session_event (self, session_id, &event_id, error)
         && check_registrations (self, event_id, &registration_id, 1, error)
         && write_mark (self, registration_id, session_id, mark, check_in_time, stamp, error);
}

static gboolean
check_time (const char  *check_in_time,
            GError     **error)
{
  g_autoptr(SkupRecord) check = NULL;

  if (check_in_time == NULL)
    return TRUE;
  check = skup_record_new_for_type (SKUP_TYPE_ATTENDANCE);
  skup_record_set_int (check, "registration-id", 1);
  skup_record_set_int (check, "session-id", 1);
  skup_record_set_string (check, "status", "present");
  skup_record_set_string (check, "check-in-time", check_in_time);
  return skup_record_validate (check, error);
}

static gboolean
set_marks_locked (SkupStore     *self,
                  gint64         session_id,
                  const gint64  *registration_ids,
                  guint          n,
                  SkupMark       mark,
                  const char    *check_in_time,
                  GError       **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  gint64 event_id = 0;

  if (!session_event (self, session_id, &event_id, error)
      || !check_registrations (self, event_id, registration_ids, n, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!write_mark (self, registration_ids[i], session_id, mark, check_in_time, stamp, error))
      return FALSE;
  return TRUE;
}

/**
 * skup_store_set_marks:
 *
 * Everything or nothing: one registration that is not the session's event's fails the whole
 * call with a field error.
 */
gboolean
skup_store_set_marks (SkupStore     *self,
                      gint64         session_id,
                      const gint64  *registration_ids,
                      guint          n,
                      SkupMark       mark,
                      const char    *check_in_time,
                      GError       **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) mark <= SKUP_MARK_LAST, FALSE);

  if (!check_time (check_in_time, error) || !_skup_store_begin_write (self, error))
    return FALSE;
  if (!_skup_store_end_write (self, set_marks_locked (self, session_id, registration_ids, n, mark,
                                                      check_in_time, error), error))
    return FALSE;
  if (n > 0)
    _skup_store_emit_changed (self, "attendance", session_id);
  return TRUE;
}

/* The cell as stored now: its mark and check-in time. */
static gboolean
read_mark (SkupStore   *self,
           gint64       registration_id,
           gint64       session_id,
           SkupMark    *out_mark,
           char       **out_time,
           GError     **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, "SELECT status, check_in_time FROM "
                                                        "attendance WHERE registration_id = ?1 "
                                                        "AND session_id = ?2", error);

  *out_mark = SKUP_MARK_NONE;
  *out_time = NULL;
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, registration_id);
  skup_stmt_bind_int (stmt, 2, session_id);
  switch (skup_stmt_step (stmt, error))
    {
    case SKUP_STEP_ROW:
      *out_mark = skup_mark_from_nick (skup_stmt_column_text (stmt, 0));
      *out_time = g_strdup (skup_stmt_column_text (stmt, 1));
      return TRUE;
    case SKUP_STEP_DONE:
      return TRUE;
    case SKUP_STEP_ERROR:
    default:
      return FALSE;
    }
}

static gboolean
check_in_locked (SkupStore   *self,
                 gint64       registration_id,
                 gint64       session_id,
                 const char  *check_in_time,
                 GError     **error)
{
  g_autofree char *since = NULL;
  SkupMark mark;

  if (!read_mark (self, registration_id, session_id, &mark, &since, error))
    return FALSE;
  if (mark == SKUP_MARK_PRESENT || mark == SKUP_MARK_LATE)
    {
      if (since != NULL)
        g_set_error (error, SKUP_ERROR, SKUP_ERROR_ALREADY,
                     /* Translators: %s is a time of day, 09:12 */
                     _("Checked in already, at %s."), since);
      else
        g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_ALREADY,
                             _("Marked present already."));
      return FALSE;
    }
  return _skup_store_write_mark (self, registration_id, session_id, SKUP_MARK_PRESENT,
                                 check_in_time, error);
}

gboolean
skup_store_check_in (SkupStore   *self,
                     gint64       registration_id,
                     gint64       session_id,
                     const char  *check_in_time,
                     GError     **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!check_time (check_in_time, error) || !_skup_store_begin_write (self, error))
    return FALSE;
  if (!_skup_store_end_write (self, check_in_locked (self, registration_id, session_id,
                                                     check_in_time, error), error))
    return FALSE;
  _skup_store_emit_changed (self, "attendance", session_id);
  return TRUE;
}

static gboolean
walk_in_locked (SkupStore   *self,
                gint64       event_id,
                gint64       session_id,
                SkupRecord  *person,
                const char  *check_in_time,
                gint64      *out_registration_id,
                GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  gint64 session_event_id = 0;

  if (!session_event (self, session_id, &session_event_id, error))
    return FALSE;
  if (session_event_id != event_id)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "session-id",
                            _("That session is not part of the event any more."));
      return FALSE;
    }
  /* Over capacity if need be: the person is standing at the door. */
  return _skup_store_save_locked (self, person, error)
         && _skup_store_insert_registration (self, event_id, skup_record_get_id (person),
                                             "participant", "registered",
                                             out_registration_id, error)
         && write_mark (self, *out_registration_id, session_id, SKUP_MARK_PRESENT,
                        check_in_time, stamp, error);
}

gboolean
skup_store_walk_in (SkupStore   *self,
                    gint64       event_id,
                    gint64       session_id,
                    SkupRecord  *person,
                    const char  *check_in_time,
                    gint64      *out_registration_id,
                    GError     **error)
{
  gint64 registration_id = 0;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKUP_IS_PERSON (person), FALSE);
  g_return_val_if_fail (skup_record_get_id (person) == 0, FALSE);

  if (!skup_record_validate (person, error) || !check_time (check_in_time, error)
      || !_skup_store_begin_write (self, error))
    return FALSE;
  if (!_skup_store_end_write (self, walk_in_locked (self, event_id, session_id, person,
                                                    check_in_time, &registration_id, error),
                              error))
    {
      skup_record_set_id (person, 0);
      return FALSE;
    }
  if (out_registration_id != NULL)
    *out_registration_id = registration_id;
  _skup_store_emit_changed (self, "person", skup_record_get_id (person));
  _skup_store_emit_changed (self, "registration", event_id);
  _skup_store_emit_changed (self, "attendance", session_id);
  return TRUE;
}

static gboolean
run_with_id (SkupStore   *self,
             const char  *sql,
             gint64       id,
             GError     **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, id);
  return skup_stmt_run (stmt, error);
}

static gboolean
undo_walk_in_locked (SkupStore   *self,
                     gint64       registration_id,
                     gint64       person_id,
                     GError     **error)
{
  g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);
  gint64 others = 0;

  skup_record_set_id (person, person_id);
  if (!run_with_id (self, "DELETE FROM attendance WHERE registration_id = ?1", registration_id,
                    error)
      || !run_with_id (self, "DELETE FROM registrations WHERE id = ?1", registration_id, error))
    return FALSE;
  /* The person stays if anything was given them since (another event, a certificate). */
  if (!_skup_store_query_int (self, "SELECT (SELECT count(*) FROM registrations WHERE "
                                    "person_id = ?1) + (SELECT count(*) FROM certificates WHERE "
                                    "person_id = ?1)", person_id, 0, &others, error))
    return FALSE;
  if (others > 0)
    return TRUE;
  return run_with_id (self, "DELETE FROM people WHERE id = ?1", person_id, error)
         && _skup_store_unindex_record (self, person, error);
}

gboolean
skup_store_undo_walk_in (SkupStore   *self,
                         gint64       registration_id,
                         GError     **error)
{
  gint64 person_id = 0;
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!_skup_store_begin_write (self, error))
    return FALSE;
  ok = _skup_store_query_int (self, "SELECT person_id FROM registrations WHERE id = ?1",
                              registration_id, 0, &person_id, error);
  if (ok && person_id == 0)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                           _("That registration does not exist any more."));
      ok = FALSE;
    }
  ok = ok && undo_walk_in_locked (self, registration_id, person_id, error);
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;
  _skup_store_emit_changed (self, "person", person_id);
  _skup_store_emit_changed (self, "registration", registration_id);
  _skup_store_emit_changed (self, "attendance", 0);
  return TRUE;
}
