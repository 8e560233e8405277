/* skup-preferences-window.h — the settings of one register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_PREFERENCES_WINDOW (skup_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupPreferencesWindow, skup_preferences_window,
                      SKUP, PREFERENCES_WINDOW, AdwPreferencesWindow)

SkupPreferencesWindow *skup_preferences_window_new       (GtkWindow             *parent,
                                                          SkupStore             *store);
SkupStore             *skup_preferences_window_get_store (SkupPreferencesWindow *self);
/* What Export… writes to the file chosen: the office's public key (for tests, which cannot
 * drive a file chooser). */
gboolean               skup_preferences_window_export_public_key (SkupPreferencesWindow  *self,
                                                                  GFile                  *file,
                                                                  GError                **error);

G_END_DECLS
