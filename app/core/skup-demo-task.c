/* skup-demo-task.c — filling the sample register without blocking the caller
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-demo.h"

static gboolean
fill (SkupStore     *store,
      GTask         *task)
{
  g_autoptr(GError) error = NULL;
  g_autofree SkupDemoStats *stats = g_new0 (SkupDemoStats, 1);

  if (g_task_return_error_if_cancelled (task))
    return FALSE;
  if (!skup_demo_fill_sample (store, stats, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return FALSE;
    }
  g_task_return_pointer (task, g_steal_pointer (&stats), g_free);
  return TRUE;
}

/* A connection is used by one thread only (SQLite's and libpq's rule): the worker opens the
 * same register again. */
static void
fill_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (task_data, &error);

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    fill (store, task);
}

static gboolean
fill_in_idle (gpointer data)
{
  GTask *task = data;

  fill (g_task_get_source_object (task), task);
  return G_SOURCE_REMOVE;
}

void
skup_demo_fill_sample_async (SkupStore           *store,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SKUP_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, skup_demo_fill_sample_async);

  if (skup_store_is_temporary (store))
    {
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_in_idle, g_object_ref (task),
                       g_object_unref);
      return;
    }
  g_task_set_task_data (task, g_strdup (skup_store_get_path (store)), g_free);
  g_task_run_in_thread (task, fill_in_thread);
}

/**
 * skup_demo_fill_sample_finish:
 * @stats: (out) (optional): what the fill added
 *
 * Returns: %TRUE if the sample register was written
 */
gboolean
skup_demo_fill_sample_finish (SkupStore      *store,
                              GAsyncResult   *result,
                              SkupDemoStats  *stats,
                              GError        **error)
{
  g_autofree SkupDemoStats *filled = NULL;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == skup_demo_fill_sample_async,
                        FALSE);

  filled = g_task_propagate_pointer (G_TASK (result), error);
  if (filled == NULL)
    return FALSE;
  if (stats != NULL)
    *stats = *filled;
  return TRUE;
}
