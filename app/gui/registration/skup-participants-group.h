/* skup-participants-group.h — who is registered for an event, registered from its page
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_PARTICIPANTS_GROUP (skup_participants_group_get_type ())
G_DECLARE_FINAL_TYPE (SkupParticipantsGroup, skup_participants_group, SKUP,
                      PARTICIPANTS_GROUP, AdwPreferencesGroup)

/* A SkupDetailSection: show an event with skup_detail_section_set_record(). Activating a row
 * opens the person ("open-record"); Remove asks the page ("delete-requested").
 *
 * Actions: "participants.add", "participants.paste", "participants.copy" open the dialogs
 * that register people; "participants.open" (int64 person id); "participants.show-more".
 * Each row has "row.role" and "row.status" (string states, written at once) and
 * "row.remove". */
GtkWidget  *skup_participants_group_new          (SkupContext           *context);
/* The rows shown (the first ones of those the search leaves). */
GtkListBox *skup_participants_group_get_list     (SkupParticipantsGroup *self);
/* How many registrations the search leaves (all of the event's without one). */
guint       skup_participants_group_get_n_matches (SkupParticipantsGroup *self);
/* The row of @registration_id, if it is shown. */
GtkWidget  *skup_participants_group_find_row     (SkupParticipantsGroup *self,
                                                  gint64                 registration_id);
/* The registration a row shows. */
gint64      skup_participants_group_get_row_registration (GtkWidget     *row);
/* What the search entry holds; the list follows at once. */
void        skup_participants_group_set_search_text (SkupParticipantsGroup *self,
                                                     const char            *text);

G_END_DECLS
