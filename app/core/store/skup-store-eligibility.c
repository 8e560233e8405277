/* skup-store-eligibility.c — verdicts on certificates given by hand, kept as a log
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who may be given a certificate follows from the event's rule and the attendance taken (see
 * skup-eligibility.c); an organiser may decide otherwise for one person (a trainee who was
 * ill with a doctor's note; someone who signed but left at once). Such a verdict is evidence
 * a donor or an accreditation body may ask about, so it is never edited or deleted: every
 * change adds a row to eligibility_overrides with its reason, who made it and when, and the
 * latest row of a registration is the verdict in force (a row with no verdict lifts it).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-store-private.h"

#define OVERRIDE_COLUMNS "o.registration_id, o.eligible, o.reason, o.changed_by, o.changed_at"

void
skup_override_free (SkupOverride *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->reason);
  g_free (entry->changed_by);
  g_free (entry->changed_at);
  g_free (entry);
}

/* The reason with the white space around it taken off, or NULL (and @error set) if nothing
 * is left: a verdict by hand must say why. */
static char *
dup_reason (const char  *reason,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (*stripped != '\0')
    return g_steal_pointer (&stripped);
  skup_set_field_error (error, SKUP_ERROR_INVALID, "reason",
                        _("Say why the verdict is given by hand."));
  return NULL;
}

/* Inside the write transaction, so the registration cannot go between the check and the
 * write; a clear message rather than a refused foreign key. */
static gboolean
check_registration_locked (SkupStore  *self,
                           gint64      registration_id,
                           GError    **error)
{
  g_autofree char *id = NULL;
  gint64 n = 0;

  if (!_skup_store_query_int (self, "SELECT count(*) FROM registrations WHERE id = ?1",
                              registration_id, 0, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, registration_id);
  /* Translators: %s is a registration's id number */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
               _("There is no registration with the id %s."), id);
  return FALSE;
}

static gboolean
add_override_locked (SkupStore   *self,
                     gint64       registration_id,
                     int          eligible,
                     const char  *reason,
                     GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autofree char *who = skup_store_dup_user_name (self);
  g_autoptr(SkupStmt) stmt = NULL;

  if (!check_registration_locked (self, registration_id, error))
    return FALSE;
  stmt = skup_db_prepare (self->db,
                          "INSERT INTO eligibility_overrides (registration_id, eligible, reason, "
                          "changed_by, changed_at, created_at, updated_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, registration_id);
  if (eligible < 0)
    skup_stmt_bind_null (stmt, 2);
  else
    skup_stmt_bind_int (stmt, 2, eligible);
  skup_stmt_bind_text (stmt, 3, reason);
  skup_stmt_bind_text (stmt, 4, who);
  skup_stmt_bind_text (stmt, 5, stamp);
  return skup_stmt_run (stmt, error);
}

/**
 * skup_store_override_eligibility:
 * @registration_id: the registration
 * @eligible: 1 eligible, 0 not eligible, -1 back to the event's rule
 * @reason: why (required: %SKUP_ERROR_INVALID at the field "reason" when blank)
 *
 * Logs a verdict given by hand, with who gave it and when. An unknown registration fails
 * with %SKUP_ERROR_NOT_FOUND. Pages of the event hear of it (::changed, "registration").
 */
gboolean
skup_store_override_eligibility (SkupStore   *self,
                                 gint64       registration_id,
                                 int          eligible,
                                 const char  *reason,
                                 GError     **error)
{
  g_autofree char *kept = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (eligible >= -1 && eligible <= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kept = dup_reason (reason, error);
  if (kept == NULL || !_skup_store_begin_write (self, error))
    return FALSE;
  if (!_skup_store_end_write (self, add_override_locked (self, registration_id, eligible, kept,
                                                         error),
                              error))
    return FALSE;
  _skup_store_emit_changed (self, "registration", registration_id);
  return TRUE;
}

static SkupOverride *
read_override (SkupStmt *stmt)
{
  SkupOverride *entry = g_new0 (SkupOverride, 1);

  entry->registration_id = skup_stmt_column_int (stmt, 0);
  entry->eligible = skup_stmt_column_is_null (stmt, 1) ? -1
                    : (int) (skup_stmt_column_int (stmt, 1) != 0);
  entry->reason = g_strdup (skup_stmt_column_text (stmt, 2));
  entry->changed_by = g_strdup (skup_stmt_column_text (stmt, 3));
  entry->changed_at = g_strdup (skup_stmt_column_text (stmt, 4));
  return entry;
}

/* Runs @sql with @id bound at ?1 and reads its rows as SkupOverride. */
static GPtrArray *
list_overrides (SkupStore   *self,
                const char  *sql,
                gint64       id,
                GError     **error)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) skup_override_free);
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);
  SkupStep step;

  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    g_ptr_array_add (entries, read_override (stmt));
  return step == SKUP_STEP_DONE ? g_steal_pointer (&entries) : NULL;
}

/**
 * skup_store_list_overrides:
 * @registration_id: the registration
 *
 * Returns: (transfer full) (element-type SkupOverride): the log of @registration_id, oldest
 *   first (empty if it has none), or %NULL on a read error
 */
GPtrArray *
skup_store_list_overrides (SkupStore  *self,
                           gint64      registration_id,
                           GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  return list_overrides (self,
                         "SELECT " OVERRIDE_COLUMNS " FROM eligibility_overrides o "
                         "WHERE o.registration_id = ?1 ORDER BY o.id", registration_id, error);
}

/**
 * skup_store_list_event_overrides:
 * @event_id: the event
 *
 * The latest row of each registration of @event_id that has a log, unless it lifted the
 * verdict, in one query.
 *
 * Returns: (transfer full) (element-type SkupOverride): the verdicts in force, by
 *   registration, or %NULL on a read error
 */
GPtrArray *
skup_store_list_event_overrides (SkupStore  *self,
                                 gint64      event_id,
                                 GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  /* Rows are only ever added, so the latest has the largest id. */
  return list_overrides (self,
                         "SELECT " OVERRIDE_COLUMNS " FROM eligibility_overrides o "
                         "JOIN registrations r ON r.id = o.registration_id "
                         "WHERE r.event_id = ?1 AND o.eligible IS NOT NULL "
                         "AND o.id = (SELECT max(l.id) FROM eligibility_overrides l "
                         "WHERE l.registration_id = o.registration_id) "
                         "ORDER BY o.registration_id", event_id, error);
}

/**
 * skup_store_list_event_override_log:
 * @event_id: the event
 *
 * Every row of the logs of @event_id's registrations, lifts included, in one query: what the
 * event's page shows beside each person.
 *
 * Returns: (transfer full) (element-type SkupOverride): by registration, each oldest first,
 *   or %NULL on a read error
 */
GPtrArray *
skup_store_list_event_override_log (SkupStore  *self,
                                    gint64      event_id,
                                    GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  return list_overrides (self,
                         "SELECT " OVERRIDE_COLUMNS " FROM eligibility_overrides o "
                         "JOIN registrations r ON r.id = o.registration_id "
                         "WHERE r.event_id = ?1 ORDER BY o.registration_id, o.id",
                         event_id, error);
}
