/* skup-report-pdf.h — the donor report as a printed document
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-document.h"
#include "skup-report-output.h"

G_BEGIN_DECLS

#define SKUP_TYPE_REPORT_PDF (skup_report_pdf_get_type ())
G_DECLARE_FINAL_TYPE (SkupReportPdf, skup_report_pdf, SKUP, REPORT_PDF, SkupDocument)

/* @report must outlive the document: its charts are drawn from it. */
SkupReportPdf *skup_report_pdf_new   (const SkupReport        *report,
                                      const SkupReportHeading *heading,
                                      GError                 **error);
gboolean       skup_report_write_pdf (const SkupReport        *report,
                                      const SkupReportHeading *heading,
                                      const char              *path,
                                      GError                 **error);

G_END_DECLS
