/* skup-attendance.c — attendance records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-attendance.h"

struct _SkupAttendance
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupAttendance, skup_attendance, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "registration-id", "registration_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Registration"), "registrations" },
  { "session-id", "session_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Session"), "sessions" },
  { "status", "status", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Attendance"), SKUP_CHOICES_ATTENDANCE_STATUS },
  { "check-in-time", "check_in_time", SKUP_FIELD_TIME, 0, N_("Check-in time"), NULL },
  { "note", "note", SKUP_FIELD_TEXT, 0, N_("Note"), NULL },
};

static void
skup_attendance_class_init (SkupAttendanceClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "attendance", "attendance", "t.id",
                                    fields, G_N_ELEMENTS (fields));
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
