/* test-keyboard.c — the window used from the keyboard alone, as a new organiser tries it
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys are pressed for real: xdotool sends them through the X server (XTEST), so they go
 * where GTK sends a user's keys — to the focused widget, its shortcuts and bindings, the
 * window's focus chain and the dialogs' default responses. The register holds the sample
 * data (the events of the source documents).
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-application.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-list-page.h"
#include "gui/skup-record-form.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

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

/* Presses @keys (xdotool's names: "Tab", "ctrl+s", "Return") in whichever window has the
 * keyboard focus, and returns once GTK has handled them. */
static void
press_keys (const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--delay", "30", keys, NULL };

  run_xdotool (argv);

  /* The server has queued the events for us once a round trip comes back. */
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Helpers *****************************************************************/

static GtkWidget *
get_focus (SkupWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* The focus is @widget or inside it. */
static gboolean
focus_is_in (SkupWindow *window,
             GtkWidget  *widget)
{
  GtkWidget *focus = get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static const char *
describe_focus (SkupWindow *window)
{
  GtkWidget *focus = get_focus (window);

  return focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing";
}

/* The dialog shown over @window, if any. */
static gboolean
has_message_dialog (gpointer data)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (data);

  return ADW_IS_MESSAGE_DIALOG (dialog) && gtk_widget_get_mapped (dialog) &&
         gtk_window_is_active (GTK_WINDOW (dialog));
}

/* Waits for a message dialog over @window that has the keyboard focus. */
static AdwMessageDialog *
wait_for_message_dialog (SkupWindow *window)
{
  GtkWidget *dialog;

  skup_ui_test_wait_until (has_message_dialog, window, "a message dialog was shown");
  dialog = skup_ui_test_get_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  skup_ui_test_wait_for_frames (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

static gboolean
is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

/* Once a dialog has gone, a window manager gives the keyboard back to the window it was over;
 * Xvfb has none, so the test does what it would. */
static void
focus_window_again (SkupWindow *window)
{
  g_assert_null (skup_ui_test_get_dialog (window));
  gtk_window_present (GTK_WINDOW (window));
  skup_ui_test_wait_until (is_active, window, "the window had the keyboard focus again");
  g_assert_true (gtk_window_is_active (GTK_WINDOW (window)));
}

static SkupListPage *
show_section (SkupWindow *window,
              const char *name)
{
  SkupListPage *page = skup_window_get_list_page (window, name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, name);
  return page;
}

/* Opens the window on the sample register, with the keyboard focus in it. */
static SkupWindow *
open_window (Fixture *f)
{
  const char *away[] = { "xdotool", "mousemove", "1900", "1060", NULL };
  SkupWindow *window;

  /* A list chooses the row under the pointer (GTK does so when a click opens a row): keep the
   * pointer off the window, so that only the keys choose. */
  run_xdotool (away);
  window = skup_ui_test_open_window (f, 1280, 800);

  skup_ui_test_wait_until (is_active, window, "the window had the keyboard focus");
  g_assert_true (gtk_window_is_active (GTK_WINDOW (window)));
  return window;
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

/* Fixture *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  skup_ui_test_fixture_setup (f, "skup-test-keyboard-XXXXXX");
  skup_demo_fill_sample (f->store, &stats, &error);
  g_assert_no_error (error);
}

/* Tests *******************************************************************/

/* A new person who is already in the register: Enter on "May Already Be in the Register"
 * opens the existing person, once, without asking to save the duplicate first. */
static void
test_duplicate_open (Fixture       *f,
                     gconstpointer  data)
{
  SkupWindow *window = open_window (f);
  gint64 existing = skup_store_find_by_title (f->store, SKUP_TYPE_PERSON, "Milutin Milošević");
  guint n_people = skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL);
  SkupDetailPage *detail;
  AdwMessageDialog *dialog;

  g_assert_cmpint (existing, >, 0);
  show_section (window, "people");
  press_keys ("ctrl+n");
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_true (skup_detail_page_set_field_text (detail, "given-name", "Milutin"));
  g_assert_true (skup_detail_page_set_field_text (detail, "family-name", "Milošević"));

  press_keys ("ctrl+s");
  dialog = wait_for_message_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "This Person May Already Be in the Register");
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "keyboard-duplicates");
  press_keys ("Return");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  /* No second dialog ("Save Changes?"): the existing person's page shows. */
  dialog = ADW_IS_MESSAGE_DIALOG (skup_ui_test_get_dialog (window))
           ? ADW_MESSAGE_DIALOG (skup_ui_test_get_dialog (window)) : NULL;
  if (dialog != NULL)
    g_test_fail_printf ("Enter was followed by “%s”", adw_message_dialog_get_heading (dialog));
  g_assert_null (dialog);
  focus_window_again (window);
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, existing);
  g_assert_false (skup_detail_page_is_dirty (detail));
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL), ==, n_people);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "keyboard-duplicates-opened");
}

static GtkListBox *
get_sidebar (SkupWindow *window)
{
  GtkWidget *sidebar = skup_ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, FALSE);

  g_assert_nonnull (sidebar);
  return GTK_LIST_BOX (sidebar);
}

/* The table (or, for events, the list) of a section. */
static GtkWidget *
get_list_view (SkupListPage *page)
{
  GtkWidget *view = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, TRUE);

  if (view == NULL)
    view = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW, TRUE);
  g_assert_nonnull (view);
  return view;
}

/* Presses Shift+Tab until the focus is back on the sidebar's chosen row. */
static void
back_to_sidebar (SkupWindow *window)
{
  GtkListBox *sidebar = get_sidebar (window);
  const char *page = skup_window_get_visible_page_name (window);

  for (guint i = 0; i < 8 && !focus_is_in (window, GTK_WIDGET (sidebar)); i++)
    press_keys ("shift+Tab");
  g_assert_true (focus_is_in (window, GTK_WIDGET (gtk_list_box_get_selected_row (sidebar))));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, page);
}

/* Tab leaves the sidebar for the section's list; the arrow keys go from section to section. */
static void
test_sidebar_tab (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = open_window (f);
  GtkListBox *sidebar = get_sidebar (window);
  SkupListPage *people = show_section (window, "people");

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (sidebar))));
  press_keys ("Tab");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_test_message ("Tab: %s, page %s", describe_focus (window),
                  skup_window_get_visible_page_name (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "people");
  g_assert_true (focus_is_in (window, get_list_view (people)));
  /* On the first person, chosen: Delete and Enter act on the row with the focus. */
  g_assert_cmpint (skup_list_page_get_selected_id (people), ==,
                   skup_store_find_by_title (f->store, SKUP_TYPE_PERSON, "Владимир Антић"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "keyboard-sidebar-tab");

  /* Shift+Tab goes back, over the header bar's buttons, to the sidebar on the section shown. */
  back_to_sidebar (window);
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "people");

  /* Down goes to the next section and stays in the sidebar; Tab then enters that list. */
  press_keys ("Down");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "trainers");
  g_assert_true (focus_is_in (window, GTK_WIDGET (sidebar)));
  press_keys ("Tab");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "trainers");
  g_assert_true (focus_is_in (window, get_list_view (skup_window_get_list_page (window,
                                                                                "trainers"))));

  /* Events are a list rather than a table. */
  back_to_sidebar (window);
  press_keys ("Up");
  press_keys ("Up");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "events");
  press_keys ("Tab");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "events");
  g_assert_true (focus_is_in (window, get_list_view (skup_window_get_list_page (window,
                                                                                "events"))));

  /* Folded, the sidebar is all that shows: Tab goes to its header bar, on the same section. */
  skup_ui_test_resize_window (GTK_WINDOW (window), 360, 640);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (sidebar))));
  press_keys ("Tab");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "events");
  g_assert_true (GTK_IS_BUTTON (get_focus (window)) || GTK_IS_MENU_BUTTON (
                   gtk_widget_get_parent (get_focus (window))));
  g_assert_false (focus_is_in (window, GTK_WIDGET (sidebar)));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "keyboard-sidebar-tab-narrow");
}

/* Ctrl+N puts the focus in the new record's first field, wherever it was. */
static void
assert_new_focuses (SkupWindow *window,
                    const char *section,
                    const char *field,
                    const char *screenshot)
{
  SkupDetailPage *detail;

  press_keys ("ctrl+n");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, 0);
  g_test_message ("Ctrl+N in %s: the focus is on a %s", section, describe_focus (window));
  g_assert_true (focus_is_in (window, get_form_row (detail, field)));
  if (screenshot != NULL)
    skup_ui_test_save_screenshot (GTK_WIDGET (window), screenshot);
  press_keys ("Escape");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_window_get_detail_page (window));
}

static void
test_new_focus (Fixture       *f,
                gconstpointer  data)
{
  SkupWindow *window = open_window (f);
  GtkListBox *sidebar = get_sidebar (window);

  /* From the sidebar … */
  show_section (window, "people");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (sidebar))));
  assert_new_focuses (window, "people", "given-name", "keyboard-new-person");

  /* … from the list, and in every kind of record. */
  show_section (window, "events");
  g_assert_true (gtk_widget_grab_focus (get_list_view (skup_window_get_list_page (window,
                                                                                  "events"))));
  assert_new_focuses (window, "events", "title", "keyboard-new-event");
  show_section (window, "organisations");
  assert_new_focuses (window, "organisations", "name", NULL);
  show_section (window, "trainers");
  assert_new_focuses (window, "trainers", "given-name", NULL);
}

static GtkWidget *
start_search (SkupWindow *window,
              const char *text)
{
  GtkWidget *entry;

  press_keys ("ctrl+f");
  entry = get_focus (window);
  g_assert_true (GTK_IS_TEXT (entry));
  entry = gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  return entry;
}

/* Down from the search goes to the first result, chosen: Delete and Enter act on it. */
static void
test_search_down (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = open_window (f);
  SkupListPage *people = show_section (window, "people");
  gint64 milutin = skup_store_find_by_title (f->store, SKUP_TYPE_PERSON, "Milutin Milošević");
  AdwMessageDialog *dialog;
  SkupDetailPage *detail;

  start_search (window, "milosevic");
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 1);
  press_keys ("Down");
  g_test_message ("Down: %s, selected %" G_GINT64_FORMAT, describe_focus (window),
                  skup_list_page_get_selected_id (people));
  g_assert_true (focus_is_in (window, get_list_view (people)));
  g_assert_cmpint (skup_list_page_get_selected_id (people), ==, milutin);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "keyboard-search-down");

  /* Delete asks about this person (who has registrations); Escape keeps them. */
  press_keys ("Delete");
  dialog = wait_for_message_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Milutin Milošević”?");
  press_keys ("Escape");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  focus_window_again (window);
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 1);

  /* Enter opens the person. */
  g_assert_true (focus_is_in (window, get_list_view (people)));
  press_keys ("Return");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, milutin);
}

static gboolean
exists (Fixture *f,
        gint64   id)
{
  g_autoptr(SkupRecord) person = skup_store_load (f->store, SKUP_TYPE_PERSON, id, NULL);

  return person != NULL;
}

/* A delete never moves the choice onto another record: a second Delete deletes nothing. */
static void
test_delete_twice (Fixture       *f,
                   gconstpointer  data)
{
  gint64 ana = skup_ui_test_add_person (f->store, "Ana", "Testić");
  gint64 bojan = skup_ui_test_add_person (f->store, "Bojan", "Testić");
  gint64 vera = skup_ui_test_add_person (f->store, "Vera", "Testić");
  SkupWindow *window = open_window (f);
  SkupListPage *people = show_section (window, "people");

  start_search (window, "Testić");
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 3);
  press_keys ("Down");
  g_assert_cmpint (skup_list_page_get_selected_id (people), ==, ana);

  /* Nothing hangs off Ana: she goes at once, with Undo offered. */
  press_keys ("Delete");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_ui_test_get_dialog (window));
  g_assert_nonnull (skup_window_get_undo_toast (window));
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 2);
  g_test_message ("After Delete: %s, selected %" G_GINT64_FORMAT, describe_focus (window),
                  skup_list_page_get_selected_id (people));
  g_assert_cmpint (skup_list_page_get_selected_id (people), ==, 0);
  /* The focus stays in the section, somewhere neutral. */
  g_assert_true (focus_is_in (window, GTK_WIDGET (people)));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "keyboard-after-delete");

  /* A second Delete, at once or after Enter, touches nobody. */
  press_keys ("Delete");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_ui_test_get_dialog (window));
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 2);
  press_keys ("Return");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_window_get_detail_page (window));
  press_keys ("Delete");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 2);

  /* Bojan and Vera were never touched, Ana comes back with Undo. */
  press_keys ("ctrl+z");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 3);
  g_assert_null (skup_window_get_undo_toast (window));
  g_assert_true (exists (f, ana));
  g_assert_true (exists (f, bojan));
  g_assert_true (exists (f, vera));

  /* The user chooses a row again: Delete acts on it. */
  press_keys ("ctrl+f");
  press_keys ("Down");
  g_assert_cmpint (skup_list_page_get_selected_id (people), ==, ana);
  press_keys ("Delete");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_list_page_get_n_items (people), ==, 2);
}

/* The visible part of @widget's scrolled window shows all of @widget. */
static gboolean
is_scrolled_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  g_assert_nonnull (scrolled);
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_compute_bounds (widget, scrolled, &bounds))
    return FALSE;
  g_test_message ("%s at %.0f–%.0f of 0–%d", G_OBJECT_TYPE_NAME (widget),
                  bounds.origin.y, bounds.origin.y + bounds.size.height,
                  gtk_widget_get_height (scrolled));
  return bounds.size.height > 0 && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A failed Ctrl+S shows the field at fault and its message, with the focus there, however far
 * down the form it is and wherever the focus was. */
static void
test_error_shown (Fixture       *f,
                  gconstpointer  data)
{
  SkupWindow *window = open_window (f);
  SkupDetailPage *detail;
  GtkWidget *consent;
  GtkWidget *message;
  const char *error;

  show_section (window, "people");
  press_keys ("ctrl+n");
  detail = skup_window_get_detail_page (window);
  g_assert_true (skup_detail_page_set_field_text (detail, "given-name", "Jelena"));
  g_assert_true (skup_detail_page_set_field_text (detail, "family-name", "Đorđević"));
  /* A date half typed near the end of the form; then the user goes back up to the name. */
  consent = get_form_row (detail, "consent-date");
  gtk_editable_set_text (GTK_EDITABLE (consent), "31.");
  g_assert_true (gtk_widget_grab_focus (get_form_row (detail, "given-name")));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (is_scrolled_into_view (consent));

  press_keys ("ctrl+s");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  error = skup_detail_page_get_field_error (detail, "consent-date");
  g_assert_nonnull (error);
  message = skup_ui_test_find_widget (GTK_WIDGET (detail), is_label_reading, error);
  g_assert_nonnull (message);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "keyboard-error-shown");
  g_assert_true (focus_is_in (window, consent));
  g_assert_true (is_scrolled_into_view (consent));
  g_assert_true (is_scrolled_into_view (message));

  /* Again with the focus left in the field at fault, scrolled away from it with the mouse. */
  g_assert_true (gtk_widget_grab_focus (consent));
  gtk_adjustment_set_value (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
      gtk_widget_get_ancestor (consent, GTK_TYPE_SCROLLED_WINDOW))), 0);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (is_scrolled_into_view (consent));
  press_keys ("ctrl+s");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (focus_is_in (window, consent));
  g_assert_true (is_scrolled_into_view (consent));
  g_assert_true (is_scrolled_into_view (message));
}

/* An error of no field (someone else saved the record first) shows at the top of the page,
 * in sight, although the focus is at the bottom of the form. */
static void
test_banner_shown (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = skup_ui_test_add_person (f->store, "Milica", "Milić");
  g_autoptr(SkupStore) other = NULL;
  g_autoptr(SkupRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  SkupWindow *window = open_window (f);
  SkupDetailPage *detail;
  GtkWidget *notes;
  GtkWidget *banner;

  skup_window_open_record (window, SKUP_TYPE_PERSON, id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  notes = skup_ui_test_find_descendant (get_form_row (detail, "notes"), GTK_TYPE_TEXT_VIEW, FALSE);
  g_assert_true (gtk_widget_grab_focus (notes));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "Vegetarian", -1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (skup_detail_page_is_dirty (detail));

  other = skup_store_open (f->path, &error);
  g_assert_no_error (error);
  theirs = skup_store_load (other, SKUP_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  skup_record_set_string (theirs, "family-name", "Jovanović");
  g_assert_true (skup_store_save (other, theirs, &error));
  g_assert_no_error (error);

  press_keys ("ctrl+s");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (skup_detail_page_get_message (detail));
  banner = skup_ui_test_find_widget (GTK_WIDGET (detail), is_label_reading,
                                     skup_detail_page_get_message (detail));
  g_assert_nonnull (banner);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "keyboard-banner-shown");
  g_assert_true (is_scrolled_into_view (banner));
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);
  /* The window buttons are GNOME's (only Close), as a user of GNOME sees them. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

#define ADD(path, func) \
  g_test_add ("/skup/ui/keyboard/" path, Fixture, NULL, fixture_setup, func, \
              skup_ui_test_fixture_teardown)

  ADD ("duplicate-open", test_duplicate_open);
  ADD ("sidebar-tab", test_sidebar_tab);
  ADD ("new-focus", test_new_focus);
  ADD ("search-down", test_search_down);
  ADD ("delete-twice", test_delete_twice);
  ADD ("error-shown", test_error_shown);
  ADD ("banner-shown", test_banner_shown);

#undef ADD

  return g_test_run ();
}
