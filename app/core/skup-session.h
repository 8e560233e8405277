/* skup-session.h — session records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SESSION (skup_session_get_type ())
G_DECLARE_FINAL_TYPE (SkupSession, skup_session, SKUP, SESSION, SkupRecord)

SkupSession *skup_session_new       (void);
char        *skup_session_dup_times (SkupRecord *session);

G_END_DECLS
