/* bench-lists.c — how fast the lists answer in the real window on a large register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench, not by the test suite: timings depend on the machine, so they are
 * measured and printed, never asserted. Each measurement starts at a user's action (opening
 * the People list, typing a letter into its search) and ends at the first frame GTK paints
 * in which the first row of the answer is on screen.
 */

#include "config.h"

#include <stdio.h>

#include "core/skup-core.h"
#include "gui/skup-list-page.h"
#include "gui/skup-window.h"

#define RUNS 7

typedef struct {
  GtkWidget  *window;
  const char *expected;   /* the title the first row must show */
  gint64      painted_at; /* when a frame with that row was painted, or 0 */
} Probe;

/* Finds a mapped label showing @text below @widget: the row is really on screen. */
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
  if (probe->painted_at == 0 && shows_text (probe->window, probe->expected))
    probe->painted_at = g_get_monotonic_time ();
}

static GtkWidget *
find_list_page (GtkWidget  *widget,
                const char *kind)
{
  if (SKUP_IS_LIST_PAGE (widget)
      && g_strcmp0 (skup_list_page_get_kind (SKUP_LIST_PAGE (widget)), kind) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_page (child, kind);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Waits for the frame that shows @expected; returns the milliseconds since @start. */
static double
wait_painted (Probe      *probe,
              const char *expected,
              gint64      start)
{
  gint64 deadline = start + 10 * G_USEC_PER_SEC;

  probe->expected = expected;
  while (probe->painted_at == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (probe->painted_at == 0)
    return -1;
  return (probe->painted_at - start) / 1000.0;
}

static char *
first_title (SkupStore  *store,
             const char *search)
{
  SkupQuery query = { .search = search };
  g_autoptr(GListModel) list = skup_store_list (store, SKUP_TYPE_PERSON, &query, NULL);
  g_autoptr(SkupRecord) first = list ? g_list_model_get_item (list, 0) : NULL;

  return first ? skup_record_dup_title (first) : NULL;
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

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
           double     *samples,
           guint       n,
           double      target)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n", what, engine, samples[0],
          samples[n / 2], samples[n - 1], target,
          samples[n / 2] >= 0 && samples[n / 2] <= target ? "yes" : "NO");
}

static double
open_people (GtkWidget *window,
             Probe     *probe,
             SkupStore *store)
{
  g_autofree char *expected = first_title (store, NULL);
  GtkWidget *page;
  gint64 start;

  gtk_widget_activate_action (window, "win.show-page", "s", "events");
  settle ();
  page = find_list_page (window, "people");
  /* Forget what the page read before, so opening it reads the register again. */
  if (page != NULL)
    skup_list_page_refresh (SKUP_LIST_PAGE (page));
  probe->painted_at = 0;
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (window, "win.show-page", "s", "people");
  return wait_painted (probe, expected, start);
}

static double
type_search (GtkWidget  *window,
             Probe      *probe,
             SkupStore  *store,
             const char *text)
{
  GtkWidget *page = find_list_page (window, "people");
  g_autofree char *expected = first_title (store, text);
  gint64 start;

  settle ();
  probe->painted_at = 0;
  start = g_get_monotonic_time ();
  skup_list_page_set_search_text (SKUP_LIST_PAGE (page), text);
  return wait_painted (probe, expected, start);
}

static const char *keystrokes[] = { "m", "mi", "mil", "milo", "milos", "м", "ми", "мил" };

#define N_KEYS G_N_ELEMENTS (keystrokes)

typedef struct {
  const char *engine;
  double      open_ms[RUNS];
  double      key_ms[N_KEYS][RUNS];
  double      all_keys[N_KEYS * RUNS];
} Results;

static void
measure (SkupStore *store,
         Results   *results)
{
  AdwApplication *app = adw_application_new ("rs.skup.Bench", G_APPLICATION_NON_UNIQUE);
  GtkWidget *window;
  Probe probe = { 0 };
  guint n_all = 0;

  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = GTK_WIDGET (skup_window_new (app, store));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  probe.window = window;
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint), &probe);
  settle ();

  for (guint r = 0; r < RUNS; r++)
    {
      results->open_ms[r] = open_people (window, &probe, store);
      for (guint k = 0; k < N_KEYS; k++)
        results->all_keys[n_all++] = results->key_ms[k][r]
          = type_search (window, &probe, store, keystrokes[k]);
      skup_list_page_set_search_text (SKUP_LIST_PAGE (find_list_page (window, "people")), "");
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
}

/* One table, each measure's rows for every engine side by side. */
static void
print_table (Results *results,
             guint    n_engines)
{
  printf ("| %-40s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, real window)",
          "engine", "best", "median", "worst", "target", "met");
  printf ("|------------------------------------------|------------|----------|----------|"
          "----------|--------|------|\n");
  for (guint e = 0; e < n_engines; e++)
    print_row ("People list opened -> first rows shown", results[e].engine,
               results[e].open_ms, RUNS, 150);
  for (guint e = 0; e < n_engines; e++)
    print_row ("search keystroke -> first result shown", results[e].engine,
               results[e].all_keys, N_KEYS * RUNS, 50);
  for (guint k = 0; k < N_KEYS; k++)
    for (guint e = 0; e < n_engines; e++)
      {
        g_autofree char *what = g_strdup_printf ("  typed so far: %s", keystrokes[k]);
        /* Pad by characters, not bytes, so Cyrillic rows line up. */
        g_autofree char *padded = g_strdup_printf ("%s%*s", what,
                                                   40 - (int) g_utf8_strlen (what, -1), "");
        print_row (padded, results[e].engine, results[e].key_ms[k], RUNS, 50);
      }
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
      g_autoptr(GError) error = NULL;
      g_autoptr(SkupStore) store = skup_store_open (argv[i], &error);

      if (store == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      results[i - 1].engine = skup_store_is_shared (store) ? "PostgreSQL" : "SQLite";
      printf ("register (%s): %u people, %u events\n", results[i - 1].engine,
              skup_store_count (store, SKUP_TYPE_PERSON, NULL, NULL),
              skup_store_count (store, SKUP_TYPE_EVENT, NULL, NULL));
      measure (store, &results[i - 1]);
    }
  printf ("\n");
  print_table (results, (guint) argc - 1);
  return 0;
}
