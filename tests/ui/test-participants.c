/* test-participants.c — registering people from an event's page and a person's, driven on the
 * real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the window on a fresh register and registers people as an organiser does:
 * the Participants section's buttons name actions, its dialogs are searched, ticked and
 * answered, rows' role and status are chosen from their menus. What is checked is what the
 * user sees (rows, the seats line, the toasts) and what reached the register.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/skup-core.h"
#include "gui/registration/skup-add-people-dialog.h"
#include "gui/registration/skup-participants-group.h"
#include "gui/registration/skup-paste-list-dialog.h"
#include "gui/skup-gui-util.h"
#include "gui/skup-reference-row.h"
#include "gui/skup-related-list.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* Keys ********************************************************************/

/* Presses @keys (xdotool's names) where the keyboard focus is; returns once GTK has them. */
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
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Records *****************************************************************/

static gint64
add_event (Fixture    *f,
           const char *title,
           gint64      capacity)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);

  skup_record_set_string (event, "title", title);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2026-12-10");
  skup_record_set_string (event, "end-date", "2026-12-11");
  skup_record_set_int (event, "capacity", capacity);
  return skup_ui_test_save (f->store, event);
}

static gint64
add_person (Fixture    *f,
            const char *given,
            const char *family,
            const char *email)
{
  g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  skup_record_set_string (person, "email", email);
  return skup_ui_test_save (f->store, person);
}

static gint64
register_person (Fixture    *f,
                 gint64      event_id,
                 gint64      person_id,
                 const char *status)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (skup_store_register (f->store, event_id, person_id, "participant", status, &id,
                                      &error));
  g_assert_no_error (error);
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

static SkupRecord *
load_registration (Fixture *f,
                   gint64   id)
{
  g_autoptr(GError) error = NULL;
  SkupRecord *registration = skup_store_load (f->store, SKUP_TYPE_REGISTRATION, id, &error);

  g_assert_no_error (error);
  return registration;
}

/* The window **************************************************************/

static SkupParticipantsGroup *
open_event (SkupWindow *window,
            gint64      event_id)
{
  GtkWidget *group;

  skup_window_open_record (window, SKUP_TYPE_EVENT, event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (skup_window_get_detail_page (window));
  group = skup_ui_test_find_descendant (GTK_WIDGET (skup_window_get_detail_page (window)),
                                        SKUP_TYPE_PARTICIPANTS_GROUP, TRUE);
  g_assert_nonnull (group);
  return SKUP_PARTICIPANTS_GROUP (group);
}

static const char *
seats_line (SkupParticipantsGroup *group)
{
  return adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));
}

static guint
n_rows (SkupParticipantsGroup *group)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (skup_participants_group_get_list (group), (int) n))
    n++;
  return n;
}

typedef struct {
  SkupParticipantsGroup *group;
  guint                  n;
} RowsWait;

static gboolean
has_rows (gpointer data)
{
  RowsWait *wait = data;

  return n_rows (wait->group) == wait->n;
}

static void
wait_for_rows (SkupParticipantsGroup *group,
               guint                  n)
{
  RowsWait wait = { group, n };

  skup_ui_test_wait_until (has_rows, &wait, "the participants were listed");
  g_assert_cmpuint (n_rows (group), ==, n);
}

static GtkWidget *
row_at (SkupParticipantsGroup *group,
        guint                  i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (skup_participants_group_get_list (group),
                                                      (int) i);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static const char *
row_title (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
row_subtitle (GtkWidget *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    g_error ("“%s” does not say “%s”", text ? text : "(null)", part);
}

static const char *
last_toast (SkupWindow *window)
{
  AdwToast *toast = skup_window_get_last_toast (window);

  g_assert_nonnull (toast);
  return adw_toast_get_title (toast);
}

static gboolean
dialog_is_shown (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

/* The dialog @window shows, once it is on screen. */
static GtkWidget *
wait_for_dialog (SkupWindow *window,
                 GType       type)
{
  GtkWidget *dialog;

  skup_ui_test_wait_until (dialog_is_shown, window, "a dialog was shown");
  dialog = skup_ui_test_get_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (dialog, type));
  skup_ui_test_wait_for_frames (dialog);
  return dialog;
}

static gboolean
dialog_is_gone (gpointer window)
{
  return skup_ui_test_get_dialog (window) == NULL;
}

static void
wait_for_dialog_gone (SkupWindow *window)
{
  skup_ui_test_wait_until (dialog_is_gone, window, "the dialog closed");
  g_assert_null (skup_ui_test_get_dialog (window));
}

/* The row of the Add People dialog showing @person_id. */
static GtkWidget *
find_person_row (SkupAddPeopleDialog *dialog,
                 gint64               person_id)
{
  GtkListBox *list = skup_add_people_dialog_get_list (dialog);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (skup_add_people_dialog_get_row_person (GTK_WIDGET (row)) == person_id)
      return GTK_WIDGET (row);
  return NULL;
}

/* A click: gtk_widget_activate() on a button clicks it only after a pause, as a key would. */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* Answers @dialog as its button does: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
choose_in_row (GtkWidget *dialog,
               gint64     id)
{
  GtkWidget *row = skup_ui_test_find_descendant (dialog, SKUP_TYPE_REFERENCE_ROW, FALSE);

  g_assert_nonnull (row);
  skup_record_picker_choose (skup_reference_row_get_picker (SKUP_REFERENCE_ROW (row)), id);
  g_assert_cmpint (skup_reference_row_get_value (SKUP_REFERENCE_ROW (row)), ==, id);
}

/* Fixture *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, data);
}

/* Tests *******************************************************************/

/* Three people found by searching (in either script), ticked (one with Space), added: three
 * rows, and the seats line counts them. */
static void
test_add_people (Fixture       *f,
                 gconstpointer  data)
{
  gint64 event_id = add_event (f, "Women, Violence, and the Use of Drugs", 0);
  gint64 ana = add_person (f, "Ana", "Petrović", "ana@duga.rs");
  gint64 milos = add_person (f, "Miloš", "Jovanović", NULL);
  gint64 irena = add_person (f, "Irena", "Molnar", NULL);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupParticipantsGroup *group = open_event (window, event_id);
  SkupAddPeopleDialog *dialog;
  GtkWidget *row;

  add_person (f, "Stefan", "Pejić", NULL);
  g_assert_cmpuint (n_rows (group), ==, 0);
  g_assert_cmpstr (seats_line (group), ==, "0 registered");
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "participants-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "participants.add", NULL));
  dialog = SKUP_ADD_PEOPLE_DIALOG (wait_for_dialog (window, SKUP_TYPE_ADD_PEOPLE_DIALOG));
  g_assert_false (gtk_widget_is_sensitive (skup_ui_test_find_actionable (GTK_WIDGET (dialog),
                                                                          "add-people.add")));

  /* Typed in Cyrillic, found in Latin; the row ticked with the keyboard's Space. */
  skup_add_people_dialog_set_search_text (dialog, "Јованов");
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
  g_assert_null (find_person_row (dialog, ana));
  row = find_person_row (dialog, milos);
  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  press_keys ("space");
  g_assert_cmpuint (skup_add_people_dialog_get_n_ticked (dialog), ==, 1);

  /* Ticks stay across searches. */
  skup_add_people_dialog_set_search_text (dialog, "petrovic");
  gtk_widget_activate (find_person_row (dialog, ana));
  skup_add_people_dialog_set_search_text (dialog, "Irena");
  gtk_widget_activate (find_person_row (dialog, irena));
  skup_add_people_dialog_set_search_text (dialog, "");
  g_assert_cmpuint (skup_add_people_dialog_get_n_ticked (dialog), ==, 3);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (skup_ui_test_find_actionable (
                     GTK_WIDGET (dialog), "add-people.add"))), ==, "_Add 3 People");
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "participants-add-people");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-people.add", NULL));
  wait_for_dialog_gone (window);
  g_assert_cmpstr (last_toast (window), ==, "3 people registered");
  wait_for_rows (group, 3);
  g_assert_cmpstr (seats_line (group), ==, "3 registered");
  /* As a sign-in sheet lists them: by family name. */
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Miloš Jovanović");
  g_assert_cmpstr (row_title (row_at (group, 1)), ==, "Irena Molnar");
  g_assert_cmpstr (row_title (row_at (group, 2)), ==, "Ana Petrović");
  assert_contains (row_subtitle (row_at (group, 0)), "Registered on ");
  g_assert_cmpuint (count (f, SKUP_TYPE_REGISTRATION), ==, 3);

  /* Registered already: shown ticked, and not to be ticked again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "participants.add", NULL));
  dialog = SKUP_ADD_PEOPLE_DIALOG (wait_for_dialog (window, SKUP_TYPE_ADD_PEOPLE_DIALOG));
  row = find_person_row (dialog, ana);
  g_assert_false (gtk_widget_is_sensitive (row));
  assert_contains (row_subtitle (row), "Registered already");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A new person made in the dialog: the likely duplicate is offered first; used, it is ticked. */
static void
test_new_person (Fixture       *f,
                 gconstpointer  data)
{
  gint64 event_id = add_event (f, "Training on Quality Assurance", 0);
  gint64 jelena = add_person (f, "Jelena", "Jovanović", "jelena@duga.rs");
  gint64 org_id = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Prevent", "Novi Sad");
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupParticipantsGroup *group = open_event (window, event_id);
  SkupAddPeopleDialog *dialog;
  GtkWidget *duplicates;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  SkupQuery query = { .search = "Marković" };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "participants.add", NULL));
  dialog = SKUP_ADD_PEOPLE_DIALOG (wait_for_dialog (window, SKUP_TYPE_ADD_PEOPLE_DIALOG));

  /* The same name in the other script: offered before anyone is created. */
  skup_add_people_dialog_set_search_text (dialog, "Јелена Јовановић");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-people.new-person", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-people.create", NULL));
  duplicates = skup_ui_test_find_actionable (GTK_WIDGET (dialog), "add-people.use");
  g_assert_nonnull (duplicates);
  g_assert_true (gtk_widget_get_mapped (duplicates));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "participants-new-person-duplicate");
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 1);
  click (duplicates);
  g_assert_cmpuint (skup_add_people_dialog_get_n_ticked (dialog), ==, 1);
  g_assert_nonnull (find_person_row (dialog, jelena));

  /* Someone new: created with their organisation, and ticked. */
  skup_add_people_dialog_set_search_text (dialog, "Marko Marković");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-people.new-person", NULL));
  choose_in_row (GTK_WIDGET (dialog), org_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-people.create", NULL));
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 2);
  g_assert_cmpuint (skup_add_people_dialog_get_n_ticked (dialog), ==, 2);
  people = skup_store_list (f->store, SKUP_TYPE_PERSON, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  {
    g_autoptr(SkupRecord) marko = g_list_model_get_item (people, 0);

    g_assert_cmpstr (skup_record_get_string (marko, "given-name"), ==, "Marko");
    g_assert_cmpint (skup_record_get_int (marko, "organisation-id"), ==, org_id);
    g_assert_nonnull (find_person_row (dialog, skup_record_get_id (marko)));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-people.add", NULL));
  wait_for_dialog_gone (window);
  g_assert_cmpstr (last_toast (window), ==, "2 people registered");
  wait_for_rows (group, 2);
  assert_contains (row_subtitle (row_at (group, 1)), "Prevent");
}

/* An event of two seats and three people added: one waits, and the toast and the seats line
 * say so. Cancelling a registered one from the row's menu gives the seat to the one waiting,
 * and the toast names them. */
static void
test_waitlist_and_promotion (Fixture       *f,
                             gconstpointer  data)
{
  gint64 event_id = add_event (f, "Consultations with civil society", 2);
  gint64 people[] = {
    add_person (f, "Ana", "Petrović", NULL),
    add_person (f, "Jelena", "Jovanović", NULL),
    add_person (f, "Marko", "Marković", NULL),
  };
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupParticipantsGroup *group = open_event (window, event_id);
  SkupAddPeopleDialog *dialog;
  g_autoptr(SkupRecord) marko = NULL;
  GtkWidget *ana_row, *marko_row;
  gint64 marko_id;

  g_assert_cmpstr (seats_line (group), ==, "0 of 2 seats taken");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "participants.add", NULL));
  dialog = SKUP_ADD_PEOPLE_DIALOG (wait_for_dialog (window, SKUP_TYPE_ADD_PEOPLE_DIALOG));
  /* Ticked in this order: the last one ticked waits. */
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    gtk_widget_activate (find_person_row (dialog, people[i]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-people.add", NULL));
  wait_for_dialog_gone (window);

  g_assert_cmpstr (last_toast (window), ==, "2 registered, 1 on the waitlist: the event is full");
  wait_for_rows (group, 3);
  g_assert_cmpstr (seats_line (group), ==, "2 of 2 seats taken · 1 on the waitlist");
  marko_row = row_at (group, 1);
  g_assert_cmpstr (row_title (marko_row), ==, "Marko Marković");
  assert_contains (row_subtitle (marko_row), "Waitlisted since ");
  marko_id = skup_participants_group_get_row_registration (marko_row);
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "participants-waitlist");

  /* Ana cancels, through her row's status; Marko is given her seat. */
  ana_row = row_at (group, 2);
  g_assert_cmpstr (row_title (ana_row), ==, "Ana Petrović");
  g_assert_true (gtk_widget_activate_action (ana_row, "row.status", "s", "cancelled"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (last_toast (window), ==, "Marko Marković had been waiting and now has a seat");
  marko = load_registration (f, marko_id);
  g_assert_cmpstr (skup_record_get_string (marko, "status"), ==, "registered");
  /* The rows follow in place: the same widgets, so the focus stays where it was. */
  g_assert_true (row_at (group, 1) == marko_row);
  assert_contains (row_subtitle (marko_row), "Registered on ");
  assert_contains (row_subtitle (ana_row), "Cancelled on ");
  g_assert_cmpstr (seats_line (group), ==, "2 of 2 seats taken");
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "participants-promoted");

  /* Taking Ana back while the event is full is refused, and said at her row. */
  g_assert_true (gtk_widget_activate_action (ana_row, "row.status", "s", "registered"));
  assert_contains (row_subtitle (ana_row), "Cancelled on ");
  g_assert_true (gtk_widget_has_css_class (ana_row, "error"));
}

/* A role chosen from a row's menu is written at once and read in its subtitle. */
static void
test_role (Fixture       *f,
           gconstpointer  data)
{
  gint64 event_id = add_event (f, "Training on Quality Assurance", 0);
  gint64 reg = register_person (f, event_id, add_person (f, "Victor", "Capoccia", NULL), NULL);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupParticipantsGroup *group = open_event (window, event_id);
  g_autoptr(SkupRecord) registration = NULL;
  GtkWidget *row;

  wait_for_rows (group, 1);
  row = row_at (group, 0);
  g_assert_true (gtk_widget_activate_action (row, "row.role", "s", "trainer"));
  registration = load_registration (f, reg);
  g_assert_cmpstr (skup_record_get_string (registration, "role"), ==, "trainer");
  g_assert_true (row_at (group, 0) == row);
  assert_contains (row_subtitle (row), "Trainer");
}

/* Three pasted lines: one the email of someone in the register, one with a bad email, one
 * new. The review says so line by line, and registering creates only the new one. */
static void
test_paste_list (Fixture       *f,
                 gconstpointer  data)
{
  gint64 event_id = add_event (f, "Women, Violence, and the Use of Drugs", 0);
  gint64 ana = add_person (f, "Ana", "Petrović", "ana@duga.rs");
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupParticipantsGroup *group = open_event (window, event_id);
  SkupPasteListDialog *dialog;
  GtkListBox *review;
  GtkWidget *register_button;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "participants.paste", NULL));
  dialog = SKUP_PASTE_LIST_DIALOG (wait_for_dialog (window, SKUP_TYPE_PASTE_LIST_DIALOG));
  skup_paste_list_dialog_set_text (dialog, "A. Petrović, ANA@duga.rs\n"
                                           "Marko Marković, marko@prevent\n"
                                           "Jelena Jovanović, jelena@duga.rs, Duga\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "paste.review", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));

  review = skup_paste_list_dialog_get_review (dialog);
  assert_contains (row_subtitle (GTK_WIDGET (gtk_list_box_get_row_at_index (review, 0))),
                   "Matches Ana Petrović");
  assert_contains (row_subtitle (GTK_WIDGET (gtk_list_box_get_row_at_index (review, 0))),
                   "email");
  g_assert_cmpstr (row_subtitle (GTK_WIDGET (gtk_list_box_get_row_at_index (review, 1))), ==,
                   "Line 2: “marko@prevent” is not an email address.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (review, 1)),
                                           "error"));
  assert_contains (row_subtitle (GTK_WIDGET (gtk_list_box_get_row_at_index (review, 2))),
                   "New person");
  register_button = skup_ui_test_find_actionable (GTK_WIDGET (dialog), "paste.register");
  g_assert_true (gtk_widget_get_mapped (register_button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (register_button)), ==,
                   "_Register 2 People");
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "participants-paste-review");
  /* Nothing is written before Register. */
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "paste.register", NULL));
  wait_for_dialog_gone (window);
  g_assert_cmpstr (last_toast (window), ==, "2 people registered, 1 added to the register");
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 2);
  g_assert_cmpuint (count (f, SKUP_TYPE_ORGANISATION), ==, 1);
  wait_for_rows (group, 2);
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Jelena Jovanović");
  g_assert_cmpstr (row_title (row_at (group, 1)), ==, "Ana Petrović");
  g_assert_cmpint (skup_store_find_by_title (f->store, SKUP_TYPE_PERSON, "Ana Petrović"), ==,
                   ana);
}

/* A likely match the user says is someone else is created anew. */
static void
test_paste_someone_else (Fixture       *f,
                         gconstpointer  data)
{
  gint64 event_id = add_event (f, "Training on Quality Assurance", 0);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupParticipantsGroup *group = open_event (window, event_id);
  SkupPasteListDialog *dialog;
  GtkWidget *row, *other;

  add_person (f, "Marko", "Marković", "marko@duga.rs");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "participants.paste", NULL));
  dialog = SKUP_PASTE_LIST_DIALOG (wait_for_dialog (window, SKUP_TYPE_PASTE_LIST_DIALOG));
  skup_paste_list_dialog_set_text (dialog, "Марко Марковић, marko@prevent.rs");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "paste.review", NULL));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (skup_paste_list_dialog_get_review (dialog), 0));
  assert_contains (row_subtitle (row), "Likely Marko Marković");
  /* Use, then New: the second button says it is someone else. */
  other = gtk_widget_get_next_sibling (skup_ui_test_find_descendant (row, GTK_TYPE_TOGGLE_BUTTON,
                                                                     TRUE));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (other));
  click (other);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (other)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "paste.register", NULL));
  wait_for_dialog_gone (window);
  g_assert_cmpuint (count (f, SKUP_TYPE_PERSON), ==, 2);
  wait_for_rows (group, 1);
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Марко Марковић");
}

/* The same workshop in another city: its participants copied, the cancelled left behind. */
static void
test_copy_from_event (Fixture       *f,
                      gconstpointer  data)
{
  gint64 belgrade = add_event (f, "Women, Violence, and the Use of Drugs (Belgrade)", 0);
  gint64 novi_sad = add_event (f, "Women, Violence, and the Use of Drugs (Novi Sad)", 0);
  gint64 ana = add_person (f, "Ana", "Petrović", NULL);
  SkupWindow *window;
  SkupParticipantsGroup *group;
  AdwMessageDialog *dialog;

  register_person (f, belgrade, ana, NULL);
  register_person (f, belgrade, add_person (f, "Jelena", "Jovanović", NULL), NULL);
  register_person (f, belgrade, add_person (f, "Marko", "Marković", NULL), "cancelled");
  register_person (f, novi_sad, ana, NULL);
  window = skup_ui_test_open_window (f, 1280, 800);
  group = open_event (window, novi_sad);
  wait_for_rows (group, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "participants.copy", NULL));
  dialog = ADW_MESSAGE_DIALOG (wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "copy"));
  choose_in_row (GTK_WIDGET (dialog), belgrade);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "1 person would be registered here. 1 is registered here already.");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "copy"));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "participants-copy");
  respond (dialog, "copy");

  g_assert_cmpstr (last_toast (window), ==, "1 registered, 1 was registered already");
  wait_for_rows (group, 2);
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Jelena Jovanović");
}

/* The person's page registers them: an event and a role chosen, the toast says it, the
 * History lists it. */
static void
test_register_from_person (Fixture       *f,
                           gconstpointer  data)
{
  gint64 event_id = add_event (f, "Training on Quality Assurance", 1);
  gint64 thomas = add_person (f, "Thomas", "Clausen", NULL);
  gint64 victor = add_person (f, "Victor", "Capoccia", NULL);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *page;
  GtkWidget *button, *history, *role;
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) registrations = NULL;
  SkupQuery query = { .filter_field = "person-id", .filter_value = thomas };

  skup_window_open_record (window, SKUP_TYPE_PERSON, thomas);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  page = skup_window_get_detail_page (window);
  history = skup_ui_test_find_descendant (GTK_WIDGET (page), SKUP_TYPE_RELATED_LIST, TRUE);
  g_assert_nonnull (history);
  button = skup_ui_test_find_actionable (history, "person.register-for-event");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  click (button);
  dialog = ADW_MESSAGE_DIALOG (wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG));
  assert_contains (adw_message_dialog_get_body (dialog), "Thomas Clausen");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "register"));
  choose_in_row (GTK_WIDGET (dialog), event_id);
  role = skup_ui_test_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, FALSE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (role), 1);
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "participants-register-person");
  respond (dialog, "register");

  g_assert_cmpstr (last_toast (window), ==, "Registered for “Training on Quality Assurance”");
  registrations = skup_store_list (f->store, SKUP_TYPE_REGISTRATION, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 1);
  {
    g_autoptr(SkupRecord) registration = g_list_model_get_item (registrations, 0);

    g_assert_cmpstr (skup_record_get_string (registration, "role"), ==, "trainer");
  }
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_related_list_get_n_items (SKUP_RELATED_LIST (history)), ==, 1);

  /* The event is full now: the next one waits, and is told so. */
  skup_window_open_record (window, SKUP_TYPE_PERSON, victor);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  page = skup_window_get_detail_page (window);
  click (skup_ui_test_find_actionable (GTK_WIDGET (page), "person.register-for-event"));
  dialog = ADW_MESSAGE_DIALOG (wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG));
  choose_in_row (GTK_WIDGET (dialog), event_id);
  respond (dialog, "register");
  g_assert_cmpstr (last_toast (window),
                   ==, "On the waitlist for “Training on Quality Assurance”: the event is full");
}

/* Remove goes through the window's delete: the row goes at once, Undo brings it back, and
 * once the toast goes the registration does. */
static void
test_remove_with_undo (Fixture       *f,
                       gconstpointer  data)
{
  gint64 event_id = add_event (f, "Consultations with civil society", 0);
  SkupWindow *window;
  SkupParticipantsGroup *group;
  AdwToast *toast;

  register_person (f, event_id, add_person (f, "Ana", "Petrović", NULL), NULL);
  register_person (f, event_id, add_person (f, "Marko", "Marković", NULL), NULL);
  window = skup_ui_test_open_window (f, 1280, 800);
  group = open_event (window, event_id);
  wait_for_rows (group, 2);

  g_assert_true (gtk_widget_activate_action (row_at (group, 0), "row.remove", NULL));
  /* At once, not once the toast has gone. */
  g_assert_cmpuint (n_rows (group), ==, 1);
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Ana Petrović");
  toast = skup_window_get_undo_toast (window);
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  wait_for_rows (group, 2);
  g_assert_cmpuint (count (f, SKUP_TYPE_REGISTRATION), ==, 2);

  g_assert_true (gtk_widget_activate_action (row_at (group, 1), "row.remove", NULL));
  g_assert_cmpuint (n_rows (group), ==, 1);
  adw_toast_dismiss (skup_window_get_undo_toast (window));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (count (f, SKUP_TYPE_REGISTRATION), ==, 1);
  wait_for_rows (group, 1);
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Marko Marković");
}

/* A registration with attendance taken: the window asks first, and the row goes once the user
 * agreed, for as long as Undo is offered. */
static void
test_remove_confirmed (Fixture       *f,
                       gconstpointer  data)
{
  gint64 event_id = add_event (f, "Consultations with civil society", 0);
  gint64 reg = register_person (f, event_id, add_person (f, "Ana", "Petrović", NULL), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(SkupRecord) session = NULL;
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  SkupWindow *window;
  SkupParticipantsGroup *group;
  AdwMessageDialog *dialog;

  sessions = skup_store_list (f->store, SKUP_TYPE_SESSION, &query, &error);
  g_assert_no_error (error);
  session = g_list_model_get_item (sessions, 0);
  g_assert_true (skup_store_set_attendance (f->store, reg, skup_record_get_id (session),
                                            "present", NULL, &error));
  g_assert_no_error (error);
  register_person (f, event_id, add_person (f, "Marko", "Marković", NULL), NULL);
  window = skup_ui_test_open_window (f, 1280, 800);
  group = open_event (window, event_id);
  wait_for_rows (group, 2);

  /* Asked, and answered No: the row stays. */
  g_assert_true (gtk_widget_activate_action (row_at (group, 1), "row.remove", NULL));
  dialog = ADW_MESSAGE_DIALOG (wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG));
  assert_contains (adw_message_dialog_get_body (dialog), "attendance");
  respond (dialog, "cancel");
  wait_for_dialog_gone (window);
  g_assert_cmpuint (n_rows (group), ==, 2);

  /* Answered Delete: the row goes while Undo is offered. */
  g_assert_true (gtk_widget_activate_action (row_at (group, 1), "row.remove", NULL));
  dialog = ADW_MESSAGE_DIALOG (wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG));
  respond (dialog, "delete");
  wait_for_dialog_gone (window);
  /* At once, not once the toast has gone. */
  g_assert_cmpuint (n_rows (group), ==, 1);
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Marko Marković");
  g_assert_nonnull (skup_window_get_undo_toast (window));
  g_assert_cmpuint (count (f, SKUP_TYPE_REGISTRATION), ==, 2);
}

/* Many participants: a search narrows them by name in either script; the first page only is
 * made, and Show More makes the next. */
static void
test_search_and_more (Fixture       *f,
                      gconstpointer  data)
{
  gint64 event_id = add_event (f, "Rome Consensus 2.0 Summit", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SkupWindow *window;
  SkupParticipantsGroup *group;
  GtkWidget *search, *more;

  g_assert_true (skup_store_begin (f->store, &error));
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *family = g_strdup_printf ("Expert%03u", i);
      gint64 id = skup_ui_test_add_person (f->store, "Maria", family);

      g_array_append_val (ids, id);
    }
  g_array_append_vals (ids, (gint64[]) { skup_ui_test_add_person (f->store, "Miloš",
                                                                  "Milošević") }, 1);
  g_assert_true (skup_store_register_people (f->store, event_id, (gint64 *) (gpointer) ids->data,
                                             ids->len, "participant", NULL, &error));
  g_assert_true (skup_store_commit (f->store, &error));
  g_assert_no_error (error);

  window = skup_ui_test_open_window (f, 1280, 800);
  group = open_event (window, event_id);
  search = skup_ui_test_find_descendant (GTK_WIDGET (group), GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_nonnull (search);
  g_assert_cmpuint (skup_participants_group_get_n_matches (group), ==, 121);
  g_assert_cmpuint (n_rows (group), ==, 50);
  more = skup_ui_test_find_actionable (GTK_WIDGET (group), "participants.show-more");
  g_assert_true (gtk_widget_get_mapped (more));
  click (more);
  g_assert_cmpuint (n_rows (group), ==, 100);

  skup_participants_group_set_search_text (group, "Милошев");
  g_assert_cmpuint (skup_participants_group_get_n_matches (group), ==, 1);
  wait_for_rows (group, 1);
  g_assert_cmpstr (row_title (row_at (group, 0)), ==, "Miloš Milošević");
  g_assert_false (gtk_widget_get_mapped (more));
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "participants-search");

  skup_participants_group_set_search_text (group, "nobody");
  wait_for_rows (group, 0);
  skup_participants_group_set_search_text (group, "");
  g_assert_cmpuint (skup_participants_group_get_n_matches (group), ==, 121);
}

/* The sample register's event with the most participants: it shows the section best. */
static gint64
fill_sample (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;
  g_autoptr(GListModel) events = NULL;
  SkupQuery query = { 0 };
  gint64 event_id = 0;
  guint best = 0;

  g_assert_true (skup_demo_fill_sample (f->store, &stats, &error));
  g_assert_no_error (error);
  events = skup_store_list (f->store, SKUP_TYPE_EVENT, &query, &error);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(SkupRecord) event = g_list_model_get_item (events, i);
      guint n = (guint) skup_record_get_int (event, "registered-count");

      if (n > best)
        best = n, event_id = skup_record_get_id (event);
    }
  g_assert_cmpint (event_id, >, 0);
  return event_id;
}

/* The section with the sample data, for the README and to look at. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  gint64 event_id = fill_sample (f);
  SkupWindow *window;
  SkupParticipantsGroup *group;

  window = skup_ui_test_open_window (f, 1280, 800);
  group = open_event (window, event_id);
  g_assert_cmpuint (n_rows (group), >, 0);
  gtk_widget_grab_focus (row_at (group, 0));
  _skup_gui_scroll_into_view (GTK_WIDGET (group), GTK_WIDGET (group));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  skup_ui_test_save_screenshot (GTK_WIDGET (group), "participants-section");
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "participants");
}

/* On a phone's 360 px, in Serbian, whose words are longer: the section fits. Last, as it
 * changes the language of the process. */
static void
test_narrow_serbian (Fixture       *f,
                     gconstpointer  data)
{
  gint64 event_id = fill_sample (f);
  SkupWindow *window;
  SkupParticipantsGroup *group;
  int minimum = 0;

  if (setlocale (LC_ALL, "sr_RS.UTF-8") == NULL)
    {
      g_test_skip ("the locale sr_RS.UTF-8 is not installed (see locale-gen)");
      return;
    }
  skup_ui_test_use_language ("sr_RS.UTF-8");
  window = skup_ui_test_open_window (f, 360, 640);
  group = open_event (window, event_id);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==,
                   "Учесници");
  gtk_widget_measure (GTK_WIDGET (group), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                      NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_widget_grab_focus (row_at (group, 0));
  _skup_gui_scroll_into_view (GTK_WIDGET (group), GTK_WIDGET (group));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "participants-sr-narrow");
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/skup/ui/participants/" path, Fixture, "skup-test-participants-XXXXXX", \
              fixture_setup, func, skup_ui_test_fixture_teardown)

  ADD ("add-people", test_add_people);
  ADD ("new-person", test_new_person);
  ADD ("waitlist-and-promotion", test_waitlist_and_promotion);
  ADD ("role", test_role);
  ADD ("paste-list", test_paste_list);
  ADD ("paste-someone-else", test_paste_someone_else);
  ADD ("copy-from-event", test_copy_from_event);
  ADD ("register-from-person", test_register_from_person);
  ADD ("remove-with-undo", test_remove_with_undo);
  ADD ("remove-confirmed", test_remove_confirmed);
  ADD ("search-and-more", test_search_and_more);
  ADD ("screenshot", test_screenshot);
  ADD ("narrow-serbian", test_narrow_serbian);

#undef ADD

  return g_test_run ();
}
