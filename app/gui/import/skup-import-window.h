/* skup-import-window.h — the Import People assistant: file, columns, duplicates, report
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_IMPORT_WINDOW (skup_import_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupImportWindow, skup_import_window, SKUP, IMPORT_WINDOW, AdwWindow)

SkupImportWindow *skup_import_window_new       (GtkWindow        *parent,
                                                SkupStore        *store);
/* What the file chooser's answer runs (and tests, which cannot drive the chooser). */
gboolean          skup_import_window_load_file (SkupImportWindow *self,
                                                GFile            *file);
/* The win.import-people action of the main window. */
void              skup_import_window_open_action (GtkWidget  *widget,
                                                  const char *action_name,
                                                  GVariant   *parameter);

G_END_DECLS
