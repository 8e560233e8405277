/* skup-venue.c — venue records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-record-private.h"
#include "skup-text.h"
#include "skup-venue.h"

struct _SkupVenue
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupVenue, skup_venue, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Name"), NULL },
  { "address", "address", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE, N_("Address"), NULL },
  { "city", "city", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_SORT_KEY, N_("City"), NULL, "t.city_key" },
  { "country", "country", SKUP_FIELD_TEXT, 0, N_("Country"), NULL },
  { "capacity", "capacity", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE, N_("Capacity"), NULL },
  { "contact-person", "contact_person", SKUP_FIELD_TEXT, 0, N_("Contact person"), NULL },
  { "contact-phone", "contact_phone", SKUP_FIELD_TEXT, 0, N_("Contact phone"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "rooms-count", "(SELECT count(*) FROM rooms r WHERE r.venue_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Rooms"), NULL },
  { "events-count", "(SELECT count(*) FROM events e WHERE e.venue_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Events"), NULL },
  /* How many the venue seats, as an organiser reads it: a capacity set by hand (the hall's
   * limit, say) wins; left empty, it is what its rooms seat together, since an organiser who
   * entered "Sala 1, 40" and "Sala 2, 20" expects a venue of 60, not one of unknown size.
   * Lists, the venue's page and an event choosing the venue all read this one number. */
  { "seats", "(CASE WHEN t.capacity > 0 THEN t.capacity ELSE (SELECT coalesce(sum(r.capacity), 0) FROM rooms r WHERE r.venue_id = t.id) END)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Capacity"), NULL },
};

/* "Knez Mihailova 56 · Belgrade" */
static char *
skup_venue_dup_subtitle (SkupRecord *record)
{
  const char *parts[] = { skup_record_get_string (record, "address"),
                          skup_record_get_string (record, "city") };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static const SkupKindColumn columns[] = {
  { "title-text", N_("Name"), SKUP_CELL_TEXT, SKUP_COLUMN_EXPAND, 180 },
  { "city", N_("City"), SKUP_CELL_DIM, 0, 110 },
  { "seats", N_("Capacity"), SKUP_CELL_QUANTITY, SKUP_COLUMN_WIDE_ONLY, 80 },
  { "rooms-count", N_("Rooms"), SKUP_CELL_NUMBER, SKUP_COLUMN_WIDE_ONLY, 70 },
};

static const SkupKindSort sorts[] = {
  { "name", N_("Name") },
  { "city", N_("City") },
  { "seats", N_("Capacity") },
};

static const SkupKindColumn table[] = {
  { "id", N_("ID"), SKUP_CELL_ID, 0, 8 },
  { "name", N_("Name"), SKUP_CELL_TEXT, 0, 48 },
  { "city", N_("City"), SKUP_CELL_TEXT, 0, 16 },
  { "seats", N_("Capacity"), SKUP_CELL_QUANTITY, 0, 10 },
};

static const SkupKindView views[] = {
  { "venues", "venue", NULL, N_("Venues"), N_("New Venue"), N_("Search venues"),
    "mark-location-symbolic", N_("No Venues Yet"),
    N_("The places where your events happen will be listed here, with their city, address, "
       "rooms and capacity."),
    SKUP_N_PLURAL ("%s venue", "%s venues"),
    columns, G_N_ELEMENTS (columns), sorts, G_N_ELEMENTS (sorts), table, G_N_ELEMENTS (table) },
};

static const SkupFormGroup form[] = {
  { N_("Venue"), NULL, { "name", "address", "city", "country", "capacity" } },
  { N_("Contact"), NULL, { "contact-person", "contact-phone" } },
  { N_("Notes"), NULL, { "notes" } },
};

static const SkupKindSection sections[] = {
  { "SkupRoomsGroup" },
  { "SkupRelatedList", N_("Events Held Here"), N_("No events here yet"),
    skup_event_get_type, "venue-id", NULL, FALSE, "record" },
};

static const SkupKind kind = {
  N_("Venue"), N_("New Venue"), N_("Search venues"), 2,
  N_("Rooms can be added once the venue is saved."),
  form, G_N_ELEMENTS (form), sections, G_N_ELEMENTS (sections), views, G_N_ELEMENTS (views),
};

static void
skup_venue_class_init (SkupVenueClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "venues", "venue", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->dup_subtitle = skup_venue_dup_subtitle;
}

static void
skup_venue_init (SkupVenue *self)
{
}

SkupVenue *
skup_venue_new (void)
{
  return g_object_new (SKUP_TYPE_VENUE, NULL);
}
