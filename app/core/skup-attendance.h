/* skup-attendance.h — attendance records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ATTENDANCE (skup_attendance_get_type ())
G_DECLARE_FINAL_TYPE (SkupAttendance, skup_attendance, SKUP, ATTENDANCE, SkupRecord)

SkupAttendance *skup_attendance_new (void);

G_END_DECLS
