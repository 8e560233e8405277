/* skup-report-xlsx.c — the donor report as a workbook
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Summary sheet (the title block, then the headline figures), a sheet per breakdown and the
 * events held. Counts are integers and shares percentages, so a donor's officer can sum and
 * chart them; a suppressed count is the text "<5" with no share, as in the PDF.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-report-xlsx.h"
#include "exports/skup-xlsx.h"

/* The title block takes the first rows of the Summary; the figures' header comes after. */
static guint
write_heading (SkupXlsxSheet           *sheet,
               const SkupReportHeading *heading)
{
  guint row = 0;

  skup_xlsx_write_bold (sheet, row++, 0, heading->title);
  skup_xlsx_write_text (sheet, row++, 0, heading->scope);
  skup_xlsx_write_text (sheet, row++, 0, heading->period);
  if (heading->office != NULL)
    skup_xlsx_write_text (sheet, row++, 0, heading->office);
  return row + 1;
}

static void
write_figure (SkupXlsxSheet          *sheet,
              guint                   row,
              const SkupReport       *report,
              const SkupReportFigure *figure)
{
  skup_xlsx_write_text (sheet, row, 0, figure->label);
  if (figure->missing)
    return;
  if (skup_report_figure_is_suppressed (report, figure))
    skup_xlsx_write_text (sheet, row, 1, _("<5"));
  else if (figure->kind == SKUP_REPORT_FIGURE_PERCENT)
    skup_xlsx_write_percent (sheet, row, 1, figure->value / 100);
  else if (figure->kind == SKUP_REPORT_FIGURE_HOURS || figure->kind == SKUP_REPORT_FIGURE_SCORE)
    skup_xlsx_write_number (sheet, row, 1, figure->value);
  else
    skup_xlsx_write_int (sheet, row, 1, (gint64) figure->value);
}

static void
write_summary (SkupXlsx                *book,
               const SkupReport        *report,
               const SkupReportHeading *heading)
{
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, _("Summary"));
  g_autoptr(GArray) figures = skup_report_dup_figures (report);
  const char *titles[] = { _("Figure"), _("Value") };
  guint row = write_heading (sheet, heading);

  skup_xlsx_write_header (sheet, row++, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < figures->len; i++)
    write_figure (sheet, row++, report, &g_array_index (figures, SkupReportFigure, i));
}

static void
write_breakdown (SkupXlsx                  *book,
                 const SkupReport          *report,
                 const SkupReportBreakdown *breakdown)
{
  g_autofree char *name = skup_xlsx_safe_sheet_name (breakdown->title);
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, name);
  const char *titles[] = { breakdown->title, _("People"), _("Share") };

  skup_xlsx_write_header (sheet, 0, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < breakdown->cells->len; i++)
    {
      const SkupReportCell *cell = g_ptr_array_index (breakdown->cells, i);

      skup_xlsx_write_text (sheet, i + 1, 0, cell->label);
      if (skup_report_is_suppressed (report, cell->count))
        skup_xlsx_write_text (sheet, i + 1, 1, _("<5"));
      else
        {
          skup_xlsx_write_int (sheet, i + 1, 1, cell->count);
          if (report->unique_people > 0)
            skup_xlsx_write_percent (sheet, i + 1, 2,
                                     (double) cell->count / report->unique_people);
        }
    }
}

static void
write_events (SkupXlsx         *book,
              const SkupReport *report)
{
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, _("Events held"));
  const char *titles[] = { _("Title"), _("Kind"), _("Start"), _("End"), _("City") };

  skup_xlsx_write_header (sheet, 0, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < report->events->len; i++)
    {
      const SkupReportEvent *event = g_ptr_array_index (report->events, i);

      skup_xlsx_write_text (sheet, i + 1, 0, event->title);
      skup_xlsx_write_text (sheet, i + 1, 1, event->kind);
      skup_xlsx_write_iso_date (sheet, i + 1, 2, event->start_date);
      skup_xlsx_write_iso_date (sheet, i + 1, 3, event->end_date);
      skup_xlsx_write_text (sheet, i + 1, 4, event->city);
    }
}

/**
 * skup_report_write_xlsx:
 * @report: the figures
 * @heading: the title block
 * @path: where to write the workbook
 * @error: where to put a write error
 *
 * Returns: whether the workbook was written
 */
gboolean
skup_report_write_xlsx (const SkupReport        *report,
                        const SkupReportHeading *heading,
                        const char              *path,
                        GError                 **error)
{
  g_autoptr(SkupXlsx) book = skup_xlsx_new (path, error);

  if (book == NULL)
    return FALSE;
  write_summary (book, report, heading);
  for (guint i = 0; i < report->breakdowns->len; i++)
    write_breakdown (book, report, g_ptr_array_index (report->breakdowns, i));
  write_events (book, report);
  return skup_xlsx_close (g_steal_pointer (&book), error);
}
