/* skup-issue-task.c — issuing a batch of certificates and writing their PDFs, off the caller's
 * thread
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A connection is used by one thread only (SQLite's and libpq's rule), so the worker opens
 * the register again, as skup-demo-task.c does. Issuing is one transaction (all or nothing);
 * writing the files comes after it, so a full disk leaves the certificates issued and says so.
 */

#include "config.h"

#include "skup-issue-task.h"

typedef struct
{
  char            *location;
  gint64           event_id;
  GArray          *person_ids;
  gint64           template_id;
  char            *issue_date;
  SkupIssueOutput  output;
  char            *path;
} IssueData;

static void
issue_data_free (IssueData *data)
{
  g_free (data->location);
  g_clear_pointer (&data->person_ids, g_array_unref);
  g_free (data->issue_date);
  g_free (data->path);
  g_free (data);
}

void
skup_issue_outcome_free (SkupIssueOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_clear_pointer (&outcome->issued, g_ptr_array_unref);
  g_clear_pointer (&outcome->paths, g_ptr_array_unref);
  g_clear_error (&outcome->write_error);
  g_free (outcome);
}

static IssueData *
issue_data_new (SkupStore              *store,
                const SkupIssueRequest *request)
{
  IssueData *data = g_new0 (IssueData, 1);

  data->location = g_strdup (skup_store_get_path (store));
  data->event_id = request->event_id;
  if (request->person_ids != NULL)
    {
      data->person_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), request->n_people);
      g_array_append_vals (data->person_ids, request->person_ids, request->n_people);
    }
  data->template_id = request->template_id;
  data->issue_date = g_strdup (request->issue_date);
  data->output = request->output;
  data->path = g_strdup (request->path);
  return data;
}

static void
write_files (SkupStore        *store,
             IssueData        *data,
             SkupIssueOutcome *outcome)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                             outcome->issued->len);

  if (data->output == SKUP_ISSUE_OUTPUT_NONE || outcome->issued->len == 0)
    return;
  for (guint i = 0; i < outcome->issued->len; i++)
    {
      SkupCertificateEntry *entry = g_ptr_array_index (outcome->issued, i);

      g_array_append_val (ids, entry->id);
    }
  skup_certificates_render (store, (const gint64 *) ids->data, ids->len, data->path,
                            data->output == SKUP_ISSUE_OUTPUT_FILE_EACH, outcome->paths,
                            &outcome->write_error);
}

static void
issue (SkupStore *store,
       GTask     *task)
{
  IssueData *data = g_task_get_task_data (task);
  g_autoptr(SkupIssueOutcome) outcome = g_new0 (SkupIssueOutcome, 1);
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!skup_certificates_issue (store, data->event_id,
                                data->person_ids ? (const gint64 *) data->person_ids->data : NULL,
                                data->person_ids ? data->person_ids->len : 0,
                                data->template_id, data->issue_date, &outcome->issued, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (outcome->issued == NULL)
    outcome->issued = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_entry_free);
  outcome->paths = g_ptr_array_new_with_free_func (g_free);
  write_files (store, data, outcome);
  g_task_return_pointer (task, g_steal_pointer (&outcome),
                         (GDestroyNotify) skup_issue_outcome_free);
}

static void
issue_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  IssueData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (data->location, &error);

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    issue (store, task);
}

static gboolean
issue_in_idle (gpointer user_data)
{
  GTask *task = user_data;

  issue (g_task_get_source_object (task), task);
  return G_SOURCE_REMOVE;
}

void
skup_issue_task_run_async (SkupStore              *store,
                           const SkupIssueRequest *request,
                           GCancellable           *cancellable,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SKUP_IS_STORE (store));
  g_return_if_fail (request != NULL);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, skup_issue_task_run_async);
  g_task_set_task_data (task, issue_data_new (store, request), (GDestroyNotify) issue_data_free);
  if (skup_store_is_temporary (store))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, issue_in_idle, g_object_ref (task),
                     g_object_unref);
  else
    g_task_run_in_thread (task, issue_in_thread);
}

SkupIssueOutcome *
skup_issue_task_finish (SkupStore     *store,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == skup_issue_task_run_async,
                        NULL);

  /* The worker's commit was another connection's: the caller's store is told of it now, not
   * at its next look a second from now, so the lists show the certificates with the result. */
  skup_store_poll_changes (store);
  return g_task_propagate_pointer (G_TASK (result), error);
}
