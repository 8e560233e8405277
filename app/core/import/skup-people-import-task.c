/* skup-people-import-task.c — importing people without blocking the caller
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-people-import.h"

/* What the worker needs, its own copy: the caller's arrays may change meanwhile. The table is
 * only read, and the caller keeps it until the import is finished. */
typedef struct
{
  char                    *location;
  SkupCsvTable            *table;
  GStrv                    mapping;
  SkupPeopleImportOptions  options;
  SkupImportDuplicate     *row_choices;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_free (data->location);
  g_strfreev (data->mapping);
  g_free (data->row_choices);
  g_free (data);
}

static void
report_free (SkupPeopleImportReport *report)
{
  skup_people_import_report_clear (report);
  g_free (report);
}

static void
import (SkupStore  *store,
        GTask      *task,
        ImportData *data)
{
  g_autoptr(GError) error = NULL;
  SkupPeopleImportReport *report = g_new0 (SkupPeopleImportReport, 1);

  if (g_task_return_error_if_cancelled (task))
    {
      g_free (report);
      return;
    }
  if (!skup_people_import_run_with_options (store, data->table,
                                            (const char * const *) data->mapping,
                                            &data->options, report, &error))
    {
      report_free (report);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, report, (GDestroyNotify) report_free);
}

/* A connection is used by one thread only (SQLite's and libpq's rule): the worker opens the
 * same register again. */
static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (data->location, &error);

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    import (store, task, data);
}

static gboolean
import_in_idle (gpointer user_data)
{
  GTask *task = user_data;

  import (g_task_get_source_object (task), task, g_task_get_task_data (task));
  return G_SOURCE_REMOVE;
}

/**
 * skup_people_import_run_async:
 * @table: the file; kept by the caller until the import is finished
 *
 * skup_people_import_run_with_options() on a worker thread with its own connection (in an
 * idle callback for a register in memory, which no second connection can see).
 */
void
skup_people_import_run_async (SkupStore                     *store,
                              SkupCsvTable                  *table,
                              const char * const            *mapping,
                              const SkupPeopleImportOptions *options,
                              GCancellable                  *cancellable,
                              GAsyncReadyCallback            callback,
                              gpointer                       user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data = g_new0 (ImportData, 1);

  g_return_if_fail (SKUP_IS_STORE (store));

  data->location = g_strdup (skup_store_get_path (store));
  data->table = table;
  data->mapping = g_strdupv ((char **) mapping);
  data->options = *options;
  data->row_choices = g_memdup2 (options->row_choices,
                                 options->n_row_choices * sizeof (SkupImportDuplicate));
  data->options.row_choices = data->row_choices;
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, skup_people_import_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  if (skup_store_is_temporary (store))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, import_in_idle, g_object_ref (task),
                     g_object_unref);
  else
    g_task_run_in_thread (task, import_in_thread);
}

/**
 * skup_people_import_run_finish:
 * @report: (out caller-allocates): what was done; clear it with
 *   skup_people_import_report_clear()
 *
 * Returns: %TRUE unless the register failed
 */
gboolean
skup_people_import_run_finish (SkupStore               *store,
                               GAsyncResult            *result,
                               SkupPeopleImportReport  *report,
                               GError                 **error)
{
  g_autofree SkupPeopleImportReport *done = NULL;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == skup_people_import_run_async,
                        FALSE);

  done = g_task_propagate_pointer (G_TASK (result), error);
  if (done == NULL)
    return FALSE;
  *report = *done;
  return TRUE;
}
