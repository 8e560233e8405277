/* bench-import.c — how long importing 100,000 people from a CSV file takes, on SQLite
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench: a file of 100,000 people (names in both scripts, emails, cities,
 * fifty organisations) is read once, then imported into a new, empty register several
 * times, from the first row to the transaction committed.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <sys/resource.h>

#include <glib/gstdio.h>

#include "skup-core.h"
#include "skup-people-import.h"

#define RUNS 3
#define PEOPLE 100000
#define TARGET_MS 2000.0

static const char *givens[] = { "Ana", "Milica", "Јелена", "Đorđe", "Nikola", "Љиљана",
                                "Stefan", "Čedomir", "Žaklina", "Bojan" };
static const char *families[] = { "Petrović", "Јовановић", "Nikolić", "Đurić", "Ljubić",
                                  "Šarić", "Čolić", "Живковић", "Marković", "Stojanović",
                                  "Ilić", "Pavlović" };

/* SKUP_BENCH_PEOPLE makes a smaller file, for a profiler that runs fifty times slower */
static guint
people_count (void)
{
  const char *text = g_getenv ("SKUP_BENCH_PEOPLE");
  guint64 count = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, PEOPLE, &count, NULL))
    return PEOPLE;
  return (guint) count;
}

static SkupCsvTable *
make_file (guint people)
{
  g_autoptr(GString) text = g_string_new ("Ime,Prezime,E-mail,Grad,Organizacija\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SkupCsvTable *table;

  for (guint i = 0; i < people; i++)
    g_string_append_printf (text, "%s%u,%s,osoba%u@example.org,Beograd,Udruženje br. %u\n",
                            givens[i % G_N_ELEMENTS (givens)], i,
                            families[i % G_N_ELEMENTS (families)], i, i % 50);
  bytes = g_bytes_new (text->str, text->len);
  table = skup_csv_read_bytes (bytes, &error);
  if (table == NULL)
    g_error ("could not read the file: %s", error->message);
  return table;
}

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static double
import_once (SkupCsvTable *table,
             guint         people,
             const char   *dir)
{
  g_autofree char *path = g_build_filename (dir, "import.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_auto(GStrv) mapping = skup_people_import_guess_mapping (skup_csv_table_get_row (table, 0,
                                                                                    NULL, NULL));
  SkupPeopleImportReport report;
  gint64 start;
  double ms, cpu_start;

  g_unlink (path);
  store = skup_store_open (path, &error);
  if (store == NULL)
    g_error ("could not open %s: %s", path, error->message);
  start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  if (!skup_people_import_run (store, table, (const char * const *) mapping, FALSE, &report,
                               &error))
    g_error ("the import failed: %s", error->message);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  /* on a shared machine the wall clock waits for others too: say what was ours */
  fprintf (stderr, "  (SQLite: %.0f ms of processor time in %.0f ms)\n", cpu_ms () - cpu_start,
           ms);
  if (report.created != people)
    g_error ("imported %u people, not %u", report.created, people);
  skup_people_import_report_clear (&report);
  g_clear_object (&store);
  g_unlink (path);
  return ms;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  guint people = people_count ();
  g_autoptr(SkupCsvTable) table = make_file (people);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-bench-import-XXXXXX", &error);
  double samples[RUNS];
  g_autofree char *measure = people == PEOPLE ? g_strdup ("import 100,000 people")
                                              : g_strdup_printf ("import %u people", people);

  if (dir == NULL)
    g_error ("%s", error->message);
  printf ("| %-40s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, core)", "engine",
          "best", "median", "worst", "target", "met");
  printf ("|------------------------------------------|------------|----------|----------|"
          "----------|--------|------|\n");
  for (guint i = 0; i < RUNS; i++)
    samples[i] = import_once (table, people, dir);
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n",
          measure, "SQLite", samples[0], samples[RUNS / 2], samples[RUNS - 1],
          TARGET_MS, samples[RUNS / 2] <= TARGET_MS ? "yes" : "NO");
  g_rmdir (dir);
  return 0;
}
