/* skup-issue-dialog.h — issuing an event's certificates: who, with what, where to
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ISSUE_DIALOG (skup_issue_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkupIssueDialog, skup_issue_dialog, SKUP, ISSUE_DIALOG, AdwWindow)

/* A modal window over @parent showing the plan of @event_id (skup_certificates_plan()): each
 * person with the verdict and why, the eligible ticked; the template, the issue date and the
 * output (one PDF, a PDF a person in a folder, or the printer). Issue asks for the file or
 * folder, then issues and writes off the main thread, and shows what was issued.
 * @person_id, when not 0, limits the plan to that person (the person's page).
 *
 * Actions: issue.issue (asks where), issue.issue-to (s) (a file or folder path, for what
 * the chooser's answer runs, and for tests), issue.open-pdf, issue.open-folder. */
SkupIssueDialog *skup_issue_dialog_new         (GtkWindow       *parent,
                                                SkupContext     *context,
                                                gint64           event_id,
                                                gint64           person_id);
/* TRUE from Issue until the certificates are issued and written, or refused. */
gboolean         skup_issue_dialog_is_busy     (SkupIssueDialog *self);
/* The numbers issued, once issued (element-type SkupCertificateEntry); NULL before. */
GPtrArray       *skup_issue_dialog_get_issued  (SkupIssueDialog *self);
/* The files written (element-type utf8); NULL before. */
GPtrArray       *skup_issue_dialog_get_paths   (SkupIssueDialog *self);

G_END_DECLS
