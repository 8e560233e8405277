/* test-dates.c — dates as the window writes them, in English, Serbian Cyrillic and Latin,
 * driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An event's days must read the same wherever they are shown (its row in the list, its own
 * page and sessions, a participant's history), in the language of the rest of the window, and a date field
 * must say that it wants a date. Each test runs in one language; screenshots go to
 * SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include "core/skup-core.h"
#include "gui/skup-date-row.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-list-page.h"
#include "gui/skup-record-form.h"
#include "gui/skup-sessions-group.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* What a user reading @locale sees, written out by hand rather than by the formatter. */
typedef struct {
  const char *name;       /* of the test and its screenshots */
  const char *locale;
  const char *one_day;    /* 2023-12-08 */
  const char *days;       /* 2023-11-28 to 2023-11-30 */
  const char *months;     /* 2023-11-28 to 2023-12-02 */
  const char *years;      /* 2023-12-30 to 2024-01-02 */
  const char *session;    /* the heading of the session on 2023-11-28 */
  const char *consent;    /* the title of the consent row */
  const char *date_hint;  /* what an empty date row asks for */
} Language;

static const Language english = {
  "english", "C.UTF-8",
  "8 December 2023", "28–30 November 2023", "28 November – 2 December 2023",
  "30 December 2023 – 2 January 2024", "Tuesday, 28 November 2023",
  "Consent given on", "Date, e.g. 20.05.2024.",
};

static const Language serbian = {
  "serbian", "sr_RS.UTF-8",
  "8. децембра 2023.", "28–30. новембра 2023.", "28. новембра – 2. децембра 2023.",
  "30. децембра 2023. – 2. јануара 2024.", "28. новембра 2023. (уторак)",
  "Датум давања сагласности", "Датум, нпр. 20. 5. 2024.",
};

static const Language serbian_latin = {
  "serbian-latin", "sr_RS.UTF-8@latin",
  "8. decembra 2023.", "28–30. novembra 2023.", "28. novembra – 2. decembra 2023.",
  "30. decembra 2023. – 2. januara 2024.", "28. novembra 2023. (utorak)",
  "Datum davanja saglasnosti", "Datum, npr. 20. 5. 2024.",
};

/* Helpers *****************************************************************/

/* A label the user can see with @text as one of its " · "-separated parts ("Workshop ·
 * 28–30 November 2023 · Planned"), so a date is found whole, not as part of another. */
static gboolean
is_label_with_part (GtkWidget     *widget,
                    gconstpointer  text)
{
  g_auto(GStrv) parts = NULL;

  if (!GTK_IS_LABEL (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  parts = g_strsplit (gtk_label_get_text (GTK_LABEL (widget)), " · ", -1);
  return g_strv_contains ((const char * const *) parts, text);
}

static void
assert_shows (GtkWidget  *widget,
              const char *text,
              const char *where)
{
  if (skup_ui_test_find_widget (widget, is_label_with_part, text) == NULL)
    g_error ("%s does not show “%s”", where, text);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gint64
add_event (Fixture    *f,
           const char *title,
           const char *start,
           const char *end)
{
  g_autoptr(SkupRecord) event = skup_record_new_for_type (SKUP_TYPE_EVENT);
  g_autoptr(GError) error = NULL;

  skup_record_set_string (event, "title", title);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "status", "held");
  skup_record_set_string (event, "start-date", start);
  skup_record_set_string (event, "end-date", end);
  g_assert_true (skup_store_save (f->store, event, &error));
  g_assert_no_error (error);
  return skup_record_get_id (event);
}

static gint64
add_participant (Fixture *f,
                 gint64   event_id)
{
  g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);
  g_autoptr(GError) error = NULL;

  skup_record_set_string (person, "given-name", "Irena");
  skup_record_set_string (person, "family-name", "Molnar");
  g_assert_true (skup_store_save (f->store, person, &error));
  g_assert_true (skup_store_register (f->store, event_id, skup_record_get_id (person),
                                      "participant", "confirmed", NULL, &error));
  g_assert_no_error (error);
  return skup_record_get_id (person);
}

static SkupListPage *
show_section (SkupWindow *window,
              const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  return skup_window_get_list_page (window, name);
}

static guint
position_of (SkupListPage *page,
             gint64        id)
{
  GListModel *model = skup_list_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (SKUP_IS_RECORD (item) && skup_record_get_id (SKUP_RECORD (item)) == id)
        return i;
    }
  g_error ("event %" G_GINT64_FORMAT " is not listed", id);
}

/* Opens the event's page as a user does, by activating its row in the list. */
static SkupDetailPage *
activate_event_row (SkupWindow   *window,
                    SkupListPage *page,
                    gint64        id)
{
  GtkWidget *view = skup_ui_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW, TRUE);
  SkupDetailPage *detail;

  g_assert_nonnull (view);
  g_signal_emit_by_name (view, "activate", position_of (page, id));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (detail)));
  g_assert_cmpint (skup_detail_page_get_record_id (detail), ==, id);
  return detail;
}

static void
close_page (SkupWindow     *window,
            SkupDetailPage *detail)
{
  g_signal_emit_by_name (detail, "close-requested");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_null (skup_window_get_detail_page (window));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const Language *language = data;

  skup_ui_test_use_language (language->locale);
  skup_ui_test_fixture_setup (f, "skup-test-dates-XXXXXX");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_ui_test_fixture_teardown (f, data);
  skup_ui_test_use_language ("C.UTF-8");
}

/* Tests *******************************************************************/

/* Each event's days read the same in its list row and on its page, and a participant's
 * history gives the event's days as the event does. */
static void
test_same_dates (Fixture       *f,
                 gconstpointer  data)
{
  const Language *language = data;
  const struct {
    const char *title;
    const char *start;
    const char *end;
    const char *expected;
  } events[] = {
    { "Eliminate Violence Against Women Who Use Drugs", "2023-12-08", "2023-12-08",
      language->one_day },
    { "Training on Quality Assurance", "2023-11-28", "2023-11-30", language->days },
    { "Women, Violence, and the Use of Drugs", "2023-11-28", "2023-12-02", language->months },
    { "New Year Outreach", "2023-12-30", "2024-01-02", language->years },
  };
  gint64 ids[G_N_ELEMENTS (events)];
  gint64 person_id;
  SkupWindow *window;
  SkupListPage *page;
  SkupDetailPage *detail;
  g_autofree char *shot = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (events); i++)
    ids[i] = add_event (f, events[i].title, events[i].start, events[i].end);
  person_id = add_participant (f, ids[2]);

  window = skup_ui_test_open_window (f, 1280, 800);
  page = show_section (window, "events");
  g_assert_nonnull (page);
  shot = g_strdup_printf ("dates-list-%s", language->name);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), shot);

  for (gsize i = 0; i < G_N_ELEMENTS (events); i++)
    {
      assert_shows (GTK_WIDGET (page), events[i].expected, "The events list");
      detail = activate_event_row (window, page, ids[i]);
      assert_shows (GTK_WIDGET (detail), events[i].expected, "The event's page");
      if (i == 1)
        {
          /* Its sessions, one a day, are headed by their dates written the same way. */
          assert_shows (GTK_WIDGET (detail), language->session, "The event's session list");
          g_free (shot);
          shot = g_strdup_printf ("dates-sessions-%s", language->name);
          skup_ui_test_save_screenshot (
            skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_SESSIONS_GROUP, TRUE),
            shot);
          g_free (shot);
          shot = g_strdup_printf ("dates-event-%s", language->name);
          skup_ui_test_save_screenshot (GTK_WIDGET (window), shot);
        }
      close_page (window, detail);
    }

  skup_window_open_record (window, SKUP_TYPE_PERSON, person_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  assert_shows (GTK_WIDGET (detail), language->months, "The person's history");
}

/* The consent row says it is the date consent was given, and every date row says it wants a
 * date and how to write one, in the same words. */
static void
test_date_rows (Fixture       *f,
                gconstpointer  data)
{
  const Language *language = data;
  static const struct {
    const char *section;
    const char *fields[3];
  } forms[] = {
    { "people", { "consent-date" } },
    { "events", { "start-date", "end-date" } },
    { "projects", { "start-date", "end-date" } },
  };
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  g_autofree char *shot = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      SkupDetailPage *detail;
      GtkWidget *form;

      show_section (window, forms[i].section);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
      skup_ui_test_wait_for_frames (GTK_WIDGET (window));
      detail = skup_window_get_detail_page (window);
      g_assert_nonnull (detail);
      form = skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_RECORD_FORM, FALSE);

      for (guint j = 0; forms[i].fields[j] != NULL; j++)
        {
          GtkWidget *row = skup_record_form_get_row (SKUP_RECORD_FORM (form), forms[i].fields[j]);

          g_assert_true (SKUP_IS_DATE_ROW (row));
          if (g_str_equal (forms[i].fields[j], "consent-date"))
            {
              g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                               language->consent);
              gtk_widget_grab_focus (row);
              skup_ui_test_wait_for_frames (GTK_WIDGET (window));
              shot = g_strdup_printf ("dates-consent-%s", language->name);
              skup_ui_test_save_screenshot (GTK_WIDGET (window), shot);
            }
          /* Empty, the row says what it wants; with a date in it, the date says enough. */
          if (skup_ui_test_find_widget (row, is_label_reading, language->date_hint) == NULL)
            g_error ("The empty %s row does not say “%s”", forms[i].fields[j],
                     language->date_hint);
          skup_date_row_set_date (SKUP_DATE_ROW (row), "2023-11-28");
          skup_ui_test_wait_for_frames (GTK_WIDGET (window));
          g_assert_null (skup_ui_test_find_widget (row, is_label_reading, language->date_hint));
        }
      skup_detail_page_discard (detail);
      close_page (window, detail);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const Language *languages[] = { &english, &serbian, &serbian_latin };

  skup_ui_test_init (&argc, &argv);

  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *same = g_strdup_printf ("/skup/ui/dates/same-dates/%s",
                                               languages[i]->name);
      g_autofree char *rows = g_strdup_printf ("/skup/ui/dates/date-rows/%s",
                                               languages[i]->name);

      g_test_add (same, Fixture, languages[i], fixture_setup, test_same_dates,
                  fixture_teardown);
      g_test_add (rows, Fixture, languages[i], fixture_setup, test_date_rows, fixture_teardown);
    }

  return g_test_run ();
}
