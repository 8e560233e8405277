/* skup-event.c — event records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-record-private.h"
#include "skup-registration.h"
#include "skup-text.h"
#include "skup-event.h"
#include "skup-project.h"
#include "skup-room.h"
#include "skup-venue.h"

struct _SkupEvent
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupEvent, skup_event, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "title", "title", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Title"), NULL },
  { "kind", "kind", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Kind"), SKUP_CHOICES_EVENT_KIND },
  { "description", "description", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Description"), NULL },
  { "start-date", "start_date", SKUP_FIELD_DATE, SKUP_FIELD_REQUIRED, N_("Start"), NULL },
  { "end-date", "end_date", SKUP_FIELD_DATE, SKUP_FIELD_REQUIRED, N_("End"), NULL },
  { "venue-id", "venue_id", SKUP_FIELD_REF, 0, N_("Venue"), NULL, NULL, skup_venue_get_type },
  { "room-id", "room_id", SKUP_FIELD_REF, 0, N_("Room"), NULL, NULL, skup_room_get_type },
  { "city", "city", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE, N_("City"), NULL },
  { "project-id", "project_id", SKUP_FIELD_REF, 0, N_("Project"), NULL, NULL, skup_project_get_type },
  { "language", "language", SKUP_FIELD_TEXT, 0, N_("Language"), NULL },
  { "capacity", "capacity", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE, N_("Capacity"), NULL },
  { "status", "status", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Status"), SKUP_CHOICES_EVENT_STATUS },
  { "accreditation-body", "accreditation_body", SKUP_FIELD_TEXT, 0, N_("Accreditation body"), NULL },
  { "accreditation-code", "accreditation_code", SKUP_FIELD_TEXT, 0, N_("Accreditation code"), NULL },
  { "accreditation-points", "accreditation_points", SKUP_FIELD_REAL, 0, N_("Accreditation points"), NULL },
  /* Accreditation bodies give lecturers other points than participants (Chamber of Social
   * Protection: 10 and 5); the points above are the participants'. */
  { "accreditation-points-lecturers", "accreditation_points_lecturers", SKUP_FIELD_REAL, 0, N_("Accreditation points for lecturers"), NULL },
  { "credited-hours", "credited_hours", SKUP_FIELD_REAL, 0, N_("Credited hours"), NULL },
  { "topics", "topics", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE | SKUP_FIELD_SEARCHABLE, N_("Topics and agenda"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "eligibility-rule", "eligibility_rule", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Certificates for"), SKUP_CHOICES_ELIGIBILITY_RULE },
  { "eligibility-percent", "eligibility_percent", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE, N_("Share of sessions (%)"), NULL },
  { "eligibility-staff-always", "eligibility_staff_always", SKUP_FIELD_BOOL, 0, N_("Trainers and speakers always"), NULL },
  /* The pre- and post-test: the most points either gives, and the points that pass it (0, as
   * NULL, when the event has no pass mark: a mark of 0 would pass everyone anyway). */
  { "test-max-score", "test_max_score", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE, N_("Most points in a test"), NULL },
  { "test-pass-mark", "test_pass_mark", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE | SKUP_FIELD_ZERO_IS_NULL, N_("Pass mark (points)"), NULL },
  { "venue-name", "(SELECT v.name FROM venues v WHERE v.id = t.venue_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Venue"), NULL, "(SELECT v.sort_key FROM venues v WHERE v.id = t.venue_id)" },
  { "project-name", "(SELECT p.name FROM projects p WHERE p.id = t.project_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Project"), NULL, "(SELECT p.sort_key FROM projects p WHERE p.id = t.project_id)" },
  { "registered-count", "(SELECT count(*) FROM registrations r WHERE r.event_id = t.id AND r.status IN ('registered','confirmed'))", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Registered"), NULL },
  { "attended-count", "(SELECT count(DISTINCT r.id) FROM registrations r JOIN attendance a ON a.registration_id = r.id WHERE r.event_id = t.id AND a.status IN ('present','late','left-early'))", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Attended"), NULL },
  { "sessions-count", "(SELECT count(*) FROM sessions s WHERE s.event_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Sessions"), NULL },
};

static gboolean
skup_event_validate_test (SkupRecord  *record,
                          GError     **error)
{
  gint64 max = skup_record_get_int (record, "test-max-score");

  if (max < 1)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "test-max-score",
                            _("A test gives at least 1 point."));
      return FALSE;
    }
  if (skup_record_get_int (record, "test-pass-mark") > max)
    {
      /* The count as text: a format macro inside _() would cut the message short. */
      g_autofree char *points = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      skup_set_field_error (error, SKUP_ERROR_INVALID, "test-pass-mark",
                            _("The pass mark is at most the test’s %s points."), points);
      return FALSE;
    }
  return TRUE;
}

static gboolean
skup_event_validate (SkupRecord  *record,
                     GError     **error)
{
  if (skup_record_get_int (record, "eligibility-percent") > 100)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "eligibility-percent",
                            _("A share of the sessions is at most 100 %%."));
      return FALSE;
    }
  if (!skup_event_validate_test (record, error))
    return FALSE;
  return _skup_record_check_date_range (record, "start-date", "end-date", error);
}

/* "Workshop · 28–30 November 2023 · Hotel Moskva · Belgrade · Held" */
static char *
skup_event_dup_subtitle (SkupRecord *record)
{
  g_autofree char *dates = skup_text_format_date_range (skup_record_get_string (record,
                                                                               "start-date"),
                                                        skup_record_get_string (record,
                                                                               "end-date"));
  const char *parts[] = {
    skup_record_get_choice_label (record, "kind"),
    dates,
    skup_record_get_string (record, "venue-name"),
    skup_record_get_string (record, "city"),
    skup_record_get_choice_label (record, "status"),
  };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static const SkupKindSort sorts[] = {
  { "start-date", N_("Date") },
  { "title", N_("Title") },
  { "venue-name", N_("Venue") },
  { "registered-count", N_("Registered") },
};

static const SkupKindColumn table[] = {
  { "id", N_("ID"), SKUP_CELL_ID, 0, 8 },
  { "start-date", N_("Dates"), SKUP_CELL_DATES, 0, 42 },
  { "title", N_("Title"), SKUP_CELL_TEXT, 0, 48 },
  { "venue-name", N_("Venue"), SKUP_CELL_TEXT, 0, 24 },
  /* Translators: column of "registered / attended" numbers. */
  { "registered-count", N_("Registered / attended"), SKUP_CELL_TURNOUT, 0, 24 },
};

static const SkupKindView views[] = {
  { "events", "event", NULL, N_("Events"), N_("New Event"), N_("Search events"),
    "x-office-calendar-symbolic", N_("No Events Yet"),
    N_("Workshops, trainings, conferences and meetings you organise will be listed here, with "
       "their dates, venues and participants."),
    SKUP_N_PLURAL ("%s event", "%s events"),
    /* Events are listed by date under Upcoming and Past, as rows of their own. */
    NULL, 0, sorts, G_N_ELEMENTS (sorts), table, G_N_ELEMENTS (table) },
};

static const SkupFormGroup form[] = {
  { N_("Event"), NULL, { "title", "kind", "status", "description" } },
  { N_("When and Where"), NULL,
    { "start-date", "end-date", "venue-id", "room-id", "city", "language", "capacity" } },
  { N_("Project"), N_("The project, and so the donor, the event belongs to."),
    { "project-id" } },
  { N_("Accreditation"), N_("For trainings that count towards a professional licence."),
    { "accreditation-body", "accreditation-code", "accreditation-points",
      "accreditation-points-lecturers", "credited-hours" } },
  { N_("Certificates"), N_("Who has attended enough to be given a participation certificate."),
    { "eligibility-rule", "eligibility-percent", "eligibility-staff-always" } },
  { N_("Evaluation"), N_("The pre- and post-test participants take, scored in points."),
    { "test-max-score", "test-pass-mark" } },
  { N_("Agenda"), NULL, { "topics" } },
  { N_("Notes"), NULL, { "notes" } },
};

static const SkupKindSection sections[] = {
  { "SkupOrganisersGroup" },
  { "SkupSessionsGroup" },
  { "SkupParticipantsGroup" },
  { "SkupEligibilityGroup" },
};

static const SkupKind kind = {
  N_("Event"), N_("New Event"), N_("Search events"), 4,
  N_("Organisers, sessions and participants can be added once the event is saved."),
  form, G_N_ELEMENTS (form), sections, G_N_ELEMENTS (sections), views, G_N_ELEMENTS (views),
};

static void
skup_event_class_init (SkupEventClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "events", "event", "t.start_date DESC, t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->dup_subtitle = skup_event_dup_subtitle;
  record_class->validate = skup_event_validate;
}

static void
skup_event_init (SkupEvent *self)
{  /* A new event is being planned; forms may change that. */
  skup_record_set_string (SKUP_RECORD (self), "status", "planned");
  /* As most donors and accreditation bodies ask: 80 % of the sessions, and those who taught
   * are given theirs. */
  skup_record_set_string (SKUP_RECORD (self), "eligibility-rule", "percent");
  skup_record_set_int (SKUP_RECORD (self), "eligibility-percent", 80);
  skup_record_set_bool (SKUP_RECORD (self), "eligibility-staff-always", TRUE);
  /* Tests are most often scored out of 100, with no pass mark until one is set. */
  skup_record_set_int (SKUP_RECORD (self), "test-max-score", 100);
}

SkupEvent *
skup_event_new (void)
{
  return g_object_new (SKUP_TYPE_EVENT, NULL);
}
