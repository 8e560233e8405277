/* test-attendance-export.c — the Export Attendance List dialog, driven on the real window
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog opens from an event's page through its button, as a user opens it; its options
 * are set through their rows; the file is written through export.save-to (what the file
 * chooser's answer runs), and read back. Screenshots go to SKUP_SCREENSHOT_DIR.
 *
 * The register: "Harm reduction", two days (a session a day); Ana Antić present, then late;
 * Марко Марковић present, then absent.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "gui/exports/skup-attendance-export-dialog.h"
#include "skup-ui-test.h"

typedef struct {
  SkupUiTestFixture ui;
  gint64            event_id;
} Fixture;

static gint64
session_at (SkupStore *store,
            gint64     event_id,
            guint      i)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sessions = skup_store_list (store, SKUP_TYPE_SESSION, &query, &error);
  g_autoptr(SkupRecord) session = NULL;

  g_assert_no_error (error);
  session = g_list_model_get_item (sessions, i);
  g_assert_nonnull (session);
  return skup_record_get_id (session);
}

static void
attend (Fixture    *f,
        gint64      person_id,
        const char *first,
        const char *second)
{
  SkupStore *store = f->ui.store;
  g_autoptr(GError) error = NULL;
  gint64 registration = 0;

  g_assert_true (skup_store_register (store, f->event_id, person_id, NULL, NULL, &registration,
                                      &error));
  g_assert_true (skup_store_set_attendance (store, registration, session_at (store, f->event_id, 0),
                                            first, NULL, &error));
  g_assert_true (skup_store_set_attendance (store, registration, session_at (store, f->event_id, 1),
                                            second, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());

  skup_ui_test_use_language ("C.UTF-8");
  skup_ui_test_fixture_setup (&f->ui, "skup-test-attendance-export-XXXXXX");
  skup_record_set_string (event, "title", "Harm reduction");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2026-05-20");
  skup_record_set_string (event, "end-date", "2026-05-21");
  f->event_id = skup_ui_test_save (f->ui.store, event);
  attend (f, skup_ui_test_add_person (f->ui.store, "Ana", "Antić"), "present", "late");
  attend (f, skup_ui_test_add_person (f->ui.store, "Марко", "Марковић"), "present", "absent");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_ui_test_fixture_teardown (&f->ui, data);
}

static gboolean
has_export_dialog (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return SKUP_IS_ATTENDANCE_EXPORT_DIALOG (dialog) && gtk_widget_get_mapped (dialog);
}

/* Opens the event's page, then the dialog through the page's button, as a user does. */
static SkupAttendanceExportDialog *
open_dialog_labelled (Fixture    *f,
                      SkupWindow *window,
                      const char *label)
{
  SkupDetailPage *detail;
  GtkWidget *button;
  GtkWidget *dialog;

  skup_window_open_record (window, SKUP_TYPE_EVENT, f->event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  button = skup_ui_test_find_actionable (GTK_WIDGET (detail), "event.export-list");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
  g_signal_emit_by_name (button, "clicked");
  skup_ui_test_wait_until (has_export_dialog, window, "the export dialog was shown");
  dialog = skup_ui_test_get_dialog (window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  skup_ui_test_wait_for_frames (dialog);
  return SKUP_ATTENDANCE_EXPORT_DIALOG (dialog);
}

static SkupAttendanceExportDialog *
open_dialog (Fixture    *f,
             SkupWindow *window)
{
  return open_dialog_labelled (f, window, "_Export Attendance List…");
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

static GtkCheckButton *
get_check (gpointer    window,
           const char *title)
{
  GtkWidget *check = skup_ui_test_find_descendant (get_row (window, title),
                                                   GTK_TYPE_CHECK_BUTTON, FALSE);

  g_assert_nonnull (check);
  return GTK_CHECK_BUTTON (check);
}

static gboolean
has_toast (gpointer window)
{
  return skup_window_get_last_toast (window) != NULL;
}

static gboolean
is_idle (gpointer dialog)
{
  return !skup_attendance_export_dialog_is_busy (dialog);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* Excel's CSV of one session, the names in Cyrillic, fewer columns: the file holds just
 * that; the dialog closes and the window says where it went. */
static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (&f->ui, 1280, 800);
  SkupAttendanceExportDialog *dialog = open_dialog (f, window);
  g_autofree char *path = g_build_filename (f->ui.tmpdir, "list.csv", NULL);
  g_autofree char *text = NULL;
  GListModel *sessions;

  /* Every session by default, then each by its day; name, organisation, marks, %. */
  sessions = adw_combo_row_get_model (get_row (dialog, "Session"));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sessions), 0), ==, "All sessions");
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (sessions), 2),
                                   "Thursday, 21 May 2026"));
  g_assert_true (gtk_check_button_get_active (get_check (dialog, "Organisation")));
  g_assert_false (gtk_check_button_get_active (get_check (dialog, "Gender")));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "attendance-export-dialog");

  adw_combo_row_set_selected (get_row (dialog, "Format"), 1);
  adw_combo_row_set_selected (get_row (dialog, "Session"), 2);
  adw_combo_row_set_selected (get_row (dialog, "Script"), 1);
  gtk_check_button_set_active (get_check (dialog, "Organisation"), FALSE);
  gtk_check_button_set_active (get_check (dialog, "Attendance %"), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.save-to", "s", path));
  skup_ui_test_wait_until (has_toast, window, "the window said the list was saved");
  g_assert_cmpstr (adw_toast_get_title (skup_window_get_last_toast (window)), ==,
                   "Saved “list.csv”");
  g_assert_false (has_export_dialog (window));

  text = read_text (path);
  g_assert_cmpstr (text, ==, "\xEF\xBB\xBFName;21.05.\r\nАна Антић;Late\r\nМарко Марковић;Absent\r\n");
}

/* The PDF, on Letter paper turned; a file that cannot be written is said in the dialog, which
 * stays open to try again. */
static void
test_export_pdf_and_error (Fixture       *f,
                           gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (&f->ui, 1280, 800);
  SkupAttendanceExportDialog *dialog = open_dialog (f, window);
  g_autofree char *nowhere = g_build_filename (f->ui.tmpdir, "no-such-folder", "list.pdf", NULL);
  g_autofree char *path = g_build_filename (f->ui.tmpdir, "list.pdf", NULL);
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *defaults[] = { "Name", "Organisation", "Sessions", "Attendance %" };
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  /* The paper is the PDF's alone. */
  g_assert_false (gtk_widget_is_sensitive (get_row (dialog, "Paper Size")));
  adw_combo_row_set_selected (get_row (dialog, "Format"), 3);
  g_assert_true (gtk_widget_is_sensitive (get_row (dialog, "Paper Size")));
  adw_combo_row_set_selected (get_row (dialog, "Paper Size"), 1);
  gtk_switch_set_active (GTK_SWITCH (skup_ui_test_find_descendant (get_row (dialog, "Landscape"),
                                                                  GTK_TYPE_SWITCH, FALSE)),
                         TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.save-to", "s",
                                             nowhere));
  skup_ui_test_wait_until (is_idle, dialog, "the export ended");
  g_assert_nonnull (skup_attendance_export_dialog_get_error (dialog));
  g_assert_true (g_str_has_prefix (skup_attendance_export_dialog_get_error (dialog),
                                   "Could not write “"));
  g_assert_nonnull (strstr (skup_attendance_export_dialog_get_error (dialog),
                            "no-such-folder/list.pdf”"));
  g_assert_true (has_export_dialog (window));
  g_assert_null (skup_window_get_last_toast (window));
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "attendance-export-error");

  /* No column, no export. */
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    gtk_check_button_set_active (get_check (dialog, defaults[i]), FALSE);
  g_assert_false (gtk_widget_is_sensitive (skup_ui_test_find_actionable (GTK_WIDGET (dialog),
                                                                        "export.save")));
  gtk_check_button_set_active (get_check (dialog, "Name"), TRUE);
  gtk_check_button_set_active (get_check (dialog, "Sessions"), TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.save-to", "s", path));
  skup_ui_test_wait_until (has_toast, window, "the window said the list was saved");
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &info, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (info, "Pages:           1"));
  /* Letter turned: 792 × 612 points. */
  g_assert_nonnull (strstr (info, "792 x 612 pts (letter)"));
}

static gboolean
has_no_export_dialog (gpointer window)
{
  return !has_export_dialog (window);
}

/* Cancel closes the dialog and writes nothing; the button is labelled for a screen reader. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (&f->ui, 1280, 800);
  SkupAttendanceExportDialog *dialog = open_dialog (f, window);
  GtkWidget *cancel = skup_ui_test_find_actionable (GTK_WIDGET (dialog), "window.close");
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  g_assert_nonnull (cancel);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (cancel)), ==, "_Cancel");
  g_signal_emit_by_name (cancel, "clicked");
  skup_ui_test_wait_until (has_no_export_dialog, window, "the export dialog was closed");
  g_assert_null (skup_window_get_last_toast (window));
  dir = g_dir_open (f->ui.tmpdir, 0, NULL);
  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n_files++;
  /* The register alone (and its journal, if SQLite keeps one). */
  g_assert_cmpuint (n_files, <=, 3);
}

/* In Serbian: the dialog and the list's header speak it, the names in Cyrillic. */
static void
test_serbian (Fixture       *f,
              gconstpointer  data)
{
  SkupWindow *window;
  SkupAttendanceExportDialog *dialog;
  g_autofree char *path = g_build_filename (f->ui.tmpdir, "spisak.csv", NULL);
  g_autofree char *text = NULL;
  GListModel *sessions;

  skup_ui_test_use_language ("sr_RS.UTF-8");
  window = skup_ui_test_open_window (&f->ui, 1280, 800);
  dialog = open_dialog_labelled (f, window, "_Извези списак присутних…");
  sessions = adw_combo_row_get_model (get_row (dialog, "Сесија"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sessions), 0), ==, "Све сесије");
  g_assert_true (gtk_check_button_get_active (get_check (dialog, "Име и презиме")));
  adw_combo_row_set_selected (get_row (dialog, "Писмо"), 1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (dialog));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "attendance-export-dialog-sr");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.save-to", "s", path));
  skup_ui_test_wait_until (has_toast, window, "the window said the list was saved");
  text = read_text (path);
  g_assert_true (g_str_has_prefix (text, "Име и презиме,Организација,20.05.,21.05.,Присуство %\r\n"
                                         "Ана Антић,,"));
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/skup/attendance-export/" name, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)
  ADD ("csv", test_export_csv);
  ADD ("pdf-and-error", test_export_pdf_and_error);
  ADD ("cancel", test_cancel);
  ADD ("serbian", test_serbian);
#undef ADD

  return g_test_run ();
}
