/* skup-forms-page.h — the Evaluations window's page of satisfaction forms
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_FORMS_PAGE (skup_forms_page_get_type ())
G_DECLARE_FINAL_TYPE (SkupFormsPage, skup_forms_page, SKUP, FORMS_PAGE, AdwBin)

/* Signals: toast (AdwToast *toast, const char *text), a message for the window to show. */

/* Reads @event_id's forms and their averages from @context's register. */
void       skup_forms_page_set_event    (SkupFormsPage *self,
                                         SkupContext   *context,
                                         gint64         event_id);
/* Reads the forms again (after an import or someone else's change). */
void       skup_forms_page_reload       (SkupFormsPage *self);
/* Stores the quick entry row's form and clears the row for the next. */
void       skup_forms_page_add_form     (SkupFormsPage *self);
/* Deletes the form @form_id; a toast offers evaluations.undo-delete-form. */
void       skup_forms_page_delete_form  (SkupFormsPage *self,
                                         gint64         form_id);
void       skup_forms_page_undo_delete  (SkupFormsPage *self);
void       skup_forms_page_focus_first  (SkupFormsPage *self);
/* TRUE while the page writes to the register. */
gboolean   skup_forms_page_is_writing   (SkupFormsPage *self);
/* The averages of the forms' answers, one line a question, as shown. */
char      *skup_forms_page_dup_averages (SkupFormsPage *self);
/* The quick entry row's answer for @question (a GtkSpinButton). */
GtkWidget *skup_forms_page_get_answer   (SkupFormsPage *self,
                                         guint          question);

G_END_DECLS
