/* skup-sign-in-dialog.h — an event's sign-in sheet: its options, a preview, PDF and print
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-context.h"
#include "core/documents/skup-document.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SIGN_IN_DIALOG (skup_sign_in_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkupSignInDialog, skup_sign_in_dialog, SKUP, SIGN_IN_DIALOG, AdwWindow)

/* Actions: sheet.save (asks where), sheet.save-to(s) (a path), sheet.print (the print dialog),
 * sheet.print-to(s) (exports what the printer would get to a PDF at a path, with no dialog),
 * sheet.previous-page, sheet.next-page. */
SkupSignInDialog *skup_sign_in_dialog_new          (GtkWindow        *parent,
                                                    SkupContext      *context,
                                                    gint64            event_id);
/* The sheet the preview shows, ready to draw, or NULL (none yet, or the engine refused). */
SkupDocument     *skup_sign_in_dialog_get_document (SkupSignInDialog *self);
/* The page shown, from 0. */
guint             skup_sign_in_dialog_get_page     (SkupSignInDialog *self);
/* TRUE from a change of an option until the preview shows the sheet it makes. */
gboolean          skup_sign_in_dialog_is_busy      (SkupSignInDialog *self);
/* What keeps the sheet from being made (shown above the preview), or NULL. */
const char       *skup_sign_in_dialog_get_message  (SkupSignInDialog *self);

G_END_DECLS
