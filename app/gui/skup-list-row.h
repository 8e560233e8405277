/* skup-list-row.h — one row of a list view, whose item changes when the list is read again
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SKUP_TYPE_LIST_ROW (skup_list_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupListRow, skup_list_row, SKUP, LIST_ROW, GObject)

SkupListRow *skup_list_row_new      (GObject     *item);
/* What the row shows: a record, or a group heading (GtkStringObject). */
GObject     *skup_list_row_get_item (SkupListRow *self);
void         skup_list_row_set_item (SkupListRow *self,
                                     GObject     *item);

G_END_DECLS
