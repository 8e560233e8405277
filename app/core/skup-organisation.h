/* skup-organisation.h — organisation records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ORGANISATION (skup_organisation_get_type ())
G_DECLARE_FINAL_TYPE (SkupOrganisation, skup_organisation, SKUP, ORGANISATION, SkupRecord)

SkupOrganisation *skup_organisation_new (void);

G_END_DECLS
