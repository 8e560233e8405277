/* skup-list-columns.h — the columns of a list page's table, made from its kind's view
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/skup-kind.h"

G_BEGIN_DECLS

/* "1,234" in English, "1.234" in Serbian. */
char        *_skup_list_format_number       (gint64              value);
/* The GtkListItem a row or cell widget was made for (the keyboard code finds rows by it). */
void         _skup_list_remember_item       (GtkWidget          *child,
                                             GtkListItem        *item);
GtkListItem *_skup_list_get_remembered_item (GtkWidget          *widget);
/* Appends a column to @view for each of @kind's columns. */
void         _skup_list_columns_add         (GtkColumnView      *view,
                                             const SkupKindView *kind);
/* Shows the columns a window of that width has room for (@folded: a phone's width). */
void         _skup_list_columns_update      (GtkColumnView      *view,
                                             const SkupKindView *kind,
                                             gboolean            folded);

G_END_DECLS
