/* test-cli-export.c — `skup export attendance`: the attendance list from the command line
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in test-cli-sheet.c: the command line runs in-process through skup_cli_run_captured(),
 * on a fresh register of each engine. The register: a two-day workshop (a session a day)
 * of a project, Ana present both days, Bojan present on the first and absent on the second;
 * and a one-day event in July outside the project, Ana present.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-session.h"
#include "skup-store.h"
#include "skup-test-engines.h"

typedef struct
{
  SkupTestEngine  engine;   /* first: the engines' fixture sets it up */
  char           *dir;
  char           *event;    /* the workshop's id, as typed */
  char           *project;
  GString        *out;
  GString        *err;
} Fixture;

static gint64
save (SkupStore  *store,
      SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_save (store, record, &error));
  g_assert_no_error (error);
  return skup_record_get_id (record);
}

static gint64
add_event (SkupStore  *store,
           gint64      project_id,
           const char *title,
           const char *start,
           const char *end)
{
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());

  skup_record_set_string (event, "title", title);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", start);
  skup_record_set_string (event, "end-date", end);
  if (project_id > 0)
    skup_record_set_int (event, "project-id", project_id);
  return save (store, event);
}

static gint64
add_person (SkupStore  *store,
            const char *given,
            const char *family)
{
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  return save (store, person);
}

static gint64
sessions_of (SkupStore *store,
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
attend (SkupStore  *store,
        gint64      event_id,
        gint64      person_id,
        const char *first,
        const char *second)
{
  g_autoptr(GError) error = NULL;
  gint64 registration = 0;

  g_assert_true (skup_store_register (store, event_id, person_id, NULL, NULL, &registration,
                                      &error));
  g_assert_true (skup_store_set_attendance (store, registration, sessions_of (store, event_id, 0),
                                            first, NULL, &error));
  if (second != NULL)
    g_assert_true (skup_store_set_attendance (store, registration,
                                              sessions_of (store, event_id, 1), second, NULL,
                                              &error));
  g_assert_no_error (error);
}

static void
make_register (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (f->engine.location, &error);
  g_autoptr(SkupRecord) project = SKUP_RECORD (skup_project_new ());
  gint64 workshop, july, ana, bojan;

  g_assert_no_error (error);
  skup_record_set_string (project, "name", "Zdravlje");
  f->project = g_strdup_printf ("%" G_GINT64_FORMAT, save (store, project));
  workshop = add_event (store, skup_record_get_id (project), "Radionica", "2026-05-20",
                        "2026-05-21");
  july = add_event (store, 0, "Jul", "2026-07-01", "2026-07-01");
  f->event = g_strdup_printf ("%" G_GINT64_FORMAT, workshop);
  ana = add_person (store, "Ana", "Antić");
  bojan = add_person (store, "Bojan", "Božić");
  attend (store, workshop, ana, "present", "present");
  attend (store, workshop, bojan, "present", "absent");
  attend (store, july, ana, "present", NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (f->engine.location);
  f->dir = g_dir_make_tmp ("skup-cli-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);
  make_register (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->event);
  g_free (f->project);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

/* Runs `skup --database LOCATION export attendance ARGS…` (NULL-terminated) in-process. */
static int
run_export (Fixture    *f,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, f->engine.location);
  g_ptr_array_add (args, (char *) "export");
  g_ptr_array_add (args, (char *) "attendance");
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_string_truncate (f->out, 0);
  g_string_truncate (f->err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, f->out, f->err);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* An event's list as CSV; the same for one session in Excel's dialect. */
static void
test_event_csv (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "list.csv", NULL);
  g_autofree char *day2 = g_build_filename (f->dir, "day-2.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *excel = NULL;

  g_assert_cmpint (run_export (f, "--event", f->event, "--format", "csv", "--output", path,
                               NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_true (g_str_has_suffix (f->out->str, "list.csv\n2 people, 2 sessions\n"));
  text = read_text (path);
  g_assert_cmpstr (text, ==,
                   "Name,Organisation,20.05.,21.05.,Attendance %\r\n"
                   "Ana Antić,,Present,Present,100\r\n"
                   "Bojan Božić,,Present,Absent,50\r\n");

  g_assert_cmpint (run_export (f, "--event", f->event, "--session", "2", "--format", "csv",
                               "--excel", "--columns", "name,sessions", "--script", "cyrillic",
                               "--output", day2, NULL), ==, 0);
  excel = read_text (day2);
  g_assert_cmpstr (excel, ==, "\xEF\xBB\xBFName;21.05.\r\nАна Антић;Present\r\n"
                              "Бојан Божић;Absent\r\n");
}

/* XLSX and PDF are written as such; a project and a range pick their events. */
static void
test_formats_and_scopes (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "list.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "list.pdf", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "range.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *zip = NULL;
  g_autofree char *head = NULL;

  g_assert_cmpint (run_export (f, "--project", f->project, "--format", "xlsx", "--output", xlsx,
                               NULL), ==, 0);
  g_assert_true (g_str_has_suffix (f->out->str, "2 people, 2 sessions\n"));
  zip = read_text (xlsx);
  g_assert_true (g_str_has_prefix (zip, "PK"));
  g_assert_cmpint (run_export (f, "--event", f->event, "--format", "pdf", "--paper", "letter",
                               "--landscape", "--output", pdf, NULL), ==, 0);
  head = read_text (pdf);
  g_assert_true (g_str_has_prefix (head, "%PDF"));

  g_assert_cmpint (run_export (f, "--from", "2026-05-21", "--to", "2026-07-31", "--format", "csv",
                               "--columns", "name,attendance", "--output", csv, NULL), ==, 0);
  g_assert_true (g_str_has_suffix (f->out->str, "2 people, 3 sessions\n"));
  text = read_text (csv);
  g_assert_cmpstr (text, ==, "Name,Attendance %\r\nAna Antić,100\r\nBojan Božić,50\r\n");
}

/* Each mistake named, status 2 and no file; a missing event is a failure (1). */
static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "x.csv", NULL);
  const struct { const char *args[7]; const char *says; } cases[] = {
    { { "--format", "csv", "--output", path }, "give one of “--event ID”" },
    { { "--event", f->event, "--project", f->project, "--format", "csv" }, "give one of" },
    { { "--event", f->event, "--format", "doc", "--output", path }, "“--format” takes csv" },
    { { "--event", f->event, "--format", "xlsx", "--excel", "--output", path }, "“--excel”" },
    { { "--event", f->event, "--format", "csv", "--columns", "name,colour" },
      "There is no column “colour”" },
    { { "--event", f->event, "--session", "0", "--format", "csv" }, "“--session” counts" },
    { { "--project", f->project, "--session", "1", "--format", "csv" }, "“--session” counts" },
    { { "--from", "2026-05-01", "--format", "csv", "--output", path }, "“--from” and “--to”" },
    { { "--event", f->event, "--format", "csv", "--script", "greek" }, "“--script” takes" },
    { { "--event", f->event, "--format", "pdf", "--paper", "a3" }, "“--paper” takes" },
    { { "--event", f->event, "--format", "csv" }, "“--output FILE”" },
    { { "--event", f->event, "--colour", "red" }, "--colour" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *const *a = cases[i].args;

      g_assert_cmpint (run_export (f, a[0], a[1], a[2], a[3], a[4], a[5], a[6], NULL), ==, 2);
      g_assert_nonnull (strstr (f->err->str, cases[i].says));
      g_assert_nonnull (strstr (f->err->str, "skup export attendance --help"));
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_export (f, "--event", "4242", "--format", "csv", "--output", path, NULL),
                   ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_export (f, "--event", f->event, "--session", "3", "--format", "csv",
                               "--output", path, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "There is no session 3"));
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_assert_cmpint (run_export (f, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "--format csv|xlsx|pdf"));
  g_assert_nonnull (strstr (f->out->str, "--excel"));
  g_assert_nonnull (strstr (f->out->str, "--from DATE --to DATE"));
}

#define ADD(name, func) \
  skup_test_engine_add ("/skup/cli-export", name, sizeof (Fixture), NULL, \
                        (GTestFixtureFunc) fixture_setup, (GTestFixtureFunc) func, \
                        (GTestFixtureFunc) fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Nothing here may reach the developer's own register. */
  g_unsetenv ("SKUP_DATABASE");

  ADD ("event-csv", test_event_csv);
  ADD ("formats-and-scopes", test_formats_and_scopes);
  ADD ("usage-errors", test_usage_errors);
  ADD ("help", test_help);

  return g_test_run ();
}
