/* skup-row-model.h — the rows a list view shows, kept when the list is read again
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "skup-list-row.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ROW_MODEL (skup_row_model_get_type ())
G_DECLARE_FINAL_TYPE (SkupRowModel, skup_row_model, SKUP, ROW_MODEL, GObject)

/* A GListModel of SkupListRow: row n shows item n of the source. A new source (a search
 * keystroke, a new sort) changes what the existing rows show and adds or removes rows only at
 * the end, so a view keeps its row widgets instead of building them again. */
SkupRowModel *skup_row_model_new        (void);
GListModel   *skup_row_model_get_source (SkupRowModel *self);
/* @source must not change while shown (a SkupRecordList, or a flattened list of them). */
void          skup_row_model_set_source (SkupRowModel *self,
                                         GListModel   *source);

G_END_DECLS
