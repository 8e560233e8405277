/* skup-report-task.c — the donor report computed away from the window's thread
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Over every event of a large register the report takes a good part of a second, which the
 * window must not freeze for each time the organiser changes the scope.
 */

#include "config.h"

#include "skup-report-task.h"

typedef struct {
  SkupReportScope  scope;
  gboolean         suppress_small;
  char            *location;   /* NULL: read in an idle on the caller's connection */
} ComputeData;

static void
compute_data_free (ComputeData *data)
{
  g_free (data->location);
  g_free (data);
}

static void
compute (GTask     *task,
         SkupStore *store)
{
  ComputeData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SkupReport *report;

  if (g_task_return_error_if_cancelled (task))
    return;
  report = skup_report_compute (store, &data->scope, data->suppress_small, &error);
  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) skup_report_free);
}

static void
compute_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ComputeData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (data->location, &error);

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    compute (task, store);
}

static gboolean
compute_in_idle (gpointer user_data)
{
  GTask *task = user_data;

  compute (task, g_task_get_source_object (task));
  return G_SOURCE_REMOVE;
}

void
skup_report_compute_async (SkupStore             *store,
                           const SkupReportScope *scope,
                           gboolean               suppress_small,
                           GCancellable          *cancellable,
                           GAsyncReadyCallback    callback,
                           gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *data;

  g_return_if_fail (SKUP_IS_STORE (store));
  g_return_if_fail (scope != NULL);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, skup_report_compute_async);
  data = g_new0 (ComputeData, 1);
  data->scope = *scope;
  data->suppress_small = suppress_small;
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  if (skup_store_is_temporary (store))
    {
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, compute_in_idle, g_object_ref (task),
                       g_object_unref);
      return;
    }
  data->location = g_strdup (skup_store_get_path (store));
  g_task_run_in_thread (task, compute_in_thread);
}

SkupReport *
skup_report_compute_finish (SkupStore     *store,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == skup_report_compute_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
