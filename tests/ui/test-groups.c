/* test-groups.c — what hangs off a record on its page (a venue's rooms, an event's sessions
 * and organisers), driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the window on a fresh register, opens a record's page as a user would and
 * uses its groups through the controls on screen: buttons name actions, rows are activated,
 * dialogs are answered. What is checked is what the user sees and what reached the register.
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-organisers-group.h"
#include "gui/skup-record-form.h"
#include "gui/skup-reference-row.h"
#include "gui/skup-rooms-group.h"
#include "gui/skup-sessions-group.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

static gint64
add_room (Fixture    *f,
          gint64      venue_id,
          const char *name,
          gint64      capacity)
{
  g_autoptr(SkupRecord) room = skup_record_new_for_type (SKUP_TYPE_ROOM);

  skup_record_set_int (room, "venue-id", venue_id);
  skup_record_set_string (room, "name", name);
  skup_record_set_int (room, "capacity", capacity);
  return skup_ui_test_save (f->store, room);
}

static gint64
add_event (Fixture    *f,
           const char *title,
           const char *start,
           const char *end)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);

  skup_record_set_string (event, "title", title);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", start);
  skup_record_set_string (event, "end-date", end);
  return skup_ui_test_save (f->store, event);
}

static guint
count (Fixture *f,
       GType    type)
{
  g_autoptr(GError) error = NULL;
  guint n = skup_store_count (f->store, type, NULL, &error);

  g_assert_no_error (error);
  return n;
}

/* Opens the page of a record in @window and returns its group of @type. */
static SkupChildGroup *
open_group (SkupWindow *window,
            GType       record_type,
            gint64      id,
            GType       group_type)
{
  SkupDetailPage *detail;
  GtkWidget *group;

  skup_window_open_record (window, record_type, id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  group = skup_ui_test_find_descendant (GTK_WIDGET (detail), group_type, FALSE);
  g_assert_nonnull (group);
  return SKUP_CHILD_GROUP (group);
}

static AdwMessageDialog *
wait_for_message_dialog (SkupWindow *window)
{
  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, window, "a message dialog was shown");
  skup_ui_test_wait_for_frames (skup_ui_test_get_dialog (GTK_WIDGET (window)));
  return ADW_MESSAGE_DIALOG (skup_ui_test_get_dialog (GTK_WIDGET (window)));
}

typedef struct {
  SkupChildGroup *group;
  guint           n;
} CountWait;

static gboolean
group_has_count (gpointer data)
{
  CountWait *wait = data;

  return skup_child_group_get_count (wait->group) == wait->n;
}

static void
wait_for_group_count (SkupChildGroup *group,
                      guint           n)
{
  CountWait wait = { group, n };

  skup_ui_test_wait_until (group_has_count, &wait, "the group listed its children");
  g_assert_cmpuint (skup_child_group_get_count (group), ==, n);
}

/* The control in @row that names @action_name. */
static GtkWidget *
find_action_in_row (SkupChildGroup *group,
                    guint           index,
                    const char     *action_name)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (skup_child_group_get_list (group), index);
  GtkWidget *control;

  g_assert_nonnull (row);
  if (GTK_IS_ACTIONABLE (row)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), action_name) == 0)
    return GTK_WIDGET (row);
  control = skup_ui_test_find_actionable (GTK_WIDGET (row), action_name);
  g_assert_nonnull (control);
  return control;
}

static gint64
action_target_id (GtkWidget *actionable)
{
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (actionable));

  g_assert_nonnull (target);
  g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_INT64));
  return g_variant_get_int64 (target);
}

/* Fixture *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, data);
}

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

/* Tests *******************************************************************/

/* Remove buttons and rows name actions with the child's id; a room nothing uses goes at
 * once, one an event is held in is confirmed by the window first. */
static void
test_rows_are_actions (Fixture       *f,
                       gconstpointer  data)
{
  gint64 venue_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "Palata Srbije", "Beograd");
  gint64 used_id = add_room (f, venue_id, "Sala 1", 40);
  gint64 free_id = add_room (f, venue_id, "Sala 2", 20);
  g_autoptr(SkupRecord) event = NULL;
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupChildGroup *rooms;
  GtkWidget *remove;
  AdwMessageDialog *dialog;

  event = skup_store_load (f->store, SKUP_TYPE_EVENT,
                           add_event (f, "Women, Violence, and the Use of Drugs", "2023-05-17",
                                      "2023-05-17"), NULL);
  skup_record_set_int (event, "venue-id", venue_id);
  skup_record_set_int (event, "room-id", used_id);
  skup_ui_test_save (f->store, event);

  rooms = open_group (window, SKUP_TYPE_VENUE, venue_id, SKUP_TYPE_ROOMS_GROUP);
  g_assert_cmpuint (skup_child_group_get_count (rooms), ==, 2);
  skup_ui_test_save_screenshot (GTK_WIDGET (rooms), "groups-rooms");

  /* Rooms are sorted by name: Sala 2 is the second row. */
  remove = find_action_in_row (rooms, 1, "group.remove");
  g_assert_cmpint (action_target_id (remove), ==, free_id);
  gtk_widget_activate (remove);
  wait_for_group_count (rooms, 1);
  g_assert_cmpuint (count (f, SKUP_TYPE_ROOM), ==, 1);

  remove = find_action_in_row (rooms, 0, "group.remove");
  g_assert_cmpint (action_target_id (remove), ==, used_id);
  gtk_widget_activate (remove);
  dialog = wait_for_message_dialog (window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "event"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count (f, SKUP_TYPE_ROOM), ==, 1);
}

/* An organiser's row opens the organisation: the row names the action. */
static void
test_organiser_row_opens (Fixture       *f,
                          gconstpointer  data)
{
  gint64 event_id = add_event (f, "Launching the project in Serbia", "2023-03-01", "2023-03-01");
  g_autoptr(SkupRecord) org = skup_record_new_for_type (SKUP_TYPE_ORGANISATION);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupChildGroup *organisers;
  GtkWidget *row;
  gint64 org_id;

  skup_record_set_string (org, "name", "DPNSEE");
  org_id = skup_ui_test_save (f->store, org);
  organisers = open_group (window, SKUP_TYPE_EVENT, event_id, SKUP_TYPE_ORGANISERS_GROUP);
  g_assert_true (skup_organisers_group_add (SKUP_ORGANISERS_GROUP (organisers), org_id));
  g_assert_cmpuint (skup_child_group_get_count (organisers), ==, 1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  row = find_action_in_row (organisers, 0, "organisers.open");
  g_assert_cmpint (action_target_id (row), ==, org_id);
  gtk_widget_activate (row);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "organisations");
  g_assert_cmpint (skup_detail_page_get_record_id (skup_window_get_detail_page (window)), ==,
                   org_id);
}

/* The first Save of a new venue or event shows its groups at once, ready to add to. */
static void
test_groups_after_first_save (Fixture       *f,
                              gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *detail;
  GtkWidget *rooms;
  GtkWidget *sessions;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "venues"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_null (skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_ROOMS_GROUP,
                                               FALSE));
  g_assert_true (skup_detail_page_set_field_text (detail, "name", "OPENS"));
  g_assert_true (skup_detail_page_set_field_text (detail, "city", "Novi Sad"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.save", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (skup_window_get_detail_page (window) == detail);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), >, 0);
  rooms = skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_ROOMS_GROUP, TRUE);
  g_assert_nonnull (rooms);
  /* As the Add Room popover does it: a name typed, and its Add button's action. */
  gtk_editable_set_text (GTK_EDITABLE (skup_ui_test_find_descendant (rooms, GTK_TYPE_ENTRY,
                                                                     FALSE)), "Sala A");
  g_assert_true (gtk_widget_activate_action (rooms, "rooms.add", NULL));
  g_assert_cmpuint (skup_child_group_get_count (SKUP_CHILD_GROUP (rooms)), ==, 1);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "groups-venue-first-save");

  /* So does a new event's: its organisers, and a session for its one day. */
  g_signal_emit_by_name (detail, "close-requested");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "events"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_true (skup_detail_page_set_field_text (detail, "title", "Eliminate Violence"));
  g_assert_true (skup_detail_page_set_field_text (detail, "start-date", "8.12.2023."));
  g_assert_true (skup_detail_page_set_field_text (detail, "end-date", "8.12.2023."));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.save", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (skup_detail_page_get_record_id (detail), >, 0);
  g_assert_nonnull (skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_ORGANISERS_GROUP,
                                                  TRUE));
  sessions = skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_SESSIONS_GROUP, TRUE);
  g_assert_nonnull (sessions);
  g_assert_cmpuint (skup_child_group_get_count (SKUP_CHILD_GROUP (sessions)), ==, 1);
}

/* A new room's capacity reads "not set" in its subtitle and its empty spin button alike. */
static void
test_room_capacity_unset (Fixture       *f,
                          gconstpointer  data)
{
  gint64 venue_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "EU info point", "Niš");
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupChildGroup *rooms = open_group (window, SKUP_TYPE_VENUE, venue_id, SKUP_TYPE_ROOMS_GROUP);
  GtkListBoxRow *row;
  GtkWidget *spin;

  g_assert_true (skup_rooms_group_add (SKUP_ROOMS_GROUP (rooms), "Sala 1"));
  row = gtk_list_box_get_row_at_index (skup_child_group_get_list (rooms), 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Capacity not set");
  spin = skup_ui_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_SPIN_BUTTON, TRUE);
  g_assert_nonnull (spin);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");
  skup_ui_test_save_screenshot (GTK_WIDGET (rooms), "groups-room-capacity-unset");

  /* Set, both say the number. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  row = gtk_list_box_get_row_at_index (skup_child_group_get_list (rooms), 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "30 seats");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "30");
}

/* A venue without a capacity of its own seats what its rooms seat: the list says so, and
 * the venue's page says where the number comes from. A capacity set by hand wins. */
static void
test_venue_capacity_from_rooms (Fixture       *f,
                                gconstpointer  data)
{
  gint64 opens_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "OPENS", "Novi Sad");
  gint64 palace_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "Palata Srbije", "Beograd");
  g_autoptr(SkupRecord) palace = skup_store_load (f->store, SKUP_TYPE_VENUE, palace_id, NULL);
  SkupWindow *window;
  SkupListPage *list;
  SkupChildGroup *rooms;

  add_room (f, opens_id, "Sala 1", 40);
  add_room (f, opens_id, "Sala 2", 20);
  add_room (f, palace_id, "Sala 3", 15);
  skup_record_set_int (palace, "capacity", 120);
  skup_ui_test_save (f->store, palace);

  window = skup_ui_test_open_window (f, 1280, 800);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "venues"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  list = skup_window_get_list_page (window, "venues");
  g_assert_nonnull (find_label (GTK_WIDGET (list), "60"));
  g_assert_nonnull (find_label (GTK_WIDGET (list), "120"));
  g_assert_null (find_label (GTK_WIDGET (list), "15"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "groups-venue-capacity-list");

  rooms = open_group (window, SKUP_TYPE_VENUE, opens_id, SKUP_TYPE_ROOMS_GROUP);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (rooms)),
                            "60"));
  skup_ui_test_save_screenshot (GTK_WIDGET (rooms), "groups-venue-capacity-rooms");
}

static GtkWidget *
get_form_row (SkupDetailPage *detail,
              const char     *field)
{
  GtkWidget *form = skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_RECORD_FORM,
                                                  FALSE);
  GtkWidget *row = skup_record_form_get_row (SKUP_RECORD_FORM (form), field);

  g_assert_nonnull (row);
  return row;
}

static void
choose (SkupDetailPage *detail,
        const char     *field,
        gint64          id)
{
  SkupReferenceRow *row = SKUP_REFERENCE_ROW (get_form_row (detail, field));

  skup_record_picker_choose (skup_reference_row_get_picker (row), id);
  g_assert_cmpint (skup_reference_row_get_value (row), ==, id);
}

static int
capacity_shown (SkupDetailPage *detail)
{
  GtkWidget *spin = skup_ui_test_find_descendant (get_form_row (detail, "capacity"),
                                                  GTK_TYPE_SPIN_BUTTON, FALSE);

  return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin));
}

/* Choosing a venue, then a room, for an event with no capacity yet fills it in; a number
 * the user typed stays. */
static void
test_event_takes_capacity (Fixture       *f,
                           gconstpointer  data)
{
  gint64 venue_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "OPENS", "Novi Sad");
  gint64 big_id = add_room (f, venue_id, "Sala 1", 40);
  gint64 small_id = add_room (f, venue_id, "Sala 2", 20);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *detail;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "events"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  detail = skup_window_get_detail_page (window);
  g_assert_cmpint (capacity_shown (detail), ==, 0);

  /* The venue seats its rooms' 60; the room chosen after it, 40. */
  choose (detail, "venue-id", venue_id);
  g_assert_cmpint (capacity_shown (detail), ==, 60);
  choose (detail, "room-id", big_id);
  g_assert_cmpint (capacity_shown (detail), ==, 40);

  /* The user's own number is theirs. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (skup_ui_test_find_descendant (
                               get_form_row (detail, "capacity"), GTK_TYPE_SPIN_BUTTON, FALSE)),
                             25);
  choose (detail, "room-id", small_id);
  g_assert_cmpint (capacity_shown (detail), ==, 25);
  g_assert_true (skup_detail_page_set_field_text (detail, "title", "Training on Quality"));
  g_assert_true (skup_detail_page_set_field_text (detail, "start-date", "2023-06-01"));
  g_assert_true (skup_detail_page_set_field_text (detail, "end-date", "2023-06-01"));
  g_assert_true (skup_detail_page_save (detail));
  g_assert_cmpint (skup_record_get_int (skup_detail_page_get_record (detail), "capacity"), ==,
                   25);
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/skup/ui/groups/" path, Fixture, "skup-test-groups-XXXXXX", \
              fixture_setup, func, skup_ui_test_fixture_teardown)

  ADD ("rows-are-actions", test_rows_are_actions);
  ADD ("organiser-row-opens", test_organiser_row_opens);
  ADD ("groups-after-first-save", test_groups_after_first_save);
  ADD ("room-capacity-unset", test_room_capacity_unset);
  ADD ("venue-capacity-from-rooms", test_venue_capacity_from_rooms);
  ADD ("event-takes-capacity", test_event_takes_capacity);

#undef ADD

  return g_test_run ();
}
