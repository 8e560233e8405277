/* test-import.c — the Import People assistant, driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the assistant from the main window's action, loads a fixture file as the file
 * chooser's answer does (the chooser itself cannot be driven here), maps a column the guess
 * missed, chooses what to do with a duplicate, imports, and checks the register and the
 * report. Screenshots of every step go to SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "gui/import/skup-import-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* "Mejl" is not a header the guess knows: the user maps it. Line 3 is Ana again, line 4 has
 * no given name, line 5 is Ivan, who is in the register. */
static const char fixture_csv[] =
  "Ime,Prezime,Mejl,Organizacija\n"
  "Ana,Ilić,ana@example.org,Crveni krst\n"
  "Ana,Ilić,ana@example.org,Crveni krst\n"
  ",Bezimeni,bez@example.org,\n"
  "Ivan,Ivić,ivan@example.org,Udruženje Sunce\n";

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, "skup-test-import-XXXXXX");
}

static gboolean
is_import_window (gpointer data)
{
  return SKUP_IS_IMPORT_WINDOW (skup_ui_test_get_dialog (data));
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
find_row (GtkWidget  *window,
          const char *title)
{
  GtkWidget *row = skup_ui_test_find_widget (window, is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

static const char *
visible_page (GtkWidget *window)
{
  GtkStack *stack = GTK_STACK (skup_ui_test_find_descendant (window, GTK_TYPE_STACK, TRUE));

  return gtk_stack_get_visible_child_name (stack);
}

typedef struct { GtkWidget *window; const char *page; } PageWait;

static gboolean
shows_page (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (visible_page (wait->window), wait->page) == 0;
}

/* Next, and the page it leads to once the import (on its worker) has answered. */
static void
next_until (GtkWidget  *window,
            const char *page)
{
  PageWait wait = { window, page };

  g_assert_true (gtk_widget_activate_action (window, "import.next", NULL));
  skup_ui_test_wait_until (shows_page, &wait, page);
  skup_ui_test_wait_for_frames (window);
}

/* The item of @combo's model that reads @label. */
static void
select_label (AdwComboRow *combo,
              const char  *label)
{
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (combo, i);
        return;
      }
  g_assert_not_reached ();
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The report row @title shows @count. */
static void
assert_count (GtkWidget  *window,
              const char *title,
              const char *count)
{
  GtkWidget *row = find_row (window, title);

  g_assert_nonnull (skup_ui_test_find_widget (row, is_label_reading, count));
}

static GtkWidget *
open_assistant (Fixture *f)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-people", NULL));
  skup_ui_test_wait_until (is_import_window, window, "the assistant was shown");
  dialog = skup_ui_test_get_dialog (window);
  skup_ui_test_wait_for_frames (dialog);
  g_assert_cmpstr (visible_page (dialog), ==, "file");
  skup_ui_test_save_screenshot (dialog, "import-1-file");
  return dialog;
}

static void
load_fixture (Fixture   *f,
              GtkWidget *dialog)
{
  g_autofree char *path = g_build_filename (f->tmpdir, "polaznici.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, fixture_csv, -1, NULL));
  g_assert_true (skup_import_window_load_file (SKUP_IMPORT_WINDOW (dialog), file));
  skup_ui_test_wait_for_frames (dialog);
  g_assert_cmpstr (visible_page (dialog), ==, "mapping");
}

/* The whole way: file, columns with a preview, duplicates and problems, import, report. */
static void
test_assistant (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *dialog;
  g_autoptr(GListModel) people = NULL;
  AdwComboRow *mejl;

  skup_ui_test_add_person (f->store, "Ivan", "Ivić");
  dialog = open_assistant (f);
  load_fixture (f, dialog);

  /* the guess read the names and the organisation; the preview shows rows as they read */
  mejl = ADW_COMBO_ROW (find_row (dialog, "Mejl"));
  g_assert_cmpuint (adw_combo_row_get_selected (mejl), ==, 0);
  g_assert_nonnull (find_row (dialog, "Ana Ilić"));
  select_label (mejl, "Email");
  skup_ui_test_wait_for_frames (dialog);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (dialog, "Ana Ilić"))),
                   ==, "ana@example.org · Crveni krst");
  skup_ui_test_save_screenshot (dialog, "import-2-mapping");

  /* Next: a dry run finds line 3 (Ana again), line 5 (Ivan, in the register) and line 4 */
  next_until (dialog, "review");
  g_assert_nonnull (find_row (dialog, "Line 3: Ana Ilić"));
  g_assert_nonnull (find_row (dialog, "Line 4: Given name is required."));
  select_label (ADW_COMBO_ROW (find_row (dialog, "Line 5: Ivan Ivić")), "Update Existing");
  skup_ui_test_save_screenshot (dialog, "import-3-review");
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL), ==, 1);

  next_until (dialog, "report");
  assert_count (dialog, "Created", "1");
  assert_count (dialog, "Matched", "1");
  assert_count (dialog, "Updated", "1");
  assert_count (dialog, "Skipped", "1");
  assert_count (dialog, "Organisations created", "2");
  g_assert_nonnull (find_row (dialog, "Line 4: Given name is required."));
  skup_ui_test_save_screenshot (dialog, "import-4-report");

  /* in the register: Ana once, Ivan filled in with his email and organisation */
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL), ==, 2);
  people = skup_store_list (f->store, SKUP_TYPE_PERSON, NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SkupRecord) person = g_list_model_get_item (people, i);

      g_assert_nonnull (skup_record_get_string (person, "email"));
      g_assert_cmpint (skup_record_get_int (person, "organisation-id"), >, 0);
    }
  g_assert_true (gtk_widget_activate_action (dialog, "import.next", NULL));
}

/* The mapping chosen is offered again for the next file with the same headers. */
static void
test_mapping_remembered (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *dialog = open_assistant (f);

  load_fixture (f, dialog);
  select_label (ADW_COMBO_ROW (find_row (dialog, "Mejl")), "Email");
  next_until (dialog, "review");
  next_until (dialog, "report");
  gtk_window_close (GTK_WINDOW (dialog));

  dialog = open_assistant (f);
  load_fixture (f, dialog);
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (find_row (dialog, "Mejl")))),
                   ==, "Email");
}

/* Register For: everyone imported or matched is registered for the event chosen, as its
 * capacity allows. Ivan was registered before; the event seats two, so Ana takes the second
 * seat and the new Petar waits. */
static void
test_register_for_event (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary = { 0 };
  GtkWidget *dialog;
  gint64 ivan;
  gint64 event_id;

  skup_record_set_string (event, "title", "Harm Reduction in Practice");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2024-03-04");
  skup_record_set_string (event, "end-date", "2024-03-04");
  skup_record_set_int (event, "capacity", 2);
  event_id = skup_ui_test_save (f->store, event);
  ivan = skup_ui_test_add_person (f->store, "Ivan", "Ivić");
  g_assert_true (skup_store_register_people (f->store, event_id, &ivan, 1, "participant",
                                             &summary, &error));
  g_assert_no_error (error);
  skup_register_summary_clear (&summary);

  dialog = open_assistant (f);
  {
    g_autofree char *path = g_build_filename (f->tmpdir, "prijave.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (g_file_set_contents (path,
                                        "Ime,Prezime\nIvan,Ivić\nAna,Ilić\nPetar,Perić\n",
                                        -1, NULL));
    g_assert_true (skup_import_window_load_file (SKUP_IMPORT_WINDOW (dialog), file));
  }
  next_until (dialog, "review");
  /* nothing is registered until the import itself */
  select_label (ADW_COMBO_ROW (find_row (dialog, "Register For")), "Harm Reduction in Practice");
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_REGISTRATION, NULL, NULL), ==, 1);
  skup_ui_test_save_screenshot (dialog, "import-event");

  next_until (dialog, "report");
  assert_count (dialog, "Created", "2");
  assert_count (dialog, "Matched", "1");
  assert_count (dialog, "Registered for the event", "1");
  assert_count (dialog, "On the event’s waitlist", "1");
  assert_count (dialog, "Registered before", "1");
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_REGISTRATION, NULL, NULL), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/import/assistant", Fixture, NULL, fixture_setup, test_assistant,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/import/mapping-remembered", Fixture, NULL, fixture_setup,
              test_mapping_remembered, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/import/register-for-event", Fixture, NULL, fixture_setup,
              test_register_for_event, skup_ui_test_fixture_teardown);
  return g_test_run ();
}
