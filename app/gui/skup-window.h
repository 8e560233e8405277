/* skup-window.h — the main window: a sidebar of sections and the page of the chosen one
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_WINDOW (skup_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupWindow, skup_window, SKUP, WINDOW, AdwApplicationWindow)

SkupWindow *skup_window_new                   (AdwApplication *application,
                                               SkupStore      *store);
SkupStore  *skup_window_get_store             (SkupWindow     *self);
const char *skup_window_get_visible_page_name (SkupWindow     *self);

G_END_DECLS
