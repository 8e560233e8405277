/* skup-person.h — person records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_PERSON (skup_person_get_type ())
G_DECLARE_FINAL_TYPE (SkupPerson, skup_person, SKUP, PERSON, SkupRecord)

SkupPerson *skup_person_new (void);

G_END_DECLS
