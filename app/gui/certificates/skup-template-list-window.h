/* skup-template-list-window.h — the certificate templates of a register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"
#include "skup-template-editor.h"

G_BEGIN_DECLS

#define SKUP_TYPE_TEMPLATE_LIST_WINDOW (skup_template_list_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupTemplateListWindow, skup_template_list_window, SKUP,
                      TEMPLATE_LIST_WINDOW, AdwWindow)

SkupTemplateListWindow *skup_template_list_window_new        (GtkWindow              *parent,
                                                              SkupStore              *store);
/* The editor opened from this window and still open, or NULL. */
SkupTemplateEditor     *skup_template_list_window_get_editor (SkupTemplateListWindow *self);

/* win.certificate-templates: the main window's action (installed by SkupWindow, usable from
 * any page's header) that opens the templates of its register. */
void                    skup_template_list_window_open_action (GtkWidget  *widget,
                                                               const char *action_name,
                                                               GVariant   *parameter);

G_END_DECLS
