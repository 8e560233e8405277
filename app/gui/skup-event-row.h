/* skup-event-row.h — a row of the events list: an event, or the heading of a group
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SKUP_TYPE_EVENT_ROW (skup_event_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupEventRow, skup_event_row, SKUP, EVENT_ROW, AdwBin)

GtkWidget *skup_event_row_new      (void);
/* Shows @item: a SkupEvent (title, dates, kind, place, registered and attended), a
 * GtkStringObject (a group heading: "Upcoming", "Past"), or nothing. */
void       skup_event_row_set_item (SkupEventRow *self,
                                    GObject      *item);

G_END_DECLS
