/* skup-store-registrations.c — who is coming: seats, the waitlist and each status's history
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seats are held by the registered and the confirmed. Every count of seats is made inside the
 * write transaction that acts on it: SQLite's BEGIN IMMEDIATE and the shared register's write
 * lock (see db/postgres) let one writer in at a time, and the count is read after the lock is
 * had, so two organisers cannot both give away the last seat. A seat freed goes to the first
 * on the waitlist in the same transaction; the store says who after the commit (::promoted).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-registration.h"
#include "skup-store-private.h"

void
skup_register_summary_clear (SkupRegisterSummary *summary)
{
  if (summary == NULL)
    return;
  g_clear_pointer (&summary->ids, g_array_unref);
  summary->registered = summary->waitlisted = summary->already = 0;
}

void
skup_status_change_free (SkupStatusChange *change)
{
  if (change == NULL)
    return;
  g_free (change->status);
  g_free (change->changed_at);
  g_free (change->changed_by);
  g_free (change);
}

gboolean
_skup_status_holds_seat (const char *status)
{
  return g_strcmp0 (status, "registered") == 0 || g_strcmp0 (status, "confirmed") == 0;
}

/* The event's capacity: its own, else its room's, else none (0). */
static const char seats_sql[] =
  "SELECT CASE WHEN e.capacity > 0 THEN e.capacity "
  "ELSE coalesce ((SELECT r.capacity FROM rooms r WHERE r.id = e.room_id), 0) END, "
  "(SELECT count(*) FROM registrations g WHERE g.event_id = e.id "
  "AND g.status IN ('registered', 'confirmed')), "
  "(SELECT count(*) FROM registrations g WHERE g.event_id = e.id AND g.status = 'waitlisted') "
  "FROM events e WHERE e.id = ?1";

static gboolean
read_seats (SkupStore      *self,
            gint64          event_id,
            SkupEventSeats *out,
            GError        **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, seats_sql, error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, event_id);
  switch (skup_stmt_step (stmt, error))
    {
    case SKUP_STEP_ROW:
      out->capacity = (guint) skup_stmt_column_int (stmt, 0);
      out->taken = (guint) skup_stmt_column_int (stmt, 1);
      out->waitlisted = (guint) skup_stmt_column_int (stmt, 2);
      return TRUE;
    case SKUP_STEP_DONE:
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, event_id);

        /* Translators: %s is an event's number */
        skup_set_field_error (error, SKUP_ERROR_INVALID, "event-id",
                              _("There is no event with the ID %s."), number);
      }
      return FALSE;
    case SKUP_STEP_ERROR:
    default:
      return FALSE;
    }
}

static gboolean
has_seat (const SkupEventSeats *seats)
{
  return seats->capacity == 0 || seats->taken < seats->capacity;
}

/**
 * skup_store_count_seats:
 *
 * How many seats @event_id has, holds and how many wait for one.
 */
gboolean
skup_store_count_seats (SkupStore       *self,
                        gint64           event_id,
                        SkupEventSeats  *out_seats,
                        GError         **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_seats != NULL, FALSE);

  return read_seats (self, event_id, out_seats, error);
}

gboolean
_skup_store_log_status (SkupStore   *self,
                        gint64       registration_id,
                        const char  *status,
                        const char  *stamp,
                        GError     **error)
{
  g_autofree char *who = skup_store_dup_user_name (self);
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db,
                                              "INSERT INTO registration_history "
                                              "(registration_id, status, changed_at, changed_by) "
                                              "VALUES (?1, ?2, ?3, ?4)", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, registration_id);
  skup_stmt_bind_text (stmt, 2, status);
  skup_stmt_bind_text (stmt, 3, stamp);
  skup_stmt_bind_text (stmt, 4, who);
  return skup_stmt_run (stmt, error);
}

static gboolean
person_exists (SkupStore  *self,
               gint64      person_id,
               GError    **error)
{
  gint64 n = 0;

  if (!_skup_store_query_int (self, "SELECT count(*) FROM people WHERE id = ?1", person_id, 0,
                              &n, error))
    return FALSE;
  if (n == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);

      /* Translators: %s is a person's number */
      skup_set_field_error (error, SKUP_ERROR_INVALID, "person-id",
                            _("There is no person with the ID %s."), number);
    }
  return n > 0;
}

/* Writes one new registration (the write lock held) with its first history entry. */
gboolean
_skup_store_insert_registration (SkupStore   *self,
                                 gint64       event_id,
                                 gint64       person_id,
                                 const char  *role,
                                 const char  *status,
                                 gint64      *out_id,
                                 GError     **error)
{
  g_autoptr(SkupRegistration) reg = skup_registration_new ();
  SkupRecord *record = SKUP_RECORD (reg);
  g_autofree char *stamp = _skup_store_now_stamp ();

  skup_record_set_int (record, "event-id", event_id);
  skup_record_set_int (record, "person-id", person_id);
  skup_record_set_string (record, "role", role ? role : "participant");
  skup_record_set_string (record, "status", status);
  skup_record_set_string (record, "registered-at", stamp);
  skup_record_set_string (record, "status-changed-at", stamp);
  if (!skup_record_validate (record, error) || !_skup_store_save_locked (self, record, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = skup_record_get_id (record);
  return _skup_store_log_status (self, skup_record_get_id (record), status, stamp, error);
}

/* The registration of @person_id at @event_id, 0 for none. */
static gboolean
find_registration (SkupStore  *self,
                   gint64      event_id,
                   gint64      person_id,
                   gint64     *out_id,
                   GError    **error)
{
  return _skup_store_query_int (self, "SELECT id FROM registrations WHERE event_id = ?1 "
                                      "AND person_id = ?2", event_id, person_id, out_id, error);
}

static gboolean
read_withdrawn (SkupStore  *self,
                gint64      registration_id,
                gboolean   *out_withdrawn,
                GError    **error)
{
  gint64 n = 0;

  if (!_skup_store_query_int (self, "SELECT count(*) FROM registrations WHERE id = ?1 AND "
                                    "status IN ('cancelled', 'declined')", registration_id, 0,
                              &n, error))
    return FALSE;
  *out_withdrawn = n > 0;
  return TRUE;
}

static gboolean
write_status (SkupStore   *self,
              gint64       registration_id,
              const char  *status,
              GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autoptr(SkupStmt) upd = skup_db_prepare (self->db, "UPDATE registrations SET status = ?2, "
                                                       "status_changed_at = ?3, updated_at = ?3 "
                                                       "WHERE id = ?1", error);

  if (upd == NULL)
    return FALSE;
  skup_stmt_bind_int (upd, 1, registration_id);
  skup_stmt_bind_text (upd, 2, status);
  skup_stmt_bind_text (upd, 3, stamp);
  return skup_stmt_run (upd, error)
         && _skup_store_log_status (self, registration_id, status, stamp, error);
}

/* One person, the write lock held: registered while there are seats, else waitlisted (or the
 * @status given, kept as it is: records from elsewhere). */
static gboolean
register_locked (SkupStore            *self,
                 gint64                event_id,
                 gint64                person_id,
                 const char           *role,
                 const char           *status,
                 SkupEventSeats       *seats,
                 SkupRegisterSummary  *summary,
                 GError              **error)
{
  gint64 existing = 0, id = 0;

  if (!person_exists (self, person_id, error)
      || !find_registration (self, event_id, person_id, &existing, error))
    return FALSE;
  if (existing != 0)
    {
      gboolean withdrawn = FALSE;

      if (!read_withdrawn (self, existing, &withdrawn, error))
        return FALSE;
      if (!withdrawn)
        {
          summary->already++;
          return TRUE;
        }
    }
  if (status == NULL)
    status = has_seat (seats) ? "registered" : "waitlisted";
  if (existing != 0)
    {
      /* Someone who had cancelled and is added again comes back, as a new registration
       * would, with the change in their history. */
      id = existing;
      if (!write_status (self, id, status, error))
        return FALSE;
    }
  else if (!_skup_store_insert_registration (self, event_id, person_id, role, status, &id,
                                             error))
    return FALSE;
  if (_skup_status_holds_seat (status))
    seats->taken++;
  if (g_str_equal (status, "waitlisted"))
    summary->waitlisted++;
  else
    summary->registered++;
  g_array_append_val (summary->ids, id);
  return TRUE;
}

static gboolean
register_people_locked (SkupStore            *self,
                        gint64                event_id,
                        const gint64         *person_ids,
                        guint                 n_people,
                        const char           *role,
                        const char           *status,
                        SkupRegisterSummary  *summary,
                        GError              **error)
{
  SkupEventSeats seats;

  if (!read_seats (self, event_id, &seats, error))
    return FALSE;
  for (guint i = 0; i < n_people; i++)
    if (!register_locked (self, event_id, person_ids[i], role, status, &seats, summary, error))
      return FALSE;
  return TRUE;
}

static gboolean
finish_registering (SkupStore            *self,
                    gboolean              ok,
                    gint64                event_id,
                    SkupRegisterSummary  *summary,
                    SkupRegisterSummary  *out_summary,
                    GError              **error)
{
  if (!_skup_store_end_write (self, ok, error))
    {
      skup_register_summary_clear (summary);
      return FALSE;
    }
  if (summary->ids->len > 0)
    _skup_store_emit_changed (self, "registration", event_id);
  if (out_summary != NULL)
    *out_summary = *summary;
  else
    skup_register_summary_clear (summary);
  return TRUE;
}

/**
 * skup_store_register_people:
 * @out_summary: (out) (optional): what happened; clear it with skup_register_summary_clear()
 */
gboolean
skup_store_register_people (SkupStore            *self,
                            gint64                event_id,
                            const gint64         *person_ids,
                            guint                 n_people,
                            const char           *role,
                            SkupRegisterSummary  *out_summary,
                            GError              **error)
{
  SkupRegisterSummary summary = { 0, 0, 0, g_array_new (FALSE, FALSE, sizeof (gint64)) };
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!_skup_store_begin_write (self, error))
    {
      skup_register_summary_clear (&summary);
      return FALSE;
    }
  ok = register_people_locked (self, event_id, person_ids, n_people, role, NULL, &summary,
                               error);
  return finish_registering (self, ok, event_id, &summary, out_summary, error);
}

/**
 * skup_store_register:
 * @status: (nullable): %NULL to let the seats decide (registered, else waitlisted); a status
 *   given is kept as it is (the sample register, imports of what happened elsewhere)
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
  SkupRegisterSummary summary = { 0, 0, 0, g_array_new (FALSE, FALSE, sizeof (gint64)) };
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!_skup_store_begin_write (self, error))
    {
      skup_register_summary_clear (&summary);
      return FALSE;
    }
  ok = register_people_locked (self, event_id, &person_id, 1, role, status, &summary, error);
  if (ok && summary.already > 0)
    {
      skup_set_field_error (error, SKUP_ERROR_DUPLICATE, "person-id",
                            _("This person is registered for the event already."));
      ok = FALSE;
    }
  if (!finish_registering (self, ok, event_id, &summary, &summary, error))
    return FALSE;
  if (out_registration_id != NULL)
    *out_registration_id = g_array_index (summary.ids, gint64, 0);
  skup_register_summary_clear (&summary);
  return TRUE;
}

/* Who of @event_id would come again: everyone but those who cancelled or declined. */
static gboolean
read_participants (SkupStore  *self,
                   gint64      event_id,
                   GArray     *person_ids,
                   GPtrArray  *roles,
                   GError    **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db,
                                              "SELECT r.person_id, r.role FROM registrations r "
                                              "JOIN people p ON p.id = r.person_id "
                                              "WHERE r.event_id = ?1 AND r.status NOT IN "
                                              "('cancelled', 'declined') "
                                              "ORDER BY p.sort_key, p.id", error);
  SkupStep step;

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, event_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      gint64 id = skup_stmt_column_int (stmt, 0);

      g_array_append_val (person_ids, id);
      g_ptr_array_add (roles, g_strdup (skup_stmt_column_text (stmt, 1)));
    }
  return step == SKUP_STEP_DONE;
}

static gboolean
copy_participants_locked (SkupStore            *self,
                          gint64                from_event_id,
                          gint64                to_event_id,
                          SkupRegisterSummary  *summary,
                          GError              **error)
{
  g_autoptr(GArray) person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_free);
  SkupEventSeats seats;

  if (!read_seats (self, from_event_id, &seats, error)
      || !read_seats (self, to_event_id, &seats, error)
      || !read_participants (self, from_event_id, person_ids, roles, error))
    return FALSE;
  for (guint i = 0; i < person_ids->len; i++)
    if (!register_locked (self, to_event_id, g_array_index (person_ids, gint64, i),
                          g_ptr_array_index (roles, i), NULL, &seats, summary, error))
      return FALSE;
  return TRUE;
}

/**
 * skup_store_copy_participants:
 * @out_summary: (out) (optional): what happened; clear it with skup_register_summary_clear()
 */
gboolean
skup_store_copy_participants (SkupStore            *self,
                              gint64                from_event_id,
                              gint64                to_event_id,
                              SkupRegisterSummary  *out_summary,
                              GError              **error)
{
  SkupRegisterSummary summary = { 0, 0, 0, g_array_new (FALSE, FALSE, sizeof (gint64)) };
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!_skup_store_begin_write (self, error))
    {
      skup_register_summary_clear (&summary);
      return FALSE;
    }
  ok = copy_participants_locked (self, from_event_id, to_event_id, &summary, error);
  return finish_registering (self, ok, to_event_id, &summary, out_summary, error);
}

/* Gives a seat freed at @event_id to the first who waits for one, if a seat is free. */
gboolean
_skup_store_promote_waiting (SkupStore  *self,
                             gint64      event_id,
                             gint64     *out_promoted_id,
                             GError    **error)
{
  SkupEventSeats seats;
  gint64 first = 0;

  *out_promoted_id = 0;
  if (!read_seats (self, event_id, &seats, error))
    return FALSE;
  if (!has_seat (&seats) || seats.waitlisted == 0)
    return TRUE;
  if (!_skup_store_query_int (self, "SELECT id FROM registrations WHERE event_id = ?1 AND "
                                    "status = 'waitlisted' ORDER BY registered_at, id LIMIT 1",
                              event_id, 0, &first, error))
    return FALSE;
  if (!write_status (self, first, "registered", error))
    return FALSE;
  *out_promoted_id = first;
  _skup_store_queue_promoted (self, first);
  return TRUE;
}

typedef struct {
  gint64  event_id;
  char   *status;
} RegistrationState;

static gboolean
read_state (SkupStore          *self,
            gint64              registration_id,
            RegistrationState  *out,
            GError            **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, "SELECT event_id, status FROM "
                                                        "registrations WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, registration_id);
  switch (skup_stmt_step (stmt, error))
    {
    case SKUP_STEP_ROW:
      out->event_id = skup_stmt_column_int (stmt, 0);
      out->status = g_strdup (skup_stmt_column_text (stmt, 1));
      return TRUE;
    case SKUP_STEP_DONE:
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                   _("That registration does not exist any more."));
      return FALSE;
    case SKUP_STEP_ERROR:
    default:
      return FALSE;
    }
}

static gboolean
set_status_locked (SkupStore   *self,
                   gint64       registration_id,
                   const char  *status,
                   gint64      *out_promoted_id,
                   GError     **error)
{
  RegistrationState state = { 0, NULL };
  g_autofree char *old = NULL;
  SkupEventSeats seats;

  if (!read_state (self, registration_id, &state, error))
    return FALSE;
  old = state.status;
  if (g_strcmp0 (old, status) == 0)
    return TRUE;
  if (!_skup_status_holds_seat (old) && _skup_status_holds_seat (status))
    {
      if (!read_seats (self, state.event_id, &seats, error))
        return FALSE;
      if (!has_seat (&seats))
        {
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_FULL,
                       _("The event is full: all %u seats are taken. Raise its capacity, or "
                         "wait until someone cancels."), seats.capacity);
          return FALSE;
        }
    }
  if (!write_status (self, registration_id, status, error))
    return FALSE;
  if (_skup_status_holds_seat (old) && !_skup_status_holds_seat (status))
    return _skup_store_promote_waiting (self, state.event_id, out_promoted_id, error);
  return TRUE;
}

gboolean
skup_store_set_registration_status (SkupStore   *self,
                                    gint64       registration_id,
                                    const char  *status,
                                    gint64      *out_promoted_id,
                                    GError     **error)
{
  g_autoptr(SkupRecord) check = NULL;
  gint64 promoted = 0;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  /* The vocabulary is the record's: a wrong status is a field error, as in a form. */
  check = skup_record_new_for_type (SKUP_TYPE_REGISTRATION);
  skup_record_set_int (check, "event-id", 1);
  skup_record_set_int (check, "person-id", 1);
  skup_record_set_string (check, "status", status);
  if (!skup_record_validate (check, error) || !_skup_store_begin_write (self, error))
    return FALSE;
  if (!_skup_store_end_write (self, set_status_locked (self, registration_id, status, &promoted,
                                                       error), error))
    return FALSE;
  if (out_promoted_id != NULL)
    *out_promoted_id = promoted;
  _skup_store_emit_changed (self, "registration", registration_id);
  return TRUE;
}

gboolean
skup_store_set_registration_role (SkupStore   *self,
                                  gint64       registration_id,
                                  const char  *role,
                                  GError     **error)
{
  g_autoptr(SkupRecord) reg = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  reg = skup_store_load (self, SKUP_TYPE_REGISTRATION, registration_id, error);
  if (reg == NULL)
    return FALSE;
  skup_record_set_string (reg, "role", role);
  return skup_store_save (self, reg, error);
}

GPtrArray *
skup_store_list_status_history (SkupStore  *self,
                                gint64      registration_id,
                                GError    **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_status_change_free);
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = skup_db_prepare (self->db, "SELECT status, changed_at, changed_by FROM "
                                    "registration_history WHERE registration_id = ?1 ORDER BY id",
                          error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, registration_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      SkupStatusChange *change = g_new0 (SkupStatusChange, 1);

      change->status = g_strdup (skup_stmt_column_text (stmt, 0));
      change->changed_at = g_strdup (skup_stmt_column_text (stmt, 1));
      change->changed_by = g_strdup (skup_stmt_column_text (stmt, 2));
      g_ptr_array_add (out, change);
    }
  return step == SKUP_STEP_DONE ? g_steal_pointer (&out) : NULL;
}
