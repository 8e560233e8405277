/* test-attendance.c — Take Attendance: the grid of people and sessions, from the keyboard
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is opened from an event's page as a user opens it, and marks are given with
 * real keys: xdotool sends them through the X server, so they reach the grid as a user's do
 * (its bindings, the window's shortcuts). What the keys did is read back from the register
 * (skup_store_list_marks), and what the grid shows from its totals and rates as it draws
 * them. Screenshots go to SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/attendance/skup-attendance-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* Far in the past, so that no session is today's and the cursor starts at the first; a day
 * each, as the event's dates make them. */
static const char * const session_dates[] = {
  "2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08",
  "2024-03-09", "2024-03-10", "2024-03-11", "2024-03-12", "2024-03-13",
};

typedef struct {
  const char *given;
  const char *family;
  const char *gender;
} Person;

/* Shown in the order of a sign-in sheet: Ilić, Jovanović, Marković, Petrović. */
static const Person four_people[] = {
  { "Ana", "Petrović", "female" },
  { "Bojan", "Ilić", "male" },
  { "Čedomir", "Jovanović", "male" },
  { "Dragana", "Marković", "female" },
};

/* Keys ********************************************************************/

static void
run_xdotool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* Presses @keys (xdotool's names, several separated by spaces) in the window with the
 * keyboard focus, and returns once GTK has handled them. */
static void
press_keys (const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, "xdotool");
  g_ptr_array_add (argv, "key");
  g_ptr_array_add (argv, "--delay");
  g_ptr_array_add (argv, "30");
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (argv, names[i]);
  g_ptr_array_add (argv, NULL);
  run_xdotool ((const char * const *) argv->pdata);

  /* The server has queued the events for us once a round trip comes back. */
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The register ************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_use_language ("C.UTF-8");
  skup_ui_test_fixture_setup (f, "skup-test-attendance-XXXXXX");
}

static GListModel *
list_sessions (Fixture *f,
               gint64   event_id)
{
  g_autoptr(GError) error = NULL;
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  GListModel *sessions = skup_store_list (f->store, SKUP_TYPE_SESSION, &query, &error);

  g_assert_no_error (error);
  return sessions;
}

/* An event of @n_sessions days, a morning session each (none: its only day's session is
 * removed). */
static gint64
add_event (Fixture    *f,
           const char *title,
           guint       n_sessions)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  g_autoptr(GListModel) sessions = NULL;
  gint64 event_id;

  g_assert_cmpuint (n_sessions, <=, G_N_ELEMENTS (session_dates));
  skup_record_set_string (event, "title", title);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "status", "held");
  skup_record_set_string (event, "start-date", session_dates[0]);
  skup_record_set_string (event, "end-date", session_dates[MAX (n_sessions, 1) - 1]);
  event_id = skup_ui_test_save (f->store, event);
  /* Saving the event made a session for each of its days. */
  sessions = list_sessions (f, event_id);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, MAX (n_sessions, 1));
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);
      g_autoptr(GError) error = NULL;

      if (n_sessions == 0)
        {
          g_assert_true (skup_store_delete (f->store, session, NULL, &error));
          g_assert_no_error (error);
          continue;
        }
      skup_record_set_string (session, "start-time", "09:00");
      skup_record_set_string (session, "end-time", "13:00");
      skup_ui_test_save (f->store, session);
    }
  return event_id;
}

static gint64
add_person (Fixture      *f,
            const Person *person)
{
  g_autoptr(SkupRecord) record = skup_record_new_for_type (SKUP_TYPE_PERSON);

  skup_record_set_string (record, "given-name", person->given);
  skup_record_set_string (record, "family-name", person->family);
  skup_record_set_string (record, "gender", person->gender);
  return skup_ui_test_save (f->store, record);
}

static void
register_people (Fixture      *f,
                 gint64        event_id,
                 const gint64 *person_ids,
                 guint         n)
{
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary = { 0 };

  g_assert_true (skup_store_register_people (f->store, event_id, person_ids, n, "participant",
                                             &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.registered, ==, n);
  skup_register_summary_clear (&summary);
}

/* An event of @n_sessions with the four people registered. */
static gint64
add_workshop (Fixture *f,
              guint    n_sessions)
{
  gint64 event_id = add_event (f, "Harm Reduction in Practice", n_sessions);
  gint64 ids[G_N_ELEMENTS (four_people)];

  for (guint i = 0; i < G_N_ELEMENTS (four_people); i++)
    ids[i] = add_person (f, &four_people[i]);
  register_people (f, event_id, ids, G_N_ELEMENTS (ids));
  return event_id;
}

/* The mark the register holds for @registration_id at @session_id. */
static SkupMark
stored_mark (SkupStore *store,
             gint64     event_id,
             gint64     registration_id,
             gint64     session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) marks = skup_store_list_marks (store, event_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < marks->len; i++)
    {
      SkupAttendanceMark *mark = &g_array_index (marks, SkupAttendanceMark, i);

      if (mark->registration_id == registration_id && mark->session_id == session_id)
        return mark->mark;
    }
  return SKUP_MARK_NONE;
}

static guint
count_stored_marks (SkupStore *store,
                    gint64     event_id,
                    gint64     session_id,
                    SkupMark   only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) marks = skup_store_list_marks (store, event_id, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < marks->len; i++)
    {
      SkupAttendanceMark *mark = &g_array_index (marks, SkupAttendanceMark, i);

      if (mark->session_id == session_id && (only == SKUP_MARK_NONE || mark->mark == only))
        n++;
    }
  return n;
}

/* The window **************************************************************/

static gboolean
has_attendance_window (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return SKUP_IS_ATTENDANCE_WINDOW (dialog) && gtk_widget_get_mapped (dialog)
         && gtk_window_is_active (GTK_WINDOW (dialog));
}

/* Opens Take Attendance from the page of @event_id, as a user does, and waits until it has
 * the keyboard. */
static SkupAttendanceWindow *
open_attendance (Fixture    *f,
                 SkupWindow *window,
                 gint64      event_id)
{
  SkupDetailPage *detail;
  GtkWidget *dialog;

  skup_window_open_record (window, SKUP_TYPE_EVENT, event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (detail), "event.take-attendance"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "event.take-attendance",
                                             NULL));
  skup_ui_test_wait_until (has_attendance_window, window, "the attendance window was shown");
  dialog = skup_ui_test_get_dialog (window);
  g_assert_true (SKUP_IS_ATTENDANCE_WINDOW (dialog));
  skup_ui_test_present_window (GTK_WINDOW (dialog), 1100, 640);
  return SKUP_ATTENDANCE_WINDOW (dialog);
}

static gboolean
view_has_focus (gpointer data)
{
  SkupAttendanceWindow *window = data;

  return gtk_root_get_focus (GTK_ROOT (window))
         == GTK_WIDGET (skup_attendance_window_get_view (window));
}

static void
assert_cursor (SkupAttendanceView *view,
               guint               row,
               guint               column)
{
  g_assert_cmpuint (skup_attendance_view_get_cursor_row (view), ==, row);
  g_assert_cmpuint (skup_attendance_view_get_cursor_column (view), ==, column);
}

static void
assert_totals (SkupAttendanceView *view,
               guint               column,
               const char         *expected)
{
  g_autofree char *text = skup_attendance_view_dup_totals_text (view, column);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_rate (SkupAttendanceView *view,
             guint               row,
             const char         *expected)
{
  g_autofree char *text = skup_attendance_view_dup_rate_text (view, row);

  g_assert_cmpstr (text, ==, expected);
}

static gint64
row_registration (SkupAttendanceGrid *grid,
                  guint               row)
{
  return skup_attendance_grid_get_person (grid, row)->entry->registration_id;
}

static gint64
column_session (SkupAttendanceGrid *grid,
                guint               column)
{
  return skup_record_get_id (skup_attendance_grid_get_session (grid, column));
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* Tests *******************************************************************/

/* Right and Down to a cell, Space present, Space absent, P present, then everyone present at
 * that session: the register, the totals and the rates follow each key. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  gint64 event_id = add_workshop (f, 3);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupAttendanceWindow *attendance = open_attendance (f, window, event_id);
  SkupAttendanceView *view = skup_attendance_window_get_view (attendance);
  SkupAttendanceGrid *grid = skup_attendance_window_get_grid (attendance);
  g_autofree char *label = NULL;
  gint64 registration, session;

  g_assert_nonnull (grid);
  g_assert_cmpuint (skup_attendance_grid_get_n_people (grid), ==, 4);
  g_assert_cmpuint (skup_attendance_grid_get_n_sessions (grid), ==, 3);
  skup_ui_test_wait_until (view_has_focus, attendance, "the grid had the keyboard focus");
  assert_cursor (view, 0, 0);
  g_assert_cmpstr (skup_attendance_view_get_cursor_label (view), ==,
                   "Bojan Ilić, Mon 04.03. 09:00–13:00: not taken");

  press_keys ("Right Down");
  assert_cursor (view, 1, 1);
  registration = row_registration (grid, 1);
  session = column_session (grid, 1);
  g_assert_cmpstr (skup_attendance_view_get_cursor_label (view), ==,
                   "Čedomir Jovanović, Tue 05.03. 09:00–13:00: not taken");
  assert_totals (view, 1, "0 / 4 present\n♀ 0 ♂ 0 · 0");
  assert_rate (view, 1, "0/3 · 0 %");

  press_keys ("space");
  g_assert_cmpint (stored_mark (f->store, event_id, registration, session), ==,
                   SKUP_MARK_PRESENT);
  assert_totals (view, 1, "1 / 4 present\n♀ 0 ♂ 1 · 0");
  assert_rate (view, 1, "1/3 · 33 %");
  g_assert_cmpstr (skup_attendance_view_get_cursor_label (view), ==,
                   "Čedomir Jovanović, Tue 05.03. 09:00–13:00: Present");

  press_keys ("space");
  g_assert_cmpint (stored_mark (f->store, event_id, registration, session), ==,
                   SKUP_MARK_ABSENT);
  assert_totals (view, 1, "0 / 4 present\n♀ 0 ♂ 0 · 0");
  assert_rate (view, 1, "0/3 · 0 %");

  press_keys ("p");
  g_assert_cmpint (stored_mark (f->store, event_id, registration, session), ==,
                   SKUP_MARK_PRESENT);
  assert_totals (view, 1, "1 / 4 present\n♀ 0 ♂ 1 · 0");

  /* The button names the cursor's session; Ctrl+Shift+A presses it. */
  label = g_strdup ("Mark Everyone Present at Tue 05.03. 09:00–13:00");
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (attendance), is_label_reading, label));
  press_keys ("ctrl+shift+a");
  g_assert_cmpuint (count_stored_marks (f->store, event_id, session, SKUP_MARK_PRESENT), ==, 4);
  g_assert_cmpuint (count_stored_marks (f->store, event_id, column_session (grid, 0),
                                        SKUP_MARK_NONE), ==, 0);
  assert_totals (view, 1, "4 / 4 present\n♀ 2 ♂ 2 · 0");
  g_assert_cmpstr (skup_attendance_window_get_message (attendance), ==,
                   "Marked 3 people present at Tue 05.03. 09:00–13:00");

  /* The other keys, on the next person: late, left early, excused, then cleared. */
  press_keys ("Down l");
  assert_cursor (view, 2, 1);
  g_assert_cmpint (stored_mark (f->store, event_id, row_registration (grid, 2), session), ==,
                   SKUP_MARK_LATE);
  assert_totals (view, 1, "4 / 4 present\n♀ 2 ♂ 2 · 0");
  press_keys ("Left x End e");
  g_assert_cmpint (stored_mark (f->store, event_id, row_registration (grid, 2),
                                column_session (grid, 0)), ==, SKUP_MARK_EXCUSED);
  g_assert_cmpint (stored_mark (f->store, event_id, row_registration (grid, 2),
                                column_session (grid, 2)), ==, SKUP_MARK_LEFT_EARLY);
  assert_rate (view, 2, "2/3 · 67 %");
  press_keys ("Up Up a Home Right Delete");
  assert_cursor (view, 0, 1);
  g_assert_cmpint (stored_mark (f->store, event_id, row_registration (grid, 0),
                                column_session (grid, 2)), ==, SKUP_MARK_ABSENT);
  g_assert_cmpint (stored_mark (f->store, event_id, row_registration (grid, 0), session), ==,
                   SKUP_MARK_NONE);
  assert_totals (view, 1, "3 / 4 present\n♀ 2 ♂ 1 · 0");
  /* The picture shows the grid, not the toast over its totals. */
  adw_toast_dismiss (skup_attendance_window_get_toast (attendance));
  skup_ui_test_save_screenshot (GTK_WIDGET (attendance), "attendance-grid");
}

/* Mark Everyone Present from the header's menu of sessions, and its Undo. */
static void
test_mark_all_menu (Fixture       *f,
                    gconstpointer  data)
{
  gint64 event_id = add_workshop (f, 3);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupAttendanceWindow *attendance = open_attendance (f, window, event_id);
  SkupAttendanceGrid *grid = skup_attendance_window_get_grid (attendance);
  SkupAttendanceView *view = skup_attendance_window_get_view (attendance);
  gint64 session = column_session (grid, 2);
  gint64 first = row_registration (grid, 0);

  skup_ui_test_wait_until (view_has_focus, attendance, "the grid had the keyboard focus");
  press_keys ("End a");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (attendance),
                                             "attendance.mark-all-present", "i", 2));
  /* Who was marked already keeps the mark. */
  g_assert_cmpuint (count_stored_marks (f->store, event_id, session, SKUP_MARK_PRESENT), ==, 3);
  g_assert_cmpint (stored_mark (f->store, event_id, row_registration (grid, 0), session), ==,
                   SKUP_MARK_ABSENT);
  assert_totals (view, 2, "3 / 4 present\n♀ 2 ♂ 1 · 0");

  /* Undo clears what it marked, and only that. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (attendance),
                                             "attendance.undo-mark-all", NULL));
  g_assert_cmpuint (count_stored_marks (f->store, event_id, session, SKUP_MARK_NONE), ==, 1);
  g_assert_cmpint (stored_mark (f->store, event_id, first, session), ==, SKUP_MARK_ABSENT);
  grid = skup_attendance_window_get_grid (attendance);
  g_assert_cmpint (skup_attendance_grid_get_mark (grid, 1, 2), ==, SKUP_MARK_NONE);
  assert_totals (view, 2, "0 / 4 present\n♀ 0 ♂ 0 · 0");
  assert_cursor (view, 0, 2);
}

/* A thousand people over ten sessions: it opens at once, draws only the rows in view and
 * keeps the cursor in view as Page Down goes down to the middle. */
static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 event_id = add_event (f, "Obuka za rad sa korisnicima droga", 10);
  g_autofree gint64 *ids = g_new (gint64, 1000);
  SkupWindow *window;
  SkupAttendanceWindow *attendance;
  SkupAttendanceView *view;
  gint64 start;

  g_assert_true (skup_store_begin (f->store, &error));
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *given = g_strdup_printf ("%s%03u", four_people[i % 4].given, i);
      Person person = { given, four_people[(i / 4) % 4].family, four_people[i % 4].gender };

      ids[i] = add_person (f, &person);
    }
  g_assert_true (skup_store_commit (f->store, &error));
  register_people (f, event_id, ids, 1000);

  window = skup_ui_test_open_window (f, 1280, 800);
  start = g_get_monotonic_time ();
  attendance = open_attendance (f, window, event_id);
  g_test_message ("opened 1,000 × 10 in %.0f ms (with the window's resizing)",
                  (g_get_monotonic_time () - start) / 1000.0);
  view = skup_attendance_window_get_view (attendance);
  skup_ui_test_wait_until (view_has_focus, attendance, "the grid had the keyboard focus");
  skup_ui_test_wait_for_frames (GTK_WIDGET (view));
  g_assert_cmpuint (skup_attendance_view_get_first_drawn_row (view), ==, 0);
  g_assert_cmpuint (skup_attendance_view_get_n_drawn_rows (view), >, 5);
  g_assert_cmpuint (skup_attendance_view_get_n_drawn_rows (view), <, 40);

  /* Page Down, a page at a time, to the middle. */
  for (guint i = 0; i < 100 && skup_attendance_view_get_cursor_row (view) < 500; i++)
    {
      guint before = skup_attendance_view_get_cursor_row (view);

      press_keys ("Page_Down");
      g_assert_cmpuint (skup_attendance_view_get_cursor_row (view), >, before + 5);
    }
  press_keys ("Right Right Right Right Right");
  skup_ui_test_wait_for_frames (GTK_WIDGET (view));
  g_assert_cmpuint (skup_attendance_view_get_cursor_row (view), >=, 500);
  g_assert_cmpuint (skup_attendance_view_get_cursor_row (view), <, 560);
  g_assert_cmpuint (skup_attendance_view_get_cursor_column (view), ==, 5);
  /* The cursor's row is among the rows drawn, and few are. */
  g_assert_cmpuint (skup_attendance_view_get_first_drawn_row (view), <=,
                    skup_attendance_view_get_cursor_row (view));
  g_assert_cmpuint (skup_attendance_view_get_first_drawn_row (view)
                    + skup_attendance_view_get_n_drawn_rows (view), >,
                    skup_attendance_view_get_cursor_row (view));
  g_assert_cmpuint (skup_attendance_view_get_n_drawn_rows (view), <, 40);
  press_keys ("p Down space Down a Down l Up Up Up Up x Left p Left p");
  skup_ui_test_save_screenshot (GTK_WIDGET (attendance), "attendance-grid-large");
}

static gboolean
shows_mark (gpointer data)
{
  gpointer *args = data;
  SkupAttendanceGrid *grid = skup_attendance_window_get_grid (args[0]);
  int row = skup_attendance_grid_find_row (grid, *(gint64 *) args[1]);

  return row >= 0 && skup_attendance_grid_get_mark (grid, row, 1) == SKUP_MARK_LATE;
}

static gboolean
has_rows (gpointer data)
{
  gpointer *args = data;
  SkupAttendanceGrid *grid = skup_attendance_window_get_grid (args[0]);

  return skup_attendance_grid_get_n_people (grid) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
has_columns (gpointer data)
{
  gpointer *args = data;
  SkupAttendanceGrid *grid = skup_attendance_window_get_grid (args[0]);

  return skup_attendance_grid_get_n_sessions (grid) == GPOINTER_TO_UINT (args[1]);
}

static void
add_session (Fixture    *f,
             gint64      event_id,
             const char *date)
{
  g_autoptr(SkupRecord) session = skup_record_new_for_type (SKUP_TYPE_SESSION);

  skup_record_set_int (session, "event-id", event_id);
  skup_record_set_string (session, "date", date);
  skup_record_set_string (session, "start-time", "14:00");
  skup_ui_test_save (f->store, session);
}

/* Another part of the app (or another organiser) writes: the grid reads the register again
 * and the cursor stays on the same person and session. Its own writes it does not read. */
static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 event_id = add_workshop (f, 3);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupAttendanceWindow *attendance = open_attendance (f, window, event_id);
  SkupAttendanceView *view = skup_attendance_window_get_view (attendance);
  SkupAttendanceGrid *grid = skup_attendance_window_get_grid (attendance);
  Person newcomer = { "Aleksandar", "Antić", "male" };
  gint64 registration, session, person_id;
  gpointer args[2] = { attendance, &registration };

  skup_ui_test_wait_until (view_has_focus, attendance, "the grid had the keyboard focus");
  press_keys ("Down Down Right p");
  assert_cursor (view, 2, 1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (attendance));
  /* Its own mark is in the grid already: no reading again. */
  g_assert_true (skup_attendance_window_get_grid (attendance) == grid);
  registration = row_registration (grid, 2);
  session = column_session (grid, 1);

  g_assert_true (skup_store_set_marks (f->store, session, &registration, 1, SKUP_MARK_LATE,
                                       NULL, &error));
  g_assert_no_error (error);
  skup_ui_test_wait_until (shows_mark, args, "the grid showed the mark written elsewhere");
  assert_cursor (view, 2, 1);
  g_assert_cmpstr (skup_attendance_view_get_cursor_label (view), ==,
                   "Dragana Marković, Tue 05.03. 09:00–13:00: Late");

  /* A newcomer sorts first: the cursor moves down with its person. */
  person_id = add_person (f, &newcomer);
  register_people (f, event_id, &person_id, 1);
  args[1] = GUINT_TO_POINTER (5);
  skup_ui_test_wait_until (has_rows, args, "the grid showed the newcomer");
  grid = skup_attendance_window_get_grid (attendance);
  g_assert_cmpint (skup_attendance_grid_find_row (grid, registration), ==, 3);
  assert_cursor (view, 3, 1);

  /* An afternoon on the first day, before the cursor's: it moves right with its session. */
  add_session (f, event_id, "2024-03-04");
  args[1] = GUINT_TO_POINTER (4);
  skup_ui_test_wait_until (has_columns, args, "the grid showed the new session");
  assert_cursor (view, 3, 2);
  g_assert_cmpstr (skup_attendance_view_get_cursor_label (view), ==,
                   "Dragana Marković, Tue 05.03. 09:00–13:00: Late");
  assert_totals (view, 2, "1 / 5 present\n♀ 1 ♂ 0 · 0");
}

static gboolean
is_status_page_titled (GtkWidget     *widget,
                       gconstpointer  title)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

static gboolean
shows_grid (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (skup_attendance_window_get_view (data)));
}

/* An event with no sessions, or with nobody registered, says what to do first; the grid
 * comes as soon as there is something to mark. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  gint64 no_sessions = add_workshop (f, 0);
  gint64 nobody = add_event (f, "Nobody Yet", 2);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupAttendanceWindow *attendance = open_attendance (f, window, no_sessions);

  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (attendance), is_status_page_titled,
                                              "No Sessions Yet"));
  g_assert_false (shows_grid (attendance));
  skup_ui_test_save_screenshot (GTK_WIDGET (attendance), "attendance-empty");
  add_session (f, no_sessions, "2024-03-04");
  skup_ui_test_wait_until (shows_grid, attendance, "the grid was shown");
  g_assert_true (shows_grid (attendance));
  gtk_window_destroy (GTK_WINDOW (attendance));

  attendance = open_attendance (f, window, nobody);
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (attendance), is_status_page_titled,
                                              "Nobody Registered Yet"));
  g_assert_false (shows_grid (attendance));
}

/* A mark the register refuses: another organiser deleted the session a moment ago, before
 * this window heard of it. The cell keeps its mark and the window says why. */
static void
test_write_fails (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 event_id = add_workshop (f, 3);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupAttendanceWindow *attendance = open_attendance (f, window, event_id);
  SkupAttendanceView *view = skup_attendance_window_get_view (attendance);
  SkupAttendanceGrid *grid = skup_attendance_window_get_grid (attendance);
  g_autoptr(SkupStore) other = NULL;
  g_autoptr(SkupRecord) session = NULL;
  const char *message;

  skup_ui_test_wait_until (view_has_focus, attendance, "the grid had the keyboard focus");
  /* Not yet heard of: the window's register stops looking for other organisers' commits. */
  skup_store_watch (f->store, FALSE);
  other = skup_store_open (f->path, &error);
  g_assert_no_error (error);
  session = skup_store_load (other, SKUP_TYPE_SESSION, column_session (grid, 1), &error);
  g_assert_no_error (error);
  g_assert_true (skup_store_delete (other, session, NULL, &error));
  g_assert_no_error (error);

  press_keys ("Right p");
  assert_cursor (view, 0, 1);
  g_assert_cmpint (skup_attendance_grid_get_mark (skup_attendance_window_get_grid (attendance),
                                                  0, 1), ==, SKUP_MARK_NONE);
  g_assert_cmpuint (count_stored_marks (other, event_id, skup_record_get_id (session),
                                        SKUP_MARK_NONE), ==, 0);
  message = skup_attendance_window_get_message (attendance);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message,
                                   "Could not mark Bojan Ilić at Tue 05.03. 09:00–13:00: "));
  g_assert_cmpstr (skup_attendance_view_get_cursor_label (view), ==,
                   "Bojan Ilić, Tue 05.03. 09:00–13:00: not taken");
  skup_ui_test_save_screenshot (GTK_WIDGET (attendance), "attendance-error");
}

/* In Serbian, and in a phone-sized window: the names narrow, the sessions scroll. */
static void
test_serbian_narrow (Fixture       *f,
                     gconstpointer  data)
{
  gint64 event_id;
  SkupWindow *window;
  SkupAttendanceWindow *attendance;
  SkupAttendanceView *view;

  skup_ui_test_use_language ("sr_RS.UTF-8");
  event_id = add_workshop (f, 3);
  window = skup_ui_test_open_window (f, 1280, 800);
  attendance = open_attendance (f, window, event_id);
  view = skup_attendance_window_get_view (attendance);
  skup_ui_test_wait_until (view_has_focus, attendance, "the grid had the keyboard focus");
  press_keys ("p Right Down space Right Down l Down a Left x");
  assert_totals (view, 0, "присутно: 1 / 4\n♀ 0 ♂ 1 · 0");
  g_assert_cmpstr (skup_attendance_view_get_cursor_label (view), ==,
                   "Ana Petrović, уто 5. 3. 09:00–13:00: Оправдано одсуство");
  skup_ui_test_save_screenshot (GTK_WIDGET (attendance), "attendance-grid-sr");

  skup_ui_test_resize_window (GTK_WINDOW (attendance), 360, 640);
  press_keys ("End");
  assert_cursor (view, 3, 2);
  skup_ui_test_save_screenshot (GTK_WIDGET (attendance), "attendance-grid-sr-narrow");
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/skup/ui/attendance/" name, Fixture, NULL, fixture_setup, func, \
              skup_ui_test_fixture_teardown)

  ADD ("keyboard", test_keyboard);
  ADD ("mark-all-menu", test_mark_all_menu);
  ADD ("large", test_large);
  ADD ("follows-store", test_follows_store);
  ADD ("empty", test_empty);
  ADD ("write-fails", test_write_fails);
  ADD ("serbian-narrow", test_serbian_narrow);

#undef ADD

  return g_test_run ();
}
