/* skup-eligibility.h — who has attended enough for a certificate: facts in, verdict out
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupEligibilityRule:
 * @every_session: every session must be attended; else @percent of them
 * @percent: 0 … 100
 * @staff_always: trainers, speakers and facilitators are eligible whatever they attended
 *
 * An event's rule (its fields eligibility-rule, -percent and -staff-always).
 */
typedef struct {
  gboolean every_session;
  guint    percent;
  gboolean staff_always;
} SkupEligibilityRule;

/**
 * SkupEligibilityFacts:
 * @role: the registration's role nick
 * @sessions: the event's sessions
 * @attended: sessions attended (present, late, left early)
 * @marked: sessions with any mark (the others are still to come, or not taken)
 * @override: -1 none; 1 or 0 a person's manual verdict, which wins
 * @override_reason: (nullable): its reason
 */
typedef struct {
  const char *role;
  guint       sessions;
  guint       attended;
  guint       marked;
  int         override;
  const char *override_reason;
} SkupEligibilityFacts;

typedef enum {
  SKUP_STANDING_ELIGIBLE,
  SKUP_STANDING_NOT_YET,      /* could still make it: sessions remain to be taken */
  SKUP_STANDING_NOT_ELIGIBLE,
} SkupStanding;

/* The event's rule from its record. */
void            skup_eligibility_rule_from_event (SkupEligibilityRule *rule,
                                                  SkupRecord          *event);
/* The sessions @rule needs out of @sessions (rounded up; all for every_session). */
guint           skup_eligibility_rule_needed     (const SkupEligibilityRule *rule,
                                                  guint                      sessions);
/* The verdict, and in @out_reason a translated sentence saying why ("Attended 3 of 5
 * sessions; 4 needed.", "Trainer.", "Decided by hand: …"). A pure function. */
SkupStanding    skup_eligibility_judge           (const SkupEligibilityRule  *rule,
                                                  const SkupEligibilityFacts *facts,
                                                  char                      **out_reason);
/* "Eligible", "Not yet", "Not eligible" */
const char     *skup_standing_to_label           (SkupStanding standing);

/**
 * SkupStandingEntry:
 * @registration_id:
 * @person_id:
 * @name: "Given Family"
 * @role: role nick
 * @standing:
 * @reason: translated
 * @overridden: the verdict was given by hand
 */
typedef struct {
  gint64        registration_id;
  gint64        person_id;
  char         *name;
  char         *role;
  SkupStanding  standing;
  char         *reason;
  gboolean      overridden;
} SkupStandingEntry;

void            skup_standing_entry_free         (SkupStandingEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupStandingEntry, skup_standing_entry_free)

/* Every expected participant of @event_id with their standing, in sheet order; what the
 * certificates issue to. (element-type SkupStandingEntry) */
GPtrArray      *skup_eligibility_list            (SkupStore  *store,
                                                  gint64      event_id,
                                                  GError    **error);

G_END_DECLS
