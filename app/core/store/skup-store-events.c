/* skup-store-events.c — events: one attendance record, organisers
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-attendance.h"
#include "skup-error.h"
#include "skup-event-organisation.h"
#include "skup-registration.h"
#include "skup-store-private.h"

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
  g_autoptr(SkupRecord) check = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  check = skup_record_new_for_type (SKUP_TYPE_ATTENDANCE);
  skup_record_set_int (check, "registration-id", registration_id);
  skup_record_set_int (check, "session-id", session_id);
  skup_record_set_string (check, "status", status);
  skup_record_set_string (check, "check-in-time", check_in_time);
  if (!skup_record_validate (check, error) || !_skup_store_begin_write (self, error))
    return FALSE;
  if (!_skup_store_end_write (self, _skup_store_write_mark (self, registration_id, session_id,
                                                            skup_mark_from_nick (status),
                                                            check_in_time, error), error))
    return FALSE;

  _skup_store_emit_changed (self, "attendance", registration_id);
  return TRUE;
}

gboolean
skup_store_add_event_organisation (SkupStore   *self,
                                   gint64       event_id,
                                   gint64       organisation_id,
                                   const char  *role,
                                   GError     **error)
{
  g_autoptr(SkupEventOrganisation) link = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  link = skup_event_organisation_new ();
  skup_record_set_int (SKUP_RECORD (link), "event-id", event_id);
  skup_record_set_int (SKUP_RECORD (link), "organisation-id", organisation_id);
  skup_record_set_string (SKUP_RECORD (link), "role", role);
  return skup_store_save (self, SKUP_RECORD (link), error);
}
