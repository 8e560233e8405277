/* skup-report-chart.h — a breakdown as a horizontal bar chart, on any cairo_t
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "skup-report.h"

G_BEGIN_DECLS

/* The bars' colour (a dark blue with 7:1 contrast to white, legible in grey too). */
#define SKUP_REPORT_CHART_BAR 0x1c5fa8

/**
 * skup_report_chart_draw:
 * @cr: where to draw: a widget's drawing area or a PDF page, in user units
 * @report: for suppression (see skup_report_is_suppressed())
 * @breakdown: the rows to draw
 *
 * Draws @breakdown's title and one bar per row in @width × @height from the origin: the label
 * on the left, the bar's length proportional to the count, the count at the bar's end. A
 * suppressed row gets no bar at all, only "<5": its length would give the count away.
 */
void skup_report_chart_draw (cairo_t                   *cr,
                             const SkupReport          *report,
                             const SkupReportBreakdown *breakdown,
                             double                     width,
                             double                     height);

G_END_DECLS
