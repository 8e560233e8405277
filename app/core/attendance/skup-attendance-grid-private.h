/* skup-attendance-grid-private.h — what check-in tells the grid it wrote
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-attendance-grid.h"

G_BEGIN_DECLS

/* Takes a mark the store has just written into the grid, and emits ::changed. */
void _skup_attendance_grid_take_mark (SkupAttendanceGrid *self,
                                      guint               row,
                                      guint               column,
                                      SkupMark            mark,
                                      const char         *time);

G_END_DECLS
