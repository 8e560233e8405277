/* skup-choices.c — the fixed vocabularies of the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"

/* The nicks are stored in the database (and checked there too): never rename one without a
 * migration. The labels are what people read. */

static const SkupChoice sectors[] = {
  { "government", N_("Government") },
  { "civil-society", N_("Civil society") },
  { "international", N_("International") },
  { "academic", N_("Academic") },
  { "private", N_("Private sector") },
  { "media", N_("Media") },
  { "other", N_("Other") },
};

static const SkupChoice genders[] = {
  { "female", N_("Female") },
  { "male", N_("Male") },
  { "other", N_("Other") },
  { "not-stated", N_("Not stated") },
};

static const SkupChoice event_kinds[] = {
  { "workshop", N_("Workshop") },
  { "training", N_("Training") },
  { "conference", N_("Conference") },
  { "meeting", N_("Meeting") },
  { "summit", N_("Summit") },
  { "webinar", N_("Webinar") },
  { "other", N_("Other") },
};

static const SkupChoice event_statuses[] = {
  { "planned", N_("Planned") },
  { "confirmed", N_("Confirmed") },
  { "held", N_("Held") },
  { "cancelled", N_("Cancelled") },
};

static const SkupChoice organisation_roles[] = {
  { "organiser", N_("Organiser") },
  { "co-organiser", N_("Co-organiser") },
  { "supporter", N_("Supporter") },
  { "donor", N_("Donor") },
  { "partner", N_("Partner") },
};

static const SkupChoice registration_roles[] = {
  { "participant", N_("Participant") },
  { "trainer", N_("Trainer") },
  { "speaker", N_("Speaker") },
  { "facilitator", N_("Facilitator") },
  { "organiser", N_("Organiser") },
  { "guest", N_("Guest") },
};

static const SkupChoice registration_statuses[] = {
  { "invited", N_("Invited") },
  { "registered", N_("Registered") },
  { "confirmed", N_("Confirmed") },
  { "waitlisted", N_("Waitlisted") },
  { "cancelled", N_("Cancelled") },
  { "declined", N_("Declined") },
};

static const SkupChoice attendance_statuses[] = {
  { "present", N_("Present") },
  { "late", N_("Late") },
  { "left-early", N_("Left early") },
  { "absent", N_("Absent") },
  { "excused", N_("Excused") },
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
      return g_dgettext (GETTEXT_PACKAGE, choices[i].label);

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
