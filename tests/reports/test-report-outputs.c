/* test-report-outputs.c — the donor report's PDF, XLSX and CSV, read back as a donor would
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the hand-counted register of report-fixture.c (every event: 7 people trained, 10
 * person-days, female 4, male 3, organisation X 5, 10.5 hours …): openpyxl reads the workbook
 * (sheet names, values and their types), pdftotext the PDF, and the CSV is read as text. With
 * suppression on, female 4 and male 3 must show as "<5" in each and their shares vanish.
 */

#include <glib/gstdio.h>

#include "report-fixture.h"
#include "skup-report-csv.h"
#include "skup-report-output.h"

#define PREFIX "/skup/report-outputs"

static SkupReport *
report_of (Fixture  *f,
           gboolean  suppress)
{
  Register r = { f };
  g_autoptr(GError) error = NULL;

  build_register (f, &r);
  g_assert_true (skup_store_set_setting (f->store, SKUP_SETTING_ORGANISATION_NAME,
                                         "Kancelarija Test", &error));
  g_assert_no_error (error);
  return compute (f, SKUP_REPORT_SCOPE_ALL, 0, suppress);
}

static char *
write_report (Fixture          *f,
              const SkupReport *report,
              SkupReportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-report-XXXXXX", &error);
  g_autofree char *name = g_strconcat ("report.", skup_report_format_extension (format), NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_no_error (error);
  g_assert_true (skup_report_write (f->store, report, format, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* Each sheet as "name: value|type; …" per row, so a test can compare a line. */
static char *
read_xlsx (const char *path)
{
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "print('sheets', '|'.join(wb.sheetnames))\n"
    "for ws in wb:\n"
    "  for row in ws.iter_rows():\n"
    "    cells = [c for c in row if c.value is not None]\n"
    "    if cells:\n"
    "      print(ws.title + ':', '; '.join('%s|%s|%s' % (c.value, type(c.value).__name__,"
    " c.number_format) for c in cells))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };

  return run (argv);
}

static void
assert_has (const char *text,
            const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” not found in:\n%s", expected, text);
}

static void
assert_lacks (const char *text,
              const char *unexpected)
{
  if (strstr (text, unexpected) != NULL)
    g_error ("“%s” found in:\n%s", unexpected, text);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(SkupReport) report = report_of (f, FALSE);
  g_autofree char *path = write_report (f, report, SKUP_REPORT_FORMAT_CSV);
  g_autofree char *text = NULL;

  (void) data;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, SKUP_REPORT_CSV_HEADER "\r\n"));
  assert_has (text, "Scope,All events,,\r\n");
  assert_has (text, "Period,2024-03-04 – 2024-04-10,,\r\n");
  assert_has (text, "Office,Kancelarija Test,,\r\n");
  assert_has (text, "Summary,Events held,3,\r\n");
  assert_has (text, "Summary,People trained (unique people),7,\r\n");
  assert_has (text, "Summary,Person-days,10,\r\n");
  assert_has (text, "Summary,Hours of training,10.5,\r\n");
  assert_has (text, "Summary,Events with hours not recorded,1,\r\n");   /* event C */
  assert_has (text, "Knowledge gain,Reached the pass mark,1,\r\n");
  assert_has (text, "Summary,Trainers,1,\r\n");
  assert_has (text, "Satisfaction,Trainers,4.5,\r\n");
  assert_has (text, "Gender,Female,4,57.1\r\n");
  assert_has (text, "Gender,Male,3,42.9\r\n");
  assert_has (text, "Organisation,X,5,71.4\r\n");
  assert_has (text, "Events held,C (2024-04-10 – 2024-04-10),,\r\n");
  g_unlink (path);
}

static void
test_csv_suppressed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkupReport) report = report_of (f, TRUE);
  g_autoptr(SkupReportHeading) heading = skup_report_heading_new (f->store, report, NULL);
  g_autoptr(SkupCsvWriter) csv = skup_report_csv_new (report, heading, SKUP_CSV_RFC4180);
  g_autofree char *text = skup_csv_writer_steal_text (csv);

  (void) data;
  assert_has (text, "Gender,Female,<5,\r\n");
  assert_has (text, "Gender,Male,<5,\r\n");
  assert_has (text, "Organisation,X,5,71.4\r\n");
  assert_has (text, "Summary,People trained (unique people),7,\r\n");
  /* Three took both tests: too few to publish. Three events are not people: shown. */
  assert_has (text, "Knowledge gain,Took the pre- and post-test,<5,\r\n");
  assert_has (text, "Summary,Events held,3,\r\n");
  assert_lacks (text, ",4,57.1");
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SkupReport) report = report_of (f, FALSE);
  g_autofree char *path = write_report (f, report, SKUP_REPORT_FORMAT_XLSX);
  g_autofree char *text = read_xlsx (path);

  (void) data;
  assert_has (text, "sheets Summary|Gender|Sector|Organisation|City|Role|Events held\n");
  assert_has (text, "Summary: Donor report|str|General\n");
  assert_has (text, "Summary: Kancelarija Test|str|General\n");
  assert_has (text, "Summary: People trained (unique people)|str|General; 7|int|");
  assert_has (text, "Summary: Hours of training|str|General; 10.5|float|");
  assert_has (text, "Summary: Average pre-test score|str|General; 0.4666");
  assert_has (text, "Gender: Female|str|General; 4|int|0; 0.571428");
  assert_has (text, "Gender: Male|str|General; 3|int|0; 0.428571");
  assert_has (text, "Events held: A|str|General; workshop|str|General; "
                    "2024-03-04 00:00:00|datetime|");
  g_unlink (path);
}

static void
test_xlsx_suppressed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupReport) report = report_of (f, TRUE);
  g_autofree char *path = write_report (f, report, SKUP_REPORT_FORMAT_XLSX);
  g_autofree char *text = read_xlsx (path);

  (void) data;
  assert_has (text, "Gender: Female|str|General; <5|str|General\n");
  assert_has (text, "Gender: Male|str|General; <5|str|General\n");
  assert_has (text, "Organisation: X|str|General; 5|int|0; 0.714285");
  assert_has (text, "Summary: Took the pre- and post-test|str|General; <5|str|General\n");
  g_unlink (path);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };

  return run (argv);
}

/* The figure's label, then its value on the same line of the PDF's layout. */
static void
assert_line (const char *text,
             const char *label,
             const char *value)
{
  g_autofree char *pattern = g_strdup_printf ("(?m)^\\s*%s\\s+%s\\s*$", label, value);

  if (!g_regex_match_simple (pattern, text, 0, 0))
    g_error ("no line “%s … %s” in:\n%s", label, value, text);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(SkupReport) report = report_of (f, FALSE);
  g_autofree char *path = write_report (f, report, SKUP_REPORT_FORMAT_PDF);
  g_autofree char *text = pdf_text (path);

  (void) data;
  assert_has (text, "DONOR REPORT");
  assert_has (text, "All events");
  assert_has (text, "2024-03-04 – 2024-04-10");
  assert_has (text, "Kancelarija Test");
  assert_has (text, "Page 1 of ");
  assert_line (text, "People trained \\(unique people\\)", "7");
  assert_line (text, "Person-days", "10");
  assert_line (text, "Hours of training", "10.5");
  assert_line (text, "Events with hours not recorded", "1");
  assert_line (text, "Average post-test score", "68.3 %");
  assert_line (text, "Female", "4\\s+57.1 %");
  assert_line (text, "Trainers", "4.50");   /* satisfaction with the trainers */
  assert_line (text, "Trainers", "1");
  assert_has (text, "Events held");
  assert_lacks (text, "<5");
  g_unlink (path);
}

static void
test_pdf_suppressed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkupReport) report = report_of (f, TRUE);
  g_autofree char *path = write_report (f, report, SKUP_REPORT_FORMAT_PDF);
  g_autofree char *text = pdf_text (path);

  (void) data;
  assert_line (text, "Female", "<5");
  assert_line (text, "Male", "<5");
  assert_line (text, "X", "5\\s+71.4 %");
  assert_line (text, "Took the pre- and post-test", "<5");
  assert_lacks (text, "57.1 %");
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fixture_add (PREFIX, "csv", test_csv);
  fixture_add (PREFIX, "csv-suppressed", test_csv_suppressed);
  fixture_add (PREFIX, "xlsx", test_xlsx);
  fixture_add (PREFIX, "xlsx-suppressed", test_xlsx_suppressed);
  fixture_add (PREFIX, "pdf", test_pdf);
  fixture_add (PREFIX, "pdf-suppressed", test_pdf_suppressed);
  return g_test_run ();
}
