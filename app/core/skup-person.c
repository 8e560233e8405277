/* skup-person.c — person records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-text.h"
#include "skup-person.h"

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
  { "organisation-id", "organisation_id", SKUP_FIELD_REF, 0, N_("Organisation"), "organisations" },
  { "email", "email", SKUP_FIELD_TEXT, SKUP_FIELD_EMAIL | SKUP_FIELD_SEARCHABLE, N_("Email"), NULL },
  { "phone", "phone", SKUP_FIELD_TEXT, 0, N_("Phone"), NULL },
  { "city", "city", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_SORT_KEY, N_("City"), NULL, "t.city_key" },
  { "country", "country", SKUP_FIELD_TEXT, 0, N_("Country"), NULL },
  { "is-trainer", "is_trainer", SKUP_FIELD_BOOL, 0, N_("Trainer"), NULL },
  { "expertise", "expertise", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE, N_("Expertise"), NULL },
  { "bio", "bio", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Short biography"), NULL },
  { "consent-date", "consent_date", SKUP_FIELD_DATE, 0, N_("Consent to data processing"), NULL },
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

static void
skup_person_class_init (SkupPersonClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "people", "person", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
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
