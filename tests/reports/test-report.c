/* test-report.c — the donor report's figures on a register counted by hand, on both engines
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register (one session a day, every session 09:00–12:30 except C's):
 *   project P: event A 2024-03-04 … 03-05 (sessions a1, a2), event B 2024-03-05 (b1)
 *   event C 2024-04-10 (c1, no times), not in P
 *   event D 2024-03-04, cancelled: its marks count nowhere
 *   organisation X (government)
 *
 *   who  gender  org  marks                                   events  days
 *   p1   female  X    a1 present, a2 late, b1 present         A B     03-04, 03-05 → 2
 *   p2   female  X    a1 present, c1 present                  A C     03-04, 04-10 → 2
 *   p3   female  X    a1 absent, a2 left-early                A       03-05 → 1
 *   p4   male    -    a1 excused                              (never present)
 *   p5   male    X    b1 present                              B       1
 *   p6   male    -    c1 present                              C       1
 *   p7   male    -    c1 present, D present (cancelled)       C       1
 *   p8   female  -    registered to A, no marks               (never present)
 *   p9   female  X    trainer at A: a1, a2 present            A       2
 *   p10  -       -    speaker at C, cancelled                 (not a trainer)
 *
 * Every event: unique people p1 p2 p3 p5 p6 p7 p9 = 7; person-days 2+2+1+1+1+1+2 = 10;
 * repeats p1 (2 events), p2 (2 events); gender female 4 (p1 p2 p3 p9), male 3 (p5 p6 p7);
 * organisation X 5, not stated 2; roles participant 6, trainer 1; trainers 1 (p9);
 * hours a1 + a2 + b1 = 3 × 3.5 = 10.5 (c1 has no times, D is cancelled).
 * Project P: p1 p2 p3 p5 p9 = 5; days 2+1+1+1+2 = 7; repeats p1 only.
 * Event C: p2 p6 p7 = 3. Range 2024-03-05 … 03-31: A (ends 03-05) and B, as P.
 *
 * Tests: A out of 100 with a pass mark of 60, C out of 20 with none.
 *   p1 at A 40 → 80, p9 at A 50 → 50, p3 at A 30 → (none), p6 at C 10 → 15
 *   took both 3 (p1 p9 p6); with a pass mark 2 (p1 p9), passed 1 (p1: 80 ≥ 60; p9: 50 < 60)
 *   pre (40 + 50 + 50) / 3 = 46.67 %, post (80 + 50 + 75) / 3 = 68.33 %
 * Satisfaction: A (5 4 5 4 5) and (3 4 - 4 5), B (4 4 4 4 4), D (1 1 1 1 1) cancelled:
 *   3 forms; overall 12 / 3 = 4, trainers 9 / 2 = 4.5 (one unanswered), usefulness 14 / 3.
 *
 * The register is built in report-fixture.c.
 */

#include "report-fixture.h"
#include "skup-event.h"
#include "skup-report-output.h"

#define PREFIX "/skup/report"

static void
test_every_event (Fixture       *f,
                  gconstpointer  data)
{
  Register r = { f };
  g_autoptr(SkupReport) report = NULL;
  const SkupReportRepeat *repeat;

  (void) data;
  build_register (f, &r);
  report = compute (f, SKUP_REPORT_SCOPE_ALL, 0, FALSE);
  g_assert_cmpuint (report->events->len, ==, 3);   /* A B C; D was cancelled */
  g_assert_cmpint (report->unique_people, ==, 7);
  g_assert_cmpint (report->person_days, ==, 10);
  g_assert_cmpuint (report->repeats->len, ==, 2);
  repeat = g_ptr_array_index (report->repeats, 0);
  g_assert_cmpstr (repeat->name, ==, "Testović, p1");
  g_assert_cmpint (repeat->n_events, ==, 2);
  repeat = g_ptr_array_index (report->repeats, 1);
  g_assert_cmpstr (repeat->name, ==, "Testović, p2");
  g_assert_cmpint (cell (report, "gender", "Female"), ==, 4);
  g_assert_cmpint (cell (report, "gender", "Male"), ==, 3);
  g_assert_cmpint (cell (report, "organisation", "X"), ==, 5);
  g_assert_cmpint (cell (report, "organisation", "Not stated"), ==, 2);
  g_assert_cmpint (cell (report, "sector", "Government"), ==, 5);
  g_assert_cmpint (cell (report, "role", "Participant"), ==, 6);
  g_assert_cmpint (cell (report, "role", "Trainer"), ==, 1);
  g_assert_cmpint (report->trainers, ==, 1);
  g_assert_cmpfloat_with_epsilon (report->hours, 10.5, 1e-9);
  g_assert_cmpint (report->hours_unknown, ==, 1);   /* C: no times, no credited hours */
  g_assert_cmpint (report->took_tests, ==, 3);
  g_assert_cmpint (report->with_pass_mark, ==, 2);
  g_assert_cmpint (report->passed, ==, 1);
  g_assert_cmpfloat_with_epsilon (report->pre_percent, 140.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (report->post_percent, 205.0 / 3, 1e-9);
  g_assert_cmpint (report->n_forms, ==, 3);
  g_assert_cmpfloat_with_epsilon (report->satisfaction[SKUP_REPORT_Q_OVERALL], 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (report->satisfaction[SKUP_REPORT_Q_TRAINERS], 4.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (report->satisfaction[SKUP_REPORT_Q_USEFULNESS], 14.0 / 3,
                                  1e-9);
}

static void
test_scopes (Fixture       *f,
             gconstpointer  data)
{
  Register r = { f };
  g_autoptr(SkupReport) project = NULL;
  g_autoptr(SkupReport) event = NULL;
  g_autoptr(SkupReport) range = NULL;

  (void) data;
  build_register (f, &r);
  project = compute (f, SKUP_REPORT_SCOPE_PROJECT, r.project, FALSE);
  g_assert_cmpuint (project->events->len, ==, 2);
  g_assert_cmpint (project->unique_people, ==, 5);
  g_assert_cmpint (project->person_days, ==, 7);
  g_assert_cmpuint (project->repeats->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (project->hours, 10.5, 1e-9);
  event = compute (f, SKUP_REPORT_SCOPE_EVENT, r.c, FALSE);
  g_assert_cmpint (event->unique_people, ==, 3);
  g_assert_cmpint (event->person_days, ==, 3);
  g_assert_cmpuint (event->repeats->len, ==, 0);
  g_assert_cmpint (event->trainers, ==, 0);
  g_assert_cmpint (event->n_forms, ==, 0);
  g_assert_cmpfloat (event->satisfaction[SKUP_REPORT_Q_OVERALL], ==, -1);
  g_assert_cmpint (event->took_tests, ==, 1);
  g_assert_cmpfloat_with_epsilon (event->post_percent, 75, 1e-9);
  range = compute (f, SKUP_REPORT_SCOPE_RANGE, 0, FALSE);
  g_assert_cmpuint (range->events->len, ==, 2);
  g_assert_cmpint (range->unique_people, ==, 5);
  g_assert_cmpint (range->person_days, ==, 7);
}

static void
assert_formatted (const SkupReport *report,
                  gint64            count,
                  const char       *expected)
{
  g_autofree char *text = skup_report_format_count (report, count);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_suppression (Fixture       *f,
                  gconstpointer  data)
{
  Register r = { f };
  g_autoptr(SkupReport) report = NULL;
  g_autofree char *female_share = NULL;
  g_autofree char *x_share = NULL;

  (void) data;
  build_register (f, &r);
  report = compute (f, SKUP_REPORT_SCOPE_ALL, 0, TRUE);
  assert_formatted (report, cell (report, "gender", "Male"), "<5");     /* 3 */
  assert_formatted (report, cell (report, "gender", "Female"), "<5");   /* 4 */
  assert_formatted (report, cell (report, "organisation", "X"), "5");   /* 5 */
  assert_formatted (report, report->unique_people, "7");
  assert_formatted (report, 0, "0");
  female_share = skup_report_format_share (report, 4, report->unique_people);
  g_assert_cmpstr (female_share, ==, "");
  x_share = skup_report_format_share (report, 5, report->unique_people);
  g_assert_cmpstr (x_share, ==, "71.4 %");
  report->suppress_small = FALSE;
  assert_formatted (report, 4, "4");
}

static void
set_credited_hours (Fixture *f,
                    gint64   event_id,
                    double   hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (f->store, SKUP_TYPE_EVENT, event_id, &error);

  g_assert_no_error (error);
  skup_record_set_real (event, "credited-hours", hours);
  save_ok (f, event);
}

/* Hand-worked: A has timed sessions (2 × 3.5) and credited hours 100, which the times
 * override; B has one timed session (3.5); C has no times and, here, credited hours 6.
 * Total 7 + 3.5 + 6 = 16.5, none unknown. Then C's credited hours go back to 0: C is
 * unknown, and the total is A + B = 10.5. */
static void
test_hours (Fixture       *f,
            gconstpointer  data)
{
  Register r = { f };
  g_autoptr(SkupReport) credited = NULL;
  g_autoptr(SkupReport) unknown = NULL;
  g_autofree char *note = NULL;

  (void) data;
  build_register (f, &r);
  set_credited_hours (f, r.a, 100);
  set_credited_hours (f, r.c, 6);
  credited = compute (f, SKUP_REPORT_SCOPE_ALL, 0, FALSE);
  g_assert_cmpfloat_with_epsilon (credited->hours, 16.5, 1e-9);
  g_assert_cmpint (credited->hours_unknown, ==, 0);
  g_assert_true (skup_report_has_hours (credited));
  g_assert_null (skup_report_dup_hours_note (credited));
  set_credited_hours (f, r.c, 0);
  unknown = compute (f, SKUP_REPORT_SCOPE_ALL, 0, FALSE);
  g_assert_cmpfloat_with_epsilon (unknown->hours, 10.5, 1e-9);
  g_assert_cmpint (unknown->hours_unknown, ==, 1);
  note = skup_report_dup_hours_note (unknown);
  g_assert_cmpstr (note, ==, "hours not recorded for 1 event");
}

/* Event C alone has no hours at all: "not recorded", not 0; an event without any session
 * but with credited hours counts them. */
static void
test_hours_not_recorded (Fixture       *f,
                         gconstpointer  data)
{
  Register r = { f };
  g_autoptr(SkupReport) c = NULL;
  g_autoptr(SkupReport) d = NULL;
  g_autoptr(GArray) figures = NULL;
  gboolean hours_missing = FALSE;

  (void) data;
  build_register (f, &r);
  c = compute (f, SKUP_REPORT_SCOPE_EVENT, r.c, FALSE);
  g_assert_cmpfloat (c->hours, ==, 0);
  g_assert_cmpint (c->hours_unknown, ==, 1);
  g_assert_false (skup_report_has_hours (c));
  figures = skup_report_dup_figures (c);
  for (guint i = 0; i < figures->len; i++)
    {
      const SkupReportFigure *figure = &g_array_index (figures, SkupReportFigure, i);

      if (g_str_equal (figure->id, "hours"))
        hours_missing = figure->missing;
      if (g_str_equal (figure->id, "hours-not-recorded"))
        g_assert_cmpfloat (figure->value, ==, 1);
    }
  g_assert_true (hours_missing);
  sql_exec (db_of (f), "DELETE FROM attendance WHERE session_id IN "
                       "(SELECT id FROM sessions WHERE date = '2024-04-10')");
  sql_exec (db_of (f), "DELETE FROM sessions WHERE date = '2024-04-10'");
  set_credited_hours (f, r.c, 2.5);
  d = compute (f, SKUP_REPORT_SCOPE_EVENT, r.c, FALSE);
  g_assert_cmpfloat_with_epsilon (d->hours, 2.5, 1e-9);
  g_assert_cmpint (d->hours_unknown, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fixture_add (PREFIX, "every-event", test_every_event);
  fixture_add (PREFIX, "scopes", test_scopes);
  fixture_add (PREFIX, "suppression", test_suppression);
  fixture_add (PREFIX, "hours", test_hours);
  fixture_add (PREFIX, "hours-not-recorded", test_hours_not_recorded);
  return g_test_run ();
}
