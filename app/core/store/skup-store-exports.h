/* skup-store-exports.h — what the attendance list reads beyond the grid and the records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-report.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* The events of @scope (a project's, or those overlapping a range; one event is itself), not
 * cancelled, by start date. (element-type gint64); NULL on a read error. */
GArray     *skup_store_list_export_events (SkupStore             *self,
                                           const SkupReportScope *scope,
                                           GError               **error);
/* The city of everyone registered for @event_id: person id (gint64 *) → city (utf8, never
 * NULL). The roster does not carry it, and one query beats a record load a person. */
GHashTable *skup_store_list_roster_cities (SkupStore             *self,
                                           gint64                 event_id,
                                           GError               **error);

G_END_DECLS
