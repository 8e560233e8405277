/* skup-report-output.h — what every output of the donor report prints, in one place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF, the XLSX and the CSV say the same things in the same order: a title block (which
 * events, which period, which office), the headline figures, then each breakdown. Keeping the
 * list here means a figure added to the report reaches all three outputs at once.
 */

#pragma once

#include "skup-report.h"

G_BEGIN_DECLS

/* How a headline figure is written: counts of people may be suppressed, the others never. */
typedef enum {
  SKUP_REPORT_FIGURE_COUNT,     /* events held: never suppressed */
  SKUP_REPORT_FIGURE_PEOPLE,    /* a count of people: "<5" when suppressed */
  SKUP_REPORT_FIGURE_HOURS,     /* a decimal number */
  SKUP_REPORT_FIGURE_PERCENT,   /* @value is a percentage, 0 … 100 */
  SKUP_REPORT_FIGURE_SCORE,     /* an average answer, 1 … 5 */
} SkupReportFigureKind;

/**
 * SkupReportFigure:
 * @id: a stable name for programs ("unique-people")
 * @section: (transfer none): translated: "Summary", "Knowledge gain" or "Satisfaction"
 * @label: (transfer none): translated
 * @kind: how to write it
 * @value: the figure
 * @missing: nobody answered or took both tests: written as empty, never as 0
 */
typedef struct {
  const char           *id;
  const char           *section;
  const char           *label;
  SkupReportFigureKind  kind;
  double                value;
  gboolean              missing;
} SkupReportFigure;

/* (transfer full) (element-type SkupReportFigure): the headline figures in print order. */
GArray   *skup_report_dup_figures       (const SkupReport       *report);
gboolean  skup_report_figure_is_suppressed (const SkupReport       *report,
                                            const SkupReportFigure *figure);
/* (transfer full): the figure as text: "7", "<5", "10.5", "46.7 %", "4.5", or "" */
char     *skup_report_format_figure     (const SkupReport       *report,
                                         const SkupReportFigure *figure);

/**
 * SkupReportHeading:
 * @title: "Donor report"
 * @scope: which events: "Event: …", "Project: …", "Events from … to …", "All events"
 * @period: the first day to the last of the events held, or "" when none was
 * @office: (nullable): the office's name from the profile
 */
typedef struct {
  char *title;
  char *scope;
  char *period;
  char *office;
} SkupReportHeading;

SkupReportHeading *skup_report_heading_new  (SkupStore         *store,
                                             const SkupReport  *report,
                                             GError           **error);
void               skup_report_heading_free (SkupReportHeading *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupReportHeading, skup_report_heading_free)

/* The output formats, as `skup report --format` names them. */
typedef enum {
  SKUP_REPORT_FORMAT_PDF,
  SKUP_REPORT_FORMAT_XLSX,
  SKUP_REPORT_FORMAT_CSV,
} SkupReportFormat;

gboolean    skup_report_format_parse (const char       *name,
                                      SkupReportFormat *format);
const char *skup_report_format_extension (SkupReportFormat format);

/* Writes @report to @path in @format (the CSV in the RFC 4180 dialect). */
gboolean    skup_report_write        (SkupStore        *store,
                                      const SkupReport *report,
                                      SkupReportFormat  format,
                                      const char       *path,
                                      GError          **error);

G_END_DECLS
