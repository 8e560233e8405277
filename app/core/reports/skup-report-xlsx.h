/* skup-report-xlsx.h — the donor report as a workbook
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-report-output.h"

G_BEGIN_DECLS

gboolean skup_report_write_xlsx (const SkupReport        *report,
                                 const SkupReportHeading *heading,
                                 const char              *path,
                                 GError                 **error);

G_END_DECLS
