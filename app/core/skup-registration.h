/* skup-registration.h — registration records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_REGISTRATION (skup_registration_get_type ())
G_DECLARE_FINAL_TYPE (SkupRegistration, skup_registration, SKUP, REGISTRATION, SkupRecord)

SkupRegistration *skup_registration_new (void);

G_END_DECLS
