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

#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "gui/skup-application.h"
#include "gui/skup-window.h"

static const char *const sections[] = {
  "events", "people", "trainers", "organisations", "venues", "projects",
};

typedef struct {
  char            *tmpdir;
  char            *path;
  SkupStore       *store;
  SkupApplication *app;
  GSettings       *settings;
} Fixture;

/* Helpers *****************************************************************/

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static gboolean
set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds; ten seconds is a hang, not slowness. The caller
 * asserts what it waited for, so a failure says what was wrong. */
static void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (10, set_flag, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_test_message ("Timed out waiting until %s", what);
  else
    g_source_remove (timeout_id);
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
frames_reached (gpointer data)
{
  return *(guint *) data >= 3;
}

/* A few frames after a change, layout and drawing have caught up with it. */
static void
wait_for_frames (GtkWidget *widget)
{
  guint frames = 0;
  guint tick_id = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  wait_until (frames_reached, &frames, "three frames were drawn");
  g_assert_cmpuint (frames, >=, 3);
  gtk_widget_remove_tick_callback (widget, tick_id);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

typedef struct {
  GtkWidget *widget;
  int        width;
  int        height;
} SizeWait;

static gboolean
has_size (gpointer data)
{
  SizeWait *wait = data;

  return gtk_widget_get_width (wait->widget) == wait->width &&
         gtk_widget_get_height (wait->widget) == wait->height;
}

/* Opens a window whose visible part is @width × @height. */
static SkupWindow *
open_window (Fixture *f,
             int      width,
             int      height)
{
  SkupWindow *window = skup_window_new (ADW_APPLICATION (f->app), f->store);
  GtkWidget *widget = GTK_WIDGET (window);
  SizeWait wait = { widget, width, height };
  GdkSurface *surface;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, window, "the window was mapped");
  g_assert_true (gtk_widget_get_mapped (widget));
  wait_for_frames (widget);

  /* The default size counts the frame around the window: grow by it. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (!has_size (&wait))
    {
      gtk_window_set_default_size (GTK_WINDOW (window),
                                   width + gdk_surface_get_width (surface) -
                                   gtk_widget_get_width (widget),
                                   height + gdk_surface_get_height (surface) -
                                   gtk_widget_get_height (widget));
      wait_until (has_size, &wait, "the window had its size");
      wait_for_frames (widget);
    }
  g_assert_cmpint (gtk_widget_get_width (widget), ==, width);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, height);

  return window;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type,
                 gboolean   mapped_only)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (!mapped_only || gtk_widget_get_mapped (child)))
        return child;

      found = find_descendant (child, type, mapped_only);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A label the user can see that reads @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;

      found = find_label (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The button the user can see that triggers @action_name. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;

      found = find_actionable (child, action_name);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;

      found = find_button_labelled (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (SKUP_SCREENSHOT_DIR, file, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  graphene_rect_t bounds;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);

  g_assert_cmpint (g_mkdir_with_parents (SKUP_SCREENSHOT_DIR, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static SkupListPage *
show_section (SkupWindow *window,
              const char *name)
{
  SkupListPage *page = skup_window_get_list_page (window, name);

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  wait_for_frames (GTK_WIDGET (window));
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
  GtkWidget *status = find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE);

  return status != NULL ? adw_status_page_get_title (ADW_STATUS_PAGE (status)) : NULL;
}

/* The dialog shown over @window, if any. */
static GtkWidget *
get_dialog (GtkWidget *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  GtkWidget *dialog = get_dialog (data);

  return ADW_IS_MESSAGE_DIALOG (dialog) && gtk_widget_get_mapped (dialog);
}

static AdwMessageDialog *
wait_for_message_dialog (SkupWindow *window)
{
  GtkWidget *dialog;

  wait_until (has_message_dialog, window, "a message dialog was shown");
  dialog = get_dialog (GTK_WIDGET (window));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  wait_for_frames (dialog);
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

  wait_until (has_count, &wait, "the list had its rows");
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
  query.trainers_only = g_str_equal (section, "trainers");

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

static void
reset_settings (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  /* The memory backend lives as long as the process: start every test from the defaults. */
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean sample = GPOINTER_TO_INT (data);

  f->tmpdir = g_dir_make_tmp ("skup-test-lists-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->tmpdir, "skup.db", NULL);
  f->store = skup_store_open (f->path, &error);
  g_assert_no_error (error);
  if (sample)
    {
      SkupDemoStats stats;

      skup_demo_fill_sample (f->store, &stats, &error);
      g_assert_no_error (error);
    }

  f->settings = g_settings_new (APP_ID);
  reset_settings (f->settings);

  f->app = skup_application_new ();
  /* Several applications come and go in one process; none may claim the bus name. */
  g_application_set_flags (G_APPLICATION (f->app),
                           g_application_get_flags (G_APPLICATION (f->app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (f->app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_clear_object (&f->app);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
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
  SkupWindow *window = open_window (f, 1280, 800);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      SkupListPage *page = show_section (window, sections[i]);
      g_autofree char *name = g_strdup_printf ("list-%s", sections[i]);

      assert_list_shown (f, window, page, sections[i]);
      save_screenshot (GTK_WIDGET (window), name);
    }
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  SkupWindow *window = open_window (f, 360, 640);
  AdwLeaflet *leaflet = ADW_LEAFLET (find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET,
                                                      FALSE));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      SkupListPage *page = show_section (window, sections[i]);
      g_autofree char *name = g_strdup_printf ("list-%s-narrow", sections[i]);

      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
      assert_list_shown (f, window, page, sections[i]);
      /* The way back to the sections is there. */
      g_assert_nonnull (find_actionable (GTK_WIDGET (page), "win.go-back"));
      save_screenshot (GTK_WIDGET (window), name);
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
  SkupWindow *window = open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  const char *milosevic[] = { "Milutin Milošević", NULL };
  const char *boskovic[] = { "Dušan Bošković", "Душица Бошковић", "Катарина Бошковић", NULL };
  guint everyone = skup_list_page_get_n_items (page);
  GtkWidget *entry;
  GtkWidget *focus;

  /* Ctrl+F opens the search with the focus in it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  wait_for_frames (GTK_WIDGET (window));
  entry = find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_nonnull (entry);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Cyrillic finds Latin, plain letters find diacritics, and the other way round. */
  assert_finds (page, "Милошевић", milosevic);
  assert_finds (page, "milosevic", milosevic);
  assert_finds (page, "boskovic", boskovic);
  assert_finds (page, "Бошковић", boskovic);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Душица Бошковић"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "3 people"));
  save_screenshot (GTK_WIDGET (window), "list-people-search");

  /* Typing in the entry searches as well (the entry's own signal, not the shortcut). */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Milo");
  wait_for_count (page, 2);
  g_assert_cmpstr (skup_list_page_get_search_text (page), ==, "Milo");

  /* Nothing found: said so, with what was typed. */
  skup_list_page_set_search_text (page, "Zzyzx");
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, 0);
  g_assert_cmpstr (visible_status_title (window), ==, "No Results");
  g_assert_nonnull (strstr (adw_status_page_get_description (
                              ADW_STATUS_PAGE (find_descendant (GTK_WIDGET (window),
                                                                ADW_TYPE_STATUS_PAGE, TRUE))),
                            "“Zzyzx”"));
  save_screenshot (GTK_WIDGET (window), "list-people-no-results");

  /* Clearing the search shows everyone again. */
  skup_list_page_set_search_text (page, NULL);
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, everyone);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  SkupWindow *window = open_window (f, 1280, 800);
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
  wait_for_frames (GTK_WIDGET (window));
  expected = skup_store_list (f->store, SKUP_TYPE_PERSON, &query, NULL);
  last = g_list_model_get_item (expected, 0);
  expected_first = skup_record_dup_title (last);
  reversed_first = dup_title_at (page, 0);
  g_assert_cmpstr (reversed_first, ==, expected_first);
  g_assert_cmpstr (reversed_first, !=, first);
  g_assert_nonnull (find_label (GTK_WIDGET (page), reversed_first));

  /* By city, descending: the first row lives in the last city. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "list.sort-by", "s", "city"));
  wait_for_frames (GTK_WIDGET (window));
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

static void
test_events_grouped (Fixture       *f,
                     gconstpointer  data)
{
  SkupWindow *window = open_window (f, 1280, 800);
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
  wait_for_frames (GTK_WIDGET (window));

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
  save_screenshot (GTK_WIDGET (window), "list-events-upcoming");
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
      g_assert_nonnull (find_descendant (button, GTK_TYPE_SPINNER, TRUE));
      g_object_set_data (G_OBJECT (button), "busy", GUINT_TO_POINTER (busy + 1));
    }
}

static void
test_empty_load_sample (Fixture       *f,
                        gconstpointer  data)
{
  SkupWindow *window = open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  GtkWidget *button;

  /* An empty register says what the section is for and offers the first steps. */
  g_assert_cmpstr (visible_status_title (window), ==, "No People Yet");
  g_assert_nonnull (find_button_labelled (GTK_WIDGET (page), "New Person"));
  button = find_actionable (GTK_WIDGET (page), "win.load-sample-data");
  g_assert_nonnull (button);
  save_screenshot (GTK_WIDGET (window), "list-people-empty");

  /* Loading the sample data fills every list, in the background. */
  g_signal_connect (page, "notify::loading", G_CALLBACK (on_loading_changed), button);
  gtk_widget_activate (button);
  wait_until (has_rows, page, "the sample people were listed");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "busy")), ==, 1);
  g_assert_true (gtk_widget_is_sensitive (button));
  wait_for_frames (GTK_WIDGET (window));
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
  SkupWindow *window = open_window (f, 1280, 800);
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
  wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "“Milutin Milošević” deleted"));
  g_assert_true (record_exists (f, SKUP_TYPE_PERSON, id));
  save_screenshot (GTK_WIDGET (window), "list-people-deleted");

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
  wait_for_frames (GTK_WIDGET (window));
  g_assert_false (record_exists (f, SKUP_TYPE_PERSON, id));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_people - 1);
  g_assert_cmpuint (count_records (f, "people"), ==, n_people - 1);
}

static void
test_delete_on_close (Fixture       *f,
                      gconstpointer  data)
{
  SkupWindow *window = open_window (f, 1280, 800);
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
  SkupWindow *window = open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  gint64 id = find_person (f, "Milutin Milošević");
  GtkWidget *view = find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, TRUE);
  SkupDetailPage *detail;
  g_autoptr(SkupRecord) record = NULL;

  /* Activating a row opens the record's page over the list … */
  skup_list_page_set_search_text (page, "milosevic");
  g_signal_emit_by_name (view, "activate", 0);
  wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (detail)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (skup_detail_page_get_record_type (detail) == SKUP_TYPE_PERSON);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, id);
  save_screenshot (GTK_WIDGET (window), "list-people-record");

  /* … and its back button returns to the list, on the same row. */
  g_signal_emit_by_name (detail, "close-requested");
  wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_window_get_detail_page (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpint (skup_list_page_get_selected_id (page), ==, id);

  /* A related record opens in its own section. */
  skup_window_open_record (window, SKUP_TYPE_ORGANISATION,
                           skup_store_find_by_title (f->store, SKUP_TYPE_ORGANISATION,
                                                     "Prevent"));
  wait_for_frames (GTK_WIDGET (window));
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
  wait_for_frames (GTK_WIDGET (window));
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
  SkupWindow *window = open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  guint n_people = skup_list_page_get_n_items (page);
  SkupDetailPage *detail;
  AdwMessageDialog *dialog;

  /* Ctrl+N makes a new person in People. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_true (skup_detail_page_get_record_type (detail) == SKUP_TYPE_PERSON);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, 0);
  save_screenshot (GTK_WIDGET (window), "list-people-new");

  /* Leaving typed-in changes asks first; Cancel stays. */
  g_assert_true (skup_detail_page_set_field_text (detail, "given-name", "Jelena"));
  g_assert_true (skup_detail_page_set_field_text (detail, "family-name", "Đorđević"));
  g_assert_true (skup_detail_page_is_dirty (detail));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "venues");
  dialog = wait_for_message_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  save_screenshot (GTK_WIDGET (dialog), "list-save-changes");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_true (skup_window_get_detail_page (window) == detail);
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "people");

  /* Save writes the person, then goes where the user was going. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "venues");
  dialog = wait_for_message_dialog (window);
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_frames (GTK_WIDGET (window));
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
  wait_until (is_gone, &window, "the window closed");
  g_assert_null (window);
  g_assert_cmpuint (count_records (f, "people"), ==, n_people + 1);
}

static void
test_new_trainer (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = open_window (f, 1280, 800);
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
  wait_for_frames (GTK_WIDGET (window));

  g_assert_null (skup_window_get_detail_page (window));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, n_trainers + 1);
  g_assert_cmpuint (count_records (f, "trainers"), ==, n_trainers + 1);
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Jovana Trajković"));
}

int
main (int   argc,
      char *argv[])
{
  /* Without a session bus GLib would start one through X11; the tests need none. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Transitions would put half-faded pages into the screenshots; the window buttons are
   * GNOME's (only Close), as a user of GNOME sees them. */
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                "gtk-decoration-layout", "appmenu:close",
                NULL);

#define ADD(path, sample, func) \
  g_test_add ("/skup/ui/lists/" path, Fixture, GINT_TO_POINTER (sample), \
              fixture_setup, func, fixture_teardown)

  ADD ("sections", TRUE, test_sections);
  ADD ("narrow", TRUE, test_narrow);
  ADD ("search", TRUE, test_search);
  ADD ("sort", TRUE, test_sort);
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
