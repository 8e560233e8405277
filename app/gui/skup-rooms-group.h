/* skup-rooms-group.h — the rooms of a venue, edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-child-group.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ROOMS_GROUP (skup_rooms_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupRoomsGroup, skup_rooms_group, SKUP, ROOMS_GROUP, SkupChildGroup)

/* Show a venue with skup_detail_section_set_record(); the rooms are its children (see
 * SkupChildGroup for their count and list). */
GtkWidget  *skup_rooms_group_new       (SkupContext    *context);
/* Adds a room called @name, as the Add Room popover does. */
gboolean    skup_rooms_group_add       (SkupRoomsGroup *self,
                                        const char     *name);

G_END_DECLS
