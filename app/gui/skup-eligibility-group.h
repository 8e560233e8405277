/* skup-eligibility-group.h — who may be given a certificate, on the event's page
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "skup-detail-section.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ELIGIBILITY_GROUP (skup_eligibility_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupEligibilityGroup, skup_eligibility_group, SKUP, ELIGIBILITY_GROUP,
                      AdwPreferencesGroup)

/* A SkupDetailSection of an event: each expected participant's standing by the event's rule,
 * with the reason, and a dialog to decide by hand (action "eligibility.override", taking the
 * registration's id), whose log shows in the row. It follows the register. */
GtkWidget  *skup_eligibility_group_new       (SkupContext          *context);
/* How many people are shown, and how many of them are eligible. */
guint       skup_eligibility_group_get_count (SkupEligibilityGroup *self,
                                              guint                *out_eligible);

G_END_DECLS
