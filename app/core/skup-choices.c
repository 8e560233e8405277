/* skup-choices.c — the fixed vocabularies of the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"

/* The nicks are stored in the database (and checked there too): never rename one without a
 * migration. The labels are what people read; each vocabulary is its own translation context,
 * because one English word is several Serbian ones (an event is "Потврђен", a registration
 * "Потврђена"). */

static const SkupChoice sectors[] = {
  { "government", NC_("sector", "Government") },
  { "civil-society", NC_("sector", "Civil society") },
  { "international", NC_("sector", "International") },
  { "academic", NC_("sector", "Academic") },
  { "private", NC_("sector", "Private sector") },
  { "media", NC_("sector", "Media") },
  { "other", NC_("sector", "Other") },
};

static const SkupChoice genders[] = {
  { "female", NC_("gender", "Female") },
  { "male", NC_("gender", "Male") },
  { "other", NC_("gender", "Other") },
  { "not-stated", NC_("gender", "Not stated") },
};

static const SkupChoice event_kinds[] = {
  { "workshop", NC_("event-kind", "Workshop") },
  { "training", NC_("event-kind", "Training") },
  { "conference", NC_("event-kind", "Conference") },
  { "meeting", NC_("event-kind", "Meeting") },
  { "summit", NC_("event-kind", "Summit") },
  { "webinar", NC_("event-kind", "Webinar") },
  { "other", NC_("event-kind", "Other") },
};

static const SkupChoice event_statuses[] = {
  { "planned", NC_("event-status", "Planned") },
  { "confirmed", NC_("event-status", "Confirmed") },
  { "held", NC_("event-status", "Held") },
  { "cancelled", NC_("event-status", "Cancelled") },
};

static const SkupChoice organisation_roles[] = {
  { "organiser", NC_("organisation-role", "Organiser") },
  { "co-organiser", NC_("organisation-role", "Co-organiser") },
  { "supporter", NC_("organisation-role", "Supporter") },
  { "donor", NC_("organisation-role", "Donor") },
  { "partner", NC_("organisation-role", "Partner") },
};

static const SkupChoice registration_roles[] = {
  { "participant", NC_("registration-role", "Participant") },
  { "trainer", NC_("registration-role", "Trainer") },
  { "speaker", NC_("registration-role", "Speaker") },
  { "facilitator", NC_("registration-role", "Facilitator") },
  { "organiser", NC_("registration-role", "Organiser") },
  { "guest", NC_("registration-role", "Guest") },
};

static const SkupChoice registration_statuses[] = {
  { "invited", NC_("registration-status", "Invited") },
  { "registered", NC_("registration-status", "Registered") },
  { "confirmed", NC_("registration-status", "Confirmed") },
  { "waitlisted", NC_("registration-status", "Waitlisted") },
  { "cancelled", NC_("registration-status", "Cancelled") },
  { "declined", NC_("registration-status", "Declined") },
};

static const SkupChoice attendance_statuses[] = {
  { "present", NC_("attendance-status", "Present") },
  { "late", NC_("attendance-status", "Late") },
  { "left-early", NC_("attendance-status", "Left early") },
  { "absent", NC_("attendance-status", "Absent") },
  { "excused", NC_("attendance-status", "Excused") },
};

/* What a participant must attend for a certificate. */
static const SkupChoice eligibility_rules[] = {
  { "percent", NC_("eligibility-rule", "A share of the sessions") },
  { "every-session", NC_("eligibility-rule", "Every session") },
};

static const struct {
  const char *name;
  const SkupChoice *choices;
  guint n_choices;
} vocabularies[] = {
  { SKUP_CHOICES_SECTOR, sectors, G_N_ELEMENTS (sectors) },
  { SKUP_CHOICES_GENDER, genders, G_N_ELEMENTS (genders) },
  { SKUP_CHOICES_EVENT_KIND, event_kinds, G_N_ELEMENTS (event_kinds) },
  { SKUP_CHOICES_EVENT_STATUS, event_statuses, G_N_ELEMENTS (event_statuses) },
  { SKUP_CHOICES_ORGANISATION_ROLE, organisation_roles, G_N_ELEMENTS (organisation_roles) },
  { SKUP_CHOICES_REGISTRATION_ROLE, registration_roles, G_N_ELEMENTS (registration_roles) },
  { SKUP_CHOICES_REGISTRATION_STATUS, registration_statuses,
    G_N_ELEMENTS (registration_statuses) },
  { SKUP_CHOICES_ATTENDANCE_STATUS, attendance_statuses, G_N_ELEMENTS (attendance_statuses) },
  { SKUP_CHOICES_ELIGIBILITY_RULE, eligibility_rules, G_N_ELEMENTS (eligibility_rules) },
};

/**
 * skup_choices_lookup:
 * @set: the vocabulary's name, e.g. %SKUP_CHOICES_SECTOR
 * @n_choices: (out): the number of values
 *
 * Returns: (transfer none) (nullable): the values in display order, or %NULL for an unknown set
 */
const SkupChoice *
skup_choices_lookup (const char *set,
                     guint      *n_choices)
{
  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (n_choices != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      if (g_str_equal (vocabularies[i].name, set))
        {
          *n_choices = vocabularies[i].n_choices;
          return vocabularies[i].choices;
        }
    }

  *n_choices = 0;
  return NULL;
}

gboolean
skup_choices_contains (const char *set,
                       const char *nick)
{
  return skup_choice_get_label (set, nick) != NULL;
}

/**
 * skup_choice_get_label:
 *
 * Returns: (transfer none) (nullable): the translated label of @nick, or %NULL if @nick is not
 *   a value of @set
 */
const char *
skup_choice_get_label (const char *set,
                       const char *nick)
{
  const SkupChoice *choices;
  guint n = 0;

  if (nick == NULL)
    return NULL;

  choices = skup_choices_lookup (set, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (choices[i].nick, nick))
      return g_dpgettext2 (GETTEXT_PACKAGE, set, choices[i].label);

  return NULL;
}

/**
 * skup_choices_dup_nicks:
 *
 * Returns: (transfer full): the nicks of @set, %NULL-terminated
 */
char **
skup_choices_dup_nicks (const char *set)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const SkupChoice *choices;
  guint n = 0;

  choices = skup_choices_lookup (set, &n);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, choices[i].nick);

  return g_strv_builder_end (builder);
}
