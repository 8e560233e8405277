/* test-window.c — the main window and the application, driven under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the real window on a fresh register in a temporary folder and checks what a
 * user would see. Screenshots of every page go to SKUP_SCREENSHOT_DIR for people to look at.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gui/skup-application.h"
#include "gui/skup-preferences-window.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

static const struct {
  const char *name;
  const char *title;
  const char *empty_title;
} pages[] = {
  { "events", "Events", "No Events Yet" },
  { "people", "People", "No People Yet" },
  { "trainers", "Trainers", "No Trainers Yet" },
  { "organisations", "Organisations", "No Organisations Yet" },
  { "venues", "Venues", "No Venues Yet" },
  { "projects", "Projects", "No Projects Yet" },
  { "certificates", "Certificates", "No Certificates Yet" },
  { "reports", "Reports", "Nothing to Report Yet" },
};

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

static gboolean
is_action_row_subtitled (GtkWidget     *widget,
                         gconstpointer  subtitle)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), subtitle) == 0;
}

/* The row, on any page of a preferences window, whose subtitle is @subtitle. */
static GtkWidget *
find_action_row (GtkWidget  *widget,
                 const char *subtitle)
{
  return skup_ui_test_find_widget (widget, is_action_row_subtitled, subtitle);
}

static gboolean
is_window_title_shown (GtkWidget     *widget,
                       gconstpointer  title)
{
  return ADW_IS_WINDOW_TITLE (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

static gboolean
shows_window_title (GtkWidget  *widget,
                    const char *title)
{
  return skup_ui_test_find_widget (widget, is_window_title_shown, title) != NULL;
}

static AdwLeaflet *
get_leaflet (SkupWindow *window)
{
  return ADW_LEAFLET (skup_ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, FALSE));
}

static GtkListBoxRow *
get_sidebar_row (SkupWindow *window,
                 guint       index)
{
  GtkWidget *sidebar = skup_ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, FALSE);

  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (sidebar), index);
}

/* What arrow keys do: select a row without activating it. */
static void
select_sidebar_row (SkupWindow *window,
                    guint       index)
{
  GtkListBoxRow *row = get_sidebar_row (window, index);

  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
}

/* What the user sees: the page's empty state, its title in the header bar and its row
 * selected in the sidebar. */
static void
assert_page_shown (SkupWindow *window,
                   guint       index)
{
  GtkWidget *status =
    skup_ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE);
  GtkWidget *sidebar = skup_ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, FALSE);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar));

  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, pages[index].name);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   pages[index].empty_title);
  g_assert_true (shows_window_title (GTK_WIDGET (window), pages[index].title));
  g_assert_nonnull (selected);
  g_assert_cmpint (gtk_list_box_row_get_index (selected), ==, index);
}

static gboolean
shows_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
      && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child))
      return TRUE;
  return FALSE;
}

/* A button that shows only an icon must say what it does: its tooltip is what sighted users
 * hover for, and our templates give such buttons the same accessible label. (GTK 4.8 cannot
 * read an accessible label back, so the tooltip stands for both.) */
static void
assert_buttons_named (GtkWidget  *widget,
                      const char *where,
                      guint      *n_checked)
{
  /* GTK labels the buttons of its own composite widgets. */
  if (!gtk_widget_get_mapped (widget) || GTK_IS_WINDOW_CONTROLS (widget)
      || GTK_IS_SPIN_BUTTON (widget))
    return;
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    {
      if (!shows_text (widget) && gtk_widget_get_tooltip_text (widget) == NULL)
        g_error ("%s: a %s in a %s in a %s, showing only an icon, has no tooltip or label",
                 where, G_OBJECT_TYPE_NAME (widget),
                 G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                 G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (widget))));
      (*n_checked)++;
      if (GTK_IS_MENU_BUTTON (widget))
        return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_buttons_named (child, where, n_checked);
}

/* Fixture *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, "skup-test-window-XXXXXX");
}

/* Tests *******************************************************************/

static void
test_pages_by_action (Fixture       *f,
                      gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);

  g_assert_false (adw_leaflet_get_folded (get_leaflet (window)));
  /* The first start opens on the first page. */
  assert_page_shown (window, 0);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i].name));
      skup_ui_test_wait_for_frames (GTK_WIDGET (window));
      assert_page_shown (window, i);
      skup_ui_test_save_screenshot (GTK_WIDGET (window), pages[i].name);
    }
}

static void
test_buttons_named (Fixture       *f,
                    gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  guint n_checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i].name));
      skup_ui_test_wait_for_frames (GTK_WIDGET (window));
      assert_buttons_named (GTK_WIDGET (window), pages[i].name, &n_checked);
    }
  /* A new record's page has the most controls: pickers, calendars, switches. */
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i].name));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
      skup_ui_test_wait_for_frames (GTK_WIDGET (window));
      assert_buttons_named (GTK_WIDGET (window), pages[i].name, &n_checked);
    }
  g_assert_cmpuint (n_checked, >, 20);
}

static void
test_pages_by_sidebar (Fixture       *f,
                       gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);

  /* Backwards, so every row changes the page. */
  for (guint i = G_N_ELEMENTS (pages); i-- > 0;)
    {
      gtk_widget_activate (GTK_WIDGET (get_sidebar_row (window, i)));
      skup_ui_test_wait_for_frames (GTK_WIDGET (window));
      assert_page_shown (window, i);
    }

  /* Arrow keys only select a row: the page follows. */
  select_sidebar_row (window, 3);
  assert_page_shown (window, 3);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 360, 640);
  AdwLeaflet *leaflet = get_leaflet (window);
  guint venues = 4;

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "narrow-sidebar");

  /* Moving through the list with the keyboard stays in the sidebar … */
  select_sidebar_row (window, 1);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

  /* … activating a row goes to its page, with a way back. */
  gtk_widget_activate (GTK_WIDGET (get_sidebar_row (window, venues)));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  assert_page_shown (window, venues);
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (window), "win.go-back"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "narrow-venues");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "venues");
}

static void
test_state_saved (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1000, 700);
  g_autofree char *last_page = NULL;
  int width;
  int height;
  int restored_width;
  int restored_height;

  /* What GTK reports as the size to come back to (it counts the window's frame). */
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, >=, 1000);
  g_assert_cmpint (width, <, 1100);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "certificates");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_null (window);

  g_assert_cmpint (g_settings_get_int (f->settings, "window-width"), ==, width);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (f->settings, "window-maximized"));
  last_page = g_settings_get_string (f->settings, "last-page");
  g_assert_cmpstr (last_page, ==, "certificates");

  /* The next window comes back as it was left. */
  window = skup_window_new (ADW_APPLICATION (f->app), f->store);
  gtk_window_get_default_size (GTK_WINDOW (window), &restored_width, &restored_height);
  g_assert_cmpint (restored_width, ==, width);
  g_assert_cmpint (restored_height, ==, height);
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "certificates");
}

static void
test_unknown_last_page (Fixture       *f,
                        gconstpointer  data)
{
  SkupWindow *window;

  /* A page a later version may have, or a typo in dconf-editor: no warning, first page. */
  g_settings_set_string (f->settings, "last-page", "no-such-page");
  window = skup_ui_test_open_window (f, 1280, 800);
  assert_page_shown (window, 0);
}

/* The dialog @action opened: the newest window of the application, or the shortcuts window,
 * which GtkApplicationWindow keeps to itself. */
static GtkWidget *
get_dialog (GtkWidget *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkWidget *newest = gtk_application_get_windows (app)->data;

  if (newest != window)
    return newest;
  return GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
}

static gboolean
has_dialog (gpointer data)
{
  GtkWidget *dialog = get_dialog (data);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static GtkWidget *
open_dialog (Fixture    *f,
             GtkWidget  *window,
             const char *action)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (window, action, NULL));
  skup_ui_test_wait_until (has_dialog, window, "a dialog was shown");
  dialog = get_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_mapped (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  skup_ui_test_wait_for_frames (dialog);

  return dialog;
}

static void
test_dialogs (Fixture       *f,
              gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  GtkWidget *dialog;
  GtkWidget *row;

  /* Preferences show where the register is kept. */
  dialog = open_dialog (f, GTK_WIDGET (window), "app.preferences");
  g_assert_true (SKUP_IS_PREFERENCES_WINDOW (dialog));
  row = find_action_row (dialog, f->path);
  g_assert_nonnull (row);
  skup_ui_test_save_screenshot (dialog, "preferences");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = open_dialog (f, GTK_WIDGET (window), "win.show-help-overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (dialog));
  skup_ui_test_save_screenshot (dialog, "shortcuts");
  gtk_widget_set_visible (dialog, FALSE);

  dialog = open_dialog (f, GTK_WIDGET (window), "app.about");
  g_assert_true (ADW_IS_ABOUT_WINDOW (dialog));
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (dialog)), ==,
                   PACKAGE_VERSION);
  skup_ui_test_save_screenshot (dialog, "about");
}

/* The application, run as from a command line *****************************/

typedef struct {
  GPtrArray  *added;     /* (element-type GType) */
  const char *expected_path;
} AppRun;

static gboolean
next_step (gpointer user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* The newest window comes first: answer it as a user would. */
  if (windows == NULL)
    return G_SOURCE_REMOVE;
  if (ADW_IS_MESSAGE_DIALOG (windows->data))
    gtk_widget_activate (skup_ui_test_find_descendant (windows->data, GTK_TYPE_BUTTON, FALSE));
  else if (SKUP_IS_WINDOW (windows->data))
    g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  else if (SKUP_IS_PREFERENCES_WINDOW (windows->data))
    g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  else
    g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 AppRun         *run)
{
  g_ptr_array_add (run->added, GSIZE_TO_POINTER (G_OBJECT_TYPE (window)));

  if (SKUP_IS_WINDOW (window))
    {
      SkupStore *store = skup_window_get_store (SKUP_WINDOW (window));

      g_assert_cmpstr (skup_store_get_path (store), ==, run->expected_path);
      /* gtk/help-overlay.ui was found under the resource base path. */
      g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
    }
  else if (SKUP_IS_PREFERENCES_WINDOW (window))
    {
      GtkWindow *parent = gtk_window_get_transient_for (window);

      g_assert_true (SKUP_IS_WINDOW (parent));
      g_assert_true (skup_preferences_window_get_store (SKUP_PREFERENCES_WINDOW (window)) ==
                     skup_window_get_store (SKUP_WINDOW (parent)));
    }

  g_idle_add_full (G_PRIORITY_LOW, next_step, g_object_ref (app), g_object_unref);
}

static int
run_application (const char *database,
                 AppRun     *run)
{
  g_autoptr(SkupApplication) app = skup_ui_test_make_application ();
  char *argv[] = { (char *) "skup", (char *) "--database", (char *) database, NULL };

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), run);
  return g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);
}

static void
test_application_database_option (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *expected = g_build_filename (f->tmpdir, "other register.db", NULL);
  AppRun run = { added, expected };
  const char *accels_quit[] = { "<Control>q", NULL };
  g_auto(GStrv) accels = NULL;
  g_autoptr(GVariant) saved_page = NULL;

  /* A relative path is taken from where the user typed it. */
  g_assert_cmpint (g_chdir (f->tmpdir), ==, 0);
  g_assert_cmpint (run_application ("other register.db", &run), ==, EXIT_SUCCESS);
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  g_assert_cmpuint (added->len, ==, 3);
  g_assert_true (g_ptr_array_index (added, 0) == GSIZE_TO_POINTER (SKUP_TYPE_WINDOW));
  g_assert_true (g_ptr_array_index (added, 1) == GSIZE_TO_POINTER (SKUP_TYPE_PREFERENCES_WINDOW));
  g_assert_true (g_ptr_array_index (added, 2) == GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW));
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));

  /* Quitting closed the window, which saved its state on the way. */
  saved_page = g_settings_get_user_value (f->settings, "last-page");
  g_assert_nonnull (saved_page);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.quit");
  g_assert_true (g_strv_equal ((const char * const *) accels, accels_quit));
}

static void
test_application_open_error (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autofree char *notes = g_build_filename (f->tmpdir, "notes.txt", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  AppRun run = { added, NULL };

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "Not a register: only notes about the Niš workshop.\n");
  g_file_set_contents (notes, text->str, text->len, &error);
  g_assert_no_error (error);

  /* A file that is not a register: an explanation, no window, no crash. (The status is only
   * seen by a second "skup" handing its command line over: GApplication reports 0 once its
   * main loop has run.) */
  run_application (notes, &run);
  g_assert_cmpuint (added->len, ==, 1);
  g_assert_true (g_type_is_a (GPOINTER_TO_SIZE (g_ptr_array_index (added, 0)),
                              ADW_TYPE_MESSAGE_DIALOG));
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/window/pages-by-action", Fixture, NULL,
              fixture_setup, test_pages_by_action, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/window/buttons-named", Fixture, NULL,
              fixture_setup, test_buttons_named, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/window/pages-by-sidebar", Fixture, NULL,
              fixture_setup, test_pages_by_sidebar, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/window/narrow", Fixture, NULL,
              fixture_setup, test_narrow, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/window/state-saved", Fixture, NULL,
              fixture_setup, test_state_saved, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/window/unknown-last-page", Fixture, NULL,
              fixture_setup, test_unknown_last_page, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/window/dialogs", Fixture, NULL,
              fixture_setup, test_dialogs, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/application/database-option", Fixture, NULL,
              fixture_setup, test_application_database_option, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/application/open-error", Fixture, NULL,
              fixture_setup, test_application_open_error, skup_ui_test_fixture_teardown);

  return g_test_run ();
}
