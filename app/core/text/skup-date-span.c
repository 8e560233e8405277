/* skup-date-span.c — the days of an event as a certificate's sentence says them
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * skup_text_format_date_range_in() writes days as a heading does ("20–22. маја 2019."); a
 * sentence needs more words around them in Serbian ("одржаној од 20. до 22. маја 2019.
 * године"), so the span has formats of its own. The month names and the reading of ISO dates
 * are skup-text.c's, so both agree on the genitive; the formats come from the catalogue of the
 * certificate's language, not the window's.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-placeholders.h"
#include "skup-text-private.h"

#define CONTEXT "dates in a sentence"

static char *
format_one_day (SkupCatalog       *catalog,
                const SkupTextDay *day)
{
  /* Translators: the day of a one-day event in a certificate's sentence ("held on 20 May
   * 2019"): the day, the month (as translated in "month in a date") and the year. Serbian
   * writes "%u. %s %u. године" */
  const char *format = NC_("dates in a sentence", "%u %s %u");

  return g_strdup_printf (_skup_text_translate (catalog, CONTEXT, format),
                          day->day, _skup_text_month_name (catalog, day->month), day->year);
}

static char *
format_one_month (SkupCatalog       *catalog,
                  const SkupTextDay *first,
                  const SkupTextDay *last)
{
  /* Translators: the days of an event within one month in a certificate's sentence ("held
   * 20–22 May 2019"): the first day, the last day, the month and the year. Serbian writes
   * "од %u. до %u. %s %u. године" */
  const char *format = NC_("dates in a sentence", "%u–%u %s %u");

  return g_strdup_printf (_skup_text_translate (catalog, CONTEXT, format),
                          first->day, last->day, _skup_text_month_name (catalog, last->month),
                          last->year);
}

static char *
format_one_year (SkupCatalog       *catalog,
                 const SkupTextDay *first,
                 const SkupTextDay *last)
{
  /* Translators: the days of an event across months in a certificate's sentence ("held
   * 30 May – 2 June 2019"): the first day and its month, the last day, its month and the
   * year. Serbian writes "од %u. %s до %u. %s %u. године" */
  const char *format = NC_("dates in a sentence", "%u %s – %u %s %u");

  return g_strdup_printf (_skup_text_translate (catalog, CONTEXT, format),
                          first->day, _skup_text_month_name (catalog, first->month),
                          last->day, _skup_text_month_name (catalog, last->month), last->year);
}

static char *
format_years (SkupCatalog       *catalog,
              const SkupTextDay *first,
              const SkupTextDay *last)
{
  /* Translators: the days of an event across a new year in a certificate's sentence ("held
   * 30 December 2019 – 2 January 2020"): the first day, its month and year, then the last.
   * Serbian writes "од %u. %s %u. до %u. %s %u. године" */
  const char *format = NC_("dates in a sentence", "%u %s %u – %u %s %u");

  return g_strdup_printf (_skup_text_translate (catalog, CONTEXT, format),
                          first->day, _skup_text_month_name (catalog, first->month),
                          first->year, last->day, _skup_text_month_name (catalog, last->month),
                          last->year);
}

/**
 * skup_text_format_date_span_in:
 * @catalog: (nullable): the document's language (%NULL: the user interface's)
 * @start: the first day, "YYYY-MM-DD"
 * @end: (nullable): the last day, "YYYY-MM-DD"
 *
 * Writes the days from @start to @end for a certificate's sentence, each month and year once:
 * "20–22 May 2019", "од 20. до 22. маја 2019. године". An @end that is missing, not a date
 * or not after @start gives the one day @start: "20. маја 2019. године".
 *
 * Returns: (transfer full): the days, or a copy of @start when it is not an ISO date (so
 *   nothing stored is hidden)
 */
char *
skup_text_format_date_span_in (SkupCatalog *catalog,
                               const char  *start,
                               const char  *end)
{
  SkupTextDay first, last;

  g_return_val_if_fail (start != NULL, NULL);

  if (!_skup_text_read_day (start, &first))
    return g_strdup (start);
  if (end == NULL || !_skup_text_read_day (end, &last) || strcmp (end, start) <= 0)
    return format_one_day (catalog, &first);
  if (first.year != last.year)
    return format_years (catalog, &first, &last);
  if (first.month != last.month)
    return format_one_year (catalog, &first, &last);
  return format_one_month (catalog, &first, &last);
}
