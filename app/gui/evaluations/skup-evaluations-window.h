/* skup-evaluations-window.h — an event's test scores and satisfaction forms, typed in
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"
#include "skup-score-item.h"

G_BEGIN_DECLS

#define SKUP_TYPE_EVALUATIONS_WINDOW (skup_evaluations_window_get_type ())
G_DECLARE_FINAL_TYPE (SkupEvaluationsWindow, skup_evaluations_window, SKUP, EVALUATIONS_WINDOW,
                      AdwWindow)

/* Actions: evaluations.import and evaluations.export (ask for a file), import-from(s) and
 * export-to(s) (a path, no dialog: the page shown says scores or forms), add-form (the
 * quick entry row, Enter), delete-form(x) (a form's id), undo-delete-form. */
SkupEvaluationsWindow *skup_evaluations_window_new          (GtkWindow             *parent,
                                                             SkupContext           *context,
                                                             gint64                 event_id);
/* (element-type SkupScoreItem): the participants' rows */
GListModel            *skup_evaluations_window_get_scores   (SkupEvaluationsWindow *self);
/* The knowledge-gain summary under the scores, as shown. */
const char            *skup_evaluations_window_get_summary  (SkupEvaluationsWindow *self);
/* The averages of the forms' answers, one line a question, as shown. */
char                  *skup_evaluations_window_dup_averages (SkupEvaluationsWindow *self);
/* The quick entry row's answer for @question (a GtkSpinButton). */
GtkWidget             *skup_evaluations_window_get_answer   (SkupEvaluationsWindow *self,
                                                             guint                  question);
/* The last message shown in a toast or dialog, or NULL (for tests). */
const char            *skup_evaluations_window_get_message  (SkupEvaluationsWindow *self);
/* The last toast shown, or NULL (for tests). */
AdwToast              *skup_evaluations_window_get_toast    (SkupEvaluationsWindow *self);

G_END_DECLS
