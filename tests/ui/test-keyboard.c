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

/* Presses @keys (xdotool's names: "Tab", "ctrl+s", "Return") in whichever window has the
 * keyboard focus, and returns once GTK has handled them. */
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
static GtkWidget *
get_dialog (SkupWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  GtkWidget *dialog = get_dialog (data);

  return ADW_IS_MESSAGE_DIALOG (dialog) && gtk_widget_get_mapped (dialog) &&
         gtk_window_is_active (GTK_WINDOW (dialog));
}

/* Waits for a message dialog over @window that has the keyboard focus. */
static AdwMessageDialog *
wait_for_message_dialog (SkupWindow *window)
{
  GtkWidget *dialog;

  skup_ui_test_wait_until (has_message_dialog, window, "a message dialog was shown");
  dialog = get_dialog (window);
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
  g_assert_null (get_dialog (window));
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
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);

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
  dialog = ADW_IS_MESSAGE_DIALOG (get_dialog (window)) ? ADW_MESSAGE_DIALOG (get_dialog (window))
                                                       : NULL;
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

#undef ADD

  return g_test_run ();
}
