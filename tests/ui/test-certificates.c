/* test-certificates.c — issuing certificates from an event's page, the Certificates page,
 * verifying and correcting, driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A three-day workshop (a session a day, 60 % needed: two days) with three people: Žana came
 * every day, Милутин two days, Boris one. The dialog opens from the event's page as a user
 * opens it, must show Boris with the reason, and issues to the other two; the files are
 * written through issue.issue-to (what the file chooser's answer runs) or through the real
 * chooser from the keyboard, and read back with pdftotext. Screenshots go to
 * SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "core/certificates/skup-signer.h"
#include "gui/certificates/skup-certificate-item.h"
#include "gui/certificates/skup-certificates-page.h"
#include "gui/certificates/skup-issue-dialog.h"
#include "skup-ui-test.h"

#define ZANA "Žana Glavendekić"
#define MILUTIN "Милутин Милошевић"
#define BORIS "Boris Petrović"
#define PREFIX "KBPD"

typedef SkupUiTestFixture Fixture;

typedef struct {
  gint64 event_id;
  gint64 sessions[3];
  gint64 people[3];          /* Žana, Милутин, Boris */
  gint64 registrations[3];
} Workshop;

/* Helpers *****************************************************************/

/* Presses @keys (xdotool's names: "Return") in whichever window has the keyboard focus, and
 * returns once GTK has handled them. */
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
  /* The server has queued the events for us once a round trip comes back. */
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
press_keys (const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--delay", "30", keys, NULL };

  run_xdotool (argv);
}

static void
type_text (const char *text)
{
  const char *argv[] = { "xdotool", "type", "--delay", "30", text, NULL };

  run_xdotool (argv);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  skup_ui_test_use_language ("C.UTF-8");
  skup_ui_test_fixture_setup (f, "skup-test-certificates-XXXXXX");
  g_assert_true (skup_store_set_setting (f->store, SKUP_SETTING_CERTIFICATE_PREFIX, PREFIX,
                                         &error));
  g_assert_no_error (error);
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

static void
register_person (Fixture    *f,
                 Workshop   *w,
                 guint       i,
                 const char *given,
                 const char *family,
                 guint       days)
{
  g_autoptr(GError) error = NULL;

  w->people[i] = skup_ui_test_add_person (f->store, given, family);
  g_assert_true (skup_store_register (f->store, w->event_id, w->people[i], "participant",
                                      "registered", &w->registrations[i], &error));
  g_assert_no_error (error);
  for (guint d = 0; d < G_N_ELEMENTS (w->sessions); d++)
    {
      g_assert_true (skup_store_set_marks (f->store, w->sessions[d], &w->registrations[i], 1,
                                           d < days ? SKUP_MARK_PRESENT : SKUP_MARK_ABSENT,
                                           NULL, &error));
      g_assert_no_error (error);
    }
}

static Workshop
add_workshop (Fixture *f)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  Workshop w = { 0 };

  skup_record_set_string (event, "title", "Women, Violence, and the Use of Drugs — Novi Sad");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "language", "en");
  skup_record_set_string (event, "start-date", "2023-05-19");
  skup_record_set_string (event, "end-date", "2023-05-21");
  skup_record_set_int (event, "eligibility-percent", 60);
  w.event_id = skup_ui_test_save (f->store, event);
  list_sessions (f, &w);
  register_person (f, &w, 0, "Žana", "Glavendekić", 3);
  register_person (f, &w, 1, "Милутин", "Милошевић", 2);
  register_person (f, &w, 2, "Boris", "Petrović", 1);
  return w;
}

/* The certificates of the two who qualify, issued through the core. */
static GPtrArray *
issue_in_core (Fixture  *f,
               Workshop *w)
{
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_certificates_issue (f->store, w->event_id, NULL, 0, 0, "2026-05-22",
                                          &issued, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 2);
  return g_steal_pointer (&issued);
}

/* The year certificates issued today are numbered in. */
static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static char *
expected_number (guint seq)
{
  return g_strdup_printf (PREFIX "-%d-%04u", this_year (), seq);
}

static gboolean
has_issue_dialog (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return SKUP_IS_ISSUE_DIALOG (dialog) && gtk_widget_get_mapped (dialog);
}

/* Opens Issue Certificates… from the event's page, as a user does. */
static SkupIssueDialog *
open_dialog (SkupWindow *window,
             gint64      event_id)
{
  SkupDetailPage *detail;
  GtkWidget *dialog;

  skup_window_open_record (window, SKUP_TYPE_EVENT, event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (detail),
                                                  "event.issue-certificates"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "event.issue-certificates",
                                             NULL));
  skup_ui_test_wait_until (has_issue_dialog, window, "the issue dialog was shown");
  dialog = skup_ui_test_get_dialog (window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  skup_ui_test_wait_for_frames (dialog);
  return SKUP_ISSUE_DIALOG (dialog);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
get_row (gpointer    widget,
         const char *title)
{
  GtkWidget *row = skup_ui_test_find_widget (widget, is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_not_busy (gpointer dialog)
{
  return !skup_issue_dialog_is_busy (dialog) && skup_issue_dialog_get_issued (dialog) != NULL;
}

static void
wait_until_issued (SkupIssueDialog *dialog)
{
  skup_ui_test_wait_until (is_not_busy, dialog, "the certificates were issued");
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
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

static char *
dup_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return run_tool (argv);
}

static SkupCertificatesPage *
show_certificates (SkupWindow *window)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "certificates"));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  page = skup_ui_test_find_descendant (GTK_WIDGET (window), SKUP_TYPE_CERTIFICATES_PAGE, TRUE);
  g_assert_nonnull (page);
  return SKUP_CERTIFICATES_PAGE (page);
}

static gboolean
page_has_n (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (skup_certificates_page_get_model (args[0]))
         == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_n (SkupCertificatesPage *page,
            guint                 n)
{
  gpointer args[] = { page, GUINT_TO_POINTER (n) };

  skup_ui_test_wait_until (page_has_n, args, "the page lists the certificates");
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
}

/* The certificate listed with @number. */
static const SkupCertificateEntry *
find_listed (SkupCertificatesPage *page,
             const char           *number)
{
  GListModel *model = skup_certificates_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SkupCertificateItem) item = g_list_model_get_item (model, i);
      const SkupCertificateEntry *entry = skup_certificate_item_get_entry (item);

      if (g_strcmp0 (entry->number, number) == 0)
        return entry;
    }
  return NULL;
}

static void
verify (SkupCertificatesPage *page,
        const char           *text)
{
  GtkWidget *entry = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_ENTRY, TRUE);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "certificates.verify", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
}

/* Answers the reason dialog of a correction with @reason and @response. */
static void
answer_correction (SkupWindow *window,
                   const char *reason,
                   const char *response)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, window, "the reason was asked");
  dialog = skup_ui_test_get_dialog (window);
  entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
  g_assert_true (GTK_IS_ENTRY (entry));
  /* Without a reason there is nothing to answer with. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           response));
  gtk_editable_set_text (GTK_EDITABLE (entry), reason);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
}

/* Tests *******************************************************************/

/* The plan names all three, Boris with why not; Issue writes one PDF of the two who qualify,
 * the result names their numbers, and the Certificates page lists them. */
static void
test_issue (Fixture       *f,
            gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupIssueDialog *dialog = open_dialog (window, w.event_id);
  g_autofree char *path = g_build_filename (f->tmpdir, "Сертификати.pdf", NULL);
  g_autofree char *first = expected_number (1);
  g_autofree char *last = expected_number (2);
  g_autofree char *range = g_strdup_printf ("%s to %s", first, last);
  g_autofree char *text = NULL;
  SkupCertificatesPage *page;
  GtkWidget *row;

  row = get_row (dialog, BORIS);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Attended 1 of 3 sessions; 2 needed.");
  g_assert_nonnull (skup_ui_test_find_widget (row, is_label, "Not eligible"));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (
    skup_ui_test_find_descendant (row, GTK_TYPE_CHECK_BUTTON, FALSE))));
  g_assert_nonnull (skup_ui_test_find_widget (get_row (dialog, ZANA), is_label,
                                              "Will be given one"));
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (dialog), is_label,
                                              "2 of 3 will be given a certificate"));
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (dialog), is_label,
                                              "Automatic — by the event’s language and each "
                                              "person’s role"));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "issue-dialog");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "issue.issue-to", "s", path));
  wait_until_issued (dialog);
  g_assert_cmpuint (skup_issue_dialog_get_issued (dialog)->len, ==, 2);
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (dialog), is_label,
                                              "2 certificates issued"));
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (dialog), is_label, range));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "issue-dialog-done");
  text = dup_pdf_text (path);
  g_assert_nonnull (strstr (text, ZANA));
  /* An English certificate prints names in Latin. */
  g_assert_nonnull (strstr (text, "Milutin Milošević"));
  g_assert_null (strstr (text, "Petrović"));
  gtk_window_close (GTK_WINDOW (dialog));

  page = show_certificates (window);
  wait_for_n (page, 2);
  g_assert_nonnull (find_listed (page, first));
  g_assert_nonnull (find_listed (page, last));
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (page), is_label, ZANA));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "certificates-page");
}

/* One PDF a person, in the folder chosen, each named after the person and the number. */
static void
test_file_each (Fixture       *f,
                gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupIssueDialog *dialog = open_dialog (window, w.event_id);
  g_autofree char *folder = g_build_filename (f->tmpdir, "out", NULL);
  AdwComboRow *output = ADW_COMBO_ROW (get_row (dialog, "Output"));
  GPtrArray *paths;

  adw_combo_row_set_selected (output, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "issue.issue-to", "s",
                                             folder));
  wait_until_issued (dialog);
  paths = skup_issue_dialog_get_paths (dialog);
  g_assert_cmpuint (paths->len, ==, 2);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *dir = g_path_get_dirname (paths->pdata[i]);

      g_assert_cmpstr (dir, ==, folder);
      g_assert_true (g_file_test (paths->pdata[i], G_FILE_TEST_IS_REGULAR));
    }
  g_assert_nonnull (strstr (paths->pdata[0], "Glavendekić"));
  g_assert_true (gtk_widget_get_visible (skup_ui_test_find_actionable (GTK_WIDGET (dialog),
                                                                       "issue.open-folder")));
}

/* A QR payload, a number, a payload with a character changed and a number not issued. */
static void
test_verify (Fixture       *f,
             gconstpointer  data)
{
  Workshop w = add_workshop (f);
  g_autoptr(GPtrArray) issued = issue_in_core (f, &w);
  const SkupCertificateEntry *zana = g_ptr_array_index (issued, 0);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupCertificatesPage *page = show_certificates (window);
  g_autofree char *forged = g_strdup (zana->qr_payload);

  wait_for_n (page, 2);
  verify (page, zana->qr_payload);
  g_assert_cmpstr (skup_certificates_page_get_verdict (page), ==, "Valid");
  g_assert_nonnull (strstr (skup_certificates_page_get_summary (page), ZANA));
  g_assert_nonnull (strstr (skup_certificates_page_get_summary (page), zana->number));
  skup_ui_test_save_screenshot (GTK_WIDGET (page), "certificates-verify");

  verify (page, zana->number);
  g_assert_cmpstr (skup_certificates_page_get_verdict (page), ==, "Valid");

  /* The signature's last character changed: not the office's. */
  forged[strlen (forged) - 1] = forged[strlen (forged) - 1] == 'A' ? 'B' : 'A';
  verify (page, forged);
  g_assert_cmpstr (skup_certificates_page_get_verdict (page), ==, "Forged");

  verify (page, PREFIX "-1999-0001");
  g_assert_cmpstr (skup_certificates_page_get_verdict (page), ==, "Unknown");
}

/* Revoke asks a reason; the list then reads Revoked, and so does the look-up, with it. */
static void
test_revoke (Fixture       *f,
             gconstpointer  data)
{
  Workshop w = add_workshop (f);
  g_autoptr(GPtrArray) issued = issue_in_core (f, &w);
  const SkupCertificateEntry *zana = g_ptr_array_index (issued, 0);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupCertificatesPage *page = show_certificates (window);

  wait_for_n (page, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "certificate.revoke", "x",
                                             zana->id));
  answer_correction (window, "Issued in error", "revoke");
  wait_for_n (page, 2);
  g_assert_cmpint (find_listed (page, zana->number)->state, ==, SKUP_CERTIFICATE_REVOKED);
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (page), is_label, "Revoked"));

  verify (page, zana->number);
  g_assert_cmpstr (skup_certificates_page_get_verdict (page), ==, "Revoked");
  g_assert_nonnull (strstr (skup_certificates_page_get_summary (page), "Issued in error"));
}

/* Reissue gives a new number; the old one reads Superseded and points to it. */
static void
test_reissue (Fixture       *f,
              gconstpointer  data)
{
  Workshop w = add_workshop (f);
  g_autoptr(GPtrArray) issued = issue_in_core (f, &w);
  const SkupCertificateEntry *milutin = g_ptr_array_index (issued, 1);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupCertificatesPage *page = show_certificates (window);
  g_autofree char *next = NULL;

  wait_for_n (page, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "certificate.reissue", "x",
                                             milutin->id));
  answer_correction (window, "Name misspelt", "reissue");
  wait_for_n (page, 3);
  g_assert_cmpint (find_listed (page, milutin->number)->state, ==, SKUP_CERTIFICATE_SUPERSEDED);
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (page), is_label, "Superseded"));

  verify (page, milutin->number);
  g_assert_cmpstr (skup_certificates_page_get_verdict (page), ==, "Superseded");
  /* Numbered by the day it was reissued, today: the third of 2026, or the first of a later
   * year. */
  next = this_year () == 2026 ? expected_number (3)
                                                         : expected_number (1);
  g_assert_nonnull (find_listed (page, next));
  g_assert_nonnull (strstr (skup_certificates_page_get_summary (page), next));
  g_assert_nonnull (strstr (skup_certificates_page_get_summary (page), "Name misspelt"));
}

static gboolean
is_state_row (GtkWidget     *widget,
              gconstpointer  data)
{
  GListModel *model;

  if (!GTK_IS_DROP_DOWN (widget))
    return FALSE;
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  return GTK_IS_STRING_LIST (model) && g_list_model_get_n_items (model) == 4
         && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), "Any State") == 0;
}

/* Filters: the state row and the search narrow the list. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  Workshop w = add_workshop (f);
  g_autoptr(GPtrArray) issued = issue_in_core (f, &w);
  const SkupCertificateEntry *zana = g_ptr_array_index (issued, 0);
  g_autoptr(GError) error = NULL;
  SkupWindow *window;
  SkupCertificatesPage *page;
  GtkWidget *search;
  GtkDropDown *state;

  g_assert_true (skup_certificates_revoke (f->store, zana->id, "Issued in error", NULL, &error));
  g_assert_no_error (error);
  window = skup_ui_test_open_window (f, 1280, 800);
  page = show_certificates (window);
  wait_for_n (page, 2);

  state = GTK_DROP_DOWN (skup_ui_test_find_widget (GTK_WIDGET (page), is_state_row, NULL));
  g_assert_nonnull (state);
  gtk_drop_down_set_selected (state, 1 + SKUP_CERTIFICATE_REVOKED);
  wait_for_n (page, 1);
  g_assert_nonnull (find_listed (page, zana->number));
  gtk_drop_down_set_selected (state, 0);
  wait_for_n (page, 2);

  search = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_nonnull (search);
  /* Across scripts: "milos" finds Милошевић. */
  gtk_editable_set_text (GTK_EDITABLE (search), "milos");
  wait_for_n (page, 1);
  g_assert_nonnull (find_listed (page, ((SkupCertificateEntry *) issued->pdata[1])->number));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for_n (page, 2);
}

static gboolean
has_file_chooser (gpointer dialog)
{
  GtkWidget *chooser = skup_ui_test_get_dialog (dialog);

  return GTK_IS_FILE_CHOOSER (chooser) && gtk_widget_get_mapped (chooser);
}

/* The keyboard alone: Tab to Issue, Enter, the file's path typed into the chooser, Enter. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupIssueDialog *dialog = open_dialog (window, w.event_id);
  g_autofree char *path = g_build_filename (f->tmpdir, "keyboard.pdf", NULL);
  GtkWidget *issue = skup_ui_test_find_actionable (GTK_WIDGET (dialog), "issue.issue");
  guint presses = 0;

  gtk_window_present (GTK_WINDOW (dialog));
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
  while (gtk_window_get_focus (GTK_WINDOW (dialog)) != issue && presses++ < 40)
    press_keys ("Tab");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == issue);
  press_keys ("Return");
  skup_ui_test_wait_until (has_file_chooser, dialog, "the file chooser was shown");
  skup_ui_test_wait_for_frames (skup_ui_test_get_dialog (dialog));
  press_keys ("ctrl+a");
  type_text (path);
  press_keys ("Return");
  wait_until_issued (dialog);
  g_assert_cmpuint (skup_issue_dialog_get_issued (dialog)->len, ==, 2);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* In Serbian, at a phone's width: the plan's words and counts in the language. */
static void
test_serbian (Fixture       *f,
              gconstpointer  data)
{
  Workshop w = add_workshop (f);
  SkupWindow *window;
  SkupIssueDialog *dialog;
  g_autoptr(GPtrArray) issued = NULL;

  skup_ui_test_use_language ("sr_RS.UTF-8");
  window = skup_ui_test_open_window (f, 360, 640);
  dialog = open_dialog (window, w.event_id);
  skup_ui_test_resize_window (GTK_WINDOW (dialog), 360, 640);
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get_row (dialog, BORIS))), !=,
                   "Attended 1 of 3 sessions; 2 needed.");
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "issue-dialog-sr");
  gtk_window_close (GTK_WINDOW (dialog));
  issued = issue_in_core (f, &w);
  skup_ui_test_resize_window (GTK_WINDOW (window), 360, 640);
  wait_for_n (show_certificates (window), 2);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "certificates-page-sr");
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/certificates/issue", Fixture, NULL, fixture_setup, test_issue,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/certificates/file-each", Fixture, NULL, fixture_setup, test_file_each,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/certificates/verify", Fixture, NULL, fixture_setup, test_verify,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/certificates/revoke", Fixture, NULL, fixture_setup, test_revoke,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/certificates/reissue", Fixture, NULL, fixture_setup, test_reissue,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/certificates/filters", Fixture, NULL, fixture_setup, test_filters,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/certificates/keyboard", Fixture, NULL, fixture_setup, test_keyboard,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/certificates/serbian", Fixture, NULL, fixture_setup, test_serbian,
              skup_ui_test_fixture_teardown);

  return g_test_run ();
}
