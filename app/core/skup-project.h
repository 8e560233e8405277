/* skup-project.h — project records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_PROJECT (skup_project_get_type ())
G_DECLARE_FINAL_TYPE (SkupProject, skup_project, SKUP, PROJECT, SkupRecord)

SkupProject *skup_project_new (void);

G_END_DECLS
