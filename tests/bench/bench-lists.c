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
           double     *samples,
           guint       n,
           double      target)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  printf ("| %-40s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n", what, samples[0], samples[n / 2],
          samples[n - 1], target, samples[n / 2] >= 0 && samples[n / 2] <= target ? "yes" : "NO");
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

static void
run (SkupStore *store)
{
  static const char *keystrokes[] = { "m", "mi", "mil", "milo", "milos", "м", "ми", "мил" };
  AdwApplication *app = adw_application_new ("rs.skup.Bench", G_APPLICATION_NON_UNIQUE);
  GtkWidget *window;
  Probe probe = { 0 };
  double open_ms[RUNS], key_ms[G_N_ELEMENTS (keystrokes)][RUNS], all_keys[G_N_ELEMENTS (keystrokes) * RUNS];
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
      open_ms[r] = open_people (window, &probe, store);
      for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
        all_keys[n_all++] = key_ms[k][r] = type_search (window, &probe, store, keystrokes[k]);
      skup_list_page_set_search_text (SKUP_LIST_PAGE (find_list_page (window, "people")), "");
    }

  printf ("| %-40s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, real window)", "best",
          "median", "worst", "target", "met");
  printf ("|------------------------------------------|----------|----------|----------|--------|------|\n");
  print_row ("People list opened -> first rows shown", open_ms, RUNS, 150);
  print_row ("search keystroke -> first result shown", all_keys, n_all, 50);
  for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
    {
      g_autofree char *what = g_strdup_printf ("  typed so far: %s", keystrokes[k]);
      /* Pad by characters, not bytes, so Cyrillic rows line up. */
      g_autofree char *padded = g_strdup_printf ("%s%*s", what,
                                                 40 - (int) g_utf8_strlen (what, -1), "");
      print_row (padded, key_ms[k], RUNS, 50);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  gtk_init ();
  adw_init ();
  store = skup_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("register: %u people, %u events\n\n",
          skup_store_count (store, SKUP_TYPE_PERSON, NULL, NULL),
          skup_store_count (store, SKUP_TYPE_EVENT, NULL, NULL));
  run (store);
  return 0;
}
