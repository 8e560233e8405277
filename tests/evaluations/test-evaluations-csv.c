/* test-evaluations-csv.c — scores and satisfaction forms as CSV, out and back in
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "skup-error.h"
#include "skup-evaluations-csv.h"
#include "skup-person.h"
#include "skup-event.h"
#include "skup-store-evaluations.h"
#include "store-fixture.h"

#define PREFIX "/skup/evaluations/csv"

typedef struct {
  gint64 event_id;
  gint64 ana;     /* Ana Kovač, ana@example.org */
  gint64 milica;  /* Милица Петровић, no email */
  gint64 marko;   /* Marko Ilić */
} World;

static gint64
add_participant (Fixture    *f,
                 gint64      event_id,
                 const char *given,
                 const char *family,
                 const char *email)
{
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  if (email != NULL)
    skup_record_set_string (person, "email", email);
  save_ok (f, person);
  return add_registration (f, event_id, skup_record_get_id (person));
}

/* An event whose test gives 20 points and passes at 12, with three participants. */
static World
make_world (Fixture *f)
{
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  World w;

  skup_record_set_int (event, "test-max-score", 20);
  skup_record_set_int (event, "test-pass-mark", 12);
  save_ok (f, event);
  w.event_id = skup_record_get_id (event);
  w.ana = add_participant (f, w.event_id, "Ana", "Kovač", "ana@example.org");
  w.milica = add_participant (f, w.event_id, "Милица", "Петровић", NULL);
  w.marko = add_participant (f, w.event_id, "Marko", "Ilić", "marko@example.org");
  return w;
}

static SkupCsvTable *
table_of (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  SkupCsvTable *table = skup_csv_read_bytes (bytes, &error);

  g_assert_no_error (error);
  return table;
}

/* The score of @registration_id as "pre/post", "-" for one not entered. */
static char *
score_of (Fixture *f,
          gint64   event_id,
          gint64   registration_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = skup_store_list_scores (f->store, event_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < scores->len; i++)
    {
      SkupScoreEntry *e = g_ptr_array_index (scores, i);
      g_autofree char *pre = e->has_pre ? g_strdup_printf ("%g", e->pre) : g_strdup ("-");
      g_autofree char *post = e->has_post ? g_strdup_printf ("%g", e->post) : g_strdup ("-");

      if (e->registration_id == registration_id)
        return g_strdup_printf ("%s/%s", pre, post);
    }
  g_assert_not_reached ();
}

static void
assert_score (Fixture    *f,
              gint64      event_id,
              gint64      registration_id,
              const char *expected)
{
  g_autofree char *score = score_of (f, event_id, registration_id);

  g_assert_cmpstr (score, ==, expected);
}

static void
import_ok (Fixture               *f,
           gint64                 event_id,
           SkupEvaluationsKind    kind,
           const char            *text,
           gboolean               dry_run,
           SkupEvaluationsReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCsvTable) table = table_of (text);

  g_assert_true (skup_evaluations_csv_import (f->store, event_id, kind, table, dry_run, report,
                                              &error));
  g_assert_no_error (error);
}

static void
set_score (Fixture *f,
           gint64   registration_id,
           double   pre,
           double   post)
{
  g_autoptr(GError) error = NULL;
  SkupScoreEntry e = { registration_id, NULL, NULL, NULL, pre >= 0, pre, post >= 0, post };

  g_assert_true (skup_store_set_score (f->store, &e, &error));
  g_assert_no_error (error);
}

static char *
export_text (Fixture             *f,
             gint64               event_id,
             SkupEvaluationsKind  kind,
             SkupCsvDialect       dialect)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCsvWriter) csv = skup_evaluations_csv_export (f->store, event_id, kind, dialect,
                                                               &error);

  g_assert_no_error (error);
  return skup_csv_writer_steal_text (csv);
}

/* The export lists participants as the grid does, numbers as numbers (a decimal comma in the
 * Excel dialect), passed judged on the post-test; clearing the scores and importing the
 * file gives back what was stored, in either dialect. */
static void
test_scores_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  World w = make_world (f);
  SkupCsvDialect dialects[] = { SKUP_CSV_RFC4180, SKUP_CSV_EXCEL };

  set_score (f, w.ana, 8, 15.5);
  set_score (f, w.milica, -1, 11);
  for (guint d = 0; d < G_N_ELEMENTS (dialects); d++)
    {
      g_autofree char *text = export_text (f, w.event_id, SKUP_EVALUATIONS_SCORES, dialects[d]);
      SkupEvaluationsReport report;

      if (dialects[d] == SKUP_CSV_RFC4180)
        g_assert_cmpstr (text, ==, "Name,Email,Pre-test,Post-test,Passed\r\n"
                                   "Marko Ilić,marko@example.org,,,\r\n"
                                   "Ana Kovač,ana@example.org,8,15.5,yes\r\n"
                                   "Милица Петровић,,,11,no\r\n");
      else
        g_assert_nonnull (strstr (text, "Ana Kovač;ana@example.org;8;15,5;yes\r\n"));
      set_score (f, w.ana, -1, -1);
      set_score (f, w.milica, -1, -1);
      set_score (f, w.marko, 3, -1);
      import_ok (f, w.event_id, SKUP_EVALUATIONS_SCORES, text, FALSE, &report);
      g_assert_cmpuint (report.read, ==, 3);
      g_assert_cmpuint (report.saved, ==, 3);
      g_assert_cmpuint (report.problems->len, ==, 0);
      skup_evaluations_report_clear (&report);
      assert_score (f, w.event_id, w.ana, "8/15.5");
      assert_score (f, w.event_id, w.milica, "-/11");
      /* An empty cell in a column the file has clears what was stored. */
      assert_score (f, w.event_id, w.marko, "-/-");
    }
}

/* Forms come out one row a form and go back in as new forms with the same answers. */
static void
test_forms_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  World w = make_world (f);
  g_autoptr(GError) error = NULL;
  SkupSatisfactionForm a = { 0, w.event_id, { 5, 4, 0, 3, 2 }, (char *) "=Više prakse" };
  SkupSatisfactionForm b = { 0, w.event_id, { 1, 1, 1, 1, 1 }, (char *) "" };
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) forms = NULL;
  SkupEvaluationsReport report;

  g_assert_true (skup_store_add_form (f->store, &a, &error));
  g_assert_true (skup_store_add_form (f->store, &b, &error));
  text = export_text (f, w.event_id, SKUP_EVALUATIONS_FORMS, SKUP_CSV_RFC4180);
  g_assert_cmpstr (text, ==, "Overall,Content,Trainers,Organisation,Usefulness,Comment\r\n"
                             "5,4,,3,2,\"'=Više prakse\"\r\n"
                             "1,1,1,1,1,\r\n");
  g_assert_true (skup_store_delete_form (f->store, a.id, &error));
  g_assert_true (skup_store_delete_form (f->store, b.id, &error));
  import_ok (f, w.event_id, SKUP_EVALUATIONS_FORMS, text, FALSE, &report);
  g_assert_cmpuint (report.read, ==, 2);
  g_assert_cmpuint (report.saved, ==, 2);
  skup_evaluations_report_clear (&report);
  forms = skup_store_list_forms (f->store, w.event_id, &error);
  g_assert_cmpuint (forms->len, ==, 2);
  {
    SkupSatisfactionForm *first = g_ptr_array_index (forms, 0);

    g_assert_cmpint (first->answers[0], ==, 5);
    g_assert_cmpint (first->answers[2], ==, 0);
    g_assert_cmpint (first->answers[4], ==, 2);
    g_assert_cmpstr (first->comment, ==, "=Više prakse");
  }
}

/* Each bad row is named by its line in the file, and with one bad row nothing is stored. */
static void
test_score_errors (Fixture       *f,
                   gconstpointer  data)
{
  World w = make_world (f);
  SkupEvaluationsReport report;
  const char *expected[] = {
    "Line 3: “Petar Perić” is not a participant of this event",
    "Line 4: 21 is above the test’s 20 points",
    "Line 5: A test score is never below 0.",
    "Line 6: “dvanaest” is not a number",
    "Line 8: this participant has a row above already",
  };

  set_score (f, w.marko, 2, 3);
  import_ok (f, w.event_id, SKUP_EVALUATIONS_SCORES,
             "Ime i prezime;Ulazni test;Izlazni test\n"
             "Ana Kovač;10;12,5\n"
             "Petar Perić;1;2\n"
             "Marko Ilić;5;21\n"
             "Milica Petrović;-1;4\n"
             "\"Ana\nKovač\";dvanaest;4\n"
             "ana kovac;1;1\n", FALSE, &report);
  g_assert_cmpuint (report.read, ==, 6);
  g_assert_cmpuint (report.saved, ==, 0);
  g_assert_cmpuint (report.problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (report.problems, i), ==, expected[i]);
  skup_evaluations_report_clear (&report);
  /* The good row was not stored either, and the old score is still there. */
  assert_score (f, w.event_id, w.ana, "-/-");
  assert_score (f, w.event_id, w.marko, "2/3");
}

/* A name that two participants share is an error, unless the row's email tells them apart. */
static void
test_ambiguous_name (Fixture       *f,
                     gconstpointer  data)
{
  World w = make_world (f);
  gint64 other_ana = add_participant (f, w.event_id, "Ana", "Kovač", "ana.k@example.org");
  SkupEvaluationsReport report;

  import_ok (f, w.event_id, SKUP_EVALUATIONS_SCORES,
             "Name,Post-test\nAna Kovač,9\n", FALSE, &report);
  g_assert_cmpuint (report.problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report.problems, 0), ==,
                   "Line 2: “Ana Kovač” matches more than one participant");
  skup_evaluations_report_clear (&report);
  import_ok (f, w.event_id, SKUP_EVALUATIONS_SCORES,
             "Name,Email,Post-test\nAna Kovač,ANA.K@example.org,9\n", FALSE, &report);
  g_assert_cmpuint (report.problems->len, ==, 0);
  g_assert_cmpuint (report.saved, ==, 1);
  skup_evaluations_report_clear (&report);
  assert_score (f, w.event_id, other_ana, "-/9");
  assert_score (f, w.event_id, w.ana, "-/-");
}

/* Names meet across scripts and word order: a Latin file finds a Cyrillic participant and a
 * Cyrillic file a Latin one; headers in Cyrillic are known; a column the file lacks keeps
 * what was stored; the empty rows a spreadsheet leaves under a table are not rows. A dry run
 * checks everything and stores nothing. */
static void
test_cross_script (Fixture       *f,
                   gconstpointer  data)
{
  World w = make_world (f);
  SkupEvaluationsReport report;
  const char *text = "Учесник,Излазни тест\n"
                     "PETROVIĆ Milica,17\n"
                     "Ана Ковач,\"18,5\"\n"
                     ", \n"
                     ",\n";

  set_score (f, w.ana, 4, -1);
  import_ok (f, w.event_id, SKUP_EVALUATIONS_SCORES, text, TRUE, &report);
  g_assert_cmpuint (report.read, ==, 2);
  g_assert_cmpuint (report.saved, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 0);
  skup_evaluations_report_clear (&report);
  assert_score (f, w.event_id, w.milica, "-/-");
  import_ok (f, w.event_id, SKUP_EVALUATIONS_SCORES, text, FALSE, &report);
  g_assert_cmpuint (report.saved, ==, 2);
  skup_evaluations_report_clear (&report);
  assert_score (f, w.event_id, w.milica, "-/17");
  assert_score (f, w.event_id, w.ana, "4/18.5");
}

/* An answer is 1 … 5 or empty; another is named at its line and no form is stored; an empty
 * row is no form. */
static void
test_form_errors (Fixture       *f,
                  gconstpointer  data)
{
  World w = make_world (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(SkupCsvTable) table = table_of ("Comment,Name\nx,y\n");
  SkupEvaluationsReport report;

  import_ok (f, w.event_id, SKUP_EVALUATIONS_FORMS,
             "Ukupno;Sadržaj;Predavači;Organizacija;Korisnost;Komentar\n"
             "5;5;4;;3;Odlično\n"
             "6;5;4;4;3;\n"
             "4;0;4;4;3;\n"
             "4;4;4;4;4,5;\n"
             ";;;;;\n", FALSE, &report);
  g_assert_cmpuint (report.read, ==, 4);
  g_assert_cmpuint (report.saved, ==, 0);
  g_assert_cmpuint (report.problems->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (report.problems, 0), ==,
                   "Line 3: “6” is not an answer from 1 to 5");
  g_assert_cmpstr (g_ptr_array_index (report.problems, 1), ==,
                   "Line 4: “0” is not an answer from 1 to 5");
  g_assert_cmpstr (g_ptr_array_index (report.problems, 2), ==,
                   "Line 5: “4,5” is not an answer from 1 to 5");
  skup_evaluations_report_clear (&report);
  forms = skup_store_list_forms (f->store, w.event_id, &error);
  g_assert_cmpuint (forms->len, ==, 0);
  /* A file with no question at all is refused whole. */
  g_assert_false (skup_evaluations_csv_import (f->store, w.event_id, SKUP_EVALUATIONS_FORMS,
                                               table, FALSE, &report, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  skup_evaluations_report_clear (&report);
}

/* What the window's cells and the import accept as a score. */
static void
test_parse_score (void)
{
  const char *good[] = { "0", "12", " 12.5 ", "12,5", "20" };
  const double values[] = { 0, 12, 12.5, 12.5, 20 };
  const char *bad[] = { "", "abc", "-1", "20.5", "1e1", "inf", "0x10", "1,2,3", "12 5" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      g_assert_true (skup_evaluations_parse_score (good[i], 20, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (value, ==, values[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      g_assert_false (skup_evaluations_parse_score (bad[i], 20, &value, &error));
      g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
      g_assert_cmpfloat (value, ==, -1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func (PREFIX "/parse-score", test_parse_score);
  fixture_add (PREFIX, "scores-round-trip", test_scores_round_trip);
  fixture_add (PREFIX, "forms-round-trip", test_forms_round_trip);
  fixture_add (PREFIX, "score-errors", test_score_errors);
  fixture_add (PREFIX, "ambiguous-name", test_ambiguous_name);
  fixture_add (PREFIX, "cross-script", test_cross_script);
  fixture_add (PREFIX, "form-errors", test_form_errors);
  return g_test_run ();
}
