/* bench-exports.c — how long an attendance list takes to export, on each engine
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench with the registers it measures: each gets one more event, a
 * three-day training (a session a day) with 1,000 people and their marks, and its attendance
 * list is exported to CSV, XLSX and PDF several times each, from reading the register to the
 * file closed. The target (issue 12): under a second each.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "skup-core.h"
#include "exports/skup-attendance-list.h"

#define RUNS 5
#define PEOPLE 1000
#define TARGET_MS 1000.0

static const char *givens[] = { "Ana", "Milica", "Jelena", "Đorđe", "Nikola", "Ljiljana",
                                "Stefan", "Čedomir", "Žaklina", "Bojan" };
static const char *families[] = { "Petrović", "Jovanović", "Nikolić", "Đurić", "Ljubić",
                                  "Šarić", "Čolić", "Živković", "Marković", "Stojanović" };
static const char *marks[] = { "present", "present", "late", "absent", "left-early", "excused" };

static gint64
save (SkupStore  *store,
      SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  if (!skup_store_save (store, record, &error))
    g_error ("could not save: %s", error->message);
  return skup_record_get_id (record);
}

static GArray *
sessions_of (SkupStore *store,
             gint64     event_id)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = skup_store_list (store, SKUP_TYPE_SESSION, &query, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (list == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (list, i);
      gint64 id = skup_record_get_id (session);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
add_person (SkupStore *store,
            gint64     event_id,
            GArray    *sessions,
            guint      i)
{
  g_autoptr(SkupPerson) person = skup_person_new ();
  SkupRecord *record = SKUP_RECORD (person);
  g_autofree char *given = g_strdup_printf ("%s%u", givens[i % G_N_ELEMENTS (givens)], i);
  g_autoptr(GError) error = NULL;
  gint64 registration = 0;

  skup_record_set_string (record, "given-name", given);
  skup_record_set_string (record, "family-name", families[i % G_N_ELEMENTS (families)]);
  skup_record_set_string (record, "position", "Savetnik za prevenciju");
  skup_record_set_string (record, "city", "Beograd");
  save (store, record);
  if (!skup_store_register (store, event_id, skup_record_get_id (record), NULL, NULL,
                            &registration, &error))
    g_error ("%s", error->message);
  for (guint s = 0; s < sessions->len; s++)
    if (!skup_store_set_attendance (store, registration, g_array_index (sessions, gint64, s),
                                    marks[(i + s) % G_N_ELEMENTS (marks)], NULL, &error))
      g_error ("%s", error->message);
}

/* A three-day training with PEOPLE people, everyone marked at every session. */
static gint64
add_training (SkupStore *store)
{
  g_autoptr(SkupEvent) event = skup_event_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sessions = NULL;
  gint64 event_id;

  skup_record_set_string (SKUP_RECORD (event), "title", "Obuka za rad sa korisnicima droga");
  skup_record_set_string (SKUP_RECORD (event), "kind", "training");
  skup_record_set_string (SKUP_RECORD (event), "status", "planned");
  skup_record_set_string (SKUP_RECORD (event), "start-date", "2026-03-02");
  skup_record_set_string (SKUP_RECORD (event), "end-date", "2026-03-04");
  event_id = save (store, SKUP_RECORD (event));
  sessions = sessions_of (store, event_id);
  if (!skup_store_begin (store, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < PEOPLE; i++)
    add_person (store, event_id, sessions, i);
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
export_once (SkupStore      *store,
             gint64          event_id,
             SkupListFormat  format,
             const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupAttendanceList) list = NULL;
  SkupAttendanceListOptions options;
  gint64 start = g_get_monotonic_time ();

  skup_attendance_list_options_init (&options, event_id);
  options.columns = SKUP_LIST_NAME | SKUP_LIST_ORGANISATION | SKUP_LIST_POSITION | SKUP_LIST_CITY
                    | SKUP_LIST_SESSIONS | SKUP_LIST_RATE;
  list = skup_attendance_list_read (store, &options, &error);
  if (list == NULL || !skup_attendance_list_write (list, format, NULL, path, &error))
    g_error ("could not export: %s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
measure (const char *location,
         const char *engine,
         const char *dir)
{
  static const struct { SkupListFormat format; const char *name; const char *file; } kinds[] = {
    { SKUP_LIST_FORMAT_CSV, "attendance list 1,000 people/3 sessions -> CSV", "list.csv" },
    { SKUP_LIST_FORMAT_XLSX, "attendance list 1,000 people/3 sessions -> XLSX", "list.xlsx" },
    { SKUP_LIST_FORMAT_PDF, "attendance list 1,000 people/3 sessions -> PDF", "list.pdf" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (location, &error);
  gint64 event_id;

  if (store == NULL)
    g_error ("could not open %s: %s", location, error->message);
  event_id = add_training (store);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *path = g_build_filename (dir, kinds[k].file, NULL);
      double samples[RUNS];

      for (guint i = 0; i < RUNS; i++)
        samples[i] = export_once (store, event_id, kinds[k].format, path);
      qsort (samples, RUNS, sizeof (double), compare_doubles);
      printf ("| %-48s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n", kinds[k].name, engine,
              samples[0], samples[RUNS / 2], samples[RUNS - 1], TARGET_MS,
              samples[RUNS / 2] <= TARGET_MS ? "yes" : "NO");
      fflush (stdout);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: bench-exports FOLDER LOCATION…\n");
      return 2;
    }
  printf ("| %-48s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, core)", "engine",
          "best", "median", "worst", "target", "met");
  printf ("|--------------------------------------------------|------------|----------|"
          "----------|----------|--------|------|\n");
  for (int i = 2; i < argc; i++)
    measure (argv[i], g_str_has_prefix (argv[i], "postgres") ? "PostgreSQL" : "SQLite", argv[1]);
  return 0;
}
