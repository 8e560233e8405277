/* test-searching.c — what a search lists first, and narrowing People to one organisation, on the
 * real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register holds organisations whose names and cities share word beginnings: "re gen"
 * matches Re Generation and Rebuild Geneva by their names alone, Red Cross by its name and its
 * city (Geneva), Reach by its name and its city (Genova).
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-application.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-list-page.h"
#include "gui/skup-organisation-filter.h"
#include "gui/skup-record-picker.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

static void
add_person (Fixture    *f,
            const char *given,
            const char *family,
            gint64      organisation_id)
{
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(GError) error = NULL;

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  skup_record_set_int (person, "organisation-id", organisation_id);
  g_assert_true (skup_store_save (f->store, person, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gint64 regeneration, red_cross;

  skup_ui_test_fixture_setup (f, "skup-test-searching-XXXXXX");
  red_cross = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Red Cross", "Geneva");
  regeneration = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Re Generation",
                                         "Beograd");
  skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Reach", "Genova");
  skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Rebuild Geneva", "Niš");
  skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Prevent", "Novi Sad");
  add_person (f, "Irena", "Molnar", regeneration);
  add_person (f, "Stefan", "Pejić", regeneration);
  add_person (f, "Boris", "Babić", red_cross);
  add_person (f, "Ana", "Antić", 0);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  return skup_ui_test_find_widget (widget, is_label_reading, text);
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  text)
{
  return gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static SkupListPage *
show_section (SkupWindow *window,
              const char *name)
{
  SkupListPage *page = skup_window_get_list_page (window, name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

/* The titles a list shows, in order, joined by "|". */
static char *
list_titles (GListModel *model)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (model, i);
      g_autofree char *title = skup_record_dup_title (record);

      g_string_append_printf (titles, "%s%s", i ? "|" : "", title);
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static GtkPopover *
pop_up (GtkMenuButton *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  gtk_menu_button_popup (button);
  skup_ui_test_wait_until (skup_ui_test_is_mapped, popover, "the popover was shown");
  skup_ui_test_wait_for_frames (GTK_WIDGET (popover));
  return popover;
}

/* Types @text into the picker and presses Enter, as a user picks the first match. */
static void
pick_first (SkupRecordPicker *picker,
            const char       *text)
{
  GtkWidget *entry =
    skup_ui_test_find_descendant (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY, TRUE);

  skup_record_picker_set_search_text (picker, text);
  g_signal_emit_by_name (entry, "activate");
  skup_ui_test_wait_for_frames (GTK_WIDGET (entry));
}

/* Tests *******************************************************************/

/* The Organisations list under a search shows the names that match every word first. */
static void
test_list_names_first (Fixture       *f,
                       gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "organisations");
  g_autofree char *titles = NULL;

  skup_list_page_set_search_text (page, "re gen");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  titles = list_titles (skup_list_page_get_model (page));
  g_assert_cmpstr (titles, ==, "Re Generation|Rebuild Geneva|Reach|Red Cross");
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Re Generation"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "search-names-first");
}

/* So does an organisation picker (a person's form uses the same widget). */
static void
test_picker_names_first (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *picker = skup_record_picker_new (f->store, SKUP_TYPE_ORGANISATION);
  g_autofree char *titles = NULL;

  gtk_popover_set_child (GTK_POPOVER (popover), picker);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  adw_window_set_content (ADW_WINDOW (window), button);
  skup_ui_test_present_window (GTK_WINDOW (window), 480, 480);
  pop_up (GTK_MENU_BUTTON (button));

  skup_record_picker_set_search_text (SKUP_RECORD_PICKER (picker), "re gen");
  skup_ui_test_wait_for_frames (popover);
  titles = list_titles (skup_record_picker_get_results (SKUP_RECORD_PICKER (picker)));
  g_assert_cmpstr (titles, ==, "Re Generation|Rebuild Geneva|Reach|Red Cross");
  g_assert_nonnull (find_label (popover, "Re Generation"));
  skup_ui_test_save_screenshot (popover, "search-picker-names-first");
}

static SkupOrganisationFilter *
get_filter (SkupListPage *page)
{
  return SKUP_ORGANISATION_FILTER (
    skup_ui_test_find_descendant (GTK_WIDGET (page), SKUP_TYPE_ORGANISATION_FILTER, FALSE));
}

/* People narrowed to one organisation through the header bar's button: the list says so in
 * a chip above the rows, searches within it, and the chip's button shows everyone again. */
static void
test_people_by_organisation (Fixture       *f,
                             gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupListPage *page = show_section (window, "people");
  SkupOrganisationFilter *filter = get_filter (page);
  GtkWidget *button;
  GtkPopover *popover;
  GtkWidget *remove;
  g_autofree char *filtered = NULL, *searched = NULL, *everyone = NULL;

  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, 4);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (filter)));
  /* The button sits beside the search entry (Ctrl+F). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  button = skup_ui_test_find_widget (GTK_WIDGET (page), has_tooltip, "Filter by Organisation");
  g_assert_true (GTK_IS_MENU_BUTTON (button));

  popover = pop_up (GTK_MENU_BUTTON (button));
  skup_ui_test_save_screenshot (GTK_WIDGET (popover), "search-organisation-filter-picker");
  pick_first (SKUP_RECORD_PICKER (
                skup_ui_test_find_descendant (GTK_WIDGET (popover), SKUP_TYPE_RECORD_PICKER,
                                              TRUE)), "re gen");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  filtered = list_titles (skup_list_page_get_model (page));
  g_assert_cmpstr (filtered, ==, "Irena Molnar|Stefan Pejić");
  g_assert_cmpstr (skup_list_page_get_count_text (page), ==, "2 people");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (filter)));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Organisation: Re Generation"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "search-people-by-organisation");

  /* A search looks among that organisation's people only. */
  skup_list_page_set_search_text (page, "s");
  searched = list_titles (skup_list_page_get_model (page));
  g_assert_cmpstr (searched, ==, "Stefan Pejić");
  skup_list_page_set_search_text (page, NULL);

  /* The chip's own button takes the filter off. */
  remove = skup_ui_test_find_widget (GTK_WIDGET (filter), has_tooltip, "Remove Filter");
  g_assert_true (GTK_IS_BUTTON (remove));
  g_signal_emit_by_name (remove, "clicked");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  everyone = list_titles (skup_list_page_get_model (page));
  g_assert_cmpstr (everyone, ==, "Ana Antić|Boris Babić|Irena Molnar|Stefan Pejić");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (filter)));
  g_assert_cmpint (skup_list_page_get_organisation_filter (page), ==, 0);
}

/* An organisation's page links to the People list narrowed to it; nobody there says so. */
static void
test_organisation_page_link (Fixture       *f,
                             gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  gint64 red_cross = skup_store_find_by_title (f->store, SKUP_TYPE_ORGANISATION, "Red Cross");
  gint64 prevent = skup_store_find_by_title (f->store, SKUP_TYPE_ORGANISATION, "Prevent");
  SkupListPage *page = NULL;
  GtkWidget *link;
  g_autofree char *titles = NULL;

  show_section (window, "organisations");
  skup_window_open_record (window, SKUP_TYPE_ORGANISATION, red_cross);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  link = skup_ui_test_find_actionable (GTK_WIDGET (skup_window_get_detail_page (window)),
                                       "win.show-organisation-people");
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_get_mapped (link));
  skup_ui_test_save_screenshot (gtk_widget_get_ancestor (link, ADW_TYPE_PREFERENCES_GROUP),
                                "search-organisation-page-people");
  g_signal_emit_by_name (link, "clicked");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_null (skup_window_get_detail_page (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, "people");
  page = skup_window_get_list_page (window, "people");
  titles = list_titles (skup_list_page_get_model (page));
  g_assert_cmpstr (titles, ==, "Boris Babić");
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Organisation: Red Cross"));

  /* Nobody from Prevent: the list says why it is empty, not that the register is. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-organisation-people", "x", prevent);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (skup_list_page_get_n_items (page), ==, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (page), "No Results"));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Organisation: Prevent"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "search-people-of-organisation-none");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

#define ADD(path, func) \
  g_test_add ("/skup/ui/searching/" path, Fixture, NULL, fixture_setup, func, \
              skup_ui_test_fixture_teardown)

  ADD ("list-names-first", test_list_names_first);
  ADD ("picker-names-first", test_picker_names_first);
  ADD ("people-by-organisation", test_people_by_organisation);
  ADD ("organisation-page-link", test_organisation_page_link);

#undef ADD

  return g_test_run ();
}
