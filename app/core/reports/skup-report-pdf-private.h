/* skup-report-pdf-private.h — the flowing pages every report is printed on
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is a column of blocks (texts, tables, charts) poured onto A4 pages: a block never
 * splits except a table, which breaks between rows and repeats its header; a heading stays
 * with what follows it. Every page ends in "Page x of y".
 */

#pragma once

#include "skup-report-pdf.h"

G_BEGIN_DECLS

SkupReportPdf *_skup_report_pdf_new_empty  (const char        *title,
                                            const char        *author,
                                            const char        *footer);
void           _skup_report_pdf_add_text   (SkupReportPdf     *self,
                                            const char        *text,
                                            double             size,
                                            gboolean           bold,
                                            guint32            colour,
                                            double             space_before);
void           _skup_report_pdf_add_heading (SkupReportPdf    *self,
                                             const char       *text);
/* @flex: each column's share of the width; @rows: (element-type GStrv) */
void           _skup_report_pdf_add_table  (SkupReportPdf     *self,
                                            const char *const *titles,
                                            const double      *flex,
                                            guint              n_columns,
                                            GPtrArray         *rows);
void           _skup_report_pdf_add_chart  (SkupReportPdf             *self,
                                            const SkupReport          *report,
                                            const SkupReportBreakdown *breakdown);
gboolean       _skup_report_pdf_finish     (SkupReportPdf     *self,
                                            GError           **error);

G_END_DECLS
