/* test-forms.c — detail pages: reading, creating and editing records, driven under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test shows a SkupDetailPage in a real window on a fresh register and uses it as a user
 * would: text goes into the rows, pickers search and choose, Save is the detail.save action.
 * What is checked is what the user sees (errors at fields, sessions listed, dialogs) and what
 * reached the register. Screenshots of every kind of page, wide and narrow, go to
 * SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-date-row.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-organisers-group.h"
#include "gui/skup-record-form.h"
#include "gui/skup-reference-row.h"
#include "gui/skup-related-list.h"
#include "gui/skup-rooms-group.h"
#include "gui/skup-sessions-group.h"
#include "skup-ui-test.h"

/* Longer than GTK's tooltip delay (500 ms). */
#define TOOLTIP_WAIT_MS 700

typedef struct {
  char      *tmpdir;
  SkupStore *store;
  GtkWidget *window;
  /* What the page asked for through its signals. */
  guint      close_requests;
  GType      opened_type;
  gint64     opened_id;
} Fixture;

/* Helpers *****************************************************************/

static void
on_close_requested (Fixture *f)
{
  f->close_requests++;
}

static void
on_open_record (Fixture *f,
                GType    type,
                gint64   id)
{
  f->opened_type = type;
  f->opened_id = id;
}

/* Shows the page for @type and @id (0: a new record) in the fixture's window. */
static SkupDetailPage *
show_page (Fixture *f,
           GType    type,
           gint64   id,
           int      width,
           int      height)
{
  g_autoptr(SkupContext) context = skup_context_new (f->store, NULL);
  SkupDetailPage *page = skup_detail_page_new (context, type, id);

  g_signal_connect_swapped (page, "close-requested", G_CALLBACK (on_close_requested), f);
  g_signal_connect_swapped (page, "open-record", G_CALLBACK (on_open_record), f);
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (page));
  if (!gtk_widget_get_mapped (f->window))
    {
      gtk_window_present (GTK_WINDOW (f->window));
      skup_ui_test_wait_until (skup_ui_test_is_mapped, f->window, "the window was mapped");
    }
  skup_ui_test_resize_window (GTK_WINDOW (f->window), width, height);
  return page;
}

static GtkWidget *
get_row (SkupDetailPage *page,
         const char     *field)
{
  GtkWidget *form = skup_ui_test_find_descendant (GTK_WIDGET (page), SKUP_TYPE_RECORD_FORM, FALSE);
  GtkWidget *row = skup_record_form_get_row (SKUP_RECORD_FORM (form), field);

  g_assert_nonnull (row);
  return row;
}

/* Types into the entry row of @field, as the keyboard would. */
static void
type_into (SkupDetailPage *page,
           const char     *field,
           const char     *text)
{
  GtkWidget *row = get_row (page, field);

  g_assert_true (GTK_IS_EDITABLE (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
save (SkupDetailPage *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "detail.save", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
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

static gint64
add_record (Fixture    *f,
            GType       type,
            const char *field,
            const char *value)
{
  g_autoptr(SkupRecord) record = skup_record_new_for_type (type);
  g_autoptr(GError) error = NULL;

  skup_record_set_string (record, field, value);
  g_assert_true (skup_store_save (f->store, record, &error));
  g_assert_no_error (error);
  return skup_record_get_id (record);
}

/* Fixture *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = skup_ui_test_create_store ("skup-test-forms-XXXXXX", &f->tmpdir, NULL);
  f->window = adw_window_new ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gboolean waited = FALSE;

  /* Xvfb's pointer rests mid-screen, often on a button with a tooltip. GTK 4.8 shows the
   * tooltip from a timeout that fails if the window went first: let it run out. */
  g_timeout_add (TOOLTIP_WAIT_MS, skup_ui_test_set_flag, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);

  skup_ui_test_destroy_windows ();
  g_clear_object (&f->store);
  skup_ui_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
}

static const char *
header_title (SkupDetailPage *page)
{
  GtkWidget *title = skup_ui_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_WINDOW_TITLE, FALSE);

  return adw_window_title_get_title (ADW_WINDOW_TITLE (title));
}

static SkupRecordPicker *
get_picker (SkupDetailPage *page,
            const char     *field)
{
  return skup_reference_row_get_picker (SKUP_REFERENCE_ROW (get_row (page, field)));
}

/* Tests *******************************************************************/

static void
test_create_venue (Fixture       *f,
                   gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_VENUE, 0, 1280, 800);
  GtkWidget *spin;
  SkupRoomsGroup *rooms;

  g_assert_cmpstr (header_title (page), ==, "New Venue");
  g_assert_false (skup_detail_page_is_dirty (page));

  type_into (page, "name", "Palata Srbije");
  type_into (page, "city", "Beograd");
  spin = skup_ui_test_find_descendant (get_row (page, "capacity"), GTK_TYPE_SPIN_BUTTON, FALSE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 120);
  g_assert_true (skup_detail_page_is_dirty (page));
  save (page);

  g_assert_cmpint (skup_detail_page_get_record_id (page), >, 0);
  g_assert_false (skup_detail_page_is_dirty (page));
  g_assert_cmpstr (header_title (page), ==, "Palata Srbije");
  g_assert_cmpuint (count (f, SKUP_TYPE_VENUE), ==, 1);
  g_assert_cmpint (skup_record_get_int (skup_detail_page_get_record (page), "capacity"), ==, 120);

  /* Once saved, the venue has rooms, added in place. */
  rooms = SKUP_ROOMS_GROUP (
    skup_ui_test_find_descendant (GTK_WIDGET (page), SKUP_TYPE_ROOMS_GROUP, FALSE));
  g_assert_nonnull (rooms);
  g_assert_true (skup_rooms_group_add (rooms, "Sala 1"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
  g_assert_cmpuint (skup_child_group_get_count (SKUP_CHILD_GROUP (rooms)), ==, 1);
  g_assert_cmpuint (count (f, SKUP_TYPE_ROOM), ==, 1);
}

static void
test_create_organisation (Fixture       *f,
                          gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_ORGANISATION, 0, 1280, 800);
  AdwComboRow *sector;
  SkupRecord *saved;

  type_into (page, "name", "Udruženje Izlazak");
  type_into (page, "city", "Beograd");
  sector = ADW_COMBO_ROW (get_row (page, "sector"));
  /* An optional choice starts at "Not set"; the rest is the vocabulary, labelled. */
  g_assert_cmpuint (adw_combo_row_get_selected (sector), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (sector)), ==, 8);
  adw_combo_row_set_selected (sector, 2);
  save (page);

  saved = skup_detail_page_get_record (page);
  g_assert_nonnull (saved);
  g_assert_cmpstr (skup_record_get_string (saved, "sector"), ==, "civil-society");
  g_assert_cmpuint (count (f, SKUP_TYPE_ORGANISATION), ==, 1);
}

static void
test_create_person (Fixture       *f,
                    gconstpointer  data)
{
  gint64 org_id = add_record (f, SKUP_TYPE_ORGANISATION, "name", "Zemlja živih");
  SkupDetailPage *page = show_page (f, SKUP_TYPE_PERSON, 0, 1280, 800);
  SkupRecordPicker *picker = get_picker (page, "organisation-id");
  GListModel *results;
  g_autoptr(SkupRecord) first = NULL;
  SkupReferenceRow *row;

  type_into (page, "given-name", "Jelena");
  type_into (page, "family-name", "Đorđević");
  type_into (page, "email", "jelena@example.org");

  /* Typed in Cyrillic, found in Latin; Enter takes the first match. */
  skup_record_picker_set_search_text (picker, "Земља");
  results = skup_record_picker_get_results (picker);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  first = g_list_model_get_item (results, 0);
  skup_record_picker_choose (picker, skup_record_get_id (first));
  row = SKUP_REFERENCE_ROW (get_row (page, "organisation-id"));
  g_assert_cmpint (skup_reference_row_get_value (row), ==, org_id);
  save (page);

  g_assert_cmpint (skup_detail_page_get_record_id (page), >, 0);
  g_assert_cmpint (skup_record_get_int (skup_detail_page_get_record (page), "organisation-id"),
                   ==, org_id);
  g_assert_cmpstr (header_title (page), ==, "Jelena Đorđević");
}

static void
test_create_reference_inline (Fixture       *f,
                              gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_PERSON, 0, 1280, 800);
  SkupRecordPicker *picker = get_picker (page, "organisation-id");
  gint64 chosen;

  /* Nothing matches: "Create “Nova Plus”" makes the organisation and chooses it. */
  skup_record_picker_set_search_text (picker, "Nova Plus");
  g_assert_cmpuint (g_list_model_get_n_items (skup_record_picker_get_results (picker)), ==, 0);
  g_assert_true (skup_record_picker_create (picker));
  chosen = skup_reference_row_get_value (SKUP_REFERENCE_ROW (get_row (page, "organisation-id")));
  g_assert_cmpint (chosen, ==, skup_store_find_by_title (f->store, SKUP_TYPE_ORGANISATION,
                                                         "Nova Plus"));

  /* Creating it twice is refused, with the reason in the picker. */
  skup_record_picker_set_search_text (picker, "nova plus");
  g_assert_false (skup_record_picker_create (picker));
  g_assert_nonnull (skup_record_picker_get_error (picker));
  g_assert_cmpuint (count (f, SKUP_TYPE_ORGANISATION), ==, 1);
}

static void
test_create_event (Fixture       *f,
                   gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_EVENT, 0, 1280, 800);
  SkupReferenceRow *room_row = SKUP_REFERENCE_ROW (get_row (page, "room-id"));
  SkupRecordPicker *venue_picker = get_picker (page, "venue-id");
  SkupSessionsGroup *sessions;
  SkupRecord *event;

  type_into (page, "title", "UNODC Workshop for Policy Makers");
  type_into (page, "start-date", "20.5.2019.");
  type_into (page, "end-date", "22.05.2019");
  /* Rooms belong to a venue: no venue, no room to choose. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (room_row)));
  skup_record_picker_set_search_text (venue_picker, "Palata Srbije");
  g_assert_true (skup_record_picker_create (venue_picker));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (room_row)));
  save (page);

  event = skup_detail_page_get_record (page);
  g_assert_nonnull (event);
  g_assert_cmpstr (skup_record_get_string (event, "start-date"), ==, "2019-05-20");
  g_assert_cmpstr (skup_record_get_string (event, "end-date"), ==, "2019-05-22");
  /* Required choices start on their first value, so a new event is a planned workshop. */
  g_assert_cmpstr (skup_record_get_string (event, "kind"), ==, "workshop");
  g_assert_cmpstr (skup_record_get_string (event, "status"), ==, "planned");
  g_assert_cmpstr (skup_record_get_string (event, "venue-name"), ==, "Palata Srbije");

  /* Three days, three sessions, listed on the page. */
  sessions = SKUP_SESSIONS_GROUP (
    skup_ui_test_find_descendant (GTK_WIDGET (page), SKUP_TYPE_SESSIONS_GROUP, FALSE));
  g_assert_nonnull (sessions);
  g_assert_cmpuint (skup_child_group_get_count (SKUP_CHILD_GROUP (sessions)), ==, 3);
  g_assert_nonnull (
    gtk_list_box_get_row_at_index (skup_child_group_get_list (SKUP_CHILD_GROUP (sessions)), 2));
  g_assert_true (skup_sessions_group_add (sessions));
  g_assert_cmpuint (skup_child_group_get_count (SKUP_CHILD_GROUP (sessions)), ==, 4);
}

/* The event's Evaluation group: the test's most points and its pass mark are typed in spin
 * buttons and stored; a pass mark above the most points is refused, and an empty one is no
 * pass mark. */
static void
set_spin (SkupDetailPage *page,
          const char     *field,
          double          value)
{
  GtkWidget *spin = skup_ui_test_find_descendant (get_row (page, field), GTK_TYPE_SPIN_BUTTON,
                                                  FALSE);

  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
}

static gint64
stored_int (Fixture    *f,
            gint64      id,
            const char *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (f->store, SKUP_TYPE_EVENT, id, &error);

  g_assert_no_error (error);
  return skup_record_get_int (event, field);
}

static void
test_event_evaluation (Fixture       *f,
                       gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_EVENT, 0, 1280, 800);
  gint64 id;

  type_into (page, "title", "Obuka za predavače");
  type_into (page, "start-date", "20.5.2026.");
  type_into (page, "end-date", "20.5.2026.");
  set_spin (page, "test-max-score", 20);
  set_spin (page, "test-pass-mark", 14);
  save (page);
  id = skup_detail_page_get_record_id (page);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (stored_int (f, id, "test-max-score"), ==, 20);
  g_assert_cmpint (stored_int (f, id, "test-pass-mark"), ==, 14);
  gtk_widget_grab_focus (get_row (page, "test-pass-mark"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
  skup_ui_test_save_screenshot (f->window, "detail-event-evaluation");

  set_spin (page, "test-pass-mark", 25);
  save (page);
  g_assert_true (skup_detail_page_is_dirty (page));
  g_assert_cmpint (stored_int (f, id, "test-pass-mark"), ==, 14);
  set_spin (page, "test-pass-mark", 0);
  save (page);
  g_assert_false (skup_detail_page_is_dirty (page));
  g_assert_cmpint (stored_int (f, id, "test-pass-mark"), ==, 0);
}

static void
test_end_before_start (Fixture       *f,
                       gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_EVENT, 0, 1280, 800);
  GtkWidget *end_row = get_row (page, "end-date");
  GtkWidget *focus;

  type_into (page, "title", "Rome Consensus 2.0 Summit");
  type_into (page, "start-date", "2023-05-05");
  type_into (page, "end-date", "2.5.2023.");
  save (page);

  /* The core's message, at the field it names; nothing written. */
  g_assert_cmpint (skup_detail_page_get_record_id (page), ==, 0);
  g_assert_cmpuint (count (f, SKUP_TYPE_EVENT), ==, 0);
  g_assert_nonnull (skup_detail_page_get_field_error (page, "end-date"));
  g_assert_true (gtk_widget_has_css_class (end_row, "error"));
  focus = gtk_root_get_focus (gtk_widget_get_root (end_row));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, end_row));
  skup_ui_test_save_screenshot (f->window, "detail-event-error");

  /* Correcting the field clears its error; then it saves. */
  type_into (page, "end-date", "5.5.2023.");
  g_assert_null (skup_detail_page_get_field_error (page, "end-date"));
  g_assert_false (gtk_widget_has_css_class (end_row, "error"));
  save (page);
  g_assert_cmpuint (count (f, SKUP_TYPE_EVENT), ==, 1);
}

static void
test_typed_dates (Fixture       *f,
                  gconstpointer  data)
{
  static const char *forms[] = { "20.5.2019.", "20.05.2019", "2019-05-20" };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      SkupDetailPage *page = show_page (f, SKUP_TYPE_PROJECT, 0, 1280, 800);
      GtkWidget *row = get_row (page, "start-date");
      g_autofree char *name = g_strdup_printf ("Project %u", i);

      type_into (page, "name", name);
      type_into (page, "start-date", forms[i]);
      save (page);
      g_assert_cmpstr (skup_record_get_string (skup_detail_page_get_record (page), "start-date"),
                       ==, "2019-05-20");
      /* Shown back the one way dates are shown. */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "20.05.2019.");
    }

  /* A day that does not exist is not a date: said at the field, nothing saved. */
  {
    SkupDetailPage *page = show_page (f, SKUP_TYPE_PROJECT, 0, 1280, 800);

    type_into (page, "name", "Project 4");
    type_into (page, "start-date", "31.2.2019.");
    g_assert_true (skup_detail_page_is_dirty (page));
    save (page);
    g_assert_nonnull (skup_detail_page_get_field_error (page, "start-date"));
    g_assert_false (skup_detail_page_set_field_text (page, "end-date", "tomorrow"));
    g_assert_nonnull (skup_detail_page_get_field_error (page, "end-date"));
    g_assert_cmpuint (count (f, SKUP_TYPE_PROJECT), ==, 3);
  }
}

static void
test_cancel_discards (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = add_record (f, SKUP_TYPE_VENUE, "name", "OPENS");
  SkupDetailPage *page = show_page (f, SKUP_TYPE_VENUE, id, 1280, 800);
  g_autoptr(SkupRecord) stored = NULL;

  g_assert_false (skup_detail_page_is_dirty (page));
  type_into (page, "name", "OPENS Novi Sad");
  type_into (page, "city", "Novi Sad");
  g_assert_true (skup_detail_page_is_dirty (page));

  /* Cancel asks the window, which asks the user; discarding is the page's part. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "detail.cancel", NULL));
  g_assert_cmpuint (f->close_requests, ==, 1);
  skup_detail_page_discard (page);

  g_assert_false (skup_detail_page_is_dirty (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (page, "name"))), ==, "OPENS");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (page, "city"))), ==, "");
  stored = skup_store_load (f->store, SKUP_TYPE_VENUE, id, NULL);
  g_assert_cmpstr (skup_record_get_string (stored, "name"), ==, "OPENS");

  /* Typing and deleting it again is no change. */
  type_into (page, "city", "x");
  type_into (page, "city", "");
  g_assert_false (skup_detail_page_is_dirty (page));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static void
test_duplicate_person (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupRecord) existing = SKUP_RECORD (skup_person_new ());
  SkupDetailPage *page;
  AdwMessageDialog *dialog;

  skup_record_set_string (existing, "given-name", "Milan");
  skup_record_set_string (existing, "family-name", "Petrović");
  g_assert_true (skup_store_save (f->store, existing, NULL));

  page = show_page (f, SKUP_TYPE_PERSON, 0, 1280, 800);
  type_into (page, "given-name", "Милан");
  type_into (page, "family-name", "Петровић");
  save (page);

  /* The same name in the other script: the matches are shown, nothing is written yet. */
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "open-0"));
  g_assert_true (adw_message_dialog_has_response (dialog, "create"));
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 1);
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "detail-person-duplicates");

  adw_message_dialog_response (dialog, "open-0");
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
  g_assert_true (f->opened_type == SKUP_TYPE_PERSON);
  g_assert_cmpint (f->opened_id, ==, skup_record_get_id (existing));
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 1);
  /* What was typed was that person again: it goes, so leaving asks nothing. */
  g_assert_false (skup_detail_page_is_dirty (page));

  /* Or the user knows better: Create Anyway saves, and is remembered. */
  type_into (page, "given-name", "Милан");
  type_into (page, "family-name", "Петровић");
  save (page);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "create");
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 2);
  g_assert_cmpint (skup_detail_page_get_record_id (page), >, 0);
}

static void
test_duplicate_venue (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) existing = skup_record_new_for_type (SKUP_TYPE_VENUE);
  SkupDetailPage *page;
  AdwMessageDialog *dialog;

  skup_record_set_string (existing, "name", "Palata Srbija");
  skup_record_set_string (existing, "city", "Beograd");
  g_assert_true (skup_store_save (f->store, existing, NULL));

  page = show_page (f, SKUP_TYPE_VENUE, 0, 1280, 800);
  type_into (page, "name", "Палата Србија");
  type_into (page, "city", "Београд");
  save (page);

  /* The same venue in the same city, typed in the other script: asked, nothing written. */
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "This Venue May Already Be in the Register");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Palata Srbija · Beograd"));
  g_assert_true (adw_message_dialog_has_response (dialog, "create"));
  g_assert_cmpuint (count (f, SKUP_TYPE_VENUE), ==, 1);
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "detail-venue-duplicates");

  /* Open discards what was typed and opens the venue that exists, asking nothing. */
  adw_message_dialog_response (dialog, "open-0");
  /* A response given from code leaves the dialog open; a button closes it. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
  g_assert_true (f->opened_type == SKUP_TYPE_VENUE);
  g_assert_cmpint (f->opened_id, ==, skup_record_get_id (existing));
  g_assert_cmpuint (count (f, SKUP_TYPE_VENUE), ==, 1);
  g_assert_false (skup_detail_page_is_dirty (page));

  /* The same name in another city is another venue: saved without asking. */
  type_into (page, "name", "Palata Srbija");
  type_into (page, "city", "Novi Sad");
  save (page);
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (count (f, SKUP_TYPE_VENUE), ==, 2);
}

static void
test_choices (Fixture       *f,
              gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_EVENT, 0, 1280, 800);
  AdwComboRow *kind = ADW_COMBO_ROW (get_row (page, "kind"));
  guint n = 0;

  /* The row offers the vocabulary and nothing else: a required choice has no "Not set". */
  skup_choices_lookup (SKUP_CHOICES_EVENT_KIND, &n);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (kind)), ==, n);
  g_assert_false (skup_detail_page_set_field_text (page, "kind", "party"));
  g_assert_nonnull (skup_detail_page_get_field_error (page, "kind"));

  /* A value or its label, as shown. */
  g_assert_true (skup_detail_page_set_field_text (page, "kind", "Training"));
  g_assert_null (skup_detail_page_get_field_error (page, "kind"));
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, 1);
  g_assert_true (skup_detail_page_set_field_text (page, "kind", "conference"));
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, 2);
}

/* Gender has its own word for "not known": an empty gender shows it, with no "Not set" beside
 * it, and a new person is not an unsaved edit for it. */
static void
test_gender_one_unknown (Fixture       *f,
                         gconstpointer  data)
{
  SkupDetailPage *page = show_page (f, SKUP_TYPE_PERSON, 0, 1280, 800);
  AdwComboRow *gender = ADW_COMBO_ROW (get_row (page, "gender"));
  GListModel *labels = adw_combo_row_get_model (gender);
  guint n = 0;
  gboolean not_set = FALSE;

  skup_choices_lookup (SKUP_CHOICES_GENDER, &n);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, n);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    not_set |= g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "Not set");
  g_assert_false (not_set);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels),
                                               adw_combo_row_get_selected (gender)),
                   ==, "Not stated");
  g_assert_false (skup_detail_page_is_dirty (page));
}

/* The record of @type the sample register has most to show for: the largest @field. */
static gint64
richest (Fixture    *f,
         GType       type,
         const char *field,
         gboolean    trainers_only)
{
  SkupQuery query = { .only_if = trainers_only ? "is-trainer" : NULL };
  g_autoptr(GListModel) records = skup_store_list (f->store, type, &query, NULL);
  gint64 best_id = 0;
  gint64 best = -1;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);
      gint64 value = skup_record_get_int (record, field);

      if (value > best)
        best = value, best_id = skup_record_get_id (record);
    }
  g_assert_cmpint (best_id, >, 0);
  return best_id;
}

static void
screenshot_page (Fixture    *f,
                 GType       type,
                 gint64      id,
                 const char *name)
{
  g_autofree char *narrow = g_strconcat (name, "-narrow", NULL);

  g_autofree char *full = g_strconcat (name, "-full", NULL);
  SkupDetailPage *page = show_page (f, type, id, 1280, 800);

  skup_ui_test_save_screenshot (f->window, name);
  /* The whole page, beyond the window's height, to read it all at once. */
  skup_ui_test_save_screenshot (
    skup_ui_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_CLAMP, FALSE), full);
  show_page (f, type, id, 360, 640);
  skup_ui_test_save_screenshot (f->window, narrow);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  skup_demo_fill_sample (f->store, &stats, &error);
  g_assert_no_error (error);

  screenshot_page (f, SKUP_TYPE_EVENT, richest (f, SKUP_TYPE_EVENT, "registered-count", FALSE),
                   "detail-event");
  screenshot_page (f, SKUP_TYPE_PERSON, richest (f, SKUP_TYPE_PERSON, "events-trained", TRUE),
                   "detail-person");
  screenshot_page (f, SKUP_TYPE_ORGANISATION,
                   richest (f, SKUP_TYPE_ORGANISATION, "events-count", FALSE),
                   "detail-organisation");
  screenshot_page (f, SKUP_TYPE_VENUE, richest (f, SKUP_TYPE_VENUE, "events-count", FALSE),
                   "detail-venue");
  screenshot_page (f, SKUP_TYPE_PROJECT, richest (f, SKUP_TYPE_PROJECT, "events-count", FALSE),
                   "detail-project");
  screenshot_page (f, SKUP_TYPE_EVENT, 0, "detail-event-new");

  /* The dark style, where a form's colours are easiest to get wrong. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot_page (f, SKUP_TYPE_PERSON, richest (f, SKUP_TYPE_PERSON, "events-trained", TRUE),
                   "detail-person-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

/* Opens the popover of the menu button in @row, as a click on it does. */
static GtkWidget *
open_popover (GtkWidget *row)
{
  GtkMenuButton *button =
    GTK_MENU_BUTTON (skup_ui_test_find_descendant (row, GTK_TYPE_MENU_BUTTON, FALSE));
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  /* As a user would, scroll to the row first: a popover needs its button on screen. */
  gtk_widget_grab_focus (row);
  skup_ui_test_wait_for_frames (row);
  gtk_menu_button_popup (button);
  skup_ui_test_wait_until (skup_ui_test_is_mapped, popover, "the popover was shown");
  skup_ui_test_wait_for_frames (row);
  return GTK_WIDGET (popover);
}

static void
test_popovers (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (2023, 5, 19, 0, 0, 0);
  SkupDemoStats stats;
  SkupDetailPage *page;
  GtkWidget *popover;
  SkupRecordPicker *picker;

  skup_demo_fill_sample (f->store, &stats, &error);
  g_assert_no_error (error);
  page = show_page (f, SKUP_TYPE_PERSON, 0, 1280, 800);
  type_into (page, "given-name", "Ana");

  /* The picker lists the register as it opens, with the search entry ready for typing. */
  popover = open_popover (get_row (page, "organisation-id"));
  picker = get_picker (page, "organisation-id");
  g_assert_cmpuint (g_list_model_get_n_items (skup_record_picker_get_results (picker)), >, 10);
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (page)))));
  skup_record_picker_set_search_text (picker, "reg");
  skup_ui_test_wait_for_frames (popover);
  skup_ui_test_save_screenshot (popover, "detail-picker");
  g_assert_cmpuint (g_list_model_get_n_items (skup_record_picker_get_results (picker)), >=, 1);
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* The calendar opens at today's date for an empty row, and a day picked fills the row. */
  popover = open_popover (get_row (page, "consent-date"));
  skup_ui_test_save_screenshot (popover, "detail-calendar");
  gtk_calendar_select_day (
    GTK_CALENDAR (skup_ui_test_find_descendant (popover, GTK_TYPE_CALENDAR, FALSE)), day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (page, "consent-date"))), ==,
                   "19.05.2023.");
}

/* Rows of the list in @popover that show at least in part, and how many show whole; a row
 * shown in part is reported, as it would be cut mid-row. */
static guint
count_whole_rows (GtkWidget  *popover,
                  const char *field)
{
  GtkWidget *scrolled = skup_ui_test_find_descendant (popover, GTK_TYPE_SCROLLED_WINDOW, TRUE);
  GtkWidget *list = skup_ui_test_find_descendant (popover, GTK_TYPE_LIST_VIEW, TRUE);
  int height = gtk_widget_get_height (scrolled);
  guint whole = 0;

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;
      float top, bottom;

      if (!gtk_widget_get_mapped (row))
        continue;
      g_assert_true (gtk_widget_compute_bounds (row, scrolled, &bounds));
      top = bounds.origin.y;
      bottom = top + bounds.size.height;
      if (bottom <= 0 || top >= height)
        continue;
      if (top >= 0 && bottom <= height)
        whole++;
      else
        g_test_fail_printf ("The %s picker cuts a row: %g to %g px of a %d px list", field, top,
                            bottom, height);
    }
  return whole;
}

/* Opens the picker of @field, as a click does, and checks what it lists: six to eight rows
 * whole (all of them when there are fewer), and never a row cut in half. */
static void
assert_picker_rows (SkupDetailPage *page,
                    const char     *field,
                    const char     *screenshot)
{
  GtkWidget *popover = open_popover (get_row (page, field));
  GListModel *results = skup_record_picker_get_results (get_picker (page, field));
  guint n_results = g_list_model_get_n_items (results);
  guint whole = count_whole_rows (popover, field);

  skup_ui_test_save_screenshot (popover, screenshot);
  g_test_message ("The %s picker shows %u of %u rows", field, whole, n_results);
  g_assert_cmpuint (whole, >=, MIN (n_results, 6));
  g_assert_cmpuint (whole, <=, 8);
  gtk_popover_popdown (GTK_POPOVER (popover));
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
}

/* A register with more than a picker can show of everything, and names that run to three
 * lines at a picker's width, as projects' full names do. */
static gint64
fill_for_pickers (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;
  gint64 venue;

  skup_demo_fill_sample (f->store, &stats, &error);
  g_assert_no_error (error);
  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *name =
        g_strdup_printf ("Strengthening the capacities of civil society organisations for "
                         "harm reduction services in the Western Balkans, phase %u", i);

      add_record (f, SKUP_TYPE_PROJECT, "name", name);
    }
  venue = add_record (f, SKUP_TYPE_VENUE, "name", "Palata Srbije, istočno krilo");
  for (guint i = 1; i <= 10; i++)
    {
      g_autoptr(SkupRecord) room = skup_record_new_for_type (SKUP_TYPE_ROOM);
      g_autofree char *name = g_strdup_printf ("Sala %u", i);

      skup_record_set_string (room, "name", name);
      skup_record_set_int (room, "venue-id", venue);
      g_assert_true (skup_store_save (f->store, room, &error));
      g_assert_no_error (error);
    }
  return venue;
}

/* Every picker is tall enough for six to eight rows at a phone's size, and cuts none. */
static void
test_picker_rows (Fixture       *f,
                  gconstpointer  data)
{
  gint64 venue = fill_for_pickers (f);
  SkupDetailPage *page = show_page (f, SKUP_TYPE_EVENT, 0, 360, 640);

  assert_picker_rows (page, "project-id", "picker-project");
  assert_picker_rows (page, "venue-id", "picker-venue");
  skup_record_picker_choose (get_picker (page, "venue-id"), venue);
  assert_picker_rows (page, "room-id", "picker-room");

  page = show_page (f, SKUP_TYPE_PERSON, 0, 360, 640);
  assert_picker_rows (page, "organisation-id", "picker-organisation");

  page = show_page (f, SKUP_TYPE_PROJECT, 0, 360, 640);
  assert_picker_rows (page, "donor-id", "picker-donor");
}

/* AdwApplication loads the app's style sheet; these tests have no application, but the
 * screenshots should look as the app does. */
static void
load_app_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/rs/skup/Skup/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Keyboard only: Tab from the first field reaches every field of the form. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  static const char *fields[] = {
    "honorific", "given-name", "family-name", "other-script-name", "gender",
    "organisation-id", "position", "email", "phone", "city", "country",
    "is-trainer", "expertise", "bio", "consent-date", "photo-consent", "notes",
  };
  SkupDetailPage *page = show_page (f, SKUP_TYPE_PERSON, 0, 360, 640);
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

  gtk_widget_grab_focus (get_row (page, "honorific"));
  for (guint i = 0; i < 200; i++)
    {
      g_ptr_array_add (reached, gtk_root_get_focus (root));
      if (!gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD))
        break;
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *row = get_row (page, fields[i]);
      gboolean found = FALSE;

      for (guint j = 0; j < reached->len && !found; j++)
        found = reached->pdata[j] != NULL
                && (reached->pdata[j] == row || gtk_widget_is_ancestor (reached->pdata[j], row));
      if (!found)
        g_test_fail_printf ("Tab never reaches the field “%s”", fields[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);
  load_app_style ();

  g_test_add ("/skup/ui/forms/create-venue", Fixture, NULL,
              fixture_setup, test_create_venue, fixture_teardown);
  g_test_add ("/skup/ui/forms/create-organisation", Fixture, NULL,
              fixture_setup, test_create_organisation, fixture_teardown);
  g_test_add ("/skup/ui/forms/create-person", Fixture, NULL,
              fixture_setup, test_create_person, fixture_teardown);
  g_test_add ("/skup/ui/forms/create-reference-inline", Fixture, NULL,
              fixture_setup, test_create_reference_inline, fixture_teardown);
  g_test_add ("/skup/ui/forms/create-event", Fixture, NULL,
              fixture_setup, test_create_event, fixture_teardown);
  g_test_add ("/skup/ui/forms/event-evaluation", Fixture, NULL,
              fixture_setup, test_event_evaluation, fixture_teardown);
  g_test_add ("/skup/ui/forms/end-before-start", Fixture, NULL,
              fixture_setup, test_end_before_start, fixture_teardown);
  g_test_add ("/skup/ui/forms/typed-dates", Fixture, NULL,
              fixture_setup, test_typed_dates, fixture_teardown);
  g_test_add ("/skup/ui/forms/cancel-discards", Fixture, NULL,
              fixture_setup, test_cancel_discards, fixture_teardown);
  g_test_add ("/skup/ui/forms/duplicate-person", Fixture, NULL,
              fixture_setup, test_duplicate_person, fixture_teardown);
  g_test_add ("/skup/ui/forms/duplicate-venue", Fixture, NULL,
              fixture_setup, test_duplicate_venue, fixture_teardown);
  g_test_add ("/skup/ui/forms/choices", Fixture, NULL,
              fixture_setup, test_choices, fixture_teardown);
  g_test_add ("/skup/ui/forms/gender-one-unknown", Fixture, NULL,
              fixture_setup, test_gender_one_unknown, fixture_teardown);
  g_test_add ("/skup/ui/forms/keyboard", Fixture, NULL,
              fixture_setup, test_keyboard, fixture_teardown);
  g_test_add ("/skup/ui/forms/popovers", Fixture, NULL,
              fixture_setup, test_popovers, fixture_teardown);
  g_test_add ("/skup/ui/forms/picker-rows", Fixture, NULL,
              fixture_setup, test_picker_rows, fixture_teardown);
  g_test_add ("/skup/ui/forms/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}
