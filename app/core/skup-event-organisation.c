/* skup-event-organisation.c — event organisation records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-event-organisation.h"
#include "skup-event.h"
#include "skup-organisation.h"

struct _SkupEventOrganisation
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupEventOrganisation, skup_event_organisation, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "event-id", "event_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Event"), NULL, NULL, skup_event_get_type },
  { "organisation-id", "organisation_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Organisation"), NULL, NULL, skup_organisation_get_type },
  { "role", "role", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Role"), SKUP_CHOICES_ORGANISATION_ROLE },
  { "organisation-name", "(SELECT o.name FROM organisations o WHERE o.id = t.organisation_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Organisation"), NULL, "(SELECT o.sort_key FROM organisations o WHERE o.id = t.organisation_id)" },
  { "event-title", "(SELECT e.title FROM events e WHERE e.id = t.event_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Event"), NULL, "(SELECT e.sort_key FROM events e WHERE e.id = t.event_id)" },
  { "event-start", "(SELECT e.start_date FROM events e WHERE e.id = t.event_id)", SKUP_FIELD_DATE, SKUP_FIELD_COMPUTED, N_("Date"), NULL },
};

static char *
skup_event_organisation_dup_title (SkupRecord *record)
{
  return g_strdup (skup_record_get_string (record, "organisation-name"));
}

static const SkupKind kind = { N_("Organiser"), NULL, NULL };

static void
skup_event_organisation_class_init (SkupEventOrganisationClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "event_organisations", "event_organisation", "t.id",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->dup_title = skup_event_organisation_dup_title;
}

static void
skup_event_organisation_init (SkupEventOrganisation *self)
{
}

SkupEventOrganisation *
skup_event_organisation_new (void)
{
  return g_object_new (SKUP_TYPE_EVENT_ORGANISATION, NULL);
}
