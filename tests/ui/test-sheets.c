/* test-sheets.c — an event's sessions edited in full: their room and their signed sign-in
 * sheet, driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the window on a fresh register and an event's page as a user would, and
 * works in the sessions group through the controls on screen. The file chooser cannot be
 * driven here, so a sheet goes in through the function the chooser calls with the file the
 * user chose; the "scans" are drawn by the test. What is checked is what the page shows and
 * what reached the register.
 */

#include "config.h"

#include <sys/stat.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "skup-sign-in-sheet.h"
#include "gui/skup-gui-util.h"
#include "gui/skup-sessions-group.h"
#include "gui/skup-sheet-row-private.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

#define TITLE "Women, Violence, and the Use of Drugs"

/* Helpers *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, data);
}

/* A one-page scan of a signed sheet, as a real PDF. */
static char *
write_scan_pdf (Fixture    *f,
                const char *name)
{
  char *path = g_build_filename (f->tmpdir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_set_line_width (cr, 1);
  for (int row = 0; row < 4; row++)
    cairo_rectangle (cr, 40, 80 + row * 30, 515, 30);
  cairo_move_to (cr, 400, 100);
  cairo_curve_to (cr, 420, 80, 440, 120, 470, 95);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return path;
}

static char *
write_text (Fixture    *f,
            const char *name)
{
  char *path = g_build_filename (f->tmpdir, name, NULL);

  g_assert_true (g_file_set_contents (path, "Spisak učesnika, Niš\n", -1, NULL));
  return path;
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static gint64
add_event (Fixture *f,
           gint64   venue_id)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);

  skup_record_set_string (event, "title", TITLE);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2023-05-19");
  skup_record_set_string (event, "end-date", "2023-05-20");
  skup_record_set_int (event, "venue-id", venue_id);
  return skup_ui_test_save (f->store, event);
}

static gint64
add_room (Fixture    *f,
          gint64      venue_id,
          const char *name)
{
  g_autoptr(SkupRecord) room = skup_record_new_for_type (SKUP_TYPE_ROOM);

  skup_record_set_int (room, "venue-id", venue_id);
  skup_record_set_string (room, "name", name);
  return skup_ui_test_save (f->store, room);
}

/* The event's sessions, in the page's order. */
static gint64
session_at (Fixture *f,
            gint64   event_id,
            guint    position)
{
  g_autoptr(GError) error = NULL;
  gint64 id = skup_sign_in_find_session (f->store, event_id, position + 1, &error);

  g_assert_no_error (error);
  return id;
}

static SkupChildGroup *
open_sessions (SkupWindow *window,
               gint64      event_id)
{
  SkupDetailPage *detail;
  GtkWidget *group;

  skup_window_open_record (window, SKUP_TYPE_EVENT, event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  group = skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_SESSIONS_GROUP, FALSE);
  g_assert_nonnull (group);
  return SKUP_CHILD_GROUP (group);
}

static AdwExpanderRow *
session_row (SkupChildGroup *group,
             guint           position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (skup_child_group_get_list (group),
                                                      (int) position);

  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  return ADW_EXPANDER_ROW (row);
}

static AdwMessageDialog *
wait_for_message_dialog (SkupWindow *window)
{
  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, window, "a message dialog was shown");
  skup_ui_test_wait_for_frames (skup_ui_test_get_dialog (GTK_WIDGET (window)));
  return ADW_MESSAGE_DIALOG (skup_ui_test_get_dialog (GTK_WIDGET (window)));
}

typedef struct {
  SkupChildGroup *group;
  guint           n;
} CountWait;

static gboolean
group_has_count (gpointer data)
{
  CountWait *wait = data;

  return skup_child_group_get_count (wait->group) == wait->n;
}

static void
wait_for_group_count (SkupChildGroup *group,
                      guint           n)
{
  CountWait wait = { group, n };

  skup_ui_test_wait_until (group_has_count, &wait, "the group listed its sessions");
  g_assert_cmpuint (skup_child_group_get_count (group), ==, n);
}

static gboolean
has_no_undo (gpointer window)
{
  return skup_window_get_undo_toast (window) == NULL;
}

static gboolean
session_exists (Fixture *f,
                gint64   id)
{
  g_autoptr(SkupRecord) session = skup_store_load (f->store, SKUP_TYPE_SESSION, id, NULL);

  return session != NULL;
}

static void
attach_ok (Fixture    *f,
           gint64      session_id,
           const char *path)
{
  g_autoptr(GBytes) bytes = read_file (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_attach_sheet (f->store, session_id, name, bytes, &error));
  g_assert_no_error (error);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The sheet row in session @position's expander, as the group last built it. */
static SkupSheetRow *
sheet_row (SkupChildGroup *group,
           guint           position)
{
  GtkWidget *row = skup_ui_test_find_descendant (GTK_WIDGET (session_row (group, position)),
                                                 SKUP_TYPE_SHEET_ROW, FALSE);

  g_assert_nonnull (row);
  return SKUP_SHEET_ROW (row);
}

/* The session's one combo row: its room. */
static AdwComboRow *
room_row (SkupChildGroup *group,
          guint           position)
{
  GtkWidget *row = skup_ui_test_find_descendant (GTK_WIDGET (session_row (group, position)),
                                                 ADW_TYPE_COMBO_ROW, FALSE);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_IMAGE (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

typedef struct {
  SkupChildGroup *group;
  guint           position;
  const char     *first_room;
} ChoicesWait;

/* The room row of the session at @position, once built again, offers @first_room first. */
static gboolean
room_row_has_choices (gpointer data)
{
  ChoicesWait *wait = data;
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (skup_child_group_get_list (wait->group),
                                                      (int) wait->position);
  GtkWidget *combo = row ? skup_ui_test_find_descendant (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW,
                                                         FALSE) : NULL;
  GListModel *choices = combo ? adw_combo_row_get_model (ADW_COMBO_ROW (combo)) : NULL;

  return choices != NULL && g_list_model_get_n_items (choices) > 1
         && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1),
                       wait->first_room) == 0;
}

static void
wait_for_room_choices (SkupChildGroup *group,
                       guint           position,
                       const char     *first_room)
{
  ChoicesWait wait = { group, position, first_room };

  skup_ui_test_wait_until (room_row_has_choices, &wait, "the room row offered other rooms");
  g_assert_true (room_row_has_choices (&wait));
}

static gboolean
row_is_idle (gpointer data)
{
  return !skup_sheet_row_get_busy (data);
}

static SkupSheetInfo *
stored_info (Fixture *f,
             gint64   session_id)
{
  g_autoptr(GError) error = NULL;
  SkupSheetInfo *info = skup_store_dup_sheet_info (f->store, session_id, &error);

  g_assert_no_error (error);
  return info;
}

/* Waits until the group was built again after a change to the register: the closed
 * session's summary, read from the register, says whether it has a sheet. */
typedef struct {
  SkupChildGroup *group;
  guint           position;
  gboolean        has_sheet;
} SheetWait;

static gboolean
summary_says_sheet (gpointer data)
{
  SheetWait *wait = data;
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (skup_child_group_get_list (wait->group),
                                                      (int) wait->position);
  const char *subtitle = ADW_IS_EXPANDER_ROW (row)
                         ? adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)) : NULL;

  return subtitle != NULL
         && (strstr (subtitle, "signed sheet attached") != NULL) == wait->has_sheet;
}

static void
wait_for_summary (SkupChildGroup *group,
                  guint           position,
                  gboolean        has_sheet)
{
  SheetWait wait = { group, position, has_sheet };

  skup_ui_test_wait_until (summary_says_sheet, &wait, "the sessions were shown again");
  g_assert_true (summary_says_sheet (&wait));
}

static void
attach_through_row (SkupSheetRow *row,
                    const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  skup_sheet_row_attach_file (row, file);
  g_assert_true (skup_sheet_row_get_busy (row));
  skup_ui_test_wait_until (row_is_idle, row, "the file was read");
}

/* Tests *******************************************************************/

/* A scan attached through the chooser's path shows at once: what it is, in the row, and in
 * the closed session's summary; the session stays open and the row keeps the focus. */
static void
test_attach_shows (Fixture       *f,
                   gconstpointer  data)
{
  gint64 venue_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "OPENS", "Novi Sad");
  gint64 event_id = add_event (f, venue_id);
  gint64 session_id = session_at (f, event_id, 0);
  g_autofree char *pdf = write_scan_pdf (f, "Lista prisustva, dan 1.pdf");
  g_autoptr(GBytes) bytes = read_file (pdf);
  g_autoptr(SkupSheetInfo) info = NULL;
  g_autofree char *user = skup_store_dup_user_name (f->store);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupChildGroup *sessions = open_sessions (window, event_id);
  AdwExpanderRow *expander = session_row (sessions, 0);
  SkupSheetRow *row;
  GtkWidget *icon;
  const char *subtitle;

  adw_expander_row_set_expanded (expander, TRUE);
  row = sheet_row (sessions, 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "None attached"));
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (row), "sheet.attach"));
  g_assert_null (strstr (adw_expander_row_get_subtitle (expander), "signed sheet"));

  gtk_widget_grab_focus (GTK_WIDGET (row));
  attach_through_row (row, pdf);
  g_assert_null (skup_sheet_row_get_error (row));
  info = stored_info (f, session_id);
  g_assert_nonnull (info);
  g_assert_cmpstr (info->file_name, ==, "Lista prisustva, dan 1.pdf");
  g_assert_cmpstr (info->mime_type, ==, "application/pdf");
  g_assert_cmpint (info->size, ==, (gint64) g_bytes_get_size (bytes));

  /* The group is built again from the register; what the user sees says what is kept. */
  wait_for_summary (sessions, 0, TRUE);
  g_assert_true (expander != session_row (sessions, 0));
  expander = session_row (sessions, 0);
  row = sheet_row (sessions, 0);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_test_message ("%s", subtitle);
  g_assert_true (g_str_has_prefix (subtitle, "Lista prisustva, dan 1.pdf · PDF · "));
  g_assert_nonnull (strstr (subtitle, " · attached "));
  g_assert_nonnull (strstr (subtitle, user));
  g_assert_true (adw_expander_row_get_expanded (expander));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (expander), "signed sheet attached"));
  icon = skup_ui_test_find_widget (GTK_WIDGET (expander), has_tooltip, "Signed sheet attached");
  g_assert_nonnull (icon);
  g_assert_true (gtk_widget_get_mapped (icon));
  /* The other session has none. */
  g_assert_null (strstr (adw_expander_row_get_subtitle (session_row (sessions, 1)),
                         "signed sheet"));
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (row), "sheet.view"));
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (row), "sheet.export"));
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (row), "sheet.remove"));
  skup_ui_test_save_screenshot (GTK_WIDGET (sessions), "sheets-attached");
}

/* A file that is not a scan is refused by the register, and the row says why. */
static void
test_text_refused (Fixture       *f,
                   gconstpointer  data)
{
  gint64 event_id = add_event (f, 0);
  gint64 session_id = session_at (f, event_id, 0);
  g_autofree char *text = write_text (f, "lista.pdf");
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupChildGroup *sessions = open_sessions (window, event_id);
  SkupSheetRow *row;
  const char *subtitle;

  adw_expander_row_set_expanded (session_row (sessions, 0), TRUE);
  row = sheet_row (sessions, 0);
  attach_through_row (row, text);
  g_assert_nonnull (skup_sheet_row_get_error (row));
  g_assert_nonnull (strstr (skup_sheet_row_get_error (row), "PDF, PNG, JPEG or TIFF"));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_cmpstr (subtitle, ==, skup_sheet_row_get_error (row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_null (stored_info (f, session_id));
  skup_ui_test_save_screenshot (GTK_WIDGET (sessions), "sheets-refused");

  /* The next good file clears the message. */
  {
    g_autofree char *pdf = write_scan_pdf (f, "dan1.pdf");
    g_autoptr(SkupSheetInfo) info = NULL;

    attach_through_row (row, pdf);
    g_assert_null (skup_sheet_row_get_error (row));
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
    info = stored_info (f, session_id);
    g_assert_nonnull (info);
  }
}

/* The room of a session is one of the venue's, or none, written when chosen. */
static void
test_room_saved (Fixture       *f,
                 gconstpointer  data)
{
  gint64 venue_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "Palata Srbije",
                                            "Beograd");
  gint64 sala_1 = add_room (f, venue_id, "Sala 1");
  gint64 sala_2 = add_room (f, venue_id, "Sala 2");
  gint64 event_id = add_event (f, venue_id);
  gint64 session_id = session_at (f, event_id, 1);
  gint64 other_event = add_event (f, 0);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupChildGroup *sessions = open_sessions (window, event_id);
  g_autoptr(SkupRecord) saved = NULL;
  AdwComboRow *combo;
  GListModel *choices;

  adw_expander_row_set_expanded (session_row (sessions, 1), TRUE);
  combo = room_row (sessions, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (combo)), ==, "Room");
  choices = adw_combo_row_get_model (combo);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "No room");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 2), ==, "Sala 2");
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 0);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (combo)));

  adw_combo_row_set_selected (combo, 2);
  saved = skup_store_load (f->store, SKUP_TYPE_SESSION, session_id, NULL);
  g_assert_cmpint (skup_record_get_int (saved, "room-id"), ==, sala_2);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (session_row (sessions, 1)),
                            "Sala 2"));
  skup_ui_test_save_screenshot (GTK_WIDGET (sessions), "sheets-room");

  adw_combo_row_set_selected (combo, 1);
  g_clear_object (&saved);
  saved = skup_store_load (f->store, SKUP_TYPE_SESSION, session_id, NULL);
  g_assert_cmpint (skup_record_get_int (saved, "room-id"), ==, sala_1);
  adw_combo_row_set_selected (combo, 0);
  g_clear_object (&saved);
  saved = skup_store_load (f->store, SKUP_TYPE_SESSION, session_id, NULL);
  g_assert_cmpint (skup_record_get_int (saved, "room-id"), ==, 0);
  g_assert_null (strstr (adw_expander_row_get_subtitle (session_row (sessions, 1)), "Sala"));

  /* Reopened, the page shows the room kept. */
  adw_combo_row_set_selected (combo, 2);
  sessions = open_sessions (window, other_event);
  adw_expander_row_set_expanded (session_row (sessions, 0), TRUE);
  combo = room_row (sessions, 0);
  /* An event without a venue has no rooms to offer, and says so. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (combo)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (combo)), "no venue"));
  sessions = open_sessions (window, event_id);
  adw_expander_row_set_expanded (session_row (sessions, 1), TRUE);
  g_assert_cmpuint (adw_combo_row_get_selected (room_row (sessions, 1)), ==, 2);

  /* The event moved to another venue (by this page or another organiser): its rooms are
   * offered, and the room the session had is still shown as its own until changed. */
  {
    gint64 klub = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "Klub poslanika",
                                          "Beograd");
    g_autoptr(SkupRecord) event = skup_store_load (f->store, SKUP_TYPE_EVENT, event_id, NULL);
    GListModel *moved;

    add_room (f, klub, "Mala sala");
    skup_record_set_int (event, "venue-id", klub);
    skup_ui_test_save (f->store, event);
    wait_for_room_choices (sessions, 1, "Mala sala");
    moved = adw_combo_row_get_model (room_row (sessions, 1));
    g_assert_cmpuint (g_list_model_get_n_items (moved), ==, 3);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (moved), 2), ==, "Sala 2");
    g_assert_cmpuint (adw_combo_row_get_selected (room_row (sessions, 1)), ==, 2);
  }
}

/* Removing the sheet asks first; Cancel keeps it. */
static void
test_remove_asks (Fixture       *f,
                  gconstpointer  data)
{
  gint64 event_id = add_event (f, 0);
  gint64 session_id = session_at (f, event_id, 0);
  g_autofree char *pdf = write_scan_pdf (f, "dan1.pdf");
  SkupWindow *window = NULL;
  SkupChildGroup *sessions;
  AdwMessageDialog *dialog;
  SkupSheetRow *row;

  attach_ok (f, session_id, pdf);
  window = skup_ui_test_open_window (f, 1280, 800);
  sessions = open_sessions (window, event_id);
  adw_expander_row_set_expanded (session_row (sessions, 0), TRUE);
  row = sheet_row (sessions, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "sheet.remove", NULL));
  dialog = wait_for_message_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove the Signed Sheet?");
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "sheets-remove");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr(SkupSheetInfo) kept = stored_info (f, session_id);
    g_assert_nonnull (kept);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "sheet.remove", NULL));
  dialog = wait_for_message_dialog (window);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (stored_info (f, session_id));
  wait_for_summary (sessions, 0, FALSE);
  row = sheet_row (sessions, 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "None attached"));
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (row), "sheet.attach"));
}

/* Export writes the very bytes kept; View opens a copy only the user can read. */
static void
test_export_and_view_copy (Fixture       *f,
                           gconstpointer  data)
{
  gint64 event_id = add_event (f, 0);
  gint64 session_id = session_at (f, event_id, 1);
  g_autofree char *pdf = write_scan_pdf (f, "Lista, dan 2.pdf");
  g_autofree char *out = g_build_filename (f->tmpdir, "izvoz.pdf", NULL);
  g_autoptr(GFile) out_file = g_file_new_for_path (out);
  g_autoptr(GBytes) bytes = read_file (pdf);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) copy_dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *copy_dir_path = NULL;
  g_autofree char *copy_name = NULL;
  SkupWindow *window = NULL;
  SkupChildGroup *sessions;
  SkupSheetRow *row;
  GStatBuf st;

  attach_ok (f, session_id, pdf);
  window = skup_ui_test_open_window (f, 1280, 800);
  sessions = open_sessions (window, event_id);
  row = sheet_row (sessions, 1);

  skup_sheet_row_export_to_file (row, out_file);
  skup_ui_test_wait_until (row_is_idle, row, "the sheet was written");
  g_assert_null (skup_sheet_row_get_error (row));
  written = read_file (out);
  g_assert_true (g_bytes_equal (written, bytes));
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  copy = _skup_sheet_row_write_view_copy (row, &error);
  g_assert_no_error (error);
  copy_path = g_file_get_path (copy);
  copy_name = g_file_get_basename (copy);
  g_assert_cmpstr (copy_name, ==, "Lista, dan 2.pdf");
  g_assert_true (g_str_has_prefix (copy_path, g_get_user_runtime_dir ()));
  g_clear_pointer (&written, g_bytes_unref);
  written = read_file (copy_path);
  g_assert_true (g_bytes_equal (written, bytes));
  g_assert_cmpint (g_stat (copy_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  copy_dir = g_file_get_parent (copy);
  copy_dir_path = g_file_get_path (copy_dir);
  g_assert_cmpint (g_stat (copy_dir_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* A session with attendance and a signed sheet: the window says both go, and Undo keeps
 * them; without Undo they go for good. */
static void
test_delete_says_sheet_undo (Fixture       *f,
                             gconstpointer  data)
{
  gint64 venue_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "OPENS", "Novi Sad");
  gint64 event_id = add_event (f, venue_id);
  gint64 session_id = session_at (f, event_id, 0);
  gint64 person_id = skup_ui_test_add_person (f->store, "Irena", "Molnar");
  g_autofree char *pdf = write_scan_pdf (f, "dan1.pdf");
  g_autoptr(GError) error = NULL;
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupChildGroup *sessions;
  AdwMessageDialog *dialog;
  GtkWidget *remove;
  GtkWidget *undo;
  gint64 registration_id = 0;

  g_assert_true (skup_store_register (f->store, event_id, person_id, NULL, NULL,
                                      &registration_id, &error));
  g_assert_no_error (error);
  g_assert_true (skup_store_set_attendance (f->store, registration_id, session_id, "present",
                                            NULL, &error));
  g_assert_no_error (error);
  attach_ok (f, session_id, pdf);

  sessions = open_sessions (window, event_id);
  g_assert_cmpuint (skup_child_group_get_count (sessions), ==, 2);
  remove = skup_ui_test_find_actionable (GTK_WIDGET (session_row (sessions, 0)), "group.remove");
  g_assert_nonnull (remove);
  gtk_widget_activate (remove);
  dialog = wait_for_message_dialog (window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "attendance record"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "Also removes the signed sign-in sheet attached to it."));
  skup_ui_test_save_screenshot (GTK_WIDGET (dialog), "sheets-delete-session");
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  /* Nothing is deleted while Undo is offered. */
  g_assert_nonnull (skup_window_get_undo_toast (window));
  g_assert_true (session_exists (f, session_id));
  undo = skup_ui_test_find_widget (GTK_WIDGET (window), is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  /* A button activated from the keyboard clicks after it has shown itself pressed. */
  gtk_widget_activate (undo);
  skup_ui_test_wait_until (has_no_undo, window, "Undo was clicked");
  g_assert_null (skup_window_get_undo_toast (window));

  /* Undo keeps the session, its attendance and its sheet: deleting it would still take both. */
  g_assert_true (session_exists (f, session_id));
  {
    g_autoptr(SkupSheetInfo) kept = stored_info (f, session_id);
    g_autoptr(SkupRecord) session = skup_store_load (f->store, SKUP_TYPE_SESSION, session_id,
                                                     NULL);
    g_autoptr(GPtrArray) plan = skup_store_plan_delete (f->store, session, &error);

    g_assert_no_error (error);
    g_assert_nonnull (kept);
    g_assert_cmpuint (plan->len, ==, 2);
  }
  g_assert_cmpuint (skup_child_group_get_count (sessions), ==, 2);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (session_row (sessions, 0)),
                            "signed sheet attached"));

  /* Without Undo, both go when the toast does. */
  remove = skup_ui_test_find_actionable (GTK_WIDGET (session_row (sessions, 0)), "group.remove");
  gtk_widget_activate (remove);
  dialog = wait_for_message_dialog (window);
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  adw_toast_dismiss (skup_window_get_undo_toast (window));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (session_exists (f, session_id));
  g_assert_null (stored_info (f, session_id));
  wait_for_group_count (sessions, 1);
}

/* A phone's width, in every language: the sessions with their room and sheet rows fit, the
 * attached sheet's buttons as well as Attach. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  static const struct { const char *name; const char *locale; const char *attach; } languages[] = {
    { "en", "C.UTF-8", "_Attach…" },
    { "sr", "sr_RS.UTF-8", "_Приложи…" },
    { "sr-latin", "sr_RS.UTF-8@latin", "_Priloži…" },
  };
  gint64 venue_id = skup_ui_test_add_named (f->store, SKUP_TYPE_VENUE, "OPENS", "Novi Sad");
  gint64 event_id = 0;
  g_autofree char *pdf = write_scan_pdf (f, "Lista prisustva, dan 1.pdf");

  add_room (f, venue_id, "Velika sala");
  event_id = add_event (f, venue_id);
  attach_ok (f, session_at (f, event_id, 0), pdf);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = g_strdup_printf ("sheets-narrow-%s", languages[i].name);
      SkupWindow *window;
      SkupChildGroup *sessions;
      int minimum = 0;

      skup_ui_test_use_language (languages[i].locale);
      window = skup_ui_test_open_window (f, 360, 640);
      sessions = open_sessions (window, event_id);
      adw_expander_row_set_expanded (session_row (sessions, 0), TRUE);
      adw_expander_row_set_expanded (session_row (sessions, 1), TRUE);
      skup_ui_test_wait_for_frames (GTK_WIDGET (window));
      g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (sessions), is_button_labelled,
                                                  languages[i].attach));
      gtk_widget_measure (GTK_WIDGET (sessions), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                          NULL, NULL, NULL);
      g_test_message ("%s: the sessions need %d px", languages[i].name, minimum);
      g_assert_cmpint (minimum, <=, gtk_widget_get_width (GTK_WIDGET (sessions)));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
      _skup_gui_scroll_into_view (GTK_WIDGET (room_row (sessions, 0)),
                                  GTK_WIDGET (sheet_row (sessions, 0)));
      skup_ui_test_save_screenshot (GTK_WIDGET (window), name);
      _skup_gui_scroll_into_view (GTK_WIDGET (room_row (sessions, 1)),
                                  GTK_WIDGET (sheet_row (sessions, 1)));
      g_free (name);
      name = g_strdup_printf ("sheets-narrow-%s-none", languages[i].name);
      skup_ui_test_save_screenshot (GTK_WIDGET (window), name);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *runtime_dir = g_dir_make_tmp ("skup-test-sheets-run-XXXXXX", NULL);
  int status;

  /* View writes its copies under the runtime folder: a private one, not the developer's. */
  g_assert_nonnull (runtime_dir);
  g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);
  skup_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/skup/ui/sheets/" path, Fixture, "skup-test-sheets-XXXXXX", \
              fixture_setup, func, skup_ui_test_fixture_teardown)

  ADD ("attach-shows", test_attach_shows);
  ADD ("text-refused", test_text_refused);
  ADD ("room-saved", test_room_saved);
  ADD ("remove-asks", test_remove_asks);
  ADD ("export-and-view-copy", test_export_and_view_copy);
  ADD ("delete-says-sheet-undo", test_delete_says_sheet_undo);
  ADD ("narrow", test_narrow);

#undef ADD

  status = g_test_run ();
  skup_ui_test_remove_tree (runtime_dir);
  return status;
}
