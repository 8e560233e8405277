/* skup-paste-list-dialog.h — a pasted list of names, reviewed against the register, registered
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_PASTE_LIST_DIALOG (skup_paste_list_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkupPasteListDialog, skup_paste_list_dialog, SKUP, PASTE_LIST_DIALOG,
                      AdwWindow)

/* Actions: "paste.review" reads and matches the text and shows a row a line; "paste.back";
 * "paste.register" creates the new people and registers everyone in one transaction, closes
 * and says what happened in a toast on @parent. A likely match's row has two toggle buttons,
 * Use and New. */
GtkWindow  *skup_paste_list_dialog_new        (GtkWindow           *parent,
                                               SkupStore           *store,
                                               gint64               event_id);
void        skup_paste_list_dialog_set_text   (SkupPasteListDialog *self,
                                               const char          *text);
/* The review: a row a line, in the lines' order. */
GtkListBox *skup_paste_list_dialog_get_review (SkupPasteListDialog *self);
/* (element-type SkupPasteLine) (nullable): the lines as the review reads them. */
GPtrArray  *skup_paste_list_dialog_get_lines  (SkupPasteListDialog *self);

G_END_DECLS
