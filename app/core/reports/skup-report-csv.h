/* skup-report-csv.h — the donor report as one CSV table
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exports/skup-csv.h"
#include "skup-report-output.h"

G_BEGIN_DECLS

/* The header row: the columns are named for programs, so they are never translated. */
#define SKUP_REPORT_CSV_HEADER "section,item,count,share"

SkupCsvWriter *skup_report_csv_new   (const SkupReport        *report,
                                      const SkupReportHeading *heading,
                                      SkupCsvDialect           dialect);
gboolean       skup_report_write_csv (const SkupReport        *report,
                                      const SkupReportHeading *heading,
                                      const char              *path,
                                      GError                 **error);

G_END_DECLS
