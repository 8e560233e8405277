/* skup-rooms-group.h — the rooms of a venue, edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ROOMS_GROUP (skup_rooms_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupRoomsGroup, skup_rooms_group, SKUP, ROOMS_GROUP, AdwPreferencesGroup)

/* Signals:
 *  "delete-requested" (SkupRecord *room) — events or sessions use the room: the window
 *                                         confirms what removing it does first */
GtkWidget  *skup_rooms_group_new       (SkupStore      *store,
                                        gint64          venue_id);
guint       skup_rooms_group_get_count (SkupRoomsGroup *self);
/* Adds a room called @name, as the Add Room popover does. */
gboolean    skup_rooms_group_add       (SkupRoomsGroup *self,
                                        const char     *name);
GtkListBox *skup_rooms_group_get_list  (SkupRoomsGroup *self);

G_END_DECLS
