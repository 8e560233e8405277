/* skup-store-reports.c — the donor report's queries: a few aggregates over the scope
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-store-private.h"
#include "skup-store-reports.h"

/* The events in scope, as a condition on events e over ?1 (event id or 0), ?2 (project id or
 * 0), ?3 and ?4 (the range's ends or NULL): one text for every scope, so one cached
 * statement each. */
#define SCOPE \
  " e.status <> 'cancelled'" \
  " AND (CAST (?1 AS BIGINT) = 0 OR e.id = ?1)" \
  " AND (CAST (?2 AS BIGINT) = 0 OR e.project_id = ?2)" \
  " AND (CAST (?3 AS TEXT) IS NULL OR e.end_date >= ?3)" \
  " AND (CAST (?4 AS TEXT) IS NULL OR e.start_date <= ?4)"

/* Marks at sessions of events in scope that say the person was there: PRESENT_FROM, any
 * further joins, then PRESENT_WHERE. */
#define PRESENT_FROM \
  " FROM attendance a" \
  " JOIN registrations r ON r.id = a.registration_id" \
  " JOIN sessions s ON s.id = a.session_id" \
  " JOIN events e ON e.id = r.event_id"
#define PRESENT_WHERE \
  " WHERE a.status IN ('present', 'late', 'left-early') AND" SCOPE

static SkupStmt *
prepare_scoped (SkupStore         *self,
                const char        *sql,
                const SkupReport  *report,
                GError           **error)
{
  const SkupReportScope *scope = &report->scope;
  SkupStmt *stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, scope->kind == SKUP_REPORT_SCOPE_EVENT ? scope->id : 0);
  skup_stmt_bind_int (stmt, 2, scope->kind == SKUP_REPORT_SCOPE_PROJECT ? scope->id : 0);
  skup_stmt_bind_text (stmt, 3, scope->kind == SKUP_REPORT_SCOPE_RANGE ? scope->from : NULL);
  skup_stmt_bind_text (stmt, 4, scope->kind == SKUP_REPORT_SCOPE_RANGE ? scope->to : NULL);
  return stmt;
}

static char *
dup_column (SkupStmt *stmt,
            guint     col)
{
  return g_strdup (skup_stmt_column_text (stmt, col));
}

static gboolean
read_events (SkupStore  *self,
             SkupReport *report,
             GError    **error)
{
  g_autoptr(SkupStmt) stmt = prepare_scoped (self,
    "SELECT e.id, e.title, e.start_date, e.end_date, e.kind, e.city FROM events e"
    " WHERE" SCOPE " ORDER BY e.start_date, e.id", report, error);
  SkupStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      SkupReportEvent *event = skup_report_event_new ();

      event->id = skup_stmt_column_int (stmt, 0);
      event->title = dup_column (stmt, 1);
      event->start_date = dup_column (stmt, 2);
      event->end_date = dup_column (stmt, 3);
      event->kind = dup_column (stmt, 4);
      event->city = dup_column (stmt, 5);
      g_ptr_array_add (report->events, event);
    }
  return step == SKUP_STEP_DONE;
}

/* Counts of unique people per stored value, for one breakdown: values are counted as they
 * are and translated once per breakdown, not once per person. No value is "". */
static void
tally (GHashTable *counts,
       const char *value)
{
  gint64 *count;

  if (value == NULL || g_strcmp0 (value, "not-stated") == 0)
    value = "";
  count = g_hash_table_lookup (counts, value);
  if (count == NULL)
    {
      count = g_new0 (gint64, 1);
      g_hash_table_insert (counts, g_strdup (value), count);
    }
  (*count)++;
}

static const char *
label_or_not_stated (const char *set,
                     const char *value)
{
  const char *label;

  if (value == NULL || *value == '\0' || g_strcmp0 (value, "not-stated") == 0)
    return _("Not stated");
  label = set != NULL ? skup_choice_get_label (set, value) : NULL;
  return label != NULL ? label : value;
}

/* Two values may read alike once translated (an organisation named as the "Not stated" row):
 * their rows become one, as a donor would count them. */
static void
add_breakdown (SkupReport *report,
               const char *id,
               const char *title,
               const char *set,
               GHashTable *counts)
{
  SkupReportBreakdown *breakdown = skup_report_breakdown_new (id, title);
  g_autoptr(GHashTable) by_label = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GHashTableIter iter;
  gpointer value, count;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &value, &count))
    {
      const char *label = label_or_not_stated (set, value);
      gint64 *sum = g_hash_table_lookup (by_label, label);

      if (sum == NULL)
        g_hash_table_insert (by_label, (gpointer) label, sum = g_new0 (gint64, 1));
      *sum += *(gint64 *) count;
    }
  g_hash_table_iter_init (&iter, by_label);
  while (g_hash_table_iter_next (&iter, &value, &count))
    skup_report_breakdown_add (breakdown, value, *(gint64 *) count);
  skup_report_breakdown_sort (breakdown);
  g_ptr_array_add (report->breakdowns, breakdown);
}

static GHashTable *
new_counts (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
add_repeat (SkupReport *report,
            SkupStmt   *stmt,
            gint64      n_events)
{
  SkupReportRepeat *repeat = g_new0 (SkupReportRepeat, 1);

  repeat->person_id = skup_stmt_column_int (stmt, 0);
  repeat->name = g_strdup_printf ("%s, %s", skup_stmt_column_text (stmt, 1),
                                  skup_stmt_column_text (stmt, 2));
  repeat->n_events = n_events;
  g_ptr_array_add (report->repeats, repeat);
}

/* A repeat with its name's collation key, made once: tens of thousands of repeats sorted with
 * g_utf8_collate() would normalise each name at every comparison. */
typedef struct {
  SkupReportRepeat *repeat;
  char             *key;
} KeyedRepeat;

static int
compare_repeats (gconstpointer a,
                 gconstpointer b)
{
  const KeyedRepeat *x = a;
  const KeyedRepeat *y = b;

  if (x->repeat->n_events != y->repeat->n_events)
    return x->repeat->n_events > y->repeat->n_events ? -1 : 1;
  return strcmp (x->key, y->key);
}

static void
sort_repeats (GPtrArray *repeats)
{
  guint n = repeats->len;
  g_autofree KeyedRepeat *keyed = NULL;

  if (n < 2)
    return;
  keyed = g_new (KeyedRepeat, n);
  for (guint i = 0; i < n; i++)
    {
      keyed[i].repeat = g_ptr_array_index (repeats, i);
      keyed[i].key = g_utf8_collate_key (keyed[i].repeat->name, -1);
    }
  qsort (keyed, n, sizeof (KeyedRepeat), compare_repeats);
  for (guint i = 0; i < n; i++)
    {
      repeats->pdata[i] = keyed[i].repeat;
      g_free (keyed[i].key);
    }
}

/* The roles a registration may have, in the order of ROLE_FLAGS' columns. */
static const char *roles[] = { "participant", "trainer", "speaker", "facilitator", "organiser",
                               "guest" };

/* Whether the person came in each role, so the role breakdown needs no second scan of the
 * attendance. */
#define ROLE_FLAGS \
  " MAX(CASE WHEN r.role = 'participant' THEN 1 ELSE 0 END) AS participant," \
  " MAX(CASE WHEN r.role = 'trainer' THEN 1 ELSE 0 END) AS trainer," \
  " MAX(CASE WHEN r.role = 'speaker' THEN 1 ELSE 0 END) AS speaker," \
  " MAX(CASE WHEN r.role = 'facilitator' THEN 1 ELSE 0 END) AS facilitator," \
  " MAX(CASE WHEN r.role = 'organiser' THEN 1 ELSE 0 END) AS organiser," \
  " MAX(CASE WHEN r.role = 'guest' THEN 1 ELSE 0 END) AS guest"
#define FIRST_ROLE_COLUMN 9

/* A person who came in two roles counts in both (see skup-report.h). */
static void
add_roles (SkupReport *report,
           gint64      counts[G_N_ELEMENTS (roles)])
{
  SkupReportBreakdown *breakdown = skup_report_breakdown_new ("role", _("Role"));

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (counts[i] > 0)
      skup_report_breakdown_add (breakdown,
                                 label_or_not_stated (SKUP_CHOICES_REGISTRATION_ROLE, roles[i]),
                                 counts[i]);
  skup_report_breakdown_sort (breakdown);
  g_ptr_array_add (report->breakdowns, breakdown);
}

/* One row per person present: unique people, person-days, repeats and the five breakdowns. */
static gboolean
read_people (SkupStore  *self,
             SkupReport *report,
             GError    **error)
{
  g_autoptr(SkupStmt) stmt = prepare_scoped (self,
    /* Grouped by the person alone, then joined: grouping by the names too made the sort's
     * keys long, and took most of the report's time on a large register. */
    "SELECT x.person_id, p.family_name, p.given_name, p.gender, o.sector, o.name, p.city,"
    " x.days, x.n_events, x.participant, x.trainer, x.speaker, x.facilitator, x.organiser,"
    " x.guest FROM"
    " (SELECT r.person_id AS person_id, COUNT(DISTINCT s.date) AS days,"
    " COUNT(DISTINCT r.event_id) AS n_events," ROLE_FLAGS PRESENT_FROM PRESENT_WHERE
    " GROUP BY r.person_id) x"
    " JOIN people p ON p.id = x.person_id"
    " LEFT JOIN organisations o ON o.id = p.organisation_id",
    report, error);
  g_autoptr(GHashTable) gender = new_counts ();
  g_autoptr(GHashTable) sector = new_counts ();
  g_autoptr(GHashTable) organisation = new_counts ();
  g_autoptr(GHashTable) city = new_counts ();
  gint64 role_counts[G_N_ELEMENTS (roles)] = { 0 };
  SkupStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      gint64 n_events = skup_stmt_column_int (stmt, 8);

      report->unique_people++;
      report->person_days += skup_stmt_column_int (stmt, 7);
      if (n_events >= 2)
        add_repeat (report, stmt, n_events);
      tally (gender, skup_stmt_column_text (stmt, 3));
      tally (sector, skup_stmt_column_text (stmt, 4));
      tally (organisation, skup_stmt_column_text (stmt, 5));
      tally (city, skup_stmt_column_text (stmt, 6));
      for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
        role_counts[i] += skup_stmt_column_int (stmt, FIRST_ROLE_COLUMN + i);
    }
  if (step != SKUP_STEP_DONE)
    return FALSE;
  sort_repeats (report->repeats);
  add_breakdown (report, "gender", _("Gender"), SKUP_CHOICES_GENDER, gender);
  add_breakdown (report, "sector", _("Sector"), SKUP_CHOICES_SECTOR, sector);
  add_breakdown (report, "organisation", _("Organisation"), NULL, organisation);
  add_breakdown (report, "city", _("City"), NULL, city);
  add_roles (report, role_counts);
  return TRUE;
}

static gboolean
read_trainers (SkupStore  *self,
               SkupReport *report,
               GError    **error)
{
  g_autoptr(SkupStmt) stmt = prepare_scoped (self,
    "SELECT COUNT(DISTINCT r.person_id) FROM registrations r JOIN events e ON e.id = r.event_id"
    " WHERE r.role IN ('trainer', 'speaker', 'facilitator')"
    " AND r.status NOT IN ('cancelled', 'declined') AND" SCOPE, report, error);

  if (stmt == NULL || skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  report->trainers = skup_stmt_column_int (stmt, 0);
  return TRUE;
}

/* Minutes since midnight of "HH:MM" or "HH:MM:SS"; -1 if @time is not one. */
static int
parse_minutes (const char *time)
{
  unsigned hours, minutes;

  if (time == NULL || sscanf (time, "%2u:%2u", &hours, &minutes) != 2 || hours > 24
      || minutes > 59)
    return -1;
  return (int) (hours * 60 + minutes);
}

/* One event's hours while its sessions are read (see SkupReport.hours for the rule). */
typedef struct {
  gint64   id;
  double   credited;
  gint64   minutes;
  gboolean timed;   /* at least one session with both times */
} EventHours;

static void
add_event_hours (SkupReport       *report,
                 const EventHours *event)
{
  if (event->id == 0)
    return;
  if (event->timed)
    report->hours += event->minutes / 60.0;
  else if (event->credited > 0)
    report->hours += event->credited;
  else
    report->hours_unknown++;
}

static void
start_event_hours (EventHours *event,
                   SkupStmt   *stmt)
{
  event->id = skup_stmt_column_int (stmt, 0);
  event->credited = skup_stmt_column_is_null (stmt, 1) ? 0 : skup_stmt_column_real (stmt, 1);
  event->minutes = 0;
  event->timed = FALSE;
}

static gboolean
read_hours (SkupStore  *self,
            SkupReport *report,
            GError    **error)
{
  /* LEFT JOIN: an event without sessions still has its credited hours, or counts as unknown. */
  g_autoptr(SkupStmt) stmt = prepare_scoped (self,
    "SELECT e.id, e.credited_hours, s.start_time, s.end_time"
    " FROM events e LEFT JOIN sessions s ON s.event_id = e.id"
    " WHERE" SCOPE " ORDER BY e.id", report, error);
  EventHours event = { 0 };
  SkupStep step;

  if (stmt == NULL)
    return FALSE;
  report->hours = 0;
  report->hours_unknown = 0;
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      int start = parse_minutes (skup_stmt_column_text (stmt, 2));
      int end = parse_minutes (skup_stmt_column_text (stmt, 3));

      if (skup_stmt_column_int (stmt, 0) != event.id)
        {
          add_event_hours (report, &event);
          start_event_hours (&event, stmt);
        }
      if (start >= 0 && end > start)
        {
          event.minutes += end - start;
          event.timed = TRUE;
        }
    }
  add_event_hours (report, &event);
  return step == SKUP_STEP_DONE;
}

static double
column_real_or (SkupStmt *stmt,
                guint     col,
                double    fallback)
{
  return skup_stmt_column_is_null (stmt, col) ? fallback : skup_stmt_column_real (stmt, col);
}

static gboolean
read_knowledge_gain (SkupStore  *self,
                     SkupReport *report,
                     GError    **error)
{
  g_autoptr(SkupStmt) stmt = prepare_scoped (self,
    "SELECT COUNT(*),"
    " SUM(CASE WHEN e.test_pass_mark IS NULL THEN 0 ELSE 1 END),"
    " SUM(CASE WHEN v.post_score >= e.test_pass_mark THEN 1 ELSE 0 END),"
    " AVG(CAST (v.pre_score AS DOUBLE PRECISION) * 100 / e.test_max_score),"
    " AVG(CAST (v.post_score AS DOUBLE PRECISION) * 100 / e.test_max_score)"
    " FROM evaluation_scores v JOIN registrations r ON r.id = v.registration_id"
    " JOIN events e ON e.id = r.event_id"
    " WHERE v.pre_score IS NOT NULL AND v.post_score IS NOT NULL AND" SCOPE, report, error);

  if (stmt == NULL || skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  report->took_tests = skup_stmt_column_int (stmt, 0);
  report->with_pass_mark = skup_stmt_column_int (stmt, 1);
  report->passed = skup_stmt_column_int (stmt, 2);
  report->pre_percent = column_real_or (stmt, 3, 0);
  report->post_percent = column_real_or (stmt, 4, 0);
  return TRUE;
}

static gboolean
read_satisfaction (SkupStore  *self,
                   SkupReport *report,
                   GError    **error)
{
  g_autoptr(SkupStmt) stmt = prepare_scoped (self,
    "SELECT COUNT(*), AVG(CAST (q.q_overall AS DOUBLE PRECISION)),"
    " AVG(CAST (q.q_content AS DOUBLE PRECISION)), AVG(CAST (q.q_trainers AS DOUBLE PRECISION)),"
    " AVG(CAST (q.q_organisation AS DOUBLE PRECISION)),"
    " AVG(CAST (q.q_usefulness AS DOUBLE PRECISION))"
    " FROM satisfaction_forms q JOIN events e ON e.id = q.event_id WHERE" SCOPE, report, error);

  if (stmt == NULL || skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  report->n_forms = skup_stmt_column_int (stmt, 0);
  for (guint i = 0; i < SKUP_REPORT_N_QUESTIONS; i++)
    report->satisfaction[i] = column_real_or (stmt, i + 1, -1);
  return TRUE;
}

gboolean
skup_store_read_report (SkupStore  *self,
                        SkupReport *report,
                        GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  gboolean ok;

  /* One read transaction, so the figures agree with each other while others write. */
  if (!skup_db_begin (self->db, FALSE, error))
    return FALSE;
  ok = read_events (self, report, error)
       && read_people (self, report, error)
       && read_trainers (self, report, error)
       && read_hours (self, report, error)
       && read_knowledge_gain (self, report, error)
       && read_satisfaction (self, report, error);
  if (!ok)
    {
      skup_db_rollback (self->db);
      return FALSE;
    }
  return skup_db_commit (self->db, error);
}

/* The accredited-training report *********************************************/

GPtrArray *
skup_store_read_accredited_people (SkupStore  *self,
                                   gint64      event_id,
                                   GError    **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db,
    "SELECT r.id, r.role, p.family_name, p.given_name, p.licence_number"
    " FROM registrations r JOIN people p ON p.id = r.person_id"
    " WHERE r.event_id = ?1 AND r.status IN ('invited', 'registered', 'confirmed')"
    " AND r.role IN ('participant', 'trainer', 'speaker', 'facilitator')"
    " ORDER BY r.sort_key, p.family_name, p.given_name, r.id", error);
  g_autoptr(GPtrArray) people = NULL;
  SkupStep step;

  if (stmt == NULL)
    return NULL;
  people = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_accredited_person_free);
  skup_stmt_bind_int (stmt, 1, event_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      SkupAccreditedPerson *person = g_new0 (SkupAccreditedPerson, 1);

      person->registration_id = skup_stmt_column_int (stmt, 0);
      person->role = dup_column (stmt, 1);
      person->name = g_strdup_printf ("%s, %s", skup_stmt_column_text (stmt, 2),
                                      skup_stmt_column_text (stmt, 3));
      person->licence = dup_column (stmt, 4);
      g_ptr_array_add (people, person);
    }
  return step == SKUP_STEP_ERROR ? NULL : g_steal_pointer (&people);
}
