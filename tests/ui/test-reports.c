/* test-reports.c — the Reports page on the sample register, driven on the real window
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page must show what skup_report_compute() says of the register: the headline figures
 * in its cards, a chart per breakdown whose accessible label reads out its rows, and the same
 * figures for one event once the scope changes; the suppression switch hides small counts;
 * reports.export-to (what the file chooser's answer runs) writes the PDF and the workbook.
 * The screenshot is the one in README.md.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "core/skup-core.h"
#include "core/reports/skup-report.h"
#include "gui/reports/skup-reports-page.h"
#include "skup-ui-test.h"

#define BELGRADE "Women, Violence, and the Use of Drugs — Belgrade"

typedef SkupUiTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  skup_ui_test_fixture_setup (f, "skup-test-reports-XXXXXX");
  skup_demo_fill_sample (f->store, &stats, &error);
  g_assert_no_error (error);
}

static void
fixture_setup_empty (Fixture       *f,
                                  gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, "skup-test-reports-XXXXXX");
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  GtkWidget *found = skup_ui_test_find_widget (widget, is_named, name);

  g_assert_nonnull (found);
  return found;
}

static const char *
figure_text (SkupReportsPage *page,
             const char      *name)
{
  return gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (page), name)));
}

static gboolean
is_ready (gpointer data)
{
  SkupReportsPage *page = data;

  return skup_reports_page_get_report (page) != NULL && !skup_reports_page_is_busy (page);
}

static void
wait_ready (SkupReportsPage *page)
{
  /* The wait only gives up after a while; the test must say that it did. */
  skup_ui_test_wait_until (is_ready, page, "the report");
  g_assert_true (is_ready (page));
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
}

static SkupReportsPage *
open_page (Fixture *f)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "reports"));
  page = skup_ui_test_find_descendant (GTK_WIDGET (window), SKUP_TYPE_REPORTS_PAGE, TRUE);
  g_assert_nonnull (page);
  wait_ready (SKUP_REPORTS_PAGE (page));
  return SKUP_REPORTS_PAGE (page);
}

static SkupReport *
compute (Fixture             *f,
         SkupReportScopeKind  kind,
         gint64               id,
         gboolean             suppress)
{
  g_autoptr(GError) error = NULL;
  SkupReportScope scope = { kind, id, "", "" };
  SkupReport *report = skup_report_compute (f->store, &scope, suppress, &error);

  g_assert_no_error (error);
  return report;
}

/* The cards say what the report says, as the report formats its counts. */
static void
assert_figures (SkupReportsPage *page,
                const SkupReport *expected)
{
  g_autofree char *events = g_strdup_printf ("%u", expected->events->len);
  g_autofree char *people = skup_report_format_count (expected, expected->unique_people);
  g_autofree char *days = skup_report_format_count (expected, expected->person_days);
  g_autofree char *trainers = skup_report_format_count (expected, expected->trainers);
  g_autofree char *hours = skup_report_has_hours (expected) ? g_strdup_printf ("%.1f",
                                                                             expected->hours)
                                                             : g_strdup ("—");

  g_assert_cmpstr (figure_text (page, "events"), ==, events);
  g_assert_cmpstr (figure_text (page, "unique-people"), ==, people);
  g_assert_cmpstr (figure_text (page, "person-days"), ==, days);
  g_assert_cmpstr (figure_text (page, "trainers"), ==, trainers);
  g_assert_cmpstr (figure_text (page, "hours"), ==, hours);
}

/* The chart's label reads out each row: "Gender: Female 146, Male 91". */
static void
assert_chart (SkupReportsPage  *page,
              const SkupReport *expected,
              const char       *id)
{
  const SkupReportBreakdown *breakdown = skup_report_get_breakdown (expected, id);
  GtkWidget *chart = find_named (GTK_WIDGET (page), id);
  const char *label = gtk_widget_get_tooltip_text (chart);

  g_assert_true (GTK_IS_DRAWING_AREA (chart));
  g_assert_true (gtk_widget_get_mapped (chart));
  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (label, breakdown->title));
  for (guint i = 0; i < breakdown->cells->len; i++)
    {
      const SkupReportCell *cell = g_ptr_array_index (breakdown->cells, i);
      g_autofree char *count = skup_report_format_count (expected, cell->count);
      g_autofree char *part = g_strdup_printf ("%s %s", cell->label, count);

      if (strstr (label, part) == NULL)
        g_error ("“%s” not in the chart's label “%s”", part, label);
    }
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  SkupReportsPage *page = open_page (f);
  g_autoptr(SkupReport) all = compute (f, SKUP_REPORT_SCOPE_ALL, 0, FALSE);
  g_autoptr(SkupReport) suppressed = NULL;

  g_assert_cmpint (all->unique_people, >, 100);
  assert_figures (page, all);
  assert_chart (page, all, "gender");
  assert_chart (page, all, "sector");
  skup_ui_test_save_screenshot (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page))), "reports");

  /* Suppression: the cities with one to four people read "<5" in the chart's label. */
  gtk_switch_set_active (GTK_SWITCH (skup_ui_test_find_descendant (GTK_WIDGET (page),
                                                                   GTK_TYPE_SWITCH, TRUE)),
                         TRUE);
  wait_ready (page);
  g_assert_true (skup_reports_page_get_report (page)->suppress_small);
  suppressed = compute (f, SKUP_REPORT_SCOPE_ALL, 0, TRUE);
  assert_figures (page, suppressed);
  assert_chart (page, suppressed, "city");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (find_named (GTK_WIDGET (page), "city")),
                            " <5"));
}

static guint
index_of_event (Fixture    *f,
                const char *title)
{
  g_autoptr(GError) error = NULL;
  SkupQuery query = { 0 };
  g_autoptr(GListModel) events = skup_store_list (f->store, SKUP_TYPE_EVENT, &query, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(SkupRecord) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (skup_record_get_string (event, "title"), title) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* One event, chosen as a user chooses it: the scope, then the event. */
static void
test_one_event (Fixture       *f,
                gconstpointer  data)
{
  SkupReportsPage *page = open_page (f);
  gint64 id = skup_store_find_by_title (f->store, SKUP_TYPE_EVENT, BELGRADE);
  g_autoptr(SkupReport) expected = compute (f, SKUP_REPORT_SCOPE_EVENT, id, FALSE);
  GtkDropDown *scope = GTK_DROP_DOWN (skup_ui_test_find_descendant (GTK_WIDGET (page),
                                                                    GTK_TYPE_DROP_DOWN, TRUE));
  GtkWidget *event;

  gtk_drop_down_set_selected (scope, 1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
  event = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (GTK_WIDGET (scope)));
  g_assert_true (GTK_IS_DROP_DOWN (event));
  g_assert_true (gtk_widget_get_mapped (event));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (event), index_of_event (f, BELGRADE));
  wait_ready (page);
  g_assert_cmpint (skup_reports_page_get_report (page)->scope.id, ==, id);
  g_assert_cmpuint (expected->events->len, ==, 1);
  assert_figures (page, expected);
  assert_chart (page, expected, "organisation");
}

/* Takes the times off @title's sessions and its credited hours: its hours become unknown. */
static void
forget_hours (Fixture    *f,
              const char *title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = skup_store_find_by_title (f->store, SKUP_TYPE_EVENT, title);
  SkupQuery query = { .filter_field = "event-id", .filter_value = id };
  g_autoptr(GListModel) sessions = skup_store_list (f->store, SKUP_TYPE_SESSION, &query, &error);
  g_autoptr(SkupRecord) event = skup_store_load (f->store, SKUP_TYPE_EVENT, id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);

      skup_record_set_string (session, "start-time", NULL);
      g_assert_true (skup_store_save (f->store, session, &error));
    }
  skup_record_set_real (event, "credited-hours", 0);
  g_assert_true (skup_store_save (f->store, event, &error));
  g_assert_no_error (error);
}

/* The sample register has hours of training; an event without session times or credited
 * hours is left out of the total and the page says so; on its own it shows "—", not 0. */
static void
test_hours (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkupReport) sample = compute (f, SKUP_REPORT_SCOPE_ALL, 0, FALSE);
  g_autoptr(SkupReport) all = NULL;
  SkupReportsPage *page;
  GtkDropDown *scope;
  GtkWidget *event;
  GtkWidget *note;

  g_assert_cmpfloat (sample->hours, >, 0);
  g_assert_cmpint (sample->hours_unknown, ==, 0);
  forget_hours (f, BELGRADE);
  all = compute (f, SKUP_REPORT_SCOPE_ALL, 0, FALSE);
  page = open_page (f);
  note = find_named (GTK_WIDGET (page), "hours-note");
  assert_figures (page, all);
  g_assert_cmpfloat (all->hours, <, sample->hours);
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, "hours not recorded for 1 event");
  skup_ui_test_save_screenshot (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page))),
                                "reports-hours-not-recorded");

  scope = GTK_DROP_DOWN (skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN,
                                                       TRUE));
  gtk_drop_down_set_selected (scope, 1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (page));
  event = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (GTK_WIDGET (scope)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (event), index_of_event (f, BELGRADE));
  wait_ready (page);
  g_assert_cmpstr (figure_text (page, "hours"), ==, "—");
  g_assert_true (gtk_widget_get_visible (note));
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  SkupReportsPage *page = open_page (f);
  g_autofree char *pdf = g_build_filename (f->tmpdir, "Donor report.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->tmpdir, "Donor report.xlsx", NULL);
  g_autofree char *text = NULL;
  g_autofree char *people = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             skup_reports_page_get_report (page)->unique_people);

  /* The buttons the user sees name the action the test hook stands in for. */
  g_assert_nonnull (skup_ui_test_find_actionable (GTK_WIDGET (page), "reports.export"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.export-to", "s", pdf));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.export-to", "s", xlsx));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "All events"));
  g_assert_nonnull (strstr (text, people));
  g_assert_nonnull (strstr (text, "Page 1 of "));
}

static gboolean
shows_people (gpointer data)
{
  const SkupReport *report = skup_reports_page_get_report (data);

  return report != NULL && report->unique_people > 0 && !skup_reports_page_is_busy (data)
         && skup_ui_test_find_descendant (data, ADW_TYPE_STATUS_PAGE, TRUE) == NULL;
}

/* An empty register says so; the sample data loaded from the window's menu (on a connection
 * of its own) replaces that with the report, without leaving the page. */
static void
test_follows_register (Fixture       *f,
                       gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  GtkWidget *page;
  GtkWidget *status;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  page = skup_ui_test_find_descendant (GTK_WIDGET (window), SKUP_TYPE_REPORTS_PAGE, TRUE);
  status = skup_ui_test_find_descendant (page, ADW_TYPE_STATUS_PAGE, TRUE);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "Nothing to Report Yet");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample-data", NULL));
  skup_ui_test_wait_until (shows_people, page, "the sample register's report");
  g_assert_true (shows_people (page));
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);
  g_test_add ("/skup/ui/reports/figures", Fixture, NULL, fixture_setup, test_figures,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/reports/one-event", Fixture, NULL, fixture_setup, test_one_event,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/reports/hours", Fixture, NULL, fixture_setup, test_hours,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/reports/export", Fixture, NULL, fixture_setup, test_export,
              skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/reports/follows-register", Fixture, NULL,
              fixture_setup_empty,
              test_follows_register, skup_ui_test_fixture_teardown);
  return g_test_run ();
}
