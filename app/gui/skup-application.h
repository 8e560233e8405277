/* skup-application.h — the GTK application: options, app actions, windows
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SKUP_TYPE_APPLICATION (skup_application_get_type ())
G_DECLARE_FINAL_TYPE (SkupApplication, skup_application, SKUP, APPLICATION, AdwApplication)

SkupApplication *skup_application_new (void);

G_END_DECLS
