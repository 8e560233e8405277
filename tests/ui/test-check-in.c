/* test-check-in.c — check-in at the door: typing names, Enter, walk-ins and Undo, driven on
 * the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The event is today's (tests run with TZ=UTC), so the window checks in at its one session.
 * The window opens from the event's page, as a user opens it; keys are pressed for real
 * (xdotool through the X server), so they go where GTK sends a user's keys: the focused field,
 * its key handlers and the window's shortcuts. What the window says is read from its labels,
 * what was written from the register. Screenshots go to SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include <string.h>

#include "core/skup-core.h"
#include "gui/attendance/skup-check-in-window.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

#define EVENT_TITLE "Women, Violence, and the Use of Drugs — Niš"

typedef struct {
  SkupUiTestFixture  ui;
  gint64             event_id;
  gint64             ana_id;
  gint64             marko_id;
  SkupWindow        *window;
  SkupCheckInWindow *check_in;
} Fixture;

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

/* Lets GTK handle what the X server has queued for it. */
static void
handle_events (void)
{
  /* The server has queued the events for us once a round trip comes back. */
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Presses @keys (xdotool's names: "Return", "ctrl+z") in the window with the keyboard focus. */
static void
press_keys (const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--delay", "30", keys, NULL };

  run_xdotool (argv);
  handle_events ();
}

/* Types ASCII @text through the X server as a user would. */
static void
type_ascii (const char *text)
{
  const char *argv[] = { "xdotool", "type", "--delay", "30", text, NULL };

  run_xdotool (argv);
  handle_events ();
}

/* A letter outside the US keymap (ć, Cyrillic), committed where the cursor is, as an input
 * method or a Serbian keyboard layout gives it: xdotool drops such letters under Xvfb. */
static void
commit_letter (GtkWindow  *window,
               const char *letter,
               gsize       length)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  int position;

  g_assert_true (GTK_IS_EDITABLE (focus));
  position = gtk_editable_get_position (GTK_EDITABLE (focus));
  gtk_editable_insert_text (GTK_EDITABLE (focus), letter, (int) length, &position);
  gtk_editable_set_position (GTK_EDITABLE (focus), position);
  handle_events ();
}

/* Types @text in the field with the keyboard focus in @window: ASCII through the X server,
 * other letters committed as an input method does. */
static void
type_text (gpointer    window,
           const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p;

      while (*end != '\0' && (guchar) *end < 0x80)
        end++;
      if (end > p)
        {
          g_autofree char *ascii = g_strndup (p, end - p);

          type_ascii (ascii);
          p = end;
          continue;
        }
      end = g_utf8_next_char (p);
      commit_letter (window, p, end - p);
      p = end;
    }
}

/* Helpers *****************************************************************/

static gint64
add_person (SkupStore  *store,
            const char *given,
            const char *family,
            gint64      organisation_id)
{
  g_autoptr(SkupPerson) person = skup_person_new ();

  skup_record_set_string (SKUP_RECORD (person), "given-name", given);
  skup_record_set_string (SKUP_RECORD (person), "family-name", family);
  if (organisation_id > 0)
    skup_record_set_int (SKUP_RECORD (person), "organisation-id", organisation_id);
  return skup_ui_test_save (store, SKUP_RECORD (person));
}

static void
register_person (Fixture *f,
                 gint64   person_id)
{
  g_autoptr(GError) error = NULL;

  skup_store_register (f->ui.store, f->event_id, person_id, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* A one-day workshop today, with "Ana Petrović" (Izlazak) and "Марко Марковић" (written in
 * Cyrillic) registered. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SkupEvent) event = skup_event_new ();
  g_autofree char *today = dup_today ();
  gint64 izlazak;

  skup_ui_test_use_language ("C.UTF-8");
  skup_ui_test_fixture_setup (&f->ui, "skup-test-check-in-XXXXXX");
  skup_record_set_string (SKUP_RECORD (event), "title", EVENT_TITLE);
  skup_record_set_string (SKUP_RECORD (event), "kind", "workshop");
  skup_record_set_string (SKUP_RECORD (event), "status", "planned");
  skup_record_set_string (SKUP_RECORD (event), "start-date", today);
  skup_record_set_string (SKUP_RECORD (event), "end-date", today);
  f->event_id = skup_ui_test_save (f->ui.store, SKUP_RECORD (event));
  izlazak = skup_ui_test_add_named (f->ui.store, SKUP_TYPE_ORGANISATION, "Izlazak", "Beograd");
  f->ana_id = add_person (f->ui.store, "Ana", "Petrović", izlazak);
  f->marko_id = add_person (f->ui.store, "Марко", "Марковић", 0);
  register_person (f, f->ana_id);
  register_person (f, f->marko_id);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_ui_test_fixture_teardown (&f->ui, data);
}

static gboolean
is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

static gboolean
has_check_in_window (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return SKUP_IS_CHECK_IN_WINDOW (dialog) && gtk_widget_get_mapped (dialog)
         && gtk_window_is_active (GTK_WINDOW (dialog));
}

/* Opens the main window on the event's page, then the check-in window from it, as a user
 * does, with the keyboard focus in it. */
static void
open_check_in (Fixture *f)
{
  const char *away[] = { "xdotool", "mousemove", "1900", "1060", NULL };
  SkupDetailPage *detail;
  GtkWidget *dialog;

  /* A list chooses the row under the pointer: keep it off the windows, so only keys choose. */
  run_xdotool (away);
  f->window = skup_ui_test_open_window (&f->ui, 1280, 800);
  skup_ui_test_wait_until (is_active, f->window, "the window had the keyboard focus");
  skup_window_open_record (f->window, SKUP_TYPE_EVENT, f->event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (f->window));
  detail = skup_window_get_detail_page (f->window);
  g_assert_nonnull (detail);
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (detail), "event.check-in"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "event.check-in", NULL));
  skup_ui_test_wait_until (has_check_in_window, f->window, "the check-in window was shown");
  dialog = skup_ui_test_get_dialog (f->window);
  g_assert_true (SKUP_IS_CHECK_IN_WINDOW (dialog));
  f->check_in = SKUP_CHECK_IN_WINDOW (dialog);
  skup_ui_test_wait_for_frames (dialog);
}

/* The focus is in the field the names are typed into. */
static gboolean
focus_in_search (SkupCheckInWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL;
}

static GtkEditable *
get_search (SkupCheckInWindow *window)
{
  GtkWidget *entry = skup_ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY,
                                                   TRUE);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

static guint
count_of (Fixture   *f,
          GType      type,
          SkupQuery *query)
{
  g_autoptr(GError) error = NULL;
  guint n = skup_store_count (f->ui.store, type, query, &error);

  g_assert_no_error (error);
  return n;
}

static guint
count_registrations (Fixture *f)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = f->event_id };

  return count_of (f, SKUP_TYPE_REGISTRATION, &query);
}

static guint
count_people_called (Fixture    *f,
                     const char *name)
{
  SkupQuery query = { .search = name };

  return count_of (f, SKUP_TYPE_PERSON, &query);
}

/* Every mark at the event, as the register holds them. */
static GArray *
list_marks (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GArray *marks = skup_store_list_marks (f->ui.store, f->event_id, &error);

  g_assert_no_error (error);
  return marks;
}

/* The registration of @person_id at the event. */
static gint64
find_registration (Fixture *f,
                   gint64   person_id)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = f->event_id };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = skup_store_list (f->ui.store, SKUP_TYPE_REGISTRATION, &query,
                                                &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkupRecord) reg = g_list_model_get_item (list, i);

      if (skup_record_get_int (reg, "person-id") == person_id)
        return skup_record_get_id (reg);
    }
  g_assert_not_reached ();
}

static void
assert_status_starts (SkupCheckInWindow *window,
                      const char        *start)
{
  const char *status = skup_check_in_window_get_status (window);

  if (!g_str_has_prefix (status, start))
    g_error ("the status reads “%s”, not “%s…”", status, start);
}

static gboolean
is_walk_in_shown (gpointer data)
{
  GtkWidget *button = skup_ui_test_find_actionable (data, "check-in.walk-in");

  return button != NULL && gtk_widget_get_mapped (button) && gtk_widget_get_child_visible (button);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* A label the user sees reads exactly @text. */
static gboolean
shows_label (gpointer    window,
             const char *text)
{
  return skup_ui_test_find_widget (window, is_label_reading, text) != NULL;
}

/* Tests *******************************************************************/

/* The whole visit of the door: a name in the other script checked in with Enter, a second
 * Enter for the same person, a walk-in, and Undo of the walk-in. */
static void
test_door (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GArray) marks = NULL;
  GArray *matches;

  open_check_in (f);
  g_assert_true (focus_in_search (f->check_in));
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "0 of 2 here");
  g_assert_true (shows_label (f->check_in, "0 of 2 here"));

  /* Latin letters find the name written in Cyrillic; the match shows before Enter. */
  type_text (f->check_in, "marko mar");
  matches = skup_check_in_window_get_matches (f->check_in);
  g_assert_nonnull (matches);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_true (shows_label (f->check_in, "Марко Марковић"));
  skup_ui_test_save_screenshot (GTK_WIDGET (f->check_in), "check-in-typed");
  press_keys ("Return");
  assert_status_starts (f->check_in, "Марко Марковић is checked in, ");
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "1 of 2 here");
  g_assert_true (shows_label (f->check_in, "1 of 2 here"));
  /* Ready for the next person. */
  g_assert_cmpstr (gtk_editable_get_text (get_search (f->check_in)), ==, "");
  g_assert_true (focus_in_search (f->check_in));
  marks = list_marks (f);
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpint (g_array_index (marks, SkupAttendanceMark, 0).registration_id, ==,
                   find_registration (f, f->marko_id));
  g_assert_cmpint (g_array_index (marks, SkupAttendanceMark, 0).mark, ==, SKUP_MARK_PRESENT);
  g_assert_cmpuint (strlen (g_array_index (marks, SkupAttendanceMark, 0).check_in_time), ==, 5);
  skup_ui_test_save_screenshot (GTK_WIDGET (f->check_in), "check-in-marked");

  /* The same person again: said so, and nothing written. */
  type_text (f->check_in, "marko mar");
  press_keys ("Return");
  assert_status_starts (f->check_in, "Марко Марковић was checked in at ");
  g_assert_true (g_str_has_suffix (skup_check_in_window_get_status (f->check_in), " already"));
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "1 of 2 here");
  g_clear_pointer (&marks, g_array_unref);
  marks = list_marks (f);
  g_assert_cmpuint (marks->len, ==, 1);

  /* Nobody of that name: the walk-in button offers to register her. */
  type_text (f->check_in, "Jelena Jovanović");
  g_assert_cmpstr (gtk_editable_get_text (get_search (f->check_in)), ==, "Jelena Jovanović");
  skup_ui_test_wait_for_frames (GTK_WIDGET (f->check_in));
  g_assert_true (is_walk_in_shown (f->check_in));
  g_assert_true (shows_label (f->check_in, "Register “Jelena Jovanović” as a Walk-in"));
  press_keys ("Return");
  assert_status_starts (f->check_in, "Nobody registered is called “Jelena Jovanović”");
  g_assert_true (is_walk_in_shown (f->check_in));
  skup_ui_test_save_screenshot (GTK_WIDGET (f->check_in), "check-in-walk-in");

  press_keys ("ctrl+Return");
  g_assert_cmpstr (skup_check_in_window_get_status (f->check_in), ==,
                   "Walk-in Jelena Jovanović registered and checked in");
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "2 of 3 here");
  g_assert_cmpuint (count_people_called (f, "Jelena Jovanović"), ==, 1);
  g_assert_cmpuint (count_registrations (f), ==, 3);
  g_clear_pointer (&marks, g_array_unref);
  marks = list_marks (f);
  g_assert_cmpuint (marks->len, ==, 2);
  g_assert_false (is_walk_in_shown (f->check_in));
  skup_ui_test_save_screenshot (GTK_WIDGET (f->check_in), "check-in-walked-in");

  /* Undo takes the walk-in away again: her mark, her registration and her. */
  press_keys ("ctrl+z");
  assert_status_starts (f->check_in, "Undone: ");
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "1 of 2 here");
  g_assert_cmpuint (count_people_called (f, "Jelena Jovanović"), ==, 0);
  g_assert_cmpuint (count_registrations (f), ==, 2);
  g_clear_pointer (&marks, g_array_unref);
  marks = list_marks (f);
  g_assert_cmpuint (marks->len, ==, 1);
  skup_ui_test_save_screenshot (GTK_WIDGET (f->check_in), "check-in-undone");
}

/* Several people match: Enter checks in nobody, Down goes to the matches and Enter checks in
 * the one chosen. */
static void
test_choose_among_matches (Fixture       *f,
                           gconstpointer  data)
{
  gint64 ana_maric = add_person (f->ui.store, "Ana", "Marić", 0);
  g_autoptr(GArray) marks = NULL;
  g_autofree char *second = NULL;
  g_autofree char *expected = NULL;
  SkupAttendanceGrid *grid;
  GArray *matches;

  register_person (f, ana_maric);
  open_check_in (f);
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "0 of 3 here");

  type_text (f->check_in, "ana");
  matches = skup_check_in_window_get_matches (f->check_in);
  g_assert_nonnull (matches);
  g_assert_cmpuint (matches->len, ==, 2);
  grid = skup_check_in_get_grid (skup_check_in_window_get_check_in (f->check_in));
  second = g_strdup (skup_attendance_grid_get_person (grid, g_array_index (matches, guint, 1))
                       ->name);
  g_assert_true (shows_label (f->check_in, second));
  press_keys ("Return");
  assert_status_starts (f->check_in, "2 people match “ana”");
  g_clear_pointer (&marks, g_array_unref);
  marks = list_marks (f);
  g_assert_cmpuint (marks->len, ==, 0);

  press_keys ("Down");
  g_assert_false (focus_in_search (f->check_in));
  press_keys ("Down");
  skup_ui_test_save_screenshot (GTK_WIDGET (f->check_in), "check-in-choose");
  press_keys ("Return");
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "1 of 3 here");
  g_assert_true (focus_in_search (f->check_in));
  g_clear_pointer (&marks, g_array_unref);
  marks = list_marks (f);
  g_assert_cmpuint (marks->len, ==, 1);
  /* The second match, whoever the core ranks second, is the one checked in. */
  expected = g_strconcat (second, " is checked in, ", NULL);
  assert_status_starts (f->check_in, expected);
}

/* One word is not a name for a walk-in: the family name is asked for in a field of its own. */
static void
test_walk_in_one_word (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *focus;

  open_check_in (f);
  type_text (f->check_in, "Jelena");
  g_assert_true (is_walk_in_shown (f->check_in));
  press_keys ("ctrl+Return");
  /* Nobody was created from one word: the family name is asked for. */
  g_assert_cmpuint (count_registrations (f), ==, 2);
  assert_status_starts (f->check_in, "Type the family name of “Jelena”");
  focus = gtk_root_get_focus (GTK_ROOT (f->check_in));
  g_assert_nonnull (focus);
  g_assert_null (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));

  type_text (f->check_in, "Jovanović");
  g_assert_true (shows_label (f->check_in, "Register “Jelena Jovanović” as a Walk-in"));
  press_keys ("Return");
  g_assert_cmpstr (skup_check_in_window_get_status (f->check_in), ==,
                   "Walk-in Jelena Jovanović registered and checked in");
  g_assert_cmpuint (count_people_called (f, "Jelena Jovanović"), ==, 1);
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "1 of 3 here");
  g_assert_true (focus_in_search (f->check_in));
}

static gboolean
has_count (gpointer data)
{
  Fixture *f = data;

  return !skup_check_in_window_is_reloading (f->check_in)
         && g_strcmp0 (skup_check_in_window_get_count (f->check_in), "1 of 2 here") == 0;
}

/* Attendance taken elsewhere (the grid open beside it) shows at the door too. */
static void
test_follows_register (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupCheckIn *check_in;
  SkupRecord *session;
  gint64 registration;

  open_check_in (f);
  check_in = skup_check_in_window_get_check_in (f->check_in);
  g_assert_nonnull (check_in);
  session = skup_attendance_grid_get_session (skup_check_in_get_grid (check_in), 0);
  registration = find_registration (f, f->ana_id);
  skup_store_set_marks (f->ui.store, skup_record_get_id (session), &registration, 1,
                        SKUP_MARK_PRESENT, "08:55", &error);
  g_assert_no_error (error);

  skup_ui_test_wait_until (has_count, f, "the window counted the mark made elsewhere");
  g_assert_cmpstr (skup_check_in_window_get_count (f->check_in), ==, "1 of 2 here");
  type_text (f->check_in, "petrovic");
  g_assert_true (shows_label (f->check_in, "Here since 08:55"));
  press_keys ("Return");
  g_assert_cmpstr (skup_check_in_window_get_status (f->check_in), ==,
                   "Ana Petrović was checked in at 08:55 already");
}

/* The sample register has taken the event's attendance: the door starts before anyone came. */
static void
clear_marks (Fixture *f)
{
  g_autoptr(GArray) marks = list_marks (f);

  for (guint i = 0; i < marks->len; i++)
    {
      const SkupAttendanceMark *mark = &g_array_index (marks, SkupAttendanceMark, i);
      g_autoptr(GError) error = NULL;

      skup_store_set_marks (f->ui.store, mark->session_id, &mark->registration_id, 1,
                            SKUP_MARK_NONE, NULL, &error);
      g_assert_no_error (error);
    }
}

/* The sample register: the Belgrade workshop of "Women, Violence, and the Use of Drugs", in
 * the language @data names. */
static void
fixture_setup_sample (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  skup_ui_test_use_language (data);
  skup_ui_test_fixture_setup (&f->ui, "skup-test-check-in-XXXXXX");
  skup_demo_fill_sample (f->ui.store, &stats, &error);
  g_assert_no_error (error);
  f->event_id = skup_store_find_by_title (f->ui.store, SKUP_TYPE_EVENT,
                                          "Women, Violence, and the Use of Drugs — Belgrade");
  g_assert_cmpint (f->event_id, >, 0);
  clear_marks (f);
}

/* The picture in README.md: a few people checked in, the last one said so, and the matches of
 * the next name being typed, some of them here already. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *name = g_strconcat ("check-in", g_str_has_prefix (data, "sr") ? "-sr" : "",
                                       NULL);
  g_autofree char *prefix = NULL;
  g_autofree char *last = NULL;
  SkupAttendanceGrid *grid;
  SkupCheckIn *check_in;
  guint n;

  open_check_in (f);
  skup_ui_test_resize_window (GTK_WINDOW (f->check_in), 1024, 720);
  check_in = skup_check_in_window_get_check_in (f->check_in);
  g_assert_nonnull (check_in);
  grid = skup_check_in_get_grid (check_in);
  n = skup_attendance_grid_get_n_people (grid);
  g_assert_cmpuint (n, >=, 6);
  /* Everyone whose name starts as the first one's does, but that one and the last (typed
   * next), is here already. */
  prefix = g_utf8_substring (skup_attendance_grid_get_person (grid, 0)->name, 0, 1);
  for (guint row = 1; row + 1 < n; row++)
    {
      g_autoptr(GError) error = NULL;

      if (g_str_has_prefix (skup_attendance_grid_get_person (grid, row)->name, prefix)
          || row % 3 == 0)
        skup_check_in_mark (check_in, row, &error);
      g_assert_no_error (error);
    }
  /* A copy: the marks above, written past the window, make it read the grid again. */
  last = g_strdup (skup_attendance_grid_get_person (grid, n - 1)->name);
  type_text (f->check_in, last);
  press_keys ("Return");
  g_assert_true (g_str_has_prefix (skup_check_in_window_get_status (f->check_in), last));
  type_text (f->check_in, prefix);
  g_assert_nonnull (skup_check_in_window_get_matches (f->check_in));
  skup_ui_test_save_screenshot (GTK_WIDGET (f->check_in), name);
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/check-in/door", Fixture, NULL, fixture_setup, test_door,
              fixture_teardown);
  g_test_add ("/skup/ui/check-in/choose-among-matches", Fixture, NULL, fixture_setup,
              test_choose_among_matches, fixture_teardown);
  g_test_add ("/skup/ui/check-in/walk-in-one-word", Fixture, NULL, fixture_setup,
              test_walk_in_one_word, fixture_teardown);
  g_test_add ("/skup/ui/check-in/follows-register", Fixture, NULL, fixture_setup,
              test_follows_register, fixture_teardown);
  g_test_add ("/skup/ui/check-in/screenshot", Fixture, "C.UTF-8", fixture_setup_sample,
              test_screenshot, fixture_teardown);
  g_test_add ("/skup/ui/check-in/screenshot-sr", Fixture, "sr_RS.UTF-8", fixture_setup_sample,
              test_screenshot, fixture_teardown);
  return g_test_run ();
}
