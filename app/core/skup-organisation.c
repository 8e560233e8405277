/* skup-organisation.c — organisation records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-organisation.h"

struct _SkupOrganisation
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupOrganisation, skup_organisation, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Name"), NULL },
  { "short-name", "short_name", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Short name"), NULL },
  { "sector", "sector", SKUP_FIELD_CHOICE, 0, N_("Sector"), SKUP_CHOICES_SECTOR },
  { "parent-id", "parent_id", SKUP_FIELD_REF, 0, N_("Parent organisation"), "organisations" },
  { "city", "city", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_SORT_KEY, N_("City"), NULL, "t.city_key" },
  { "country", "country", SKUP_FIELD_TEXT, 0, N_("Country"), NULL },
  { "website", "website", SKUP_FIELD_TEXT, 0, N_("Website"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "parent-name", "(SELECT p.name FROM organisations p WHERE p.id = t.parent_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Parent organisation"), NULL, "(SELECT p.sort_key FROM organisations p WHERE p.id = t.parent_id)" },
  { "people-count", "(SELECT count(*) FROM people p WHERE p.organisation_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("People"), NULL },
  { "events-count", "(SELECT count(DISTINCT eo.event_id) FROM event_organisations eo WHERE eo.organisation_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Events"), NULL },
};

static void
skup_organisation_class_init (SkupOrganisationClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "organisations", "organisation", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
}

static void
skup_organisation_init (SkupOrganisation *self)
{
}

SkupOrganisation *
skup_organisation_new (void)
{
  return g_object_new (SKUP_TYPE_ORGANISATION, NULL);
}
