/* skup-event.h — event records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_EVENT (skup_event_get_type ())
G_DECLARE_FINAL_TYPE (SkupEvent, skup_event, SKUP, EVENT, SkupRecord)

SkupEvent *skup_event_new (void);

G_END_DECLS
