/* skup-copy-participants.h — registering another event's participants for this one
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

/* Asks which event to copy from (an AdwMessageDialog with an event picker), says how many
 * would be registered, and on "copy" registers them for @event_id with their roles
 * (skup_store_copy_participants()), saying what happened in a toast on @parent. */
void skup_copy_participants_present (GtkWindow *parent,
                                     SkupStore *store,
                                     gint64     event_id);

G_END_DECLS
