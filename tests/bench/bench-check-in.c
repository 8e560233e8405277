/* bench-check-in.c — how fast check-in at the door answers a keystroke on a large register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench on the register it made (100,000 people), not by the test suite:
 * timings depend on the machine, so they are measured and printed, never asserted. Each
 * register gets an event with 1,000 of its people registered (taken away again at the end);
 * names of registered people are then typed letter by letter, and each keystroke is timed
 * twice: the core's skup_check_in_find() alone, and in the real window from the text changed
 * to the first frame GTK paints with the first match on screen.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/skup-core.h"
#include "core/attendance/skup-check-in.h"
#include "gui/attendance/skup-check-in-window.h"

#define RUNS 7
#define REGISTERED 1000
/* The names typed, letter by letter: registered people spread over the grid. */
#define N_NAMES 4
#define MAX_MATCHES 8
#define EVENT_TITLE "Bench: check-in at the door"

typedef struct {
  GtkWidget  *window;
  const char *expected;   /* the name the first match must show */
  gint64      painted_at; /* when a frame with it was painted, or 0 */
} Probe;

typedef struct {
  const char *engine;
  GArray     *find_ms;    /* (element-type double) */
  GArray     *shown_ms;   /* (element-type double) */
} Results;

/* The register *************************************************************/

static void
remove_event (SkupStore *store,
              gint64     event_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, &error);
  g_autoptr(GPtrArray) plan = event ? skup_store_plan_delete (store, event, &error) : NULL;

  if (plan == NULL || !skup_store_delete (store, event, plan, &error))
    g_error ("could not remove the bench's event: %s", error->message);
}

/* A one-day event today with REGISTERED people of the register, spread over it. */
static gint64
add_event (SkupStore *store)
{
  g_autoptr(SkupEvent) event = skup_event_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  gint64 old = skup_store_find_by_title (store, SKUP_TYPE_EVENT, EVENT_TITLE);
  guint n, step;

  /* A run that stopped half-way left its event behind. */
  if (old > 0)
    remove_event (store, old);
  skup_record_set_string (SKUP_RECORD (event), "title", EVENT_TITLE);
  skup_record_set_string (SKUP_RECORD (event), "kind", "workshop");
  skup_record_set_string (SKUP_RECORD (event), "status", "planned");
  skup_record_set_string (SKUP_RECORD (event), "start-date", today);
  skup_record_set_string (SKUP_RECORD (event), "end-date", today);
  if (!skup_store_save (store, SKUP_RECORD (event), &error))
    g_error ("could not save the event: %s", error->message);
  people = skup_store_list (store, SKUP_TYPE_PERSON, NULL, &error);
  if (people == NULL || !skup_store_begin (store, &error))
    g_error ("%s", error->message);
  n = g_list_model_get_n_items (people);
  step = MAX (n / REGISTERED, 1);
  for (guint i = 0; i < n && i / step < REGISTERED; i += step)
    {
      g_autoptr(SkupRecord) person = g_list_model_get_item (people, i);

      if (!skup_store_register (store, skup_record_get_id (SKUP_RECORD (event)),
                                skup_record_get_id (person), NULL, NULL, NULL, &error))
        g_error ("could not register: %s", error->message);
    }
  if (!skup_store_commit (store, &error))
    g_error ("%s", error->message);
  return skup_record_get_id (SKUP_RECORD (event));
}

/* What is typed: the names of N_NAMES people of the grid, each letter by letter. */
static GPtrArray *
list_keystrokes (SkupAttendanceGrid *grid)
{
  GPtrArray *keystrokes = g_ptr_array_new_with_free_func (g_free);
  guint n = skup_attendance_grid_get_n_people (grid);

  for (guint k = 0; k < N_NAMES; k++)
    {
      const char *name = skup_attendance_grid_get_person (grid, (k * 2 + 1) * n / (2 * N_NAMES))
                           ->name;

      for (const char *p = g_utf8_next_char (name); ; p = g_utf8_next_char (p))
        {
          g_ptr_array_add (keystrokes, g_strndup (name, p - name));
          if (*p == '\0')
            break;
        }
    }
  return keystrokes;
}

/* The core ******************************************************************/

static void
measure_find (SkupCheckIn *check_in,
              GPtrArray   *keystrokes,
              Results     *results)
{
  for (guint r = 0; r < RUNS; r++)
    for (guint k = 0; k < keystrokes->len; k++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GArray) matches = skup_check_in_find (check_in, keystrokes->pdata[k],
                                                        MAX_MATCHES);
        double ms = (g_get_monotonic_time () - start) / 1000.0;

        g_array_append_val (results->find_ms, ms);
      }
}

/* The window ****************************************************************/

/* A mapped label below @widget shows @text: the row is really on screen. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static void
after_paint (GdkFrameClock *clock,
             Probe         *probe)
{
  if (probe->painted_at == 0 && probe->expected != NULL
      && shows_text (probe->window, probe->expected))
    probe->painted_at = g_get_monotonic_time ();
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 200 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* The first mapped widget of @type: the session chooser hides a search entry of its own. */
static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
keep_waking (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Sets the field to @text and waits for the frame that shows its first match; returns the
 * milliseconds, -1 if it never showed. */
static double
type_into (GtkWidget   *entry,
           Probe       *probe,
           SkupCheckIn *check_in,
           const char  *text)
{
  g_autoptr(GArray) matches = skup_check_in_find (check_in, text, MAX_MATCHES);
  SkupAttendanceGrid *grid = skup_check_in_get_grid (check_in);
  gint64 start, deadline;
  guint wakeup_id;

  if (matches->len == 0)
    return -1;
  probe->expected = skup_attendance_grid_get_person (grid, g_array_index (matches, guint, 0))
                      ->name;
  probe->painted_at = 0;
  start = g_get_monotonic_time ();
  deadline = start + 10 * G_USEC_PER_SEC;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* A frame that never shows the match must not block the loop past the deadline. */
  wakeup_id = g_timeout_add (100, keep_waking, NULL);
  while (probe->painted_at == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wakeup_id);
  probe->expected = NULL;
  return probe->painted_at != 0 ? (probe->painted_at - start) / 1000.0 : -1;
}

static void
measure_window (SkupStore *store,
                gint64     event_id,
                GPtrArray *keystrokes,
                Results   *results)
{
  g_autoptr(SkupContext) context = skup_context_new (store, NULL);
  SkupCheckInWindow *window = skup_check_in_window_new (NULL, context, event_id);
  SkupCheckIn *check_in = skup_check_in_window_get_check_in (window);
  Probe probe = { GTK_WIDGET (window), NULL, 0 };
  GtkWidget *entry;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint), &probe);
  settle ();
  entry = find_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert (entry != NULL);
  for (guint r = 0; r < RUNS; r++)
    {
      /* Each name from an empty field, as at the door. */
      for (guint k = 0; k < keystrokes->len; k++)
        {
          const char *text = keystrokes->pdata[k];
          double ms;

          if (g_utf8_strlen (text, -1) == 1)
            {
              gtk_editable_set_text (GTK_EDITABLE (entry), "");
              settle ();
            }
          ms = type_into (entry, &probe, check_in, text);
          g_array_append_val (results->shown_ms, ms);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* The table ****************************************************************/

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
print_row (const char *what,
           const char *engine,
           GArray     *samples,
           double      target)
{
  double *s = (double *) samples->data;
  guint n = samples->len;

  qsort (s, n, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.2f | %8.2f | %8.2f | %6.0f | %-4s |\n", what, engine, s[0],
          s[n / 2], s[n - 1], target, s[0] >= 0 && s[n / 2] <= target ? "yes" : "NO");
}

static void
measure (const char *location,
         Results    *results)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (location, &error);
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  g_autoptr(SkupCheckIn) check_in = NULL;
  g_autoptr(GPtrArray) keystrokes = NULL;
  gint64 event_id, start;

  if (store == NULL)
    g_error ("could not open %s: %s", location, error->message);
  results->engine = skup_store_is_shared (store) ? "PostgreSQL" : "SQLite";
  event_id = add_event (store);
  start = g_get_monotonic_time ();
  grid = skup_attendance_grid_load (store, event_id, &error);
  if (grid == NULL)
    g_error ("could not read the grid: %s", error->message);
  fprintf (stderr, "  (%s: %u people in the register, %u registered; the grid read in %.1f ms)\n",
           results->engine, skup_store_count (store, SKUP_TYPE_PERSON, NULL, NULL),
           skup_attendance_grid_get_n_people (grid),
           (g_get_monotonic_time () - start) / 1000.0);
  check_in = skup_check_in_new (grid, 0);
  keystrokes = list_keystrokes (grid);
  measure_find (check_in, keystrokes, results);
  measure_window (store, event_id, keystrokes, results);
  remove_event (store, event_id);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree Results *results = NULL;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DATABASE [DATABASE…]   (a file or a postgresql:// URI)\n",
               argv[0]);
      return 2;
    }
  gtk_init ();
  adw_init ();
  results = g_new0 (Results, argc - 1);
  for (int i = 1; i < argc; i++)
    {
      results[i - 1].find_ms = g_array_new (FALSE, FALSE, sizeof (double));
      results[i - 1].shown_ms = g_array_new (FALSE, FALSE, sizeof (double));
      measure (argv[i], &results[i - 1]);
    }
  printf ("| %-40s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n",
          "measure (ms, 1,000 registered)", "engine", "best", "median", "worst", "target", "met");
  printf ("|------------------------------------------|------------|----------|----------|"
          "----------|--------|------|\n");
  for (int i = 0; i < argc - 1; i++)
    print_row ("check-in keystroke -> matches (core)", results[i].engine, results[i].find_ms,
               50);
  for (int i = 0; i < argc - 1; i++)
    print_row ("check-in keystroke -> first match shown", results[i].engine,
               results[i].shown_ms, 50);
  for (int i = 0; i < argc - 1; i++)
    {
      g_array_unref (results[i].find_ms);
      g_array_unref (results[i].shown_ms);
    }
  return 0;
}
