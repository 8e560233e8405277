/* test-cli-report.c — `skup report`: the donor report and the accredited-training report
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in test-cli-sheet.c: the command line runs in-process on a fresh register of each engine,
 * here the sample register of `skup demo`. Each format's file must hold what
 * skup_report_compute() says of the same register; each mistake in the options is named and
 * exits 2 before anything is written.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "reports/skup-report-csv.h"
#include "skup-test-engines.h"

typedef struct
{
  SkupTestEngine  engine;   /* first: the engines' fixture sets it up */
  char           *dir;
  GString        *out;
  GString        *err;
} Fixture;

static int
run_on (Fixture    *f,
        const char *first,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, f->engine.location);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_string_truncate (f->out, 0);
  g_string_truncate (f->err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, f->out, f->err);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (f->engine.location);
  f->dir = g_dir_make_tmp ("skup-cli-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);
  g_assert_cmpint (run_on (f, "demo", NULL), ==, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

static SkupReport *
compute_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (f->engine.location, &error);
  SkupReportScope scope = { SKUP_REPORT_SCOPE_ALL };
  SkupReport *report;

  g_assert_no_error (error);
  report = skup_report_compute (store, &scope, FALSE, &error);
  g_assert_no_error (error);
  return report;
}

static char *
spawn (const char *const *argv)
{
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
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "report.csv", NULL);
  g_autoptr(SkupReport) report = compute_all (f);
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;

  g_assert_cmpint (run_on (f, "report", "--all", "--format", "csv", "--output", path, NULL),
                   ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_true (g_str_has_prefix (f->out->str, "Wrote "));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, SKUP_REPORT_CSV_HEADER "\r\n"));
  g_assert_cmpint (report->unique_people, >, 0);
  line = g_strdup_printf ("Summary,People trained (unique people),%" G_GINT64_FORMAT ",\r\n",
                          report->unique_people);
  g_assert_nonnull (strstr (text, line));
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "report.xlsx", NULL);
  g_autoptr(SkupReport) report = compute_all (f);
  const char *script =
    "import sys, openpyxl\n"
    "ws = openpyxl.load_workbook(sys.argv[1])['Summary']\n"
    "for row in ws.iter_rows(values_only=True):\n"
    "  if row[0] == 'Person-days': print(row[1], type(row[1]).__name__)\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpint (run_on (f, "report", "--all", "--suppress-small", "--format", "xlsx", "-o",
                           path, NULL), ==, 0);
  out = spawn (argv);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " int\n", report->person_days);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *accredited = g_build_filename (f->dir, "accredited.pdf", NULL);
  const char *argv[] = { "pdftotext", path, "-", NULL };
  const char *argv2[] = { "pdftotext", accredited, "-", NULL };
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  g_assert_cmpint (run_on (f, "report", "--from", "2000-01-01", "--to", "2100-12-31",
                           "--format", "pdf", "--output", path, NULL), ==, 0);
  text = spawn (argv);
  g_assert_nonnull (strstr (text, "Events from 2000-01-01 to 2100-12-31"));
  g_assert_nonnull (strstr (text, "Page 1 of "));
  g_assert_cmpint (run_on (f, "report", "--event", "1", "--accredited", "--format", "PDF",
                           "--output", accredited, NULL), ==, 0);
  text2 = spawn (argv2);
  g_assert_nonnull (strstr (text2, "ACCREDITED TRAINING REPORT"));
}

static void
test_accredited_csv (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "accredited.csv", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (run_on (f, "report", "--event", "1", "--accredited", "--format", "csv",
                           "--output", path, NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "section,item,value,licence_number,role,met_rule,"
                                         "points\r\n"));
  g_assert_nonnull (strstr (text, "\r\nAccreditation,Decision number,"));
}

static void
assert_usage (Fixture    *f,
              int         status,
              const char *message)
{
  g_assert_cmpint (status, ==, 2);
  if (strstr (f->err->str, message) == NULL)
    g_error ("“%s” not in “%s”", message, f->err->str);
  g_assert_nonnull (strstr (f->err->str, "skup report --help"));
  g_assert_cmpstr (f->out->str, ==, "");
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "r.pdf", NULL);

  assert_usage (f, run_on (f, "report", "--format", "pdf", "-o", path, NULL), "choose one of");
  assert_usage (f, run_on (f, "report", "--all", "--event", "1", "--format", "pdf", "-o", path,
                           NULL), "choose one of");
  assert_usage (f, run_on (f, "report", "--from", "2024-01-01", "--format", "pdf", "-o", path,
                           NULL), "give both");
  assert_usage (f, run_on (f, "report", "--from", "2024-13-01", "--to", "2024-12-01",
                           "--format", "pdf", "-o", path, NULL), "YYYY-MM-DD");
  assert_usage (f, run_on (f, "report", "--from", "2024-12-02", "--to", "2024-12-01",
                           "--format", "pdf", "-o", path, NULL), "comes after");
  assert_usage (f, run_on (f, "report", "--all", "--accredited", "--format", "pdf", "-o", path,
                           NULL), "“--accredited” needs “--event ID”");
  assert_usage (f, run_on (f, "report", "--all", "--format", "docx", "-o", path, NULL),
                "no format “docx”");
  assert_usage (f, run_on (f, "report", "--all", "-o", path, NULL), "give the format");
  assert_usage (f, run_on (f, "report", "--all", "--format", "pdf", NULL), "--output FILE");
  assert_usage (f, run_on (f, "report", "--all", "--format", "pdf", "-o", path, "extra", NULL),
                "unexpected “extra”");
  assert_usage (f, run_on (f, "report", "--all", "--colour", NULL), "--colour");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* A well-formed request for an event that does not exist is a failure, not a typo. */
  g_assert_cmpint (run_on (f, "report", "--event", "999999", "--format", "pdf", "-o", path,
                           NULL), ==, 1);
  g_assert_cmpint (run_on (f, "report", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "--suppress-small"));
  g_assert_nonnull (strstr (f->out->str, "--accredited"));
}

#define ADD(name, func) \
  skup_test_engine_add ("/skup/cli-report", name, sizeof (Fixture), NULL, \
                        (GTestFixtureFunc) fixture_setup, (GTestFixtureFunc) func, \
                        (GTestFixtureFunc) fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Nothing here may reach the developer's own register. */
  g_unsetenv ("SKUP_DATABASE");

  ADD ("csv", test_csv);
  ADD ("xlsx", test_xlsx);
  ADD ("pdf", test_pdf);
  ADD ("accredited-csv", test_accredited_csv);
  ADD ("usage-errors", test_usage_errors);
  return g_test_run ();
}
