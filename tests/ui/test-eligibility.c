/* test-eligibility.c — who may be given a certificate, on the event's page, driven on the
 * real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A three-day workshop (a session a day) with two participants; attendance is taken through
 * the store, as the grid and check-in windows write it. The event's page must show each
 * standing and why, follow new marks, and let the organiser decide by hand through the
 * Override… dialog, which refuses to answer without a reason. Screenshots go to
 * SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-eligibility-group.h"
#include "gui/skup-gui-util.h"
#include "skup-ui-test.h"

#define ANA "Ana Jovanović"
#define BORIS "Boris Petrović"
#define ILL "Ill on the last day, with a doctor’s note"

typedef SkupUiTestFixture Fixture;

typedef struct {
  gint64 event_id;
  gint64 sessions[3];
  gint64 ana;     /* registrations */
  gint64 boris;
} Workshop;

/* Helpers *****************************************************************/

/* Presses @keys (xdotool's names: "Return") in whichever window has the keyboard focus, and
 * returns once GTK has handled them. */
static void
press_keys (const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--delay", "30", keys, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  /* The server has queued the events for us once a round trip comes back. */
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_use_language ("C.UTF-8");
  skup_ui_test_fixture_setup (f, "skup-test-eligibility-XXXXXX");
}

static void
list_sessions (Fixture  *f,
               Workshop *w)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = w->event_id };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sessions = skup_store_list (f->store, SKUP_TYPE_SESSION, &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, G_N_ELEMENTS (w->sessions));
  for (guint i = 0; i < G_N_ELEMENTS (w->sessions); i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);

      w->sessions[i] = skup_record_get_id (session);
    }
}

static gint64
register_person (Fixture    *f,
                 gint64      event_id,
                 const char *given,
                 const char *family)
{
  gint64 person_id = skup_ui_test_add_person (f->store, given, family);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (skup_store_register (f->store, event_id, person_id, "participant", "registered",
                                      &id, &error));
  g_assert_no_error (error);
  return id;
}

/* Three days, so three sessions; 60 % of three is two. */
static Workshop
add_workshop (Fixture *f)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  Workshop w = { 0 };

  skup_record_set_string (event, "title", "Women, Violence, and the Use of Drugs — Novi Sad");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2023-05-19");
  skup_record_set_string (event, "end-date", "2023-05-21");
  skup_record_set_int (event, "eligibility-percent", 60);
  w.event_id = skup_ui_test_save (f->store, event);
  list_sessions (f, &w);
  w.ana = register_person (f, w.event_id, "Ana", "Jovanović");
  w.boris = register_person (f, w.event_id, "Boris", "Petrović");
  return w;
}

static void
mark (Fixture  *f,
      gint64    session_id,
      gint64    registration_id,
      SkupMark  value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_set_marks (f->store, session_id, &registration_id, 1, value, NULL,
                                       &error));
  g_assert_no_error (error);
}

static SkupEligibilityGroup *
open_group (Fixture    *f,
            SkupWindow *window,
            gint64      event_id)
{
  SkupDetailPage *detail;
  GtkWidget *group;

  skup_window_open_record (window, SKUP_TYPE_EVENT, event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  group = skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_ELIGIBILITY_GROUP, TRUE);
  g_assert_nonnull (group);
  return SKUP_ELIGIBILITY_GROUP (group);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) && GTK_IS_LIST_BOX_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The person's row; a log row inside an expander is titled by its verdict, never a name. */
static GtkWidget *
get_row (SkupEligibilityGroup *group,
         const char           *name)
{
  GtkWidget *row = skup_ui_test_find_widget (GTK_WIDGET (group), is_row_titled, name);

  g_assert_nonnull (row);
  return row;
}

static const char *
row_subtitle (GtkWidget *row)
{
  if (ADW_IS_EXPANDER_ROW (row))
    return adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static gboolean
is_standing_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "caption-heading");
}

/* The small label that says the standing, checked with the colour it must have. */
static void
assert_standing (GtkWidget  *row,
                 const char *text,
                 const char *css_class)
{
  GtkWidget *label = skup_ui_test_find_widget (row, is_standing_label, NULL);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, text);
  g_assert_true (gtk_widget_has_css_class (label, css_class));
}

typedef struct {
  SkupEligibilityGroup *group;
  const char           *name;
  const char           *subtitle;
} RowWait;

static gboolean
row_says (gpointer data)
{
  RowWait *wait = data;
  GtkWidget *row = skup_ui_test_find_widget (GTK_WIDGET (wait->group), is_row_titled,
                                             wait->name);

  return row != NULL && g_strcmp0 (row_subtitle (row), wait->subtitle) == 0;
}

/* Waits until @name's row gives @subtitle as the reason, and returns the row. */
static GtkWidget *
wait_for_reason (SkupEligibilityGroup *group,
                 const char           *name,
                 const char           *subtitle)
{
  RowWait wait = { group, name, subtitle };
  GtkWidget *row;

  skup_ui_test_wait_until (row_says, &wait, "the row showed the new standing");
  row = get_row (group, name);
  g_assert_cmpstr (row_subtitle (row), ==, subtitle);
  skup_ui_test_wait_for_frames (row);
  return row;
}

static AdwMessageDialog *
open_override_dialog (SkupWindow *window,
                      GtkWidget  *row)
{
  GtkWidget *button = skup_ui_test_find_actionable (row, "eligibility.override");
  GtkWidget *dialog;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  /* As a keyboard user reaches it. */
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, window, "the dialog was shown");
  dialog = skup_ui_test_get_dialog (window);
  skup_ui_test_wait_for_frames (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The dialog's button for a response, as the user sees it. */
static GtkWidget *
get_response_button (AdwMessageDialog *dialog,
                     const char       *label)
{
  GtkWidget *button = skup_ui_test_find_widget (GTK_WIDGET (dialog), is_button_labelled, label);

  g_assert_nonnull (button);
  return button;
}

static GtkEditable *
get_reason_entry (AdwMessageDialog *dialog)
{
  GtkWidget *entry = skup_ui_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, TRUE);
  GtkEditable *text;

  g_assert_nonnull (entry);
  /* It has the focus, ready for the reason. */
  text = gtk_editable_get_delegate (GTK_EDITABLE (entry));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (text)));
  return GTK_EDITABLE (entry);
}

static gboolean
is_dialog_gone (gpointer window)
{
  return !skup_ui_test_has_message_dialog (window);
}

static void
click_response (SkupWindow       *window,
                AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = get_response_button (dialog, label);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_activate (button));
  skup_ui_test_wait_until (is_dialog_gone, window, "the dialog was answered");
}

static GPtrArray *
log_of (Fixture *f,
        gint64   registration_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *log = skup_store_list_overrides (f->store, registration_id, &error);

  g_assert_no_error (error);
  return log;
}

/* How a log line starts: with who wrote it. */
static char *
dup_who_prefix (Fixture *f)
{
  g_autofree char *who = skup_store_dup_user_name (f->store);

  return g_strdup_printf ("%s, ", who);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* Tests *******************************************************************/

/* The standings follow the attendance taken: Ana attended two of three (enough), Boris one of
 * two taken with one to come (not yet), then misses the last one (not eligible). */
static void
test_standings (Fixture       *f,
                gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window;
  SkupEligibilityGroup *group;
  GtkWidget *row;
  guint eligible = 0;

  mark (f, w.sessions[0], w.ana, SKUP_MARK_PRESENT);
  mark (f, w.sessions[1], w.ana, SKUP_MARK_LATE);
  mark (f, w.sessions[0], w.boris, SKUP_MARK_PRESENT);
  mark (f, w.sessions[1], w.boris, SKUP_MARK_ABSENT);

  window = skup_ui_test_open_window (f, 1100, 900);
  group = open_group (f, window, w.event_id);
  g_assert_cmpuint (skup_eligibility_group_get_count (group, &eligible), ==, 2);
  g_assert_cmpuint (eligible, ==, 1);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "1 of 2 eligible · rule: 60 % of sessions, trainers and speakers always");

  row = get_row (group, ANA);
  g_assert_cmpstr (row_subtitle (row), ==, "Attended 2 of 3 sessions; 2 needed.");
  assert_standing (row, "Eligible", "success");
  row = get_row (group, BORIS);
  g_assert_cmpstr (row_subtitle (row), ==,
                   "Attended 1 of 3 sessions; 2 needed. 1 session is still to be taken.");
  assert_standing (row, "Not yet", "warning");
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "eligibility-standings");

  /* The last day's attendance, taken elsewhere: the page follows. */
  mark (f, w.sessions[2], w.boris, SKUP_MARK_ABSENT);
  row = wait_for_reason (group, BORIS, "Attended 1 of 3 sessions; 2 needed.");
  assert_standing (row, "Not eligible", "error");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "1 of 2 eligible · rule: 60 % of sessions, trainers and speakers always");
}

/* Without a reason the dialog gives no verdict: its answers stay off, and Enter marks the
 * entry instead of closing. */
static void
test_reason_refused (Fixture       *f,
                     gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1100, 900);
  SkupEligibilityGroup *group = open_group (f, window, w.event_id);
  AdwMessageDialog *dialog = open_override_dialog (window, get_row (group, BORIS));
  GtkEditable *entry = get_reason_entry (dialog);
  g_autoptr(GPtrArray) log = NULL;

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Decide by Hand");
  g_assert_false (gtk_widget_is_sensitive (get_response_button (dialog, "_Eligible")));
  g_assert_false (gtk_widget_is_sensitive (get_response_button (dialog, "_Not Eligible")));
  g_assert_false (gtk_widget_is_sensitive (get_response_button (dialog, "_Back to the Rule")));
  g_assert_true (gtk_widget_is_sensitive (get_response_button (dialog, "_Cancel")));

  gtk_editable_set_text (entry, "   ");
  g_assert_false (gtk_widget_is_sensitive (get_response_button (dialog, "_Eligible")));
  g_assert_false (gtk_widget_is_sensitive (get_response_button (dialog, "_Not Eligible")));
  /* Enter, in the entry that has the focus. */
  press_keys ("Return");
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_true (skup_ui_test_has_message_dialog (window));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "eligibility-no-reason");

  /* A reason turns the answers on and takes the mark away. */
  gtk_editable_set_text (entry, "Left after an hour");
  g_assert_true (gtk_widget_is_sensitive (get_response_button (dialog, "_Not Eligible")));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  /* Nothing is in force to go back from. */
  g_assert_false (gtk_widget_is_sensitive (get_response_button (dialog, "_Back to the Rule")));

  click_response (window, dialog, "_Cancel");
  log = log_of (f, w.boris);
  g_assert_cmpuint (log->len, ==, 0);
}

/* A verdict by hand, given through the dialog, wins; the row shows it and its log, and going
 * back to the rule is logged too. */
static void
test_override (Fixture       *f,
               gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window;
  SkupEligibilityGroup *group;
  AdwMessageDialog *dialog;
  GtkWidget *row;
  GtkWidget *log_row;
  g_autoptr(GPtrArray) log = NULL;
  g_autofree char *who = dup_who_prefix (f);
  guint eligible = 0;

  mark (f, w.sessions[0], w.boris, SKUP_MARK_PRESENT);
  mark (f, w.sessions[1], w.boris, SKUP_MARK_PRESENT);
  mark (f, w.sessions[2], w.boris, SKUP_MARK_EXCUSED);
  mark (f, w.sessions[0], w.ana, SKUP_MARK_PRESENT);
  mark (f, w.sessions[1], w.ana, SKUP_MARK_ABSENT);
  mark (f, w.sessions[2], w.ana, SKUP_MARK_EXCUSED);
  window = skup_ui_test_open_window (f, 1100, 900);
  group = open_group (f, window, w.event_id);
  row = get_row (group, ANA);
  assert_standing (row, "Not eligible", "error");

  dialog = open_override_dialog (window, row);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   ANA ": Attended 1 of 3 sessions; 2 needed.");
  gtk_editable_set_text (get_reason_entry (dialog), ILL);
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "eligibility-dialog");
  click_response (window, dialog, "_Eligible");

  row = wait_for_reason (group, ANA, "Decided by hand: " ILL);
  assert_standing (row, "Eligible", "success");
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  /* The row was made again; the keyboard focus is back on its button, not lost. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row));
  g_assert_cmpuint (skup_eligibility_group_get_count (group, &eligible), ==, 2);
  g_assert_cmpuint (eligible, ==, 2);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "2 of 2 eligible · rule: 60 % of sessions, trainers and speakers always");
  /* The log: who, when and why, in the row and in its tooltip. */
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (row), who));
  g_assert_true (g_str_has_suffix (gtk_widget_get_tooltip_text (row), " — " ILL));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  log_row = get_row (group, "Eligible");
  skup_ui_test_wait_for_frames (log_row);
  g_assert_true (gtk_widget_get_mapped (log_row));
  g_assert_true (g_str_has_prefix (row_subtitle (log_row), who));
  g_assert_true (g_str_has_suffix (row_subtitle (log_row), " — " ILL));
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "eligibility-override");

  /* Attendance taken elsewhere rebuilds the rows; the log that was open stays open. */
  mark (f, w.sessions[2], w.boris, SKUP_MARK_PRESENT);
  wait_for_reason (group, BORIS, "Attended 3 of 3 sessions; 2 needed.");
  row = get_row (group, ANA);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  log = log_of (f, w.ana);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpint (((SkupOverride *) g_ptr_array_index (log, 0))->eligible, ==, 1);
  g_assert_cmpstr (((SkupOverride *) g_ptr_array_index (log, 0))->reason, ==, ILL);

  /* Back to the rule: Ana stands by her attendance again, and the log keeps both. */
  dialog = open_override_dialog (window, row);
  gtk_editable_set_text (get_reason_entry (dialog), "The note was for another week");
  click_response (window, dialog, "_Back to the Rule");
  row = wait_for_reason (group, ANA, "Attended 1 of 3 sessions; 2 needed.");
  assert_standing (row, "Not eligible", "error");
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_nonnull (get_row (group, "Back to the rule"));
  g_assert_nonnull (get_row (group, "Eligible"));
  g_clear_pointer (&log, g_ptr_array_unref);
  log = log_of (f, w.ana);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpint (((SkupOverride *) g_ptr_array_index (log, 1))->eligible, ==, -1);
  _skup_gui_scroll_into_view (GTK_WIDGET (group), GTK_WIDGET (group));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "eligibility-window");
}

/* In Serbian, the counts take the language's plural forms and the standings its words. */
static void
test_serbian (Fixture       *f,
              gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window;
  SkupEligibilityGroup *group;
  GtkWidget *row;

  mark (f, w.sessions[0], w.ana, SKUP_MARK_PRESENT);
  mark (f, w.sessions[1], w.ana, SKUP_MARK_PRESENT);
  mark (f, w.sessions[0], w.boris, SKUP_MARK_ABSENT);
  skup_ui_test_use_language ("sr_RS.UTF-8");
  window = skup_ui_test_open_window (f, 1100, 900);
  group = open_group (f, window, w.event_id);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==,
                   "Услови за сертификат");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "Испуњава услове: 1 од 2 · правило: 60 % сесија, тренери и говорници увек");
  row = get_row (group, ANA);
  g_assert_cmpstr (row_subtitle (row), ==, "Присуство: 2 од 3 сесије; потребно: 2.");
  assert_standing (row, "Испуњава услове", "success");
  row = get_row (group, BORIS);
  g_assert_cmpstr (row_subtitle (row), ==,
                   "Присуство: 0 од 3 сесије; потребно: 2. Остају још 2 сесије.");
  assert_standing (row, "Још не", "warning");
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "eligibility-sr");
  skup_ui_test_use_language ("C.UTF-8");
}

/* A conference of sixty: the page shows the first fifty standings and Show More the rest,
 * so that a thousand do not hold up the page; the summary counts everyone. */
static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window;
  SkupEligibilityGroup *group;
  GtkWidget *list_box;
  GtkWidget *more;
  guint eligible = 0;

  for (guint i = 0; i < 58; i++)
    {
      g_autofree char *given = g_strdup_printf ("Guest%02u", i);

      register_person (f, w.event_id, given, "Conference");
    }
  window = skup_ui_test_open_window (f, 1100, 900);
  group = open_group (f, window, w.event_id);
  g_assert_cmpuint (skup_eligibility_group_get_count (group, &eligible), ==, 60);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "0 of 60 eligible · rule: 60 % of sessions, trainers and speakers always");
  list_box = skup_ui_test_find_descendant (GTK_WIDGET (group), GTK_TYPE_LIST_BOX, TRUE);
  g_assert_nonnull (list_box);
  g_assert_cmpuint (count_children (list_box), ==, 50);
  more = skup_ui_test_find_actionable (GTK_WIDGET (group), "eligibility.show-more");
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_get_visible (more));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (more)), ==, "_Show 10 More");

  g_signal_emit_by_name (more, "clicked");
  g_assert_cmpuint (count_children (list_box), ==, 60);
  g_assert_false (gtk_widget_get_visible (more));
  /* A new mark rebuilds the rows: those shown stay shown. */
  mark (f, w.sessions[0], w.ana, SKUP_MARK_PRESENT);
  wait_for_reason (group, ANA,
                   "Attended 1 of 3 sessions; 2 needed. 2 sessions are still to be taken.");
  g_assert_cmpuint (count_children (list_box), ==, 60);
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/eligibility/standings", Fixture, NULL, fixture_setup, test_standings,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/eligibility/reason-refused", Fixture, NULL, fixture_setup,
              test_reason_refused, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/eligibility/override", Fixture, NULL, fixture_setup, test_override,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/eligibility/many", Fixture, NULL, fixture_setup, test_many,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/eligibility/serbian", Fixture, NULL, fixture_setup, test_serbian,
              skup_ui_test_fixture_teardown);

  return g_test_run ();
}
