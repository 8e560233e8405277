/* skup-room.h — room records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ROOM (skup_room_get_type ())
G_DECLARE_FINAL_TYPE (SkupRoom, skup_room, SKUP, ROOM, SkupRecord)

SkupRoom *skup_room_new (void);

G_END_DECLS
