/* skup-report.h — the donor report: what was held, who was trained, disaggregated
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "skup-store.h"

G_BEGIN_DECLS

/* Which events a report covers. Cancelled events are never in a report: they were not held. */
typedef enum {
  SKUP_REPORT_SCOPE_EVENT,    /* one event (@id) */
  SKUP_REPORT_SCOPE_PROJECT,  /* the events of a project (@id) */
  SKUP_REPORT_SCOPE_RANGE,    /* the events overlapping @from … @to (ISO dates, inclusive) */
  SKUP_REPORT_SCOPE_ALL,      /* every event of the register */
} SkupReportScopeKind;

typedef struct {
  SkupReportScopeKind kind;
  gint64              id;
  char                from[11];
  char                to[11];
} SkupReportScope;

/* One event held, as the report lists it. */
typedef struct {
  gint64  id;
  char   *title;
  char   *start_date;
  char   *end_date;
  char   *kind;        /* the event kind's nick (workshop, training …) */
  char   *city;        /* nullable */
} SkupReportEvent;

/* One row of a breakdown: @label (already translated) and how many unique people it has. */
typedef struct {
  char   *label;
  gint64  count;
} SkupReportCell;

/* A breakdown of the unique people: rows ordered by count (largest first), then label. */
typedef struct {
  char      *id;       /* "gender", "sector", "organisation", "city", "role" */
  char      *title;    /* translated */
  GPtrArray *cells;    /* of SkupReportCell */
} SkupReportBreakdown;

/* A person present at two or more events of the scope. */
typedef struct {
  gint64  person_id;
  char   *name;        /* "Family, Given" */
  gint64  n_events;
} SkupReportRepeat;

/* The satisfaction form's questions, in the order of SkupReport.satisfaction. */
typedef enum {
  SKUP_REPORT_Q_OVERALL,
  SKUP_REPORT_Q_CONTENT,
  SKUP_REPORT_Q_TRAINERS,
  SKUP_REPORT_Q_ORGANISATION,
  SKUP_REPORT_Q_USEFULNESS,
  SKUP_REPORT_N_QUESTIONS
} SkupReportQuestion;

/* (transfer none): the question's translated label. */
const char *skup_report_question_label (SkupReportQuestion question);

/**
 * SkupReport:
 *
 * The figures, in the words a donor uses. "Present" means an attendance mark of present,
 * late or left early at a session of an event in scope; registrations without such a mark
 * (no-shows, the absent, the excused) count nowhere.
 *
 * @events: the events held — every event in scope that is not cancelled.
 * @unique_people: "people trained": people present at least once, each counted once however
 *   many events or sessions they came to.
 * @person_days: "participant-days": for each person, the distinct calendar days on which they
 *   were present at a session, summed over people. Two events on one day are one day.
 * @breakdowns: the unique people "disaggregated by" sex (gender), sector (of their
 *   organisation), organisation, city (the person's) and role. A person without a value is in
 *   "Not stated". In the role breakdown a person who came in two roles is in both, so it may
 *   add up to more than @unique_people; the others add up to it exactly.
 * @repeats: "repeat participants": people present at two or more events in scope, with how
 *   many; largest first.
 * @trainers: "trainers": distinct people registered as trainer, speaker or facilitator (not
 *   cancelled or declined) at an event in scope, whether or not attendance was marked for them.
 * @hours: "hours of training delivered", summed per event: an event's hours are the sum, over
 *   its sessions that have both a start and an end time, of end − start; an event none of
 *   whose sessions has both times counts its credited hours instead when they are above 0
 *   (credited hours are an accreditation figure, but for a session-less event they are the
 *   organiser's own statement of its length); otherwise its hours are not known and count 0.
 * @hours_unknown: the events in scope whose hours are not known ("hours not recorded for
 *   3 events"). When it equals the number of events, nothing is known and @hours means
 *   "not recorded" rather than 0: see skup_report_has_hours().
 * @took_tests: "knowledge gain": registrations with both a pre- and a post-test score.
 *   Of them, @with_pass_mark were at events with a pass mark and @passed reached it on the
 *   post-test ("% reaching the pass mark" is @passed of @with_pass_mark).
 *   @pre_percent and @post_percent: the average pre- and post-test score of those who took
 *   both, each score as a percentage of its event's maximum (so events with different
 *   maximums average fairly); 0 when nobody took both.
 * @n_forms: satisfaction forms of the events in scope. @satisfaction: the average answer
 *   (1–5) to each question over the forms that answered it, or -1 when none did.
 */
typedef struct {
  SkupReportScope scope;
  gboolean        suppress_small;
  GPtrArray      *events;       /* of SkupReportEvent */
  gint64          unique_people;
  gint64          person_days;
  GPtrArray      *breakdowns;   /* of SkupReportBreakdown */
  GPtrArray      *repeats;      /* of SkupReportRepeat */
  gint64          trainers;
  double          hours;
  gint64          hours_unknown;
  gint64          took_tests;
  gint64          with_pass_mark;
  gint64          passed;
  double          pre_percent;
  double          post_percent;
  gint64          n_forms;
  double          satisfaction[SKUP_REPORT_N_QUESTIONS];
} SkupReport;

/* Smallest count published when small counts are suppressed. */
#define SKUP_REPORT_SMALLEST_COUNT 5

/**
 * skup_report_compute:
 * @suppress_small: hide counts of 1 … 4 for publication (see skup_report_format_count())
 *
 * Reads the figures with a few aggregate queries (never a query per person).
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
SkupReport *skup_report_compute        (SkupStore             *store,
                                        const SkupReportScope *scope,
                                        gboolean               suppress_small,
                                        GError               **error);
void        skup_report_free           (SkupReport            *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupReport, skup_report_free)

/* TRUE when @count must not be published: suppression is on and 0 < @count < 5. A zero is
 * shown: "nobody" reveals no one. Suppression hides cells only; a total next to a row with
 * one hidden cell lets that cell be worked out (total − the others), so publish breakdowns
 * with two or more hidden cells, or leave their totals out. */
gboolean    skup_report_is_suppressed  (const SkupReport      *self,
                                        gint64                 count);
/* TRUE when the hours of at least one event in scope are known (see SkupReport.hours). */
gboolean    skup_report_has_hours      (const SkupReport      *self);
/* (transfer full) (nullable): "hours not recorded for 3 events", or NULL when every event's
 * hours are known. */
char       *skup_report_dup_hours_note (const SkupReport      *self);
/* (transfer full): "12", or "<5" when suppressed. */
char       *skup_report_format_count   (const SkupReport      *self,
                                        gint64                 count);
/* (transfer full): "37.5 %" of @total, or "" when @count is suppressed (a share of a hidden
 * count would give it away) or @total is 0. */
char       *skup_report_format_share   (const SkupReport      *self,
                                        gint64                 count,
                                        gint64                 total);
/* (transfer none) (nullable): the breakdown with @id. */
const SkupReportBreakdown *skup_report_get_breakdown (const SkupReport *self,
                                                      const char       *id);

/* For the store: new rows, freed with the arrays they are put in. */
SkupReportEvent     *skup_report_event_new     (void);
SkupReportBreakdown *skup_report_breakdown_new (const char *id,
                                                const char *title);
void                 skup_report_breakdown_add (SkupReportBreakdown *self,
                                                const char          *label,
                                                gint64               count);
void                 skup_report_breakdown_sort (SkupReportBreakdown *self);

G_END_DECLS
