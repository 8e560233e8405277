/* skup-store-rules.c — validation that needs the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-organisation.h"
#include "skup-registration.h"
#include "skup-session.h"
#include "skup-store-private.h"
#include "skup-text.h"

/* These run inside the save's write transaction: on a shared register another organiser
 * cannot delete the chosen venue or register the same person between the check and the
 * write. A read error fails the save; it never reads as "nothing found". */

static gboolean
check_reference (SkupStore        *self,
                 SkupRecord       *record,
                 const SkupField  *field,
                 GError          **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GTypeClass) target = NULL;
  gint64 ref = skup_record_get_int (record, field->name);
  gint64 n = 0;

  if (ref <= 0)
    return TRUE;
  /* The table comes from our own record classes, never from user input. */
  target = g_type_class_ref (field->ref ());
  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE id = ?1",
                         SKUP_RECORD_CLASS (target)->table);
  if (!_skup_store_query_int (self, sql, ref, 0, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;

  skup_set_field_error (error, SKUP_ERROR_INVALID, field->name,
                        _("%s: the chosen record no longer exists. Choose another."),
                        g_dgettext (GETTEXT_PACKAGE, field->label));
  return FALSE;
}

/* Runs @stmt; TRUE in @found if it gave a row (left current for the caller to read). */
static gboolean
step_found (SkupStmt  *stmt,
            gboolean  *found,
            GError   **error)
{
  SkupStep step = skup_stmt_step (stmt, error);

  *found = step == SKUP_STEP_ROW;
  return step != SKUP_STEP_ERROR;
}

static gboolean
check_unique_organisation (SkupStore   *self,
                           SkupRecord  *record,
                           GError     **error)
{
  g_autofree char *key = skup_record_dup_sort_key (record);
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "SELECT id, name FROM organisations WHERE sort_key = ?1 "
                               "AND id <> ?2", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_text (stmt, 1, key ? key : "");
  skup_stmt_bind_int (stmt, 2, skup_record_get_id (record));
  if (!step_found (stmt, &found, error))
    return FALSE;
  if (!found)
    return TRUE;

  skup_set_field_error (error, SKUP_ERROR_DUPLICATE, "name",
                        _("“%s” is already in the register. Use that organisation instead."),
                        skup_stmt_column_text (stmt, 1));
  return FALSE;
}

static gboolean
check_room_in_venue (SkupStore   *self,
                     SkupRecord  *record,
                     gint64       venue_id,
                     GError     **error)
{
  gint64 room = skup_record_get_int (record, "room-id");
  gint64 n = 0;

  if (room <= 0)
    return TRUE;
  if (venue_id <= 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "room-id",
                            _("Choose the venue first: the room must be one of its rooms."));
      return FALSE;
    }
  if (!_skup_store_query_int (self, "SELECT count(*) FROM rooms WHERE id = ?1 AND venue_id = ?2",
                              room, venue_id, &n, error))
    return FALSE;
  if (n > 0)
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
  g_autoptr(SkupStmt) stmt = NULL;
  const char *start = skup_record_get_string (event, "start-date");
  g_autofree char *stranded = NULL;
  gboolean found;
  gboolean before;

  if (skup_record_get_id (event) == 0)
    return TRUE;

  /* Moving an event must not strand sessions (and their attendance) outside it. */
  stmt = skup_db_prepare (self->db,
                          "SELECT min(date), max(date) FROM sessions WHERE event_id = ?1 "
                          "AND (date < ?2 OR date > ?3)", error);
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, skup_record_get_id (event));
  skup_stmt_bind_text (stmt, 2, start);
  skup_stmt_bind_text (stmt, 3, skup_record_get_string (event, "end-date"));
  if (!step_found (stmt, &found, error))
    return FALSE;
  if (!found || skup_stmt_column_is_null (stmt, 0))
    return TRUE;

  before = g_strcmp0 (skup_stmt_column_text (stmt, 0), start) < 0;
  stranded = skup_text_format_date (skup_stmt_column_text (stmt, before ? 0 : 1));
  skup_set_field_error (error, SKUP_ERROR_INVALID, before ? "start-date" : "end-date",
                        _("The event has a session on %s, outside these dates. Move or "
                          "delete that session first."), stranded);
  return FALSE;
}

static gboolean
check_session (SkupStore   *self,
               SkupRecord  *session,
               GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (self, SKUP_TYPE_EVENT,
                                                 skup_record_get_int (session, "event-id"),
                                                 &local);
  const char *date = skup_record_get_string (session, "date");
  g_autofree char *dates = NULL;

  if (event == NULL)
    {
      /* A missing event is check_reference()'s to tell; a read error is ours. */
      if (g_error_matches (local, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (g_strcmp0 (date, skup_record_get_string (event, "start-date")) < 0
      || g_strcmp0 (date, skup_record_get_string (event, "end-date")) > 0)
    {
      dates = skup_text_format_date_range (skup_record_get_string (event, "start-date"),
                                           skup_record_get_string (event, "end-date"));
      skup_set_field_error (error, SKUP_ERROR_INVALID, "date",
                            _("The session must be within the event’s dates (%s)."), dates);
      return FALSE;
    }
  return check_room_in_venue (self, session, skup_record_get_int (event, "venue-id"), error);
}

/* Looks for another row like @record by @sql (?1 …, last ?N the record's own id); if one
 * exists, fails with a duplicate error at @field. */
static gboolean
check_no_other (SkupStore   *self,
                SkupStmt    *stmt,
                const char  *field,
                const char  *message,
                GError     **error)
{
  gboolean found;

  if (!step_found (stmt, &found, error))
    return FALSE;
  if (!found)
    return TRUE;
  skup_set_field_error (error, SKUP_ERROR_DUPLICATE, field, "%s", message);
  return FALSE;
}

static gboolean
check_registration (SkupStore   *self,
                    SkupRecord  *reg,
                    GError     **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "SELECT id FROM registrations WHERE event_id = ?1 "
                               "AND person_id = ?2 AND id <> ?3", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, skup_record_get_int (reg, "event-id"));
  skup_stmt_bind_int (stmt, 2, skup_record_get_int (reg, "person-id"));
  skup_stmt_bind_int (stmt, 3, skup_record_get_id (reg));
  return check_no_other (self, stmt, "person-id",
                         _("This person is already registered for the event."), error);
}

static gboolean
check_event_organisation (SkupStore   *self,
                          SkupRecord  *link,
                          GError     **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "SELECT id FROM event_organisations WHERE event_id = ?1 "
                               "AND organisation_id = ?2 AND role = ?3 AND id <> ?4", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, skup_record_get_int (link, "event-id"));
  skup_stmt_bind_int (stmt, 2, skup_record_get_int (link, "organisation-id"));
  skup_stmt_bind_text (stmt, 3, skup_record_get_string (link, "role"));
  skup_stmt_bind_int (stmt, 4, skup_record_get_id (link));
  return check_no_other (self, stmt, "organisation-id",
                         _("The organisation already has this role in the event."), error);
}

gboolean
_skup_store_check_with_database (SkupStore   *self,
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
           && check_room_in_venue (self, record, skup_record_get_int (record, "venue-id"), error);
  if (SKUP_IS_SESSION (record))
    return check_session (self, record, error);
  if (SKUP_IS_REGISTRATION (record))
    return check_registration (self, record, error);
  if (SKUP_IS_EVENT_ORGANISATION (record))
    return check_event_organisation (self, record, error);
  return TRUE;
}
