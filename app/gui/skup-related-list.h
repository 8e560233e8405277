/* skup-related-list.h — a titled list of the records related to the one a page shows
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "skup-detail-section.h"
#include "skup-related-row.h"

G_BEGIN_DECLS

#define SKUP_TYPE_RELATED_LIST (skup_related_list_get_type ())
G_DECLARE_FINAL_TYPE (SkupRelatedList, skup_related_list, SKUP, RELATED_LIST, AdwPreferencesGroup)

/* A SkupDetailSection listing what its SkupKindSection names: the records of section->records
 * whose section->filter_field is the record shown, each as section->row says ("record",
 * "participant", "history", "event-link"); a section that names no records says its empty
 * text. Only the first items show (see set_limit), and "and N more" under them; the group's
 * description counts them all. */
GtkWidget  *skup_related_list_new          (SkupContext           *context,
                                            const SkupKindSection *section);
void        skup_related_list_set_limit    (SkupRelatedList       *self,
                                            guint                  limit);
guint       skup_related_list_get_n_items  (SkupRelatedList       *self);
GtkListBox *skup_related_list_get_list_box (SkupRelatedList       *self);

G_END_DECLS
