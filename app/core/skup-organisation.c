/* skup-organisation.c — organisation records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-event-organisation.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-record-private.h"
#include "skup-text.h"

struct _SkupOrganisation
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupOrganisation, skup_organisation, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Name"), NULL },
  { "short-name", "short_name", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Short name"), NULL },
  { "sector", "sector", SKUP_FIELD_CHOICE, 0, N_("Sector"), SKUP_CHOICES_SECTOR },
  { "parent-id", "parent_id", SKUP_FIELD_REF, 0, N_("Parent organisation"), NULL, NULL, skup_organisation_get_type },
  { "city", "city", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_SORT_KEY, N_("City"), NULL, "t.city_key" },
  { "country", "country", SKUP_FIELD_TEXT, 0, N_("Country"), NULL },
  { "website", "website", SKUP_FIELD_TEXT, 0, N_("Website"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "parent-name", "(SELECT p.name FROM organisations p WHERE p.id = t.parent_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Parent organisation"), NULL, "(SELECT p.sort_key FROM organisations p WHERE p.id = t.parent_id)" },
  { "people-count", "(SELECT count(*) FROM people p WHERE p.organisation_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("People"), NULL },
  { "events-count", "(SELECT count(DISTINCT eo.event_id) FROM event_organisations eo WHERE eo.organisation_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Events"), NULL },
};

/* "UNODC · International organisation · Vienna" */
static char *
skup_organisation_dup_subtitle (SkupRecord *record)
{
  const char *parts[] = { skup_record_get_string (record, "short-name"),
                          skup_record_get_choice_label (record, "sector"),
                          skup_record_get_string (record, "city") };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static const SkupKindColumn columns[] = {
  { "title-text", N_("Name"), SKUP_CELL_TEXT, SKUP_COLUMN_EXPAND, 180 },
  { "short-name", N_("Short Name"), SKUP_CELL_DIM, SKUP_COLUMN_WIDE_ONLY, 110 },
  { "sector", N_("Sector"), SKUP_CELL_CHOICE, SKUP_COLUMN_WIDE_ONLY, 110 },
  { "city", N_("City"), SKUP_CELL_DIM, SKUP_COLUMN_WIDE_ONLY, 110 },
  { "people-count", N_("People"), SKUP_CELL_NUMBER, 0, 80 },
};

static const SkupKindSort sorts[] = {
  { "name", N_("Name") },
  { "sector", N_("Sector") },
  { "city", N_("City") },
  { "people-count", N_("People") },
};

static const SkupKindColumn table[] = {
  { "id", N_("ID"), SKUP_CELL_ID, 0, 8 },
  { "name", N_("Name"), SKUP_CELL_TEXT, 0, 48 },
  { "short-name", N_("Short name"), SKUP_CELL_TEXT, 0, 16 },
  { "sector", N_("Sector"), SKUP_CELL_CHOICE, 0, 24 },
  { "city", N_("City"), SKUP_CELL_TEXT, 0, 16 },
};

static const SkupKindView views[] = {
  { "organisations", "organisation", NULL, N_("Organisations"), N_("New Organisation"),
    N_("Search organisations"), "x-office-address-book-symbolic", N_("No Organisations Yet"),
    N_("Ministries, civil society organisations, international agencies and institutes that "
       "organise, support or send people to your events will be listed here."),
    SKUP_N_PLURAL ("%s organisation", "%s organisations"),
    columns, G_N_ELEMENTS (columns), sorts, G_N_ELEMENTS (sorts), table, G_N_ELEMENTS (table) },
};

static const SkupFormGroup form[] = {
  { N_("Organisation"), NULL, { "name", "short-name", "sector", "parent-id" } },
  { N_("Contact"), NULL, { "city", "country", "website" } },
  { N_("Notes"), NULL, { "notes" } },
};

static const SkupKindSection sections[] = {
  /* For the headers of sign-in sheets and for certificates (see skup_store_set_logo()). */
  { "SkupLogoSection", N_("Logo"), NULL, NULL, NULL, NULL, FALSE, NULL },
  { "SkupRelatedList", N_("People"), N_("Nobody from this organisation yet"),
    skup_person_get_type, "organisation-id", NULL, FALSE, "record",
    /* The page shows the first few: the list shows them all, searched and sorted. */
    "win.show-organisation-people", N_("Show in People _List") },
  { "SkupRelatedList", N_("Events"), N_("No events organised or supported yet"),
    skup_event_organisation_get_type, "organisation-id", NULL, FALSE, "event-link" },
};

static const SkupKind kind = {
  N_("Organisation"), N_("New Organisation"), N_("Search organisations"), 1,
  N_("A logo can be added once the organisation is saved."),
  form, G_N_ELEMENTS (form), sections, G_N_ELEMENTS (sections), views, G_N_ELEMENTS (views),
};

static void
skup_organisation_class_init (SkupOrganisationClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "organisations", "organisation", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->dup_subtitle = skup_organisation_dup_subtitle;
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
