/* skup-detail-page.h — one record, read and edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_DETAIL_PAGE (skup_detail_page_get_type ())
G_DECLARE_FINAL_TYPE (SkupDetailPage, skup_detail_page, SKUP, DETAIL_PAGE, AdwBin)

/* A page for the record of @record_type with @id, or a new one when @id is 0. It has its own
 * header bar (back button, title, Save / Cancel, a menu with Delete) and installs the actions
 * detail.save (Ctrl+S), detail.cancel (Escape), detail.delete and detail.reload.
 *
 * Signals:
 *  "saved" (gint64 id)              — the record was written; the page stays open showing it
 *  "close-requested" ()             — the user pressed back or Cancel; the window decides
 *                                     (asks first if skup_detail_page_is_dirty())
 *  "delete-requested" (SkupRecord*) — the user chose Delete; the window plans, confirms,
 *                                     hides the record and offers Undo
 *  "open-record" (GType, gint64 id) — the user activated a related record (an event in a
 *                                     person's history, a person of an organisation …) */
SkupDetailPage *skup_detail_page_new             (SkupContext    *context,
                                                  GType           record_type,
                                                  gint64          id);
GType           skup_detail_page_get_record_type (SkupDetailPage *self);
gint64          skup_detail_page_get_record_id   (SkupDetailPage *self);
/* The record as last saved (not the edits); NULL for a new, unsaved record. */
SkupRecord     *skup_detail_page_get_record      (SkupDetailPage *self);
gboolean        skup_detail_page_is_dirty        (SkupDetailPage *self);
/* Validates and writes the edits. On a validation error the message is shown at the field,
 * focus moves there and FALSE is returned; nothing is written. A new person who likely
 * exists already first shows the matches (open one instead / create anyway). */
gboolean        skup_detail_page_save            (SkupDetailPage *self);
/* Throws the edits away and shows the record as saved. */
void            skup_detail_page_discard         (SkupDetailPage *self);
/* Reads the record again from the register and shows it, throwing the edits away (the
 * "Reload" of a save that someone else's change made stale). */
gboolean        skup_detail_page_reload          (SkupDetailPage *self);
/* The message shown at the top of the page (an error of no field), or NULL. */
const char     *skup_detail_page_get_message     (SkupDetailPage *self);
/* Sets a field of the edited record as if the user typed @text (tests and "create new …"
 * flows use it); returns FALSE with the field's error shown if the text cannot be parsed. */
gboolean        skup_detail_page_set_field_text  (SkupDetailPage *self,
                                                  const char     *field,
                                                  const char     *text);
/* Sets a field to a value the application chose (a new record made in Trainers is a
 * trainer); on an unsaved record this does not count as an edit. */
gboolean        skup_detail_page_set_field_default (SkupDetailPage *self,
                                                    const char     *field,
                                                    const char     *text);
/* The error shown at @field, or NULL (for tests). */
const char     *skup_detail_page_get_field_error (SkupDetailPage *self,
                                                  const char     *field);

G_END_DECLS
