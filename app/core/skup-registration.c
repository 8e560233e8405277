/* skup-registration.c — registration records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-registration.h"

struct _SkupRegistration
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupRegistration, skup_registration, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "event-id", "event_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Event"), NULL, NULL, skup_event_get_type },
  { "person-id", "person_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Person"), NULL, NULL, skup_person_get_type },
  { "role", "role", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Role"), SKUP_CHOICES_REGISTRATION_ROLE },
  { "status", "status", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Status"), SKUP_CHOICES_REGISTRATION_STATUS },
  { "registered-at", "registered_at", SKUP_FIELD_TEXT, 0, N_("Registered"), NULL },
  { "status-changed-at", "status_changed_at", SKUP_FIELD_TEXT, 0, N_("Status changed"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "person-name", "(SELECT p.given_name || ' ' || p.family_name FROM people p WHERE p.id = t.person_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Name"), NULL, "(SELECT p.sort_key FROM people p WHERE p.id = t.person_id)" },
  /* The person's organisation, read live, as the participants section shows it. */
  { "organisation-name", "(SELECT o.name FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = t.person_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Organisation"), NULL },
  { "event-title", "(SELECT e.title FROM events e WHERE e.id = t.event_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Event"), NULL, "(SELECT e.sort_key FROM events e WHERE e.id = t.event_id)" },
  { "event-start", "(SELECT e.start_date FROM events e WHERE e.id = t.event_id)", SKUP_FIELD_DATE, SKUP_FIELD_COMPUTED, N_("Date"), NULL },
  /* So a person's history shows an event's days as the event's own pages do. */
  { "event-end", "(SELECT e.end_date FROM events e WHERE e.id = t.event_id)", SKUP_FIELD_DATE, SKUP_FIELD_COMPUTED, N_("Last day"), NULL },
  /* Attendance in numbers, so every screen and report counts presence the same way: present,
   * late and left early are all "attended". */
  { "sessions-total", "(SELECT count(*) FROM sessions s WHERE s.event_id = t.event_id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Sessions"), NULL },
  { "sessions-marked", "(SELECT count(*) FROM attendance a WHERE a.registration_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Sessions with attendance taken"), NULL },
  { "sessions-attended", "(SELECT count(*) FROM attendance a WHERE a.registration_id = t.id AND a.status IN ('present', 'late', 'left-early'))", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Sessions attended"), NULL },
};

static char *
skup_registration_dup_title (SkupRecord *record)
{
  return g_strdup (skup_record_get_string (record, "person-name"));
}

static const SkupKind kind = { N_("Registration"), NULL, NULL };

static void
skup_registration_class_init (SkupRegistrationClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "registrations", "registration",
                                    /* As on a sign-in sheet: by family name, read live so a
                                     * renamed person moves. */
                                    "(SELECT p.sort_key FROM people p WHERE p.id = t.person_id)",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->dup_title = skup_registration_dup_title;
}

static void
skup_registration_init (SkupRegistration *self)
{  skup_record_set_string (SKUP_RECORD (self), "role", "participant");
  skup_record_set_string (SKUP_RECORD (self), "status", "registered");
}

SkupRegistration *
skup_registration_new (void)
{
  return g_object_new (SKUP_TYPE_REGISTRATION, NULL);
}
