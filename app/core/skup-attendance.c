/* skup-attendance.c — attendance records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-attendance.h"
#include "skup-choices.h"
#include "skup-error.h"
#include "skup-registration.h"
#include "skup-session.h"

struct _SkupAttendance
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupAttendance, skup_attendance, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "registration-id", "registration_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Registration"), NULL, NULL, skup_registration_get_type },
  { "session-id", "session_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Session"), NULL, NULL, skup_session_get_type },
  { "status", "status", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Attendance"), SKUP_CHOICES_ATTENDANCE_STATUS },
  { "check-in-time", "check_in_time", SKUP_FIELD_TIME, 0, N_("Check-in time"), NULL },
  { "note", "note", SKUP_FIELD_TEXT, 0, N_("Note"), NULL },
};

static const SkupKind kind = { N_("Attendance"), NULL, NULL };

static void
skup_attendance_class_init (SkupAttendanceClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "attendance", "attendance", "t.id",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
}

static void
skup_attendance_init (SkupAttendance *self)
{
}

SkupAttendance *
skup_attendance_new (void)
{
  return g_object_new (SKUP_TYPE_ATTENDANCE, NULL);
}
