/* skup-organisers-group.h — the organisations behind an event, and their roles
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-child-group.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ORGANISERS_GROUP (skup_organisers_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupOrganisersGroup, skup_organisers_group, SKUP, ORGANISERS_GROUP,
                      SkupChildGroup)

/* Show an event with skup_detail_section_set_record(). Activating a row opens the
 * organisation (the section's "open-record"). */
GtkWidget  *skup_organisers_group_new        (SkupContext         *context);
/* Adds @organisation_id with the role a new organiser gets (organiser for the first, then
 * supporter), as choosing it in the Add popover does. */
gboolean    skup_organisers_group_add        (SkupOrganisersGroup *self,
                                              gint64               organisation_id);

G_END_DECLS
