/* bench-attendance.c — how fast Take Attendance opens on a large training, on each engine
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench, not by the test suite: timings depend on the machine, so they are
 * measured and printed, never asserted. Each register given gets one more event, ten days
 * with 1,000 people registered and attendance taken on the first three; then the real window
 * opens the event's page and Take Attendance is activated there several times. Each
 * measurement starts at the action and ends at the first frame GTK paints in which the grid
 * has drawn rows.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/skup-core.h"
#include "gui/attendance/skup-attendance-window.h"
#include "gui/skup-window.h"

#define RUNS 7
#define PEOPLE 1000
#define DAYS 10
#define MARKED_DAYS 3
#define TARGET_MS 200.0

static const char *givens[] = { "Ana", "Milica", "Jelena", "Đorđe", "Nikola", "Ljiljana",
                                "Stefan", "Čedomir", "Žaklina", "Bojan" };
static const char *families[] = { "Petrović", "Jovanović", "Nikolić", "Đurić", "Ljubić",
                                  "Šarić", "Čolić", "Živković", "Marković", "Stojanović",
                                  "Ilić", "Pavlović" };

typedef struct {
  GtkWidget *window;      /* the attendance window being opened */
  gint64     painted_at;  /* when a frame with rows of the grid was painted, or 0 */
} Probe;

static gint64
save (SkupStore  *store,
      SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  if (!skup_store_save (store, record, &error))
    g_error ("could not save: %s", error->message);
  return skup_record_get_id (record);
}

static gint64
add_event (SkupStore *store)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);

  skup_record_set_string (event, "title", "Obuka za vršnjačke edukatore");
  skup_record_set_string (event, "kind", "training");
  skup_record_set_string (event, "status", "held");
  /* Ten days: saving the event makes a session for each. */
  skup_record_set_string (event, "start-date", "2026-03-02");
  skup_record_set_string (event, "end-date", "2026-03-11");
  return save (store, event);
}

static GArray *
add_people (SkupStore *store)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), PEOPLE);

  if (!skup_store_begin (store, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < PEOPLE; i++)
    {
      g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);
      g_autofree char *given = g_strdup_printf ("%s%u", givens[i % G_N_ELEMENTS (givens)], i);
      gint64 id;

      skup_record_set_string (person, "given-name", given);
      skup_record_set_string (person, "family-name", families[i % G_N_ELEMENTS (families)]);
      skup_record_set_string (person, "gender", i % 2 ? "male" : "female");
      id = save (store, person);
      g_array_append_val (ids, id);
    }
  if (!skup_store_commit (store, &error))
    g_error ("%s", error->message);
  return ids;
}

/* Most were there on the first days; a few were absent. */
static void
add_marks (SkupStore *store,
           gint64     event_id,
           GArray    *registration_ids)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) sessions = skup_store_list (store, SKUP_TYPE_SESSION, &query, NULL);
  guint n_present = registration_ids->len * 9 / 10;
  const gint64 *ids = (const gint64 *) registration_ids->data;

  if (sessions == NULL || g_list_model_get_n_items (sessions) != DAYS)
    g_error ("the event should have %u sessions", DAYS);
  for (guint day = 0; day < MARKED_DAYS; day++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, day);
      g_autoptr(GError) error = NULL;
      gint64 session_id = skup_record_get_id (session);

      if (!skup_store_set_marks (store, session_id, ids, n_present, SKUP_MARK_PRESENT, NULL,
                                 &error)
          || !skup_store_set_marks (store, session_id, ids + n_present,
                                    registration_ids->len - n_present, SKUP_MARK_ABSENT, NULL,
                                    &error))
        g_error ("could not mark: %s", error->message);
    }
}

/* The training, everyone registered, attendance taken on its first days. */
static gint64
add_training (SkupStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) people = add_people (store);
  SkupRegisterSummary summary = { 0 };
  gint64 event_id = add_event (store);

  if (!skup_store_register_people (store, event_id, (const gint64 *) people->data, people->len,
                                   "participant", &summary, &error))
    g_error ("could not register: %s", error->message);
  add_marks (store, event_id, summary.ids);
  skup_register_summary_clear (&summary);
  return event_id;
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static SkupAttendanceWindow *
find_attendance_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (SKUP_IS_ATTENDANCE_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
after_paint (GdkFrameClock *clock,
             Probe         *probe)
{
  SkupAttendanceWindow *window = SKUP_ATTENDANCE_WINDOW (probe->window);
  SkupAttendanceView *view = skup_attendance_window_get_view (window);

  if (probe->painted_at == 0 && skup_attendance_view_get_n_drawn_rows (view) > 0)
    probe->painted_at = g_get_monotonic_time ();
}

/* From Take Attendance on the event's page to the first frame with the grid's rows. */
static double
open_grid (SkupDetailPage *detail)
{
  Probe probe = { 0 };
  gint64 start, deadline;
  GdkFrameClock *clock;
  gulong handler;
  double ms = -1;

  start = g_get_monotonic_time ();
  deadline = start + 10 * G_USEC_PER_SEC;
  gtk_widget_activate_action (GTK_WIDGET (detail), "event.take-attendance", NULL);
  /* Presenting the window realized it: its first frame is still to come. */
  probe.window = GTK_WIDGET (find_attendance_window ());
  if (probe.window == NULL)
    g_error ("Take Attendance opened no window");
  clock = gtk_widget_get_frame_clock (probe.window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &probe);
  while (probe.painted_at == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (probe.painted_at != 0)
    ms = (probe.painted_at - start) / 1000.0;
  g_signal_handler_disconnect (clock, handler);
  gtk_window_destroy (GTK_WINDOW (probe.window));
  settle ();
  return ms;
}

/* Reading the grid alone, for the record (stderr). */
static double
time_load (SkupStore *store,
           gint64     event_id)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SkupAttendanceGrid) grid = skup_attendance_grid_load (store, event_id, &error);

  if (grid == NULL)
    g_error ("could not read the grid: %s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
measure (const char *location,
         const char *engine)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (location, &error);
  AdwApplication *app = adw_application_new ("rs.skup.Bench", G_APPLICATION_NON_UNIQUE);
  double samples[RUNS];
  SkupDetailPage *detail;
  GtkWidget *window;
  gint64 event_id;

  if (store == NULL)
    g_error ("could not open %s: %s", location, error->message);
  event_id = add_training (store);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = GTK_WIDGET (skup_window_new (app, store));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  skup_window_open_record (SKUP_WINDOW (window), SKUP_TYPE_EVENT, event_id);
  settle ();
  detail = skup_window_get_detail_page (SKUP_WINDOW (window));
  if (detail == NULL)
    g_error ("the event's page did not open");
  /* The page reads its participants and their standing a moment after it opens; a user
   * reaches for Take Attendance once it shows them. */
  for (guint i = 0; i < 10; i++)
    settle ();

  for (guint i = 0; i < RUNS; i++)
    samples[i] = open_grid (detail);
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n",
          "attendance grid 1,000x10 -> rows drawn", engine, samples[0], samples[RUNS / 2],
          samples[RUNS - 1], TARGET_MS,
          samples[RUNS / 2] >= 0 && samples[RUNS / 2] <= TARGET_MS ? "yes" : "NO");
  fflush (stdout);
  fprintf (stderr, "  (%s: reading the grid alone took %.1f ms)\n", engine,
           time_load (store, event_id));

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_object_unref (app);
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-attendance LOCATION…   (a file or a postgresql:// URI)\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  printf ("| %-40s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, real window)",
          "engine", "best", "median", "worst", "target", "met");
  printf ("|------------------------------------------|------------|----------|----------|"
          "----------|--------|------|\n");
  for (int i = 1; i < argc; i++)
    measure (argv[i], g_str_has_prefix (argv[i], "postgres") ? "PostgreSQL" : "SQLite");
  return 0;
}
