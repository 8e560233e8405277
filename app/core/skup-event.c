/* skup-event.c — event records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-event.h"
#include "skup-record-private.h"

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
  { "venue-id", "venue_id", SKUP_FIELD_REF, 0, N_("Venue"), "venues" },
  { "room-id", "room_id", SKUP_FIELD_REF, 0, N_("Room"), "rooms" },
  { "city", "city", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE, N_("City"), NULL },
  { "project-id", "project_id", SKUP_FIELD_REF, 0, N_("Project"), "projects" },
  { "language", "language", SKUP_FIELD_TEXT, 0, N_("Language"), NULL },
  { "capacity", "capacity", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE, N_("Capacity"), NULL },
  { "status", "status", SKUP_FIELD_CHOICE, SKUP_FIELD_REQUIRED, N_("Status"), SKUP_CHOICES_EVENT_STATUS },
  { "accreditation-body", "accreditation_body", SKUP_FIELD_TEXT, 0, N_("Accreditation body"), NULL },
  { "accreditation-code", "accreditation_code", SKUP_FIELD_TEXT, 0, N_("Accreditation code"), NULL },
  { "accreditation-points", "accreditation_points", SKUP_FIELD_REAL, 0, N_("Accreditation points"), NULL },
  { "credited-hours", "credited_hours", SKUP_FIELD_REAL, 0, N_("Credited hours"), NULL },
  { "topics", "topics", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE | SKUP_FIELD_SEARCHABLE, N_("Topics and agenda"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "venue-name", "(SELECT v.name FROM venues v WHERE v.id = t.venue_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Venue"), NULL, "(SELECT v.sort_key FROM venues v WHERE v.id = t.venue_id)" },
  { "project-name", "(SELECT p.name FROM projects p WHERE p.id = t.project_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Project"), NULL, "(SELECT p.sort_key FROM projects p WHERE p.id = t.project_id)" },
  { "registered-count", "(SELECT count(*) FROM registrations r WHERE r.event_id = t.id AND r.status IN ('registered','confirmed'))", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Registered"), NULL },
  { "attended-count", "(SELECT count(DISTINCT r.id) FROM registrations r JOIN attendance a ON a.registration_id = r.id WHERE r.event_id = t.id AND a.status IN ('present','late','left-early'))", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Attended"), NULL },
  { "sessions-count", "(SELECT count(*) FROM sessions s WHERE s.event_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Sessions"), NULL },
};

static gboolean
skup_event_validate (SkupRecord  *record,
                     GError     **error)
{
  return _skup_record_check_date_range (record, "start-date", "end-date", error);
}

static void
skup_event_class_init (SkupEventClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "events", "event", "t.start_date DESC, t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
  record_class->validate = skup_event_validate;
}

static void
skup_event_init (SkupEvent *self)
{  /* A new event is being planned; forms may change that. */
  skup_record_set_string (SKUP_RECORD (self), "status", "planned");
}

SkupEvent *
skup_event_new (void)
{
  return g_object_new (SKUP_TYPE_EVENT, NULL);
}
