/* skup-register-person.h — registering one person, from their page, for an event
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

/* Asks for the event and the role (an AdwMessageDialog with an event picker and a role row);
 * on "register" registers @person_id, on the waitlist if the event is full, and says so in a
 * toast on @parent. */
void skup_register_person_present (GtkWindow *parent,
                                   SkupStore *store,
                                   gint64     person_id);

G_END_DECLS
