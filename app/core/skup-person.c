/* skup-person.c — person records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-record-private.h"
#include "skup-registration.h"
#include "skup-text.h"

struct _SkupPerson
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupPerson, skup_person, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "given-name", "given_name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE | SKUP_FIELD_SORT_KEY, N_("Given name"), NULL, "t.given_name_key" },
  { "family-name", "family_name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Family name"), NULL },
  { "other-script-name", "other_script_name", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Name in the other script"), NULL },
  { "honorific", "honorific", SKUP_FIELD_TEXT, 0, N_("Honorific"), NULL },
  { "gender", "gender", SKUP_FIELD_CHOICE, 0, N_("Gender"), SKUP_CHOICES_GENDER },
  { "position", "position", SKUP_FIELD_TEXT, 0, N_("Position"), NULL },
  /* Health and social-protection accreditation puts it on certificates and reports. */
  { "licence-number", "licence_number", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE, N_("Professional licence number"), NULL },
  { "organisation-id", "organisation_id", SKUP_FIELD_REF, 0, N_("Organisation"), NULL, NULL, skup_organisation_get_type },
  { "email", "email", SKUP_FIELD_TEXT, SKUP_FIELD_EMAIL | SKUP_FIELD_SEARCHABLE, N_("Email"), NULL },
  { "phone", "phone", SKUP_FIELD_TEXT, 0, N_("Phone"), NULL },
  { "city", "city", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_SORT_KEY, N_("City"), NULL, "t.city_key" },
  { "country", "country", SKUP_FIELD_TEXT, 0, N_("Country"), NULL },
  { "is-trainer", "is_trainer", SKUP_FIELD_BOOL, 0, N_("Trainer"), NULL },
  { "expertise", "expertise", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE, N_("Expertise"), NULL },
  { "bio", "bio", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Short biography"), NULL },
  { "consent-date", "consent_date", SKUP_FIELD_DATE, 0, N_("Consent given on"), NULL },
  { "photo-consent", "photo_consent", SKUP_FIELD_BOOL, 0, N_("Consent to photos"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "organisation-name", "(SELECT o.name FROM organisations o WHERE o.id = t.organisation_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Organisation"), NULL, "(SELECT o.sort_key FROM organisations o WHERE o.id = t.organisation_id)" },
  { "sector", "(SELECT o.sector FROM organisations o WHERE o.id = t.organisation_id)", SKUP_FIELD_CHOICE, SKUP_FIELD_COMPUTED, N_("Sector"), SKUP_CHOICES_SECTOR },
  { "events-trained", "(SELECT count(*) FROM registrations r WHERE r.person_id = t.id AND r.role IN ('trainer','facilitator','speaker'))", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Events trained"), NULL },
  { "events-attended", "(SELECT count(*) FROM registrations r WHERE r.person_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Events"), NULL },
};

static char *
skup_person_dup_title (SkupRecord *record)
{
  const char *given = skup_record_get_string (record, "given-name");
  const char *family = skup_record_get_string (record, "family-name");

  return g_strstrip (g_strdup_printf ("%s %s", given ? given : "", family ? family : ""));
}

/* People are listed by family name, as on a sign-in sheet. */
static char *
skup_person_dup_sort_key (SkupRecord *record)
{
  const char *given = skup_record_get_string (record, "given-name");
  const char *family = skup_record_get_string (record, "family-name");
  g_autofree char *text = g_strdup_printf ("%s %s", family ? family : "", given ? given : "");

  return skup_text_fold (text);
}

/* "Programme officer · UNODC" */
static char *
skup_person_dup_subtitle (SkupRecord *record)
{
  const char *parts[] = { skup_record_get_string (record, "position"),
                          skup_record_get_string (record, "organisation-name") };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static const SkupKindColumn people_columns[] = {
  { "title-text", N_("Name"), SKUP_CELL_TEXT, SKUP_COLUMN_EXPAND, 180 },
  { "organisation-name", N_("Organisation"), SKUP_CELL_DIM, SKUP_COLUMN_EXPAND, 150 },
  { "sector", N_("Sector"), SKUP_CELL_CHOICE, SKUP_COLUMN_WIDE_ONLY, 110 },
  { "city", N_("City"), SKUP_CELL_DIM, SKUP_COLUMN_WIDE_ONLY, 110 },
};

static const SkupKindColumn trainer_columns[] = {
  { "title-text", N_("Name"), SKUP_CELL_TEXT, SKUP_COLUMN_EXPAND, 180 },
  { "expertise", N_("Expertise"), SKUP_CELL_DIM, SKUP_COLUMN_EXPAND | SKUP_COLUMN_WIDE_ONLY, 200 },
  { "organisation-name", N_("Organisation"), SKUP_CELL_DIM,
    SKUP_COLUMN_EXPAND | SKUP_COLUMN_WIDE_ONLY, 150 },
  { "events-trained", N_("Events Trained"), SKUP_CELL_NUMBER, 0, 110 },
};

static const SkupKindSort people_sorts[] = {
  { "family-name", N_("Family Name") },
  { "given-name", N_("Given Name") },
  { "organisation-name", N_("Organisation") },
  { "city", N_("City") },
};

static const SkupKindSort trainer_sorts[] = {
  { "family-name", N_("Family Name") },
  { "given-name", N_("Given Name") },
  { "events-trained", N_("Events Trained") },
};

static const SkupKindColumn table[] = {
  { "id", N_("ID"), SKUP_CELL_ID, 0, 8 },
  { "title-text", N_("Name"), SKUP_CELL_TEXT, 0, 32 },
  { "organisation-name", N_("Organisation"), SKUP_CELL_TEXT, 0, 32 },
  { "city", N_("City"), SKUP_CELL_TEXT, 0, 16 },
  { "email", N_("Email"), SKUP_CELL_TEXT, 0, 32 },
};

static const SkupKindView views[] = {
  { "people", "person", NULL, N_("People"), N_("New Person"), N_("Search people"),
    "system-users-symbolic", N_("No People Yet"),
    N_("Participants, speakers and organisers will be listed here with their organisations, so "
       "the same person is recognised at every event."),
    SKUP_N_PLURAL ("%s person", "%s people"),
    people_columns, G_N_ELEMENTS (people_columns), people_sorts, G_N_ELEMENTS (people_sorts),
    table, G_N_ELEMENTS (table) },
  { "trainers", "trainer", "is-trainer", N_("Trainers"), N_("New Trainer"),
    N_("Search trainers"), "x-office-presentation-symbolic", N_("No Trainers Yet"),
    N_("The people who train or speak at your events will be listed here with the events they "
       "led."),
    SKUP_N_PLURAL ("%s trainer", "%s trainers"),
    trainer_columns, G_N_ELEMENTS (trainer_columns), trainer_sorts, G_N_ELEMENTS (trainer_sorts),
    table, G_N_ELEMENTS (table) },
};

static const SkupFormGroup form[] = {
  { N_("Name"), NULL, { "honorific", "given-name", "family-name", "other-script-name", "gender" } },
  { N_("Work"), NULL, { "organisation-id", "position", "licence-number" } },
  { N_("Contact"), NULL, { "email", "phone", "city", "country" } },
  { N_("Trainer"), NULL, { "is-trainer", "expertise", "bio" } },
  { N_("Consent"), N_("When the person agreed that their data may be kept."),
    { "consent-date", "photo-consent" } },
  { N_("Notes"), NULL, { "notes" } },
};

static const SkupKindSection sections[] = {
  { "SkupRelatedList", N_("History"), N_("No events yet"),
    skup_registration_get_type, "person-id", "event-start", TRUE, "history",
    /* The person's page registers them too (a trainer booked, someone who phoned). */
    "person.register-for-event", N_("_Register for an Event…") },
  /* Certificates are not issued yet in this version: the list says so rather than count. */
  { "SkupRelatedList", N_("Certificates"), N_("No certificates yet") },
};

static const SkupKind kind = {
  N_("Person"), N_("New Person"), N_("Search people"), 3, NULL,
  form, G_N_ELEMENTS (form), sections, G_N_ELEMENTS (sections), views, G_N_ELEMENTS (views),
};

static void
skup_person_class_init (SkupPersonClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "people", "person", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->dup_subtitle = skup_person_dup_subtitle;
  record_class->dup_title = skup_person_dup_title;
  record_class->dup_sort_key = skup_person_dup_sort_key;
}

static void
skup_person_init (SkupPerson *self)
{
}

SkupPerson *
skup_person_new (void)
{
  return g_object_new (SKUP_TYPE_PERSON, NULL);
}
