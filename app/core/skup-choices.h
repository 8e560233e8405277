/* skup-choices.h — the fixed vocabularies of the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SkupChoice:
 * @nick: the stable value stored in the database and used on the command line
 * @label: the untranslated label; show it with skup_choice_get_label()
 *
 * One value of a fixed vocabulary (a sector, a gender, an event kind …).
 */
typedef struct {
  const char *nick;
  const char *label;
} SkupChoice;

/* Names of the vocabularies. */
#define SKUP_CHOICES_SECTOR              "sector"
#define SKUP_CHOICES_GENDER              "gender"
#define SKUP_CHOICES_EVENT_KIND          "event-kind"
#define SKUP_CHOICES_EVENT_STATUS        "event-status"
#define SKUP_CHOICES_ORGANISATION_ROLE   "organisation-role"
#define SKUP_CHOICES_REGISTRATION_ROLE   "registration-role"
#define SKUP_CHOICES_REGISTRATION_STATUS "registration-status"
#define SKUP_CHOICES_ATTENDANCE_STATUS   "attendance-status"
#define SKUP_CHOICES_ELIGIBILITY_RULE    "eligibility-rule"

const SkupChoice *skup_choices_lookup      (const char *set,
                                            guint      *n_choices);
gboolean          skup_choices_contains    (const char *set,
                                            const char *nick);
const char       *skup_choice_get_label    (const char *set,
                                            const char *nick);
char            **skup_choices_dup_nicks   (const char *set);

G_END_DECLS
