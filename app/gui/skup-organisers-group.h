/* skup-organisers-group.h — the organisations behind an event, and their roles
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ORGANISERS_GROUP (skup_organisers_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupOrganisersGroup, skup_organisers_group, SKUP, ORGANISERS_GROUP,
                      AdwPreferencesGroup)

/* Signals:
 *  "open-record" (GType, gint64 id) — the user activated an organisation */
GtkWidget  *skup_organisers_group_new        (SkupStore           *store,
                                              gint64               event_id);
/* Adds @organisation_id with the role a new organiser gets (organiser for the first, then
 * supporter), as choosing it in the Add popover does. */
gboolean    skup_organisers_group_add        (SkupOrganisersGroup *self,
                                              gint64               organisation_id);
GtkListBox *skup_organisers_group_get_list   (SkupOrganisersGroup *self);

G_END_DECLS
