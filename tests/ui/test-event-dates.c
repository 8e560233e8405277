/* test-event-dates.c — new dates for an event on the real window: shortening asks before it
 * removes sessions and their attendance, and can be undone; lengthening says what it added
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-event-dates.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

static gint64
session_on (Fixture    *f,
            gint64      event_id,
            const char *date)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) sessions = skup_store_list (f->store, SKUP_TYPE_SESSION, &query, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);

      if (g_strcmp0 (skup_record_get_string (session, "date"), date) == 0)
        return skup_record_get_id (session);
    }
  return 0;
}

static void
mark (Fixture    *f,
      gint64      registration_id,
      gint64      session_id)
{
  g_autoptr(GError) error = NULL;

  skup_store_set_attendance (f->store, registration_id, session_id, "present", NULL, &error);
  g_assert_no_error (error);
}

/* A four-day workshop, 27–30 November 2023, with three marks on its last two days. */
static gint64
add_marked_workshop (Fixture *f)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  g_autoptr(GError) error = NULL;
  gint64 id, a = 0, b = 0;

  skup_record_set_string (event, "title", "Women, Violence, and the Use of Drugs");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2023-11-27");
  skup_record_set_string (event, "end-date", "2023-11-30");
  id = skup_ui_test_save (f->store, event);
  skup_store_register (f->store, id, skup_ui_test_add_person (f->store, "Irena", "Molnar"),
                       "participant", "registered", &a, &error);
  g_assert_no_error (error);
  skup_store_register (f->store, id, skup_ui_test_add_person (f->store, "Stefan", "Pejić"),
                       "participant", "registered", &b, &error);
  g_assert_no_error (error);
  mark (f, a, session_on (f, id, "2023-11-29"));
  mark (f, b, session_on (f, id, "2023-11-29"));
  mark (f, a, session_on (f, id, "2023-11-30"));
  return id;
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

static char *
stored_end (Fixture *f,
            gint64   id)
{
  g_autoptr(SkupRecord) event = skup_store_load (f->store, SKUP_TYPE_EVENT, id, NULL);

  return g_strdup (skup_record_get_string (event, "end-date"));
}

static AdwMessageDialog *
save_and_wait_for_dialog (SkupWindow     *window,
                          SkupDetailPage *detail)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.save", NULL));
  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, window, "a message dialog was shown");
  return ADW_MESSAGE_DIALOG (skup_ui_test_get_dialog (GTK_WIDGET (window)));
}

static SkupDetailPage *
open_event (SkupWindow *window,
            gint64      id)
{
  SkupDetailPage *detail;

  skup_window_open_record (window, SKUP_TYPE_EVENT, id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  return detail;
}

/* Shortening asks, names the days and the marks, and Cancel saves nothing. */
static void
test_shorten_asks (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = add_marked_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *detail = open_event (window, id);
  AdwMessageDialog *dialog;
  g_autofree char *end = NULL;

  g_assert_true (skup_detail_page_set_field_text (detail, "end-date", "2023-11-28"));
  dialog = save_and_wait_for_dialog (window, detail);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove 2 Sessions?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The sessions on 29–30 November 2023 and the attendance recorded at them "
                   "(3 marks) will be removed.");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "remove"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "event-dates-remove-sessions");

  adw_message_dialog_response (dialog, "cancel");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (count (f, SKUP_TYPE_SESSION), ==, 4);
  g_assert_cmpuint (count (f, SKUP_TYPE_ATTENDANCE), ==, 3);
  end = stored_end (f, id);
  g_assert_cmpstr (end, ==, "2023-11-30");
  /* The edit is still there, to change or to save. */
  g_assert_true (skup_detail_page_is_dirty (detail));
}

/* Remove Sessions saves and removes at once; the toast's Undo puts everything back. */
static void
test_shorten_undo (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = add_marked_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *detail = open_event (window, id);
  AdwMessageDialog *dialog;
  AdwToast *toast;
  g_autofree char *end = NULL;
  g_autofree char *end_after = NULL;

  g_assert_true (skup_detail_page_set_field_text (detail, "end-date", "2023-11-28"));
  dialog = save_and_wait_for_dialog (window, detail);
  adw_message_dialog_response (dialog, "remove");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_false (skup_detail_page_is_dirty (detail));
  g_assert_cmpuint (count (f, SKUP_TYPE_SESSION), ==, 2);
  g_assert_cmpuint (count (f, SKUP_TYPE_ATTENDANCE), ==, 0);
  end = stored_end (f, id);
  g_assert_cmpstr (end, ==, "2023-11-28");
  toast = skup_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "2 sessions removed");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "event-dates-removed-toast");

  g_signal_emit_by_name (toast, "button-clicked");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (count (f, SKUP_TYPE_SESSION), ==, 4);
  g_assert_cmpuint (count (f, SKUP_TYPE_ATTENDANCE), ==, 3);
  end_after = stored_end (f, id);
  g_assert_cmpstr (end_after, ==, "2023-11-30");
  /* The page shows the dates put back, not the ones undone. */
  g_assert_cmpstr (skup_record_get_string (skup_detail_page_get_record (detail), "end-date"),
                   ==, "2023-11-30");
}

/* Lengthening adds a session per new day without asking, and says so. */
static void
test_lengthen_tells (Fixture       *f,
                     gconstpointer  data)
{
  gint64 id = add_marked_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *detail = open_event (window, id);
  AdwToast *toast;

  g_assert_true (skup_detail_page_set_field_text (detail, "end-date", "2023-12-02"));
  g_assert_true (skup_detail_page_save (detail));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (skup_ui_test_has_message_dialog (window));
  g_assert_cmpuint (count (f, SKUP_TYPE_SESSION), ==, 6);
  toast = skup_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "2 sessions added for the new days");
}

/* Days that follow each other read as one range. */
static void
test_describe (void)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  g_autofree char *text = NULL;

  g_ptr_array_add (dates, "2023-11-27");
  g_ptr_array_add (dates, "2023-11-29");
  g_ptr_array_add (dates, "2023-11-30");
  text = skup_event_dates_describe (dates);
  g_assert_cmpstr (text, ==, "27 November 2023 and 29–30 November 2023");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, data);
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/skup/ui/event-dates/" path, Fixture, "skup-test-event-dates-XXXXXX", \
              fixture_setup, func, skup_ui_test_fixture_teardown)

  ADD ("shorten-asks", test_shorten_asks);
  ADD ("shorten-undo", test_shorten_undo);
  ADD ("lengthen-tells", test_lengthen_tells);
  g_test_add_func ("/skup/ui/event-dates/describe", test_describe);

#undef ADD

  return g_test_run ();
}
