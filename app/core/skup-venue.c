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
