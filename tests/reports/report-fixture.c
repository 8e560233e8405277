/* report-fixture.c — the register the donor report is counted on by hand
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
 */

#include "report-fixture.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-store-private.h"

static gint64
add_person_as (Fixture    *f,
               const char *given,
               const char *gender,
               gint64      organisation_id)
{
  g_autoptr(SkupRecord) person = add_person (f, given, "Testović");

  if (gender != NULL)
    skup_record_set_string (person, "gender", gender);
  skup_record_set_int (person, "organisation-id", organisation_id);
  save_ok (f, person);
  return skup_record_get_id (person);
}

static gint64
add_event_in (Fixture    *f,
              const char *title,
              const char *start,
              const char *end,
              gint64      project_id)
{
  g_autoptr(SkupRecord) event = new_event (title, start, end);

  skup_record_set_int (event, "project-id", project_id);
  save_ok (f, event);
  return skup_record_get_id (event);
}

static gint64
register_as (Fixture    *f,
             gint64      event_id,
             gint64      person_id,
             const char *role)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (skup_store_register (f->store, event_id, person_id, role, NULL, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
mark (Fixture    *f,
      gint64      event_id,
      gint64      person_id,
      const char *date,
      const char *status)
{
  gint64 registration = sql_int (db_of (f), "SELECT id FROM registrations WHERE person_id = ?1",
                                 person_id);

  attend (f, registration, session_on (f, event_id, date), status);
}

static void
cancel_event (Fixture *f,
              gint64   event_id)
{
  g_autoptr(SkupRecord) event = load_ok (f, SKUP_TYPE_EVENT, event_id);

  skup_record_set_string (event, "status", "cancelled");
  save_ok (f, event);
}

#define SCORE(given, title, pre, post) \
  "INSERT INTO evaluation_scores (registration_id, pre_score, post_score)" \
  " SELECT r.id, " pre ", " post " FROM registrations r JOIN people p ON p.id = r.person_id" \
  " JOIN events e ON e.id = r.event_id WHERE p.given_name = '" given "' AND e.title = '" title "'"
#define FORM(title, answers) \
  "INSERT INTO satisfaction_forms (event_id, q_overall, q_content, q_trainers, q_organisation," \
  " q_usefulness) SELECT id, " answers " FROM events WHERE title = '" title "'"

static void
add_evaluations (Fixture *f)
{
  SkupDb *db = db_of (f);

  sql_exec (db, "UPDATE events SET test_pass_mark = 60 WHERE title = 'A'");
  sql_exec (db, "UPDATE events SET test_max_score = 20 WHERE title = 'C'");
  sql_exec (db, SCORE ("p1", "A", "40", "80"));
  sql_exec (db, SCORE ("p9", "A", "50", "50"));
  sql_exec (db, SCORE ("p3", "A", "30", "NULL"));
  sql_exec (db, SCORE ("p6", "C", "10", "15"));
  sql_exec (db, FORM ("A", "5, 4, 5, 4, 5"));
  sql_exec (db, FORM ("A", "3, 4, NULL, 4, 5"));
  sql_exec (db, FORM ("B", "4, 4, 4, 4, 4"));
  sql_exec (db, FORM ("D", "1, 1, 1, 1, 1"));
}

void
build_register (Fixture  *f,
                Register *r)
{
  g_autoptr(SkupRecord) project = SKUP_RECORD (skup_project_new ());
  g_autoptr(SkupRecord) org = add_organisation (f, "X");
  gint64 p[11];

  skup_record_set_string (org, "sector", "government");
  save_ok (f, org);
  r->org = skup_record_get_id (org);
  skup_record_set_string (project, "name", "P");
  save_ok (f, project);
  r->project = skup_record_get_id (project);
  r->a = add_event_in (f, "A", "2024-03-04", "2024-03-05", r->project);
  r->b = add_event_in (f, "B", "2024-03-05", "2024-03-05", r->project);
  r->c = add_event_in (f, "C", "2024-04-10", "2024-04-10", 0);
  r->d = add_event_in (f, "D", "2024-03-04", "2024-03-04", 0);
  sql_exec (db_of (f), "UPDATE sessions SET start_time = '09:00', end_time = '12:30'");
  sql_exec (db_of (f), "UPDATE sessions SET start_time = NULL WHERE date = '2024-04-10'");

  p[1] = add_person_as (f, "p1", "female", r->org);
  p[2] = add_person_as (f, "p2", "female", r->org);
  p[3] = add_person_as (f, "p3", "female", r->org);
  p[4] = add_person_as (f, "p4", "male", 0);
  p[5] = add_person_as (f, "p5", "male", r->org);
  p[6] = add_person_as (f, "p6", "male", 0);
  p[7] = add_person_as (f, "p7", "male", 0);
  p[8] = add_person_as (f, "p8", "female", 0);
  p[9] = add_person_as (f, "p9", "female", r->org);
  p[10] = add_person_as (f, "p10", NULL, 0);

  /* Registrations are looked up by person in mark(): one event per person at a time. */
  register_as (f, r->a, p[1], NULL);
  mark (f, r->a, p[1], "2024-03-04", "present");
  mark (f, r->a, p[1], "2024-03-05", "late");
  register_as (f, r->a, p[3], NULL);
  mark (f, r->a, p[3], "2024-03-04", "absent");
  mark (f, r->a, p[3], "2024-03-05", "left-early");
  register_as (f, r->a, p[4], NULL);
  mark (f, r->a, p[4], "2024-03-04", "excused");
  register_as (f, r->a, p[8], NULL);
  register_as (f, r->a, p[9], "trainer");
  mark (f, r->a, p[9], "2024-03-04", "present");
  mark (f, r->a, p[9], "2024-03-05", "present");
  register_as (f, r->b, p[5], NULL);
  mark (f, r->b, p[5], "2024-03-05", "present");
  register_as (f, r->d, p[7], NULL);
  mark (f, r->d, p[7], "2024-03-04", "present");
  register_as (f, r->c, p[6], NULL);
  mark (f, r->c, p[6], "2024-04-10", "present");
  register_as (f, r->c, p[10], "speaker");

  /* The second events of p1, p2 and p7: attend by registration id directly. */
  attend (f, register_as (f, r->b, p[1], NULL), session_on (f, r->b, "2024-03-05"), "present");
  attend (f, register_as (f, r->a, p[2], NULL), session_on (f, r->a, "2024-03-04"), "present");
  attend (f, register_as (f, r->c, p[2], NULL), session_on (f, r->c, "2024-04-10"), "present");
  attend (f, register_as (f, r->c, p[7], NULL), session_on (f, r->c, "2024-04-10"), "present");
  sql_exec (db_of (f), "UPDATE registrations SET status = 'cancelled' WHERE role = 'speaker'");
  cancel_event (f, r->d);
  add_evaluations (f);
}

SkupReport *
compute (Fixture             *f,
         SkupReportScopeKind  kind,
         gint64               id,
         gboolean             suppress)
{
  SkupReportScope scope = { kind, id, "2024-03-05", "2024-03-31" };
  g_autoptr(GError) error = NULL;
  SkupReport *report = skup_report_compute (f->store, &scope, suppress, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

gint64
cell (const SkupReport *report,
      const char       *breakdown_id,
      const char       *label)
{
  const SkupReportBreakdown *breakdown = skup_report_get_breakdown (report, breakdown_id);

  g_assert_nonnull (breakdown);
  for (guint i = 0; i < breakdown->cells->len; i++)
    {
      const SkupReportCell *c = g_ptr_array_index (breakdown->cells, i);

      if (g_strcmp0 (c->label, label) == 0)
        return c->count;
    }
  return 0;
}
