/* skup-issue-task.h — issuing a batch of certificates and writing their PDFs, off the caller's
 * thread
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-issuer.h"

G_BEGIN_DECLS

typedef enum
{
  SKUP_ISSUE_OUTPUT_NONE,       /* issue only (the window prints them afterwards) */
  SKUP_ISSUE_OUTPUT_ONE_FILE,   /* one PDF with a page each, at @path */
  SKUP_ISSUE_OUTPUT_FILE_EACH,  /* one PDF a person, in the folder @path */
} SkupIssueOutput;

/**
 * SkupIssueRequest:
 * @person_ids: (array length=n_people) (nullable): as skup_certificates_issue()
 * @issue_date: (nullable): "YYYY-MM-DD", %NULL for today
 * @path: (nullable): the file or folder for @output
 *
 * What to issue and where to write it. Copied by skup_issue_task_run_async().
 */
typedef struct
{
  gint64           event_id;
  const gint64    *person_ids;
  guint            n_people;
  gint64           template_id;
  const char      *issue_date;
  SkupIssueOutput  output;
  const char      *path;
} SkupIssueRequest;

/**
 * SkupIssueOutcome:
 * @issued: (element-type SkupCertificateEntry): the certificates issued, in sheet order
 * @paths: (element-type utf8): the files written
 * @write_error: (nullable): why the files could not be written, when the certificates were
 *   issued all the same (they are in the register: they can be saved again from it)
 */
typedef struct
{
  GPtrArray *issued;
  GPtrArray *paths;
  GError    *write_error;
} SkupIssueOutcome;

void skup_issue_outcome_free (SkupIssueOutcome *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupIssueOutcome, skup_issue_outcome_free)

/* Issues (skup_certificates_issue()) and writes the PDFs (skup_certificates_render()) on a
 * worker thread with a connection of its own; a register in memory has no second connection,
 * so its batch runs in an idle callback instead. The caller's store hears of the new
 * certificates (::changed) before the callback runs. */
void              skup_issue_task_run_async (SkupStore               *store,
                                             const SkupIssueRequest  *request,
                                             GCancellable            *cancellable,
                                             GAsyncReadyCallback      callback,
                                             gpointer                 user_data);
/* Returns: (transfer full) (nullable): what was issued and written; %NULL and @error when
 * nothing was issued. */
SkupIssueOutcome *skup_issue_task_finish    (SkupStore               *store,
                                             GAsyncResult            *result,
                                             GError                 **error);

G_END_DECLS
