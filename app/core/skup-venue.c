/* skup-venue.c — venue records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-venue.h"

struct _SkupVenue
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupVenue, skup_venue, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE, N_("Name"), NULL },
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

static void
skup_venue_class_init (SkupVenueClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "venues", "venue", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
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
