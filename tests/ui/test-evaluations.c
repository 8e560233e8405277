/* test-evaluations.c — the Evaluations window: scores and forms typed from the keyboard
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is opened from an event's page as a user opens it, and scores and forms are
 * typed with real keys: xdotool sends them through the X server, so they reach the cells as
 * a user's do. What the keys did is read back from the register (skup_store_list_scores,
 * skup_store_list_forms). Screenshots go to SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "gui/evaluations/skup-evaluations-window.h"
#include "skup-store-evaluations.h"
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

/* Presses @keys (xdotool's names, separated by spaces) in the window with the keyboard focus,
 * and returns once GTK has handled them. */
static void
press_keys (const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, "xdotool");
  g_ptr_array_add (argv, "key");
  g_ptr_array_add (argv, "--delay");
  g_ptr_array_add (argv, "30");
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (argv, names[i]);
  g_ptr_array_add (argv, NULL);
  run_xdotool ((const char * const *) argv->pdata);

  /* The server has queued the events for us once a round trip comes back. */
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The register ************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_use_language ("C.UTF-8");
  skup_ui_test_fixture_setup (f, "skup-test-evaluations-XXXXXX");
}

/* A workshop whose test gives 20 points and passes at 12, for three participants, listed
 * Ilić, Kovač, Petrović. */
static gint64
add_workshop (Fixture *f)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary = { 0 };
  gint64 ids[3];
  gint64 event_id;

  skup_record_set_string (event, "title", "Harm Reduction in Practice");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2024-03-04");
  skup_record_set_string (event, "end-date", "2024-03-05");
  skup_record_set_int (event, "test-max-score", 20);
  skup_record_set_int (event, "test-pass-mark", 12);
  event_id = skup_ui_test_save (f->store, event);
  ids[0] = skup_ui_test_add_person (f->store, "Ana", "Kovač");
  ids[1] = skup_ui_test_add_person (f->store, "Bojan", "Ilić");
  ids[2] = skup_ui_test_add_person (f->store, "Milica", "Petrović");
  g_assert_true (skup_store_register_people (f->store, event_id, ids, 3, "participant",
                                             &summary, &error));
  g_assert_no_error (error);
  skup_register_summary_clear (&summary);
  return event_id;
}

/* The stored scores, "pre/post" a participant in the window's order, "-" when not entered. */
static char *
stored_scores (Fixture *f,
               gint64   event_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = skup_store_list_scores (f->store, event_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < scores->len; i++)
    {
      SkupScoreEntry *e = g_ptr_array_index (scores, i);

      g_string_append_printf (text, "%s%s ", i > 0 ? "|" : "", e->family_name);
      if (e->has_pre)
        g_string_append_printf (text, "%g/", e->pre);
      else
        g_string_append (text, "-/");
      if (e->has_post)
        g_string_append_printf (text, "%g", e->post);
      else
        g_string_append (text, "-");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_stored (Fixture    *f,
               gint64      event_id,
               const char *expected)
{
  g_autofree char *scores = stored_scores (f, event_id);

  g_assert_cmpstr (scores, ==, expected);
}

/* The stored forms, answers then comment, one a line. */
static char *
stored_forms (Fixture *f,
              gint64   event_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) forms = skup_store_list_forms (f->store, event_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < forms->len; i++)
    {
      SkupSatisfactionForm *form = g_ptr_array_index (forms, i);

      for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
        g_string_append_printf (text, "%d", form->answers[q]);
      g_string_append_printf (text, " %s\n", form->comment);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The window **************************************************************/

static gboolean
has_evaluations_window (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return SKUP_IS_EVALUATIONS_WINDOW (dialog) && gtk_widget_get_mapped (dialog)
         && gtk_window_is_active (GTK_WINDOW (dialog));
}

static GtkWidget *
cell_at (SkupEvaluationsWindow *window,
         guint                  row,
         SkupScoreColumn        column)
{
  g_autoptr(SkupScoreItem) item =
    g_list_model_get_item (skup_evaluations_window_get_scores (window), row);

  g_assert_nonnull (item);
  return skup_score_item_get_cell (item, column);
}

/* A widget, or (when NULL) the cell at @row and @column as the view has it now: the view may
 * show a participant in another row widget after a reload. */
typedef struct {
  SkupEvaluationsWindow *window;
  GtkWidget             *widget;
  guint                  row;
  SkupScoreColumn        column;
} FocusWait;

static gboolean
has_focus_in (gpointer data)
{
  FocusWait *wait = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (wait->window));
  GtkWidget *widget = wait->widget ? wait->widget
                                   : cell_at (wait->window, wait->row, wait->column);

  return widget != NULL && focus != NULL
         && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
assert_focus (SkupEvaluationsWindow *window,
              GtkWidget             *widget)
{
  FocusWait wait = { window, widget, 0, 0 };

  skup_ui_test_wait_until (has_focus_in, &wait, "the keyboard focus was where expected");
  g_assert_true (has_focus_in (&wait));
}

/* Waits for the cell to have the keyboard, and for the view to have settled: it still has it
 * after three more frames. */
static void
assert_focus_cell (SkupEvaluationsWindow *window,
                   guint                  row,
                   SkupScoreColumn        column)
{
  FocusWait wait = { window, NULL, row, column };

  skup_ui_test_wait_until (has_focus_in, &wait, "the keyboard focus was in the cell");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  skup_ui_test_wait_until (has_focus_in, &wait, "the keyboard focus stayed in the cell");
  g_assert_true (has_focus_in (&wait));
}

static void
assert_cell_text (SkupEvaluationsWindow *window,
                  guint                  row,
                  SkupScoreColumn        column,
                  const char            *expected)
{
  GtkWidget *cell = cell_at (window, row, column);

  g_assert_nonnull (cell);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, expected);
}

/* Opens Evaluations from the page of @event_id, as a user does, and waits until the first
 * score cell has the keyboard. */
static SkupEvaluationsWindow *
open_evaluations (SkupWindow *window,
                  gint64      event_id)
{
  SkupDetailPage *detail;
  SkupEvaluationsWindow *evaluations;

  skup_window_open_record (window, SKUP_TYPE_EVENT, event_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (detail), "event.evaluations"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "event.evaluations", NULL));
  skup_ui_test_wait_until (has_evaluations_window, window, "the evaluations window was shown");
  evaluations = SKUP_EVALUATIONS_WINDOW (skup_ui_test_get_dialog (window));
  skup_ui_test_present_window (GTK_WINDOW (evaluations), 900, 640);
  assert_focus_cell (evaluations, 0, SKUP_SCORE_PRE);
  return evaluations;
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
show_page (SkupEvaluationsWindow *window,
           const char            *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (skup_ui_test_find_descendant (GTK_WIDGET (window),
                                                                      ADW_TYPE_VIEW_STACK,
                                                                      FALSE));

  adw_view_stack_set_visible_child_name (stack, name);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
}

/* Tests *******************************************************************/

/* Scores typed cell after cell: Tab goes right, Enter down; a score above the most points,
 * a negative one and a word are refused at their cell and nothing stored changes; the
 * summary follows each score, and what was stored is there after reopening. */
static void
test_scores (Fixture       *f,
             gconstpointer  data)
{
  gint64 event_id = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupEvaluationsWindow *evaluations = open_evaluations (window, event_id);

  g_assert_cmpuint (g_list_model_get_n_items (skup_evaluations_window_get_scores (evaluations)),
                    ==, 3);
  press_keys ("8 Tab");
  assert_stored (f, event_id, "Ilić 8/-|Kovač -/-|Petrović -/-");
  assert_focus_cell (evaluations, 0, SKUP_SCORE_POST);
  press_keys ("1 5 comma 5 Return");
  assert_stored (f, event_id, "Ilić 8/15.5|Kovač -/-|Petrović -/-");
  assert_cell_text (evaluations, 0, SKUP_SCORE_POST, "15.5");
  assert_focus_cell (evaluations, 1, SKUP_SCORE_POST);

  /* Above the most points: refused, said, and the cell keeps the keyboard. */
  press_keys ("2 5 Return");
  g_assert_cmpstr (skup_evaluations_window_get_message (evaluations), ==,
                   "Ana Kovač: 25 is above the test’s 20 points");
  g_assert_true (gtk_widget_has_css_class (cell_at (evaluations, 1, SKUP_SCORE_POST), "error"));
  assert_stored (f, event_id, "Ilić 8/15.5|Kovač -/-|Petrović -/-");
  assert_focus_cell (evaluations, 1, SKUP_SCORE_POST);
  press_keys ("BackSpace BackSpace 1 1 Tab");
  assert_stored (f, event_id, "Ilić 8/15.5|Kovač -/11|Petrović -/-");
  g_assert_false (gtk_widget_has_css_class (cell_at (evaluations, 1, SKUP_SCORE_POST),
                                            "error"));
  assert_focus_cell (evaluations, 2, SKUP_SCORE_PRE);
  press_keys ("minus 3 Return");
  g_assert_cmpstr (skup_evaluations_window_get_message (evaluations), ==,
                   "Milica Petrović: A test score is never below 0.");
  press_keys ("BackSpace BackSpace 7 Return");
  assert_stored (f, event_id, "Ilić 8/15.5|Kovač -/11|Petrović 7/-");
  g_assert_cmpstr (skup_evaluations_window_get_summary (evaluations), ==,
                   "Pre-test 40.0 % · post-test 77.5 % · gain +7.5 points (+37.5 %), over 1 "
                   "participant with both tests\n"
                   "Passed: 1 of 2 with a post-test (50 %)");
  /* The picture shows the table and its summary, not the toast over them. */
  adw_toast_dismiss (skup_evaluations_window_get_toast (evaluations));
  skup_ui_test_save_screenshot (GTK_WIDGET (evaluations), "evaluations-scores");
  close_window (GTK_WINDOW (evaluations));

  /* Reopened: the stored scores are in their cells; a word over one changes nothing. */
  evaluations = open_evaluations (window, event_id);
  assert_cell_text (evaluations, 0, SKUP_SCORE_PRE, "8");
  assert_cell_text (evaluations, 0, SKUP_SCORE_POST, "15.5");
  assert_cell_text (evaluations, 1, SKUP_SCORE_POST, "11");
  assert_cell_text (evaluations, 2, SKUP_SCORE_PRE, "7");
  press_keys ("Tab a b c Return");
  g_assert_cmpstr (skup_evaluations_window_get_message (evaluations), ==,
                   "Bojan Ilić: “abc” is not a number");
  assert_stored (f, event_id, "Ilić 8/15.5|Kovač -/11|Petrović 7/-");
  /* Leaving the cell another way puts back what is stored. */
  gtk_widget_grab_focus (cell_at (evaluations, 2, SKUP_SCORE_POST));
  assert_cell_text (evaluations, 0, SKUP_SCORE_POST, "15.5");
  assert_stored (f, event_id, "Ilić 8/15.5|Kovač -/11|Petrović 7/-");
}

/* Forms typed from a stack of paper: a digit an answer (the focus moves on, 0 leaves one
 * blank, 9 is not on the scale), a comment, Enter; the list and averages follow, a form is
 * deleted and its Undo brings it back. */
static void
test_forms (Fixture       *f,
            gconstpointer  data)
{
  gint64 event_id = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupEvaluationsWindow *evaluations = open_evaluations (window, event_id);
  g_autofree char *forms = NULL;
  g_autofree char *averages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = NULL;

  show_page (evaluations, "forms");
  assert_focus (evaluations, skup_evaluations_window_get_answer (evaluations, 0));
  press_keys ("5 4 3 2 1 o k Return");
  assert_focus (evaluations, skup_evaluations_window_get_answer (evaluations, 0));
  press_keys ("4 0 5 9 5 4 Return");
  forms = stored_forms (f, event_id);
  g_assert_cmpstr (forms, ==, "54321 ok\n40554 \n");
  averages = skup_evaluations_window_dup_averages (evaluations);
  g_assert_cmpstr (averages, ==, "Overall: 4.50 (2 forms)\n"
                                 "Content: 4.00 (1 form)\n"
                                 "Trainers: 4.00 (2 forms)\n"
                                 "Organisation: 3.50 (2 forms)\n"
                                 "Usefulness: 2.50 (2 forms)");
  /* Enter on an empty row adds nothing. */
  press_keys ("Return");
  g_assert_cmpstr (skup_evaluations_window_get_message (evaluations), ==,
                   "Type at least one answer or a comment first.");
  adw_toast_dismiss (skup_evaluations_window_get_toast (evaluations));
  skup_ui_test_resize_window (GTK_WINDOW (evaluations), 900, 860);
  skup_ui_test_save_screenshot (GTK_WIDGET (evaluations), "evaluations-forms");

  stored = skup_store_list_forms (f->store, event_id, &error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (evaluations), "evaluations.delete-form",
                                             "x", ((SkupSatisfactionForm *) stored->pdata[0])->id));
  g_clear_pointer (&forms, g_free);
  forms = stored_forms (f, event_id);
  g_assert_cmpstr (forms, ==, "40554 \n");
  g_assert_cmpstr (skup_evaluations_window_get_message (evaluations), ==, "Form deleted");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (evaluations),
                                             "evaluations.undo-delete-form", NULL));
  g_clear_pointer (&forms, g_free);
  forms = stored_forms (f, event_id);
  g_assert_cmpstr (forms, ==, "40554 \n54321 ok\n");
}

/* Export and Import without the file chooser: the page shown says scores or forms; an
 * import with a bad row stores nothing and says which line. */
static void
test_import_export (Fixture       *f,
                    gconstpointer  data)
{
  gint64 event_id = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupEvaluationsWindow *evaluations = open_evaluations (window, event_id);
  g_autofree char *out = g_build_filename (f->tmpdir, "scores.csv", NULL);
  g_autofree char *in = g_build_filename (f->tmpdir, "in.csv", NULL);
  g_autofree char *bad = g_build_filename (f->tmpdir, "bad.csv", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (in, "Ime i prezime;Izlazni test\nBojan Ilić;14,5\n", -1,
                                      NULL));
  g_assert_true (g_file_set_contents (bad, "Name,Post-test\nBojan Ilić,3\nNiko Nikić,4\n", -1,
                                      NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (evaluations), "evaluations.import-from",
                                             "s", in));
  g_assert_cmpstr (skup_evaluations_window_get_message (evaluations), ==, "Imported 1 row");
  assert_stored (f, event_id, "Ilić -/14.5|Kovač -/-|Petrović -/-");
  assert_cell_text (evaluations, 0, SKUP_SCORE_POST, "14.5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (evaluations), "evaluations.import-from",
                                             "s", bad));
  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, evaluations,
                           "the refused rows were shown");
  g_assert_cmpstr (skup_evaluations_window_get_message (evaluations), ==,
                   "Line 3: “Niko Nikić” is not a participant of this event");
  assert_stored (f, event_id, "Ilić -/14.5|Kovač -/-|Petrović -/-");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (evaluations), "evaluations.export-to",
                                             "s", out));
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "\xEF\xBB\xBFName;Email;Pre-test;Post-test;Passed\r\n"
                             "Bojan Ilić;;;14,5;yes\r\n"
                             "Ana Kovač;;;;\r\n"
                             "Milica Petrović;;;;\r\n");
}

static gboolean
has_four_rows (gpointer window)
{
  return g_list_model_get_n_items (skup_evaluations_window_get_scores (window)) == 4;
}

/* Someone registered elsewhere while scores are typed: the row appears in its place, the
 * score being typed is stored, and the keyboard stays with the same participant. */
static void
test_follows_register (Fixture       *f,
                       gconstpointer  data)
{
  gint64 event_id = add_workshop (f);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupEvaluationsWindow *evaluations = open_evaluations (window, event_id);
  g_autoptr(GError) error = NULL;
  SkupRegisterSummary summary = { 0 };
  gint64 dejan;

  press_keys ("5");
  dejan = skup_ui_test_add_person (f->store, "Dejan", "Antić");
  g_assert_true (skup_store_register_people (f->store, event_id, &dejan, 1, "participant",
                                             &summary, &error));
  g_assert_no_error (error);
  skup_register_summary_clear (&summary);
  skup_ui_test_wait_until (has_four_rows, evaluations, "the new participant was listed");
  g_assert_true (has_four_rows (evaluations));
  assert_stored (f, event_id, "Antić -/-|Ilić 5/-|Kovač -/-|Petrović -/-");
  assert_focus_cell (evaluations, 1, SKUP_SCORE_PRE);
  assert_cell_text (evaluations, 1, SKUP_SCORE_PRE, "5");
  press_keys ("Tab 9 Return");
  assert_stored (f, event_id, "Antić -/-|Ilić 5/9|Kovač -/-|Petrović -/-");
}

static gboolean
is_section_named (GtkWidget     *widget,
                  gconstpointer  name)
{
  g_autofree char *section = NULL;

  if (!GTK_IS_SHORTCUTS_SECTION (widget))
    return FALSE;
  g_object_get (widget, "section-name", &section, NULL);
  return g_strcmp0 (section, name) == 0;
}

/* The keys of both pages are in the keyboard shortcuts window, in a section of their own. */
static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  GtkShortcutsWindow *help =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

  g_assert_nonnull (help);
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (help), is_section_named,
                                              "evaluations"));
  g_object_set (help, "section-name", "evaluations", NULL);
  gtk_window_present (GTK_WINDOW (help));
  skup_ui_test_wait_until (skup_ui_test_is_mapped, help, "the shortcuts window was shown");
  skup_ui_test_save_screenshot (GTK_WIDGET (help), "shortcuts-evaluations");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/evaluations/scores", Fixture, NULL, fixture_setup, test_scores,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/evaluations/forms", Fixture, NULL, fixture_setup, test_forms,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/evaluations/import-export", Fixture, NULL, fixture_setup,
              test_import_export, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/evaluations/follows-register", Fixture, NULL, fixture_setup,
              test_follows_register, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/evaluations/shortcuts", Fixture, NULL, fixture_setup, test_shortcuts,
              skup_ui_test_fixture_teardown);
  return g_test_run ();
}
