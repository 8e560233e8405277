/* test-record.c — records: fields, parsing what people type, validation, titles
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib-object.h>

#include "skup-attendance.h"
#include "skup-choices.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-record.h"
#include "skup-registration.h"
#include "skup-room.h"
#include "skup-session.h"
#include "skup-text.h"
#include "skup-venue.h"

/* Every record type of the register; a new one belongs here so the table-driven tests see it. */
static GType (*const record_types[]) (void) = {
  skup_organisation_get_type,
  skup_venue_get_type,
  skup_room_get_type,
  skup_person_get_type,
  skup_project_get_type,
  skup_event_get_type,
  skup_event_organisation_get_type,
  skup_session_get_type,
  skup_registration_get_type,
  skup_attendance_get_type,
};

/* ---- Helpers ------------------------------------------------------------------------------ */

static SkupRecord *
new_person (const char *given,
            const char *family)
{
  SkupRecord *person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  return person;
}

static SkupRecord *
new_event (const char *start,
           const char *end)
{
  SkupRecord *event = SKUP_RECORD (skup_event_new ());

  skup_record_set_string (event, "title", "Women, Violence, and the Use of Drugs");
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "status", "planned");
  skup_record_set_string (event, "start-date", start);
  skup_record_set_string (event, "end-date", end);
  return event;
}

static SkupRecord *
new_session (const char *start_time,
             const char *end_time)
{
  SkupRecord *session = SKUP_RECORD (skup_session_new ());

  skup_record_set_int (session, "event-id", 1);
  skup_record_set_string (session, "date", "2023-05-19");
  skup_record_set_string (session, "start-time", start_time);
  skup_record_set_string (session, "end-time", end_time);
  return session;
}

/* A message a person can read: a whole sentence, no format directives left in it. */
static void
assert_readable (const char *message)
{
  g_assert_nonnull (message);
  g_assert_cmpuint (strlen (message), >, 10);
  g_assert_null (strchr (message, '%'));
  g_assert_true (g_str_has_suffix (message, "."));
}

/* Validation fails with SKUP_ERROR_INVALID naming @field, and the message contains @words. */
static void
assert_invalid (SkupRecord *record,
                const char *field,
                const char *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_record_validate (record, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_cmpstr (skup_error_get_field (error), ==, field);
  assert_readable (error->message);
  g_assert_nonnull (strstr (error->message, words));
}

static void
assert_valid (SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_record_validate (record, &error));
  g_assert_no_error (error);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* ---- Fields and properties ---------------------------------------------------------------- */

static void
assert_field_property (GObjectClass    *object_class,
                       const SkupField *field)
{
  GParamSpec *pspec = g_object_class_find_property (object_class, field->name);
  GType expected;

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_true (pspec->flags & G_PARAM_WRITABLE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
  switch (field->type)
    {
    case SKUP_FIELD_INT:
    case SKUP_FIELD_REF:
      expected = G_TYPE_INT64;
      break;
    case SKUP_FIELD_BOOL:
      expected = G_TYPE_BOOLEAN;
      break;
    case SKUP_FIELD_REAL:
      expected = G_TYPE_DOUBLE;
      break;
    default:
      expected = G_TYPE_STRING;
      break;
    }
  g_assert_cmpstr (g_type_name (G_PARAM_SPEC_VALUE_TYPE (pspec)), ==, g_type_name (expected));
}

static void
test_fields_are_properties (void)
{
  for (gsize t = 0; t < G_N_ELEMENTS (record_types); t++)
    {
      SkupRecordClass *klass = g_type_class_ref (record_types[t] ());
      GObjectClass *object_class = G_OBJECT_CLASS (klass);

      g_test_message ("%s", G_OBJECT_CLASS_NAME (klass));
      g_assert_nonnull (klass->table);
      g_assert_nonnull (klass->kind);
      g_assert_cmpuint (klass->n_fields, >, 0);
      g_assert_nonnull (g_object_class_find_property (object_class, "id"));
      g_assert_nonnull (g_object_class_find_property (object_class, "title-text"));
      for (guint i = 0; i < klass->n_fields; i++)
        {
          const SkupField *field = &klass->fields[i];

          assert_field_property (object_class, field);
          g_assert_nonnull (field->label);
          if (field->type == SKUP_FIELD_CHOICE)
            {
              guint n = 0;
              g_assert_nonnull (skup_choices_lookup (field->extra, &n));
              g_assert_cmpuint (n, >, 0);
            }
          /* A reference names the kind it points at, and that kind has a table. */
          if (field->type == SKUP_FIELD_REF)
            {
              g_autoptr(GTypeClass) target = NULL;

              g_assert_nonnull (field->ref);
              g_assert_true (g_type_is_a (field->ref (), SKUP_TYPE_RECORD));
              target = g_type_class_ref (field->ref ());
              g_assert_nonnull (SKUP_RECORD_CLASS (target)->table);
            }
          g_assert_true (skup_record_class_find_field (klass, field->name) == field);
        }
      g_type_class_unref (klass);
    }
}

static void
test_empty_string_is_null (void)
{
  g_autoptr(SkupRecord) person = new_person ("Ana", "Petrović");

  skup_record_set_string (person, "email", "ana@example.org");
  skup_record_set_string (person, "email", "");
  g_assert_null (skup_record_get_string (person, "email"));

  g_object_set (person, "city", "", NULL);
  g_assert_null (skup_record_get_string (person, "city"));

  g_object_set (person, "family-name", "", NULL);
  g_assert_null (skup_record_get_string (person, "family-name"));
}

static void
test_notify_once (void)
{
  g_autoptr(SkupRecord) person = new_person ("Ana", NULL);
  guint count = 0;

  g_signal_connect (person, "notify::family-name", G_CALLBACK (count_notify), &count);

  skup_record_set_string (person, "family-name", "Petrović");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (skup_record_get_string (person, "family-name"), ==, "Petrović");

  /* Unchanged values, and "" where nothing was, are no change. */
  skup_record_set_string (person, "family-name", "Petrović");
  g_assert_cmpuint (count, ==, 1);
  skup_record_set_string (person, "family-name", NULL);
  g_assert_cmpuint (count, ==, 2);
  skup_record_set_string (person, "family-name", "");
  g_assert_cmpuint (count, ==, 2);
}

static void
test_notify_once_non_string (void)
{
  g_autoptr(SkupRecord) person = new_person ("Ana", "Petrović");
  guint trainer = 0, organisation = 0, id = 0;

  g_signal_connect (person, "notify::is-trainer", G_CALLBACK (count_notify), &trainer);
  g_signal_connect (person, "notify::organisation-id", G_CALLBACK (count_notify), &organisation);
  g_signal_connect (person, "notify::id", G_CALLBACK (count_notify), &id);

  skup_record_set_bool (person, "is-trainer", TRUE);
  skup_record_set_bool (person, "is-trainer", TRUE);
  skup_record_set_int (person, "organisation-id", 7);
  skup_record_set_int (person, "organisation-id", 7);
  skup_record_set_id (person, 3);
  skup_record_set_id (person, 3);

  g_assert_cmpuint (trainer, ==, 1);
  g_assert_cmpuint (organisation, ==, 1);
  g_assert_cmpuint (id, ==, 1);
}

static void
test_title_notifies (void)
{
  g_autoptr(SkupRecord) person = new_person ("Ana", "Petrović");
  g_autofree char *title = NULL;
  guint count = 0;

  /* Lists bind to title-text, so renaming someone must update the row. */
  g_signal_connect (person, "notify::title-text", G_CALLBACK (count_notify), &count);
  skup_record_set_string (person, "family-name", "Marković");
  g_assert_cmpuint (count, ==, 1);
  g_object_get (person, "title-text", &title, NULL);
  g_assert_cmpstr (title, ==, "Ana Marković");
}

/* ---- Parsing what people type ------------------------------------------------------------- */

typedef struct
{
  SkupFieldType type;
  const char   *typed;
  const char   *stored;   /* as skup_record_dup_text() gives it back */
} Sample;

static const Sample samples[] = {
  { SKUP_FIELD_TEXT, "Ćirilica i latinica", "Ćirilica i latinica" },
  { SKUP_FIELD_DATE, "20.5.2019.", "2019-05-20" },
  { SKUP_FIELD_TIME, "09:30", "09:30" },
  { SKUP_FIELD_INT, "12", "12" },
  { SKUP_FIELD_REF, "3", "3" },
  { SKUP_FIELD_BOOL, "da", "yes" },
  { SKUP_FIELD_REAL, "1.5", "1.5" },
};

static void
set_sample (SkupRecord      *record,
            const SkupField *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *typed = NULL, *stored = NULL;
  guint n_choices = 0;

  if (field->type == SKUP_FIELD_CHOICE)
    typed = stored = skup_choices_lookup (field->extra, &n_choices)[0].nick;
  for (gsize s = 0; s < G_N_ELEMENTS (samples); s++)
    if (samples[s].type == field->type)
      typed = samples[s].typed, stored = samples[s].stored;
  g_assert_nonnull (typed);

  g_test_message ("%s.%s", G_OBJECT_TYPE_NAME (record), field->name);
  g_assert_true (skup_record_set_from_text (record, field->name, typed, &error));
  g_assert_no_error (error);
  text = skup_record_dup_text (record, field->name);
  g_assert_cmpstr (text, ==, stored);
}

static void
test_set_from_text_every_type (void)
{
  for (gsize t = 0; t < G_N_ELEMENTS (record_types); t++)
    {
      g_autoptr(SkupRecord) record = skup_record_new_for_type (record_types[t] ());
      SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);

      for (guint i = 0; i < klass->n_fields; i++)
        if (!(klass->fields[i].flags & SKUP_FIELD_COMPUTED))
          set_sample (record, &klass->fields[i]);
    }
}

static void
test_set_from_text_dates (void)
{
  static const char *typed[] = { "20.5.2019.", "20. 5. 2019.", "20.05.2019", "2019-05-20",
                                 " 20/05/2019 " };
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());

  for (gsize i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GError) error = NULL;

      skup_record_set_string (event, "start-date", NULL);
      g_assert_true (skup_record_set_from_text (event, "start-date", typed[i], &error));
      g_assert_no_error (error);
      g_assert_cmpstr (skup_record_get_string (event, "start-date"), ==, "2019-05-20");
    }
}

static void
test_set_from_text_bad_date (void)
{
  g_autoptr(SkupRecord) event = new_event ("2019-05-20", "2019-05-22");
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_record_set_from_text (event, "end-date", "31.2.2019.", &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_cmpstr (skup_error_get_field (error), ==, "end-date");
  assert_readable (error->message);
  /* It says which field and what was typed, and how to write it. */
  g_assert_nonnull (strstr (error->message, "End"));
  g_assert_nonnull (strstr (error->message, "31.2.2019."));
  g_assert_nonnull (strstr (error->message, "Write it as 20.05.2024."));
  /* What was there stays. */
  g_assert_cmpstr (skup_record_get_string (event, "end-date"), ==, "2019-05-22");
}

static void
test_set_from_text_ints (void)
{
  g_autoptr(SkupRecord) venue = SKUP_RECORD (skup_venue_new ());
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_record_set_from_text (venue, "capacity", " 120", &error));
  g_assert_no_error (error);
  g_assert_cmpint (skup_record_get_int (venue, "capacity"), ==, 120);

  g_assert_false (skup_record_set_from_text (venue, "capacity", "120 mest", &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_cmpstr (skup_error_get_field (error), ==, "capacity");
  assert_readable (error->message);
  g_assert_nonnull (strstr (error->message, "Capacity"));
  g_assert_nonnull (strstr (error->message, "120 mest"));
  g_assert_cmpint (skup_record_get_int (venue, "capacity"), ==, 120);

  /* An empty entry clears the number. */
  g_assert_true (skup_record_set_from_text (venue, "capacity", "", NULL));
  g_assert_cmpint (skup_record_get_int (venue, "capacity"), ==, 0);
}

static void
test_set_from_text_bools (void)
{
  static const char *yes[] = { "yes", "YES", "da", "Da", "да", "ДА", "1", "true" };
  static const char *no[] = { "no", "ne", "не", "НЕ", "0", "false" };
  g_autoptr(SkupRecord) person = new_person ("Ana", "Petrović");
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      skup_record_set_bool (person, "is-trainer", FALSE);
      g_assert_true (skup_record_set_from_text (person, "is-trainer", yes[i], NULL));
      g_assert_true (skup_record_get_bool (person, "is-trainer"));
    }
  for (gsize i = 0; i < G_N_ELEMENTS (no); i++)
    {
      skup_record_set_bool (person, "is-trainer", TRUE);
      g_assert_true (skup_record_set_from_text (person, "is-trainer", no[i], NULL));
      g_assert_false (skup_record_get_bool (person, "is-trainer"));
    }

  g_assert_false (skup_record_set_from_text (person, "photo-consent", "možda", &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_cmpstr (skup_error_get_field (error), ==, "photo-consent");
  assert_readable (error->message);
}

static void
test_set_from_text_empty_clears (void)
{
  g_autoptr(SkupRecord) person = new_person ("Ana", "Petrović");

  skup_record_set_string (person, "email", "ana@example.org");
  g_assert_true (skup_record_set_from_text (person, "email", "   ", NULL));
  g_assert_null (skup_record_get_string (person, "email"));
  g_assert_true (skup_record_set_from_text (person, "consent-date", NULL, NULL));
  g_assert_null (skup_record_get_string (person, "consent-date"));
}

/* ---- Validation: one test per rule -------------------------------------------------------- */

static void
test_validate_complete_records (void)
{
  g_autoptr(SkupRecord) person = new_person ("Irena", "Molnar");
  g_autoptr(SkupRecord) event = new_event ("2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) session = new_session ("09:30", "17:00");

  skup_record_set_string (person, "email", "irena.molnar@example.org");
  skup_record_set_string (person, "gender", "female");
  skup_record_set_string (person, "consent-date", "2023-05-01");
  assert_valid (person);
  assert_valid (event);
  assert_valid (session);
}

static void
test_validate_required (void)
{
  g_autoptr(SkupRecord) no_given = new_person (NULL, "Pejić");
  g_autoptr(SkupRecord) no_family = new_person ("Stefan", "   ");
  g_autoptr(SkupRecord) event = new_event ("2023-05-19", "2023-05-19");
  g_autoptr(SkupRecord) organisation = SKUP_RECORD (skup_organisation_new ());
  g_autoptr(SkupRecord) room = SKUP_RECORD (skup_room_new ());

  assert_invalid (no_given, "given-name", "Given name is required");
  assert_invalid (no_family, "family-name", "Family name is required");
  skup_record_set_string (event, "title", NULL);
  assert_invalid (event, "title", "Title is required");
  assert_invalid (organisation, "name", "Name is required");
  skup_record_set_string (room, "name", "Sala 1");
  assert_invalid (room, "venue-id", "Venue is required");
}

static void
test_validate_choice (void)
{
  g_autoptr(SkupRecord) organisation = SKUP_RECORD (skup_organisation_new ());

  skup_record_set_string (organisation, "name", "Izlazak");
  skup_record_set_string (organisation, "sector", "civil-society");
  assert_valid (organisation);
  skup_record_set_string (organisation, "sector", "nonsense");
  assert_invalid (organisation, "sector", "“nonsense” is not one of the known values");
}

static void
test_validate_date (void)
{
  g_autoptr(SkupRecord) person = new_person ("Ana", "Petrović");
  g_autoptr(SkupRecord) event = new_event ("2019-05-20", "2019-05-22");

  /* Only ISO dates reach the database; typed forms go through set_from_text. */
  skup_record_set_string (person, "consent-date", "2019-02-29");
  assert_invalid (person, "consent-date", "is not a date");
  skup_record_set_string (person, "consent-date", "20.5.2019.");
  assert_invalid (person, "consent-date", "“20.5.2019.” is not a date");
  skup_record_set_string (event, "start-date", "2019-5-20");
  assert_invalid (event, "start-date", "Start");
}

static void
test_validate_time (void)
{
  g_autoptr(SkupRecord) late = new_session ("25:00", NULL);
  g_autoptr(SkupRecord) sloppy = new_session ("09:30", "9:75");
  g_autoptr(SkupRecord) attendance = SKUP_RECORD (skup_attendance_new ());

  assert_invalid (late, "start-time", "“25:00” is not a time of day");
  assert_invalid (sloppy, "end-time", "“9:75” is not a time of day");

  skup_record_set_int (attendance, "registration-id", 1);
  skup_record_set_int (attendance, "session-id", 1);
  skup_record_set_string (attendance, "status", "present");
  skup_record_set_string (attendance, "check-in-time", "09:60");
  assert_invalid (attendance, "check-in-time", "09:60");
}

static void
test_validate_email (void)
{
  static const char *bad[] = { "ana", "ana@", "@example.org", "ana@example", "ana petrovic@example.org",
                               "ana@@example.org" };
  g_autoptr(SkupRecord) person = new_person ("Ana", "Petrović");

  skup_record_set_string (person, "email", "ana.petrovic@uprava.gov.rs");
  assert_valid (person);
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      skup_record_set_string (person, "email", bad[i]);
      assert_invalid (person, "email", "does not look like an email address");
    }
}

static void
test_validate_non_negative (void)
{
  g_autoptr(SkupRecord) venue = SKUP_RECORD (skup_venue_new ());
  g_autoptr(SkupRecord) event = new_event ("2019-05-20", "2019-05-22");

  skup_record_set_string (venue, "name", "Palata Srbija");
  skup_record_set_int (venue, "capacity", 0);
  assert_valid (venue);
  skup_record_set_int (venue, "capacity", -1);
  assert_invalid (venue, "capacity", "Capacity cannot be negative");
  skup_record_set_int (event, "capacity", -20);
  assert_invalid (event, "capacity", "Capacity cannot be negative");
}

static void
test_validate_event_dates (void)
{
  g_autoptr(SkupRecord) event = new_event ("2019-05-22", "2019-05-20");

  assert_invalid (event, "end-date", "The end date cannot be before the start date");
  skup_record_set_string (event, "end-date", "2019-05-22");
  assert_valid (event);
}

static void
test_validate_project_dates (void)
{
  g_autoptr(SkupRecord) project = SKUP_RECORD (skup_project_new ());

  skup_record_set_string (project, "name", "Biram oporavak");
  skup_record_set_string (project, "start-date", "2021-01-01");
  skup_record_set_string (project, "end-date", "2020-12-31");
  assert_invalid (project, "end-date", "The end date cannot be before the start date");
  /* Open-ended projects are fine. */
  skup_record_set_string (project, "end-date", NULL);
  assert_valid (project);
}

static void
test_validate_session_times (void)
{
  g_autoptr(SkupRecord) same = new_session ("10:00", "10:00");
  g_autoptr(SkupRecord) backwards = new_session ("14:00", "09:00");
  g_autoptr(SkupRecord) open = new_session ("14:00", NULL);

  assert_invalid (same, "end-time", "A session must end after it starts");
  assert_invalid (backwards, "end-time", "A session must end after it starts");
  assert_valid (open);
}

/* ---- Copies, titles and sort keys --------------------------------------------------------- */

static void
test_copy_is_independent (void)
{
  g_autoptr(SkupRecord) person = new_person ("Thomas", "Clausen");
  g_autoptr(SkupRecord) copy = NULL;

  skup_record_set_id (person, 42);
  skup_record_set_string (person, "country", "Norway");
  skup_record_set_bool (person, "is-trainer", TRUE);
  _skup_record_set_stamps (person, "2023-01-01T10:00:00Z", "2023-02-01T10:00:00Z");

  copy = skup_record_copy (person);
  g_assert_true (copy != person);
  g_assert_true (G_OBJECT_TYPE (copy) == SKUP_TYPE_PERSON);
  g_assert_cmpint (skup_record_get_id (copy), ==, 42);
  g_assert_cmpstr (skup_record_get_string (copy, "country"), ==, "Norway");
  g_assert_true (skup_record_get_bool (copy, "is-trainer"));
  g_assert_cmpstr (skup_record_get_updated_at (copy), ==, "2023-02-01T10:00:00Z");

  skup_record_set_string (copy, "country", "Norveška");
  skup_record_set_bool (copy, "is-trainer", FALSE);
  g_assert_cmpstr (skup_record_get_string (person, "country"), ==, "Norway");
  g_assert_true (skup_record_get_bool (person, "is-trainer"));
}

static void
test_titles (void)
{
  g_autoptr(SkupRecord) person = new_person ("Stefan", "Pejić");
  g_autoptr(SkupRecord) session = new_session (NULL, NULL);
  g_autoptr(SkupRecord) organisation = SKUP_RECORD (skup_organisation_new ());
  g_autofree char *person_title = skup_record_dup_title (person);
  g_autofree char *session_date = skup_record_dup_title (session);
  g_autofree char *session_title = NULL;
  g_autofree char *organisation_title = NULL;

  g_assert_cmpstr (person_title, ==, "Stefan Pejić");
  g_assert_cmpstr (session_date, ==, "2023-05-19");
  skup_record_set_string (session, "title", "Dan 1");
  session_title = skup_record_dup_title (session);
  g_assert_cmpstr (session_title, ==, "Dan 1");
  skup_record_set_string (organisation, "name", "Kancelarija za borbu protiv droga");
  organisation_title = skup_record_dup_title (organisation);
  g_assert_cmpstr (organisation_title, ==, "Kancelarija za borbu protiv droga");
}

static int
compare_by_sort_key (gconstpointer a,
                     gconstpointer b)
{
  g_autofree char *x = skup_record_dup_sort_key (*(SkupRecord **) a);
  g_autofree char *y = skup_record_dup_sort_key (*(SkupRecord **) b);

  return strcmp (x, y);
}

static void
test_person_sort_key (void)
{
  /* Family name first; Đ with D (as "dj"), Č with C, Cyrillic with Latin. */
  static const char *expected[][2] = {
    { "Zoran", "Čolić" },
    { "Ana", "Dabić" },
    { "Ђорђе", "Димић" },
    { "Ана", "Ђурић" },
    { "Milica", "Đurić" },
    { "Jelena", "Ešić" },
  };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *key = NULL;

  for (gsize i = G_N_ELEMENTS (expected); i > 0; i--)
    g_ptr_array_add (people, new_person (expected[i - 1][0], expected[i - 1][1]));
  g_ptr_array_sort (people, compare_by_sort_key);

  for (guint i = 0; i < people->len; i++)
    g_assert_cmpstr (skup_record_get_string (people->pdata[i], "family-name"), ==,
                     expected[i][1]);

  key = skup_record_dup_sort_key (people->pdata[4]);
  g_assert_cmpstr (key, ==, "djuric milica");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/record/fields-are-properties", test_fields_are_properties);
  g_test_add_func ("/skup/record/empty-string-is-null", test_empty_string_is_null);
  g_test_add_func ("/skup/record/notify-once", test_notify_once);
  g_test_add_func ("/skup/record/notify-once-non-string", test_notify_once_non_string);
  g_test_add_func ("/skup/record/title-notifies", test_title_notifies);
  g_test_add_func ("/skup/record/set-from-text-every-type", test_set_from_text_every_type);
  g_test_add_func ("/skup/record/set-from-text-dates", test_set_from_text_dates);
  g_test_add_func ("/skup/record/set-from-text-bad-date", test_set_from_text_bad_date);
  g_test_add_func ("/skup/record/set-from-text-ints", test_set_from_text_ints);
  g_test_add_func ("/skup/record/set-from-text-bools", test_set_from_text_bools);
  g_test_add_func ("/skup/record/set-from-text-empty-clears", test_set_from_text_empty_clears);
  g_test_add_func ("/skup/record/validate-complete-records", test_validate_complete_records);
  g_test_add_func ("/skup/record/validate-required", test_validate_required);
  g_test_add_func ("/skup/record/validate-choice", test_validate_choice);
  g_test_add_func ("/skup/record/validate-date", test_validate_date);
  g_test_add_func ("/skup/record/validate-time", test_validate_time);
  g_test_add_func ("/skup/record/validate-email", test_validate_email);
  g_test_add_func ("/skup/record/validate-non-negative", test_validate_non_negative);
  g_test_add_func ("/skup/record/validate-event-dates", test_validate_event_dates);
  g_test_add_func ("/skup/record/validate-project-dates", test_validate_project_dates);
  g_test_add_func ("/skup/record/validate-session-times", test_validate_session_times);
  g_test_add_func ("/skup/record/copy-is-independent", test_copy_is_independent);
  g_test_add_func ("/skup/record/titles", test_titles);
  g_test_add_func ("/skup/record/person-sort-key", test_person_sort_key);

  return g_test_run ();
}
