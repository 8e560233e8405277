/* skup-record-form.h — the editable fields of one record, built from its field table
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_RECORD_FORM (skup_record_form_get_type ())
G_DECLARE_FINAL_TYPE (SkupRecordForm, skup_record_form, SKUP, RECORD_FORM, GtkBox)

/* Signals:
 *  "changed" () — the user edited a field */
SkupRecordForm *skup_record_form_new            (SkupContext    *context,
                                                 GType           record_type);
/* Edits a copy of @record (as saved); NULL starts a new record with the type's defaults. */
void            skup_record_form_set_record     (SkupRecordForm *self,
                                                 SkupRecord     *record);
/* The record with the user's edits, to save. */
SkupRecord     *skup_record_form_get_edited     (SkupRecordForm *self);
gboolean        skup_record_form_is_dirty       (SkupRecordForm *self);
/* Takes what is still being typed (spin buttons) and reports, at its field, text that is not
 * a value (a date that is not one). FALSE if the edits cannot be saved as they are. */
gboolean        skup_record_form_check          (SkupRecordForm *self);
/* Sets @field as if the user typed @text (a choice: its value or its label). On text that
 * does not fit the field, shows the error there and returns FALSE. */
gboolean        skup_record_form_set_field_text (SkupRecordForm *self,
                                                 const char     *field,
                                                 const char     *text,
                                                 GError        **error);
/* Marks @field's row as wrong, shows @message under it and moves focus there; FALSE if the
 * form has no such field. Editing the field clears it. */
gboolean        skup_record_form_show_error     (SkupRecordForm *self,
                                                 const char     *field,
                                                 const char     *message);
const char     *skup_record_form_get_error      (SkupRecordForm *self,
                                                 const char     *field);
void            skup_record_form_clear_errors   (SkupRecordForm *self);
/* Moves the focus to where a new record is filled in from: the first field it requires that
 * is still empty (a person's given name, not the honorific before it), else the first field.
 * FALSE if no field can take the focus. */
gboolean        skup_record_form_focus_first_field (SkupRecordForm *self);
/* (nullable): the row that edits @field. */
GtkWidget      *skup_record_form_get_row        (SkupRecordForm *self,
                                                 const char     *field);

gboolean        skup_record_form_set_field_default (SkupRecordForm *self,
                                                    const char     *field,
                                                    const char     *text,
                                                    GError        **error);

G_END_DECLS
