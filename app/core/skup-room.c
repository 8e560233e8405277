/* skup-room.c — room records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-room.h"
#include "skup-venue.h"

struct _SkupRoom
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupRoom, skup_room, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED, N_("Name"), NULL },
  { "venue-id", "venue_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Venue"), NULL, NULL, skup_venue_get_type },
  { "capacity", "capacity", SKUP_FIELD_INT, SKUP_FIELD_NON_NEGATIVE, N_("Capacity"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
};

static const SkupKind kind = { N_("Room"), NULL, N_("Search rooms") };

static void
skup_room_class_init (SkupRoomClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "rooms", "room", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
}

static void
skup_room_init (SkupRoom *self)
{
}

SkupRoom *
skup_room_new (void)
{
  return g_object_new (SKUP_TYPE_ROOM, NULL);
}
