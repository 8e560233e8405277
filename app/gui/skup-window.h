/* skup-window.h — the main window: a sidebar of sections and the page of the chosen one
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"
#include "skup-detail-page.h"
#include "skup-list-page.h"

G_BEGIN_DECLS

#define SKUP_TYPE_WINDOW (skup_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupWindow, skup_window, SKUP, WINDOW, AdwApplicationWindow)

SkupWindow     *skup_window_new                   (AdwApplication *application,
                                                   SkupStore      *store);
SkupStore      *skup_window_get_store             (SkupWindow     *self);
const char     *skup_window_get_visible_page_name (SkupWindow     *self);
/* The list of a section ("events", "people" …), or NULL for a section without one. */
SkupListPage   *skup_window_get_list_page         (SkupWindow     *self,
                                                   const char     *name);
/* The record page shown over the section's list, or NULL. */
SkupDetailPage *skup_window_get_detail_page       (SkupWindow     *self);
/* Opens the page of a record (asking first if the page shown has unsaved changes). */
void            skup_window_open_record           (SkupWindow     *self,
                                                   GType           record_type,
                                                   gint64          id);
/* Deletes @record the forgiving way: consequences confirmed first, the record hidden at once,
 * and the deletion written only when its Undo toast goes. */
void            skup_window_delete_record         (SkupWindow     *self,
                                                   SkupRecord     *record);
/* Shows @store instead (asking first about unsaved changes); the window keeps a reference. */
void            skup_window_open_register         (SkupWindow     *self,
                                                   SkupStore      *store);
/* The toast offering Undo for the latest deletion, or NULL. */
AdwToast       *skup_window_get_undo_toast        (SkupWindow     *self);
/* Shows @toast (transfer full) over the window's pages. */
void            skup_window_add_toast             (SkupWindow     *self,
                                                   AdwToast       *toast);
/* The toast last shown with skup_window_add_toast(), or NULL (for tests). */
AdwToast       *skup_window_get_last_toast        (SkupWindow     *self);

G_END_DECLS
