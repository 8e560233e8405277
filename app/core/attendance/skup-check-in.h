/* skup-check-in.h — checking people in at the door, one name at a time
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-attendance-grid.h"

G_BEGIN_DECLS

/**
 * SkupCheckInOutcome:
 * @SKUP_CHECK_IN_MARKED: the person is now marked present
 * @SKUP_CHECK_IN_ALREADY: they were checked in before; nothing changed
 * @SKUP_CHECK_IN_NO_MATCH: nobody registered matches what was typed
 * @SKUP_CHECK_IN_AMBIGUOUS: several people match; nothing changed (pick one)
 */
typedef enum {
  SKUP_CHECK_IN_MARKED,
  SKUP_CHECK_IN_ALREADY,
  SKUP_CHECK_IN_NO_MATCH,
  SKUP_CHECK_IN_AMBIGUOUS,
} SkupCheckInOutcome;

#define SKUP_TYPE_CHECK_IN (skup_check_in_get_type ())
G_DECLARE_FINAL_TYPE (SkupCheckIn, skup_check_in, SKUP, CHECK_IN, GObject)

/* Check-in at @column of @grid (see skup_attendance_grid_find_today()). */
SkupCheckIn    *skup_check_in_new           (SkupAttendanceGrid *grid,
                                             guint               column);
SkupAttendanceGrid *skup_check_in_get_grid  (SkupCheckIn        *self);
guint           skup_check_in_get_column    (SkupCheckIn        *self);
/* Rows of the grid whose name (either script, any order of the words, each word a prefix)
 * matches @text, best first: whole-word matches, then prefixes; at most @limit.
 * (element-type guint) */
GArray         *skup_check_in_find          (SkupCheckIn        *self,
                                             const char         *text,
                                             guint               limit);
/* Enter in the search field: if @text matches one person, or one person's whole name,
 * checks them in. @out_row gets the row concerned (MARKED, ALREADY), else -1. */
SkupCheckInOutcome skup_check_in_enter      (SkupCheckIn        *self,
                                             const char         *text,
                                             int                *out_row,
                                             GError            **error);
/* Checks in one row (picked from the matches), with the time now. */
SkupCheckInOutcome skup_check_in_mark       (SkupCheckIn        *self,
                                             guint               row,
                                             GError            **error);
/* Someone not registered: creates them from @given_name and @family_name, registers and
 * marks them, in one step. Returns their row, or -1 with @error set. */
int             skup_check_in_walk_in       (SkupCheckIn        *self,
                                             const char         *given_name,
                                             const char         *family_name,
                                             GError            **error);
/* Splits what was typed into a given and a family name ("Ana Marija Petrović" → "Ana
 * Marija", "Petrović"); FALSE for fewer than two words. */
gboolean        skup_check_in_split_name    (const char         *text,
                                             char              **out_given,
                                             char              **out_family);
/* TRUE while there is a check-in to undo. */
gboolean        skup_check_in_can_undo      (SkupCheckIn        *self);
/* Undoes the last check-in: the person's mark goes back to what it was; a walk-in's person
 * and registration are removed again. @out_name gets whose check-in it was. */
gboolean        skup_check_in_undo          (SkupCheckIn        *self,
                                             char              **out_name,
                                             GError            **error);
/* How many are here (attended the session) and how many are expected (the grid's rows). */
guint           skup_check_in_get_here      (SkupCheckIn        *self);
guint           skup_check_in_get_expected  (SkupCheckIn        *self);

/* ::changed: a check-in, a walk-in or an undo happened (counts and undo changed). */

G_END_DECLS
