/* test-accredited-report.c — an event's accredited-training report, counted by hand
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Event A of report-fixture.c (two sessions, the default rule: 80 % of the sessions),
 * accredited by "Zdravstveni savet Srbije", decision A-1-123/24, 6 points, 10 for lecturers:
 *   lecturer  p9 trainer, licence L-009                 → 10 points
 *   p1  a1 present, a2 late   2 of 2, licence L-001     → met the rule, 6 points
 *   p2  a1 present            1 of 2                    → not met, 0
 *   p3  a1 absent, a2 left early  1 of 2                → not met, 0
 *   p4  a1 excused            0 of 2                    → not met, 0
 *   p8  no marks                                        → not met, 0
 *   participants 5, met the rule 1. Post-test: participants only (p9 taught), p1 80:
 *   average 80.0 of 100.
 *   Satisfaction overall (5 + 3) / 2 = 4.00 of 5, 2 forms.
 */

#include <glib/gstdio.h>

#include "report-fixture.h"
#include "skup-accredited-report.h"

#define PREFIX "/skup/accredited-report"

static SkupAccreditedReport *
accredited_of (Fixture *f)
{
  Register r = { f };
  g_autoptr(GError) error = NULL;
  SkupAccreditedReport *report;
  g_autofree char *sql = NULL;

  build_register (f, &r);
  sql_exec (db_of (f), "UPDATE events SET accreditation_body = 'Zdravstveni savet Srbije',"
                       " accreditation_code = 'A-1-123/24', accreditation_points = 6,"
                       " accreditation_points_lecturers = 10 WHERE title = 'A'");
  sql_exec (db_of (f), "UPDATE people SET licence_number = 'L-00' || substr (given_name, 2)"
                       " WHERE given_name IN ('p1', 'p9')");
  report = skup_accredited_report_compute (f->store, r.a, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static const SkupAccreditedPerson *
person_at (GPtrArray *people,
           guint      i)
{
  g_assert_cmpuint (i, <, people->len);
  return g_ptr_array_index (people, i);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SkupAccreditedReport) report = accredited_of (f);
  const SkupAccreditedPerson *person;

  (void) data;
  g_assert_cmpstr (report->body, ==, "Zdravstveni savet Srbije");
  g_assert_cmpstr (report->decision, ==, "A-1-123/24");
  g_assert_cmpfloat (report->points, ==, 6);
  g_assert_cmpuint (report->lecturers->len, ==, 1);
  person = person_at (report->lecturers, 0);
  g_assert_cmpstr (person->name, ==, "Testović, p9");
  g_assert_cmpstr (person->licence, ==, "L-009");
  g_assert_cmpfloat (person->points, ==, 10);
  g_assert_cmpuint (report->participants->len, ==, 5);
  g_assert_cmpuint (report->n_eligible, ==, 1);
  for (guint i = 0; i < report->participants->len; i++)
    {
      person = person_at (report->participants, i);
      g_assert_cmpint (person->eligible, ==, g_str_equal (person->name, "Testović, p1"));
      g_assert_cmpfloat (person->points, ==, person->eligible ? 6 : 0);
      g_assert_nonnull (person->reason);
      if (person->eligible)
        g_assert_cmpstr (person->licence, ==, "L-001");
    }
  g_assert_cmpuint (report->gain.took_post, ==, 1);
  g_assert_cmpfloat_with_epsilon (report->gain.post_mean, 80, 1e-9);
  g_assert_cmpuint (report->n_forms, ==, 2);
  g_assert_cmpfloat_with_epsilon (report->satisfaction, 4, 1e-9);
}

static char *
run (const char *const *argv)
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
assert_has (const char *text,
            const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” not found in:\n%s", expected, text);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(SkupAccreditedReport) report = accredited_of (f);
  g_autofree char *csv = skup_accredited_report_dup_csv (report);

  (void) data;
  assert_has (csv, "section,item,value,licence_number,role,met_rule,points\r\n");
  assert_has (csv, "Accreditation,Decision number,A-1-123/24,,,,\r\n");
  assert_has (csv, "Accreditation,Participants who met the attendance rule,1 of 5,,,,\r\n");
  assert_has (csv, "Accreditation,Average post-test score,80.0 of 100 (80.0 %),,,,\r\n");
  assert_has (csv, "Accreditation,Average satisfaction,4.00 of 5 (2 forms),,,,\r\n");
  assert_has (csv, "Lecturers,\"Testović, p9\",,L-009,trainer,yes,10\r\n");
  assert_has (csv, "Participants,\"Testović, p1\",,L-001,participant,yes,6\r\n");
  assert_has (csv, "Participants,\"Testović, p2\",,,participant,no,0\r\n");
}

static void
test_files (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkupAccreditedReport) report = accredited_of (f);
  g_autofree char *dir = g_dir_make_tmp ("skup-accredited-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "a.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "a.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  const char *pdftotext[] = { "pdftotext", "-layout", pdf, "-", NULL };
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "print('|'.join(wb.sheetnames))\n"
    "for row in wb['Participants'].iter_rows(values_only=True): print(row)\n";
  const char *openpyxl[] = { "/usr/bin/python3", "-c", script, xlsx, NULL };
  g_autofree char *text = NULL;
  g_autofree char *sheets = NULL;

  (void) data;
  g_assert_true (skup_accredited_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  text = run (pdftotext);
  assert_has (text, "ACCREDITED TRAINING REPORT");
  assert_has (text, "Zdravstveni savet Srbije");
  assert_has (text, "A-1-123/24");
  assert_has (text, "L-009");
  assert_has (text, "Page 1 of 1");
  g_assert_true (skup_accredited_report_write_xlsx (report, xlsx, &error));
  g_assert_no_error (error);
  sheets = run (openpyxl);
  assert_has (sheets, "Accreditation|Lecturers|Participants\n");
  assert_has (sheets, "('Testović, p1', 'L-001', 'Participant', 'Yes', ");
  assert_has (sheets, ", 6)\n");
  g_unlink (pdf);
  g_unlink (xlsx);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fixture_add (PREFIX, "figures", test_figures);
  fixture_add (PREFIX, "csv", test_csv);
  fixture_add (PREFIX, "files", test_files);
  return g_test_run ();
}
