/* test-sign-in.c — an event's sign-in sheet: the dialog, its preview, the PDF and the printer,
 * and the privacy notice in Preferences, driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register holds the sample data (the events of the source documents). The dialog opens
 * from an event's page, as a user opens it; its options are set through their rows; the PDF is
 * written through sheet.save-to (what the file chooser's answer runs) and the printer's output
 * through sheet.print-to (the same print operation as Print, exported to a file), and what
 * they hold is read back with poppler's pdftotext and pdfinfo. Screenshots go to
 * SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "core/documents/skup-sign-in-sheet.h"
#include "gui/skup-preferences-window.h"
#include "gui/skup-sign-in-dialog.h"
#include "skup-ui-test.h"

#define ROME "Rome Consensus 2.0 Summit"
#define WOMEN_BELGRADE "Women, Violence, and the Use of Drugs — Belgrade"

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  skup_ui_test_use_language ("C.UTF-8");
  skup_ui_test_fixture_setup (f, "skup-test-sign-in-XXXXXX");
  skup_demo_fill_sample (f->store, &stats, &error);
  g_assert_no_error (error);
}

static gint64
find_event (Fixture    *f,
            const char *title)
{
  gint64 id = skup_store_find_by_title (f->store, SKUP_TYPE_EVENT, title);

  g_assert_cmpint (id, >, 0);
  return id;
}

/* Opens the page of the event called @title in @window. */
static SkupDetailPage *
open_event (Fixture    *f,
            SkupWindow *window,
            const char *title)
{
  SkupDetailPage *detail;

  skup_window_open_record (window, SKUP_TYPE_EVENT, find_event (f, title));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  return detail;
}

static gboolean
is_ready (gpointer data)
{
  return !skup_sign_in_dialog_is_busy (data);
}

/* Waits until the preview shows the sheet of the options as they are. */
static void
wait_until_ready (SkupSignInDialog *dialog)
{
  skup_ui_test_wait_until (is_ready, dialog, "the sheet was made");
  g_assert_false (skup_sign_in_dialog_is_busy (dialog));
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
}

static gboolean
has_sign_in_dialog (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return SKUP_IS_SIGN_IN_DIALOG (dialog) && gtk_widget_get_mapped (dialog);
}

/* Opens the sign-in sheet of the event called @title from its page, as a user does. */
static SkupSignInDialog *
open_dialog (Fixture    *f,
             SkupWindow *window,
             const char *title)
{
  SkupDetailPage *detail = open_event (f, window, title);
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "event.print-sign-in-sheet",
                                             NULL));
  skup_ui_test_wait_until (has_sign_in_dialog, window, "the sign-in sheet dialog was shown");
  dialog = skup_ui_test_get_dialog (window);
  g_assert_true (SKUP_IS_SIGN_IN_DIALOG (dialog));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  wait_until_ready (SKUP_SIGN_IN_DIALOG (dialog));
  return SKUP_SIGN_IN_DIALOG (dialog);
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  start)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), start);
}

/* The text of the label the user sees that starts with @start, or NULL. */
static const char *
find_label_text (gpointer    widget,
                 const char *start)
{
  GtkWidget *label = skup_ui_test_find_widget (widget, is_label_starting, start);

  return label != NULL ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* Reads "Page 1 of 3" under the preview; returns the number of pages it gives. */
static guint
read_page_label (SkupSignInDialog *dialog,
                 guint             page)
{
  g_autofree char *start = g_strdup_printf ("Page %u of ", page);
  const char *text = find_label_text (dialog, start);
  guint64 n_pages = 0;

  g_assert_nonnull (text);
  g_assert_true (g_ascii_string_to_unsigned (text + strlen (start), 10, 1, G_MAXUINT, &n_pages,
                                             NULL));
  return n_pages;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gpointer
get_row (gpointer    window,
         const char *title)
{
  GtkWidget *row = skup_ui_test_find_widget (window, is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

static gpointer
get_in_row (gpointer    window,
            const char *title,
            GType       type)
{
  GtkWidget *widget = skup_ui_test_find_descendant (get_row (window, title), type, FALSE);

  g_assert_nonnull (widget);
  return widget;
}

static guint
get_n_pages (SkupSignInDialog *dialog)
{
  SkupDocument *document = skup_sign_in_dialog_get_document (dialog);

  g_assert_nonnull (document);
  return skup_document_get_n_pages (document);
}

static char *
make_temp_path (Fixture    *f,
                const char *name)
{
  return g_build_filename (f->tmpdir, name, NULL);
}

/* What @argv printed; it must succeed. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

/* The text of the PDF at @path, its lines joined by spaces (a long title may wrap). */
static char *
dup_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run_tool (argv);
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  kept = g_strv_builder_end (builder);
  return g_strjoinv (" ", kept);
}

/* One field of pdfinfo's output ("Pages", "Page size"). */
static char *
dup_pdf_info (const char *path,
              const char *field)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *key = g_strconcat (field, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key))
      return g_strstrip (g_strdup (lines[i] + strlen (key)));
  g_assert_not_reached ();
}

/* Someone who takes part in the event with id @event_id and writes their name in ASCII (so
 * that the sheet prints it as it is, in any script). */
static char *
dup_participant_name (Fixture *f,
                      gint64   event_id)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) registrations = NULL;
  g_autoptr(GError) error = NULL;

  registrations = skup_store_list (f->store, SKUP_TYPE_REGISTRATION, &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(SkupRecord) registration = g_list_model_get_item (registrations, i);
      const char *name = skup_record_get_string (registration, "person-name");

      if (name != NULL && g_str_is_ascii (name)
          && g_strcmp0 (skup_record_get_string (registration, "status"), "declined") != 0)
        return g_strdup (name);
    }
  g_assert_not_reached ();
}

/* A control for @action_name, shown or not. */
static gboolean
is_actionable_for (GtkWidget     *widget,
                   gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* The button the user sees for @action_name can be clicked. */
static gboolean
is_enabled (gpointer    window,
            const char *action_name)
{
  GtkWidget *button = skup_ui_test_find_actionable (window, action_name);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* Tests *******************************************************************/

/* The event page offers the sheet of a saved event, not of one still being typed in. */
static void
test_button (Fixture       *f,
             gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *detail;
  GtkWidget *button;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "events");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, 0);
  button = skup_ui_test_find_widget (GTK_WIDGET (detail), is_actionable_for,
                                     "event.print-sign-in-sheet");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_widget_activate_action (GTK_WIDGET (detail), "event.print-sign-in-sheet", NULL);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_ui_test_get_dialog (window));
  skup_detail_page_discard (detail);
  g_signal_emit_by_name (detail, "close-requested");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  detail = open_event (f, window, ROME);
  button = skup_ui_test_find_actionable (GTK_WIDGET (detail), "event.print-sign-in-sheet");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Print Sign-in Sheet…");
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "sign-in-event-page");

  g_signal_emit_by_name (button, "clicked");
  skup_ui_test_wait_until (has_sign_in_dialog, window, "the sign-in sheet dialog was shown");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (skup_ui_test_get_dialog (window)))
                 == GTK_WINDOW (window));
}

/* The preview shows the sheet as the options make it, and follows them. */
static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupSignInDialog *dialog = open_dialog (f, window, ROME);
  SkupDocument *first = skup_sign_in_dialog_get_document (dialog);
  const SkupPageSetup *setup;
  guint n_pages, more_pages;

  /* An English event is printed in English, on A4 by default. */
  g_assert_nonnull (first);
  g_assert_null (skup_sign_in_dialog_get_message (dialog));
  g_assert_cmpstr (skup_document_get_language (first), ==, "en");
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (dialog, "Language")), ==, 0);
  n_pages = read_page_label (dialog, 1);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (n_pages, ==, get_n_pages (dialog));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "sign-in-dialog");

  /* Sixty rows for walk-ins take more pages. */
  gtk_spin_button_set_value (get_in_row (dialog, "Blank Rows", GTK_TYPE_SPIN_BUTTON), 60);
  g_assert_true (skup_sign_in_dialog_is_busy (dialog));
  wait_until_ready (dialog);
  more_pages = get_n_pages (dialog);
  g_assert_cmpuint (more_pages, >, n_pages);
  g_assert_cmpuint (read_page_label (dialog, 1), ==, more_pages);

  /* The next page, and back, from the keyboard's actions. */
  g_assert_false (is_enabled (dialog, "sheet.previous-page"));
  g_assert_true (is_enabled (dialog, "sheet.next-page"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sheet.next-page", NULL));
  g_assert_cmpuint (skup_sign_in_dialog_get_page (dialog), ==, 1);
  g_assert_cmpuint (read_page_label (dialog, 2), ==, more_pages);
  g_assert_true (is_enabled (dialog, "sheet.previous-page"));

  /* Letter, landscape: the sheet is made again, on that paper. */
  adw_combo_row_set_selected (get_row (dialog, "Paper Size"), 1);
  adw_combo_row_set_selected (get_row (dialog, "Orientation"), 2);
  wait_until_ready (dialog);
  setup = skup_document_get_page_setup (skup_sign_in_dialog_get_document (dialog));
  g_assert_cmpint (setup->paper, ==, SKUP_PAPER_LETTER);
  g_assert_true (setup->landscape);
  g_assert_true (skup_sign_in_dialog_get_document (dialog) != first);
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "sign-in-dialog-letter");

  /* Fewer columns; Serbian, Latin. */
  gtk_check_button_set_active (get_in_row (dialog, "Organisation", GTK_TYPE_CHECK_BUTTON), FALSE);
  adw_combo_row_set_selected (get_row (dialog, "Language"), 2);
  wait_until_ready (dialog);
  g_assert_cmpstr (skup_document_get_language (skup_sign_in_dialog_get_document (dialog)), ==,
                   "sr@latin");
}

/* Save as PDF writes the sheet the preview shows. */
static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupSignInDialog *dialog = open_dialog (f, window, ROME);
  g_autofree char *path = make_temp_path (f, "sheet.pdf");
  g_autofree char *name = dup_participant_name (f, find_event (f, ROME));
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *expected = NULL;
  guint n_pages;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sheet.save-to", "s", path));
  text = dup_pdf_text (path);
  g_assert_nonnull (strstr (text, ROME));
  g_assert_nonnull (strstr (text, name));
  pages = dup_pdf_info (path, "Pages");
  n_pages = get_n_pages (dialog);
  expected = g_strdup_printf ("%u", n_pages);
  g_assert_cmpstr (pages, ==, expected);
  g_assert_nonnull (find_label_text (dialog, "Saved “sheet.pdf”"));

  /* Saved the moment after a change, before the preview caught up: the file has the change. */
  gtk_spin_button_set_value (get_in_row (dialog, "Blank Rows", GTK_TYPE_SPIN_BUTTON), 80);
  g_assert_true (skup_sign_in_dialog_is_busy (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sheet.save-to", "s", path));
  g_assert_false (skup_sign_in_dialog_is_busy (dialog));
  g_clear_pointer (&pages, g_free);
  g_clear_pointer (&expected, g_free);
  pages = dup_pdf_info (path, "Pages");
  expected = g_strdup_printf ("%u", get_n_pages (dialog));
  g_assert_cmpstr (pages, ==, expected);
  g_assert_cmpuint (get_n_pages (dialog), >, n_pages);
}

/* The sheet names its file after the event and its date, with its letters as they are and no
 * folder in it. */
static void
test_file_name (Fixture       *f,
                gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupSignInDialog *dialog = open_dialog (f, window, "Women, Violence, and the Use of Drugs — Niš");
  g_autofree char *name =
    skup_sign_in_sheet_dup_file_name (SKUP_SIGN_IN_SHEET (skup_sign_in_dialog_get_document (dialog)));

  g_assert_nonnull (strstr (name, "Niš"));
  g_assert_nonnull (strstr (name, "2023"));
  g_assert_null (strchr (name, '/'));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
}

/* Print hands the printer the same pages, at the sheet's paper size. */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupSignInDialog *dialog = open_dialog (f, window, ROME);
  g_autofree char *path = make_temp_path (f, "printed.pdf");
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  const SkupPageSetup *setup;
  char *end = NULL;

  gtk_spin_button_set_value (get_in_row (dialog, "Blank Rows", GTK_TYPE_SPIN_BUTTON), 40);
  wait_until_ready (dialog);
  g_assert_cmpuint (get_n_pages (dialog), >, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sheet.print-to", "s", path));
  pages = dup_pdf_info (path, "Pages");
  expected = g_strdup_printf ("%u", get_n_pages (dialog));
  g_assert_cmpstr (pages, ==, expected);
  /* "841.89 x 595.276 pts (A4)": the sheet's paper, the way round the sheet is. */
  size = dup_pdf_info (path, "Page size");
  setup = skup_document_get_page_setup (skup_sign_in_dialog_get_document (dialog));
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (size, &end), skup_page_setup_get_width (setup),
                                  0.5);
  g_assert_true (g_str_has_prefix (end, " x "));
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (end + 3, NULL),
                                  skup_page_setup_get_height (setup), 0.5);
  text = dup_pdf_text (path);
  g_assert_nonnull (strstr (text, ROME));
}

/* A name the font cannot draw is named, Save and Print wait; fixed, the sheet comes back. */
static void
test_engine_error (Fixture       *f,
                   gconstpointer  data)
{
  gint64 event_id = find_event (f, WOMEN_BELGRADE);
  /* U+E000 is a private character: no font draws it. */
  gint64 person_id = skup_ui_test_add_person (f->store, "Ana\xee\x80\x80", "Marković");
  g_autoptr(SkupRecord) person = NULL;
  g_autoptr(GError) error = NULL;
  SkupWindow *window;
  SkupSignInDialog *dialog;
  const char *message;

  g_assert_true (skup_store_register (f->store, event_id, person_id, "participant", "registered",
                                      NULL, &error));
  g_assert_no_error (error);
  window = skup_ui_test_open_window (f, 1280, 800);
  dialog = open_dialog (f, window, WOMEN_BELGRADE);

  message = skup_sign_in_dialog_get_message (dialog);
  g_assert_nonnull (message);
  g_test_message ("The engine says: %s", message);
  g_assert_true (strstr (message, "Marković") != NULL || strstr (message, "Марковић") != NULL);
  g_assert_nonnull (strstr (message, "U+E000"));
  g_assert_null (skup_sign_in_dialog_get_document (dialog));
  g_assert_false (is_enabled (dialog, "sheet.save"));
  g_assert_false (is_enabled (dialog, "sheet.print"));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "sign-in-dialog-error");

  /* The name put right (here as someone else would, on a shared register), the sheet is back. */
  person = skup_store_load (f->store, SKUP_TYPE_PERSON, person_id, &error);
  g_assert_no_error (error);
  skup_record_set_string (person, "given-name", "Ana");
  skup_ui_test_save (f->store, person);
  wait_until_ready (dialog);
  g_assert_null (skup_sign_in_dialog_get_message (dialog));
  g_assert_nonnull (skup_sign_in_dialog_get_document (dialog));
  g_assert_true (is_enabled (dialog, "sheet.save"));
  g_assert_true (is_enabled (dialog, "sheet.print"));
}

static SkupPreferencesWindow *
open_preferences (SkupWindow *window)
{
  SkupPreferencesWindow *preferences =
    skup_preferences_window_new (GTK_WINDOW (window), skup_window_get_store (window));

  skup_ui_test_present_window (GTK_WINDOW (preferences), 640, 900);
  return preferences;
}

static GtkTextBuffer *
get_privacy_buffer (SkupPreferencesWindow *preferences)
{
  return gtk_text_view_get_buffer (get_in_row (preferences, "Privacy Notice",
                                               GTK_TYPE_TEXT_VIEW));
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
close_window (gpointer window)
{
  g_object_add_weak_pointer (G_OBJECT (window), &window);
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (window);
}

/* The office's notice goes on the next sheet; the standard one is shown until it writes one. */
static void
test_privacy_notice (Fixture       *f,
                     gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupPreferencesWindow *preferences = open_preferences (window);
  GtkTextBuffer *buffer = get_privacy_buffer (preferences);
  g_autofree char *standard = skup_sign_in_default_privacy_notice ("en", FALSE);
  g_autofree char *shown = dup_buffer_text (buffer);
  g_autofree char *saved = NULL;
  g_autofree char *path = make_temp_path (f, "notice.pdf");
  g_autofree char *text = NULL;
  SkupSignInDialog *dialog;

  /* Nothing written yet: the field shows what sheets print, and nothing is saved. */
  g_assert_cmpstr (g_strstrip (shown), ==, g_strstrip (standard));
  g_assert_false (is_enabled (preferences, "preferences.reset-privacy-notice"));
  skup_ui_test_save_screenshot (GTK_WIDGET (preferences), "sign-in-preferences");

  gtk_text_buffer_set_text (buffer, "Lists are kept by the Office for five years — Đorđe Šaković "
                            "answers questions at privacy@example.rs.", -1);
  close_window (preferences);
  saved = skup_store_dup_setting (f->store, SKUP_SETTING_PRIVACY_NOTICE);
  g_assert_nonnull (strstr (saved, "five years"));

  dialog = open_dialog (f, window, ROME);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sheet.save-to", "s", path));
  text = dup_pdf_text (path);
  g_assert_nonnull (strstr (text, "Đorđe Šaković"));
  close_window (dialog);

  /* Back to the standard notice: nothing of the office's is kept. */
  preferences = open_preferences (window);
  g_assert_true (is_enabled (preferences, "preferences.reset-privacy-notice"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences),
                                             "preferences.reset-privacy-notice", NULL));
  g_assert_false (is_enabled (preferences, "preferences.reset-privacy-notice"));
  close_window (preferences);
  g_clear_pointer (&saved, g_free);
  saved = skup_store_dup_setting (f->store, SKUP_SETTING_PRIVACY_NOTICE);
  g_assert_true (saved == NULL || *saved == '\0');
}

/* The keys: pages turn with Page Down and Page Up, Escape closes. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupSignInDialog *dialog = open_dialog (f, window, ROME);
  const char *next[] = { "xdotool", "key", "--delay", "30", "Next", NULL };
  const char *escape[] = { "xdotool", "key", "--delay", "30", "Escape", NULL };

  gtk_spin_button_set_value (get_in_row (dialog, "Blank Rows", GTK_TYPE_SPIN_BUTTON), 60);
  wait_until_ready (dialog);
  g_assert_cmpuint (get_n_pages (dialog), >, 1);
  /* Nothing that takes Page Down for itself has the focus. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  g_assert_true (gtk_window_is_active (GTK_WINDOW (dialog)));

  g_free (run_tool (next));
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (skup_sign_in_dialog_get_page (dialog), ==, 1);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_free (run_tool (escape));
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (dialog);
}

/* How the dialog reads in Serbian: a Serbian event in Cyrillic. */
static void
test_serbian (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *standard = skup_sign_in_default_privacy_notice ("sr", TRUE);
  g_autofree char *shown = NULL;
  SkupPreferencesWindow *preferences;
  SkupWindow *window;
  SkupSignInDialog *dialog;

  skup_ui_test_use_language ("sr_RS.UTF-8");
  window = skup_ui_test_open_window (f, 1280, 800);
  dialog = open_dialog (f, window, WOMEN_BELGRADE);
  g_assert_cmpstr (skup_document_get_language (skup_sign_in_dialog_get_document (dialog)), ==,
                   "sr");
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (dialog, "Језик")), ==, 1);
  g_assert_nonnull (find_label_text (dialog, "Страна 1 од "));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "sign-in-dialog-sr");
  close_window (dialog);

  /* Preferences show the standard notice as a Serbian office's sheets print it. */
  preferences = open_preferences (window);
  shown = dup_buffer_text (gtk_text_view_get_buffer (get_in_row (preferences,
                                                                 "Обавештење о приватности",
                                                                 GTK_TYPE_TEXT_VIEW)));
  g_assert_cmpstr (g_strstrip (shown), ==, g_strstrip (standard));
  skup_ui_test_save_screenshot (GTK_WIDGET (preferences), "sign-in-preferences-sr");
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/skup/sign-in/" name, Fixture, NULL, fixture_setup, func, \
              skup_ui_test_fixture_teardown)
  ADD ("button", test_button);
  ADD ("preview", test_preview);
  ADD ("save", test_save);
  ADD ("file-name", test_file_name);
  ADD ("print", test_print);
  ADD ("engine-error", test_engine_error);
  ADD ("privacy-notice", test_privacy_notice);
  ADD ("keyboard", test_keyboard);
  ADD ("serbian", test_serbian);
#undef ADD

  return g_test_run ();
}
