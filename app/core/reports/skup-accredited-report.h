/* skup-accredited-report.h — the report an accreditation body asks for after a training
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-knowledge-gain.h"
#include "skup-report-output.h"
#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupAccreditedPerson:
 * @registration_id: the registration
 * @name: "Family, Given"
 * @licence: (nullable): the professional licence number
 * @role: the registration's role nick (participant, trainer, speaker, facilitator)
 * @eligible: a participant met the event's attendance rule (lecturers always do)
 * @reason: (nullable): why, as the eligibility evaluator says it ("Attended 2 of 2 …")
 * @points: the points the person gets: the lecturers' points for a lecturer, the
 *   participants' for a participant who met the rule, else 0
 */
typedef struct {
  gint64    registration_id;
  char     *name;
  char     *licence;
  char     *role;
  gboolean  eligible;
  char     *reason;
  double    points;
} SkupAccreditedPerson;

void skup_accredited_person_free (SkupAccreditedPerson *person);

/**
 * SkupAccreditedReport:
 * @lecturers: (element-type SkupAccreditedPerson): trainers, speakers and facilitators
 * @participants: (element-type SkupAccreditedPerson): the participants expected (invited,
 *   registered, confirmed), in sheet order
 * @n_eligible: the participants who met the rule and so get the points
 * @gain: the event's pre- and post-tests (@gain.took_post 0 when none was taken)
 * @max_score: the test's maximum score
 * @satisfaction: the average answer (1–5) to the overall question, -1 when unanswered
 * @n_forms: the forms that answered it
 */
typedef struct {
  gint64             event_id;
  char              *title;
  char              *dates;
  char              *body;           /* nullable */
  char              *decision;       /* nullable: the accreditation decision's number */
  double             points;
  double             lecturer_points;
  double             credited_hours;
  GPtrArray         *lecturers;
  GPtrArray         *participants;
  guint              n_eligible;
  SkupKnowledgeGain  gain;
  gint64             max_score;
  double             satisfaction;
  guint              n_forms;
  char              *office;         /* nullable */
} SkupAccreditedReport;

SkupAccreditedReport *skup_accredited_report_compute (SkupStore             *store,
                                                      gint64                 event_id,
                                                      GError               **error);
void                  skup_accredited_report_free    (SkupAccreditedReport  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupAccreditedReport, skup_accredited_report_free)

gboolean skup_accredited_report_write_pdf  (const SkupAccreditedReport *self,
                                            const char                 *path,
                                            GError                    **error);
gboolean skup_accredited_report_write_xlsx (const SkupAccreditedReport *self,
                                            const char                 *path,
                                            GError                    **error);
char    *skup_accredited_report_dup_csv    (const SkupAccreditedReport *self);
gboolean skup_accredited_report_write      (SkupStore                  *store,
                                            gint64                      event_id,
                                            SkupReportFormat            format,
                                            const char                 *path,
                                            GError                    **error);

G_END_DECLS
