/* skup-venue.h — venue records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_VENUE (skup_venue_get_type ())
G_DECLARE_FINAL_TYPE (SkupVenue, skup_venue, SKUP, VENUE, SkupRecord)

SkupVenue *skup_venue_new (void);

G_END_DECLS
