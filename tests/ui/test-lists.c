/* test-lists.c — the section lists: rows, counts, search, sorting, grouping, empty states,
 * record pages and delete with Undo, driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most tests open the window on a register filled with the sample data (the events of the
 * source documents); screenshots of every list, wide and narrow, go to SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-application.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

static const char *const sections[] = {
  "events", "people", "trainers", "organisations", "venues", "projects",
};

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A label the user can see that reads @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  return skup_ui_test_find_widget (widget, is_label_reading, text);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  return skup_ui_test_find_widget (widget, is_button_labelled, label);
}

static SkupListPage *
show_section (SkupWindow *window,
              const char *name)
{
  SkupListPage *page = skup_window_get_list_page (window, name);

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, name);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  return page;
}

static char *
dup_title_at (SkupListPage *page,
              guint         position)
{
  g_autoptr(GObject) item = g_list_model_get_item (skup_list_page_get_model (page), position);

  g_assert_nonnull (item);
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return skup_record_dup_title (SKUP_RECORD (item));
}

/* The titles of the records a list shows, headings left out. */
static GStrv
dup_titles (SkupListPage *page)
{
  GListModel *model = skup_list_page_get_model (page);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_autofree char *title = NULL;

      if (!SKUP_IS_RECORD (item))
        continue;
      title = skup_record_dup_title (SKUP_RECORD (item));
      g_strv_builder_add (builder, title);
    }
  return g_strv_builder_end (builder);
}

static const char *
visible_status_title (SkupWindow *window)
{
  GtkWidget *status =
    skup_ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE);

  return status != NULL ? adw_status_page_get_title (ADW_STATUS_PAGE (status)) : NULL;
}

/* The dialog shown over @window, if any. */
static AdwMessageDialog *
wait_for_message_dialog (SkupWindow *window)
{
  GtkWidget *dialog;

  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, window, "a message dialog was shown");
  dialog = skup_ui_test_get_dialog (GTK_WIDGET (window));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  skup_ui_test_wait_for_frames (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

typedef struct {
  SkupListPage *page;
  guint         n_items;
} CountWait;

static gboolean
has_count (gpointer data)
{
  CountWait *wait = data;

  return skup_list_page_get_n_items (wait->page) == wait->n_items;
}

static void
wait_for_count (SkupListPage *page,
                guint         n_items)
{
  CountWait wait = { page, n_items };

  skup_ui_test_wait_until (has_count, &wait, "the list had its rows");
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_items);
}

static guint
count_records (Fixture    *f,
               const char *section)
{
  SkupQuery query = { 0 };
  GType type;

  if (g_str_equal (section, "events"))
    type = SKUP_TYPE_EVENT;
  else if (g_str_equal (section, "organisations"))
    type = SKUP_TYPE_ORGANISATION;
  else if (g_str_equal (section, "venues"))
    type = SKUP_TYPE_VENUE;
  else if (g_str_equal (section, "projects"))
    type = SKUP_TYPE_PROJECT;
  else
    type = SKUP_TYPE_PERSON;
  query.only_if = g_str_equal (section, "trainers") ? "is-trainer" : NULL;

  return skup_store_count (f->store, type, &query, NULL);
}

static gint64
find_person (Fixture    *f,
             const char *name)
{
  gint64 id = skup_store_find_by_title (f->store, SKUP_TYPE_PERSON, name);

  g_assert_cmpint (id, >, 0);
  return id;
}

/* Fixture *****************************************************************/

/* With @data TRUE, the register holds the sample data. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  skup_ui_test_fixture_setup (f, "skup-test-lists-XXXXXX");
  if (GPOINTER_TO_INT (data))
    {
      skup_demo_fill_sample (f->store, &stats, &error);
      g_assert_no_error (error);
    }
}

/* Tests *******************************************************************/

static const char *
count_noun (const char *section,
            guint       n)
{
  if (g_str_equal (section, "people"))
    return n == 1 ? "person" : "people";
  if (g_str_equal (section, "events"))
    return n == 1 ? "event" : "events";
  if (g_str_equal (section, "trainers"))
    return n == 1 ? "trainer" : "trainers";
  if (g_str_equal (section, "organisations"))
    return n == 1 ? "organisation" : "organisations";
  if (g_str_equal (section, "venues"))
    return n == 1 ? "venue" : "venues";
  return n == 1 ? "project" : "projects";
}

/* Every list shows its records, counted, with the first one on screen. */
static void
assert_list_shown (Fixture      *f,
                   SkupWindow   *window,
                   SkupListPage *page,
                   const char   *section)
{
  guint expected = count_records (f, section);
  g_autofree char *count = g_strdup_printf ("%u %s", expected, count_noun (section, expected));
  g_autofree char *first = NULL;

  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, expected);
  g_assert_cmpstr (skup_list_page_get_count_text (page), ==, count);
  g_assert_nonnull (find_label (GTK_WIDGET (window), count));
  g_assert_null (visible_status_title (window));

  /* The first row is on screen (events begin with a group heading). */
  first = dup_title_at (page, g_str_equal (section, "events") ? 1 : 0);
  g_assert_nonnull (find_label (GTK_WIDGET (page), first));
}

static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      SkupListPage *page = show_section (window, sections[i]);
      g_autofree char *name = g_strdup_printf ("list-%s", sections[i]);

      assert_list_shown (f, window, page, sections[i]);
      skup_ui_test_save_screenshot (GTK_WIDGET (window), name);
    }
}

/* With the sample events and their 14–43 participants each, no page says its feature comes
 * later: Reports, which came, shows the report rather than an empty state; Certificates says
 * where certificates are issued. */
static void
test_coming_pages_say_true (Fixture       *f,
                            gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  GtkWidget *empty;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "certificates");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  empty = skup_ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE);
  g_assert_nonnull (empty);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (empty)),
                            "Issue Certificates…"));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 360, 640);
  AdwLeaflet *leaflet =
    ADW_LEAFLET (skup_ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, FALSE));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      SkupListPage *page = show_section (window, sections[i]);
      g_autofree char *name = g_strdup_printf ("list-%s-narrow", sections[i]);

      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
      assert_list_shown (f, window, page, sections[i]);
      /* The way back to the sections is there. */
      g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (page), "win.go-back"));
      skup_ui_test_save_screenshot (GTK_WIDGET (window), name);
    }
}

static void
assert_finds (SkupListPage       *page,
              const char         *search,
              const char * const *expected)
{
  g_auto(GStrv) titles = NULL;

  skup_list_page_set_search_text (page, search);
  titles = dup_titles (page);
  if (!g_strv_equal ((const char * const *) titles, expected))
    {
      g_autofree char *found = g_strjoinv (", ", titles);

      g_test_fail_printf ("“%s” found %s", search, found);
    }
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, g_strv_length ((GStrv) expected));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  const char *milosevic[] = { "Milutin Milošević", NULL };
  const char *boskovic[] = { "Dušan Bošković", "Душица Бошковић", "Катарина Бошковић", NULL };
  guint everyone = skup_list_page_get_n_items (page);
  GtkWidget *entry;
  GtkWidget *focus;

  /* Ctrl+F opens the search with the focus in it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  entry = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_nonnull (entry);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Cyrillic finds Latin, plain letters find diacritics, and the other way round. */
  assert_finds (page, "Милошевић", milosevic);
  assert_finds (page, "milosevic", milosevic);
  assert_finds (page, "boskovic", boskovic);
  assert_finds (page, "Бошковић", boskovic);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Душица Бошковић"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "3 people"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-people-search");

  /* Typing in the entry searches as well (the entry's own signal, not the shortcut). */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Milo");
  wait_for_count (page, 2);
  g_assert_cmpstr (skup_list_page_get_search_text (page), ==, "Milo");

  /* Nothing found: said so, with what was typed. */
  skup_list_page_set_search_text (page, "Zzyzx");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, 0);
  g_assert_cmpstr (visible_status_title (window), ==, "No Results");
  g_assert_nonnull (
    strstr (adw_status_page_get_description (ADW_STATUS_PAGE (
              skup_ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE))),
            "“Zzyzx”"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-people-no-results");

  /* Clearing the search shows everyone again. */
  skup_list_page_set_search_text (page, NULL);
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, everyone);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  SkupQuery query = { .sort = "family-name", .descending = TRUE };
  g_autoptr(GListModel) expected = NULL;
  g_autoptr(SkupRecord) last = NULL;
  g_autofree char *first = dup_title_at (page, 0);
  g_autofree char *expected_first = NULL;
  g_autofree char *reversed_first = NULL;
  g_autofree char *by_city = NULL;
  g_autoptr(GObject) item = NULL;

  /* People come by family name, as on a sign-in sheet. */
  g_assert_cmpstr (first, ==, "Владимир Антић");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.sort-descending", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  expected = skup_store_list (f->store, SKUP_TYPE_PERSON, &query, NULL);
  last = g_list_model_get_item (expected, 0);
  expected_first = skup_record_dup_title (last);
  reversed_first = dup_title_at (page, 0);
  g_assert_cmpstr (reversed_first, ==, expected_first);
  g_assert_cmpstr (reversed_first, !=, first);
  g_assert_nonnull (find_label (GTK_WIDGET (page), reversed_first));

  /* By city, descending: the first row lives in the last city. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.sort-by", "s", "city"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  query.sort = "city";
  g_clear_object (&expected);
  expected = skup_store_list (f->store, SKUP_TYPE_PERSON, &query, NULL);
  g_clear_object (&last);
  last = g_list_model_get_item (expected, 0);
  item = g_list_model_get_item (skup_list_page_get_model (page), 0);
  by_city = g_strdup (skup_record_get_string (SKUP_RECORD (item), "city"));
  g_assert_cmpstr (by_city, ==, skup_record_get_string (last, "city"));
  g_assert_cmpint (skup_record_get_id (SKUP_RECORD (item)), ==, skup_record_get_id (last));
}

/* The sort menu's item reading @text, as GtkPopoverMenu shows it (a GtkModelButton). */
static gboolean
is_menu_item (GtkWidget     *widget,
              gconstpointer  text)
{
  g_autofree char *item_text = NULL;

  if (!g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    return FALSE;
  g_object_get (widget, "text", &item_text, NULL);
  return g_strcmp0 (item_text, text) == 0;
}

static GtkWidget *
find_menu_item (GtkWidget  *popover,
                const char *text)
{
  GtkWidget *item = skup_ui_test_find_widget (popover, is_menu_item, text);

  g_assert_nonnull (item);
  return item;
}

/* Whether the menu shows a mark (radio dot or check) beside the item reading @text. */
static gboolean
is_marked (GtkWidget  *popover,
           const char *text)
{
  gboolean active;

  g_object_get (find_menu_item (popover, text), "active", &active, NULL);
  return active;
}

static GtkWidget *
open_sort_menu (SkupListPage *page)
{
  GtkWidget *button = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON,
                                                    TRUE);
  GtkPopover *popover;

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Sort");
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  skup_ui_test_wait_until (skup_ui_test_is_mapped, popover, "the sort menu was shown");
  skup_ui_test_wait_for_frames (GTK_WIDGET (popover));
  return GTK_WIDGET (popover);
}

/* Choosing an item closes the menu, as a click does; the list reads itself again. */
static void
choose_menu_item (GtkWidget  *popover,
                  const char *text)
{
  g_assert_true (gtk_widget_activate (find_menu_item (popover, text)));
  skup_ui_test_wait_for_frames (popover);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The sort menu marks the order the list is in: its field, and whether it is reversed. */
static void
test_sort_menu_marks (Fixture       *f,
                      gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  const char *fields[] = { "Family Name", "Given Name", "Organisation", "City" };
  GtkWidget *popover = open_sort_menu (page);
  g_autofree char *sort_by = NULL;
  gboolean descending;

  /* As the list first comes: by family name, A to Z. */
  skup_ui_test_save_screenshot (popover, "list-sort-menu");
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpint (is_marked (popover, fields[i]), ==, i == 0);
  g_assert_false (is_marked (popover, "Reverse Order"));

  choose_menu_item (popover, "City");
  popover = open_sort_menu (page);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpint (is_marked (popover, fields[i]), ==, i == 3);
  choose_menu_item (popover, "Reverse Order");

  popover = open_sort_menu (page);
  g_assert_true (is_marked (popover, "City"));
  g_assert_true (is_marked (popover, "Reverse Order"));
  skup_ui_test_save_screenshot (popover, "list-sort-menu-reversed");
  g_object_get (page, "sort-by", &sort_by, "descending", &descending, NULL);
  g_assert_cmpstr (sort_by, ==, "city");
  g_assert_true (descending);
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* Every section's menu marks its first order at first. */
  popover = open_sort_menu (show_section (window, "events"));
  g_assert_true (is_marked (popover, "Date"));
  g_assert_false (is_marked (popover, "Reverse Order"));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
test_events_grouped (Fixture       *f,
                     gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "events");
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
  g_autofree char *start = g_date_time_format (later, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *title = NULL;
  guint n_events = skup_list_page_get_n_items (page);

  /* The sample events are all over: one group, latest first. */
  heading = dup_title_at (page, 0);
  g_assert_cmpstr (heading, ==, "Past");
  title = dup_title_at (page, 1);
  g_assert_cmpstr (title, ==, "Eliminate Violence Against Women Who Use Drugs");
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Past"));
  g_assert_null (find_label (GTK_WIDGET (page), "Upcoming"));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "8 December 2023 · Meeting · Palace of Serbia, "
                                                   "Beograd"));

  /* A workshop next month comes first, under its own heading. */
  skup_record_set_string (event, "title", "Harm Reduction Workshop in Kragujevac");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "status", "planned");
  skup_record_set_string (event, "start-date", start);
  skup_record_set_string (event, "end-date", start);
  skup_record_set_string (event, "city", "Kragujevac");
  skup_store_save (f->store, event, &error);
  g_assert_no_error (error);
  wait_for_count (page, n_events + 1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  g_clear_pointer (&heading, g_free);
  heading = dup_title_at (page, 0);
  g_assert_cmpstr (heading, ==, "Upcoming");
  g_clear_pointer (&title, g_free);
  title = dup_title_at (page, 1);
  g_assert_cmpstr (title, ==, "Harm Reduction Workshop in Kragujevac");
  g_clear_pointer (&heading, g_free);
  heading = dup_title_at (page, 2);
  g_assert_cmpstr (heading, ==, "Past");
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Upcoming"));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Harm Reduction Workshop in Kragujevac"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-events-upcoming");
}

static gboolean
has_rows (gpointer data)
{
  return skup_list_page_get_n_items (data) > 0;
}

/* While the sample data loads, its button spins and cannot be pressed again. */
static void
on_loading_changed (SkupListPage *page,
                    GParamSpec   *pspec,
                    GtkWidget    *button)
{
  gboolean loading;
  guint busy = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "busy"));

  g_object_get (page, "loading", &loading, NULL);
  if (loading)
    {
      g_assert_false (gtk_widget_is_sensitive (button));
      g_assert_nonnull (skup_ui_test_find_descendant (button, GTK_TYPE_SPINNER, TRUE));
      g_object_set_data (G_OBJECT (button), "busy", GUINT_TO_POINTER (busy + 1));
    }
}

static void
test_empty_load_sample (Fixture       *f,
                        gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  GtkWidget *button;

  /* An empty register says what the section is for and offers the first steps. */
  g_assert_cmpstr (visible_status_title (window), ==, "No People Yet");
  g_assert_nonnull (find_button_labelled (GTK_WIDGET (page), "New Person"));
  button = skup_ui_test_find_actionable (GTK_WIDGET (page), "win.load-sample-data");
  g_assert_nonnull (button);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-people-empty");

  /* Loading the sample data fills every list, in the background. */
  g_signal_connect (page, "notify::loading", G_CALLBACK (on_loading_changed), button);
  gtk_widget_activate (button);
  skup_ui_test_wait_until (has_rows, page, "the sample people were listed");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "busy")), ==, 1);
  g_assert_true (gtk_widget_is_sensitive (button));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, count_records (f, "people"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Sample data loaded"));
  g_assert_null (visible_status_title (window));

  page = show_section (window, "events");
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, 11);
}

static gboolean
record_exists (Fixture *f,
               GType    type,
               gint64   id)
{
  g_autoptr(SkupRecord) record = skup_store_load (f->store, type, id, NULL);

  return record != NULL;
}

/* Deletes the selected person from the list and answers the consequences dialog. */
static void
delete_selected (SkupWindow   *window,
                 SkupListPage *page)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.delete", NULL));
  dialog = wait_for_message_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Milutin Milošević”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "registration"));
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  gint64 id = find_person (f, "Milutin Milošević");
  guint n_people = skup_list_page_get_n_items (page);
  GtkWidget *undo;

  /* The consequences first; then the person is gone from the list, with Undo offered. */
  g_assert_true (skup_list_page_select_record (page, id));
  delete_selected (window, page);
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_people - 1);
  g_assert_false (skup_list_page_select_record (page, id));
  g_assert_nonnull (skup_window_get_undo_toast (window));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "“Milutin Milošević” deleted"));
  g_assert_true (record_exists (f, SKUP_TYPE_PERSON, id));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-people-deleted");

  /* Undo brings the person back; nothing was deleted. */
  undo = find_button_labelled (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  wait_for_count (page, n_people);
  g_assert_true (skup_list_page_select_record (page, id));
  g_assert_true (record_exists (f, SKUP_TYPE_PERSON, id));
  g_assert_null (skup_window_get_undo_toast (window));

  /* So does Ctrl+Z while the toast is up. */
  delete_selected (window, page);
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_people - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_people);
  g_assert_true (record_exists (f, SKUP_TYPE_PERSON, id));

  /* A toast that goes without Undo deletes for good. */
  g_assert_true (skup_list_page_select_record (page, id));
  delete_selected (window, page);
  adw_toast_dismiss (skup_window_get_undo_toast (window));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (record_exists (f, SKUP_TYPE_PERSON, id));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_people - 1);
  g_assert_cmpuint (count_records (f, "people"), ==, n_people - 1);
}

static void
test_delete_on_close (Fixture       *f,
                      gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "venues");
  gint64 id = skup_store_find_by_title (f->store, SKUP_TYPE_VENUE, "Klub poslanika");
  g_autoptr(SkupRecord) venue = skup_store_load (f->store, SKUP_TYPE_VENUE, id, NULL);
  guint n_venues = skup_list_page_get_n_items (page);
  AdwMessageDialog *dialog;

  /* A venue with an event: the event stays, without its venue; that is said first. */
  skup_window_delete_record (window, venue);
  dialog = wait_for_message_dialog (window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "event"));
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_venues - 1);
  g_assert_true (record_exists (f, SKUP_TYPE_VENUE, id));

  /* Closing the window does what was asked. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (record_exists (f, SKUP_TYPE_VENUE, id));
}

static void
test_open_record (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  gint64 id = find_person (f, "Milutin Milošević");
  GtkWidget *view = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, TRUE);
  SkupDetailPage *detail;
  g_autoptr(SkupRecord) record = NULL;

  /* Activating a row opens the record's page over the list … */
  skup_list_page_set_search_text (page, "milosevic");
  g_signal_emit_by_name (view, "activate", 0);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (detail)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (skup_detail_page_get_record_type (detail) == SKUP_TYPE_PERSON);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, id);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-people-record");

  /* … and its back button returns to the list, on the same row. */
  g_signal_emit_by_name (detail, "close-requested");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_window_get_detail_page (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpint (skup_list_page_get_selected_id (page), ==, id);

  /* A related record opens in its own section. */
  skup_window_open_record (window, SKUP_TYPE_ORGANISATION,
                           skup_store_find_by_title (f->store, SKUP_TYPE_ORGANISATION,
                                                     "Prevent"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "organisations");
  g_assert_nonnull (skup_window_get_detail_page (window));

  /* Deleting from a record's page closes it and hides the record. */
  detail = skup_window_get_detail_page (window);
  record = skup_store_load (f->store, SKUP_TYPE_PERSON, id, NULL);
  g_signal_emit_by_name (detail, "close-requested");
  skup_window_open_record (window, SKUP_TYPE_PERSON, id);
  detail = skup_window_get_detail_page (window);
  g_signal_emit_by_name (detail, "delete-requested", record);
  adw_message_dialog_response (wait_for_message_dialog (window), "delete");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_window_get_detail_page (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "people");
  g_assert_false (skup_list_page_select_record (skup_window_get_list_page (window, "people"),
                                                id));
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_new_and_leave (Fixture       *f,
                    gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  guint n_people = skup_list_page_get_n_items (page);
  SkupDetailPage *detail;
  AdwMessageDialog *dialog;

  /* Ctrl+N makes a new person in People. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_true (skup_detail_page_get_record_type (detail) == SKUP_TYPE_PERSON);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, 0);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-people-new");

  /* Leaving typed-in changes asks first; Cancel stays. */
  g_assert_true (skup_detail_page_set_field_text (detail, "given-name", "Jelena"));
  g_assert_true (skup_detail_page_set_field_text (detail, "family-name", "Đorđević"));
  g_assert_true (skup_detail_page_is_dirty (detail));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "venues");
  dialog = wait_for_message_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "list-save-changes");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (skup_window_get_detail_page (window) == detail);
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "people");

  /* Save writes the person, then goes where the user was going. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "venues");
  dialog = wait_for_message_dialog (window);
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_window_get_detail_page (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "venues");
  g_assert_cmpuint (count_records (f, "people"), ==, n_people + 1);
  page = show_section (window, "people");
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_people + 1);

  /* Discard throws the changes away. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  detail = skup_window_get_detail_page (window);
  g_assert_true (skup_detail_page_set_field_text (detail, "given-name", "Marko"));
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_message_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  adw_message_dialog_response (dialog, "discard");
  skup_ui_test_wait_until (is_gone, &window, "the window closed");
  g_assert_null (window);
  g_assert_cmpuint (count_records (f, "people"), ==, n_people + 1);
}

static void
test_new_trainer (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "trainers");
  guint n_trainers = skup_list_page_get_n_items (page);
  SkupDetailPage *detail;

  /* New in Trainers makes a person who trains. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_true (skup_detail_page_get_record_type (detail) == SKUP_TYPE_PERSON);
  /* Being a trainer was the window's choice, not an edit: leaving now would ask nothing. */
  g_assert_false (skup_detail_page_is_dirty (detail));
  g_assert_true (skup_detail_page_set_field_text (detail, "given-name", "Jovana"));
  g_assert_true (skup_detail_page_set_field_text (detail, "family-name", "Trajković"));
  g_assert_true (skup_detail_page_save (detail));
  g_signal_emit_by_name (detail, "close-requested");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_null (skup_window_get_detail_page (window));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_trainers + 1);
  g_assert_cmpuint (count_records (f, "trainers"), ==, n_trainers + 1);
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Jovana Trajković"));
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);
  /* The window buttons are GNOME's (only Close), as a user of GNOME sees them. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

#define ADD(path, sample, func) \
  g_test_add ("/skup/ui/lists/" path, Fixture, GINT_TO_POINTER (sample), \
              fixture_setup, func, skup_ui_test_fixture_teardown)

  ADD ("sections", TRUE, test_sections);
  ADD ("narrow", TRUE, test_narrow);
  ADD ("coming-pages-say-true", TRUE, test_coming_pages_say_true);
  ADD ("search", TRUE, test_search);
  ADD ("sort", TRUE, test_sort);
  ADD ("sort-menu-marks", TRUE, test_sort_menu_marks);
  ADD ("events-grouped", TRUE, test_events_grouped);
  ADD ("empty-load-sample", FALSE, test_empty_load_sample);
  ADD ("delete-undo", TRUE, test_delete_undo);
  ADD ("delete-on-close", TRUE, test_delete_on_close);
  ADD ("open-record", TRUE, test_open_record);
  ADD ("new-and-leave", TRUE, test_new_and_leave);
  ADD ("new-trainer", TRUE, test_new_trainer);

#undef ADD

  return g_test_run ();
}
