/* bench-documents.c — how long the documents take to write, on each engine
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench with the registers it measures: each gets one more event, a
 * five-day training with 1,000 people, and the sign-in sheet for every session is written
 * to a PDF several times, from reading the register to the file closed.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "skup-core.h"
#include "skup-collate.h"
#include "skup-sign-in-sheet.h"

#define RUNS 7
#define PEOPLE 1000

static const char *givens[] = { "Ana", "Milica", "Jelena", "Đorđe", "Nikola", "Ljiljana",
                                "Stefan", "Čedomir", "Žaklina", "Bojan" };
static const char *families[] = { "Petrović", "Jovanović", "Nikolić", "Đurić", "Ljubić",
                                  "Šarić", "Čolić", "Živković", "Marković", "Stojanović",
                                  "Ilić", "Pavlović" };

static gint64
save (SkupStore  *store,
      SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  if (!skup_store_save (store, record, &error))
    g_error ("could not save: %s", error->message);
  return skup_record_get_id (record);
}

/* A five-day training with PEOPLE people from fifty organisations. */
static gint64
add_training (SkupStore *store)
{
  g_autoptr(SkupEvent) event = skup_event_new ();
  g_autoptr(GError) error = NULL;
  gint64 orgs[50];
  gint64 event_id;

  skup_record_set_string (SKUP_RECORD (event), "title", "Obuka za rad sa korisnicima droga");
  skup_record_set_string (SKUP_RECORD (event), "kind", "training");
  skup_record_set_string (SKUP_RECORD (event), "status", "planned");
  skup_record_set_string (SKUP_RECORD (event), "start-date", "2026-03-02");
  skup_record_set_string (SKUP_RECORD (event), "end-date", "2026-03-06");
  event_id = save (store, SKUP_RECORD (event));
  for (guint i = 0; i < G_N_ELEMENTS (orgs); i++)
    {
      g_autoptr(SkupOrganisation) org = skup_organisation_new ();
      g_autofree char *name = g_strdup_printf ("Udruženje za zdravlje br. %u", i + 1);

      /* A register measured before keeps them: organisations are unique by name. */
      orgs[i] = skup_store_find_by_title (store, SKUP_TYPE_ORGANISATION, name);
      if (orgs[i] > 0)
        continue;
      skup_record_set_string (SKUP_RECORD (org), "name", name);
      orgs[i] = save (store, SKUP_RECORD (org));
    }
  if (!skup_store_begin (store, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < PEOPLE; i++)
    {
      g_autoptr(SkupPerson) person = skup_person_new ();
      SkupRecord *record = SKUP_RECORD (person);
      g_autofree char *given = g_strdup_printf ("%s%u", givens[i % G_N_ELEMENTS (givens)], i);

      skup_record_set_string (record, "given-name", given);
      skup_record_set_string (record, "family-name", families[i % G_N_ELEMENTS (families)]);
      skup_record_set_string (record, "position", "Savetnik za prevenciju");
      skup_record_set_int (record, "organisation-id", orgs[i % G_N_ELEMENTS (orgs)]);
      save (store, record);
      if (!skup_store_register (store, event_id, skup_record_get_id (record), NULL, NULL, NULL,
                                &error))
        g_error ("%s", error->message);
    }
  if (!skup_store_commit (store, &error))
    g_error ("%s", error->message);
  return event_id;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
write_sheet (SkupStore  *store,
             gint64      event_id,
             const char *pdf,
             guint      *pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSignInSheet) sheet = NULL;
  SkupSignInOptions options;
  gint64 start = g_get_monotonic_time ();

  skup_sign_in_options_init (&options, event_id);
  options.language = "sr";
  sheet = skup_sign_in_sheet_new (store, &options, &error);
  if (sheet == NULL || !skup_document_write_pdf (SKUP_DOCUMENT (sheet), pdf, &error))
    g_error ("could not write the sheet: %s", error->message);
  *pages = skup_document_get_n_pages (SKUP_DOCUMENT (sheet));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
measure (const char *location,
         const char *engine,
         const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (location, &error);
  double samples[RUNS];
  guint pages = 0;
  gint64 event_id;

  if (store == NULL)
    g_error ("could not open %s: %s", location, error->message);
  event_id = add_training (store);
  for (guint i = 0; i < RUNS; i++)
    samples[i] = write_sheet (store, event_id, pdf, &pages);
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n",
          "sign-in sheet 1,000 people/5 days -> PDF", engine, samples[0], samples[RUNS / 2],
          samples[RUNS - 1], 300.0, samples[RUNS / 2] <= 300.0 ? "yes" : "NO");
  fflush (stdout);
  fprintf (stderr, "  (%s: %u pages in %s)\n", engine, pages, pdf);
}

/* Every sorted list keys its names (skup_collate_key): 10,000 keys in 10 ms is a microsecond
 * a name, which keeps a 100,000-person reindex to a tenth of a second of keying. */
static void
measure_collation (void)
{
  static const char * const names[] = {
    "Milošević Ljiljana", "Đorđević Džej", "Petrović Ana Marija", "Capoccia Victor Anthony",
    "Милошевић Љиљана", "Шевченко Тарас", "Clausen Thomas", "Nikolić Njegoš",
  };
  double samples[RUNS];
  gsize total = 0;

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < 10000; i++)
        {
          g_autofree char *key = skup_collate_key (names[i % G_N_ELEMENTS (names)],
                                                   i % 3 ? "sr@latin" : "sr");
          total += (guchar) key[0];
        }
      samples[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n",
          "collation keys for 10,000 names", "-", samples[0], samples[RUNS / 2],
          samples[RUNS - 1], 10.0, samples[RUNS / 2] <= 10.0 ? "yes" : "NO");
  fprintf (stderr, "  (collation checksum %" G_GSIZE_FORMAT ")\n", total);
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: bench-documents PDF LOCATION…\n");
      return 2;
    }
  printf ("| %-40s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, core)", "engine",
          "best", "median", "worst", "target", "met");
  printf ("|------------------------------------------|------------|----------|----------|"
          "----------|--------|------|\n");
  for (int i = 2; i < argc; i++)
    measure (argv[i], g_str_has_prefix (argv[i], "postgres") ? "PostgreSQL" : "SQLite", argv[1]);
  measure_collation ();
  return 0;
}
