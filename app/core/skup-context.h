/* skup-context.h — what every part of the window shares: the register and the settings
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_CONTEXT (skup_context_get_type ())
G_DECLARE_FINAL_TYPE (SkupContext, skup_context, SKUP, CONTEXT, GObject)

/* Properties:
 *  "store"    (SkupStore, read-write, notifies) — the register shown; it changes when the
 *             user opens another register in the same window
 *  "settings" (GSettings, construct-only, nullable) — the application's settings; NULL in
 *             the CLI and in tests that do not need them
 * The services the next features add (registrar, issuer, exporter) live here too, so a widget
 * is handed one object and asks it for what it needs. */
SkupContext *skup_context_new          (SkupStore   *store,
                                        GSettings   *settings);
SkupStore   *skup_context_get_store    (SkupContext *self);
void         skup_context_set_store    (SkupContext *self,
                                        SkupStore   *store);
GSettings   *skup_context_get_settings (SkupContext *self);

G_END_DECLS
