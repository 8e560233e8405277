/* skup-report-task.h — the donor report computed away from the window's thread
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "skup-report.h"

G_BEGIN_DECLS

/* Computes the report in a worker thread on a connection of its own (a register in memory,
 * which no second connection can see, is read in an idle instead). */
void        skup_report_compute_async  (SkupStore             *store,
                                        const SkupReportScope *scope,
                                        gboolean               suppress_small,
                                        GCancellable          *cancellable,
                                        GAsyncReadyCallback    callback,
                                        gpointer               user_data);
/* Returns: (transfer full) (nullable): the report, or %NULL with @error set */
SkupReport *skup_report_compute_finish (SkupStore             *store,
                                        GAsyncResult          *result,
                                        GError               **error);

G_END_DECLS
