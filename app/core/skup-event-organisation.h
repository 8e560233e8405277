/* skup-event-organisation.h — event organisation records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_EVENT_ORGANISATION (skup_event_organisation_get_type ())
G_DECLARE_FINAL_TYPE (SkupEventOrganisation, skup_event_organisation, SKUP, EVENT_ORGANISATION, SkupRecord)

SkupEventOrganisation *skup_event_organisation_new (void);

G_END_DECLS
