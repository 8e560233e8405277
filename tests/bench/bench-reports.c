/* bench-reports.c — how long the donor report takes over every event, on each engine
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench on its large register (100,000 people, 5,000 events): the report
 * over every event is computed several times, from the first query to the last figure, as
 * the Reports page computes it when it opens; then written once as a PDF, for the record.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "skup-core.h"
#include "skup-report.h"
#include "skup-report-output.h"

#define RUNS 5
#define TARGET_MS 500.0

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static SkupReport *
compute_all (SkupStore *store,
             double    *ms)
{
  g_autoptr(GError) error = NULL;
  SkupReportScope scope = { SKUP_REPORT_SCOPE_ALL };
  gint64 start = g_get_monotonic_time ();
  SkupReport *report = skup_report_compute (store, &scope, FALSE, &error);

  if (report == NULL)
    g_error ("could not compute the report: %s", error->message);
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  return report;
}

static void
measure (const char *location,
         const char *engine,
         const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (location, &error);
  g_autoptr(SkupReport) report = NULL;
  double samples[RUNS];
  double written;
  gint64 start;

  if (store == NULL)
    g_error ("could not open %s: %s", location, error->message);
  for (guint i = 0; i < RUNS; i++)
    {
      g_clear_pointer (&report, skup_report_free);
      report = compute_all (store, &samples[i]);
    }
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n",
          "donor report over every event", engine, samples[0], samples[RUNS / 2],
          samples[RUNS - 1], TARGET_MS, samples[RUNS / 2] <= TARGET_MS ? "yes" : "NO");
  fflush (stdout);
  start = g_get_monotonic_time ();
  if (!skup_report_write (store, report, SKUP_REPORT_FORMAT_PDF, pdf, &error))
    g_error ("could not write the report: %s", error->message);
  written = (g_get_monotonic_time () - start) / 1000.0;
  fprintf (stderr, "  (%s: %u events, %" G_GINT64_FORMAT " people; PDF in %.0f ms: %s)\n",
           engine, report->events->len, report->unique_people, written, pdf);
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: bench-reports PDF LOCATION…\n");
      return 2;
    }
  printf ("| %-40s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, core)", "engine",
          "best", "median", "worst", "target", "met");
  printf ("|------------------------------------------|------------|----------|----------|"
          "----------|--------|------|\n");
  for (int i = 2; i < argc; i++)
    measure (argv[i], g_str_has_prefix (argv[i], "postgres") ? "PostgreSQL" : "SQLite", argv[1]);
  return 0;
}
