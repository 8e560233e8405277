/* skup-report-csv.c — the donor report as one CSV table
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table, four columns (section, item, count, share), so a program can read every figure
 * without knowing the report's layout: the title block, the headline figures, each breakdown
 * and the events held are sections. Counts are numbers; a suppressed count is the text "<5"
 * and its share is empty, as in the PDF.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "skup-report-csv.h"

static void
add_text_row (SkupCsvWriter *csv,
              const char    *section,
              const char    *item)
{
  skup_csv_writer_add_text (csv, section);
  skup_csv_writer_add_text (csv, item);
  skup_csv_writer_add_empty (csv);
  skup_csv_writer_add_empty (csv);
  skup_csv_writer_end_row (csv);
}

static void
add_heading (SkupCsvWriter           *csv,
             const SkupReportHeading *heading)
{
  add_text_row (csv, _("Report"), heading->title);
  add_text_row (csv, _("Scope"), heading->scope);
  add_text_row (csv, _("Period"), heading->period);
  if (heading->office != NULL)
    add_text_row (csv, _("Office"), heading->office);
}

static void
add_figures (SkupCsvWriter    *csv,
             const SkupReport *report)
{
  g_autoptr(GArray) figures = skup_report_dup_figures (report);

  for (guint i = 0; i < figures->len; i++)
    {
      const SkupReportFigure *figure = &g_array_index (figures, SkupReportFigure, i);

      skup_csv_writer_add_text (csv, figure->section);
      skup_csv_writer_add_text (csv, figure->label);
      if (figure->missing)
        skup_csv_writer_add_empty (csv);
      else if (skup_report_figure_is_suppressed (report, figure))
        skup_csv_writer_add_text (csv, _("<5"));
      else
        skup_csv_writer_add_number (csv, figure->value);
      skup_csv_writer_add_empty (csv);
      skup_csv_writer_end_row (csv);
    }
}

static void
add_breakdown (SkupCsvWriter             *csv,
               const SkupReport          *report,
               const SkupReportBreakdown *breakdown)
{
  for (guint i = 0; i < breakdown->cells->len; i++)
    {
      const SkupReportCell *cell = g_ptr_array_index (breakdown->cells, i);

      skup_csv_writer_add_text (csv, breakdown->title);
      skup_csv_writer_add_text (csv, cell->label);
      if (skup_report_is_suppressed (report, cell->count))
        {
          /* A share of a hidden count would give the count away. */
          skup_csv_writer_add_text (csv, _("<5"));
          skup_csv_writer_add_empty (csv);
        }
      else
        {
          skup_csv_writer_add_int (csv, cell->count);
          if (report->unique_people > 0)
            skup_csv_writer_add_number (csv, round (1000.0 * cell->count
                                                    / report->unique_people) / 10);
          else
            skup_csv_writer_add_empty (csv);
        }
      skup_csv_writer_end_row (csv);
    }
}

static void
add_events (SkupCsvWriter    *csv,
            const SkupReport *report)
{
  for (guint i = 0; i < report->events->len; i++)
    {
      const SkupReportEvent *event = g_ptr_array_index (report->events, i);
      g_autofree char *item = g_strdup_printf ("%s (%s – %s)", event->title, event->start_date,
                                               event->end_date);

      add_text_row (csv, _("Events held"), item);
    }
}

/**
 * skup_report_csv_new:
 * @report: the figures
 * @heading: the title block
 * @dialect: the CSV dialect
 *
 * Returns: (transfer full): the report's table, ready to be written
 */
SkupCsvWriter *
skup_report_csv_new (const SkupReport        *report,
                     const SkupReportHeading *heading,
                     SkupCsvDialect           dialect)
{
  g_autoptr(SkupCsvWriter) csv = skup_csv_writer_new (dialect);
  const char *header[] = { "section", "item", "count", "share" };

  skup_csv_writer_add_row (csv, header, G_N_ELEMENTS (header));
  add_heading (csv, heading);
  add_figures (csv, report);
  for (guint i = 0; i < report->breakdowns->len; i++)
    add_breakdown (csv, report, g_ptr_array_index (report->breakdowns, i));
  add_events (csv, report);
  return g_steal_pointer (&csv);
}

gboolean
skup_report_write_csv (const SkupReport        *report,
                       const SkupReportHeading *heading,
                       const char              *path,
                       GError                 **error)
{
  g_autoptr(SkupCsvWriter) csv = skup_report_csv_new (report, heading, SKUP_CSV_RFC4180);

  return skup_csv_writer_write_file (csv, path, error);
}
