/* skup-check-in-window.h — checking people in at the door, one name at a time
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-context.h"
#include "core/attendance/skup-check-in.h"

G_BEGIN_DECLS

#define SKUP_TYPE_CHECK_IN_WINDOW (skup_check_in_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupCheckInWindow, skup_check_in_window, SKUP, CHECK_IN_WINDOW, AdwWindow)

/* Actions: check-in.walk-in (Ctrl+Enter: registers what was typed as a walk-in),
 * check-in.undo (Ctrl+Z: the last check-in). */
SkupCheckInWindow *skup_check_in_window_new        (GtkWindow         *parent,
                                                    SkupContext       *context,
                                                    gint64             event_id);
gint64             skup_check_in_window_get_event_id (SkupCheckInWindow *self);
/* (nullable): the check-in of the session chosen; NULL while the event has no session. */
SkupCheckIn       *skup_check_in_window_get_check_in (SkupCheckInWindow *self);
/* What the window shows: the running count ("34 of 60 here") and what the last Enter, walk-in
 * or undo did. */
const char        *skup_check_in_window_get_count  (SkupCheckInWindow *self);
const char        *skup_check_in_window_get_status (SkupCheckInWindow *self);
/* The rows of the grid the list of matches shows, best first. (element-type guint) */
GArray            *skup_check_in_window_get_matches (SkupCheckInWindow *self);
/* TRUE while a reload of the grid (after someone else's change) is waiting to run. */
gboolean           skup_check_in_window_is_reloading (SkupCheckInWindow *self);

G_END_DECLS
