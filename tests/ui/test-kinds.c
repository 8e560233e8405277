/* test-kinds.c — a kind of record added by one registration reaches every part of the window
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test defines a kind of its own, "halls" (the rooms table seen as a list of its own),
 * registers it once, and finds it where a user would: in the sidebar, as a list with its
 * columns and count, and as a page with its form and its sections.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-list-page.h"
#include "gui/skup-related-list.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* The test's kind *************************************************************/

#define TEST_TYPE_HALL (test_hall_get_type ())
G_DECLARE_FINAL_TYPE (TestHall, test_hall, TEST, HALL, SkupRecord)

struct _TestHall
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (TestHall, test_hall, SKUP_TYPE_RECORD)

static const SkupField hall_fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED, "Hall name", NULL },
  { "venue-id", "venue_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, "Building", NULL, NULL,
    skup_venue_get_type },
  { "capacity", "capacity", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE, "Seats", NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, "Notes", NULL },
};

static const SkupKindColumn hall_columns[] = {
  { "title-text", "Hall", SKUP_CELL_TEXT, SKUP_COLUMN_EXPAND, 180 },
  { "capacity", "Seats", SKUP_CELL_NUMBER, 0, 80 },
};

static const SkupKindSort hall_sorts[] = {
  { "name", "Hall" },
  { "capacity", "Seats" },
};

static const SkupKindView hall_views[] = {
  { "halls", "hall", NULL, "Halls", "New Hall", "Search halls", "mark-location-symbolic",
    "No Halls Yet", "The halls will be listed here.", "%s hall", "%s halls",
    hall_columns, G_N_ELEMENTS (hall_columns), hall_sorts, G_N_ELEMENTS (hall_sorts),
    hall_columns, G_N_ELEMENTS (hall_columns) },
};

static const SkupFormGroup hall_form[] = {
  { "Hall", "Where people sit.", { "name", "capacity", "venue-id" } },
};

static const SkupKindSection hall_sections[] = {
  { "SkupRelatedList", "Sessions Here", "No sessions in this hall", skup_session_get_type,
    "room-id", NULL, FALSE, "record" },
};

static const SkupKind hall_kind = {
  "Hall", "New Hall", "Search halls", 0, NULL,
  hall_form, G_N_ELEMENTS (hall_form), hall_sections, G_N_ELEMENTS (hall_sections),
  hall_views, G_N_ELEMENTS (hall_views),
};

static void
test_hall_class_init (TestHallClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "rooms", "hall", "t.sort_key",
                                    hall_fields, G_N_ELEMENTS (hall_fields));
  skup_record_class_set_kind (record_class, &hall_kind);
}

static void
test_hall_init (TestHall *self)
{
}

/* Helpers *****************************************************************/

static gint64
add_hall (Fixture    *f,
          gint64      venue_id,
          const char *name,
          gint64      seats)
{
  g_autoptr(SkupRecord) hall = skup_record_new_for_type (TEST_TYPE_HALL);

  skup_record_set_string (hall, "name", name);
  skup_record_set_int (hall, "venue-id", venue_id);
  skup_record_set_int (hall, "capacity", seats);
  return skup_ui_test_save (f->store, hall);
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  return skup_ui_test_find_widget (widget, is_label, text) != NULL;
}

static gboolean
detail_shown (gpointer data)
{
  return skup_window_get_detail_page (data) != NULL;
}

static gboolean
n_items_is_two (gpointer data)
{
  return skup_list_page_get_n_items (data) == 2;
}

/* Tests *******************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, "skup-kinds-XXXXXX");
}

/* One call to skup_kinds_register(), and the kind has a section in the sidebar, a list with
 * its columns, sorts and count, a New page with its form, and a page with its sections. */
static void
test_registered_kind (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) venue = skup_record_new_for_type (SKUP_TYPE_VENUE);
  SkupWindow *window;
  SkupListPage *list;
  SkupDetailPage *page;
  GType type = G_TYPE_INVALID;
  gint64 venue_id;
  gint64 hall_id;

  skup_kinds_register (TEST_TYPE_HALL);
  g_assert_true (skup_kinds_find_view ("halls", &type) == &hall_views[0]);
  g_assert_true (type == TEST_TYPE_HALL);
  g_assert_true (skup_kinds_find ("hall") == TEST_TYPE_HALL);

  skup_record_set_string (venue, "name", "Dom omladine");
  skup_record_set_string (venue, "city", "Beograd");
  venue_id = skup_ui_test_save (f->store, venue);
  hall_id = add_hall (f, venue_id, "Velika sala", 300);
  add_hall (f, venue_id, "Mala sala", 40);

  window = skup_ui_test_open_window (f, 1280, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "halls");
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "halls");
  list = skup_window_get_list_page (window, "halls");
  g_assert_nonnull (list);
  g_assert_true (skup_list_page_get_record_type (list) == TEST_TYPE_HALL);
  skup_ui_test_wait_until (n_items_is_two, list, "the halls were listed");
  g_assert_cmpstr (skup_list_page_get_count_text (list), ==, "2 halls");
  /* The sidebar row and the list's columns. */
  g_assert_true (shows_label (GTK_WIDGET (window), "Halls"));
  g_assert_true (shows_label (GTK_WIDGET (list), "Seats"));
  g_assert_true (shows_label (GTK_WIDGET (list), "Velika sala"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "kinds-halls");

  /* New makes a hall, laid out as the kind said. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  skup_ui_test_wait_until (detail_shown, window, "the new hall's page showed");
  page = skup_window_get_detail_page (window);
  g_assert_true (skup_detail_page_get_record_type (page) == TEST_TYPE_HALL);
  g_assert_true (shows_label (GTK_WIDGET (page), "New Hall"));
  g_assert_true (shows_label (GTK_WIDGET (page), "Where people sit."));
  gtk_widget_activate_action (GTK_WIDGET (page), "detail.cancel", NULL);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  /* A hall's page has its kind's sections. */
  skup_window_open_record (window, TEST_TYPE_HALL, hall_id);
  skup_ui_test_wait_until (detail_shown, window, "the hall's page showed");
  page = skup_window_get_detail_page (window);
  g_assert_true (shows_label (GTK_WIDGET (page), "Sessions Here"));
  g_assert_true (shows_label (GTK_WIDGET (page), "No sessions in this hall"));
  g_assert_nonnull (skup_ui_test_find_descendant (GTK_WIDGET (page), SKUP_TYPE_RELATED_LIST,
                                                  TRUE));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "kinds-hall-page");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/kinds/registered-kind", Fixture, NULL, fixture_setup,
              test_registered_kind, skup_ui_test_fixture_teardown);

  return g_test_run ();
}
