/* skup-open-register-window.h — the dialog that connects to a shared register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_OPEN_REGISTER_WINDOW (skup_open_register_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupOpenRegisterWindow, skup_open_register_window,
                      SKUP, OPEN_REGISTER_WINDOW, AdwWindow)

/* A modal dialog over @parent: host, port, database, user and SSL mode, the registers opened
 * recently, Test (reads the schema version, changing nothing) and Open. Connecting happens in
 * a worker thread, so a server that does not answer never freezes the window. Installs
 * open-register.test and open-register.open.
 *
 * Signals:
 *  "register-opened" (SkupStore*) — the register was opened; the dialog closes itself after
 *                                   this, and whoever handles it takes the store */
SkupOpenRegisterWindow *skup_open_register_window_new        (GtkWindow              *parent);
/* The URI the rows make, as Open would open it (no password, ever). */
char                   *skup_open_register_window_dup_uri    (SkupOpenRegisterWindow *self);
/* What the dialog says about the last Test or Open ("Connected: a Skup register", an error). */
const char             *skup_open_register_window_get_status (SkupOpenRegisterWindow *self);
/* TRUE while a Test or an Open is connecting. */
gboolean                skup_open_register_window_is_busy    (SkupOpenRegisterWindow *self);

G_END_DECLS
