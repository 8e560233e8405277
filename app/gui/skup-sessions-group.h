/* skup-sessions-group.h — the days or sessions of an event, edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SESSIONS_GROUP (skup_sessions_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupSessionsGroup, skup_sessions_group, SKUP, SESSIONS_GROUP,
                      AdwPreferencesGroup)

/* Signals:
 *  "delete-requested" (SkupRecord *session) — removing a session would remove recorded
 *                                            attendance: the window confirms first */
GtkWidget  *skup_sessions_group_new       (SkupStore         *store,
                                           gint64             event_id);
guint       skup_sessions_group_get_count (SkupSessionsGroup *self);
/* Adds a session on the day of the last one (a second session that day is the usual case). */
gboolean    skup_sessions_group_add       (SkupSessionsGroup *self);
GtkListBox *skup_sessions_group_get_list  (SkupSessionsGroup *self);

G_END_DECLS
