/* skup-reports-page.h — the donor report on screen, and its export
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"
#include "core/reports/skup-report.h"

G_BEGIN_DECLS

#define SKUP_TYPE_REPORTS_PAGE (skup_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (SkupReportsPage, skup_reports_page, SKUP, REPORTS_PAGE, AdwBin)

/* The window's Reports section, with its own header bar ("folded" shows the back button):
 * a scope (every event, one event, a project, a date range), the suppression switch, the
 * headline figures, a bar chart per breakdown, and Export PDF / XLSX / CSV. It recomputes in
 * a worker thread whenever the scope or the register changes.
 *
 * Actions:
 *   reports.export (s)     "pdf", "xlsx" or "csv": asks where to save, then writes
 *   reports.export-to (s)  writes to a path at once, the format by its suffix (what the
 *                          chooser's answer runs; for tests) */
SkupReportsPage  *skup_reports_page_new        (SkupContext     *context);
/* (transfer none) (nullable): the report shown, NULL while the first is computed. */
const SkupReport *skup_reports_page_get_report (SkupReportsPage *self);
/* Whether a computation is under way. */
gboolean          skup_reports_page_is_busy    (SkupReportsPage *self);

G_END_DECLS
