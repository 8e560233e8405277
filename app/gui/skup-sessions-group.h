/* skup-sessions-group.h — the days or sessions of an event, edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-child-group.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SESSIONS_GROUP (skup_sessions_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupSessionsGroup, skup_sessions_group, SKUP, SESSIONS_GROUP,
                      SkupChildGroup)

/* Show an event with skup_detail_section_set_record(). Removing a session that has attendance
 * recorded asks first (the section's "delete-requested"). Each session's expander also holds
 * its room (one of the event venue's) and its signed sign-in sheet (a SkupSheetRow). */
GtkWidget  *skup_sessions_group_new       (SkupContext       *context);
/* Adds a session on the day of the last one (a second session that day is the usual case). */
gboolean    skup_sessions_group_add       (SkupSessionsGroup *self);

G_END_DECLS
