/* test-shared.c — one register, several organisers: watching, stale saves and the Open Shared
 * Register dialog, driven under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Another organiser" is a second SkupStore on the same register: an SQLite file here, or a
 * fresh schema in the throw-away PostgreSQL cluster build-aux/test starts ($SKUP_TEST_PG).
 * Without that cluster the PostgreSQL tests fail, saying so; they are never skipped.
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-open-register-window.h"
#include "gui/skup-record-form.h"
#include "gui/skup-register-location.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

#include "skup-test-engines.h"

/* What the window promises: another organiser's change shows within two seconds. */
#define WATCH_DEADLINE_MS 2000
/* Longer than GTK's tooltip delay (500 ms). */
#define TOOLTIP_WAIT_MS 700

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, "skup-test-shared-XXXXXX");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gboolean waited = FALSE;

  /* A tooltip timeout that outlives its window fails in GTK 4.8: let it run out. */
  g_timeout_add (TOOLTIP_WAIT_MS, skup_ui_test_set_flag, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
  skup_ui_test_fixture_teardown (f, data);
}

typedef struct {
  SkupListPage *list;
  guint         n_items;
} CountWait;

static gboolean
list_has_n_items (gpointer data)
{
  CountWait *wait = data;

  return skup_list_page_get_n_items (wait->list) == wait->n_items;
}

static SkupListPage *
show_people (SkupWindow *window)
{
  SkupListPage *list = skup_window_get_list_page (window, "people");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "people"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));
  return list;
}

/* The window shows @store's People with one person selected and the list focused; a person
 * added through @other appears within two seconds, and the selection and focus stay. */
static void
check_other_connection_shows (SkupWindow *window,
                              SkupStore  *store,
                              SkupStore  *other)
{
  SkupListPage *list = show_people (window);
  CountWait wait = { list, 1 };
  gint64 ana = skup_ui_test_add_person (store, "Ana", "Anić");
  GtkWidget *focus;
  gint64 start;

  g_assert_true (skup_ui_test_wait_until_deadline (list_has_n_items, &wait, 5000));
  g_assert_true (skup_list_page_select_record (list, ana));
  gtk_widget_grab_focus (GTK_WIDGET (list));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);

  start = g_get_monotonic_time ();
  skup_ui_test_add_person (other, "Zoran", "Zorić");
  wait.n_items = 2;
  g_assert_true (skup_ui_test_wait_until_deadline (list_has_n_items, &wait, WATCH_DEADLINE_MS));
  g_test_message ("The other connection's person showed after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);

  /* A refresh is not a new page: what the user had selected and focused stays. */
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (skup_list_page_get_selected_id (list), ==, ana);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == focus);
}

static SkupStore *
open_store (const char *location)
{
  g_autoptr(GError) error = NULL;
  SkupStore *store = skup_store_open (location, &error);

  g_assert_no_error (error);
  return store;
}

/* The location of a fresh, empty register in the throw-away PostgreSQL cluster, or NULL with
 * the test failed and the reason said. */
typedef SkupTestEngine PgEngine;

static gboolean
pg_engine_setup (PgEngine *e)
{
  const char *pg = g_getenv ("SKUP_TEST_PG");

  if (pg == NULL || *pg == '\0')
    {
      g_test_fail_printf ("SKUP_TEST_PG is not set: this test needs the throw-away PostgreSQL "
                          "cluster that build-aux/test starts (run the suite through "
                          "build-aux/test, or set SKUP_TEST_PG to a libpq URI)");
      return FALSE;
    }
  skup_test_engine_setup (e, SKUP_DB_POSTGRES);
  return e->location != NULL;
}

static void
pg_engine_teardown (PgEngine *e)
{
  skup_test_engine_teardown (e);
}

/* Watching ****************************************************************/

static void
test_watch_sqlite (Fixture       *f,
                   gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  g_autoptr(SkupStore) other = open_store (f->path);

  check_other_connection_shows (window, f->store, other);
}

/* Another organiser's Skup, a process of its own, adds people to the register: the open
 * People list shows them within two seconds of that process finishing. */
static void
check_other_process_shows (SkupWindow *window,
                           SkupStore  *store)
{
  const char *binary = g_getenv ("SKUP_BINARY");
  SkupListPage *list = show_people (window);
  const char *argv[] = { binary, "--database", skup_store_get_path (store), "demo",
                         "--people", "5", "--events", "1", "--seed", "9", NULL };
  g_autoptr(GError) error = NULL;
  CountWait wait = { list, 0 };
  int status = 0;
  gint64 start;

  g_assert_nonnull (binary);
  g_assert_cmpuint (skup_list_page_get_n_items (list), ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                               NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  start = g_get_monotonic_time ();
  wait.n_items = skup_store_count (store, SKUP_TYPE_PERSON, NULL, NULL);
  g_assert_cmpuint (wait.n_items, >=, 5);
  g_assert_true (skup_ui_test_wait_until_deadline (list_has_n_items, &wait, WATCH_DEADLINE_MS));
  g_test_message ("The other process's people showed after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
}

static void
test_other_process_sqlite (Fixture       *f,
                           gconstpointer  data)
{
  check_other_process_shows (skup_ui_test_open_window (f, 1280, 800), f->store);
}

static void
test_other_process_postgres (Fixture       *f,
                             gconstpointer  data)
{
  PgEngine e = { 0 };
  g_autoptr(SkupStore) store = NULL;
  SkupWindow *window;

  if (!pg_engine_setup (&e))
    return;
  store = open_store (e.location);
  window = skup_ui_test_open_window (f, 1280, 800);
  skup_window_open_register (window, store);
  check_other_process_shows (window, store);
  skup_ui_test_destroy_windows ();
  g_clear_object (&store);
  pg_engine_teardown (&e);
}

static gboolean
shows_status (gpointer data)
{
  GtkWidget *status = skup_ui_test_find_descendant (GTK_WIDGET (data), ADW_TYPE_STATUS_PAGE,
                                                    TRUE);

  return status != NULL
         && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (status)),
                       "The Register Could Not Be Read") == 0;
}

/* A register whose people cannot be read says so: never "No People Yet" and an offer of
 * sample data over records that are there but damaged, and nothing is written into it. */
static void
test_unreadable_register (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  SkupDemoStats stats;
  SkupWindow *window;

  g_assert_true (skup_demo_fill_sample (f->store, &stats, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);
  skup_test_damage_pages (f->path, "people", 3);
  f->store = skup_store_open (f->path, &error);
  g_assert_no_error (error);

  window = skup_ui_test_open_window (f, 1280, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people");
  skup_ui_test_wait_until (shows_status, window, "the read error was shown");
  g_assert_null (skup_ui_test_find_actionable (GTK_WIDGET (window), "win.load-sample-data"));
  /* It stays said once the rows have been drawn. */
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (shows_status (window));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "list-unreadable");

  skup_record_set_string (person, "given-name", "Nova");
  skup_record_set_string (person, "family-name", "Osoba");
  g_assert_false (skup_store_save (f->store, person, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP);
}

/* The header title that names the register (the sidebar's), wherever it is. */
static GtkWidget *
find_title_with_subtitle (GtkWidget  *widget,
                          const char *subtitle)
{
  if (ADW_IS_WINDOW_TITLE (widget)
      && g_strcmp0 (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)), subtitle) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_title_with_subtitle (child, subtitle);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_watch_postgres (Fixture       *f,
                     gconstpointer  data)
{
  PgEngine e = { 0 };
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupStore) other = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *name = NULL;
  SkupWindow *window;
  GtkWidget *title;

  if (!pg_engine_setup (&e))
    return;
  store = open_store (e.location);
  other = open_store (e.location);

  /* Opened from the local register, as a user would: the window switches over. */
  window = skup_ui_test_open_window (f, 1280, 800);
  skup_window_open_register (window, store);
  g_assert_true (skup_window_get_store (window) == store);
  name = skup_store_dup_display_name (store);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), name));
  title = find_title_with_subtitle (GTK_WIDGET (window), name);
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_get_mapped (title));
  recent = g_settings_get_strv (f->settings, "recent-registers");
  g_assert_cmpstr (recent[0], ==, skup_store_get_path (store));

  check_other_connection_shows (window, store, other);
  skup_ui_test_destroy_windows ();
  g_clear_object (&store);
  g_clear_object (&other);
  pg_engine_teardown (&e);
}

/* Switching registers *****************************************************/

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static GtkWidget *
get_row (SkupDetailPage *page,
         const char     *field)
{
  GtkWidget *form = skup_ui_test_find_descendant (GTK_WIDGET (page), SKUP_TYPE_RECORD_FORM, FALSE);
  GtkWidget *row = skup_record_form_get_row (SKUP_RECORD_FORM (form), field);

  g_assert_true (GTK_IS_EDITABLE (row));
  return row;
}

static void
test_switch_register (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (f->tmpdir, "other.db", NULL);
  g_autoptr(SkupStore) other = open_store (other_path);
  gint64 id = skup_ui_test_add_person (f->store, "Milica", "Milić");
  SkupWindow *window;
  SkupListPage *list;
  SkupDetailPage *page;
  GtkWidget *question;
  CountWait wait;

  skup_ui_test_add_person (other, "Ana", "Anić");
  skup_ui_test_add_person (other, "Zoran", "Zorić");
  window = skup_ui_test_open_window (f, 1280, 800);
  list = show_people (window);
  g_assert_cmpuint (skup_list_page_get_n_items (list), ==, 1);

  /* An unsaved edit is asked about first; Cancel keeps everything as it was. */
  skup_window_open_record (window, SKUP_TYPE_PERSON, id);
  page = skup_window_get_detail_page (window);
  gtk_editable_set_text (GTK_EDITABLE (get_row (page, "family-name")), "Milićević");
  skup_window_open_register (window, other);
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "cancel");
  g_assert_true (skup_window_get_store (window) == f->store);
  g_assert_true (skup_window_get_detail_page (window) == page);

  /* Discarding goes over: the lists show the other register, the title names no server. */
  skup_window_open_register (window, other);
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "discard");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (skup_window_get_store (window) == other);
  g_assert_null (skup_window_get_detail_page (window));
  wait = (CountWait) { list, 2 };
  g_assert_true (skup_ui_test_wait_until_deadline (list_has_n_items, &wait, 5000));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Skup");
  /* Only shared registers are remembered. */
  {
    g_auto(GStrv) recent = g_settings_get_strv (f->settings, "recent-registers");

    g_assert_cmpuint (g_strv_length (recent), ==, 0);
  }

  /* The other register is watched now, the first is not any more. */
  {
    g_autoptr(SkupStore) third = open_store (other_path);

    skup_ui_test_add_person (third, "Vesna", "Vesić");
    wait.n_items = 3;
    g_assert_true (skup_ui_test_wait_until_deadline (list_has_n_items, &wait,
                                                     WATCH_DEADLINE_MS));
  }
}

/* Stale saves *************************************************************/

static gboolean
page_has_message (gpointer data)
{
  return skup_detail_page_get_message (data) != NULL;
}

static gboolean
page_is_clean (gpointer data)
{
  return !skup_detail_page_is_dirty (data);
}

static void
test_stale_save (Fixture       *f,
                 gconstpointer  data)
{
  gint64 id = skup_ui_test_add_person (f->store, "Milica", "Milić");
  g_autoptr(SkupStore) other = open_store (f->path);
  g_autoptr(SkupRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *page;
  GtkWidget *row;
  GtkWidget *reload;

  skup_window_open_record (window, SKUP_TYPE_PERSON, id);
  page = skup_window_get_detail_page (window);
  g_assert_nonnull (page);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  row = get_row (page, "family-name");
  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Milićević");
  g_assert_true (skup_detail_page_is_dirty (page));

  /* Another organiser saves the same person meanwhile. */
  theirs = skup_store_load (other, SKUP_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  skup_record_set_string (theirs, "family-name", "Jovanović");
  g_assert_true (skup_store_save (other, theirs, &error));
  g_assert_no_error (error);

  /* Ctrl+S is bound to detail.save on the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "detail.save", NULL));
  skup_ui_test_wait_until (page_has_message, page, "the page showed a message");
  g_assert_nonnull (strstr (skup_detail_page_get_message (page), "Someone else changed"));
  /* Nothing the user typed is lost, at the field or in what is unsaved. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Milićević");
  g_assert_true (skup_detail_page_is_dirty (page));
  g_assert_null (skup_detail_page_get_field_error (page, "family-name"));

  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  reload = skup_ui_test_find_actionable (GTK_WIDGET (page), "detail.reload");
  g_assert_nonnull (reload);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reload)), ==, "_Reload");
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "stale-save");

  /* Reload shows what the other organiser saved, and the edit is gone. A button's click
   * comes a moment after it is activated. */
  gtk_widget_activate (reload);
  skup_ui_test_wait_until (page_is_clean, page, "the page was reloaded");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (page, "family-name"))), ==,
                   "Jovanović");
  g_assert_false (skup_detail_page_is_dirty (page));
  g_assert_null (skup_detail_page_get_message (page));
}

/* The Open Shared Register dialog ******************************************/

static void
test_uri_builder (void)
{
  static const struct {
    SkupServerLocation location;
    const char        *uri;
  } cases[] = {
    { { "db.example.org", 5432, "skup", "ana", "prefer" },
      "postgresql://ana@db.example.org:5432/skup" },
    /* Empty host: the local socket; empty user: the login name. */
    { { "", 5432, "skup", "", "prefer" }, "postgresql://:5432/skup" },
    { { NULL, 6543, NULL, NULL, NULL }, "postgresql://:6543/" },
    /* Every part is percent-encoded (UTF-8 too): an @ or a : in a name cannot pose as a
     * password. */
    { { "db.example.org", 5432, "skup register", "ana:secret@x", "require" },
      "postgresql://ana%3Asecret%40x@db.example.org:5432/skup%20register?sslmode=require" },
    { { "/run/postgresql", 5432, "škup", "ана", "disable" },
      "postgresql://%D0%B0%D0%BD%D0%B0@%2Frun%2Fpostgresql:5432/%C5%A1kup?sslmode=disable" },
    { { "::1", 5432, "skup", NULL, "prefer" }, "postgresql://[::1]:5432/skup" },
    { { "  db.example.org ", 5432, " skup ", " ana ", "prefer" },
      "postgresql://ana@db.example.org:5432/skup" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *uri = skup_server_location_to_uri (&cases[i].location);

      g_assert_cmpstr (uri, ==, cases[i].uri);
      g_assert_true (g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL));
    }
}

static void
test_recent_list (void)
{
  const char *recent[] = { "postgresql://a/1", "postgresql://b/2", "postgresql://c/3",
                           "postgresql://d/4", "postgresql://e/5", NULL };
  g_auto(GStrv) added = skup_recent_registers_add (recent, "postgresql://f/6", 5);
  g_auto(GStrv) again = skup_recent_registers_add (recent, "postgresql://c/3", 5);
  g_auto(GStrv) first = skup_recent_registers_add (NULL, "postgresql://a/1", 5);

  /* Newest first, the oldest falls off at five. */
  g_assert_cmpuint (g_strv_length (added), ==, 5);
  g_assert_cmpstr (added[0], ==, "postgresql://f/6");
  g_assert_cmpstr (added[4], ==, "postgresql://d/4");
  /* Opening one again moves it up rather than listing it twice. */
  g_assert_cmpuint (g_strv_length (again), ==, 5);
  g_assert_cmpstr (again[0], ==, "postgresql://c/3");
  g_assert_cmpstr (again[1], ==, "postgresql://a/1");
  g_assert_cmpstr (again[3], ==, "postgresql://d/4");
  g_assert_cmpuint (g_strv_length (first), ==, 1);
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
find_row (SkupOpenRegisterWindow *dialog,
          const char             *title)
{
  GtkWidget *row = skup_ui_test_find_widget (GTK_WIDGET (dialog), is_entry_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

/* Tab forward until the focus is in the text of @row (a row itself takes the focus first);
 * fails if Tab never gets there. */
static void
tab_to (SkupOpenRegisterWindow *dialog,
        GtkWidget              *row)
{
  for (guint i = 0; i < 40; i++)
    {
      GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (dialog));

      if (focus != NULL && GTK_IS_EDITABLE (focus) && gtk_widget_is_ancestor (focus, row))
        return;
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
    }
  g_assert_not_reached ();
}

/* Types @text into the focused text of @row, replacing what it held. */
static void
type_at_focus (SkupOpenRegisterWindow *dialog,
               GtkWidget              *row,
               const char             *text)
{
  GtkWidget *focus;
  int position = 0;

  tab_to (dialog, row);
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_delete_text (GTK_EDITABLE (focus), 0, -1);
  gtk_editable_insert_text (GTK_EDITABLE (focus), text, -1, &position);
}

static SkupOpenRegisterWindow *
open_dialog (SkupWindow *window)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-shared-register",
                                             NULL));
  dialog = find_toplevel (SKUP_TYPE_OPEN_REGISTER_WINDOW);
  g_assert_nonnull (dialog);
  skup_ui_test_wait_until (skup_ui_test_is_mapped, dialog, "the dialog was mapped");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return SKUP_OPEN_REGISTER_WINDOW (dialog);
}

static void
fill (SkupOpenRegisterWindow *dialog,
      const char             *host,
      const char             *port,
      const char             *database,
      const char             *user)
{
  type_at_focus (dialog, find_row (dialog, "Host"), host);
  type_at_focus (dialog, find_row (dialog, "Port"), port);
  type_at_focus (dialog, find_row (dialog, "Database"), database);
  type_at_focus (dialog, find_row (dialog, "User Name"), user);
}

static gboolean
is_idle (gpointer data)
{
  return !skup_open_register_window_is_busy (data);
}

typedef struct {
  SkupOpenRegisterWindow *dialog;
  guint                   ticks;
} BusyWait;

static gboolean
count_tick (gpointer data)
{
  ((BusyWait *) data)->ticks++;
  return G_SOURCE_CONTINUE;
}

/* Presses Test and waits for the answer, counting how often the main loop ran meanwhile. */
static guint
press_test (SkupOpenRegisterWindow *dialog)
{
  BusyWait wait = { dialog, 0 };
  guint tick_id = g_timeout_add (10, count_tick, &wait);
  GtkWidget *button = skup_ui_test_find_actionable (GTK_WIDGET (dialog), "open-register.test");

  g_assert_nonnull (button);
  /* Clicked now: gtk_widget_activate() would click a moment later. */
  g_signal_emit_by_name (button, "clicked");
  /* The answer comes from a worker thread, never from inside the click. */
  g_assert_true (skup_open_register_window_is_busy (dialog));
  skup_ui_test_wait_until (is_idle, dialog, "the test connection finished");
  g_source_remove (tick_id);
  g_assert_false (skup_open_register_window_is_busy (dialog));
  return wait.ticks;
}

static void
fill_from_uri (SkupOpenRegisterWindow *dialog,
               const char             *location)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = g_uri_parse (location, G_URI_FLAGS_NONE, &error);
  g_autofree char *port = NULL;
  const char *path;

  g_autoptr(GHashTable) params = NULL;
  const char *host, *user;

  g_assert_no_error (error);
  /* The test cluster is named by its socket folder and user in the query part. */
  params = g_uri_parse_params (g_uri_get_query (uri) ? g_uri_get_query (uri) : "", -1, "&",
                               G_URI_PARAMS_NONE, NULL);
  host = params && g_hash_table_lookup (params, "host") ? g_hash_table_lookup (params, "host")
                                                        : g_uri_get_host (uri);
  user = params && g_hash_table_lookup (params, "user") ? g_hash_table_lookup (params, "user")
                                                        : g_uri_get_user (uri);
  port = g_strdup_printf ("%d", g_uri_get_port (uri) > 0 ? g_uri_get_port (uri) : 5432);
  path = g_uri_get_path (uri);
  fill (dialog, host ? host : "", port, path[0] == '/' ? path + 1 : path, user ? user : "");
}

static void
test_dialog (Fixture       *f,
             gconstpointer  data)
{
  const char *recent[] = { "postgresql://ana@db.example.org:5432/skup",
                           "postgresql://:5432/skup-test", NULL };
  const char *pg = g_getenv ("SKUP_TEST_PG");
  SkupWindow *window;
  SkupOpenRegisterWindow *dialog;
  g_autofree char *uri = NULL;
  GtkWidget *list;
  guint ticks;

  g_settings_set_strv (f->settings, "recent-registers", recent);
  window = skup_ui_test_open_window (f, 1280, 800);
  dialog = open_dialog (window);

  /* The registers opened lately are one click away, newest first. */
  list = gtk_widget_get_parent (find_row (dialog, recent[0]));
  g_assert_true (GTK_IS_LIST_BOX (list));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_true (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1))
                 == find_row (dialog, recent[1]));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));

  /* Filled with the keyboard: Tab from row to row, typing into each. */
  fill (dialog, "db.example.org", "6543", "skup register", "ana@office");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (dialog, "Encryption")), 1);
  uri = skup_open_register_window_dup_uri (dialog);
  g_assert_cmpstr (uri, ==,
                   "postgresql://ana%40office@db.example.org:6543/skup%20register?sslmode=require");

  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "open-shared-register-filled");

  /* A host that does not exist: the error is shown, and the window kept drawing meanwhile. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (dialog, "Encryption")), 0);
  fill (dialog, "nowhere.invalid", "5432", "skup", "ana");
  ticks = press_test (dialog);
  g_test_message ("The main loop ran %u times while the wrong host was tried", ticks);
  g_assert_nonnull (skup_open_register_window_get_status (dialog));
  g_assert_false (g_str_has_prefix (skup_open_register_window_get_status (dialog), "Connected"));
  /* Opening it fails the same way, in the dialog, and the old register stays. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "open-register.open", NULL);
  skup_ui_test_wait_until (is_idle, dialog, "opening finished");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_false (g_str_has_prefix (skup_open_register_window_get_status (dialog), "Connected"));
  g_assert_true (skup_window_get_store (window) == f->store);

  if (pg == NULL || *pg == '\0')
    {
      skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "open-shared-register");
      g_test_fail_printf ("SKUP_TEST_PG is not set: Test could not be tried against a real "
                          "server (run the suite through build-aux/test)");
      return;
    }

  /* The throw-away cluster answers. */
  fill_from_uri (dialog, pg);
  press_test (dialog);
  g_test_message ("Test said: %s", skup_open_register_window_get_status (dialog));
  g_assert_true (g_str_has_prefix (skup_open_register_window_get_status (dialog), "Connected: "));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "open-shared-register");
}

static gboolean
window_is_shared (gpointer data)
{
  return skup_store_is_shared (skup_window_get_store (data));
}

/* A recent register opens with one activation of its row: the second row, the second. */
static void
test_recent_opens (Fixture       *f,
                   gconstpointer  data)
{
  PgEngine e = { 0 };
  SkupWindow *window;
  SkupOpenRegisterWindow *dialog;
  GtkWidget *row;

  if (!pg_engine_setup (&e))
    return;
  {
    g_autoptr(SkupStore) made = open_store (e.location);  /* the schema, set up once */
    const char *recent[] = { "postgresql://nowhere.invalid/skup",
                             skup_store_get_path (made), NULL };

    g_settings_set_strv (f->settings, "recent-registers", recent);
    window = skup_ui_test_open_window (f, 1280, 800);
    dialog = open_dialog (window);
    row = GTK_WIDGET (gtk_list_box_get_row_at_index (
      GTK_LIST_BOX (gtk_widget_get_parent (find_row (dialog, recent[0]))), 1));
    g_assert_nonnull (row);
    g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
    skup_ui_test_wait_until (window_is_shared, window, "the recent register opened");
    g_assert_cmpstr (skup_store_get_path (skup_window_get_store (window)), ==,
                     skup_store_get_path (made));
  }
  skup_ui_test_destroy_windows ();
  pg_engine_teardown (&e);
}

static void
test_dialog_narrow (Fixture       *f,
                    gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupOpenRegisterWindow *dialog = open_dialog (window);

  /* The narrowest window GNOME supports still holds every row. */
  skup_ui_test_resize_window (GTK_WINDOW (dialog), 360, 640);
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "open-shared-register-narrow");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), ==, 360);
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add_func ("/skup/ui/shared/uri-builder", test_uri_builder);
  g_test_add_func ("/skup/ui/shared/recent-list", test_recent_list);
  g_test_add ("/skup/ui/shared/watch-sqlite", Fixture, NULL,
              fixture_setup, test_watch_sqlite, fixture_teardown);
  g_test_add ("/skup/ui/shared/watch-postgres", Fixture, NULL,
              fixture_setup, test_watch_postgres, fixture_teardown);
  g_test_add ("/skup/ui/shared/switch-register", Fixture, NULL,
              fixture_setup, test_switch_register, fixture_teardown);
  g_test_add ("/skup/ui/shared/stale-save", Fixture, NULL,
              fixture_setup, test_stale_save, fixture_teardown);
  g_test_add ("/skup/ui/shared/dialog", Fixture, NULL,
              fixture_setup, test_dialog, fixture_teardown);
  g_test_add ("/skup/ui/shared/recent-opens", Fixture, NULL,
              fixture_setup, test_recent_opens, fixture_teardown);
  g_test_add ("/skup/ui/shared/dialog-narrow", Fixture, NULL,
              fixture_setup, test_dialog_narrow, fixture_teardown);
  g_test_add ("/skup/ui/shared/other-process-sqlite", Fixture, NULL,
              fixture_setup, test_other_process_sqlite, fixture_teardown);
  g_test_add ("/skup/ui/shared/other-process-postgres", Fixture, NULL,
              fixture_setup, test_other_process_postgres, fixture_teardown);
  g_test_add ("/skup/ui/shared/unreadable-register", Fixture, NULL,
              fixture_setup, test_unreadable_register, fixture_teardown);

  return g_test_run ();
}
